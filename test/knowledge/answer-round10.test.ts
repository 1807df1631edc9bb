import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { outOfScope } from '../../src/knowledge/scope.js';
import { getKnowledge } from '../../src/knowledge/store.js';

/**
 * Round ten (after batch H): each scope alternative added in this round, pinned by sentences of
 * our own (never corpus items or probe sentences). The goal of the question decides: who benefits
 * (the member as a physician applicant or someone else) and which process (US training or
 * immigration, shopping, another career).
 */
const { index } = getKnowledge();
const cited = (text: string): string[] => [...text.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1] ?? '');
const declined = (q: string): void => {
  const a = answerQuestion(index, q);
  expect(a.covered, q).toBe(false);
  expect(cited(a.answer), q).toEqual([]);
};
const answered = (q: string): void => {
  expect(answerQuestion(index, q).covered, q).toBe(true);
};

describe('round ten: a clear training goal wins over a shared word', () => {
  it('answers the H-1B cap for residents of a teaching hospital, but declines the H-1B lottery for an ordinary job', () => {
    expect(outOfScope('Does a teaching hospital have to enter the H-1B lottery for its new interns, or is it exempt?')).toBeUndefined();
    expect(outOfScope('Are residency programs at universities subject to the H-1B draw?')).toBeUndefined();
    expect(outOfScope('when are the h1b lottery results announced this spring for tech workers?')).toBeDefined();
  });

  it('answers applying as an IMG with a green card already held, but declines getting a green card through a relative or employer', () => {
    expect(outOfScope('I hold a green card from my marriage; do programs still count me as an IMG?')).toBeUndefined();
    expect(outOfScope('how can our family obtain green cards through my employer?')?.id).toBe('immigration');
    expect(outOfScope('My uncle is a US citizen. Could he petition for me to move there for good?')?.id).toBe('immigration');
  });

  it('declines a message that says it is not about medical training and names residence', () => {
    expect(outOfScope('Not a medical question: how many years of residence before citizenship?')?.id).toBe('immigration');
    declined('About living residence, not training: how does my brother-in-law sponsor me?');
  });

  it('does not let a fee paid before applying turn an email to programs into a money question', () => {
    expect(outOfScope('Before paying for ERAS, may I write to programs asking whether they take international graduates?')?.id).not.toBe('money');
    expect(outOfScope('how much does ERAS charge for 40 programs?')?.id).toBe('money');
  });
});

describe('round ten: someone else’s career, and shopping', () => {
  it('declines a career for someone without a medical degree, wherever the message says so', () => {
    expect(outOfScope('Health analytics jobs hire people with no MD needed. Which courses should I take first?')?.id).toBe('other-profession');
    expect(outOfScope('Is a Cerner credential worthwhile for a non-clinician working the help desk?')?.id).toBe('other-profession');
    // A non-physician as a letter writer stays the member's application.
    expect(outOfScope('Can a non-physician informatics director write one of my fellowship letters?')).toBeUndefined();
  });

  it('declines choosing personal gear, but answers which skills to learn for the fellowship', () => {
    expect(outOfScope('What laptop should I buy for informatics coursework, a MacBook or a ThinkPad?')?.id).toBe('product-choice');
    expect(outOfScope('which headphones are best for long remote lectures?')?.id).toBe('product-choice');
    answered('Should I learn SQL or Python before my informatics fellowship interviews?');
  });
});
