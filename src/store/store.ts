/**
 * The store as the bot and the console see it: a small repository keyed by Discord user id (a
 * profile follows the member across servers and DMs), not raw Keyv. Open one with openStore()
 * (src/store/open.ts).
 *
 * Every method either does what it says or rejects with a StoreError (src/store/errors.ts):
 * StoreUnavailableError when the engine is down or slow (nothing was saved), StoreCorruptError
 * when a stored value cannot be read back (tampered, unknown key, invalid profile).
 */
import type { Profile } from '../core/profile/schema.js';
import type { BackendKind, CounterState } from './backends/backend.js';

export type { BackendKind, CounterState } from './backends/backend.js';

/** Key layout (same on SQLite and Redis): `<namespace>:<userId>`; counters `counter:<key>`. */
export const NAMESPACES = ['profile', 'session', 'history', 'meta'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const COUNTER_NAMESPACE = 'counter';

export const STORE_DEFAULTS = {
  /** Past mock-session summaries kept per member; older ones drop off. */
  historyLimit: 20,
  /** A mock session nobody touches for a day is abandoned. */
  sessionTtlMs: 24 * 60 * 60 * 1000,
  /** Every operation settles within this, even when Redis hangs (< Discord's 3 s reply window). */
  operationTimeoutMs: 2000,
  /** One connection attempt (Redis) or lock wait (SQLite busy timeout). */
  connectTimeoutMs: 1000,
} as const;

/** Per-user meta values: setup progress, consent flags, … (JSON-serialisable). */
export type MetaRecord = Record<string, unknown>;

export type ExportedProfile =
  | { valid: true; storedVersion: number; data: Profile }
  /** Stored but no longer valid: the raw stored data, and what is wrong with it. */
  | { valid: false; storedVersion: number; data: unknown; problems: string[] };

/** Everything stored about one member (for /profile export). */
export interface UserExport<TSession = unknown, THistory = unknown, TMeta extends MetaRecord = MetaRecord> {
  userId: string;
  exportedAt: string;
  profile: ExportedProfile | null;
  session: TSession | null;
  history: THistory[];
  meta: Partial<TMeta>;
  /** Live counters whose key starts with `<userId>:` (cooldowns, quotas), by counter name. */
  counters: Record<string, number>;
}

export interface DeleteReport {
  /** Stored records that existed and were removed (0 when there was nothing). */
  removed: number;
}

export interface StoreHealth {
  ok: boolean;
  backend: BackendKind;
  encrypted: boolean;
  latencyMs: number;
  /** Why it is not ok (an engine error message; never stored data). */
  error?: string;
}

export interface ReencryptReport {
  scanned: number;
  rewritten: number;
  alreadyCurrent: number;
  /** Records that could not be read (wrong key, tampered); left untouched. */
  failed: Array<{ key: string; reason: string }>;
}

/**
 * Values are JSON: sessions, history entries and meta values must survive JSON.stringify. The type
 * parameters are the caller's shapes, trusted on read — validate them if they change between
 * deployments.
 */
export interface Store<TSession = unknown, THistory = unknown, TMeta extends MetaRecord = MetaRecord> {
  readonly backend: BackendKind;
  /** Always true since format v2: with no PROFILE_SECRET the key comes from the key file. */
  readonly encrypted: boolean;

  /** Undefined when none is stored. Older stored shapes are migrated (src/store/migrations.ts). */
  getProfile(userId: string): Promise<Profile | undefined>;
  saveProfile(userId: string, profile: Profile): Promise<void>;
  /**
   * Read-modify-write of the profile (an edit of some fields), safe against a concurrent write from
   * another process: `fn` gets the stored profile (migrated; undefined when none) and returns the
   * next one, or undefined to leave it unchanged. Same retry rules as updateSession.
   */
  updateProfile(
    userId: string,
    fn: (current: Profile | undefined) => Profile | undefined,
  ): Promise<Profile | undefined>;

  getSession(userId: string): Promise<TSession | undefined>;
  /** Replaces the member's mock session; it expires after ttlMs (default 24 h). */
  saveSession(userId: string, session: TSession, ttlMs?: number): Promise<void>;
  /**
   * Read-modify-write of the member's session, safe against a concurrent update from another
   * process or shard (compare-and-swap with retry): `fn` gets the stored session (undefined when
   * none) and returns the next one, `null` to delete it, or `undefined` to leave it unchanged.
   * After a conflict `fn` runs again on the newer session, so keep it fast, synchronous and free
   * of side effects (do slow work such as model calls before). Resolves with the session as
   * stored afterwards; a saved session expires after ttlMs (default 24 h).
   */
  updateSession(
    userId: string,
    fn: (current: TSession | undefined) => TSession | null | undefined,
    ttlMs?: number,
  ): Promise<TSession | undefined>;
  /** True when there was a session. */
  deleteSession(userId: string): Promise<boolean>;

  /**
   * Adds an entry and keeps the newest `historyLimit`; returns how many are kept. Atomic across
   * processes: concurrent appends from several shards all land.
   */
  appendHistory(userId: string, entry: THistory): Promise<number>;
  /** Oldest first. */
  listHistory(userId: string): Promise<THistory[]>;

  getMeta<K extends keyof TMeta & string>(userId: string, key: K): Promise<TMeta[K] | undefined>;
  /** `undefined` removes the key. Merges one key atomically, even against other processes. */
  saveMeta<K extends keyof TMeta & string>(userId: string, key: K, value: TMeta[K] | undefined): Promise<void>;
  /**
   * Read-modify-write of one meta value (a log to append to, a progress record), safe against
   * other processes: `fn` gets the stored value and returns the next one, `null` to remove the key,
   * or `undefined` to leave it. Same retry rules as updateSession. Resolves with the value after.
   */
  updateMeta<K extends keyof TMeta & string>(
    userId: string,
    key: K,
    fn: (current: TMeta[K] | undefined) => TMeta[K] | null | undefined,
  ): Promise<TMeta[K] | undefined>;

  /** Removes profile, session, history, meta and the member's counters, then checks none remain. */
  deleteUser(userId: string): Promise<DeleteReport>;
  exportUser(userId: string): Promise<UserExport<TSession, THistory, TMeta>>;

  /**
   * Atomic counter with a window: the first increment starts a ttlMs window, later ones add to
   * it until it expires. Keys for a member must start with `<userId>:` (use counterKey) so
   * deleteUser and exportUser find them.
   */
  incrementCounter(key: string, ttlMs: number): Promise<CounterState>;

  /**
   * A slot of a cross-process semaphore: at most `max` live leases per `name` over every process
   * and shard using this store. Null when all are taken. A lease expires after ttlMs, so a crashed
   * process never holds a slot for ever. Leases hold no member data: they are kept apart from
   * member records and never appear in exportUser or deleteUser. Names: see assertLeaseName.
   */
  acquireLease(name: string, max: number, ttlMs: number): Promise<Lease | null>;
  /** Frees the slot now (a no-op when it already expired or was released). */
  releaseLease(name: string, token: string): Promise<void>;

  /**
   * Records that belong to no member (per-server aggregates such as /ask question counts), keyed
   * `shared:<key>`. Never part of a member's export or deletion, and they hold no member ids.
   * Undefined when absent or expired.
   */
  getShared<T>(key: string): Promise<T | undefined>;
  /**
   * Read-modify-write of a shared record, safe against other processes (same rules as
   * updateSession); the written value expires after ttlMs. Resolves with the value after.
   */
  updateShared<T>(
    key: string,
    fn: (current: T | undefined) => T | null | undefined,
    ttlMs: number,
  ): Promise<T | undefined>;

  /**
   * A server's settings (chosen by its admins), kept apart from member records: never in a
   * member's export or delete. The caller owns the shape; `updateGuildRecord` is a read-modify-write
   * safe across processes (`undefined` leaves it, `null` removes it) and resolves with the value after.
   */
  getGuildRecord(guildId: string): Promise<unknown>;
  updateGuildRecord(guildId: string, fn: (current: unknown) => unknown): Promise<unknown>;

  /** Never rejects. */
  health(): Promise<StoreHealth>;
  /**
   * Admin: wrap every member key with the current master key and bring every record to the
   * current format (see docs/store.md, key rotation).
   */
  reencryptAll(): Promise<ReencryptReport>;
  /** Seal records an older build left in plain JSON or in the v1 format (openStore runs it). */
  migrateRecords(): Promise<ReencryptReport>;
  close(): Promise<void>;
}

/** One granted lease; give the token back to releaseLease. */
export interface Lease {
  token: string;
}

/** Discord snowflakes, or a short console id; no `:` so ids cannot reach into other keys. */
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;
const COUNTER_KEY = /^[A-Za-z0-9_.:-]{1,200}$/;

export function assertUserId(userId: string): void {
  if (!USER_ID.test(userId)) throw new TypeError('store: user id must be 1-64 letters, digits, "_" or "-"');
}

/** Lease names are global (not per member), e.g. `llm`; no `:` so they cannot look like a member key. */
const LEASE_NAME = /^[A-Za-z0-9_.-]{1,100}$/;
const LEASE_TOKEN = /^[A-Za-z0-9_-]{1,100}$/;

export function assertLeaseName(name: string): void {
  if (!LEASE_NAME.test(name)) throw new TypeError('store: lease name must be 1-100 of A-Z a-z 0-9 _ . -');
}

export function assertLeaseToken(token: string): void {
  if (!LEASE_TOKEN.test(token)) throw new TypeError('store: lease token must be 1-100 of A-Z a-z 0-9 _ -');
}

export function assertCounterKey(key: string): void {
  if (!COUNTER_KEY.test(key)) throw new TypeError('store: counter key must be 1-200 of A-Z a-z 0-9 _ . : -');
}

/** The counter key for one member's counter, e.g. counterKey(id, 'ask') → `<id>:ask`. */
export function counterKey(userId: string, name: string): string {
  assertUserId(userId);
  const key = `${userId}:${name}`;
  assertCounterKey(key);
  return key;
}

export const recordKey = (ns: Namespace, userId: string): string => `${ns}:${userId}`;
/** Records that belong to no member (see Store.getShared). */
export const SHARED_NAMESPACE = 'shared';
const SHARED_KEY = /^[A-Za-z0-9_.:-]{1,200}$/;
export function sharedRecordKey(key: string): string {
  if (!SHARED_KEY.test(key)) throw new TypeError('store: shared key must be 1-200 of A-Z a-z 0-9 _ . : -');
  return `${SHARED_NAMESPACE}:${key}`;
}
/** A server's settings (`guild:<id>`), not a member's record. */
export const GUILD_NAMESPACE = 'guild';
export function guildRecordKey(guildId: string): string {
  if (!/^\d{1,25}$/.test(guildId)) throw new TypeError('store: guild id must be a Discord id (digits)');
  return `${GUILD_NAMESPACE}:${guildId}`;
}
export const counterRecordKey = (key: string): string => `${COUNTER_NAMESPACE}:${key}`;
/** Redis key of a lease set (`lease:<name>`); SQLite keeps leases in their own table. */
export const LEASE_NAMESPACE = 'lease';
export const leaseRecordKey = (name: string): string => `${LEASE_NAMESPACE}:${name}`;
