import { describe, expect, it } from 'vitest';
import { ok } from '../../src/core/result.js';
import type { LlmConfig } from '../../src/config.js';
import {
  GUARD_CONFIG,
  guardModel,
  localLimiter,
  memoryCounter,
  quotaKey,
  storeCounter,
  storeLimiter,
  storeLimiterFor,
  type LeaseStore,
} from '../../src/llm/guard.js';
import type { LanguageModel, LlmRequest } from '../../src/llm/model.js';
import { askAnswerSchema } from '../../src/llm/schemas.js';
import { createLlm } from '../../src/llm/setup.js';
import { BACKENDS, useBackend } from '../store/backends.js';

const request = (userKey = 'member-1'): LlmRequest<{ answer: string }> => ({
  prompt: 'ask-answer',
  vars: {},
  schema: askAnswerSchema,
  deadline: Date.now() + 5000,
  userKey,
});

function countingModel(delayMs = 0): LanguageModel & { calls: number; inFlight: number; maxInFlight: number } {
  const m = {
    calls: 0,
    inFlight: 0,
    maxInFlight: 0,
    async generate<T>(): Promise<ReturnType<typeof ok<T>>> {
      m.calls++;
      m.inFlight++;
      m.maxInFlight = Math.max(m.maxInFlight, m.inFlight);
      await new Promise((r) => setTimeout(r, delayMs));
      m.inFlight--;
      return ok({ answer: 'x' } as T);
    },
  };
  return m;
}

describe('quota and concurrency guard', () => {
  it('allows exactly the daily quota per member, then answers quota without calling', async () => {
    const inner = countingModel();
    const model = guardModel(inner, { counter: memoryCounter(), dailyQuota: 2, concurrency: 4 });
    expect((await model.generate(request())).ok).toBe(true);
    expect((await model.generate(request())).ok).toBe(true);
    const third = await model.generate(request());
    expect(third.ok ? null : third.error.kind).toBe('quota');
    expect(inner.calls).toBe(2);
    // Another member has their own quota.
    expect((await model.generate(request('member-2'))).ok).toBe(true);
  });

  it('starts a new count on the next UTC day', async () => {
    let now = Date.parse('2026-03-01T23:59:00Z');
    const model = guardModel(countingModel(), {
      counter: memoryCounter(() => now),
      dailyQuota: 1,
      concurrency: 1,
      now: () => now,
    });
    const at = () => ({ ...request(), deadline: now + 5000 });
    expect((await model.generate(at())).ok).toBe(true);
    expect((await model.generate(at())).ok).toBe(false);
    now = Date.parse('2026-03-02T00:00:30Z');
    expect((await model.generate(at())).ok).toBe(true);
    expect(quotaKey('123', now)).toBe('123:llm.2026-03-02');
  });

  it('turns the model off with a quota of 0', async () => {
    const inner = countingModel();
    const r = await guardModel(inner, { counter: memoryCounter(), dailyQuota: 0, concurrency: 1 }).generate(request());
    expect(r.ok ? null : r.error.kind).toBe('quota');
    expect(inner.calls).toBe(0);
  });

  it('counts through the store adapter and fails closed when the counter fails', async () => {
    const keys: string[] = [];
    const counter = storeCounter({
      incrementCounter: async (key: string) => {
        keys.push(key);
        return { count: 1, expiresAt: 0 };
      },
    });
    expect(
      (await guardModel(countingModel(), { counter, dailyQuota: 5, concurrency: 1 }).generate(request('42'))).ok,
    ).toBe(true);
    expect(keys[0]).toMatch(/^42:llm\.\d{4}-\d{2}-\d{2}$/);
    const broken = { increment: async () => Promise.reject(new Error('redis down')) };
    const inner = countingModel();
    const r = await guardModel(inner, { counter: broken, dailyQuota: 5, concurrency: 1 }).generate(request());
    expect(r.ok ? null : r.error.kind).toBe('unavailable');
    expect(inner.calls).toBe(0);
  });

  it('never has more calls in flight than the cap', async () => {
    const inner = countingModel(30);
    const model = guardModel(inner, { counter: memoryCounter(), dailyQuota: 100, concurrency: 2 });
    const results = await Promise.all(Array.from({ length: 6 }, () => model.generate(request())));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(inner.maxInFlight).toBe(2);
  });

  it('gives up waiting for a slot at its wait limit with rate-limited', async () => {
    const limiter = localLimiter(1);
    const deadline = Date.now() + 5000;
    const release = await limiter.acquire(Date.now(), deadline);
    expect(release).toBeDefined();
    expect(await limiter.acquire(Date.now() + 20, deadline)).toBeUndefined();
    release!();
    expect(await limiter.acquire(Date.now(), deadline)).toBeDefined();
  });

  it('turns a throwing model into unavailable', async () => {
    const throwing: LanguageModel = { generate: () => Promise.reject(new Error('boom')) };
    const r = await guardModel(throwing, { counter: memoryCounter(), dailyQuota: 5, concurrency: 1 }).generate(
      request(),
    );
    expect(r.ok ? null : r.error.kind).toBe('unavailable');
  });
});

const LLM_CONFIG: LlmConfig = { apiKey: 'k', model: 'm', dailyQuota: 100, maxConcurrency: 2, deadlineMs: 5000 };

describe('store-backed concurrency cap', () => {
  it('leases a slot for the call deadline plus a margin and gives it back after the call', async () => {
    const calls: string[] = [];
    const fake: LeaseStore = {
      acquireLease: async (name, max, ttlMs) => {
        calls.push(`acquire ${name} ${max} ${ttlMs}`);
        return { token: 't1' };
      },
      releaseLease: async (name, token) => void calls.push(`release ${name} ${token}`),
    };
    const now = 1_000_000;
    const model = guardModel(countingModel(), {
      counter: memoryCounter(() => now),
      dailyQuota: 5,
      concurrency: storeLimiter(fake, 3, { now: () => now }),
      now: () => now,
    });
    expect((await model.generate({ ...request(), deadline: now + 5000 })).ok).toBe(true);
    expect(calls).toEqual([`acquire llm 3 ${5000 + GUARD_CONFIG.leaseMarginMs}`, 'release llm t1']);
  });

  it('answers unavailable without calling the model when the store cannot lease', async () => {
    const down: LeaseStore = {
      acquireLease: () => Promise.reject(new Error('redis down')),
      releaseLease: async () => {},
    };
    const inner = countingModel();
    const r = await guardModel(inner, {
      counter: memoryCounter(),
      dailyQuota: 5,
      concurrency: storeLimiter(down, 2),
    }).generate(request());
    expect(r.ok ? null : r.error.kind).toBe('unavailable');
    expect(inner.calls).toBe(0);
  });
});

describe.each(BACKENDS)('store-backed concurrency cap on %s', (_name, make) => {
  const { openStore } = useBackend(make);

  it('caps model calls in flight across two LLM instances, each with its own store connection', async () => {
    const inner = countingModel(40); // one provider, so in-flight counts both instances' calls
    const storeA = await openStore();
    const storeB = await openStore();
    const llmA = createLlm(LLM_CONFIG, {
      counter: storeCounter(storeA),
      limiter: storeLimiterFor(storeA),
      model: inner,
    });
    const llmB = createLlm(LLM_CONFIG, {
      counter: storeCounter(storeB),
      limiter: storeLimiterFor(storeB),
      model: inner,
    });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? llmA : llmB).model.generate(request(`member-${i}`))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(inner.calls).toBe(8);
    expect(inner.maxInFlight).toBe(2);
    // Every slot was given back (releases are sent after each call without being awaited).
    await new Promise((r) => setTimeout(r, 100));
    const held = await Promise.all([1, 2].map(() => storeA.acquireLease(GUARD_CONFIG.leaseName, 2, 1000)));
    expect(held.every((l) => l !== null)).toBe(true);
  });

  it('answers rate-limited when the other instance holds every slot past the wait', async () => {
    const store = await openStore();
    const other = await openStore();
    expect(await other.acquireLease(GUARD_CONFIG.leaseName, 2, 60_000)).not.toBeNull();
    expect(await other.acquireLease(GUARD_CONFIG.leaseName, 2, 60_000)).not.toBeNull();
    const inner = countingModel();
    const llm = createLlm(LLM_CONFIG, { counter: storeCounter(store), limiter: storeLimiterFor(store), model: inner });
    const r = await llm.model.generate({ ...request(), deadline: Date.now() + 300 });
    expect(r.ok ? null : r.error.kind).toBe('rate-limited');
    expect(inner.calls).toBe(0);
  });
});
