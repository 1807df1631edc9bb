/**
 * Probes: short texts of our own, one category of meaning each, written before the detector work
 * of a round (test/probes/*.jsonl; never corpus items). Each probe says whether one id (or STAR
 * part) must be found in it; only that id is scored, so a probe measures one meaning at a time.
 * `npm run eval:checks -- --probes` prints the figures; test/text/probes.test.ts holds floors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/core/repo-root.js';
import { answerFeedback } from '../../src/mock/feedback.js';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

export interface Probe {
  /** A prematch id, `gap/<id>`, `answers/<id>` or `star/<part>`. */
  cat: string;
  /** True when the id must fire (or the STAR part is present). */
  want: boolean;
  text: string;
  q?: string;
  previous?: PrematchContext['previous'];
  note?: string;
}

export interface ProbeResult {
  probe: Probe;
  got: boolean;
  source: string;
}

export function loadProbes(dir = join(repoRoot(), 'test', 'probes')): { probe: Probe; source: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => ({ probe: JSON.parse(l) as Probe, source: f.replace(/\.jsonl$/, '') })),
    );
}

/** The probe sentence inside an ordinary thank-you email to a named program. */
function prematchEmail(sentence: string): string {
  return `Dear Dr. Alvarez,\n\nThank you for the interview yesterday and for our talk about the Riverside sepsis alert review. ${sentence}\n\nWith best wishes,\nNadia Rahman`;
}

export function runProbe(p: Probe): boolean {
  const [kind, id] = p.cat.includes('/') ? (p.cat.split('/') as [string, string]) : ['prematch', p.cat];
  if (kind === 'prematch') {
    const previous = p.previous ?? [];
    const ctx: PrematchContext = {
      kind: id === 'multiple-top-choice' ? 'top-choice' : 'thank-you',
      program: 'Riverside Medical Center',
      interviewDate: '2026-01-20',
      sendDate: '2026-01-21',
      ...(previous.length ? { previous } : {}),
    } as PrematchContext;
    return checkPrematchEmail(prematchEmail(p.text), ctx, '2026-01-21', {}).findings.some((f) => f.id === id);
  }
  if (kind === 'gap') return lintGapExplanation(p.text).some((l) => l.id === id);
  const fb = answerFeedback(p.q ?? 'Tell me about a time you solved a problem.', p.text);
  if (kind === 'star') return fb.star[id as keyof typeof fb.star];
  return fb.notes.some((n) => n.id === id);
}

/** All probes, or those of the sets whose file name starts with `only` ("set-a"). */
export function runProbes(only?: string, dir?: string): ProbeResult[] {
  return loadProbes(dir)
    .filter(({ source }) => !only || source.startsWith(only))
    .map(({ probe, source }) => ({ probe, source, got: runProbe(probe) }));
}

export interface ProbeScore {
  cat: string;
  /** Probes that want a finding, and how many got it. */
  pos: number;
  hit: number;
  /** Probes that want silence, and how many stayed silent. */
  neg: number;
  quiet: number;
}

export function scoreProbes(results: readonly ProbeResult[]): ProbeScore[] {
  const by = new Map<string, ProbeScore>();
  for (const r of results) {
    const s = by.get(r.probe.cat) ?? { cat: r.probe.cat, pos: 0, hit: 0, neg: 0, quiet: 0 };
    if (r.probe.want) {
      s.pos++;
      if (r.got) s.hit++;
    } else {
      s.neg++;
      if (!r.got) s.quiet++;
    }
    by.set(r.probe.cat, s);
  }
  return [...by.values()].sort((a, b) => a.cat.localeCompare(b.cat));
}

export function formatProbes(results: readonly ProbeResult[], misses = false): string {
  const lines = ['Probes (our own sentences; found = must fire and did, silent = must not and did not)'];
  let right = 0;
  for (const s of scoreProbes(results)) {
    right += s.hit + s.quiet;
    lines.push(
      `  ${s.cat.padEnd(28)} found ${String(s.hit).padStart(3)}/${String(s.pos).padEnd(3)} silent ${String(s.quiet).padStart(3)}/${String(s.neg).padEnd(3)} (${(((s.hit + s.quiet) / (s.pos + s.neg)) * 100).toFixed(1)}%)`,
    );
  }
  lines.push(`  all: ${right}/${results.length} right (${((right / results.length) * 100).toFixed(1)}%)`);
  if (misses)
    for (const r of results.filter((x) => x.got !== x.probe.want))
      lines.push(`  ${r.probe.want ? 'MISSED' : 'EXTRA '} ${r.probe.cat}: ${r.probe.text.slice(-160)}`);
  return lines.join('\n');
}

/** Each probe set alone, as written: found and silent per set (the leave-one-out view of the probes). */
export function formatProbeSets(results: readonly ProbeResult[]): string {
  const sets = [...new Set(results.map((r) => r.source))].sort();
  const lines = ['Per probe set (each scored alone; found/must fire, silent/must not)'];
  for (const set of sets) {
    const rs = results.filter((r) => r.source === set);
    const pos = rs.filter((r) => r.probe.want);
    const neg = rs.filter((r) => !r.probe.want);
    const hit = pos.filter((r) => r.got).length;
    const quiet = neg.filter((r) => !r.got).length;
    lines.push(
      `  ${set.padEnd(18)} found ${String(hit).padStart(3)}/${String(pos.length).padEnd(3)} silent ${String(quiet).padStart(3)}/${String(neg.length).padEnd(3)} right ${(((hit + quiet) / rs.length) * 100).toFixed(1)}%`,
    );
  }
  return lines.join('\n');
}
