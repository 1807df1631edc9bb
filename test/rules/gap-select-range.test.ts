/**
 * Picking the gap to explain: the longest by default (earliest on a tie), or the one a typed range
 * overlaps most; every refusal names the field and what the member can do.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { describeGap, explainableGaps, selectGap } from '../../src/rules/gap-select.js';

const TODAY = '2026-03-01';
/** Graduated Dec 2015; "none" in the given months, clinical work everywhere else up to today. */
const withGaps = (...spans: [string, string][]): Profile => {
  const timeline: NonNullable<Profile['timeline']> = [];
  let from = '2016-01';
  for (const [a, b] of spans) {
    timeline.push({ from, to: prev(a), activity: 'clinical' });
    timeline.push({ from: a, to: b, activity: 'none' });
    from = next(b);
  }
  timeline.push({ from, to: 'present', activity: 'clinical' });
  return { version: 1, medSchool: { country: 'India', graduated: '2015-12' }, timeline };
};
function shift(m: string, by: number): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  const i = y * 12 + mo - 1 + by;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}
const prev = (m: string) => shift(m, -1);
const next = (m: string) => shift(m, 1);

describe('describeGap', () => {
  it('gives the dates and length, "now" for an ongoing gap', () => {
    expect(describeGap({ from: '2018-08', to: '2019-11', months: 16 })).toBe('Aug 2018 – Nov 2019 (1 year 4 months)');
    expect(describeGap({ from: '2025-06', to: '2026-02', months: 9, ongoing: true })).toBe('Jun 2025 – now (9 months)');
  });
});

describe('describeGap for a single month', () => {
  it('names a one-month break once ("Jul 2025 (1 month)"), never as a range from a month to itself', () => {
    expect(describeGap({ from: '2025-07', to: '2025-07', months: 1 })).toBe('Jul 2025 (1 month)');
  });
});

describe('explainableGaps', () => {
  it('keeps gaps of six months or more, in date order', () => {
    const p = withGaps(['2017-01', '2017-05'], ['2018-01', '2018-06'], ['2020-01', '2020-12']);
    expect(explainableGaps(p, TODAY).map((g) => [g.from, g.months])).toEqual([
      ['2018-01', 6],
      ['2020-01', 12],
    ]);
  });

  it('names the field to add when graduation or the timeline is missing', () => {
    expect(() => explainableGaps({ version: 1, timeline: [] }, TODAY)).toThrow(
      'medSchool.graduated: not given; add your graduation month so the advisor can tell which months are gaps',
    );
    const noTimeline = { version: 1, medSchool: { country: 'India', graduated: '2015-12' } } as const;
    expect(() => explainableGaps(noTimeline, TODAY)).toThrow(
      'timeline: not given; add what you did since graduation (timeline entries with from, to, activity) so the advisor can find your gaps',
    );
    expect(() => explainableGaps({ ...noTimeline, timeline: [] }, TODAY)).toThrow(/^timeline: not given/);
  });
});

describe('selectGap', () => {
  const p = withGaps(['2017-01', '2017-06'], ['2018-01', '2018-12'], ['2020-01', '2020-12']);

  it('takes the longest gap, the earliest of equals', () => {
    expect(selectGap(p, TODAY)).toMatchObject({ gap: { from: '2018-01', months: 12 }, pickedBy: 'longest' });
    expect(selectGap(p, TODAY).all.map((g) => g.from)).toEqual(['2017-01', '2018-01', '2020-01']);
  });

  it('takes the gap a range overlaps most, then the longer, then the earlier', () => {
    expect(selectGap(p, TODAY, { from: '2017-03', to: '2018-02' })).toMatchObject({
      gap: { from: '2017-01' }, // 4 months of it against 2 of the 2018 gap
      pickedBy: 'range',
    });
    expect(selectGap(p, TODAY, { from: '2017-05', to: '2018-02' }).gap.from).toBe('2018-01'); // 2 each: longer
    expect(selectGap(p, TODAY, { from: '2018-11', to: '2020-02' }).gap.from).toBe('2018-01'); // 2 each, same length: earlier
    expect(selectGap(p, TODAY, { from: '2017-06' }).gap.from).toBe('2017-01'); // one month: its last
    expect(selectGap(p, TODAY, { to: '2020-01' }).gap.from).toBe('2020-01'); // one month: its first
  });

  it('breaks ties by date among several gaps of the same length', () => {
    const three = withGaps(
      ['2017-01', '2017-06'],
      ['2018-01', '2018-06'],
      ['2019-01', '2019-06'],
      ['2020-01', '2020-06'],
    );
    expect(selectGap(three, TODAY).gap.from).toBe('2017-01');
    // A range touching two of them by one month each: the earlier.
    expect(selectGap(three, TODAY, { from: '2018-06', to: '2019-01' }).gap.from).toBe('2018-01');
  });

  it('lists the member’s gaps when the range overlaps none', () => {
    expect(() => selectGap(p, TODAY, { from: '2019-01', to: '2019-12' })).toThrow(
      '--from/--to: no gap of 6+ months overlaps 2019-01 to 2019-12; your gaps are 2017-01 to 2017-06 (6 months), 2018-01 to 2018-12 (1 year), 2020-01 to 2020-12 (1 year)',
    );
  });

  it('says there is no gap long enough, and when the member graduated', () => {
    expect(() => selectGap(withGaps(['2017-01', '2017-05']), TODAY)).toThrow(
      'no gap of 6+ months found in your timeline since graduating in Dec 2015; shorter breaks rarely need a written explanation',
    );
  });
});
