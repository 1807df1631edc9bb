/**
 * `npm run bench [-- --quick] [-- --cpu-prof]`: every figure in one run on one machine, so they
 * compare as ratios. JSON on stdout, a readable table on stderr. Loopback only, bounded loops.
 *
 *   1. pure engines in process (ops/s, median per op)
 *   2. start-up: the bot to "bot ready" against a fake Discord, the CLI's cold start
 *   3. through the fake Discord (real discord.js, REST and gateway): dispatch → first callback and
 *      → final message, p50/p95/p99, at 1 and at 50 members at once, against the hidden /ping
 *   4. the bot process's memory over 10 000 interactions, and the cost of each new member
 *
 * Options: --quick (a short run, ~1 min), --cpu-prof (a V8 CPU profile of the bot process in
 * <tmpdir>/advisor-bench-profiles/, for Chrome DevTools), --memory N (memory soak of N interactions),
 * --no-latency (skip start-up and the latency passes: engines and memory only), --message-cache N
 * (experiment: the bot with discord.js's per-channel message cache capped at N instead of 200).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { todayUtc } from '../src/core/dates.js';
import type { Command } from '../src/discord/command.js';
import { deployCommands } from '../src/discord/deploy-commands.js';
import { COMMANDS } from '../src/discord/registry.js';
import { startFakeDiscord, type FakeDiscord } from '../test/fake-discord/server.js';
import { spawnBotChild, type BotChild } from './bot-child.js';
import { benchMember, Driver, sampleOf } from './driver.js';
import { runEngineBench } from './engines.js';
import { BENCH_PROFILE_TEXT } from './fixtures.js';
import { addRatios, measureScenario, MemberPool, type LatencyRow, type WaveOptions } from './latency.js';
import { measureMemory } from './memory.js';
import { pingCommand, PING_NAME } from './ping-command.js';
import { formatReport, type BenchResult } from './report.js';
import { baselines, commandScenarios, missingReason, type Scenario } from './scenarios.js';
import { measureStartup } from './startup.js';

interface Plan {
  engines: { warmupIterations: number; durationMs: number; minIterations: number; maxIterations: number };
  startup: { botRuns: number; cliRuns: number };
  passes: readonly WaveOptions[];
  memory: { checkpoints: readonly number[]; newMembers: number };
}

const PLAN: Record<'full' | 'quick', Plan> = {
  full: {
    engines: { warmupIterations: 200, durationMs: 700, minIterations: 200, maxIterations: 200_000 },
    startup: { botRuns: 5, cliRuns: 7 },
    passes: [
      { concurrency: 1, warmup: 10, iterations: 200, restLimiter: 'lifted' },
      { concurrency: 50, warmup: 50, iterations: 300, restLimiter: 'lifted' },
      { concurrency: 50, warmup: 0, iterations: 150, restLimiter: 'bot' },
    ],
    memory: { checkpoints: [1_000, 5_000, 10_000], newMembers: 1_000 },
  },
  quick: {
    engines: { warmupIterations: 20, durationMs: 100, minIterations: 20, maxIterations: 20_000 },
    startup: { botRuns: 2, cliRuns: 2 },
    passes: [
      { concurrency: 1, warmup: 3, iterations: 30, restLimiter: 'lifted' },
      { concurrency: 50, warmup: 50, iterations: 100, restLimiter: 'lifted' },
      { concurrency: 50, warmup: 0, iterations: 50, restLimiter: 'bot' },
    ],
    memory: { checkpoints: [200, 500, 1_000], newMembers: 200 },
  },
};

/** Members with imported profiles; large enough that no one reaches /ask's 5-per-30-s cooldown. */
const POOL_SIZE = 250;
const NEW_MEMBER_BASE = 100_000;

const progress = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

async function importProfiles(d: Driver, fake: FakeDiscord, pool: MemberPool): Promise<void> {
  for (let done = 0; done < pool.members.length; done += 50) {
    const wave = pool.take(50);
    const handles = wave.map((m) =>
      d.slash(m, 'guild', {
        name: 'profile',
        subcommand: 'import',
        options: { file: fake.attachment({ filename: 'profile.json', content: BENCH_PROFILE_TEXT }) },
      }),
    );
    await d.settle();
    const byToken = d.callsByToken();
    const failed = handles.map((h) => sampleOf(h, byToken.get(h.token))).find((s) => s.error);
    d.reset();
    if (failed) throw new Error(`profile import failed: ${failed.error}`);
  }
}

async function discordPhase(
  plan: Plan,
  nodeFlags: string[],
  messageCache: number | undefined,
): Promise<{
  rows: LatencyRow[];
  missing: BenchResult['discord']['missing'];
  memory: BenchResult['memory'];
  problems: string[];
}> {
  const dir = mkdtempSync(join(tmpdir(), 'advisor-bench-'));
  const fake = await startFakeDiscord();
  let bot: BotChild | undefined;
  try {
    const commands: Command[] = [...COMMANDS, pingCommand];
    await deployCommands({ token: 'bench-token', clientId: fake.applicationId, apiUrl: fake.apiBase, commands });
    bot = await spawnBotChild({
      apiBase: fake.apiBase,
      applicationId: fake.applicationId,
      storeUrl: `sqlite://${join(dir, 'store.sqlite')}`,
      nodeFlags,
      ...(messageCache !== undefined ? { messageCache } : {}),
    });
    const d = new Driver(fake, bot, fake.guilds[0]!.id);
    const pool = new MemberPool(Array.from({ length: POOL_SIZE }, (_, i) => benchMember(i + 1)));
    progress(`bot ready in ${bot.readyMs.toFixed(0)} ms; importing ${POOL_SIZE} profiles`);
    await importProfiles(d, fake, pool);

    const all: Scenario[] = [...baselines(), ...commandScenarios(() => commands)];
    const missing = all
      .map((s) => ({ scenario: s.label, reason: missingReason(s, commands) }))
      .filter((m): m is { scenario: string; reason: string } => m.reason !== undefined);
    const runnable = all.filter((s) => !missingReason(s, commands));
    const rows: LatencyRow[] = [];
    for (const pass of plan.passes) {
      await bot.restLimit(pass.restLimiter);
      for (const s of runnable) {
        progress(`${s.label} @ ${pass.concurrency} member(s), REST limiter ${pass.restLimiter}`);
        rows.push(await measureScenario(d, s, pool, pass));
      }
    }
    addRatios(rows, (r) => r.scenario.startsWith(`/${PING_NAME} `));

    // Memory is about what the bot keeps, not how fast it may send: no limiter, so 10 000 fit the time box.
    await bot.restLimit('lifted');
    const memScenarios = plan.passes.length
      ? runnable.filter((s) => rows.some((r) => r.scenario === s.label && r.status === 'ok'))
      : runnable;
    progress(`memory: ${plan.memory.checkpoints.at(-1)} interactions over ${memScenarios.length} scenarios`);
    const memory = await measureMemory(d, memScenarios, pool, {
      checkpoints: [...plan.memory.checkpoints],
      concurrency: 50,
      newMembers: plan.memory.newMembers,
      newMemberBase: NEW_MEMBER_BASE,
    });
    return { rows, missing, memory, problems: bot.problems };
  } finally {
    await bot?.stop();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      /** Soak length of the memory phase (interactions), e.g. 50000 for a longer look. */
      memory: { type: 'string' },
      /** Skip the through-Discord latency passes (memory and engines only, for a quick look at memory). */
      'no-latency': { type: 'boolean', default: false },
      /** Experiment: cap discord.js's per-channel message cache in the bot (default 200). */
      'message-cache': { type: 'string' },
    },
  });
  const mode = values.quick ? 'quick' : 'full';
  let plan = PLAN[mode];
  if (values.memory !== undefined) {
    const n = Number(values.memory);
    if (!Number.isInteger(n) || n < 100) throw new Error(`--memory: "${values.memory}" is not a whole number >= 100`);
    plan = { ...plan, memory: { ...plan.memory, checkpoints: [n / 10, n / 2, n].map(Math.round) } };
  }
  if (values['no-latency']) plan = { ...plan, passes: [] };
  const started = performance.now();
  const loadAvgStart = loadavg().map((x) => Math.round(x * 100) / 100);
  const machine: Record<string, unknown> = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAvgStart: loadAvgStart.join(' '),
  };

  progress('pure engines');
  const engines = runEngineBench({ today: todayUtc(new Date()), ...plan.engines });
  progress('start-up');
  const startup = values['no-latency'] ? undefined : await measureStartup(plan.startup);
  const profileDir = join(tmpdir(), 'advisor-bench-profiles');
  const nodeFlags = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  if (values['cpu-prof']) progress(`the bot's CPU profile goes to ${profileDir}`);
  const messageCache = values['message-cache'] === undefined ? undefined : Number(values['message-cache']);
  if (messageCache !== undefined && !(Number.isInteger(messageCache) && messageCache >= 0))
    throw new Error(`--message-cache: "${values['message-cache']}" is not a whole number >= 0`);
  const discord = await discordPhase(plan, nodeFlags, messageCache);

  machine.loadAvgEnd = loadavg()
    .map((x) => Math.round(x * 100) / 100)
    .join(' ');
  const result: BenchResult = {
    machine,
    mode,
    ...(messageCache !== undefined ? { experiment: { messageCache } } : {}),
    durationS: Math.round((performance.now() - started) / 100) / 10,
    targets: {
      p99RatioMax: 1.5,
      startupMaxMs: 1000,
      memoryGrowth: 'none beyond bounded caches',
    },
    engines,
    ...(startup ? { startup } : {}),
    discord: { rows: discord.rows, missing: discord.missing },
    ...(discord.memory ? { memory: discord.memory } : {}),
    botProblems: discord.problems,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.stderr.write(`\n${formatReport(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
