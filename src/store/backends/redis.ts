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

const escapeGlob = (s: string) => s.replace(/[*?[\]\\]/g, (c) => `\\${c}`);

function timeout(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms).unref(),
  );
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
    async ping() {
      await client.ping();
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
