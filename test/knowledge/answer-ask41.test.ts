import { describe, expect, it } from 'vitest';
import { personalNote } from '../../src/app/views/ask.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { answerQuestion, type Answer } from '../../src/knowledge/answer.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';

/**
 * Newcomer trial 9 (a member's own situation): a money word used in another sense, a gap told
 * with its family and visa reasons, an unmatched year with a residency left, telling interviewers
 * about a visa, and the H-1B note that must follow where the member stands in the season.
 */
const { index } = getKnowledge();
const cited = (a: Answer): string => [...a.answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]).join(' ');

describe('the decline gate reads a money word by its sense', () => {
  it.each([
    'do program directors discount a letter written after an observership?',
    'my clinical years abroad may be discounted by US programs, how should I present them',
    'will the unmatched year cost me interviews this time?',
    "I can't afford to lose another cycle, how many programs should I apply to?",
  ])('answers "%s"', (q) => {
    expect(outOfScope(q)?.id).toBeUndefined();
    expect(answerQuestion(index, q).covered).toBe(true);
  });

  it.each([
    'do airlines give a discount on flights for residency interviews?',
    'any discount codes for a question bank subscription?',
    'can I get the hotel near the interview at a discount?',
  ])('still declines the price sense: "%s"', (q) => {
    expect(answerQuestion(index, q).covered).toBe(false);
  });
});

describe('a gap explained with its family and visa reasons is in scope', () => {
  it.each([
    'I was on an F1 visa waiting for OPT and my son was born, so there is a 10 month gap. How do I explain it to programs?',
    'there is a 9 month break on my CV while my visa for my wife was processed and our daughter was born, should I mention the family reason in my personal statement?',
  ])('answers "%s" from the guides', (q) => {
    expect(outOfScope(q)).toBeUndefined();
    const a = answerQuestion(index, q);
    expect(a.covered).toBe(true);
  });

  it('answers how to explain it, not what letters should say', () => {
    const a = answerQuestion(index, 'we had a baby and my student visa took ages, so 8 months are blank on my CV. Do I tell programs the family reason?');
    expect(a.covered).toBe(true);
    expect(cited(a)).toContain('explaining-red-flags#explaining-a-gap');
  });

  it.each([
    'can my husband work while he is on an F1 visa?',
    'which visa for my parents to visit me during residency?',
    'can my wife get a tourist visa to attend my graduation?',
  ])('still declines a relative\'s own visa: "%s"', (q) => {
    expect(answerQuestion(index, q).covered).toBe(false);
  });
});

describe("the member's own red flags and visa at interviews", () => {
  it('an unmatched year plus a residency left abroad: programs will ask, and how to explain both', () => {
    const a = answerQuestion(index, 'I resigned from my residency in Egypt after a year and went unmatched in 2025. Will programs see a red flag?');
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/Programs will notice both/);
    expect(cited(a)).toContain('red-flags#multiple-match-attempts');
    expect(cited(a)).not.toContain('red-flags#professionalism');
  });

  it('a letter from an observership: how much it weighs, and adding a stronger one', () => {
    const a = answerQuestion(index, 'my only US letter comes from an observership where I just shadowed, do PDs take it less seriously?');
    expect(a.covered).toBe(true);
    expect(cited(a)).toMatch(/letters#(?:less-ideal-writers|strong-letter)/);
  });

  it('telling interviewers about a visa now held: answered, not a sponsorship-history search', () => {
    for (const q of ['when do I bring up visa sponsorship in interviews?', 'I am on an H-1B right now; should I tell the interviewers I will need sponsorship, or let them ask?']) {
      const a = answerQuestion(index, q);
      expect(a.covered).toBe(true);
      expect(a.answer).toMatch(/only when asked/);
      expect(a.answer).not.toMatch(/\$100,000/);
    }
  });
});

describe('few interviews in the middle of the season', () => {
  it('says late applications are still possible, by program deadlines, and what to do meanwhile', () => {
    const a = answerQuestion(index, "got just two interview invites by mid December, worth sending more ERAS applications?");
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/May 31/);
    expect(a.answer).toMatch(/its own deadline/);
  });
});

describe('the H-1B note follows where the member stands in the season', () => {
  const h1b = { covered: true, topic: 'visas#h1b-for-training', faqId: 'h1b-step3', passages: [], answer: '' } as unknown as Answer;
  const member: Profile = { version: 1, visa: 'h1b', citizenship: 'non-us', target: 'residency-informatics-track', matchAttempts: 1 };

  it('on the interview trail: Step 3 before the program files the petition, by its own deadline', () => {
    const note = personalNote(member, h1b, '2026-12-05') ?? '';
    expect(note).not.toMatch(/before you apply/);
    expect(note).toMatch(/before it files your H-1B petition/);
    expect(note).toMatch(/Match Day/);
  });

  it('at rank-list time the same, and after the match it points to the program that matched', () => {
    expect(personalNote(member, h1b, '2027-02-20')).toMatch(/before it files your H-1B petition/);
    expect(personalNote(member, h1b, '2027-04-10') ?? '').toMatch(/before it files|before you apply/);
  });

  it('before applications open: pass it before you apply', () => {
    expect(personalNote(member, h1b, '2027-05-10')).toMatch(/Plan to have Step 3 passed before you apply/);
  });
});
