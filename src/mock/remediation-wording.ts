/**
 * The professionalism question's model answer, fitted to what the profile records about remediation.
 * The bank's answer ("the remediation you completed, and a clean record since") presumed a completed
 * plan; told to a member dismissed with an appeal denied (p125) or on probation still under review
 * (p129) it coached them to claim something their record does not hold. Four readings: completed,
 * under way, not done (or the member left the program before any plan), and not stated.
 */
import { monthIndex } from '../core/dates.js';
import type { Profile, ProfessionalismEntry } from '../core/profile/schema.js';
import type { Question } from './types.js';

export type RemediationState = 'completed' | 'under-way' | 'not-done' | 'unknown';

/** A plan still running, in the member's words: "review in 2027-01", "ongoing", "monthly audits". */
const UNDER_WAY_RE =
  /\b(?:under ?way|ongoing|in progress|current(?:ly)?|still|pending|review (?:in|on|due|scheduled)|until|monthly|weekly|(?:remediation|improvement|action) plan)\b/i;

/** The entries a plan could address (a report or probation), and what their record says of it. */
export function remediationState(p: Profile): RemediationState | undefined {
  const entries = [...(p.professionalism ?? [])].sort((a, b) => monthIndex(a.date) - monthIndex(b.date));
  if (!entries.length) return undefined;
  const remediable = entries.filter((e) => e.kind === 'report' || e.kind === 'probation');
  const dismissal = entries.find((e) => e.kind === 'dismissal');
  // A dismissal ends the member's time in the program; what the member completed afterwards (a course,
  // counselling) is told only when the record marks it remediated and nothing before it is left open.
  if (dismissal) {
    const done = dismissal.remediated === true && remediable.every((e) => e.remediated === true);
    return done ? 'completed' : 'not-done';
  }
  if (!remediable.length) return undefined;
  if (remediable.every((e) => e.remediated === true)) return 'completed';
  const open = remediable.filter((e) => e.remediated !== true);
  if (open.some((e: ProfessionalismEntry) => e.remediated === false && e.note && UNDER_WAY_RE.test(e.note))) {
    return 'under-way';
  }
  return open.some((e) => e.remediated === false) ? 'not-done' : 'unknown';
}

const SHOWS: Record<RemediationState, string> = {
  completed:
    'Full ownership, what you learned, the remediation you completed, and a clean record since that others can confirm.',
  'under-way':
    'Full ownership, what you learned, the remediation plan you are following now and what it has shown so far, and who can confirm how you work today.',
  'not-done':
    'Full ownership, what you learned, what you have changed since on your own initiative (no completed remediation is on your record, so do not imply one), and who can confirm how you work now.',
  unknown:
    'Full ownership, what you learned, what was done about it (say only what your record shows: a plan completed, under way or none), and who can confirm how you work now.',
};

const HINT: Record<RemediationState, string | undefined> = {
  completed: undefined,
  'under-way':
    'Describe the event factually in one or two sentences, take responsibility without qualifiers, then say what the plan asks of you, how far you are and when it is reviewed. Never criticise the people involved.',
  'not-done':
    'Describe the event and its outcome factually in one or two sentences, take responsibility without qualifiers, then spend the rest on what you changed and what has been true since. Never criticise the people involved.',
  unknown: undefined,
};

/**
 * What the record says of remediation, as one clause for an answer about leaving a program under a
 * professionalism matter (resignation-wording.ts): the member is asked why they left and what changed,
 * and the answer still must not claim a plan the record does not hold (a dismissal after a probation
 * never remediated is "not done"). Undefined when the record holds nothing a plan could address.
 */
export function remediationClause(p: Profile): string | undefined {
  switch (remediationState(p)) {
    case 'completed':
      return (p.professionalism ?? []).some((e) => e.kind === 'dismissal')
        ? 'the remediation you completed afterwards (as your record shows it)'
        : 'the remediation you completed';
    case 'under-way':
      return 'the remediation plan you were following and how far it had come';
    case 'not-done':
      return 'no remediation claimed (no completed remediation is on your record, so do not imply one)';
    case 'unknown':
      return 'what was done about it (say only what your record shows: a plan completed, under way or none)';
    default:
      return undefined;
  }
}

export function remediationWording(q: Question, p: Profile): Partial<Question> {
  if (q.id !== 'rf-professionalism') return {};
  const state = remediationState(p);
  if (!state || state === 'completed') return {};
  const hint = HINT[state];
  return { shows: SHOWS[state], ...(hint ? { hint } : {}) };
}
