// ask44: readings from study batch questions-aj, each tested in new wordings: a country named in
// the possessive, a care job's own certificate, paid work asked of a visa told first, earlier
// visas told as the history behind a J-1, and "am I done for?" after unmatched cycles.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('out of scope', () => {
  it.each([
    "is Australia's AMC pathway quicker than Canada's?",
    "is New Zealand's registration process friendlier to foreign grads than Ireland's?",
  ])('another country named in the possessive: "%s"', (q) => {
    expect(outOfScope(q)?.id).toBe('other-country');
  });

  it.each([
    'how long is the nursing assistant certificate course in Texas to get hired at a care home?',
    'phlebotomy certification, how many classes before I can draw blood at a lab?',
  ])('a care job\'s own certificate: "%s"', (q) => {
    expect(outOfScope(q)?.id).toBe('other-profession');
  });

  it('working as a nursing assistant, asked as US clinical experience, stays in scope', () => {
    expect(outOfScope('does working as a CNA count as US clinical experience for residency?')).toBeUndefined();
  });

  it('moonlighting to earn more with no visa in the message is still a money question', () => {
    expect(outOfScope("I'm an attending, how do I make extra money with locums?")?.id).toBe('money');
  });
});

describe('in scope', () => {
  it.each([
    'starting fellowship on an H-1B next July. could I moonlight at a community ER for additional income?',
    'on a J-1 in residency. can I do weekend locums for extra cash?',
  ])('paid work asked of a visa told first: "%s"', (q) => {
    expect(outOfScope(q)).toBeUndefined();
  });

  it('earlier student and visitor visas told before a J-1 question are history, not the question', () => {
    const q = "I came on a tourist visa, then an F-1 for a master's. could that hurt my chances of ECFMG sponsoring my J-1?";
    expect(outOfScope(q)).toBeUndefined();
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toContain('[visas#j1-sponsorship]');
    expect(a.lead).not.toBe('yes');
  });

  it('a relative on a visitor visa is still declined', () => {
    expect(outOfScope("can my wife on a B2 visa work while I'm on a J1?")).toBeDefined();
  });
});

describe('"am I done for?" after setbacks', () => {
  it.each(['applied and went unmatched two times now, going for round three. am I done for?', 'third cycle coming after two unmatched ones, am I doomed?'])(
    'never gets a Yes: "%s"',
    (q) => {
      const a = ask(q);
      expect(a.lead).not.toBe('yes');
      expect(a.answer).toContain('[red-flags#multiple-match-attempts]');
    },
  );

  it('asking whether it is a red flag still gets its Yes', () => {
    expect(ask('I went unmatched twice. is reapplying a red flag?').lead).toBe('yes');
  });
});
