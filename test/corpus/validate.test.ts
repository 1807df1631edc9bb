/**
 * The corpus validator (`node test/corpus/validate.mjs`) keeps labelled data honest: a question that
 * cites a section no guide has would count as a miss for the wrong reason, so the validator reads the
 * guides' headings. Run here on the repository's corpus and on a small corpus built for the test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'validate.mjs');

describe('corpus validator', () => {
  it('accepts the corpus in the repository', () => {
    const out = execFileSync(process.execPath, [script], { encoding: 'utf8' });
    expect(out).toMatch(/ask\/dev: \d+/);
    expect(out).toMatch(/prematch\/dev: \d+/);
  });

  const root = mkdtempSync(join(tmpdir(), 'corpus-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function run(questions: object[]): { status: number | null; out: string } {
    mkdirSync(join(root, 'knowledge'), { recursive: true });
    mkdirSync(join(root, 'test', 'corpus', 'ask'), { recursive: true });
    writeFileSync(join(root, 'knowledge', 'visas.md'), '# Visas\n\n## J-1 basics {#j1-basics}\n\nText.\n');
    copyFileSync(script, join(root, 'test', 'corpus', 'validate.mjs'));
    writeFileSync(
      join(root, 'test', 'corpus', 'ask', 'q.jsonl'),
      questions.map((q) => JSON.stringify(q)).join('\n') + '\n',
    );
    const r = spawnSync(process.execPath, [join(root, 'test', 'corpus', 'validate.mjs')], { encoding: 'utf8' });
    return { status: r.status, out: r.stdout };
  }

  const base = { batch: 'dev', voice: 'terse', topic: 'visa', yesNo: true };

  it('accepts a question citing a section that exists', () => {
    const r = run([{ ...base, id: 'q-1', q: 'J-1 ok?', scope: 'in', answers: ['visas#j1-basics'] }]);
    expect(r.out).not.toMatch(/ask\/q\.jsonl/);
    expect(r.status).toBe(0);
  });

  it('names the line and the fix when a question cites a section no guide has', () => {
    const r = run([
      { ...base, id: 'q-1', q: 'J-1 ok?', scope: 'in', answers: ['visas#j1-basics'] },
      { ...base, id: 'q-2', q: 'H-1B ok?', scope: 'in', answers: ['visas#h1b'] },
    ]);
    expect(r.status).toBe(1);
    expect(r.out).toContain('ask/q.jsonl:2: answers: no section "visas#h1b" in knowledge/');
  });

  it('reports an out-of-scope question that cites answers, a bad scope and a duplicate id', () => {
    const r = run([
      { ...base, id: 'q-1', q: 'dentistry?', scope: 'out', answers: ['visas#j1-basics'] },
      { ...base, id: 'q-1', q: 'again', scope: 'maybe' },
    ]);
    expect(r.status).toBe(1);
    expect(r.out).toContain('ask/q.jsonl:1: an out-of-scope question cites no answers');
    expect(r.out).toContain('ask/q.jsonl:2: id q-1 also at ask/q.jsonl:1');
    expect(r.out).toContain('ask/q.jsonl:2: scope must be "in" or "out"');
  });
});
