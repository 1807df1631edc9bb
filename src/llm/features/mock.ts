/**
 * /mock and `advisor mock feedback` with a model: coaching prose and one adaptive follow-up
 * question on top of the deterministic metrics (which are passed through untouched), and prose
 * for the session summary. Only the question and the member's own answers are sent, so no
 * consent is needed. Without the model the follow-up comes from the question bank or the notes.
 */
import { resolveQuestion, type AnswerFeedback } from '../../mock/feedback.js';
import { questionById } from '../../mock/bank.js';
import { summary as sessionSummary, type SessionState, type SessionSummary } from '../../mock/session.js';
import type { Question } from '../../mock/types.js';
import { mockFeedbackSchema, mockSummarySchema } from '../schemas.js';
import { sanitizeModelText } from '../sanitize.js';
import { loadBudget, NO_MODEL, runChecked, skipped, type LlmContext, type LlmUse } from './common.js';
import { inventedProblem } from './facts.js';

export interface MockFeedbackInput {
  /** A bank question (or its id / wording) or any question the member typed. */
  question: string | Question;
  answer: string;
  /** answerFeedback(question, answer): shown as is; the prose builds on it. */
  feedback: AnswerFeedback;
}

export interface MockFeedbackProse {
  /** Coaching prose, or null when the model was not used (the notes speak for themselves). */
  feedback: string | null;
  /** Always one question: the model's, or the bank's / a note-based one. */
  followUp: string;
  llm: LlmUse;
}

const bankQuestion = (q: string | Question): Question | undefined => (typeof q === 'string' ? resolveQuestion(q) : q);
const questionText = (q: string | Question): string =>
  bankQuestion(q)?.text ?? (typeof q === 'string' ? q.trim() : q.text);

/** The follow-up without a model: the bank's first, else one aimed at the weakest part. */
export function fallbackFollowUp(question: string | Question, fb: AnswerFeedback): string {
  const bank = bankQuestion(question)?.followUps[0];
  if (bank) return bank;
  const ids = new Set(fb.notes.map((n) => n.id));
  if (ids.has('no-result') || !fb.star.result) return 'What changed as a result, and how did you know?';
  if (!fb.star.action) return 'What exactly did you do yourself, step by step?';
  if (ids.has('no-informatics-angle')) return 'Where did data, the EHR or a workflow come into that?';
  if (ids.has('blame')) return 'Looking back, what would you do differently yourself?';
  return 'What would you do differently if you faced that again?';
}

export function metricsText(fb: AnswerFeedback): string {
  const star = (Object.entries(fb.star) as [string, boolean][]).map(([k, v]) => `${k} ${v ? 'present' : 'missing'}`);
  return [
    `Length: ${fb.words} words, about ${fb.estimatedSeconds} seconds`,
    `STAR: ${star.join(', ')}`,
    `Filler words: ${fb.fillers.count}${fb.fillers.top.length ? ` (${fb.fillers.top.join(', ')})` : ''}`,
    fb.notes.length ? `Notes: ${fb.notes.map((n) => `${n.id}: ${n.message}`).join(' | ')}` : 'Notes: none',
  ].join('\n');
}

export async function mockFeedbackProse(
  llm: LlmContext | undefined,
  input: MockFeedbackInput,
): Promise<MockFeedbackProse> {
  const standard = (use: LlmUse): MockFeedbackProse => ({
    feedback: null,
    followUp: fallbackFollowUp(input.question, input.feedback),
    llm: use,
  });
  if (!llm) return standard(NO_MODEL);
  const prompt = llm.prompts.get('mock-feedback');
  if (!prompt) return standard(skipped('unavailable'));
  const question = questionText(input.question);
  const metrics = metricsText(input.feedback);
  const { fitVars } = await loadBudget();
  const vars = fitVars(prompt, { question, answer: input.answer.trim(), metrics }, ['answer']);
  if (!vars) return standard(skipped('over-budget'));
  const sources = [question, input.answer, metrics];

  const result = await runChecked(llm, {
    prompt: 'mock-feedback',
    vars,
    schema: mockFeedbackSchema,
    prepare: (raw) => ({
      feedback: sanitizeModelText(raw.feedback, 1200),
      followUp: sanitizeModelText(raw.followUp.replace(/\s+/g, ' '), 300),
    }),
    check: (v) => {
      const problems: string[] = [];
      if (!v.feedback) problems.push('the feedback is empty');
      if (!/\?$/.test(v.followUp) || (v.followUp.match(/\?/g) ?? []).length > 2) {
        problems.push('followUp must be exactly one question ending with "?"');
      }
      return [...problems, ...inventedProblem(`${v.feedback}\n${v.followUp}`, sources)];
    },
    shown: (v) => JSON.stringify(v),
    repair: true,
  });
  if (!result.ok) return standard(result.use);
  return { ...result.value, llm: result.use };
}

export interface MockSummaryProse {
  /** The deterministic summary, unchanged. */
  summary: SessionSummary;
  prose: string | null;
  llm: LlmUse;
}

export function summaryText(s: SessionSummary): string {
  return [
    `Questions: ${s.total}; answered ${s.answered}, skipped ${s.skipped}, not reached ${s.notReached}, retried ${s.retried}`,
    `Average answer: ${s.averageWords} words, about ${s.averageSeconds} seconds`,
    `STAR parts covered (of ${s.star.of} answers): situation ${s.star.situation}, task ${s.star.task}, action ${s.star.action}, result ${s.star.result}`,
    `Most common notes: ${s.commonNotes.map((n) => `${n.id} x${n.count}`).join(', ') || 'none'}`,
    ...(s.best ? [`Strongest answer: "${s.best.text}"`] : []),
    ...(s.weakest ? [`Weakest answer: "${s.weakest.text}" (notes: ${s.weakest.notes.join(', ') || 'none'})`] : []),
    `Practise next: ${s.practiseNext.join(' | ')}`,
  ].join('\n');
}

/** The member's latest answer to each question, in session order. */
function latestAnswers(state: SessionState): string {
  const latest = new Map<string, string>();
  for (const a of state.attempts) latest.set(a.questionId, a.answer);
  return state.questions
    .filter((id) => latest.has(id))
    .map((id) => `Q: ${questionById(id)?.text ?? id}\nA: ${(latest.get(id) ?? '').trim()}`)
    .join('\n\n');
}

export async function mockSummaryProse(llm: LlmContext | undefined, state: SessionState): Promise<MockSummaryProse> {
  const s = sessionSummary(state);
  const standard = (use: LlmUse): MockSummaryProse => ({ summary: s, prose: null, llm: use });
  if (!llm) return standard(NO_MODEL);
  if (s.answered === 0) return standard({ used: false });
  const prompt = llm.prompts.get('mock-summary');
  if (!prompt) return standard(skipped('unavailable'));
  const metrics = summaryText(s);
  const answers = latestAnswers(state);
  const { fitVars } = await loadBudget();
  const vars = fitVars(prompt, { metrics, answers }, ['answers']);
  if (!vars) return standard(skipped('over-budget'));

  const result = await runChecked(llm, {
    prompt: 'mock-summary',
    vars,
    schema: mockSummarySchema,
    prepare: (raw) => sanitizeModelText(raw.summary, 1500),
    check: (text) => [...(text ? [] : ['the summary is empty']), ...inventedProblem(text, [metrics, answers])],
    shown: (text) => text,
    repair: true,
  });
  if (!result.ok) return standard(result.use);
  return { summary: s, prose: result.value, llm: result.use };
}
