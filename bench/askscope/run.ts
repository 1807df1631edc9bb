/**
 * Round ask64: does a learned scope reading (src/knowledge/scope-model.ts) decline more of the
 * questions the guides do not cover, out of file, without declining questions they answer?
 *
 * `node dist/bench/askscope/run.js probe [--file=NAME]…` answers every labelled file leave-one-file-out
 * (the neighbours AND the scope model learned from every other file only), with the model watching
 * but never declining, and writes each item's outcome and what the model saw to
 * bench/askscope/probes.json. `node dist/bench/askscope/run.js sim` then reads, for each threshold and
 * gate, what declining would change: exact for the questions answered in one pass (the layer only
 * turns an answer into "not covered"). The threshold is chosen on the files OTHER than the newest
 * twelve (ak … av), then read on those.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/core/repo-root.js';
import { setScopeProbe, type ScopeProbe } from '../../src/knowledge/answer.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { currentNeighbours, setNeighbours } from '../../src/knowledge/neighbours.js';
import { currentScopeModel, setScopeModel, SCOPE_USE } from '../../src/knowledge/scope-model.js';
import { indexWithout, normaliseScope, run, scopeModelWithout, type Item } from '../eval-ask/run.js';

const NEWEST = /^seen-questions-a[k-v]\.jsonl$/;
const FORBIDDEN = /^questions-a[b-z]\.jsonl$|^heldout-/;

interface Row {
  file: string;
  id: string;
  q: string;
  scope: 'in' | 'out';
  kindOfItem: string;
  ok: boolean;
  declined: boolean;
  kind: string;
  leadAgrees: boolean | undefined;
  probe: ScopeProbe | undefined;
}

function load(only: string[]): Item[] {
  const dir = join(repoRoot(), 'test', 'corpus', 'ask');
  const files = getKnowledge().labelled.questions.map((q) => q.file);
  return [...new Set(files)]
    .filter((f) => !FORBIDDEN.test(f) && (only.length === 0 || only.includes(f)))
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => ({ ...(JSON.parse(l) as Omit<Item, 'file'>), file }))
        .map((i) => ({ ...i, scope: normaliseScope(i.scope) }) as Item)
        .filter((i) => typeof i.q === 'string' && (i.scope === 'in' || i.scope === 'out')),
    );
}

function probe(only: string[], outFile: string): void {
  const items = load(only);
  const product = currentNeighbours();
  const model = currentScopeModel();
  const keep = SCOPE_USE.decline;
  SCOPE_USE.decline = 2; // watch, never decline
  const rows: Row[] = [];
  try {
    for (const file of [...new Set(items.map((i) => i.file))]) {
      setNeighbours(indexWithout(file));
      setScopeModel(scopeModelWithout(file));
      for (const item of items.filter((i) => i.file === file)) {
        let seen: ScopeProbe | undefined;
        setScopeProbe((p) => (seen ??= p));
        const [o] = run([item]);
        rows.push({
          file,
          id: item.id,
          q: item.q,
          scope: item.scope,
          kindOfItem: o!.kindOfItem,
          ok: o!.kindOfItem === 'out' ? o!.declined : o!.found && o!.answered,
          declined: o!.declined,
          kind: o!.kind,
          leadAgrees: o!.leadAgrees,
          probe: seen,
        });
      }
      process.stderr.write(`${file} `);
    }
  } finally {
    setScopeProbe(undefined);
    setNeighbours(product);
    setScopeModel(model);
    SCOPE_USE.decline = keep;
  }
  writeFileSync(outFile, JSON.stringify(rows));
}

type Gate = (p: ScopeProbe) => boolean;
const GATES: Record<string, Gate> = {
  'no-faq,no-def,not-square': (p) => p.faq === 0 && p.definition < 3 && !p.squarely,
  'faq<0.7,no-def,not-square': (p) => p.faq < 0.7 && p.definition < 3 && !p.squarely,
};

function score(rows: Row[], t: number, gate: Gate) {
  let outN = 0;
  let outOk = 0;
  let inN = 0;
  let inOk = 0;
  let leads = 0;
  let leadsOk = 0;
  const gained: Row[] = [];
  const lost: Row[] = [];
  for (const r of rows) {
    const flip = !r.declined && r.probe !== undefined && r.probe.pOut >= t && gate(r.probe);
    if (r.kindOfItem === 'out') {
      outN++;
      if (r.ok || flip) outOk++;
      if (flip && !r.ok) gained.push(r);
    } else if (r.kindOfItem === 'labelled') {
      inN++;
      if (r.ok && !flip) inOk++;
      if (flip && r.ok) lost.push(r);
    }
    if (r.leadAgrees !== undefined && !flip) {
      leads++;
      if (r.leadAgrees) leadsOk++;
    }
  }
  return { outN, outOk, inN, inOk, leads, leadsOk, gained, lost };
}

function sim(inFile: string, verbose: boolean): void {
  const rows = JSON.parse(readFileSync(inFile, 'utf8')) as Row[];
  const sets: [string, Row[]][] = [
    ['train (older files)', rows.filter((r) => !NEWEST.test(r.file))],
    ['newest (ak..av)', rows.filter((r) => NEWEST.test(r.file))],
    ['pooled', rows],
  ];
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '-');
  for (const [g, gate] of Object.entries(GATES))
    for (const t of [2, 0.99, 0.98, 0.97, 0.95, 0.93, 0.9, 0.85, 0.8, 0.75, 0.7]) {
      const parts = sets.map(([name, rs]) => {
        const s = score(rs, t, gate);
        return `${name}: in ${pct(s.inOk, s.inN)} (${s.inOk}/${s.inN}) out ${pct(s.outOk, s.outN)} (${s.outOk}/${s.outN}) leads ${s.leadsOk}/${s.leads}`;
      });
      console.log(`${g} t=${t}\n  ${parts.join('\n  ')}`);
    }
  if (verbose) {
    const t = Number(process.env.T ?? SCOPE_USE.decline);
    const s = score(
      rows.filter((r) => NEWEST.test(r.file)),
      t,
      GATES['no-faq,no-def,not-square']!,
    );
    console.log(`\nnewest, t=${t}: gained`);
    for (const r of s.gained) console.log(`  + ${r.file} ${r.probe!.pOut.toFixed(2)} ${r.q.slice(0, 110)}`);
    console.log('lost');
    for (const r of s.lost) console.log(`  - ${r.file} ${r.probe!.pOut.toFixed(2)} ${r.q.slice(0, 110)}`);
  }
}

function main(): void {
  const argv = process.argv.slice(2);
  const only = argv.filter((a) => a.startsWith('--file=')).map((a) => a.slice(7));
  const out =
    argv.find((a) => a.startsWith('--out='))?.slice(6) ?? join(repoRoot(), 'bench', 'askscope', 'probes.json');
  if (argv[0] === 'probe') probe(only, out);
  else sim(out, argv.includes('--list'));
}

if (process.argv[1] && /askscope[\\/]run\.[jt]s$/.test(process.argv[1])) main();
