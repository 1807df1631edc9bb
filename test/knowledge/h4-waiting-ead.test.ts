import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { lacksTold } from '../../src/knowledge/negation.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

// A member still waiting for an H-4 work permit is on H-4 alone: the lack keeps the status, and
// saying the lack again ("nothing approved so far") is not a question about approvals.
describe('an H-4 permit not yet granted is read as H-4 alone', () => {
  it.each([
    ['still waiting on my H-4 EAD, nothing approved so far', /\bH-4\b/],
    ['I applied for my H4 EAD and it has not come', /\bH-4\b/],
    ['my H-4 EAD is still pending', /\bH-4\b/],
  ])('"%s" keeps the H-4 status in what is read', (told, kept) => {
    const r = lacksTold(told);
    expect(r.told).toBe(true);
    expect(r.rest).toMatch(kept);
    expect(r.rest).not.toMatch(/\bEAD\b|approved/i);
  });

  it('a lack of another permit still reads as nothing held, and no lack told keeps its words', () => {
    expect(lacksTold('I have no work permit yet').rest).not.toMatch(/H-4|permit/);
    expect(lacksTold('my H-4 EAD was approved last month').told).toBe(false);
    expect(lacksTold('nothing approved so far, what now').told).toBe(false);
  });

  it.each([
    'still waiting on my H-4 EAD, nothing approved so far — could I begin residency in July?',
    'H4 here, applied for the EAD in spring, no decision yet. can I start residency in july?',
    'my H-4 EAD application is still pending, nothing granted so far, can I join residency this July?',
    'my H4 EAD is still processing and nothing has come, can I start residency on July 1?',
  ])('"%s": the H-4-alone answer, never a Yes', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/H-4 on its own/);
    expect(a.answer).not.toMatch(/\*\*Yes\.\*\*/);
  });
});
