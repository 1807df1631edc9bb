/**
 * /admin questions — this month's most asked and unanswered /ask questions in this server, as
 * counts only (src/app/views/admin-questions.ts). The /admin command has already checked the
 * member's Manage Server permission.
 */
import { adminQuestionsView } from '../../src/app/views/admin-questions.js';
import type { Subcommand } from '../../src/discord/command.js';
import { deferFor, sendView } from '../../src/discord/respond.js';

export const questionsSub: Subcommand = {
  name: 'questions',
  description: "This month's most asked and unanswered /ask questions here (counts only)",
  async execute(interaction, ctx) {
    await deferFor(interaction, true);
    await sendView(interaction, await adminQuestionsView(ctx, interaction.guildId!));
  },
};
