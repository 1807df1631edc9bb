/**
 * Discord's HTTP rate limits, as the fake enforces them (global 50/s per bot outside interaction
 * endpoints, per-route buckets announced in X-RateLimit-* headers, 429 with retry_after): the
 * bot's own calls stay inside them, interaction answers are not slowed by that budget, and a 429
 * the bot could not foresee only delays the message.
 */
import type { TextChannel } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { REST_BUDGET } from '../../src/discord/rest-budget.js';
import { member, textOf, useBot, type BotHarness } from '../helpers/bot.js';

const CHANNELS = ['a', 'b', 'c', 'd'].map((name) => ({ name }));

function channels(h: BotHarness): TextChannel[] {
  return h.fake.guilds[0]!.channels.map((c) => h.bot.client.channels.cache.get(c.id) as TextChannel);
}

describe("the bot's REST calls against Discord's rate limits", () => {
  const h = useBot({ fake: { guilds: [{ channels: CHANNELS }] } }, { checks: false });

  it('keeps its own calls within 50 per second while an interaction is answered at once', async () => {
    const targets = channels(h);
    const started = performance.now();
    // 140 channel messages at once (4 channels, so the per-channel queues do not serialise them).
    const sends = Array.from({ length: 140 }, (_, n) =>
      targets[n % targets.length]!.send({ content: `notice ${n}`, allowedMentions: { parse: [] } }),
    );
    await new Promise((r) => setTimeout(r, 50));
    const ask = h.fake.interaction.slash({ name: 'ask', options: { question: 'what is USCE?' }, user: member(1) });
    const original = await ask.waitForOriginal();
    const answeredMs = performance.now() - started;
    await Promise.all(sends);
    const allMs = performance.now() - started;

    expect(textOf(original)).toMatch(/USCE|clinical/i);
    expect(h.fake.calls.filter((c) => c.route === 'createMessage' && c.status === 200)).toHaveLength(140);
    expect(h.fake.rateLimited()).toEqual([]);
    expect(h.fake.peakRequestsPerWindow(1000)).toBeLessThanOrEqual(REST_BUDGET.requests);
    // The budget spreads 140 calls over at least two more windows; the interaction skipped the queue.
    expect(allMs).toBeGreaterThan(2 * REST_BUDGET.windowMs);
    expect(answeredMs).toBeLessThan(REST_BUDGET.windowMs);
  });

  it('waits for a route bucket its X-RateLimit headers announce instead of running into it', async () => {
    h.fake.configure({ rateLimits: { routes: { createMessage: { limit: 3, windowMs: 400 } } } });
    try {
      const [target] = channels(h);
      const started = performance.now();
      await Promise.all(Array.from({ length: 7 }, (_, n) => target!.send({ content: `step ${n}` })));
      expect(performance.now() - started).toBeGreaterThanOrEqual(2 * 400 - 50);
      expect(h.fake.rateLimited()).toEqual([]);
      expect(h.fake.calls.filter((c) => c.route === 'createMessage' && c.status === 200)).toHaveLength(7);
    } finally {
      h.fake.configure({ rateLimits: { routes: {} } });
    }
  });

  it("retries after a 429's retry_after when the limit came unannounced (scope shared)", async () => {
    h.fake.configure({ rateLimits: { routes: { createMessage: { limit: 1, windowMs: 700, announce: false } } } });
    try {
      const [target] = channels(h);
      await Promise.all([target!.send({ content: 'first' }), target!.send({ content: 'second' })]);
      const limited = h.fake.rateLimited();
      expect(limited.length).toBeGreaterThanOrEqual(1);
      expect(limited[0]).toMatchObject({ route: 'createMessage', scope: 'shared' });
      const refused = h.fake.calls.find((c) => c.status === 429)!;
      expect(refused.response).toMatchObject({ global: false, message: /rate limited/ });
      const delivered = h.fake.calls.filter((c) => c.route === 'createMessage' && c.status === 200);
      expect(delivered.map((c) => (c.body as { content: string }).content)).toEqual(['first', 'second']);
    } finally {
      h.fake.configure({ rateLimits: { routes: {} } });
    }
  });

  it('pauses on a global 429 (X-RateLimit-Global) and then delivers everything', async () => {
    // A Discord stricter than the documented 50/s: the bot only learns it from the 429.
    h.fake.configure({ rateLimits: { globalPerSecond: 4 } });
    try {
      const targets = channels(h);
      await Promise.all(targets.flatMap((t, n) => [t.send({ content: `x${n}` }), t.send({ content: `y${n}` })]));
      expect(h.fake.rateLimited().some((r) => r.scope === 'global')).toBe(true);
      expect(h.fake.calls.find((c) => c.status === 429)?.response).toMatchObject({ global: true });
      expect(h.fake.calls.filter((c) => c.route === 'createMessage' && c.status === 200)).toHaveLength(8);
    } finally {
      h.fake.configure({ rateLimits: { globalPerSecond: 50 } });
    }
  });
}, 30_000);
