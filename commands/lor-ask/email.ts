/**
 * /lor-ask email [writer] — the ask email for one writer (subject and body, copyable; a long one
 * also as ask-email.txt). Button `lor-ask:email:<writerRef>` (from the plan and add-writer
 * replies) does the same for the writer it names.
 */
import { lorEmailView, lorWriterButtonView } from '../../src/app/views/lor.js';
import type { Subcommand } from '../../src/discord/command.js';
import { deferFor, sendView } from '../../src/discord/respond.js';
import { autocompleteWriter, restAsWriter, writerOption } from './writer-option.js';

export const emailSub: Subcommand = {
  name: 'email',
  description: 'The email asking one of your writers for a strong letter',
  options: (sub) => writerOption(sub, 'Who to ask'),
  async execute(interaction, ctx) {
    await deferFor(interaction, true);
    const writer = interaction.options.getString('writer') ?? undefined;
    await sendView(interaction, await lorEmailView(ctx, interaction.user.id, writer));
  },
  autocomplete: autocompleteWriter,
  components: {
    'lor-ask:email': async (interaction, ctx, [ref = '']) => {
      await deferFor(interaction, true);
      await sendView(interaction, await lorWriterButtonView(ctx, interaction.user.id, ref, 'email'));
    },
  },
  console: {
    usage: ['/lor-ask email [writer name]'],
    run: ({ rest }, ctx, io) => lorEmailView(ctx, io.userId, restAsWriter(rest)),
  },
};
