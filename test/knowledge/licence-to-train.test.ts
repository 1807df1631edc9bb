// "Do I need a US medical license to start a CI fellowship?" was answered about the CI boards (a
// newcomer trial of session 11): true of the boards, not of starting. The pathway guide now says what
// starting needs (the state's rule for physicians in training; a GME office's own rules, e.g. Step 3
// before any fellowship) apart from what the boards need (a full, unrestricted licence).
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cited = (text: string): string[] => [...text.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!);

describe('/ask on the licence needed to start a fellowship', () => {
  it.each([
    'Do I need a US medical license to start a CI fellowship?',
    'is a full licence required before i begin informatics fellowship or training licence ok?',
    'do i need step 3 passed before fellowship starts',
  ])('answers "%s" with what starting needs, state by state, and not as if it were the boards', (q) => {
    const a = ask(q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/^It depends on the state and the program\./);
    expect(a.answer).toMatch(/training licence or permit/);
    expect(cited(a.answer)[0]).toBe('ci-pathway#licence-to-train');
  });

  it('keeps the licence for the boards with the boards', () => {
    const a = ask('do I need a US license for the informatics boards');
    expect(cited(a.answer)[0]).toBe('ci-pathway#board-certification');
    expect(a.answer).toMatch(/unrestricted, current medical licence/);
  });
});
