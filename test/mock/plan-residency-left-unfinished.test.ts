/**
 * A residency recorded as not completed is asked about ("why did you leave?") whatever the specialty
 * or target: no red-flag id in the contract covers it, so the plan reads it from the profile.
 */
import { describe, expect, it } from 'vitest';
import type { Profile, Residency } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';
import { cleanProfile, TODAY } from './fixtures.js';

const member = (residencies: Residency[], over: Partial<Profile> = {}): Profile =>
  cleanProfile({
    citizenship: 'us-permanent-resident',
    visa: 'not-needed',
    target: 'residency-informatics-track',
    specialty: 'internal medicine',
    medSchool: { country: 'Nigeria', graduated: '2016-07' },
    timeline: [
      { from: '2016-08', to: '2018-12', activity: 'clinical', note: 'medical officer' },
      { from: '2019-01', to: '2021-06', activity: 'clinical', note: 'residency' },
      { from: '2021-07', to: 'present', activity: 'informatics', note: 'EHR analyst' },
    ],
    residencies,
    ...over,
  });
const left = (specialty: string, country = 'Nigeria'): Residency => ({
  country,
  specialty,
  from: '2019-01',
  to: '2021-06',
  completed: false,
});
const plan = (p: Profile) => mockPlan(p, TODAY).questions;

describe('mockPlan: a residency left before it was finished', () => {
  it('asks why the member left a residency in another specialty, not only why they changed', () => {
    const qs = plan(member([left('family medicine')]));
    const q = qs.find((x) => x.id === 'why-left-residency-other');
    expect(q?.text).toMatch(/Why did you leave/);
    expect(q?.why).toBe(
      'You left your family medicine residency in Nigeria after 2 years 6 months before finishing it: programs ask why you left, and what brought you to the path you are on now.',
    );
    // One question per theme of earlier training at the default size.
    expect(qs.filter((x) => x.id === 'why-switch-specialty')).toEqual([]);
  });

  it('asks a fellowship applicant too, when an earlier residency was left before a completed one', () => {
    const done: Residency = {
      country: 'United States',
      specialty: 'internal medicine',
      from: '2022-07',
      to: '2025-06',
      completed: true,
      accreditation: 'acgme',
    };
    const p = member([left('internal medicine', 'Ghana'), done], { target: 'ci-fellowship' });
    expect(plan(p).map((x) => x.id)).toContain('why-left-residency-other');
  });

  it('keeps the same-specialty question for a member starting that residency again, never both', () => {
    const ids = plan(member([left('internal medicine')])).map((x) => x.id);
    expect(ids).toContain('why-left-residency');
    expect(ids).not.toContain('why-left-residency-other');
  });

  it('asks nothing of the kind when every residency was completed or is in progress', () => {
    const ids = plan(member([{ ...left('family medicine'), completed: true }])).map((x) => x.id);
    expect(ids).not.toContain('why-left-residency-other');
    expect(ids).not.toContain('why-left-residency');
  });
});
