/**
 * /mock as transport-neutral steps over the store: start (or find the session in progress) and
 * apply one move (answer, hint, skip, retry, next, end) to the member's stored session. The
 * engines do the work (mockPlan chooses questions, src/mock/session.ts moves the session along);
 * this module loads, checks the button still refers to the session on screen, saves, and closes a
 * finished session into the history. The Discord handlers and the console both call it.
 *
 * Every change to a stored session is one compare-and-swap (store.updateSession): the decision is
 * made on the session as stored at the moment of writing, so two presses for one member landing
 * on two shards at once both count (or the second is told the session moved on), never one
 * silently overwriting the other.
 */
import { randomBytes } from 'node:crypto';
import { UserError } from '../../core/errors.js';
import type { Profile } from '../../core/profile/schema.js';
import { questionById, questionsIn } from '../../mock/bank.js';
import { mockPlan, PLAN_CONFIG } from '../../mock/plan.js';
import * as engine from '../../mock/session.js';
import { KeyedLock } from '../../store/keyed-lock.js';
import type { AppContext } from '../context.js';
import type { Move } from './ids.js';
import {
  closeMockSession,
  loadMockSession,
  recordMockHistory,
  updateMockSession,
  type MockOrigin,
  type StoredMockSession,
} from './records.js';

/**
 * One member's steps run one after another in this process: a double-pressed Next reads the state
 * the first press saved (and is told it is on an earlier question) instead of advancing twice.
 */
const memberQueue = new KeyedLock();

/** Session ids: short, random, safe inside a custom id (base64url has no ":"). */
export const newMockSessionId = (): string => randomBytes(6).toString('base64url');

/** Without a profile the planner still works on an empty one: the general questions for everyone. */
const GENERIC_PROFILE: Profile = { version: 1 };

type PlanLike = { questions: { id: string }[]; toAsk: { id: string }[] };

/**
 * The one question that rehearses a red flag: the planner's choice for this member (it knows the
 * audience, e.g. visa questions only for non-US citizens), else the bank's general question for it.
 */
function flagPlan(profile: Profile, today: string, flag: string): PlanLike {
  const plan = mockPlan(profile, today, { focus: 'red-flag', count: PLAN_CONFIG.maxCount });
  const tagged = (q: { tags?: readonly string[] }) => q.tags?.includes(flag) ?? false;
  const pick =
    plan.questions.find(tagged) ??
    plan.didNotFit.map((id) => questionById(id)).find((q) => q && tagged(q)) ??
    questionsIn('red-flag').find((q) => tagged(q) && !q.audience) ??
    questionsIn('red-flag').find(tagged);
  if (!pick) throw new UserError(`there is no practice question for the red flag "${flag}"`);
  return { questions: [pick], toAsk: [] };
}

export function planFor(profile: Profile | undefined, today: string, origin: MockOrigin): PlanLike {
  const p = profile ?? GENERIC_PROFILE;
  if (origin.kind === 'flag') return flagPlan(p, today, origin.flag);
  return mockPlan(p, today, {
    ...(origin.count !== undefined ? { count: origin.count } : {}),
    ...(origin.focus !== undefined ? { focus: origin.focus } : {}),
  });
}

export type BeginResult =
  | { kind: 'active'; current: StoredMockSession }
  /** `replaced`: the session this one closed ("start over"), so its place (a thread) can be closed too. */
  | { kind: 'started'; session: StoredMockSession; replaced?: StoredMockSession };

/**
 * Starts a session, unless one is in progress and `replace` is not set: then the caller offers to
 * resume it or start over. Starting over closes the old one first (its answers go to history).
 */
export function beginMockSession(
  ctx: AppContext,
  userId: string,
  origin: MockOrigin,
  opts: { replace?: boolean; id?: string } = {},
): Promise<BeginResult> {
  return memberQueue.run(userId, () => begin(ctx, userId, origin, opts));
}

/** A session still in progress; an ended one is only left behind by a close cut short by a crash. */
const isLive = (s: StoredMockSession | undefined): s is StoredMockSession => s !== undefined && !s.state.ended;

async function begin(
  ctx: AppContext,
  userId: string,
  origin: MockOrigin,
  opts: { replace?: boolean; id?: string },
): Promise<BeginResult> {
  const seen = await loadMockSession(ctx, userId);
  if (isLive(seen) && !opts.replace) return { kind: 'active', current: seen };
  const profile = await ctx.store.getProfile(userId);
  // Plan before replacing the old session: a bad focus/count must not cost the member their session.
  const plan = planFor(profile, ctx.today(), origin);
  const step = engine.startSession(plan, { id: opts.id ?? newMockSessionId(), now: ctx.now().toISOString(), userId });
  if (!step.ok) throw new UserError(step.error.message);
  const session: StoredMockSession = { v: 1, state: step.value, origin, generic: !profile };
  // The old session's answers go to the history before it is replaced.
  if (seen) await recordMockHistory(ctx, userId, seen);
  const decided: { result: BeginResult; replaced?: StoredMockSession } = { result: { kind: 'started', session } };
  await updateMockSession(ctx, userId, (current) => {
    // A session started meanwhile (another shard, a double click) is offered, not overwritten.
    if (isLive(current) && !opts.replace) {
      decided.result = { kind: 'active', current };
      delete decided.replaced;
      return undefined;
    }
    decided.result = { kind: 'started', session };
    if (current) decided.replaced = current;
    else delete decided.replaced;
    return session;
  });
  // Recorded once: a session already in the history (the one seen above) is not added again.
  if (decided.replaced) await recordMockHistory(ctx, userId, decided.replaced);
  if (decided.result.kind === 'started' && decided.replaced) return { ...decided.result, replaced: decided.replaced };
  return decided.result;
}

export interface MoveRequest {
  sessionId: string;
  /** The question index the button was shown for. */
  index: number;
  move: Move;
  /** The answer, for `answer`. */
  text?: string;
  /** The member's profile, read for an answer: a departure it records is held against the answer. */
  profile?: Profile;
}

export type MoveOutcome =
  /** No session any more (finished, deleted or expired). */
  | { kind: 'gone' }
  /** The button belongs to an older session; `current` is the one in progress. */
  | { kind: 'replaced'; current: StoredMockSession }
  /** The button was shown for an earlier question of this session. */
  | { kind: 'moved-on'; current: StoredMockSession }
  /** The engine refused the move right now (e.g. retry before answering); nothing changed. */
  | { kind: 'refused'; message: string; current: StoredMockSession }
  | { kind: 'hint'; session: StoredMockSession; hint: string }
  /** The session moved on; when it ended, it is closed and in the history. */
  | { kind: 'moved'; session: StoredMockSession };

export function applyMove(ctx: AppContext, userId: string, req: MoveRequest): Promise<MoveOutcome> {
  return memberQueue.run(userId, () => move(ctx, userId, req));
}

async function move(ctx: AppContext, userId: string, req: MoveRequest): Promise<MoveOutcome> {
  const decided: { outcome: MoveOutcome } = { outcome: { kind: 'gone' } };
  if (req.move === 'answer' && !req.profile) {
    const profile = await ctx.store.getProfile(userId);
    if (profile) req = { ...req, profile };
  }
  await updateMockSession(ctx, userId, (current) => {
    const outcome = decideMove(current, req);
    decided.outcome = outcome;
    return outcome.kind === 'hint' || outcome.kind === 'moved' ? outcome.session : undefined;
  });
  const { outcome } = decided;
  // Only the press whose swap ended the session closes it; a second End finds it gone.
  if (outcome.kind === 'moved' && outcome.session.state.ended) await closeMockSession(ctx, userId, outcome.session);
  return outcome;
}

/** The move applied to the session as stored (pure: it may run again after a conflict). */
function decideMove(current: StoredMockSession | undefined, req: MoveRequest): MoveOutcome {
  if (!isLive(current)) return { kind: 'gone' };
  if (current.state.id !== req.sessionId) return { kind: 'replaced', current };
  if (req.move !== 'end' && req.index !== current.state.index) return { kind: 'moved-on', current };

  const state = current.state;
  if (req.move === 'hint') {
    const step = engine.hint(state);
    if (!step.ok) return { kind: 'refused', message: step.error.message, current };
    return { kind: 'hint', session: { ...current, state: step.value.state }, hint: step.value.hint };
  }
  const step =
    req.move === 'answer'
      ? engine.answer(state, req.text ?? '', req.profile ? { profile: req.profile } : {})
      : req.move === 'skip'
        ? engine.skip(state)
        : req.move === 'retry'
          ? engine.retry(state)
          : req.move === 'next'
            ? engine.next(state)
            : engine.end(state);
  if (!step.ok) return { kind: 'refused', message: step.error.message, current };
  return { kind: 'moved', session: { ...current, state: step.value } };
}

/** Resume: the stored session if it is still the one the button names. */
export async function resumeMockSession(ctx: AppContext, userId: string, sessionId: string): Promise<MoveOutcome> {
  const current = await loadMockSession(ctx, userId);
  if (!isLive(current)) return { kind: 'gone' };
  if (current.state.id !== sessionId) return { kind: 'replaced', current };
  return { kind: 'moved', session: current };
}
