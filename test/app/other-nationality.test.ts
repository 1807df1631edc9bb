import { describe, expect, it } from 'vitest';
import { otherNationality } from '../../src/app/profile/setup-console.js';

describe('reading a nationality typed at the citizenship question', () => {
  it.each(['Canadian', 'Pakistani citizen', 'Filipino', 'Filipina', 'Egyptian national', 'Syria', 'Nigerian'])(
    'reads "%s" as a citizen of another country',
    (typed) => {
      expect(otherNationality(typed)).toBe(true);
    },
  );

  it.each([
    'internal medicine',
    'Internal Medicine',
    'pediatric',
    'family medicine',
    'clinic',
    'US citizen',
    'green card',
    'not sure',
  ])('does not read "%s" (an answer to another question, or the US) as another nationality', (typed) => {
    expect(otherNationality(typed)).toBe(false);
  });
});
