/**
 * Values that fit the profile's shape but cannot be true: a score outside the exam's scale, a
 * score on an attempt whose exam reports only pass or fail, an exam or training dated before the
 * medical degree it requires. Refused with a message naming the field, wherever a profile comes
 * in (import, /profile edit, the guided setup), because a typo there would change a verdict.
 *
 * Every number and date below comes from the body that sets it (checked 2026-12-03):
 * - USMLE: "Reported scores for Step 1, Step 2 CK, and Step 3 range from 1 to 300." USMLE Score
 *   Interpretation Guidelines, https://www.usmle.org/sites/default/files/2021-08/USMLE_Step_Examination_Score_Interpretation_Guidelines.pdf
 *   (read in a hosted copy of the PDF).
 * - USMLE Step 1 is reported as pass/fail only for exams taken on or after January 26, 2022:
 *   https://www.usmle.org/common-questions/score-reports
 * - Step 3 requires an MD, DO or equivalent degree ("apply only after the date of graduation on
 *   your diploma"): https://www.fsmb.org/licensure/usmle-step-3/requirements
 * - COMLEX-USA: the raw score "is converted to a 3-digit standard score" (NBOME, COMLEX-USA
 *   Bulletin of Information): https://www.nbome.org/assessments/comlex-usa/bulletin/ ; NBOME
 *   states no lower bound, so anything from 1 up to three digits is accepted.
 * - COMLEX-USA Level 1 reports only pass/fail as of May 10, 2022:
 *   https://www.nbome.org/assessments/comlex-usa/comlex-usa-level-1/scores-transcripts/
 * - COMLEX-USA Level 3 requires graduation from a college of osteopathic medicine with a DO:
 *   https://www.nbome.org/assessments/comlex-usa/comlex-usa-level-3/eligibility/
 * - OET: each sub-test is reported on a scale from 0 to 500:
 *   https://support.occupationalenglishtest.org/hc/en-gb/articles/360000127195
 *
 * The scales are fixed; the pass/fail dates are the first whole month after the change (an
 * attempt in the month of the change may still have had a number).
 */
import { monthIndex } from '../dates.js';
import type { ExamName, Profile } from './schema.js';

export const PLAUSIBILITY = {
  /** The reported score scale of each exam. */
  scoreScale: {
    step1: { min: 1, max: 300, body: 'USMLE' },
    step2ck: { min: 1, max: 300, body: 'USMLE' },
    step3: { min: 1, max: 300, body: 'USMLE' },
    comlex1: { min: 1, max: 999, body: 'NBOME' },
    comlex2: { min: 1, max: 999, body: 'NBOME' },
    comlex3: { min: 1, max: 999, body: 'NBOME' },
    oet: { min: 0, max: 500, body: 'OET' },
  } satisfies Record<ExamName, { min: number; max: number; body: string }>,
  /** From this month on the exam reports only pass or fail, so an attempt has no score. */
  passFailFrom: {
    step1: { month: '2022-02', since: 'January 26, 2022', body: 'USMLE' },
    comlex1: { month: '2022-06', since: 'May 10, 2022', body: 'NBOME' },
  } as Partial<Record<ExamName, { month: string; since: string; body: string }>>,
  /** Exams that require the medical degree: never taken before graduating. */
  afterGraduation: ['step3', 'comlex3'] as readonly ExamName[],
} as const;

const EXAM_NAME: Record<ExamName, string> = {
  step1: 'Step 1',
  step2ck: 'Step 2 CK',
  step3: 'Step 3',
  comlex1: 'COMLEX Level 1',
  comlex2: 'COMLEX Level 2-CE',
  comlex3: 'COMLEX Level 3',
  oet: 'OET',
};

/**
 * Problems, each starting with the JSON path of the field at fault. Run on a shape-valid profile.
 * A graduation month in the future is reported on its own (crossFieldProblems), so dates are not
 * also measured against it.
 */
export function plausibilityProblems(p: Profile, today: string): string[] {
  const problems: string[] = [];
  const given = p.medSchool?.graduated;
  const graduated = given && given <= today.slice(0, 7) ? given : undefined;
  p.exams?.forEach((e, i) => {
    const exam = EXAM_NAME[e.exam];
    if (e.score !== undefined) {
      const scale = PLAUSIBILITY.scoreScale[e.exam];
      if (e.score < scale.min || e.score > scale.max) {
        problems.push(
          `exams[${i}].score: ${e.score} is not a possible ${exam} score (${scale.body} reports ${scale.min} to ${scale.max}); check for a typo`,
        );
      }
      const passFail = PLAUSIBILITY.passFailFrom[e.exam];
      if (passFail && monthIndex(e.date) >= monthIndex(passFail.month)) {
        problems.push(
          `exams[${i}].score: ${exam} taken in ${e.date} has no score (${passFail.body} reports only pass or fail since ${passFail.since}); leave the score out`,
        );
      }
    }
    if (graduated && PLAUSIBILITY.afterGraduation.includes(e.exam) && monthIndex(e.date) < monthIndex(graduated)) {
      problems.push(
        `exams[${i}].date: ${exam} in ${e.date} is before your graduation (${graduated}), but it can only be taken with the medical degree; check both dates`,
      );
    }
  });
  if (graduated) {
    p.residencies?.forEach((r, i) => {
      if (monthIndex(r.from) < monthIndex(graduated)) {
        problems.push(
          `residencies[${i}].from: ${r.from} is before your medical school graduation (${graduated}); a residency starts after the degree, so check both dates`,
        );
      }
    });
    p.timeline?.forEach((t, i) => {
      if (monthIndex(t.from) < monthIndex(graduated)) {
        problems.push(
          `timeline[${i}].from: ${t.from} is before your medical school graduation (${graduated}); the timeline covers what you did since graduating, so start it at ${graduated} or later`,
        );
      }
    });
  }
  return problems;
}
