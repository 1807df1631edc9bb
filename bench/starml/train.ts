/**
 * `node dist/bench/starml/train.js [--write]`: the STAR stacking experiment (src/mock/star-ml.ts).
 *
 * Per STAR part a logistic regression over the rules' decisions and cues, meaning-level text cues
 * and wink-nlp lemma / POS n-grams. Evaluated LEAVE-ONE-BATCH-OUT over the blind-written answer
 * files (seen-heldout-*, blind-*): train on every other answers file, predict the left-out one, and
 * compare per part with the rules alone on it (the rules were tuned on every file, so the
 * comparison favours them). The margin at which the model overrides a rule is chosen per part on
 * the OTHER blind files' out-of-batch predictions, never on the file it is applied to.
 *
 * Training is full-batch Adam from zero weights over a fixed item order: no randomness, the same
 * weights on every run. With --write it also writes bench/starml/RESULTS.md's tables
 * (bench/starml/results.json) and the model trained on every file (src/mock/star-ml-model.json).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/core/repo-root.js';
import { resolveQuestion } from '../../src/mock/feedback.js';
import {
  DENSE_NAMES,
  LEMMA_BUCKETS,
  PARTS,
  type Part,
  type PartModel,
  partProbability,
  type StarModel,
  starFeatures,
} from '../../src/mock/star-ml.js';
import { analyse } from '../../src/text/document.js';
import { loadCorpus } from '../eval/corpus.js';

const LAMBDA = Number(process.argv.find((a) => a.startsWith('--lambda='))?.split('=')[1] ?? 0.01);
const ITERS = Number(process.argv.find((a) => a.startsWith('--iters='))?.split('=')[1] ?? 250);
const GROUPS = (process.argv.find((a) => a.startsWith('--groups='))?.split('=')[1] ?? 'dense,pos,lemmas').split(',');
const NO_RULES = process.argv.includes('--no-rules');
const RULE_FEATURE = /^(?:rule\.|cue\.|pos\.|order\.|episode$|selfPitch$)/;
const MARGINS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
const NEWEST = ['seen-heldout-af', 'seen-heldout-ag', 'seen-heldout-ah', 'seen-heldout-ai', 'seen-heldout-aj'];

interface Row {
  id: string;
  source: string;
  x: Float64Array;
  rules: Record<Part, boolean>;
  gold: Record<Part, boolean>;
}

function load(): Row[] {
  const rows: Row[] = [];
  for (const { kind, item, source } of loadCorpus()) {
    if (kind !== 'answers' || !item.star) continue;
    // Never read held-back files that are not yet open.
    if (/^heldout-|^probe-v23/.test(source)) continue;
    const q = item.question ?? '';
    const f = starFeatures(analyse(item.answer ?? ''), resolveQuestion(q)?.text ?? q);
    rows.push({ id: item.id, source, x: f.x, rules: f.rules, gold: item.star });
  }
  return rows;
}

/** Which columns the chosen groups read (the others are left at weight 0). */
function columns(dims: number): Uint8Array {
  const use = new Uint8Array(dims);
  const dense = DENSE_NAMES.length;
  const pos = dims - dense - LEMMA_BUCKETS;
  for (let i = 0; i < dims; i++) {
    const g = i < dense ? 'dense' : i < dense + pos ? 'pos' : 'lemmas';
    use[i] = +GROUPS.includes(g);
  }
  // --no-rules: the text alone, without the rules' decisions and cues (the question's kind stays).
  if (NO_RULES) DENSE_NAMES.forEach((name, i) => RULE_FEATURE.test(name) && (use[i] = 0));
  use[DENSE_NAMES.indexOf('bias')] = 1;
  return use;
}

/** Logistic regressions for the four parts at once: L2 (not on the bias), full-batch Adam. */
function train(rows: readonly Row[], use: Uint8Array): Record<Part, PartModel> {
  const n = rows.length;
  const d = rows[0]!.x.length;
  const bias = DENSE_NAMES.indexOf('bias');
  const mean = new Float64Array(d);
  const scale = new Float64Array(d).fill(1);
  for (const r of rows) for (let i = 0; i < d; i++) mean[i]! += r.x[i]! / n;
  const vari = new Float64Array(d);
  for (const r of rows) for (let i = 0; i < d; i++) vari[i]! += (r.x[i]! - mean[i]!) ** 2 / n;
  for (let i = 0; i < d; i++) {
    if (vari[i]! < 1e-12 || i === bias) {
      mean[i] = 0;
      scale[i] = 1;
    } else scale[i] = Math.sqrt(vari[i]!);
  }
  const cols = [...Array(d).keys()].filter((i) => use[i]);
  const m = cols.length;
  // Standardised design matrix over the columns used, row-major.
  const X = new Float64Array(n * m);
  rows.forEach((r, k) => cols.forEach((c, j) => (X[k * m + j] = (r.x[c]! - mean[c]!) / scale[c]!)));
  const biasCol = cols.indexOf(bias);
  const out = {} as Record<Part, PartModel>;
  for (const p of PARTS) {
    const y = rows.map((r) => +r.gold[p]);
    const w = new Float64Array(m);
    const m1 = new Float64Array(m);
    const m2 = new Float64Array(m);
    const g = new Float64Array(m);
    const lr = 0.05;
    for (let it = 1; it <= ITERS; it++) {
      g.fill(0);
      for (let k = 0; k < n; k++) {
        const o = k * m;
        let z = 0;
        for (let j = 0; j < m; j++) z += w[j]! * X[o + j]!;
        const e = 1 / (1 + Math.exp(-z)) - y[k]!;
        for (let j = 0; j < m; j++) g[j]! += (e * X[o + j]!) / n;
      }
      for (let j = 0; j < m; j++) {
        if (j !== biasCol) g[j]! += LAMBDA * w[j]!;
        m1[j] = 0.9 * m1[j]! + 0.1 * g[j]!;
        m2[j] = 0.999 * m2[j]! + 0.001 * g[j]! ** 2;
        const a = m1[j]! / (1 - 0.9 ** it);
        const b = m2[j]! / (1 - 0.999 ** it);
        w[j]! -= (lr * a) / (Math.sqrt(b) + 1e-8);
      }
    }
    // Fold the standardisation into the weights: w·(x - mean)/scale = (w/scale)·x - Σ w·mean/scale.
    let b = 0;
    const folded = new Array<number>(d).fill(0);
    cols.forEach((c, j) => {
      if (j === biasCol) b += w[j]!;
      else if (w[j] !== 0) {
        b -= (w[j]! * mean[c]!) / scale[c]!;
        folded[c] = Number((w[j]! / scale[c]!).toPrecision(4));
      }
    });
    out[p] = { bias: Number(b.toPrecision(6)), w: folded };
  }
  return out;
}

const prob = partProbability;

/** The decision at a margin: the model's where it is that sure, the rule's elsewhere. */
const decide = (rule: boolean, q: number, margin: number) => (Math.abs(q - 0.5) >= margin ? q > 0.5 : rule);

interface Oof {
  row: Row;
  q: Record<Part, number>;
}

/** The margin (per part) that reads best on these out-of-batch predictions; ties go to the larger. */
function bestMargin(oof: readonly Oof[], p: Part): number {
  let best = 0.5;
  let bestRight = -1;
  for (const mg of [...MARGINS].reverse()) {
    const right = oof.filter((o) => decide(o.row.rules[p], o.q[p], mg) === o.row.gold[p]).length;
    if (right > bestRight) {
      bestRight = right;
      best = mg;
    }
  }
  return best;
}

const t0 = Date.now();
const rows = load();
console.error(`features: ${rows.length} answers, ${rows[0]!.x.length} dims, ${Date.now() - t0} ms`);
const use = columns(rows[0]!.x.length);
const blind = [...new Set(rows.map((r) => r.source))].filter((s) => /^(?:seen-heldout-|blind-)/.test(s)).sort();

const oof: Oof[] = [];
for (const f of blind) {
  const models = train(
    rows.filter((r) => r.source !== f),
    use,
  );
  for (const row of rows.filter((r) => r.source === f))
    oof.push({ row, q: Object.fromEntries(PARTS.map((p) => [p, prob(models[p], row.x)])) as Record<Part, number> });
  console.error(`  ${f} done (${Math.round((Date.now() - t0) / 1000)} s)`);
}

type Tally = Record<Part, { rules: number; model: number; stacked: number; of: number }>;
const tally = (): Tally =>
  Object.fromEntries(PARTS.map((p) => [p, { rules: 0, model: 0, stacked: 0, of: 0 }])) as Tally;
const perFile = new Map<string, Tally>();
const margins: Record<string, Record<Part, number>> = {};
for (const f of blind) {
  const others = oof.filter((o) => o.row.source !== f);
  margins[f] = Object.fromEntries(PARTS.map((p) => [p, bestMargin(others, p)])) as Record<Part, number>;
  const t = tally();
  for (const o of oof.filter((x) => x.row.source === f))
    for (const p of PARTS) {
      t[p].of++;
      t[p].rules += +(o.row.rules[p] === o.row.gold[p]);
      t[p].model += +(o.q[p] > 0.5 === o.row.gold[p]);
      t[p].stacked += +(decide(o.row.rules[p], o.q[p], margins[f]![p]) === o.row.gold[p]);
    }
  perFile.set(f, t);
}
const pool = (files: readonly string[]) => {
  const t = tally();
  for (const f of files)
    for (const p of PARTS)
      for (const k of ['rules', 'model', 'stacked', 'of'] as const) t[p][k] += perFile.get(f)![p][k];
  return t;
};
const pct = (a: number, b: number) => ((100 * a) / b).toFixed(1);
const lines: string[] = [];
const header = `| file | n | ${PARTS.map((p) => `${p[0]!.toUpperCase()} rules / model / stacked`).join(' | ')} |`;
lines.push(header, `|${'---|'.repeat(2 + PARTS.length)}`);
const row = (name: string, t: Tally) =>
  `| ${name} | ${t.situation.of} | ${PARTS.map((p) => `${pct(t[p].rules, t[p].of)} / ${pct(t[p].model, t[p].of)} / ${pct(t[p].stacked, t[p].of)}`).join(' | ')} |`;
for (const f of blind) lines.push(row(f, perFile.get(f)!));
const all = pool(blind);
const newest = pool(NEWEST.filter((f) => perFile.has(f)));
lines.push(row('**pooled, all blind files**', all), row('**pooled, newest five (af-aj)**', newest));
const mean4 = (t: Tally, k: 'rules' | 'model' | 'stacked') =>
  PARTS.reduce((s, p) => s + (100 * t[p][k]) / t[p].of, 0) / PARTS.length;
const summary = {
  groups: GROUPS,
  noRules: NO_RULES,
  lambda: LAMBDA,
  iters: ITERS,
  pooled: Object.fromEntries(
    PARTS.map((p) => [
      p,
      {
        rules: pct(all[p].rules, all[p].of),
        model: pct(all[p].model, all[p].of),
        stacked: pct(all[p].stacked, all[p].of),
      },
    ]),
  ),
  mean: {
    rules: mean4(all, 'rules').toFixed(2),
    model: mean4(all, 'model').toFixed(2),
    stacked: mean4(all, 'stacked').toFixed(2),
  },
  newestMean: {
    rules: mean4(newest, 'rules').toFixed(2),
    model: mean4(newest, 'model').toFixed(2),
    stacked: mean4(newest, 'stacked').toFixed(2),
  },
};
console.log(lines.join('\n'));
console.log(JSON.stringify(summary, null, 1));

// The margin for a model trained on everything: chosen on all the out-of-batch predictions.
const finalMargin = Object.fromEntries(PARTS.map((p) => [p, bestMargin(oof, p)])) as Record<Part, number>;
console.log('margins chosen per left-out file vary; on all out-of-batch predictions:', JSON.stringify(finalMargin));

if (process.argv.includes('--write')) {
  const parts = train(rows, use);
  // In-corpus: the model trained on every file, read back on every file (its own training data).
  const inCorpus = Object.fromEntries(
    PARTS.map((p) => {
      let rules = 0;
      let stacked = 0;
      for (const r of rows) {
        rules += +(r.rules[p] === r.gold[p]);
        stacked += +(decide(r.rules[p], prob(parts[p], r.x), finalMargin[p]) === r.gold[p]);
      }
      return [p, { rules: pct(rules, rows.length), stacked: pct(stacked, rows.length), of: rows.length }];
    }),
  );
  console.log('in-corpus (trained on all):', JSON.stringify(inCorpus));
  const model: StarModel & { names: string[] } = {
    dims: rows[0]!.x.length,
    groups: GROUPS,
    margins: finalMargin,
    names: DENSE_NAMES,
    parts,
  };
  const root = repoRoot();
  writeFileSync(join(root, 'src', 'mock', 'star-ml-model.json'), JSON.stringify(model) + '\n');
  writeFileSync(
    join(root, 'bench', 'starml', 'results.json'),
    JSON.stringify({ summary, margins, finalMargin, inCorpus, table: lines }, null, 1) + '\n',
  );
}
