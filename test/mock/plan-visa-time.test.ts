/**
 * A member whose H-1B time would run out before the training ends is asked, in the mock, how they
 * would cover the whole program; a member with time to spare is not (no legal route is given).
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';

const onH1b = (timeline: NonNullable<Profile['timeline']>): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'h1b',
  target: 'ci-fellowship',
  specialty: 'pediatrics',
  medSchool: { country: 'Philippines', graduated: '2015-04' },
  ecfmgCertified: true,
  exams: [
    { exam: 'step1', date: '2016-03', result: 'pass' },
    { exam: 'step2ck', date: '2016-09', result: 'pass', score: 241 },
    { exam: 'step3', date: '2018-02', result: 'pass', score: 228 },
  ],
  timeline,
  residencies: [
    {
      country: 'United States',
      specialty: 'pediatrics',
      from: '2019-07',
      to: '2022-06',
      completed: true,
      accreditation: 'acgme',
    },
  ],
  deadline: '2027-08-15',
});

const visaItem = (p: Profile, today: string) => {
  const plan = mockPlan(p, today);
  const q = plan.questions.find((x) => x.id === 'rf-visa-sponsorship');
  return q;
};

describe('the mock rehearses how H-1B time would cover the training', () => {
  it('asks how the member would cover the whole fellowship when the six years run out during it', () => {
    const p = onH1b([
      { from: '2019-07', to: '2022-06', activity: 'us-clinical', note: 'pediatrics residency, Texas, H-1B' },
      {
        from: '2022-07',
        to: 'present',
        activity: 'us-clinical',
        note: 'pediatric hospitalist in Austin on an H-1B visa',
      },
    ]);
    const q = visaItem(p, '2026-11-02');
    expect(q).toBeDefined();
    expect(JSON.stringify(q)).toMatch(
      /six-year limit before the fellowship ends: how do you plan to cover the whole fellowship\?/,
    );
  });

  it('does not ask it of a member whose H-1B time leaves room for the training', () => {
    const p = onH1b([
      { from: '2019-07', to: '2022-06', activity: 'us-clinical', note: 'pediatrics residency, Texas, J-1 visa' },
      {
        from: '2025-09',
        to: 'present',
        activity: 'us-clinical',
        note: 'pediatric hospitalist in Austin, H-1B since September 2025',
      },
    ]);
    const q = visaItem(p, '2026-11-02');
    expect(JSON.stringify(q ?? {})).not.toMatch(/six-year limit/);
  });
});
