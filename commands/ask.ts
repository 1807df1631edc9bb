/**
 * /ask question:<text> [private:<bool>] — a cited answer from the guides. Public by default (it
 * shows no profile facts); `private` makes it visible only to the asker in a server.
 */
import { ASK_COOLDOWN, ASK_MAX_CHARS, askView } from '../src/app/views/ask.js';
import { slashCommand, type Command } from '../src/discord/command.js';
import { deferFor, sendView } from '../src/discord/respond.js';

export const command = {
  data: slashCommand('ask', 'Ask a question; the answer comes from the guides, with sources')
    .addStringOption((o) =>
      o
        .setName('question')
        .setDescription('Your question, e.g. "who should write my letters?"')
        .setRequired(true)
        .setMinLength(2)
        .setMaxLength(ASK_MAX_CHARS),
    )
    .addBooleanOption((o) =>
      o.setName('private').setDescription('Only you see the answer (in a server). Default: everyone in the channel'),
    ),
  cooldown: ASK_COOLDOWN,
  async execute(interaction, ctx) {
    const ephemeral = interaction.inGuild() && interaction.options.getBoolean('private') === true;
    // The profile read (for tailoring) may be slow on Redis: acknowledge first.
    await deferFor(interaction, ephemeral);
    const question = interaction.options.getString('question', true);
    await sendView(interaction, await askView(ctx, question, { userId: interaction.user.id }));
  },
  console: {
    usage: ['/ask <question>  (or just type your question)'],
    async run({ rest }, ctx, io) {
      if (!rest.trim())
        return {
          text: 'Type a question after /ask, e.g. /ask how many informatics letters do I need?',
          sections: [],
          personal: false,
        };
      return askView(ctx, rest.trim(), { userId: io.userId });
    },
  },
} satisfies Command;
