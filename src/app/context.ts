/**
 * AppContext: everything a handler needs, built once at start-up and passed explicitly (no
 * globals): the validated config, the store, the knowledge guides with their search index, a
 * logger, the clock, the cooldown counter and, when OPENAI_API_KEY is set, the language model
 * (src/app/llm.ts). The bot and the local console share it.
 */
import type { Config } from '../config.js';
import { todayUtc } from '../core/dates.js';
import { createCooldowns, type Cooldowns } from '../discord/cooldowns.js';
import { getKnowledge, type Knowledge } from '../knowledge/store.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { buildLlm, type Llm } from './llm.js';
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
  /** The optional language model (config.llm); absent: every command answers from rules alone. */
  llm?: Llm;
}

export interface ContextOverrides {
  store?: Store;
  /**
   * The store's deadline for one operation (default STORE_DEFAULTS.operationTimeoutMs, under
   * Discord's 3 s reply window). The console has no such window and passes a longer one.
   */
  storeTimeoutMs?: number;
  logger?: Logger;
  now?: () => Date;
  knowledge?: Knowledge;
  /** Where the prompts are read from (tests); default `<repo>/prompts`. */
  promptsDir?: string;
}

/**
 * Builds the context. Throws StoreUnavailableError when the store cannot be opened, and
 * PromptError (naming the file) when config.llm is set and a prompt file is broken.
 */
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
      ...(overrides.storeTimeoutMs !== undefined ? { operationTimeoutMs: overrides.storeTimeoutMs } : {}),
      onError: (error) => logger.debug('store engine error', { error: String(error) }),
      // A fault an operator must fix (the SQLite file deleted, replaced or corrupt): said once, loudly.
      onFault: (message) => logger.error(`store fault: ${message}`),
      onKeyFileCreated: (path) =>
        logger.warn(
          `store: created the encryption key file ${path}; back it up apart from the database (README, "Encryption at rest")`,
        ),
    }));
  let llm: Llm | undefined;
  try {
    // Prompts are loaded and checked here, at start-up, never in the middle of a member's command.
    llm = config.llm
      ? await buildLlm(config.llm, store, logger, overrides.promptsDir ? { promptsDir: overrides.promptsDir } : {})
      : undefined;
  } catch (e) {
    if (!overrides.store) await store.close().catch(() => undefined);
    throw e;
  }
  return {
    config,
    store,
    knowledge,
    logger,
    now,
    today,
    cooldowns: createCooldowns(store, now),
    ...(llm ? { llm } : {}),
  };
}
