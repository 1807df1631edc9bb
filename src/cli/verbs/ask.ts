/**
 * `advisor ask TEXT` — answers a free question from the knowledge guides, with citations.
 * BM25 retrieval plus the answer composer; with OPENAI_API_KEY set, the model writes the answer
 * from the same passages (src/llm/features/ask.ts) and the JSON gains `llm`.
 */
import { UserError } from '../../core/errors.js';
import { answerQuestion } from '../../knowledge/answer.js';
import { formatRef } from '../../knowledge/outline.js';
import { getKnowledge } from '../../knowledge/store.js';
import { askWithLlm } from '../../llm/features/ask.js';
import { cliLlm, llmJson, llmNoteLines } from '../llm.js';
import type { Verb } from '../types.js';

/** Questions longer than this are almost certainly a pasted document, not a question. */
const MAX_QUESTION_CHARS = 2000;

export const verb: Verb = {
  usage: 'ask TEXT [--json]   answer a question from the guides, with sources',
  options: {},
  async run({ positionals, values }) {
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
    const passages = result.passages.map((p) => ({
      doc: p.doc,
      section: p.section,
      heading: p.heading,
      text: p.text,
      score: Math.round(p.score * 1000) / 1000,
    }));
    const text = [result.answer];
    if (passages.length) {
      text.push('', 'Sources:');
      for (const p of passages) text.push(`  ${formatRef(p)}  ${p.heading}  (score ${p.score.toFixed(1)})`);
    }
    if (withLlm) text.push(...llmNoteLines(withLlm.llm));
    return {
      json: {
        answer: result.answer,
        covered: result.covered,
        passages,
        // Extensions: how the answer was made (faq, guides, not-covered, out-of-scope), the
        // curated question that matched, the yes/no word it leads with, why it was declined.
        ...(result.kind ? { kind: result.kind } : {}),
        ...(result.faqId ? { faqId: result.faqId } : {}),
        ...(result.lead ? { lead: result.lead } : {}),
        ...(result.declined ? { declined: result.declined } : {}),
        ...(withLlm ? { llm: llmJson(withLlm.llm) } : {}),
      },
      text: text.join('\n'),
    };
  },
};
