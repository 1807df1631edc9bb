/**
 * Every number the red-flag engine uses, in one place so the README can list them and a change is
 * one edit. Months are whole calendar months (month indices), comparisons are spelled out per key.
 */
import type { ExamName } from '../core/profile/schema.js';
import type { Severity } from '../core/types.js';

export const RED_FLAG_THRESHOLDS = {
  exams: {
    /**
     * Passing scores below these floors raise `low-score` (score < floor). Step 1 only counts when
     * a score was given (it has been pass/fail since 2022). COMLEX and OET have no floor here: their
     * scales differ and the guides give no number, so they are never called low.
     */
    lowScoreFloor: { step1: 210, step2ck: 220, step3: 200 } as Partial<Record<ExamName, number>>,
    /**
     * A "clear improvement": a later, different exam passed with score >= its floor + this margin
     * (Step 2 CK >= 240, Step 3 >= 220, Step 1 >= 230). It lowers a single, later-passed failure
     * from medium to low, and a low score from medium to low.
     */
    clearImprovementMargin: 20,
    /**
     * A later, different exam passed at least this far above its own floor is a rise a member can
     * lead with after a low score (Step 2 CK 232 after Step 1 207); closer to its floor it is a pass,
     * not a trend (a Step 3 205 after Step 2 CK 218 is never "the trend that answers it", judge of
     * p343). Half the clear-improvement margin: the severity still needs the full margin.
     */
    trendMargin: 10,
    /** More failed attempts than this, across all exams, make `exam-failure` high. */
    maxFailuresBeforeHigh: 1,
  },
  gaps: {
    /** A stretch after graduation without productive activity is a red flag from this length. */
    minMonths: 6,
    /** Severity by length: medium from 12 months, high from 24 (both inclusive). */
    mediumFromMonths: 12,
    highFromMonths: 24,
    /**
     * Fitting the target: for a `ci-fellowship` target, a gap that ended before a residency the
     * member completed (or is in) at an ACGME, RCPSC or CFPC program is at most this severity,
     * whatever its length. The residency's own record now speaks for those years, so a fellowship
     * reads such a gap far more lightly than one that is still open. Other gaps keep their length.
     */
    beforeAcceptedResidencyMax: 'low' as Severity,
    /**
     * Exam preparation inside a gap: this many months of it are ordinary for an IMG (the red-flags
     * guide calls preparation an ordinary gap) and do not add to the gap's severity; months beyond
     * it do. A stretch that is only exam preparation and no longer than this raises no gap at all;
     * a longer or mixed one is still reported at its full length.
     */
    examPrepOrdinaryMonths: 12,
  },
  clinicalCurrency: {
    /** Flag when the last clinical month ended MORE than this many months before today's month. */
    flagAfterMonths: 24,
    /** From this many months (inclusive) the flag is high: four years away from patients. */
    highFromMonths: 48,
  },
  matchAttempts: {
    /** Previous unsuccessful cycles: flagged from 2 (medium), high from 3 (both inclusive). */
    flagFrom: 2,
    highFrom: 3,
  },
  /**
   * A residency applicant this many years or more after graduation is reminded that programs may
   * publish limits on time since graduation (no flag: the guides give no number, programs differ).
   */
  graduationNoteFromYears: 5,
  usce: {
    /** Total US clinical experience below this many months is limited (high when it is 0). */
    minMonths: 3,
  },
} as const;
