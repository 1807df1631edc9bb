/**
 * The labelled corpus (test/corpus, see its SPEC.md) run through the same checkers the CLI,
 * console and Discord use, scored per id: precision, recall, STAR accuracy per part and items
 * exactly right, for the whole corpus and for the held-out batch apart. `npm run eval:checks`
 * prints it; test/corpus/eval.test.ts holds it to floors so a regression fails CI.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/core/repo-root.js';
import { answerFeedback } from '../../src/mock/feedback.js';
import type { StarParts } from '../../src/mock/star.js';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import { parsePrematchContext } from '../../src/rules/prematch-context.js';

export const KINDS = ['prematch', 'gap', 'answers'] as const;
export type Kind = (typeof KINDS)[number];
const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;

export interface CorpusItem {
  id: string;
  batch: 'dev' | 'heldout';
  voice: string;
  fire: string[];
  dontCare?: string[];
  note?: string;
  // prematch
  email?: string;
  context?: unknown;
  target?: 'ci-fellowship' | 'residency-informatics-track';
  // gap
  draft?: string;
  // answers
  question?: string;
  answer?: string;
  star?: StarParts;
}

export interface ItemResult {
  kind: Kind;
  source?: string;
  item: CorpusItem;
  fired: string[];
  star?: StarParts;
  /** Ids wrongly fired / missed (dontCare left out). */
  extra: string[];
  missed: string[];
  starWrong: string[];
  exact: boolean;
}

export interface IdScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

export interface Scores {
  items: number;
  exact: number;
  byId: Record<string, IdScore>;
  star: Record<string, { right: number; of: number }>;
}

/** One corpus item with where it came from: its kind and its batch file ("blind-a", "seen-heldout-a"). */
export interface Loaded {
  kind: Kind;
  item: CorpusItem;
  source: string;
}

export function loadCorpus(dir = join(repoRoot(), 'test', 'corpus')): Loaded[] {
  const out: Loaded[] = [];
  for (const kind of KINDS) {
    const d = join(dir, kind);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d)
      .filter((x) => x.endsWith('.jsonl'))
      .sort()) {
      for (const line of readFileSync(join(d, f), 'utf8').split('\n')) {
        if (line.trim()) out.push({ kind, item: JSON.parse(line) as CorpusItem, source: f.replace(/\.jsonl$/, '') });
      }
    }
  }
  return out;
}

/** The date rules run against: the send date, else the interview date (nothing is late then). */
function todayFor(context: { sendDate?: string | undefined; interviewDate?: string | undefined }): string {
  return context.sendDate ?? context.interviewDate ?? '2026-01-15';
}

/**
 * `--rules-only`: answers read by the hand-written rules alone, without the learned STAR layer that
 * members get (session 33); for comparing the two on the same items.
 */
const RULES_ONLY = process.argv.includes('--rules-only');

export function runItem(kind: Kind, item: CorpusItem): ItemResult {
  let fired: string[] = [];
  let star: StarParts | undefined;
  if (kind === 'prematch') {
    const parsed = parsePrematchContext(item.context);
    if (!parsed.ok) throw new Error(`${item.id}: bad context: ${parsed.error.join('; ')}`);
    fired = checkPrematchEmail(item.email ?? '', parsed.value, todayFor(parsed.value), {
      target: item.target,
    }).findings.map((f) => f.id);
  } else if (kind === 'gap') {
    fired = lintGapExplanation(item.draft ?? '').map((l) => l.id);
  } else {
    const fb = answerFeedback(item.question ?? '', item.answer ?? '', RULES_ONLY ? { starLayer: false } : {});
    fired = fb.notes.map((n) => n.id);
    star = fb.star;
  }
  const dontCare = new Set(item.dontCare ?? []);
  const want = new Set(item.fire);
  const got = new Set(fired);
  const extra = [...got].filter((x) => !want.has(x) && !dontCare.has(x));
  const missed = [...want].filter((x) => !got.has(x));
  const starWrong =
    star && item.star ? STAR_PARTS.filter((p) => star![p] !== item.star![p]).map((p) => `${p}:${star![p]}`) : [];
  return {
    kind,
    item,
    fired,
    ...(star ? { star } : {}),
    extra,
    missed,
    starWrong,
    exact: !extra.length && !missed.length && !starWrong.length,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function score(results: readonly ItemResult[]): Scores {
  const byId: Record<string, IdScore> = {};
  const star: Scores['star'] = {};
  const bump = (id: string, k: 'tp' | 'fp' | 'fn') => {
    byId[id] ??= { tp: 0, fp: 0, fn: 0, precision: null, recall: null };
    byId[id][k]++;
  };
  for (const r of results) {
    const dontCare = new Set(r.item.dontCare ?? []);
    for (const id of r.fired) if (!dontCare.has(id)) bump(`${r.kind}/${id}`, r.item.fire.includes(id) ? 'tp' : 'fp');
    for (const id of r.missed) bump(`${r.kind}/${id}`, 'fn');
    if (r.star && r.item.star) {
      for (const p of STAR_PARTS) {
        star[p] ??= { right: 0, of: 0 };
        star[p].of++;
        if (r.star[p] === r.item.star[p]) star[p].right++;
      }
    }
  }
  for (const s of Object.values(byId)) {
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn);
  }
  return { items: results.length, exact: results.filter((r) => r.exact).length, byId, star };
}

export function evaluate(dir?: string): { results: ItemResult[]; all: Scores; heldout: Scores | null } {
  const results = loadCorpus(dir).map(({ kind, item, source }) => ({ ...runItem(kind, item), source }));
  const held = results.filter((r) => r.item.batch === 'heldout');
  return { results, all: score(results), heldout: held.length ? score(held) : null };
}

const pct = (x: number | null) => (x === null ? '  -  ' : `${(x * 100).toFixed(1).padStart(5)}`);

export function formatScores(title: string, s: Scores): string {
  const lines = [`${title}: ${s.items} items, ${s.exact} exactly right (${pct(ratio(s.exact, s.items))}%)`];
  lines.push('  id                                   tp   fp   fn  precision  recall');
  for (const [id, v] of Object.entries(s.byId).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `  ${id.padEnd(35)} ${String(v.tp).padStart(4)} ${String(v.fp).padStart(4)} ${String(v.fn).padStart(4)}    ${pct(v.precision)}   ${pct(v.recall)}`,
    );
  }
  for (const [p, v] of Object.entries(s.star))
    lines.push(`  STAR ${p.padEnd(10)} ${v.right}/${v.of} right (${pct(ratio(v.right, v.of))}%)`);
  return lines.join('\n');
}

/**
 * Leave-one-batch-out: each batch file scored on its own, as if it were the held-out one. The
 * rules are written by hand, so a batch whose misses were studied while writing them scores
 * high by construction; the figure that says how the checks generalise is the one on a batch
 * that was not studied (see test/corpus/HISTORY.md for which batches were studied when).
 */
export function byBatch(results: readonly ItemResult[]): Map<string, Scores> {
  const sources = [...new Set(results.map((r) => r.source ?? '?'))].sort();
  return new Map(sources.map((src) => [src, score(results.filter((r) => (r.source ?? '?') === src))]));
}

const short = (x: number | null) => (x === null ? '  - ' : x === 1 ? '1.00' : x.toFixed(2).replace(/^0/, ' '));

/** One table: a row per id (precision/recall) and per STAR part, a column per batch. */
export function formatCross(batches: Map<string, Scores>): string {
  const names = [...batches.keys()];
  const ids = [...new Set(names.flatMap((n) => Object.keys(batches.get(n)!.byId)))].sort();
  const parts = [...new Set(names.flatMap((n) => Object.keys(batches.get(n)!.star)))];
  const w = 16;
  const lines = [
    'Per batch (each scored alone; precision / recall, tp+fn = items that must fire)',
    `  ${''.padEnd(35)}${names.map((n) => n.padStart(w)).join('')}`,
  ];
  const cell = (s: IdScore | undefined) =>
    !s ? '-'.padStart(w) : `${short(s.precision)}/${short(s.recall)} ${String(s.tp + s.fn).padStart(3)}`.padStart(w);
  for (const id of ids) lines.push(`  ${id.padEnd(35)}${names.map((n) => cell(batches.get(n)!.byId[id])).join('')}`);
  for (const p of parts)
    lines.push(
      `  ${`STAR ${p}`.padEnd(35)}${names
        .map((n) => {
          const v = batches.get(n)!.star[p];
          return (v ? `${pct(ratio(v.right, v.of))}% of ${String(v.of).padStart(3)}` : '-').padStart(w);
        })
        .join('')}`,
    );
  lines.push(
    `  ${'exactly right'.padEnd(35)}${names
      .map((n) => {
        const s = batches.get(n)!;
        return `${pct(ratio(s.exact, s.items))}% of ${String(s.items).padStart(3)}`.padStart(w);
      })
      .join('')}`,
  );
  return lines.join('\n');
}
