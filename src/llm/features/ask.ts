/**
 * /ask and `advisor ask` with a model: scope, the FAQ and the retrieval score floor decide first
 * (out of scope, not covered or a curated answer: no call is made); otherwise the model answers
 * from the top passages, fenced as data,
 * and every inline citation must be one of those passages, or the deterministic answer is shown.
 */
import { ANSWER_CONFIG, answerQuestion, type Answer } from '../../knowledge/answer.js';
import { formatRef } from '../../knowledge/outline.js';
import type { KnowledgeIndex, Passage, SearchOptions } from '../../knowledge/retrieval.js';
import { askAnswerSchema } from '../schemas.js';
import { sanitizeModelText } from '../sanitize.js';
import { loadBudget, NO_MODEL, runChecked, skipped, type LlmContext, type LlmUse } from './common.js';

/** Limits of the model's answer (the README lists them). */
export const ASK_LLM_CONFIG = {
  /** Passages offered to the model: at most this many, each at least this share of the best score. */
  maxPassages: 5,
  minShare: ANSWER_CONFIG.seeAlsoMinShare,
} as const;

export interface AskResult {
  /** `answer` is the model's when `llm.used`; `passages` are then the ones it cited, best first. */
  answer: Answer;
  llm: LlmUse;
}

const CITATION = /\[([a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

export function formatPassage(p: Pick<Passage, 'doc' | 'section' | 'heading' | 'text'>): string {
  return `[${formatRef(p)}] ${p.heading}\n${p.text.trim()}`;
}

/** Citations in an answer, in order of first use. */
export function citationsIn(text: string): string[] {
  return [...new Set([...text.matchAll(CITATION)].map((m) => m[1] ?? ''))];
}

export async function askWithLlm(
  llm: LlmContext | undefined,
  index: KnowledgeIndex,
  question: string,
  audience?: SearchOptions['audience'],
  previous?: string,
): Promise<AskResult> {
  const standard = answerQuestion(index, question, { audience, ...(previous ? { previous } : {}) });
  if (!llm) return { answer: standard, llm: NO_MODEL };
  // "Not covered" and "out of scope" are decided without the model: it is not asked to guess.
  // A curated answer (the FAQ) is already short and sourced: the model is not asked to redo it.
  if (!standard.covered || standard.kind === 'faq') return { answer: standard, llm: { used: false } };
  // The sections the deterministic answer drew on (re-ranked with the curated questions), in
  // full, best first: the model writes from the same evidence.
  const ranked = standard.passages.map((p) => ({ ...p, text: index.sections.get(formatRef(p))?.text ?? p.text }));
  const best = ranked[0]?.score ?? 0;
  const offered = ranked.filter((p) => p.score >= best * ASK_LLM_CONFIG.minShare).slice(0, ASK_LLM_CONFIG.maxPassages);
  const prompt = llm.prompts.get('ask-answer');
  if (!prompt) return { answer: standard, llm: skipped('unavailable') };
  const { roomFor, trimRanked } = await loadBudget();
  const room = roomFor(prompt, { question, passages: '' }, 'passages');
  const fitted = trimRanked(offered, room, formatPassage);
  if (!fitted.kept.length) return { answer: standard, llm: skipped('over-budget') };
  const given = new Map(fitted.kept.map((p) => [formatRef(p), p]));

  const result = await runChecked(llm, {
    prompt: 'ask-answer',
    vars: { question, passages: fitted.kept.map(formatPassage).join('\n\n') },
    schema: askAnswerSchema,
    prepare: (raw) => sanitizeModelText(raw.answer),
    check: (text) => {
      const cited = citationsIn(text);
      const problems: string[] = [];
      if (!text) problems.push('the answer is empty');
      if (!cited.length) problems.push('the answer cites no passage');
      const unknown = cited.filter((c) => !given.has(c));
      if (unknown.length) problems.push(`it cites passages that were not given: ${unknown.join(', ')}`);
      return problems;
    },
    shown: (text) => text,
    repair: false,
  });
  if (!result.ok) return { answer: standard, llm: result.use };
  const cited = new Set(citationsIn(result.value));
  // The full passages (not their trimmed prompt copies), in rank order.
  const passages = offered.filter((p) => cited.has(formatRef(p)));
  return {
    answer: {
      answer: result.value,
      passages,
      covered: true,
      confidence: standard.confidence,
      kind: 'guides',
      ...(standard.topic ? { topic: standard.topic } : {}),
    },
    llm: result.use,
  };
}
