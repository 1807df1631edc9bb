/**
 * The one seam between the advisor and any language model: `generate` renders a named prompt
 * with variables, asks for output matching a zod schema, and never throws. Features depend on
 * this interface only, so tests, the console and other providers can swap the implementation
 * (src/llm/openai-model.ts is the real one; src/llm/guard.ts wraps one with quota and a cap).
 */
import type { ZodType } from 'zod';
import type { Result } from '../core/result.js';

/** Every prompt in `prompts/` (the loader checks each file exists and is valid). */
export const PROMPT_NAMES = [
  'ask-answer',
  'gap-draft',
  'lor-email',
  'mock-feedback',
  'mock-summary',
  'redflag-narrative',
  'text-second-opinion',
] as const;
export type PromptName = (typeof PROMPT_NAMES)[number];

export interface LlmRequest<T> {
  prompt: PromptName;
  /** One value per placeholder the prompt declares in `inputs`; each is fenced as data. */
  vars: Record<string, string>;
  /** The output schema (must be the one the prompt's front matter names). */
  schema: ZodType<T>;
  /** Epoch ms after which no call (or retry) is started and any call in flight is abandoned. */
  deadline: number;
  /** The asking member (quota key); never sent to the provider. */
  userKey?: string;
  /**
   * A repair turn: what was wrong with the previous output (validation issues, lint messages).
   * Sent after the prompt as a follow-up instruction; counts as a second call.
   */
  repair?: string;
  /**
   * Whether an invalid (schema-breaking or non-JSON) reply gets one repair turn inside this call
   * (default true). Features that run their own checks and repair turn it off on the first call,
   * so a command never makes more than two calls.
   */
  schemaRepair?: boolean;
}

export const LLM_FAILURE_KINDS = [
  'timeout',
  'rate-limited',
  'server-error',
  'refusal',
  'invalid-output',
  'length',
  'quota',
  'unavailable',
] as const;
export type LlmFailureKind = (typeof LLM_FAILURE_KINDS)[number];

export interface LlmFailure {
  kind: LlmFailureKind;
  /** For logs, never shown to members as is (it may quote the provider). */
  detail: string;
}

export interface LanguageModel {
  generate<T>(request: LlmRequest<T>): Promise<Result<T, LlmFailure>>;
}

export const llmFailure = (kind: LlmFailureKind, detail: string): { ok: false; error: LlmFailure } => ({
  ok: false,
  error: { kind, detail },
});
