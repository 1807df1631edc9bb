/**
 * Inference for the learned layer over the text checks (issue #10), NOT wired into the checks (see
 * ./RESULTS.md for why): one small multiple-instance logistic regression per label, trained by
 * ./train.ts (`--write=FILE` writes the model trained on every row). The rules stay authoritative: the layer may
 * add a finding the rules missed only when it is very sure (above the label's `add` threshold), and
 * withdraw a rules finding only when it is very sure it is wrong (below `withdraw`), never a HIGH
 * one: telling a member a risky email is fine is the worst failure. The thresholds were chosen on
 * training writers only; leave-one-writer-out figures are in ./RESULTS.md.
 *
 * Pure arithmetic over the parse the rules already made: the features are strings
 * (./learned-features.ts), each with a weight; an item's score is the max over its sentences, so an
 * added finding can quote the sentence it came from.
 */
import type { TextDoc } from '../../../src/text/document.js';
import { docFeatures, type RuleFiring } from './features.js';

export type LearnedKind = 'prematch' | 'gap' | 'answers';

export interface LabelModel {
  /** True when the id fires on what is present; false when on an absence (P(fire) = 1 − max). */
  presence: boolean;
  add: number | null;
  withdraw: number | null;
  bias: number;
  /** One weight per entry of LearnedModel.features. */
  weights: number[];
}

export interface LearnedModel {
  version: 1;
  /** sha256 of the corpus files it was trained on (bench/eval/learned/data.ts, corpusHash). */
  corpus: string;
  /** The feature strings the weights belong to (features seen in at least 10 corpus items). */
  features: string[];
  /** `<kind>/<id>` or `<kind>/star:<part>`. */
  labels: Record<string, LabelModel>;
}

/**
 * A text as feature indices: each sentence's features that the model knows, less those the item
 * already carries (the training bags were sets: a feature counts once), and the item's own.
 */
export interface IndexedText {
  sentences: Int32Array[];
  item: Int32Array;
}

export function indexText(
  index: ReadonlyMap<string, number>,
  sentences: readonly string[][],
  item: readonly string[],
): IndexedText {
  const known = (fs: Iterable<string>) => [...fs].map((f) => index.get(f)).filter((i): i is number => i !== undefined);
  const itemSet = new Set(item);
  const bags = sentences.length ? sentences : [[]];
  return {
    item: Int32Array.from(known(itemSet)),
    sentences: bags.map((s) => Int32Array.from(known(new Set(s.filter((f) => !itemSet.has(f)))))),
  };
}

/** P(the id fires) and the sentence that decided it (the highest-scoring one). */
export function scoreLabel(m: LabelModel, t: IndexedText): { pFire: number; at: number } {
  const w = m.weights;
  let itemZ = m.bias;
  for (const i of t.item) itemZ += w[i] ?? 0;
  let best = -Infinity;
  let at = 0;
  for (let s = 0; s < t.sentences.length; s++) {
    let z = itemZ;
    for (const i of t.sentences[s]!) z += w[i] ?? 0;
    if (z > best) [best, at] = [z, s];
  }
  const p = 1 / (1 + Math.exp(-best));
  return { pFire: m.presence ? p : 1 - p, at };
}

export interface LearnedDecision {
  /** `<id>` or `star:<part>`. */
  label: string;
  /** What the combined reading says: fire (or, for a STAR part, present) or not. */
  fire: boolean;
  /** Whether that differs from the rules. */
  changed: boolean;
  pFire: number;
  /** Index in doc.sentences of the sentence that decided it, when the doc has sentences. */
  at: number;
}

/**
 * The combined reading of every label of one kind. `rules` are the rules' findings (severity
 * "note" where they carry none); `ruleStar` the rules' STAR parts for an answer.
 */
export function learnedDecisions(
  loaded: { model: LearnedModel; index: ReadonlyMap<string, number> },
  kind: LearnedKind,
  doc: TextDoc,
  rules: readonly RuleFiring[],
  item: readonly string[],
  ruleStar?: Readonly<Record<string, boolean>>,
): LearnedDecision[] {
  const text = indexText(loaded.index, docFeatures(doc), item);
  const out: LearnedDecision[] = [];
  for (const [key, m] of Object.entries(loaded.model.labels)) {
    const [k, label] = key.split('/') as [string, string];
    if (k !== kind || (m.add === null && m.withdraw === null)) continue;
    const star = label.startsWith('star:');
    const rule = star ? !!ruleStar?.[label.slice(5)] : rules.some((r) => r.id === label);
    const high = !star && rules.some((r) => r.id === label && r.severity === 'high');
    const { pFire, at } = scoreLabel(m, text);
    const fire = rule ? high || m.withdraw === null || pFire >= m.withdraw : m.add !== null && pFire > m.add;
    out.push({ label, fire, changed: fire !== rule, pFire, at });
  }
  return out;
}
