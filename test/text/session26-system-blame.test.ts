/**
 * Newcomer trial 14: "Honestly the US immigration system gave me no choice, which was very frustrating
 * for me" passed /explain-gap review as no blame. A system or authority that left the member no
 * choice, with the member's complaint about it in the same sentence, is blame; either alone is not.
 */
import { describe, expect, it } from 'vitest';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';

const gap = (draft: string) => lintGapExplanation(draft).map((l) => l.id);
const DID =
  ' In that year I completed a course in health data analytics and built a no-show dashboard for a free clinic that cut their tracking time by half.';

describe('a system that left no choice, complained of, is blame', () => {
  it.each([
    'From March 2024 to February 2025 my EAD was pending. Honestly the US immigration system gave me no choice, which was very frustrating for me.',
    'It was so frustrating: the visa process left me no option except sitting at home for a whole year.',
    'the immigration rules gave us zero choice, completely unfair to doctors like me who only wanted to work.',
    'I find it absurd that the government left me no alternative but to wait eleven months for one card.',
  ])('%s', (draft) => {
    expect(gap(draft + DID)).toContain('blame');
  });
});

describe('either part alone stays neutral', () => {
  it.each([
    'My EAD took eleven months to arrive; the system left me no option but to wait.',
    'Between 2023 and 2024 I waited for my work permit. It was frustrating, but I used the time well.',
    'The visa rules gave me no choice but to stay home until my status changed in May 2025.',
  ])('%s', (draft) => {
    expect(gap(draft + DID)).not.toContain('blame');
  });
});
