/**
 * A learned reading of scope (round ask64): logistic regression over the meaning features of a
 * question (the same features the neighbours compare: neighbours.ts `questionFeatures`), trained on
 * every labelled member question of test/corpus/ask as in scope or out of scope.
 *
 * Why: the hand-written scope rules (scope.ts) and the neighbours' vote each recognise the questions
 * they were written for or are close to; a question of a known kind in new words (a bootcamp for a
 * nurse, a statistics lesson, jobs once the fellowship is over) slips past both and gets a confident
 * wrong answer. A weight per meaning feature generalises across wordings: "salary", "bootcamp",
 * "python", "after fellowship" each push toward out of scope wherever they occur, and the words of
 * the application pull back.
 *
 * It is used only to decline (answer.ts), only when confident, and never over a curated answer,
 * a definition the guides give or a section that answers squarely. Deterministic: features in a
 * fixed order, no random start, the same rows give the same weights. The shipped weights
 * (scope-model.json, `npm run train:ask`) record the hash of the questions they were learned from;
 * a test fails when the corpus has changed since.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../core/repo-root.js';
import { questionFeatures, type LabelledQuestion } from './neighbours.js';
import { adagradStep, sigmoid } from '../core/logistic.js';

export interface ScopeModel {
  /** sha256 (first 20 hex) of the questions and labels learned from: `corpusHash`. */
  corpus: string;
  bias: number;
  /** Feature → weight (features absent here weigh nothing). */
  weights: Record<string, number>;
}

/** Training settings, fixed before any measure of the files it is judged on (bench/askscope). */
export const SCOPE_TRAIN = { epochs: 12, rate: 0.2, l2: 1e-3, minCount: 2 } as const;

/**
 * How the model is used (answer.ts): decline when P(out) is at least `decline`. Chosen on training
 * folds only (bench/askscope/RESULTS.md).
 */
export const SCOPE_USE = { decline: 0.97 };

/** The hash of the labelled questions a model learns from (text and label, in order). */
export function corpusHash(items: readonly LabelledQuestion[]): string {
  const h = createHash('sha256');
  h.update('scope-v1\0');
  for (const it of items) h.update(`${it.scope}\0${it.q}\0`);
  return h.digest('hex').slice(0, 20);
}

/**
 * Learn the weights: presence of a feature (not its count: one "salary" says as much as two),
 * features seen in at least `minCount` questions, AdaGrad steps over the rows in their order.
 */
export function trainScopeModel(
  items: readonly LabelledQuestion[],
  features: readonly Map<string, number>[],
  opt: { epochs: number; rate: number; l2: number; minCount: number } = SCOPE_TRAIN,
): ScopeModel {
  const df = new Map<string, number>();
  for (const f of features) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = [...df.entries()].filter(([, n]) => n >= opt.minCount).map(([k]) => k).sort();
  const at = new Map(vocab.map((k, i) => [k, i + 1]));
  const rows = features.map((f) => Int32Array.from([...f.keys()].map((k) => at.get(k) ?? 0).filter((i) => i > 0).sort((a, b) => a - b)));
  const w = new Float64Array(vocab.length + 1);
  const g2 = new Float64Array(vocab.length + 1).fill(1e-8);
  for (let e = 0; e < opt.epochs; e++) {
    for (let r = 0; r < rows.length; r++) {
      const f = rows[r]!;
      let z = w[0]!;
      for (let i = 0; i < f.length; i++) z += w[f[i]!]!;
      const g = sigmoid(z) - (items[r]!.scope === 'out' ? 1 : 0);
      adagradStep(w, g2, f, g, opt.rate, opt.l2);
    }
  }
  const weights: Record<string, number> = {};
  // (Rounded, and near-zero weights dropped: the file stays small and diffs stay readable.)
  vocab.forEach((k, i) => {
    const v = Math.round(w[i + 1]! * 1e4) / 1e4;
    if (Math.abs(v) >= 1e-3) weights[k] = v;
  });
  return { corpus: corpusHash(items), bias: Math.round(w[0]! * 1e4) / 1e4, weights };
}

/** P(out of scope) for a question. */
export function scopeOutProbability(model: ScopeModel, question: string): number {
  let z = model.bias;
  for (const k of questionFeatures(question).keys()) z += model.weights[k] ?? 0;
  return sigmoid(z);
}

export const scopeModelPath = (): string => join(repoRoot(), 'src', 'knowledge', 'scope-model.json');

let current: ScopeModel | undefined;
let loaded = false;

/** The model /ask uses: the shipped one unless another is set (the eval sets one per fold). */
export function currentScopeModel(): ScopeModel | undefined {
  if (!loaded) {
    loaded = true;
    // (Off with ADVISOR_ASK_SCOPE_MODEL=off, as the neighbours are with ADVISOR_ASK_NEIGHBOURS.)
    if (/^(?:off|0|false|no)$/i.test((process.env.ADVISOR_ASK_SCOPE_MODEL ?? '').trim())) return (current = undefined);
    try {
      current ??= JSON.parse(readFileSync(scopeModelPath(), 'utf8')) as ScopeModel;
    } catch {
      current = undefined;
    }
  }
  return current;
}

/** Use this model (undefined: none) instead of the shipped one. */
export function setScopeModel(model: ScopeModel | undefined): void {
  loaded = true;
  current = model;
}
