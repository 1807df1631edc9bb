import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();

// "X or not X?" offers two courses: its "not" names the other choice and must not turn the curated
// answer's word around (a "No." followed by "Most applicants do [waive]" contradicted itself).
describe('a choice told with "or not" keeps the word of the course asked about', () => {
  it('never answers "waive or not?" with a No that the answer then contradicts', () => {
    for (const q of [
      'waive or not waive my right to read my letters? it feels strange not knowing what they say',
      'should I waive my FERPA right for the LORs or not?',
      'to waive or not to waive the right to see my letter of recommendation?',
    ]) {
      const a = answerQuestion(index, q);
      expect(a.answer, q).not.toMatch(/^\*\*No\.\*\*/);
      expect(a.answer, q).toMatch(/Most applicants do/);
    }
  });

  it('still reads a real negation in the question', () => {
    const a = answerQuestion(index, 'is step 3 required for a J-1 or not?');
    expect(a.answer).toMatch(/^\*\*No\.\*\*/);
  });
});
