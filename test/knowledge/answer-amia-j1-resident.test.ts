// A PGY-3 on a J-1 in a US internal medicine residency asked /ask about the AMIA match on commit-
// deadline day (trial of 4 Dec 2026) and got the eligibility rule for a visa question, offers
// outside the match for "must I accept my last choice?", and openings that point back at nothing
// ("Then submit…", "Until then you can change…"). Each meaning below is asked in other voices
// than the trial's: terse, anxious, non-native English.
import { describe, expect, it } from 'vitest';
import { answerQuestion, NO_PLAIN_WORD, refersBack } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

const { index } = getKnowledge();
const ask = (q: string) => answerQuestion(index, q);
const body = (answer: string) =>
  answer
    .replace(NO_PLAIN_WORD, '')
    .replace(/\*\*(?:Yes|No)\.\*\*/g, '')
    .replace(/\s*\[[a-z0-9-]+#[a-z0-9-]+\]/g, '')
    .trim();

describe('the J-1 home-residence rule does not stop a fellowship right after residency', () => {
  it.each([
    'will the 2 year home residency rule stop me from starting the fellowship right after residency',
    'does the two year home country requirement mean I cant go straight into fellowship after my J1 residency?',
    'J1 resident here - must I go back home 2 years before starting informatics fellowship??',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.answer).not.toMatch(/^\*\*Yes\.\*\*/);
    expect(a.answer).toMatch(/does not stop more\s+J-1 training/);
    expect(a.answer).toMatch(/Statement of Need/);
  });
});

describe('reapplying after no AMIA match, and what a J-1 allows in the year between', () => {
  it.each([
    'if I do not match, can I apply again next year while finishing residency and what do I do in the gap year',
    'if no match this December, can i reapply for clinical informatics fellowship next cycle?',
    'what happens if I go unmatched in the AMIA match, can I apply again the following year',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/AMIA's next season/);
    expect(a.answer).toMatch(/within 30 days/);
    // The member means the AMIA match: the answer does not open on the NRMP's calendar.
    expect(body(a.answer)).not.toMatch(/^The NRMP/);
  });
});

describe('a match to the last choice is binding', () => {
  it.each([
    'do I have to accept if I match at my last choice program? can I back out',
    'if I match at my lowest ranked program am I forced to go there?',
    'matched at the bottom of my list, can I say no to them',
    'do i have to accept the match result if it\'s the program i ranked last',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/binding/);
    expect(a.answer).not.toMatch(/these offers/);
  });
});

describe('"you will be ranked to match" is no guarantee', () => {
  it.each([
    "a program director told me 'you'll be ranked to match' - does that mean I'm guaranteed a spot?",
    'the PD said "we will rank you to match", is the position mine for sure?',
    'program director says I\'m ranked to match. Can I count on it and rank only them?',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/not a commitment/);
    expect(a.answer).toMatch(/true order of preference/);
    expect(refersBack(body(a.answer).split(/(?<=[.!?])\s+/)[0] ?? '')).toBe(false);
  });
});

describe('a rank list of one program is allowed but risky', () => {
  it.each([
    'can I rank only one program in the AMIA match',
    'is it allowed to rank just one program in AMIA match',
    'can I submit a rank list with a single program on it',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/^\*\*Yes\.\*\*/);
    expect(a.answer).toMatch(/one-program list is allowed/);
    expect(a.answer).toMatch(/truly join/);
  });
});

describe('a committed list changes only until the commit deadline', () => {
  it.each([
    'if I commit tonight can I still change the order tomorrow morning?',
    'I committed yesterday but want to swap two programs, still possible?',
    'is the committed rank list final or can i modify it tomorrow',
  ])('%s', (q) => {
    const a = ask(q);
    // Curated or from the calendar, the answer names the deadline before "until then".
    expect(body(a.answer)).toMatch(/commit deadline/);
    expect(a.answer).toMatch(/final/);
    expect(refersBack(body(a.answer).split(/(?<=[.!?])\s+/)[0] ?? '')).toBe(false);
  });
});

describe('a letter not yet uploaded: whether it is too late', () => {
  it.each([
    'one of my letter writers never uploaded the letter, is it too late now',
    "my letter writer hasn't uploaded his LOR yet, am I too late?",
    'recommender still not submitted letter to ERAS, is it too late for this season',
  ])('%s', (q) => {
    const a = ask(q);
    expect(a.answer).toMatch(/end of\s+May/);
    expect(a.answer).toMatch(/own deadline/);
  });
});

describe('rank a program that did not answer a thank-you', () => {
  it.each([
    "should I rank a program that didn't reply to my thank-you email",
    'program never answered my thank you email, should I still rank them?',
    'should I rank the program that ignored my post interview thank you',
  ])('%s', (q) => {
    const a = ask(q);
    expect(body(a.answer)).toMatch(/^Rank it if you would train there/);
    expect(a.answer).not.toMatch(/^Nothing/);
  });
});

describe('sentences that point back never open an answer or stand after an unrelated one', () => {
  it('reads openings of time or sequence and demonstratives after an opening phrase as pointing back', () => {
    expect(refersBack('Then submit your rank list based on your own preferences.')).toBe(true);
    expect(refersBack('Until then you can change and re-commit your preferences.')).toBe(true);
    expect(refersBack('Usually that fellowship does not make you board eligible.')).toBe(true);
    expect(refersBack('For an IMG worried about visa status, these offers can be tempting.')).toBe(true);
    expect(refersBack('For a non-US citizen anxious about status, such an offer can be very tempting.')).toBe(true);
    expect(refersBack('Note that the deadline is final.')).toBe(false);
    expect(refersBack('In this season the deadline was December 5.')).toBe(false);
    expect(refersBack('If your residency ends in June, then you apply in July.')).toBe(false);
  });

  it.each([
    "a program director told me 'you'll be ranked to match' - does that mean I'm guaranteed a spot?",
    'PD told me "we will rank you highly", what should I do now',
    'an offer came before the match, should I take it? I am scared of not matching',
    'my residency in Pakistan was FCPS, does that count for the informatics board exam later',
    'can I still edit the order of programs in AMIA match before the deadline',
  ])('%s', (q) => {
    const a = ask(q);
    for (const part of a.answer.split(/\n\n/)) {
      const first = (body(part).replace(/^\*\*You also asked:\*\* "[^"]*"\s*/, '').split(/(?<=[.!?])\s+/)[0] ?? '').trim();
      expect(refersBack(first), first).toBe(false);
    }
  });
});

describe('an answer never shows an empty list item', () => {
  it.each([
    'one of my letter writers never uploaded the letter, what do I do',
    'my writer agreed to write, what should I do next to follow up',
    'how do I follow up with someone who agreed to write my LOR',
  ])('%s', (q) => {
    expect(ask(q).answer).not.toMatch(/^\s*-\s*$/m);
  });
});
