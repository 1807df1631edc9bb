/**
 * One parsed document for every checker: the member's own words (normalised, unwrapped, quoted
 * replies set aside), split into sentences of tokens with lemmas and POS tags, each sentence also
 * as two searchable strings:
 * - `canon`: lower case with contractions spelled out ("can't" → "can not", "I'd" → "i would"),
 *   so one pattern covers both spellings;
 * - `lemmas`: every token's lemma ("ranked", "ranking" → "rank"), so a pattern covers inflections.
 * A hit in either string maps back to tokens, then to the member's original characters.
 */
import { normalizeChars, originalSpan, rewrite, type Normalized } from './normalize.js';
import { tokenize, type RawToken } from './nlp.js';
import { classifyLines, ownText, type Line, type LineRole } from './structure.js';

export interface Token extends RawToken {
  /** Lower-case surface form, contractions spelled out. */
  canon: string;
}

export interface Span {
  /** Offsets in `TextDoc.text`, end exclusive. */
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
  tokens: Token[];
  canon: string;
  lemmas: string;
  /** For each character of `canon` / `lemmas`, the index of its token (spaces: the next token). */
  canonTok: number[];
  lemmaTok: number[];
  /** The line role it came from (greeting, body, closing, signature). */
  role: LineRole;
}

export interface TextDoc {
  /** What the member pasted, unchanged. */
  original: string;
  /** The member's own words, normalised: the text the checks read. */
  text: string;
  sentences: Sentence[];
  lines: Line[];
  /** Whether anything was set aside as a quoted earlier message. */
  hadQuoted: boolean;
  /** The original characters for a span of `text`. */
  quote(span: Span): string;
  /** Offsets in `original` for a span of `text`. */
  originalOffsets(span: Span): Span;
}

const CONTRACTION: Record<string, string> = {
  "n't": 'not',
  ca: 'can',
  wo: 'will',
  sha: 'shall',
  "'ll": 'will',
  "'d": 'would',
  "'ve": 'have',
  "'re": 'are',
  "'m": 'am',
  "i'm": 'i am',
  im: 'im',
  "'s": "'s",
  // Texting spellings read as the words they stand for.
  ur: 'your',
  u: 'you',
  pls: 'please',
  plz: 'please',
};

const AFTER_I_WILL =
  /^(?:be|put|rank|do|make|take|sign|withdraw|commit|cancel|drop|send|keep|go|list|stop|pull|accept|come|say|need|have|give|tell|let|try|get|love|like|definitely|totally|happily|gladly|always|never|also|just|still|really|probably|def|been|done|already|got|seen|met|sent|applied|ranked|decided|made)$/;
const TEXTED_VERB = (next: RawToken): boolean =>
  AFTER_I_WILL.test(next.value.toLowerCase()) || (/^(?:VERB|AUX)$/.test(next.pos) && /^[a-z]+$/.test(next.value));

function canonOf(t: RawToken, next: RawToken | undefined, prev?: RawToken): string {
  const lower = t.value.toLowerCase();
  // Texting "im" (typed in lower case) is "I am"; "IM" is internal medicine and stays a word.
  if (t.value === 'im') return 'i am';
  // Round thirty-one: texting "ill", "id", "ive" (no apostrophe, lower case) are "I'll", "I'd",
  // "I've" when a verb follows ("ill put Sandpoint first", "id love to"); "ill patients", "patient
  // id" keep their own sense, as a noun or adjective follows them.
  if (
    (t.value === 'ill' || t.value === 'id' || t.value === 'ive') &&
    next &&
    TEXTED_VERB(next) &&
    // "patients who are ill get…", "fell ill", "very ill": the adjective after what it describes.
    !(
      prev &&
      /^(?:am|is|are|was|were|be|been|being|became|become|becomes|fell|falls|feel|feels|felt|very|so|too|critically|seriously|gravely|mentally|terminally|chronically|acutely|quite|really|who|get|got|gets|getting|look|looked|seems?|seemed)$/i.test(
        prev.value,
      )
    )
  )
    return t.value === 'ill' ? 'i will' : t.value === 'id' ? 'i would' : 'i have';
  // "ca"/"wo"/"sha" are only contractions when "n't" follows directly.
  if ((lower === 'ca' || lower === 'wo' || lower === 'sha') && next?.value.toLowerCase() !== "n't") return lower;
  return CONTRACTION[lower] ?? lower;
}

/**
 * Builds a searchable string from token forms, with the char → token map. Tokens the member wrote
 * together stay together ("#1", "CV.pdf", "well,"), a spelled-out contraction gets its space.
 */
function joinForms(forms: string[], glued: boolean[]): { text: string; tok: number[] } {
  let text = '';
  const tok: number[] = [];
  forms.forEach((f, i) => {
    if (i > 0 && !glued[i]) {
      text += ' ';
      tok.push(i);
    }
    for (let k = 0; k < f.length; k++) tok.push(i);
    text += f;
  });
  return { text, tok };
}

/** Sentence breaks: the model's, plus every line break, minus breaks inside "CV.pdf"-like words. */
function sentenceRanges(text: string, tokens: RawToken[], modelStarts: Set<number>): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length) {
      ranges.push([from, i]);
      break;
    }
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    const gap = text.slice(prev.end, t.start);
    const newline = gap.includes('\n') || /\n/.test(prev.value);
    // "CV.pdf", "e.g.x": the model may break after a full stop that has no space after it.
    const modelBreak = modelStarts.has(i) && !(gap === '' && /^[a-z0-9]/i.test(t.value));
    if (newline || modelBreak) {
      ranges.push([from, i]);
      from = i;
    }
  }
  return ranges;
}

export interface AnalyseOptions {
  /** Line roles whose sentences are kept (default: everything the member wrote, not quoted lines). */
  roles?: readonly LineRole[];
}

const OWN_ROLES: readonly LineRole[] = ['body', 'greeting', 'closing', 'signature'];

/** The last few parsed texts: one lint asks several questions of the same draft. Docs are read-only. */
const CACHE = new Map<string, TextDoc>();
const CACHE_SIZE = 32;

/** Parse a member's text once; every checker reads the result. */
export function analyse(original: string, opts: AnalyseOptions = {}): TextDoc {
  const key = `${(opts.roles ?? OWN_ROLES).join(',')}\u0000${original}`;
  const hit = CACHE.get(key);
  if (hit) return hit;
  const doc = parse(original, opts);
  if (CACHE.size >= CACHE_SIZE) CACHE.delete(CACHE.keys().next().value!);
  CACHE.set(key, doc);
  return doc;
}

/**
 * Negative contractions typed without the apostrophe ("didnt", "wasnt", "cant"), as members texting
 * or typing fast write them. The apostrophe is put back before tokenising, so the tokenizer splits
 * "didn't" into "did" + "n't" and every check reads the "not" as it does in "did not": without it,
 * "my supervisor didnt care" hid the blame that "did not care" raised. Quotes still show the member's
 * own spelling (the inserted apostrophe maps to the letter before it).
 */
const APOSTROPHE_LESS = /\b(did|do|does|was|were|is|are|could|would|should|have|has|had|must|need|ca|wo|ai)(nt)\b/gi;

function restoreApostrophes(n: Normalized): Normalized {
  if (!APOSTROPHE_LESS.test(n.text)) return n;
  APOSTROPHE_LESS.lastIndex = 0;
  return rewrite(n, (text) => {
    let out = '';
    const from: number[] = [];
    let last = 0;
    for (const m of text.matchAll(APOSTROPHE_LESS)) {
      const cut = m.index + m[1]!.length + 1; // after the "n"
      for (let i = last; i < cut; i++) from.push(i);
      out += text.slice(last, cut) + "'";
      from.push(cut - 1);
      last = cut;
    }
    for (let i = last; i < text.length; i++) from.push(i);
    out += text.slice(last);
    return { text: out, from };
  });
}

function parse(original: string, opts: AnalyseOptions): TextDoc {
  const chars = normalizeChars(original);
  const lines = classifyLines(chars.text);
  const own: Normalized = restoreApostrophes(ownText(chars, lines, new Set(opts.roles ?? OWN_ROLES)));
  const text = own.text;
  const { tokens: raw, sentences: modelSentences } = tokenize(text);
  const modelStarts = new Set(modelSentences.map((s) => s.from));
  const tokens: Token[] = raw.map((t, i) => ({
    value: t.value,
    lemma: t.lemma,
    pos: t.pos,
    start: t.start,
    end: t.end,
    canon: canonOf(t, raw[i + 1], raw[i - 1]),
  }));
  const roleAt = (offset: number): LineRole => {
    const o = own.map[offset] ?? 0;
    // own.map points into the original; lines are in chars.text, whose map also points there.
    const line = lines.find((l) => (chars.map[l.start] ?? 0) <= o && o <= (chars.map[l.end] ?? Infinity));
    return line?.role ?? 'body';
  };
  const sentences: Sentence[] = [];
  for (const [a, b] of sentenceRanges(text, tokens, modelStarts)) {
    const toks = tokens.slice(a, b).filter((t) => t.pos !== 'SPACE' && t.value.trim());
    if (!toks.length) continue;
    const glued = toks.map(
      (t, k) =>
        k > 0 &&
        toks[k - 1]!.end === t.start &&
        t.canon === t.value.toLowerCase() &&
        toks[k - 1]!.canon === toks[k - 1]!.value.toLowerCase(),
    );
    const canon = joinForms(
      toks.map((t) => t.canon),
      glued,
    );
    const lem = joinForms(
      toks.map((t) => (t.lemma || t.value).toLowerCase()),
      toks.map(() => false),
    );
    const start = toks[0]!.start;
    const end = toks[toks.length - 1]!.end;
    sentences.push({
      index: sentences.length,
      start,
      end,
      text: text.slice(start, end),
      tokens: toks,
      canon: canon.text,
      lemmas: lem.text,
      canonTok: canon.tok,
      lemmaTok: lem.tok,
      role: roleAt(start),
    });
  }
  return {
    original,
    text,
    sentences,
    lines,
    hadQuoted: lines.some((l) => l.role === 'quoted'),
    quote: (span) => originalSpan(own, span.start, span.end),
    originalOffsets: (span) => ({
      start: own.map[span.start] ?? original.length,
      end: (own.map[Math.max(span.start, span.end - 1)] ?? original.length - 1) + 1,
    }),
  };
}

/** The span of the tokens a regex hit covers in a sentence's canon or lemma string. */
export function hitSpan(s: Sentence, which: 'canon' | 'lemmas', index: number, length: number): Span {
  const map = which === 'canon' ? s.canonTok : s.lemmaTok;
  const first = s.tokens[map[index] ?? 0]!;
  const last = s.tokens[map[Math.max(index, index + length - 1)] ?? s.tokens.length - 1]!;
  return { start: first.start, end: last.end };
}

/** First match of a pattern in a sentence (canon or lemma form), as a span. */
export function findIn(s: Sentence, re: RegExp, which: 'canon' | 'lemmas' = 'canon'): Span | undefined {
  const m = re.exec(which === 'canon' ? s.canon : s.lemmas);
  return m ? hitSpan(s, which, m.index, Math.max(1, m[0].length)) : undefined;
}

/** Words as a person counts them (see countWords in gap-lint). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-/.]*/gu)?.length ?? 0;
}

/**
 * The sentence read with some tokens' canon forms replaced (a string) or left out (null): the
 * char → token map is rebuilt, so a hit on the new canon still maps to the member's own words.
 * Used to read a name as the role it plays ("Oakmont" → "you" in an email to Oakmont).
 */
export function withForms(s: Sentence, forms: readonly (string | null | undefined)[]): Sentence {
  const keep = s.tokens.map((_, k) => forms[k] !== null);
  const idx = s.tokens.map((_, k) => k).filter((k) => keep[k]);
  let canon = '';
  const canonTok: number[] = [];
  idx.forEach((k, j) => {
    const t = s.tokens[k]!;
    const f = forms[k] ?? t.canon;
    const prevK = idx[j - 1];
    const prev = prevK === undefined ? undefined : s.tokens[prevK]!;
    const glued =
      prev !== undefined &&
      prev.end === t.start &&
      forms[k] === undefined &&
      forms[prevK!] === undefined &&
      t.canon === t.value.toLowerCase() &&
      prev.canon === prev.value.toLowerCase();
    if (j > 0 && !glued) {
      canon += ' ';
      canonTok.push(k);
    }
    for (let c = 0; c < f.length; c++) canonTok.push(k);
    canon += f;
  });
  return { ...s, canon, canonTok };
}
