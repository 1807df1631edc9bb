/**
 * The Store implementation over one Backend. Its jobs beyond plain get/set: a deadline on every
 * operation, turning engine failures into StoreErrors, profile envelopes and migrations,
 * bounded history, and read-modify-write steps that are safe across processes (compare-and-swap
 * with retry, src/store/update-record.ts; within one process they also queue per member).
 */
import { randomUUID } from 'node:crypto';
import type { Profile } from '../core/profile/schema.js';
import type { Backend, CounterState } from './backends/backend.js';
import {
  ENCRYPTED_PREFIX,
  isSealed,
  masterIdOfWrapped,
  memberKeyIdOf,
  newMemberKey,
  seal,
  unseal,
  unwrapMemberKey,
  wrapMemberKey,
  type KeyRing,
  type MemberKey,
} from './crypto.js';
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

/** A member's key record: `key:<userId>` (never exported; destroyed first by deleteUser). */
export const KEY_NAMESPACE = 'key';
export const memberKeyRecord = (userId: string): string => `${KEY_NAMESPACE}:${userId}`;

export interface RepositoryOptions {
  keyRing: KeyRing;
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
      const damaged =
        (e as Error)?.name === 'StoreFileError' ||
        /SQLITE_(?:CORRUPT|NOTADB)|malformed|not a database/.test(
          String((e as { code?: string })?.code ?? (e as Error)?.message),
        );
      throw new StoreUnavailableError(operation, damaged ? 'damaged' : 'failed', {
        cause: e,
        detail: (e as Error)?.message,
      });
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

  const ring = opts.keyRing;

  // ---- member keys ---------------------------------------------------------------------------

  /**
   * Unwrapped member keys, kept for half a minute so a member's reads and writes do not each cost
   * an extra engine round trip (measured: with a one-second cache the 200-member load test lost a
   * third of its throughput on SQLite). Bounded on purpose: a delete on another shard destroys the
   * key, and this process must not seal with it for long; deleteUser evicts it here at once.
   */
  const keyCache = new Map<string, { mk: MemberKey; until: number }>();
  const KEY_CACHE_MS = 30_000;

  /** The member's key, or undefined when they have none (nothing sealed for them yet, or deleted). */
  async function memberKey(userId: string, fresh = false): Promise<MemberKey | undefined> {
    const cached = keyCache.get(userId);
    if (!fresh && cached && cached.until > Date.now()) return cached.mk;
    const key = memberKeyRecord(userId);
    const wrapped = await keyv.get<string>(key);
    const mk = typeof wrapped === 'string' ? unwrapMemberKey(wrapped, ring, key) : undefined;
    if (mk) keyCache.set(userId, { mk, until: Date.now() + KEY_CACHE_MS });
    else keyCache.delete(userId);
    return mk;
  }

  /** The member's key, created (and stored wrapped) when they have none yet. */
  async function ensureMemberKey(userId: string): Promise<MemberKey> {
    const key = memberKeyRecord(userId);
    for (let attempt = 0; attempt < 5; attempt++) {
      const found = await memberKey(userId, attempt > 0);
      if (found) return found;
      const fresh = newMemberKey();
      const raw = (await keyv.serializeData({ value: wrapMemberKey(fresh, ring.current, key) })) as string;
      // Insert only if still absent: two processes creating a key for one member agree on one.
      if (await backend.compareAndSwap(key, undefined, raw)) {
        keyCache.set(userId, { mk: fresh, until: Date.now() + KEY_CACHE_MS });
        return fresh;
      }
    }
    throw new Error('the member key kept changing while it was being created');
  }

  /** A stored value as data: v2 unsealed with the member's key; older (v1, plain) values as they are. */
  function open<T>(stored: unknown, mk: MemberKey | undefined, key: string): T {
    return (isSealed(stored) ? unseal(stored, mk, key) : stored) as T;
  }

  async function read<T>(userId: string, key: string): Promise<T | undefined> {
    const stored = await keyv.get<unknown>(key);
    if (stored === undefined) return undefined;
    if (!isSealed(stored)) return stored as T;
    // The key is needed only for a sealed record (usually cached); sealed with another key than
    // the one known here: look again before calling it unreadable.
    const mk = await memberKey(userId);
    const current = mk && memberKeyIdOf(stored) === mk.id ? mk : await memberKey(userId, true);
    return open<T>(stored, current, key);
  }

  async function write(userId: string, key: string, value: unknown, ttlMs?: number): Promise<void> {
    const mk = await ensureMemberKey(userId);
    await set(key, seal(value, mk, key), ttlMs);
  }

  /**
   * Atomic read-modify-write of one member record (see update-record.ts), within the operation
   * deadline: the stored value is unsealed for `fn` and its result sealed again.
   */
  async function update<T>(
    userId: string,
    key: string,
    fn: (current: T | undefined) => NextValue<T>,
    ttlMs?: number,
  ): Promise<T | undefined> {
    let mk = await ensureMemberKey(userId);
    let after: T | undefined;
    const attempt = () =>
      updateRecord<unknown>(
        backend,
        key,
        (stored) => {
          const current = stored === undefined ? undefined : open<T>(stored, mk, key);
          const next = fn(current);
          after = next === undefined ? current : next === null ? undefined : next;
          return next === undefined || next === null ? next : seal(next, mk, key);
        },
        { giveUpAt: Date.now() + opts.operationTimeoutMs, ...(ttlMs !== undefined ? { ttlMs } : {}) },
      );
    try {
      await attempt();
    } catch (e) {
      // Sealed with another key than the one cached here: fetch the key afresh and try once more.
      if (!(e instanceof StoreCorruptError && e.reason === 'unknown-key')) throw e;
      const fresh = await memberKey(userId, true);
      if (!fresh || fresh.id === mk.id) throw e;
      mk = fresh;
      await attempt();
    }
    return after;
  }

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

  /**
   * Rewrites what is not in the current format: records of older builds (plain JSON, or v1 sealed
   * with the master key) are sealed with their member's key; with `rewrap`, member keys wrapped by
   * an older master key (PROFILE_SECRET_PREVIOUS) are wrapped again with the current one.
   * Compare-and-swap throughout, so a bot writing meanwhile is never overwritten.
   */
  async function rewriteAll(rewrap: boolean): Promise<ReencryptReport> {
    const report: ReencryptReport = { scanned: 0, rewritten: 0, alreadyCurrent: 0, failed: [] };
    const each = async (
      key: string,
      userId: string,
      step: (raw: string) => Promise<string | undefined | 'current'>,
    ) => {
      report.scanned++;
      try {
        await forUser(userId, 'reencryptAll', async () => {
          for (let attempt = 0; attempt < 5; attempt++) {
            const raw = await backend.rawGet(key);
            if (raw === undefined) return;
            const next = await step(raw);
            if (next === 'current') {
              report.alreadyCurrent++;
              return;
            }
            if (next === undefined) return;
            const data = await keyv.deserializeData(raw);
            const ttl = typeof data?.expires === 'number' ? data.expires - Date.now() : undefined;
            if (ttl !== undefined && ttl <= 0) return; // expired
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
    };
    if (rewrap) {
      for (const key of await run('reencryptAll', () => backend.listKeys(`${KEY_NAMESPACE}:`))) {
        const userId = key.slice(KEY_NAMESPACE.length + 1);
        await each(key, userId, async (raw) => {
          const wrapped = (await keyv.deserializeData<string>(raw))?.value;
          if (typeof wrapped !== 'string') throw new StoreCorruptError('unreadable');
          if (masterIdOfWrapped(wrapped) === ring.current.id) return 'current';
          const mk = unwrapMemberKey(wrapped, ring, key);
          return (await keyv.serializeData({ value: wrapMemberKey(mk, ring.current, key) })) as string;
        });
      }
    }
    for (const ns of NAMESPACES) {
      for (const key of await run('reencryptAll', () => backend.listKeys(`${ns}:`))) {
        const userId = key.slice(ns.length + 1);
        await each(key, userId, async (raw) => {
          const data = await keyv.deserializeData(raw); // v1 decrypts with whichever key wrote it
          if (!data) return undefined;
          if (isSealed(data.value) && !raw.startsWith(ENCRYPTED_PREFIX)) return 'current';
          const mk = await ensureMemberKey(userId);
          const value = isSealed(data.value) ? unseal(data.value, mk, key) : data.value;
          return (await keyv.serializeData({ value: seal(value, mk, key), expires: data.expires })) as string;
        });
      }
    }
    return report;
  }

  const store: Store<TSession, THistory, TMeta> = {
    backend: backend.kind,
    encrypted: true,

    async getProfile(userId) {
      assertUserId(userId);
      const stored = await run('getProfile', () => read<unknown>(userId, recordKey('profile', userId)));
      return stored === undefined ? undefined : toProfile(stored, 'getProfile').profile;
    },

    saveProfile(userId, profile: Profile) {
      return forUser(userId, 'saveProfile', () => write(userId, recordKey('profile', userId), wrapProfile(profile)));
    },

    async updateProfile(userId, fn) {
      let after: Profile | undefined;
      await forUser(userId, 'updateProfile', () =>
        update<unknown>(userId, recordKey('profile', userId), (stored) => {
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
      return run('getSession', () => read<TSession>(userId, recordKey('session', userId)));
    },

    async saveSession(userId, session, ttlMs = opts.sessionTtlMs) {
      if (!Number.isInteger(ttlMs) || ttlMs <= 0)
        throw new TypeError('store: session ttlMs must be a positive integer');
      return forUser(userId, 'saveSession', () => write(userId, recordKey('session', userId), session, ttlMs));
    },

    async updateSession(userId, fn, ttlMs = opts.sessionTtlMs) {
      if (!Number.isInteger(ttlMs) || ttlMs <= 0)
        throw new TypeError('store: session ttlMs must be a positive integer');
      return forUser(userId, 'updateSession', () => update<TSession>(userId, recordKey('session', userId), fn, ttlMs));
    },

    deleteSession(userId) {
      return forUser(userId, 'deleteSession', () => keyv.delete(recordKey('session', userId)));
    },

    appendHistory(userId, entry) {
      return forUser(userId, 'appendHistory', async () => {
        const list = await update<THistory[]>(userId, recordKey('history', userId), (current) =>
          [...(current ?? []), entry].slice(-opts.historyLimit),
        );
        return list?.length ?? 0;
      });
    },

    async listHistory(userId) {
      assertUserId(userId);
      return (await run('listHistory', () => read<THistory[]>(userId, recordKey('history', userId)))) ?? [];
    },

    async getMeta(userId, key) {
      assertUserId(userId);
      const meta = await run('getMeta', () => read<Partial<TMeta>>(userId, recordKey('meta', userId)));
      return meta?.[key];
    },

    saveMeta(userId, key, value) {
      return forUser(userId, 'saveMeta', async () => {
        // Merges one key, so two processes saving different keys for one member keep both.
        await update<MetaRecord>(userId, recordKey('meta', userId), (current) => {
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
        update<MetaRecord>(userId, recordKey('meta', userId), (stored) => {
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

    async deleteUser(userId): Promise<DeleteReport> {
      const report = await forUser(userId, 'deleteUser', async () => {
        // The member's key goes first: from this moment every copy of their records, wherever it
        // lingers (an append-only file, a WAL, a backup), can no longer be decrypted.
        keyCache.delete(userId);
        const hadKey = (await backend.rawGet(memberKeyRecord(userId))) !== undefined;
        if (hadKey) await keyv.delete(memberKeyRecord(userId));
        const keys = await userKeys(userId);
        for (const key of keys) await keyv.delete(key);
        const left = [...(await userKeys(userId)), ...((await backend.rawGet(memberKeyRecord(userId))) ? ['key'] : [])];
        if (left.length > 0) throw new Error(`${left.length} record(s) still present after delete`);
        return { removed: keys.length };
      });
      // Then the engine drops its own old copies: Redis rewrites its append-only file, SQLite
      // rebuilds its file from live rows and checkpoints its WAL.
      keyCache.delete(userId);
      await backend.compact();
      return report;
    },

    async exportUser(userId) {
      assertUserId(userId);
      return run('exportUser', async (): Promise<UserExport<TSession, THistory, TMeta>> => {
        const storedProfile = await read<unknown>(userId, recordKey('profile', userId));
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
          session: (await read<TSession>(userId, recordKey('session', userId))) ?? null,
          history: (await read<THistory[]>(userId, recordKey('history', userId))) ?? [],
          meta: (await read<Partial<TMeta>>(userId, recordKey('meta', userId))) ?? {},
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

    // Shared records hold no member data (counts and keyed hashes), so they are not sealed with
    // a member key; the store's own encryption at rest still applies.
    async getShared<T>(key: string): Promise<T | undefined> {
      const k = sharedRecordKey(key);
      return run('getShared', () => keyv.get<T>(k));
    },

    async updateShared<T>(key: string, fn: (current: T | undefined) => T | null | undefined, ttlMs: number) {
      const k = sharedRecordKey(key);
      if (!Number.isInteger(ttlMs) || ttlMs <= 0) throw new TypeError('store: shared ttlMs must be a positive integer');
      return locks.run(k, () =>
        run('updateShared', () =>
          updateRecord<T>(backend, k, fn, { giveUpAt: Date.now() + opts.operationTimeoutMs, ttlMs }),
        ),
      );
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

    // A server's settings are not member data: stored as they are, never sealed with a member's key.
    async getGuildRecord(guildId) {
      const key = guildRecordKey(guildId);
      return run('getGuildRecord', () => keyv.get<unknown>(key));
    },

    async updateGuildRecord(guildId, fn) {
      const key = guildRecordKey(guildId);
      let after: unknown;
      await locks.run(key, () =>
        run('updateGuildRecord', () =>
          updateRecord<unknown>(
            backend,
            key,
            (current) => {
              const next = fn(current);
              after = next === null ? undefined : (next ?? current);
              return next as NextValue<unknown>;
            },
            { giveUpAt: Date.now() + opts.operationTimeoutMs },
          ),
        ),
      );
      return after;
    },

    async health(): Promise<StoreHealth> {
      const started = performance.now();
      const base = { backend: backend.kind, encrypted: true };
      try {
        await run('health', () => backend.ping());
        return { ok: true, ...base, latencyMs: Math.round(performance.now() - started) };
      } catch (e) {
        const cause = e instanceof StoreError && e.cause instanceof Error ? e.cause.message : (e as Error).message;
        return { ok: false, ...base, latencyMs: Math.round(performance.now() - started), error: cause };
      }
    },

    reencryptAll(): Promise<ReencryptReport> {
      return rewriteAll(true);
    },

    migrateRecords(): Promise<ReencryptReport> {
      return rewriteAll(false);
    },

    async close() {
      await backend.close();
    },
  };
  return store;
}
