/**
 * Several shards: discord.js's ShardingManager starts one process per shard this machine runs,
 * each the ordinary bot entry (dist/src/main.js) with the shard id discord.js passes in its
 * environment (SHARDS / SHARD_COUNT), so each process logs in as that shard with its own Client,
 * its own copy of the guides and a connection to the shared store (Redis).
 *
 * - The total comes from SHARD_COUNT; `auto` is resolved here from GET /gateway/bot on
 *   DISCORD_API_URL (discord.js's own lookup would always ask discord.com).
 * - A shard process that dies is started again by the manager, after 0.5 s doubling to 30 s
 *   while it keeps dying soon after starting (a crash loop should not hammer Discord or Redis).
 * - stop(): SIGTERM to every shard (each finishes its running handlers, disconnects and closes
 *   the store, see main.ts), SIGKILL for any still running after the grace period.
 */
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { ShardingManager, type Shard } from 'discord.js';
import type { ChildProcess } from 'node:child_process';
import type { Logger } from '../app/logger.js';
import type { Config } from '../config.js';
import type { ShardingConfig } from './shard-config.js';

export const MANAGER_CONFIG = {
  /** Wait for one shard to say READY before counting its start as failed (discord.js default). */
  readyTimeoutMs: 30_000,
  /** First respawn delay after a shard process dies; doubles while it keeps dying young. */
  respawnDelayMs: 500,
  maxRespawnDelayMs: 30_000,
  /** A shard that ran this long before dying is respawned with the first delay again. */
  healthyAfterMs: 60_000,
  /** stop(): how long shards get to finish their handlers before SIGKILL. */
  stopGraceMs: 15_000,
} as const;

const DEFAULT_API = 'https://discord.com/api';

/** The bot entry every shard process runs (this build's main.js). */
export const SHARD_ENTRY = fileURLToPath(new URL('../main.js', import.meta.url));

/**
 * Discord's recommended shard count for this bot, from GET /gateway/bot on the configured REST
 * base (the same call discord.js's fetchRecommendedShardCount makes, but honouring apiUrl).
 */
export async function fetchRecommendedShards(discord: { token: string; apiUrl?: string }): Promise<number> {
  const base = (discord.apiUrl ?? DEFAULT_API).replace(/\/+$/, '');
  const res = await fetch(`${base}/v10/gateway/bot`, {
    headers: { Authorization: `Bot ${discord.token.replace(/^Bot\s*/i, '')}` },
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`GET /gateway/bot answered ${res.status}; check DISCORD_TOKEN`);
  const body = (await res.json()) as { shards?: unknown };
  if (typeof body.shards !== 'number' || !Number.isInteger(body.shards) || body.shards < 1) {
    throw new Error('GET /gateway/bot did not name a shard count');
  }
  return body.shards;
}

export interface RunningShards {
  manager: ShardingManager;
  /** Shards across every machine. */
  totalShards: number;
  /** Shards this machine runs. */
  ids: number[];
  /** Resolves once every shard was started and said READY (or failed to; it is then respawned). */
  ready: Promise<void>;
  /** Stops every shard process (graceful first) and stops respawning them. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartShardsOptions {
  logger: Logger;
  /** Script each shard runs (default this build's main.js). */
  file?: string;
  /** Overrides for tests. */
  readyTimeoutMs?: number;
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit').then(() => undefined);

/**
 * Starts this machine's shards one after another (SHARD_SPAWN_DELAY_MS apart). Resolves once the
 * shard count is known; `ready` resolves when each shard has said READY or failed to.
 */
export async function startShards(config: Config, opts: StartShardsOptions): Promise<RunningShards> {
  const { logger } = opts;
  const discord = config.discord;
  if (!discord) throw new Error('startShards needs DISCORD_TOKEN');
  const sharding: ShardingConfig = config.sharding ?? { count: 1, spawnDelayMs: 0 };
  const totalShards = sharding.count === 'auto' ? await fetchRecommendedShards(discord) : sharding.count;
  const ids = sharding.ids ?? Array.from({ length: totalShards }, (_, i) => i);
  if (ids.some((id) => id >= totalShards)) {
    throw new Error(`SHARD_LIST names shard ${Math.max(...ids)}, but there are only ${totalShards} shards`);
  }
  const readyTimeoutMs = opts.readyTimeoutMs ?? MANAGER_CONFIG.readyTimeoutMs;

  const manager = new ShardingManager(opts.file ?? SHARD_ENTRY, {
    totalShards,
    shardList: ids,
    mode: 'process',
    // We respawn ourselves (below) to add a backoff; discord.js would restart a crash loop at once.
    respawn: false,
    token: discord.token,
  });

  let stopping = false;
  const timers = new Set<NodeJS.Timeout>();
  const startedAt = new Map<number, number>();
  const quickDeaths = new Map<number, number>();

  const spawn = (shard: Shard): Promise<unknown> =>
    shard.spawn(readyTimeoutMs).catch((error: unknown) => {
      // Died or timed out before READY: a death is respawned by the 'death' handler; a slow
      // shard keeps connecting on its own.
      logger.warn('shard did not become ready', { shardId: shard.id, error: String(error) });
    });

  function watch(shard: Shard): void {
    // mode 'process': the events carry the ChildProcess (a Worker only in worker mode).
    shard.on('spawn', (proc) => {
      const child = proc as ChildProcess;
      startedAt.set(shard.id, performance.now());
      logger.info('shard spawned', { shardId: shard.id, pid: child.pid });
    });
    shard.on('ready', () => {
      const ms = Math.round(performance.now() - (startedAt.get(shard.id) ?? performance.now()));
      logger.info('shard ready', { shardId: shard.id, pid: shard.process?.pid, spawnToReadyMs: ms });
    });
    shard.on('death', (proc) => {
      const child = proc as ChildProcess;
      const lived = performance.now() - (startedAt.get(shard.id) ?? 0);
      const exit = { code: child.exitCode, signal: child.signalCode };
      if (stopping) {
        logger.info('shard stopped', { shardId: shard.id, pid: child.pid, ...exit });
        return;
      }
      const n = lived >= MANAGER_CONFIG.healthyAfterMs ? 0 : (quickDeaths.get(shard.id) ?? 0);
      quickDeaths.set(shard.id, n + 1);
      const delayMs = Math.min(MANAGER_CONFIG.respawnDelayMs * 2 ** n, MANAGER_CONFIG.maxRespawnDelayMs);
      logger.warn('shard died; respawning', { shardId: shard.id, pid: child.pid, ...exit, delayMs });
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!stopping && !shard.process) void spawn(shard);
      }, delayMs);
      timers.add(timer);
    });
    shard.on('error', (error: unknown) => logger.error('shard error', { shardId: shard.id, error: String(error) }));
  }

  logger.info('starting shards', { totalShards, ids, spawnDelayMs: sharding.spawnDelayMs });
  const ready = (async () => {
    for (const [n, id] of ids.entries()) {
      if (n > 0 && sharding.spawnDelayMs > 0) await new Promise((r) => setTimeout(r, sharding.spawnDelayMs));
      if (stopping) break;
      const shard = manager.createShard(id);
      watch(shard);
      await spawn(shard);
    }
  })();

  return {
    manager,
    totalShards,
    ids,
    ready,
    async stop(graceMs = MANAGER_CONFIG.stopGraceMs) {
      stopping = true;
      // A shard being spawned right now is in manager.shards already; one not yet created never will be.
      for (const t of timers) clearTimeout(t);
      timers.clear();
      const children = [...manager.shards.values()]
        .map((s) => s.process)
        .filter((c): c is ChildProcess => c !== null && c.exitCode === null && c.signalCode === null);
      for (const child of children) child.kill('SIGTERM');
      const all = Promise.all(children.map(exited));
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), graceMs)));
      if ((await Promise.race([all, late])) === 'late') {
        for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await all;
      }
      clearTimeout(timer);
    },
  };
}
