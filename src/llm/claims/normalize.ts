/**
 * One canonical spelling for the claim readers: Unicode folded (NFKC, look-alike letters, hidden
 * characters, dashes and quotes), lower case, numbers written as digits, and the many ways of
 * writing an exam or a visa turned into one token each (`Step-II CK` → `step2ck`, `H1-B` → `h1b`).
 * The readers then match meaning on these tokens, so "failed step two ck thrice" and
 * "FAILED Step 2 CK 3 times" are the same claim.
 */

// Zero-width, bidi and other invisible format characters, and the soft hyphen.
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * Latin look-alikes from Cyrillic and Greek that NFKC leaves alone. Only letters that are
 * visually the same as a Latin letter are folded; the rest of those scripts stays as it is.
 */
const LOOKALIKE: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ε: 'e',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};
const LOOKALIKE_RE = new RegExp(`[${Object.keys(LOOKALIKE).join('')}]`, 'g');

/** Unicode-level folding only (case and wording kept): for quoting and substring checks. */
export function foldUnicode(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(LOOKALIKE_RE, (c) => LOOKALIKE[c] ?? c)
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};
const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', one: '1', two: '2', three: '3' };

const sub = (s: string, re: RegExp, to: string | ((...m: string[]) => string)) =>
  s.replace(re, to as (substring: string, ...args: unknown[]) => string);

/** Lower-case canonical text for the claim readers (see the module comment). */
export function canonical(text: string): string {
  // Markdown emphasis and quote marks are layout, not words.
  let s = foldUnicode(text)
    .toLowerCase()
    .replace(/[*_~`|#]+/g, ' ')
    .replace(/^\s*>\s?/gm, '');
  s = sub(s, /\bu\.\s?s\.(?:\s?a\.)?/g, 'us');
  s = sub(s, /\bunited states(?: of america)?\b|\bu\.s\.a?\b|\busa\b|\bamerica\b/g, 'us');
  s = sub(s, /\bus-?citizen/g, 'us citizen');
  // hyphenated number words: twenty-one → 21
  s = sub(s, /\b(twenty|thirty|forty|fifty)[- ](one|two|three|four|five|six|seven|eight|nine)\b/g, (_m, t, u) =>
    String((NUMBER_WORDS[t] ?? 0) + (NUMBER_WORDS[u] ?? 0)),
  );
  // exams (before number words, so "step two" reads as an exam, not a count)
  const n = '(1|one|i|2|two|ii|3|three|iii)';
  s = sub(s, new RegExp(`\\busmle\\s*`, 'g'), 'usmle ');
  s = sub(s, new RegExp(`\\bstep\\s*-?\\s*(2|two|ii)\\s*-?\\s*(?:ck|clinical knowledge)\\b`, 'g'), ' step2ck ');
  s = sub(s, new RegExp(`\\bstep\\s*-?\\s*(2|two|ii)\\s*-?\\s*(?:cs|clinical skills)\\b`, 'g'), ' step2cs ');
  s = sub(s, new RegExp(`\\bstep\\s*-?\\s*${n}\\b`, 'g'), (_m, d: string) => {
    const k = ROMAN[d] ?? d;
    return k === '2' ? ' step2ck ' : ` step${k} `;
  });
  s = sub(s, /\bstep2ck\s+(?:ck|clinical knowledge)\b/g, 'step2ck');
  s = sub(s, /\b2\s*ck\b|\bck\b/g, ' step2ck ');
  s = sub(
    s,
    new RegExp(`\\bcomlex(?:-usa)?\\s*(?:level\\s*)?-?\\s*${n}(?:\\s*-?\\s*(?:ce|pe))?\\b`, 'g'),
    (_m, d) => ` comlex${ROMAN[d] ?? d} `,
  );
  s = sub(s, new RegExp(`\\blevel\\s*-?\\s*${n}\\b`, 'g'), (_m, d) => ` comlex${ROMAN[d] ?? d} `);
  // visas and status
  s = sub(s, /\bj\s*-?\s*1\b/g, ' j1 ');
  s = sub(s, /\bh\s*-?\s*1\s*-?\s*b\b/g, ' h1b ');
  s = sub(s, /\bo\s*-\s*1\b|\bo1\b/g, ' o1 ');
  s = sub(s, /\bgreen[\s-]*card(?:s| holder)?\b/g, ' greencard ');
  s = sub(s, /\b(?:lawful\s+)?permanent\s+residen(?:t|ts|ce|cy)\b|\blpr\b/g, ' greencard ');
  s = sub(s, /\bpgy\s*-?\s*(\d)\b/g, ' pgy$1 ');
  // counts and ordinals
  s = sub(s, /\btwice\b/g, '2 times');
  s = sub(s, /\bthrice\b/g, '3 times');
  s = sub(s, /\bonce(?=\s*(?:$|[.,;:!?)]|and\b|but\b|before\b|so\b|in\b|on\b|-))/g, '1 times');
  s = sub(s, /\b(\d+|one|two|three|four|five)[\s-]*time\b(?!s)/g, '$1 times');
  s = sub(
    s,
    /\b(a couple of|a few|several|multiple|many|numerous|repeated|various) (times|attempts|tries|failures|cycles)\b/g,
    'multiple $2',
  );
  s = sub(s, /\brepeatedly\b/g, 'multiple times');
  // Ordinals only where they count attempts ("on the second try", "first-attempt pass").
  s = sub(
    s,
    new RegExp(
      `\\b(${Object.keys(ORDINAL_WORDS).join('|')})(?=(?:[\\s-]+\\w+)?[\\s-]+(?:attempt|try|tries|time|go|sitting|sit|take|cycle|round)s?\\b)`,
      'g',
    ),
    (_m, w) => `${ORDINAL_WORDS[w]}th`,
  );
  s = sub(s, /\b(\d+)(?:st|nd|rd|th)\b/g, '$1th');
  s = sub(s, new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'g'), (_m, w) => String(NUMBER_WORDS[w]));
  s = sub(s, /\b(\d+)\s*-\s*(month|year|week)s?\b/g, '$1 $2s');
  s = sub(s, /(\d),(\d{3})\b/g, '$1$2');
  return s.replace(/[ \t]+/g, ' ');
}
