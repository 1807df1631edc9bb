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
/** The parts of wink's language model that grow as it reads (see `forgetNewWords`). */
interface Feature {
  list: string[];
  hash: Record<string, number>;
  maxIndex?: number;
}
interface CoreModel {
  features: Record<string, Feature>;
  packing: { efList: string[] };
}
interface WinkModel {
  core(): CoreModel;
  metaCER(): unknown;
  [part: string]: unknown;
}

let nlp: Wink | undefined;
/** The model `nlp` reads with, and how many words it knew when loaded. */
let lexemes: Feature | undefined;
let known = 0;
let extractable: Feature[] = [];
/** Loads so far (a reload starts a fresh lexicon; see `tokenize`). */
let loads = 0;

/**
 * Words wink adds to its lexicon and forgets again after each text are never reused, so the list
 * keeps growing by a text's unknown words. Before it nears what wink's packing can index (a lemma
 * index has 20 bits), the model is loaded afresh (~0.5 s, once in some 25 000 emails).
 */
const RELOAD_AFTER_NEW_WORDS = 250_000;
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

/** wink-eng-lite-web-model's custom-entity part, read once (see `loadNlp`). */
let cerMeta: unknown;

/** Load the model (once, and again when its lexicon has grown too far). Exposed so start-up can be measured and warmed. */
export function loadNlp(): Wink {
  if (!nlp || needsReload()) {
    const winkNLP = require('wink-nlp') as (model: unknown) => Wink;
    const model = require('wink-eng-lite-web-model') as WinkModel;
    // The package's metaCER() JSON-encodes a module-level value in place, so every further
    // winkNLP(model) in one process doubles its escapes until a RangeError ("Invalid string
    // length") after a few loads; read it once and hand the same part to every load.
    cerMeta ??= model.metaCER();
    let core: CoreModel | undefined;
    nlp = winkNLP({ ...model, core: () => (core = model.core()), metaCER: () => cerMeta });
    lexemes = core!.features.lexeme!;
    known = lexemes.list.length;
    extractable = core!.packing.efList.map((f) => core!.features[f]).filter((f): f is Feature => !!f?.hash);
    loads++;
  }
  return nlp;
}

function needsReload(): boolean {
  if (lexemes!.list.length > known + RELOAD_AFTER_NEW_WORDS) return true;
  // Shapes, prefixes and suffixes of unknown words are kept (their values do not change a
  // reading), but each has a fixed number of bits in wink's packing.
  return extractable.some((f) => f.maxIndex !== undefined && f.list.length > f.maxIndex * 0.9);
}

/**
 * wink-nlp adds every out-of-vocabulary word it reads to the model's lexicon (`cache.add`), with
 * the token type it had when first seen, and its tokenizer keeps a chunk whole when the chunk "is
 * a lexeme" (`isLexeme`), learnt words included. So after "Children's," was read once, a later
 * "Children's" stayed one token (POS and lemmas around it changed), and a line-final "St." or
 * "week." seen as one word moved sentence boundaries. Forgetting the words a text added, once its
 * reading is out, makes every reading the one a fresh process gives: the entries stay in wink's
 * lists (its private extra lexicon is indexed by position), but the lookup no longer finds them,
 * so the next text adds them anew with its own features.
 */
function forgetNewWords(from: number): void {
  const { list, hash } = lexemes!;
  for (let i = from; i < list.length; i++) if (hash[list[i]!] === i) delete hash[list[i]!];
}

/** For tests: how many times the model was loaded, and a way to force the next load. */
export const nlpState = {
  loads: () => loads,
  newWords: () => (lexemes ? lexemes.list.length - known : 0),
  reloadNext: () => {
    if (lexemes) known = lexemes.list.length - RELOAD_AFTER_NEW_WORDS - 1;
  },
};

/** Tokens with offsets, and the model's sentence boundaries (as token ranges). */
export function tokenize(text: string): { tokens: RawToken[]; sentences: RawSentence[] } {
  const w = loadNlp();
  const from = lexemes!.list.length;
  let values: string[], lemmas: string[], pos: string[], spaces: string[], spans: [number, number][];
  try {
    const doc = w.readDoc(text);
    const toks = doc.tokens();
    values = toks.out(w.its.value) as string[];
    lemmas = toks.out(w.its.lemma) as string[];
    pos = toks.out(w.its.pos) as string[];
    spaces = toks.out(w.its.precedingSpaces) as string[];
    spans = doc.sentences().out(w.its.span) as [number, number][];
  } finally {
    // Everything is read out (lemmas look words up); now the text leaves no trace.
    forgetNewWords(from);
  }
  const tokens: RawToken[] = [];
  /** Our index of wink's token i (a possessive split below makes two of one). */
  const ours: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    ours.push(tokens.length);
    at += spaces[i]!.length;
    const value = values[i]!;
    // wink keeps the text lossless; should a token ever not sit where expected, find it.
    if (text.slice(at, at + value.length) !== value) {
      const found = text.indexOf(value, at);
      if (found >= 0) at = found;
    }
    // wink learns a possessive ("Children's") as one word once it has seen it in a text (after
    // "Children's," or "(Children's)"), and splits it before that; split it always, so a name
    // reads the same wherever it stands in the text.
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
  ours.push(tokens.length);
  // wink's spans count its own tokens: map them, or every sentence after a split possessive
  // starts one token early ("…last week" / ". Straight question: …" in pm-v26-005).
  const sentences = spans.map(([a, b]) => ({ from: ours[a]!, to: ours[b + 1]! }));
  return { tokens, sentences };
}
