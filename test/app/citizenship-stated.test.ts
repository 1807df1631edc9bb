/** Newcomer trial 23, finding 13: "vietnam citizen" was refused at the citizenship step. */
import { describe, expect, it } from 'vitest';
import { otherNationality } from '../../src/app/profile/setup-console.js';

describe('a citizenship stated as such', () => {
  it.each([
    'vietnam citizen',
    'citizen of Viet Nam',
    'Kazakhstan passport',
    'national of burkina faso',
    'nepal citizenship',
  ])('%s is another country', (typed) => expect(otherNationality(typed)).toBe(true));
  it.each(['us citizen', 'citizen of the united states', 'dual citizen', 'permanent resident', 'internal medicine'])(
    '%s is not read as another country',
    (typed) => expect(otherNationality(typed)).toBe(false),
  );
});
