/**
 * The sharding part of the configuration (called by loadConfig; nothing here reads process.env
 * itself). See docs/scale-out.md for the operator's view.
 *
 * - SHARD_COUNT: shards across every machine, a number or `auto` (Discord's recommendation from
 *   GET /gateway/bot). Unset or 1: one process, as before. More: `npm start` runs discord.js's
 *   ShardingManager, which starts one process per shard.
 * - SHARD_LIST: the shard ids this machine runs (`0-1`, `2,3`); every shard when unset.
 * - SHARD_SPAWN_DELAY_MS: pause between starting two shards (Discord lets most bots IDENTIFY once
 *   every 5 s).
 * - SHARDING_MANAGER / SHARDS: set by discord.js in the processes its manager spawns; they mark
 *   this process as one shard (and make its Client connect as that shard).
 */
import { err, ok, type Result } from '../core/result.js';

export interface ShardingConfig {
  /** Total shards across every machine; 1 means no sharding. */
  count: number | 'auto';
  /** Shard ids this machine runs; every shard when absent. */
  ids?: number[];
  /** Milliseconds between two shard starts. */
  spawnDelayMs: number;
  /** Present in a process started by the ShardingManager: the shard it serves. */
  spawned?: { id: number; count: number };
}

export const SHARDING_DEFAULTS = {
  count: 1,
  /** discord.js's own default: a little over Discord's 5 s between IDENTIFYs. */
  spawnDelayMs: 5500,
  maxCount: 4096,
} as const;

const WHOLE = /^\d+$/;

/** `0-1,4` → [0, 1, 4]; undefined when the text is not such a list. */
export function parseShardList(text: string): number[] | undefined {
  const ids: number[] = [];
  for (const part of text.split(',').map((p) => p.trim())) {
    const range = /^(\d+)\s*-\s*(\d+)$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (from > to || to - from > SHARDING_DEFAULTS.maxCount) return undefined;
      for (let id = from; id <= to; id++) ids.push(id);
    } else if (WHOLE.test(part)) {
      ids.push(Number(part));
    } else {
      return undefined;
    }
  }
  return ids.length > 0 ? [...new Set(ids)].sort((a, b) => a - b) : undefined;
}

/** True when this configuration runs the bot as several shards (through the manager). */
export function wantsShards(s: ShardingConfig): boolean {
  return s.count === 'auto' || s.count > 1 || s.ids !== undefined;
}

export interface ShardingEnv {
  SHARD_COUNT?: string | undefined;
  SHARD_LIST?: string | undefined;
  SHARD_SPAWN_DELAY_MS?: string | undefined;
  SHARDING_MANAGER?: string | undefined;
  SHARDS?: string | undefined;
}

/**
 * Parses the sharding variables. `storeUrl` and `hasToken` let it refuse several shards on SQLite:
 * every shard must see every member's data, and a SQLite file lives on one machine.
 */
export function parseShardingEnv(env: ShardingEnv, storeUrl: string, hasToken: boolean): Result<ShardingConfig> {
  const problems: string[] = [];
  const countText = env.SHARD_COUNT?.trim() ?? '';
  let count: number | 'auto' = SHARDING_DEFAULTS.count;
  if (countText === 'auto') count = 'auto';
  else if (countText !== '') {
    if (WHOLE.test(countText) && Number(countText) >= 1 && Number(countText) <= SHARDING_DEFAULTS.maxCount) {
      count = Number(countText);
    } else {
      problems.push(`SHARD_COUNT: must be "auto" or a whole number from 1 to ${SHARDING_DEFAULTS.maxCount}`);
    }
  }

  const listText = env.SHARD_LIST?.trim() ?? '';
  let ids: number[] | undefined;
  if (listText !== '') {
    ids = parseShardList(listText);
    if (!ids) problems.push(`SHARD_LIST: must list shard ids such as "0-1" or "2,3" (got "${listText}")`);
    else if (count === 'auto') {
      problems.push('SHARD_LIST: needs a fixed SHARD_COUNT (every machine must agree on the total), not "auto"');
    } else if (ids.some((id) => id >= (count as number))) {
      problems.push(`SHARD_LIST: shard ids run from 0 to ${(count as number) - 1} when SHARD_COUNT is ${count}`);
    }
  }

  const delayText = env.SHARD_SPAWN_DELAY_MS?.trim() ?? '';
  let spawnDelayMs: number = SHARDING_DEFAULTS.spawnDelayMs;
  if (delayText !== '') {
    if (WHOLE.test(delayText) && Number(delayText) <= 60_000) spawnDelayMs = Number(delayText);
    else problems.push('SHARD_SPAWN_DELAY_MS: must be a whole number of milliseconds from 0 to 60000');
  }

  // discord.js marks the processes it spawns with SHARDING_MANAGER=true and SHARDS=<id>.
  let spawned: ShardingConfig['spawned'];
  if (env.SHARDING_MANAGER === 'true' && env.SHARDS !== undefined && WHOLE.test(env.SHARDS.trim())) {
    spawned = { id: Number(env.SHARDS.trim()), count: typeof count === 'number' ? count : 1 };
  }

  const config: ShardingConfig = {
    count,
    ...(ids ? { ids } : {}),
    spawnDelayMs,
    ...(spawned ? { spawned } : {}),
  };
  if (problems.length === 0 && hasToken && wantsShards(config) && !/^rediss?:\/\//.test(storeUrl)) {
    problems.push(
      'SHARD_COUNT: several shards need one store they all share: set STORE_URL=redis://HOST:PORT ' +
        '(a SQLite file lives on one machine; see docs/scale-out.md)',
    );
  }
  return problems.length ? err(problems) : ok(config);
}
