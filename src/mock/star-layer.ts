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
import { analyse, type TextDoc } from '../text/document.js';
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
  /** Only the speech-act marks the model has a weight for are tested. */
  marks: (typeof MARKS)[number][];
  /** Whether any lemma bigram carries a weight. */
  bigrams: boolean;
}

let loaded: Loaded | undefined;

export function starModelPath(): string {
  return join(repoRoot(), 'src', 'mock', 'star-model.json');
}

export function prepareStarModel(model: StarModel): Loaded {
  const index = new Map(model.features.map((f, i) => [f, i]));
  const dense = {} as Record<Part, Float64Array>;
  for (const p of PARTS) {
    const d = new Float64Array(model.features.length);
    for (const [i, w] of model.parts[p].weights) d[i] = w;
    dense[p] = d;
  }
  return {
    model,
    index,
    dense,
    marks: MARKS.filter(([name]) => index.has(name)),
    bigrams: model.features.some((f) => f.startsWith('b:')),
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

/** Per sentence, the indexes of the features the model knows, less those the item already carries. */
function sentenceIndexes(m: Loaded, doc: TextDoc, item: ReadonlySet<number>): number[][] {
  const n = doc.sentences.length;
  if (!n) return [[]];
  return doc.sentences.map((s, k) => {
    const out = new Set<number>();
    const add = (f: string) => {
      const i = m.index.get(f);
      if (i !== undefined && !item.has(i)) out.add(i);
    };
    let prev: string | null = null;
    for (const t of s.tokens) {
      const w = word(t.lemma, t.pos);
      if (w === null) continue;
      add(`l:${w}`);
      if (m.bigrams && prev !== null) add(`b:${prev}_${w}`);
      prev = w;
    }
    for (const [name, test] of m.marks) if (test(s.canon)) add(name);
    add(`role:${s.role}`);
    add(placeOf(k, n));
    return [...out];
  });
}

export interface StarLayerReading {
  star: StarParts;
  /** P(present) per part. */
  p: Record<Part, number>;
  /** The parts the layer turned (present ↔ absent) against the rules. */
  changed: Part[];
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
  const sentences = sentenceIndexes(m, doc, new Set(item));
  const star = { ...ruleStar };
  const p = {} as Record<Part, number>;
  const changed: Part[] = [];
  for (const part of PARTS) {
    const pm = m.model.parts[part];
    const w = m.dense[part];
    let itemZ = pm.bias;
    for (const i of item) itemZ += w[i]!;
    let best = -Infinity;
    let at = 0;
    for (let k = 0; k < sentences.length; k++) {
      let z = itemZ;
      for (const i of sentences[k]!) z += w[i]!;
      if (z > best) [best, at] = [z, k];
    }
    const prob = 1 / (1 + Math.exp(-best));
    p[part] = prob;
    const rule = ruleStar[part];
    const now = rule
      ? NEVER_WITHDRAW.has(part) || pm.withdraw === null || prob >= pm.withdraw
      : pm.add !== null && prob > pm.add && (!ADD_NEEDS_I.has(part) || speaksAsI(doc.sentences[at]));
    if (now !== rule) {
      star[part] = now;
      changed.push(part);
    }
  }
  return { star, p, changed };
}
