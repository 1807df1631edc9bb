/**
 * Where the guided setup keeps its progress: the SetupState as the member's meta `setup`, and the
 * draft (always a valid partial profile) as their profile, both written after every accepted step.
 * So a member can stop anywhere, and what they entered is already usable by /redflag and the rest.
 *
 * A step changes two records (the profile and the progress), and two interactions for one member
 * can land at once (a double click, two shards). changeSetup makes that safe without a lock: the
 * step is decided on what is stored, the profile is written only if it is still what the decision
 * saw, then the progress only if it is still what the decision saw (each a compare-and-swap);
 * when the progress moved on in between, the profile write is undone and the step is decided
 * again on the newer progress. The profile goes first so a crash between the two writes leaves
 * the progress one step behind (the member repeats that step), never ahead of the saved profile.
 */
import { parseSetupState, setupProfile, type SetupState } from '../../core/profile/setup-flow.js';
import type { Profile } from '../../core/profile/schema.js';
import { ok, type Result } from '../../core/result.js';
import { StoreUnavailableError } from '../../store/errors.js';
import type { AppContext } from '../context.js';

export const SETUP_META_KEY = 'setup';

/** Attempts before a step gives up on a member whose progress keeps changing under it. */
const SETUP_RETRY = { maxAttempts: 10, maxDelayMs: 20 } as const;

export interface Stored {
  /** The setup in progress, if any (a finished setup leaves none behind). */
  state: SetupState | undefined;
  profile: Profile | undefined;
}

/**
 * What one setup interaction decides from what is stored: only a reply, or a state to save (and,
 * when given, the profile to save with it) plus the reply. Pure: it may run again after a conflict.
 */
export type SetupDecision<R> = { reply: R } | { save: SetupState; profile?: Profile; reply: R };

function readState(ctx: AppContext, userId: string, raw: unknown, log: boolean): SetupState | undefined {
  if (raw === undefined) return undefined;
  const parsed = parseSetupState(raw, ctx.today());
  if (!parsed.ok) {
    // Only ids in logs: the problems may quote profile contents.
    if (log) ctx.logger.warn('setup progress unreadable; starting afresh', { userId });
    return undefined;
  }
  return parsed.value.step === 'done' ? undefined : parsed.value;
}

/** The member's setup progress and profile. A stored state that cannot be read counts as none. */
export async function loadSetup(ctx: AppContext, userId: string): Promise<Stored> {
  const [raw, profile] = await Promise.all([ctx.store.getMeta(userId, SETUP_META_KEY), ctx.store.getProfile(userId)]);
  return { state: readState(ctx, userId, raw, true), profile };
}

/** The profile a saved state stands for: the draft, or the finished profile checked once more. */
export function profileOf(state: SetupState, today: string): Result<Profile, string[]> {
  return state.step === 'done' ? setupProfile(state, today) : ok(state.draft);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Writes `next` only if the stored profile is still `expected`; true when it did. */
async function swapProfile(ctx: AppContext, userId: string, expected: Profile | undefined, next: Profile) {
  let wrote = false;
  await ctx.store.updateProfile(userId, (current) => {
    wrote = same(current, expected);
    return wrote ? next : undefined;
  });
  return wrote;
}

/** Writes the progress only if it is still `expected` (`null` removes it); true when it did. */
async function swapProgress(ctx: AppContext, userId: string, expected: unknown, next: SetupState | null) {
  let wrote = false;
  await ctx.store.updateMeta(userId, SETUP_META_KEY, (current) => {
    wrote = same(current, expected);
    return wrote ? next : undefined;
  });
  return wrote;
}

/**
 * Runs one setup interaction against the store (see the top of this file): `decide` sees the
 * stored progress and profile and says what to save; a finished state removes the progress.
 */
export async function changeSetup<R>(
  ctx: AppContext,
  userId: string,
  decide: (stored: Stored) => SetupDecision<R>,
): Promise<R> {
  let firstProfile: Profile | undefined | null = null;
  for (let attempt = 0; ; attempt++) {
    const [raw, profile] = await Promise.all([ctx.store.getMeta(userId, SETUP_META_KEY), ctx.store.getProfile(userId)]);
    if (firstProfile === null) firstProfile = profile;
    // A profile that appeared since the first read, with no progress yet: another step wrote its
    // profile and is about to write its progress. Deciding now would see a finished setup; wait
    // for that progress instead (while retries last).
    if (
      attempt > 0 &&
      raw === undefined &&
      firstProfile === undefined &&
      profile !== undefined &&
      attempt + 2 < SETUP_RETRY.maxAttempts
    ) {
      await new Promise((r) => setTimeout(r, Math.random() * SETUP_RETRY.maxDelayMs));
      continue;
    }
    const decision = decide({ state: readState(ctx, userId, raw, attempt === 0), profile });
    if (!('save' in decision)) return decision.reply;
    const next = decision.profile;
    const writeProfile = next !== undefined && !same(next, profile);
    const profileSaved = writeProfile ? await swapProfile(ctx, userId, profile, next) : true;
    if (profileSaved) {
      const state = decision.save.step === 'done' ? null : decision.save;
      if (await swapProgress(ctx, userId, raw, state)) return decision.reply;
      // The progress moved on meanwhile: put the profile back (unless written again since; a
      // profile that did not exist stays, as the member's own partial draft) and decide again.
      if (writeProfile && profile) await swapProfile(ctx, userId, next, profile);
    }
    if (attempt + 1 >= SETUP_RETRY.maxAttempts) throw new StoreUnavailableError('changeSetup', 'failed');
    await new Promise((r) => setTimeout(r, Math.random() * SETUP_RETRY.maxDelayMs));
  }
}

/** Progress only (start over, review): the stored profile stays as it is until the first answer. */
export async function saveProgress(ctx: AppContext, userId: string, state: SetupState): Promise<void> {
  await changeSetup(ctx, userId, () => ({ save: state, reply: undefined }));
}

/**
 * After an accepted step: the draft becomes the member's profile and the state is kept for
 * resuming; once every step is done the state goes and only the profile remains.
 * Returns the problems if the finished profile no longer validates (nothing is saved then).
 */
export async function saveStep(ctx: AppContext, userId: string, state: SetupState): Promise<string[]> {
  const profile = profileOf(state, ctx.today());
  if (!profile.ok) return profile.error;
  return changeSetup(ctx, userId, () => ({ save: state, profile: profile.value, reply: [] }));
}

/**
 * Keep a setup in progress in step with a profile changed elsewhere (/profile edit), so the next
 * setup step does not write the old draft back over the change. One compare-and-swap: a step
 * saved meanwhile is kept, with this profile as its draft.
 */
export async function syncSetupDraft(ctx: AppContext, userId: string, profile: Profile): Promise<void> {
  const today = ctx.today();
  await ctx.store.updateMeta(userId, SETUP_META_KEY, (raw) => {
    if (raw === undefined) return undefined;
    const parsed = parseSetupState(raw, today);
    if (!parsed.ok || parsed.value.step === 'done') return undefined;
    return { ...parsed.value, draft: profile };
  });
}

/**
 * Ends a setup in progress (an imported profile replaces what it collected, and its next step
 * must not write the older draft back). True when there was one.
 */
export async function endSetup(ctx: AppContext, userId: string): Promise<boolean> {
  let had = false;
  await ctx.store.updateMeta(userId, SETUP_META_KEY, (raw) => {
    had = raw !== undefined && readState(ctx, userId, raw, false) !== undefined;
    return raw === undefined ? undefined : null;
  });
  return had;
}
