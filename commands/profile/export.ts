/** /profile export — the profile file (and everything else stored), privately. */
import { exportProfileView } from '../../src/app/profile/export.js';
import type { Subcommand } from '../../src/discord/command.js';
import { deferFor, sendView } from '../../src/discord/respond.js';

export const exportSub: Subcommand = {
  name: 'export',
  description: 'Get your profile (and everything else I store about you) as JSON files',
  async execute(interaction, ctx) {
    await deferFor(interaction, true);
    await sendView(interaction, await exportProfileView(ctx, interaction.user.id));
  },
  console: {
    usage: ['/profile export'],
    run: (_input, ctx, io) => exportProfileView(ctx, io.userId),
  },
};
