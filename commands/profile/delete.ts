/**
 * /profile delete — asks first (buttons `profile:delete:confirm:<owner>` / `profile:delete:cancel:<owner>`),
 * then removes everything stored for the member.
 */
import { MessageFlags } from 'discord.js';
import { deleteCancelledView, deleteConfirmView, deleteEverything } from '../../src/app/profile/delete.js';
import type { Subcommand } from '../../src/discord/command.js';
import { NO_MENTIONS, sendView } from '../../src/discord/respond.js';

export const deleteSub: Subcommand = {
  name: 'delete',
  description: 'Delete your profile, sessions and history (asks to confirm first)',
  async execute(interaction) {
    // No store access yet: the confirmation can be the immediate reply.
    await sendView(interaction, deleteConfirmView(interaction.user.id));
  },
  components: {
    'profile:delete': async (interaction, ctx, args) => {
      const [action, owner] = args;
      if (owner && owner !== interaction.user.id) {
        await interaction.reply({
          content: 'These buttons belong to the member who ran /profile delete; nothing was changed.',
          flags: MessageFlags.Ephemeral,
          allowedMentions: NO_MENTIONS,
        });
        return;
      }
      if (action !== 'confirm') {
        await sendView(interaction, deleteCancelledView(), { update: true });
        return;
      }
      // The delete touches every namespace: acknowledge first, then replace the confirmation.
      await interaction.deferUpdate();
      await sendView(interaction, await deleteEverything(ctx, interaction.user.id), { update: true });
    },
  },
  console: {
    usage: ['/profile delete (asks yes or no)', '/profile delete confirm (no question, for scripts)'],
    async run({ args }, ctx, io) {
      if (args[0] === 'confirm') return deleteEverything(ctx, io.userId);
      // The console has no buttons: ask right here, so a "yes" is an answer, not a question to /ask.
      const answer = await io.prompt(
        [
          'Delete everything I store about you? This removes your profile, any mock interview in progress, your interview history and your setup progress. It cannot be undone (/profile export first if you want a copy).',
          'Type "yes" to delete everything; anything else keeps it.',
        ].join('\n'),
      );
      return /^\s*(y|yes)\s*$/i.test(answer ?? '') ? deleteEverything(ctx, io.userId) : deleteCancelledView();
    },
  },
};
