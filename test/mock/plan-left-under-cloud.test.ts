/**
 * A member who left training under a professionalism matter (resigned while on probation, was
 * dismissed) and now applies again is asked, in their own terms, why they left and what has
 * changed that makes them ready to start again; a resignation in good standing keeps its own
 * question, and a matter with no exit keeps the general one.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';
import { cleanProfile, TODAY } from './fixtures.js';

const member = (entries: NonNullable<Profile['professionalism']>, target: Profile['target']): Profile =>
  cleanProfile({
    target,
    specialty: 'family medicine',
    timeline: [
      { from: '2021-07', to: '2023-03', activity: 'us-clinical', note: 'FM residency, Iowa' },
      { from: '2023-04', to: 'present', activity: 'clinical', note: 'urgent care physician' },
    ],
    residencies: [
      {
        country: 'United States',
        specialty: 'family medicine',
        from: '2021-07',
        to: '2023-03',
        completed: false,
        accreditation: 'acgme',
      },
    ],
    usce: [{ kind: 'residency', months: 20, ehr: 'Epic', handsOn: true }],
    professionalism: entries,
  });

const question = (p: Profile) => mockPlan(p, TODAY).questions.find((q) => q.id === 'rf-professionalism');

describe('mockPlan: leaving training under a professionalism matter', () => {
  it('probation then a resignation, applying to residency again: why leave, and why start again now', () => {
    const q = question(
      member(
        [
          { kind: 'probation', date: '2022-10', remediated: false, note: 'charting delays' },
          { kind: 'resignation', date: '2023-03', note: 'resigned when probation was extended' },
        ],
        'residency-informatics-track',
      ),
    );
    expect(q?.text).toBe(
      'You were on probation in Oct 2022 and resigned from the family medicine residency in Mar 2023. What happened, why did you leave, and what has changed that makes you ready to start residency again now?',
    );
    expect(q?.why).toMatch(/programs ask why you left and what has changed since/);
    expect(q?.shows).toMatch(/former program director/);
  });

  it('a dismissal, applying to a fellowship: asked in its own words', () => {
    const q = question(
      member([{ kind: 'dismissal', date: '2023-03', note: 'dismissed, contract not renewed' }], 'ci-fellowship'),
    );
    expect(q?.text).toBe(
      'You were dismissed from the family medicine residency in Mar 2023. What happened, why did your time there end, and what has changed that makes you ready to train again in a fellowship now?',
    );
    // A dismissal is never coached as a choice to leave (a judge found "say that you left" told to a dismissed member).
    expect(q?.hint).toMatch(/the program dismissed you; do not call it leaving/);
    expect(q?.hint).not.toMatch(/that you left/);
    expect(q?.why).toMatch(/programs ask why it ended/);
  });

  it('a dismissal the record marks remediated keeps what the member completed afterwards', () => {
    const q = question(
      member(
        [{ kind: 'dismissal', date: '2023-02', remediated: true, note: 'ethics course and coaching finished in 2023' }],
        'residency-informatics-track',
      ),
    );
    expect(q?.shows).toMatch(/the remediation you completed afterwards/);
    expect(q?.shows).not.toMatch(/do not imply one/);
    expect(q?.shows).toMatch(/the program dismissed you \(never told as a choice to leave\)/);
  });

  it('a resignation in good standing keeps the good-standing question, a matter with no exit the general one', () => {
    expect(
      question(
        member(
          [{ kind: 'resignation', date: '2023-03', note: 'to move with my husband' }],
          'residency-informatics-track',
        ),
      )?.text,
    ).toMatch(/^You left the family medicine residency in Mar 2023\. Why did you leave/);
    expect(
      question(member([{ kind: 'probation', date: '2022-10', remediated: true }], 'residency-informatics-track'))?.text,
    ).toBe('Tell me about the professionalism concern in your record.');
  });
});

describe('mockPlan: the "why did you leave?" question is never coached as a departure for a dismissed member', () => {
  it('a dismissal from the residency applied to again: the question asks what happened, the hint names the dismissal', () => {
    const p = member(
      [{ kind: 'dismissal', date: '2023-03', note: 'contract ended after a review' }],
      'residency-informatics-track',
    );
    const all = mockPlan(p, TODAY, { count: 10 }).questions;
    const left = all.find((q) => q.id === 'why-left-residency');
    expect(left).toBeDefined();
    expect(left!.text).not.toMatch(/\bwhy did you leave\b/i);
    expect(left!.hint).toMatch(/dismissed you/);
    expect(left!.hint).toMatch(/never call it leaving/);
    expect(left!.hint).not.toMatch(/outside your control/);
    // …and the reason given for asking does not call it leaving either.
    expect(left!.why).not.toMatch(/You left|why you left/);
    expect(left!.why).toMatch(/ended/);
  });

  it('a resignation keeps the plain "why did you leave?" question', () => {
    const p = member(
      [{ kind: 'resignation', date: '2023-03', note: 'resigned to care for a parent' }],
      'residency-informatics-track',
    );
    const left = mockPlan(p, TODAY, { count: 10 }).questions.find((q) => q.id === 'why-left-residency');
    if (left) expect(left.text).toMatch(/Why did you leave/);
    expect(mockPlan(p, TODAY, { count: 10 }).questions.some((q) => /dismissed you/.test(q.hint ?? ''))).toBe(false);
  });
});
