/**
 * `npm start`: validate the configuration (each problem printed, exit 2), then either the local
 * console (no DISCORD_TOKEN) or the Discord bot. The bot shuts down cleanly on SIGTERM/SIGINT:
 * stop taking interactions, let running handlers finish, disconnect, close the store, exit 0.
 * An unhandled rejection is logged and the process keeps serving.
 *
 * Sharding (docs/scale-out.md): with SHARD_COUNT > 1 this process becomes the ShardingManager
 * (src/shard/run-manager.ts), which starts this same file once per shard; discord.js marks those
 * processes, and each runs the bot below as its shard (its Client reads the shard id discord.js
 * put in its environment). A shard whose manager is gone shuts itself down.
 */
import { existsSync } from 'node:fs';
import { createAppContext, type AppContext } from './app/context.js';
import { createLogger, fileWriter, type Logger } from './app/logger.js';
import { loadConfig, type Config } from './config.js';
import { runConsole } from './console/console.js';
import { createBot } from './discord/client.js';
import { KnowledgeError } from './knowledge/load.js';
import { loadPrompts, PromptError } from './llm/prompts.js';
import { loadNlp } from './text/nlp.js';
import { runShardManager } from './shard/run-manager.js';
import { wantsShards } from './shard/shard-config.js';
import { isStoreError, StoreUnavailableError } from './store/errors.js';

/** How long a shutdown waits for running handlers before disconnecting anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * The console's store deadline. The bot's 2 s exists to answer inside Discord's 3 s window; a
 * person at a terminal has no such window, and on a busy machine a slow SQLite write should make
 * them wait a moment, not lose the mock answer they just typed.
 */
export const CONSOLE_STORE_TIMEOUT_MS = 10_000;

/** Where the local console logs when LOG_FILE is not set: never into the conversation. */
export const CONSOLE_LOG_FILE = 'data/console.log';

/** LOG_FILE when set; the console's default file; else stderr (the bot, under a process manager). */
function logTarget(config: Config): string | undefined {
  return config.logFile ?? (config.discord ? undefined : CONSOLE_LOG_FILE);
}

async function startContext(config: Config, logger: Logger): Promise<AppContext | undefined> {
  try {
    return await createAppContext(config, {
      logger,
      ...(config.discord ? {} : { storeTimeoutMs: CONSOLE_STORE_TIMEOUT_MS }),
    });
  } catch (e) {
    if (e instanceof KnowledgeError) {
      for (const p of e.problems) process.stderr.write(`knowledge: ${p}\n`);
    } else if (e instanceof PromptError) {
      // Only reachable with OPENAI_API_KEY set: a prompt file the model layer cannot use.
      reportPromptError(e);
    } else if (isStoreError(e)) {
      // One line with the cause: "store: /data/advisor.sqlite is corrupt (…); restore it from a backup".
      const detail = e instanceof StoreUnavailableError ? e.detail : undefined;
      process.stderr.write(`store: ${detail ?? e.message} (STORE_URL=${config.storeUrl})\n`);
    } else {
      throw e;
    }
    return undefined;
  }
}

function reportPromptError(e: PromptError): void {
  for (const p of e.problems) process.stderr.write(`prompts: ${p}\n`);
  process.stderr.write('Fix the prompt file above (see README, "Optional: an AI model") and start again.\n');
}

/** True when every prompt loads; otherwise the problems are printed. */
function promptsLoad(): boolean {
  try {
    loadPrompts();
    return true;
  } catch (e) {
    if (!(e instanceof PromptError)) throw e;
    reportPromptError(e);
    return false;
  }
}

/** Every line a shard process logs names its shard. */
function withFields(logger: Logger, fields: Record<string, unknown>): Logger {
  const at =
    (log: Logger['info']): Logger['info'] =>
    (msg, more = {}) =>
      log(msg, { ...fields, ...more });
  return { debug: at(logger.debug), info: at(logger.info), warn: at(logger.warn), error: at(logger.error) };
}

async function runBot(ctx: AppContext): Promise<void> {
  const bot = createBot(ctx);
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    ctx.logger.info('shutting down', { signal, inflight: bot.inflight.size });
    void (async () => {
      try {
        await bot.stop(SHUTDOWN_GRACE_MS);
      } catch (error) {
        ctx.logger.error('error while stopping the client', { error });
      }
      try {
        await ctx.store.close();
      } catch (error) {
        ctx.logger.error('error while closing the store', { error });
      }
      ctx.logger.info('stopped');
      process.exit(0);
    })();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  // A shard process talks to its manager over IPC; if the manager dies, nobody would stop or
  // respawn this shard, so it stops itself rather than linger as an orphan.
  if (ctx.config.sharding?.spawned && process.send) process.once('disconnect', () => shutdown('manager gone'));
  // The text checks' language model (wink-nlp, ~0.2 s, synchronous) loads now, before members
  // arrive: loaded on the first pasted email it would stall every interaction in flight.
  loadNlp();
  await bot.start();
}

export async function main(): Promise<void> {
  // A local .env is read when present; real environment variables win over it (Node's own rule).
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig(process.env);
  if (!config.ok) {
    for (const problem of config.error) process.stderr.write(`config: ${problem}\n`);
    process.stderr.write('Fix the variables above (see .env.example) and start again.\n');
    process.exit(2);
  }
  const spawned = config.value.sharding?.spawned;
  const logFile = logTarget(config.value);
  const base = logFile ? createLogger(config.value.logLevel, fileWriter(logFile)) : createLogger(config.value.logLevel);
  const logger = spawned ? withFields(base, { shard: spawned.id }) : base;
  process.on('unhandledRejection', (reason) => {
    // A stray promise must never take the bot down; log it as the bug it is.
    logger.error('unhandled rejection', { error: reason instanceof Error ? reason : String(reason) });
  });

  const sharding = config.value.sharding;
  if (config.value.discord && sharding && wantsShards(sharding) && !sharding.spawned) {
    // Check the prompts once here, so a broken one stops start-up instead of every shard.
    if (config.value.llm && !promptsLoad()) process.exit(2);
    await runShardManager(config.value, logger);
    return;
  }

  const ctx = await startContext(config.value, logger);
  if (!ctx) process.exit(2);

  if (!config.value.discord) {
    const code = await runConsole(ctx, { logFile: logFile ?? CONSOLE_LOG_FILE });
    await ctx.store.close();
    process.exit(code);
  }
  try {
    await runBot(ctx);
  } catch (error) {
    logger.error('could not connect to Discord', { error });
    process.stderr.write(`Could not connect to Discord: ${(error as Error).message}\n`);
    await ctx.store.close().catch(() => undefined);
    process.exit(1);
  }
}

void main();
