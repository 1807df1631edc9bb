/**
 * Parsers for what members actually type into a form or a command option: "Jul 2018", "07/2018",
 * "y", "Step 2 CK", "exam prep", "present". Each returns the contract's canonical form or a message
 * that says what was wrong and what to type instead (without the field name: callers prefix it).
 */
import { isDay, isMonth } from '../dates.js';
import { err, ok, type Result } from '../result.js';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Month names in the other languages members trained in (Spanish, Portuguese, French, Italian,
 * German, Dutch), diacritics folded, January first: "dez 2016", "ene 2019", "fev", "ago", "set",
 * "out", "dic" are months to a member who learnt them so.
 */
const OTHER_MONTH_NAMES: readonly (readonly string[])[] = [
  ['enero', 'janeiro', 'janvier', 'gennaio', 'januar', 'januari'],
  ['febrero', 'fevereiro', 'fevrier', 'febbraio', 'februar', 'februari'],
  ['marzo', 'marco', 'mars', 'marz', 'maart'],
  ['abril', 'avril', 'aprile'],
  ['mayo', 'maio', 'mai', 'maggio', 'mei'],
  ['junio', 'junho', 'juin', 'giugno', 'juni'],
  ['julio', 'julho', 'juillet', 'luglio', 'juli'],
  ['agosto', 'aout', 'augustus'],
  ['septiembre', 'setiembre', 'setembro', 'septembre', 'settembre'],
  ['octubre', 'outubro', 'octobre', 'ottobre', 'oktober'],
  ['noviembre', 'novembro', 'novembre'],
  ['diciembre', 'dezembro', 'decembre', 'dicembre', 'dezember'],
];

/**
 * "Jul", "july", "sept", "dez", "ene" → 7 / 7 / 9 / 12 / 1; undefined when it is not a month name
 * (at least 3 letters) or when its letters begin months of two different numbers ("jui": juin or
 * juillet).
 */
export function monthNumber(word: string): number | undefined {
  const w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const found = new Set<number>();
  MONTH_NAMES.forEach((name, i) => {
    if (name.startsWith(w) || (w === 'sept' && name === 'september')) found.add(i + 1);
  });
  OTHER_MONTH_NAMES.forEach((names, i) => {
    if (names.some((name) => name.startsWith(w))) found.add(i + 1);
  });
  return found.size === 1 ? [...found][0] : undefined;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Lower-case letters and digits only: "Step 2 CK" → "step2ck", "non-US" → "nonus". */
export function compact(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Quote what the member typed, shortened so a pasted essay does not become the error message. */
export function quote(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 37)}...` : raw);
}

// With the slips people make on a phone keyboard ("yse", "yess", "noo").
const YES = new Set(['yes', 'y', 'true', '1', 'yeah', 'yep', 'ok', 'sure', 'yup', 'yea', 'ya', 'yse', 'yess', 'ye']);
const NO = new Set(['no', 'n', 'false', '0', 'nope', 'none', 'nah', 'noo', 'nop']);

export function parseYesNo(raw: string): Result<boolean, string> {
  const w = raw.trim().toLowerCase().replace(/[.!]$/, '');
  if (YES.has(w)) return ok(true);
  if (NO.has(w)) return ok(false);
  return err(`${quote(raw)} is not yes or no — answer yes or no`);
}

/** Words after a yes or no that take it back or leave it open ("no wait", "yes and no", "not sure"). */
const UNSETTLED = /\b(?:wait|maybe|perhaps|not sure|unsure|don'?t know|idk|or|either|depends)\b|\?/i;

/**
 * A yes or no said first, with more words after it ("yes unfortunately.. 2 things", "no, never had
 * any"): the leading word is the answer and the rest a remark, returned so it can be said back (it
 * is never stored). Undefined when the first word is neither, or the rest takes it back or names
 * the other word too.
 */
export function leadingYesNo(raw: string): { value: boolean; remark: string } | undefined {
  const m = /^\s*([a-z]+)\b[\s,.;:!–—-]*(.*)$/is.exec(raw);
  if (!m) return undefined;
  const first = (m[1] ?? '').toLowerCase();
  const rest = (m[2] ?? '').trim();
  const value = YES.has(first) && !/^\d/.test(first) ? true : NO.has(first) && !/^\d/.test(first) ? false : undefined;
  if (value === undefined || !rest || UNSETTLED.test(rest)) return undefined;
  const words = rest.toLowerCase().split(/[^a-z']+/);
  if (words.some((x) => (value ? NO : YES).has(x) && x.length > 1 && x !== 'ok' && x !== 'sure')) return undefined;
  return { value, remark: rest.replace(/[\s.!]+$/, '') };
}

/** Number words and ordinals people type for a numbered choice ("step three", "level two", "second"). */
const WORD_DIGITS: Record<string, string> = {
  one: '1',
  first: '1',
  two: '2',
  second: '2',
  three: '3',
  third: '3',
  four: '4',
  fourth: '4',
};
const ROMAN_AFTER = /\b(step|level|part)\s+(iii|ii|i)\b/gi;
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3' };

/** "step three" → "step 3", "Level II" → "Level 2": digits for the number words of a choice. */
export function numberWordsToDigits(raw: string): string {
  return raw
    .replace(ROMAN_AFTER, (_, w: string, r: string) => `${w} ${ROMAN[r.toLowerCase()] ?? r}`)
    .replace(/\b(one|first|two|second|three|third|four|fourth)\b/gi, (w) => WORD_DIGITS[w.toLowerCase()] ?? w);
}

export const MONTH_HINT = 'use YYYY-MM, e.g. 2018-07';
export const DAY_HINT = 'use YYYY-MM-DD, e.g. 2027-01-15';

/**
 * A month in any of the forms people write: 2018-07, 2018/7, 07/2018, 7-2018, Jul 2018,
 * July, 2018, 2018 Jul, or a full day (2018-07-15, its month is taken).
 */
export function parseMonth(raw: string): Result<string, string> {
  const exact = parseExactMonth(raw);
  if (exact.ok) return exact;
  const approx = approximateMonth(raw);
  return approx ? ok(approx.month) : exact;
}

/**
 * Words that make a date approximate: "around 2013", "dec 2013 i think", "sometime in 2021, maybe
 * march", "2019?" (trial 17: each was refused). The date is taken and the doubt said back
 * (approximateMonth), never a refusal of an answer that can be used.
 */
const DATE_HEDGE =
  /\b(?:around|about|approx(?:imately|\.)?|roughly|circa|ca\.|approximately|some\s*time|somewhere|maybe|perhaps|probably|possibly|likely|or\s+so|i\s+(?:think|guess|believe|suppose)|if\s+i\s+remember(?:\s+(?:right|correctly))?|not\s+(?:100%\s+|fully\s+|quite\s+)?sure|early|mid|middle|late|end|start|beginning)\b|~|\?/gi;

/** The doubt words and the small words around them ("sometime in", "around the end of"). */
const DATE_FILLER = new RegExp(`${DATE_HEDGE.source}|\\b(?:in|of|the|end|start|beginning|middle)\\b`, 'gi');

/**
 * A date said with a doubt: the month (YYYY-MM) once the doubt words are set aside, and whether
 * only the year was given (then July, the middle of the year, stands in for the month). Undefined
 * when no doubt word is there or what is left is no date. "early/mid/late 2013" read as Feb/Jul/Nov.
 */
export function approximateMonth(raw: string): { month: string; yearOnly: boolean } | undefined {
  const s = raw.trim();
  if (!new RegExp(DATE_HEDGE.source, 'i').test(s)) return undefined;
  const part = /\b(early|start|beginning|mid|middle|late|end)\b/i.exec(s)?.[1]?.toLowerCase();
  const rest = s
    .replace(DATE_FILLER, ' ')
    .replace(/[,;:()!.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!rest) return undefined;
  const exact = parseExactMonth(rest);
  if (exact.ok) return { month: exact.value, yearOnly: false };
  const year = /^((?:19|20)\d{2})$/.exec(rest)?.[1];
  if (!year) return undefined;
  const m =
    part === 'early' || part === 'start' || part === 'beginning'
      ? '02'
      : part === 'late' || part === 'end'
        ? '11'
        : '07';
  return { month: `${year}-${m}`, yearOnly: true };
}

/** The month forms of parseMonth without its reading of hedged words: a window of a hedged answer (hedged-date.ts) must not read the whole phrase as an approximate month. */
export function parseExactMonth(raw: string): Result<string, string> {
  const s = raw.trim();
  // A year alone is the commonest answer from someone who remembers only the year: ask for the
  // month with that year in the example, rather than a generic "not a month".
  if (/^(?:19|20)\d{2}$/.test(s)) {
    return err(`${quote(raw)} is a year: add the month too, e.g. ${s}-07 or Jul ${s}`);
  }
  const fail = err(`${quote(raw)} is not a month — ${MONTH_HINT}`);
  let y: number | undefined;
  let m: number | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})[-/. ](\d{1,2})(?:[-/. ]\d{1,2})?$/.exec(s))) {
    [y, m] = [Number(match[1]), Number(match[2])];
  } else if ((match = /^(\d{1,2})[-/. ](\d{4})$/.exec(s))) {
    [y, m] = [Number(match[2]), Number(match[1])];
  } else if ((match = /^(\p{L}+\.?)[\s,/-]*(?:(?:de|del)\s+)?(\d{4})$/iu.exec(s))) {
    // "Jul 2018", "dez 2016", "diciembre de 2016", "ago./2019"
    [y, m] = [Number(match[2]), monthNumber(match[1] ?? '')];
  } else if ((match = /^(\d{4})[\s,/-]*(\p{L}+\.?)$/iu.exec(s))) {
    [y, m] = [Number(match[1]), monthNumber(match[2] ?? '')];
  }
  if (y === undefined || m === undefined) return fail;
  const out = `${y}-${pad2(m)}`;
  return isMonth(out) ? ok(out) : fail;
}

const PRESENT = new Set(['present', 'now', 'current', 'currently', 'ongoing', 'today', 'still', 'todate']);

/** A period end: a month or "present" (also "now", "current", "ongoing"). */
export function parseMonthOrPresent(raw: string): Result<string, string> {
  if (PRESENT.has(compact(raw))) return ok('present');
  const m = parseMonth(raw);
  if (m.ok) return m;
  return /^(?:19|20)\d{2}$/.test(raw.trim())
    ? err(`${m.error}, or "present"`)
    : err(`${quote(raw)} is not a month — use YYYY-MM (e.g. 2023-03) or "present"`);
}

/**
 * A calendar day: 2027-01-15, 2027/1/15, 15 Jan 2027, Jan 15, 2027, and 15/01/2027 or 01/15/2027
 * when the order is unambiguous (one part above 12). 05/06/2027 is refused: it is 5 June to half
 * the world and May 6 to the other half.
 */
export function parseDay(raw: string): Result<string, string> {
  const s = raw.trim();
  const fail = err(`${quote(raw)} is not a date — ${DAY_HINT}`);
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[\s-]*([a-z]+\.?)[\s,-]*(\d{4})$/i.exec(s))) {
    [y, m, d] = [Number(match[3]), monthNumber(match[2] ?? ''), Number(match[1])];
  } else if ((match = /^([a-z]+\.?)[\s-]*(\d{1,2})(?:st|nd|rd|th)?[\s,-]+(\d{4})$/i.exec(s))) {
    [y, m, d] = [Number(match[3]), monthNumber(match[1] ?? ''), Number(match[2])];
  } else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    y = Number(match[3]);
    if (a > 12 && b <= 12) [d, m] = [a, b];
    else if (b > 12 && a <= 12) [m, d] = [a, b];
    else if (a === b) [m, d] = [a, b];
    else return err(`${quote(raw)} could be day/month or month/day — ${DAY_HINT}`);
  }
  if (y === undefined || m === undefined || d === undefined) return fail;
  const out = `${y}-${pad2(m)}-${pad2(d)}`;
  return isDay(out) ? ok(out) : fail;
}

/** Words a person uses for a count of zero ("Previous Match attempts: none"). */
const ZERO_WORDS = /^(?:none|no|zero|never|nil|nothing|no attempts?)$/i;

/** A whole number in [min, max]; "2 times" and "3 attempts" are read as 2 and 3, "none" as 0. */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export function parseInteger(raw: string, min: number, max: number, example = min): Result<number, string> {
  if (ZERO_WORDS.test(raw.trim()) && min <= 0 && max >= 0) return ok(0);
  const stripped = raw.trim().replace(/\s*(times?|attempts?|cycles?|x)$/i, '');
  // "one", "twice": Match attempts are counted in words as often as in digits.
  const word = NUMBER_WORDS.indexOf(stripped.toLowerCase());
  const s =
    word > 0
      ? String(word)
      : stripped.toLowerCase() === 'once'
        ? '1'
        : stripped.toLowerCase() === 'twice'
          ? '2'
          : stripped;
  if (!/^[+-]?\d+$/.test(s)) return err(`${quote(raw)} is not a whole number — e.g. ${example}`);
  return inRange(Number(s), raw, min, max);
}

/**
 * A number in [min, max]. `unit: 'months'` also reads "3 months", "3 mo" and weeks
 * ("8 weeks" → 2, rounded to half months): rotations are often counted in weeks.
 */
export function parseNumber(
  raw: string,
  min: number,
  max: number,
  unit?: 'months',
  example: number = min,
): Result<number, string> {
  let s = raw.trim().replace(',', '.');
  let factor = 1;
  if (unit === 'months') {
    const weeks = /^(.*?)\s*(w|wk|wks|weeks?)$/i.exec(s);
    if (weeks) {
      s = weeks[1] ?? '';
      factor = 1 / 4.345;
    } else {
      s = s.replace(/\s*(m|mo|mos|months?)$/i, '');
    }
  }
  if (!/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(s)) {
    return err(
      `${quote(raw)} is not a number${unit === 'months' ? ' of months — e.g. 2, or 8 weeks' : ` — e.g. ${example}`}`,
    );
  }
  const n = factor === 1 ? Number(s) : Math.round(Number(s) * factor * 2) / 2;
  return inRange(n, raw, min, max);
}

function inRange(n: number, raw: string, min: number, max: number): Result<number, string> {
  if (n < min) return err(`${quote(raw)} is too small — at least ${min}`);
  if (n > max) return err(`${quote(raw)} is too large — at most ${max}`);
  return ok(n);
}

export interface EnumChoice {
  value: string;
  label: string;
}

/**
 * Match free text to one enum value, case- and punctuation-insensitively: the value itself
 * ("exam-prep"), its label ("Exam preparation"), an alias ("ck" → step2ck), or an unambiguous
 * start of the value or label ("obs" → observership).
 */
export function parseEnum(
  raw: string,
  choices: readonly EnumChoice[],
  aliases: Readonly<Record<string, string>> = {},
): Result<string, string> {
  // "step three", "level II": the same choice as its digits, when the words alone name none.
  const digits = numberWordsToDigits(raw);
  if (digits !== raw) {
    const read = parseEnum(digits, choices, aliases);
    if (read.ok) return read;
  }
  const key = compact(raw);
  // The member reads the options' names, never the stored ids.
  const listing = choices.map((c) => c.label).join(', ');
  if (!key) return err(`${quote(raw)} is not one of: ${listing}`);
  const exact = choices.find((c) => compact(c.value) === key || compact(c.label) === key);
  if (exact) return ok(exact.value);
  const alias = aliases[key];
  if (alias) return ok(alias);
  if (key.length >= 2) {
    const starts = choices.filter((c) => compact(c.value).startsWith(key) || compact(c.label).startsWith(key));
    if (starts.length === 1 && starts[0]) return ok(starts[0].value);
    if (starts.length > 1) {
      return err(`${quote(raw)} could be ${starts.map((c) => c.label).join(' or ')} — type more of it`);
    }
  }
  const typo = typoMatch(key, choices, aliases);
  if (typo) return ok(typo);
  return err(`${quote(raw)} is not one of: ${listing}`);
}

/**
 * Optimal-string-alignment distance (a swap of two neighbours counts once), stopping early past
 * `max`: typing on a phone gives "obsrvership", "citizn", "felowship", "clincal".
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * A misspelt choice: one slip in 4–7 letters, two from 8, against the value, the label or an alias,
 * whole or as its start (so "not a us citizn" still finds "Not a US citizen or permanent resident").
 * Only a single choice within reach counts; two within reach, or a word under 4 letters, is a real
 * "not one of", since a guess there would store the wrong answer silently.
 */
function typoMatch(
  key: string,
  choices: readonly EnumChoice[],
  aliases: Readonly<Record<string, string>>,
): string | undefined {
  if (key.length < 4) return undefined;
  const max = key.length >= 8 ? 2 : 1;
  const near = (target: string) => {
    for (let len = key.length - max; len <= key.length + max; len++) {
      if (len < 1 || len > target.length) continue;
      // The whole target, or its start when the member typed a shorter form of a long label.
      if (len < target.length && len < 4) continue;
      const start = target.slice(0, len);
      // A number is never a slip: "Step 4" is not Step 1, "H2B" not H-1B.
      if (start.replace(/\D/g, '') !== key.replace(/\D/g, '')) continue;
      if (editDistance(key, start, max) <= max) return true;
    }
    return false;
  };
  const found = new Set<string>();
  for (const c of choices) if (near(compact(c.value)) || near(compact(c.label))) found.add(c.value);
  for (const [alias, value] of Object.entries(aliases)) if (alias.length >= 4 && near(alias)) found.add(value);
  return found.size === 1 ? [...found][0] : undefined;
}

/** Specialties people train and certify in (ACGME core specialties and common subspecialties). */
const SPECIALTIES = [
  'anesthesiology',
  'cardiology',
  'dermatology',
  'emergency medicine',
  'endocrinology',
  'family medicine',
  'gastroenterology',
  'general surgery',
  'geriatrics',
  'hematology',
  'infectious diseases',
  'internal medicine',
  'medical genetics',
  'nephrology',
  'neurology',
  'neurosurgery',
  'nuclear medicine',
  'obstetrics and gynecology',
  'oncology',
  'ophthalmology',
  'orthopedic surgery',
  'otolaryngology',
  'pathology',
  'pediatrics',
  'physical medicine and rehabilitation',
  'preventive medicine',
  'psychiatry',
  'pulmonology',
  'radiation oncology',
  'radiology',
  'diagnostic radiology',
  'rheumatology',
  'surgery',
  'urology',
] as const;

/**
 * A specialty with a slip in its spelling ("Pediatrcs", "intrenal medicine") in its usual
 * spelling, so a letter or a draft never repeats the slip; anything else (a specialty not listed,
 * "general pediatrics", "IM") is kept as typed.
 */
export function fixSpecialty(raw: string): string {
  const key = compact(raw);
  if (key.length < 5) return raw;
  if (SPECIALTIES.some((x) => compact(x) === key)) return raw;
  const max = key.length >= 8 ? 2 : 1;
  const near = SPECIALTIES.filter((x) => editDistance(key, compact(x), max) <= max);
  return near.length === 1 ? near[0]! : raw;
}

/** Every region name the runtime knows in English, by two-letter code (no table of ours to go stale). */
let regions: readonly string[] | undefined;
export function regionDisplayNames(): readonly string[] {
  if (regions) return regions;
  const names: string[] = [];
  try {
    const display = new Intl.DisplayNames(['en'], { type: 'region' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        try {
          const name = display.of(code);
          if (name && name !== code) names.push(name);
        } catch {
          // not a region code
        }
      }
    }
  } catch {
    // no region names in this runtime: callers keep what was typed
  }
  regions = names;
  return regions;
}

/** Country names in English: the runtime's regions without groupings such as the EU. */
let countries: string[] | undefined;
function countryNames(): string[] {
  countries ??= [...new Set(regionDisplayNames().filter((name) => !/region|union|outlying|pseudo/i.test(name)))];
  return countries;
}

/**
 * A country with a slip ("Egpyt", "Brasil") in its English spelling, so a draft or a report never
 * repeats the slip; a country already spelt right, a short form ("USA", "UK") or anything not
 * close to exactly one country is kept as typed.
 */
export function fixCountry(raw: string): string {
  const key = compact(raw);
  if (key.length < 5) return raw;
  const all = countryNames();
  if (all.some((x) => compact(x) === key)) return raw;
  const max = key.length >= 8 ? 2 : 1;
  const near = all.filter((x) => editDistance(key, compact(x), max) <= max);
  return near.length === 1 ? near[0]! : raw;
}

/**
 * Where a remark begins in a typed specialty: a bracket, a spaced dash, a semicolon or colon, or a
 * comma or plain words that say where, when or how the training is ("currently PGY3 at a community
 * program in michigan", "since 2024", "finished last year"). A comma alone is not a cut: "medicine,
 * pediatrics" names two.
 */
const SPECIALTY_REMARK =
  /\s*(?:\(|\[|\s[-–—]\s|;|:|,?\s+(?=(?:currently|now|presently|pgy|py|resident\b|residency\b|at|in|since|from|doing|did|done|finished|completed|starting|started|year|yr|my|i|am|but)\b))/i;

/**
 * A typed specialty split into the specialty and a remark after it, so the remark (where the
 * member trains, which year) is never stored as the specialty: the specialty is quoted in public
 * shares and in emails to letter writers, the remark must reach neither (a newcomer's "internal
 * med (currently PGY3 at a community program in michigan)" did both). "med" at the end reads as
 * "medicine". No remark: `remark` is undefined.
 */
export function specialtyAndRemark(raw: string): { specialty: string; remark?: string } {
  // "prelim IM 1 year", "one year prelim medicine", "TY": the kind of position and a year count are
  // not part of a specialty's name (trial 18 stored "prelim IM 1" and emailed it to a program
  // director). They are taken out of the answer before any bracket or dash, where the specialty is
  // named; a remark after it is left as typed.
  const cut = /\(|\[|\s[-–—]\s|;|:/.exec(raw);
  const head = cut ? raw.slice(0, cut.index) : raw;
  const stripped = stripTrainingKind(head).replace(/^(?:in|of|at|for|then|and|after|before)\s+/i, '');
  // Nothing but such words before the bracket ("TY (Cleveland Clinic)", "intern year only (prelim)"):
  // the specialty is the one the rest names, or none (asked again), never the bracket itself.
  if (!stripped && head.trim() && cut) return { specialty: namedSpecialty(raw.slice(cut.index)) ?? '' };
  const t = stripped + (cut ? raw.slice(cut.index) : '');
  const read = specialtyAndRemarkAsTyped(t);
  // Once such words were taken out, what is left may still hold a linking word ("TY then FM"): the
  // specialty it names is the answer, when it names one.
  const named =
    stripped !== head.trim() && !SPECIALTIES.includes(read.specialty.toLowerCase() as never)
      ? namedSpecialty(stripped)
      : undefined;
  const specialty = named ?? abbreviatedSpecialty(read.specialty);
  if (!read.remark) return { specialty };
  // A sentence is said back as typed, not with its words taken out.
  const asTyped = specialtyAndRemarkAsTyped(raw).remark;
  const remark = asTyped && SENTENCE_START.test(raw.trim()) ? asTyped : read.remark;
  // A remark that only says the kind or the length ("(1 yr)", "- preliminary") is no remark.
  return /[a-z0-9]/i.test(stripTrainingKind(remark)) ? { specialty, remark } : { specialty };
}

/**
 * The kind of position a specialty answer names: a preliminary year (one year of a specialty's
 * training before another residency) or a transitional year (its own one-year program). Neither
 * completes a residency; isPreliminaryYear (training.ts) reads the same words.
 */
export type TrainingKind = 'preliminary' | 'transitional';
export function trainingKindOf(raw: string): TrainingKind | undefined {
  const kinds = kindMarkers(raw).map((m) => m.kind);
  return kinds.includes('transitional') ? 'transitional' : kinds[0];
}

/**
 * Words that, right after "preliminary" or "transitional", make it a kind of training position: a
 * year or a position ("prelim year", "preliminary position"), a link to the specialty ("prelim in
 * IM", "TY then FM") or "medicine"/"med" itself.
 */
const POSITION_NEXT: ReadonlySet<string> = new Set(
  'year yr yrs years position positions spot spots slot program programme residency training intern internship track only then and in at of for with after before med medicine one two'.split(
    ' ',
  ),
);

/**
 * Where "preliminary" or "transitional" names a kind of training position, by what comes after it:
 * nothing ("surgery prelim", "intern year only (prelim)"), a year, a position, a link word, a count
 * or a specialty ("prelim IM 1 year", "preliminary general surgery"). Not where it qualifies
 * something else ("preliminary exam results", "transitional care"): such an answer is read as
 * typed, as it always was. "TY" counts in capitals, or typed alone.
 */
function kindMarkers(raw: string): { index: number; length: number; kind: TrainingKind }[] {
  const out: { index: number; length: number; kind: TrainingKind }[] = [];
  for (const m of raw.matchAll(/\b(?:prelim(?:inary)?|pre-lim|transitional(?:[-\s]+year)?|TY)\b/gi)) {
    const word = m[0];
    const index = m.index ?? 0;
    const kind: TrainingKind = /^t/i.test(word) ? 'transitional' : 'preliminary';
    const ty = /^ty$/i.test(word);
    if (ty && word !== 'TY' && raw.trim().toLowerCase() !== 'ty') continue;
    if (ty || /year$/i.test(word) || positionFollows(raw.slice(index + word.length))) {
      out.push({ index, length: word.length, kind });
    }
  }
  return out;
}

/** Whether the text after "preliminary"/"transitional" reads as a training position's (kindMarkers). */
function positionFollows(after: string): boolean {
  const rest = after.replace(/^[\s.,;:()[\]\-–—/]+/, '');
  if (!rest) return true;
  const words = rest.split(/\s+/);
  const first = (words[0] ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (POSITION_NEXT.has(first) || /^(?:pgy\d*|\d+)$/.test(first)) return true;
  // A specialty named from the next word on ("IM", "internal medicine", "general surgery").
  const opens = SPECIALTIES.some((x) => x.split(' ')[0] === first) || namedSpecialty(words[0] ?? '') !== undefined;
  return opens && namedSpecialty(words.slice(0, 3).join(' ')) !== undefined;
}

/**
 * The words that say what kind of position or how long, not which specialty: categorical, intern
 * year, PGY-1, "1 year", "one yr", "12 months", a lone count, "only" (preliminary and transitional
 * go by kindMarkers, where they name the position).
 */
const KIND_WORDS = new RegExp(
  [
    '\\bcategorical\\b',
    '\\bintern(?:ship)?(?:\\s+year)?\\b',
    '\\bpgy[-\\s]?\\d\\b',
    '\\b(?:\\d+|one|two|three|1st|first)[-\\s]*(?:years?|yrs?)(?:\\s+(?:program|position|only))?\\b',
    '\\b(?:years?|yrs?)\\b',
    '\\b\\d{1,2}\\s*(?:months?|mos?)\\b',
    '(?<![\\w/-])\\d{1}(?![\\w/-])',
    '\\bposition\\b',
    '\\bonly\\b',
  ].join('|'),
  'gi',
);
function stripTrainingKind(s: string): string {
  let out = s;
  // From the end, so earlier indexes stay valid.
  for (const m of kindMarkers(s).reverse()) out = `${out.slice(0, m.index)} ${out.slice(m.index + m.length)}`;
  return out
    .replace(KIND_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:-]+|[\s,;:-]+$/g, '')
    .trim();
}

/** Short forms members type for a specialty ("IM", "FM", "EM"), in full so a letter never quotes them. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  im: 'internal medicine',
  'i.m.': 'internal medicine',
  'int med': 'internal medicine',
  'internal med': 'internal medicine',
  fm: 'family medicine',
  em: 'emergency medicine',
};
function abbreviatedSpecialty(s: string): string {
  return ABBREVIATIONS[s.toLowerCase().replace(/\s+/g, ' ')] ?? s;
}

/** A specialty answer split as typed; specialtyAndRemark then takes the position's kind out. */
function specialtyAndRemarkAsTyped(raw: string): { specialty: string; remark?: string } {
  const s = raw.trim();
  // An answer told as a sentence ("i did FCPS medicine (internal medicine)", "my specialty is
  // paeds"): its first word is no specialty (trial 17 stored "i" and emailed "my training in i").
  // The specialty named anywhere in it is read; none named, nothing is (the question is asked again).
  if (SENTENCE_START.test(s)) {
    const named = namedSpecialty(s);
    return named ? { specialty: named, remark: s } : { specialty: '' };
  }
  const m = SPECIALTY_REMARK.exec(s);
  const head = m && m.index > 0 ? s.slice(0, m.index).trim() : s;
  const remark =
    m && m.index > 0
      ? s
          .slice(m.index + m[0].length)
          .replace(/[\s)\]]+$/, '')
          .trim()
      : '';
  // A lone letter or a pronoun is never a specialty: asked again rather than stored.
  if (head.replace(/[^a-z]/gi, '').length < 2 || LONE_WORD.test(head)) return { specialty: '' };
  // "Medicine" alone or after a degree (FCPS Medicine, MD Medicine) is internal medicine.
  const medicine = /^(?:(?:fcps|md|mrcp|general)\s+)?(?:medicine|med\.?)$/i.test(head);
  const specialty = medicine ? 'internal medicine' : fixSpecialty(head.replace(/\bmed\.?$/i, 'medicine'));
  return remark ? { specialty, remark } : { specialty };
}

/**
 * Words that open a sentence, never a specialty: pronouns, verbs of training, "specialty is". "IM"
 * (internal medicine) is not among them, nor any word a specialty starts with.
 */
const SENTENCE_START =
  /^(?:i|i['’]m|i['’]ve|i['’]d|me|my|mine|we|our|it|it['’]s|its|is|was|am|are|did|done|do|have|has|had|trained|training|studied|finished|completed|specialty|speciality|specialisation|specialization|field|so|well|yes|ok|okay|currently|basically|the|a|an)\b(?!\s*$)/i;

/** A pronoun or filler typed alone. */
const LONE_WORD = /^(?:i|me|my|mine|we|it|this|that|yes|no|ok|okay|same|none|na|n\/a)$/i;

/** Other names for a specialty, as members type them (British spellings, Pakistani and Indian degrees). */
const SPECIALTY_ALIASES: readonly [RegExp, string][] = [
  [/\b(?:paediatrics?|pediatric|peds|paeds)\b/i, 'pediatrics'],
  [
    /\b(?:ob\s*\/?\s*gyn(?:a?e(?:cology)?)?|gyn(?:a?e(?:cology)?)?\s*(?:&|and|\/)\s*obs(?:tetrics)?|gynaecology|gynecology)\b/i,
    'obstetrics and gynecology',
  ],
  [/\banaesthesi(?:a|ology)\b|\banesthesia\b/i, 'anesthesiology'],
  [/\bgeneral surgery\b|\bsurgery\b/i, 'general surgery'],
  [/\bpsych\b/i, 'psychiatry'],
  // "Medicine" alone, or after a degree or "general" (FCPS Medicine, MD Medicine, MRCP): internal
  // medicine; never when another word makes it a different specialty (family, emergency, nuclear…).
  [
    /(?<!\b(?:family|emergency|nuclear|preventive|preventative|physical|sports|aerospace|occupational|tropical|sleep|palliative|addiction|hospice|transfusion|vascular|adolescent|critical care|pain|internal)\s)\bmedicine\b/i,
    'internal medicine',
  ],
  [/\bmrcp\b|\bgeneral medicine\b/i, 'internal medicine'],
  // Short forms in capitals only: "im" in lower case is often "I'm".
  [/\bIM\b/, 'internal medicine'],
  [/\bint(?:ernal)?\.?\s+med\b/i, 'internal medicine'],
  [/\bFM\b/, 'family medicine'],
  [/\bEM\b/, 'emergency medicine'],
];

/**
 * The specialty a sentence names: a listed one (the longest that fits, so "internal medicine" beats
 * "medicine" and "radiation oncology" beats "oncology") or an alias. Undefined when none is named.
 */
function namedSpecialty(s: string): string | undefined {
  const listed = [...SPECIALTIES]
    .sort((a, b) => b.length - a.length)
    .find((x) => new RegExp(`\\b${x.replace(/ /g, '\\s+')}\\b`, 'i').test(s));
  if (listed) return listed;
  return SPECIALTY_ALIASES.find(([re]) => re.test(s))?.[1];
}

/** The specialty alone, for anything shown to others (a share, an email): never a remark typed with it. */
export function specialtyName(raw: string): string {
  return specialtyAndRemark(raw).specialty;
}
