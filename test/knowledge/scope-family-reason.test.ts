/**
 * A spouse or family named as the reason for a Match choice does not turn the question into another
 * kind of matching (newcomer trial 11: a letter of intent to the program where the member's husband
 * works was declined as "dating apps"); a question about the marriage itself still is declined.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('family as the reason behind a ranking question', () => {
  it.each([
    'My wife got a job in Cleveland so that hospital is my #1 now. Can I write them a letter of intent?',
    'we have a toddler and my husband works near this place, is it ok to tell them I will rank them first',
    'my spouse is settled in Houston, so the program there is my first choice, should i let them know',
  ])('answered: %s', (q) => {
    const a = ask(q);
    expect(a.declined).toBeFalsy();
    expect(a.answer).not.toMatch(/dating apps/);
  });

  it('a question about the marriage itself is still declined', () => {
    expect(ask('my husband and I are not a good match anymore, what should I do').declined).toBeTruthy();
  });
});
