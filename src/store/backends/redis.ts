/**
 * Redis through @keyv/redis, with a client we build ourselves so that a Redis outage turns into
 * quick, clear failures instead of hanging awaits:
 *
 * - `disableOfflineQueue: true`: while the client is reconnecting, commands are rejected at once
 *   (ClientOfflineError) instead of queued until Redis returns (node-redis's default, which makes
 *   an awaited `set` hang for the whole outage).
 * - `socket.reconnectStrategy`: retry forever, 50 ms doubling to at most 1 s between attempts, so
 *   the store works again within about a second of Redis coming back.
 * - `socket.connectTimeout`: one connection attempt gives up after this long.
 * - The repository adds a deadline to every operation: node-redis has no timeout for a command
 *   already sent to a server that stopped answering (its `commandOptions.timeout` only covers
 *   commands still waiting to be written), so a hung server is bounded there, not here.
 */
import KeyvRedis, { createClient } from '@keyv/redis';
import type { Codec } from '../crypto.js';
import type { Backend, CounterState } from './backend.js';
import { createKeyv } from './keyv.js';

export interface RedisOptions {
  url: string;
  codec: Codec;
  /** One TCP connect attempt, and the wait for the first connection at start-up. */
  connectTimeoutMs: number;
  onError: (error: unknown) => void;
}

/** Capped exponential backoff; never gives up (a bot should heal when Redis does). */
export const redisReconnectDelay = (retries: number): number => Math.min(50 * 2 ** retries, 1000);

/**
 * INCR and set the window only when the key has none (new key, or a TTL lost somehow): one
 * script, so it is atomic across processes and no counter can live forever.
 */
const INCREMENT_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}`;

/**
 * Compare-and-swap on one key: write (or delete) only if the key still holds what the caller read.
 * ARGV: expected present ('1'/'0'), expected value, next present ('1'/'0' = delete), next value,
 * PX in ms ('' = no expiry). GET answers false for a missing key.
 */
const COMPARE_AND_SWAP_SCRIPT = `
local current = redis.call('GET', KEYS[1])
if ARGV[1] == '1' then
  if current ~= ARGV[2] then return 0 end
elseif current then
  return 0
end
if ARGV[3] == '0' then
  redis.call('DEL', KEYS[1])
elseif ARGV[5] ~= '' then
  redis.call('SET', KEYS[1], ARGV[4], 'PX', ARGV[5])
else
  redis.call('SET', KEYS[1], ARGV[4])
end
return 1`;

/**
 * A lease set: a sorted set of tokens scored by their expiry (ms, the Redis server's clock, so
 * shards on machines with skewed clocks agree). One script: drop expired leases, and add the
 * token only while fewer than max remain; the key itself expires with its longest lease, so an
 * abandoned set disappears. ARGV: max, ttl ms, token.
 */
const ACQUIRE_LEASE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
local ttl = tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], now + ttl, ARGV[3])
if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end
return 1`;

const escapeGlob = (s: string) => s.replace(/[*?[\]\\]/g, (c) => `\\${c}`);

function timeout(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms).unref(),
  );
}

/** Polls INFO persistence until every pattern holds (a background rewrite or save finished). */
async function waitFor(client: { info(section: string): Promise<string> }, ...done: RegExp[]): Promise<void> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    const info = await client.info('persistence');
    if (done.every((re) => re.test(info))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('Redis background rewrite did not finish within 15 s');
}

export async function openRedisBackend(opts: RedisOptions): Promise<Backend> {
  const client = createClient({
    url: opts.url,
    disableOfflineQueue: true,
    socket: { connectTimeout: opts.connectTimeoutMs, reconnectStrategy: redisReconnectDelay },
  });
  // Without a listener an 'error' event would crash the process.
  client.on('error', opts.onError);
  try {
    await Promise.race([client.connect(), timeout(opts.connectTimeoutMs * 2, 'connecting to Redis')]);
  } catch (e) {
    client.destroy();
    throw e;
  }

  const adapter = new KeyvRedis(client, {
    throwOnErrors: true,
    throwOnConnectError: true,
    connectionTimeout: opts.connectTimeoutMs,
  });
  const keyv = createKeyv(adapter, opts.codec);

  return {
    kind: 'redis',
    keyv,
    async rawGet(key) {
      return (await client.get(key)) ?? undefined;
    },
    async listKeys(prefix) {
      const keys: string[] = [];
      for await (const batch of client.scanIterator({ MATCH: `${escapeGlob(prefix)}*`, COUNT: 500 })) {
        keys.push(...batch);
      }
      return [...new Set(keys)].sort(); // SCAN may return a key twice
    },
    async increment(key, ttlMs): Promise<CounterState> {
      const reply = (await client.eval(INCREMENT_SCRIPT, { keys: [key], arguments: [String(ttlMs)] })) as [
        number,
        number,
      ];
      return { count: Number(reply[0]), expiresAt: Date.now() + Number(reply[1]) };
    },
    async readCounter(key) {
      const raw = await client.get(key);
      return raw === null ? undefined : Number(raw);
    },
    async acquireLease(key, token, max, ttlMs) {
      const reply = await client.eval(ACQUIRE_LEASE_SCRIPT, {
        keys: [key],
        arguments: [String(max), String(ttlMs), token],
      });
      return Number(reply) === 1;
    },
    async releaseLease(key, token) {
      await client.zRem(key, token);
    },
    async compareAndSwap(key, expected, next, ttlMs) {
      const reply = await client.eval(COMPARE_AND_SWAP_SCRIPT, {
        keys: [key],
        arguments: [
          expected === undefined ? '0' : '1',
          expected ?? '',
          next === undefined ? '0' : '1',
          next ?? '',
          ttlMs === undefined ? '' : String(Math.max(1, Math.ceil(ttlMs))),
        ],
      });
      return Number(reply) === 1;
    },
    async ping() {
      await client.ping();
    },
    async compact() {
      try {
        const info = await client.info('persistence');
        const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim();
        if (field('aof_enabled') === '1') {
          await client.bgRewriteAof().catch((e: unknown) => {
            // "already in progress" is fine: a rewrite is scheduled after it.
            if (!/in progress|scheduled/i.test(String(e))) throw e;
          });
          await waitFor(client, /aof_rewrite_in_progress:0/, /aof_rewrite_scheduled:0/);
          if (field('aof_last_bgrewrite_status') === 'err') opts.onError(new Error('Redis BGREWRITEAOF failed'));
        }
        const save = (await client.configGet('save')) as Record<string, string>;
        if ((save.save ?? '').trim()) {
          await client.bgSave().catch(() => undefined);
          await waitFor(client, /rdb_bgsave_in_progress:0/);
        }
      } catch (e) {
        opts.onError(e);
      }
    },
    async close() {
      if (!client.isOpen) return;
      if (!client.isReady) {
        client.destroy();
        return;
      }
      try {
        await Promise.race([client.close(), timeout(opts.connectTimeoutMs, 'closing Redis')]);
      } catch {
        client.destroy();
      }
    },
  };
}
