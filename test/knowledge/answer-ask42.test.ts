import { describe, expect, it } from 'vitest';
import { answerQuestion, leadWord, type Answer } from '../../src/knowledge/answer.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';

/**
 * Round ask42 (questions asked at different points of the season, and comparisons): a "non-X"
 * phrasing against a question that says "instead of X", Match Week told as the residency match,
 * a visa fee asked about by a pronoun, clinical informatics compared with technical jobs, a job
 * in a J-1 gap year, and two look-alikes that are not the guides' business.
 */
const { index } = getKnowledge();
const cited = (a: Answer): string => [...a.answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]).join(' ');

describe('"non-X" and "instead of X" deny the same thing', () => {
  it('a "No" to a non-clinical waiver job stays "No" when the member says "instead of clinical"', () => {
    const phrasing = { phrasing: 'Can I use a Conrad 30 waiver for a non-clinical informatics job?', yes: false };
    expect(leadWord('could my waiver job through Conrad 30 be an informatics one instead of clinical?', phrasing)).toBe('no');
    expect(leadWord('is it possible to do my Conrad 30 years in informatics rather than clinical work?', phrasing)).not.toBe('yes');
  });

  it('a "non-" that names a kind is not turned around by a question that denies nothing', () => {
    const phrasing = { phrasing: 'Can a non-US citizen IMG apply to a CI fellowship?', yes: true };
    expect(leadWord('I am an Indian citizen IMG, can I apply to a CI fellowship?', phrasing)).not.toBe('no');
  });

  it.each([
    'finishing my residency on a J-1. can the Conrad 30 waiver be done in an informatics post instead of clinical?',
    'could I fulfil Conrad 30 with health IT work instead of clinical practice?',
    'can the Conrad waiver job be in health IT rather than clinical care?',
  ])('never answers "Yes" to "%s"', (q) => {
    const a = answerQuestion(index, q);
    expect(a.covered).toBe(true);
    expect(a.lead).not.toBe('yes');
    expect(cited(a)).toContain('visas#j1-sponsorship');
  });
});

describe('Match Week names the residency match', () => {
  it.each([
    "Monday of Match Week and I'm unmatched (FM). my exams are verified by ECFMG but no certificate yet, can I still enter SOAP?",
    'it is match week, I did not match into internal medicine. is SOAP still possible for me?',
  ])('answers "%s" for residency, without "It depends on which match"', (q) => {
    const a = answerQuestion(index, q);
    expect(a.covered).toBe(true);
    expect(a.answer).not.toMatch(/^It depends on which match/);
    expect(a.lead).not.toBe('depends');
    expect(cited(a)).toContain('matches#soap');
    expect(a.answer).not.toMatch(/^For a CI fellowship/);
  });
});

describe('the H-1B fee told first and asked about by a pronoun is a visa rule', () => {
  it.each([
    "I'm outside the US and matched to an H-1B program. there's now a $100,000 fee on new H1B petitions. does it apply to me and who pays??",
    'matched into a program that only sponsors H1B and I live abroad; someone said the new $100k charge hits new H-1Bs. who covers that?',
  ])('answers "%s" from the H-1B section', (q) => {
    expect(outOfScope(q)?.id).toBeUndefined();
    const a = answerQuestion(index, q);
    expect(a.covered).toBe(true);
    expect(cited(a)).toContain('visas#h1b-for-training');
  });

  it.each(['what is the salary of an H-1B fellow in New York?', 'how much will my immigration lawyer charge me for the H-1B?'])('still declines pay and lawyers: "%s"', (q) => {
    expect(answerQuestion(index, q).covered).toBe(false);
  });
});

describe('clinical informatics set beside technical jobs is what CI is', () => {
  it.each([
    "clinical informatics vs IT support vs software engineer, aren't they all the same? an interviewer might ask me",
    'is clinical informatics basically just IT help desk work with an MD?',
    'How is a clinical informaticist different from a programmer or the hospital IT department?',
  ])('does not decline "%s" as another career', (q) => {
    expect(outOfScope(q)?.id).toBeUndefined();
  });

  it('answers the comparison from what clinical informatics is', () => {
    const a = answerQuestion(index, 'clinical informatics versus software development and IT support: same thing or not?');
    expect(a.covered).toBe(true);
    expect(cited(a)).toContain('informatics-concepts#what-clinical-informatics-is');
  });

  it.each([
    'how do I become a software developer at a health tech startup after medicine?',
    'clinical informatics vs software developer, which pays more?',
  ])('still declines a career or pay question: "%s"', (q) => {
    expect(answerQuestion(index, q).covered).toBe(false);
  });
});

describe('a job in the gap after a J-1 residency is a visa question', () => {
  it.each([
    'my J1 residency finishes in June and the fellowship starts a year later, may I take a job as an informatics analyst meanwhile?',
    'J-1 residency ends June 30 and CI fellowship begins the following July. could I work as an Epic analyst in the gap year?',
  ])('answers "%s" from the J-1 rules', (q) => {
    expect(outOfScope(q)?.id).toBeUndefined();
    const a = answerQuestion(index, q);
    expect(a.covered).toBe(true);
    expect(cited(a)).toContain('visas#j1-sponsorship');
    expect(a.lead).not.toBe('yes');
  });

  it('still declines a job hunt with no training or visa in it', () => {
    expect(answerQuestion(index, 'how can I get hired as a clinical analyst at an EHR vendor company?').covered).toBe(false);
  });
});

describe('look-alikes stay out', () => {
  it.each([
    'qSOFA vs SIRS - which is better to screen sepsis in the ED?',
    'which is more accurate for sepsis, qSOFA or SIRS?',
    'is CURB-65 or PSI better at predicting pneumonia mortality?',
  ])('declines the bedside score comparison "%s" as clinical', (q) => {
    expect(outOfScope(q)?.id).toBe('clinical');
  });

  it('keeps a score built into an alert in scope', () => {
    expect(outOfScope('for my interview project: a sepsis alert in our EHR built on qSOFA vs SIRS, which one fires less often?')).toBeUndefined();
  });

  it.each([
    'our company needs HIPAA compliance training for 40 employees, which vendor course is good?',
    'our clinic needs a good e-learning vendor for HIPAA training for our staff, any recommendation?',
  ])('declines buying training for an organisation: "%s"', (q) => {
    expect(answerQuestion(index, q).covered).toBe(false);
  });

  it('keeps the member\'s own informatics course in scope', () => {
    expect(outOfScope('which online informatics course is good for my CI fellowship application?')).toBeUndefined();
  });
});
