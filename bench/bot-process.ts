/**
 * The bot under test, in a process of its own (started by bench/bot-child.ts with --expose-gc):
 * the real context (knowledge, SQLite store from STORE_URL) and the real client, with the
 * production commands plus the bench-only `/ping`. Running apart from the fake Discord keeps the
 * fake's work off the bot's event loop and its memory out of the bot's RSS.
 *
 * IPC protocol (parent → child): `{ id, type: 'idle', expected }` answers once `expected`
 * interactions have arrived and no handler is running; `{ id, type: 'memory' }` forces GC and
 * answers with process.memoryUsage() and the peak RSS; `{ id, type: 'restLimit', limiter }`
 * sets discord.js's client-side global REST limiter to the bot's own setting or lifts it (see below); `{ id, type: 'stop' }` stops cleanly.
 * Child → parent: `{ type: 'ready', uptimeMs }` once the gateway said READY.
 */
import { Events, Options } from 'discord.js';
import { createAppContext } from '../src/app/context.js';
import { createLogger } from '../src/app/logger.js';
import { loadConfig } from '../src/config.js';
import { createBot } from '../src/discord/client.js';
import { COMMANDS, createRegistry } from '../src/discord/registry.js';
import type { RestLimiter } from './latency.js';
import { pingCommand } from './ping-command.js';

export type BotRequestBody =
  | { type: 'idle'; expected: number; timeoutMs: number }
  | { type: 'memory' }
  | { type: 'restLimit'; limiter: RestLimiter }
  | { type: 'stop' };
export type BotRequest = BotRequestBody & { id: number };

export interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** Peak resident set size of the process so far (bytes). */
  maxRss: number;
  /** discord.js caches: users and guild members seen so far (they grow with distinct members). */
  cachedUsers: number;
  cachedMembers: number;
  /** Channels (DM channels accumulate, one per member who used the bot in DMs) and the messages cached in them. */
  cachedChannels: number;
  cachedMessages: number;
  /**
   * discord.js REST queues: one per route and major parameter, and interaction webhooks use the
   * interaction token as major parameter, so one per interaction until the hourly sweep.
   */
  restHandlers: number;
  gcExposed: boolean;
}

export type BotReply =
  | { type: 'ready'; uptimeMs: number }
  | { type: 'reply'; id: number; ok: true; memory?: MemorySample }
  | { type: 'reply'; id: number; ok: false; error: string };

function send(message: BotReply): void {
  process.send?.(message);
}

const loaded = loadConfig(process.env);
if (!loaded.ok) {
  process.stderr.write(`bench bot: ${loaded.error.join('; ')}\n`);
  process.exit(2);
}
const logger = createLogger(loaded.value.logLevel);
process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: String(reason) }));
const ctx = await createAppContext(loaded.value, { logger });
const bot = createBot(ctx, { registry: createRegistry([...COMMANDS, pingCommand]) });
// Experiment (`npm run bench -- --message-cache N`): cap discord.js's per-channel message cache
// (default 200) to see what the bot would keep with `makeCache` set. Channels are created after
// login, so replacing the factory here still applies to every channel.
const messageCache = process.env.BENCH_MESSAGE_CACHE;
if (messageCache !== undefined) {
  bot.client.options.makeCache = Options.cacheWithLimits({
    ...Options.DefaultMakeCacheSettings,
    MessageManager: Number(messageCache),
  });
}
let seen = 0;
// Registered after the router's listener, so when this runs the handler is already tracked.
bot.client.on(Events.InteractionCreate, () => void seen++);
await bot.start();
send({ type: 'ready', uptimeMs: performance.now() });

const gc = (globalThis as { gc?: () => void }).gc;

function memory(): MemorySample {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  let cachedMembers = 0;
  for (const guild of bot.client.guilds.cache.values()) cachedMembers += guild.members.cache.size;
  let cachedMessages = 0;
  for (const channel of bot.client.channels.cache.values()) {
    if ('messages' in channel) cachedMessages += channel.messages.cache.size;
  }
  return {
    rss: m.rss,
    heapUsed: m.heapUsed,
    heapTotal: m.heapTotal,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
    maxRss: process.resourceUsage().maxRSS * 1024,
    cachedUsers: bot.client.users.cache.size,
    cachedMembers,
    cachedChannels: bot.client.channels.cache.size,
    cachedMessages,
    restHandlers: (bot.client.rest as unknown as { handlers: Map<string, unknown> }).handlers.size,
    gcExposed: gc !== undefined,
  };
}

/**
 * discord.js counts every REST call except interaction callbacks against a client-side global
 * limit (`globalRequestsPerSecond`, 50 by default), including the interaction webhooks that
 * Discord exempts. The bot switches it off and budgets its own calls itself
 * (src/discord/rest-budget.ts); the bench can still lift it to a finite 1 000 000/s, to compare
 * with earlier runs. The parent names the setting rather than sending a number: IPC messages are
 * JSON, where the bot's own `Infinity` arrives as `null`, which discord.js reads as "no request
 * left" and so lets one request a second through, interaction webhooks included.
 */
type RestInternals = { options: { globalRequestsPerSecond: number }; globalRemaining: number };
const rest = bot.client.rest as unknown as RestInternals;
const REST_LIMIT: Record<RestLimiter, number> = {
  bot: rest.options.globalRequestsPerSecond,
  lifted: 1_000_000,
};

function setRestLimit(limiter: RestLimiter): void {
  const perSecond = REST_LIMIT[limiter];
  if (perSecond === undefined) throw new Error(`unknown REST limiter ${JSON.stringify(limiter)}`);
  rest.options.globalRequestsPerSecond = perSecond;
  rest.globalRemaining = perSecond;
}

async function idle(expected: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (seen < expected || bot.inflight.size > 0) {
    if (performance.now() > deadline) {
      throw new Error(
        `not idle after ${timeoutMs} ms: ${seen}/${expected} interactions seen, ${bot.inflight.size} running`,
      );
    }
    await new Promise((r) => setTimeout(r, 1));
  }
}

process.on('message', (raw) => {
  const req = raw as BotRequest;
  void (async () => {
    try {
      if (req.type === 'idle') await idle(req.expected, req.timeoutMs);
      if (req.type === 'restLimit') setRestLimit(req.limiter);
      if (req.type === 'memory') return send({ type: 'reply', id: req.id, ok: true, memory: memory() });
      if (req.type === 'stop') {
        await bot.stop(5000);
        await ctx.store.close();
        // Exit once the parent has the answer: nothing else may keep this process alive.
        process.send?.({ type: 'reply', id: req.id, ok: true } satisfies BotReply, () => process.exit(0));
        return;
      }
      send({ type: 'reply', id: req.id, ok: true });
    } catch (e) {
      send({ type: 'reply', id: req.id, ok: false, error: (e as Error).message });
    }
  })();
});
