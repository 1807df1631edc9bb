import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const cited = (text: string): string[] => [...text.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1] ?? '');
const declinedWithoutCitation = (q: string): void => {
  const a = answerQuestion(index, q);
  expect(a.covered, q).toBe(false);
  expect(cited(a.answer), q).toEqual([]);
};

describe('round nine: out of scope by the goal of the question, from the misses of seen-questions-g', () => {
  it('declines residence as where one lives (a green card, a state, the DMV), but answers proof of completed training', () => {
    expect(outOfScope('USCIS asks for proof of my residence at this address for the past two years, which papers count?')?.id).toBe('residence');
    expect(outOfScope('am I a Texas resident for in-state tuition after one year here?')?.id).toBe('residence');
    declinedWithoutCitation('how do I prove state residency to register to vote in Ohio?');
    expect(outOfScope('What proof of residency completion do the ABPM boards want?')).toBeUndefined();
    expect(answerQuestion(index, 'As a permanent resident, do I still need a visa for residency?').covered).toBe(true);
  });

  it('declines choosing or ranking products for an organisation, but answers which system to learn for a fellowship', () => {
    expect(outOfScope('our group practice has to buy an EHR next year, which vendor is best?')?.id).toBe('product-choice');
    declinedWithoutCitation('Which is the better EHR for a rural clinic, NextGen or athenahealth?');
    expect(outOfScope('Should I learn Epic or Cerner before my informatics fellowship starts?')?.id).not.toBe('product-choice');
    expect(outOfScope('Which is the best platform to find CI programs that sponsor visas?')?.id).not.toBe('product-choice');
  });

  it('declines letters for a job or for someone else applying, but answers letters for the member’s own application', () => {
    expect(outOfScope('how should my cover letter for a clinical data analyst job at an insurance company start?')?.id).toBe('other-letter');
    expect(outOfScope('my niece is applying to an undergraduate nursing program, who should write her recommendation?')).toBeDefined();
    declinedWithoutCitation('my teaching assistant wants to apply for a master’s abroad, how do I write her a reference letter?');
    expect(answerQuestion(index, 'Should I send a cover letter to programs along with my ERAS application?').covered).toBe(true);
  });

  it('declines another country’s training when the goal is named before the asking clause or routes are compared', () => {
    expect(outOfScope('I plan to do residency in Switzerland. How long does the language exam take?')?.id).toBe('other-country');
    expect(outOfScope('Which is quicker for Ireland, the intern year or the specialist route?')?.id).toBe('other-country');
    expect(outOfScope('how do I apply to PA programs as a doctor from Nigeria?')?.id).toBe('other-profession');
  });

  it('declines a relative’s career, but keeps the member’s own case when a relative is only context', () => {
    expect(outOfScope('could my husband, a pharmacist, apply for a clinical informatics fellowship too?')).toBeDefined();
    expect(outOfScope('my wife is a software engineer and I moved for her job; how do I explain my two-year gap?')).toBeUndefined();
    expect(outOfScope('my green card came through my wife, do I still need ECFMG certification?')).toBeUndefined();
    // …while a relative who is the visa case stays out, even when the member offers to help.
    expect(outOfScope('my brother wants a J-1 for research in Boston, can I help him get it?')).toBeDefined();
    const ill = answerQuestion(index, 'my mother is ill, can I delay my J-1 start?');
    expect(ill.covered).toBe(true);
  });

  it('declines banks, phone plans and cars, but not a story bank', () => {
    declinedWithoutCitation('which bank should a new J-1 fellow open an account with?');
    declinedWithoutCitation('best phone plan for an IMG starting residency in July?');
    expect(answerQuestion(index, 'how do I build a story bank for behavioral interview questions?').covered).toBe(true);
  });

  it('reads money as a circumstance when the question asks about the application', () => {
    expect(outOfScope('I already paid the ERAS fees, how do I assign letters to each program?')).toBeUndefined();
    expect(outOfScope('I can barely afford applications; how many CI programs should I apply to?')).toBeUndefined();
    expect(outOfScope('My ERAS fees were charged twice, what should I do?')?.id).toBe('money');
  });
});

describe('round nine: neighbouring sections told apart by what is asked', () => {
  const answersFrom = (q: string, wanted: string[]): void => {
    const a = answerQuestion(index, q);
    expect(a.covered, q).toBe(true);
    expect(cited(a.answer).some((r) => wanted.includes(r)), `${q} → ${cited(a.answer).join(' ')}`).toBe(true);
  };
  it('a program asking where else you interviewed is a communication rule, not a question to ask programs', () => {
    answersFrom('can an interviewer ask me what other programs I interviewed at?', ['matches#communication-rules', 'prematch#nrmp-rules']);
  });
  it('"recent clinical experience" is about how recent, not about US experience', () => {
    answersFrom('I have been out of clinical work since 2019 and programs want recent clinical experience. What can I do?', ['red-flags#clinical-currency']);
  });
  it('alternatives to the usual route go to the alternatives', () => {
    answersFrom('what are other options in informatics if I never get a US residency?', ['ci-pathway#alternatives']);
  });
  it('a letter dated years back is about its age', () => {
    answersFrom('is a recommendation letter from 2020 still usable this season?', ['letters#writers-to-avoid', 'red-flags#clinical-currency']);
  });
  it('writing to ask whether a program would consider you is an eligibility inquiry', () => {
    answersFrom('How do I email a CI program to check if they would consider someone with a residency from Sudan?', ['prematch#eligibility-inquiry']);
  });
});
