/**
 * Custom ids of the guided /profile setup. Every id carries what its handler needs (the step and,
 * for selects, the field); the progress itself lives in the store (meta `setup`), so any button
 * works after a restart. Handlers always act on the presser's own progress (`interaction.user.id`),
 * so a button pressed by someone else can only ever touch their own setup.
 */
import type { StepId } from '../../core/profile/setup-flow.js';

export const SETUP_ACTIONS = {
  /** Start or continue (the no-profile view's button): a new message. */
  start: 'setup',
  /** Show the current step in place (e.g. "Cancel" on the start-over question). */
  resume: 'setup-resume',
  /** Walk through every step again, keeping the stored answers. */
  review: 'setup-review',
  /** `setup-restart` asks; `setup-restart:confirm` starts again from an empty profile. */
  restart: 'setup-restart',
  pick: 'setup-pick',
  open: 'setup-open',
  submit: 'setup-submit',
  done: 'setup-done',
  skip: 'setup-skip',
  undo: 'setup-undo',
  back: 'setup-back',
  answer: 'setup-answer',
} as const;

const id = (action: string, ...args: string[]): string => ['profile', action, ...args].join(':');

export const setupIds = {
  start: id(SETUP_ACTIONS.start),
  resume: id(SETUP_ACTIONS.resume),
  review: id(SETUP_ACTIONS.review),
  restart: id(SETUP_ACTIONS.restart),
  restartConfirm: id(SETUP_ACTIONS.restart, 'confirm'),
  /** A select menu of a step: `profile:setup-pick:<step>:<key>`. */
  pick: (step: StepId, key: string) => id(SETUP_ACTIONS.pick, step, key),
  /** Opens the step's modal (also the "Try again" after a rejected form). */
  open: (step: StepId) => id(SETUP_ACTIONS.open, step),
  /** The modal itself. */
  submit: (step: StepId) => id(SETUP_ACTIONS.submit, step),
  done: (step: StepId) => id(SETUP_ACTIONS.done, step),
  skip: (step: StepId) => id(SETUP_ACTIONS.skip, step),
  undo: (step: StepId) => id(SETUP_ACTIONS.undo, step),
  back: (step: StepId) => id(SETUP_ACTIONS.back, step),
  answer: (step: StepId, yes: boolean) => id(SETUP_ACTIONS.answer, step, yes ? 'yes' : 'no'),
};
