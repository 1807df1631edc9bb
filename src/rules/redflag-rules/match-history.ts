/**
 * Which match a member's earlier unsuccessful cycles (`matchAttempts`) were for. The contract's
 * field is one number for "Match / fellowship cycles", so for a fellowship applicant it is read
 * against the residency that opens fellowships: a fellowship season needs the member in the final
 * year of such a residency (or past it) when applications open in July, so the seasons whose
 * results were out before today and that opened at least 24 months after the residency began (the
 * shortest core residency is three years) are the only fellowship cycles she could have had.
 * Attempts beyond that number were in the residency match, before that residency began: she
 * matched afterwards, which a fellowship program does not weigh as a red flag (a newcomer trial
 * found one unmatched residency Match, followed by matching, called "one earlier unmatched
 * fellowship cycle"). When the count could be either, no kind is claimed. Pure.
 */
import { monthIndex } from '../../core/dates.js';
import type { Profile } from '../../core/profile/schema.js';
import { countsForFellowship, readResidencies } from '../../core/profile/training.js';

export type AttemptsKind = 'residency-then-matched' | 'unknown';

export interface AttemptsReading {
  n: number;
  kind: AttemptsKind;
  /** For `residency-then-matched`: the residency the member matched into afterwards ("internal medicine"). */
  matchedInto?: string;
  matchedFrom?: string;
}

/** The month (YYYY-MM) of a typical fellowship season's results: mid-December of the application year. */
const RESULTS_MONTH = 12;
/** Months into a residency before its final year's applications can go out (a three-year residency). */
const FINAL_YEAR_AFTER_MONTHS = 24;

export function readMatchAttempts(p: Profile, today: string): AttemptsReading | undefined {
  const n = p.matchAttempts;
  if (n === undefined || n < 1) return undefined;
  // A residency applicant's cycles are residency Match cycles; callers word those as before.
  if (p.target !== 'ci-fellowship') return { n, kind: 'unknown' };
  const opening = (readResidencies(p, today) ?? [])
    .filter(countsForFellowship)
    .sort((a, b) => a.residency.from.localeCompare(b.residency.from))[0];
  if (!opening) return { n, kind: 'unknown' };
  // Fellowship seasons (July applications, December results) open to the member and over by today.
  const firstApply = monthIndex(opening.residency.from) + FINAL_YEAR_AFTER_MONTHS;
  let possible = 0;
  const y0 = Math.floor(firstApply / 12);
  const todayYear = Number(today.slice(0, 4));
  for (let y = y0; y <= todayYear; y++) {
    const july = monthIndex(`${y}-07`);
    const results = `${y}-${String(RESULTS_MONTH).padStart(2, '0')}-16`;
    if (july >= firstApply && today > results) possible++;
  }
  if (possible === 0) {
    return {
      n,
      kind: 'residency-then-matched',
      matchedInto: opening.residency.specialty,
      matchedFrom: opening.residency.from,
    };
  }
  return { n, kind: 'unknown' };
}
