/**
 * A writer the member has and has not listed: the physician who supervises the clinical work they do
 * now. A timeline entry running to the present with clinical work is someone who watches the member's
 * patient care today, the letter programs weigh most; when no listed letter can be theirs (a physician
 * who watched the member work, dated in or after that job's first year), the plan suggests asking
 * them, by role only: the profile never names them, so no name is invented. Pure.
 */
import type { Letter, Profile, TimelineEntry } from '../core/profile/schema.js';
import { humanMonth } from '../core/dates.js';

const CLINICAL: ReadonlySet<TimelineEntry['activity']> = new Set(['clinical', 'us-clinical']);

/** Words that make the current clinical entry a residency or internship (its supervisor is a program's). */
const TRAINING_RE = /\b(?:residen\w*|pgy-?\s?\d|intern(?:ship)?|house officer|registrar|fellow(?:ship)?)\b/i;

/** A listed letter that could come from the supervisor of an entry begun in `fromYear`. */
const couldBeTheirs = (l: Letter, fromYear: number): boolean =>
  l.physician && l.directObservation && l.year >= fromYear && l.role !== 'family-friend';

export interface SupervisorSuggestion {
  /** The entry's own words, as the member typed them (for the member to recognise it). */
  entry: string;
  since: string;
  message: string;
}

export function currentSupervisorSuggestion(p: Profile, today: string): SupervisorSuggestion | undefined {
  // Letters not given: the plan asks for them first; nothing is judged missing.
  if (!p.letters) return undefined;
  const month = today.slice(0, 7);
  const current = (p.timeline ?? [])
    .filter((t) => CLINICAL.has(t.activity) && (t.to === 'present' || t.to >= month) && t.from <= month)
    .sort((a, b) => b.from.localeCompare(a.from))[0];
  if (!current) return undefined;
  const fromYear = Number(current.from.slice(0, 4));
  if (p.letters.some((l) => couldBeTheirs(l, fromYear))) return undefined;
  const training = TRAINING_RE.test(current.note ?? '');
  const who = training
    ? 'your program director or an attending who supervises you on service'
    : current.activity === 'us-clinical'
      ? 'the physician who supervises your work there (your medical director, section chief or a senior attending who sees your patient care)'
      : 'the senior physician who supervises your work there (your head of department, consultant or medical director)';
  const where = current.note ? `"${current.note.trim()}"` : 'your current clinical work';
  const since = current.from;
  const message = `You work clinically now (${where}, since ${humanMonth(since)}), but none of your letters can be from a physician who supervises that work. If someone does, consider asking ${who}: a physician who watches your patient care today speaks to what programs weigh most, and their letter is the most recent one you could have. Add them with their name once they agree to be asked (lor-ask add-writer on Discord, or \`letters\` in your profile).`;
  return { entry: where, since, message };
}
