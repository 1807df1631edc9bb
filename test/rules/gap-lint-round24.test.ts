/**
 * Round twenty-four: the gap lint sees a deed only where the member did something in the gap. Not
 * deeds: an illness the member "developed" or "got" (it befell them), a frame for thinking
 * ("looking back, I believe…"), the member moving themselves about ("I arrived in Lisbon", "we fled
 * to Poland"), and a verb in a clause that names a place ("the clinic where I had worked"), which
 * says which place is meant. Drafts of our own, near-misses beside them, never corpus items.
 */
import { describe, expect, it } from 'vitest';
import { hasAction } from '../../src/rules/gap-lint.js';

describe('what befell the member, or where they went, is no deed', () => {
  it.each([
    'In early 2022 I developed a chronic kidney disease and spent most of the year in treatment.',
    'I got dengue fever twice in one season and could not work for months.',
    'Looking back, I think this period taught me patience more than anything else.',
    'After the border closed we fled to Moldova, and later I arrived in Germany with my mother.',
    'The clinic where I had worked for three years closed in 2021, and since then I have been waiting for my licence.',
  ])('"%s"', (draft) => {
    expect(hasAction(draft)).toBe(false);
  });

  it.each([
    'In 2022 I developed a discharge checklist for the renal ward and trained the nurses on it.',
    'I got a part-time job as a data abstractor for a stroke registry.',
    'Looking at six months of lab data, I built a dashboard of delayed potassium results.',
    'After I arrived in Germany I volunteered at a refugee clinic, triaging new arrivals twice a week.',
    'At the clinic where I worked as a volunteer I digitised the vaccination register.',
  ])('still a deed: "%s"', (draft) => {
    expect(hasAction(draft)).toBe(true);
  });
});
