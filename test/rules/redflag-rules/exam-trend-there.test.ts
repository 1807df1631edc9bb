/**
 * A member whose later exams already scored clearly strong after repeated failures is told the trend
 * is there and how to point to it, never to "build an upward trend" (ux39: a judge of p309, two
 * Step 1 failures then Step 2 CK 245 and Step 3 231, was told to build one). Our own members.
 */
import { describe, expect, it } from 'vitest';
import type { ExamAttempt } from '../../../src/core/profile/schema.js';
import { examFailureRule } from '../../../src/rules/redflag-rules/exams.js';
import { TODAY, edit, theFlag } from './fixtures.js';

const fail = (exam: ExamAttempt['exam'], date: string): ExamAttempt => ({ exam, date, result: 'fail' });
const pass = (exam: ExamAttempt['exam'], date: string, score?: number): ExamAttempt => ({
  exam,
  date,
  result: 'pass',
  ...(score !== undefined ? { score } : {}),
});
const actions = (
  exams: ExamAttempt[],
  change: (p: Parameters<typeof edit>[0] extends (x: infer P) => void ? P : never) => void = () => {},
) =>
  theFlag(
    examFailureRule(
      edit((p) => {
        p.exams = exams;
        change(p);
      }),
      TODAY,
    ),
  ).actions.join(' ');

describe('exam-failure: a trend the later scores already show', () => {
  it('two Step 1 failures, then two strong later Steps, in residency: the trend is named and the in-training exam added', () => {
    const text = actions([
      fail('step1', '2019-03'),
      fail('step1', '2019-09'),
      pass('step1', '2020-02'),
      pass('step2ck', '2020-10', 248),
      pass('step3', '2023-01', 226),
    ]);
    expect(text).toMatch(
      /Your upward trend is already there: Step 2 CK 248 \(Oct 2020\) and Step 3 226 \(Jan 2023\) came after the failures, and scores like these read as clearly strong\. Point to them right after you name the failures/,
    );
    expect(text).toMatch(/in-training exam results and evaluations, which are newer/);
    expect(text).toMatch(/expect to be asked about each one/);
    expect(text).not.toMatch(/Build an upward trend/);
  });

  it('one strong later score among weaker ones is still the trend; no residency, no in-training exam', () => {
    const text = actions(
      [
        fail('step2ck', '2020-02'),
        fail('step2ck', '2020-08'),
        pass('step2ck', '2021-01', 221),
        pass('step3', '2022-05', 224),
      ],
      (p) => {
        p.residencies = [];
        p.timeline = [{ from: '2022-06', to: 'present', activity: 'clinical', note: 'hospital medicine, Cairo' }];
      },
    );
    expect(text).toMatch(
      /Your upward trend is already there: Step 3 224 \(May 2022\) came after the failures, and it reads as clearly strong\. Point to it right after/,
    );
    expect(text).not.toMatch(/in-training/);
  });

  it('later passes that are not clearly strong still ask for a trend to come', () => {
    const text = actions([
      fail('step1', '2019-03'),
      fail('step1', '2019-09'),
      pass('step1', '2020-02'),
      pass('step2ck', '2020-10', 231),
    ]);
    expect(text).toMatch(/Build an upward trend programs can check: a strong score on Step 3 or an in-training exam/);
    expect(text).not.toMatch(/already there/);
  });

  it('a strong score taken before the last failure does not count as the trend', () => {
    const text = actions([
      pass('step2ck', '2018-10', 250),
      fail('step1', '2019-03'),
      fail('step1', '2019-09'),
      pass('step1', '2020-02'),
    ]);
    expect(text).not.toMatch(/already there/);
  });
});
