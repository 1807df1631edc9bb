import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();

// Questions a newcomer asks first, in our own wordings: each must open with the rule that answers it.
describe('a fellowship asked about with no residency at all', () => {
  it('says No and that a completed residency comes first, naming the exception for one done abroad', () => {
    for (const q of [
      'is it possible to get into an informatics fellowship without doing a residency first',
      'is it possible to do the CI fellowship without any residency',
    ]) {
      const a = answerQuestion(index, q);
      expect(a.answer, q).toMatch(/^\*\*No\.\*\*/);
      expect(a.answer, q).toMatch(/residency completed before the fellowship starts/);
      expect(a.answer, q).toMatch(/exceptionally qualified/);
    }
  });

  it('gives the length of the fellowship however the years are asked', () => {
    for (const q of ['how many years does the clinical informatics fellowship take', 'how long is CI fellowship']) {
      expect(answerQuestion(index, q).answer, q).toMatch(/24 months/);
    }
  });
});
