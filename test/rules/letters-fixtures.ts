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

/**
 * A named US attending who watched the member work and is no informatics writer (2026): the plain
 * clinical writer the slot-plan and letter-step tests start from, edited per case.
 */
export const attendingLetter = (writer: string, over: Partial<Letter> = {}): Letter => ({
  writer,
  role: 'attending',
  setting: 'us',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2026,
  ...over,
});
