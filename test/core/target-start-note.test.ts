/**
 * A target answer that names a start ("fellowship, want to start July 2028") is read as the target,
 * and the setup says the start was not stored (the profile keeps only the target) and how to see that
 * season, rather than dropping it silently. Wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import { TOP_FIELDS, parseFieldValue } from '../../src/core/profile/field-specs.js';
import { remarkNote, targetStartNote } from '../../src/core/profile/setup-flow.js';

describe('a stated start year is said not stored', () => {
  it.each([
    ['CI fellowship, I want to start July 2028', 'Clinical informatics fellowship', 'the start year (2028)'],
    ['residency w informatics track for a 2029 start', 'Residency with an informatics track', 'the start year (2029)'],
    ['fellowship - applying next year', 'Clinical informatics fellowship', 'when you start ("next year")'],
  ])('"%s"', (answer, label, what) => {
    expect(parseFieldValue(TOP_FIELDS.target, answer).ok).toBe(true);
    const note = remarkNote('basics', 'target', answer)!;
    expect(note).toBe(targetStartNote(answer));
    expect(note).toContain(`as ${label}`);
    expect(note).toContain(`no place for ${what}, so it is not stored`);
    expect(note).toMatch(/season today falls in or leads to/);
    expect(note).toMatch(/\/profile edit deadline/);
  });

  it('a plain target says nothing more', () => {
    expect(targetStartNote('fellowship')).toBeUndefined();
    expect(targetStartNote('Residency with an informatics track')).toBeUndefined();
  });
});
