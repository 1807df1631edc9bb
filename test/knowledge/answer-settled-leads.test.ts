// Two questions whose answer the guides settle, asked the way members type them: a Step already
// passed is not sat again for a better score (USMLE common questions, knowledge/ci-pathway.md
// #retake-passed-step), so the answer leads "No"; a CI fellowship can start before the member's
// own specialty boards are passed (board-eligible applicants; ABPM wants primary certification
// only for its own exam later, #board-certification), so it leads "Yes".
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);

describe('a passed Step cannot be retaken for a higher score: the answer leads No', () => {
  it.each([
    'can I retake a Step I already passed to raise the score?',
    'I passed CK with a 221, may I sit it again for a higher number?',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.lead).toBe('no');
    expect(a.answer).toMatch(/^\*\*No\.\*\*/);
    expect(a.answer).toMatch(/does not allow a retake after a\s+pass/);
    expect(a.answer).not.toMatch(/\*\*Yes\.\*\*/);
  });
});

describe('a CI fellowship can start before the specialty boards are passed: the answer leads Yes', () => {
  it.each([
    'Can I start a CI fellowship before passing my ABIM boards?',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.lead).toBe('yes');
    expect(a.answer).toMatch(/^\*\*Yes\.\*\*/);
    expect(a.answer).toMatch(/needed to sit the CI exam, not to start the fellowship/);
  });

  it('still answers No to the question put the other way: primary certification is not needed to start', () => {
    const a = ask('Do I need to be board certified in internal medicine before I start the CI fellowship?');
    expect(a.lead).toBe('no');
  });
});

describe('a requirement asked is not answered by a permission phrasing’s word', () => {
  it.each([
    'Is it necessary that my pediatrics board exam is passed before the informatics fellowship begins in July?',
    'is passing my family medicine boards required before I can begin a CI fellowship',
  ])('%s: never Yes', (q) => {
    const a = ask(q);
    expect(a.lead).not.toBe('yes');
    expect(a.answer).not.toMatch(/^\*\*Yes\.\*\*/);
  });
});
