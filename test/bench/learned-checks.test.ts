/**
 * The learned-layer experiment (bench/eval/learned/, issue #10; not wired into the checks, see its
 * RESULTS.md): training is deterministic, the combination never withdraws a high finding, and a
 * threshold is chosen only when it gains items over the rules.
 */
import { describe, expect, it } from 'vitest';
import { train } from '../../bench/eval/learned/model.js';
import { chooseThresholds, combine } from '../../bench/eval/learned/train.js';

describe('the learned-layer experiment', () => {
  it('gives the same weights on the same rows', () => {
    const bags = [
      { sentences: [Int32Array.from([1, 2]), Int32Array.from([3])], y: 1 },
      { sentences: [Int32Array.from([2])], y: 0 },
      { sentences: [Int32Array.from([3, 4])], y: 1 },
      { sentences: [Int32Array.from([4])], y: 0 },
    ];
    expect([...train(bags, 5)]).toEqual([...train(bags, 5)]);
  });

  it('never withdraws a high rules finding, however sure the model is', () => {
    expect(combine({ fire: true, high: true }, 0, { add: null, withdraw: 0.1 })).toBe(true);
    expect(combine({ fire: true, high: false }, 0.01, { add: null, withdraw: 0.1 })).toBe(false);
    expect(combine({ fire: false, high: false }, 0.95, { add: 0.9, withdraw: null })).toBe(true);
    expect(combine({ fire: false, high: false }, 0.95, { add: null, withdraw: null })).toBe(false);
  });

  it('chooses no threshold unless it gains items over the rules', () => {
    const rulesRight = [
      { truth: true, rule: { fire: true, high: false }, pFire: 0.01 },
      { truth: false, rule: { fire: false, high: false }, pFire: 0.99 },
    ];
    expect(chooseThresholds(rulesRight)).toEqual({ add: null, withdraw: null });
    const modelRight = [
      { truth: false, rule: { fire: true, high: false }, pFire: 0.01 },
      { truth: true, rule: { fire: false, high: false }, pFire: 0.99 },
    ];
    expect(chooseThresholds(modelRight)).toEqual({ add: 0.98, withdraw: 0.02 });
  });
});
