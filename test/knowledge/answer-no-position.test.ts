/**
 * A match result that names no place ("no position", "got no fellowship spot") is going
 * unmatched, said as what came back: the member gets the unmatched answer for their match, not the
 * "matches are binding" answer meant for someone who matched.
 */
import { describe, expect, it } from 'vitest';
import { meaningOf } from '../../src/knowledge/meaning.js';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

describe('a result that names no place', () => {
  it.each([
    'my AMIA match result came: no position. what can i do now??',
    'fellowship results are out and i got no spot, next steps?',
    'Respected sir, the match result shows no place for me. Kindly advise.',
  ])('reads "%s" as not matching', (q) => {
    expect(meaningOf(q).features.has('unmatch')).toBe(true);
  });

  it.each([
    'is there a position for IMGs with no residency',
    'no match day yet, when are the results?',
    'do programs with no open spots still interview?',
  ])('does not read "%s" as not matching', (q) => {
    expect(meaningOf(q).features.has('unmatch')).toBe(false);
  });

  it('answers a CI applicant with the AMIA post-match process, not "matches are binding"', () => {
    const { index } = getKnowledge();
    const a = answerQuestion(index, 'my AMIA match result came: no position. what can i do now??');
    expect(a.answer).toMatch(/post-match process/);
    expect(a.answer).not.toMatch(/^Both the NRMP and the AMIA match are binding/);
  });
});
