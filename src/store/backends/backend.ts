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
  /** Rejects when the engine does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
