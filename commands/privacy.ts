/**
 * /privacy [llm:on|off] — what is stored, where, for how long, how to export and delete, and AI
 * use. `llm` records the member's consent to send their own profile facts to the configured AI
 * model (meta `llmConsent`, with the date), or withdraws it.
 *
 * Without a model configured there is no consent to show or store, so /privacy answers at once
 * from configuration; with one it defers (the member's choice is read from the store).
 *
 * Console: `/privacy`, `/privacy llm on`, `/privacy llm off`.
 */
import type { AppContext } from '../src/app/context.js';
import { readLlmConsent, setLlmConsent } from '../src/app/llm.js';
import { notice, type View } from '../src/app/view.js';
import { llmConsentView, NO_MODEL_CONSENT, privacyView } from '../src/app/views/privacy.js';
import { UserError } from '../src/core/errors.js';
import { slashCommand, type Command } from '../src/discord/command.js';
import { deferFor, sendView } from '../src/discord/respond.js';

type Choice = 'on' | 'off';

/** The explanation, or the result of `llm on|off`. */
async function privacyFor(
  ctx: AppContext,
  userId: string,
  choice: Choice | undefined,
  place: 'discord' | 'console' = 'discord',
): Promise<View> {
  if (!ctx.llm) return choice ? notice(NO_MODEL_CONSENT, { personal: true }) : privacyView(ctx, undefined, place);
  if (!choice) return privacyView(ctx, { consent: await readLlmConsent(ctx, userId) }, place);
  return llmConsentView(ctx, await setLlmConsent(ctx, userId, choice === 'on'));
}

export const command = {
  data: slashCommand(
    'privacy',
    'What I store about you, where, for how long, how to export or delete it, and AI use',
  ).addStringOption((o) =>
    o
      .setName('llm')
      .setDescription('Let the AI model use your own profile facts for personal drafts (on), or stop it (off)')
      .addChoices({ name: 'on', value: 'on' }, { name: 'off', value: 'off' }),
  ),
  async execute(interaction, ctx) {
    const raw = interaction.options.getString('llm');
    // Choices are enforced by Discord, but an option value can be forged: check it.
    const choice = raw === 'on' || raw === 'off' ? raw : undefined;
    if (raw !== null && !choice) throw new UserError('llm: choose on or off');
    if (!ctx.llm) {
      // Built from configuration only (no store read), so it can answer at once.
      await sendView(interaction, await privacyFor(ctx, interaction.user.id, choice), {
        ephemeral: interaction.inGuild(),
      });
      return;
    }
    await deferFor(interaction, true);
    await sendView(interaction, await privacyFor(ctx, interaction.user.id, choice));
  },
  console: {
    usage: ['/privacy', '/privacy llm on|off  (let the AI model use your profile facts, or stop it)'],
    run: async ({ args }, ctx, io) => {
      if (!args.length) return privacyFor(ctx, io.userId, undefined, 'console');
      const [what, value] = args;
      if (what !== 'llm' || (value !== 'on' && value !== 'off') || args.length > 2) {
        throw new UserError('usage: /privacy, /privacy llm on, or /privacy llm off');
      }
      return privacyFor(ctx, io.userId, value);
    },
  },
} satisfies Command;
