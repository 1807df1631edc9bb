/**
 * Token budget for prompts, counted with a real tokenizer (gpt-tokenizer, o200k_base: the
 * encoding of the gpt-4o family; other models' counts differ a little, hence the headroom below).
 * Passages are the elastic part: the lowest-ranked go first, then the last one kept is cut at a
 * sentence boundary.
 */
import { countTokens as count } from 'gpt-tokenizer/encoding/o200k_base';
import { splitSentences } from '../knowledge/answer.js';
import { renderPrompt, type Prompt } from './prompts.js';

/**
 * Budget knobs (the README lists them):
 * - `headroom`: share of a prompt's `maxInputTokens` actually used, since a non-OpenAI model's
 *   tokenizer may count more tokens than o200k_base for the same text.
 * - `minPassageTokens`: a passage cut shorter than this is dropped rather than kept as a stub.
 */
export const BUDGET_CONFIG = {
  headroom: 0.9,
  minPassageTokens: 40,
} as const;

// Member text may contain "<|endoftext|>": count it as plain text instead of throwing.
const PLAIN = { disallowedSpecial: new Set<string>() };

export function countTokens(text: string): number {
  return count(text, PLAIN);
}

/** Chat messages cost a few tokens each beyond their text. */
export function countMessageTokens(messages: readonly { content: string }[]): number {
  return messages.reduce((sum, m) => sum + countTokens(m.content) + 4, 3);
}

/** The usable budget of a prompt. */
export function usableTokens(maxInputTokens: number): number {
  return Math.floor(maxInputTokens * BUDGET_CONFIG.headroom);
}

/**
 * The longest prefix of `text` that fits in `maxTokens`, ending at a sentence (or, for a text
 * with no sentence that fits, at a word); empty when nothing fits.
 */
export function truncateToTokens(text: string, maxTokens: number): string {
  if (maxTokens <= 0) return '';
  if (countTokens(text) <= maxTokens) return text;
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const sentence of splitSentences(paragraph.replace(/\s*\n\s*/g, ' '))) {
      const next = out.length ? `${out.join(' ')} ${sentence}` : sentence;
      if (countTokens(next) > maxTokens) return out.join(' ') || truncateWords(sentence, maxTokens);
      out.push(sentence);
    }
  }
  return out.join(' ');
}

function truncateWords(text: string, maxTokens: number): string {
  const words = text.split(/\s+/);
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (countTokens(`${words.slice(0, mid).join(' ')}…`) <= maxTokens) lo = mid;
    else hi = mid - 1;
  }
  return lo ? `${words.slice(0, lo).join(' ')}…` : '';
}

export interface Trimmed<T> {
  /** Kept items in their original (rank) order; the last may have a shortened text. */
  kept: T[];
  dropped: number;
  truncated: boolean;
}

/**
 * Fits ranked items (best first) into `maxTokens` as formatted by `format`: drops the
 * lowest-ranked until the rest fit, then, when the best alone is too long, cuts its text at a
 * sentence boundary. `separator` is what joins formatted items.
 */
export function trimRanked<T extends { text: string }>(
  items: readonly T[],
  maxTokens: number,
  format: (item: T) => string,
  separator = '\n\n',
): Trimmed<T> {
  const size = (xs: readonly T[]) => countTokens(xs.map(format).join(separator));
  const kept = [...items];
  let dropped = 0;
  while (kept.length > 1 && size(kept) > maxTokens) {
    kept.pop();
    dropped++;
  }
  const last = kept.at(-1);
  if (!last || size(kept) <= maxTokens) return { kept, dropped, truncated: false };
  // One item left and still too long: cut its text to what the frame leaves room for.
  const frame = countTokens(format({ ...last, text: '' }));
  const text = truncateToTokens(last.text, maxTokens - frame);
  if (countTokens(text) < BUDGET_CONFIG.minPassageTokens) return { kept: [], dropped: dropped + 1, truncated: false };
  return { kept: [{ ...last, text }], dropped, truncated: true };
}

/** Tokens the rendered prompt takes with these variables (repair turn not included). */
export function promptTokens(prompt: Prompt, vars: Record<string, string>): number {
  const rendered = renderPrompt(prompt, vars);
  return rendered.ok ? countMessageTokens(rendered.value) : Number.POSITIVE_INFINITY;
}

/**
 * Fits a prompt into its budget by shortening the named variables, in order, each cut at a
 * sentence boundary; the others (instructions, rule findings, facts) are never cut. `undefined`
 * when even that cannot make it fit: the caller then skips the model.
 */
export function fitVars(
  prompt: Prompt,
  vars: Record<string, string>,
  elastic: readonly string[],
): Record<string, string> | undefined {
  const budget = usableTokens(prompt.maxInputTokens);
  const out = { ...vars };
  for (const name of elastic) {
    const over = promptTokens(prompt, out) - budget;
    if (over <= 0) return out;
    const value = out[name] ?? '';
    out[name] = truncateToTokens(value, countTokens(value) - over - 8);
  }
  return promptTokens(prompt, out) <= budget ? out : undefined;
}

/** What a prompt leaves for one variable once the others are in (for trimRanked). */
export function roomFor(prompt: Prompt, vars: Record<string, string>, name: string): number {
  return usableTokens(prompt.maxInputTokens) - promptTokens(prompt, { ...vars, [name]: '' });
}
