/**
 * A member who already trained in their specialty abroad and now applies to a US residency in it is
 * asked "why do residency again?": the planner rehearses it first among the IMG questions, and
 * never asks it of anyone whose profile does not show that.
 */
import { describe, expect, it } from 'vitest';
import type { Profile, Residency } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';
import { cleanProfile, TODAY } from './fixtures.js';

const fmAbroad: Residency = {
  country: 'Nigeria',
  specialty: 'Family Medicine',
  from: '2018-09',
  to: '2023-08',
  completed: true,
};

/** Like Dr. Obi: non-US, a completed family medicine residency in Nigeria, applying to US FM again. */
const member = (over: Partial<Profile> = {}): Profile =>
  cleanProfile({
    citizenship: 'non-us',
    visa: 'j1',
    target: 'residency-informatics-track',
    specialty: 'family medicine',
    medSchool: { country: 'Nigeria', graduated: '2017-08' },
    timeline: [{ from: '2017-09', to: 'present', activity: 'clinical' }],
    usce: [{ kind: 'elective', months: 3, ehr: 'Epic', handsOn: true }],
    residencies: [fmAbroad],
    ...over,
  });

const planned = (p: Profile, options = {}) => mockPlan(p, TODAY, { count: 8, ...options }).questions;

describe('mockPlan: why residency again', () => {
  it('asks a member who trained in the same specialty abroad why they would do residency in it again', () => {
    const q = planned(member()).find((x) => x.id === 'why-residency-again');
    expect(q?.text).toBe('You have already trained in this specialty abroad. Why go through residency in it again?');
    expect(q?.why).toBe(
      'You already trained in family medicine abroad: programs ask why you want to do residency in it again.',
    );
    expect(planned(member()).filter((x) => x.category === 'img')[0]!.id).toBe('why-residency-again');
  });

  it('asks why they left, not why again, of a residency left unfinished abroad', () => {
    const left = member({ residencies: [{ ...fmAbroad, to: '2020-01', completed: false }] });
    const ids = planned(left).map((q) => q.id);
    expect(ids).toContain('why-left-residency');
    expect(ids).not.toContain('why-residency-again');
  });

  it('asks it of a fellowship applicant not eligible yet (residency abroad only): the residency route comes first', () => {
    const ineligible = planned(member({ target: 'ci-fellowship' }));
    expect(ineligible.map((q) => q.id)).toContain('why-residency-again');
    // Prepared as a residency applicant: the specialty question, and no "why a fellowship now". In
    // eight questions its place goes to how her years of practice abroad carry over to US care (ux41:
    // her own history before general questions); a longer plan asks it too.
    expect(ineligible.map((q) => q.id)).toContain('experience-abroad-to-us-care');
    expect(planned(member({ target: 'ci-fellowship' }), { count: 10 }).map((q) => q.id)).toContain(
      'why-this-specialty',
    );
    expect(ineligible.map((q) => q.text).join(' ')).not.toMatch(/why a fellowship now/i);
  });

  it('asks it with no target given', () => {
    const noTarget = member();
    delete noTarget.target;
    expect(planned(noTarget).map((q) => q.id)).toContain('why-residency-again');
  });

  it('asks it in an IMG-focused mock too', () => {
    expect(planned(member(), { focus: 'img', count: 3 }).map((q) => q.id)).toContain('why-residency-again');
  });

  it('never asks it without a residency abroad in the same specialty, or of a fellowship applicant', () => {
    const cases: [string, Profile][] = [
      ['another specialty', member({ specialty: 'internal medicine' })],
      ['a US residency', member({ residencies: [{ ...fmAbroad, country: 'USA' }] })],
      ['a Canadian residency', member({ residencies: [{ ...fmAbroad, country: 'Canada' }] })],
      ['no residency', member({ residencies: [] })],
      ['residencies not given', member({ residencies: undefined })],
      // A fellowship applicant eligible through a US residency after the one abroad is asked why he
      // trained a second time instead (plan-second-residency.test.ts).
      [
        'an eligible fellowship applicant',
        member({
          target: 'ci-fellowship',
          residencies: [
            fmAbroad,
            {
              country: 'United States',
              specialty: 'family medicine',
              from: '2024-07',
              to: 'present',
              completed: false,
            },
          ],
        }),
      ],
    ];
    for (const [name, p] of cases) {
      if (p.residencies === undefined) delete p.residencies;
      expect(
        mockPlan(p, TODAY, { count: 20 }).questions.map((q) => q.id),
        name,
      ).not.toContain('why-residency-again');
      expect(
        planned(p, { focus: 'img', count: 20 }).map((q) => q.id),
        name,
      ).not.toContain('why-residency-again');
    }
    const noSpecialty = member();
    delete noSpecialty.specialty;
    expect(mockPlan(noSpecialty, TODAY, { count: 20 }).questions.map((q) => q.id)).not.toContain('why-residency-again');
  });
});
