/**
 * AppContext: everything a handler needs, built once at start-up and passed explicitly (no
 * globals): the validated config, the store, the knowledge guides with their search index, a
 * logger, the clock, and the cooldown counter. The bot and the local console share it.
 */
import type { Config } from '../config.js';
import { todayUtc } from '../core/dates.js';
import { createCooldowns, type Cooldowns } from '../discord/cooldowns.js';
import { getKnowledge, type Knowledge } from '../knowledge/store.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { createLogger, type Logger } from './logger.js';

export type { Knowledge };

export interface AppContext {
  config: Config;
  store: Store;
  knowledge: Knowledge;
  logger: Logger;
  now(): Date;
  /** Today's date (UTC, YYYY-MM-DD) for every date rule. */
  today(): string;
  cooldowns: Cooldowns;
}

export interface ContextOverrides {
  store?: Store;
  logger?: Logger;
  now?: () => Date;
  knowledge?: Knowledge;
}

/** Builds the context. Throws StoreUnavailableError when the store cannot be opened. */
export async function createAppContext(config: Config, overrides: ContextOverrides = {}): Promise<AppContext> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const now = overrides.now ?? (() => new Date());
  const today = (): string => todayUtc(now());
  // Loaded and indexed here, at start-up: a broken guide is a KnowledgeError naming the file.
  const knowledge = overrides.knowledge ?? getKnowledge();
  // Engine errors during an outage arrive about once a second; log them at debug only, the
  // member-facing failure is reported by the boundary.
  const store =
    overrides.store ??
    (await openStore(config, {
      today,
      onError: (error) => logger.debug('store engine error', { error: String(error) }),
    }));
  return { config, store, knowledge, logger, now, today, cooldowns: createCooldowns(store, now) };
}
