/**
 * professionalism: a matter that is closed (every report or probation remediated, no dismissal)
 * and confirmed by someone other than the member (a letter marked as addressing it) is one step
 * lower, and the report names what corroborates it; anything vouched for by the member alone,
 * still open, or a dismissal stays high.
 */
import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../../src/core/profile/schema.js';
import { professionalismRule } from '../../../src/rules/redflag-rules/standing.js';
import { edit, theFlag } from './fixtures.js';

const DAY = '2026-08-01';
const writer = (over: Partial<Letter> = {}): Letter => ({
  writer: 'Dr. Ines Okafor, program director',
  role: 'program-director',
  setting: 'us',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2025,
  ...over,
});
const withRecord = (entries: NonNullable<Profile['professionalism']>, letters: Letter[]) =>
  theFlag(
    professionalismRule(
      edit((p) => {
        p.professionalism = entries;
        p.letters = letters;
      }),
      DAY,
    ),
  );

describe('professionalism: remediated and corroborated drops a step', () => {
  it('a remediated probation that the program director’s letter addresses is medium, naming the letter', () => {
    const f = withRecord(
      [{ kind: 'probation', date: '2021-02', remediated: true }],
      [writer({ mentionsProfessionalism: true })],
    );
    expect(f.severity).toBe('medium');
    expect(f.why).toMatch(/remediated and corroborated: Dr\. Ines Okafor's letter \(2025\) is marked as addressing it/);
    expect(f.why).toMatch(/still has to be disclosed/);
  });

  it('an old corroborating letter still lowers it, and the report asks for a recent voice too', () => {
    const f = withRecord(
      [{ kind: 'report', date: '2019-05', remediated: true }],
      [writer({ year: 2020, mentionsProfessionalism: true })],
    );
    expect(f.severity).toBe('medium');
    expect(f.why).toMatch(/more than 3 years old: a recent supervisor/);
  });

  it('a resignation confirmed by the former director is medium, and is not called remediated', () => {
    const f = withRecord(
      [{ kind: 'resignation', date: '2024-01', note: 'left to care for my father' }],
      [writer({ mentionsProfessionalism: true })],
    );
    expect(f.severity).toBe('medium');
    expect(f.why).toMatch(/not misconduct/);
    expect(f.why).not.toMatch(/remediated and corroborated/);
  });

  it('stays high when only the member says it was remediated', () => {
    const f = withRecord([{ kind: 'probation', date: '2021-02', remediated: true }], [writer()]);
    expect(f.severity).toBe('high');
  });

  it('stays high while any entry is open, even with a letter behind it', () => {
    const f = withRecord(
      [
        { kind: 'report', date: '2020-02', remediated: true },
        { kind: 'probation', date: '2022-02', remediated: false },
      ],
      [writer({ mentionsProfessionalism: true })],
    );
    expect(f.severity).toBe('high');
  });

  it('a dismissal stays high whatever letter follows it', () => {
    const f = withRecord([{ kind: 'dismissal', date: '2022-06' }], [writer({ mentionsProfessionalism: true })]);
    expect(f.severity).toBe('high');
  });
});
