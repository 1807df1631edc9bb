/**
 * A residency's end typed while the member is still in it: "present, finish june 2028", "PGY2, ends
 * 2028", "still in it (expected Jun 2028)". The contract allows any month where a period ends, and a
 * residency with `completed: false` and a month still to come records its expected end (README,
 * profile section), which the rules, the timeline and the red flags then use instead of inferring one
 * from the start (newcomer trial 20: a PGY-2's "finish june 2028" was refused and a June 2027 end
 * invented). Also the PGY level such an answer names, which setup checks against the start month.
 */
import { humanMonth, monthIndex, monthOfDay } from '../dates.js';
import { parseMonth, parseMonthOrPresent } from './friendly.js';

/** Words that say the member is in the residency now. */
const IN_PROGRESS =
  /\b(?:present|now|current(?:ly)?|ongoing|still|in\s+progress|pgy\s*-?\s*[1-8]|(?:first|second|third|fourth|fifth|final|last)[-\s]+year\s+(?:resident|of\s+residency)|R[1-7])\b/i;

/** Words that lead the month it will end: "finish", "ends", "until", "expected", "graduating". */
const FINISH =
  /\b(?:finish\w*|end(?:s|ing)?|complet\w*|graduat\w*|done|until|till|thru|through|expected|due|to)\b|→|->/gi;

export interface ExpectedEnd {
  /** `YYYY-MM`. */
  value: string;
  /** Only the year was given: June (when US residencies end) stands in for the month. */
  yearOnly: boolean;
}

/**
 * The expected end an answer names after a word of finishing, or undefined when it names none. A
 * date elsewhere in the answer ("since july 25") is the start, not the end, and is never taken.
 */
export function readExpectedEnd(raw: string): ExpectedEnd | undefined {
  for (const m of raw.matchAll(FINISH)) {
    // The clause after the finishing word, up to a bracket or a sentence break.
    const after = raw.slice((m.index ?? 0) + m[0].length).split(/[);.,]|\s-\s|\band\b/i)[0] ?? '';
    const words = after.replace(/\b(?:in|on|by|around|about|approx\w*|of|the|it|will|be|is|i)\b/gi, ' ').trim();
    if (!words) continue;
    const month = parseMonth(words);
    if (month.ok) return { value: month.value, yearOnly: false };
    const year = /^((?:19|20)\d{2})\b/.exec(words)?.[1];
    if (year) return { value: `${year}-06`, yearOnly: true };
  }
  return undefined;
}

/** True when the answer says the member is still in this residency. */
export function saysInProgress(raw: string): boolean {
  return IN_PROGRESS.test(raw);
}

/** The PGY level an answer names ("pgy2", "PGY-3", "second year resident", "R2"), if any. */
export function statedPgy(raw: string): number | undefined {
  const pgy = /\b(?:pgy|R)\s*-?\s*([1-8])\b/i.exec(raw)?.[1];
  if (pgy) return Number(pgy);
  const ord = /\b(first|second|third|fourth|fifth)[-\s]+year\s+(?:resident|of\s+residency)\b/i.exec(raw)?.[1];
  return ord ? ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(ord.toLowerCase()) + 1 : undefined;
}

/**
 * A stated PGY level that the start month contradicts: a July 2024 start is PGY-3 in December 2026,
 * not PGY-2. Setup asks which is right and never picks one silently (a repeated year or leave can
 * make the level lower than the years since the start, so the member decides). Undefined when they
 * agree or either is missing.
 */
export function pgyMismatch(raw: string, from: string, today: string): string | undefined {
  const pgy = statedPgy(raw);
  if (pgy === undefined) return undefined;
  const since = monthIndex(monthOfDay(today)) - monthIndex(from);
  if (since < 0) return undefined;
  const expected = Math.floor(since / 12) + 1;
  if (expected === pgy) return undefined;
  const ord = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  return `Started: you said PGY-${pgy}, but a start in ${humanMonth(from)} makes this your ${ord[expected - 1] ?? `${expected}th`} year (PGY-${expected}) by now. Which is right? Retype the start month, or, if the start is right and your training was longer (a repeated year, leave), retype the end without the level.`;
}

/**
 * The value a residency's end answer is stored as when the plain reader cannot read it: the expected
 * end it names ("present, finish june 2028" → 2028-06), else "present" when it says the member is
 * still in it ("present (pgy2 since july 25)"). Undefined when the plain reader reads it, or neither.
 */
export function residencyEndAnswer(raw: string): string | undefined {
  if (parseMonthOrPresent(raw).ok) return undefined;
  const end = readExpectedEnd(raw);
  if (end) return end.value;
  return saysInProgress(raw) ? 'present' : undefined;
}

/** What a residency's end answer with words around it was stored as, said back in setup. */
export function residencyEndNote(raw: string): string | undefined {
  const value = residencyEndAnswer(raw);
  if (!value) return undefined;
  const said = `Ended: read "${raw.trim()}" as`;
  if (value === 'present') {
    return `${said} present (still in it). Add the month it is expected to end instead (e.g. 2028-06, with Completed: no) when you know it: until then your timeline and visa advice infer the end from the start.`;
  }
  const end = readExpectedEnd(raw);
  const june = end?.yearOnly ? ' (June, when residencies usually end, since you gave the year only)' : '';
  return `${said} still in progress, expected to end ${humanMonth(value)}${june}. Stored as the residency's end with Completed: no; your timeline and visa advice use it. Change it to the month it ended once you finish (/profile edit).`;
}
