/**
 * Where the guided setup keeps its progress: the SetupState as the member's meta `setup`, and the
 * draft (always a valid partial profile) as their profile, both written after every accepted step.
 * So a member can stop anywhere, and what they entered is already usable by /redflag and the rest.
 */
import { parseSetupState, setupProfile, type SetupState } from '../../core/profile/setup-flow.js';
import type { Profile } from '../../core/profile/schema.js';
import type { AppContext } from '../context.js';

export const SETUP_META_KEY = 'setup';

export interface Stored {
  /** The setup in progress, if any (a finished setup leaves none behind). */
  state: SetupState | undefined;
  profile: Profile | undefined;
}

/** The member's setup progress and profile. A stored state that cannot be read counts as none. */
export async function loadSetup(ctx: AppContext, userId: string): Promise<Stored> {
  const [raw, profile] = await Promise.all([ctx.store.getMeta(userId, SETUP_META_KEY), ctx.store.getProfile(userId)]);
  if (raw === undefined) return { state: undefined, profile };
  const parsed = parseSetupState(raw, ctx.today());
  if (!parsed.ok) {
    // Only ids in logs: the problems may quote profile contents.
    ctx.logger.warn('setup progress unreadable; starting afresh', { userId });
    return { state: undefined, profile };
  }
  return { state: parsed.value.step === 'done' ? undefined : parsed.value, profile };
}

/** Progress only (start over, review): the stored profile stays as it is until the first answer. */
export async function saveProgress(ctx: AppContext, userId: string, state: SetupState): Promise<void> {
  await ctx.store.saveMeta(userId, SETUP_META_KEY, state);
}

/**
 * After an accepted step: the draft becomes the member's profile and the state is kept for
 * resuming; once every step is done the state goes and only the profile remains.
 * Returns the problems if the finished profile no longer validates (nothing is saved then).
 */
export async function saveStep(ctx: AppContext, userId: string, state: SetupState): Promise<string[]> {
  if (state.step === 'done') {
    const final = setupProfile(state, ctx.today());
    if (!final.ok) return final.error;
    await ctx.store.saveProfile(userId, final.value);
    await ctx.store.saveMeta(userId, SETUP_META_KEY, undefined);
    return [];
  }
  await ctx.store.saveProfile(userId, state.draft);
  await ctx.store.saveMeta(userId, SETUP_META_KEY, state);
  return [];
}

/**
 * Keep a setup in progress in step with a profile changed elsewhere (/profile edit), so the next
 * setup step does not write the old draft back over the change.
 */
export async function syncSetupDraft(ctx: AppContext, userId: string, profile: Profile): Promise<void> {
  const { state } = await loadSetup(ctx, userId);
  if (state) await saveProgress(ctx, userId, { ...state, draft: profile });
}
