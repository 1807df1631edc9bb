/**
 * Where a mock interview runs on Discord, and how each step is posted.
 *
 * - In a DM: normal messages in the DM.
 * - In a server: one private thread per session (the bot creates it in the channel, or in the
 *   parent channel when started from a thread, adds the member and posts the first question
 *   there; only the member, the bot and moderators who can manage threads see it). The thread's
 *   id is kept with the session, so resuming continues in the same thread (a message unarchives
 *   it). When the session ends, or "start over" replaces it, the thread is archived and locked:
 *   it stays as a transcript, and its old buttons get a polite answer instead of a new message.
 *   When no thread can be made (not a text channel, missing permission, any API error), the
 *   session runs in ephemeral messages in the channel instead, and the member is told why.
 *
 * Each step posts a NEW message (question → feedback → next question … → summary) so the member
 * keeps a transcript, and takes the buttons off the message that was pressed so only the latest
 * step has live buttons. A message's ephemerality decides the next one's, so a session that
 * started ephemerally stays ephemeral and one in a thread or DM stays a normal message there.
 */
import {
  ChannelType,
  MessageFlags,
  PermissionFlagsBits,
  ThreadAutoArchiveDuration,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type ModalSubmitInteraction,
  type RepliableInteraction,
  type ThreadChannel,
} from 'discord.js';
import type { AppContext } from '../../src/app/context.js';
import { rememberMockThread, type StoredMockSession } from '../../src/app/mock/records.js';
import { notice, type View } from '../../src/app/view.js';
import { sessionView } from '../../src/app/views/mock.js';
import type { ComponentInteraction } from '../../src/discord/command.js';
import { discordErrorCode } from '../../src/discord/error-boundary.js';
import { renderDiscord } from '../../src/discord/render.js';
import { NO_MENTIONS, sendView, shouldBeEphemeral, toPayload } from '../../src/discord/respond.js';

export const THREAD_NOTE = (threadId: string): string =>
  `Your mock interview is in a private thread: <#${threadId}>. Only you can see it there (and server moderators, who can see every private thread). It continues where you left off, even after I restart.`;

export const EPHEMERAL_NOTE =
  '*I could not open a private thread in this channel, so this practice runs in messages only you can see. For a lasting transcript, run /mock start in a DM with me.*';

/** For a button pressed in the thread of a session that is over. */
export function closedThreadNotice(current?: StoredMockSession): string {
  const where = current?.threadId ? ` Your current session is in <#${current.threadId}>.` : '';
  return `This thread holds a practice session that has ended; it stays here as your transcript, and its buttons no longer do anything.${where} Run /mock start for a new session.`;
}

/** Is the component's message ephemeral? Decides the visibility of the next message. */
export function messageIsEphemeral(interaction: ComponentInteraction | RepliableInteraction): boolean {
  const message = 'message' in interaction ? interaction.message : null;
  if (message) return message.flags.has(MessageFlags.Ephemeral);
  return shouldBeEphemeral(interaction, true);
}

/** The interaction happened in an archived or locked thread (a finished session's transcript). */
export function inClosedThread(interaction: RepliableInteraction): boolean {
  const channel = interaction.channel;
  return Boolean(channel?.isThread() && (channel.archived || channel.locked));
}

/** Opens a private thread for the member, or undefined when this channel or server does not allow it. */
async function openPrivateThread(
  interaction: RepliableInteraction,
  ctx: AppContext,
  view: View,
): Promise<ThreadChannel | undefined> {
  const here = interaction.channel;
  // Started from inside a thread (an old session's transcript): the new one goes beside it.
  const channel = here?.isThread() ? here.parent : here;
  if (!channel || channel.type !== ChannelType.GuildText) return undefined;
  // Discord asks apps not to make requests their permissions forbid (a 403 counts against them).
  if (!interaction.appPermissions?.has(PermissionFlagsBits.CreatePrivateThreads)) {
    ctx.logger.info('mock: no private thread, running ephemerally', { reason: 'no Create Private Threads permission' });
    return undefined;
  }
  let thread: ThreadChannel | undefined;
  try {
    thread = await channel.threads.create({
      name: `Mock interview · ${interaction.user.username}`.slice(0, 100),
      type: ChannelType.PrivateThread,
      invitable: false,
      autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
    });
    await thread.members.add(interaction.user.id);
    for (const m of renderDiscord(view)) await thread.send(toPayload(m));
    return thread;
  } catch (error) {
    const status = (error as { status?: number }).status;
    ctx.logger.info('mock: no private thread, running ephemerally', { status, code: discordErrorCode(error) });
    if (thread) await thread.delete().catch(() => undefined);
    return undefined;
  }
}

/** The session's own thread again (a message unarchives it), or undefined when it is gone or locked. */
async function reopenThread(client: Client, ctx: AppContext, threadId: string, view: View) {
  try {
    const thread = await client.channels.fetch(threadId);
    if (!thread?.isThread() || thread.locked) return undefined;
    for (const m of renderDiscord(view)) await thread.send(toPayload(m));
    return thread;
  } catch (error) {
    ctx.logger.info('mock: could not reuse the session thread, opening another', { code: discordErrorCode(error) });
    return undefined;
  }
}

/**
 * Archives and locks a finished session's thread, so it stays as a read-only transcript. Needs
 * the Manage Threads permission; without it the thread simply archives itself after a day idle.
 */
export async function closeSessionThread(client: Client, ctx: AppContext, threadId: string | undefined): Promise<void> {
  if (!threadId) return;
  try {
    const thread = await client.channels.fetch(threadId);
    if (!thread?.isThread() || (thread.archived && thread.locked)) return;
    const me = thread.guild.members.me;
    if (me && !thread.permissionsFor(me)?.has(PermissionFlagsBits.ManageThreads)) {
      ctx.logger.info('mock: thread left open', {
        threadId,
        reason: 'no Manage Threads permission to archive and lock it',
      });
      return;
    }
    await thread.edit({ archived: true, locked: true, reason: 'The mock interview session ended' });
  } catch (error) {
    const code = discordErrorCode(error);
    ctx.logger.info('mock: thread left open', {
      threadId,
      code,
      reason: code === 50013 ? 'no Manage Threads permission to archive and lock it' : 'Discord refused',
    });
  }
}

/**
 * Shows a freshly started (or resumed) session: in its own thread when it has one, else a new
 * thread, else ephemerally. The interaction must already be acknowledged (deferReply for a new
 * message, deferUpdate to replace the message the button was on).
 */
export async function launchSession(
  interaction: ChatInputCommandInteraction | ComponentInteraction,
  ctx: AppContext,
  session: StoredMockSession,
  opts: { lead?: string } = {},
): Promise<void> {
  const owner = interaction.user.id;
  const view = openingView(session, owner, opts.lead);
  if (!interaction.inGuild()) {
    await sendView(interaction, view, { update: true, ephemeral: false });
    return;
  }
  const reopened = session.threadId ? await reopenThread(interaction.client, ctx, session.threadId, view) : undefined;
  const thread = reopened ?? (await openPrivateThread(interaction, ctx, view));
  if (thread && !reopened) await rememberMockThread(ctx, owner, session.state.id, thread.id);
  if (thread) {
    await sendView(interaction, notice(THREAD_NOTE(thread.id), { personal: true }), { update: true, ephemeral: true });
    return;
  }
  const fallback = { ...view, text: [EPHEMERAL_NOTE, view.text].filter(Boolean).join('\n') };
  await sendView(interaction, fallback, { update: true, ephemeral: true });
}

/** The view a (re)launched session opens on: its current step, with the setup offer on a fresh generic one. */
function openingView(session: StoredMockSession, owner: string, lead: string | undefined): View {
  const first = session.state.index === 0 && session.state.attempts.length === 0;
  return sessionView(session, owner, {
    ...(lead ? { lead } : {}),
    ...(first && session.generic ? { offerSetup: true } : {}),
  });
}

/** Acknowledge a step: replace-in-place when it comes from a message, else a new reply. */
export async function acknowledgeStep(interaction: ButtonInteraction | ModalSubmitInteraction): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  if (interaction.isButton() || (interaction.isModalSubmit() && interaction.isFromMessage())) {
    await interaction.deferUpdate();
  } else {
    await interaction.deferReply(shouldBeEphemeral(interaction, true) ? { flags: MessageFlags.Ephemeral } : {});
  }
}

/**
 * Posts the next step as a new message (same visibility as the pressed one), then removes the
 * buttons from the pressed message so only the latest step can be pressed.
 */
export async function postNextStep(interaction: ButtonInteraction | ModalSubmitInteraction, v: View): Promise<void> {
  const ephemeral = messageIsEphemeral(interaction);
  const fromMessage = interaction.isButton() || (interaction.isModalSubmit() && interaction.isFromMessage());
  if (!fromMessage) {
    await sendView(interaction, v, { ephemeral });
    return;
  }
  // After deferUpdate, sendView follows up (a new message) with the visibility given here.
  await sendView(interaction, v, { ephemeral });
  await interaction.editReply({ components: [], allowedMentions: NO_MENTIONS });
}

/** Shows a step in place of the pressed message (the hint is added to the question on screen). */
export async function replaceStep(interaction: ButtonInteraction | ModalSubmitInteraction, v: View): Promise<void> {
  await sendView(interaction, v, { update: true, ephemeral: messageIsEphemeral(interaction) });
}
