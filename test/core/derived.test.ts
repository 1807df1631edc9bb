import { describe, expect, it } from 'vitest';
import {
  examHistory,
  gaps,
  hasHandsOnUsEhr,
  lastClinicalMonth,
  monthsSinceGraduation,
  needsVisa,
  productiveSpans,
  totalFailedAttempts,
  totalUsceMonths,
  uncoveredMonths,
} from '../../src/core/profile/derived.js';
import type { Profile, TimelineEntry } from '../../src/core/profile/schema.js';

const TODAY = '2026-11-22';

/** A profile graduated Dec 2019 with the given timeline. */
function withTimeline(timeline: TimelineEntry[], graduated = '2019-12'): Profile {
  return { version: 1, medSchool: { country: 'India', graduated }, timeline };
}

const gapDates = (p: Profile, today = TODAY) => gaps(p, today)?.map((g) => [g.from, g.to, g.months]);

describe('gaps', () => {
  it('is undefined (unknown) when the timeline or graduation is missing', () => {
    expect(gaps({ version: 1, medSchool: { country: 'India', graduated: '2019-12' } }, TODAY)).toBeUndefined();
    expect(gaps({ version: 1, timeline: [] }, TODAY)).toBeUndefined();
    expect(uncoveredMonths({ version: 1 }, TODAY)).toBeUndefined();
  });

  it('treats an empty timeline as one ongoing uncovered gap from the month after graduation', () => {
    const [g] = gaps(withTimeline([]), TODAY)!;
    expect(g).toMatchObject({ from: '2020-01', to: '2026-11', months: 83, uncoveredMonths: 83, ongoing: true });
    expect(g!.activities).toEqual([]);
  });

  it('gives the graduation month to a stretch out of training the member dates from it', () => {
    // Graduated May 2021, cared for a parent from May to a November externship: six months, as members count.
    const p = withTimeline(
      [
        { from: '2021-05', to: '2021-11', activity: 'personal', note: 'looking after my mother after her surgery' },
        { from: '2021-11', to: 'present', activity: 'us-clinical' },
      ],
      '2021-05',
    );
    expect(gapDates(p)).toEqual([['2021-05', '2021-10', 6]]);
    // A stretch that starts the month after graduation is counted from there, as before.
    const later = withTimeline(
      [
        { from: '2021-06', to: '2021-11', activity: 'none' },
        { from: '2021-11', to: 'present', activity: 'clinical' },
      ],
      '2021-05',
    );
    expect(gapDates(later)).toEqual([['2021-06', '2021-10', 5]]);
  });

  it('finds an uncovered stretch between two productive entries', () => {
    const p = withTimeline([
      { from: '2020-01', to: '2021-06', activity: 'clinical' },
      { from: '2022-01', to: 'present', activity: 'research' },
    ]);
    const [g] = gaps(p, TODAY)!;
    expect(g).toMatchObject({ from: '2021-07', to: '2021-12', months: 6, uncoveredMonths: 6, ongoing: false });
    expect(g!.activities).toEqual([]);
  });

  it('counts none and exam-prep entries as gap months, listing the activities and notes', () => {
    const p = withTimeline([
      { from: '2020-01', to: '2020-03', activity: 'none', note: 'waiting for internship results' },
      { from: '2020-04', to: '2020-06', activity: 'exam-prep', note: 'Step 1 prep' },
      { from: '2020-07', to: '2020-09', activity: 'none' },
      { from: '2020-10', to: 'present', activity: 'clinical' },
    ]);
    // Preparation between two other stretches stays inside the gap.
    const [g, ...rest] = gaps(p, TODAY)!;
    expect(rest).toEqual([]);
    expect(g).toMatchObject({ from: '2020-01', to: '2020-09', months: 9, uncoveredMonths: 0 });
    expect(g!.activities).toEqual(['none', 'exam-prep']);
    expect(g!.notes).toEqual(['waiting for internship results', 'Step 1 prep']);
  });

  it('splits exam preparation at the edge of a stretch that also holds something else into its own stretch', () => {
    const p = withTimeline([
      { from: '2020-01', to: '2020-06', activity: 'exam-prep', note: 'Step 1 prep' },
      { from: '2020-07', to: '2020-09', activity: 'none' },
      { from: '2020-10', to: 'present', activity: 'clinical' },
    ]);
    const [prep, blank, ...rest] = gaps(p, TODAY)!;
    expect(rest).toEqual([]);
    expect(prep).toMatchObject({ from: '2020-01', to: '2020-06', months: 6, activities: ['exam-prep'] });
    expect(prep!.notes).toEqual(['Step 1 prep']);
    expect(blank).toMatchObject({ from: '2020-07', to: '2020-09', months: 3, activities: ['none'], notes: [] });
  });

  it('lists a leave that only hands over into split-off preparation with the leave, not the preparation', () => {
    const p = withTimeline([
      { from: '2020-01', to: '2022-10', activity: 'clinical' },
      { from: '2022-10', to: '2023-03', activity: 'personal', note: 'maternity leave' },
      { from: '2023-03', to: '2024-09', activity: 'exam-prep', note: 'USMLE preparation' },
      { from: '2024-10', to: 'present', activity: 'informatics' },
    ]);
    expect(gaps(p, TODAY)!.map((g) => [g.from, g.to, g.activities, g.notes])).toEqual([
      ['2022-11', '2023-02', ['personal'], ['maternity leave']],
      ['2023-03', '2024-09', ['exam-prep'], ['USMLE preparation']],
    ]);
  });

  it('counts personal time and non-clinical work as gap months', () => {
    const p = withTimeline([
      { from: '2020-01', to: '2020-03', activity: 'personal' },
      { from: '2020-04', to: '2020-06', activity: 'non-clinical-work' },
      { from: '2020-07', to: 'present', activity: 'education' },
    ]);
    expect(gapDates(p)).toEqual([['2020-01', '2020-06', 6]]);
  });

  it('merges adjacent productive entries so no gap appears between them', () => {
    const p = withTimeline([
      { from: '2020-01', to: '2021-12', activity: 'clinical' },
      { from: '2022-01', to: 'present', activity: 'informatics' },
    ]);
    expect(gaps(p, TODAY)).toEqual([]);
  });

  it('handles overlapping entries, whatever their order in the list', () => {
    const p = withTimeline([
      { from: '2021-01', to: 'present', activity: 'research' },
      { from: '2020-01', to: '2021-06', activity: 'clinical' },
      { from: '2020-06', to: '2020-08', activity: 'none' },
    ]);
    expect(gaps(p, TODAY)).toEqual([]);
  });

  it('treats "present" as running to today and an ended timeline as an ongoing gap to today', () => {
    const p = withTimeline([{ from: '2020-01', to: '2025-12', activity: 'clinical' }]);
    const [g] = gaps(p, TODAY)!;
    expect(g).toMatchObject({ from: '2026-01', to: '2026-11', months: 11, ongoing: true });
  });

  it('ignores entries (and months) before graduation', () => {
    const p = withTimeline([
      { from: '2018-01', to: '2019-12', activity: 'none', note: 'final year' },
      { from: '2020-01', to: 'present', activity: 'clinical' },
    ]);
    expect(gaps(p, TODAY)).toEqual([]);
  });

  it('keeps a partly covered gap together and counts only the unlisted months as uncovered', () => {
    const p = withTimeline([
      { from: '2020-01', to: '2020-03', activity: 'personal' },
      { from: '2020-07', to: 'present', activity: 'clinical' },
    ]);
    const [g] = gaps(p, TODAY)!;
    expect(g).toMatchObject({ from: '2020-01', to: '2020-06', months: 6, uncoveredMonths: 3 });
    expect(uncoveredMonths(p, TODAY)).toBe(3);
  });

  it('counts only the unlisted months as uncovered when preparation at the edge is split off', () => {
    const p = withTimeline([
      { from: '2020-01', to: '2020-03', activity: 'exam-prep' },
      { from: '2020-07', to: 'present', activity: 'clinical' },
    ]);
    expect(gaps(p, TODAY)!.map((g) => [g.from, g.to, g.uncoveredMonths])).toEqual([
      ['2020-01', '2020-03', 0],
      ['2020-04', '2020-06', 3],
    ]);
    expect(uncoveredMonths(p, TODAY)).toBe(3);
  });

  it('has no gaps for a member who graduated this month', () => {
    expect(gaps(withTimeline([], '2026-11'), TODAY)).toEqual([]);
  });
});

describe('productiveSpans', () => {
  it('merges overlapping and adjacent productive periods and leaves out non-productive ones', () => {
    const p = withTimeline([
      { from: '2020-01', to: '2020-06', activity: 'clinical' },
      { from: '2020-07', to: '2020-12', activity: 'research' },
      { from: '2020-10', to: '2021-03', activity: 'informatics' },
      { from: '2021-04', to: '2021-12', activity: 'exam-prep' },
      { from: '2022-02', to: 'present', activity: 'us-clinical' },
    ]);
    expect(productiveSpans(p, TODAY)).toEqual([
      { from: '2020-01', to: '2021-03', months: 15 },
      { from: '2022-02', to: '2026-11', months: 58 },
    ]);
  });
});

describe('examHistory', () => {
  const p: Profile = {
    version: 1,
    exams: [
      { exam: 'step2ck', date: '2020-05', result: 'pass', score: 247 },
      { exam: 'step1', date: '2019-11', result: 'pass' },
      { exam: 'step1', date: '2019-06', result: 'fail' },
      { exam: 'step3', date: '2021-03', result: 'fail' },
    ],
  };

  it('groups attempts per exam in chronological order', () => {
    const h = examHistory(p);
    expect(h.map((x) => x.exam)).toEqual(['step1', 'step2ck', 'step3']);
    expect(h[0]!.attempts.map((a) => a.date)).toEqual(['2019-06', '2019-11']);
  });

  it('counts failures and finds the passing attempt', () => {
    const [s1, s2, s3] = examHistory(p);
    expect(s1).toMatchObject({ failures: 1, passed: true, pass: { date: '2019-11' } });
    expect(s2).toMatchObject({ failures: 0, passed: true });
    expect(s3).toMatchObject({ failures: 1, passed: false });
    expect(s3!.pass).toBeUndefined();
    expect(totalFailedAttempts(p)).toBe(2);
  });

  it('is empty without exams', () => {
    expect(examHistory({ version: 1 })).toEqual([]);
    expect(totalFailedAttempts({ version: 1 })).toBe(0);
  });
});

describe('lastClinicalMonth', () => {
  it('uses the latest end of a clinical or US clinical entry', () => {
    const p = withTimeline([
      { from: '2020-01', to: '2021-06', activity: 'clinical' },
      { from: '2021-07', to: '2022-02', activity: 'us-clinical' },
      { from: '2022-03', to: 'present', activity: 'informatics' },
    ]);
    expect(lastClinicalMonth(p, TODAY)).toEqual({ month: '2022-02', basis: 'timeline' });
  });

  it('treats an ongoing clinical entry as ending this month', () => {
    const p = withTimeline([{ from: '2020-01', to: 'present', activity: 'clinical' }]);
    expect(lastClinicalMonth(p, TODAY)).toEqual({ month: '2026-11', basis: 'timeline' });
  });

  it('falls back to graduation when no clinical entry exists, and is undefined with neither', () => {
    expect(lastClinicalMonth(withTimeline([{ from: '2020-01', to: 'present', activity: 'research' }]), TODAY)).toEqual({
      month: '2019-12',
      basis: 'graduation',
    });
    expect(lastClinicalMonth({ version: 1 }, TODAY)).toBeUndefined();
  });
});

describe('USCE, graduation and visa facts', () => {
  it('sums USCE months, fractions included', () => {
    const p: Profile = {
      version: 1,
      usce: [
        { kind: 'observership', months: 1.5 },
        { kind: 'externship', months: 2 },
      ],
    };
    expect(totalUsceMonths(p)).toBe(3.5);
    expect(totalUsceMonths({ version: 1 })).toBe(0);
  });

  it('hands-on US EHR experience is the member’s "yes", named EHR or not, on hands-on kinds only', () => {
    const base: Profile = { version: 1 };
    expect(hasHandsOnUsEhr({ ...base, usce: [{ kind: 'externship', months: 2, handsOn: true }] })).toBe(true);
    expect(hasHandsOnUsEhr({ ...base, usce: [{ kind: 'observership', months: 2, handsOn: true }] })).toBe(false);
    expect(hasHandsOnUsEhr({ ...base, usce: [{ kind: 'externship', months: 2, ehr: 'Epic', handsOn: false }] })).toBe(
      false,
    );
    expect(hasHandsOnUsEhr({ ...base, usce: [{ kind: 'externship', months: 2, ehr: 'Epic', handsOn: true }] })).toBe(
      true,
    );
  });

  it('counts whole months since graduation', () => {
    expect(monthsSinceGraduation(withTimeline([], '2018-07'), TODAY)).toBe(100);
    expect(monthsSinceGraduation(withTimeline([], '2026-11'), TODAY)).toBe(0);
    expect(monthsSinceGraduation({ version: 1 }, TODAY)).toBeUndefined();
  });

  it('needs a visa only for non-US citizens who did not say "not-needed"', () => {
    expect(needsVisa({ version: 1, citizenship: 'non-us', visa: 'j1' })).toBe(true);
    expect(needsVisa({ version: 1, citizenship: 'non-us' })).toBe(true);
    expect(needsVisa({ version: 1, citizenship: 'non-us', visa: 'not-needed' })).toBe(false);
    expect(needsVisa({ version: 1, citizenship: 'us-permanent-resident' })).toBe(false);
  });
});
