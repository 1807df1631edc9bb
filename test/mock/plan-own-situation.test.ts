/**
 * The mock asks each member the question their own situation raises, not the bank's generic one:
 * a J-1 waiver commitment that runs into the training start is asked as "can you start then, and
 * what would leaving early mean"; a member with no hands-on US clinical time is never asked what
 * they did in the EHR "during your US clinical time".
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';

const base = (timeline: NonNullable<Profile['timeline']>, extra: Partial<Profile> = {}): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'h1b',
  target: 'ci-fellowship',
  specialty: 'internal medicine',
  medSchool: { country: 'Ghana', graduated: '2014-06' },
  ecfmgCertified: true,
  exams: [
    { exam: 'step1', date: '2015-03', result: 'pass' },
    { exam: 'step2ck', date: '2015-09', result: 'pass', score: 240 },
    { exam: 'step3', date: '2019-02', result: 'pass', score: 226 },
  ],
  residencies: [
    {
      country: 'United States',
      specialty: 'internal medicine',
      from: '2018-07',
      to: '2021-06',
      completed: true,
      accreditation: 'acgme',
    },
  ],
  timeline,
  informatics: [{ kind: 'project', title: 'sepsis alert review', outcome: 'fewer false alerts' }],
  deadline: '2026-08-01',
  ...extra,
});

const visaQ = (p: Profile, today: string) => mockPlan(p, today).questions.find((q) => q.id === 'rf-visa-sponsorship');

describe('a waiver commitment in the visa question', () => {
  it('a Conrad 30 commitment the note ends after the start: asked when the member can start', () => {
    const p = base([
      { from: '2014-07', to: '2018-06', activity: 'clinical', note: 'medical officer, Kumasi' },
      { from: '2018-07', to: '2021-06', activity: 'us-clinical', note: 'IM residency, Detroit, J-1' },
      { from: '2021-07', to: '2024-09', activity: 'clinical', note: 'physician, Accra, home-residence years' },
      {
        from: '2024-10',
        to: 'present',
        activity: 'us-clinical',
        note: 'nocturnist in rural Kansas, H-1B through a Conrad 30 J-1 waiver, three-year commitment until 2027-10',
      },
    ]);
    const q = visaQ(p, '2026-10-01');
    expect(q?.text).toMatch(/Conrad 30 waiver commitment runs to Oct 2027\. Could you start with us in Jul 2027\?/);
    expect(q?.followUps.join(' ')).toMatch(/leaving the waiver job early/);
    expect(q?.text).not.toMatch(/What visa would you need/);
  });

  it('a commitment that ends before the start keeps the ordinary visa question', () => {
    const p = base([
      { from: '2018-07', to: '2021-06', activity: 'us-clinical', note: 'IM residency, Detroit, J-1' },
      {
        from: '2021-08',
        to: 'present',
        activity: 'us-clinical',
        note: 'hospitalist on H-1B under a Conrad 30 waiver, commitment completed 2024-08',
      },
    ]);
    const q = visaQ(p, '2026-10-01');
    expect(q?.text ?? '').not.toMatch(/Could you start with us/);
  });
});

describe('the limited-USCE question without hands-on US time', () => {
  const foreign = (usce: Profile['usce']): Profile => ({
    version: 1,
    citizenship: 'us-permanent-resident',
    visa: 'not-needed',
    target: 'residency-informatics-track',
    specialty: 'internal medicine',
    medSchool: { country: 'Libya', graduated: '2016-06' },
    residencies: [],
    timeline: [{ from: '2016-07', to: 'present', activity: 'clinical', note: 'internal medicine doctor, Tripoli' }],
    usce,
  });
  const usceQ = (p: Profile) => mockPlan(p, '2026-10-01').questions.find((q) => q.id === 'rf-limited-usce');

  it.each([
    ['an observership only', [{ kind: 'observership' as const, months: 2, handsOn: false }]],
    ['no US time at all', []],
  ])('%s: never asked about "your US clinical time"', (_, usce) => {
    const q = usceQ(foreign(usce));
    expect(q).toBeDefined();
    expect(JSON.stringify(q)).not.toMatch(/during your US clinical time|the US time you had/);
  });

  it('a short hands-on externship keeps the question about what the member did in the EHR', () => {
    const q = usceQ(foreign([{ kind: 'externship', months: 1, handsOn: true }]));
    expect(q?.followUps.join(' ')).toMatch(/What did you do in the EHR yourself/);
  });
});
