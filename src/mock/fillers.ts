/**
 * Filler-word counting for spoken answers. The hard case is "like": it is a verb ("I would like
 * to"), a preposition ("tools like Epic") or a simile far more often than a filler in written
 * transcripts, so it only counts in the positions where speakers use it as padding: set off by a
 * comma ("it was, like, chaos"), after a hesitation ("um like"), as a quotative ("I was like"), or
 * before a rough number ("like 30 patients"). Everything else is treated as real language.
 */

/** Canonical filler forms, in the order ties are reported. */
export const FILLER_FORMS = [
  'um',
  'uh',
  'er',
  'erm',
  'hmm',
  'like',
  'you know',
  'basically',
  'actually',
  'literally',
  'kind of',
  'sort of',
  'I mean',
  'so yeah',
] as const;
export type Filler = (typeof FILLER_FORMS)[number];

const DETERMINERS =
  'a|an|the|this|that|these|those|what|which|any|some|every|each|one|no|same|other|all|different|my|our|your|their|his|her|its';
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|twenty|thirty|forty|fifty|a hundred|hundreds|half';

/** Patterns whose every match is a filler (after the exclusions built into the pattern). */
const SIMPLE: readonly [Filler, RegExp][] = [
  ['um', /\bu+m+\b/g],
  ['uh', /\bu+h+\b/g],
  ['er', /\ber+\b/g],
  ['erm', /\berm+\b/g],
  ['hmm', /\bhm+\b/g],
  // "you know" except in real questions and phrases: "do you know", "as you know", "you know how…".
  [
    'you know',
    /(?<!\b(?:do|did|if|would|as|don't|didn't|you'll|whether)\s)\byou know\b(?!\s+(?:how|what|that|when|where|why|whether|who|if|it|him|her|them|the|about|this|each)\b)/g,
  ],
  ['basically', /\bbasically\b/g],
  ['actually', /\bactually\b/g],
  ['literally', /\bliterally\b/g],
  ['kind of', new RegExp(`(?<!\\b(?:${DETERMINERS})\\s)\\bkind of\\b`, 'g')],
  ['sort of', new RegExp(`(?<!\\b(?:${DETERMINERS})\\s)\\bsort of\\b`, 'g')],
  // "I mean" as padding, not "what I mean is" or "I mean to".
  ['I mean', /(?<!\bwhat\s)\bi mean\b(?!\s+to\b)/g],
  ['so yeah', /\bso,? yeah\b/g],
];

/** Words after which "like" is a verb or part of a fixed phrase: "I like", "would like", "looks like". */
const LIKE_AS_VERB_BEFORE = new Set(
  (
    "i you we they he she would 'd wouldn't don't didn't doesn't do does did to really also not might may will 'll " +
    'felt feel feels look looks looked seem seems seemed sound sounds sounded something anything nothing much more ' +
    'people patients clinicians residents students'
  ).split(' '),
);
const HESITATIONS = /^(?:u+m+|u+h+|er+|erm+|hm+)$/;
const QUOTATIVE_BEFORE = /\b(?:i|he|she|they|we|you|it)\s+(?:was|were)\s*$|\bi'm\s*$/;
const NUMBER_AFTER = new RegExp(`^\\s*(?:\\d|(?:${NUMBER_WORDS})\\b)`);

function isFillerLike(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const after = text.slice(index + 'like'.length);
  const prevWord = /([a-z']+)[^a-z']*$/.exec(before)?.[1] ?? '';
  const commaAfter = /^\s*,/.test(after);
  // Set off by commas on both sides ("I, like, sent"), it is padding whatever comes before.
  if (/,\s*$/.test(before) && commaAfter) return true;
  // "I'd like", "you'd like": the contraction leaves "d" after the apostrophe.
  if (LIKE_AS_VERB_BEFORE.has(prevWord) || /'d$/.test(prevWord)) return false;
  if (/^\s+to\b/.test(after)) return false; // "like to …" is always the verb
  if (QUOTATIVE_BEFORE.test(before)) return true;
  if (HESITATIONS.test(prevWord) || /^\s*,?\s*(?:u+m+|u+h+)\b/.test(after)) return true;
  if (commaAfter) return true; // "like, …" and ", like, …"
  return NUMBER_AFTER.test(after); // "like 30 patients": a vague approximation
}

export interface FillerCount {
  count: number;
  /** Per filler form, only the ones that occur. */
  byForm: Partial<Record<Filler, number>>;
  /** The most frequent forms, most frequent first; ties in FILLER_FORMS order. */
  top: Filler[];
}

/** Every filler with its place in the text (lower-cased offsets equal the original's). */
export function fillerSpans(text: string): { start: number; end: number; form: Filler }[] {
  const t = text.toLowerCase().replace(/[’‘]/g, "'");
  const out: { start: number; end: number; form: Filler }[] = [];
  for (const [form, re] of SIMPLE)
    for (const m of t.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, form });
  for (const m of t.matchAll(/\blike\b/g))
    if (isFillerLike(t, m.index)) out.push({ start: m.index, end: m.index + 4, form: 'like' });
  return out.sort((a, b) => a.start - b.start);
}

export function countFillers(text: string, topN: number): FillerCount {
  const byForm: Partial<Record<Filler, number>> = {};
  for (const f of fillerSpans(text)) byForm[f.form] = (byForm[f.form] ?? 0) + 1;
  const count = Object.values(byForm).reduce((a, b) => a + (b ?? 0), 0);
  // Most used first; sort is stable, so ties keep the order of FILLER_FORMS they were filtered in.
  const top = FILLER_FORMS.filter((f) => byForm[f])
    .sort((a, b) => (byForm[b] ?? 0) - (byForm[a] ?? 0))
    .slice(0, topN);
  return { count, byForm, top };
}

/**
 * The text with its fillers taken out (and the commas that set them off), so "when we, uh,
 * switched to, like, Cerner in, um, my second year" reads as "when we switched to Cerner in my
 * second year" for the content checks. The words around a filler are never removed.
 */
export function withoutFillers(text: string): string {
  let out = '';
  let at = 0;
  for (const f of fillerSpans(text)) {
    if (f.start < at) continue;
    out += text.slice(at, f.start);
    at = f.end;
    // Drop the comma after the filler, or the one before it when nothing else follows.
    // Drop the commas that set the filler off: "in my, uh, residency" → "in my residency".
    const rest = text.slice(at);
    const comma = /^\s*,/.exec(rest);
    if (comma) at += comma[0].length;
    out = out.replace(/,\s*$/, ' ');
  }
  out += text.slice(at);
  return out
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\s+([,.!?])/g, '$1')
    .replace(/,\s*,/g, ',');
}
