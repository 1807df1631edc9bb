/**
 * /profile setup — the guided flow, one step per message: select menus for choices, a button that
 * opens a form (modal) for text, Add another / Done / Skip for lists. Progress is saved after every
 * step (src/app/profile/setup-progress.ts), so running it again, or pressing `profile:setup`
 * (the no-profile view's button) even after a restart, continues where the member stopped.
 *
 * Custom ids (src/app/profile/setup-ids.ts): profile:setup, profile:setup-resume,
 * profile:setup-review, profile:setup-restart[:confirm], profile:setup-pick:<step>:<key>,
 * profile:setup-open:<step> (shows the modal; also "Try again"), profile:setup-submit:<step>
 * (the modal), profile:setup-done|skip|undo|back:<step>, profile:setup-answer:<step>:<yes|no>.
 */
import { MessageFlags } from 'discord.js';
import {
  formContents,
  setupAnswer,
  setupBack,
  setupDone,
  setupEntry,
  setupPick,
  setupRestart,
  setupResume,
  setupReview,
  setupSkip,
  setupSubmit,
  setupUndo,
  type SetupReply,
} from '../../src/app/profile/setup-actions.js';
import { consoleSetup, type ConsoleSetupMode } from '../../src/app/profile/setup-console.js';
import { restartConfirmView } from '../../src/app/profile/setup-views.js';
import { SETUP_ACTIONS } from '../../src/app/profile/setup-ids.js';
import type { AppContext } from '../../src/app/context.js';
import { getStep } from '../../src/core/profile/setup-flow.js';
import { UserError } from '../../src/core/errors.js';
import type { ComponentHandler, ComponentInteraction, Subcommand } from '../../src/discord/command.js';
import { NO_MENTIONS, deferFor, sendView } from '../../src/discord/respond.js';
import { modalValues, setupModal } from './setup-modal.js';

const key = (action: string) => `profile:${action}`;

/** How long opening a form may wait for the member's answers (Discord wants the form within 3 s). */
export const FORM_READ_MS = 1000;

/** Acknowledge before the store is read: in place for buttons, selects and forms sent from a message. */
async function acknowledge(interaction: ComponentInteraction): Promise<void> {
  if (interaction.isModalSubmit() && !interaction.isFromMessage()) await deferFor(interaction, true);
  else await interaction.deferUpdate();
}

async function deliver(interaction: ComponentInteraction, reply: SetupReply): Promise<void> {
  await sendView(interaction, reply.view, reply.replace ? { update: true } : {});
}

/** A step handler: acknowledge, run the transition for the presser's own progress, answer. */
function step(
  run: (ctx: AppContext, userId: string, args: string[], interaction: ComponentInteraction) => Promise<SetupReply>,
): ComponentHandler {
  return async (interaction, ctx, args) => {
    await acknowledge(interaction);
    await deliver(interaction, await run(ctx, interaction.user.id, args, interaction));
  };
}

const CONSOLE_MODES: Record<string, ConsoleSetupMode> = { review: 'review', restart: 'restart' };

export const setupSub: Subcommand = {
  name: 'setup',
  description: 'Set up your profile step by step (saved after each step; run it again to continue)',
  options: (sub) =>
    sub.addStringOption((o) =>
      o
        .setName('start')
        .setDescription('Continue where you stopped (default), go through your answers again, or start over')
        .addChoices(
          { name: 'Continue where I stopped', value: 'continue' },
          { name: 'Go through my answers again', value: 'review' },
          { name: 'Start over from an empty profile (asks first)', value: 'restart' },
        ),
    ),
  async execute(interaction, ctx) {
    const start = interaction.options.getString('start') ?? 'continue';
    // Asking costs nothing and changes nothing: the profile stays until the member confirms.
    if (start === 'restart') return sendView(interaction, restartConfirmView());
    await deferFor(interaction, true);
    if (start === 'review') return sendView(interaction, (await setupReview(ctx, interaction.user.id)).view);
    await sendView(interaction, await setupEntry(ctx, interaction.user.id));
  },
  components: {
    // The entry point from other views (no profile yet): a new message, like the command.
    [key(SETUP_ACTIONS.start)]: async (interaction, ctx) => {
      await deferFor(interaction, true);
      await sendView(interaction, await setupEntry(ctx, interaction.user.id));
    },
    [key(SETUP_ACTIONS.resume)]: step((ctx, userId) => setupResume(ctx, userId)),
    [key(SETUP_ACTIONS.review)]: step((ctx, userId) => setupReview(ctx, userId)),
    [key(SETUP_ACTIONS.restart)]: step((ctx, userId, [confirm]) => setupRestart(ctx, userId, confirm === 'confirm')),
    [key(SETUP_ACTIONS.pick)]: step((ctx, userId, [stepId = '', field = ''], interaction) => {
      const value = interaction.isStringSelectMenu() ? (interaction.values[0] ?? '') : '';
      return setupPick(ctx, userId, stepId, field, value);
    }),
    // A modal must be the first response (within 3 s): the member's last entry or answers are
    // read first, but only for a moment; past FORM_READ_MS the form opens empty.
    [key(SETUP_ACTIONS.open)]: async (interaction, ctx, [stepId = '']) => {
      const s = getStep(stepId);
      if (!interaction.isMessageComponent() || !s || s.fields.length === 0) {
        await interaction.reply({
          content: 'That form no longer exists. Run /profile setup to continue where you stopped.',
          flags: MessageFlags.Ephemeral,
          allowedMentions: NO_MENTIONS,
        });
        return;
      }
      const contents = await formContents(ctx, interaction.user.id, s.id, FORM_READ_MS);
      await interaction.showModal(setupModal(s, contents));
    },
    [key(SETUP_ACTIONS.submit)]: step((ctx, userId, [stepId = '', filled], interaction) => {
      const s = getStep(stepId);
      const input = s && interaction.isModalSubmit() ? modalValues(interaction, s) : {};
      return setupSubmit(ctx, userId, stepId, input, filled === 'filled');
    }),
    [key(SETUP_ACTIONS.done)]: step((ctx, userId, [stepId = '']) => setupDone(ctx, userId, stepId)),
    [key(SETUP_ACTIONS.skip)]: step((ctx, userId, [stepId = '']) => setupSkip(ctx, userId, stepId)),
    [key(SETUP_ACTIONS.undo)]: step((ctx, userId, [stepId = '']) => setupUndo(ctx, userId, stepId)),
    [key(SETUP_ACTIONS.back)]: step((ctx, userId, [stepId = '']) => setupBack(ctx, userId, stepId)),
    [key(SETUP_ACTIONS.answer)]: step((ctx, userId, [stepId = '', answer = '']) =>
      setupAnswer(ctx, userId, stepId, answer),
    ),
  },
  console: {
    usage: [
      '/profile setup  (step by step, one question per line; run again to continue)',
      '/profile setup review  (go through your answers again)',
      '/profile setup restart  (begin again from an empty profile; asks first)',
    ],
    run: ({ args }, ctx, io) => {
      const word = args[0]?.toLowerCase();
      const mode = word ? CONSOLE_MODES[word] : 'continue';
      if (!mode) throw new UserError(`/profile setup: "${word}" is not an option; use review or restart, or nothing`);
      return consoleSetup(ctx, io, mode);
    },
  },
};
