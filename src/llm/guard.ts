/**
 * Cost control around any LanguageModel: a per-member daily quota and a cap on calls in flight.
 *
 * The quota is counted in a pluggable Counter: the Discord layer passes the store's
 * `incrementCounter` (see `storeCounter`) so the count holds across restarts and shards; the CLI
 * uses `memoryCounter`. Each model call (a repair included) uses one unit of the member's day
 * (UTC). The counter failing closes the gate: no count, no call.
 *
 * The concurrency cap is a ConcurrencyLimiter. The bot uses `storeLimiter`: a slot is a store
 * lease (`store.acquireLease`), so the cap holds across every shard and process sharing the store,
 * and a lease outlives its call's deadline only by a margin, so a crashed process frees its slots
 * soon after. The CLI uses `localLimiter`, exact within one process. Over the cap the guard answers
 * 'rate-limited' (the member's note says "busy"), the same kind as a provider's 429: to the member
 * both mean "try again shortly".
 */
import type { Result } from '../core/result.js';
import { llmFailure, type LanguageModel, type LlmFailure, type LlmRequest } from './model.js';

/** Guard knobs (the README lists them). */
export const GUARD_CONFIG = {
  /** How long a call waits for a free slot before the member gets the rule-based answer. */
  queueWaitMs: 2000,
  /** Quota key for calls made without a member (should not happen; shared, so it stays bounded). */
  anonymousKey: 'anonymous',
  /** Store lease name shared by every process's model calls. */
  leaseName: 'llm',
  /** A store lease lives this long past its call's deadline (the call is abandoned by then). */
  leaseMarginMs: 5000,
  /** How often a call waiting for a store slot asks again. */
  leasePollMs: 100,
} as const;

/** Atomic windowed counter: the first increment starts a `ttlMs` window; returns the new count. */
export interface Counter {
  increment(key: string, ttlMs: number): Promise<number>;
}

/** Adapts the store (`store.incrementCounter`) to a Counter. */
export function storeCounter(store: {
  incrementCounter(key: string, ttlMs: number): Promise<{ count: number }>;
}): Counter {
  return { increment: async (key, ttlMs) => (await store.incrementCounter(key, ttlMs)).count };
}

/** In-process counter (CLI, tests). */
export function memoryCounter(now: () => number = Date.now): Counter {
  const counts = new Map<string, { count: number; expiresAt: number }>();
  return {
    async increment(key, ttlMs) {
      const t = now();
      const cur = counts.get(key);
      const next = cur && cur.expiresAt > t ? { ...cur, count: cur.count + 1 } : { count: 1, expiresAt: t + ttlMs };
      counts.set(key, next);
      return next.count;
    },
  };
}

export interface ConcurrencyLimiter {
  /**
   * A release function, or undefined when no slot freed up before `waitUntil` (epoch ms).
   * `deadline`: the call is abandoned by then, so a limiter may reclaim the slot a little after
   * (store leases expire). Rejects only when the limiter itself fails (the store is down).
   */
  acquire(waitUntil: number, deadline: number): Promise<(() => void) | undefined>;
}

/** What storeLimiter needs of the store (src/store/store.ts). */
export interface LeaseStore {
  acquireLease(name: string, max: number, ttlMs: number): Promise<{ token: string } | null>;
  releaseLease(name: string, token: string): Promise<void>;
}

export interface StoreLimiterOptions {
  leaseName?: string;
  now?: () => number;
  /** Told when giving a slot back fails (it then frees itself when the lease expires). */
  onReleaseError?: (error: unknown) => void;
}

/**
 * At most `max` holders at once over every process sharing `store`. A full cap is asked again
 * every leasePollMs until `waitUntil`; a store failure rejects (the guard fails closed).
 */
export function storeLimiter(store: LeaseStore, max: number, opts: StoreLimiterOptions = {}): ConcurrencyLimiter {
  const now = opts.now ?? Date.now;
  const name = opts.leaseName ?? GUARD_CONFIG.leaseName;
  return {
    async acquire(waitUntil, deadline) {
      for (;;) {
        const t = now();
        const ttl = Math.max(1, Math.ceil(deadline - t + GUARD_CONFIG.leaseMarginMs));
        const lease = await store.acquireLease(name, max, ttl);
        if (lease) {
          let done = false;
          return () => {
            if (done) return;
            done = true;
            store.releaseLease(name, lease.token).catch((e: unknown) => opts.onReleaseError?.(e));
          };
        }
        const wait = Math.min(GUARD_CONFIG.leasePollMs, waitUntil - now());
        if (wait <= 0) return undefined;
        await new Promise((r) => setTimeout(r, wait));
      }
    },
  };
}

/** The bot's limiter factory for createLlm: `{ limiter: storeLimiterFor(store) }` gets max from the config. */
export const storeLimiterFor =
  (store: LeaseStore, opts: StoreLimiterOptions = {}) =>
  (max: number): ConcurrencyLimiter =>
    storeLimiter(store, max, opts);

/** At most `max` holders at once in this process; waiters are served first come, first served. */
export function localLimiter(max: number, now: () => number = Date.now): ConcurrencyLimiter {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    active--;
    const next = waiting.shift();
    if (next) next();
  };
  const once = (): (() => void) => {
    let done = false;
    return () => {
      if (!done) {
        done = true;
        release();
      }
    };
  };
  return {
    acquire(waitUntil) {
      if (active < max) {
        active++;
        return Promise.resolve(once());
      }
      const wait = waitUntil - now();
      if (wait <= 0) return Promise.resolve(undefined);
      return new Promise((resolve) => {
        const grant = (): void => {
          clearTimeout(timer);
          active++;
          resolve(once());
        };
        const timer = setTimeout(() => {
          const i = waiting.indexOf(grant);
          if (i >= 0) waiting.splice(i, 1);
          resolve(undefined);
        }, wait);
        waiting.push(grant);
      });
    },
  };
}

export interface GuardOptions {
  counter: Counter;
  /** Model calls per member per UTC day; 0 turns the model off. */
  dailyQuota: number;
  /** A limiter, or a number for a local one. */
  concurrency: ConcurrencyLimiter | number;
  now?: () => number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `<member>:llm.<YYYY-MM-DD>`: under the member's prefix, so /profile delete and export see it. */
export function quotaKey(userKey: string, now: number): string {
  return `${userKey}:llm.${new Date(now).toISOString().slice(0, 10)}`;
}

export function guardModel(inner: LanguageModel, opts: GuardOptions): LanguageModel {
  const now = opts.now ?? Date.now;
  const limiter = typeof opts.concurrency === 'number' ? localLimiter(opts.concurrency, now) : opts.concurrency;
  return {
    async generate<T>(request: LlmRequest<T>): Promise<Result<T, LlmFailure>> {
      if (opts.dailyQuota <= 0) return llmFailure('quota', 'daily quota is 0');
      const t = now();
      if (t >= request.deadline) return llmFailure('timeout', 'deadline passed before the call');
      let release: (() => void) | undefined;
      try {
        release = await limiter.acquire(Math.min(request.deadline, t + GUARD_CONFIG.queueWaitMs), request.deadline);
      } catch (e) {
        return llmFailure('unavailable', `concurrency limiter failed: ${(e as Error)?.message ?? String(e)}`);
      }
      if (!release) return llmFailure('rate-limited', 'all model slots busy');
      try {
        let used: number;
        try {
          const start = now();
          const ttl = DAY_MS - (start % DAY_MS) + 60_000; // to the end of the UTC day, plus a minute
          used = await opts.counter.increment(quotaKey(request.userKey ?? GUARD_CONFIG.anonymousKey, start), ttl);
        } catch (e) {
          return llmFailure('unavailable', `quota counter failed: ${(e as Error)?.message ?? String(e)}`);
        }
        if (used > opts.dailyQuota) return llmFailure('quota', `daily quota of ${opts.dailyQuota} used`);
        try {
          return await inner.generate(request);
        } catch (e) {
          return llmFailure('unavailable', `model threw: ${(e as Error)?.message ?? String(e)}`);
        }
      } finally {
        release();
      }
    },
  };
}
