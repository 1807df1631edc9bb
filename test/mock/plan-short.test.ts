/**
 * The shortest mocks still rehearse what matters most for the member: an exam failure (or, with
 * none, their most severe high red flag) comes right after the opener, whatever the count.
 */
import { describe, expect, it } from 'vitest';
import { mockPlan } from '../../src/mock/plan.js';
import { cleanProfile, exampleProfile, TODAY } from './fixtures.js';

const ids = (count: number, p = exampleProfile(), options = {}) =>
  mockPlan(p, TODAY, { count, ...options }).questions.map((q) => q.id);

const failedStep1 = cleanProfile({
  exams: [
    { exam: 'step1', date: '2022-03', result: 'fail' },
    { exam: 'step1', date: '2022-09', result: 'pass' },
    { exam: 'step2ck', date: '2023-05', result: 'pass', score: 241 },
  ],
});

describe('mockPlan: a short mock', () => {
  it('rehearses the exam failure in a two-question mock, with the failure named', () => {
    const plan = mockPlan(failedStep1, TODAY, { count: 2 });
    expect(plan.questions.map((q) => q.id)).toEqual(['tell-me-about-yourself', 'rf-exam-failure']);
    expect(plan.questions[1]!.why).toBe(
      'Interviewers ask about every exam failure, whatever its weight: rehearse your Step 1 (Mar 2022) failure.',
    );
    expect(plan.didNotFit).toEqual([]);
  });

  it('puts the exam failure before a high red flag when only one fits', () => {
    // The example member has high flags (clinical currency, US experience) and a failed exam.
    expect(ids(2)).toEqual(['tell-me-about-yourself', 'rf-exam-failure']);
  });

  it('keeps the exam failure in every longer mock, after the two openers', () => {
    for (const count of [3, 4, 8, 20]) {
      const plan = ids(count);
      expect(plan.slice(0, 2), String(count)).toEqual(['tell-me-about-yourself', 'why-clinical-informatics']);
      expect(plan, String(count)).toContain('rf-exam-failure');
    }
  });

  it('rehearses the most severe high flag when there is no exam failure', () => {
    const probation = cleanProfile({ professionalism: [{ kind: 'probation', date: '2022-02', remediated: true }] });
    expect(ids(2, probation)).toEqual(['tell-me-about-yourself', 'rf-professionalism']);
  });

  it('opens a clean member’s two-question mock with the two usual openers', () => {
    expect(ids(2, cleanProfile())).toEqual(['tell-me-about-yourself', 'why-clinical-informatics']);
  });

  it('leaves a one-question mock to the opener, and a focused short mock to the focus', () => {
    expect(ids(1)).toEqual(['tell-me-about-yourself']);
    expect(mockPlan(failedStep1, TODAY, { count: 2, focus: 'behavioral' }).questions.map((q) => q.category)).toEqual([
      'behavioral',
      'behavioral',
    ]);
  });
});
