/**
 * What each setup interaction does, independent of Discord: load the member's progress, apply the
 * step transition from src/core/profile/setup-flow.ts, save, and answer with a View. `replace`
 * says whether the answer takes the place of the message the member pressed a button on (moving
 * through the steps) or comes as a new message (a rejected form, the entry point).
 *
 * Each interaction that saves is a pure decision on the stored progress run by changeSetup
 * (setup-progress.ts), which decides again if another interaction for the member saved first.
 */
import type { Result } from '../../core/result.js';
import {
  SETUP_STEPS,
  applyStepInput,
  chooseOption,
  finishStep,
  getStep,
  goToStep,
  itemsSoFar,
  modalDefaults,
  remarkNote,
  resumePoint,
  skipStep,
  startSetup,
  undoLastItem,
  type SetupState,
  type StepId,
} from '../../core/profile/setup-flow.js';
import type { AppContext } from '../context.js';
import { memberText, notice, type View } from '../view.js';
import { changeSetup, loadSetup, profileOf, type SetupDecision, type Stored } from './setup-progress.js';
import {
  WELCOME,
  completeView,
  existingProfileView,
  problemView,
  restartConfirmView,
  stepView,
} from './setup-views.js';

export interface SetupReply {
  view: View;
  /** True: replace the message the button/select/form came from. False: a new message. */
  replace: boolean;
}

const STALE_NOTE = 'That button belongs to another step; here is where you are now.';
const FINISHED_NOTE =
  'That form belongs to a setup you already finished, so nothing was changed. /profile edit changes one answer.';

/** The step before `id` in flow order; the professionalism question rather than its list when that was "no". */
export function previousStep(state: SetupState, id: StepId): StepId | undefined {
  const i = SETUP_STEPS.findIndex((s) => s.id === id);
  const prev = i > 0 ? SETUP_STEPS[i - 1]?.id : undefined;
  if (prev === 'professionalism-items' && !state.draft.professionalism?.length) return 'professionalism';
  return prev;
}

/** /profile setup and the `profile:setup` button: continue, or offer choices, or begin. */
export async function setupEntry(ctx: AppContext, userId: string): Promise<View> {
  const { state, profile } = await loadSetup(ctx, userId);
  if (state) return stepView(state, { intro: `Welcome back. ${resumePoint(state).message}` });
  if (profile) return existingProfileView();
  return stepView(startSetup(), { intro: WELCOME });
}

/** Show the current step in place (Cancel on the start-over question). */
export async function setupResume(ctx: AppContext, userId: string): Promise<SetupReply> {
  return { view: await setupEntry(ctx, userId), replace: true };
}

type Decision = SetupDecision<SetupReply>;

/** Go through every step again starting from the stored profile. */
export function setupReview(ctx: AppContext, userId: string): Promise<SetupReply> {
  return changeSetup(ctx, userId, ({ profile }): Decision => {
    const state = startSetup(profile);
    const intro = profile
      ? 'Going through your answers step by step: change what you like, or keep it as it is and go on.'
      : WELCOME;
    return { save: state, reply: { view: stepView(state, { intro }), replace: true } };
  });
}

/** Ask first; once confirmed, begin again from an empty profile. */
export async function setupRestart(ctx: AppContext, userId: string, confirmed: boolean): Promise<SetupReply> {
  if (!confirmed) return { view: restartConfirmView(), replace: true };
  return changeSetup(ctx, userId, (): Decision => {
    const state = startSetup();
    return { save: state, reply: { view: stepView(state, { intro: `Starting over. ${WELCOME}` }), replace: true } };
  });
}

/**
 * The state a component acts on. No progress stored: a member without a profile begins here (the
 * first step's menus work straight away); one with a profile gets the choices instead.
 */
function stateFor({ state, profile }: Stored, staleNote: string): { state: SetupState } | { reply: SetupReply } {
  if (state) return { state };
  if (!profile) return { state: startSetup() };
  return { reply: { view: existingProfileView(staleNote), replace: false } };
}

/** A state without the last rejected form: an accepted step replaces it. */
function withoutRejected(state: SetupState): SetupState {
  const { rejected: _done, ...rest } = state;
  return rest;
}

/**
 * Save an accepted transition and show where it leads; a rejected one as a new message. A
 * rejected form (`input`) is remembered, so "Try again" reopens it as the member filled it.
 */
function commit(
  ctx: AppContext,
  userId: string,
  stepId: StepId,
  result: Result<SetupState>,
  note: (next: SetupState) => string | undefined,
  rejectedFrom?: { state: SetupState; input: Record<string, string> },
): Decision {
  if (!result.ok) {
    const view = problemView(stepId, result.error);
    if (!rejectedFrom) return { reply: { view, replace: false } };
    const rejected = { step: stepId, input: rejectedFrom.input, problems: result.error.slice(0, 20) };
    return { save: { ...rejectedFrom.state, rejected }, reply: { view, replace: false } };
  }
  const next = withoutRejected(result.value);
  const profile = profileOf(next, ctx.today());
  if (!profile.ok) return { reply: { view: problemView(stepId, profile.error), replace: false } };
  if (next.step === 'done') {
    const view = completeView(next.draft, next.skipped, { today: ctx.today(), userId });
    return { save: next, profile: profile.value, reply: { view, replace: true } };
  }
  const n = note(next);
  return {
    save: next,
    profile: profile.value,
    reply: { view: stepView(next, n ? { notes: [n] } : {}), replace: true },
  };
}

/** Buttons that only make sense on the current step; an old message shows where the member is now. */
function onCurrentStep(
  ctx: AppContext,
  userId: string,
  stepId: string,
  run: (state: SetupState, step: StepId) => Decision,
): Promise<SetupReply> {
  return changeSetup(ctx, userId, (stored): Decision => {
    const got = stateFor(stored, STALE_NOTE);
    if ('reply' in got) return { reply: got.reply };
    const { state } = got;
    if (!getStep(stepId) || state.step !== stepId) {
      return { reply: { view: stepView(state, { notes: [STALE_NOTE] }), replace: true } };
    }
    return run(state, stepId as StepId);
  });
}

const savedNote = (stepId: StepId) => `Saved: ${getStep(stepId)?.title ?? stepId}.`;

/** A select menu choice (a basics answer, or a letter writer's role before the form). */
export function setupPick(ctx: AppContext, userId: string, stepId: string, key: string, value: string) {
  return onCurrentStep(ctx, userId, stepId, (state, id) =>
    commit(ctx, userId, id, chooseOption(state, id, key, value, ctx.today()), (next) =>
      next.step !== id ? savedNote(id) : undefined,
    ),
  );
}

/**
 * A submitted form. Applied even when the member has moved on since opening it (what they typed
 * is theirs), except after the setup is finished, where /profile edit is the way to change things.
 * `prefilled`: the form opened with the stored answers in it, so an emptied box clears its
 * answer; a form that opened empty keeps the stored answer for a box left empty.
 */
export async function setupSubmit(
  ctx: AppContext,
  userId: string,
  stepId: string,
  input: Readonly<Record<string, string>>,
  prefilled = false,
): Promise<SetupReply> {
  const step = getStep(stepId);
  if (!step)
    return {
      view: notice('That form is out of date. Run /profile setup to continue.', { personal: true }),
      replace: false,
    };
  return changeSetup(ctx, userId, (stored): Decision => {
    const got = stateFor(stored, FINISHED_NOTE);
    if ('reply' in got) return { reply: got.reply };
    const kept = prefilled ? {} : modalDefaults(got.state, step.id);
    const filled = Object.fromEntries(
      Object.entries(input).map(([k, v]) => [k, v.trim() === '' ? (kept[k] ?? '') : v]),
    );
    return commit(
      ctx,
      userId,
      step.id,
      applyStepInput(got.state, step.id, filled, ctx.today()),
      (next) => {
        // A remark typed after a choice ("1 - I withdrew in 2024") is read as the choice; like the
        // console, say what it was read as and where the remark went, never drop it silently.
        const remarks = Object.entries(input)
          .filter(([k, v]) => k !== 'note' && v.trim() !== '')
          .flatMap(([k, v]) => remarkNote(step.id, k, v) ?? [])
          .map(memberText);
        const added = step.kind === 'repeat' ? itemsSoFar(next, step.id).at(-1) : undefined;
        const head = step.kind !== 'repeat' ? savedNote(step.id) : added ? `Added: ${memberText(added)}` : undefined;
        return [head, ...remarks].filter(Boolean).join('\n') || undefined;
      },
      { state: got.state, input: { ...input } },
    );
  });
}

export function setupDone(ctx: AppContext, userId: string, stepId: string) {
  return onCurrentStep(ctx, userId, stepId, (state, id) =>
    commit(ctx, userId, id, finishStep(state, id), () => savedNote(id)),
  );
}

export function setupSkip(ctx: AppContext, userId: string, stepId: string) {
  return onCurrentStep(ctx, userId, stepId, (state, id) =>
    commit(ctx, userId, id, skipStep(state, id), () => `Skipped: ${getStep(id)?.title ?? id}.`),
  );
}

export function setupUndo(ctx: AppContext, userId: string, stepId: string) {
  return onCurrentStep(ctx, userId, stepId, (state, id) =>
    commit(ctx, userId, id, undoLastItem(state, id), () => 'Removed the last one.'),
  );
}

export function setupBack(ctx: AppContext, userId: string, stepId: string) {
  return onCurrentStep(ctx, userId, stepId, (state, id): Decision => {
    const prev = previousStep(state, id);
    if (!prev) return { reply: { view: stepView(state, {}), replace: true } };
    const r = goToStep(state, prev);
    if (!r.ok) return { reply: { view: problemView(id, r.error), replace: false } };
    const moved = withoutRejected(r.value);
    return { save: moved, reply: { view: stepView(moved, {}), replace: true } };
  });
}

export function setupAnswer(ctx: AppContext, userId: string, stepId: string, answer: string) {
  return onCurrentStep(ctx, userId, stepId, (state, id) =>
    commit(ctx, userId, id, applyStepInput(state, id, { answer }, ctx.today()), () => savedNote(id)),
  );
}

/**
 * What a step's form opens with: the form the member sent last time when it was refused (with the
 * problems to mark), else the stored answers of a one-time form. Read before showing the form,
 * so it is bounded by `timeoutMs`: past it the form opens empty (`prefilled` false).
 */
export async function formContents(
  ctx: AppContext,
  userId: string,
  stepId: StepId,
  timeoutMs: number,
): Promise<{ values: Record<string, string>; problems: string[]; prefilled: boolean }> {
  const empty = { values: {}, problems: [], prefilled: false };
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    const stored = await Promise.race([loadSetup(ctx, userId), late]);
    if (!stored) return empty;
    const state = stored.state;
    if (!state) return { ...empty, prefilled: true };
    if (state.rejected?.step === stepId) {
      return { values: state.rejected.input, problems: state.rejected.problems, prefilled: true };
    }
    return { values: modalDefaults(state, stepId), problems: [], prefilled: true };
  } catch {
    return empty;
  } finally {
    clearTimeout(timer);
  }
}
