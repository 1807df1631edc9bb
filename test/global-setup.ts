/**
 * Finds a redis-server once for the whole run and hands its path to every test file
 * (`inject('redisServer')`). Order: `REDIS_SERVER_BIN`, `redis-server` on PATH, then
 * redis-memory-server (which downloads and compiles Redis into node_modules/.cache the first time,
 * when the machine can reach download.redis.io and has make and a C compiler).
 *
 * When none can be had, the Redis tests are skipped and this prints one line saying how to enable
 * them: `npm ci && npm test` must pass on a machine with nothing but Node. With REQUIRE_REDIS=1
 * (CI) a missing Redis fails the run instead, so CI never skips a Redis test.
 */
import { spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of a runnable redis-server, or '' when none could be found. */
    redisServer: string;
    /** Why there is none (empty when there is one). */
    redisMissing: string;
  }
}

const runs = (bin: string) => {
  const probe = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 5000 });
  return !probe.error && probe.status === 0;
};

const withTimeout = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} timed out`)), ms))]);

async function fromRedisMemoryServer(): Promise<string> {
  // Without a route to download.redis.io nothing can be fetched; asking costs at most 5 s.
  await withTimeout(lookup('download.redis.io'), 5000, 'looking up download.redis.io');
  const { RedisBinary } = await import('redis-memory-server');
  // A first download and build takes a few minutes on 2 cores; later runs use the cache.
  return withTimeout(RedisBinary.getPath(), 10 * 60_000, 'downloading and building Redis');
}

async function findRedis(): Promise<{ bin: string; missing: string }> {
  const fromEnv = process.env.REDIS_SERVER_BIN;
  if (fromEnv) {
    return runs(fromEnv)
      ? { bin: fromEnv, missing: '' }
      : { bin: '', missing: `REDIS_SERVER_BIN=${fromEnv} does not run` };
  }
  if (runs('redis-server')) return { bin: 'redis-server', missing: '' };
  try {
    const bin = await fromRedisMemoryServer();
    if (runs(bin)) return { bin, missing: '' };
    return { bin: '', missing: `redis-memory-server gave ${bin}, which does not run` };
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { bin: '', missing: `no redis-server on PATH, and redis-memory-server could not provide one (${why})` };
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const { bin, missing } = await findRedis();
  if (!bin) {
    const how =
      'install redis-server (Debian/Ubuntu: apt-get install -y redis-server), or set REDIS_SERVER_BIN, and run the tests again';
    if (process.env.REQUIRE_REDIS === '1') {
      throw new Error(`REQUIRE_REDIS=1 but ${missing}: ${how}.`);
    }
    console.warn(`\n[redis] Redis tests SKIPPED: ${missing}. To run them, ${how}.\n`);
  }
  project.provide('redisServer', bin);
  project.provide('redisMissing', missing);
  // Said again after the summary, where a reader of a long run looks.
  return bin ? undefined : () => console.warn(`\n[redis] Redis tests were SKIPPED (${missing}).\n`);
}
