/**
 * Talking to the bot without slash commands: a message that @mentions the bot in a server
 * channel, or any plain message in a DM, is answered like /ask. In a server the answer goes into
 * a thread started from the message (a plain reply where threads are not possible); in a DM it is
 * a reply. Bots (including this one) are ignored, and nothing ever pings.
 */
import type { Message } from 'discord.js';
import type { AppContext } from '../app/context.js';
import { ASK_COOLDOWN, askView } from '../app/views/ask.js';
import { cooldownMessage } from './cooldowns.js';
import { guardMessage } from './error-boundary.js';
import type { Inflight } from './inflight.js';
import { renderDiscord, shorten, type DiscordMessage } from './render.js';
import { NO_MENTIONS, toPayload } from './respond.js';

export const EMPTY_MENTION_HINT =
  'Ask me anything about applying to clinical informatics as an IMG, for example: "how many informatics letters do I need?" Slash commands: /help.';

/** The question without the bot's mention(s); undefined when the message is not for the bot. */
export function questionFor(message: Pick<Message, 'content'>, botId: string, inGuild: boolean): string | undefined {
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  if (inGuild && !mention.test(message.content)) return undefined;
  return message.content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

async function sendAll(
  first: (p: ReturnType<typeof toPayload>) => Promise<Message>,
  more: DiscordMessage[],
  ch: Message['channel'],
) {
  const [head, ...tail] = more;
  if (!head) return;
  await first(toPayload(head));
  if (!('send' in ch)) return;
  for (const m of tail) await ch.send(toPayload(m));
}

/** Replies with `messages` in a new thread on `message` (servers) or as replies (DMs, threads). */
async function answer(message: Message, messages: DiscordMessage[], threadName: string): Promise<void> {
  const canThread = message.inGuild() && !message.channel.isThread() && 'threads' in message.channel;
  if (canThread) {
    try {
      const thread = await message.startThread({ name: threadName, autoArchiveDuration: 60 });
      const [head, ...tail] = messages;
      if (head) await thread.send(toPayload(head));
      for (const m of tail) await thread.send(toPayload(m));
      return;
    } catch {
      // No permission to create threads here (or threads disabled): fall back to a reply.
    }
  }
  await sendAll((p) => message.reply(p), messages, message.channel);
}

export function createChatHandler(ctx: AppContext, inflight: Inflight) {
  return {
    async handle(message: Message): Promise<void> {
      const me = message.client.user;
      if (!inflight.accepting || !me) return;
      if (message.author.bot || message.author.id === me.id || message.system || message.webhookId) return;
      const question = questionFor(message, me.id, message.inGuild());
      if (question === undefined) return;
      const started = Date.now();
      await inflight.track(
        guardMessage(message, ctx.logger, async () => {
          if (!question) {
            await message.reply({ content: EMPTY_MENTION_HINT, allowedMentions: NO_MENTIONS });
            return;
          }
          const verdict = await ctx.cooldowns.take(message.author.id, 'ask', ASK_COOLDOWN);
          if (!verdict.ok) {
            await message.reply({ content: cooldownMessage(verdict.retryAfterSeconds), allowedMentions: NO_MENTIONS });
            return;
          }
          // In a server the answer is public (a thread): no profile; in a DM only the member sees it.
          const v = await askView(ctx, question, {
            userId: message.author.id,
            private: !message.inGuild(),
            scope: message.guildId ?? 'dm',
            buttons: true,
          });
          await answer(message, renderDiscord(v), shorten(question, 90));
        }),
      );
      ctx.logger.info('chat', {
        messageId: message.id,
        userId: message.author.id,
        ...(message.guildId ? { guildId: message.guildId } : { dm: true }),
        ms: Date.now() - started,
      });
    },
  };
}
