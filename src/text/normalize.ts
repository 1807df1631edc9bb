/**
 * Unicode clean-up of a member's text before any check reads it, keeping a map from every
 * character of the clean text back to the member's original, so a finding can quote their words
 * exactly as they wrote them.
 *
 * Why each step: emails are pasted from mail clients and word processors, which add non-breaking
 * and thin spaces, soft hyphens, zero-width joiners and bidi marks; someone hiding a phrase from a
 * filter swaps Latin letters for Cyrillic or Greek look-alikes. None of these change what a reader
 * sees, so none may change what a check finds. NFKC folds compatibility forms (ligatures,
 * full-width letters); look-alikes come from Unicode's confusables table (the `unhomoglyph`
 * package ships it as data), applied only to non-ASCII letters whose skeleton is plain ASCII
 * letters: the table also maps ASCII to ASCII ("m" to "rn", "l" to "I"), which would garble
 * ordinary English.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const CONFUSABLES = require('unhomoglyph/data.json') as Record<string, string>;

export interface Normalized {
  /** The clean text. */
  text: string;
  /** For each character of `text` (and one past the end), its offset in the original. */
  map: number[];
  /** The original text. */
  original: string;
}

/** Format characters that are invisible in every mail client: soft hyphen, zero-width, bidi, BOM. */
const INVISIBLE = /^[\p{Cf}\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u3164\uFFA0]$/u;
/**
 * Any space that is not a line break: NBSP, thin, figure, ideographic, tabs. The vertical tab is
 * spelled \u000B: Stryker's regex mutator rewrites `\v` as `\V`, an invalid escape under the u
 * flag, and that one mutant would stop the whole module from loading in a mutation run.
 */
const SPACE = /^[\p{Zs}\t\u000B\f]$/u;
const LINE_BREAK = /^[\n\u2028\u2029\u0085]$/u;

const PUNCT_FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u02BC': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

/** A non-ASCII letter that looks like ASCII letters → those letters, keeping case. */
function foldLookAlike(ch: string): string {
  if (ch.charCodeAt(0) < 128 || !/\p{L}/u.test(ch)) return ch;
  const to = CONFUSABLES[ch];
  if (!to || !/^[A-Za-z]+$/.test(to)) return ch;
  const upper = ch !== ch.toLowerCase();
  // The table maps capital iota and Cyrillic І to "l" (they look alike in many fonts); a capital
  // stays a capital, so "Ι will" reads as "I will".
  if (upper && to === 'l') return 'I';
  return to;
}

/** One user-perceived unit: a base code point with the combining marks after it (read from `lastIndex`). */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/uy;
/**
 * A run of printable ASCII and line feeds, none followed by a combining mark: every character is a
 * unit of its own that the steps below leave as it is (NFKC, the look-alike fold and the invisible,
 * space and line-break classes all keep them), so the run is copied whole. The backquote is folded
 * to an apostrophe and the tab to a space, so neither is in it.
 */
const PLAIN_RUN = /[\x20-\x5F\x61-\x7E\n]+(?!\p{M})/uy;

/**
 * NFKC, invisible characters removed, spaces and quotes made plain, look-alikes folded, CRLF to LF.
 * Line structure is kept: rejoining hard-wrapped lines is `unwrap`'s job, since it needs lines.
 */
export function normalizeChars(original: string): Normalized {
  let text = '';
  const map: number[] = [];
  const push = (s: string, at: number) => {
    for (let i = 0; i < s.length; i++) map.push(at);
    text += s;
  };
  for (let at = 0, unit = ''; at < original.length; at += unit.length) {
    PLAIN_RUN.lastIndex = at;
    const run = PLAIN_RUN.exec(original);
    if (run) {
      unit = run[0];
      for (let i = 0; i < unit.length; i++) map.push(at + i);
      text += unit;
      continue;
    }
    CLUSTER.lastIndex = at;
    unit = CLUSTER.exec(original)![0];
    if (unit === '\r') {
      if (original[at + 1] !== '\n') push('\n', at);
      continue;
    }
    if (INVISIBLE.test(unit)) continue;
    if (SPACE.test(unit)) {
      push(' ', at);
      continue;
    }
    if (LINE_BREAK.test(unit)) {
      push('\n', at);
      continue;
    }
    // Before NFKC: it turns the acute accent some keyboards use as an apostrophe ("don´t") into
    // a space and a combining mark, which would split the word.
    const punct = PUNCT_FOLD[unit];
    if (punct) {
      push(punct, at);
      continue;
    }
    let out = unit.normalize('NFKC');
    out = [...out]
      .filter((c) => !INVISIBLE.test(c))
      .map((c) => PUNCT_FOLD[c] ?? (SPACE.test(c) ? ' ' : foldLookAlike(c)))
      .join('');
    push(out, at);
  }
  map.push(original.length);
  return { text, map, original };
}

/**
 * A new text built from `n.text` by `edit`, which returns the text and, for each of its characters,
 * the index in `n.text` it came from; the map to the original follows along.
 */
export function rewrite(n: Normalized, edit: (text: string) => { text: string; from: number[] }): Normalized {
  const r = edit(n.text);
  const map = r.from.map((i) => n.map[i] ?? n.original.length);
  map.push(n.original.length);
  return { text: r.text, map, original: n.original };
}

/** Original text for a span of the clean text (end exclusive), trimmed of edge spaces. */
export function originalSpan(n: Normalized, start: number, end: number): string {
  const from = n.map[start] ?? n.original.length;
  const lastChar = Math.max(start, end - 1);
  const last = n.map[lastChar] ?? n.original.length;
  // The end is one past the last character's original position, including a whole cluster.
  let to = last + (/[\uD800-\uDBFF]/.test(n.original[last] ?? '') ? 2 : 1);
  while (to < n.original.length && /\p{M}/u.test(n.original[to]!)) to++;
  return n.original.slice(from, Math.max(from, to)).trim();
}
