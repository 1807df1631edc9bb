import { describe, expect, it } from 'vitest';
import { runEngineBench } from '../../bench/engines.js';
import { percentile, summarize } from '../../bench/stats.js';

/** Proves the bench code runs (CI), not how fast anything is: no timing is asserted. */
describe('bench: pure engines', () => {
  it('runs every engine a few times and reports a rate, a median and what each op produced', () => {
    const started = performance.now();
    const results = runEngineBench({
      today: '2026-11-22',
      warmupIterations: 1,
      durationMs: 0,
      minIterations: 3,
      maxIterations: 3,
    });
    const wallMs = performance.now() - started;
    expect(results.map((r) => r.engine)).toEqual([
      'red flags',
      'retrieval search',
      'answerQuestion',
      'gap lint',
      'prematch check',
      'text pipeline',
      'letters review',
      'mock feedback',
    ]);
    for (const r of results) {
      expect(r.iterations, r.engine).toBe(3);
      expect(r.opsPerSec, r.engine).toBeGreaterThan(0);
      // Timings that are real measurements of this run: positive, ordered, within the wall time.
      expect(r.medianMs, r.engine).toBeGreaterThan(0);
      expect(r.medianMs, r.engine).toBeLessThanOrEqual(r.p99Ms);
      expect(r.p99Ms, r.engine).toBeLessThan(wallMs);
      expect(r.opsPerSec, r.engine).toBeGreaterThan(1000 / wallMs);
      // Each fixture makes its engine find something (flags, passages, findings, notes).
      expect(r.output, r.engine).toBeGreaterThan(0);
    }
  });
});

describe('bench: statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(summarize([3, 1, 2])).toMatchObject({ n: 3, p50: 2, max: 3 });
  });
});
