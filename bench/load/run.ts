/**
 * Load without loss: many simulated members at once against the real bot process (`node
 * dist/src/main.js`) through the fake Discord, on SQLite or on Redis, with planned kills:
 *
 *   1. the bot gets SIGKILL when about `killBotAt` of the planned interactions are done, and is
 *      started again on the same store; members wait for it and redo what was cut off;
 *   2. (Redis) redis-server (append-only, fsync always) gets SIGKILL at about `killRedisAt` and is
 *      started again on the same files; the bot reconnects by itself.
 *
 * After each kill, every write acknowledged before it is looked up in the store; at the end every
 * member's records are checked (their own marker only, all confirmed answers, one history entry),
 * and every reply they got is searched for other members' markers. Loopback only; bounded by the
 * member count and `maxDurationMs`. Every child process and redis-server is stopped at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployCommands } from '../../src/discord/deploy-commands.js';
import { COMMANDS } from '../../src/discord/registry.js';
import { startFakeDiscord, type FakeDiscord } from '../../test/fake-discord/server.js';
import { startRedis, type RedisServer } from '../../test/helpers/redis.js';
import { summarize, type Percentiles } from '../stats.js';
import { startBotProcess, type BotProcess } from './bot.js';
import { newMember, plannedInteractions, runMember, type Lane, type MemberState } from './member.js';
import { checkAcked, foreignMarkers, snapshotAcked } from './verify.js';
import { CallWatcher } from './watcher.js';

export type Backend = 'sqlite' | 'redis';

export interface LoadOptions {
  backend: Backend;
  members: number;
  /** Share of members who go through the guided setup (the rest import a profile). */
  setupShare?: number;
  /** Kill the bot when this share of the planned interactions is done (omit: no kill). */
  killBotAt?: number;
  /** Redis only: kill redis-server at this share (omit: no kill). */
  killRedisAt?: number;
  /** Members start spread over this many ms. */
  rampMs?: number;
  /**
   * Mean pause between a member's interactions (0.5-1.5× at random), as a person reads and
   * clicks. 0: members click again the moment a reply arrives (the most load the run can make).
   */
  thinkMs?: number;
  /** How long one interaction may take to be answered (REST to the fake is queued under load). */
  stepTimeoutMs?: number;
  /** The whole run is abandoned (and reported as failed) after this. */
  maxDurationMs?: number;
  /** How long Redis stays down when killed. */
  redisDownMs?: number;
  progress?: (msg: string) => void;
}

export interface KillReport {
  what: 'bot' | 'redis';
  /** ms from the start of the run. */
  atMs: number;
  /** Until the bot answered again (bot: restart to ready; redis: restart + reconnect grace). */
  downMs: number;
  /** Interactions cut off (no answer yet) when it happened. */
  inFlight: number;
  /** Members with acknowledged writes checked right after the restart. */
  checked: number;
  missing: string[];
}

export interface LoadReport {
  backend: Backend;
  members: number;
  thinkMs: number;
  setupMembers: number;
  interactions: number;
  /** Interactions that failed outside a planned kill. Must be empty. */
  failures: string[];
  /** Interactions cut off by a planned kill (the members redid them). */
  disrupted: number;
  retries: number;
  latency: { firstMs: Percentiles; finalMs: Percentiles };
  durationMs: number;
  kills: KillReport[];
  /** Acknowledged writes missing, mixed-up records or replies, members who could not finish. */
  lost: string[];
  mixed: string[];
  unfinished: string[];
  /** Feedback messages that quoted the member's own answer (two per member). */
  quotedAnswers: number;
  /** Error lines the bot logged (handler failures, unhandled rejections). */
  botErrors: string[];
  /** Times the bot told a member its storage was unreachable (expected only around a Redis kill). */
  storeUnavailable: number;
  /** Pids of every bot process the run started (all gone when runLoad resolves). */
  botPids: number[];
  ok: boolean;
}

const DEFAULTS = {
  setupShare: 0.25,
  thinkMs: 0,
  rampMs: 2000,
  stepTimeoutMs: 30_000,
  maxDurationMs: 120_000,
  redisDownMs: 500,
} as const;

/** After Redis is back: the bot's client reconnects within about a second (docs/store.md). */
const REDIS_RECONNECT_GRACE_MS = 2500;

/** A gate members wait at while a planned outage is on. */
class Gate {
  #open = Promise.resolve();
  #release: (() => void) | undefined;
  close(): void {
    if (this.#release) return;
    this.#open = new Promise((r) => (this.#release = r));
  }
  open(): void {
    this.#release?.();
    this.#release = undefined;
  }
  wait(): Promise<void> {
    return this.#open;
  }
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const o = { ...DEFAULTS, ...options };
  const log = o.progress ?? (() => {});
  const t0 = performance.now();
  const since = () => Math.round(performance.now() - t0);
  const dir = mkdtempSync(join(tmpdir(), 'advisor-load-'));
  let fake: FakeDiscord | undefined;
  let redis: RedisServer | undefined;
  let bot: BotProcess | undefined;
  let watcher: CallWatcher | undefined;
  const botErrors: string[] = [];
  let storeUnavailable = 0;
  const botPids: number[] = [];
  const collectBotErrors = (b: BotProcess | undefined) => {
    storeUnavailable += b?.storeWarnings() ?? 0;
    for (const line of b?.problems ?? [])
      if (line.level === 'error') botErrors.push(JSON.stringify(line).slice(0, 400));
  };

  try {
    fake = await startFakeDiscord();
    const guildId = fake.guilds[0]!.id;
    await deployCommands({
      token: 'load-token',
      clientId: fake.applicationId,
      apiUrl: fake.apiBase,
      commands: COMMANDS,
    });
    if (o.backend === 'redis') redis = await startRedis({ persistent: true });
    const storeUrl = redis ? redis.url : `sqlite://${join(dir, 'store.sqlite')}`;
    const botOptions = { apiBase: fake.apiBase, applicationId: fake.applicationId, storeUrl };
    bot = await startBotProcess(botOptions);
    if (bot.pid) botPids.push(bot.pid);
    log(`bot ready (pid ${bot.pid}, ${o.backend})`);
    watcher = new CallWatcher(fake);

    const setupCount = Math.round(o.members * o.setupShare);
    // Setup members are spread through the crowd rather than all at the start.
    const step = setupCount ? o.members / setupCount : Infinity;
    const isSetup = (i: number) => setupCount > 0 && Math.floor(i / step) !== Math.floor((i + 1) / step);
    const members = Array.from({ length: o.members }, (_, i) => newMember(i + 1, isSetup(i) ? 'setup' : 'import'));
    const planned = members.reduce((n, m) => n + plannedInteractions(m.path), 0);

    const botGate = new Gate();
    const redisGate = new Gate();
    const outages: Array<{ from: number; to: number }> = [];
    let completed = 0;
    const lane: Lane = {
      fake,
      watcher,
      guildId,
      stepTimeoutMs: o.stepTimeoutMs,
      thinkMs: o.thinkMs,
      async ready() {
        await botGate.wait();
        await redisGate.wait();
      },
      inOutage: (from, to) => outages.some((w) => from <= w.to && to >= w.from),
      completed: () => void completed++,
    };

    const kills: KillReport[] = [];
    const inFlight = () => members.reduce((n, m) => n + m.sent.filter((s) => s.ok === undefined).length, 0);
    /**
     * A kill is meant to cut work in flight; on a loaded machine the planned moment can fall in a
     * lull between clicks. Wait (at most 2 s) until something is in flight, so every kill tests that.
     */
    async function untilBusy(): Promise<void> {
      const deadline = performance.now() + 2000;
      while (inFlight() === 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    }

    async function killBot(): Promise<void> {
      await untilBusy();
      const at = performance.now();
      const window = { from: at, to: Number.POSITIVE_INFINITY };
      outages.push(window);
      botGate.close();
      const cut = inFlight();
      await bot!.kill();
      collectBotErrors(bot);
      const snaps = snapshotAcked(members);
      watcher!.abortAll('the bot was killed');
      log(`bot killed at ${since()} ms with ${cut} interaction(s) in flight; restarting`);
      bot = await startBotProcess(botOptions);
      if (bot.pid) botPids.push(bot.pid);
      const back = performance.now();
      const missing = await checkAcked(storeUrl, snaps);
      window.to = performance.now() + 500;
      kills.push({
        what: 'bot',
        atMs: Math.round(at - t0),
        downMs: Math.round(back - at),
        inFlight: cut,
        checked: snaps.filter((s) => Object.keys(s.acked.profile).length || s.acked.mock).length,
        missing,
      });
      log(`bot back after ${Math.round(back - at)} ms; acknowledged writes missing: ${missing.length}`);
      botGate.open();
    }

    async function killRedis(): Promise<void> {
      await untilBusy();
      const at = performance.now();
      const window = { from: at, to: Number.POSITIVE_INFINITY };
      outages.push(window);
      // Members already in an interaction find out the hard way; the others wait (and retry after).
      redisGate.close();
      const cut = inFlight();
      await redis!.kill();
      const snaps = snapshotAcked(members);
      log(`redis killed at ${since()} ms with ${cut} interaction(s) in flight`);
      await new Promise((r) => setTimeout(r, o.redisDownMs));
      await redis!.start();
      const back = performance.now();
      window.to = back + REDIS_RECONNECT_GRACE_MS + o.stepTimeoutMs / 10;
      const missing = await checkAcked(storeUrl, snaps);
      const grace = back + REDIS_RECONNECT_GRACE_MS - performance.now();
      setTimeout(() => redisGate.open(), Math.max(0, grace));
      kills.push({
        what: 'redis',
        atMs: Math.round(at - t0),
        downMs: Math.round(back + REDIS_RECONNECT_GRACE_MS - at),
        inFlight: cut,
        checked: snaps.filter((s) => Object.keys(s.acked.profile).length || s.acked.mock).length,
        missing,
      });
      log(`redis back after ${Math.round(back - at)} ms; acknowledged writes missing: ${missing.length}`);
    }

    // The kill schedule, driven by progress.
    const schedule: Array<{ at: number; run: () => Promise<void> }> = [];
    if (o.killBotAt !== undefined) schedule.push({ at: o.killBotAt, run: killBot });
    if (o.killRedisAt !== undefined && o.backend === 'redis') schedule.push({ at: o.killRedisAt, run: killRedis });
    schedule.sort((a, b) => a.at - b.at);
    let allDone = false;
    const killer = (async () => {
      for (const k of schedule) {
        while (!allDone && completed < k.at * planned) await new Promise((r) => setTimeout(r, 20));
        if (allDone) return;
        await k.run();
      }
    })();

    let lastReport = 0;
    const ticker = setInterval(() => {
      if (performance.now() - lastReport < 5000) return;
      lastReport = performance.now();
      log(
        `${completed}/${planned} interactions answered, ${members.filter((m) => m.done).length}/${members.length} members done`,
      );
    }, 1000);

    const runs = members.map(async (m, i) => {
      await new Promise((r) => setTimeout(r, (o.rampMs * i) / Math.max(1, members.length)));
      await runMember(m, lane);
    });
    let timedOut = false;
    const deadline = new Promise<void>((resolve) =>
      setTimeout(() => {
        timedOut = true;
        resolve();
      }, o.maxDurationMs).unref(),
    );
    await Promise.race([Promise.all(runs), deadline]);
    allDone = true;
    clearInterval(ticker);
    await killer;
    if (timedOut) watcher.abortAll('the run took longer than maxDurationMs');
    const durationMs = Math.round(performance.now() - t0);
    log(`members finished in ${durationMs} ms; stopping the bot`);

    // Let the last replies (buttons removed after a step) land, then stop the bot cleanly.
    await new Promise((r) => setTimeout(r, 300));
    const code = await bot.stop();
    collectBotErrors(bot);
    if (code !== 0) botErrors.push(`the bot exited with ${code} on SIGTERM`);

    const lost = await checkAcked(storeUrl, snapshotAcked(members), true);
    const mixed = foreignMarkers(members, watcher);
    const sent = members.flatMap((m) => m.sent);
    const failures = sent
      .filter((s) => s.ok === false && !s.disrupted)
      .map((s) => `${s.label} at ${((s.dispatchedAt - t0) / 1000).toFixed(1)} s: ${s.error}`);
    const unfinished = members.flatMap((m) => m.problems.map((p) => `${m.user.id}: ${p}`));
    if (timedOut) unfinished.push(`the run was stopped after ${o.maxDurationMs} ms`);
    const answered = sent.filter((s) => s.ok);
    const first: number[] = [];
    const final: number[] = [];
    for (const s of answered) {
      const calls = watcher.calls(s.token);
      const callback = calls.find((c) => c.route === 'interactionCallback' && c.status < 300);
      if (callback) first.push(callback.time - s.dispatchedAt);
      const last = calls.reduce((t, c) => Math.max(t, c.time), Number.NEGATIVE_INFINITY);
      if (Number.isFinite(last)) final.push(last - s.dispatchedAt);
    }
    const killMissing = kills.flatMap((k) => k.missing.map((x) => `after the ${k.what} kill: ${x}`));
    const report: LoadReport = {
      backend: o.backend,
      members: members.length,
      thinkMs: o.thinkMs,
      setupMembers: members.filter((m) => m.path === 'setup').length,
      interactions: sent.length,
      failures,
      disrupted: sent.filter((s) => s.disrupted).length,
      retries: members.reduce((n, m) => n + m.retries, 0),
      latency: { firstMs: summarize(first), finalMs: summarize(final) },
      durationMs,
      kills,
      lost: [...killMissing, ...lost],
      mixed,
      unfinished,
      quotedAnswers: members.reduce((n, m) => n + m.quotedAnswers, 0),
      botErrors,
      storeUnavailable,
      botPids,
      ok: false,
    };
    report.ok =
      !failures.length &&
      !report.lost.length &&
      !mixed.length &&
      !unfinished.length &&
      !botErrors.length &&
      kills.length === schedule.length;
    return report;
  } finally {
    watcher?.close();
    await bot?.kill().catch(() => undefined);
    await fake?.close().catch(() => undefined);
    await redis?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The report as a few readable lines. */
export function formatLoadReport(r: LoadReport): string {
  const l = r.latency;
  const lines = [
    `${r.backend}: ${r.members} members (${r.setupMembers} through the setup), ${r.interactions} interactions in ${(r.durationMs / 1000).toFixed(1)} s (${Math.round(r.interactions / (r.durationMs / 1000))}/s), ${r.thinkMs ? `~${r.thinkMs} ms between a member's clicks` : 'no pause between clicks'}`,
    `  failures ${r.failures.length}, cut off by kills ${r.disrupted} (retried; ${r.retries} flows redone), lost ${r.lost.length}, mixed ${r.mixed.length}, unfinished ${r.unfinished.length}, bot errors ${r.botErrors.length}, "storage unreachable" replies ${r.storeUnavailable}`,
    `  first response p50 ${l.firstMs.p50} ms, p99 ${l.firstMs.p99} ms; final message p50 ${l.finalMs.p50} ms, p99 ${l.finalMs.p99} ms`,
    ...r.kills.map(
      (k) =>
        `  ${k.what} killed at ${(k.atMs / 1000).toFixed(1)} s with ${k.inFlight} in flight, back after ${k.downMs} ms; ${k.checked} members' acknowledged writes checked, ${k.missing.length} missing`,
    ),
    `  answers quoted back to their own member: ${r.quotedAnswers}; ${r.ok ? 'OK' : 'NOT OK'}`,
  ];
  const details = [...r.failures, ...r.lost, ...r.mixed, ...r.unfinished, ...r.botErrors].slice(0, 15);
  return [...lines, ...details.map((d) => `    ! ${d}`)].join('\n');
}
