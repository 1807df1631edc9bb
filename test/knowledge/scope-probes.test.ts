import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';

/**
 * Category probes written by us in rounds three to nine (thirteen batches, each written before the
 * changes it then measured; the README gives each batch's first figure). They now guard against regressions:
 * every out-of-scope probe is declined without a citation, every in-scope one is answered.
 */
interface Probes {
  out: Array<{ q: string; cat: string }>;
  /** `want`: sections one of which the answer should cite (batch e on). */
  in: Array<{ q: string; cat: string; want?: string[]; open?: string }>;
}
const { index } = getKnowledge();
const CITATION = /\[[a-z0-9-]+#[a-z0-9-]+\]/;
const batches = ['scope-probes.json', 'scope-probes-b.json', 'scope-probes-c.json', 'scope-probes-d.json', 'scope-probes-e.json', 'scope-probes-f.json', 'scope-probes-g.json', 'scope-probes-h.json', 'scope-probes-i.json', 'scope-probes-j.json', 'scope-probes-l.json', 'scope-probes-m.json', 'scope-probes-n.json', 'scope-probes-o.json'].map((f) => ({
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
    // A probe marked `open` is a miss we could not fix yet; its note says why.
    const declined = probes.in.filter(({ q, open }) => !open && !answerQuestion(index, q).covered);
    expect(declined.map((p) => `${p.cat}: ${p.q}`)).toEqual([]);
  });
});

describe('category probes with the sections that answer them', () => {
  // Batch l (round eight) is held apart below: its neighbouring-section probes are not all fixed yet.
  const withWant = batches.filter(({ file }) => !['scope-probes-l.json', 'scope-probes-m.json', 'scope-probes-n.json', 'scope-probes-o.json'].includes(file)).flatMap(({ probes }) => probes.in.filter((p) => p.want?.length));
  it('answers nine in ten of them from one of those sections (batch e read 13/24 before round four)', () => {
    const hits = withWant.filter(({ q, want }) => {
      const a = answerQuestion(index, q);
      const cited = [...a.answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]);
      return a.covered && (want ?? []).some((w) => cited.includes(w));
    });
    expect(withWant.length).toBeGreaterThan(20);
    expect(hits.length / withWant.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('probe batch l (round eight), answered from a wanted section', () => {
  const l = batches.find(({ file }) => file === 'scope-probes-l.json')?.probes.in ?? [];
  it('keeps at least the 9 of 15 it reached at the end of round eight (7 on its first reading)', () => {
    const hits = l.filter(({ q, want }) => {
      const a = answerQuestion(index, q);
      const cited = [...a.answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]);
      return a.covered && (want ?? []).some((w) => cited.includes(w));
    });
    expect(l.length).toBe(15);
    expect(hits.length).toBeGreaterThanOrEqual(9);
  });
});

describe('probe batches m and n (round nine), answered from a wanted section', () => {
  const hits = (file: string): { hits: number; of: number } => {
    const inScope = batches.find((b) => b.file === file)?.probes.in ?? [];
    const n = inScope.filter(({ q, want }) => {
      const a = answerQuestion(index, q);
      const cited = [...a.answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]);
      return a.covered && (want ?? []).some((w) => cited.includes(w));
    }).length;
    return { hits: n, of: inScope.length };
  };
  it('keeps batch m at 13 of 15 (10 on its first reading)', () => {
    expect(hits('scope-probes-m.json')).toEqual({ hits: expect.any(Number) as number, of: 15 });
    expect(hits('scope-probes-m.json').hits).toBeGreaterThanOrEqual(13);
  });
  // 5 until session 12: "Can I ask the program to push my start date?" (a baby due in June) hit
  // matches#amia-ci-match only through the match calendar's list, which does not answer it either;
  // the licence-to-train section (its "start" words) moved it. No guide covers deferring a start.
  it('keeps batch n at 4 of 8 (4 on its first reading; its wanted sections were guessed before reading)', () => {
    expect(hits('scope-probes-n.json').of).toBe(8);
    expect(hits('scope-probes-n.json').hits).toBeGreaterThanOrEqual(4);
  });
});
