/**
 * Multiple-instance logistic regression: an item's score is the max over its sentences of
 * sigmoid(w · features), so a finding has a position (the sentence that scored highest). For an id
 * that fires on an ABSENCE (no-result, no-actions, generic-message…), the model learns the thing
 * whose absence fires it, and P(fire) = 1 − max. Deterministic: items in a fixed order, no random
 * start, AdaGrad steps; the same rows give the same weights.
 */
import { adagradStep, sigmoid } from '../../../src/core/logistic.js';
export interface Bag {
  /** Feature indices per sentence (item features already included). */
  sentences: Int32Array[];
  /** 1 when the thing the model reads is present. */
  y: number;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 8, rate: 0.3, l2: 1e-4 };

export function dot(w: Float64Array, f: Int32Array): number {
  let z = w[0]!; // index 0 is the bias
  for (let i = 0; i < f.length; i++) z += w[f[i]!]!;
  return z;
}

/** The max sentence logit and which sentence it came from. */
export function bagScore(w: Float64Array, bag: Int32Array[]): { z: number; at: number } {
  let best = -Infinity;
  let at = 0;
  for (let s = 0; s < bag.length; s++) {
    const z = dot(w, bag[s]!);
    if (z > best) {
      best = z;
      at = s;
    }
  }
  return { z: best, at };
}

export function train(bags: readonly Bag[], dims: number, opt: TrainOptions = DEFAULT_TRAIN): Float64Array {
  const w = new Float64Array(dims);
  const g2 = new Float64Array(dims).fill(1e-8);
  const pos = bags.reduce((a, b) => a + b.y, 0);
  // Weigh the rarer class up so a 5%-positive id is not learned as "never".
  const wPos = pos ? Math.min(10, (bags.length - pos) / pos) : 1;
  for (let e = 0; e < opt.epochs; e++) {
    for (const bag of bags) {
      if (!bag.sentences.length) continue;
      const { z, at } = bagScore(w, bag.sentences);
      const g = (sigmoid(z) - bag.y) * (bag.y ? wPos : 1);
      const f = bag.sentences[at]!;
      adagradStep(w, g2, f, g, opt.rate, opt.l2);
    }
  }
  return w;
}

/** P(present) for a bag. */
export function predict(w: Float64Array, bag: Int32Array[]): number {
  return bag.length ? sigmoid(bagScore(w, bag).z) : 0;
}
