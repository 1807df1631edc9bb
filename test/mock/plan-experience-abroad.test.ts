/**
 * A member whose clinical years were all (or nearly all) outside the US, with no US residency, is
 * asked how that experience carries over to US care, its systems, EHRs and teams (judges of p332, a
 * Serbian consultant psychiatrist, found no such question in his plan). Members and wordings are
 * our own.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { clinicalWorkAbroad, mockPlan } from '../../src/mock/plan.js';
import { cleanProfile, TODAY } from './fixtures.js';

const abroadQ = (p: Profile) => mockPlan(p, TODAY).questions.find((q) => q.id === 'experience-abroad-to-us-care');

/** A Peruvian paediatrician: residency and consultant years in Lima, now applying to US residency. */
const lima = (over: Partial<Profile> = {}): Profile =>
  cleanProfile({
    citizenship: 'us-citizen',
    target: 'residency-informatics-track',
    specialty: 'pediatrics',
    medSchool: { country: 'Peru', graduated: '2008-12' },
    residencies: [
      {
        country: 'Peru',
        specialty: 'pediatrics',
        from: '2010-03',
        to: '2013-02',
        completed: true,
        accreditation: 'other',
      },
    ],
    timeline: [
      { from: '2009-01', to: '2010-02', activity: 'clinical', note: 'SERUMS rural year' },
      { from: '2010-03', to: '2013-02', activity: 'clinical', note: 'pediatrics residency, Lima' },
      { from: '2013-03', to: '2025-06', activity: 'clinical', note: 'consultant paediatrician, Lima' },
      { from: '2025-07', to: 'present', activity: 'exam-prep', note: 'USMLE after moving to Houston' },
    ],
    usce: [{ kind: 'externship', months: 3, handsOn: true }],
    ...over,
  });

describe('mockPlan: clinical experience abroad carried to US care', () => {
  it('asks a consultant abroad applying to US residency, naming the specialty', () => {
    const q = abroadQ(lima());
    expect(q?.text).toBe(
      'How will your clinical experience abroad carry over to practising pediatrics in the US, with its systems, EHRs and team roles?',
    );
    expect(q?.why).toMatch(/was outside the US/);
  });

  it('asks it beside "why residency again?", not instead of it', () => {
    const ids = mockPlan(lima(), TODAY).questions.map((q) => q.id);
    expect(ids).toContain('why-residency-again');
    expect(ids).toContain('experience-abroad-to-us-care');
  });

  it('asks a non-US member with a short hands-on US elective, in place of "how will you adapt?"', () => {
    const p = lima({ citizenship: 'non-us', visa: 'j1', usce: [{ kind: 'elective', months: 4, handsOn: true }] });
    const ids = mockPlan(p, TODAY).questions.map((q) => q.id);
    expect(ids).toContain('experience-abroad-to-us-care');
    expect(ids).not.toContain('adapt-to-us-system');
  });

  it('asks a general practitioner abroad with no residency at all', () => {
    const p = lima({
      residencies: [],
      specialty: 'family medicine',
      timeline: [{ from: '2009-01', to: '2024-12', activity: 'clinical', note: 'GP in a health post, Cusco' }],
    });
    expect(abroadQ(p)?.text).toMatch(/practising family medicine in the US/);
  });

  it('leaves it to the limited-USCE question when that flag is rehearsed (it asks how US care will be learnt)', () => {
    const p = lima({ usce: [] });
    expect(clinicalWorkAbroad(p, TODAY)).toBeDefined();
    const ids = mockPlan(p, TODAY).questions.map((q) => q.id);
    expect(ids).not.toContain('experience-abroad-to-us-care');
    expect(ids.some((id) => /usce/.test(id))).toBe(true);
  });

  it('does not ask a member in or through a US residency, nor one with a year of hands-on US care', () => {
    expect(abroadQ(cleanProfile())).toBeUndefined();
    const usYear = lima({
      usce: [
        { kind: 'externship', months: 6, handsOn: true },
        { kind: 'elective', months: 6, handsOn: true },
      ],
    });
    expect(clinicalWorkAbroad(usYear, TODAY)).toBeUndefined();
    expect(abroadQ(usYear)).toBeUndefined();
  });

  it('does not ask a member with under a year of clinical work abroad', () => {
    const p = lima({
      residencies: [],
      timeline: [
        { from: '2009-01', to: '2009-09', activity: 'clinical', note: 'internship, Lima' },
        { from: '2009-10', to: 'present', activity: 'research', note: 'epidemiology' },
      ],
    });
    expect(clinicalWorkAbroad(p, TODAY)).toBeUndefined();
    expect(abroadQ(p)).toBeUndefined();
  });
});
