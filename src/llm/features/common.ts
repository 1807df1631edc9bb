/**
 * What every LLM feature shares: the per-member context the transport builds, the `llm` status
 * each feature returns, member-facing notes, and `runChecked` — one call, the feature's own
 * checks on the sanitized output, at most one repair turn, and a deterministic fallback for
 * every failure. No feature makes more than two calls.
 */
import type { ZodType } from 'zod';
import { fenceData } from '../fence.js';
import type { PromptSet } from '../prompts.js';
import type { LanguageModel, LlmFailure, LlmFailureKind, PromptName } from '../model.js';

/**
 * The token budget (../budget.ts) for a feature that is about to prompt a model. It is imported
 * here, not at the top of each feature, because its tokenizer takes about 0.2 s to load and the
 * views and CLI verbs import every feature for their no-model path. With a model configured,
 * createLlm has already loaded it at start-up (through the OpenAI model), so this is a cache hit.
 */
export function loadBudget(): Promise<typeof import('../budget.js')> {
  return import('../budget.js');
}

/** Built once per command by the transport (see createLlm(...).forMember). */
export interface LlmContext {
  model: LanguageModel;
  prompts: PromptSet;
  /** Overall budget of this command's model work, ms. */
  deadlineMs: number;
  /** The asking member (quota key). Only this member's data is ever put in a prompt. */
  userKey: string;
  /** The member opted in to sharing profile facts with the model provider. */
  consent: boolean;
  now?: () => number;
  /** Today (YYYY-MM-DD) as the advisor's date rules see it (`--today`, the app clock); default from `now`. */
  today?: string;
  /** Told about every failure, for logs (the detail may quote the provider; never show it). */
  onFailure?: (prompt: PromptName, failure: LlmFailure) => void;
}

export type LlmSkipReason = LlmFailureKind | 'no-consent' | 'failed-checks' | 'over-budget';

/** Whether the model wrote what is shown; `note` (for the member) when it was configured but not used. */
export interface LlmUse {
  used: boolean;
  note?: string;
  reason?: LlmSkipReason;
}

/** No model configured: nothing to say. */
export const NO_MODEL: LlmUse = { used: false };
export const USED: LlmUse = { used: true };

const STANDARD = "so you're seeing the standard version.";
export const LLM_NOTES: Record<LlmSkipReason, string> = {
  timeout: `The personal version took too long, ${STANDARD}`,
  'rate-limited': `The personal version is busy right now, ${STANDARD}`,
  'server-error': `The personal version is unavailable right now, ${STANDARD}`,
  unavailable: `The personal version is unavailable right now, ${STANDARD}`,
  refusal: `The personal version could not be written for this request, ${STANDARD}`,
  'invalid-output': `The personal version did not pass the advisor's checks, ${STANDARD}`,
  length: `The personal version did not pass the advisor's checks, ${STANDARD}`,
  'failed-checks': `The personal version did not pass the advisor's checks, ${STANDARD}`,
  quota: `You have used today's personal versions (they reset at midnight UTC), ${STANDARD}`,
  'no-consent': `Personal versions use your profile facts only after you agree to share them with the model provider, ${STANDARD}`,
  'over-budget': `Your text is too long for a personal version, ${STANDARD}`,
};

export function skipped(reason: LlmSkipReason): LlmUse {
  return { used: false, note: LLM_NOTES[reason], reason };
}

/** Today (UTC, YYYY-MM-DD) on the context's clock: the date rules of the output checks use it. */
export function todayOf(llm: Pick<LlmContext, 'now' | 'today'>): string {
  return llm.today ?? new Date((llm.now ?? Date.now)()).toISOString().slice(0, 10);
}

export function deadlineOf(llm: LlmContext): number {
  return (llm.now ?? Date.now)() + llm.deadlineMs;
}

export interface CheckedCall<T, U> {
  prompt: PromptName;
  vars: Record<string, string>;
  schema: ZodType<T>;
  /** Sanitize and shape the raw output. */
  prepare: (raw: T) => U;
  /** The feature's checks: problems in words the model can act on; empty when it passes. */
  check: (value: U) => string[];
  /** The output shown back to the model in a repair turn (fenced as data). */
  shown: (value: U) => string;
  /** Allow one repair turn (lint, facts, schema); false: any failed check falls back at once. */
  repair: boolean;
}

export type Checked<U> = { ok: true; value: U; use: LlmUse } | { ok: false; use: LlmUse };

export async function runChecked<T, U>(llm: LlmContext, c: CheckedCall<T, U>): Promise<Checked<U>> {
  const deadline = deadlineOf(llm);
  const fail = (f: LlmFailure): Checked<U> => {
    llm.onFailure?.(c.prompt, f);
    return { ok: false, use: skipped(f.kind) };
  };
  const base = { prompt: c.prompt, vars: c.vars, schema: c.schema, deadline, userKey: llm.userKey };

  const first = await llm.model.generate({ ...base, schemaRepair: !c.repair });
  let repairText: string;
  if (!first.ok) {
    if (!c.repair || first.error.kind !== 'invalid-output') return fail(first.error);
    repairText = `Your previous reply could not be used (${first.error.detail}). Reply again with only the JSON object the response format asks for.`;
  } else {
    const value = c.prepare(first.value);
    const problems = c.check(value);
    if (!problems.length) return { ok: true, value, use: USED };
    if (!c.repair) {
      llm.onFailure?.(c.prompt, { kind: 'invalid-output', detail: `checks: ${problems.join('; ')}` });
      return { ok: false, use: skipped('failed-checks') };
    }
    repairText = [
      "Your previous reply did not pass the advisor's checks:",
      ...problems.map((p) => `- ${p}`),
      'Write it again, fixing every point and keeping to all the rules above. Your previous reply is below as data.',
      fenceData('previousReply', c.shown(value)),
    ].join('\n');
  }

  const second = await llm.model.generate({ ...base, repair: repairText, schemaRepair: false });
  if (!second.ok) return fail(second.error);
  const value = c.prepare(second.value);
  const problems = c.check(value);
  if (problems.length) {
    llm.onFailure?.(c.prompt, { kind: 'invalid-output', detail: `checks after repair: ${problems.join('; ')}` });
    return { ok: false, use: skipped('failed-checks') };
  }
  return { ok: true, value, use: USED };
}
