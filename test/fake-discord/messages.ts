// Chat messages: MESSAGE_CREATE dispatches from users (honouring the intents the client asked
// for, like Discord does) and waiting for the bot's `POST /channels/{id}/messages`.

import { ChannelType, GatewayIntentBits, type APIAttachment, type APIMessage, type APIUser } from 'discord.js';
import type { FakeGateway } from './gateway.js';
import type { RecordedCall, RecordedFile } from './http.js';
import { makeMember, makeMessage, makeUser, type UserInput } from './payloads.js';
import type { FakeState, Json } from './state.js';

export interface MessageCreateInput {
  content: string;
  author?: UserInput;
  /** Without guildId: the author's DM with the bot (channelId optional). */
  guildId?: string;
  channelId?: string;
  mentions?: UserInput[];
  /** Role ids mentioned (`<@&id>`), e.g. the bot's managed role: `fake.guilds[0].botRoleId`. */
  mentionRoles?: string[];
  attachments?: APIAttachment[];
  /** Id of a message this one replies to. */
  replyTo?: string;
  /** Whether the reply pings its author ("ping on reply", on by default in Discord's clients). */
  replyPing?: boolean;
}

export interface SentUserMessage {
  message: APIMessage;
  /** False when the client's intents exclude this event (Discord would not send it). */
  delivered: boolean;
  /** True when content was blanked because the MessageContent intent is missing. */
  contentRedacted: boolean;
  shard: number | undefined;
  /** Waits for the bot's next message in the same channel. */
  waitForReply(opts?: { timeoutMs?: number }): Promise<ChannelMessage>;
}

export interface ChannelMessage {
  /** What the bot sent (JSON body or multipart `payload_json`). */
  body: Json;
  /** The message object the fake answered with. */
  message: APIMessage;
  files: RecordedFile[];
  call: RecordedCall;
}

export class MessageApi {
  /** Per channel: seq of the last channel message already handed to a waiter. */
  private readonly cursors = new Map<string, number>();

  constructor(
    private readonly state: FakeState,
    private readonly gateway: FakeGateway,
  ) {}

  create(input: MessageCreateInput): SentUserMessage {
    const author = this.state.rememberUser(
      typeof input.author === 'string' && this.state.users.has(input.author)
        ? this.state.users.get(input.author)!
        : makeUser(input.author ?? { id: '100000000000000001', username: 'tester', global_name: 'Tester' }),
    );
    const guildId = input.guildId;
    const channel = guildId
      ? this.state.ensureGuildChannel(guildId, input.channelId)
      : input.channelId
        ? (this.state.channels.get(input.channelId) ?? this.state.dmChannelFor(author))
        : this.state.dmChannelFor(author);
    const mentions = (input.mentions ?? []).map((m) =>
      typeof m === 'string' && this.state.users.has(m) ? this.state.users.get(m)! : makeUser(m),
    );
    const reply = input.replyTo ? this.state.messages.get(input.replyTo) : undefined;
    const replyPing = input.replyPing !== false;
    const visible = this.contentVisibleWithoutIntent(
      guildId,
      { users: mentions, roles: input.mentionRoles ?? [] },
      reply,
      replyPing,
    );
    // A reply with "ping on reply" mentions the replied-to author, as Discord's clients send it.
    if (reply && replyPing && !mentions.some((m) => m.id === reply.author.id)) mentions.push(reply.author);
    const message = makeMessage({
      channelId: channel.id,
      guildId,
      author,
      content: input.content,
      mentions,
      mentionRoles: input.mentionRoles ?? [],
      attachments: input.attachments ?? [],
      ...(input.replyTo
        ? {
            type: 19,
            messageReference: {
              type: 0,
              message_id: input.replyTo,
              channel_id: channel.id,
              ...(guildId ? { guild_id: guildId } : {}),
            },
          }
        : {}),
    });
    if (reply) message.referenced_message = reply;
    this.state.storeMessage(message);

    const session = this.gateway.sessionFor({ guild_id: guildId });
    const intent = guildId ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
    const delivered = (session.intents & intent) !== 0;
    const contentRedacted = !visible && (session.intents & GatewayIntentBits.MessageContent) === 0;
    const wire: Json = {
      ...message,
      channel_type: channel.type ?? ChannelType.DM,
      ...(guildId ? { member: (({ user: _u, ...m }) => m)(makeMember(author)) } : {}),
      ...(contentRedacted ? { content: '', embeds: [], attachments: [], components: [] } : {}),
    };
    const afterSeq = this.state.lastCallSeq;
    let shard: number | undefined;
    if (delivered) shard = this.gateway.dispatch('MESSAGE_CREATE', wire).shard;
    return {
      message,
      delivered,
      contentRedacted,
      shard,
      waitForReply: (opts = {}) => this.waitForChannelMessage(channel.id, { ...opts, afterSeq }),
    };
  }

  /**
   * Discord's exceptions to the Message Content intent (events/gateway "Message Content Intent" and
   * "You might not need a privileged intent"): DMs, messages that mention the app (its user, or
   * here its managed role, which Discord's mention picker often offers), and replies with ping on
   * to one of its regular messages (not to an interaction response).
   */
  private contentVisibleWithoutIntent(
    guildId: string | undefined,
    explicit: { users: readonly APIUser[]; roles: readonly string[] },
    reply: APIMessage | undefined,
    replyPing: boolean,
  ): boolean {
    if (!guildId) return true;
    const bot = this.state.botUser.id;
    if (explicit.users.some((m) => m.id === bot)) return true;
    const botRole = this.state.guilds.get(guildId)?.botRoleId;
    if (botRole !== undefined && explicit.roles.includes(botRole)) return true;
    return Boolean(reply && replyPing && reply.author.id === bot && !reply.interaction_metadata);
  }

  /**
   * The bot's next `POST /channels/{channelId}/messages` that no earlier call of this method
   * returned (or the first after `afterSeq`); waits for it.
   */
  waitForChannelMessage(
    channelId: string,
    opts: { timeoutMs?: number; afterSeq?: number; predicate?: (m: ChannelMessage) => boolean } = {},
  ): Promise<ChannelMessage> {
    const after = Math.max(opts.afterSeq ?? 0, this.cursors.get(channelId) ?? 0);
    return this.state
      .waitFor(
        () =>
          this.state.calls
            .filter(
              (c) => c.route === 'createMessage' && c.params.channelId === channelId && c.status < 300 && c.seq > after,
            )
            .map((call) => ({
              body: (call.body ?? {}) as Json,
              message: call.response as APIMessage,
              files: call.files,
              call,
            }))
            .find((m) => !opts.predicate || opts.predicate(m)),
        `a message from the bot in channel ${channelId}`,
        opts.timeoutMs,
      )
      .then((found) => {
        this.cursors.set(channelId, Math.max(this.cursors.get(channelId) ?? 0, found.call.seq));
        return found;
      });
  }

  reset(): void {
    this.cursors.clear();
  }
}
