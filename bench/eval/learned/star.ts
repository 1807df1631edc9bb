/**
 * `npm run train:checks [-- --measure] [-- --cache=FILE] [-- --sweep]`: the learned layer over the
 * STAR reading of interview answers (src/mock/star-layer.ts), round star32 of issue #10.
 *
 * Always writes src/mock/star-model.json: per STAR part a multiple-instance logistic regression
 * (./model.ts) trained on every answers file but the forbidden ones, cut to features seen in at
 * least MIN_ITEMS answers and to the TOP_N largest weights per part, with the thresholds that let
 * it turn a part chosen on out-of-group predictions of the blind writers (4 groups). Same corpus,
 * same bytes; the file records a hash of the answers files it was trained on.
 *
 * `--measure` also scores it leave-one-writer-out: for each seen-heldout-X batch (each written blind
 * by a different writer), train on every other answers file less X's variants (probe sets, "varies
 * an-h47-…" items), choose the thresholds on the other writers only, and score X: rules alone
 * against rules + layer, per STAR part and items exactly right (the whole item: ids and parts), and
 * with the no-result note following the combined result. Writes bench/eval/learned/star-results.json
 * and prints the tables. `--sweep` measures each cut of the model (support floor, top N) instead.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../../src/core/repo-root.js';
import {
  ADD_NEEDS_I,
  NEVER_WITHDRAW,
  PARTS,
  starModelPath,
  type Part,
  type StarModel,
} from '../../../src/mock/star-layer.js';
import { answersHash, loadAnswerRows, loadVetoRows, type Row } from './data.js';
import { bagScore, DEFAULT_TRAIN, train, type Bag } from './model.js';
import { bagOf, combine, tiedTo, writerOf, type Thresholds } from './train.js';

/** The shipped cut (bench/eval/learned/STAR.md has the sweep that chose it). */
export const MIN_ITEMS = 10;
export const TOP_N = 0;

interface Cut {
  minItems: number;
  topN: number;
}

class Vocab {
  readonly index = new Map<string, number>();
  readonly names: string[] = [];
  constructor(rows: readonly Row[], minItems: number) {
    const df = new Map<string, number>();
    for (const r of rows) for (const f of new Set([...r.item, ...r.sentences.flat()])) df.set(f, (df.get(f) ?? 0) + 1);
    for (const [f, n] of df)
      if (n >= minItems) {
        this.names.push(f);
        this.index.set(f, this.names.length); // 0 is the bias
      }
  }
  get dims(): number {
    return this.names.length + 1;
  }
}

interface Prepared {
  row: Row;
  bag: Int32Array[];
}

/** Weights as written: three significant digits, tiny ones dropped. */
function shrink(w: Float64Array): Float64Array {
  for (let i = 0; i < w.length; i++) w[i] = Math.abs(w[i]!) < 0.01 ? 0 : Number(w[i]!.toPrecision(3));
  return w;
}

/**
 * One part's weights: trained on every feature of the vocabulary, then cut to the top N by size
 * and trained again on those alone (so the kept weights carry what the dropped ones did).
 */
function trainPart(part: Part, rows: readonly Prepared[], dims: number, topN: number): Float64Array {
  const bags: Bag[] = rows.filter((p) => p.row.star).map((p) => ({ sentences: p.bag, y: p.row.star![part] ? 1 : 0 }));
  const full = train(bags, dims, DEFAULT_TRAIN);
  if (!topN || topN >= dims - 1) return shrink(full);
  const order = [...Array(dims - 1).keys()]
    .map((i) => i + 1)
    .sort((a, b) => Math.abs(full[b]!) - Math.abs(full[a]!) || a - b)
    .slice(0, topN);
  const keep = new Uint8Array(dims);
  for (const i of order) keep[i] = 1;
  const cut = bags.map((b) => ({ y: b.y, sentences: b.sentences.map((s) => s.filter((i) => keep[i] === 1)) }));
  const w = train(cut, dims, DEFAULT_TRAIN);
  for (let i = 1; i < dims; i++) if (!keep[i]) w[i] = 0;
  return shrink(w);
}

/** The rules' reading of a part, as ./train.ts's combine sees it: a found result is never withdrawn. */
const ruleOf = (r: Row, part: Part) => {
  const fire = !!r.ruleStar?.[part];
  return { fire, high: fire && NEVER_WITHDRAW.has(part) };
};

function decide(r: Row, part: Part, w: Float64Array, bag: Int32Array[], t: Thresholds): boolean {
  if (r.noStar) return !!r.ruleStar?.[part];
  const { z, at } = bagScore(w, bag);
  const on = combine(ruleOf(r, part), 1 / (1 + Math.exp(-z)), t);
  // An action the layer adds must come from a sentence where the member speaks as "I" (ADD_NEEDS_I).
  if (on && !r.ruleStar?.[part] && ADD_NEEDS_I.has(part)) return (r.sentences[at] ?? []).includes('l:i');
  return on;
}

/**
 * The add thresholds the layer may use, highest first. Session 33 widened the grid up to 0.995: with
 * 0.9 as its floor and "most items gained" as the only test, the retrained model (43e4c09) moved from
 * 0.98 to 0.9 for situation and result and added a task at 0.96 to a near-miss probe with none
 * (test/text/probes.test.ts).
 */
export const ADD_GRID = [0.995, 0.99, 0.98, 0.97, 0.96, 0.95, 0.9] as const;

interface Case {
  truth: boolean;
  rule: boolean;
  /** P(present); 0 for an action whose best sentence is not in the member's "I" (ADD_NEEDS_I). */
  p: number;
  group: number;
}

/**
 * The add threshold that is safe on every fold: among the grid values where no group of held-out
 * writers loses items (added wrongly ≤ added rightly, per group), the one that gains the most over
 * all groups, the higher one on a tie; none when nothing gains. Picking the best total alone let
 * one group's gains pay for another group's false additions, which is what a new writer meets.
 */
export function chooseAdd(cases: readonly Case[], groups = 4): number | null {
  let add: number | null = null;
  let best = 0;
  for (const t of ADD_GRID) {
    const gain = new Array<number>(groups).fill(0);
    for (const c of cases) if (!c.rule && c.p > t) gain[c.group]! += c.truth ? 1 : -1;
    if (gain.some((g) => g < 0)) continue;
    const total = gain.reduce((a, b) => a + b, 0);
    if (total > best) [best, add] = [total, t];
  }
  return add;
}

/** Thresholds for one part from out-of-group predictions: four groups of the given writers. Add only. */
function thresholdsFor(
  part: Part,
  rows: readonly Prepared[],
  writers: readonly string[],
  dims: number,
  topN: number,
  prefixOf: Map<string, string>,
): Thresholds {
  const cases: Case[] = [];
  for (let g = 0; g < 4; g++) {
    const group = new Set(writers.filter((_, i) => i % 4 === g));
    const w = trainPart(
      part,
      rows.filter((p) => !tiedTo(p.row, group, prefixOf)),
      dims,
      topN,
    );
    for (const p of rows) {
      const wr = writerOf(p.row.source);
      if (!wr || !group.has(wr) || !p.row.star || p.row.noStar) continue;
      const { z, at } = bagScore(w, p.bag);
      const own = !ADD_NEEDS_I.has(part) || (p.row.sentences[at] ?? []).includes('l:i');
      cases.push({
        truth: p.row.star[part],
        rule: !!p.row.ruleStar?.[part],
        p: own ? 1 / (1 + Math.exp(-z)) : 0,
        group: g,
      });
    }
  }
  return { add: chooseAdd(cases), withdraw: null };
}

type Vetoes = Record<Part, Row[]>;

function vetoesBy(rows: readonly { part: Part; row: Row }[]): Vetoes {
  const out = Object.fromEntries(PARTS.map((p) => [p, [] as Row[]])) as Vetoes;
  for (const v of rows) out[v.part].push(v.row);
  return out;
}

/**
 * The add threshold raised above every near-miss probe of the part (data.ts, loadVetoRows), scored
 * with the weights that will be used: the lowest grid value at or above both; none when a probe
 * scores above the whole grid. Switched on in session 32, the layer added a task to "…we disagreed
 * about whether to include social work notes…" (a conflict story our probes say has no task) and a
 * result to a story that ends on a lesson, and took that story's no-result away: new writers' texts
 * are not the training writers', and a part the layer adds is shown to the member as something
 * their answer has.
 */
function vetoed(add: number | null, part: Part, w: Float64Array, vetoes: readonly Row[], v: Vocab): number | null {
  if (add === null) return null;
  let top = 0;
  for (const row of vetoes) {
    const bag = bagOf(row, v);
    const { z, at } = bagScore(w, bag);
    if (ADD_NEEDS_I.has(part) && !(row.sentences[at] ?? []).includes('l:i')) continue;
    top = Math.max(top, 1 / (1 + Math.exp(-z)));
  }
  return [...ADD_GRID].reverse().find((t) => t >= add && t >= top) ?? null;
}

function prefixes(rows: readonly Row[]): Map<string, string> {
  const prefixOf = new Map<string, string>();
  for (const r of rows) {
    const w = writerOf(r.source);
    if (w) prefixOf.set(r.id.split('-').slice(0, 2).join('-'), w);
  }
  return prefixOf;
}

/** Writers oldest first: a … z, then aa … (the batches were lettered in order). */
const byAge = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

function writersOf(rows: readonly Row[]): string[] {
  return [...new Set(rows.map((r) => writerOf(r.source)).filter((w): w is string => !!w))].sort(byAge);
}

/** The model trained on every row, thresholds from a 4-group split of all writers. */
export function buildModel(rows: readonly Row[], cut: Cut, vetoes: Vetoes): StarModel {
  const v = new Vocab(rows, cut.minItems);
  const prepared = rows.map((row) => ({ row, bag: bagOf(row, v) }));
  const prefixOf = prefixes(rows);
  const writers = writersOf(rows);
  const weights = {} as Record<Part, Float64Array>;
  const th = {} as Record<Part, Thresholds>;
  for (const part of PARTS) {
    weights[part] = trainPart(part, prepared, v.dims, cut.topN);
    const t = thresholdsFor(part, prepared, writers, v.dims, cut.topN, prefixOf);
    th[part] = { ...t, add: vetoed(t.add, part, weights[part], vetoes[part], v) };
  }
  // Keep only features some part weighs, renumbered in vocabulary (corpus) order: same corpus, same bytes.
  const used = v.names.map((_, i) => i + 1).filter((i) => PARTS.some((p) => weights[p][i] !== 0));
  const renum = new Map(used.map((i, k) => [i, k]));
  const parts = {} as StarModel['parts'];
  for (const part of PARTS) {
    const w = weights[part];
    parts[part] = {
      add: th[part].add,
      withdraw: NEVER_WITHDRAW.has(part) ? null : th[part].withdraw,
      bias: w[0]!,
      weights: used.filter((i) => w[i] !== 0).map((i) => [renum.get(i)!, w[i]!] as [number, number]),
    };
  }
  return {
    version: 1,
    corpus: answersHash(),
    minItems: cut.minItems,
    topN: cut.topN,
    features: used.map((i) => v.names[i - 1]!),
    parts,
  };
}

interface Decided {
  row: Row;
  star: Record<Part, boolean>;
}

/** Leave-one-writer-out: each blind writer's answers read by a layer trained without them. */
function leaveOneWriterOut(rows: readonly Row[], cut: Cut, vetoes: Vetoes, log = true): Decided[] {
  const prefixOf = prefixes(rows);
  const writers = writersOf(rows);
  const out: Decided[] = [];
  for (const x of writers) {
    const t0 = Date.now();
    const trainRows = rows.filter((r) => !tiedTo(r, new Set([x]), prefixOf));
    // The vocabulary too is counted on the training rows only.
    const v = new Vocab(trainRows, cut.minItems);
    const prepared = trainRows.map((row) => ({ row, bag: bagOf(row, v) }));
    const test = rows.filter((r) => writerOf(r.source) === x).map((row) => ({ row, bag: bagOf(row, v) }));
    const star = test.map(() => ({}) as Record<Part, boolean>);
    for (const part of PARTS) {
      const t = thresholdsFor(
        part,
        prepared,
        writers.filter((w) => w !== x),
        v.dims,
        cut.topN,
        prefixOf,
      );
      const w = trainPart(part, prepared, v.dims, cut.topN);
      // The probes are never a test writer's text, so the same cap applies in every fold.
      const th = { ...t, add: vetoed(t.add, part, w, vetoes[part], v) };
      test.forEach((p, k) => (star[k]![part] = decide(p.row, part, w, p.bag, th)));
    }
    test.forEach((p, k) => out.push({ row: p.row, star: star[k]! }));
    if (log) console.error(`  ${x}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return out;
}

interface Pool {
  items: number;
  rulesExact: number;
  combinedExact: number;
  /** Combined, with no-result following the combined reading (feedback.ts, noResultFor). */
  followExact: number;
  /** Combined, with no-result only taken away where the layer read a result the rules missed. */
  dropExact: number;
  /** The no-result note, tp/fp/fn: the rules' own, following, dropped only. */
  noResult: Record<'rules' | 'follow' | 'drop', { tp: number; fp: number; fn: number }>;
  parts: Record<Part, { rules: number; combined: number; of: number }>;
}

const emptyPool = (): Pool => ({
  items: 0,
  rulesExact: 0,
  combinedExact: 0,
  followExact: 0,
  dropExact: 0,
  noResult: { rules: { tp: 0, fp: 0, fn: 0 }, follow: { tp: 0, fp: 0, fn: 0 }, drop: { tp: 0, fp: 0, fn: 0 } },
  parts: Object.fromEntries(PARTS.map((p) => [p, { rules: 0, combined: 0, of: 0 }])) as Pool['parts'],
});

function idsExact(row: Row, fired: ReadonlySet<string>): boolean {
  const want = new Set(row.fire);
  return ![...fired].some((f) => !want.has(f) && !row.dontCare.includes(f)) && ![...want].some((f) => !fired.has(f));
}

function tally(pool: Pool, d: Decided): void {
  const { row, star } = d;
  const truth = row.star;
  const rules = new Set(row.rules.map((r) => r.id));
  const bits = (s: Record<Part, boolean>) =>
    (s.situation ? 8 : 0) + (s.task ? 4 : 0) + (s.action ? 2 : 0) + (s.result ? 1 : 0);
  const follow = new Set([...rules].filter((id) => id !== 'no-result'));
  if (((row.noResultWith ?? 0) >> bits(star)) & 1) follow.add('no-result');
  const drop = new Set([...rules].filter((id) => id !== 'no-result' || !(star.result && !row.ruleStar?.result)));
  const starRight = (s: Partial<Record<Part, boolean>>) => !truth || PARTS.every((p) => !!s[p] === truth[p]);
  pool.items++;
  if (idsExact(row, drop) && starRight(star)) pool.dropExact++;
  if (!row.dontCare.includes('no-result'))
    for (const [k, fired] of [
      ['rules', rules],
      ['follow', follow],
      ['drop', drop],
    ] as const) {
      const want = row.fire.includes('no-result');
      const got = fired.has('no-result');
      const t = pool.noResult[k];
      if (want && got) t.tp++;
      else if (got) t.fp++;
      else if (want) t.fn++;
    }
  if (idsExact(row, rules) && starRight(row.ruleStar ?? {})) pool.rulesExact++;
  if (idsExact(row, rules) && starRight(star)) pool.combinedExact++;
  if (idsExact(row, follow) && starRight(star)) pool.followExact++;
  if (truth)
    for (const p of PARTS) {
      const t = pool.parts[p];
      t.of++;
      if (!!row.ruleStar?.[p] === truth[p]) t.rules++;
      if (star[p] === truth[p]) t.combined++;
    }
}

function pools(decided: readonly Decided[]): {
  byWriter: Map<string, Pool>;
  all: Pool;
  newest: Pool;
  last: Pool;
  lastName: string;
} {
  const byWriter = new Map<string, Pool>();
  for (const d of decided) {
    const x = writerOf(d.row.source)!;
    if (!byWriter.has(x)) byWriter.set(x, emptyPool());
    tally(byWriter.get(x)!, d);
  }
  const order = [...byWriter.keys()].sort(byAge);
  const newest15 = new Set(order.slice(-15));
  const lastName = order[order.length - 1]!;
  const all = emptyPool();
  const newest = emptyPool();
  const last = emptyPool();
  for (const d of decided) {
    const x = writerOf(d.row.source)!;
    tally(all, d);
    if (newest15.has(x)) tally(newest, d);
    if (x === lastName) tally(last, d);
  }
  return { byWriter, all, newest, last, lastName };
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;

function row(name: string, p: Pool): string {
  const parts = PARTS.map(
    (k) => `${pct(p.parts[k].rules, p.parts[k].of)} → ${pct(p.parts[k].combined, p.parts[k].of)}`,
  );
  return `| ${name} | ${p.items} | ${p.rulesExact} | ${p.combinedExact} | ${p.followExact} | ${p.dropExact} | ${parts.join(' | ')} |`;
}

function report(decided: readonly Decided[]): { text: string; json: unknown } {
  const { byWriter, all, newest, last, lastName } = pools(decided);
  const order = [...byWriter.keys()].sort(byAge);
  const lines = [
    '| batch | answers | rules exact | combined exact | + no-result follows | + no-result dropped only | S rules → combined | T | A | R |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...order.map((x) => row(`seen-heldout-${x}`, byWriter.get(x)!)),
    row('**all**', all),
    row(`**newest fifteen (${order[order.length - 15]}–${lastName})**`, newest),
    row(`**newest (${lastName})**`, last),
    '',
    summary('pooled', decided),
  ];
  return {
    text: lines.join('\n'),
    json: {
      writers: Object.fromEntries(order.map((x) => [x, byWriter.get(x)])),
      all,
      newest,
      last: { name: lastName, ...last },
    },
  };
}

function summary(label: string, decided: readonly Decided[]): string {
  const { all, newest, last } = pools(decided);
  const nr = (t: { tp: number; fp: number; fn: number }) => `${t.tp}/${t.fp}/${t.fn}`;
  const f = (p: Pool) =>
    `exact ${p.rulesExact}→${p.combinedExact} (follow ${p.followExact}, drop ${p.dropExact}) of ${p.items}; ` +
    `no-result tp/fp/fn rules ${nr(p.noResult.rules)} follow ${nr(p.noResult.follow)} drop ${nr(p.noResult.drop)}; ` +
    PARTS.map((k) => `${k[0]!.toUpperCase()} ${p.parts[k].rules}→${p.parts[k].combined}`).join(' ');
  return `${label}\n  all: ${f(all)}\n  newest 15: ${f(newest)}\n  newest: ${f(last)}`;
}

function main(): void {
  const arg = (n: string) => process.argv.find((a) => a.startsWith(`--${n}=`))?.split('=')[1];
  const t0 = Date.now();
  const rows = loadAnswerRows(arg('cache'));
  console.error(`answers rows: ${rows.length} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  // `--no-veto` measures the thresholds as the folds chose them, without the probes' cap.
  const vetoes = vetoesBy(process.argv.includes('--no-veto') ? [] : loadVetoRows());
  console.error(`near-miss probes: ${PARTS.map((p) => `${p} ${vetoes[p].length}`).join(', ')}`);
  if (process.argv.includes('--sweep')) {
    const cuts: Cut[] = [
      { minItems: 10, topN: 0 },
      { minItems: 20, topN: 0 },
      { minItems: 40, topN: 0 },
      { minItems: 20, topN: 2000 },
      { minItems: 20, topN: 1000 },
      { minItems: 20, topN: 500 },
      { minItems: 20, topN: 300 },
      { minItems: 20, topN: 150 },
      { minItems: 20, topN: 75 },
      { minItems: 10, topN: 3000 },
      { minItems: 10, topN: 1000 },
      { minItems: 10, topN: 300 },
    ];
    const only = arg('cuts');
    for (const cut of only ? cuts.filter((_, i) => only.split(',').includes(String(i))) : cuts) {
      const t1 = Date.now();
      const m = buildModel(rows, cut, vetoes);
      const d = leaveOneWriterOut(rows, cut, vetoes, false);
      const bytes = JSON.stringify(m).length;
      console.log(
        summary(
          `minItems ${cut.minItems}, topN ${cut.topN || 'all'}: ${m.features.length} features, ${(bytes / 1024).toFixed(0)} KB (${((Date.now() - t1) / 1000).toFixed(0)} s)`,
          d,
        ),
      );
    }
    return;
  }
  const cut = { minItems: Number(arg('min-items') ?? MIN_ITEMS), topN: Number(arg('top-n') ?? TOP_N) };
  const model = buildModel(rows, cut, vetoes);
  const out = arg('write') ?? starModelPath();
  writeFileSync(out, JSON.stringify(model) + '\n');
  console.error(`wrote ${out}: ${model.features.length} features (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  if (!process.argv.includes('--measure')) return;
  const r = report(leaveOneWriterOut(rows, cut, vetoes));
  writeFileSync(
    arg('results') ?? join(repoRoot(), 'bench', 'eval', 'learned', 'star-results.json'),
    JSON.stringify(
      {
        cut,
        thresholds: Object.fromEntries(
          PARTS.map((p) => [p, { add: model.parts[p].add, withdraw: model.parts[p].withdraw }]),
        ),
        ...(r.json as object),
      },
      null,
      1,
    ) + '\n',
  );
  console.log(r.text);
  console.error(`total ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

// Run only as a script: the tests import the shipped cut without training anything.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
