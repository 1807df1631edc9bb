import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { budgetedMakeRequest, createRestGate, isInteractionRequest } from '../../src/discord/rest-budget.js';

const API = 'https://discord.com/api/v10';
const APP = '1200000000000000001';

describe('the REST budget for the bot’s own calls', () => {
  it('exempts interaction callbacks and the interaction webhooks of this app, and nothing else', () => {
    expect(isInteractionRequest(`${API}/interactions/123456789012345678/tok-en_1/callback`, APP)).toBe(true);
    expect(isInteractionRequest(`${API}/webhooks/${APP}/tok/messages/%40original`, APP)).toBe(true);
    expect(isInteractionRequest(`${API}/webhooks/${APP}/tok?wait=true`, APP)).toBe(true);
    expect(isInteractionRequest(`${API}/channels/1/messages`, APP)).toBe(false);
    expect(isInteractionRequest(`${API}/channels/1/messages/2/threads`, APP)).toBe(false);
    expect(isInteractionRequest(`${API}/users/@me/channels`, APP)).toBe(false);
    // Another application's webhook is an ordinary call.
    expect(isInteractionRequest(`${API}/webhooks/999/tok`, APP)).toBe(false);
  });

  it('lets at most `requests` calls hold a slot until one window after their answers', async () => {
    const gate = createRestGate({ requests: 3, windowMs: 120 });
    const releases = await Promise.all([gate.acquire(), gate.acquire(), gate.acquire()]);
    let fourth = false;
    const waiting = gate.acquire().then((r) => {
      fourth = true;
      return r;
    });
    expect(gate.waiting).toBe(1);
    const answeredAt = performance.now();
    releases[0]!();
    await new Promise((r) => setTimeout(r, 60));
    expect(fourth).toBe(false); // the answer came, but the window after it has not passed
    (await waiting)();
    expect(performance.now() - answeredAt).toBeGreaterThanOrEqual(115);
    expect(gate.inUse).toBe(3);
  });

  it('gives up waiting when discord.js aborts the request, as an AbortError it retries', async () => {
    const gate = createRestGate({ requests: 1, windowMs: 1000 });
    await gate.acquire();
    const controller = new AbortController();
    const waiting = gate.acquire(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    expect(gate.waiting).toBe(0);
  });

  it('sends interaction requests without taking a slot', async () => {
    const gate = createRestGate({ requests: 1, windowMs: 60_000 });
    const sent: string[] = [];
    const send = async (url: string) => {
      sent.push(url);
      return new Response(null, { status: 204 });
    };
    const request = budgetedMakeRequest(gate, () => APP, send as never);
    await request(`${API}/channels/1/messages`, { method: 'POST' } as never);
    // The one slot is now held for a minute; interaction calls still go out at once.
    await request(`${API}/interactions/1/t/callback`, { method: 'POST' } as never);
    await request(`${API}/webhooks/${APP}/t`, { method: 'POST' } as never);
    expect(sent).toHaveLength(3);
    expect(gate.inUse).toBe(1);
  });
});

describe('DISCORD_REST_PER_SECOND', () => {
  it("defaults to Discord's 50, takes a raised limit, and refuses nonsense by name", () => {
    const base = { DISCORD_TOKEN: 't' };
    const plain = loadConfig(base);
    expect(plain.ok && plain.value.discord?.restPerSecond).toBeUndefined();
    const raised = loadConfig({ ...base, DISCORD_REST_PER_SECOND: '120' });
    expect(raised.ok && raised.value.discord?.restPerSecond).toBe(120);
    const bad = loadConfig({ ...base, DISCORD_REST_PER_SECOND: 'fast' });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.error).toEqual([
      expect.stringMatching(/^DISCORD_REST_PER_SECOND: must be a whole number/),
    ]);
  });
});
