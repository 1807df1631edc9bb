/**
 * The optional language model as the bot and the console use it: built once at start-up from
 * config.llm (quota counted in the store, the concurrency cap held as store leases so it spans
 * shards), the member's consent kept in their meta record, and the short note a View shows when
 * the model was configured but not used. Without config.llm nothing here is ever called with a
 * model, and no View says anything about models.
 */
import { z } from 'zod';
import type { LlmConfig } from '../config.js';
import type { LlmContext, LlmUse } from '../llm/features/common.js';
import { storeCounter, storeLimiterFor } from '../llm/guard.js';
import type { Llm } from '../llm/setup.js';
import type { Store } from '../store/store.js';
import type { AppContext } from './context.js';
import type { Logger } from './logger.js';
import type { Section } from './view.js';

export type { Llm };

/**
 * The model layer for this process. Throws PromptError (naming the file and field) when a prompt
 * in prompts/ is broken: main.ts reports that as a start-up error.
 *
 * This is where the model layer is loaded: the OpenAI SDK and the tokenizer (about 0.3 s of
 * start-up together) are imported here, so a bot without OPENAI_API_KEY never loads them.
 */
export async function buildLlm(
  config: LlmConfig,
  store: Store,
  logger: Logger,
  opts: { promptsDir?: string } = {},
): Promise<Llm> {
  const { createLlm } = await import('../llm/setup.js');
  return createLlm(config, {
    counter: storeCounter(store),
    limiter: storeLimiterFor(store, {
      onReleaseError: (error) =>
        logger.debug('llm: lease release failed (it expires on its own)', { error: String(error) }),
    }),
    ...(opts.promptsDir ? { promptsDir: opts.promptsDir } : {}),
    // The failure detail may quote the provider or the model's text: log the kind only.
    onFailure: (prompt, failure) => logger.info('llm fallback', { prompt, kind: failure.kind }),
  });
}

// ---- consent ------------------------------------------------------------------------------------

/** Meta key of the member's `/privacy llm` choice (exported and deleted with everything else). */
export const LLM_CONSENT_KEY = 'llmConsent';

const consentSchema = z.object({ given: z.literal(true), at: z.string() });
export type LlmConsent = z.infer<typeof consentSchema>;

/** The member's stored consent, or undefined (never given, withdrawn, or unreadable). */
export async function readLlmConsent(ctx: Pick<AppContext, 'store'>, userId: string): Promise<LlmConsent | undefined> {
  const parsed = consentSchema.safeParse(await ctx.store.getMeta(userId, LLM_CONSENT_KEY));
  return parsed.success ? parsed.data : undefined;
}

/** On: stores the consent with today's date. Off: removes it. */
export async function setLlmConsent(
  ctx: Pick<AppContext, 'store' | 'today'>,
  userId: string,
  on: boolean,
): Promise<LlmConsent | undefined> {
  const value: LlmConsent | undefined = on ? { given: true, at: ctx.today() } : undefined;
  await ctx.store.saveMeta(userId, LLM_CONSENT_KEY, value);
  return value;
}

/**
 * The model context for one member's command, or undefined when no model is configured. The
 * consent is read from the store only for features that would send profile facts.
 */
export async function memberLlm(
  ctx: AppContext,
  userId: string,
  opts: { profileFacts: boolean },
): Promise<LlmContext | undefined> {
  if (!ctx.llm) return undefined;
  const consent = opts.profileFacts ? (await readLlmConsent(ctx, userId)) !== undefined : false;
  return { ...ctx.llm.forMember(userId, consent), today: ctx.today() };
}

// ---- what the member sees -----------------------------------------------------------------------

/** How a member turns consent on, in words that work on Discord and in the console. */
export const CONSENT_HOW = 'To allow it: /privacy llm on.';

/** The note line as text ('' when there is nothing to say, e.g. no model configured). */
export function llmNoteText(use: LlmUse): string {
  if (!use.note) return '';
  return use.reason === 'no-consent' ? `${use.note} ${CONSENT_HOW}` : use.note;
}

/** A one-line section with the note, or nothing. */
export function llmNoteSections(use: LlmUse): Section[] {
  const text = llmNoteText(use);
  return text ? [{ body: `*${text}*`, tone: 'neutral' }] : [];
}
