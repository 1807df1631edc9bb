/**
 * "Why go back to training after years of practice?" for a member who finished a residency abroad
 * and then practised as a specialist there for a year or more (ux39: a judge of p307, a consultant
 * abroad applying to CI fellowships, found only "why informatics?"). Members and wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Profile, Residency } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';
import { cleanProfile, TODAY } from './fixtures.js';

const ids = (p: Profile, count?: number) => mockPlan(p, TODAY, count ? { count } : {}).questions.map((q) => q.id);

const homeResidency = (
  country: string,
  specialty: string,
  from: string,
  to: string,
  accreditation: Residency['accreditation'] = 'other',
): Residency => ({
  country,
  specialty,
  from,
  to,
  completed: true,
  accreditation,
});

/** A Jordanian nephrologist: residency in Amman, then consultant years there, applying to CI. */
function amman(change: (p: Profile) => void = () => undefined): Profile {
  const p = cleanProfile({
    citizenship: 'non-us',
    visa: 'j1',
    specialty: 'internal medicine',
    residencies: [homeResidency('Jordan', 'internal medicine', '2014-07', '2018-06', 'acgme-i')],
    boardCertification: [{ board: 'other', specialty: 'internal medicine' }],
    timeline: [
      { from: '2014-07', to: '2018-06', activity: 'clinical', note: 'internal medicine residency, Amman' },
      { from: '2018-07', to: 'present', activity: 'clinical', note: 'senior physician, nephrology unit, Amman' },
    ],
    usce: [{ kind: 'observership', months: 1 }],
  });
  change(p);
  return p;
}

describe('mockPlan: why train again after years of specialist practice abroad', () => {
  it('asks it in the default plan of a fellowship applicant with years of practice after a residency abroad', () => {
    const plan = mockPlan(amman(), TODAY);
    const q = plan.questions.find((x) => x.id === 'why-train-after-practice');
    expect(q?.text).toMatch(/Why go back to training, in the US, at this point in your career\?/);
    expect(q?.why).toBe(
      'You finished your residency and have practised as a specialist in Jordan since Jul 2018 (about 8 years 3 months): programs ask why you want to become a trainee again, in the US, now, and what your senior years bring.',
    );
    expect(q?.followUps.join(' ')).toMatch(/supervised and assessed again/);
  });

  it('reads a member with no residency list from a home-country board and notes that name senior posts', () => {
    const p = amman((x) => {
      delete x.residencies;
      x.timeline = [{ from: '2019-02', to: 'present', activity: 'clinical', note: 'Consultant paediatrician, Lagos' }];
      x.specialty = 'pediatrics';
    });
    expect(ids(p, 20)).toContain('why-train-after-practice');
    // The same notes without a senior post, and no residency list: nothing says the member practised as a specialist.
    const junior = amman((x) => {
      delete x.residencies;
      x.timeline = [{ from: '2019-02', to: 'present', activity: 'clinical', note: 'medical officer, Lagos' }];
    });
    expect(ids(junior, 20)).not.toContain('why-train-after-practice');
  });

  it('keeps it for a member on the residency route too, beside "why residency again?"', () => {
    const p = amman((x) => {
      x.target = 'residency-informatics-track';
    });
    const all = ids(p, 20);
    expect(all).toContain('why-residency-again');
    expect(all).toContain('why-train-after-practice');
  });

  it('never asks it without a year of practice after a residency abroad, or once a US residency has begun', () => {
    const cases: [string, Profile][] = [
      [
        'under a year since the residency',
        amman((x) => {
          x.timeline![1] = { from: '2018-07', to: '2019-03', activity: 'clinical', note: 'locum' };
          x.timeline!.push({ from: '2019-04', to: 'present', activity: 'research', note: 'informatics research' });
        }),
      ],
      [
        'a US residency since',
        amman((x) => {
          x.residencies!.push({
            country: 'United States',
            specialty: 'internal medicine',
            from: '2024-07',
            to: 'present',
            completed: false,
            accreditation: 'acgme',
          });
        }),
      ],
      [
        'a Canadian residency, then practice',
        amman((x) => {
          x.residencies = [homeResidency('Canada', 'family medicine', '2014-07', '2016-06', 'cfpc')];
        }),
      ],
      ['a US-trained member', cleanProfile()],
    ];
    for (const [name, p] of cases) expect(ids(p, 20), name).not.toContain('why-train-after-practice');
  });
});

// A judge of p369: residency in Doha, practice in Amman, and the plan said "practised as a
// specialist in Qatar". The country named is the one the practice notes give.
describe('mockPlan: the country of the practice is the one its notes give', () => {
  const why = (p: Profile) => mockPlan(p, TODAY).questions.find((x) => x.id === 'why-train-after-practice')?.why ?? '';

  it('a residency in one country and practice in another names the practice country', () => {
    const p = amman((x) => {
      x.residencies = [homeResidency('Saudi Arabia', 'internal medicine', '2014-07', '2018-06', 'acgme-i')];
      x.timeline = [
        { from: '2014-07', to: '2018-06', activity: 'clinical', note: 'internal medicine residency, Riyadh' },
        { from: '2018-07', to: 'present', activity: 'clinical', note: 'senior physician, nephrology unit, Amman' },
      ];
    });
    expect(why(p)).toContain('practised as a specialist in Jordan since Jul 2018');
    expect(why(p)).not.toContain('Saudi Arabia');
  });

  it('practice in two countries named: no single country is claimed', () => {
    const p = amman((x) => {
      x.timeline = [
        { from: '2018-07', to: '2021-06', activity: 'clinical', note: 'specialist, Amman' },
        { from: '2021-07', to: 'present', activity: 'clinical', note: 'consultant physician, Mumbai' },
      ];
    });
    expect(why(p)).toContain('practised as a specialist abroad since Jul 2018');
  });

  it('near-miss: notes that name no place keep the residency country', () => {
    const p = amman((x) => {
      x.timeline = [
        { from: '2018-07', to: 'present', activity: 'clinical', note: 'senior physician, nephrology unit' },
      ];
    });
    expect(why(p)).toContain('practised as a specialist in Jordan since Jul 2018');
  });
});
