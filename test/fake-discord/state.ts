// The fake's memory of "Discord": guilds, channels, users, messages, interactions, commands,
// and the log of every REST call. Also the waiting primitive the test helpers build on.

import { EventEmitter } from 'node:events';
import type { APIAttachment, APIInteraction, APIMessage, APIUser } from 'discord.js';
import type { RecordedCall } from './http.js';
import { makeDMChannel, type FakeChannel, type FakeGuild } from './payloads.js';
import { RateLimiter, type RateLimitOptions } from './rate-limits.js';
import { snowflake } from './snowflake.js';

export type Json = Record<string, unknown>;

export interface InteractionRecord {
  id: string;
  token: string;
  payload: APIInteraction;
  /** performance.now() when the INTERACTION_CREATE was sent. */
  dispatchedAt: number;
  channelId: string;
  guildId?: string;
  acknowledged: boolean;
  /** Id of the message `@original` refers to, once there is one. */
  originalMessageId?: string;
  followUpIds: string[];
}

export interface ErrorInjection {
  method?: string;
  /** Matched against the decoded path (without `/api/v10`). */
  path: string | RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many requests to fail (default 1). */
  times?: number;
}

export interface StateOptions {
  applicationId: string;
  applicationFlags: number;
  botUser: APIUser;
  guilds: FakeGuild[];
  enforceLimits: boolean;
  strictChannels: boolean;
  interactionDeadlineMs: number;
  waitTimeoutMs: number;
  recommendedShards: number;
  token?: string;
  /** Privileged intents enabled for the app in the Developer Portal (bits of GatewayIntentBits). */
  privilegedIntents: number;
  /** How long an interaction token works for webhooks (follow-ups, edits): Discord's 15 minutes. */
  interactionTokenLifetimeMs: number;
  rateLimits: RateLimitOptions;
}

export class FakeState {
  readonly events = new EventEmitter();
  readonly guilds = new Map<string, FakeGuild>();
  readonly channels = new Map<string, FakeChannel>();
  readonly users = new Map<string, APIUser>();
  readonly messages = new Map<string, APIMessage>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly interactionsByToken = new Map<string, InteractionRecord>();
  readonly dmChannelByUser = new Map<string, string>();
  readonly commands = { global: [] as Json[], guild: new Map<string, Json[]>() };
  calls: RecordedCall[] = [];
  injections: Array<ErrorInjection & { remaining: number }> = [];
  /** Uploaded and test-provided attachments, served at `${httpBase}/attachments/...`. */
  readonly files = new Map<string, { filename: string; contentType: string; bytes: Buffer }>();
  gatewayUrl = '';
  httpBase = '';
  identifyCount = 0;
  readonly rateLimiter: RateLimiter;
  private callSeq = 0;

  constructor(public opts: StateOptions) {
    this.events.setMaxListeners(0);
    this.rateLimiter = new RateLimiter(opts.rateLimits);
    this.users.set(opts.botUser.id, opts.botUser);
    for (const guild of opts.guilds) {
      this.guilds.set(guild.id, guild);
      for (const channel of guild.channels) this.channels.set(channel.id, channel);
    }
  }

  get botUser(): APIUser {
    return this.opts.botUser;
  }

  /** Sequence number of the latest REST request that has arrived (recorded or not). */
  get lastCallSeq(): number {
    return this.callSeq;
  }

  nextCallSeq(): number {
    return ++this.callSeq;
  }

  record(call: RecordedCall): void {
    this.calls.push(call);
    this.events.emit('change');
  }

  rememberUser(user: APIUser): APIUser {
    this.users.set(user.id, user);
    return user;
  }

  /** The DM channel between the bot and a user (stable id per user, as on Discord). */
  dmChannelFor(user: APIUser): FakeChannel {
    let id = this.dmChannelByUser.get(user.id);
    if (!id) {
      id = snowflake();
      this.dmChannelByUser.set(user.id, id);
      this.channels.set(id, makeDMChannel(id, user));
    }
    return this.channels.get(id)!;
  }

  /** Makes sure a guild channel id is known, creating a text channel in that guild if needed. */
  ensureGuildChannel(guildId: string, channelId: string | undefined): FakeChannel {
    const guild = this.guilds.get(guildId);
    if (!guild) throw new Error(`fake-discord: unknown guild ${guildId}; configure it in startFakeDiscord({ guilds })`);
    const existing = channelId ? this.channels.get(channelId) : guild.channels[0];
    if (existing) return existing;
    if (!channelId) throw new Error(`fake-discord: guild ${guildId} has no channels`);
    throw new Error(
      `fake-discord: channel ${channelId} is not in guild ${guildId}; add it to the guild's channels so discord.js caches it`,
    );
  }

  /** Registers bytes as a Discord attachment whose `url` the fake serves over HTTP. */
  addAttachment(
    channelId: string,
    filename: string,
    contentType: string,
    bytes: Buffer,
    description?: string,
  ): APIAttachment {
    const id = snowflake();
    this.files.set(id, { filename, contentType, bytes });
    const url = `${this.httpBase}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
    return {
      id,
      filename,
      size: bytes.length,
      url,
      proxy_url: url,
      content_type: contentType,
      ...(description !== undefined ? { description } : {}),
    };
  }

  storeMessage(message: APIMessage): APIMessage {
    this.messages.set(message.id, message);
    this.events.emit('change');
    return message;
  }

  takeInjection(method: string, path: string): ErrorInjection | undefined {
    const hit = this.injections.find(
      (i) =>
        i.remaining > 0 &&
        (!i.method || i.method.toUpperCase() === method) &&
        (typeof i.path === 'string' ? i.path === path : i.path.test(path)),
    );
    if (hit) hit.remaining--;
    return hit;
  }

  /**
   * Resolves with `pick()`'s first non-undefined result, re-checking after every change, or
   * rejects after `timeoutMs` with a message listing the most recent REST calls.
   */
  waitFor<T>(pick: () => T | undefined, what: string, timeoutMs = this.opts.waitTimeoutMs): Promise<T> {
    const now = pick();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = pick();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        const recent = this.calls
          .slice(-8)
          .map((c) => `  ${c.method} ${c.path} -> ${c.status}`)
          .join('\n');
        reject(
          new Error(
            `fake-discord: timed out after ${timeoutMs} ms waiting for ${what}\nRecent REST calls:\n${recent || '  (none)'}`,
          ),
        );
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off('change', check);
      };
      this.events.on('change', check);
    });
  }

  /** Forgets calls, messages, interactions and injected errors; keeps guilds, commands, sessions. */
  reset(): void {
    this.calls = [];
    this.messages.clear();
    this.interactions.clear();
    this.interactionsByToken.clear();
    this.injections = [];
    this.rateLimiter.reset();
  }
}
