/**
 * The discord.js client wired to the router and the chat handler, with a clean stop: refuse new
 * interactions, let running handlers finish, then disconnect. The store is closed by the caller
 * (main.ts), which owns it.
 */
import { Client, Events, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { AppContext } from '../app/context.js';
import { createChatHandler } from './chat.js';
import { createInflight, type Inflight } from './inflight.js';
import { createRegistry, type Registry } from './registry.js';
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

/** Requests per second discord.js allows itself across routes; see the comment in createBot. */
export const REST_GLOBAL_REQUESTS_PER_SECOND = 500;

export function createBot(ctx: AppContext, opts: BotOptions = {}): Bot {
  const discord = ctx.config.discord;
  if (!discord) throw new Error('createBot needs config.discord (DISCORD_TOKEN is not set)');
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      GatewayIntentBits.MessageContent,
    ],
    // DM channels are not cached before their first message arrives.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    // Nothing reads channel history (interactions and MESSAGE_CREATE carry what a handler needs),
    // and discord.js would otherwise keep the last 200 messages of every channel, with one DM
    // channel per member: memory growing with the member count (see docs/benchmarks.md).
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    rest: {
      ...(discord.apiUrl ? { api: discord.apiUrl } : {}),
      // discord.js spends its 50/s global budget on every call except the first interaction
      // response, but Discord does not bind interaction endpoints (deferred edits, follow-ups) to
      // the global limit. With many members at once the default queued our own follow-ups by up to
      // 2 s (docs/benchmarks.md). The bot's other calls (chat replies, threads) stay far below 50/s,
      // and a real global 429 from Discord still pauses every request, as discord.js always does.
      globalRequestsPerSecond: REST_GLOBAL_REQUESTS_PER_SECOND,
    },
  });
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
