/**
 * One reply, one match calendar (newcomer trial 18, finding 8). "What are the dates this season
 * for the match 2027? when is rank list deadline and match day?" was answered with the NRMP's
 * Match Day and then, for the second part read alone, with the AMIA fellowship calendar: two sets
 * of deadlines in one reply, one of them for a match the member is not in. A part that names no
 * match is about the match the reply is already giving the calendar of; in a private reply with
 * no match named at all, it is the match the member's profile targets.
 */
import { normalizeText } from './text.js';

export type MatchName = 'nrmp' | 'amia';

/** The guide sections holding each match's calendar. */
const CALENDAR: Readonly<Record<string, MatchName>> = {
  'matches#nrmp-main-match': 'nrmp',
  'matches#amia-ci-match': 'amia',
};

/** Words that name one match or the other (what is trained in, or the match's own name). */
const NAMES_AMIA = /\b(?:amia|fel+ows?hips?|fellows?|ci|clinical informatics|informatics match|commit\w*)\b/;
const NAMES_NRMP = /\b(?:nrmp|residenc(?:y|ies)|main (?:residency )?match|soap|categorical|prelim\w*|preliminary|pgy1|intern\w*)\b/;

/** Whether a question names either match (then it says which calendar it wants). */
export function namesAMatch(text: string): boolean {
  const t = normalizeText(text);
  return NAMES_AMIA.test(t) || NAMES_NRMP.test(t);
}

/** The match whose calendar an answer opens with, if it opens with one. */
export function calendarOf(answer: { passages: ReadonlyArray<{ doc: string; section: string }> }): MatchName | undefined {
  const p = answer.passages[0];
  return p ? CALENDAR[`${p.doc}#${p.section}`] : undefined;
}

/**
 * The match a part naming none should be answered for, when its answer read alone gives the other
 * match's calendar: `wanted` is the match of the reply it joins (or the profile's target).
 */
export function otherCalendarFor(part: string, wanted: MatchName | undefined, got: MatchName | undefined): MatchName | undefined {
  if (!wanted || !got || wanted === got || namesAMatch(part)) return undefined;
  return wanted;
}

/** Words added to a part to search it within one match. */
export const MATCH_WORDS: Readonly<Record<MatchName, string>> = {
  nrmp: 'for the NRMP Main Residency Match',
  amia: 'for the AMIA clinical informatics fellowship match',
};

/** The question with the match named, put before its closing question mark. */
export function withMatchNamed(part: string, match: MatchName): string {
  const trimmed = part.trim().replace(/\?+$/, '');
  return `${trimmed} ${MATCH_WORDS[match]}?`;
}
