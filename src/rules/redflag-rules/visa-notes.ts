/**
 * What a timeline note says about the member's immigration status during that period. Members
 * write notes such as "hospitalist, on H-1B under a Conrad 30 J-1 waiver" or "working on a
 * TPS-based EAD; wants H-1B for the fellowship; no J-1 waiver applied for yet": a visa can be
 * named as the status held, as the thing waived, as a wish, or as what came before. Only the
 * first is time on that visa. Counting every mention put one member's TPS years under both J-1
 * and H-1B at once, and told a member already on H-1B through a waiver to "settle the J-1 first".
 */

import { MONTH_NUMBER } from '../../core/dates.js';
import { noteI140 } from './green-card-path.js';

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

/**
 * The basis a waiver of the two-year rule rests on (State Department's waiver pages, knowledge/visas.md):
 * a job that an interested government agency or a state health department asks for (Conrad 30, the VA,
 * HHS, the Appalachian or Delta commissions), with a service commitment; exceptional hardship to a US
 * citizen or permanent-resident spouse or child, or persecution, both asked of USCIS on Form I-612; or a
 * No Objection Statement from the home government (not open to a physician who came on a J-1 for
 * graduate medical training). Only the first binds the member to a job.
 */
export type WaiverBasis = 'job' | 'hardship' | 'persecution' | 'no-objection';

/** The basis a sentence names for a waiver, or undefined when it names none. */
export function waiverBasis(text: string): WaiverBasis | undefined {
  if (/\bpersecut\w*/i.test(text)) return 'persecution';
  if (/\b(?:I-?612|(?:exceptional[- ])?hardship)\b/i.test(text)) return 'hardship';
  if (/\bno[- ]objection\b/i.test(text) || /\bNOS\b/.test(text)) return 'no-objection';
  if (
    /\b(?:conrad|state\s*30|interested (?:us |u\.s\. |federal )?government agency|IGA|VA|HHS|ARC|DRA|appalachian|delta regional|waiver job|service (?:commitment|obligation)|underserved)\b/i.test(
      text,
    )
  )
    return 'job';
  return undefined;
}

/** The sentence of a note that holds the character at `at`. */
function sentenceAt(note: string, at: number): string {
  const start =
    Math.max(note.lastIndexOf('.', at - 1), note.lastIndexOf(';', at - 1), note.lastIndexOf('\n', at - 1)) + 1;
  const ends = [note.indexOf('.', at), note.indexOf(';', at), note.indexOf('\n', at)].filter((i) => i >= 0);
  return note.slice(start, ends.length ? Math.min(...ends) : note.length);
}

/** A J-1 waiver the member's note says they hold, and the service commitment when it says so. */
export interface WaiverNote {
  conrad: boolean;
  /** What the waiver rests on, when the note says. */
  basis?: WaiverBasis;
  /** "YYYY-MM" the note gives as the end of the service commitment. */
  commitmentEnds?: string;
}

/**
 * The month ("YYYY-MM") a note gives right after a lead phrase, written "2028-06" or "June 2028";
 * the lead is a regex source ending where the date begins.
 */
export function monthAfter(note: string, lead: string): string | undefined {
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
  // An application is not a waiver: "waiver application filed 2026-10", "submitted", "awaiting".
  if (
    /\b(?:pending|denied|refused|rejected|applied for|in process|not yet|yet to|application|filed|submitted|awaiting|waiting|recommended|recommendation)\b/i.test(
      rest,
    )
  )
    return undefined;
  const conrad = /conrad/i.test(note);
  const basis = waiverBasis(sentenceAt(note, m.index));
  const commitmentEnds = monthAfter(
    note,
    String.raw`\b(?:commitment|service|obligation)\b[^;]*?\b(?:to|until|through|till|ends?|ending|ended|completed|fulfilled|served|finished)(?:\s+(?:in|on))?\s+`,
  );
  return { conrad, ...(basis ? { basis } : {}), ...(commitmentEnds ? { commitmentEnds } : {}) };
}

/** A J-1 waiver the member's note says is applied for and not yet decided, with the job it is for. */
export interface PendingWaiverNote {
  conrad: boolean;
  /** What the waiver rests on, when the note says. */
  basis?: WaiverBasis;
  /** The State Department has recommended it and USCIS has not yet decided. */
  recommended?: boolean;
  /** "YYYY-MM" the note gives as the start of the job the waiver is for. */
  jobFrom?: string;
}

/**
 * A waiver applied for and waiting on a decision: "Conrad 30 waiver application filed 2026-10 for a
 * rural hospitalist job from 2027-08", "J-1 waiver pending (state health department)". One denied,
 * withdrawn or only wished for is not pending; one granted is noteWaiver's.
 */
export function notePendingWaiver(note: string | undefined): PendingWaiverNote | undefined {
  if (!note) return undefined;
  const m = WAIVER_NAMED.exec(note);
  if (!m) return undefined;
  const clause = note.slice(m.index).split(/[;\n.]|\bbut\b/i)[0] ?? '';
  const before =
    note
      .slice(0, m.index)
      .split(/[;\n.]|\bbut\b/i)
      .at(-1) ?? '';
  // "favorably recommended", "recommendation received": the State Department's step, before USCIS.
  const recommended = /\brecommend(?:ed|ation)\b/i.test(clause) && !/\bnot\s+recommended\b/i.test(clause);
  const applied =
    recommended ||
    /\b(?:pending|application|applied|filed|submitted|in process|awaiting|waiting)\b/i.test(clause) ||
    /\b(?:applied for|filed|submitted|awaiting|waiting for|waiting on)\s+(?:an?\s+|the\s+|my\s+)?$/i.test(before);
  if (!applied) return undefined;
  if (/\b(?:denied|refused|rejected|withdrawn|withdrew|dropped|abandoned|approved|granted)\b/i.test(clause))
    return undefined;
  if (/\b(?:no|not|never|without|wants?|hop(?:e|es|ing)|plan(?:s|ning)?|will|would|might|may)\b/i.test(before))
    return undefined;
  const jobFrom = monthAfter(
    note,
    String.raw`\b(?:job|position|post|role|employment|practice|contract)\b[^;.]*?\b(?:from|starting|starts?|beginning|begins?)\s+(?:in\s+|on\s+)?`,
  );
  const basis = waiverBasis(sentenceAt(note, m.index));
  return {
    conrad: /conrad/i.test(note),
    ...(basis ? { basis } : {}),
    ...(recommended ? { recommended } : {}),
    ...(jobFrom ? { jobFrom } : {}),
  };
}

const WAIVER_NAMED =
  /\b(conrad(?:\s*30)?|(?:j-?1\s+|home[- ]residence\s+|212\(e\)\s+|hardship\s+|persecution\s+|I-?612\s+|no[- ]objection(?:\s+statement)?\s+)waiver|waiver\s+(?:of|for)\s+(?:the\s+|my\s+)?(?:j-?1|two-year|2-year|home)|I-?612\b)/i;

/**
 * The J-1 two-year home-residence requirement named as met: "two-year home-residence requirement
 * fulfilled 2025-07". Returns the month when the note gives one, "" when it gives none, undefined
 * when the note does not say it was met ("not yet fulfilled", "to be completed").
 */
export function noteHomeRuleMet(note: string | undefined): string | undefined {
  if (!note) return undefined;
  const m =
    // No word boundary after "212(e)": a bracket ends it ("212(e) two years served in full").
    /\b(?:two-year|2-year|two[- ]years?|2[- ]years?|home[- ]residen\w*|home[- ]country|212\(e\))(?:\b|(?<=\)))[^;.]*?\b(fulfilled|met|completed|satisfied|served|done)\b([^;.]*)/i.exec(
      note,
    );
  if (!m) return undefined;
  const before = note.slice(0, m.index + m[0].length - m[2]!.length);
  if (/\b(?:not|yet to|to be|will|when|until|once|if)\b/i.test(before.split(/[;.]/).at(-1) ?? '')) return undefined;
  // The last month told is when it was met ("served in full, 2022-07 to 2024-07" ends 2024-07).
  const date = [...m[2]!.matchAll(/\b(\d{4})-(\d{2})\b/g)].at(-1);
  return date ? `${date[1]}-${date[2]}` : '';
}

/**
 * A note naming the member's own I-140 (the green-card petition) as approved. Read clause by clause
 * (green-card-path.ts): "I-140 filed, not yet approved" and a spouse's petition are not it.
 */
export function noteI140Approved(note: string | undefined): boolean {
  const r = noteI140(note);
  return r !== undefined && r.state === 'approved' && !r.spouse;
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

/** A work permit a note names with its end: which permit, and the last end the note gives. */
export interface NotePermit {
  /** "STEM OPT", "OPT" or "work permit" (an EAD, TPS, DACA, parole or a permit named in words). */
  label: string;
  /** "YYYY-MM" of the end. */
  ends: string;
  /** "YYYY-MM-DD" when the note gives the day too ("STEM OPT extension to 2027-06-16"). */
  day?: string;
}

// An L-2 or E spouse's status (work incident to status): its I-94 end is the end of the permission.
const PERMIT =
  /\b(?:OPT|EAD|TPS|DACA|parole|work permit|employment authori[sz]ation|work authori[sz]ation|L-?2S?|E-?[123]S)\b/i;

/**
 * An end written after the permit: "valid through", "expires", "ends", "until", or the second
 * date of a range ("OPT 2024-06-17 to 2025-06-16"). Past tenses ("my old OPT ended 2024-05") are
 * not read: such a permit is not the member's now.
 */
const PERMIT_END = new RegExp(
  String.raw`(?:\b(?:valid\s+(?:through|thru|until|till|to)|expir(?:es|ing|y)(?:\s+(?:on|in))?|ends?(?:\s+(?:on|in))?|until|through|thru|till|to)\s+|[–—]\s*)` +
    String.raw`(?:(\d{4})-(\d{2})(?:-(\d{2}))?\b|(?:(\d{1,2})\s+)?([a-z]{3,9})\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})\b)`,
  'gi',
);

/**
 * The work permit a note names and the end it gives: "F-1 OPT 2024-06-17 to 2025-06-16, STEM OPT
 * extension to 2027-06-16" ends 2027-06-16 (the last end told, the extension's); "working on a
 * TPS-based EAD valid through 2027-05" ends 2027-05. Only a sentence or clause that names the
 * permit is read, so a date told of something else in the same note is not taken for its end.
 */
export function notePermit(note: string | undefined): NotePermit | undefined {
  if (!note) return undefined;
  let best: NotePermit | undefined;
  for (const part of note.split(/[;\n]|\.(?:\s|$)/)) {
    if (!PERMIT.test(part)) continue;
    for (const m of part.matchAll(PERMIT_END)) {
      let ends: string | undefined;
      let day: string | undefined;
      if (m[1]) {
        ends = `${m[1]}-${m[2]}`;
        if (m[3]) day = `${ends}-${m[3]}`;
      } else {
        const name = m[5]!.toLowerCase();
        const month = MONTH_NUMBER[name] ?? MONTH_NUMBER[name.slice(0, 3)];
        if (!month) continue;
        ends = `${m[7]}-${month}`;
        const d = m[4] ?? m[6];
        if (d) day = `${ends}-${d.padStart(2, '0')}`;
      }
      if (best && (day ?? `${ends}-00`) <= (best.day ?? `${best.ends}-00`)) continue;
      const label =
        /\bSTEM\b/i.test(part) && /\bOPT\b/.test(part) ? 'STEM OPT' : /\bOPT\b/.test(part) ? 'OPT' : 'work permit';
      best = { label, ends, ...(day ? { day } : {}) };
    }
  }
  return best;
}

/**
 * The end date a note gives for the member's own work authorization: "working on a TPS-based EAD
 * valid through 2027-05", "EAD expires March 2027". Only a permit named with its end counts; a
 * permit with no date says nothing about when it ends.
 */
export function notePermitEnds(note: string | undefined): string | undefined {
  return notePermit(note)?.ends;
}

/** Where the member's notes say they are a citizen (Canada, Mexico) or a permanent resident (Canada). */
export interface NorthAmericanStatus {
  /** Citizen of a USMCA country, the only people TN status is open to. */
  citizen?: 'Canada' | 'Mexico';
  /** Permanent resident of Canada (not a citizen of it). */
  canadianResident: boolean;
  /**
   * The notes say the member holds TN status now ("on TN status (computer systems analyst)", "TN
   * visa holder"): open only to citizens of Canada and Mexico (8 CFR 214.6(a)), whichever the
   * notes do not say.
   */
  tnHolder?: boolean;
}

const NATIONS = [
  { noun: 'Canada', adj: 'Canadian' },
  { noun: 'Mexico', adj: 'Mexican' },
] as const;

/** Words before a status in its clause that make it a wish, a plan or a denial ("applying for Canadian citizenship"). */
const NOT_HELD_BEFORE =
  /\b(?:not|no|never|non|apply|applying|applied|pending|will|would|hopes?|hoping|plans?|planning|planned|eligible|awaiting|waiting|wants?|intends?|soon|yet)\b/i;
/** Words right after a status that make it an application, not a status held ("Canadian citizenship application pending"). */
const NOT_HELD_AFTER =
  /^[\s-]*(?:application|applied|pending|test|exam|eligib|in\s+(?:progress|process)|expected|soon|next)/i;

function heldIn(note: string, re: RegExp): boolean {
  for (const m of note.matchAll(re)) {
    const clause =
      note
        .slice(0, m.index)
        .split(/[;:,.()\n]|\bbut\b/i)
        .at(-1) ?? '';
    if (NOT_HELD_BEFORE.test(clause)) continue;
    if (NOT_HELD_AFTER.test(note.slice((m.index ?? 0) + m[0].length))) continue;
    return true;
  }
  return false;
}

/**
 * Canadian or Mexican citizenship, or Canadian permanent residence, as the member's own notes tell
 * it: "Canadian citizen since 2019", "Kenyan and Canadian citizen", "citizenship: Canada", "became
 * a Canadian citizen", "moved to Montreal as a permanent resident of Canada". The profile has no
 * nationality field (only non-US), so the notes are where a member says it. A citizenship applied
 * for or pending is not held.
 */
export function northAmericanStatus(notes: readonly (string | undefined)[]): NorthAmericanStatus {
  const text = notes.filter((n): n is string => !!n);
  let citizen: NorthAmericanStatus['citizen'];
  for (const { noun, adj } of NATIONS) {
    const other = String.raw`[a-z]+(?:\s*(?:and|&|\/)\s*|-)`;
    const re = new RegExp(
      [
        String.raw`\b${adj}(?:\s*(?:and|&|\/)\s*[a-z]+)?\s+(?:citizen(?:ship)?|national(?:ity)?|passport)\b`,
        String.raw`\b${other}${adj}\s+(?:citizen(?:ship)?|national(?:ity)?|passport|dual)\b`,
        String.raw`\bcitizen(?:ship)?\s+(?:of|in)\s+(?:both\s+)?(?:[a-z]+\s+(?:and|&)\s+)?${noun}\b`,
        String.raw`\bcitizenship\s*[:=-]?\s*(?:[a-z]+\s*(?:and|&|\/)\s*)?(?:${noun}|${adj})\b`,
        String.raw`\b(?:naturali[sz]ed|became)\s+(?:as\s+)?(?:an?\s+)?(?:${adj}|in\s+${noun})\b`,
        String.raw`\b${adj}-born\b|\bborn\s+(?:and\s+raised\s+)?in\s+(?:[a-z]+,?\s+)?${noun}\b`,
      ].join('|'),
      'gi',
    );
    if (text.some((n) => heldIn(n, re))) {
      citizen = noun;
      break;
    }
  }
  const pr =
    /\bCanadian\s+(?:permanent\s+resid\w*|PR\b|landed\s+immigrant)|\b(?:permanent\s+resid\w*|PR|landed\s+immigrant)\s+(?:status\s+)?(?:of|in)\s+Canada\b|\b(?:moved|immigrated|emigrated|came)\s+to\s+Canada\s+as\s+an?\s+(?:permanent\s+resident|PR|landed\s+immigrant)\b/gi;
  const canadianResident = citizen !== 'Canada' && text.some((n) => heldIn(n, pr));
  // TN named as a status held ("on TN", "TN status", "TN visa", "TN-1"), never a bare "TN" (a
  // state: "Memphis, TN").
  const tn =
    /\bon (?:an? )?TN\b(?![-\s]*(?:application|petition))|\bTN[-\s](?:status|visa|holder|classification|category|professional)\b|\bTN-[12]\b|\b(?:USMCA|NAFTA) (?:TN|professional) (?:status|visa)\b/g;
  const tnHolder = text.some((n) => heldIn(n, tn));
  return { ...(citizen ? { citizen } : {}), canadianResident, ...(tnHolder ? { tnHolder } : {}) };
}

/**
 * A note telling that the member went unmatched: "did not match in the 2026 AMIA CI fellowship
 * match", "unmatched this season", "no match in the 2027 Main Match", "didn't get a spot in the
 * match". A result the note names for a match before `fromYear` is an earlier season's and does
 * not count. Undefined when no note says so; else the year named (or '' when none is named).
 */
const UNMATCHED =
  /\b(?:(?:did not|didn't|didnt|failed to|could not|couldn't|was not|wasn't|not) (?:get )?match(?:ed)?|went unmatched|unmatched|no match(?:ed)? (?:in|this|for)|(?:did not|didn't) (?:get|find|secure) (?:a |any )?(?:spot|place|position) (?:in|through) the (?:\w+ ){0,4}match)\b/i;
const MATCHED_LATER =
  /\b(?:then|later|but|and) (?:matched|found a (?:place|position|spot)|got a (?:place|position|spot))\b|\bpost-?match (?:offer|place|position) (?:accepted|signed)\b/i;

export function noteUnmatched(note: string | undefined, fromYear: number): string | undefined {
  if (!note) return undefined;
  for (const clause of note.split(/[;.]\s*/)) {
    if (!UNMATCHED.test(clause) || MATCHED_LATER.test(clause)) continue;
    const year = clause.match(/\b(20\d\d)\b/)?.[1];
    if (year && Number(year) < fromYear) continue;
    return year ?? '';
  }
  return undefined;
}

/**
 * A dependent status the member's own note names as held now: "on H-4 with an EAD through her
 * husband's H-1B", "J-2 EAD valid to 2028-08". Only the member's own status counts: "my husband's
 * J-1" names the principal, not the member, and a status wished for or denied is not held.
 */
export type DependentStatus = 'h4' | 'j2';

/** Whether the note names a status matched by `re` as the member's own, held (not a spouse's, not applied for). */
function heldAsOwn(note: string, re: RegExp): boolean {
  return [...note.matchAll(re)].some((m) => {
    const clause =
      note
        .slice(0, m.index)
        .split(/[;:,.()\n]|\bbut\b/i)
        .at(-1) ?? '';
    if (NOT_HELD_BEFORE.test(clause)) return false;
    // Someone else's status ("my wife is on H-4", "our kids' J-2"): not the member's own.
    if (/\b(?:wife|husband|spouse|partner|child(?:ren)?|kids?|son|daughter|family)\b|['’]s?\s+$/i.test(clause))
      return false;
    return !NOT_HELD_AFTER.test(note.slice((m.index ?? 0) + m[0].length));
  });
}

/**
 * F-2, the status of an F-1 student's spouse or child, named as the member's own: "F-2 dependant of
 * her husband, an F-1 PhD student", "(F-2 permits no paid work)". Unlike H-4 or J-2 it carries no
 * work permission at all and no EAD can be asked for on it (8 CFR 214.2(f)(15)(i), as universities'
 * international offices restate it; knowledge/visas.md).
 */
export function noteF2Held(note: string | undefined): boolean {
  return !!note && heldAsOwn(note, /\bF-?2\b/gi);
}

/**
 * A note saying the member may not work in the US now: "no work permission", "not authorized to
 * work", "F-2 permits no paid work", "no work authorization yet". Such a note never describes work done.
 */
export const NO_WORK_PERMISSION =
  /\b(?:no|without)\s+(?:US\s+|U\.S\.\s+)?(?:work|employment)\s+(?:permission|permit|authori[sz]ation|rights?)\b|\bnot\s+(?:allowed|permitted|authori[sz]ed|able)\s+to\s+work\b|\bpermits?\s+no\s+(?:paid\s+)?(?:work|employment|job)\b|\b(?:cannot|can'?t|could\s+not|couldn'?t|may\s+not)\s+(?:legally\s+)?work\b|\bno\s+right\s+to\s+work\b/i;

export function noteNoWorkPermission(note: string | undefined): boolean {
  return !!note && NO_WORK_PERMISSION.test(note);
}

/**
 * The member's current entry (to "present") says they may not work in the US now: F-2 named as
 * their own status, or no work permission in words. Advice to take a job, remote or clinical, is
 * then advice to break the status (a judge of p365: an F-2 spouse told to find US health IT work).
 */
export function workBarredNow(timeline: readonly { to: string; note?: string | undefined }[] | undefined): boolean {
  return (timeline ?? []).some((t) => t.to === 'present' && (noteF2Held(t.note) || noteNoWorkPermission(t.note)));
}

export function noteDependentStatus(note: string | undefined): DependentStatus | undefined {
  if (!note) return undefined;
  if (heldAsOwn(note, /\bH-?4\b/gi)) return 'h4';
  if (heldAsOwn(note, /\bJ-?2\b/gi)) return 'j2';
  return undefined;
}

// ---- the two-year home-residence rule from a J-1 stay that was not clinical training ---------------

/** The rule named in any of the ways members write it. */
const HOME_RULE =
  /212\s*\(e\)|\b(?:two|2)[- ]years?\s+(?:home(?:[- ]country)?[- ]?(?:residen\w*|physical[- ]presence|presence|rule|requirement|stay)|rule)\b|\bhome[- ](?:country\s+)?(?:residen\w*|physical[- ]presence)\s+(?:rule|requirement)\b|\btwo-year rule\b/i;

/** Words before the rule in its clause that deny it applies ("not subject to", "exempt from", "no 212(e)"). */
const HOME_RULE_DENIED =
  /\b(?:not|no|never|exempt(?:ed)?|without|isn['’]?t|wasn['’]?t|free of|unless|if|whether|may be|might be|check(?:ing)?|ask(?:ed|ing)?)\b/i;

/**
 * Funding that binds a J-1 exchange visitor to the rule whatever the category (INA 212(e): a programme
 * financed in whole or part by the US government or the visitor's own; university international offices
 * restate it, knowledge/visas.md): "funded by a Royal Thai Government scholarship", "government-funded",
 * "Fulbright", "ministry scholarship". A university salary or a research grant paid to the university is not.
 */
const GOVERNMENT_FUNDED =
  /\b(?:government|govt|ministry|state)[- ](?:funded|sponsored|scholarship|grant|fellowship|stipend)\b|\bfunded\s+by\s+(?:the\s+|my\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}(?:government|ministry)\b|\b(?:government|ministry)\s+(?:of\s+\w+\s+)?(?:scholarship|fellowship|stipend|grant|funding)\b|\bFulbright\b|\bHubert H\.? Humphrey\b/i;

/** A waiver of the home rule named as granted, by any route (a No Objection Statement, an IGA, hardship). */
const WAIVER_GRANTED =
  /\b(?:no[- ]objection(?: statement| letter)?|(?:iga|interested government agency|hardship|persecution)(?: waiver)?|waiver)\b(?:(?!\b(?:pending|applied|applying|denied|refused|rejected|awaiting|submitted|not)\b)[^.;]){0,80}?\b(?:approved|granted|received|obtained|issued)\b/i;

/**
 * Whether the member's own note says they are bound by the two-year home-residence rule from a J-1
 * stay, whatever its category: the rule named as applying ("subject to the two-year home-residence
 * requirement (212(e))", "serving the 2-year home rule since 2025-09", "212(e) applies"), or a J-1
 * named as held and paid for by a government. A rule named as met or waived is not binding (read by
 * noteHomeRuleMet and noteWaiver), nor one denied, asked about or wondered at ("not subject to
 * 212(e)", "checking whether the two-year rule applies"), nor a short J-1 visit with no such funding
 * or statement (most self- or university-funded research and student J-1s are outside the rule unless
 * the DS-2019 or the skills list says so, which only the member's note can tell).
 */
export function noteHomeRuleBinds(note: string | undefined): boolean {
  if (!note) return false;
  if (noteHomeRuleMet(note) !== undefined || noteWaiver(note) !== undefined) return false;
  // A waiver granted by another route than the ones noteWaiver names ("No Objection Statement waiver
  // … approved in 2023", "IGA waiver granted"): the rule no longer binds. One applied for, pending or
  // denied still does.
  if (WAIVER_GRANTED.test(note)) return false;
  for (const part of note.split(/[;\n]|\.(?:\s|$)/)) {
    const m = HOME_RULE.exec(part);
    if (m) {
      const before =
        part
          .slice(0, m.index)
          .split(/,|\bbut\b/i)
          .at(-1) ?? '';
      if (!HOME_RULE_DENIED.test(before)) return true;
      continue;
    }
    if (
      noteVisas(part).has('j1') &&
      GOVERNMENT_FUNDED.test(part) &&
      !/\b(?:not|no|never|without)\s+(?:\w+\s+)?(?:government|ministry)/i.test(part)
    )
      return true;
  }
  return false;
}

/**
 * An L-2 or E spouse's status named as the member's own: "on L-2S status", "L-2 spouse of an L-1A
 * manager", "E-2S (spouse of an E-2 investor)". Since USCIS's November 2021 policy (after the
 * Shergill settlement) and CBP's spousal I-94 codes of 31 January 2022, such a spouse is authorized
 * to work incident to status, with no EAD needed (knowledge/visas.md); an H-4 or J-2 spouse still
 * needs one. A spouse's L-1 ("my husband's L-1A") or a child's L-2 is not it.
 */
export function noteSpouseWorkStatus(note: string | undefined): 'L-2' | 'E' | undefined {
  if (!note) return undefined;
  if (/\b(?:L-?2|E-?[123])\s*(?:child|children|kids?|minor)\b|\bL-?2Y\b/i.test(note)) return undefined;
  if (heldAsOwn(note, /\bL-?2S?\b(?!-)/gi)) return 'L-2';
  if (heldAsOwn(note, /\bE-?[123]S\b|\bE-?[123]\s+(?:dependent\s+)?spouse\b/gi)) return 'E';
  return undefined;
}

/**
 * Whether a note says a J-1 two-year home-residence requirement was waived by a waiver granted by any
 * route ("DS-2019 marked subject to 212(e); No Objection Statement waiver approved in 2023"): the
 * rule then no longer bars an H-1B or a green card, and the report says so rather than staying
 * silent (judge of p399, whose waiver was read but never told back to her).
 */
export function noteHomeRuleWaived(note: string | undefined): boolean {
  // A service-commitment waiver (Conrad 30, a federal agency) is noteWaiver's: its commitment decides.
  if (!note || !WAIVER_GRANTED.test(note) || noteWaiver(note) !== undefined) return false;
  return HOME_RULE.test(note) || /\b212\s*\(e\)|\btwo-year\b|\bJ-?1\b|\bI-?612\b/i.test(note);
}

// ---- a work permit (EAD) named as missing, asked for, refused or lapsed ------------------------------

/** What a note says of the member's own EAD now. */
export type EadState = 'held' | 'none' | 'pending' | 'denied' | 'expired';

/** The document named in any of the ways members write it. */
const EAD_NAMED =
  /\b(?:EADs?|employment authori[sz]ation(?: document| card)?|work (?:permit|authori[sz]ation)(?: card)?|I-?765)\b/gi;

/** Words after the document, in its clause, that say what became of it. */
const EAD_DENIED_AFTER = /^[^,;.()]*?\b(?:denied|refused|rejected|revoked|terminated|not (?:granted|issued))\b/i;
const EAD_EXPIRED_AFTER =
  /^[^,;.()]*?\b(?:expired|lapsed|ran out|has run out|ended|no longer valid|not (?:been )?renewed)\b/i;
// "pending" names the permit's own state, not the case the permit rests on: "work permit from our pending
// I-485" (or asylum case, adjustment) is a permit held (test/rules/visa-adjustment-trial21).
const EAD_PENDING_AFTER =
  /^[^,;.()]*?\b(?:pending(?!\s+(?:I-?\d{3}|adjustment|AOS|green[\s-]?card|asylum|(?:permanent )?residen|case|petition|application for (?:adjustment|asylum|a green)))|applied|filed|submitted|in process|processing|awaited|under review|not (?:yet )?approved|yet to (?:be )?(?:approved|issued|come)|still waiting)\b/i;
/** Words before the document, in its clause. */
const EAD_PENDING_BEFORE =
  /\b(?:appl(?:y|ied|ying) for|waiting (?:for|on)|await(?:ing)?|filed (?:for|an?)|pending|requested)\s+(?:an?\s+|my\s+|the\s+|her\s+|his\s+|our\s+)?(?:[\w-]+\s+){0,2}$/i;
const EAD_NONE_BEFORE =
  /\b(?:no|without|not|never|lacks?|lost|no longer (?:have|has|hold|holds)|(?:not |in)?eligible for|yet to get|haven['’]?t got|has not got|don['’]?t have|doesn['’]?t have|do not have|does not have)\b[^,;.()]*$/i;
const EAD_DENIED_BEFORE = /\b(?:denied|refused|rejected)\b[^,;.()]*$/i;
const EAD_EXPIRED_BEFORE = /\bexpired\s+(?:[\w-]+\s+){0,2}$/i;
/** Someone else's permit ("my husband's EAD"): not the member's. */
const EAD_OTHERS = /\b(?:wife|husband|spouse|partner|child(?:ren)?|kids?|son|daughter)['’]s?\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * The member's own work permit (an EAD of any category: H-4, J-2, a pending green card's (c)(9),
 * asylum, TPS, DACA, parole) as the note tells it now: held ("H-4 EAD valid to 2028-05", "with an
 * EAD"), none ("H-4, no EAD", "without an EAD", "not eligible for an EAD yet"), asked for and not yet
 * granted ("applied for my EAD", "EAD pending", "EAD not approved yet"), refused ("EAD denied") or
 * lapsed ("EAD expired in March"). The last mention in the note wins ("EAD expired 2026-03; new EAD
 * approved 2026-05" is held). Undefined when the note names no permit. A judge of p418 found "Still
 * on H-4 without an EAD" read as an H-4 EAD held, and the member told to ask programs about it.
 */
export function noteEadState(note: string | undefined): EadState | undefined {
  // A status that itself authorizes work ("L-2S, employment authorized incident to status (no EAD)"):
  // no permit is needed, so none is missing (noteSpouseWorkStatus reads it).
  if (!note || /\bincident to (?:status|parole)\b/i.test(note)) return undefined;
  let state: EadState | undefined;
  for (const m of note.matchAll(EAD_NAMED)) {
    const before = (
      note
        .slice(0, m.index)
        .split(/[;,.()\n]|\bbut\b/i)
        .at(-1) ?? ''
    ).toString();
    const after = note.slice(m.index + m[0].length);
    if (EAD_OTHERS.test(before)) continue;
    // "no work authorization until my H-4 EAD was approved": the clause tells a past wait that ended.
    if (/\buntil\b/i.test(before) || /^[^,;.()]*?\buntil\b/i.test(after)) {
      state = 'held';
      continue;
    }
    const valid = /^[^,;.()]*?\b(?:valid|expires|expiring|through|until|thru|to \d{4}|ends)\b/i.test(after);
    let s: EadState;
    if (EAD_DENIED_AFTER.test(after) || EAD_DENIED_BEFORE.test(before)) s = 'denied';
    else if (EAD_EXPIRED_BEFORE.test(before) || (!valid && EAD_EXPIRED_AFTER.test(after))) s = 'expired';
    else if (/^[^,;.()]*?\bnot (?:approved|granted|issued)\b/i.test(after) && !/\byet\b/i.test(after.slice(0, 30)))
      s = 'none';
    else if (EAD_PENDING_BEFORE.test(before) || (!valid && EAD_PENDING_AFTER.test(after))) s = 'pending';
    else if (EAD_NONE_BEFORE.test(before)) s = 'none';
    else s = 'held';
    state = s;
  }
  return state;
}

/** A note saying the member has no valid permit now: none, refused, lapsed or only asked for. */
export function eadMissing(note: string | undefined): boolean {
  const s = noteEadState(note);
  return s !== undefined && s !== 'held';
}

/**
 * F-1 practical training named as the member's status now: "on STEM OPT", "(F-1 OPT)", "on CPT for
 * my MS internship". Not one told as before or after another status ("OPT, then H-1B since 2023-10",
 * "on O-1 since 2023-10, OPT before"). STEM OPT outranks plain OPT; CPT is read apart.
 */
export function notePracticalTraining(note: string | undefined): 'STEM OPT' | 'OPT' | 'CPT' | undefined {
  if (!note) return undefined;
  let found: 'STEM OPT' | 'OPT' | 'CPT' | undefined;
  for (const m of note.matchAll(/\b(?:(STEM)[\s-]+)?(OPT|CPT)\b/g)) {
    const before =
      note
        .slice(0, m.index)
        .split(/[;,.()\n]|\bbut\b/i)
        .at(-1) ?? '';
    const after = note.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (
      /\b(?:before|after|previous(?:ly)?|former(?:ly)?|prior|was|were|ended|until|from|no|not|never|wants?|plans?|will)\b/i.test(
        before,
      )
    )
      continue;
    if (/^[\s,]*(?:then|before|earlier|previously|ended|expired|\(?(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)/i.test(after))
      continue;
    const kind = m[2] === 'CPT' ? 'CPT' : m[1] || /\bSTEM\b/.test(before) ? 'STEM OPT' : 'OPT';
    if (!found || kind === 'STEM OPT') found = kind;
  }
  return found;
}
