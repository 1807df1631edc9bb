/**
 * The askml experiment (bench/askml/RESULTS.md): do the labelled member questions themselves,
 * as nearest neighbours, help /ask choose the section and decline what is out of scope?
 *
 * Leave-one-file-out over the blind-written files (seen-questions-*, questions-a, blind-d): the
 * neighbour index used to answer a file's questions is built from every OTHER file in
 * test/corpus/ask (the probe files only ever as training data) and never contains that file.
 * Each configuration is compared with the current code (no index) on the same files.
 *
 *   node dist/bench/askml/run.js [--write] [--no-probes] [--only=grid-name,...]
 *
 * --write saves bench/askml/results.json. Deterministic: no randomness anywhere.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/core/repo-root.js';
import {
  createNeighbourIndex,
  questionFeatures,
  setNeighbours,
  type LabelledQuestion,
  type NeighbourUse,
} from '../../src/knowledge/neighbours.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { normaliseScope, run, summary, wantedSections, type Item, type Outcome } from '../eval-ask/run.js';

/** Files this experiment must never open (held-out batches not yet read). */
const FORBIDDEN = (f: string): boolean => /^questions-a[f-z]\.jsonl$/.test(f) || /^heldout-/.test(f);
const BLIND = (f: string): boolean =>
  /^seen-questions-.+\.jsonl$/.test(f) || f === 'questions-a.jsonl' || f === 'blind-d.jsonl';
const NEWEST = ['af', 'ag', 'ah', 'ai', 'aj', 'ak'].map((x) => `seen-questions-${x}.jsonl`);

function loadAll(): Item[] {
  const dir = join(repoRoot(), 'test', 'corpus', 'ask');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && !FORBIDDEN(f))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Omit<Item, 'file'>)
        .map((i) => ({ ...i, scope: normaliseScope(i.scope), file }) as Item)
        .filter((i) => typeof i.q === 'string' && (i.scope === 'in' || i.scope === 'out')),
    );
}

const labelled = (i: Item): LabelledQuestion => ({ q: i.q, scope: i.scope, answers: wantedSections(i) ?? [] });

const OFF = { rank: false, scope: false, keepConfidence: false };
/** Configurations, by family; "current" is the code as it is. */
const GRID: Record<string, Partial<NeighbourUse> | undefined> = {
  current: undefined,
  'a:lift1': { ...OFF, rank: true, lift: 1 },
  'a:lift2': { ...OFF, rank: true, lift: 2 },
  'a:lift4': { ...OFF, rank: true, lift: 4 },
  'a:lift2+veto0.6': { ...OFF, rank: true, lift: 2, faqVeto: 0.6 },
  'a:lift4+veto0.6': { ...OFF, rank: true, lift: 4, faqVeto: 0.6 },
  'a:lift4+veto0.4': { ...OFF, rank: true, lift: 4, faqVeto: 0.4 },
  'b:out0.7/0.35': { ...OFF, scope: true, outShare: 0.7, outMinSim: 0.35 },
  'b:out0.8/0.35': { ...OFF, scope: true, outShare: 0.8, outMinSim: 0.35 },
  'b:out0.8/0.5': { ...OFF, scope: true, outShare: 0.8, outMinSim: 0.5 },
  'b:out0.9/0.35': { ...OFF, scope: true, outShare: 0.9, outMinSim: 0.35 },
  'b:out0.9/0.5': { ...OFF, scope: true, outShare: 0.9, outMinSim: 0.5 },
  'b:out0.9/0.5-noin': { ...OFF, scope: true, outShare: 0.9, outMinSim: 0.5, inShare: 2 },
  'b:in-only': { ...OFF, scope: true, outShare: 2 },
  ab: { rank: true, lift: 2, keepConfidence: false, scope: true, outShare: 0.9, outMinSim: 0.5 },
  'a:lift4+veto0.6+keep': { ...OFF, rank: true, lift: 4, faqVeto: 0.6, keepConfidence: true },
  'ab:lift4+veto0.6+keep+out0.8/0.35': {
    rank: true,
    lift: 4,
    faqVeto: 0.6,
    keepConfidence: true,
    scope: true,
    outShare: 0.8,
    outMinSim: 0.35,
  },
  'ab:lift4+veto0.6+out0.8/0.35': {
    rank: true,
    keepConfidence: false,
    lift: 4,
    faqVeto: 0.6,
    scope: true,
    outShare: 0.8,
    outMinSim: 0.35,
  },
};

type Sum = ReturnType<typeof summary>;
interface FileResult {
  summary: Sum;
  /** Per item: 1 right, 0 wrong (in scope: answered; out: declined). */
  right: Record<string, number>;
}

function rightOf(r: Outcome): number | undefined {
  if (r.kindOfItem === 'labelled') return r.found && r.answered ? 1 : 0;
  if (r.kindOfItem === 'out') return r.declined ? 1 : 0;
  return undefined;
}

function main(): void {
  const argv = process.argv.slice(2);
  const noProbes = argv.includes('--no-probes');
  const only = argv
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',');
  const grid = Object.entries(GRID).filter(([name]) => !only || name === 'current' || only.includes(name));
  getKnowledge();
  const items = loadAll();
  const features = items.map((i) => questionFeatures(i.q));
  // The newest six first, so a run cut short still reports them.
  const files = [...new Set(items.map((i) => i.file))]
    .filter(BLIND)
    .sort((a, b) => Number(NEWEST.includes(b)) - Number(NEWEST.includes(a)) || a.localeCompare(b));
  const results: Record<string, Record<string, FileResult>> = {};
  const t0 = Date.now();
  for (const file of files) {
    const train = items
      .map((it, n) => ({ it, n }))
      .filter(({ it }) => it.file !== file && (!noProbes || !it.file.startsWith('probe-')));
    const index = createNeighbourIndex(
      train.map(({ it }) => labelled(it)),
      train.map(({ n }) => features[n]!),
    );
    const test = items.filter((i) => i.file === file);
    for (const [name, use] of grid) {
      setNeighbours(use ? index : undefined, use);
      const rows = run(test);
      const right: Record<string, number> = {};
      for (const r of rows) {
        const v = rightOf(r);
        if (v !== undefined) right[r.item.id] = v;
      }
      (results[name] ??= {})[file] = { summary: summary(rows), right };
    }
    setNeighbours(undefined);
    process.stderr.write(`${file} done (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
    if (argv.includes('--write'))
      writeFileSync(
        join(repoRoot(), 'bench', 'askml', noProbes ? 'results-no-probes.json' : 'results.json'),
        `${JSON.stringify({ files, newest: NEWEST, results }, null, 1)}\n`,
      );
  }
  if (argv.includes('--write'))
    writeFileSync(
      join(repoRoot(), 'bench', 'askml', noProbes ? 'results-no-probes.json' : 'results.json'),
      `${JSON.stringify({ files, newest: NEWEST, results }, null, 1)}\n`,
    );
  report(files, results);
}

const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '—');

function pooled(res: Record<string, FileResult>, files: readonly string[]): Sum {
  const sums = files.map((f) => res[f]!.summary);
  const out = { ...sums[0]! };
  for (const k of Object.keys(out) as (keyof Sum)[]) out[k] = sums.reduce((a, s) => a + s[k], 0);
  return out;
}

function line(name: string, s: Sum): string {
  return `${name.padEnd(24)} in ${pct(s.answered, s.inScope).padStart(5)} (${s.answered}/${s.inScope})  top3 ${pct(s.found, s.inScope).padStart(5)}  declined ${pct(s.declined, s.outOfScope).padStart(5)} (${s.declined}/${s.outOfScope})  leads ${s.leadsRight}/${s.leads}`;
}

export function report(files: readonly string[], results: Record<string, Record<string, FileResult>>): void {
  const newest = files.filter((f) => NEWEST.includes(f));
  for (const [title, set] of [
    ['pooled, all blind files', files],
    ['newest six (af-ak)', newest],
  ] as const) {
    console.log(`\n${title}:`);
    for (const name of Object.keys(results)) console.log(`  ${line(name, pooled(results[name]!, set))}`);
  }
}

if (process.argv[1] && /askml[\\/]run\.[jt]s$/.test(process.argv[1])) main();
