/**
 * What the repository needs from a storage engine. Both engines use the same key layout:
 * `<namespace>:<id>` (`profile:123456789012345678`, `counter:123…:ask`), one Keyv instance per
 * store with Keyv's own prefixing turned off, so the keys in SQLite and Redis look alike and
 * @keyv/redis never doubles the prefix.
 */
import type Keyv from 'keyv';

export type BackendKind = 'sqlite' | 'redis';

export interface CounterState {
  count: number;
  /** Epoch milliseconds when the counter disappears. */
  expiresAt: number;
}

export interface Backend {
  readonly kind: BackendKind;
  /** JSON values through the codec (encryption); `throwOnErrors` on. */
  readonly keyv: Keyv;
  /** The stored string exactly as the engine holds it (ciphertext or plain JSON). */
  rawGet(key: string): Promise<string | undefined>;
  /** Every key that starts with `prefix` (full keys). */
  listKeys(prefix: string): Promise<string[]>;
  /** Add one to a counter, starting a window of ttlMs when it is new or expired. Atomic. */
  increment(key: string, ttlMs: number): Promise<CounterState>;
  /** Current count, or undefined when absent or expired. */
  readCounter(key: string): Promise<number | undefined>;
  /**
   * Adds `token` to the lease set `key` if it has fewer than `max` live leases, all in one atomic
   * step (safe against other processes); the lease lives ttlMs. False when the set is full.
   */
  acquireLease(key: string, token: string, max: number, ttlMs: number): Promise<boolean>;
  /** Removes `token` from the lease set (no-op when absent). */
  releaseLease(key: string, token: string): Promise<void>;
  /**
   * Replaces the stored string only if the key still holds `expected` (undefined: the key is
   * absent); `next` undefined deletes the key. One atomic step on the engine (a Lua script on
   * Redis, one conditional statement on SQLite), so it is safe against writers in other
   * processes. `ttlMs` gives the new value the engine's own expiry (Redis PX; SQLite keeps the
   * expiry inside the value, as Keyv does). False when someone else wrote first.
   */
  compareAndSwap(key: string, expected: string | undefined, next: string | undefined, ttlMs?: number): Promise<boolean>;
  /** Rejects when the engine does not answer. */
  ping(): Promise<void>;
  /**
   * Drop the engine's own copies of deleted data: SQLite rebuilds the file from live rows (VACUUM)
   * and checkpoints and truncates its WAL; Redis rewrites its append-only file
   * and, when snapshots are configured, saves a fresh one. Never rejects: problems are reported
   * through the backend's onError.
   */
  compact(): Promise<void>;
  close(): Promise<void>;
}
