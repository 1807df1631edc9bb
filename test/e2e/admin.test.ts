/**
 * /admin: per-server settings, for members with Manage Server, checked by Discord (the command's
 * default member permissions) and again by the bot on every run.
 */
import { readFileSync } from 'node:fs';
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMBER_PERMISSIONS } from '../fake-discord/payloads.js';
import { member, textOf, useBot, type BotHarness } from '../helpers/bot.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { importProfile } from '../helpers/member-driver.js';

const ADMIN = (BigInt(DEFAULT_MEMBER_PERMISSIONS) | PermissionFlagsBits.ManageGuild).toString();
const admin = member(40);

function channel(h: BotHarness, name: string): string {
  return h.fake.guilds[0]!.channels.find((c) => c.name === name)!.id;
}

async function runAdmin(h: BotHarness, subcommand: string, options: Record<string, string | boolean> = {}) {
  const i = h.fake.interaction.slash({
    name: 'admin',
    subcommand,
    options,
    guildId: h.guildId,
    user: admin,
    memberPermissions: ADMIN,
  });
  return textOf(await i.waitForOriginal());
}

describe('/admin: per-server settings', () => {
  const h = useBot({ fake: { guilds: [{ channels: [{ name: 'general' }, { name: 'quiet' }, { name: 'wins' }] }] } });

  it('is registered for servers only, hidden from members without Manage Server', () => {
    const registered = h.fake.commands().find((c) => c.name === 'admin')!;
    expect(registered.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(registered.contexts).toEqual([0]);
    const subs = (registered.options as Array<{ name: string }>).map((o) => o.name);
    expect(subs).toEqual(['show', 'chat', 'replies', 'shares', 'questions']);
  });

  it('refuses a member without Manage Server even when the command reaches them, and changes nothing', async () => {
    const i = h.fake.interaction.slash({
      name: 'admin',
      subcommand: 'replies',
      options: { mode: 'replies' },
      guildId: h.guildId,
      user: member(41),
    });
    const callback = await i.callback();
    expect(callback).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(callback.data.content).toMatch(/Manage Server/);
    expect(await h.ctx.store.getGuildRecord(h.guildId)).toBeUndefined();
  });

  it('shows the defaults, then turns chat off in one channel: mentions there go unanswered', async () => {
    expect(await runAdmin(h, 'show')).toMatch(/On in every channel/);
    const quiet = channel(h, 'quiet');
    expect(await runAdmin(h, 'chat', { enabled: false, channel: quiet })).toMatch(/Chat is off in <#\d+>/);

    h.fake.message.create({
      content: `<@${h.fake.applicationId}> what is USCE?`,
      guildId: h.guildId,
      channelId: quiet,
      author: member(42),
      mentions: [h.fake.botUser],
    });
    await h.settled();
    expect(h.fake.calls.filter((c) => c.route === 'createMessage' || c.route === 'startThreadFromMessage')).toEqual([]);

    // Other channels are unaffected.
    h.fake.message.create({
      content: `<@${h.fake.applicationId}> what is USCE?`,
      guildId: h.guildId,
      channelId: channel(h, 'general'),
      author: member(42),
      mentions: [h.fake.botUser],
    });
    await h.fake.waitForCall((c) => c.route === 'startThreadFromMessage');
    expect(await runAdmin(h, 'chat', { enabled: true, channel: quiet })).toMatch(/Chat is on/);
  });

  it('answers mentions with a reply instead of a thread when the admins choose replies', async () => {
    expect(await runAdmin(h, 'replies', { mode: 'replies' })).toMatch(/with a reply/);
    const sent = h.fake.message.create({
      content: `<@${h.fake.applicationId}> what is a CMIO?`,
      guildId: h.guildId,
      author: member(43),
      mentions: [h.fake.botUser],
    });
    const reply = await sent.waitForReply();
    expect(reply.body.message_reference).toMatchObject({ message_id: sent.message.id });
    expect(h.fake.calls.filter((c) => c.route === 'startThreadFromMessage')).toEqual([]);
    await runAdmin(h, 'replies', { mode: 'threads' });
  });

  it('keeps public shares to the channels the admins list, and off when they turn them off', async () => {
    const who = member(44);
    await importProfile(h, who, readFileSync(EXAMPLE_PROFILE, 'utf8'), { guildId: h.guildId });
    const wins = channel(h, 'wins');
    expect(await runAdmin(h, 'shares', { channel: wins })).toMatch(/Only in <#\d+>/);

    const share = (channelId: string) =>
      h.fake.interaction.slash({ name: 'redflag', options: { share: true }, guildId: h.guildId, channelId, user: who });
    const refused = share(channel(h, 'general'));
    expect(textOf(await refused.waitForOriginal())).toContain(`<#${wins}>`);
    await h.settled();
    expect(refused.followUps()).toEqual([]);

    const allowed = share(wins);
    await allowed.waitForFollowUp(1);
    expect(allowed.followUps()[0].flags ?? 0).toBe(0);
    expect(textOf(allowed.followUps()[0])).toMatch(/Red-flag check/);

    expect(await runAdmin(h, 'shares', { mode: 'off' })).toMatch(/Off/);
    const off = share(wins);
    expect(textOf(await off.waitForOriginal())).toMatch(/turned off public shares/);
    await h.settled();
    expect(off.followUps()).toEqual([]);
  });

  it('stores the settings per server, apart from any member: not in their export', async () => {
    const exported = await h.ctx.store.exportUser(admin.id);
    expect(JSON.stringify(exported)).not.toMatch(/chatOff|shares/);
    expect(await h.ctx.store.getGuildRecord(h.guildId)).toMatchObject({ version: 1, replies: 'threads' });
  });
});
