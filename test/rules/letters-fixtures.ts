/** Letters for the letter-rule tests: a recent CMIO letter with every strength, edited per case. */
import type { Letter } from '../../src/core/profile/schema.js';

export const TODAY = '2027-05-22';
export const DEADLINE = '2027-07-15';

export const letter = (over: Partial<Letter> = {}): Letter => ({
  writer: 'Dr. Cmio',
  role: 'cmio',
  setting: 'us',
  physician: true,
  informatics: true,
  directObservation: true,
  year: 2026,
  ...over,
});
