/**
 * Drives a member through the bot in end-to-end tests the way Discord would: import a profile,
 * press the button a message currently shows, answer a mock question through its modal. Each
 * helper waits until the bot has finished (h.settled()).
 */
import type { APIMessage } from 'discord.js';
import { expect } from 'vitest';
import type { InteractionHandle } from '../fake-discord/server.js';
import { customIdsOf, textOf, type BotHarness } from './bot.js';

export type Who = { id: string; username: string; global_name: string };

/** Where the member acts: their DM with the bot (default) or a guild channel / thread. */
export interface Where {
  guildId?: string;
  channelId?: string;
}

export async function importProfile(h: BotHarness, who: Who, json: string, where: Where = {}): Promise<void> {
  const file = h.fake.attachment({ filename: 'profile.json', content: json, contentType: 'application/json' });
  const i = h.fake.interaction.slash({ name: 'profile', subcommand: 'import', options: { file }, user: who, ...where });
  expect(textOf(await i.waitForOriginal())).toMatch(/Profile saved/);
  await h.settled();
}

/**
 * The newest message that carries a button whose custom id starts with `prefix` and, when given,
 * belongs to `owner` (ids carry the owner), sits in `channelId`, or answered `interactionId`.
 */
export function liveMessage(
  h: BotHarness,
  prefix: string,
  opts: { owner?: string; channelId?: string; interactionId?: string } = {},
): { message: APIMessage; id: string } {
  const found = [...h.fake.messages().values()]
    .filter((m) => !opts.channelId || m.channel_id === opts.channelId)
    .filter((m) => !opts.interactionId || m.interaction_metadata?.id === opts.interactionId)
    .flatMap((m) => {
      const id = customIdsOf(m as unknown as Record<string, unknown>).find(
        (c) => c.startsWith(prefix) && (!opts.owner || c.includes(opts.owner)),
      );
      return id ? [{ message: m, id }] : [];
    })
    .sort((a, b) => (BigInt(a.message.id) < BigInt(b.message.id) ? -1 : 1));
  const last = found.at(-1);
  if (!last) throw new Error(`no message carries a button starting with ${prefix}`);
  return last;
}

/** Presses the live button starting with `prefix` as `who`; resolves when the bot is done. */
export async function press(
  h: BotHarness,
  who: Who,
  prefix: string,
  where: Where = {},
  opts: { owner?: string } = {},
): Promise<InteractionHandle> {
  const { message, id } = liveMessage(h, prefix, {
    owner: opts.owner ?? who.id,
    ...(where.channelId ? { channelId: where.channelId } : {}),
  });
  const i = h.fake.interaction.button({ customId: id, message: message.id, user: who, ...where });
  await i.callback();
  await h.settled();
  return i;
}

/** Answer → modal → submit. Resolves with the submit's handle (its follow-up is the feedback). */
export async function answerQuestion(h: BotHarness, who: Who, text: string, where: Where = {}) {
  const { message } = liveMessage(h, 'mock:answer:', {
    owner: who.id,
    ...(where.channelId ? { channelId: where.channelId } : {}),
  });
  const open = await press(h, who, 'mock:answer:', where);
  const modal = await open.callback();
  expect(modal.type).toBe(9);
  const submit = h.fake.interaction.modalSubmit({
    customId: modal.data.custom_id as string,
    fields: { answer: text },
    message: message.id,
    user: who,
    ...where,
  });
  await submit.callback();
  await h.settled();
  return { open, submit, modal };
}

/** Every message the bot stored in a channel (thread, DM or guild channel), oldest first. */
export function messagesIn(h: BotHarness, channelId: string): APIMessage[] {
  return [...h.fake.messages().values()]
    .filter((m) => m.channel_id === channelId)
    .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
}
