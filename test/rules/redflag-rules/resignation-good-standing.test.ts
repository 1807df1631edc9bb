/**
 * A record holding only a resignation in good standing is read as leaving a program, not as
 * misconduct: medium (never high), titled "Left training", with the former program's confirmation
 * as the evidence; the interview question asks why they left and why this path now.
 */
import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../../src/core/profile/schema.js';
import { goodStandingResignations } from '../../../src/core/profile/resignation.js';
import { professionalismRule } from '../../../src/rules/redflag-rules/standing.js';
import { resignationWording } from '../../../src/mock/resignation-wording.js';
import { questionById } from '../../../src/mock/bank.js';
import { edit, theFlag } from './fixtures.js';

const DAY = '2027-02-01';
const pd: Letter = {
  writer: 'Dr. Ruth Adler, former program director',
  role: 'program-director',
  setting: 'us',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2025,
};
const withEntries = (entries: NonNullable<Profile['professionalism']>, letters: Letter[] = []) =>
  edit((p) => {
    p.professionalism = entries;
    p.letters = letters;
  });

describe('resignation in good standing', () => {
  it('leaving a residency to look after a parent is medium, titled as leaving, and asks the former PD to confirm', () => {
    const p = withEntries([
      { kind: 'resignation', date: '2024-05', note: 'left the residency to look after my mother' },
    ]);
    const f = theFlag(professionalismRule(p, DAY));
    expect(f.severity).toBe('medium');
    expect(f.title).toBe('Left training: resigned from the residency (May 2024)');
    expect(f.why).toMatch(/not misconduct/);
    expect(f.actions.at(-1)).toMatch(/former program director to confirm that you left in good standing/);
  });

  it('stays medium, not lower, when the former director confirms it: interviewers still ask', () => {
    const p = withEntries(
      [{ kind: 'resignation', date: '2024-05', note: 'withdrew from fellowship, good standing' }],
      [{ ...pd, mentionsProfessionalism: true }],
    );
    const f = theFlag(professionalismRule(p, DAY));
    expect(f.severity).toBe('medium');
    expect(f.why).toMatch(/Dr\. Ruth Adler's letter \(2025\) is marked as addressing it/);
    // The words agree with the severity shown beside them.
    expect(f.why).toMatch(/a medium concern rather than a high one/);
    expect(f.why).not.toMatch(/low concern/);
  });

  it('a resignation whose note names discipline is not read as good standing', () => {
    expect(
      goodStandingResignations(
        withEntries([{ kind: 'resignation', date: '2024-05', note: 'asked to resign after a complaint' }]),
      ),
    ).toBeUndefined();
    expect(
      goodStandingResignations(
        withEntries([{ kind: 'resignation', date: '2024-05', note: 'resigned while on probation' }]),
      ),
    ).toBeUndefined();
    const f = theFlag(
      professionalismRule(
        withEntries([{ kind: 'resignation', date: '2024-05', note: 'asked to resign after a complaint' }]),
        DAY,
      ),
    );
    expect(f.severity).toBe('high');
  });

  it('a negated disciplinary word keeps it in good standing', () => {
    expect(
      goodStandingResignations(
        withEntries([{ kind: 'resignation', date: '2023-03', note: 'moved with my spouse; no disciplinary process' }]),
      ),
    ).toBeDefined();
  });

  it('a resignation beside a probation is read with the probation', () => {
    const p = withEntries([
      { kind: 'probation', date: '2022-01', remediated: true },
      { kind: 'resignation', date: '2022-09' },
    ]);
    expect(goodStandingResignations(p)).toBeUndefined();
    expect(theFlag(professionalismRule(p, DAY)).title).toMatch(/^Professionalism:/);
  });

  it('the interview question asks why they left and why this path now, never for remediation', () => {
    const p = withEntries([
      { kind: 'resignation', date: '2024-05', note: 'resigned from the fellowship to move into informatics' },
    ]);
    const w = resignationWording(questionById('rf-professionalism')!, p);
    expect(w.text).toBe(
      'You left the fellowship in May 2024. Why did you leave, and why is this path the right one now?',
    );
    expect(`${w.shows} ${w.hint}`).not.toMatch(/remediation|take responsibility/i);
    expect(
      resignationWording(
        questionById('rf-professionalism')!,
        withEntries([{ kind: 'report', date: '2024-05', remediated: true }]),
      ),
    ).toEqual({});
  });
});
