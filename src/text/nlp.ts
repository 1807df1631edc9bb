/**
 * Sentences, tokens, lemmas and parts of speech from wink-nlp with its English lite model (both
 * from npm, pure JavaScript). Chosen over compromise after measuring both on our texts (see
 * docs/text-pipeline.md): about ten times faster per text and quicker to load, with lemmas and
 * POS tags good enough for the checks. The model is loaded on first use, not at import, so
 * commands that never read free text do not pay its start-up (~120 ms, ~17 MB heap).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface RawToken {
  value: string;
  lemma: string;
  pos: string;
  /** Offset in the text given to `tokenize`. */
  start: number;
  end: number;
}

export interface RawSentence {
  /** Index of its first token and one past its last. */
  from: number;
  to: number;
}

interface Its {
  value: unknown;
  lemma: unknown;
  pos: unknown;
  precedingSpaces: unknown;
  span: unknown;
}
interface ItemsOut {
  out(f?: unknown): unknown[];
}
interface WinkDoc {
  tokens(): ItemsOut;
  sentences(): ItemsOut;
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: Its;
}

let nlp: Wink | undefined;

const POSSESSIVE = /^([\p{L}\p{N}][\p{L}\p{N}.-]*)(['’]s)$/u;
/** "it's", "that's": a verb, not a possessive, and wink splits them the same way every time. */
const CONTRACTED_S = new Set([
  'it',
  'that',
  'what',
  'he',
  'she',
  'there',
  'here',
  'let',
  'who',
  'where',
  'how',
  'when',
  'why',
]);

/** Load the model (once). Exposed so start-up can be measured and warmed. */
export function loadNlp(): Wink {
  if (!nlp) {
    const winkNLP = require('wink-nlp') as (model: unknown) => Wink;
    const model = require('wink-eng-lite-web-model') as unknown;
    nlp = winkNLP(model);
  }
  return nlp;
}

/** Tokens with offsets, and the model's sentence boundaries (as token ranges). */
export function tokenize(text: string): { tokens: RawToken[]; sentences: RawSentence[] } {
  const w = loadNlp();
  const doc = w.readDoc(text);
  const toks = doc.tokens();
  const values = toks.out(w.its.value) as string[];
  const lemmas = toks.out(w.its.lemma) as string[];
  const pos = toks.out(w.its.pos) as string[];
  const spaces = toks.out(w.its.precedingSpaces) as string[];
  const tokens: RawToken[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    const value = values[i]!;
    // wink keeps the text lossless; should a token ever not sit where expected, find it.
    if (text.slice(at, at + value.length) !== value) {
      const found = text.indexOf(value, at);
      if (found >= 0) at = found;
    }
    // wink learns a possessive ("Children's") as one word once it has seen it, and splits it
    // before that; split it always, so a text reads the same whatever was read before it.
    const poss = POSSESSIVE.exec(value);
    if (poss && !CONTRACTED_S.has(poss[1]!.toLowerCase())) {
      const base = poss[1]!;
      tokens.push({ value: base, lemma: base.toLowerCase(), pos: pos[i]!, start: at, end: at + base.length });
      tokens.push({ value: poss[2]!, lemma: "'s", pos: 'PART', start: at + base.length, end: at + value.length });
    } else {
      tokens.push({ value, lemma: lemmas[i]!, pos: pos[i]!, start: at, end: at + value.length });
    }
    at += value.length;
  }
  const spans = doc.sentences().out(w.its.span) as [number, number][];
  const sentences = spans.map(([a, b]) => ({ from: a, to: b + 1 }));
  return { tokens, sentences };
}
