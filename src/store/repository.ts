/**
 * The Store implementation over one Backend. Its jobs beyond plain get/set: a deadline on every
 * operation, turning engine failures into StoreErrors, profile envelopes and migrations,
 * bounded history, and read-modify-write steps that are safe across processes (compare-and-swap
 * with retry, src/store/update-record.ts; within one process they also queue per member).
 */
import { randomUUID } from 'node:crypto';
import type { Profile } from '../core/profile/schema.js';
import type { Backend, CounterState } from './backends/backend.js';
import { keyIdOfStored, type KeyRing } from './crypto.js';
import { StoreCorruptError, StoreError, StoreUnavailableError } from './errors.js';
import { KeyedLock } from './keyed-lock.js';
import { updateRecord, type NextValue } from './update-record.js';
import {
  migrateProfile,
  PROFILE_STORE_VERSION,
  readEnvelope,
  wrapProfile,
  type MigratedProfile,
} from './migrations.js';
import {
  assertCounterKey,
  assertLeaseName,
  assertLeaseToken,
  assertUserId,
  counterRecordKey,
  guildRecordKey,
  leaseRecordKey,
  NAMESPACES,
  recordKey,
  sharedRecordKey,
  type DeleteReport,
  type ExportedProfile,
  type MetaRecord,
  type ReencryptReport,
  type Store,
  type StoreHealth,
  type UserExport,
} from './store.js';

export interface RepositoryOptions {
  keyRing: KeyRing | undefined;
  operationTimeoutMs: number;
  sessionTtlMs: number;
  historyLimit: number;
  /** Today for the profile parser's date checks. */
  today: () => string;
}

export function createRepository<TSession, THistory, TMeta extends MetaRecord>(
  backend: Backend,
  opts: RepositoryOptions,
): Store<TSession, THistory, TMeta> {
  const { keyv } = backend;
  const locks = new KeyedLock();

  /** Deadline + error translation. StoreErrors pass through (renamed to this operation). */
  async function run<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreUnavailableError(operation, 'timeout')), opts.operationTimeoutMs);
    });
    try {
      return await Promise.race([fn(), deadline]);
    } catch (e) {
      if (e instanceof StoreCorruptError && e.operation !== operation) {
        throw new StoreCorruptError(e.reason, operation, e.problems);
      }
      if (e instanceof StoreError) throw e;
      throw new StoreUnavailableError(operation, 'failed', { cause: e });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Writes for one member run one at a time, each under its own deadline. */
  async function forUser<T>(userId: string, operation: string, fn: () => Promise<T>): Promise<T> {
    assertUserId(userId);
    return locks.run(userId, () => run(operation, fn));
  }

  async function set(key: string, value: unknown, ttlMs?: number): Promise<void> {
    const saved = await keyv.set(key, value, ttlMs);
    if (saved === false) throw new Error('the engine did not confirm the write');
  }

  const get = <T>(key: string): Promise<T | undefined> => keyv.get<T>(key);

  /** Atomic read-modify-write of one record (see update-record.ts), within the operation deadline. */
  const update = <T>(key: string, fn: (current: T | undefined) => NextValue<T>, ttlMs?: number) =>
    updateRecord<T>(backend, key, fn, {
      giveUpAt: Date.now() + opts.operationTimeoutMs,
      ...(ttlMs !== undefined ? { ttlMs } : {}),
    });

  function toProfile(stored: unknown, operation: string): MigratedProfile {
    const envelope = readEnvelope(stored);
    if (envelope.ok && envelope.value.v > PROFILE_STORE_VERSION) {
      throw new StoreCorruptError('newer-version', operation);
    }
    const migrated = migrateProfile(stored, opts.today());
    if (!migrated.ok) throw new StoreCorruptError('invalid-profile', operation, migrated.error);
    return migrated.value;
  }

  function exportedProfile(stored: unknown): ExportedProfile {
    const envelope = readEnvelope(stored);
    const storedVersion = envelope.ok ? envelope.value.v : 0;
    const migrated = migrateProfile(stored, opts.today());
    if (migrated.ok) return { valid: true, storedVersion, data: migrated.value.profile };
    return { valid: false, storedVersion, data: envelope.ok ? envelope.value.data : stored, problems: migrated.error };
  }

  const counterPrefix = (userId: string) => counterRecordKey(`${userId}:`);

  /** Every stored key that belongs to the member. */
  async function userKeys(userId: string): Promise<string[]> {
    const keys: string[] = [];
    for (const ns of NAMESPACES) {
      const key = recordKey(ns, userId);
      if ((await backend.rawGet(key)) !== undefined) keys.push(key);
    }
    return [...keys, ...(await backend.listKeys(counterPrefix(userId)))];
  }

  const store: Store<TSession, THistory, TMeta> = {
    backend: backend.kind,
    encrypted: opts.keyRing !== undefined,

    async getProfile(userId) {
      assertUserId(userId);
      const stored = await run('getProfile', () => get<unknown>(recordKey('profile', userId)));
      return stored === undefined ? undefined : toProfile(stored, 'getProfile').profile;
    },

    saveProfile(userId, profile: Profile) {
      return forUser(userId, 'saveProfile', () => set(recordKey('profile', userId), wrapProfile(profile)));
    },

    async updateProfile(userId, fn) {
      let after: Profile | undefined;
      await forUser(userId, 'updateProfile', () =>
        update<unknown>(recordKey('profile', userId), (stored) => {
          const current = stored === undefined ? undefined : toProfile(stored, 'updateProfile').profile;
          const next = fn(current);
          after = next ?? current;
          return next === undefined ? undefined : wrapProfile(next);
        }),
      );
      return after;
    },

    getSession(userId) {
      assertUserId(userId);
      return run('getSession', () => get<TSession>(recordKey('session', userId)));
    },

    async saveSession(userId, session, ttlMs = opts.sessionTtlMs) {
      if (!Number.isInteger(ttlMs) || ttlMs <= 0)
        throw new TypeError('store: session ttlMs must be a positive integer');
      return forUser(userId, 'saveSession', () => set(recordKey('session', userId), session, ttlMs));
    },

    async updateSession(userId, fn, ttlMs = opts.sessionTtlMs) {
      if (!Number.isInteger(ttlMs) || ttlMs <= 0)
        throw new TypeError('store: session ttlMs must be a positive integer');
      return forUser(userId, 'updateSession', () => update<TSession>(recordKey('session', userId), fn, ttlMs));
    },

    deleteSession(userId) {
      return forUser(userId, 'deleteSession', () => keyv.delete(recordKey('session', userId)));
    },

    appendHistory(userId, entry) {
      return forUser(userId, 'appendHistory', async () => {
        const list = await update<THistory[]>(recordKey('history', userId), (current) =>
          [...(current ?? []), entry].slice(-opts.historyLimit),
        );
        return list?.length ?? 0;
      });
    },

    async listHistory(userId) {
      assertUserId(userId);
      return (await run('listHistory', () => get<THistory[]>(recordKey('history', userId)))) ?? [];
    },

    async getMeta(userId, key) {
      assertUserId(userId);
      const meta = await run('getMeta', () => get<Partial<TMeta>>(recordKey('meta', userId)));
      return meta?.[key];
    },

    saveMeta(userId, key, value) {
      return forUser(userId, 'saveMeta', async () => {
        // Merges one key, so two processes saving different keys for one member keep both.
        await update<MetaRecord>(recordKey('meta', userId), (current) => {
          const meta: MetaRecord = { ...(current ?? {}) };
          if (value === undefined) delete meta[key];
          else meta[key] = value;
          return Object.keys(meta).length === 0 ? null : meta;
        });
      });
    },

    async updateMeta(userId, key, fn) {
      let after: TMeta[typeof key] | undefined;
      await forUser(userId, 'updateMeta', () =>
        update<MetaRecord>(recordKey('meta', userId), (stored) => {
          const current = stored?.[key] as TMeta[typeof key] | undefined;
          const next = fn(current);
          after = next === null ? undefined : (next ?? current);
          if (next === undefined) return undefined;
          const meta: MetaRecord = { ...(stored ?? {}) };
          if (next === null) delete meta[key];
          else meta[key] = next;
          return Object.keys(meta).length === 0 ? null : meta;
        }),
      );
      return after;
    },

    deleteUser(userId): Promise<DeleteReport> {
      return forUser(userId, 'deleteUser', async () => {
        const keys = await userKeys(userId);
        for (const key of keys) await keyv.delete(key);
        const left = await userKeys(userId);
        if (left.length > 0) throw new Error(`${left.length} record(s) still present after delete`);
        return { removed: keys.length };
      });
    },

    async exportUser(userId) {
      assertUserId(userId);
      return run('exportUser', async (): Promise<UserExport<TSession, THistory, TMeta>> => {
        const storedProfile = await get<unknown>(recordKey('profile', userId));
        const counters: Record<string, number> = {};
        const prefix = counterPrefix(userId);
        for (const key of await backend.listKeys(prefix)) {
          const count = await backend.readCounter(key);
          if (count !== undefined) counters[key.slice(prefix.length)] = count;
        }
        return {
          userId,
          exportedAt: new Date().toISOString(),
          profile: storedProfile === undefined ? null : exportedProfile(storedProfile),
          session: (await get<TSession>(recordKey('session', userId))) ?? null,
          history: (await get<THistory[]>(recordKey('history', userId))) ?? [],
          meta: (await get<Partial<TMeta>>(recordKey('meta', userId))) ?? {},
          counters,
        };
      });
    },

    async incrementCounter(key, ttlMs): Promise<CounterState> {
      assertCounterKey(key);
      if (!Number.isInteger(ttlMs) || ttlMs <= 0)
        throw new TypeError('store: counter ttlMs must be a positive integer');
      return run('incrementCounter', () => backend.increment(counterRecordKey(key), ttlMs));
    },

    async getShared<T>(key: string): Promise<T | undefined> {
      const k = sharedRecordKey(key);
      return run('getShared', () => get<T>(k));
    },

    async updateShared<T>(key: string, fn: (current: T | undefined) => T | null | undefined, ttlMs: number) {
      const k = sharedRecordKey(key);
      if (!Number.isInteger(ttlMs) || ttlMs <= 0) throw new TypeError('store: shared ttlMs must be a positive integer');
      return locks.run(k, () => run('updateShared', () => update<T>(k, fn, ttlMs)));
    },

    async acquireLease(name, max, ttlMs) {
      assertLeaseName(name);
      if (!Number.isInteger(max) || max <= 0) throw new TypeError('store: lease max must be a positive integer');
      if (!Number.isInteger(ttlMs) || ttlMs <= 0) throw new TypeError('store: lease ttlMs must be a positive integer');
      const key = leaseRecordKey(name);
      const token = randomUUID();
      const attempt = backend.acquireLease(key, token, max, ttlMs);
      try {
        return (await run('acquireLease', () => attempt)) ? { token } : null;
      } catch (e) {
        // Timed out here, but the engine may still grant it: give that slot back when it does
        // (otherwise it would stay taken until its ttl).
        attempt.then((granted) => (granted ? backend.releaseLease(key, token) : undefined)).catch(() => {});
        throw e;
      }
    },

    async releaseLease(name, token) {
      assertLeaseName(name);
      assertLeaseToken(token);
      await run('releaseLease', () => backend.releaseLease(leaseRecordKey(name), token));
    },

    async getGuildRecord(guildId) {
      const key = guildRecordKey(guildId);
      return run('getGuildRecord', () => get<unknown>(key));
    },

    async updateGuildRecord(guildId, fn) {
      const key = guildRecordKey(guildId);
      let after: unknown;
      await locks.run(key, () =>
        run('updateGuildRecord', () =>
          update<unknown>(key, (current) => {
            const next = fn(current);
            after = next === null ? undefined : (next ?? current);
            return next as NextValue<unknown>;
          }),
        ),
      );
      return after;
    },

    async health(): Promise<StoreHealth> {
      const started = performance.now();
      const base = { backend: backend.kind, encrypted: opts.keyRing !== undefined };
      try {
        await run('health', () => backend.ping());
        return { ok: true, ...base, latencyMs: Math.round(performance.now() - started) };
      } catch (e) {
        const cause = e instanceof StoreError && e.cause instanceof Error ? e.cause.message : (e as Error).message;
        return { ok: false, ...base, latencyMs: Math.round(performance.now() - started), error: cause };
      }
    },

    async reencryptAll(): Promise<ReencryptReport> {
      const ring = opts.keyRing;
      if (!ring) throw new Error('store: no PROFILE_SECRET is configured, so there is no key to re-encrypt with');
      const report: ReencryptReport = { scanned: 0, rewritten: 0, alreadyCurrent: 0, failed: [] };
      for (const ns of NAMESPACES) {
        const keys = await run('reencryptAll', () => backend.listKeys(`${ns}:`));
        for (const key of keys) {
          report.scanned++;
          const userId = key.slice(ns.length + 1);
          try {
            await forUser(userId, 'reencryptAll', async () => {
              // Compare-and-swap, so a bot writing the same record meanwhile (its write already
              // uses the current key) is never overwritten with the older contents.
              for (let attempt = 0; attempt < 5; attempt++) {
                const raw = await backend.rawGet(key);
                if (raw === undefined) return;
                if (keyIdOfStored(raw) === ring.current.id) {
                  report.alreadyCurrent++;
                  return;
                }
                const data = await keyv.deserializeData(raw); // decrypts with whichever key wrote it
                if (data === undefined) return;
                const ttl = typeof data.expires === 'number' ? data.expires - Date.now() : undefined;
                if (ttl !== undefined && ttl <= 0) return; // expired
                const next = (await keyv.serializeData({ value: data.value, expires: data.expires })) as string;
                if (await backend.compareAndSwap(key, raw, next, ttl)) {
                  report.rewritten++;
                  return;
                }
              }
              throw new Error('the record kept changing while it was being rewritten');
            });
          } catch (e) {
            if (e instanceof StoreCorruptError) report.failed.push({ key, reason: e.reason });
            else if (e instanceof TypeError) report.failed.push({ key, reason: 'not a key this store writes' });
            else throw e;
          }
        }
      }
      return report;
    },

    async close() {
      await backend.close();
    },
  };
  return store;
}
