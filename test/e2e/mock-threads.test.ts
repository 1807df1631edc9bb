/**
 * /mock in a server: one private thread per session, reused when the member resumes (even after
 * Discord archived it for inactivity), archived and locked when the session ends or is replaced,
 * and polite answers to the buttons left behind in old threads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMockSession } from '../../src/app/mock/records.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { member, textOf, useBot, type BotHarness } from '../helpers/bot.js';
import { answerQuestion, importProfile, liveMessage, messagesIn, press } from '../helpers/member-driver.js';

/** A STAR answer with a result. */
const GOOD_ANSWER =
  'As a resident I noticed our sepsis patients waited hours for antibiotics. I was asked to find out why. I pulled ' +
  'order times from the EHR, mapped the workflow with the nurses and built a dashboard of time to antibiotics per shift. ' +
  'We changed the order set, and within two months the median wait fell from three hours to seventy minutes.';

const exampleJson = readFileSync(EXAMPLE_PROFILE, 'utf8');

const threadsCreated = (h: BotHarness) => h.fake.calls.filter((c) => c.route === 'startThread' && c.status < 300);
const threadMeta = (h: BotHarness, id: string) =>
  h.fake.channel(id)!.thread_metadata as { archived: boolean; locked: boolean };

async function startInServer(h: BotHarness, who: ReturnType<typeof member>, count = 2) {
  const start = h.fake.interaction.slash({
    name: 'mock',
    subcommand: 'start',
    options: { count },
    guildId: h.guildId,
    user: who,
  });
  const notice = textOf(await start.waitForOriginal());
  await h.settled();
  return { start, notice };
}

describe('/mock threads in a server', () => {
  const h = useBot({}, { reset: false, checks: false });

  it('keeps one thread per session: resuming continues in it, even after Discord archived it', async () => {
    const who = member(60);
    await importProfile(h, who, exampleJson, { guildId: h.guildId });
    const { notice } = await startInServer(h, who);
    const threadId = (await loadMockSession(h.ctx, who.id))!.threadId!;
    expect(notice).toContain(`<#${threadId}>`);
    await answerQuestion(h, who, GOOD_ANSWER, { guildId: h.guildId, channelId: threadId });
    const before = threadsCreated(h).length;

    h.fake.autoArchive(threadId);
    const again = h.fake.interaction.slash({ name: 'mock', subcommand: 'start', guildId: h.guildId, user: who });
    expect(textOf(await again.waitForOriginal())).toMatch(/in progress/);
    await h.settled();
    const resume = await press(h, who, 'mock:resume:', { guildId: h.guildId });
    expect(textOf(await resume.waitForOriginal())).toContain(`<#${threadId}>`);

    expect(threadsCreated(h)).toHaveLength(before);
    expect(threadMeta(h, threadId).archived).toBe(false); // the new message unarchived it
    const last = messagesIn(h, threadId).at(-1)!;
    expect(textOf(last as never)).toMatch(/Welcome back/);
  });

  it('archives and locks the thread when the session ends; its old buttons answer privately', async () => {
    const who = member(61);
    await importProfile(h, who, exampleJson, { guildId: h.guildId });
    await startInServer(h, who, 1);
    const threadId = (await loadMockSession(h.ctx, who.id))!.threadId!;
    const where = { guildId: h.guildId, channelId: threadId };
    const { message: question } = liveMessage(h, 'mock:skip:', { owner: who.id, channelId: threadId });
    await answerQuestion(h, who, GOOD_ANSWER, where);
    const done = await press(h, who, 'mock:next:', where);
    expect(textOf(done.followUps()[0])).toMatch(/1 of 1 answered/);

    const closing = h.fake.calls.find((c) => c.route === 'modifyChannel' && c.params.channelId === threadId);
    expect(closing).toMatchObject({ status: 200, body: { archived: true, locked: true } });
    expect(threadMeta(h, threadId)).toMatchObject({ archived: true, locked: true });

    // A button still on an earlier message of the finished session, pressed in the locked thread.
    const sessionId = /mock:skip:([^:]+):/.exec(JSON.stringify(question.components))![1]!;
    const old = h.fake.interaction.button({
      customId: `mock:skip:${sessionId}:${who.id}:0`,
      message: question.id,
      user: who,
      ...where,
    });
    const callback = await old.callback();
    expect(callback).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(callback.data.content).toMatch(/ended; it stays here as your transcript/);

    // "New session" on the summary, in the locked thread: a new thread beside it, told privately.
    const fresh = await press(h, who, 'mock:new:', where);
    expect(await fresh.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    const newThread = threadsCreated(h).at(-1)!;
    expect(newThread.params.channelId).toBe(h.channelId);
    expect(
      h.fake.calls.filter((c) => c.status >= 400).map((c) => `${c.method} ${c.route} ${JSON.stringify(c.response)}`),
    ).toEqual([]);
  });

  it('closes the old thread when the member starts over', async () => {
    const who = member(62);
    await importProfile(h, who, exampleJson, { guildId: h.guildId });
    await startInServer(h, who);
    const first = (await loadMockSession(h.ctx, who.id))!.threadId!;
    const again = h.fake.interaction.slash({ name: 'mock', subcommand: 'start', guildId: h.guildId, user: who });
    await again.waitForOriginal();
    await h.settled();
    await press(h, who, 'mock:over:', { guildId: h.guildId });
    const second = (await loadMockSession(h.ctx, who.id))!.threadId!;
    expect(second).not.toBe(first);
    expect(threadMeta(h, first)).toMatchObject({ archived: true, locked: true });
    expect(threadMeta(h, second)).toMatchObject({ archived: false, locked: false });
  });

  it('copes with a thread a moderator locked mid-session: buttons there answer privately, resuming opens a new thread', async () => {
    const who = member(64);
    await importProfile(h, who, exampleJson, { guildId: h.guildId });
    await startInServer(h, who);
    const locked = (await loadMockSession(h.ctx, who.id))!.threadId!;
    const { message, id } = liveMessage(h, 'mock:skip:', { owner: who.id, channelId: locked });
    // A moderator archives and locks the thread (the bot hears nothing of it).
    Object.assign(threadMeta(h, locked), { archived: true, locked: true });

    const press1 = h.fake.interaction.button({
      customId: id,
      message: message.id,
      user: who,
      guildId: h.guildId,
      channelId: locked,
    });
    expect(await press1.callback()).toMatchObject({ type: 4, data: { flags: 64 } });
    expect((await loadMockSession(h.ctx, who.id))!.state.index).toBe(0); // nothing moved

    const again = h.fake.interaction.slash({ name: 'mock', subcommand: 'start', guildId: h.guildId, user: who });
    await again.waitForOriginal();
    await h.settled();
    const resume = await press(h, who, 'mock:resume:', { guildId: h.guildId });
    const moved = (await loadMockSession(h.ctx, who.id))!.threadId!;
    expect(moved).not.toBe(locked);
    expect(textOf(await resume.waitForOriginal())).toContain(`<#${moved}>`);
    expect(textOf(messagesIn(h, moved).at(-1) as never)).toMatch(/Welcome back/);
    expect(h.fake.calls.filter((c) => c.status >= 400)).toEqual([]);
  });

  it('leaves the thread open (and says why in the log) without Manage Threads; old buttons still get a private note', async () => {
    const who = member(63);
    await importProfile(h, who, exampleJson, { guildId: h.guildId });
    h.fake.setBotPermissions(h.channelId, { deny: ['ManageThreads'] }, { announce: true });
    try {
      await startInServer(h, who, 1);
      const threadId = (await loadMockSession(h.ctx, who.id))!.threadId!;
      const where = { guildId: h.guildId, channelId: threadId };
      const { message: question, id: skipId } = liveMessage(h, 'mock:skip:', { owner: who.id, channelId: threadId });
      await press(h, who, 'mock:end:', where);
      expect(threadMeta(h, threadId)).toMatchObject({ archived: false, locked: false });
      expect(h.logs.filter((l) => l.msg === 'mock: thread left open').at(-1)?.fields).toMatchObject({
        reason: /Manage Threads/,
      });
      expect(h.fake.calls.filter((c) => c.route === 'modifyChannel' && c.params.channelId === threadId)).toEqual([]);

      const posted = messagesIn(h, threadId).length;
      const old = h.fake.interaction.button({ customId: skipId, message: question.id, user: who, ...where });
      await old.callback();
      await h.settled();
      expect(old.followUps()[0]).toMatchObject({ flags: 64 });
      expect(textOf(old.followUps()[0])).toMatch(/has ended/);
      expect(messagesIn(h, threadId).filter((m) => (m.flags ?? 0) === 0)).toHaveLength(posted);
    } finally {
      h.fake.setBotPermissions(h.channelId, {}, { announce: true });
    }
  });
});
