/**
 * Talking to the bot without slash commands, answered like /ask. The bot asks for no privileged
 * intent, so it reads exactly what Discord shows an app without Message Content: DMs, messages
 * that mention it (its user, or its managed role, which Discord's mention picker often offers),
 * and replies to one of its own messages sent with "ping on reply" on.
 *
 * Which messages it answers:
 * - a DM;
 * - a server message that mentions it;
 * - a reply to one of its messages, anywhere (the conversation continues without a new @);
 * - any message in a thread it opened: when Discord lets it read the message (a reply or a
 *   mention) it answers; a plain message there (or a reply with its ping switched off) arrives
 *   empty, so it says once per channel how to continue instead of guessing.
 *
 * Where the answer goes in a server (admins choose with `/admin replies`): a public thread on the
 * question (named after the member, never after the question text) or a reply. Each step falls
 * back when the bot lacks the permission (checked first from its cache, and again from Discord's
 * 50013 / 160002 when the cache is stale): no thread → a reply; no reply (Read Message History)
 * → a plain message. Every fallback logs why. Channels where admins turned chat off are ignored.
 */
import { PermissionFlagsBits, type GuildTextBasedChannel, type Message } from 'discord.js';
import type { AppContext } from '../app/context.js';
import { ASK_COOLDOWN, askView } from '../app/views/ask.js';
import { cooldownMessage } from './cooldowns.js';
import { discordErrorCode, guardMessage } from './error-boundary.js';
import { chatAllowed, readGuildSettings, type ReplyMode } from './guild-settings.js';
import type { Inflight } from './inflight.js';
import { renderDiscord, shorten, type DiscordMessage } from './render.js';
import { toPayload } from './respond.js';

export const EMPTY_MENTION_HINT =
  'Ask me anything about applying to clinical informatics as an IMG, for example: "how many informatics letters do I need?" Slash commands: /help.';

/**
 * For a message Discord delivered without its text: a plain message in one of the bot's threads,
 * or a reply to the bot with the reply's ping switched off.
 */
export const HIDDEN_TEXT_HINT =
  "I couldn't read that message: Discord only shows me messages that mention me or reply to one of mine with the reply's ping left on. Reply to my last answer (ping on) to ask a follow-up, or use /ask.";

/** Discord error codes the fallbacks react to. */
export const MISSING_PERMISSIONS = 50013;
export const CANNOT_REPLY_WITHOUT_HISTORY = 160002;

/** Why a message is for the bot, or undefined when it is not. */
export type ChatReason = 'dm' | 'mention' | 'reply' | 'own-thread';

export function chatReason(message: Message, botId: string): ChatReason | undefined {
  if (!message.inGuild()) return 'dm';
  if (message.mentions.users.has(botId)) return 'mention';
  if (message.mentions.roles.some((role) => role.tags?.botId === botId)) return 'mention';
  if (message.reference?.messageId && message.mentions.repliedUser?.id === botId) return 'reply';
  if (message.channel.isThread() && message.channel.ownerId === botId) return 'own-thread';
  return undefined;
}

/** The question: the message without the bot's user or managed-role mention(s). */
export function questionFor(message: Message, botId: string): string {
  const roleIds = message.inGuild()
    ? message.mentions.roles.filter((r) => r.tags?.botId === botId).map((r) => r.id)
    : [];
  let text = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ');
  for (const id of roleIds) text = text.replaceAll(`<@&${id}>`, ' ');
  return text.replace(/\s+/g, ' ').trim();
}

/** Said in the channel only when a private reply could not be delivered: nothing of what was asked. */
export const PRIVATE_REPLY_REFUSED =
  'I tried to answer you in a direct message, but Discord did not let me send it. Use /ask here (only you will see the answer), or allow direct messages from this server.';

/** A public thread's name: whose question it is, never what they asked. */
export function threadNameFor(message: Message): string {
  const who = message.member?.displayName ?? message.author.displayName ?? message.author.username;
  return shorten(`Advisor answer for ${who}`, 100);
}

type Fallback = { from: string; to: string; reason: string; code?: number | undefined };

const plainText = (content: string): DiscordMessage => ({ content, embeds: [], components: [], files: [] });

/** A bounded set of threads already told how to continue (a repeat after a restart is harmless). */
function hintedThreads(max = 1000) {
  const seen = new Set<string>();
  return {
    first(id: string): boolean {
      if (seen.has(id)) return false;
      if (seen.size >= max) seen.delete(seen.values().next().value!);
      seen.add(id);
      return true;
    },
  };
}

export function createChatHandler(ctx: AppContext, inflight: Inflight) {
  const hinted = hintedThreads();

  const logFallback = (message: Message, f: Fallback): void =>
    ctx.logger.info('chat fallback', {
      messageId: message.id,
      guildId: message.guildId,
      channelId: message.channelId,
      ...f,
    });

  /** Sends the messages in order into `channel`, the first one as a reply when `replyTo` is set. */
  async function sendInto(
    channel: GuildTextBasedChannel | Message['channel'],
    messages: DiscordMessage[],
    replyTo?: Message,
  ) {
    if (!('send' in channel)) return;
    const [head, ...tail] = messages;
    if (!head) return;
    if (replyTo) await replyTo.reply(toPayload(head));
    else await channel.send(toPayload(head));
    for (const m of tail) await channel.send(toPayload(m));
  }

  /** A plain message; where the bot may not post at all, it says so in the log and stays quiet. */
  async function post(message: Message, messages: DiscordMessage[]): Promise<void> {
    try {
      await sendInto(message.channel, messages);
    } catch (error) {
      if (discordErrorCode(error) !== MISSING_PERMISSIONS) throw error;
      ctx.logger.warn('chat: cannot answer in this channel', {
        messageId: message.id,
        guildId: message.guildId,
        channelId: message.channelId,
        reason: 'no permission to send messages here',
        code: MISSING_PERMISSIONS,
      });
    }
  }

  /** A reply, or a plain message where the bot may not read the history a reply needs. */
  async function replyOrPost(message: Message, messages: DiscordMessage[]): Promise<void> {
    const me = message.guild?.members.me;
    const perms = me && message.inGuild() ? message.channel.permissionsFor(me) : null;
    if (perms && !perms.has(PermissionFlagsBits.ReadMessageHistory)) {
      logFallback(message, { from: 'reply', to: 'message', reason: 'no Read Message History permission' });
      return post(message, messages);
    }
    try {
      await sendInto(message.channel, messages, message);
    } catch (error) {
      const code = discordErrorCode(error);
      if (code !== CANNOT_REPLY_WITHOUT_HISTORY && code !== MISSING_PERMISSIONS) throw error;
      logFallback(message, { from: 'reply', to: 'message', reason: 'Discord refused the reply', code });
      await post(message, messages);
    }
  }

  /** A public thread on the question, or a reply when threads are not possible here. */
  async function threadOrReply(message: Message<true>, messages: DiscordMessage[]): Promise<void> {
    const channel = message.channel;
    const me = message.guild.members.me;
    const perms = me ? channel.permissionsFor(me) : null;
    const threadable = !channel.isThread() && 'threads' in channel;
    if (!threadable) {
      logFallback(message, { from: 'thread', to: 'reply', reason: 'threads are not possible in this channel' });
      return replyOrPost(message, messages);
    }
    if (perms && !perms.has([PermissionFlagsBits.CreatePublicThreads, PermissionFlagsBits.SendMessagesInThreads])) {
      logFallback(message, { from: 'thread', to: 'reply', reason: 'no Create Public Threads permission' });
      return replyOrPost(message, messages);
    }
    let thread;
    try {
      thread = await message.startThread({ name: threadNameFor(message), autoArchiveDuration: 60 });
    } catch (error) {
      logFallback(message, {
        from: 'thread',
        to: 'reply',
        reason: 'Discord refused the thread',
        code: discordErrorCode(error),
      });
      return replyOrPost(message, messages);
    }
    await sendInto(thread, messages);
  }

  /**
   * A crisis message from a server channel: the reply goes to the member's DMs. Where Discord
   * refuses the DM (closed DMs), one neutral line in the channel says only that a private reply
   * could not be sent and how to get one (/ask answers privately); it repeats nothing of the message.
   */
  async function answerPrivately(message: Message<true>, question: string): Promise<void> {
    const v = await askView(ctx, question, { userId: message.author.id, private: true, scope: 'dm' });
    try {
      const dm = await message.author.createDM();
      await sendInto(dm, renderDiscord(v));
      ctx.logger.info('chat: answered privately', { messageId: message.id, guildId: message.guildId, to: 'dm' });
    } catch (error) {
      ctx.logger.warn('chat: private answer refused', {
        messageId: message.id,
        guildId: message.guildId,
        code: discordErrorCode(error),
      });
      await replyOrPost(message, [plainText(PRIVATE_REPLY_REFUSED)]);
    }
  }

  async function deliver(message: Message, messages: DiscordMessage[], mode: ReplyMode): Promise<void> {
    // In a DM, or already inside a thread: answer in place.
    if (!message.inGuild() || message.channel.isThread() || mode === 'replies') return replyOrPost(message, messages);
    return threadOrReply(message, messages);
  }

  return {
    async handle(message: Message): Promise<void> {
      const me = message.client.user;
      if (!inflight.accepting || !me) return;
      if (message.author.bot || message.author.id === me.id || message.system || message.webhookId) return;
      const reason = chatReason(message, me.id);
      if (!reason) return;
      const started = Date.now();
      await inflight.track(
        guardMessage(message, ctx.logger, async () => {
          let mode: ReplyMode = 'threads';
          if (message.inGuild()) {
            const settings = await readGuildSettings(ctx, message.guildId);
            const home = message.channel.isThread()
              ? (message.channel.parentId ?? message.channelId)
              : message.channelId;
            if (!chatAllowed(settings, home)) {
              ctx.logger.debug('chat off in this channel', { channelId: home, guildId: message.guildId });
              return;
            }
            mode = settings.replies;
          }
          const question = questionFor(message, me.id);
          if (!question) {
            if (reason === 'own-thread' || reason === 'reply') {
              // Discord delivered the message without its text: say how to continue, once here.
              if (hinted.first(message.channelId)) await replyOrPost(message, [plainText(HIDDEN_TEXT_HINT)]);
              return;
            }
            await replyOrPost(message, [plainText(EMPTY_MENTION_HINT)]);
            return;
          }
          const urgent = ASK_COOLDOWN.exemptWhen?.test(question) ?? false;
          const verdict = urgent
            ? { ok: true as const }
            : await ctx.cooldowns.take(message.author.id, 'ask', ASK_COOLDOWN);
          if (!verdict.ok) {
            await replyOrPost(message, [plainText(cooldownMessage(verdict.retryAt))]);
            return;
          }
          // Thoughts of self-harm told in a server channel are answered privately, by direct message,
          // with the same crisis text: nothing about it goes into the channel or a public thread.
          if (urgent && message.inGuild()) {
            await answerPrivately(message, question);
            return;
          }
          // In a server the answer is public (a thread or reply): no profile; in a DM only the member sees it.
          const v = await askView(ctx, question, {
            userId: message.author.id,
            private: !message.inGuild(),
            scope: message.guildId ?? 'dm',
            buttons: true,
          });
          await deliver(message, renderDiscord(v), mode);
        }),
      );
      ctx.logger.info('chat', {
        messageId: message.id,
        userId: message.author.id,
        reason,
        ...(message.guildId ? { guildId: message.guildId } : { dm: true }),
        ms: Date.now() - started,
      });
    },
  };
}
