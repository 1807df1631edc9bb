/** /prematch template kind:<choice> — a fill-in email, with profile facts where there is a profile. */
import { prematchTemplateView } from '../../src/app/views/prematch.js';
import { isTemplateKind, TEMPLATE_KINDS } from '../../src/composers/prematch-templates.js';
import { UserError } from '../../src/core/errors.js';
import type { Subcommand } from '../../src/discord/command.js';
import { deferFor, sendView } from '../../src/discord/respond.js';

const LABEL: Record<(typeof TEMPLATE_KINDS)[number], string> = {
  'eligibility-inquiry': 'Eligibility inquiry (before applying)',
  'thank-you': 'Thank-you to an interviewer',
  'program-follow-up': 'Follow-up to the program director',
  update: 'Update after the interview',
  'top-choice': 'Top-choice message (one program only)',
  'rank-you-highly': 'Reply to "we will rank you highly"',
};

function kindOf(value: string): (typeof TEMPLATE_KINDS)[number] {
  if (!isTemplateKind(value)) {
    throw new UserError(`"${value}" is not a template kind; choose one of ${TEMPLATE_KINDS.join(', ')}`);
  }
  return value;
}

export const templateSub: Subcommand = {
  name: 'template',
  description: 'A fill-in email for a program: inquiry, thank-you, update, top choice…',
  options: (sub) =>
    sub.addStringOption((o) =>
      o
        .setName('kind')
        .setDescription('Which email')
        .setRequired(true)
        .addChoices(...TEMPLATE_KINDS.map((k) => ({ name: LABEL[k], value: k }))),
    ),
  async execute(interaction, ctx) {
    const kind = kindOf(interaction.options.getString('kind', true));
    // Personal: with a profile the template carries its facts (specialty, country, visa).
    await deferFor(interaction, true);
    await sendView(interaction, await prematchTemplateView(ctx, interaction.user.id, kind));
  },
  console: {
    usage: [`/prematch template <${TEMPLATE_KINDS.join('|')}>`],
    run: ({ args }, ctx, io) => prematchTemplateView(ctx, io.userId, kindOf(args[0] ?? '')),
  },
};
