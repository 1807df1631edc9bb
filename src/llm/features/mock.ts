/**
 * /mock and `advisor mock feedback` with a model: coaching prose and one adaptive follow-up
 * question on top of the deterministic metrics (which are passed through untouched), and prose
 * for the session summary. Without the model the follow-up comes from the question bank or the
 * notes.
 *
 * Consent: a question chosen *because of* the member's profile (a red-flag rehearsal, a question
 * for their side of the citizenship split) says something about that profile, so without the
 * member's consent neither it nor the answer to it is sent; general questions and their answers
 * are. The output passes the shared checks (../output-check.ts): a claim about the member must be
 * something they said in their answers.
 */
import { resolveQuestion, type AnswerFeedback } from '../../mock/feedback.js';
import { questionById } from '../../mock/bank.js';
import { summary as sessionSummary, type SessionState, type SessionSummary } from '../../mock/session.js';
import type { Question } from '../../mock/types.js';
import { mockFeedbackSchema, mockSummarySchema } from '../schemas.js';
import { sanitizeModelText } from '../sanitize.js';
import { withholdInstructions } from '../claims/planted.js';
import { factBase } from '../claims/verify.js';
import { outputProblems } from '../output-check.js';
import { loadBudget, NO_MODEL, runChecked, skipped, todayOf, type LlmContext, type LlmUse } from './common.js';
import { inventedProblem } from './facts.js';

/**
 * Was this question asked because of what the member's profile says? Red-flag and IMG questions,
 * and any question kept for one side of the citizenship split or tagged with a red flag.
 */
export function questionRevealsProfile(q: Question): boolean {
  return q.category === 'red-flag' || q.category === 'img' || q.audience !== undefined || (q.tags?.length ?? 0) > 0;
}

/** The member's answer with any sentence addressed to the AI withheld. */
const answerText = (answer: string) => withholdInstructions(answer.trim(), 'narrative');

export interface MockFeedbackInput {
  /** A bank question (or its id / wording) or any question the member typed. */
  question: string | Question;
  answer: string;
  /** answerFeedback(question, answer): shown as is; the prose builds on it. */
  feedback: AnswerFeedback;
  /** True when the question was chosen from the member's profile (see questionRevealsProfile). */
  fromProfile?: boolean;
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
  if (input.fromProfile && !llm.consent) return standard(skipped('no-consent'));
  const prompt = llm.prompts.get('mock-feedback');
  if (!prompt) return standard(skipped('unavailable'));
  const question = questionText(input.question);
  const metrics = metricsText(input.feedback);
  const answer = answerText(input.answer);
  const { fitVars } = await loadBudget();
  const vars = fitVars(prompt, { question, answer: answer.text, metrics }, ['answer']);
  if (!vars) return standard(skipped('over-budget'));
  const sources = [question, answer.text, metrics];
  const checks = {
    voice: 'second' as const,
    mode: 'lenient' as const,
    facts: factBase({ today: todayOf(llm), memberText: [answer.text] }),
    sources,
    withheld: answer.withheld,
  };

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
      const all = `${v.feedback}\n${v.followUp}`;
      return [...problems, ...inventedProblem(all, sources), ...outputProblems(all, checks)];
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

/** What stands for a question (and its answer) that cannot be sent without consent. */
export const WITHHELD_QUESTION = '[a question chosen from your profile]';

/** The member's latest answer to each question, in session order; `hide` ones left out. */
function latestAnswers(
  state: SessionState,
  hide: (id: string) => boolean,
): { text: string; answers: string[]; withheld: string[] } {
  const latest = new Map<string, string>();
  for (const a of state.attempts) latest.set(a.questionId, a.answer);
  const answers: string[] = [];
  const withheld: string[] = [];
  const text = state.questions
    .filter((id) => latest.has(id) && !hide(id))
    .map((id) => {
      const a = answerText(latest.get(id) ?? '');
      answers.push(a.text);
      withheld.push(...a.withheld);
      return `Q: ${questionById(id)?.text ?? id}\nA: ${a.text}`;
    })
    .join('\n\n');
  return { text, answers, withheld };
}

export interface MockSummaryOptions {
  /** True for a question chosen from the member's profile (see questionRevealsProfile). */
  fromProfile?: (questionId: string) => boolean;
}

export async function mockSummaryProse(
  llm: LlmContext | undefined,
  state: SessionState,
  opts: MockSummaryOptions = {},
): Promise<MockSummaryProse> {
  const s = sessionSummary(state);
  const standard = (use: LlmUse): MockSummaryProse => ({ summary: s, prose: null, llm: use });
  if (!llm) return standard(NO_MODEL);
  if (s.answered === 0) return standard({ used: false });
  const prompt = llm.prompts.get('mock-summary');
  if (!prompt) return standard(skipped('unavailable'));
  // Without consent, questions chosen from the profile (and the answers to them) stay here.
  const hide = (id: string) => !llm.consent && (opts.fromProfile?.(id) ?? false);
  const hidden = state.questions.filter(hide);
  if (hidden.length && state.attempts.every((a) => hide(a.questionId))) return standard(skipped('no-consent'));
  let metrics = summaryText(s);
  for (const id of hidden) {
    const text = questionById(id)?.text;
    if (text) metrics = metrics.split(text).join(WITHHELD_QUESTION);
  }
  const { text: answers, answers: answerList, withheld } = latestAnswers(state, hide);
  const { fitVars } = await loadBudget();
  const vars = fitVars(prompt, { metrics, answers }, ['answers']);
  if (!vars) return standard(skipped('over-budget'));
  const checks = {
    voice: 'second' as const,
    mode: 'lenient' as const,
    facts: factBase({ today: todayOf(llm), memberText: answerList }),
    sources: [metrics, answers],
    withheld,
  };

  const result = await runChecked(llm, {
    prompt: 'mock-summary',
    vars,
    schema: mockSummarySchema,
    prepare: (raw) => sanitizeModelText(raw.summary, 1500),
    check: (text) => [
      ...(text ? [] : ['the summary is empty']),
      ...inventedProblem(text, [metrics, answers]),
      ...outputProblems(text, checks),
    ],
    shown: (text) => text,
    repair: true,
  });
  if (!result.ok) return standard(result.use);
  return { summary: s, prose: result.value, llm: result.use };
}
