/**
 * The discord.js client wired to the router and the chat handler, with a clean stop: refuse new
 * interactions, let running handlers finish, then disconnect. The store is closed by the caller
 * (main.ts), which owns it.
 */
import { ActivityType, Client, Events, GatewayIntentBits, Options, Partials, RESTEvents } from 'discord.js';
import type { AppContext } from '../app/context.js';
import { createChatHandler } from './chat.js';
import { createInflight, type Inflight } from './inflight.js';
import { createRegistry, type Registry } from './registry.js';
import { budgetedMakeRequest, createRestGate, REST_BUDGET } from './rest-budget.js';
import { NO_MENTIONS } from './respond.js';
import { createRouter } from './router.js';

export interface Bot {
  client: Client;
  registry: Registry;
  inflight: Inflight;
  /** Logs in and resolves once the gateway says READY. */
  start(): Promise<void>;
  /** Stops taking work, waits for running handlers (up to `timeoutMs`), destroys the client. */
  stop(timeoutMs?: number): Promise<void>;
}

export interface BotOptions {
  registry?: Registry;
}

/**
 * The gateway intents: servers, messages in servers and DMs. None is privileged: without Message
 * Content, Discord still gives the bot the text of DMs, of messages that mention it and of
 * replies to its messages, which is all chat needs (see chat.ts). An app that asks for a
 * privileged intent it has not switched on in the portal is refused at the gateway (4014).
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

/** The bot's status line in the member list: how to start. */
export const PRESENCE_TEXT = 'Type /help to start, or DM me a question';

export function createBot(ctx: AppContext, opts: BotOptions = {}): Bot {
  const discord = ctx.config.discord;
  if (!discord) throw new Error('createBot needs config.discord (DISCORD_TOKEN is not set)');
  // Discord's 50/s global limit binds the bot's own calls but not interaction endpoints; the gate
  // (rest-budget.ts) counts only the former, so discord.js's own global counter is switched off.
  const restGate = createRestGate({ ...REST_BUDGET, requests: discord.restPerSecond ?? REST_BUDGET.requests });
  const client: Client = new Client({
    intents: INTENTS,
    presence: { activities: [{ name: 'status', type: ActivityType.Custom, state: PRESENCE_TEXT }] },
    // DM channels are not cached before their first message arrives.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    // Nothing reads channel history (interactions and MESSAGE_CREATE carry what a handler needs),
    // and discord.js would otherwise keep the last 200 messages of every channel, with one DM
    // channel per member: memory growing with the member count (see docs/benchmarks.md).
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    rest: {
      ...(discord.apiUrl ? { api: discord.apiUrl } : {}),
      globalRequestsPerSecond: Number.POSITIVE_INFINITY,
      makeRequest: budgetedMakeRequest(restGate, () => client.application?.id ?? discord.clientId),
    },
  });
  // Per-route buckets and 429s are discord.js's job; say when they slow the bot down.
  client.rest.on(RESTEvents.RateLimited, (info) =>
    ctx.logger.warn('discord rate limit', {
      route: info.route,
      global: info.global,
      scope: info.scope,
      retryAfterMs: info.retryAfter,
    }),
  );
  const registry = opts.registry ?? createRegistry();
  const inflight = createInflight();
  const router = createRouter(registry, ctx, inflight);
  const chat = createChatHandler(ctx, inflight);

  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.on(Events.MessageCreate, (message) => void chat.handle(message));
  client.on(Events.Error, (error) => ctx.logger.error('discord client error', { error }));
  client.on(Events.ShardDisconnect, (_event, shardId) => ctx.logger.warn('gateway disconnected', { shardId }));

  return {
    client,
    registry,
    inflight,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(discord.token);
      await ready;
      ctx.logger.info('bot ready', { userId: client.user?.id, commands: registry.list.length });
    },
    async stop(timeoutMs = 10_000) {
      const { unfinished } = await inflight.drain(timeoutMs);
      if (unfinished) ctx.logger.warn('stopping with handlers still running', { unfinished });
      await client.destroy();
    },
  };
}
