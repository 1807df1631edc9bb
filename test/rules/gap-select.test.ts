import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { GAP_MIN_MONTHS, selectGap } from '../../src/rules/gap-select.js';
import { RED_FLAG_THRESHOLDS } from '../../src/rules/redflag-thresholds.js';
import { readExampleProfile as example } from '../helpers/cli.js';

const TODAY = '2026-03-01';

/** Graduated 2019-06; clinical work, then `gapMonths` with nothing, then clinical work to today. */
function withGap(gapMonths: number): Profile {
  const gapEnd = 2020 * 12 + 0 + gapMonths - 1; // gap starts 2020-01
  const month = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  return {
    version: 1,
    medSchool: { country: 'India', graduated: '2019-06' },
    timeline: [
      { from: '2019-07', to: '2019-12', activity: 'clinical' },
      { from: month(gapEnd + 1), to: 'present', activity: 'clinical' },
    ],
  };
}

describe('selectGap', () => {
  it('uses the red-flag engine threshold for the minimum gap length', () => {
    expect(GAP_MIN_MONTHS).toBe(RED_FLAG_THRESHOLDS.gaps.minMonths);
  });

  it('picks the real break of the example profile over its longer stretch of only exam preparation, and lists both', () => {
    const choice = selectGap(example(), TODAY);
    expect(choice.pickedBy).toBe('weighed');
    expect(choice.passedOver).toBe('exam-prep');
    expect(choice.gap).toMatchObject({ from: '2022-07', to: '2023-03', months: 9 });
    expect(choice.all.map((g) => g.from)).toEqual(['2018-08', '2022-07']);
  });

  it('picks the gap overlapping --from/--to', () => {
    const choice = selectGap(example(), TODAY, { from: '2022-09', to: '2022-10' });
    expect(choice.pickedBy).toBe('range');
    expect(choice.gap).toMatchObject({ from: '2022-07', to: '2023-03', months: 9 });
  });

  it('accepts a range given by one end only', () => {
    expect(selectGap(example(), TODAY, { to: '2019-01' }).gap.from).toBe('2018-08');
  });

  it('lists the member gaps when no gap overlaps the range', () => {
    expect(() => selectGap(example(), TODAY, { from: '2020-01', to: '2020-12' })).toThrow(
      /no gap of 6\+ months overlaps 2020-01 to 2020-12; your gaps are 2018-08 to 2019-11 \(1 year 4 months\), 2022-07 to 2023-03 \(9 months\)/,
    );
  });

  it(`ignores a ${GAP_MIN_MONTHS - 1}-month gap and explains a ${GAP_MIN_MONTHS}-month one`, () => {
    expect(() => selectGap(withGap(GAP_MIN_MONTHS - 1), TODAY)).toThrow(/no gap of 6\+ months found in your timeline/);
    expect(selectGap(withGap(GAP_MIN_MONTHS), TODAY).gap).toMatchObject({ from: '2020-01', months: GAP_MIN_MONTHS });
  });

  it('says the timeline is not given instead of inventing gaps', () => {
    const p: Profile = { version: 1, medSchool: { country: 'India', graduated: '2019-06' } };
    expect(() => selectGap(p, TODAY)).toThrow(UserError);
    expect(() => selectGap(p, TODAY)).toThrow(/^timeline: not given/);
  });

  it('says the graduation month is needed', () => {
    const p: Profile = { version: 1, timeline: [{ from: '2020-01', to: 'present', activity: 'clinical' }] };
    expect(() => selectGap(p, TODAY)).toThrow(/^medSchool.graduated: not given/);
  });
});

describe('the gaps offered for a written explanation are the gaps /redflag raises', () => {
  const withPrep = (clinicalTo: string, prepFrom: string): Profile => ({
    version: 1,
    medSchool: { country: 'Guatemala', graduated: '2018-12' },
    timeline: [
      { from: '2019-01', to: clinicalTo, activity: 'clinical', note: 'Servicio social' },
      { from: prepFrom, to: '2020-12', activity: 'exam-prep', note: 'Step 1 and Step 2 CK, after moving to Texas' },
      { from: '2021-01', to: 'present', activity: 'clinical', note: 'Hospitalist assistant, Houston' },
    ],
  });

  it('offers no stretch that is only exam preparation within the ordinary year', () => {
    expect(() => selectGap(withPrep('2019-12', '2020-01'), '2026-12-05')).toThrow(UserError);
  });

  it('still offers a longer stretch of preparation', () => {
    expect(selectGap(withPrep('2019-06', '2019-07'), '2026-12-05').gap.months).toBe(18);
  });
});
