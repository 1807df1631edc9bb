/**
 * The learned layer over the STAR reading (issue #10, round star32): per STAR part a small
 * multiple-instance logistic regression (an answer scores the max over its sentences) over the
 * answer's lemmas and lemma bigrams, the speech-act marks, where each sentence sits, the question's
 * lemmas, and the rules' own reading (their STAR parts and which notes fired). Trained by
 * `npm run train:checks` (bench/eval/learned/star.ts) and shipped as ./star-model.json; the
 * leave-one-writer-out figures that decided to wire it in are in bench/eval/learned/STAR.md.
 *
 * The rules stay the base: the layer only turns a part to present when P(present) is above the
 * part's `add` threshold, chosen on training writers only (safe on every fold) and raised above our
 * near-miss probes. A part the rules found is never withdrawn (NEVER_WITHDRAW: all four since session
 * 33; the `withdraw` field stays in the file's shape and is null). No note id is decided here; feedback
 * drops no-result only where the layer added a result.
 *
 * Pure arithmetic over the parse the feedback already made: no second parse of the answer; only the
 * question is parsed (once per question text, remembered).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../core/repo-root.js';
import { analyse, type Sentence, type TextDoc } from '../text/document.js';
import { SentenceMemo, sentenceKey } from '../text/sentence-memo.js';
import { MARKS, placeOf, questionFeatures, word } from '../text/learned-features.js';
import type { StarParts } from './star.js';

export const PARTS = ['situation', 'task', 'action', 'result'] as const;
export type Part = (typeof PARTS)[number];

export interface PartModel {
  /** Turn the part to present when the rules miss it and P(present) > add. */
  add: number | null;
  /** Turn the part to absent when the rules read it and P(present) < withdraw. */
  withdraw: number | null;
  bias: number;
  /** [feature index, weight], only the weights kept (top N by size). */
  weights: [number, number][];
}

export interface StarModel {
  version: 1;
  /** sha256 of the answers corpus files it was trained on (bench/eval/learned/star.ts, answersHash). */
  corpus: string;
  /** How the vocabulary was cut: features seen in at least minItems answers, topN weights per part. */
  minItems: number;
  topN: number;
  features: string[];
  parts: Record<Part, PartModel>;
}

/**
 * Parts the rules found that the layer may never withdraw: all four. The rules read a part from a
 * sentence they can point to ("I analyzed the override reasons" is an action); wired in with
 * withdrawals allowed, the layer turned such hand-written readings (test/mock/feedback.test.ts) to
 * "not heard", and for a result that would contradict the member's own words. So the layer only
 * adds what the rules missed (bench/eval/learned/STAR.md has the measure of both).
 */
export const NEVER_WITHDRAW: ReadonlySet<Part> = new Set<Part>(PARTS);

/**
 * Parts the layer may add only from a sentence where the member speaks as "I": an action is what
 * the member personally did (test/corpus/SPEC.md), and the rules read "we changed the rota" as the
 * team's deed, not the member's (test/mock/session-messages.test.ts). The sentence that scored
 * highest decides, so an added action always has a sentence of the member's own to stand on.
 */
export const ADD_NEEDS_I: ReadonlySet<Part> = new Set<Part>(['action']);

const speaksAsI = (s: TextDoc['sentences'][number] | undefined) =>
  !!s && s.tokens.some((t) => word(t.lemma, t.pos) === 'i');

interface Loaded {
  model: StarModel;
  index: Map<string, number>;
  /** Dense weights per part, by feature index. */
  dense: Record<Part, Float64Array>;
  /** The four parts' weights side by side (feature i's at 4i…4i+3): one pass over a sentence scores all four. */
  dense4: Float64Array;
  /** Lemma → index of its `l:` feature; first lemma → second → index of the `b:` bigram. No string is built per token. */
  lemmas: Map<string, number>;
  bigramsOf: Map<string, Map<string, number>>;
  /** Only the speech-act marks the model has a weight for are tested, with their indexes. */
  marks: [(typeof MARKS)[number][1], number][];
  /** Whether any lemma bigram carries a weight. */
  bigrams: boolean;
  /** Per feature, the pass that last counted it (a set without allocating one per sentence). */
  seen: Uint32Array;
  pass: number;
}

let loaded: Loaded | undefined;

export function starModelPath(): string {
  return join(repoRoot(), 'src', 'mock', 'star-model.json');
}

export function prepareStarModel(model: StarModel): Loaded {
  const index = new Map(model.features.map((f, i) => [f, i]));
  const n = model.features.length;
  const dense = {} as Record<Part, Float64Array>;
  const dense4 = new Float64Array(n * 4);
  PARTS.forEach((p, k) => {
    const d = new Float64Array(n);
    for (const [i, w] of model.parts[p].weights) {
      d[i] = w;
      dense4[i * 4 + k] = w;
    }
    dense[p] = d;
  });
  const lemmas = new Map<string, number>();
  const bigramsOf = new Map<string, Map<string, number>>();
  model.features.forEach((f, i) => {
    if (f.startsWith('l:')) lemmas.set(f.slice(2), i);
    else if (f.startsWith('b:')) {
      // "b:a_b" was built as `b:${first}_${second}`; a lemma may hold a "_" of its own, so every split
      // is registered: whichever pair of lemmas spells the name finds the same feature.
      for (let cut = f.indexOf('_', 2); cut > 0; cut = f.indexOf('_', cut + 1)) {
        const a = f.slice(2, cut);
        let m = bigramsOf.get(a);
        if (!m) bigramsOf.set(a, (m = new Map()));
        m.set(f.slice(cut + 1), i);
      }
    }
  });
  return {
    model,
    index,
    dense,
    dense4,
    lemmas,
    bigramsOf,
    marks: MARKS.filter(([name]) => index.has(name)).map(([name, test]) => [test, index.get(name)!]),
    bigrams: model.features.some((f) => f.startsWith('b:')),
    seen: new Uint32Array(n),
    pass: 0,
  };
}

function shipped(): Loaded {
  loaded ??= prepareStarModel(JSON.parse(readFileSync(starModelPath(), 'utf8')) as StarModel);
  return loaded;
}

const questionCache = new Map<string, string[]>();
function questionWords(text: string): string[] {
  let q = questionCache.get(text);
  if (!q) {
    q = questionFeatures(analyse(text));
    if (questionCache.size > 500) questionCache.clear();
    questionCache.set(text, q);
  }
  return q;
}

/** The item-level features, as in training (bench/eval/learned/data.ts): notes fired, rules' STAR, question. */
function itemIndexes(m: Loaded, ruleStar: StarParts, noteIds: readonly string[], questionText: string): number[] {
  const names = [
    ...PARTS.map((p) => `rstar:${p}:${ruleStar[p]}`),
    ...questionWords(questionText),
    ...noteIds.flatMap((id) => [`r:${id}`, `rs:${id}:note`]),
  ];
  const out = new Set<number>();
  for (const n of names) {
    const i = m.index.get(n);
    if (i !== undefined) out.add(i);
  }
  return [...out];
}

/**
 * Per sentence, the four parts' logits: the item's sum plus each feature the sentence carries, once,
 * less those the item already carries, added in the order the features were met (so the sums are
 * the same floating-point numbers as training's bag of features gives).
 */
function sentenceLogits(m: Loaded, doc: TextDoc, item: readonly number[], itemZ: Float64Array): Float64Array[] {
  const n = doc.sentences.length;
  if (!n) return [Float64Array.from(itemZ)];
  const w = m.dense4;
  const seen = m.seen;
  return doc.sentences.map((s, k) => {
    // A new pass number marks "not yet counted" for every feature at once; the item's are pre-marked.
    if (++m.pass === 0xffffffff) {
      seen.fill(0);
      m.pass = 1;
    }
    const pass = m.pass;
    for (const i of item) seen[i] = pass;
    const z = Float64Array.from(itemZ);
    const add = (i: number | undefined) => {
      if (i === undefined || seen[i] === pass) return;
      seen[i] = pass;
      const o = i * 4;
      z[0]! += w[o]!;
      z[1]! += w[o + 1]!;
      z[2]! += w[o + 2]!;
      z[3]! += w[o + 3]!;
    };
    for (const i of sentenceFeatures(m, s)) add(i);
    add(m.index.get(placeOf(k, n)));
    return z;
  });
}

const FEATURES = new WeakMap<Loaded, SentenceMemo<Int32Array>>();

/**
 * The features one sentence carries, each once, in the order they are met (lemmas and bigrams in
 * token order, then marks, then the line role): what sentenceLogits adds, read once per sentence
 * and model (round fix24, speed; ../text/sentence-memo.ts). The place feature depends on where the
 * sentence stands, so sentenceLogits adds it itself.
 */
function sentenceFeatures(m: Loaded, s: Sentence): Int32Array {
  let memo = FEATURES.get(m);
  if (!memo) FEATURES.set(m, (memo = new SentenceMemo<Int32Array>()));
  return memo.get(sentenceKey(s), () => {
    const out: number[] = [];
    const met = new Set<number>();
    const meet = (i: number | undefined) => {
      if (i === undefined || met.has(i)) return;
      met.add(i);
      out.push(i);
    };
    let prev: string | null = null;
    for (const t of s.tokens) {
      const x = word(t.lemma, t.pos);
      if (x === null) continue;
      meet(m.lemmas.get(x));
      if (m.bigrams && prev !== null) meet(m.bigramsOf.get(prev)?.get(x));
      prev = x;
    }
    for (const [test, i] of m.marks) if (test(s.canon)) meet(i);
    meet(m.index.get(`role:${s.role}`));
    return Int32Array.from(out);
  });
}

export interface StarLayerReading {
  star: StarParts;
  /** P(present) per part. */
  p: Record<Part, number>;
  /** The parts the layer turned (present ↔ absent) against the rules. */
  changed: Part[];
  /** Per part, the index of the sentence that scored highest (the one an added part stands on). */
  from: Record<Part, number>;
}

/**
 * The combined STAR reading of one answer. `doc` is the parse the feedback made of the answer,
 * `ruleStar` the rules' reading, `noteIds` the note ids the rules fired.
 */
export function starLayer(
  doc: TextDoc,
  questionText: string,
  ruleStar: StarParts,
  noteIds: readonly string[],
  m: Loaded = shipped(),
): StarLayerReading {
  const item = itemIndexes(m, ruleStar, noteIds, questionText);
  const itemZ = new Float64Array(4);
  PARTS.forEach((part, k) => {
    const w = m.dense[part];
    let z = m.model.parts[part].bias;
    for (const i of item) z += w[i]!;
    itemZ[k] = z;
  });
  const sentences = sentenceLogits(m, doc, item, itemZ);
  const star = { ...ruleStar };
  const p = {} as Record<Part, number>;
  const from = {} as Record<Part, number>;
  const changed: Part[] = [];
  PARTS.forEach((part, k) => {
    const pm = m.model.parts[part];
    let best = -Infinity;
    let at = 0;
    for (let j = 0; j < sentences.length; j++) {
      const z = sentences[j]![k]!;
      if (z > best) [best, at] = [z, j];
    }
    const prob = 1 / (1 + Math.exp(-best));
    p[part] = prob;
    from[part] = at;
    const rule = ruleStar[part];
    const now = rule
      ? NEVER_WITHDRAW.has(part) || pm.withdraw === null || prob >= pm.withdraw
      : pm.add !== null && prob > pm.add && (!ADD_NEEDS_I.has(part) || speaksAsI(doc.sentences[at]));
    if (now !== rule) {
      star[part] = now;
      changed.push(part);
    }
  });
  return { star, p, changed, from };
}
