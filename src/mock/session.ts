/**
 * A mock-interview session as plain, serialisable data plus pure transitions. The Discord layer
 * stores the state as JSON between messages and after a restart; every transition returns a new
 * state (never mutates) or a user-facing error for a move that makes no sense right now.
 *
 *   question --answer--> feedback --next--> question (next one) … --> summary
 *   question --skip----> question (next one) … --> summary
 *   feedback --retry---> question (same one)
 *   any phase --end----> summary
 * Reaching the summary, by finishing or by `end`, closes the session (`ended: true`).
 */
import { z } from 'zod';
import { err, ok, type Result } from '../core/result.js';
import { questionById } from './bank.js';
import { declineFeedback, isPoliteDecline } from './decline.js';
import { answerFeedback, NOTE_IDS, type AnswerFeedback, type FeedbackOptions } from './feedback.js';
import { FILLER_FORMS } from './fillers.js';
import type { Question } from './types.js';

export const SESSION_CONFIG = {
  /** Longest answer accepted, in characters (a Discord modal allows 4000; pasted text is cut here). */
  maxAnswerChars: 10_000,
} as const;

export type Phase = 'question' | 'feedback' | 'summary';

export interface Attempt {
  questionId: string;
  answer: string;
  feedback: AnswerFeedback;
  /** 0 for the first answer to a question, 1 for the first retry, … */
  retry: number;
}

export interface SessionState {
  v: 1;
  id: string;
  userId?: string;
  /** ISO timestamp given by the caller (core code never reads the clock). */
  createdAt: string;
  /** Bank question ids the member answers, in order. */
  questions: string[];
  /** Bank ids of questions the member should ask the program at the end (shown in the summary). */
  toAsk: string[];
  /** Position in `questions`; equals questions.length once every question is done. */
  index: number;
  phase: Phase;
  attempts: Attempt[];
  skipped: string[];
  hintsUsed: string[];
  ended: boolean;
}

export type SessionErrorCode =
  'empty-plan' | 'unknown-question' | 'bad-session' | 'ended' | 'wrong-phase' | 'empty-answer' | 'answer-too-long';

export interface SessionError {
  code: SessionErrorCode;
  /** Said to the member as is. */
  message: string;
}

export type Step<T = SessionState> = Result<T, SessionError>;

const fail = (code: SessionErrorCode, message: string): { ok: false; error: SessionError } => err({ code, message });

const ENDED = 'This mock interview has finished. Start a new one to keep practising.';

export interface StartOptions {
  id: string;
  /** ISO timestamp from the caller. */
  now: string;
  userId?: string;
}

/** Start from a plan (`mockPlan`'s result, or any list of bank question ids wrapped the same way). */
export function startSession(
  plan: { questions: readonly { id: string }[]; toAsk?: readonly { id: string }[] },
  opts: StartOptions,
): Step {
  if (!opts.id.trim()) return fail('bad-session', 'A session needs an id.');
  if (Number.isNaN(Date.parse(opts.now))) return fail('bad-session', `"${opts.now}" is not an ISO timestamp.`);
  if (!plan.questions.length)
    return fail('empty-plan', 'There are no questions in this plan; ask for a plan with at least one question.');
  const ids = [...plan.questions, ...(plan.toAsk ?? [])].map((q) => q.id);
  const unknown = ids.filter((id) => !questionById(id));
  if (unknown.length)
    return fail('unknown-question', `Unknown question id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`);
  return ok({
    v: 1,
    id: opts.id,
    ...(opts.userId !== undefined ? { userId: opts.userId } : {}),
    createdAt: opts.now,
    questions: plan.questions.map((q) => q.id),
    toAsk: (plan.toAsk ?? []).map((q) => q.id),
    index: 0,
    phase: 'question',
    attempts: [],
    skipped: [],
    hintsUsed: [],
    ended: false,
  });
}

/** The question being asked (or just answered); undefined in the summary. */
export function currentQuestion(state: SessionState): Question | undefined {
  if (state.ended || state.phase === 'summary') return undefined;
  const id = state.questions[state.index];
  return id === undefined ? undefined : questionById(id);
}

/** The latest attempt at the current question, e.g. to show its feedback again. */
export function lastAttempt(state: SessionState): Attempt | undefined {
  const id = state.questions[state.index];
  return [...state.attempts].reverse().find((a) => a.questionId === id);
}

/** Move to the next question, or to the summary after the last one. */
function advance(state: SessionState): SessionState {
  const index = state.index + 1;
  return index >= state.questions.length
    ? { ...state, index: state.questions.length, phase: 'summary', ended: true }
    : { ...state, index, phase: 'question' };
}

/** Checks shared by every transition: the session is open and in one of the allowed phases. */
function guard(state: SessionState, allowed: readonly Phase[], wrongPhase: string): SessionError | undefined {
  if (state.ended || state.phase === 'summary') return { code: 'ended', message: ENDED };
  if (!allowed.includes(state.phase)) return { code: 'wrong-phase', message: wrongPhase };
  if (!currentQuestion(state)) {
    return {
      code: 'unknown-question',
      message: 'This session refers to a question that no longer exists; please start a new one.',
    };
  }
  return undefined;
}

export function answer(state: SessionState, text: string, opts: FeedbackOptions = {}): Step {
  const bad = guard(
    state,
    ['question'],
    'You have already answered this one: say "retry" to try it again or "next" to move on.',
  );
  if (bad) return err(bad);
  const trimmed = text.trim();
  if (!trimmed) return fail('empty-answer', 'Your answer is empty. Type (or paste) what you would say out loud.');
  if (trimmed.length > SESSION_CONFIG.maxAnswerChars) {
    return fail(
      'answer-too-long',
      `Your answer is ${trimmed.length} characters; the limit is ${SESSION_CONFIG.maxAnswerChars}. A spoken answer should be far shorter: aim for 1-2 minutes.`,
    );
  }
  const q = currentQuestion(state) as Question;
  const retry = state.attempts.filter((a) => a.questionId === q.id).length;
  const fb = answerFeedback(q, trimmed, opts);
  const feedback = isPoliteDecline(q) ? declineFeedback(fb) : fb;
  const attempt: Attempt = { questionId: q.id, answer: trimmed, feedback, retry };
  return ok({ ...state, attempts: [...state.attempts, attempt], phase: 'feedback' });
}

/** The current question's hint; asking for it is recorded once per question. */
export function hint(state: SessionState): Step<{ state: SessionState; hint: string }> {
  const bad = guard(state, ['question', 'feedback'], '');
  if (bad) return err(bad);
  const q = currentQuestion(state) as Question;
  const hintsUsed = state.hintsUsed.includes(q.id) ? state.hintsUsed : [...state.hintsUsed, q.id];
  return ok({ state: { ...state, hintsUsed }, hint: q.hint });
}

export function skip(state: SessionState): Step {
  const bad = guard(
    state,
    ['question'],
    'You have answered this one, so there is nothing to skip: say "next" to move on.',
  );
  if (bad) return err(bad);
  const id = state.questions[state.index] as string;
  // Skipping a retry keeps the earlier answer: the question was answered, not skipped.
  const answered = state.attempts.some((a) => a.questionId === id);
  const skipped = answered || state.skipped.includes(id) ? state.skipped : [...state.skipped, id];
  return ok(advance({ ...state, skipped }));
}

export function retry(state: SessionState): Step {
  const bad = guard(state, ['feedback'], 'There is nothing to retry yet: answer the question first.');
  if (bad) return err(bad);
  return ok({ ...state, phase: 'question' });
}

export function next(state: SessionState): Step {
  const bad = guard(state, ['feedback'], 'Answer the question first, or say "skip" to move on without answering.');
  if (bad) return err(bad);
  return ok(advance(state));
}

/** Stop now and go to the summary (questions not reached stay unanswered). */
export function end(state: SessionState): Step {
  if (state.ended) return fail('ended', 'This mock interview has already finished.');
  return ok({ ...state, phase: 'summary', ended: true });
}

/* ---------- summary ---------- */

export interface AnswerRef {
  questionId: string;
  text: string;
  /** STAR parts present minus twice the number of notes: a rough ranking, not a grade. */
  score: number;
  notes: string[];
}

export interface SessionSummary {
  total: number;
  answered: number;
  skipped: number;
  /** Questions answered more than once. */
  retried: number;
  notReached: number;
  attempts: number;
  hintsUsed: number;
  /** Over the latest attempt at each answered question, rounded. */
  averageWords: number;
  averageSeconds: number;
  /** How many of the answered story questions (latest attempt) covered each STAR part, out of `of`. */
  star: { situation: number; task: number; action: number; result: number; of: number };
  /** Note ids across latest attempts, most frequent first. */
  commonNotes: { id: string; count: number }[];
  best?: AnswerRef;
  weakest?: AnswerRef;
  /** What to practise next, most useful first. */
  practiseNext: string[];
  /** Questions to ask the program at the end of a real interview. */
  toAsk: { id: string; text: string }[];
}

const PRACTICE_FOR_NOTE: Record<string, string> = {
  'too-long':
    'Trim answers to 1-2 minutes: one sentence of setting, most of the time on what you did, then the result.',
  'too-short': 'Give fuller answers of at least 30 seconds, each with one concrete example from your own work.',
  'no-result': 'Finish every story with what changed (a number if you have one) and what you now do differently.',
  blame: 'Retell the answers where you put the cause on others: neutral facts first, then what you did and learned.',
  fillers: 'Practise pausing silently instead of using filler words; record one answer and count them.',
  'no-informatics-angle':
    'Add an informatics angle to each answer: the workflow, the data or the system fix behind your story.',
};

/** Story questions are the ones STAR applies to; "Tell me about yourself" or "Why informatics?" are not stories. */
export function isStoryQuestion(q: Pick<Question, 'framework'> | undefined): boolean {
  return q?.framework === 'star' || q?.framework === 'problem-action-result';
}

/**
 * An answer's standing among the session's answers: STAR parts heard, less two per note. A
 * question that asks for no story is not marked down for lacking one (it counts as all four parts),
 * so an opener is never picked as the weakest answer for missing a Result it was never asked for.
 */
const score = (a: Attempt) => {
  const parts = isStoryQuestion(questionById(a.questionId)) ? Object.values(a.feedback.star).filter(Boolean).length : 4;
  return parts - 2 * a.feedback.notes.length;
};

const refOf = (a: Attempt): AnswerRef => ({
  questionId: a.questionId,
  text: questionById(a.questionId)?.text ?? a.questionId,
  score: score(a),
  notes: a.feedback.notes.map((n) => n.id),
});

export function summary(state: SessionState): SessionSummary {
  const latest = new Map<string, Attempt>();
  for (const a of state.attempts) latest.set(a.questionId, a);
  const finals = state.questions.flatMap((id) => {
    const a = latest.get(id);
    return a ? [a] : [];
  });
  const n = finals.length;
  const avg = (f: (a: Attempt) => number) => (n ? Math.round(finals.reduce((s, a) => s + f(a), 0) / n) : 0);
  const stories = finals.filter((a) => isStoryQuestion(questionById(a.questionId)));
  const starCount = (k: keyof AnswerFeedback['star']) => stories.filter((a) => a.feedback.star[k]).length;

  const noteCounts = new Map<string, number>();
  for (const a of finals)
    for (const note of a.feedback.notes) noteCounts.set(note.id, (noteCounts.get(note.id) ?? 0) + 1);
  const commonNotes = [...noteCounts.entries()]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || NOTE_IDS.indexOf(a.id as never) - NOTE_IDS.indexOf(b.id as never));

  const ranked = [...finals].sort((a, b) => score(b) - score(a)); // stable: earlier question wins ties
  const best = ranked[0];
  const weakest = ranked.length > 1 ? ranked[ranked.length - 1] : undefined;
  // Neither answered nor skipped: the session ended before the member got to it.
  const notReached = state.questions.filter((id) => !latest.has(id) && !state.skipped.includes(id)).length;

  const practiseNext: string[] = commonNotes.slice(0, 3).map((x) => PRACTICE_FOR_NOTE[x.id] ?? '');
  if (stories.length && starCount('action') < stories.length / 2) {
    practiseNext.push(
      'Say "I" and name what you personally did (the Action); interviewers need your part, not only the team\'s.',
    );
  }
  if (weakest && score(weakest) < score(best as Attempt)) {
    practiseNext.push(`Retry your weakest answer: "${refOf(weakest).text}"`);
  }
  const skippedTexts = state.skipped.map((id) => questionById(id)?.text ?? id);
  if (skippedTexts.length)
    practiseNext.push(`Come back to what you skipped: ${skippedTexts.map((t) => `"${t}"`).join(', ')}`);
  if (notReached)
    practiseNext.push(
      `Finish the ${notReached} question${notReached > 1 ? 's' : ''} you did not reach in a new session.`,
    );
  if (!practiseNext.length) {
    practiseNext.push('A clean session. Next, ask for a plan focused on a category you have not practised yet.');
  }

  return {
    total: state.questions.length,
    answered: n,
    skipped: state.skipped.length,
    retried: finals.filter((a) => a.retry > 0).length,
    notReached,
    attempts: state.attempts.length,
    hintsUsed: state.hintsUsed.length,
    averageWords: avg((a) => a.feedback.words),
    averageSeconds: avg((a) => a.feedback.estimatedSeconds),
    star: {
      situation: starCount('situation'),
      task: starCount('task'),
      action: starCount('action'),
      result: starCount('result'),
      of: stories.length,
    },
    commonNotes,
    ...(best ? { best: refOf(best) } : {}),
    ...(weakest && weakest !== best ? { weakest: refOf(weakest) } : {}),
    practiseNext,
    toAsk: state.toAsk.map((id) => ({ id, text: questionById(id)?.text ?? id })),
  };
}

/* ---------- loading a stored session ---------- */

const feedbackSchema = z.object({
  words: z.number().int().min(0),
  estimatedSeconds: z.number().int().min(0),
  star: z.object({ situation: z.boolean(), task: z.boolean(), action: z.boolean(), result: z.boolean() }),
  fillers: z.object({ count: z.number().int().min(0), top: z.array(z.enum(FILLER_FORMS)) }),
  notes: z.array(z.object({ id: z.enum(NOTE_IDS), message: z.string() })),
  advice: z.array(z.string()).optional(),
});

const sessionSchema = z.object({
  v: z.literal(1),
  id: z.string().min(1),
  userId: z.string().optional(),
  createdAt: z.string(),
  questions: z.array(z.string()).min(1),
  toAsk: z.array(z.string()),
  index: z.number().int().min(0),
  phase: z.enum(['question', 'feedback', 'summary']),
  attempts: z.array(
    z.object({ questionId: z.string(), answer: z.string(), feedback: feedbackSchema, retry: z.number().int().min(0) }),
  ),
  skipped: z.array(z.string()),
  hintsUsed: z.array(z.string()),
  ended: z.boolean(),
});

/** Validate a stored session (parsed JSON) before resuming it. */
export function parseSession(data: unknown): Step {
  const r = sessionSchema.safeParse(data);
  if (!r.success) {
    const first = r.error.issues[0];
    return fail(
      'bad-session',
      `The stored session is not valid (${first ? `${first.path.join('.') || 'root'}: ${first.message}` : 'unknown'}); please start a new one.`,
    );
  }
  const s = r.data as SessionState;
  if (s.index > s.questions.length)
    return fail('bad-session', 'The stored session is not valid (index past the end); please start a new one.');
  return ok(s);
}
