import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { definitionTarget } from '../../src/knowledge/definition.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { trainingStage } from '../../src/knowledge/subject.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cites = (q: string): string[] => [...ask(q).answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!);

describe('round fourteen: a definition request answers with what the thing is', () => {
  it.each([
    ["what's ABPM?", 'what does abpm stand for', 'abpm'],
    ['CMIO meaning', 'cmio meaning', 'cmio'],
    ['define HL7 for me', 'define hl7 for me', 'hl7'],
    ['In informatics, what is CDS?', 'in informatics, what is cds?', 'cds'],
  ])('reads the named thing of "%s"', (q, _norm, target) => {
    expect(definitionTarget(q)).toBe(target);
  });

  it('a description is not a name to define', () => {
    expect(definitionTarget('what is the best way to ask my PD for a letter?')).toBeUndefined();
    expect(definitionTarget('how do I explain a gap?')).toBeUndefined();
  });

  it.each([
    ['whats a CMIO', 'informatics-concepts#governance-and-change-management', /physician leader/],
    ['what does FHIR mean?', 'informatics-concepts#data-and-standards', /Fast Healthcare Interoperability Resources/],
    ['what is CDS', 'informatics-concepts#clinical-decision-support', /any tool that gives clinicians/],
    ['Kindly explain what a Statement of Need is.', 'visas#j1-sponsorship', /Ministry of Health/],
    ['cap-exempt meaning?', 'visas#h1b-for-training', /outside the annual lottery/],
    ["what's an IMG?", 'ci-pathway#ecfmg-certification', /where your medical school is/],
    ['What is the GMEC?', 'ci-pathway#exceptionally-qualified-applicants', /Graduate Medical Education Committee/],
  ])('"%s" is answered from the passage that defines it', (q, ref, text) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(cites(q)[0]).toBe(ref);
    expect(a.answer).toMatch(text);
  });

  it('an abbreviation the guides spell out but never define says so instead of borrowing a passage', () => {
    const a = ask("What's ABPM?");
    expect(a.answer).toMatch(/American Board of Preventive Medicine/);
    expect(a.answer).not.toMatch(/practice pathway/);
  });

  it('a name the guides only mention is reported as mentioned', () => {
    expect(ask('what does ECFMG stand for').answer).toMatch(/^The guides mention ECFMG but don't define it/);
  });

  it('a name the guides never use is not covered', () => {
    expect(ask('what is a CPA').covered).toBe(false);
    expect(ask("what's the NHS").covered).toBe(false);
  });
});

describe('round fourteen: a second point answers the same question', () => {
  it.each(['can i do CI fellowship part time while working', 'do CI fellowships accept DOs?'])('no application-calendar line under "%s"', (q) => {
    expect(ask(q).answer).not.toMatch(/July-cycle/);
    expect(cites(q)).not.toContain('matches#amia-ci-match');
  });
});

describe('round fourteen: the subject of the question decides the answer', () => {
  it('the stage of training a text is about', () => {
    expect(trainingStage('can I still match into IM with informatics track')).toBe('residency');
    expect(trainingStage('is a CI fellowship still possible')).toBe('fellowship');
    expect(trainingStage('I am in residency now, when do I apply for fellowship?')).toBeUndefined();
  });

  it('a residency question after a failed Step gets no fellowship "Yes"', () => {
    const a = ask('I failed step 1 once, can I still match into IM with informatics track');
    expect(a.answer).not.toMatch(/CI fellowship is still possible/);
    expect(cites('I failed step 1 once, can I still match into IM with informatics track')).toContain('red-flags#exam-failures');
  });

  it('a fellowship question after a failed Step still gets its "Yes"', () => {
    expect(ask('I failed Step 1 once, is a CI fellowship still possible?').lead).toBe('yes');
  });

  it('a US citizen who studied in the Caribbean is told eligibility turns on the residency and ECFMG certification', () => {
    const a = ask('can a US citizen who studied in caribbean apply for CI fellowship');
    expect(a.answer).toMatch(/ECFMG certification/);
    expect(a.answer).not.toMatch(/positive motivation/);
  });

  it('DO graduates: the guides do not treat them apart, and eligibility rests on the residency', () => {
    expect(ask('do CI fellowships accept DOs?').answer).toMatch(/do not treat DO graduates separately/);
  });

  it('whether programs see an earlier application: not stated, and what to do about repeated cycles', () => {
    const a = ask('will programs see that i applied last year too?');
    expect(a.answer).toMatch(/do not say what programs can see/);
    expect(cites('will programs see that i applied last year too?')).toContain('red-flags#multiple-match-attempts');
  });

  it('a PD without informatics: one slot of the set, informatics writers for the others', () => {
    expect(ask("my PD doesn't know informatics, should he still write my letter?").answer).toMatch(/informatics-oriented/);
  });

  it('observership against externship answers both sides', () => {
    const a = ask('whats the difference between observership and externship');
    expect(a.answer).toMatch(/externship/i);
    expect(a.answer).toMatch(/observership you watch/i);
  });
});
