/**
 * A member whose H-1B time would run past (or reach) six years by the end of the training is told
 * the usual other route, a J-1 sponsored by ECFMG for the training, with what it costs (the two-year
 * home-country requirement, a Statement of Need, ECFMG's review of visa history), hedged and sent to
 * an immigration attorney (judge of p330: only extensions were named). Not told to a member already
 * subject to the home rule from an earlier J-1, nor beside an approved I-140. Members are our own.
 */
import { describe, expect, it } from 'vitest';
import { redFlags } from '../../src/rules/redflags.js';
import type { Profile } from '../../src/core/profile/schema.js';

const steps: Profile['exams'] = [
  { exam: 'step1', date: '2019-08', result: 'pass', score: 231 },
  { exam: 'step2ck', date: '2020-05', result: 'pass', score: 240 },
  { exam: 'step3', date: '2024-10', result: 'pass', score: 222 },
];

function h1bMember(
  from: string,
  over: Partial<Profile> = {},
  note = 'data analyst at a hospital network, H-1B',
): Profile {
  return {
    version: 1,
    citizenship: 'non-us',
    visa: 'h1b',
    target: 'residency-informatics-track',
    specialty: 'internal medicine',
    medSchool: { country: 'Egypt', graduated: '2016-06' },
    ecfmgCertified: true,
    exams: steps,
    residencies: [],
    timeline: [
      { from: '2016-07', to: '2020-06', activity: 'clinical', note: 'internal medicine, Cairo' },
      { from, to: 'present', activity: 'informatics', note },
    ],
    ...over,
  };
}

const visaActions = (p: Profile, today: string) =>
  (redFlags(p, today).flags.find((f) => f.id === 'visa-sponsorship')?.actions ?? []).join('\n');

describe('H-1B time running out: the J-1 route is named', () => {
  it.each([
    ['already past six years (residency target)', h1bMember('2019-09'), '2026-10-01', 'residency'],
    ['running past six years during the residency', h1bMember('2022-07'), '2026-11-12', 'residency'],
    [
      'running past six years during a CI fellowship',
      h1bMember('2021-01', {
        target: 'ci-fellowship',
        residencies: [
          {
            country: 'United States',
            specialty: 'internal medicine',
            from: '2020-07',
            to: '2023-06',
            completed: true,
            accreditation: 'acgme',
          },
        ],
        timeline: [
          { from: '2020-07', to: '2023-06', activity: 'us-clinical', note: 'IM residency, Ohio, on H-1B' },
          { from: '2023-07', to: 'present', activity: 'us-clinical', note: 'hospitalist, H-1B' },
        ],
      }),
      '2026-09-01',
      'fellowship',
    ],
  ] as const)('%s', (_label, p, today, what) => {
    const text = visaActions(p, today);
    expect(text).toContain(`The other usual route for the ${what} is a J-1 sponsored by ECFMG`);
    expect(text).toMatch(/two-year home-country physical presence requirement/);
    expect(text).toMatch(/Statement of Need/);
    expect(text).toMatch(/not certain: ask ECFMG, the programs and an immigration attorney/);
  });

  it('is not told when the H-1B time fits the training', () => {
    expect(visaActions(h1bMember('2025-07'), '2026-10-01')).not.toMatch(/J-1 sponsored by ECFMG for the training/);
  });

  it('is not told beside an approved I-140, which is the extension case', () => {
    const p = h1bMember('2019-09', {}, 'data analyst at a hospital network, H-1B; I-140 approved 2024');
    const text = visaActions(p, '2026-10-01');
    expect(text).toMatch(/I-140/);
    expect(text).not.toMatch(/J-1 sponsored by ECFMG for the training/);
  });
});
