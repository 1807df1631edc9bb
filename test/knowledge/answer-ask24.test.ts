// Readings /ask missed in session 13's trial and helpers' own tests (ask24). Each block names the
// reading and asks it in wordings of our own, in different voices; none is a curated phrasing.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const cited = (text: string): string[] => [...text.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!);

describe('212(e), named by its statute, is the J-1 home-residence requirement (not a Step score)', () => {
  it.each([
    'my visa has 212e, will it stop me continuing to fellowship?',
    'will 212(e) prevent me to continue training on J-1',
    "I'm subject to INA 212(e). Does that bar me from going on to a clinical informatics fellowship?",
    'sir my DS-2019 is marked 212 e, it prevents fellowship after residency or no?',
  ])('answers from the J-1 sponsorship section that it does not stop more training: "%s"', (q) => {
    const a = ask(q);
    expect(cited(a.answer)[0]).toBe('visas#j1-sponsorship');
    expect(a.answer).toMatch(/does not stop more J-1 training/);
    expect(a.answer).not.toMatch(/^\*\*Yes\./);
  });
});

describe('"my list" among programs is the rank list', () => {
  it.each([
    'I only want one fellowship, can my list have only that program?',
    'is it fine if there is just a single program on my list',
    'my list will have just one program, the one I want. is that ok?',
  ])('a one-program list: "%s"', (q) => {
    expect(ask(q).faqId).toBe('rank-one-program');
  });

  it.each([
    'after I commit my list can I go back and change the order?',
    'I committed my rank list yesterday, still possible to swap the order of two programs?',
    'my list is committed — can I rearrange it?',
    'once we have committed the list, is reordering allowed before December?',
  ])('changing a committed list: until the deadline, then final: "%s"', (q) => {
    const a = ask(q);
    expect(cited(a.answer)[0]).toBe('matches#amia-ci-match');
    expect(a.answer).toMatch(/de-commit/);
    expect(a.answer).toMatch(/final/);
  });
});

describe('a calendar, a schedule or fees asked with "what is the X …" want the contents, not a definition', () => {
  it.each([
    'what is the AMIA match calendar for this cycle?',
    'what is the clinical informatics match schedule this year',
    "what's the AMIA match timeline?",
  ])('gives the AMIA calendar: "%s"', (q) => {
    const a = ask(q);
    expect(cited(a.answer)[0]).toBe('matches#amia-ci-match');
    expect(a.answer).not.toMatch(/don't define it/);
  });
});

describe("a program's warm words, and 'so I'm in?': whether a place is certain", () => {
  it.each([
    "Interviewer told me they will definitely rank me high, so I'm in right?",
    'PD said I am ranked to match with them. So I am in?',
    'the program director assured me I will be ranked highly, is that guaranteed then?',
  ])('says No, not a commitment: "%s"', (q) => {
    const a = ask(q);
    expect(cited(a.answer)[0]).toBe('prematch#rank-you-highly');
    expect(a.answer).toMatch(/not a guarantee|not binding|no guarantee/i);
    expect(a.answer).not.toMatch(/^\*\*Yes\./);
  });
});

describe('not matching, however it is said, then applying again', () => {
  it.each([
    'In case I am not matching, is it allowed to try the CI fellowship again next year',
    "if I don't match this cycle could I give it another try next season?",
    'suppose I fail to match in informatics — can I apply again the following year?',
  ])('answers that you can apply in the next season: "%s"', (q) => {
    expect(ask(q).faqId).toBe('reapply-after-amia-unmatched');
  });
});

describe('what to put in a thank-you is about its contents, not about a reply to it', () => {
  it.each([
    'we got married during my gap, should I mention the wedding in my thank you notes?',
    'Is it wise to tell them about my new baby in the thank-you email?',
    'should I include my family news in the thank you mail to the interviewers?',
  ])('answers what to leave out of a thank-you: "%s"', (q) => {
    const a = ask(q);
    expect(a.faqId).toBe('thank-you-what-to-leave-out');
    expect(a.answer).not.toMatch(/silence after a thank-you is normal/i);
  });
});

// After the merge: "does the 212 e rule block me … straight after residency" matched the [yes] phrasing
// "can I go … straight into a CI fellowship" and opened "Yes." — the answer to the opposite question.
describe('the home-residence rule and a fellowship straight after residency, asked either way', () => {
  it('answers "does it block me" with No and "can I go straight on" with Yes', () => {
    expect(answerQuestion(index, 'does the 212 e rule block me from doing fellowship straight after residency').answer).toMatch(/^\*\*No\.\*\*/);
    expect(answerQuestion(index, 'can I go from J-1 residency straight into CI fellowship on the same J-1?').answer).toMatch(/^\*\*Yes\.\*\*/);
  });
});
