import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGuides } from '../../src/knowledge/load.js';
import { createIndex, search } from '../../src/knowledge/retrieval.js';

interface Question {
  q: string;
  expect: string;
}

const DIR = resolve(import.meta.dirname, '../retrieval/questions');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const questions: Array<Question & { file: string }> = files.flatMap((file) =>
  (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Question[]).map((q) => ({ ...q, file })),
);
const guides = loadGuides();
const index = createIndex(guides);
let hits = 0;

describe('retrieval question set (expected section in the top 3)', () => {
  afterAll(() => {
    const pct = questions.length ? ((100 * hits) / questions.length).toFixed(1) : '0.0';
    console.log(`retrieval: ${hits}/${questions.length} top-3 hits (${pct}%); index build ${index.buildMs.toFixed(1)} ms`);
  });

  it('has at least 25 questions, each expecting a section that exists', () => {
    expect(questions.length).toBeGreaterThanOrEqual(25);
    for (const { expect: ref, file } of questions) {
      const [doc, section] = ref.split('#');
      const exists = guides.some((g) => g.id === doc && g.sections.some((s) => s.slug === section));
      expect(exists, `${file}: ${ref} is not a section in knowledge/`).toBe(true);
    }
  });

  for (const { q, expect: ref, file } of questions) {
    it(`${file}: "${q}" → ${ref}`, () => {
      const top = search(index, q, { limit: 3 }).map((p) => `${p.doc}#${p.section}`);
      if (top.includes(ref)) hits++;
      expect(top).toContain(ref);
    });
  }
});
