/**
 * In-process throughput of the pure engines: each one warmed up, then run op by op (each op timed
 * on its own) until a time box and a minimum count are both reached. No I/O inside the loop: the
 * knowledge index is built once before, as the bot builds it at start-up.
 */
import { parseProfile } from '../src/core/profile/parse.js';
import type { Profile } from '../src/core/profile/schema.js';
import { answerQuestion } from '../src/knowledge/answer.js';
import { search } from '../src/knowledge/retrieval.js';
import { getKnowledge } from '../src/knowledge/store.js';
import { answerFeedback } from '../src/mock/feedback.js';
import { lintGapExplanation } from '../src/rules/gap-lint.js';
import { reviewLetters } from '../src/rules/letters.js';
import { checkPrematchEmail } from '../src/rules/prematch-check.js';
import type { PrematchContext } from '../src/rules/prematch-context.js';
import { redFlags } from '../src/rules/redflags.js';
import { analyse } from '../src/text/document.js';
import { BENCH_PROFILE, EMAIL_TEXT, GAP_TEXT, MOCK_ANSWER, MOCK_QUESTION, QUESTIONS } from './fixtures.js';
import { median, round } from './stats.js';

export interface EngineBenchOptions {
  /** The date every rule runs against (YYYY-MM-DD). */
  today: string;
  /** Untimed runs first, so the JIT has compiled the hot paths. */
  warmupIterations: number;
  /** Keep measuring until this much time has passed (ms)... */
  durationMs: number;
  /** ...and at least this many ops ran. */
  minIterations: number;
  /** Hard cap, so a very fast engine does not allocate millions of samples. */
  maxIterations: number;
}

export interface EngineResult {
  engine: string;
  iterations: number;
  opsPerSec: number;
  medianMs: number;
  p99Ms: number;
  /** What the last op produced (findings, passages...), proving the op did real work. */
  output: number;
}

interface EngineCase {
  engine: string;
  /** One operation; returns a size so nothing can be optimised away. `i` varies the input. */
  op(i: number): number;
}

export function benchProfile(today: string): Profile {
  const parsed = parseProfile(BENCH_PROFILE, today);
  if (!parsed.ok) throw new Error(`bench profile: ${parsed.error.join('; ')}`);
  return parsed.value;
}

export function engineCases(today: string): EngineCase[] {
  const profile = benchProfile(today);
  const { index } = getKnowledge();
  const context: PrematchContext = { kind: 'thank-you', program: 'Example CI Fellowship' };
  const question = (i: number) => QUESTIONS[i % QUESTIONS.length]!;
  return [
    { engine: 'red flags', op: () => redFlags(profile, today).flags.length },
    { engine: 'retrieval search', op: (i) => search(index, question(i)).length },
    { engine: 'answerQuestion', op: (i) => answerQuestion(index, question(i)).passages.length },
    // Each text op gets a text it has not seen (the parse cache would otherwise answer), so the
    // figure includes normalising, tokenising and tagging: the cost of one new member text.
    { engine: 'gap lint', op: (i) => lintGapExplanation(`${GAP_TEXT} (${i})`).length + 1 },
    {
      engine: 'prematch check',
      op: (i) => checkPrematchEmail(`${EMAIL_TEXT}\n(${i})`, context, today).findings.length,
    },
    { engine: 'text pipeline', op: (i) => analyse(`${EMAIL_TEXT}\n(${i})`).sentences.length },
    { engine: 'letters review', op: () => reviewLetters(profile, today).findings.length + 1 },
    { engine: 'mock feedback', op: (i) => answerFeedback(MOCK_QUESTION, `${MOCK_ANSWER} (${i})`).notes.length + 1 },
  ];
}

function measure(c: EngineCase, opts: EngineBenchOptions): EngineResult {
  let output = 0;
  for (let i = 0; i < opts.warmupIterations; i++) output = c.op(i);
  const samples: number[] = [];
  const started = performance.now();
  let now = started;
  while (
    samples.length < opts.maxIterations &&
    (samples.length < opts.minIterations || now - started < opts.durationMs)
  ) {
    const t0 = performance.now();
    output = c.op(samples.length);
    now = performance.now();
    samples.push(now - t0);
  }
  const total = now - started;
  const sorted = samples.sort((a, b) => a - b);
  return {
    engine: c.engine,
    iterations: samples.length,
    opsPerSec: Math.round(samples.length / (total / 1000)),
    medianMs: round(median(sorted), 4),
    p99Ms: round(sorted[Math.max(0, Math.ceil(sorted.length * 0.99) - 1)] ?? Number.NaN, 4),
    output,
  };
}

export function runEngineBench(opts: EngineBenchOptions): EngineResult[] {
  return engineCases(opts.today).map((c) => measure(c, opts));
}
