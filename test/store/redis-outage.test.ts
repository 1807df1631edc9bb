/**
 * Redis failing under a running bot: killed, hung, or absent at start-up. Every operation must
 * settle quickly with a StoreUnavailableError, nothing already saved may be damaged, and the
 * store must work again once Redis is back — without reopening it.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/store/errors.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { freePort, redisAvailable, startRedis, type RedisServer } from '../helpers/redis.js';
import { ALICE, BOB, exampleProfile, SECRET_A, TODAY } from './backends.js';

async function timed<T>(p: Promise<T>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { ms: performance.now() - started, error };
}

/** Retries until the store answers again (the client reconnects on its own). */
async function untilWorking(fn: () => Promise<unknown>, withinMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    try {
      await fn();
      return performance.now() - started;
    } catch (e) {
      if (!(e instanceof StoreUnavailableError) || performance.now() - started > withinMs) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

describe.skipIf(!redisAvailable())('store on a Redis that goes away', () => {
  let redis: RedisServer;
  let store: Store | undefined;
  let setupError: unknown;

  beforeAll(async () => {
    redis = await startRedis({ persistent: true }).catch((e: unknown) => {
      setupError = e;
      return undefined as unknown as RedisServer;
    });
  });
  beforeEach(() => {
    if (setupError) throw setupError; // redis-server missing: every test fails with the install hint
  });
  afterEach(async () => {
    redis?.resume();
    await store?.close();
    store = undefined;
  });
  afterAll(async () => {
    await redis?.stop();
  });

  const open = () =>
    openStore({ storeUrl: redis.url, profileSecrets: [SECRET_A] }, { today: () => TODAY, operationTimeoutMs: 1500 });

  it('fails fast while Redis is down, damages nothing, and recovers when it returns', async () => {
    store = await open();
    const profile = exampleProfile();
    await store.saveProfile(ALICE, profile);
    await store.appendHistory(ALICE, { n: 1 });

    await redis.kill();
    const changed = { ...profile, matchAttempts: 2 };
    const save = await timed(store.saveProfile(ALICE, changed));
    expect(save.error).toBeInstanceOf(StoreUnavailableError);
    expect((save.error as Error).message).toBe(
      "I couldn't reach my storage just now, so nothing was saved. Please try again in a minute.",
    );
    expect(save.ms).toBeLessThan(3000);
    const read = await timed(store.getProfile(ALICE));
    expect(read.error).toBeInstanceOf(StoreUnavailableError);
    expect(read.ms).toBeLessThan(3000);
    const append = await timed(store.appendHistory(ALICE, { n: 2 }));
    expect(append.error).toBeInstanceOf(StoreUnavailableError);
    expect((await store.health()).ok).toBe(false);

    await redis.start(); // same port, same append-only file
    const recoveredMs = await untilWorking(() => store!.getProfile(ALICE), 5000);
    expect(recoveredMs).toBeLessThan(3000);
    expect(await store.getProfile(ALICE)).toEqual(profile); // the failed save left the old profile whole
    expect(await store.listHistory(ALICE)).toEqual([{ n: 1 }]);
    await store.saveProfile(ALICE, changed);
    expect(await store.getProfile(ALICE)).toEqual(changed);
    expect((await store.health()).ok).toBe(true);
  });

  it('gives up on a hung Redis within the operation deadline and works once it answers', async () => {
    store = await open();
    await store.saveProfile(BOB, exampleProfile());
    redis.pause();
    const save = await timed(store.saveSession(BOB, { step: 1 }));
    expect(save.error).toMatchObject({ name: 'StoreUnavailableError', reason: 'timeout' });
    expect(save.ms).toBeGreaterThanOrEqual(1400);
    expect(save.ms).toBeLessThan(3000);
    const health = await store.health();
    expect(health.ok).toBe(false);
    redis.resume();
    await untilWorking(() => store!.getProfile(BOB), 3000);
    expect(await store.getProfile(BOB)).toEqual(exampleProfile());
  });

  it('refuses to open, quickly, when nothing listens', async () => {
    const port = await freePort();
    const result = await timed(openStore({ storeUrl: `redis://127.0.0.1:${port}`, profileSecrets: [] }));
    expect(result.error).toMatchObject({ name: 'StoreUnavailableError', operation: 'openStore' });
    expect(result.ms).toBeLessThan(3000);
  });
});
