import { describe, expect, it } from 'vitest';
import { answerQuestion, joinedQuestions, NO_PLAIN_WORD, type Answer } from '../../src/knowledge/answer.js';
import { asksJ1Length } from '../../src/knowledge/j1-years.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';

/**
 * Round ask49 (newcomer trials 13 and 14, and session 25's held questions): a clause of one
 * question is not a second question; a passage that says its own yes or no is never opened with
 * "I can't give a plain yes or no"; how long a Statement of Need takes is answered without a
 * neighbouring number; a failed specialty board exam, a preliminary year in SOAP, a visitor's
 * unpaid work and an offer to leave the NRMP are each answered from what the guides say.
 */
const { index } = getKnowledge();
const ask = (q: string): Answer => answerQuestion(index, q);
const cited = (a: Answer): string[] => [...a.answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!);

describe('a clause of the same question is not a second question', () => {
  it.each([
    'is it bad that I failed step 1 and did an observership after?',
    'Is it a problem if I took 2 years off and did research?',
    'would programs mind if I finished residency abroad and have a J-1 already?',
    'does it look weak that I graduated in 2015 and worked as a GP since?',
  ])('"%s" is read as one question', (q) => {
    expect(joinedQuestions(q)).toBeUndefined();
    expect(ask(q).answer).not.toMatch(/You also asked/);
  });

  it.each([
    ['Can I do research and does it count as USCE?', 'does it count as USCE?'],
    ['do I need US letters and how many?', 'how many?'],
    ['is Step 3 needed for the H-1B and can programs see my failed attempt?', 'can programs see my failed attempt?'],
  ])('"%s" still asks two things', (q, second) => {
    expect(joinedQuestions(q)?.asks[1]).toBe(second);
  });
});

describe('"I can\'t give a plain yes or no" is never followed by the guide\'s own yes or no', () => {
  it.each([
    'should i SOAP into a prelim IM spot or just wait and reapply? is a 3rd attempt basically the end?',
    'is a third unmatched cycle the end for me?',
    'do I need US letters and how many?',
    'unmatched twice already. is applying a 3rd time pointless?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    const escaped = NO_PLAIN_WORD.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(a.answer).not.toMatch(new RegExp(`${escaped}\\s+(?:[^.?!]{0,160}\\?\\s+)?(?:Yes|No)\\b`));
  });
});

describe('SOAP into a preliminary year, or wait and reapply', () => {
  it.each([
    'should i SOAP into a prelim IM spot or just wait and reapply? is a 3rd attempt basically the end?',
    'Unmatched again. Is it wiser to grab a preliminary year in SOAP, or sit out this year and reapply stronger?',
    'prelim spot via SOAP vs waiting a year to reapply - which one?',
  ])('answers the choice from SOAP and the PGY-1 year, without choosing: "%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    const refs = cited(a);
    expect(refs).toContain('matches#soap');
    expect(a.answer).toMatch(/prelim|PGY-1/i);
  });
});

describe('how long a Statement of Need takes: no processing time the guides do not give', () => {
  it.each([
    'J1 statement of need from egypt ministry of health - how long it takes?',
    'How many weeks does the ministry usually need to issue the statement of need for a J-1?',
    'my ministry of health still has not sent my SoN. how long does it normally take?',
  ])('"%s"', (q) => {
    expect(asksJ1Length(q)).toBe(false);
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).not.toMatch(/seven years|7 years/i);
    expect(a.answer).toMatch(/Statement of Need/);
    expect(cited(a)).toContain('visas#j1-sponsorship');
  });

  it('the years a J-1 lasts are still asked as the limit', () => {
    expect(asksJ1Length('how many years can I stay on a J1 in total for residency plus fellowship?')).toBe(true);
  });

  it('the trial question says the guides give no time and what to do', () => {
    const a = ask('J1 statement of need from egypt ministry of health - how long it takes?');
    expect(a.answer).toMatch(/no processing time/);
    expect(a.answer).toMatch(/early/);
  });
});

describe('a failed specialty board exam (ABIM, ABFM)', () => {
  it.each([
    'I failed the ABIM boards once. how do programs see a board exam failure?',
    'ABFM exam failed first attempt... will CI fellowships still consider me?',
    'My internal medicine board certification exam did not go well, I failed. Does it hurt my chances for an informatics fellowship?',
  ])('answers from exam failures and board certification: "%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).not.toMatch(/^A writer who knows your story/);
    const refs = cited(a);
    expect(refs.some((r) => r === 'red-flags#exam-failures' || r === 'ci-pathway#board-certification')).toBe(true);
  });

  it('starting the fellowship before the specialty boards keeps its own answer', () => {
    const a = ask('my internal medicine board exam is still pending, is it ok to start the CI fellowship?');
    expect(a.lead).toBe('yes');
  });
});

describe('a visitor who asks what they may do for the application while in that status', () => {
  it.each([
    'while my change to B-2 is pending, can I volunteer or do unpaid research?',
    'waiting for my I-539 to B2 to be approved. ok to do volunteer research at a university meanwhile?',
    'I came on a tourist visa and a professor offered me an unpaid research position for my CV. is that allowed?',
  ])('is not declined, and hears that the status decides: "%s"', (q) => {
    expect(outOfScope(q)).toBeUndefined();
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.lead).toBeUndefined();
    expect(cited(a)).toContain('visas#dependent-status');
  });

  it('the trial question is told to ask an immigration attorney, unpaid work included', () => {
    const a = ask('while my change to B-2 is pending, can I volunteer or do unpaid research?');
    expect(a.answer).toMatch(/immigration attorney/);
    expect(a.answer).toMatch(/unpaid/);
  });

  it.each([
    'can my mother come on a tourist visa for my graduation?',
    'is the weather in Boston ok for interviews',
    'my brother wants a B2 visa to visit me during residency, how does he apply?',
  ])('a visit or a relative\'s visa stays everyday life: "%s"', (q) => {
    expect(outOfScope(q)?.id).toBe('everyday-life');
  });

  it('work told as unpaid is no money question', () => {
    expect(outOfScope('I am in US on B1/B2. Is it permissible that I help in a hospital quality project without salary?')?.id).not.toBe('money');
    expect(outOfScope('how much salary does a PGY-1 resident get in New York?')?.id).toBe('money');
  });
});

describe('a place offered on condition of leaving the NRMP leads with the early-offer rule', () => {
  it.each([
    'The PD of a family medicine residency says I can sign a contract with them today if I take myself out of the NRMP. Is that ok?',
    'psych residency PD: "withdraw from NRMP and we hire you outright." can I?',
    'an IM program offered me a contract now if I withdraw from the NRMP match, is this allowed?',
  ])('"%s"', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(cited(a)[0]).toBe('prematch#early-offers');
    expect(a.lead).not.toBe('yes');
  });
});
