/**
 * The arithmetic both learned layers share (the scope model in src/knowledge/scope-model.ts and the
 * text-check/STAR trainer in bench/eval/learned/model.ts): the logistic function and one AdaGrad step.
 * Kept in one place so the two trainers cannot drift apart; the order of operations is what makes the
 * shipped weights reproducible byte for byte.
 */

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * One AdaGrad step for a row whose loss gradient is `g`: the bias (index 0) unregularised, each
 * present feature index in `f` with L2 `l2`; `g2` holds the running sums of squared gradients.
 */
export function adagradStep(
  w: Float64Array,
  g2: Float64Array,
  f: Int32Array,
  g: number,
  rate: number,
  l2: number,
): void {
  g2[0]! += g * g;
  w[0]! -= (rate * g) / Math.sqrt(g2[0]!);
  for (let i = 0; i < f.length; i++) {
    const k = f[i]!;
    const gk = g + l2 * w[k]!;
    g2[k]! += gk * gk;
    w[k]! -= (rate * gk) / Math.sqrt(g2[k]!);
  }
}
