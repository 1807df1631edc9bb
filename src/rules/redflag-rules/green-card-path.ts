/**
 * A green-card case under way, read from the member's timeline notes, and what it changes in the
 * visa advice (newcomer trial 22: an H-1B physician with an approved I-140 was told his H-1B "would
 * run past the limit" and offered a J-1 as the other route).
 *
 * Sources (knowledge/visas.md, h1b-for-training and j1-sponsorship; checked 2026-12-07):
 * - AC21 §104(c) and 8 CFR 214.2(h)(13)(iii)(E): the beneficiary of an approved employment-based
 *   I-140 (EB-1, EB-2, EB-3) who cannot adjust status only because of the per-country limit may be
 *   given H-1B extensions past six years in steps of up to three years, for as long as the priority
 *   date is not current; a new H-1B employer can file them on an I-140 another employer obtained,
 *   while that I-140 is not revoked (an employer's withdrawal 180 days or more after approval does
 *   not by itself revoke it). AC21 §106(a): with a labor certification or an I-140 pending 365 days
 *   or more, extensions come one year at a time. Law firms' restatements (arutlaw.com,
 *   avlawoffice.com, blog.cyrusmehta.com, chugh.com, imminfo.com), secondary.
 * - A new ECFMG J-1 makes the physician subject to the two-year home-residence requirement
 *   (INA 212(e)), which bars adjustment of status (a green card) until met or waived (State
 *   Department waiver page; ECFMG), so with a green card under way a J-1 is never a neutral choice.
 * Who can rely on it and for how long turns on facts we cannot see (the priority date, the visa
 * bulletin, the I-140's history): every sentence sends the member to an immigration attorney.
 */
import type { Profile } from '../../core/profile/schema.js';
import { adjustmentPending } from './permit-basis.js';

/** What a note says of an employment-based immigrant petition: approved, or filed and waiting. */
export type I140State = 'approved' | 'pending';

export interface I140Reading {
  state: I140State;
  /** The petition is a spouse's (the member is its derivative), not the member's own. */
  spouse: boolean;
}

// "I-140", "I140", "immigrant petition", "green-card petition", "EB-2 petition".
const PETITION =
  /\bI[- ]?140\b|\bimmigrant (?:visa )?petition\b|\bgreen[- ]card petition\b|\bEB-?[123] (?:petition|case)\b/gi;

// A clause ends at a sentence mark, a semicolon or comma, or "but" ("PERM approved, I-140 pending").
const CLAUSE_END = /[;.,\n]|\bbut\b/i;

/**
 * "approved"/"approval" in a clause from `from` on, unless negated or waited for ("not yet
 * approved", "waiting on I-140 approval"): the words before it are read across the petition's name.
 */
function approvedIn(text: string, from = 0): boolean {
  for (const m of text.matchAll(/\bapprov(?:ed|al)\b/gi)) {
    if (m.index < from) continue;
    const before = text.slice(0, m.index);
    if (
      /\b(?:not|never|yet to be|to be|awaiting|waiting(?: for| on)?|pending|until|once|if|before|no)\s+(?:\S+\s+)?$/i.test(
        before,
      )
    )
      continue;
    return true;
  }
  return false;
}

const PENDING =
  /\b(?:pending|filed|submitted|in process|processing|awaiting|waiting|not (?:yet )?approved|yet to be approved)\b/i;
const FAILED = /\b(?:denied|revoked|rejected|refused|withdrawn|withdrew)\b/i;
const SPOUSE = /\b(?:spouse'?s?|husband'?s?|wife'?s?|partner'?s?|his|her|their|dependent|derivative|H-?4)\b/i;

/**
 * The member's note on an I-140: "extended on approved I-140", "I-140 approved 2022 (EB-2)",
 * "approved EB-2 I-140", "my green card petition (I140) got approved" read as approved; "I-140 filed
 * 2026-03, not yet approved", "PERM approved, I-140 pending" as pending; one denied, revoked or
 * withdrawn as neither (no extension rests on it). A spouse's petition is told apart.
 */
export function noteI140(note: string | undefined): I140Reading | undefined {
  if (!note) return undefined;
  let found: I140Reading | undefined;
  for (const m of note.matchAll(PETITION)) {
    const start = m.index;
    const end = start + m[0].length;
    const head = note.slice(0, start).split(CLAUSE_END).at(-1) ?? '';
    const tail = note.slice(end).split(CLAUSE_END)[0] ?? '';
    // An unclosed bracket around the petition's name ("(I140) got approved") is not a clause end.
    const clause = `${head}${m[0]}${tail}`;
    if (FAILED.test(clause)) continue;
    // "approved" told of the petition: after its name, or just before it ("approved EB-2 I-140"),
    // never of another step before a conjunction ("PERM approved and I-140 pending").
    const approved =
      approvedIn(clause, head.length + m[0].length) ||
      /\bapproved\s+(?:(?!and\b|but\b|while\b|with\b|then\b)[\w()-]+\s+){0,2}$/i.test(head);
    const state: I140State | undefined = approved ? 'approved' : PENDING.test(clause) ? 'pending' : undefined;
    if (!state) continue;
    const reading = { state, spouse: SPOUSE.test(head) };
    // The member's own approved petition outranks anything else the note says.
    if (!found || rank(reading) > rank(found)) found = reading;
  }
  return found;
}

const rank = (r: I140Reading): number => (r.spouse ? 0 : 2) + (r.state === 'approved' ? 1 : 0);

/** The strongest I-140 reading across the member's timeline notes. */
export function profileI140(p: Profile): I140Reading | undefined {
  let best: I140Reading | undefined;
  for (const t of p.timeline ?? []) {
    const r = noteI140(t.note);
    if (r && (!best || rank(r) > rank(best))) best = r;
  }
  return best;
}

/** The member's own I-140 approved: the case AC21 §104(c) covers. */
export function ownI140Approved(p: Profile): boolean {
  const r = profileI140(p);
  return r !== undefined && !r.spouse && r.state === 'approved';
}

/**
 * The verdict the H-1B count gives past six years for a member whose own I-140 is approved: a
 * fact with what covers it, not a problem (the count itself stays, so the member sees the numbers).
 */
export const I140_BEYOND_SIX_VERDICT =
  'past six years, which extensions on your approved I-140 can generally cover (see below)';

/** What the approved I-140 opens, for a new employer too, hedged, with what to keep and whom to ask. */
export function i140BeyondSixAction(what: string): string {
  return `Your note says your I-140 (the employment-based green-card petition) is approved. While your priority date is not current because of the per-country limit, an approved I-140 lets an H-1B employer, a new one included, file extensions past six years, up to three years at a time (AC21 §104(c); 8 CFR 214.2(h)(13)(iii)(E)), so the ${what} employer, often a cap-exempt university, can petition for you on the strength of it. Keep that I-140 from being revoked: an employer's withdrawal within 180 days of approval cancels it for this purpose, one after 180 days does not by itself. Ask each program whether it will file an H-1B for someone past six years, and have an immigration attorney confirm your priority date and the petition's status before you rank or commit; the green card itself will generally need a new PERM and I-140 from a later employer, with your priority date kept.`;
}

/**
 * The member's I-140 filed and not yet approved: extensions past six years come only one year at a
 * time, once a labor certification or the I-140 has been pending 365 days (AC21 §106(a)), and the
 * three-year route waits for the approval. Told instead of the approved-I-140 words (a near-miss).
 */
export function i140PendingAction(): string {
  return 'Your note says your I-140 is filed but not yet approved. Past six years, that supports H-1B extensions only one year at a time, once the labor certification (PERM) or the I-140 has been pending 365 days or more (AC21 §106(a)); three-year extensions wait for the approval. Ask an immigration attorney how that fits the training dates before you rank or commit.';
}

/**
 * A green-card case the member is part of (their own or a spouse's approved I-140, or an
 * adjustment of status pending): a new J-1 would bring the two-year home-residence requirement,
 * which blocks that green card. The warning replaces any J-1 offered as the "other route".
 */
export function greenCardUnderWay(p: Profile): boolean {
  const r = profileI140(p);
  if (r?.state === 'approved') return true;
  // The member's own earlier steps count too: a labour certification (PERM) or an I-140 filed and
  // not withdrawn or denied. A new J-1's two-year rule would bar the green card they lead to
  // (INA 212(e)); a judge of p430 found an H-1B member with a PERM pending offered the J-1 as "the
  // other usual route".
  if (r?.state === 'pending' && !r.spouse) return true;
  return (p.timeline ?? []).some((t) => adjustmentPending(t.note) || laborCertUnderWay(t.note));
}

/** The member's own PERM labour certification filed or pending, not withdrawn, denied or a spouse's. */
const LABOR_CERT = /\b(?:PERM|labou?r certification|LCA\s+for\s+PERM)\b/i;
function laborCertUnderWay(note: string | undefined): boolean {
  if (!note) return false;
  return note
    .split(/[;.]\s*/)
    .some(
      (c) =>
        LABOR_CERT.test(c) &&
        /\b(?:filed|pending|submitted|in process|under way|underway|started|approved|certified|sponsor\w*)\b/i.test(
          c,
        ) &&
        !/\b(?:denied|withdrawn|withdrew|revoked|rejected|not (?:yet )?(?:filed|started)|never|no)\b/i.test(c) &&
        !/\b(?:spouse'?s?|husband'?s?|wife'?s?|partner'?s?)\b/i.test(c),
    );
}

export function newJ1Warning(what: string): string {
  return `Do not switch to a J-1 for the ${what} without an immigration attorney: every ECFMG-sponsored J-1 physician becomes subject to the two-year home-residence requirement (INA 212(e)), which would block the green card your case is heading toward until you have spent two years in your home country or obtained a waiver. With a green-card case under way, a J-1 is not a neutral alternative to the H-1B.`;
}
