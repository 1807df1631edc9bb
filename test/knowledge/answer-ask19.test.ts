import { describe, expect, it } from 'vitest';
import { meaningOf } from '../../src/knowledge/meaning.js';
import { outOfScope } from '../../src/knowledge/scope.js';

const kind = (q: string): string | undefined => outOfScope(q)?.id;

describe('a word of ours used in another sense, with nothing of training near, is declined', () => {
  it.each([
    'on step 4 of the flat-pack wardrobe guide, where does the hinge go?',
    'the third step in my banana bread recipe says to cream the butter, what does that mean',
    'Step 6 of the router setup asks for a WAN address, what is it?',
  ])('a step of instructions or a recipe: "%s"', (q) => {
    expect(kind(q)).toBe('other-sense');
  });

  it.each([
    'my girlfriend never introduces me to her friends, red flag?',
    'biggest red flags in a roommate when touring apartments?',
    'what counts as a red flag on a first date',
  ])('red flags in a private relationship: "%s"', (q) => {
    expect(kind(q)).toBeDefined();
  });

  it.each([
    'any advice for a Microsoft new-grad interview? heard it is mostly leetcode',
    'bain case interview on tuesday, how do I structure my answer?',
    'prepping for the system design round at a fintech, where to start',
  ])('an interview for a job outside medicine: "%s"', (q) => {
    expect(kind(q)).toBeDefined();
  });

  it.each([
    'is a failed step 2 CK a red flag for informatics programs?',
    'what is the first step in applying to a CI fellowship as an IMG?',
    'do programs see a two-year gap as a red flag?',
    'I have a CI fellowship interview at a big academic hospital next week, how should I prepare?',
    'can a startup job count as informatics experience on my application?',
  ])('stays in scope when training is near: "%s"', (q) => {
    expect(kind(q)).toBeUndefined();
  });
});

describe('an event hours or days away is one feature, however the span is told', () => {
  it.each(['interview is tomorrow, what now', 'my interview is in 3 days', 'the last 24 hours before the interview', 'should I study the night before?'])(
    '"%s" carries it',
    (q) => {
      expect(meaningOf(q).features.has('imminent')).toBe(true);
    },
  );

  it.each(['my interview is in three weeks', 'how many days does ECFMG take to verify?'])('"%s" does not', (q) => {
    expect(meaningOf(q).features.has('imminent')).toBe(false);
  });
});
