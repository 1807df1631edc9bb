/**
 * Newcomer trial 19: a residency applicant who went through a Match before without a place is
 * asked "why this specialty?" and "what have you done since the last cycle?" right after the
 * opener, even in a three-question mock; "why clinical informatics?" waits. Near-misses: a
 * first-time residency applicant and a fellowship reapplicant keep the usual openers.
 */
import { describe, expect, it } from 'vitest';
import { mockPlan } from '../../src/mock/plan.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { cleanProfile, TODAY } from './fixtures.js';

const member = (over: Partial<Profile>) =>
  cleanProfile({ citizenship: 'non-us', visa: 'not-needed', specialty: 'family medicine', ...over });
const ids = (p: Profile, count: number) => mockPlan(p, TODAY, { count }).questions.map((q) => q.id);

describe('a residency reapplicant', () => {
  const p = member({ target: 'residency-informatics-track', matchAttempts: 1 });

  it('rehearses the specialty and the earlier cycle in a three-question mock', () => {
    expect(ids(p, 3)).toEqual(['tell-me-about-yourself', 'why-this-specialty', 'rf-previous-cycle']);
  });

  it('names the specialty and keeps informatics in a longer plan', () => {
    const plan = mockPlan(p, TODAY, { count: 8 });
    const spec = plan.questions.find((q) => q.id === 'why-this-specialty')!;
    expect(spec.text).toMatch(/family medicine/i);
    expect(plan.questions.map((q) => q.id)).toContain('why-clinical-informatics');
  });

  it('a specialist trained abroad in the same specialty hears both, with the specialty named', () => {
    const abroad = member({
      target: 'residency-informatics-track',
      specialty: 'psychiatry',
      matchAttempts: 1,
      residencies: [
        {
          country: 'Nigeria',
          specialty: 'psychiatry',
          from: '2014-01',
          to: '2018-01',
          completed: true,
          accreditation: 'other',
        },
      ],
    });
    const plan = mockPlan(abroad, TODAY, { count: 3 });
    expect(plan.questions.map((q) => q.id)).toEqual([
      'tell-me-about-yourself',
      'why-this-specialty',
      'rf-previous-cycle',
    ]);
    expect(plan.questions[1]!.text).toMatch(/psychiatry/i);
  });

  it('an exam failure still comes before the earlier cycle', () => {
    const failed = member({
      target: 'residency-informatics-track',
      matchAttempts: 1,
      exams: [
        { exam: 'step1', date: '2022-03', result: 'fail' },
        { exam: 'step1', date: '2022-09', result: 'pass' },
      ],
    });
    const four = ids(failed, 4);
    expect(four).toContain('rf-exam-failure');
    expect(four).toContain('rf-previous-cycle');
    expect(four).toContain('why-this-specialty');
  });
});

describe('near-misses keep the usual openers', () => {
  it('a first-time residency applicant', () => {
    // Every residency applicant is asked why the specialty first (newcomer trial 21); informatics next.
    expect(ids(member({ target: 'residency-informatics-track', matchAttempts: 0 }), 2)).toEqual([
      'tell-me-about-yourself',
      'why-this-specialty',
    ]);
    expect(ids(member({ target: 'residency-informatics-track', matchAttempts: 0 }), 3)).toContain(
      'why-clinical-informatics',
    );
  });

  it('a fellowship reapplicant', () => {
    const p = member({ target: 'ci-fellowship', matchAttempts: 1 });
    expect(ids(p, 2)).toEqual(['tell-me-about-yourself', 'why-clinical-informatics']);
  });
});
