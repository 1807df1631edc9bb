import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import { slashCommand, type Command } from '../../src/discord/command.js';
import { APOLOGY, STORE_DOWN } from '../../src/discord/error-boundary.js';
import { deferFor } from '../../src/discord/respond.js';
import { SHUTTING_DOWN, STALE_COMPONENT } from '../../src/discord/router.js';
import { StoreUnavailableError } from '../../src/store/errors.js';
import { member, startBot, textOf, useBot } from '../helpers/bot.js';

/** Test-only commands: one that throws at once, one after deferring, one whose store is down, one slow. */
const boom: Command = {
  data: slashCommand('boom', 'Throws'),
  async execute() {
    throw new TypeError("Cannot read properties of undefined (reading 'secret profile text')");
  },
};
const boomLate: Command = {
  data: slashCommand('boom-late', 'Throws after deferring'),
  async execute(interaction) {
    await deferFor(interaction, true);
    throw new Error('late failure');
  },
};
const storeDown: Command = {
  data: slashCommand('store-down', 'Store unavailable'),
  async execute(interaction) {
    await deferFor(interaction, true);
    throw new StoreUnavailableError('saveProfile', 'timeout');
  },
};
const slow: Command = {
  data: slashCommand('slow', 'Takes a while'),
  async execute(interaction) {
    await deferFor(interaction, false);
    await new Promise((r) => setTimeout(r, 300));
    await interaction.editReply({ content: 'finished', allowedMentions: { parse: [] } });
  },
};

describe('the error boundary and shutdown, end to end', () => {
  const h = useBot({ extraCommands: [boom, boomLate, storeDown, slow] }, { unknown: false, checks: false });

  it('answers a throwing handler with the plain apology, logs it by command name, and keeps running', async () => {
    const i = h.fake.interaction.slash({ name: 'boom', guildId: h.guildId, user: member(40) });
    const callback = await i.callback();
    expect(callback).toMatchObject({ type: 4, data: { content: APOLOGY, flags: MessageFlags.Ephemeral } });
    const logged = h.logs.find((l) => l.level === 'error' && l.fields.name === 'boom');
    expect(logged?.msg).toBe('handler failed');
    const next = h.fake.interaction.slash({ name: 'ask', options: { question: 'what is a CMIO?' }, user: member(40) });
    expect(textOf(await next.waitForOriginal())).toMatch(/CMIO|informatics/i);
  });

  it('replaces the "thinking…" state when the handler fails after deferring', async () => {
    const i = h.fake.interaction.slash({ name: 'boom-late', guildId: h.guildId, user: member(41) });
    expect(await i.callback()).toMatchObject({ type: 5, data: { flags: 64 } });
    expect((await i.waitForOriginal()).content).toBe(APOLOGY);
  });

  it('tells the member plainly when storage is unreachable', async () => {
    const i = h.fake.interaction.slash({ name: 'store-down', user: member(42) });
    expect((await i.waitForOriginal()).content).toBe(STORE_DOWN);
  });

  it('answers a button it no longer knows with a pointer to run the command again', async () => {
    const i = h.fake.interaction.button({ customId: 'gone:away:1', guildId: h.guildId, user: member(43) });
    expect(await i.callback()).toMatchObject({ type: 4, data: { content: STALE_COMPONENT, flags: 64 } });
  });

  it('replies in the channel when a thread cannot be started from a mention', async () => {
    h.fake.failNext({ path: /\/threads$/, status: 403, body: { code: 50013, message: 'Missing Permissions' } });
    const sent = h.fake.message.create({
      content: `<@${h.fake.applicationId}> what is a PD?`,
      guildId: h.guildId,
      channelId: h.channelId,
      author: member(45),
      mentions: [h.fake.botUser],
    });
    const reply = await sent.waitForReply();
    expect(reply.body.message_reference).toMatchObject({ message_id: sent.message.id });
    expect(reply.body.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
  });

  it('on shutdown finishes running handlers and turns new interactions away politely', async () => {
    // Its own bot: this test stops it.
    const own = await startBot({ extraCommands: [slow] });
    try {
      const running = own.fake.interaction.slash({ name: 'slow', user: member(46) });
      await running.callback();
      const stopping = own.bot.stop(5000);
      const late = own.fake.interaction.slash({ name: 'ask', options: { question: 'visa?' }, user: member(47) });
      expect(await late.callback()).toMatchObject({ type: 4, data: { content: SHUTTING_DOWN, flags: 64 } });
      await stopping;
      expect((await running.waitForOriginal()).content).toBe('finished');
      expect(own.bot.inflight.size).toBe(0);
    } finally {
      await own.close();
    }
  });
});
