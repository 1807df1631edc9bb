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
    // The member's own non-clinical job is a gap in a physician's record, not another career.
    expect(outOfScope('I have worked in a non-clinical analytics role since residency ended; does that hurt my CI fellowship chances?')).toBeUndefined();
    // A non-physician as a letter writer stays the member's application.
    expect(outOfScope('Can a non-physician informatics director write one of my fellowship letters?')).toBeUndefined();
  });

  it('declines choosing personal gear, but answers which skills to learn for the fellowship', () => {
    expect(outOfScope('What laptop should I buy for informatics coursework, a MacBook or a ThinkPad?')?.id).toBe('product-choice');
    expect(outOfScope('which headphones are best for long remote lectures?')?.id).toBe('product-choice');
    answered('Should I learn SQL or Python before my informatics fellowship interviews?');
  });
});

describe('round ten: answers that start where a sentence starts, and leads the passage supports', () => {
  it('never opens an answer or its second point in the middle of a sentence', () => {
    for (const q of [
      'would a long break looking after a sick parent sink my residency application?',
      'is two years away from medicine for family reasons a problem for programs?',
    ]) {
      const a = answerQuestion(index, q);
      expect(a.covered, q).toBe(true);
      for (const part of a.answer.split(/\n\s*\n/)) {
        const body = part.replace(/^\*\*[^*]+\*\*\s*/, '').replace(/^I can't give a plain yes or no[^.]*\.\s*/, '');
        expect(body, q).toMatch(/^[^a-z]/);
      }
    }
  });

  it('leads with "It depends:" only when the opening sentence names the deciding condition of what was asked', () => {
    const a = answerQuestion(index, 'Does every CI fellowship take both J-1 and H-1B sponsorship on their website?');
    expect(a.lead).toBe('depends');
    expect(a.answer).toMatch(/^\*\*It depends:\*\* Some CI fellowships/);
    // A condition about something else (which visas programs sponsor) is not a lead for the six-year arithmetic.
    expect(answerQuestion(index, 'the H-1B limit is six years, right? so a 3 year residency and 2 year fellowship is ok?').lead).not.toBe('depends');
  });

  it('says plainly that Step 3 is not a general requirement to enter residency without a visa', () => {
    const a = answerQuestion(index, 'I have a green card; is Step 3 required before I can start residency?');
    expect(a.lead).toBe('no');
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/Step 3\s+is not part of it/);
    expect(a.answer).toMatch(/own Step 3 rules/);
  });

  it('gives one word to two yes/no questions only when each alone gets the same word', () => {
    const both = answerQuestion(index, 'Does ECFMG sponsor the J-1 for a clinical informatics fellowship? Do I have to go home for two years after the J-1?');
    expect(both.lead).toBe('yes');
    const mixed = answerQuestion(index, 'Does ECFMG sponsor the J-1 for a clinical informatics fellowship? Can I switch from J-1 to H-1B for the fellowship?');
    expect(mixed.lead).toBeUndefined();
  });

  it('does not answer a yes/no question with a definition of the red flag', () => {
    const a = answerQuestion(index, 'I failed Step 1 once; will informatics programs still look at my application?');
    expect(a.covered).toBe(true);
    expect(a.answer).not.toMatch(/What counts:/);
  });
});
