/**
 * A member whose residency abroad was in another specialty than the one they name now (surgery at
 * home, internal medicine or informatics here) is asked what made them change: the planner puts it
 * first among the IMG questions, and never asks it when the profile does not clearly show a change.
 */
import { describe, expect, it } from 'vitest';
import type { Profile, Residency } from '../../src/core/profile/schema.js';
import { questionById } from '../../src/mock/bank.js';
import { mockPlan } from '../../src/mock/plan.js';
import { specialtyRelation } from '../../src/mock/specialty.js';
import { cleanProfile, TODAY } from './fixtures.js';

// Completed: a residency left before it was finished is asked "why did you leave?" instead
// (plan-residency-left-unfinished.test.ts), which covers the change as well.
const surgeryAbroad: Residency = {
  country: 'Egypt',
  specialty: 'General Surgery',
  from: '2016-03',
  to: '2019-02',
  completed: true,
};

/** A surgeon by training abroad who now applies to internal medicine with an informatics track. */
const member = (over: Partial<Profile> = {}): Profile =>
  cleanProfile({
    citizenship: 'non-us',
    visa: 'j1',
    target: 'residency-informatics-track',
    specialty: 'internal medicine',
    medSchool: { country: 'Egypt', graduated: '2015-09' },
    timeline: [{ from: '2015-10', to: 'present', activity: 'clinical' }],
    usce: [{ kind: 'elective', months: 3, ehr: 'Epic', handsOn: true }],
    residencies: [surgeryAbroad],
    ...over,
  });

const ids = (p: Profile, options = {}) => mockPlan(p, TODAY, { count: 8, ...options }).questions.map((q) => q.id);

describe('mockPlan: why change specialty', () => {
  it('asks a member trained abroad in another specialty what made them change, first among the IMG questions', () => {
    const plan = mockPlan(member(), TODAY, { count: 8 }).questions;
    const q = plan.find((x) => x.id === 'why-switch-specialty');
    expect(q?.text).toBe(
      'Your earlier residency training was in a different specialty. What made you change direction?',
    );
    expect(q?.why).toBe(
      'You trained in General Surgery abroad and now name internal medicine as your specialty: programs ask what made you change, and whether the change will last.',
    );
    expect(plan.filter((x) => x.category === 'img')[0]!.id).toBe('why-switch-specialty');
    expect(plan.map((x) => x.id)).not.toContain('why-residency-again');
  });

  it('asks it after a US or Canadian residency in another specialty too (a surgery preliminary year, then internal medicine)', () => {
    const us = mockPlan(
      member({
        residencies: [{ ...surgeryAbroad, country: 'United States', specialty: 'general surgery (preliminary)' }],
      }),
      TODAY,
      { count: 8 },
    ).questions.find((x) => x.id === 'why-switch-specialty');
    expect(us?.why).toBe(
      'You trained in general surgery (preliminary) in the US and now name internal medicine as your specialty: programs ask what made you change, and whether the change will last.',
    );
    expect(ids(member({ residencies: [{ ...surgeryAbroad, country: 'Canada' }] }))).toContain('why-switch-specialty');
  });

  it('asks a fellowship applicant too, and in an IMG-focused mock', () => {
    expect(ids(member({ target: 'ci-fellowship' }))).toContain('why-switch-specialty');
    expect(ids(member(), { focus: 'img', count: 3 })).toContain('why-switch-specialty');
  });

  it('coaches a positive reason, a tested choice and no running down of the first field', () => {
    const q = questionById('why-switch-specialty')!;
    expect(q.category).toBe('img');
    expect(q.expectsInformatics).toBe(true);
    expect(q.hint).toMatch(/drew you to the new specialty/);
    expect(q.hint).toMatch(/Never run down the old field/);
    expect(q.followUps.join(' ')).toMatch(/change specialty again/);
  });

  it('never asks it without a clear change of specialty', () => {
    const cases: [string, Profile][] = [
      [
        'the same specialty, spelt another way',
        member({ residencies: [{ ...surgeryAbroad, specialty: 'Internal Medicine' }] }),
      ],
      ['a name inside the other', member({ residencies: [{ ...surgeryAbroad, specialty: 'Medicine' }] })],
      ['no residency', member({ residencies: [] })],
      ['residencies not given', member({ residencies: undefined })],
    ];
    for (const [name, p] of cases) {
      if (p.residencies === undefined) delete p.residencies;
      expect(ids(p, { count: 20 }), name).not.toContain('why-switch-specialty');
      expect(ids(p, { focus: 'img', count: 20 }), name).not.toContain('why-switch-specialty');
    }
    const noSpecialty = member();
    delete noSpecialty.specialty;
    expect(ids(noSpecialty, { count: 20 })).not.toContain('why-switch-specialty');
  });

  it('asks "why residency again" of British spellings of the same specialty', () => {
    const p = member({
      specialty: 'pediatrics',
      residencies: [{ ...surgeryAbroad, specialty: 'Paediatrics', completed: true, to: '2020-02' }],
    });
    expect(ids(p)).toContain('why-residency-again');
    expect(ids(p, { count: 20 })).not.toContain('why-switch-specialty');
  });
});

describe('specialtyRelation', () => {
  it('reads spellings, short forms and "general" as the same specialty', () => {
    expect(specialtyRelation('Paediatrics', 'pediatrics')).toBe('same');
    expect(specialtyRelation('General Surgery', 'surgery')).toBe('same');
    expect(specialtyRelation('IM', 'Internal Medicine')).toBe('same');
    expect(specialtyRelation('Obstetrics & Gynaecology', 'obstetrics and gynecology')).toBe('same');
    expect(specialtyRelation('intrenal medicine', 'internal medicine')).toBe('same');
    // Newcomer trial 16: the kind of position is not part of the field's name.
    expect(specialtyRelation('IM categorical', 'internal medicine')).toBe('same');
    expect(specialtyRelation('Categorical internal medicine residency', 'IM')).toBe('same');
    expect(specialtyRelation('FM categorical', 'pediatrics')).toBe('different');
  });

  it('calls clearly different fields different, and one name inside the other unclear', () => {
    expect(specialtyRelation('surgery', 'internal medicine')).toBe('different');
    expect(specialtyRelation('family medicine', 'internal medicine')).toBe('different');
    expect(specialtyRelation('neurosurgery', 'surgery')).toBe('different');
    expect(specialtyRelation('medicine', 'internal medicine')).toBe('unclear');
    expect(specialtyRelation('pediatric surgery', 'surgery')).toBe('unclear');
    expect(specialtyRelation('', 'surgery')).toBe('unclear');
  });
});
