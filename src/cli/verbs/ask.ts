/**
 * `advisor ask TEXT` — answers a free question from the knowledge guides, with citations.
 * BM25 retrieval plus the answer composer; with OPENAI_API_KEY set, the model writes the answer
 * from the same passages (src/llm/features/ask.ts) and the JSON gains `llm`.
 */
import { UserError } from '../../core/errors.js';
import { seasonNowLine } from '../../app/views/ask-season.js';
import { answerQuestion } from '../../knowledge/answer.js';
import { formatRef } from '../../knowledge/outline.js';
import { getKnowledge } from '../../knowledge/store.js';
import { askWithLlm } from '../../llm/features/ask.js';
import { cliLlm, llmJson, llmNoteLines } from '../llm.js';
import type { Verb } from '../types.js';

/** Questions longer than this are almost certainly a pasted document, not a question. */
const MAX_QUESTION_CHARS = 2000;

/**
 * Scores on one scale, best 1: a rise in the list starts a new run (another answer's scale), which
 * is scaled to its own first score and kept under the score before it.
 */
export function oneScale(raw: readonly number[]): number[] {
  const out: number[] = [];
  let runStart = 0;
  let ceiling = 1;
  raw.forEach((r, i) => {
    if (i === 0 || r > (raw[i - 1] ?? 0)) {
      runStart = r > 0 ? r : 1;
      ceiling = i === 0 ? 1 : (out[i - 1] ?? 1) * 0.99;
    }
    out.push(Math.max(0.001, Math.min(ceiling, (r / runStart) * ceiling)));
  });
  return out;
}

export const verb: Verb = {
  usage: 'ask TEXT [--json]   answer a question from the guides, with sources',
  options: {},
  async run({ positionals, values, ctx }) {
    const question = positionals.join(' ').trim();
    if (!question)
      throw new UserError('ask: no question given (usage: advisor ask "how many letters should mention informatics?")');
    if (question.length > MAX_QUESTION_CHARS) {
      throw new UserError(`ask: the question is ${question.length} characters; keep it under ${MAX_QUESTION_CHARS}`);
    }
    const { index } = getKnowledge();
    const llm = await cliLlm(values);
    const withLlm = llm ? await askWithLlm(llm, index, question) : undefined;
    const result = withLlm?.answer ?? answerQuestion(index, question);
    // A curated answer's passages carry its match score (0-1), a composed one's the retrieval score
    // (tens or hundreds), and an answer to two questions may hold both: each run of one kind is
    // scaled to its own best, kept below the run before it, so the JSON scores are one scale (best
    // 1) in the order given. The text lists sources in that order with no number.
    const scores = oneScale(result.passages.map((p) => p.score));
    const passages = result.passages.map((p, i) => ({
      doc: p.doc,
      section: p.section,
      heading: p.heading,
      text: p.text,
      score: Math.round((scores[i] ?? 0) * 1000) / 1000,
    }));
    // Where the season stands today, for a question about a match's dates (as in Discord and the console).
    // (A reply to an emergency carries nothing else: no calendar.)
    const season = result.declined === 'emergency' ? undefined : seasonNowLine(question, result, ctx.today);
    const text = season?.urgent
      ? [season.text, '', result.answer]
      : [result.answer, ...(season ? ['', season.text] : [])];
    if (passages.length) {
      text.push('', 'Sources:');
      for (const p of passages) text.push(`  ${formatRef(p)}  ${p.heading}`);
    }
    if (withLlm) text.push(...llmNoteLines(withLlm.llm));
    return {
      json: {
        answer: result.answer,
        covered: result.covered,
        passages,
        // Extensions: how the answer was made (faq, guides, not-covered, out-of-scope), the
        // curated question that matched, the yes/no word it leads with, why it was declined, and
        // where today falls on the typical calendar of the match the answer is about.
        ...(result.kind ? { kind: result.kind } : {}),
        ...(result.faqId ? { faqId: result.faqId } : {}),
        ...(result.lead ? { lead: result.lead } : {}),
        ...(result.declined ? { declined: result.declined } : {}),
        ...(withLlm ? { llm: llmJson(withLlm.llm) } : {}),
        ...(season ? { seasonNow: season.text } : {}),
      },
      text: text.join('\n'),
    };
  },
};
