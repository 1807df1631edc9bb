/**
 * `npm start` with SHARD_COUNT > 1 (or `auto`, or a SHARD_LIST): this process only manages the
 * shard processes. It checks the shared store is reachable (so a Redis typo is one clear error,
 * not a crash loop in every shard), starts the shards, and on SIGTERM/SIGINT stops them all
 * gracefully before exiting 0.
 */
import type { Logger } from '../app/logger.js';
import type { Config } from '../config.js';
import { isStoreError } from '../store/errors.js';
import { openStore } from '../store/open.js';
import { startShards, type RunningShards } from './manager.js';

export async function runShardManager(config: Config, logger: Logger): Promise<void> {
  try {
    const store = await openStore(config);
    await store.close();
  } catch (e) {
    if (!isStoreError(e)) throw e;
    process.stderr.write(`store: ${e.message} (STORE_URL=${config.storeUrl})\n`);
    process.exit(2);
  }

  let running: RunningShards | undefined;
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down shards', { signal });
    void (async () => {
      try {
        await running?.stop();
      } catch (error) {
        logger.error('error while stopping shards', { error });
      }
      logger.info('stopped');
      process.exit(0);
    })();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  try {
    running = await startShards(config, { logger });
  } catch (error) {
    logger.error('could not start shards', { error });
    process.stderr.write(`Could not start shards: ${(error as Error).message}\n`);
    process.exit(1);
  }
  await running.ready;
  if (!stopping) logger.info('shards started', { totalShards: running.totalShards, ids: running.ids });
}
