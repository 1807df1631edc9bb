// How a member's timeline becomes gaps, read the way members and advisors count them (two blind
// profile batches of session 14): entries that share a month hand over in it, and a job whose note
// says it was research is research, not time out.
import { describe, expect, it } from 'vitest';
import { gaps } from '../../src/core/profile/derived.js';
import type { Profile } from '../../src/core/profile/schema.js';

const base = (timeline: NonNullable<Profile['timeline']>): Profile => ({
  version: 1,
  medSchool: { country: 'Bangladesh', graduated: '2021-01' },
  timeline,
});

/** Three years of non-clinical work with the given note, between two clinical posts. */
const aroundJob = (note: string) =>
  gaps(
    base([
      { from: '2021-01', to: '2022-01', activity: 'clinical' },
      { from: '2022-01', to: '2025-01', activity: 'non-clinical-work', note },
      { from: '2025-01', to: 'present', activity: 'clinical' },
    ]),
    '2026-12-14',
  );

describe('gaps from a timeline', () => {
  it('counts a stretch from March to September between two entries that share those months as six months', () => {
    const g = gaps(
      base([
        { from: '2021-01', to: '2024-03', activity: 'clinical' },
        { from: '2024-03', to: '2024-09', activity: 'personal', note: 'maternity leave' },
        { from: '2024-09', to: 'present', activity: 'research' },
      ]),
      '2026-12-14',
    );
    expect(g).toEqual([expect.objectContaining({ from: '2024-03', to: '2024-08', months: 6 })]);
  });

  it('keeps counting whole months when entries do not share a month', () => {
    const g = gaps(
      base([
        { from: '2021-01', to: '2024-02', activity: 'clinical' },
        { from: '2024-03', to: '2024-08', activity: 'none' },
        { from: '2024-09', to: 'present', activity: 'clinical' },
      ]),
      '2026-12-14',
    );
    expect(g?.map((x) => x.months)).toEqual([6]);
  });

  it('counts a year of preparation that begins in the month a job ended, and ends a month before the next, as a year', () => {
    // "June 2021 to June 2022" is a year to the member: the handover month is counted once, with the job.
    const g = gaps(
      base([
        { from: '2021-01', to: '2021-06', activity: 'clinical' },
        { from: '2021-06', to: '2022-06', activity: 'exam-prep', note: 'USMLE preparation' },
        { from: '2022-07', to: 'present', activity: 'us-clinical' },
      ]),
      '2026-12-14',
    );
    expect(g).toEqual([expect.objectContaining({ from: '2021-07', to: '2022-06', months: 12 })]);
  });

  it('counts a stretch that hands over only at its end from its first month: October to October is a year', () => {
    const g = gaps(
      base([
        { from: '2021-01', to: '2023-09', activity: 'clinical' },
        { from: '2023-10', to: '2024-10', activity: 'none', note: 'waiting for a work permit' },
        { from: '2024-10', to: 'present', activity: 'clinical' },
      ]),
      '2026-12-14',
    );
    expect(g).toEqual([expect.objectContaining({ from: '2023-10', to: '2024-09', months: 12 })]);
  });

  it('leaves an ongoing stretch dated from the month the member gave', () => {
    const g = gaps(
      base([
        { from: '2021-01', to: '2025-03', activity: 'clinical' },
        { from: '2025-03', to: 'present', activity: 'personal', note: 'caring for my father' },
      ]),
      '2026-12-14',
    );
    expect(g).toEqual([expect.objectContaining({ from: '2025-03', ongoing: true })]);
  });

  it.each([
    'clinical research coordinator, Toronto',
    'Research associate on an oncology trial',
    'coordinator for clinical trials',
  ])('reads non-clinical work whose note says research as research, not a gap: "%s"', (note) => {
    const g = aroundJob(note);
    expect(g).toEqual([]);
  });

  it.each(['Uber driver', 'night manager at a hotel'])(
    'still counts work outside health care in a gap: "%s"',
    (note) => {
      const g = aroundJob(note);
      expect(g?.map((x) => x.months)).toEqual([36]);
    },
  );

  // Session 24 (profiles36): stated work in health care is work experience, never a gap.
  it.each(['medical scribe, emergency department', 'clinical documentation integrity specialist'])(
    'does not count stated work in health care as a gap: "%s"',
    (note) => {
      const g = aroundJob(note);
      expect(g ?? []).toEqual([]);
    },
  );
});

describe('what a gap lists', () => {
  it('names only what the member listed for the gap, not the job that hands over in its first month', () => {
    const g = gaps(
      base([
        { from: '2021-01', to: '2024-03', activity: 'clinical', note: 'medical officer, Dhaka' },
        { from: '2024-03', to: '2024-09', activity: 'personal', note: 'maternity leave' },
        { from: '2024-09', to: 'present', activity: 'research', note: 'NLP lab' },
      ]),
      '2026-12-14',
    );
    expect(g?.[0]?.activities).toEqual(['personal']);
    expect(g?.[0]?.notes).toEqual(['maternity leave']);
  });
});
