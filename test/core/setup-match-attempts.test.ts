/**
 * "Earlier cycles you did not match" counts cycles with no place. A member who answers with a number
 * and says in the same breath that they matched (and later left) is told that cycle is not one, so
 * /redflag does not go on to report an unmatched cycle that never happened (newcomer trial 15).
 */
import { describe, expect, it } from 'vitest';
import { remarkNote } from '../../src/core/profile/setup-flow.js';

describe('match attempts answered with a remark', () => {
  it.each([
    '1 - applied 2021 matched peds at a community program in ohio (then resigned)',
    '1 (matched IM in 2020 but left after PGY1)',
    '2, I MATCHED both times but visa issues',
  ])('"%s": says a cycle you matched in is not counted', (raw) => {
    const note = remarkNote('school', 'matchAttempts', raw);
    expect(note).toMatch(/a cycle you matched in is not one/);
    expect(note).toMatch(/change it to 0 with \/profile edit/);
  });

  it.each(['1 - went unmatched in 2024', "2, didn't match either time", '1 (not matched, SOAP also failed)'])(
    '"%s": an unmatched cycle keeps the usual note',
    (raw) => {
      const note = remarkNote('school', 'matchAttempts', raw);
      expect(note).toBeDefined();
      expect(note).not.toMatch(/a cycle you matched in/);
    },
  );

  it('a plain number has no note', () => {
    expect(remarkNote('school', 'matchAttempts', '1')).toBeUndefined();
  });
});
