/** Shared set-up for the LLM tests: the real prompts and the real SDK pointed at the fake server. */
import { createOpenAiModel } from '../../src/llm/openai-model.js';
import { loadPrompts, type PromptSet } from '../../src/llm/prompts.js';
import type { LanguageModel } from '../../src/llm/model.js';
import type { LlmContext } from '../../src/llm/features/common.js';
import type { FakeOpenAi } from '../fake-openai/server.js';

let prompts: PromptSet | undefined;
export function realPrompts(): PromptSet {
  prompts ??= loadPrompts();
  return prompts;
}

export function fakeModel(fake: FakeOpenAi): LanguageModel {
  return createOpenAiModel({ apiKey: 'test-key', baseURL: fake.url, model: 'fake-model', prompts: realPrompts() });
}

export function llmContext(fake: FakeOpenAi, over: Partial<LlmContext> = {}): LlmContext {
  return {
    model: fakeModel(fake),
    prompts: realPrompts(),
    deadlineMs: 5000,
    userKey: 'member-1',
    consent: true,
    ...over,
  };
}

/** The data-fenced block with this id in a recorded prompt, or undefined. */
export function fenced(text: string, id: string): string | undefined {
  const m = new RegExp(`<<<DATA id=${id}>>>\\n([\\s\\S]*?)\\n<<<END DATA>>>`).exec(text);
  return m?.[1];
}
