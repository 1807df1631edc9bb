// Proves the fake with a minimal real discord.js bot: login, interactions of every kind, chat
// messages, Discord's limits, sharding, resume, and a clean teardown.

import {
  ActionRowBuilder,
  AttachmentBuilder,
  ChannelType,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  MessageFlags,
  ModalBuilder,
  Partials,
  TextInputBuilder,
  TextInputStyle,
  type ClientOptions,
  type Interaction,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guildIdForShard, startFakeDiscord as startFake, type FakeDiscord, type FakeDiscordOptions } from './server.js';

/** This file's minimal bot reads every message, so its app has Message Content switched on in the portal. */
const startFakeDiscord = (opts: FakeDiscordOptions = {}) =>
  startFake({ privilegedIntents: ['MessageContent'], ...opts });

const timings: Record<string, number> = {};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterAll(() => console.log('fake-discord timings (ms)', timings));

interface Bot {
  client: Client;
  seen: Interaction[];
  errors: unknown[];
  readyMs: number;
}

/** A minimal bot: just enough handlers to exercise each kind of REST call. */
async function startBot(fake: FakeDiscord, extra: Partial<ClientOptions> = {}): Promise<Bot> {
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.DirectMessages,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
    ],
    partials: [Partials.Channel],
    rest: { api: fake.apiBase },
    allowedMentions: { parse: [] },
    ...extra,
  });
  const bot: Bot = { client, seen: [], errors: [], readyMs: 0 };
  const guard = (fn: () => Promise<unknown>) => fn().catch((err: unknown) => bot.errors.push(err));

  client.on(Events.InteractionCreate, (i) => {
    bot.seen.push(i);
    guard(async () => {
      if (i.isChatInputCommand()) {
        switch (i.commandName) {
          case 'ping':
            return i.reply({ content: `pong from shard ${i.guild?.shardId ?? 0}`, flags: MessageFlags.Ephemeral });
          case 'slow':
            await i.deferReply();
            await sleep(50);
            return i.editReply('done thinking');
          case 'file':
            await i.reply('here it comes');
            return i.followUp({
              content: 'attached',
              files: [new AttachmentBuilder(Buffer.from('hello file'), { name: 'notes.txt' })],
            });
          case 'form':
            return i.showModal(
              new ModalBuilder()
                .setCustomId('form')
                .setTitle('Tell me')
                .addComponents(
                  new ActionRowBuilder<TextInputBuilder>().addComponents(
                    new TextInputBuilder().setCustomId('answer').setLabel('Answer').setStyle(TextInputStyle.Short),
                  ),
                ),
            );
          case 'big':
            // Each embed is valid for the builders; together they exceed Discord's 6000 total.
            return i.reply({ embeds: [1, 2].map(() => new EmbedBuilder().setDescription('x'.repeat(3500))) });
          case 'add':
            return i.reply(`sum ${i.options.getInteger('a', true) + i.options.getInteger('b', true)}`);
          case 'late':
            await sleep(150);
            return i.reply('too late');
        }
      }
      if (i.isButton()) return i.update({ content: `pressed ${i.customId}`, components: [] });
      if (i.isStringSelectMenu())
        return i.reply({ content: `picked ${i.values.join(',')}`, flags: MessageFlags.Ephemeral });
      if (i.isModalSubmit()) return i.reply(`you said ${i.fields.getTextInputValue('answer')}`);
      if (i.isAutocomplete()) {
        const typed = String(i.options.getFocused());
        const all = ['visa', 'usmle', 'match', 'research'];
        return i.respond(all.filter((t) => t.startsWith(typed)).map((t) => ({ name: t, value: t })));
      }
      return undefined;
    });
  });

  client.on(Events.MessageCreate, (m) => {
    if (m.author.bot) return;
    guard(async () => {
      if (!m.inGuild()) return m.channel.send(`echo: ${m.content}`);
      if (!m.mentions.has(client.user!.id)) return undefined;
      await m.reply('hello in guild');
      await m.startThread({ name: 'Advice thread' });
      return m.author.send('a private word');
    });
  });

  const started = performance.now();
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login('fake-token');
  await ready;
  bot.readyMs = performance.now() - started;
  return bot;
}

describe('fake Discord with a real discord.js client', () => {
  let fake: FakeDiscord;
  let bot: Bot;
  const guildId = () => fake.guilds[0]!.id;
  const channelId = () => fake.guilds[0]!.channels[0]!.id;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    bot = await startBot(fake);
    timings['login→ready (first in file)'] = bot.readyMs;
  });

  afterAll(async () => {
    await bot.client.destroy();
    await fake.close();
  });

  it('logs in: gateway/bot, IDENTIFY with intents and shard, READY and GUILD_CREATE', () => {
    expect(bot.client.isReady()).toBe(true);
    expect(bot.client.user?.id).toBe(fake.botUser.id);
    expect(bot.client.application?.id).toBe(fake.applicationId);
    expect(bot.client.guilds.cache.get(guildId())?.channels.cache.has(channelId())).toBe(true);
    expect(fake.gateway.identifies).toHaveLength(1);
    expect(fake.gateway.identifies[0]!.shard).toEqual([0, 1]);
    expect(fake.gateway.identifies[0]!.intents & GatewayIntentBits.MessageContent).toBeTruthy();
    expect(fake.calls.map((c) => c.route)).toContain('gatewayBot');
    expect(fake.unknownCalls()).toEqual([]);
  });

  it('answers a guild slash command with an ephemeral reply', async () => {
    const h = fake.interaction.slash({
      name: 'ping',
      guildId: guildId(),
      user: { id: '200000000000000001', username: 'amira' },
    });
    const cb = await h.callback();
    const call = h.all()[0]!;
    timings['slash round trip (first)'] = call.time - h.dispatchedAt;
    expect(cb.type).toBe(4);
    expect(cb.data.flags).toBe(MessageFlags.Ephemeral);
    expect(cb.data.allowed_mentions).toEqual({ parse: [] });
    expect(cb.data.content).toBe('pong from shard 0');
    expect(call.path).toBe(`/interactions/${h.id}/${h.token}/callback`);
    const seen = bot.seen.at(-1)!;
    expect(seen.inCachedGuild()).toBe(true);
    expect(seen.user.username).toBe('amira');
  });

  it('answers the same command in a DM', async () => {
    const h = fake.interaction.slash({ name: 'ping', user: '200000000000000002' });
    const cb = await h.callback();
    expect(cb).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    const seen = bot.seen.at(-1)!;
    expect(seen.inGuild()).toBe(false);
    expect(seen.channel?.type).toBe(ChannelType.DM);
  });

  it('defers, then edits @original (deferral first, before the slow work)', async () => {
    const h = fake.interaction.slash({ name: 'slow', guildId: guildId() });
    const edit = await h.waitForOriginal();
    expect(edit.content).toBe('done thinking');
    const [defer, patch] = h.all();
    expect(defer!.body).toMatchObject({ type: 5 });
    expect(patch!.method).toBe('PATCH');
    expect(patch!.path).toBe(`/webhooks/${fake.applicationId}/${h.token}/messages/@original`);
    expect(patch!.rawPath).toContain('%40original');
    expect(patch!.time - defer!.time).toBeGreaterThanOrEqual(45);
    expect(h.originalMessage()?.flags ?? 0).toBe(0); // no longer "thinking"
  });

  it('sends a follow-up with a file (multipart parsed, attachment downloadable)', async () => {
    const h = fake.interaction.slash({ name: 'file', guildId: guildId() });
    const followUp = await h.waitForFollowUp();
    expect(followUp.content).toBe('attached');
    const call = h.all().find((c) => c.route === 'createFollowUp')!;
    expect(call.query.wait).toBe('true');
    expect(call.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(call.files).toHaveLength(1);
    expect(call.files[0]).toMatchObject({ name: 'notes.txt', content: 'hello file' });
    const url = (call.response as { attachments: Array<{ url: string }> }).attachments[0]!.url;
    expect(await (await fetch(url)).text()).toBe('hello file');
  });

  it('handles a button (update) and a string select', async () => {
    const button = fake.interaction.button({ customId: 'confirm', guildId: guildId() });
    expect(await button.callback()).toMatchObject({ type: 7, data: { content: 'pressed confirm', components: [] } });
    expect(button.originalMessage()?.content).toBe('pressed confirm');
    const select = fake.interaction.select({ customId: 'pick', values: ['visa'], guildId: guildId() });
    expect(await select.callback()).toMatchObject({ type: 4, data: { content: 'picked visa', flags: 64 } });
  });

  it('shows a modal (type 9) and handles its submission', async () => {
    const open = fake.interaction.slash({ name: 'form', guildId: guildId() });
    const modal = await open.callback();
    expect(modal.type).toBe(9);
    expect(modal.data.custom_id).toBe('form');
    const submit = fake.interaction.modalSubmit({
      customId: 'form',
      fields: { answer: 'hi there' },
      guildId: guildId(),
    });
    expect((await submit.callback()).data.content).toBe('you said hi there');
    const labelled = fake.interaction.modalSubmit({ customId: 'form', fields: { answer: 'labels' }, layout: 'label' });
    expect((await labelled.callback()).data.content).toBe('you said labels');
  });

  it('answers autocomplete with choices (type 8)', async () => {
    const h = fake.interaction.autocomplete({
      name: 'ask',
      focused: { name: 'topic', value: 'us' },
      guildId: guildId(),
    });
    expect(await h.callback()).toEqual({ type: 8, data: { choices: [{ name: 'usmle', value: 'usmle' }] } });
  });

  it('uses registered command option types (PUT commands, integer options)', async () => {
    await bot.client.application!.commands.set([
      {
        name: 'add',
        description: 'Adds',
        options: [
          { name: 'a', description: 'a', type: 4, required: true },
          { name: 'b', description: 'b', type: 4, required: true },
        ],
      },
    ]);
    expect(fake.commands()[0]).toMatchObject({ name: 'add', application_id: fake.applicationId });
    expect(fake.commands()[0]!.id).toMatch(/^\d+$/);
    const h = fake.interaction.slash({ name: 'add', options: { a: 2, b: 3 }, guildId: guildId() });
    expect((await h.callback()).data.content).toBe('sum 5');
    await expect(bot.client.application!.commands.set([{ name: 'Bad Name', description: 'x' }])).rejects.toMatchObject({
      code: 50035,
    });
  });

  it('answers a DM message with channel.send', async () => {
    const sent = fake.message.create({ content: 'hello', author: '200000000000000003' });
    expect(sent.delivered).toBe(true);
    const reply = await sent.waitForReply();
    expect(reply.body.content).toBe('echo: hello');
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
    expect(reply.call.path).toBe(`/channels/${sent.message.channel_id}/messages`);
  });

  it('replies in a guild, starts a thread and opens a DM', async () => {
    const sent = fake.message.create({
      content: `<@${fake.botUser.id}> hi`,
      author: '200000000000000004', // a user the client has no DM channel cached for
      guildId: guildId(),
      mentions: [fake.botUser],
    });
    const reply = await fake.waitForChannelMessage(channelId());
    expect(reply.body.message_reference).toMatchObject({ message_id: sent.message.id });
    const thread = await fake.waitForCall((c) => c.route === 'startThreadFromMessage');
    expect(thread.body).toMatchObject({ name: 'Advice thread' });
    const dm = await fake.waitForCall((c) => c.route === 'createDM');
    expect(dm.body).toEqual({ recipient_id: sent.message.author.id });
    const dmChannel = (dm.response as { id: string }).id;
    expect((await fake.waitForChannelMessage(dmChannel)).body.content).toBe('a private word');
  });

  it('rejects an over-limit embed with 400 / 50035, surfaced as DiscordAPIError', async () => {
    const before = bot.errors.length;
    const h = fake.interaction.slash({ name: 'big', guildId: guildId() });
    await fake.waitForCall((c) => c.interaction?.id === h.id);
    await expect.poll(() => bot.errors.length).toBe(before + 1);
    const err = bot.errors.at(-1);
    expect(err).toBeInstanceOf(DiscordAPIError);
    expect((err as DiscordAPIError).code).toBe(50035);
    expect((err as DiscordAPIError).message).toMatch(/MAX_EMBED_SIZE_EXCEEDED/);
    expect(h.all()[0]!.status).toBe(400);
  });

  it('answers 10062 Unknown interaction after the deadline, and records unknown routes', async () => {
    fake.configure({ interactionDeadlineMs: 100 });
    const before = bot.errors.length;
    const h = fake.interaction.slash({ name: 'late', guildId: guildId() });
    await expect.poll(() => bot.errors.length).toBe(before + 1);
    expect((bot.errors.at(-1) as DiscordAPIError).code).toBe(10062);
    expect(h.all()[0]!.status).toBe(404);
    fake.configure({ interactionDeadlineMs: 3000 });

    await expect(bot.client.rest.get('/not/a/route')).rejects.toBeInstanceOf(DiscordAPIError);
    expect(fake.unknownCalls().map((c) => c.path)).toEqual(['/not/a/route']);
  });

  it('measures warm round trips (dispatch → callback recorded)', async () => {
    const samples: number[] = [];
    for (let n = 0; n < 20; n++) {
      const h = fake.interaction.slash({ name: 'ping', guildId: guildId() });
      await h.callback();
      samples.push(h.all()[0]!.time - h.dispatchedAt);
    }
    samples.sort((x, y) => x - y);
    timings['round trip median (20 warm)'] = samples[10]!;
    timings['round trip max (20 warm)'] = samples[19]!;
  });

  it('resumes after the gateway asks for a reconnect (op 7), with no lost events', async () => {
    const resumed = new Promise<void>((resolve) => bot.client.once(Events.ShardResume, () => resolve()));
    fake.gateway.requestReconnect(0);
    await resumed;
    expect(fake.gateway.received.some((p) => p.op === 6)).toBe(true);
    const h = fake.interaction.slash({ name: 'ping', guildId: guildId() });
    expect((await h.callback()).type).toBe(4);
  });
});

describe('sharding: one client per shard', () => {
  it('routes each guild to the connection that owns its shard, DMs to shard 0', async () => {
    const g0 = guildIdForShard(0, 2);
    const g1 = guildIdForShard(1, 2);
    const fake = await startFakeDiscord({
      guilds: [
        { id: g0, name: 'zero' },
        { id: g1, name: 'one' },
      ],
    });
    const a = await startBot(fake, { shards: [0], shardCount: 2 });
    const b = await startBot(fake, { shards: [1], shardCount: 2 });
    try {
      expect(fake.gateway.identifies.map((i) => i.shard)).toEqual([
        [0, 2],
        [1, 2],
      ]);
      expect([...a.client.guilds.cache.keys()]).toEqual([g0]);
      expect([...b.client.guilds.cache.keys()]).toEqual([g1]);

      const h0 = fake.interaction.slash({ name: 'ping', guildId: g0 });
      const h1 = fake.interaction.slash({ name: 'ping', guildId: g1 });
      const dm = fake.interaction.slash({ name: 'ping' });
      expect([h0.shard, h1.shard, dm.shard]).toEqual([0, 1, 0]);
      expect((await h0.callback()).data.content).toBe('pong from shard 0');
      expect((await h1.callback()).data.content).toBe('pong from shard 1');
      await dm.callback();
      expect(a.seen.map((i) => i.id)).toEqual([h0.id, dm.id]);
      expect(b.seen.map((i) => i.id)).toEqual([h1.id]);
    } finally {
      await a.client.destroy();
      await b.client.destroy();
      await fake.close();
    }
  });
});

describe('teardown', () => {
  const resources = () => process.getActiveResourcesInfo().filter((r) => r !== 'TTYWrap');
  const count = (list: string[], kind: string) => list.filter((r) => r === kind).length;

  it('client.destroy() then fake.close() leaves no sockets, servers or timers behind', async () => {
    const baseline = resources();
    const fake = await startFakeDiscord();
    const bot = await startBot(fake);
    timings['login→ready (warm)'] = bot.readyMs;
    const h = fake.interaction.slash({ name: 'ping', guildId: fake.guilds[0]!.id });
    await h.callback();
    const started = performance.now();
    await bot.client.destroy();
    timings['destroy'] = performance.now() - started;
    await fake.close();
    expect(fake.gateway.connections.every((c) => c.closeCode === 1000)).toBe(true);
    await sleep(700); // longer than discord.js's 500 ms reconnect delay
    const after = resources();
    for (const kind of ['TCPSocketWrap', 'TCPServerWrap', 'Timeout']) {
      expect(count(after, kind), kind).toBeLessThanOrEqual(count(baseline, kind));
    }
  });

  it('fake.close() first does not leave the client reconnecting forever', async () => {
    const baseline = resources();
    const fake = await startFakeDiscord();
    const bot = await startBot(fake);
    const attempts: string[] = [];
    bot.client.on(Events.Debug, (m) => m.includes('Connecting to') && attempts.push(m));
    const disconnected = new Promise<number>((resolve) =>
      bot.client.once(Events.ShardDisconnect, (e) => resolve(e.code)),
    );
    await fake.close();
    expect(await disconnected).toBe(4004);
    await sleep(1200); // discord.js would retry every ~500 ms
    expect(attempts).toEqual([]);
    await bot.client.destroy();
    const after = resources();
    for (const kind of ['TCPSocketWrap', 'TCPServerWrap', 'Timeout']) {
      expect(count(after, kind), kind).toBeLessThanOrEqual(count(baseline, kind));
    }
  });
});
