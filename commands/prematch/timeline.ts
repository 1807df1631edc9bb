/** /prematch timeline — the June-to-spring pre-match calendar relative to today (and the profile's target). */
import { prematchTimelineView } from '../../src/app/views/prematch.js';
import type { Subcommand } from '../../src/discord/command.js';
import { deferFor, sendView } from '../../src/discord/respond.js';

export const timelineSub: Subcommand = {
  name: 'timeline',
  description: 'What to send programs when, from June to the rank list, relative to today',
  async execute(interaction, ctx) {
    await deferFor(interaction, true);
    await sendView(interaction, await prematchTimelineView(ctx, interaction.user.id));
  },
  console: {
    usage: ['/prematch timeline'],
    run: (_input, ctx, io) => prematchTimelineView(ctx, io.userId),
  },
};
