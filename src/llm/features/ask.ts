/**
 * /ask and `advisor ask` with a model: scope, the FAQ and the retrieval score floor decide first
 * (out of scope, not covered or a curated answer: no call is made); otherwise the model answers
 * from the top passages, fenced as data,
 * and every inline citation must be one of those passages, or the deterministic answer is shown.
 *
 * The answer passes the shared output checks (../output-check.ts): a claim about the member must
 * be one they made in their question, no advice to hide or misstate anything, no links or places
 * from outside the passages; and every number in it must stand in a passage it cites (or the
 * question). Without the member's consent the passages are chosen without their profile: only
 * guides meant for everyone, ranked as for a member with no profile, so the choice of passages
 * says nothing about them.
 */
import { ANSWER_CONFIG, answerQuestion, type Answer } from '../../knowledge/answer.js';
import { formatRef } from '../../knowledge/outline.js';
import { needsNoVisa, type KnowledgeIndex, type Passage, type SearchOptions } from '../../knowledge/retrieval.js';
import { askAnswerSchema } from '../schemas.js';
import { sanitizeModelText } from '../sanitize.js';
import type { Profile } from '../../core/profile/schema.js';
import { factBase } from '../claims/verify.js';
import { outputProblems } from '../output-check.js';
import { loadBudget, NO_MODEL, runChecked, skipped, todayOf, type LlmContext, type LlmUse } from './common.js';

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

/** Numbers in `text` (citations aside) that `source` does not contain. */
function uncitedNumbers(text: string, source: string): string[] {
  const known = new Set((source.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, '')));
  const found = text.replace(CITATION, ' ').match(/\d+(?:[.,]\d+)*/g) ?? [];
  return [...new Set(found.map((n) => n.replace(/,/g, '').replace(/\.$/, '')).filter((n) => !known.has(n)))];
}

export async function askWithLlm(
  llm: LlmContext | undefined,
  index: KnowledgeIndex,
  question: string,
  audience?: SearchOptions['audience'],
  /** The asker's profile: used (for the passages and to verify claims) only with their consent. */
  profile?: Profile,
  /** The previous answer's topic, for a follow-up question. */
  previous?: string,
): Promise<AskResult> {
  // Visa advice is left out for a member who needs no visa (the profile is only passed for a
  // reply that member alone sees).
  const noVisa = needsNoVisa(profile);
  const standard = answerQuestion(index, question, {
    audience,
    ...(previous ? { previous } : {}),
    ...(noVisa ? { noVisa } : {}),
    // (The profile's match: a question about "the match" naming neither gets that calendar.)
    ...(profile?.target ? { match: profile.target === 'ci-fellowship' ? ('amia' as const) : ('nrmp' as const) } : {}),
  });
  if (!llm) return { answer: standard, llm: NO_MODEL };
  // "Not covered" and "out of scope" are decided without the model: it is not asked to guess.
  // A curated answer (the FAQ) is already short and sourced: the model is not asked to redo it.
  if (!standard.covered || standard.kind === 'faq') return { answer: standard, llm: { used: false } };

  // The sections the deterministic answer drew on (re-ranked with the curated questions), in
  // full, best first: the model writes from the same evidence. Without consent nothing derived
  // from the profile (here: the audience) may shape the prompt: the sections are then those of an
  // answer for a member with no profile, from guides meant for everyone.
  const withoutProfile = audience !== undefined && !llm.consent;
  const basis = withoutProfile ? answerQuestion(index, question, previous ? { previous } : {}) : standard;
  const ranked = basis.passages
    .filter((p) => !withoutProfile || index.guides.find((g) => g.id === p.doc)?.audience === 'all')
    .map((p) => ({ ...p, text: index.sections.get(formatRef(p))?.text ?? p.text }));
  const best = ranked[0]?.score ?? 0;
  const offered = ranked.filter((p) => p.score >= best * ASK_LLM_CONFIG.minShare).slice(0, ASK_LLM_CONFIG.maxPassages);
  if (!offered.length) return { answer: standard, llm: { used: false } };
  const prompt = llm.prompts.get('ask-answer');
  if (!prompt) return { answer: standard, llm: skipped('unavailable') };
  const { roomFor, trimRanked } = await loadBudget();
  const room = roomFor(prompt, { question, passages: '' }, 'passages');
  const fitted = trimRanked(offered, room, formatPassage);
  if (!fitted.kept.length) return { answer: standard, llm: skipped('over-budget') };
  const given = new Map(fitted.kept.map((p) => [formatRef(p), p]));
  const passagesText = fitted.kept.map(formatPassage).join('\n\n');
  const checks = {
    voice: 'second' as const,
    mode: 'lenient' as const,
    facts: factBase({ profile: llm.consent ? profile : undefined, today: todayOf(llm), memberText: [question] }),
    sources: [question, passagesText],
  };

  const result = await runChecked(llm, {
    prompt: 'ask-answer',
    vars: { question, passages: passagesText },
    schema: askAnswerSchema,
    prepare: (raw) => sanitizeModelText(raw.answer),
    check: (text) => {
      const cited = citationsIn(text);
      const problems: string[] = [];
      if (!text) problems.push('the answer is empty');
      if (!cited.length) problems.push('the answer cites no passage');
      const unknown = cited.filter((c) => !given.has(c));
      if (unknown.length) problems.push(`it cites passages that were not given: ${unknown.join(', ')}`);
      const cites = cited.map((c) => given.get(c)?.text ?? '').join('\n');
      const numbers = uncitedNumbers(text, `${cites}\n${question}`);
      if (numbers.length) problems.push(`its numbers ${numbers.join(', ')} are in no passage it cites`);
      return [...problems, ...outputProblems(text, checks)];
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
