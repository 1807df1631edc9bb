/**
 * A date answer said with a doubt around it: "not sure, i think mid november", "i think 2027-01 but
 * not sure", "around 15 Jan 2027 probably". The doubt words made the whole answer "not a date", and
 * the setup asked again with nothing the member could type that they were sure of. A usable date in
 * the words is taken as an approximation (said back as "about …"), a doubt with no usable date is an
 * unknown, and a plain answer is left to the ordinary date readers (friendly.ts).
 */
import { humanDay, humanMonth, isDay } from '../dates.js';
import { monthNumber, parseDay, parseExactMonth as parseMonth } from './friendly.js';
import { hedgeOf } from './hedge.js';

/** Words that make a date an estimate: "about", "around", "i think", "probably", "-ish", "~". */
const APPROX =
  /\b(?:about|around|approx\w*|roughly|circa|or so|give or take|i\s+(?:think|believe|guess|reckon|suppose)|probably|maybe|perhaps|likely|should be|expected|estimated?|tentative\w*|if i remember\w*|iirc|not (?:100%|certain|sure)|sometime|some time|(?:may|might|could) be)\b|~|\w-?ish\b/i;

/** Where in a month: "early", "mid", "late", "end of". */
const PART = /^(?:early|beginning|start|mid|middle|late|end)$/i;

/** Words that join a part to its month ("end of", "middle of the"): skipped between them. */
const JOINER = /^(?:of|the|in)$/i;

export type DateKind = 'day' | 'month' | 'month-or-present';

/** What a hedged date answer reads as. */
export type HedgedDate =
  { kind: 'date'; value: string; about: string; how: string } | { kind: 'unknown' } | { kind: 'several' };

/** An estimate: a date named with doubt words, or with a part of a month ("mid november"). */
export function isEstimate(raw: string): boolean {
  return hedgeOf(raw, false) !== undefined || APPROX.test(raw) || /\b(?:early|mid|middle|late|end of)\b/i.test(raw);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The day a part of a month stands for: the 1st, the 15th or the last day (undefined: none named). */
function dayOfPart(part: string | undefined, y: number, m: number): number | undefined {
  if (!part) return undefined;
  if (/^(?:early|beginning|start)$/i.test(part)) return 1;
  if (/^(?:mid|middle)$/i.test(part)) return 15;
  return lastDay(y, m);
}

/** Full month names and their usual short forms; "may" is a month only where nothing else reads it. */
const MONTH_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

interface Found {
  value: string;
  /** A day field got only a month (or a part of it): the day was put in, and said so. */
  how: string;
}

/**
 * The one date a hedged answer names, for a field of this kind. `ahead` fields (a deadline) hold a
 * date still to come, so a month with no year is the next one from `today`; a month with no year in
 * a past field (a graduation) is no usable date.
 */
export function readHedgedDate(raw: string, kind: DateKind, today: string, ahead: boolean): HedgedDate | undefined {
  if (!isEstimate(raw)) return undefined;
  // Words, with "mid-november" split into its part and month, and commas and brackets dropped.
  const words = raw
    .replace(/\b(early|mid|late)-(?=[a-z])/gi, '$1 ')
    .replace(/-ish\b/gi, '')
    .split(/[\s,;()!?]+|\.(?=\s|$)/)
    .filter(Boolean);
  const found: Found[] = [];
  const used = new Set<number>();
  // Longest windows first, so "15 Jan 2027" is one date, not a day and a month.
  for (let len = Math.min(4, words.length); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      if ([...Array(len).keys()].some((k) => used.has(i + k))) continue;
      const text = words.slice(i, i + len).join(' ');
      const part = partBefore(words, i);
      const read = readWindow(
        text,
        kind,
        today,
        ahead,
        part,
        i > 0 && /^(?:in|by|on|until|till)$/i.test(words[i - 1]!),
      );
      if (!read) continue;
      for (let k = 0; k < len; k++) used.add(i + k);
      found.push(read);
    }
  }
  const values = [...new Set(found.map((f) => f.value))];
  if (values.length > 1) return { kind: 'several' };
  const one = found[0];
  if (!one) return yearOnlyEstimate(words, kind, ahead) ?? { kind: 'unknown' };
  const about = kind === 'day' ? humanDay(one.value) : humanMonth(one.value);
  return { kind: 'date', value: one.value, about, how: one.how };
}

/**
 * A past month answered with a year and doubt only ("around 2018 i think, MBBS"): the year is
 * usable, with July (its middle) standing in for the month, as approximateMonth (friendly.ts) reads
 * "around 2018". Newcomer trial 20: the graduation was dropped as "not decided" and then demanded,
 * while a hedged exam date was kept. Not for a date still to come (a deadline "maybe 2027" is no plan).
 */
function yearOnlyEstimate(words: readonly string[], kind: DateKind, ahead: boolean): HedgedDate | undefined {
  if (kind !== 'month' || ahead) return undefined;
  const years = [...new Set(words.filter((w) => /^(?:19|20)\d{2}$/.test(w)))];
  if (years.length !== 1) return undefined;
  // The month named apart from the year ("2012 (MBBS), not sure month, maybe march"): newcomer
  // trial 22's graduation was stored as July, the guessed month dropped. One month word is read
  // with the year; "may" only where "in", "of" or a part of a month leads it (else it is the verb).
  const months = [
    ...new Set(
      words
        .map((w, i) =>
          MONTH_WORD.test(w) && (!/^may$/i.test(w) || (i > 0 && /^(?:in|of|early|mid|late|end)$/i.test(words[i - 1]!)))
            ? monthNumber(w.replace(/\.$/, ''))
            : undefined,
        )
        .filter((m): m is number => m !== undefined),
    ),
  ];
  if (months.length === 1) {
    const named = `${years[0]!}-${pad2(months[0]!)}`;
    return { kind: 'date', value: named, about: humanMonth(named), how: 'the month and the year read apart' };
  }
  const value = `${years[0]!}-07`;
  return {
    kind: 'date',
    value,
    about: humanMonth(value),
    how: 'the middle of that year, since you gave the year only',
  };
}

/** The part of a month named just before word `i` ("mid", "end of the"), if any. */
function partBefore(words: readonly string[], i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && JOINER.test(words[j]!)) j--;
  return j >= 0 && PART.test(words[j]!) ? words[j]!.toLowerCase() : undefined;
}

function readWindow(
  text: string,
  kind: DateKind,
  today: string,
  ahead: boolean,
  part: string | undefined,
  led: boolean,
): Found | undefined {
  const day = parseDay(text);
  if (day.ok) {
    return kind === 'day' ? { value: day.value, how: '' } : { value: day.value.slice(0, 7), how: '' };
  }
  // A year alone is no date ("2027" could be any month of it); parseMonth says so by refusing it.
  const month = /^\d{4}$/.test(text) ? undefined : parseMonth(text);
  if (month?.ok) return withDay(month.value, kind, part, 'a month');
  // "mid november", "Jan 15": a month (and day) with no year, only for a date still to come.
  const [first, second] = text.split(' ');
  if (!first || !MONTH_WORD.test(first) || !ahead) return undefined;
  // "may" is a month only where a part or "in"/"by" leads it: "it may be mid december" is a verb.
  if (/^may$/i.test(first) && !part && !led) return undefined;
  const m = monthNumber(first);
  if (m === undefined) return undefined;
  const dayWord = second ? /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(second)?.[1] : undefined;
  if (second && !dayWord) return undefined;
  let y = Number(today.slice(0, 4));
  const dayIn = (yy: number): number => (dayWord ? Number(dayWord) : (dayOfPart(part, yy, m) ?? 1));
  if (`${y}-${pad2(m)}-${pad2(dayIn(y))}` < today) y += 1;
  const value = `${y}-${pad2(m)}-${pad2(dayIn(y))}`;
  if (kind === 'day' && !isDay(value)) return undefined;
  const yearNote = `the next ${humanMonth(`${y}-${pad2(m)}`).slice(0, 3)} from today`;
  if (kind !== 'day') return { value: value.slice(0, 7), how: yearNote };
  return { value, how: dayWord ? yearNote : `${partWords(part)}, ${yearNote}` };
}

/** A month read for a day field: the day the part names, else the 1st (the earliest it could be). */
function withDay(month: string, kind: DateKind, part: string | undefined, what: string): Found {
  if (kind !== 'day') return { value: month, how: '' };
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = dayOfPart(part, y, m) ?? 1;
  return {
    value: `${month}-${pad2(d)}`,
    how: part ? partWords(part) : `${what} alone read as its 1st, the earliest it could be`,
  };
}

function partWords(part: string | undefined): string {
  if (!part) return 'a month alone read as its 1st, the earliest it could be';
  if (/^(?:early|beginning|start)$/i.test(part)) return `"${part}" read as the 1st`;
  if (/^(?:mid|middle)$/i.test(part)) return `"${part}" read as the 15th`;
  return `"${part}" read as the last day`;
}

/** A whole answer that is a month where a day is asked ("Nov 2027" for a deadline): its 1st, said. */
export function monthForDay(raw: string): { value: string; about: string; how: string } | undefined {
  const s = raw.trim();
  if (parseDay(s).ok || /^\d{4}$/.test(s)) return undefined;
  const month = parseMonth(s);
  if (!month.ok) return undefined;
  const value = `${month.value}-01`;
  return { value, about: humanDay(value), how: 'a month alone read as its 1st, the earliest it could be' };
}
