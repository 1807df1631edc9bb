/**
 * The guided /profile setup as Views: one message per step (select menus for choices, a button
 * that opens a form for text, Add another / Done / Skip for lists), the "already have a profile"
 * offer, the start-over question, a rejected form with "Try again", and the closing summary.
 * The steps themselves (questions, parsing, validation) come from src/core/profile/setup-flow.ts.
 */
import { LIST_FIELDS } from '../../core/profile/field-specs.js';
import type { Profile } from '../../core/profile/schema.js';
import {
  TOTAL_STEPS,
  currentStep,
  getStep,
  itemsSoFar,
  modalDefaults,
  progress,
  type SetupState,
  type SetupStep,
  type StepId,
} from '../../core/profile/setup-flow.js';
import { profileSummary } from '../../core/profile/summary.js';
import { seasonOptions } from '../../composers/application-season.js';
import { redFlags } from '../../rules/redflags.js';
import { startId } from '../mock/ids.js';
import { SHARE_TEXT } from '../views/redflag.js';
import {
  button,
  memberText,
  pressAction,
  type Action,
  type ButtonAction,
  type SelectAction,
  type View,
} from '../view.js';
import { setupIds } from './setup-ids.js';
import { summarySections } from './show.js';

export const SAVED_FOOTER =
  'Each step is saved as you go: stop whenever you like and run /profile setup to carry on from here.';

export const WELCOME = `Let's set up your profile: ${TOTAL_STEPS} short steps. Skip anything you would rather not answer; you can change every answer later with /profile edit.`;

/** Before the start-over question and the "Start over" buttons. */
const startOver = (): ButtonAction => button(setupIds.restart, 'Start over', { style: 'secondary' });

function currentChoice(state: SetupState, step: SetupStep, key: string): string | undefined {
  if (step.kind === 'repeat') return state.step === step.id ? state.pending[key] : undefined;
  const v = (state.draft as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}

function selectsOf(state: SetupState, step: SetupStep): SelectAction[] {
  return step.selects.map((sel) => {
    const chosen = currentChoice(state, step, sel.key);
    return {
      kind: 'select',
      customId: setupIds.pick(step.id, sel.key),
      placeholder: sel.placeholder,
      options: sel.options.map((o) => ({
        label: o.label,
        value: o.value,
        ...(o.description ? { description: o.description } : {}),
        ...(chosen === o.value ? { default: true } : {}),
      })),
    };
  });
}

/** The button that opens a list step's form. */
const addLabel = (step: SetupStep, count: number): string => (count ? 'Add another' : (step.repeat?.add ?? 'Add'));

/** "Back" goes to the step before, except from the first step. */
function backButton(step: SetupStep): ButtonAction[] {
  return step.id === 'basics' ? [] : [button(setupIds.back(step.id), 'Back')];
}

function stepButtons(state: SetupState, step: SetupStep): ButtonAction[] {
  switch (step.kind) {
    case 'select': {
      const answered = step.selects.every((s) => currentChoice(state, step, s.key) !== undefined);
      return [
        ...(answered ? [button(setupIds.done(step.id), 'Keep these and go on', { style: 'success' })] : []),
        button(setupIds.skip(step.id), 'Skip'),
        startOver(),
      ];
    }
    case 'modal': {
      const hasAnswers = Object.keys(modalDefaults(state, step.id)).length > 0;
      return [
        button(setupIds.open(step.id), hasAnswers ? `Change: ${step.title}` : `Fill in: ${step.title}`, {
          style: 'primary',
        }),
        ...(hasAnswers ? [button(setupIds.done(step.id), 'Keep as is', { style: 'success' })] : []),
        button(setupIds.skip(step.id), 'Skip'),
        ...backButton(step),
        startOver(),
      ];
    }
    case 'repeat': {
      const items = itemsSoFar(state, step.id);
      // Selects come before the form: the form can only add an item once they are chosen.
      const ready = step.selects.filter((s) => s.required).every((s) => currentChoice(state, step, s.key));
      return [
        button(setupIds.open(step.id), addLabel(step, items.length), {
          style: 'primary',
          ...(ready ? {} : { disabled: true }),
        }),
        button(setupIds.done(step.id), step.repeat?.done ?? 'Done', { style: 'success' }),
        ...(items.length ? [button(setupIds.undo(step.id), 'Remove the last one')] : []),
        button(setupIds.skip(step.id), 'Skip'),
        ...backButton(step),
        startOver(),
      ];
    }
    case 'confirm':
      return [
        button(setupIds.answer(step.id, true), step.confirm?.yes ?? 'Yes', { style: 'primary' }),
        button(setupIds.answer(step.id, false), step.confirm?.no ?? 'No'),
        button(setupIds.skip(step.id), 'Skip'),
        ...backButton(step),
        startOver(),
      ];
  }
}

function stepFields(state: SetupState, step: SetupStep): { name: string; value: string }[] {
  if (step.kind === 'repeat') {
    const items = itemsSoFar(state, step.id);
    const list = step.repeat ? LIST_FIELDS[step.repeat.list] : undefined;
    const value = items.length ? items.map((l) => `- ${memberText(l)}`).join('\n') : 'Nothing yet.';
    const fields = [
      {
        name: `Added so far${list ? ` (${items.length} ${items.length === 1 ? list.item : list.plural})` : ''}`,
        value,
      },
    ];
    if (step.selects.length) {
      fields.push({
        name: 'How to add one',
        value: `Choose from the menus first, then ${pressAction(addLabel(step, items.length))} to fill in the rest.`,
      });
    }
    return fields;
  }
  if (step.kind === 'modal') {
    const current = modalDefaults(state, step.id);
    const lines = step.fields.flatMap((f) => (current[f.key] ? [`- ${f.label}: ${memberText(current[f.key]!)}`] : []));
    return lines.length
      ? [
          {
            name: 'Your answers so far',
            value: `${lines.join('\n')}\n(The form opens with these answers filled in: change what you like, or empty a box to clear it.)`,
          },
        ]
      : [];
  }
  return [];
}

/**
 * A message holds five rows: each select takes one and buttons go five to a row. With four
 * selects (the letters step of a member with a professionalism entry) only one row of buttons
 * fits, so "Start over" (also /profile setup restart) gives way rather than spill into a second
 * message away from the step.
 */
function fitButtons(buttons: ButtonAction[], selects: number): ButtonAction[] {
  const room = (5 - selects) * 5;
  if (buttons.length <= room) return buttons;
  return buttons.filter((b) => b.customId !== setupIds.restart).slice(0, room);
}

export interface StepViewOptions {
  /** A sentence above the step ("Welcome back…"). */
  intro?: string;
  /** What just happened ("Added: Step 1 — passed, Nov 2019"). */
  notes?: string[];
}

/** The message for the step the member is on (the completion view once every step is done). */
export function stepView(state: SetupState, opts: StepViewOptions = {}): View {
  const step = currentStep(state);
  if (!step) return completeView(state.draft, state.skipped);
  const selects = selectsOf(state, step);
  const buttons = fitButtons(stepButtons(state, step), selects.length);
  const actions: Action[][] = [...selects.map((s) => [s]), buttons];
  return {
    text: [opts.intro, ...(opts.notes ?? []), `**Profile setup, ${progress(state)}: ${step.title}**`]
      .filter(Boolean)
      .join('\n'),
    sections: [{ body: step.prompt, fields: stepFields(state, step), footer: SAVED_FOOTER, tone: 'info' }],
    actions,
    personal: true,
  };
}

/** A form (or choice) that was not accepted: each problem names its field; "Try again" reopens the form. */
export function problemView(stepId: StepId, problems: readonly string[]): View {
  const step = getStep(stepId);
  const title = step?.title ?? 'this step';
  const retry = step && step.fields.length > 0;
  return {
    text: `**Not saved yet: ${title}.** Please fix ${problems.length === 1 ? 'this' : 'these'}:`,
    sections: [
      {
        body: problems.map((p) => `- ${memberText(p)}`).join('\n'),
        footer: retry
          ? `${pressAction('Try again', { capital: true })}: the form opens with what you entered, and only the ${problems.length === 1 ? 'field' : 'fields'} to fix marked. Nothing from this form was saved yet.`
          : 'Nothing was saved.',
        tone: 'warning',
      },
    ],
    actions: [
      [
        ...(retry ? [button(setupIds.open(stepId), 'Try again', { style: 'primary' })] : []),
        button(setupIds.resume, 'Show the step'),
      ],
    ],
    personal: true,
  };
}

/** /profile setup when a profile exists and no setup is in progress: edit, review, or start over. */
export function existingProfileView(note?: string): View {
  return {
    text: [note, '**You already have a profile.** What would you like to do?'].filter(Boolean).join('\n'),
    sections: [
      {
        body: [
          '- **Change one answer**: `/profile edit` (pick the field, type the new value).',
          `- **Go through the steps again**, with your answers kept: ${pressAction('Review step by step')}.`,
          `- **Start from an empty profile**: ${pressAction('Start over')} (I ask you to confirm first).`,
        ].join('\n'),
        footer: '/profile show lists everything I have.',
        tone: 'info',
      },
    ],
    actions: [
      [
        button(setupIds.review, 'Review step by step', { style: 'primary', hint: '/profile setup review' }),
        button(setupIds.restart, 'Start over', { hint: '/profile setup restart' }),
      ],
    ],
    personal: true,
  };
}

export function restartConfirmView(): View {
  return {
    text: '**Start the setup over from an empty profile?**',
    sections: [
      {
        body: 'Your current answers stay saved until you answer the first step again; from then on your new answers replace them. Run /profile export first if you want a copy.',
        tone: 'warning',
      },
    ],
    actions: [
      [
        button(setupIds.restartConfirm, 'Yes, start over', { style: 'danger', hint: '/profile setup restart' }),
        button(setupIds.resume, 'Cancel'),
      ],
    ],
    personal: true,
  };
}

/**
 * What a missing target changes, said once at the end of the setup so "not sure" is never dropped
 * silently: each command names its own fallback again when it runs.
 */
export const NO_TARGET_YET =
  'No target yet (fellowship or residency): /redflag starts with which route is open to you, /prematch timeline shows the fellowship calendar and names the residency one, and /lor-ask and /mock use the residency weighting. Choose with /profile edit target once you decide.';

/**
 * The end of the setup: the profile in brief, then what to do next: the red-flag report, a
 * practice question on the most pressing flag (when there is one) and a mock interview. `env`
 * (today, the member's id) enables the flag check and the mock button.
 */
export function completeView(
  profile: Profile,
  skipped: readonly StepId[] = [],
  env?: { today: string; userId: string },
  leftOut: readonly string[] = [],
  said: readonly string[] = [],
): View {
  const skippedTitles = [...new Set(skipped.map((id) => getStep(id)?.title).filter(Boolean))];
  const top = env ? redFlags(profile, env.today, seasonOptions(profile, env.today)).flags[0] : undefined;
  const actions: ButtonAction[] = [
    button('redflag:run', 'Show my red-flag report', { style: 'primary', hint: '/redflag' }),
    ...(top ? [button(`mock:flag:${top.id}`, `Practise: ${SHARE_TEXT[top.id].title}`)] : []),
    ...(env ? [button(startId(env.userId, { kind: 'plan' }), 'Start a mock interview', { hint: '/mock start' })] : []),
  ];
  return {
    text: [
      '**Your profile is set up and saved.**',
      // What the last step's answers were read as ("noted as about 15 Nov 2027"): there is no next
      // step to say it before, and an estimate stored without a word would read as a known date.
      ...said,
      skippedTitles.length
        ? `You skipped: ${skippedTitles.join(', ')}. Add those any time with /profile setup or /profile edit.`
        : '',
      leftOut.length
        ? `Left out (you were not sure yet): ${leftOut.join(', ')}. Add ${leftOut.length > 1 ? 'them' : 'it'} any time with /profile edit.`
        : '',
      profile.target ? '' : NO_TARGET_YET,
      'Next: your red-flag report shows what programs may ask about and what to do about each; a mock interview (/mock start) lets you practise the answers.',
    ]
      .filter(Boolean)
      .join('\n'),
    sections: summarySections(profileSummary(profile, { memberText })),
    actions: [actions],
    personal: true,
  };
}
