/**
 * One call wires the model layer from the config: prompts loaded and checked (a bad prompt throws
 * PromptError here, at start-up), the OpenAI-compatible model, and the quota / concurrency guard.
 * Transports then build a per-member LlmContext with `forMember` for each command.
 */
import type { LlmConfig } from '../config.js';
import type { LlmContext } from './features/common.js';
import { guardModel, type ConcurrencyLimiter, type Counter } from './guard.js';
import type { LanguageModel, LlmFailure, PromptName } from './model.js';
import { createOpenAiModel } from './openai-model.js';
import { loadPrompts, type PromptSet } from './prompts.js';

export interface Llm {
  model: LanguageModel;
  prompts: PromptSet;
  deadlineMs: number;
  /** The context for one member's command; `consent` is their `/privacy llm` choice. */
  forMember(userKey: string, consent: boolean): LlmContext;
}

export interface LlmSetupOptions {
  /** Quota counter: the store's (storeCounter(store)) in the bot, memoryCounter() in the CLI. */
  counter: Counter;
  /**
   * The cap on model calls in flight. The bot passes `storeLimiterFor(store)` (a factory given
   * config.maxConcurrency) so the cap holds across shards; default: a local limiter (the CLI).
   */
  limiter?: ConcurrencyLimiter | ((maxConcurrency: number) => ConcurrencyLimiter);
  promptsDir?: string;
  /** Replace the OpenAI model (the console, tests); it is still guarded. */
  model?: LanguageModel;
  now?: () => number;
  onFailure?: (prompt: PromptName, failure: LlmFailure) => void;
}

export function createLlm(config: LlmConfig, opts: LlmSetupOptions): Llm {
  const prompts = loadPrompts(opts.promptsDir);
  const now = opts.now ?? Date.now;
  const inner =
    opts.model ??
    createOpenAiModel({
      apiKey: config.apiKey,
      ...(config.baseURL ? { baseURL: config.baseURL } : {}),
      model: config.model,
      prompts,
      now,
    });
  const model = guardModel(inner, {
    counter: opts.counter,
    dailyQuota: config.dailyQuota,
    concurrency:
      typeof opts.limiter === 'function'
        ? opts.limiter(config.maxConcurrency)
        : (opts.limiter ?? config.maxConcurrency),
    now,
  });
  return {
    model,
    prompts,
    deadlineMs: config.deadlineMs,
    forMember: (userKey, consent) => ({
      model,
      prompts,
      deadlineMs: config.deadlineMs,
      userKey,
      consent,
      now,
      ...(opts.onFailure ? { onFailure: opts.onFailure } : {}),
    }),
  };
}
