/**
 * The CLI's model, when OPENAI_API_KEY is set: read from the environment through the config
 * (only the LLM variables, so an unrelated bad variable cannot break a verb), with an in-memory
 * quota and `--llm-consent` as the member's consent to share profile facts. Undefined without a
 * key: the verb's output is then exactly what it was before the model layer existed.
 */
import { loadLlmConfig } from '../config.js';
import { UserError } from '../core/errors.js';
import type { LlmContext, LlmUse } from '../llm/features/common.js';

/** The quota key of the person at the terminal. */
export const CLI_USER_KEY = 'cli';

/** Option to add to verbs that send profile facts. */
export const LLM_CONSENT_OPTION = { 'llm-consent': { type: 'boolean' } } as const;

/**
 * The model layer (the OpenAI SDK, the tokenizer, the prompts) is imported here and only with a
 * key, so a verb run without one starts as fast as it did before the layer existed.
 */
export async function cliLlm(values: Record<string, string | boolean | undefined>): Promise<LlmContext | undefined> {
  const config = loadLlmConfig(process.env);
  if (!config.ok) throw new UserError(config.error);
  if (!config.value) return undefined;
  const [{ createLlm }, { memoryCounter }, { PromptError }] = await Promise.all([
    import('../llm/setup.js'),
    import('../llm/guard.js'),
    import('../llm/prompts.js'),
  ]);
  try {
    const llm = createLlm(config.value, { counter: memoryCounter() }).forMember(
      CLI_USER_KEY,
      values['llm-consent'] === true,
    );
    // `--today` fixes the date the output checks use too (durations, "since …").
    return typeof values.today === 'string' ? { ...llm, today: values.today } : llm;
  } catch (e) {
    // A broken prompt file is the installation's problem, not the member's input: exit 1.
    if (e instanceof PromptError) throw new Error(`prompts: ${e.message}`);
    throw e;
  }
}

/** The `llm` key of a verb's JSON, and the note line for its text. */
export function llmJson(use: LlmUse): { used: boolean; note?: string } {
  return { used: use.used, ...(use.note ? { note: use.note } : {}) };
}

export function llmNoteLines(use: LlmUse): string[] {
  return use.note ? ['', `Note: ${use.note}`] : [];
}
