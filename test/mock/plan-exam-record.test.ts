/**
 * Failures and low passing scores are one exam record: a member with both is asked about the score
 * inside the failure's question, so a short plan keeps a slot for her other medium flags (a judge
 * of p198 found an OET failure and a low Step 2 CK each taking a slot while two hands-on US months
 * did not fit). A longer plan still asks the score question on its own.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';
import { redFlags } from '../../src/rules/redflags.js';

const TODAY = '2026-08-20';

/** A Peruvian internist who left her residentado in Lima, now applying to US internal medicine. */
function lima(exams: NonNullable<Profile['exams']>, overrides: Partial<Profile> = {}): Profile {
  return {
    version: 1,
    citizenship: 'us-permanent-resident',
    visa: 'not-needed',
    target: 'residency-informatics-track',
    specialty: 'internal medicine',
    medSchool: { country: 'Peru', graduated: '2016-03' },
    ecfmgCertified: true,
    exams,
    timeline: [
      { from: '2016-04', to: '2017-04', activity: 'clinical', note: 'SERUMS rural year, Cusco' },
      {
        from: '2017-04',
        to: '2020-03',
        activity: 'clinical',
        note: 'residentado in internal medicine, Lima; left in the third year',
      },
      { from: '2020-03', to: '2022-08', activity: 'exam-prep', note: 'moved to Phoenix after marrying; USMLE' },
      { from: '2022-09', to: '2022-11', activity: 'us-clinical', note: 'hands-on inpatient externship, Phoenix' },
      {
        from: '2022-11',
        to: 'present',
        activity: 'informatics',
        note: 'Cerner analyst for a hospital group; no patient care',
      },
    ],
    residencies: [
      {
        country: 'Peru',
        specialty: 'internal medicine',
        from: '2017-04',
        to: '2020-03',
        completed: false,
        accreditation: 'other',
      },
    ],
    usce: [{ kind: 'externship', months: 2, ehr: 'Cerner', handsOn: true }],
    informatics: [{ kind: 'job', title: 'Cerner analyst' }],
    matchAttempts: 1,
    professionalism: [],
    ...overrides,
  };
}

const failedOetThenLowCk = lima([
  { exam: 'oet', date: '2021-02', result: 'fail' },
  { exam: 'oet', date: '2021-06', result: 'pass' },
  { exam: 'step1', date: '2021-10', result: 'pass' },
  { exam: 'step2ck', date: '2022-05', result: 'pass', score: 213 },
]);

describe('the mock plan asks about a low score with the exam failure', () => {
  it('fits the limited-USCE question in the default plan of a member with a failure and a low score', () => {
    const flags = redFlags(failedOetThenLowCk, TODAY).flags;
    expect(flags.find((f) => f.id === 'limited-usce')?.severity).toBe('medium');
    expect(flags.find((f) => f.id === 'low-score')?.severity).toBe('medium');
    const plan = mockPlan(failedOetThenLowCk, TODAY);
    const ids = plan.questions.map((q) => q.id);
    expect(ids).toContain('rf-exam-failure');
    expect(ids).toContain('rf-limited-usce');
    expect(plan.didNotFit).not.toContain('rf-limited-usce');
    // The score is asked, not dropped: neither its own slot nor "did not fit".
    expect(ids).not.toContain('rf-low-score');
    expect(plan.didNotFit).not.toContain('rf-low-score');
  });

  it('names the low score in the failure question, as its reason and its first follow-up', () => {
    const q = mockPlan(failedOetThenLowCk, TODAY).questions.find((x) => x.id === 'rf-exam-failure')!;
    expect(q.why).toMatch(/OET \(Feb 2021\) failure/);
    expect(q.why).toContain('Step 2 CK 213');
    expect(q.followUps[0]).toMatch(/score \(Step 2 CK 213\) is below our usual range/);
  });

  it('speaks of scores in the plural when two are low, and keeps the retake wording for a low retake', () => {
    const p = lima([
      { exam: 'step1', date: '2020-09', result: 'fail' },
      { exam: 'step1', date: '2021-01', result: 'pass', score: 204 },
      { exam: 'step2ck', date: '2021-11', result: 'pass', score: 216 },
    ]);
    const q = mockPlan(p, TODAY).questions.find((x) => x.id === 'rf-exam-failure')!;
    expect(q.why).toMatch(/retake's low pass \(Step 1 204\)/);
    expect(q.followUps[0]).toMatch(/^And your scores \(Step 1 204 and Step 2 CK 216\) are below/);
  });

  it('still gives the low score its own question in a longer red-flag plan', () => {
    const ids = mockPlan(failedOetThenLowCk, TODAY, { count: 20, focus: 'red-flag' }).questions.map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining(['rf-exam-failure', 'rf-low-score']));
  });

  it('asks the score question itself when the member failed no exam', () => {
    const p = lima([
      { exam: 'step1', date: '2021-10', result: 'pass' },
      { exam: 'step2ck', date: '2022-05', result: 'pass', score: 211 },
    ]);
    const plan = mockPlan(p, TODAY);
    expect(plan.questions.map((q) => q.id)).toContain('rf-low-score');
    expect(plan.questions.map((q) => q.id)).not.toContain('rf-exam-failure');
  });

  it('reports the score as left out when the failure question itself did not fit', () => {
    const plan = mockPlan(failedOetThenLowCk, TODAY, { count: 1 });
    expect(plan.questions.map((q) => q.id)).toEqual(['tell-me-about-yourself']);
    expect(plan.didNotFit).toEqual(expect.arrayContaining(['rf-exam-failure', 'rf-low-score']));
  });
});
