/**
 * Read-modify-write of one record that is safe across processes (several shards, the bot and an
 * admin script): read the stored string, let the caller compute the next value, and write it
 * with the engine's compare-and-swap, which succeeds only if nobody wrote the key in between.
 * On a conflict the read and the computation run again on the newer value (optimistic
 * concurrency, like Redis WATCH/MULTI but without a dedicated connection, and it works the same
 * on SQLite). No lock is held, so a crashed process cannot leave a member locked out.
 *
 * Values go through Keyv's own serializer (the store's codec: encryption, `{value, expires}`
 * envelope), so a record written here reads back through Keyv exactly like one Keyv wrote.
 */
import type Keyv from 'keyv';
import type { Backend } from './backends/backend.js';

/** The next value; `null` deletes the record; `undefined` leaves it as it is. */
export type NextValue<T> = T | null | undefined;

export const UPDATE_RETRY = {
  /** Attempts before giving up; two shards racing on one member settle in one or two. */
  maxAttempts: 25,
  /** Backoff before the n-th retry: random in [0, min(cap, base * 2^n)] ms, so racers spread out. */
  baseDelayMs: 2,
  capDelayMs: 50,
} as const;

export class UpdateConflictError extends Error {
  override readonly name = 'UpdateConflictError';
}

export interface UpdateOptions {
  /** Expiry of the written value (ms from the write), e.g. a session's time to live. */
  ttlMs?: number;
  /** Stop retrying after this moment (epoch ms): the caller's operation deadline. */
  giveUpAt: number;
  now?: () => number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Applies `fn` to the live value of `key` (undefined when absent or expired) and stores its
 * result atomically. `fn` may run more than once (after a conflict): keep it fast and free of
 * side effects. Resolves with the value stored afterwards.
 */
export async function updateRecord<T>(
  backend: Pick<Backend, 'keyv' | 'rawGet' | 'compareAndSwap'>,
  key: string,
  fn: (current: T | undefined) => NextValue<T>,
  opts: UpdateOptions,
): Promise<T | undefined> {
  const now = opts.now ?? Date.now;
  for (let attempt = 0; ; attempt++) {
    const raw = await backend.rawGet(key);
    const envelope = raw === undefined ? undefined : await backend.keyv.deserializeData<T>(raw);
    const expired = typeof envelope?.expires === 'number' && envelope.expires <= now();
    const current = envelope && !expired ? (envelope.value as T) : undefined;

    const next = fn(current);
    if (next === undefined) return current;
    if (next === null && raw === undefined) return undefined;

    const nextRaw =
      next === null
        ? undefined
        : ((await backend.keyv.serializeData<T>({
            value: next,
            expires: opts.ttlMs === undefined ? undefined : now() + opts.ttlMs,
          })) as string);
    if (await backend.compareAndSwap(key, raw, nextRaw, next === null ? undefined : opts.ttlMs)) {
      return next ?? undefined;
    }
    if (attempt + 1 >= UPDATE_RETRY.maxAttempts || now() >= opts.giveUpAt) {
      throw new UpdateConflictError(`${key.split(':')[0]}: gave up after ${attempt + 1} conflicting writes`);
    }
    await sleep(Math.random() * Math.min(UPDATE_RETRY.capDelayMs, UPDATE_RETRY.baseDelayMs * 2 ** attempt));
  }
}
