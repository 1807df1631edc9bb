/**
 * `npm start`: validate the configuration (each problem printed, exit 2), then either the local
 * console (no DISCORD_TOKEN) or the Discord bot. The bot shuts down cleanly on SIGTERM/SIGINT:
 * stop taking interactions, let running handlers finish, disconnect, close the store, exit 0.
 * An unhandled rejection is logged and the process keeps serving.
 */
import { createAppContext, type AppContext } from './app/context.js';
import { createLogger, type Logger } from './app/logger.js';
import { loadConfig, type Config } from './config.js';
import { runConsole } from './console/console.js';
import { createBot } from './discord/client.js';
import { KnowledgeError } from './knowledge/load.js';
import { isStoreError } from './store/errors.js';

/** How long a shutdown waits for running handlers before disconnecting anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

async function startContext(config: Config, logger: Logger): Promise<AppContext | undefined> {
  try {
    return await createAppContext(config, { logger });
  } catch (e) {
    if (e instanceof KnowledgeError) {
      for (const p of e.problems) process.stderr.write(`knowledge: ${p}\n`);
    } else if (isStoreError(e)) {
      process.stderr.write(`store: ${e.message} (STORE_URL=${config.storeUrl})\n`);
    } else {
      throw e;
    }
    return undefined;
  }
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
  await bot.start();
}

export async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.ok) {
    for (const problem of config.error) process.stderr.write(`config: ${problem}\n`);
    process.stderr.write('Fix the variables above (see .env.example) and start again.\n');
    process.exit(2);
  }
  const logger = createLogger(config.value.logLevel);
  process.on('unhandledRejection', (reason) => {
    // A stray promise must never take the bot down; log it as the bug it is.
    logger.error('unhandled rejection', { error: reason instanceof Error ? reason : String(reason) });
  });

  const ctx = await startContext(config.value, logger);
  if (!ctx) process.exit(2);

  if (!config.value.discord) {
    const code = await runConsole(ctx);
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
