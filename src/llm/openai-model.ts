/**
 * The LanguageModel over the official `openai` SDK (any OpenAI-compatible server via baseURL):
 * `chat.completions.parse` with a structured-output response format built from the zod schema.
 *
 * Deadlines: each attempt gets `timeout` = the time left, and the SDK's own retries are off
 * (`maxRetries: 0`) because its back-off sleeps (even a 60 s `retry-after`) ignore any deadline.
 * Instead this loop retries 429, 5xx and connection failures itself, up to
 * OPENAI_MODEL_CONFIG.maxTransportRetries, and only when the wait plus a minimal attempt still
 * ends before the deadline. A schema-breaking or non-JSON reply gets one repair turn listing the
 * problems. Every error becomes an LlmFailure: nothing thrown escapes `generate`.
 */
import OpenAI from 'openai';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  ContentFilterFinishReasonError,
  LengthFinishReasonError,
} from 'openai/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ZodType } from 'zod';
import { ok, type Result } from '../core/result.js';
import { countMessageTokens } from './budget.js';
import { llmFailure, type LanguageModel, type LlmFailure, type LlmFailureKind, type LlmRequest } from './model.js';
import { renderPrompt, type ChatMessage, type PromptSet } from './prompts.js';
import { OUTPUT_SCHEMAS } from './schemas.js';

/** Transport knobs (the README lists them). */
export const OPENAI_MODEL_CONFIG = {
  /** Retries of one call after 429, 5xx or a dropped connection, deadline permitting. */
  maxTransportRetries: 2,
  /** No attempt starts with less time than this left: it could not finish anyway. */
  minAttemptMs: 500,
  /** Back-off without `retry-after`: base, doubling per retry, capped. */
  backoffMs: 500,
  maxBackoffMs: 8000,
} as const;

export interface OpenAiModelOptions {
  apiKey: string;
  baseURL?: string;
  /** Default model; a prompt's front matter `model` wins. */
  model: string;
  prompts: PromptSet;
  now?: () => number;
}

interface Failed {
  kind: LlmFailureKind;
  detail: string;
  retryable: boolean;
  /** From `retry-after-ms` / `retry-after`. */
  retryAfterMs?: number;
  /** For invalid output: what to tell the model in a repair turn. */
  repair?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function retryAfter(headers: Headers | undefined, now: number): number | undefined {
  const ms = headers?.get('retry-after-ms');
  if (ms && !Number.isNaN(parseFloat(ms))) return parseFloat(ms);
  const s = headers?.get('retry-after');
  if (!s) return undefined;
  if (!Number.isNaN(parseFloat(s))) return parseFloat(s) * 1000;
  const at = Date.parse(s);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function isZodError(e: unknown): e is { issues: Array<{ path: PropertyKey[]; message: string }> } {
  return (
    !!e &&
    typeof e === 'object' &&
    (e as Error).name === 'ZodError' &&
    Array.isArray((e as { issues?: unknown }).issues)
  );
}

/** Every way a call can fail, as an LlmFailure plus whether trying again could help. */
export function classifyError(e: unknown, now: number): Failed {
  if (e instanceof LengthFinishReasonError) return { kind: 'length', detail: 'finish_reason length', retryable: false };
  if (e instanceof ContentFilterFinishReasonError)
    return { kind: 'refusal', detail: 'content filter', retryable: false };
  if (isZodError(e)) {
    const issues = e.issues.slice(0, 8).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    return {
      kind: 'invalid-output',
      detail: `schema: ${issues.join('; ')}`,
      retryable: false,
      repair: `Your previous reply did not match the required JSON schema: ${issues.join('; ')}. Reply again with only the JSON object, with every required field as a string.`,
    };
  }
  if (e instanceof SyntaxError) {
    return {
      kind: 'invalid-output',
      detail: `not JSON: ${e.message}`,
      retryable: false,
      repair:
        'Your previous reply was not valid JSON. Reply again with only the JSON object the response format asks for, and nothing before or after it.',
    };
  }
  if (e instanceof APIUserAbortError || e instanceof APIConnectionTimeoutError) {
    return { kind: 'timeout', detail: 'request timed out', retryable: false };
  }
  if (e instanceof APIConnectionError)
    return { kind: 'unavailable', detail: `connection: ${e.message}`, retryable: true };
  if (e instanceof APIError) {
    const status = e.status ?? 0;
    const after = retryAfter(e.headers, now);
    const extra = after !== undefined ? { retryAfterMs: after } : {};
    if (status === 429) return { kind: 'rate-limited', detail: `429 ${e.message}`, retryable: true, ...extra };
    if (status === 408) return { kind: 'timeout', detail: '408 from the server', retryable: true, ...extra };
    if (status === 409 || status >= 500)
      return { kind: 'server-error', detail: `${status} ${e.message}`, retryable: true, ...extra };
    if (status === 400 && /context|maximum|too long|tokens/i.test(e.message)) {
      return { kind: 'length', detail: `400 ${e.message}`, retryable: false };
    }
    return { kind: 'unavailable', detail: `${status} ${e.message}`, retryable: false };
  }
  if ((e as Error)?.name === 'AbortError' || (e as Error)?.name === 'TimeoutError') {
    return { kind: 'timeout', detail: 'aborted at the deadline', retryable: false };
  }
  return { kind: 'unavailable', detail: `unexpected: ${(e as Error)?.message ?? String(e)}`, retryable: false };
}

export function createOpenAiModel(opts: OpenAiModelOptions): LanguageModel {
  const now = opts.now ?? Date.now;
  const client = new OpenAI({
    apiKey: opts.apiKey,
    ...(opts.baseURL ? { baseURL: opts.baseURL } : {}),
    maxRetries: 0,
  });

  /** One request, with transport retries inside the deadline. */
  async function call<T>(
    messages: ChatMessage[],
    schema: ZodType<T>,
    prompt: NonNullable<ReturnType<PromptSet['get']>>,
    deadline: number,
  ): Promise<Result<T, Failed>> {
    for (let retry = 0; ; retry++) {
      const remaining = deadline - now();
      if (remaining < OPENAI_MODEL_CONFIG.minAttemptMs) {
        return { ok: false, error: { kind: 'timeout', detail: 'no time left for an attempt', retryable: false } };
      }
      let timer: NodeJS.Timeout | undefined;
      try {
        const request = client.chat.completions.parse(
          {
            model: prompt.model ?? opts.model,
            messages,
            temperature: prompt.temperature,
            max_completion_tokens: prompt.maxOutputTokens,
            response_format: zodResponseFormat(schema as never, prompt.schema),
          },
          { timeout: remaining, maxRetries: 0, signal: AbortSignal.timeout(remaining) },
        );
        // The SDK's timeout covers the wait for headers; this also bounds a body that trickles.
        const overall = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new APIConnectionTimeoutError()), remaining + 50);
        });
        request.catch(() => undefined);
        const completion = await Promise.race([request, overall]);
        const message = completion.choices[0]?.message;
        if (!message) return { ok: false, error: { kind: 'invalid-output', detail: 'no choices', retryable: false } };
        if (message.refusal) {
          return {
            ok: false,
            error: { kind: 'refusal', detail: `refusal: ${message.refusal.slice(0, 200)}`, retryable: false },
          };
        }
        if (message.parsed === null || message.parsed === undefined) {
          return {
            ok: false,
            error: {
              kind: 'invalid-output',
              detail: 'empty reply',
              retryable: false,
              repair: 'Your previous reply was empty. Reply with the JSON object the response format asks for.',
            },
          };
        }
        // The SDK parsed with this schema already; parse again so a provider quirk cannot slip by.
        const checked = schema.safeParse(message.parsed);
        if (!checked.success) return { ok: false, error: classifyError(checked.error, now()) };
        return ok(checked.data);
      } catch (e) {
        const failed = classifyError(e, now());
        if (!failed.retryable || retry >= OPENAI_MODEL_CONFIG.maxTransportRetries) return { ok: false, error: failed };
        const wait =
          failed.retryAfterMs ?? Math.min(OPENAI_MODEL_CONFIG.backoffMs * 2 ** retry, OPENAI_MODEL_CONFIG.maxBackoffMs);
        if (now() + wait + OPENAI_MODEL_CONFIG.minAttemptMs > deadline) {
          return { ok: false, error: { ...failed, detail: `${failed.detail}; a retry would pass the deadline` } };
        }
        await sleep(wait);
      } finally {
        clearTimeout(timer);
      }
    }
  }

  return {
    async generate<T>(request: LlmRequest<T>): Promise<Result<T, LlmFailure>> {
      try {
        const prompt = opts.prompts.get(request.prompt);
        if (!prompt) return llmFailure('unavailable', `prompt ${request.prompt} not loaded`);
        if ((OUTPUT_SCHEMAS[prompt.schema] as unknown) !== request.schema) {
          return llmFailure('unavailable', `${prompt.file}: the request's schema is not ${prompt.schema}`);
        }
        const rendered = renderPrompt(prompt, request.vars, request.repair);
        if (!rendered.ok) return llmFailure('unavailable', rendered.error);
        const tokens = countMessageTokens(rendered.value);
        if (tokens > prompt.maxInputTokens) {
          return llmFailure('length', `${prompt.file}: ${tokens} input tokens, budget ${prompt.maxInputTokens}`);
        }
        const first = await call(rendered.value, request.schema, prompt, request.deadline);
        if (first.ok) return first;
        const f = first.error;
        if (f.kind !== 'invalid-output' || !f.repair || request.schemaRepair === false) {
          return llmFailure(f.kind, f.detail);
        }
        const repaired = await call(
          [...rendered.value, { role: 'user', content: f.repair }],
          request.schema,
          prompt,
          request.deadline,
        );
        if (repaired.ok) return repaired;
        return llmFailure(repaired.error.kind, `after repair: ${repaired.error.detail}`);
      } catch (e) {
        return llmFailure('unavailable', `unexpected: ${(e as Error)?.message ?? String(e)}`);
      }
    },
  };
}
