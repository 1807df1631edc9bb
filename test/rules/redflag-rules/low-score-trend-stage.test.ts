/**
 * With no USMLE left to show a rising trend, the advice fits the member's stage: in-training exam
 * results only for a current resident, board examination or certification for one who finished
 * training, recent evaluations and letters for one who has not trained yet.
 */
import { describe, expect, it } from 'vitest';
import { lowScoreRule } from '../../../src/rules/redflag-rules/exams.js';
import { edit, theFlag } from './fixtures.js';

const lowAll = edit((p) => {
  p.exams = [
    { exam: 'step1', date: '2019-06', result: 'pass', score: 205 },
    { exam: 'step2ck', date: '2020-06', result: 'pass', score: 214 },
    { exam: 'step3', date: '2021-06', result: 'pass', score: 196 },
  ];
});
const trend = (change: (p: typeof lowAll) => void) => {
  const p = structuredClone(lowAll);
  change(p);
  return theFlag(lowScoreRule(p)).actions[0];
};

describe('low score: where the trend comes from, by stage', () => {
  it('a current resident: in-training exam results', () => {
    expect(trend(() => {})).toMatch(/in-training exam/);
  });
  it('a member who finished residency: board examination or certification, never in-training exams', () => {
    const a = trend((p) => {
      p.residencies = [
        {
          country: 'Canada',
          specialty: 'family medicine',
          from: '2019-07',
          to: '2021-06',
          completed: true,
          accreditation: 'cfpc',
        },
      ];
    });
    expect(a).toMatch(/board examination or certification/);
    expect(a).not.toMatch(/in-training/);
  });
  it('a member not yet in training: recent evaluations and letters, never in-training exams', () => {
    const a = trend((p) => {
      p.residencies = [];
    });
    expect(a).toMatch(/recent evaluations/);
    expect(a).not.toMatch(/in-training/);
  });
});
