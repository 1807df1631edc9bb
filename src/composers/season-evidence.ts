/**
 * Whether the profile shows the member applied in the season now under way. The profile has no
 * field for it, so with no deadline the reports used to plan the next season and say "before you
 * apply" to a member whose own notes said she had applied and interviewed (a newcomer trial). The
 * evidence read, any one enough:
 * - a timeline note telling the application as done: the member applied, submitted or interviewed
 *   (past tense, not negated, not a plan: "applied to four programs", "interviews done in October",
 *   "I have interviewed at 3 programs"; not "will apply", "not yet applied", "applied informatics");
 * - a note naming the start this season leads to ("for July 2027", "starting 2027-07").
 * A letter's ask date is never evidence: asking a writer is preparing, not applying, and a newcomer
 * trial (trial 17) was told "your list is final" and handed a thank-you saying "my applications are
 * now with the programs" for a writer who had never answered, because of one ask date a year back.
 * Only what the member wrote counts; anything else leaves the season as a condition ("if you applied").
 * Pure.
 */
import type { Profile } from '../core/profile/schema.js';

/** Words that make a clause a plan, a wish or a denial rather than a thing done. */
const NOT_DONE =
  /\b(?:not|never|no|yet to|will|would|going to|plan(?:s|ning)? to|hope(?:s)? to|intend(?:s)? to|want(?:s)? to|before|if|until|unless)\b|n['’]t\b/i;

/** The application told as done: a past application verb with what it was done to, or interviews held. */
const DONE_ACT =
  /\b(?:applied|submitted)\s+(?:my\s+|the\s+|an?\s+|\w+\s+)?(?:to|for|in|through|via|applications?|ERAS)\b|\binterviewed\b|\binterviews?\s+(?:done|completed|finished|held|attended)\b|\b(?:attended|completed|finished|had|did)\s+(?:\w+\s+){0,2}interviews?\b/i;

/** Clauses: split where a new statement starts, so a negation in one does not reach the next. */
function clauses(note: string): string[] {
  return note.split(/[.;!?]\s*|,\s*(?:and|but)\s+|\s+but\s+/i).filter((c) => c.trim().length > 0);
}

/** A clause telling the application as done, with nothing before the act that undoes it. */
function toldDone(clause: string): boolean {
  const m = DONE_ACT.exec(clause);
  if (!m) return false;
  return !NOT_DONE.test(clause.slice(0, m.index));
}

/** A July of `startYear` named as the start ("July 2027", "Jul 2027", "2027-07"). */
function namesStart(clause: string, startYear: number): boolean {
  const y = String(startYear);
  return new RegExp(`\\b(?:July|Jul\\.?)\\s+${y}\\b|\\b${y}-07\\b`, 'i').test(clause) && !NOT_DONE.test(clause);
}

/** True when a note of the member's tells an application as done, whichever season it names. */
export function notesTellApplication(profile: Profile): boolean {
  return (profile.timeline ?? []).some((t) => t.note !== undefined && clauses(t.note).some(toldDone));
}

/** True when the member's own notes show her in the season whose training starts in July `startYear`. */
export function appliedThisSeason(profile: Profile, startYear: number): boolean {
  const notes = (profile.timeline ?? []).flatMap((t) => (t.note ? clauses(t.note) : []));
  return notes.some((c) => toldDone(c) || namesStart(c, startYear));
}
