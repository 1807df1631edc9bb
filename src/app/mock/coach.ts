/**
 * /mock with a model: after an answer, coaching prose and one adaptive follow-up question on top
 * of the deterministic metrics; at the end, prose for the summary (src/llm/features/mock.ts).
 * Called after the move is saved (never inside the store's read-modify-write), so a slow model
 * never holds the member's session. Only the question and the member's own answers are sent; a
 * question chosen from the member's profile (a red-flag rehearsal, say) only with their consent.
 * Without a model configured this returns nothing and the views are unchanged.
 */
import { mockFeedbackProse, mockSummaryProse, questionRevealsProfile } from '../../llm/features/mock.js';
import { questionById } from '../../mock/bank.js';
import { currentQuestion, lastAttempt } from '../../mock/session.js';
import type { AppContext } from '../context.js';
import { memberLlm } from '../llm.js';
import type { Move } from './ids.js';
import type { StoredMockSession } from './records.js';
import type { CoachProse, SummaryProse } from '../views/mock.js';

export interface CoachExtras {
  coach?: CoachProse;
  summaryProse?: SummaryProse;
}

/**
 * What the model adds to the step `move` led to: prose for a fresh answer's feedback or for the
 * summary the session just reached; nothing otherwise, or without a model.
 */
export async function coachFor(
  ctx: AppContext,
  userId: string,
  session: StoredMockSession,
  move: Move,
): Promise<CoachExtras> {
  if (!ctx.llm) return {};
  const s = session.state;
  // A session planned from a profile (not the general one) may hold questions that reveal it.
  const fromProfile = (id: string): boolean => {
    if (session.generic) return false;
    if (session.origin.kind === 'flag') return true;
    const q = questionById(id);
    return q ? questionRevealsProfile(q) : true;
  };
  if (s.ended || s.phase === 'summary') {
    const llm = await memberLlm(ctx, userId, { profileFacts: true });
    const r = await mockSummaryProse(llm, s, { fromProfile });
    return { summaryProse: { prose: r.prose, llm: r.llm } };
  }
  if (move !== 'answer' || s.phase !== 'feedback') return {};
  const q = currentQuestion(s);
  const a = lastAttempt(s);
  if (!q || !a) return {};
  const llm = await memberLlm(ctx, userId, { profileFacts: true });
  const r = await mockFeedbackProse(llm, {
    question: q,
    answer: a.answer,
    feedback: a.feedback,
    fromProfile: fromProfile(q.id),
  });
  return { coach: { prose: r.feedback, followUp: r.followUp, llm: r.llm } };
}
