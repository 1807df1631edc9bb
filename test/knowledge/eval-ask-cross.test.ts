/**
 * `npm run eval:ask` with the neighbour signal on answers each file leave-one-file-out even when
 * nothing has loaded the knowledge before it (as in the command itself): until round askon the run
 * asked for the product's index before loading it, found none, and answered every file with its own
 * questions in the index (in sample), reading 97.3% instead of the honest figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { indexWithout, run, runCross, type Item } from '../../bench/eval-ask/run.js';
import { repoRoot } from '../../src/core/repo-root.js';
import { currentNeighbours, setNeighbours } from '../../src/knowledge/neighbours.js';

it('answers a file with the index of the other files when it is the first thing run', () => {
  const file = 'seen-questions-aa.jsonl';
  const line = readFileSync(join(repoRoot(), 'test', 'corpus', 'ask', file), 'utf8')
    .split('\n')
    .find((l) => l.includes('"q-haa-078"'))!;
  const o = JSON.parse(line) as Omit<Item, 'file'>;
  const item: Item = { ...o, scope: 'in', file };
  expect(currentNeighbours()).toBeUndefined();
  const [cross] = runCross([item]);
  const product = currentNeighbours();
  expect(product).toBeDefined();
  try {
    setNeighbours(indexWithout(file));
    expect(cross!.text).toBe(run([item])[0]!.text);
    // …and that differs from the answer with the item's own file in the index (so the check can fail).
    setNeighbours(product);
    expect(run([item])[0]!.text).not.toBe(cross!.text);
  } finally {
    setNeighbours(product);
  }
  // (The knowledge loads inside the test, on purpose: guides, features and index take seconds.)
}, 120_000);
