// The bot as two shard processes under discord.js's ShardingManager (`npm start` with
// SHARD_COUNT=2), against the fake Discord and a real redis-server: each guild's interactions go
// to the process that owns its shard, DMs to shard 0, and every shard sees every member's data.
// Needs the build (`npm test` runs it first).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionHandle } from '../fake-discord/interactions.js';
import type { FakeDiscord } from '../fake-discord/server.js';
import { member, textOf } from '../helpers/bot.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { openStore } from '../../src/store/open.js';
import { customIdsOf } from '../helpers/bot.js';
import { redisAvailable, type RedisServer } from '../helpers/redis.js';
import { G0, G1, isAlive, startShardedBot, startTwoShardWorld, waitUntil, type ShardedBot } from './harness.js';

const exampleJson = readFileSync(EXAMPLE_PROFILE, 'utf8');

describe.skipIf(!redisAvailable())('two shard processes sharing one Redis', () => {
  let fake: FakeDiscord;
  let redis: RedisServer;
  let bot: ShardedBot;

  beforeAll(async () => {
    ({ redis, fake } = await startTwoShardWorld('shard-token'));
    bot = startShardedBot({
      DISCORD_TOKEN: 'shard-token',
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiBase,
      STORE_URL: redis.url,
      SHARD_COUNT: '2',
    });
    await bot.waitForLog((l) => l.msg === 'shards started', { timeoutMs: 25_000 });
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    await redis?.stop();
  });

  /** The member-facing answer: the reply itself, or the edit of a deferred reply. */
  async function answerOf(h: InteractionHandle): Promise<string> {
    const cb = await h.callback();
    return textOf(cb.type === 4 ? (cb.data as Record<string, unknown>) : await h.waitForOriginal());
  }

  /** The shard process (by its `shard` log field) that handled an interaction. */
  async function servedBy(interactionId: string): Promise<number | undefined> {
    const line = await bot.waitForLog((l) => l.msg === 'interaction' && l.interactionId === interactionId);
    return line.shard;
  }

  async function importProfile(who: ReturnType<typeof member>, guildId?: string) {
    const file = fake.attachment({ filename: 'profile.json', content: exampleJson, contentType: 'application/json' });
    const i = fake.interaction.slash({
      name: 'profile',
      subcommand: 'import',
      options: { file },
      user: who,
      ...(guildId ? { guildId } : {}),
    });
    return { i, original: await i.waitForOriginal() };
  }

  it('identifies shards [0,2] and [1,2], each from its own process', async () => {
    await bot.waitForLog((l) => l.msg === 'bot ready' && l.shard === 1);
    expect(fake.gateway.identifies.map((i) => i.shard)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const ready = bot.logs.filter((l) => l.msg === 'shard ready');
    expect(ready.map((l) => l.shardId).sort()).toEqual([0, 1]);
    expect(new Set(ready.map((l) => l.pid)).size).toBe(2);
    console.info(`spawn → ready: ${ready.map((l) => `shard ${l.shardId} ${String(l.spawnToReadyMs)} ms`).join(', ')}`);
    expect(
      bot.logs
        .filter((l) => l.msg === 'bot ready')
        .map((l) => l.shard)
        .sort(),
    ).toEqual([0, 1]);
  });

  it("sends each guild's interactions to the shard that owns it, and DMs to shard 0", async () => {
    const who = member(70);
    const ask = { name: 'ask', options: { question: 'Do I need a J-1 waiver?' }, user: who };
    const h0 = fake.interaction.slash({ ...ask, guildId: G0 });
    const h1 = fake.interaction.slash({ ...ask, guildId: G1 });
    const dm = fake.interaction.slash(ask);
    expect([h0.shard, h1.shard, dm.shard]).toEqual([0, 1, 0]);
    for (const h of [h0, h1, dm]) expect(await answerOf(h)).toMatch(/J-1/);
    expect([await servedBy(h0.id), await servedBy(h1.id), await servedBy(dm.id)]).toEqual([0, 1, 0]);
  });

  it('reads in a DM on shard 0 the profile imported in a guild owned by shard 1', async () => {
    const who = member(71);
    const { i, original } = await importProfile(who, G1);
    expect(i.shard).toBe(1);
    expect(textOf(original)).toMatch(/Profile saved/);

    const red = fake.interaction.slash({ name: 'redflag', user: who });
    expect(red.shard).toBe(0);
    const text = textOf(await red.waitForOriginal());
    expect(text).not.toMatch(/don't have a profile/);
    expect(await servedBy(red.id)).toBe(0);
  });

  it('counts a cooldown across shards', async () => {
    const who = member(72);
    // /ask allows 5 questions per 30 s; spread them over both shards, the 6th is refused.
    for (const [n, guildId] of [G1, undefined, G1, G0, undefined].entries()) {
      const a = fake.interaction.slash({
        name: 'ask',
        options: { question: `visa question ${n}` },
        user: who,
        ...(guildId ? { guildId } : {}),
      });
      expect(await answerOf(a)).not.toMatch(/going a little fast/);
    }
    const sixth = fake.interaction.slash({ name: 'ask', options: { question: 'one more' }, user: who, guildId: G1 });
    expect(sixth.shard).toBe(1);
    expect(await answerOf(sixth)).toMatch(/going a little fast/);
  });

  it('respawns a shard process killed with SIGKILL, and the member is served again', async () => {
    const who = member(73);
    await importProfile(who, G1);
    const oldPid = bot.pidOf(1);
    const from = bot.logs.length;
    const identified = fake.gateway.identifies.length;
    const killedAt = performance.now();
    process.kill(oldPid, 'SIGKILL');

    await bot.waitForLog((l) => l.msg === 'shard died; respawning' && l.shardId === 1, { from });
    const ready = await bot.waitForLog((l) => l.msg === 'shard ready' && l.shardId === 1, { from, timeoutMs: 20_000 });
    const downMs = Math.round(performance.now() - killedAt);
    expect(ready.pid).not.toBe(oldPid);
    expect(isAlive(oldPid)).toBe(false);
    expect(fake.gateway.identifies.slice(identified).map((i) => i.shard)).toEqual([[1, 2]]);

    const red = fake.interaction.slash({ name: 'redflag', guildId: G1, user: who });
    expect(textOf(await red.waitForOriginal())).not.toMatch(/don't have a profile/);
    expect(await servedBy(red.id)).toBe(1);
    // Shard 0 served throughout.
    expect(bot.logs.filter((l) => l.msg === 'shard spawned' && l.shardId === 0)).toHaveLength(1);
    console.info(`shard 1 down for ${downMs} ms (kill → ready), spawn → ready ${String(ready.spawnToReadyMs)} ms`);
  });

  // ------------------------------------------------------------------------------------------
  // A mock interview crossing shards: started in a server on shard 1, continued in a DM on
  // shard 0, with shard 0 killed and respawned between two answers.

  type Who = ReturnType<typeof member>;
  type Where = { guildId?: string; channelId?: string };
  const ANSWER =
    'During residency I noticed that discharge summaries reached family doctors days late. I was asked to fix it, ' +
    'so I measured the delay from the EHR audit log, worked with the ward clerks on a new sending step, and trained ' +
    'the other residents. Within six weeks the median delay dropped from four days to one.';

  /** The newest bot message carrying a button of `who` that starts with `prefix`. */
  function liveButton(prefix: string, who: Who, channelId?: string): { messageId: string; customId: string } {
    const found = [...fake.messages().values()]
      .filter((m) => !channelId || m.channel_id === channelId)
      .flatMap((m) => {
        const id = customIdsOf(m as unknown as Record<string, unknown>).find(
          (c) => c.startsWith(prefix) && c.includes(who.id),
        );
        return id ? [{ messageId: m.id, customId: id }] : [];
      })
      .sort((a, b) => (BigInt(a.messageId) < BigInt(b.messageId) ? -1 : 1));
    const last = found.at(-1);
    if (!last) throw new Error(`no message carries a ${prefix} button for ${who.id}`);
    return last;
  }

  /** Presses a live button; resolves once the shard has finished handling it (its log line). */
  async function press(who: Who, prefix: string, where: Where = {}) {
    const { messageId, customId } = liveButton(prefix, who, where.channelId);
    const i = fake.interaction.button({ customId, message: messageId, user: who, ...where });
    await i.callback();
    return { i, shard: await servedBy(i.id) };
  }

  /** Answer button → modal → submit; resolves with the submit handle once handled. */
  async function answer(who: Who, text: string, where: Where = {}) {
    const { messageId } = liveButton('mock:answer:', who, where.channelId);
    const { i: open } = await press(who, 'mock:answer:', where);
    const modal = await open.callback();
    expect(modal.type).toBe(9);
    const submit = fake.interaction.modalSubmit({
      customId: modal.data.custom_id as string,
      fields: { answer: text },
      message: messageId,
      user: who,
      ...where,
    });
    await submit.callback();
    return { submit, shard: await servedBy(submit.id) };
  }

  async function storedSession(userId: string) {
    const store = await openStore({ storeUrl: redis.url, profileSecrets: [] });
    try {
      return (await store.getSession(userId)) as
        { state: { id: string; index: number; attempts: unknown[] } } | undefined;
    } finally {
      await store.close();
    }
  }

  it('continues in a DM on shard 0 a mock interview started in a server on shard 1', async () => {
    const who = member(74);
    await importProfile(who, G1);
    const start = fake.interaction.slash({
      name: 'mock',
      subcommand: 'start',
      options: { count: 3 },
      user: who,
      guildId: G1,
    });
    expect(start.shard).toBe(1);
    await start.waitForOriginal();
    expect(await servedBy(start.id)).toBe(1);
    const started = await storedSession(who.id);
    expect(started?.state.index).toBe(0);

    // In the DM, /mock start finds the session in progress and offers it back.
    const again = fake.interaction.slash({ name: 'mock', subcommand: 'start', user: who });
    expect(again.shard).toBe(0);
    const offer = await again.waitForOriginal();
    expect(customIdsOf(offer)).toContain(`mock:resume:${started!.state.id}:${who.id}`);
    const resume = await press(who, 'mock:resume:');
    expect(resume.shard).toBe(0);
    expect(textOf(await resume.i.waitForOriginal())).toMatch(/Question 1 of 3/);

    const first = await answer(who, ANSWER);
    expect(first.shard).toBe(0);
    expect(textOf(first.submit.followUps()[0])).toMatch(/Feedback · question 1 of 3/);
    const after = await storedSession(who.id);
    expect(after?.state.id).toBe(started!.state.id);
    expect(after?.state.attempts).toHaveLength(1);
  });

  it('keeps the mock interview going when the DM shard is killed and respawned mid-session', async () => {
    const who = member(74);
    const before = await storedSession(who.id);
    expect(before?.state.attempts).toHaveLength(1);
    const oldPid = bot.pidOf(0);
    const from = bot.logs.length;
    process.kill(oldPid, 'SIGKILL');
    const ready = await bot.waitForLog((l) => l.msg === 'shard ready' && l.shardId === 0, { from, timeoutMs: 20_000 });
    expect(ready.pid).not.toBe(oldPid);

    const next = await press(who, 'mock:next:');
    expect(next.shard).toBe(0);
    expect(textOf(next.i.followUps()[0])).toMatch(/Question 2 of 3/);
    const second = await answer(who, ANSWER);
    expect(textOf(second.submit.followUps()[0])).toMatch(/Feedback · question 2 of 3/);
    const after = await storedSession(who.id);
    expect(after?.state.id).toBe(before!.state.id);
    expect(after?.state.attempts).toHaveLength(2);
  });

  it('stops every shard on SIGTERM and exits 0', async () => {
    const pids = [bot.pidOf(0), bot.pidOf(1)];
    expect(await bot.stop()).toBe(0);
    await waitUntil(() => pids.every((p) => !isAlive(p)), 'the shard processes to exit', 5000);
    const stopped = bot.logs.filter((l) => l.msg === 'shard stopped');
    expect(stopped.map((l) => l.code).sort()).toEqual([0, 0]);
    expect(bot.logs.filter((l) => l.msg === 'stopped').length).toBeGreaterThanOrEqual(3); // 2 shards + manager
    expect(bot.logs.filter((l) => l.level === 'error')).toEqual([]);
    expect(fake.unknownCalls()).toEqual([]);
  });
});
