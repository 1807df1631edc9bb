import { describe, expect, it } from 'vitest';
import { personalNote } from '../../src/app/views/ask.js';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import type { Profile } from '../../src/core/profile/schema.js';

/**
 * Newcomer trial 18 (round ask57): a member who did a US preliminary year on an ECFMG J-1 and went
 * home asks about an H-1B without naming the J-1. The private note gives the two-year
 * home-residence rule and her own count (askView puts it before an H-1B answer).
 */
const TODAY = '2026-12-07';
const prelimJ1: Profile = {
  version: 1,
  citizenship: 'non-us',
  target: 'residency-informatics-track',
  residencies: [{ country: 'USA', specialty: 'internal medicine', from: '2024-07', to: '2025-06', completed: true }],
  timeline: [
    { from: '2024-07', to: '2025-06', activity: 'us-clinical', note: 'preliminary IM year on an ECFMG J-1' },
    { from: '2025-07', to: 'present', activity: 'clinical', note: 'general practitioner in Medellin' },
  ],
};
const { index } = getKnowledge();

describe('/ask private note: an ended J-1 decides an H-1B answer first (trial 18)', () => {
  const h1bQuestions = [
    'could I get H-1B instead for residency? some programs sponsor H1B and I have step 1 and ck',
    'is an H1B possible for my categorical residency if I pass Step 3 this spring?',
    'which programs would sponsor an H-1B for me?',
  ];
  for (const q of h1bQuestions) {
    it(`names the rule, the J-1's end and when two years at home would be complete: "${q}"`, () => {
      const note = personalNote(prelimJ1, answerQuestion(index, q), TODAY);
      expect(note).toMatch(/training on a J-1 \(ended Jun 2025\)/);
      expect(note).toMatch(/two years in total in your home country or obtained a waiver/);
      expect(note).toMatch(/Step 3 is needed on top of that, not instead/);
      expect(note).toMatch(/complete around Jul 2027/);
    });
  }

  it('says nothing of it for a member whose J-1 time is not in the profile, or who is on an H-1B now', () => {
    const a = answerQuestion(index, 'could I get H-1B instead for residency?');
    const noJ1: Profile = { ...prelimJ1, timeline: [{ from: '2025-07', to: 'present', activity: 'clinical' }] };
    expect(personalNote(noJ1, a, TODAY) ?? '').not.toMatch(/training on a J-1/);
    expect(personalNote({ ...prelimJ1, visa: 'h1b' }, a, TODAY) ?? '').not.toMatch(/training on a J-1/);
    expect(personalNote({ ...prelimJ1, citizenship: 'us-permanent-resident' }, a, TODAY) ?? '').not.toMatch(
      /training on a J-1/,
    );
  });

  // The test of the count added to an answer about the rule itself went with ask57's curated rule
  // answers, which were taken out in session 30 (they cost 21 in-scope items of the whole /ask set).

  it('leaves an unrelated answer alone', () => {
    const a = answerQuestion(index, 'how many letters of recommendation do I need for residency?');
    expect(personalNote(prelimJ1, a, TODAY) ?? '').not.toMatch(/training on a J-1/);
  });
});
