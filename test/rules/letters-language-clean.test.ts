/**
 * Newcomer trial 23, finding 11: the letter plan said it had checked each letter's language, but
 * setup never asks for it. A check is named as run only on facts the profile holds.
 */
import { describe, expect, it } from 'vitest';
import { lettersClean, LETTERS_CLEAN } from '../../src/rules/letters.js';
import type { Letter } from '../../src/core/profile/schema.js';

const writer = (extra: Partial<Letter> = {}): Letter => ({
  writer: 'Dr. Miller',
  role: 'attending',
  setting: 'us',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2026,
  ...extra,
});

describe('the clean letter line', () => {
  it.each([[[writer()]], [[writer(), writer({ writer: 'Dr. Tran', setting: 'abroad' })]], [[]], [undefined]])(
    'does not claim a language check when no letter states a language (%#)',
    (letters) => {
      const text = lettersClean(letters);
      expect(text).not.toMatch(/its language and/);
      expect(text).toMatch(/Not checked: each letter’s language/);
    },
  );

  it.each([['en'], ['Vietnamese']])('names the language check when a letter states one (%s)', (language) => {
    expect(lettersClean([writer(), writer({ writer: 'Dr. Tran', language })])).toBe(LETTERS_CLEAN);
  });
});
