/**
 * Chat against the fake Discord as a real server runs it: no privileged intent (so Discord hides
 * the text of messages not meant for the bot), per-channel permissions, and the errors Discord
 * answers with when the bot's view of its permissions is out of date.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { INTENTS } from '../../src/discord/client.js';
import { HIDDEN_TEXT_HINT } from '../../src/discord/chat.js';
import { PRIVILEGED_INTENTS } from '../fake-discord/gateway.js';
import {
  expectNoPings,
  expectWithinLimits,
  member,
  textOf,
  useBot,
  type BotHarness,
  type LogEntry,
} from '../helpers/bot.js';

const QUESTION = 'my visa worries me, who should write my letters?';

const CHANNELS = [
  { name: 'general' },
  { name: 'no-threads', botDeny: ['CreatePublicThreads' as const] },
  { name: 'stale' },
  { name: 'no-history' },
  { name: 'read-only' },
];

function channel(h: BotHarness, name: string): string {
  return h.fake.guilds[0]!.channels.find((c) => c.name === name)!.id;
}

const mention = (h: BotHarness) => `<@${h.fake.applicationId}>`;

describe('chat in a server, without the Message Content intent', () => {
  // Some tests provoke Discord's refusals on purpose: the shared checks run on what was accepted.
  const h = useBot({ fake: { guilds: [{ channels: CHANNELS }] } }, { checks: false });
  let logMark = 0;
  const newLogs = (msg: string): LogEntry['fields'][] =>
    h.logs
      .slice(logMark)
      .filter((l) => l.msg === msg)
      .map((l) => l.fields);
  afterEach(() => {
    expectNoPings(h.fake.calls);
    expectWithinLimits(h.fake.calls.filter((c) => c.status < 400));
    logMark = h.logs.length;
  });

  it('identifies with no privileged intent; asking for one not switched on is refused with 4014', async () => {
    const identify = h.fake.gateway.identifies.at(-1)!;
    expect(identify.intents & PRIVILEGED_INTENTS).toBe(0);
    expect(INTENTS).not.toContain(GatewayIntentBits.MessageContent);

    const greedy = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.MessageContent],
      rest: { api: h.fake.apiBase },
    });
    const refused = new Promise<Error>((resolve) => greedy.once(Events.Error, resolve));
    const login = greedy.login('another-token').catch((e: Error) => e);
    const error = await Promise.race([refused, login]);
    expect(String(error)).toMatch(/disallowed intents/i);
    expect(h.fake.gateway.refused.at(-1)).toMatchObject({ code: 4014, intents: GatewayIntentBits.MessageContent });
    await greedy.destroy();
  });

  it('leaves alone a message that does not mention it: Discord hides its text anyway', async () => {
    const sent = h.fake.message.create({ content: QUESTION, guildId: h.guildId, author: member(1) });
    expect(sent.contentRedacted).toBe(true);
    await h.settled();
    expect(h.fake.calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('answers a mention in a public thread named after the member, never after the question', async () => {
    const sent = h.fake.message.create({
      content: `${mention(h)} ${QUESTION}`,
      guildId: h.guildId,
      author: member(2),
      mentions: [h.fake.botUser],
    });
    expect(sent.contentRedacted).toBe(false);
    const thread = await h.fake.waitForCall((c) => c.route === 'startThreadFromMessage');
    const name = String((thread.body as { name: string }).name);
    expect(name).toBe('Advisor answer for Member 2');
    for (const word of ['visa', 'letters', 'worries']) expect(name.toLowerCase()).not.toContain(word);
    const answer = await h.fake.waitForChannelMessage((thread.response as { id: string }).id);
    expect(textOf(answer.body)).toMatch(/letters#/);
  });

  it("counts a mention of its managed role (Discord's picker often offers the role) as a mention", async () => {
    const role = h.fake.guilds[0]!.botRoleId;
    const sent = h.fake.message.create({
      content: `<@&${role}> what is USCE?`,
      guildId: h.guildId,
      author: member(3),
      mentionRoles: [role],
    });
    expect(sent.contentRedacted).toBe(false);
    const thread = await h.fake.waitForCall(
      (c) => c.route === 'startThreadFromMessage' && c.params.messageId === sent.message.id,
    );
    expect(textOf((await h.fake.waitForChannelMessage((thread.response as { id: string }).id)).body)).toMatch(
      /USCE|clinical/i,
    );
  });

  it('continues in its thread when the member replies, without a new @; a plain message there gets one hint', async () => {
    h.fake.message.create({
      content: `${mention(h)} what is a CMIO?`,
      guildId: h.guildId,
      author: member(4),
      mentions: [h.fake.botUser],
    });
    const started = await h.fake.waitForCall((c) => c.route === 'startThreadFromMessage');
    const threadId = (started.response as { id: string }).id;
    const first = await h.fake.waitForChannelMessage(threadId);

    // "Reply" with ping on (Discord's default): the text reaches the bot, which answers in place.
    const followUp = h.fake.message.create({
      content: 'and how many letters should come from informatics people?',
      guildId: h.guildId,
      channelId: threadId,
      author: member(4),
      replyTo: first.message.id,
    });
    expect(followUp.contentRedacted).toBe(false);
    const second = await followUp.waitForReply();
    expect(second.body.message_reference).toMatchObject({ message_id: followUp.message.id });
    expect(textOf(second.body)).toMatch(/letters#/);

    // A plain message in the thread (or a reply with the ping switched off) arrives empty.
    const plain = h.fake.message.create({
      content: 'thanks! and visas?',
      guildId: h.guildId,
      channelId: threadId,
      author: member(4),
    });
    expect(plain.contentRedacted).toBe(true);
    expect((await plain.waitForReply()).body.content).toBe(HIDDEN_TEXT_HINT);
    const inThread = () => h.fake.calls.filter((c) => c.route === 'createMessage' && c.params.channelId === threadId);
    const before = inThread().length;
    const quiet = h.fake.message.create({
      content: 'one more',
      guildId: h.guildId,
      channelId: threadId,
      author: member(4),
      replyTo: second.message.id,
      replyPing: false,
    });
    expect(quiet.contentRedacted).toBe(true);
    await h.settled();
    expect(inThread()).toHaveLength(before);
  });

  it('replies instead of opening a thread where it may not create threads, without trying', async () => {
    const where = channel(h, 'no-threads');
    const sent = h.fake.message.create({
      content: `${mention(h)} ${QUESTION}`,
      guildId: h.guildId,
      channelId: where,
      author: member(5),
      mentions: [h.fake.botUser],
    });
    const reply = await sent.waitForReply();
    expect(reply.body.message_reference).toMatchObject({ message_id: sent.message.id });
    expect(h.fake.calls.filter((c) => c.status >= 400)).toEqual([]);
    expect(newLogs('chat fallback')).toMatchObject([
      { from: 'thread', to: 'reply', reason: 'no Create Public Threads permission' },
    ]);
  });

  it('falls back to a reply when Discord refuses the thread (50013) and says why in the log', async () => {
    const where = channel(h, 'stale');
    // The admin changes the overwrite; the bot's cache does not hear of it.
    h.fake.setBotPermissions(where, { deny: ['CreatePublicThreads'] });
    const sent = h.fake.message.create({
      content: `${mention(h)} ${QUESTION}`,
      guildId: h.guildId,
      channelId: where,
      author: member(6),
      mentions: [h.fake.botUser],
    });
    const reply = await sent.waitForReply();
    expect(reply.body.message_reference).toMatchObject({ message_id: sent.message.id });
    expect(h.fake.calls.find((c) => c.route === 'startThreadFromMessage')).toMatchObject({ status: 403 });
    expect(newLogs('chat fallback')).toMatchObject([{ from: 'thread', to: 'reply', code: 50013 }]);
  });

  it('posts a plain message when it may neither open a thread nor reply (160002)', async () => {
    const where = channel(h, 'no-history');
    h.fake.setBotPermissions(where, { deny: ['CreatePublicThreads', 'ReadMessageHistory'] });
    const sent = h.fake.message.create({
      content: `${mention(h)} ${QUESTION}`,
      guildId: h.guildId,
      channelId: where,
      author: member(7),
      mentions: [h.fake.botUser],
    });
    const plain = await h.fake.waitForChannelMessage(where, { predicate: (m) => m.call.status < 300 });
    expect(plain.body.message_reference).toBeUndefined();
    expect(textOf(plain.body)).toMatch(/letters#/);
    const refusals = h.fake.calls.filter((c) => c.status >= 400).map((c) => (c.response as { code: number }).code);
    expect(refusals).toEqual([50013, 160002]);
    expect(newLogs('chat fallback')).toMatchObject([
      { from: 'thread', code: 50013 },
      { from: 'reply', to: 'message', code: 160002 },
    ]);
    expect(sent.delivered).toBe(true);
  });

  it('stays quiet (and logs it) where it may not post at all, and keeps answering elsewhere', async () => {
    const where = channel(h, 'read-only');
    h.fake.setBotPermissions(where, { deny: ['SendMessages', 'CreatePublicThreads'] });
    h.fake.message.create({
      content: `${mention(h)} ${QUESTION}`,
      guildId: h.guildId,
      channelId: where,
      author: member(8),
      mentions: [h.fake.botUser],
    });
    await h.settled();
    expect(newLogs('chat: cannot answer in this channel')).toMatchObject([{ code: 50013 }]);
    expect(h.logs.filter((l) => l.level === 'error')).toEqual([]);
    const dm = h.fake.message.create({ content: 'what is USCE?', author: member(8) });
    expect(textOf((await dm.waitForReply()).body)).toMatch(/USCE|clinical/i);
    expectNoPings(h.fake.calls.filter((c) => c.status < 400));
  });
}, 20_000);
