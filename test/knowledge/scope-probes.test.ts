import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

/**
 * Category probes written by us in round three (four batches, each written before the changes it
 * then measured; the README gives each batch's first figure). They now guard against regressions:
 * every out-of-scope probe is declined without a citation, every in-scope one is answered.
 */
interface Probes {
  out: Array<{ q: string; cat: string }>;
  in: Array<{ q: string; cat: string }>;
}
const { index } = getKnowledge();
const CITATION = /\[[a-z0-9-]+#[a-z0-9-]+\]/;
const batches = ['scope-probes.json', 'scope-probes-b.json', 'scope-probes-c.json', 'scope-probes-d.json'].map((f) => ({
  file: f,
  probes: JSON.parse(readFileSync(resolve(import.meta.dirname, f), 'utf8')) as Probes,
}));

describe.each(batches)('category probes in $file', ({ probes }) => {
  it('declines every out-of-scope probe, with no citation', () => {
    const answered = probes.out.filter(({ q }) => {
      const a = answerQuestion(index, q);
      return a.covered || CITATION.test(a.answer);
    });
    expect(answered.map((p) => `${p.cat}: ${p.q}`)).toEqual([]);
  });

  it('answers every in-scope probe, even those that share words with a detector', () => {
    const declined = probes.in.filter(({ q }) => !answerQuestion(index, q).covered);
    expect(declined.map((p) => `${p.cat}: ${p.q}`)).toEqual([]);
  });
});
