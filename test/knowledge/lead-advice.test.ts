import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();

// Whether something is allowed does not say whether it is wise: a permission answer ("you may say
// a program is your number one") must never open an answer to a question of judgement with a Yes
// or a No. Our own wordings, not the held-out questions that showed the gap.
describe('a yes/no word is never borrowed from a permission for a question of judgement', () => {
  it('gives no "No." to "is it a bad idea to tell several programs they are my first choice"', () => {
    for (const q of [
      'would it be a bad idea to text "you are my #1" to four different programs?',
      'is it a mistake to tell a couple of programs they are my top choice',
    ]) {
      const a = answerQuestion(index, q);
      expect(a.lead, q).toBeUndefined();
      expect(a.answer, q).not.toMatch(/^\*\*(?:Yes|No)\.\*\*/);
    }
  });

  it('gives no "Yes." to "should I now move them to #1" after a program says I am ranked to match', () => {
    const a = answerQuestion(
      index,
      'a program emailed that I am "ranked to match" there, they were my second choice, should I now put them first?',
    );
    expect(a.answer).not.toMatch(/^\*\*Yes\.\*\*/);
  });

  it('still answers the permission question itself with its word', () => {
    const a = answerQuestion(index, 'Can I tell a program it is my number one?');
    expect(a.lead).toBe('yes');
  });
});
