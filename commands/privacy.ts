/** /privacy — what is stored, where, for how long, how to export and delete, and AI use. */
import { privacyView } from '../src/app/views/privacy.js';
import { slashCommand, type Command } from '../src/discord/command.js';
import { sendView } from '../src/discord/respond.js';

export const command = {
  data: slashCommand('privacy', 'What I store about you, where, for how long, and how to export or delete it'),
  async execute(interaction, ctx) {
    // Built from configuration only (no store read), so it can answer at once.
    await sendView(interaction, privacyView(ctx), { ephemeral: interaction.inGuild() });
  },
  console: {
    usage: ['/privacy'],
    run: async (_input, ctx) => privacyView(ctx),
  },
} satisfies Command;
