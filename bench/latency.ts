/**
 * Runs scenarios in waves through the fake Discord: a wave is `concurrency` distinct members
 * acting at once (dispatched back to back), then a wait until the bot is idle. Waves rotate over
 * a pool of members so no one runs into a per-member cooldown.
 */
import type { InteractionHandle } from '../test/fake-discord/server.js';
import { sampleOf, type Driver, type Member, type Sample } from './driver.js';
import { NotApplicable, type Scenario } from './scenarios.js';
import { median, summarize, type Percentiles } from './stats.js';

export type RowStatus = 'ok' | 'missing' | 'not-applicable' | 'failed';
export type RestLimiter = 'bot' | 'lifted';

export interface LatencyRow {
  scenario: string;
  place: string;
  concurrency: number;
  /**
   * discord.js's client-side global REST limit during the run: `bot`, the bot's own setting
   * (off: src/discord/rest-budget.ts budgets only non-interaction calls), or `lifted`.
   */
  restLimiter: RestLimiter;
  status: RowStatus;
  reason?: string;
  /** Dispatch → first interaction callback. */
  first?: Percentiles;
  /** Dispatch → last REST call (final message). */
  final?: Percentiles;
  /** REST calls per interaction (median): each webhook call beyond the first counts against the limiter. */
  restCalls?: number;
  errors: number;
  cooldowns: number;
  firstError?: string;
  /** p99 / the baseline's p99 at the same place, concurrency and limiter. */
  ratioP99?: { first: number; final: number };
  /** The same for p50, steadier than p99 on a busy machine. */
  ratioP50?: { first: number; final: number };
}

export interface WaveOptions {
  concurrency: number;
  restLimiter: RestLimiter;
  /** Timed interactions wanted (rounded up to whole waves). */
  iterations: number;
  /** Untimed iterations first (rounded up to whole waves). */
  warmup: number;
}

export class MemberPool {
  private cursor = 0;
  constructor(readonly members: readonly Member[]) {}
  /** The next `n` distinct members, round robin. */
  take(n: number): Member[] {
    const out: Member[] = [];
    for (let i = 0; i < n; i++) out.push(this.members[(this.cursor + i) % this.members.length]!);
    this.cursor = (this.cursor + n) % this.members.length;
    return out;
  }
}

/** One wave: untimed preparation, then the timed interactions at once, then their samples. */
export async function runWave(d: Driver, s: Scenario, members: readonly Member[]): Promise<Sample[]> {
  const prepared = s.prepare ? await Promise.all(members.map((m) => s.prepare!(d, m))) : members.map(() => undefined);
  const handles: InteractionHandle[] = members.map((m, i) => s.run(d, m, prepared[i]));
  await d.settle();
  const byToken = d.callsByToken();
  const samples = handles.map((h, i) => {
    const calls = byToken.get(h.token) ?? [];
    s.after?.(members[i]!, calls, h);
    return sampleOf(h, calls);
  });
  d.reset();
  return samples;
}

export async function measureScenario(
  d: Driver,
  s: Scenario,
  pool: MemberPool,
  opts: WaveOptions,
): Promise<LatencyRow> {
  const row: LatencyRow = {
    scenario: s.label,
    place: s.place,
    concurrency: opts.concurrency,
    restLimiter: opts.restLimiter,
    status: 'ok',
    errors: 0,
    cooldowns: 0,
  };
  const waves = (n: number) => Math.ceil(n / opts.concurrency);
  const samples: Sample[] = [];
  try {
    for (let w = 0; w < waves(opts.warmup); w++) await runWave(d, s, pool.take(opts.concurrency));
    for (let w = 0; w < waves(opts.iterations); w++)
      samples.push(...(await runWave(d, s, pool.take(opts.concurrency))));
  } catch (e) {
    d.reset();
    row.status = e instanceof NotApplicable ? 'not-applicable' : 'failed';
    row.reason = (e as Error).message.split('\n')[0]!;
    if (row.status === 'not-applicable') return row;
  }
  const good = samples.filter((x) => !x.error);
  row.errors = samples.length - good.length;
  row.cooldowns = samples.filter((x) => x.cooldown).length;
  const firstError = samples.find((x) => x.error)?.error;
  if (firstError) row.firstError = firstError;
  if (good.length) {
    row.restCalls = median(good.map((x) => x.calls));
    row.first = summarize(good.map((x) => x.firstMs));
    row.final = summarize(good.map((x) => x.finalMs));
  } else if (row.status === 'ok') {
    row.status = 'failed';
    row.reason = firstError ?? 'no samples';
  }
  return row;
}

/** Fills each row's p99 ratio against the baseline row of the same place, concurrency and limiter. */
export function addRatios(rows: LatencyRow[], isBaseline: (r: LatencyRow) => boolean): void {
  for (const r of rows) {
    const base = rows.find(
      (b) => isBaseline(b) && b.place === r.place && b.concurrency === r.concurrency && b.restLimiter === r.restLimiter,
    );
    if (!base?.first || !base.final || !r.first || !r.final) continue;
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    r.ratioP99 = { first: ratio(r.first.p99, base.first.p99), final: ratio(r.final.p99, base.final.p99) };
    r.ratioP50 = { first: ratio(r.first.p50, base.first.p50), final: ratio(r.final.p50, base.final.p50) };
  }
}
