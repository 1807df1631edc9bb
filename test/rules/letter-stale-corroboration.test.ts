/**
 * An old letter that vouches for a professionalism matter: the letters report keeps it for that
 * (as the red-flag report does) and asks for a recent writer too, instead of "prefer another writer".
 */
import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { reviewLetters } from '../../src/rules/letters.js';

const TODAY = '2026-11-20';
const old = (over: Partial<Letter> = {}): Letter => ({
  writer: 'Dr. Paz',
  role: 'attending',
  setting: 'us',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2019,
  ...over,
});
const member = (over: Partial<Profile>): Profile => ({ version: 1, target: 'residency-informatics-track', ...over });
const staleMessage = (p: Profile) => reviewLetters(p, TODAY).findings.find((f) => f.id === 'stale-letter')!.message;

describe('stale letter that corroborates a professionalism matter', () => {
  it('is kept for the corroboration, with a recent letter added', () => {
    const m = staleMessage(
      member({
        professionalism: [{ kind: 'probation', date: '2018-04', remediated: true }],
        letters: [old({ mentionsProfessionalism: true })],
      }),
    );
    expect(m).toMatch(/Keep this letter: it confirms how your professionalism matter was resolved/);
    expect(m).toMatch(/Add a letter from a recent supervisor as well/);
  });

  it('an old letter with no such role still points to a recent writer', () => {
    expect(staleMessage(member({ professionalism: [], letters: [old()] }))).toMatch(
      /Prefer a writer from the last 3 years/,
    );
  });
});
