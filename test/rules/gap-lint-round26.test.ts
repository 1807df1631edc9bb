/**
 * Gap outcome readings of round twenty-six, held by drafts of our own (not corpus items): what the
 * member had reached when the gap began is its starting point, not what the gap produced. An
 * opening clause of time ("after I completed my internship…", "after passing the licensing
 * exam,…"), an ongoing post the gap broke into ("the floods came while I was working as a district
 * medical officer") and a place the member had already reached, told in the past perfect ("the
 * clinic where I had started working as a GP closed"), are read as the setting. A negative subject
 * ("nothing was ever published") denies an outcome as "not" does. The member's own outcomes in the
 * same sentences are still read.
 */
import { describe, expect, it } from 'vitest';
import { hasOutcome } from '../../src/rules/gap-lint.js';

describe('the starting point of the gap is not its outcome', () => {
  it.each([
    'After I completed my internship in Benin City in 2021, my father fell ill and I went home to care for him until the end of 2022.',
    'I want to explain my gap from 2020 to 2022. After passing the national licensing exam, my family had to leave Mosul and we lived with relatives in Erbil for two years.',
    'In August 2021 the floods came while I was working as a district medical officer, and for a year my family and I moved between shelters near Sylhet.',
    'In 2022 the clinic in Kharkiv where I had started working as a general practitioner was closed, and we left for Poland with my mother and my children.',
    'For two years I worked with my supervisor on a registry paper, but nothing was ever published because the funding ended.',
  ])('%s', (draft) => {
    expect(hasOutcome(draft)).toBe(false);
  });

  it.each([
    // The opening clause is blanked, the main clause after it is still read.
    'While waiting for my visa in Lahore I completed an online certificate in health informatics.',
    'After leaving my residency in 2021, I studied with a tutor and passed Step 2 CK in March 2022.',
    // An outcome told at the end of the sentence in a clause of time is the member's own.
    'I failed Step 1 in 2022, rebuilt my study plan with a partner and sat it again in November, when I passed.',
    // A post held during the gap still counts.
    'Since my visa was delayed, I have worked as a clinical data abstractor at a hospital in Amman since March 2023.',
  ])('still an outcome: %s', (draft) => {
    expect(hasOutcome(draft)).toBe(true);
  });
});
