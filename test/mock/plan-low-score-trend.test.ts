/**
 * A low early score answered by later results is rehearsed with that trend, and the red-flag report
 * tells the member to lead with the later results (profiles V: p266 Step 1 205 / Step 2 CK 218 then
 * Step 3 232 and ABIM; p272 Step 1 208 then ABIM; session 22's p234 Step 1 207 then Step 2 CK 238).
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';
import { redFlags } from '../../src/rules/redflags.js';

const TODAY = '2027-04-14';

/** An Egyptian-trained hospitalist, ACGME family medicine, applying for a CI fellowship. */
function hospitalist(exams: NonNullable<Profile['exams']>, extra: Partial<Profile> = {}): Profile {
  return {
    version: 1,
    citizenship: 'us-citizen',
    visa: 'not-needed',
    target: 'ci-fellowship',
    specialty: 'family medicine',
    medSchool: { country: 'Egypt', graduated: '2015-06' },
    ecfmgCertified: true,
    exams,
    timeline: [
      { from: '2015-07', to: '2018-06', activity: 'clinical', note: 'house officer then GP, Alexandria' },
      { from: '2018-07', to: '2021-06', activity: 'us-clinical', note: 'family medicine residency, Michigan' },
      { from: '2021-07', to: 'present', activity: 'us-clinical', note: 'outpatient family physician; Epic super-user' },
    ],
    residencies: [
      {
        country: 'US',
        specialty: 'family medicine',
        from: '2018-07',
        to: '2021-06',
        completed: true,
        accreditation: 'acgme',
      },
    ],
    boardCertification: [{ board: 'abms', specialty: 'family medicine' }],
    usce: [{ kind: 'residency', months: 36, ehr: 'Epic', handsOn: true }],
    informatics: [
      { kind: 'project', title: 'diabetic eye-exam reminder in the EHR', outcome: 'screening up from 41% to 63%' },
    ],
    matchAttempts: 0,
    professionalism: [],
    letters: [],
    ...extra,
  };
}

const plan = (p: Profile) => mockPlan(p, TODAY);
const scoreQ = (p: Profile) => plan(p).questions.find((q) => q.id === 'rf-low-score');

describe('a low early score with a later, stronger record', () => {
  const strong = hospitalist([
    { exam: 'step1', date: '2016-03', result: 'pass', score: 206 },
    { exam: 'step2ck', date: '2017-01', result: 'pass', score: 243 },
    { exam: 'step3', date: '2019-02', result: 'pass', score: 226 },
  ]);

  it('is rehearsed even when the flag is low, naming the score and the results that answer it', () => {
    const flag = redFlags(strong, TODAY).flags.find((f) => f.id === 'low-score')!;
    expect(flag.severity).toBe('low');
    const q = scoreQ(strong)!;
    expect(q.text).toMatch(/Step 1 206 is below our usual range/);
    expect(q.hint).toMatch(/lead with your later results \(Step 2 CK 243 \(Jan 2017\), Step 3 226 \(Feb 2019\)/);
    expect(q.hint).toMatch(/family medicine board certification/);
    expect(q.why).toMatch(/with the trend that answers it/);
  });

  it('the red-flag report tells the member to lead with the later results', () => {
    const flag = redFlags(strong, TODAY).flags.find((f) => f.id === 'low-score')!;
    expect(flag.actions.join(' ')).toMatch(
      /Lead with your later results: Step 2 CK 243 \(Jan 2017\), Step 3 226 \(Feb 2019\), your completed US family medicine residency and your family medicine board certification\./,
    );
  });

  it('two low scores with only a scored Step 3 after them are asked together', () => {
    const p = hospitalist([
      { exam: 'step1', date: '2016-03', result: 'pass', score: 204 },
      { exam: 'step2ck', date: '2017-01', result: 'pass', score: 216 },
      { exam: 'step3', date: '2019-02', result: 'pass', score: 231 },
    ]);
    const q = scoreQ(p)!;
    expect(q.text).toMatch(/Step 1 204 and Step 2 CK 216 are below our usual range/);
    expect(q.hint).toMatch(/Step 3 231 \(Feb 2019\)/);
  });

  it('a Step 3 passed without a score still counts as a later result', () => {
    const p = hospitalist([
      { exam: 'step1', date: '2016-03', result: 'pass', score: 207 },
      { exam: 'step2ck', date: '2017-01', result: 'pass', score: 232 },
      { exam: 'step3', date: '2019-02', result: 'pass' },
    ]);
    expect(scoreQ(p)!.hint).toMatch(/Step 2 CK 232 \(Jan 2017\), Step 3 passed \(Feb 2019\)/);
  });
});

describe('no trend to lead with', () => {
  it('a low score with nothing after it keeps the general coaching and is not forced in when low', () => {
    const p = hospitalist([{ exam: 'step1', date: '2016-03', result: 'pass', score: 205 }], {
      residencies: [],
      boardCertification: [],
      timeline: [{ from: '2015-07', to: 'present', activity: 'clinical', note: 'GP, Alexandria' }],
      target: 'residency-informatics-track',
    });
    const flag = redFlags(p, TODAY).flags.find((f) => f.id === 'low-score')!;
    expect(flag.actions.join(' ')).not.toMatch(/Lead with your later results/);
    const q = scoreQ(p);
    if (q) expect(q.hint).not.toMatch(/lead with your later results/);
  });

  it('a member with an exam failure keeps the score inside the failure question', () => {
    const p = hospitalist([
      { exam: 'step1', date: '2016-03', result: 'fail' },
      { exam: 'step1', date: '2016-09', result: 'pass', score: 205 },
      { exam: 'step2ck', date: '2017-06', result: 'pass', score: 245 },
    ]);
    const qs = plan(p).questions;
    expect(qs.some((q) => q.id === 'rf-exam-failure')).toBe(true);
    expect(qs.some((q) => q.id === 'rf-low-score')).toBe(false);
  });
});
