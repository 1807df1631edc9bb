/**
 * Memory of the bot process under sustained use: waves of 50 members rotating over every runnable
 * scenario until N interactions have been handled, with RSS and heap sampled after a forced GC at
 * checkpoints. Then the per-member cost of discord.js's user/member caches, which grow with every
 * distinct member who interacts (they have no bound by default).
 */
import { benchMember, type Driver } from './driver.js';
import { MemberPool, runWave } from './latency.js';
import type { Scenario } from './scenarios.js';
import { round, toMb } from './stats.js';
import type { MemorySample } from './bot-process.js';
import { PING_NAME } from './ping-command.js';

export interface MemoryCheckpoint {
  interactions: number;
  rssMb: number;
  heapUsedMb: number;
  externalMb: number;
  cachedUsers: number;
  cachedMembers: number;
  cachedChannels: number;
  cachedMessages: number;
  restHandlers: number;
}

export interface MemoryReport {
  checkpoints: MemoryCheckpoint[];
  /** Peak RSS of the bot process over the whole bench run. */
  peakRssMb: number;
  cooldowns: number;
  errors: number;
  /** Heap and RSS change from the middle checkpoint to the last one (the steady state). */
  steadyGrowth: { heapMb: number; rssMb: number; heapPct: number; flagged: boolean };
  /** Distinct new members (one /ping each) and what each costs in the bot's heap. */
  newMembers: { members: number; heapMb: number; rssMb: number; heapKbPerMember: number; cachedUsersAfter: number };
}

export interface MemoryOptions {
  /** Interaction counts (within this phase) at which to sample, ascending; the last one ends the phase. */
  checkpoints: number[];
  concurrency: number;
  newMembers: number;
  /** First member number for the distinct new members. */
  newMemberBase: number;
}

/** Heap growth over the steady half that counts as "growing": more than this share... */
const GROWTH_FLAG_PCT = 10;
/** ...and more than this many MB (small heaps move by a few MB with JIT and caches alone). */
const GROWTH_FLAG_MB = 4;

function checkpoint(interactions: number, m: MemorySample): MemoryCheckpoint {
  return {
    interactions,
    rssMb: toMb(m.rss),
    heapUsedMb: toMb(m.heapUsed),
    externalMb: toMb(m.external),
    cachedUsers: m.cachedUsers,
    cachedMembers: m.cachedMembers,
    cachedChannels: m.cachedChannels,
    cachedMessages: m.cachedMessages,
    restHandlers: m.restHandlers,
  };
}

export async function measureMemory(
  d: Driver,
  scenarios: readonly Scenario[],
  pool: MemberPool,
  opts: MemoryOptions,
): Promise<MemoryReport> {
  const start = d.dispatched;
  const checkpoints: MemoryCheckpoint[] = [checkpoint(0, await d.bot.memory())];
  let cooldowns = 0;
  let errors = 0;
  let turn = 0;
  for (const target of opts.checkpoints) {
    while (d.dispatched - start < target) {
      const s = scenarios[turn++ % scenarios.length]!;
      try {
        const samples = await runWave(d, s, pool.take(opts.concurrency));
        cooldowns += samples.filter((x) => x.cooldown).length;
        errors += samples.filter((x) => x.error).length;
      } catch {
        d.reset();
        errors++;
      }
    }
    checkpoints.push(checkpoint(d.dispatched - start, await d.bot.memory()));
  }

  const mid = checkpoints[Math.max(1, checkpoints.length - 2)]!;
  const last = checkpoints.at(-1)!;
  const heapMb = round(last.heapUsedMb - mid.heapUsedMb, 1);
  const heapPct = round((heapMb / mid.heapUsedMb) * 100, 1);

  const before = await d.bot.memory();
  const ping = scenarios.find((s) => s.command === PING_NAME && s.place === 'guild');
  let next = opts.newMemberBase;
  if (ping) {
    while (next - opts.newMemberBase < opts.newMembers) {
      const wave = Array.from({ length: opts.concurrency }, () => benchMember(next++));
      await runWave(d, ping, wave);
    }
  }
  const after = await d.bot.memory();
  const members = next - opts.newMemberBase;
  return {
    checkpoints,
    peakRssMb: toMb(after.maxRss),
    cooldowns,
    errors,
    steadyGrowth: {
      heapMb,
      rssMb: round(last.rssMb - mid.rssMb, 1),
      heapPct,
      flagged: heapPct > GROWTH_FLAG_PCT && heapMb > GROWTH_FLAG_MB,
    },
    newMembers: {
      members,
      heapMb: toMb(after.heapUsed - before.heapUsed),
      rssMb: toMb(after.rss - before.rss),
      heapKbPerMember: members ? round((after.heapUsed - before.heapUsed) / 1024 / members, 2) : 0,
      cachedUsersAfter: after.cachedUsers,
    },
  };
}
