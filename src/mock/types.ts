/**
 * Shapes of the mock-interview engine: bank questions, plans and answer feedback. Everything here
 * is plain JSON data so a session can be stored, reloaded after a restart and replayed.
 */
import type { FlagId } from '../rules/redflag-types.js';

/** The contract's mock question categories (shared/contract/README.md); scripts match on these. */
export const CATEGORIES = ['opener', 'motivation', 'img', 'red-flag', 'informatics', 'behavioral', 'program'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * How a strong answer is built:
 * - `star`: Situation, Task, Action, Result (behavioral and project stories).
 * - `three-part`: background, formative experiences, why this field/program (the opener).
 * - `informatics-angle`: a clinical problem, the informatics lens on it, your evidence, your direction.
 * - `problem-action-result`: name the issue, what you did, what changed (red flags, scenarios).
 * - `departure`: leaving a program: the fact, the reason without blame, what you did and learned
 *   since, why you are ready now (not the opener's background and formative experiences).
 * - `direct`: a short, factual answer or, for `program` questions, a question you ask.
 */
export const FRAMEWORKS = [
  'star',
  'three-part',
  'informatics-angle',
  'problem-action-result',
  'direct',
  'departure',
] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** Tags the planner selects on: the contract's red-flag ids. */
export type QuestionTag = FlagId;

export interface Question {
  /** Stable kebab-case id; sessions store these, so never rename one. */
  id: string;
  category: Category;
  text: string;
  /** What a strong answer shows the interviewer (for `program`: what asking it shows about you). */
  shows: string;
  framework: Framework;
  /** One or two sentences of coaching, shown when the member asks for a hint. */
  hint: string;
  /** Likely follow-ups (for `program`: what to ask next depending on their answer). */
  followUps: string[];
  /** True when a strong answer should include an informatics angle (workflow, data, systems). */
  expectsInformatics: boolean;
  /** Only for this kind of IMG; absent means everyone. */
  audience?: 'non-us' | 'us-citizen';
  /** Red flags this question rehearses. */
  tags?: QuestionTag[];
  /** `to-program`: the member asks this of the program (all `program` questions). */
  direction?: 'to-program';
  /**
   * Facts the question takes for granted ("what did you change before your retake?" presumes a
   * retake). The planner never asks it of a member whose profile does not show them.
   */
  presumes?: Presumption[];
  /**
   * `polite-decline`: the right answer is a courteous refusal, not a story (a program asking how
   * you will rank it). Feedback then judges the refusal, not length, STAR or informatics.
   */
  answer?: 'polite-decline';
  /**
   * The parts of a good answer when the framework's general line does not fit this question: the
   * three-part line ("a short background, formative experiences, why this field") is for openers,
   * and shown under "why go through residency again?" it steered a newcomer to the wrong answer
   * (trial 14). Shown instead of the framework's line and used in the feedback's notes.
   */
  parts?: { line: string; add: string; unchecked: string };
  /**
   * A question whose own hint asks for a short answer ("two or three factual sentences", "stop at
   * thirty seconds"): how long to aim for, and the floor under which it is too short. Without it
   * the kind of question decides (feedback.ts spokenLength): a red flag about a minute, others 1-2
   * minutes, with the contract's 30-second floor (newcomer trial 22 was told to give a "short,
   * factual" visa answer 1-2 minutes).
   */
  spoken?: { aim: string; minSeconds: number; add: string };
}

/**
 * What a question may presume about the member: a failed exam attempt, a retake after one, a
 * residency abroad in the specialty they now apply to again in the US, one in another specialty
 * than the one they name now, a residency or fellowship left, or a gap for their own health.
 */
export type Presumption =
  /**
   * A year or more of clinical work, all of it (or all but under a year of hands-on US time)
   * outside the US, and no US residency: "how does that experience carry over to US care?".
   */
  | 'clinical-work-abroad'
  | 'exam-failure'
  | 'exam-retake'
  | 'residency-abroad-same-specialty'
  /** A residency completed abroad, then a US residency begun or finished: "why train again?". */
  | 'second-residency'
  | 'residency-other-specialty'
  /**
   * A residency completed abroad, then a year or more of practice as a specialist (an attending, a
   * consultant) abroad, with no US residency since: "why train again, in the US, now?".
   */
  | 'practised-after-residency-abroad'
  /** A residency in the specialty applied to again, left before it was finished. */
  | 'residency-left'
  /** A subspecialty fellowship of the member's own field, left before it was finished. */
  | 'fellowship-left'
  /**
   * Any other residency left before it was finished (in another specialty, or before a fellowship
   * applicant's later residency): "why did you leave?" is asked of it all the same.
   */
  | 'residency-left-other'
  /** A gap of six months or more taken for the member's own health. */
  | 'health-gap'
  /** Only a preliminary or transitional year, run to its end, and no categorical residency since. */
  | 'preliminary-year-only'
  /** In a preliminary or transitional year now, with no categorical residency: applying from it. */
  | 'preliminary-year-now'
  /** A CI fellowship applicant whose residency opens the fellowship: "how will you keep your clinical skills?". */
  | 'ci-clinical-upkeep'
  /** An informatics fellowship that is not ACGME-accredited, done or under way, before a CI fellowship. */
  | 'informatics-fellowship-unaccredited'
  /** A board certification or a licence the member's own notes say has lapsed. */
  | 'lapsed-credentials'
  /** An action by a medical or licensing board on the member, told in a note (an order, a reprimand, a restriction). */
  | 'board-action';
