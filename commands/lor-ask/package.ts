/**
 * /lor-ask package [writer] — what to send a writer once they agree, and the reminder plan with
 * dates. Button `lor-ask:package:<writerRef>` (from the email reply) does the same.
 */
import { lorPackageView, lorWriterButtonView } from '../../src/app/views/lor.js';
import type { Subcommand } from '../../src/discord/command.js';
import { deferFor, sendView } from '../../src/discord/respond.js';
import { autocompleteWriter, restAsWriter, writerOption } from './writer-option.js';

export const packageSub: Subcommand = {
  name: 'package',
  description: 'The package to send a writer who agreed, and when to remind and thank them',
  options: (sub) => writerOption(sub, 'Which writer'),
  async execute(interaction, ctx) {
    await deferFor(interaction, true);
    const writer = interaction.options.getString('writer') ?? undefined;
    await sendView(interaction, await lorPackageView(ctx, interaction.user.id, writer));
  },
  autocomplete: autocompleteWriter,
  components: {
    'lor-ask:package': async (interaction, ctx, [ref = '']) => {
      await deferFor(interaction, true);
      await sendView(interaction, await lorWriterButtonView(ctx, interaction.user.id, ref, 'package'));
    },
  },
  console: {
    usage: ['/lor-ask package [writer name]'],
    run: ({ rest }, ctx, io) => lorPackageView(ctx, io.userId, restAsWriter(rest)),
  },
};
