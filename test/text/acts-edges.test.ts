/**
 * Clauses and questions at their edges: a doubled semicolon leaves no empty clause, an offset at
 * the first letter of a clause belongs to that clause, a sentence with nothing but breaks still has
 * a clause, and a question with a stray space before it is still a question.
 */
import { describe, expect, it } from 'vitest';
import { clauseAt, clausesOf, isQuestion } from '../../src/text/acts.js';
import { analyse, type Sentence } from '../../src/text/document.js';

describe('clauses', () => {
  it('leaves no empty clause between two semicolons typed together', () => {
    const s = analyse('Thanks;; I will rank you first.').sentences[0]!;
    expect(clausesOf(s).map((c) => c.text)).toEqual(['thanks', 'i will rank you first.']);
  });

  it('puts the first letter of a clause in that clause', () => {
    const s = analyse('I know you cannot say, but any hint would help.').sentences[0]!;
    const second = clausesOf(s)[1]!;
    expect(clauseAt(s, second.offset).text).toBe('any hint would help.');
  });

  it('gives a sentence with no words between its breaks one empty clause', () => {
    const s = { canon: '' } as Sentence;
    expect(clausesOf(s)).toEqual([]);
    expect(clauseAt(s, 0)).toEqual({ text: '', offset: 0 });
  });
});

describe('isQuestion', () => {
  it('reads a question with spaces before it as a question', () => {
    expect(isQuestion('  do you sponsor j-1 visas')).toBe(true);
  });
});
