/**
 * The two engines every store test runs against, with a side door for looking at (and damaging)
 * what is really stored: SQLite through a second connection to the same file, Redis through a
 * second client.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { openStore, type OpenStoreOptions } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { inspectRedis, redisAvailable, startRedis, type RedisServer } from '../helpers/redis.js';

export const TODAY = '2026-06-01';
export const ALICE = '111111111111111111';
export const BOB = '222222222222222222';
export const SECRET_A = 'secret-A-0123456789abcdef';
export const SECRET_B = 'secret-B-fedcba9876543210';

export function exampleProfile(): Profile {
  return JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Profile;
}

export interface RawEntry {
  key: string;
  value: string;
}

export interface BackendFixture {
  readonly name: 'sqlite' | 'redis';
  /** STORE_URL of the current test's (empty at start) store. */
  storeUrl(): string;
  /** Every record in the engine, as stored. */
  rawEntries(): Promise<RawEntry[]>;
  setRaw(key: string, value: string): Promise<void>;
  setup(): Promise<void>;
  /** A fresh, empty store for the next test. */
  reset(): Promise<void>;
  teardown(): Promise<void>;
}

export function sqliteFixture(): BackendFixture {
  let dir = '';
  let n = 0;
  const file = () => join(dir, `store-${n}.sqlite`);
  async function withDb<T>(fn: (db: KeyvSqlite) => Promise<T>): Promise<T> {
    const db = new KeyvSqlite({ uri: `sqlite://${file()}`, busyTimeout: 2000 });
    try {
      return await fn(db);
    } finally {
      await db.disconnect();
    }
  }
  return {
    name: 'sqlite',
    storeUrl: () => `sqlite://${file()}`,
    rawEntries: () => withDb(async (db) => (await db.query('SELECT key, value FROM keyv ORDER BY key')) as RawEntry[]),
    setRaw: (key, value) =>
      withDb(async (db) => {
        await db.query(
          'INSERT INTO keyv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
          key,
          value,
        );
      }),
    async setup() {
      dir = mkdtempSync(join(tmpdir(), 'advisor-store-'));
    },
    async reset() {
      n++;
    },
    async teardown() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function redisFixture(): BackendFixture {
  let server: RedisServer | undefined;
  const url = () => {
    if (!server) throw new Error('redis fixture: setup() did not run');
    return server.url;
  };
  return {
    name: 'redis',
    storeUrl: url,
    rawEntries: () =>
      inspectRedis(url(), async (c) => {
        const keys = (await c.keys('*')).sort();
        return Promise.all(keys.map(async (key) => ({ key, value: (await c.get(key)) ?? '' })));
      }),
    setRaw: (key, value) =>
      inspectRedis(url(), async (c) => {
        await c.set(key, value);
      }),
    async setup() {
      server = await startRedis();
    },
    reset: () =>
      inspectRedis(url(), async (c) => {
        await c.flushAll();
      }),
    async teardown() {
      await server?.stop();
    },
  };
}

export const BACKENDS: Array<[string, () => BackendFixture]> = [
  ['sqlite', sqliteFixture],
  ['redis', redisFixture],
];

/**
 * Wires a fixture into the current describe block and returns an opener whose stores are closed
 * after each test.
 */
export function useBackend(make: () => BackendFixture) {
  const fx = make();
  const open: Store[] = [];
  if (fx.name === 'redis' && !redisAvailable()) {
    // No redis-server for this run (the run printed why): these tests show as skipped, not passed.
    beforeEach((ctx) => ctx.skip());
    return {
      fx,
      keyFile: '',
      openStore: (_secrets: string[] = [], _opts: OpenStoreOptions = {}): Promise<Store> =>
        Promise.reject(new Error('redis-server is not available')),
    };
  }
  // A failed setup (say, redis-server missing) fails every test with its message, so nothing
  // passes for "skipped".
  let setupError: unknown;
  beforeAll(() => fx.setup().catch((e: unknown) => void (setupError = e)));
  afterAll(() => fx.teardown());
  beforeEach(async () => {
    if (setupError) throw setupError;
    await fx.reset();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close().catch(() => {})));
  });
  // Without a secret the store makes its key file: one per describe block, in a temp folder.
  const keyDir = mkdtempSync(join(tmpdir(), 'advisor-keys-'));
  afterAll(() => rmSync(keyDir, { recursive: true, force: true }));
  return {
    fx,
    keyFile: join(keyDir, 'profile.key'),
    async openStore(secrets: string[] = [], opts: OpenStoreOptions = {}): Promise<Store> {
      const store = await openStore(
        { storeUrl: fx.storeUrl(), profileSecrets: secrets, profileKeyFile: join(keyDir, 'profile.key') },
        { today: () => TODAY, ...opts },
      );
      open.push(store);
      return store;
    },
  };
}
