/**
 * The learned layer over the text checks (src/text/learned.ts; issue #10): the shipped model
 * belongs to the corpus it claims, it never withdraws a high finding, it is deterministic, cheap,
 * and switched off it leaves the rules' own reading.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusHash } from '../../bench/eval/learned/data.js';
import { train } from '../../bench/eval/learned/model.js';
import { repoRoot } from '../../src/core/repo-root.js';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import { analyse } from '../../src/text/document.js';
import { itemFeatures, prematchExtra } from '../../src/text/learned-features.js';
import { learnedDecisions, learnedLayer, type LearnedModel } from '../../src/text/learned.js';

const model = JSON.parse(readFileSync(join(repoRoot(), 'src', 'text', 'learned-model.json'), 'utf8')) as LearnedModel;

describe('the shipped model (src/text/learned-model.json)', () => {
  it('was trained on the corpus as it is now (npm run train:checks after changing the corpus)', () => {
    expect(model.corpus).toBe(corpusHash());
  });

  it('has one weight per feature for every label, and thresholds from the grid', () => {
    for (const m of Object.values(model.labels)) {
      expect(m.weights).toHaveLength(model.features.length);
      if (m.add !== null) expect(m.add).toBeGreaterThanOrEqual(0.5);
      if (m.withdraw !== null) expect(m.withdraw).toBeLessThanOrEqual(0.3);
    }
  });
});

describe('combining with the rules', () => {
  const thanks = 'Dear Dr. Okafor,\nThank you for the interview on Monday.\nBest,\nAmal';
  const ctx = { kind: 'thank-you' as const, program: 'Lakeside' };

  it('never withdraws a high finding, however sure the model is', () => {
    const doc = analyse(thanks);
    const high = Object.keys(model.labels)
      .filter((k) => k.startsWith('prematch/'))
      .map((k) => ({ id: k.slice('prematch/'.length), severity: 'high' }));
    for (const d of learnedDecisions('prematch', doc, high, itemFeatures(high, prematchExtra(ctx))))
      expect(d.fire).toBe(true);
  });

  it('switched off, gives no decisions (the rules alone)', () => {
    learnedLayer.enabled = false;
    try {
      expect(learnedDecisions('prematch', analyse(thanks), [], [])).toEqual([]);
    } finally {
      learnedLayer.enabled = true;
    }
  });

  it('leaves plain emails alone (near-misses: a date question, a named project, one top-choice line)', () => {
    for (const email of [
      'Dear Ms. Reyes,\nCould you tell me when the rank order list is due for your program this year?\nThank you,\nKenji',
      'Dear Dr. Lin,\nThank you for showing me the sepsis alert dashboard your fellows rebuilt last spring.\nWarm regards,\nNadia',
      'Dear Dr. Holm,\nI am writing to let you know that I will rank Northgate first. I ask nothing in return.\nSincerely,\nTomas',
    ]) {
      const r = checkPrematchEmail(email, ctx, '2026-01-15');
      expect(r.findings.map((f) => f.message).join(' ')).not.toMatch(/model trained on labelled/);
    }
  });

  it('takes well under 5 ms a text once the text is parsed', () => {
    const emails = readFileSync(join(repoRoot(), 'test', 'corpus', 'prematch', 'seen-heldout-au.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, 40)
      .map((l) => (JSON.parse(l) as { email: string }).email);
    const docs = emails.map((e) => analyse(e));
    learnedDecisions('prematch', docs[0]!, [], []);
    const t0 = performance.now();
    for (const d of docs) learnedDecisions('prematch', d, [], itemFeatures([], ['k:update']));
    expect((performance.now() - t0) / docs.length).toBeLessThan(5);
  });
});

describe('training (bench/eval/learned/model.ts)', () => {
  it('gives the same weights on the same rows', () => {
    const bags = [
      { sentences: [Int32Array.from([1, 2]), Int32Array.from([3])], y: 1 },
      { sentences: [Int32Array.from([2])], y: 0 },
      { sentences: [Int32Array.from([3, 4])], y: 1 },
      { sentences: [Int32Array.from([4])], y: 0 },
    ];
    expect([...train(bags, 5)]).toEqual([...train(bags, 5)]);
  });
});
