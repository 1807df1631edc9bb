/**
 * The learned layer's data set: every corpus item run once through the rules the CLI, console and
 * Discord use (what fired, how severely, the STAR reading), plus the sentence features of
 * ./features.ts. Reading the corpus takes minutes (the rules are the slow part), so the rows can be
 * cached in a file keyed by a hash of the corpus files (delete the cache after changing a checker).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../src/core/repo-root.js';
import { answerFeedback, noResultFor, resolveQuestion } from '../../../src/mock/feedback.js';
import { answerKind } from '../../../src/mock/star.js';
import type { StarParts } from '../../../src/mock/star.js';
import { lintGapExplanation } from '../../../src/rules/gap-lint.js';
import { checkPrematchEmail } from '../../../src/rules/prematch-check.js';
import { parsePrematchContext } from '../../../src/rules/prematch-context.js';
import { analyse } from '../../../src/text/document.js';
import { loadCorpus, type Kind } from '../corpus.js';
import { loadProbes } from '../probes.js';
import { answerExtra, docFeatures, itemFeatures, prematchExtra } from './features.js';

export interface Row {
  kind: Kind;
  source: string;
  id: string;
  note: string;
  fire: string[];
  dontCare: string[];
  star?: StarParts;
  /** What the rules fired, with severity ("high" | "medium" | "low"; gap and answer notes carry none: "note"). */
  rules: { id: string; severity: string }[];
  ruleStar?: StarParts;
  /**
   * Answers: for each STAR reading (bit 8·situation + 4·task + 2·action + result), whether the
   * rules' no-result note would fire with it (feedback.ts, noResultFor); bit k of this number.
   */
  noResultWith?: number;
  /** Answers: a question to the program, where no STAR part is read (the layer does not act). */
  noStar?: boolean;
  /** Item-level features, added to every sentence. */
  item: string[];
  sentences: string[][];
}

/**
 * Files no one may train on or open (eng-common): skipped even if they turn up. Session 35's names (session 34's became dev data at its start);
 * each session's held batches become dev data at its end, so this list moves with them (a stale one
 * both risks a held file and keeps the last session's probe set, now dev, out of training).
 */
export const FORBIDDEN = /(?:^|\/)(?:heldout-ba|probe-v36|questions-az)/;

function todayFor(c: { sendDate?: string | undefined; interviewDate?: string | undefined }): string {
  return c.sendDate ?? c.interviewDate ?? '2026-01-15';
}

export function rowFor(kind: Kind, source: string, item: ReturnType<typeof loadCorpus>[number]['item']): Row {
  const base = {
    kind,
    source,
    id: item.id,
    note: item.note ?? '',
    fire: item.fire,
    dontCare: item.dontCare ?? [],
    ...(item.star ? { star: item.star } : {}),
  };
  if (kind === 'prematch') {
    const parsed = parsePrematchContext(item.context);
    if (!parsed.ok) throw new Error(`${item.id}: bad context`);
    const ctx = parsed.value;
    const report = checkPrematchEmail(item.email ?? '', ctx, todayFor(ctx), { target: item.target });
    const rules = report.findings.map((f) => ({ id: f.id, severity: f.severity }));
    return {
      ...base,
      rules,
      item: itemFeatures(rules, prematchExtra(ctx)),
      sentences: docFeatures(analyse(item.email ?? '')),
    };
  }
  if (kind === 'gap') {
    const rules = lintGapExplanation(item.draft ?? '').map((l) => ({ id: l.id, severity: 'note' }));
    return { ...base, rules, item: itemFeatures(rules), sentences: docFeatures(analyse(item.draft ?? '')) };
  }
  const fb = answerFeedback(item.question ?? '', item.answer ?? '', { starLayer: false });
  const rules = fb.notes.map((n) => ({ id: n.id, severity: 'note' }));
  const qText = resolveQuestion(item.question ?? '')?.text ?? item.question ?? '';
  return {
    ...base,
    rules,
    ruleStar: fb.star,
    noResultWith: noResultTable(item.question ?? '', item.answer ?? ''),
    noStar: ['to-program', 'program-fit'].includes(answerKind(qText)),
    item: itemFeatures(rules, answerExtra({ ...fb.star }, analyse(qText))),
    sentences: docFeatures(analyse(item.answer ?? '')),
  };
}

function noResultTable(question: string, answer: string): number {
  let bits = 0;
  for (let k = 0; k < 16; k++) {
    const star = { situation: !!(k & 8), task: !!(k & 4), action: !!(k & 2), result: !!(k & 1) };
    if (noResultFor(question, answer, star)) bits |= 1 << k;
  }
  return bits;
}

/** A hash of every corpus file: the cache key, and a written model's provenance. */
export function corpusHash(): string {
  const h = createHash('sha256');
  const dir = join(repoRoot(), 'test', 'corpus');
  for (const kind of ['prematch', 'gap', 'answers']) {
    for (const f of readdirSync(join(dir, kind))
      .filter((x) => x.endsWith('.jsonl') && !FORBIDDEN.test(x))
      .sort()) {
      h.update(`${kind}/${f}\n`);
      h.update(readFileSync(join(dir, kind, f)));
    }
  }
  return h.digest('hex');
}

/**
 * A hash of the answers corpus files and the probe files: the STAR layer's provenance
 * (src/mock/star-model.json). The probes count since session 33: their near-misses cap the layer's
 * thresholds (loadVetoRows), so a changed probe set needs a retrain as a changed corpus does.
 */
export function answersHash(): string {
  const h = createHash('sha256');
  for (const sub of ['corpus/answers', 'probes']) {
    const dir = join(repoRoot(), 'test', sub);
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.jsonl') && !FORBIDDEN.test(x))
      .sort()) {
      h.update(`${sub === 'probes' ? 'probes' : 'answers'}/${f}\n`);
      h.update(readFileSync(join(dir, f)));
    }
  }
  return h.digest('hex');
}

/**
 * The probe sets held to their first reading (test/text/probes.test.ts, UNTUNED): they measure, so
 * nothing is chosen on them.
 */
const UNTUNED_PROBES = /^set-(?:d|i|u|pm5|w|y)$/;

/**
 * The near-misses the STAR layer must leave alone, from the tuned probe sets of test/probes (our own
 * answers, one meaning each, never trained on): a part a probe says is absent (`star/<part>`, want
 * false), and a result where a probe says `no-result` must fire (an added result would take the note
 * away). Only those the rules read right: where the rules already read the part, the layer cannot
 * add it. bench/eval/learned/star.ts raises a part's add threshold above every one of them.
 */
export function loadVetoRows(): { part: keyof StarParts; row: Row }[] {
  const out: { part: keyof StarParts; row: Row }[] = [];
  for (const { probe, source } of loadProbes()) {
    if (UNTUNED_PROBES.test(source)) continue;
    const part: keyof StarParts | null =
      probe.cat.startsWith('star/') && !probe.want
        ? (probe.cat.slice(5) as keyof StarParts)
        : probe.cat === 'answers/no-result' && probe.want
          ? 'result'
          : null;
    if (!part) continue;
    const row = rowFor('answers', source, {
      id: `${source}-${out.length}`,
      batch: 'dev',
      voice: 'probe',
      question: probe.q ?? 'Tell me about a time you solved a problem.',
      answer: probe.text,
      fire: [],
    });
    if (!row.noStar && !row.ruleStar?.[part]) out.push({ part, row });
  }
  return out;
}

/** The answers rows only (what the STAR layer trains on), cached like loadRows. */
export function loadAnswerRows(cacheFile?: string): Row[] {
  const key = `answers:${answersHash()}`;
  if (cacheFile && existsSync(cacheFile)) {
    const c = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; rows: Row[] };
    if (c.key === key) return c.rows;
  }
  const rows = loadCorpus()
    .filter((x) => x.kind === 'answers' && !FORBIDDEN.test(x.source))
    .map(({ kind, item, source }) => rowFor(kind, source, item));
  if (cacheFile) writeFileSync(cacheFile, JSON.stringify({ key, rows }));
  return rows;
}

export function loadRows(cacheFile?: string): Row[] {
  const key = corpusHash();
  if (cacheFile && existsSync(cacheFile)) {
    const c = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; rows: Row[] };
    if (c.key === key) return c.rows;
  }
  const rows = loadCorpus()
    .filter((x) => !FORBIDDEN.test(x.source))
    .map(({ kind, item, source }) => rowFor(kind, source, item));
  if (cacheFile) writeFileSync(cacheFile, JSON.stringify({ key, rows }));
  return rows;
}
