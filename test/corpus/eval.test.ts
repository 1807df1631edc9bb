/**
 * The corpus evaluation (`npm run eval:checks`) as a regression gate. Floors are set a little
 * under the figures on the dev items (written blind, before and during tuning) so an honest change
 * that costs a point or two still passes, but a detector that breaks fails CI. The held-out batch
 * is reported by eval:checks and not gated here: it is the honest measure, not a tuning target.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus, runItem, score } from '../../bench/eval/corpus.js';

/**
 * From the dev figures after round three (2026-12-03, see README, "Text checks"; round four kept them): every id ≥ 0.92,
 * STAR parts ≥ 0.91, 93% of items exactly right. These are tuning figures (every dev batch has
 * been studied); how the checks generalise is measured on text not studied: the probe sets' first
 * readings (test/corpus/HISTORY.md) and the held-out batch.
 */
// STAR at 0.89: session 25's held batch AP joined the dev items with STAR task 30 of 36 right, which took
// the whole corpus's task share from 0.901 to 0.899 without any reading getting worse (a new, harder
// batch, not a regression; the held-out figures in the README are the honest measure).
// Exact at 0.90: session 27's held batch AR (121 of 144) and probe-v27 (29 of 60 unseen variants of AQ's misses)
// joined the dev items and took the corpus's exact share from 0.913 to 0.908 with no reading getting worse (the
// same kind of step; the held-out figures in the README are the honest measure).
// STAR at 0.88: session 31's held batch AV (task 26 of 36 right) and probe-v31 (unseen variants of AU's misses,
// most of them a task the writer saw in a role) joined the dev items and took the corpus's task share under 0.89
// with no reading getting worse: the code's readings of AV were the same before and after the session.
// Recall and exact at 0.89: session 32's held batch AW (122 of 144 exact, the same items before and after the
// session) and probe-v32 (43 of 76 unseen variants of AV's misses) joined the dev items and took the corpus's
// exact share to 0.899 and answers/no-result recall to 0.892 with no reading getting worse.
// Recall 0.88 and STAR 0.87: session 33's held batch AX (123 of 144 exact, the same items before and after
// the session) and probe-v33 (54 → 55 of 88 unseen variants of AW's misses, 52 of them interview answers,
// most aimed at a task or a result) joined the dev items and took answers/no-result recall to 0.888 and the
// corpus's task share to 0.879 with no reading getting worse.
// Recall 0.87: session 34's held batch AY (119 → 120 of 144 exact) and probe-v34 (55 of 84 unseen variants of AX's
// misses) joined the dev items at the start of session 35 and took answers/no-result recall from 0.888 to 0.879
// with no reading getting worse (AY's no-result recall was 0.71 on the code before and after session 34).
const FLOORS = { precision: 0.9, recall: 0.87, star: 0.87, exact: 0.89 } as const;

const dev = loadCorpus().filter((x) => x.item.batch === 'dev');
const results = dev.map(({ kind, item }) => runItem(kind, item));
const scores = score(results);

describe('text checks on the labelled corpus (dev items)', () => {
  it('has a corpus to measure', () => {
    expect(dev.length).toBeGreaterThan(100);
  });

  it.each(Object.entries(scores.byId))('%s keeps precision and recall above the floors', (_id, s) => {
    if (s.precision !== null) expect(s.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    if (s.recall !== null) expect(s.recall).toBeGreaterThanOrEqual(FLOORS.recall);
  });

  it.each(Object.entries(scores.star))('STAR %s stays above the floor', (_part, s) => {
    expect(s.right / s.of).toBeGreaterThanOrEqual(FLOORS.star);
  });

  it('gets most items exactly right', () => {
    expect(scores.exact / scores.items).toBeGreaterThanOrEqual(FLOORS.exact);
  });

  it('never says "applicants and programs make independent ranking decisions" asks for anything', () => {
    const item = {
      id: 'own-1',
      batch: 'dev' as const,
      voice: 'own: rule quoted',
      fire: [],
      context: { kind: 'other' },
    };
    const r = runItem('prematch', {
      ...item,
      email: 'Dear Dr. Lee,\nI understand that applicants and programs make independent ranking decisions.\nBest,\nSam',
    });
    expect(r.fired).toEqual([]);
  });
});
