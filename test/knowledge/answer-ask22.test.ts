import { describe, expect, it } from 'vitest';
import { outOfScope } from '../../src/knowledge/scope.js';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();

describe('a question whose whole subject is a part of life outside medicine', () => {
  it.each([
    'matches keep going out when I light the campfire, any trick?',
    'my son wants to take a year off before college to work, will admissions officers mind?',
    'tomorrow is my interview for cashier job at walmart, what they usually ask',
    'bank teller interview next week, how to answer tell me about yourself',
    'hello, my girl want gap year before the university, is it bad for her future admission?',
    'Supermarket job interview tips pls, they said it is a group interview',
    'we had 200 guests at our wedding, how late is too late to send thank you notes',
  ])('is declined: "%s"', (q) => {
    expect(outOfScope(q)).toBeDefined();
  });

  it.each([
    'I took a gap year for my wedding and to care for my baby. how do I explain it to programs?',
    'I worked as a barista during my gap after med school, should I put it on my CV?',
    'I worked in a coffee shop for two years after graduation, is that a red flag?',
    'interview day after tomorrow, should I send thank you notes to the coordinator too?',
    'my daughter was born during my gap, how do I explain it in interview?',
  ])('stays in scope when it is the member’s own story or application: "%s"', (q) => {
    expect(outOfScope(q)).toBeUndefined();
  });
});

describe('another profession named by its own gateway, its field or who the asker is', () => {
  it.each([
    'foreign vet license in the US - ECFVG steps and how long does it take?',
    'pharmacist from Nigeria, is FPGEE needed before PGY1?',
    'Veterinarian here, can I work in a US animal hospital?',
    'my cousin is a psychologist, how does the APPIC match phase 2 work?',
    'dental surgeon from Egypt, do US programs accept foreign dentists for informatics?',
    'I want to do pharmacy informatics in the US after my PharmD',
  ])('is declined: "%s"', (q) => {
    expect(outOfScope(q)?.id).toBe('other-profession');
  });

  it.each([
    'Can a nurse informaticist write my letter for the CI fellowship?',
    'Foreign physician, how many letters do I need?',
    'do CI programs accept IMGs from Pakistan?',
  ])('stays in scope for a physician: "%s"', (q) => {
    expect(outOfScope(q)).toBeUndefined();
  });
});

describe('a curated phrasing that offers two courses answers only the first', () => {
  // "is the match binding or can I still back out? [yes]" is a yes to "binding": a member asking
  // only whether they can leave needs the opposite word, never that Yes.
  it.each([
    'we matched at my third choice but my first choice now has a free spot for me. may I withdraw from the match and go there?',
    'Got matched in the AMIA match, another program offers me a place now, can I just leave the match?',
    'I matched somewhere I ranked low, is it possible to back out now?',
  ])('gives no "Yes." to "%s"', (q) => {
    const a = answerQuestion(index, q);
    expect(a.lead, a.answer).not.toBe('yes');
  });

  it('still says yes to a member who asks whether it binds, then whether they can leave', () => {
    const a = answerQuestion(index, 'is the amia match binding? could I leave later if a better program calls');
    expect(a.lead).not.toBe('no');
  });
});

describe('what a letter of recommendation should say is a letters question', () => {
  it.each([
    'should my recommenders mention that I need a J1 sponsor?',
    'My supervisor is writing my reference. Should I ask her to write that I will need J-1 sponsorship?',
    'is it wise that the LOR writer says I need visa sponsorship so programs know early',
  ])('answers "%s" from the letters guide', (q) => {
    const a = answerQuestion(index, q);
    expect(a.passages[0]?.section, a.answer).toBe('visa-in-letters');
  });

  it('a good investment for sponsorship is the guides’ figure, not money', () => {
    expect(outOfScope('Should my attending write that I am a good investment for sponsorship?')).toBeUndefined();
    expect(outOfScope('is gold a good investment this year?')).toBeDefined();
  });

  it('what the member writes in their own letter to a program stays a message question', () => {
    const a = answerQuestion(index, 'Can I write in my update letter that I will rank them first if they rank me to match?');
    expect(a.passages[0]?.doc).not.toBe('letters');
    expect(a.lead).not.toBe('yes');
  });
});

describe('raising pay with a program is interview conduct, not a money question', () => {
  it.each([
    'is it fine to ask my interviewer about the salary and PTO?',
    'when can I ask about the fellowship stipend and vacation time?',
    'Should I discuss compensation with the program director on interview day?',
  ])('answers "%s" from the interview guide', (q) => {
    const a = answerQuestion(index, q);
    expect(a.covered, a.answer).toBe(true);
    expect(a.passages.map((p) => `${p.doc}#${p.section}`)).toContain('interview-preparation#interview-red-flags');
  });

  it.each(['how much is the residency salary?', 'what salary does a CI fellowship pay?', 'how much do programs pay fellows, can I negotiate salary?'])(
    'still declines what the pay is: "%s"',
    (q) => {
      expect(outOfScope(q)?.id).toBe('money');
    },
  );

  it('gives no "No." to a question of manners it was not asked ("is it rude to…")', () => {
    expect(answerQuestion(index, 'is it rude to bring up the stipend when I interview?').lead).toBeUndefined();
  });
});

describe('no yes or no for a question the matched phrasing does not ask', () => {
  it.each([
    'I sent my thank-you emails last week and heard nothing back. Should I send them again?',
    'my update got no reply, do I resend it?',
  ])('a repeat is not the first time: "%s"', (q) => {
    expect(answerQuestion(index, q).lead).not.toBe('yes');
  });

  it.each([
    'do informatics fellowships have preference signals like residency has?',
    'Is there a signaling system in the AMIA match like the NRMP residencies do?',
  ])('a feature borrowed from another process: "%s"', (q) => {
    expect(answerQuestion(index, q).lead).not.toBe('yes');
  });
});

describe('studying in the last days before an interview is a question about those days', () => {
  it('answers cramming standards two days before from the final-48-hours advice', () => {
    const a = answerQuestion(index, 'CI interview in two days — should I cram HL7 v2 and FHIR now or what?');
    expect(a.passages.map((p) => `${p.doc}#${p.section}`)).toContain('interview-preparation#final-48-hours');
  });

  // Round 22's gap, closed in ask56: named standards (LOINC, SNOMED) are instances of "informatics standards".
  it('answers memorising terminologies the night before from the final-48-hours advice', () => {
    const a = answerQuestion(index, 'my fellowship interview is tomorrow, should I memorise all the LOINC and SNOMED details tonight?');
    expect(a.passages.map((p) => `${p.doc}#${p.section}`)).toContain('interview-preparation#final-48-hours');
  });

  it('still explains a standard asked about on its own', () => {
    expect(answerQuestion(index, 'what is the difference between HL7 v2 and FHIR?').passages[0]?.doc).toBe('informatics-concepts');
  });
});
