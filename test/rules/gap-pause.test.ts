/**
 * A short pause on the far side of exam preparation is not glued to a gap across the preparation
 * (derived.gaps): fewer months than the gap minimum between an exam and a post that then starts, or
 * before the preparation began, stand apart; preparation between two real gaps stays inside one.
 */
import { describe, expect, it } from 'vitest';
import { gaps } from '../../src/core/profile/derived.js';
import type { Profile, TimelineEntry } from '../../src/core/profile/schema.js';
import { redFlags } from '../../src/rules/redflags.js';
import { explainableGaps } from '../../src/rules/gap-select.js';

const TODAY = '2026-10-14';

function member(timeline: TimelineEntry[], graduated = '2016-07'): Profile {
  return {
    version: 1,
    citizenship: 'us-citizen',
    target: 'residency-informatics-track',
    specialty: 'family medicine',
    medSchool: { country: 'Ghana', graduated },
    timeline,
  };
}

const gapFlags = (p: Profile) =>
  redFlags(p, TODAY)
    .flags.filter((f) => f.id === 'training-gap')
    .map((f) => [f.severity, f.gap?.from, f.gap?.to]);

describe('a short pause beyond exam preparation', () => {
  it('leaves a caregiving year judged alone when three idle months follow the preparation', () => {
    const p = member([
      { from: '2016-08', to: '2021-02', activity: 'clinical', note: 'medical officer, Kumasi' },
      { from: '2021-03', to: '2022-01', activity: 'personal', note: 'looked after my mother through chemotherapy' },
      { from: '2022-02', to: '2022-11', activity: 'exam-prep', note: 'Step 1 and Step 2 CK' },
      { from: '2023-03', to: '2023-05', activity: 'us-clinical', note: 'family medicine externship, hands-on' },
      { from: '2023-06', to: 'present', activity: 'clinical', note: 'urgent care physician assistant role abroad' },
    ]);
    // 11 months of caregiving: low; the three blank months before the externship are no part of it.
    expect(gapFlags(p)).toEqual([['low', '2021-03', '2022-01']]);
    expect(explainableGaps(p, TODAY).map((g) => [g.from, g.to])).toEqual([['2021-03', '2022-01']]);
  });

  it('does the same for a short break before the preparation began', () => {
    const p = member([
      { from: '2016-08', to: '2020-05', activity: 'clinical', note: 'house officer then GP' },
      { from: '2020-06', to: '2020-08', activity: 'none', note: 'moved house, rested' },
      { from: '2020-09', to: '2021-08', activity: 'exam-prep', note: 'USMLE' },
      { from: '2021-09', to: '2022-05', activity: 'none', note: 'job hunting after the move, no visa to work yet' },
      { from: '2022-06', to: 'present', activity: 'clinical', note: 'clinic physician' },
    ]);
    // Nine months without work after the exams: low, not 3 + 9 = 12 months (medium).
    expect(gapFlags(p)).toEqual([['low', '2021-09', '2022-05']]);
  });

  it('adds up short stretches on both sides of the preparation when neither is a gap alone', () => {
    const p = member([
      { from: '2016-08', to: '2019-12', activity: 'clinical' },
      { from: '2020-01', to: '2020-04', activity: 'personal', note: 'wedding and move' },
      { from: '2020-05', to: '2021-04', activity: 'exam-prep' },
      { from: '2021-08', to: 'present', activity: 'clinical' },
    ]);
    // 4 + 3 idle months around a year of preparation: seven months out of training, low, in one stretch.
    expect(gapFlags(p)).toEqual([['low', '2020-01', '2021-07']]);
    expect(gaps(p, TODAY)!.map((g) => [g.from, g.to, g.months])).toEqual([['2020-01', '2021-07', 19]]);
  });

  it('keeps preparation inside one gap when the stretches on both sides are real gaps', () => {
    const p = member([
      { from: '2016-08', to: '2019-12', activity: 'clinical' },
      { from: '2020-01', to: '2020-07', activity: 'none', note: 'unemployed' },
      { from: '2020-08', to: '2021-05', activity: 'exam-prep' },
      { from: '2021-06', to: '2021-12', activity: 'personal', note: 'caring for my son' },
      { from: '2022-01', to: 'present', activity: 'clinical' },
    ]);
    // 7 + 10 + 7 months: one stretch, the first 12 months of preparation not adding (14 months: medium).
    expect(gapFlags(p)).toEqual([['medium', '2020-01', '2021-12']]);
  });

  it('keeps a six-month stretch after the preparation glued: six months is itself a gap', () => {
    const p = member([
      { from: '2016-08', to: '2019-12', activity: 'clinical' },
      { from: '2020-01', to: '2020-08', activity: 'none' },
      { from: '2020-09', to: '2021-08', activity: 'exam-prep' },
      { from: '2021-09', to: '2022-02', activity: 'none' },
      { from: '2022-03', to: 'present', activity: 'clinical' },
    ]);
    expect(gapFlags(p)).toEqual([['medium', '2020-01', '2022-02']]);
  });
});
