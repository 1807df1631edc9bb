/**
 * What a timeline note says about the member's immigration status during that period. Members
 * write notes such as "hospitalist, on H-1B under a Conrad 30 J-1 waiver" or "working on a
 * TPS-based EAD; wants H-1B for the fellowship; no J-1 waiver applied for yet": a visa can be
 * named as the status held, as the thing waived, as a wish, or as what came before. Only the
 * first is time on that visa. Counting every mention put one member's TPS years under both J-1
 * and H-1B at once, and told a member already on H-1B through a waiver to "settle the J-1 first".
 */

import { MONTH_NUMBER } from '../../core/dates.js';

export type NoteVisa = 'j1' | 'h1b';

const VISA = /\b(?:(J)-?1|(H)-?1-?B)\b/gi;

/**
 * A noun right after the visa that makes it the object of something else ("J-1 waiver"). Not
 * "transfer": an "H-1B transfer approved" is the same status moving to a new employer, so the
 * member holds it (a hospitalist's years after residency were left off the six-year count).
 */
const NOT_STATUS_AFTER =
  /^[\s-]*(?:waivers?|home|two-year|2-year|rule|requirement|petition|application|lottery|interview|appointment|denied|refused|rejected|planned|pending|later|next|eventually)\b/i;

/**
 * A word earlier in the same clause that makes the visa a wish, a plan, a past or future
 * neighbour, or a negation ("wants H-1B", "before the J-1", "not on J-1").
 */
const NOT_STATUS_BEFORE =
  /\b(?:wants?|wanted|wish(?:es)?|hopes?|hoping|plans?|planned|planning|intends?|will|would|could|may|might|needs?|needed|seek(?:s|ing)?|apply(?:ing)?|applied|waiting|await(?:ing)?|pending|convert(?:ing)?|switch(?:ing)?|chang(?:e|es|ing)|transfer(?:ring)?|toward|towards|after|before|until|prior|previous(?:ly)?|former(?:ly)?|no|not|never|without|instead|from|to|for)\b/i;

/** Clause boundaries: a status stated in one clause says nothing about the next. */
const CLAUSE = /[,;:()\n.]|\bbut\b|\band then\b|\bthen\b/i;

/** The visas a note names as the status held in that period (both when it says "J-1, then H-1B"). */
export function noteVisas(note: string | undefined): ReadonlySet<NoteVisa> {
  const held = new Set<NoteVisa>();
  if (!note) return held;
  for (const m of note.matchAll(VISA)) {
    const visa: NoteVisa = m[1] ? 'j1' : 'h1b';
    const start = m.index ?? 0;
    const after = note.slice(start + m[0].length);
    if (NOT_STATUS_AFTER.test(after)) continue;
    const before = note.slice(0, start);
    const clause = before.split(CLAUSE).at(-1) ?? '';
    // "on an ECFMG-sponsored J-1", "in H-1B status", "residency, J-1": the status held. Only the
    // words of this clause before the visa can turn it into something else.
    if (
      NOT_STATUS_BEFORE.test(clause) &&
      !/\b(?:on|in|under|holding|with)\s+(?:an?\s+|the\s+|my\s+)?(?:[\w-]+\s+)?$/i.test(clause)
    )
      continue;
    if (/\b(?:no|not|never|without)\b/i.test(clause)) continue;
    // Someone else's visa ("on H-4 (spouse's H-1B)", "my husband's H1B", "dependent of an H-1B
    // holder"): the member's status is the dependent one, and none of it is the member's own time.
    if (/\b[a-z]+['’]s?\s+$/i.test(clause)) continue;
    if (/\bdependa?ent\s+(?:of|on)\b/i.test(clause)) continue;
    held.add(visa);
  }
  return held;
}

/** A J-1 waiver the member's note says they hold, and the service commitment when it says so. */
export interface WaiverNote {
  conrad: boolean;
  /** "YYYY-MM" the note gives as the end of the service commitment. */
  commitmentEnds?: string;
}

/**
 * The month ("YYYY-MM") a note gives right after a lead phrase, written "2028-06" or "June 2028";
 * the lead is a regex source ending where the date begins.
 */
function monthAfter(note: string, lead: string): string | undefined {
  const iso = new RegExp(lead + String.raw`(\d{4})-(\d{2})\b`, 'i').exec(note);
  if (iso) return `${iso[1]}-${iso[2]}`;
  const named = new RegExp(lead + String.raw`([a-z]{3,9})\.?\s+(\d{4})\b`, 'i').exec(note);
  const month = named
    ? (MONTH_NUMBER[named[1]!.toLowerCase()] ?? MONTH_NUMBER[named[1]!.slice(0, 3).toLowerCase()])
    : undefined;
  return month ? `${named![2]}-${month}` : undefined;
}

/**
 * A waiver named as held: "on H-1B under a Conrad 30 J-1 waiver (3-year service commitment to
 * 2028-06)". A waiver wished for, applied for, pending, denied or absent is not held.
 */
export function noteWaiver(note: string | undefined): WaiverNote | undefined {
  if (!note) return undefined;
  const m =
    /\b(conrad(?:\s*30)?|(?:j-?1\s+|home[- ]residence\s+|212\(e\)\s+)waiver|waiver\s+(?:of|for)\s+(?:the\s+|my\s+)?(?:j-?1|two-year|2-year|home))/i.exec(
      note,
    );
  if (!m) return undefined;
  const clause =
    note
      .slice(0, m.index)
      .split(/[;\n.]|\bbut\b/i)
      .at(-1) ?? '';
  const rest = note.slice(m.index).split(/[;\n.]|\bbut\b/i)[0] ?? '';
  if (
    /\b(?:no|not|never|without|wants?|hop(?:e|es|ing)|look(?:s|ing)|search(?:es|ing)?|try(?:ing)?|hunt(?:ing)?|interview(?:s|ing)?|plan(?:s|ning)?|apply(?:ing)?|applied for|seek(?:s|ing)?|need(?:s|ed)?|will|would)\b/i.test(
      clause,
    )
  ) {
    return undefined;
  }
  if (/\b(?:pending|denied|refused|rejected|applied for|in process|not yet|yet to)\b/i.test(rest)) return undefined;
  const conrad = /conrad/i.test(note);
  const commitmentEnds = monthAfter(
    note,
    String.raw`\b(?:commitment|service|obligation)\b[^;]*?\b(?:to|until|through|till|ends?|ending|ended|completed|fulfilled|served|finished)(?:\s+(?:in|on))?\s+`,
  );
  return { conrad, ...(commitmentEnds ? { commitmentEnds } : {}) };
}

/**
 * The end date a note gives for the member's own work authorization: "working on a TPS-based EAD
 * valid through 2027-05", "EAD expires March 2027". Only a permit named with its end counts; a
 * permit with no date says nothing about when it ends.
 */
export function notePermitEnds(note: string | undefined): string | undefined {
  if (!note) return undefined;
  if (!/\b(?:EAD|TPS|work permit|employment authori[sz]ation|work authori[sz]ation|OPT|DACA|parole)\b/i.test(note))
    return undefined;
  return monthAfter(
    note,
    String.raw`\b(?:valid\s+(?:through|until|till|to)|expir(?:es|ing|y)(?:\s+(?:on|in))?|ends?(?:\s+(?:on|in))?|until|through)\s+`,
  );
}

/**
 * The J-1 two-year home-residence requirement named as met: "two-year home-residence requirement
 * fulfilled 2025-07". Returns the month when the note gives one, "" when it gives none, undefined
 * when the note does not say it was met ("not yet fulfilled", "to be completed").
 */
export function noteHomeRuleMet(note: string | undefined): string | undefined {
  if (!note) return undefined;
  const m =
    /\b(?:two-year|2-year|two year|home[- ]residen\w*|home[- ]country|212\(e\))\b[^;.]*?\b(fulfilled|met|completed|satisfied|served|done)\b([^;.]*)/i.exec(
      note,
    );
  if (!m) return undefined;
  const before = note.slice(0, m.index + m[0].length - m[2]!.length);
  if (/\b(?:not|yet to|to be|will|when|until|once|if)\b/i.test(before.split(/[;.]/).at(-1) ?? '')) return undefined;
  // The last month told is when it was met ("served in full, 2022-07 to 2024-07" ends 2024-07).
  const date = [...m[2]!.matchAll(/\b(\d{4})-(\d{2})\b/g)].at(-1);
  return date ? `${date[1]}-${date[2]}` : '';
}

/** A note naming the member's I-140 (the green-card petition) as approved. */
export function noteI140Approved(note: string | undefined): boolean {
  return /\bI-?140\b[^;.]*\bapproved\b|\bapproved\s+I-?140\b/i.test(note ?? '');
}

/**
 * Whether a note names an immigration status other than H-1B (another visa, a permit, a green
 * card), whatever it says about it: a US job whose note names none stays on the H-1B held before
 * it. Naming the H-1B itself ("transfer of H1B done"), or a green-card step taken on it (I-140,
 * PERM), changes nothing.
 */
export function namesOtherStatus(note: string | undefined): boolean {
  return /\b(?:J-?1|H-?4|O-?1|F-?1|TN|L-?[12]|EAD|OPT|CPT|TPS|DACA|parole|asylum|asylee|refugee|green[- ]card|permanent resident|citizen(?:ship)?|work permit|I-?485|adjustment of status)\b/i.test(
    note ?? '',
  );
}
