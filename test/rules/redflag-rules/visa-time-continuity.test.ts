/**
 * Time on a visa across the member's timeline: an H-1B moves with the member from one US employer
 * to the next until a note names another status, a short break between two H-1B employers is
 * counted to be safe, and a stretch still running counts whole months to today's month.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { noteVisas } from '../../../src/rules/redflag-rules/visa-notes.js';
import { edit, theFlag } from './fixtures.js';

type Timeline = NonNullable<Profile['timeline']>;

const flagFor = (visa: 'h1b' | 'j1', timeline: Timeline, today = '2026-06-22') =>
  theFlag(
    visaSponsorshipRule(
      edit((p) => {
        p.citizenship = 'non-us';
        p.visa = visa;
        p.target = 'ci-fellowship';
        delete p.residencies;
        delete p.deadline;
        p.exams = [{ exam: 'step3', result: 'pass', score: 221, date: '2021-03' }];
        p.timeline = timeline;
      }),
      today,
    ),
  );

const H1B_RESIDENCY = {
  from: '2021-07',
  to: '2024-06',
  activity: 'us-clinical',
  note: 'IM residency, Chicago, on H1B',
} as const;

describe('an H-1B held in one US job carries into the next', () => {
  it.each([
    'hospitalist, Dallas',
    'Hospitalist, Columbus, Ohio; H-1B transfer approved 2024-06-20, started 2024-07-01; no I-140 filed',
    'work as internist in clinic in Texas, transfer of H1B done',
    'nocturnist at a community hospital (employer filed PERM last year)',
  ])('a later US job noted as "%s" counts toward the six years', (note) => {
    const f = flagFor('h1b', [H1B_RESIDENCY, { from: '2024-07', to: 'present', activity: 'us-clinical', note }]);
    // Jul 2021 to Jun 2026 is 59 months; 13 more to a July 2027 start is 72, and the fellowship runs past it.
    expect(f.why).toContain('about 4 years 11 months on H-1B so far (Jul 2021 – now)');
    expect(f.why).toContain('about 6 years by its start and about 8 years by its end: past the limit');
    expect(f.severity).toBe('medium');
  });

  it('a note naming an H-1B transfer names the H-1B as held', () => {
    expect([...noteVisas('H-1B transfer approved, new employer in Ohio')]).toEqual(['h1b']);
  });

  it.each([
    'hospitalist, Dallas, on an EAD while the green card is pending',
    'hospitalist on O-1 now',
    'family physician, Atlanta; permanent resident since 2024-06 via my wife',
  ])('a later job on another status stops the count: "%s"', (note) => {
    const f = flagFor('h1b', [H1B_RESIDENCY, { from: '2024-07', to: 'present', activity: 'us-clinical', note }]);
    expect(f.why).toContain('about 3 years on H-1B so far (Jul 2021 – Jun 2024)');
  });

  it('a job abroad after the H-1B is not H-1B time', () => {
    const f = flagFor('h1b', [
      H1B_RESIDENCY,
      { from: '2024-07', to: 'present', activity: 'clinical', note: 'consultant physician, Lagos' },
    ]);
    // Over a year abroad since: the old years are named, and a new six-year period is said to be open
    // (8 CFR 214.2(h)(13)), instead of adding them to the training ahead.
    expect(f.why).toContain('about 3 years on H-1B, ending Jun 2024, and clinical work outside the US since Jul 2024');
    expect(f.why).toContain('new six-year period');
  });

  it('a J-1 ends with its training: a US job after it with no status named is not J-1 time', () => {
    const f = flagFor('j1', [
      { ...H1B_RESIDENCY, note: 'IM residency, Chicago, J-1 (ECFMG)' },
      { from: '2024-07', to: 'present', activity: 'us-clinical', note: 'hospitalist, Dallas' },
    ]);
    expect(f.why).toContain('about 3 years on J-1 so far (Jul 2021 – Jun 2024)');
  });
});

describe('a break between two H-1B employers', () => {
  const between = (from: string, to: string) =>
    flagFor('h1b', [
      {
        from: '2021-06',
        to: '2024-06',
        activity: 'us-clinical',
        note: 'residency in Pittsburgh, H-1B from 2021-06-21',
      },
      { from: '2024-06', to: from, activity: 'none', note: 'waiting for the new petition, state licence' },
      { from, to, activity: 'us-clinical', note: 'hospitalist, on H-1B with the new employer' },
    ]);

  it('of a month or two is counted as H-1B time, and the report says so', () => {
    const f = between('2024-08', 'present');
    expect(f.why).toContain(
      'about 5 years on H-1B so far (Jun 2021 – now, counting the 1 month between your H-1B jobs too, to be safe)',
    );
    expect(between('2024-09', 'present').why).toContain('counting the 2 months between your H-1B jobs too');
  });

  it('of longer is left out: only the jobs count', () => {
    const f = between('2025-01', 'present');
    expect(f.why).toContain('(Jun 2021 – Jun 2024 and Jan 2025 – now)');
    expect(f.why).not.toContain('between your H-1B jobs');
  });
});

describe('visa months are counted as the rest of the report counts them', () => {
  it('a stretch still running counts to today\u2019s month, not through it; the months to the start are added from it', () => {
    // August 2026: a residency since July 2024 is 2 years 1 month, as the experience line counts it.
    const f = flagFor(
      'j1',
      [{ from: '2024-07', to: 'present', activity: 'us-clinical', note: 'residency, on a J-1' }],
      '2026-08-19',
    );
    expect(f.why).toContain('about 2 years 1 month on J-1 so far (Jul 2024 – now)');
    expect(f.why).toContain('about 3 years by its start');
  });

  it('a finished stretch counts its last month: July to June is whole years', () => {
    const f = flagFor('j1', [{ from: '2020-07', to: '2023-06', activity: 'us-clinical', note: 'residency, J-1' }]);
    expect(f.why).toContain('about 3 years on J-1 so far (Jul 2020 – Jun 2023)');
  });
});
