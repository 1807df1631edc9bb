/** /mock history — the member's past mock interviews (the latest 20), newest first. */
import { listMockHistory } from '../../src/app/mock/records.js';
import { historyView } from '../../src/app/views/mock.js';
import type { Subcommand } from '../../src/discord/command.js';
import { deferFor, sendView } from '../../src/discord/respond.js';

export const historySub: Subcommand = {
  name: 'history',
  description: 'Your past mock interviews: answered, STAR coverage, most common notes',
  async execute(interaction, ctx) {
    await deferFor(interaction, true);
    const owner = interaction.user.id;
    await sendView(interaction, historyView(await listMockHistory(ctx, owner), owner));
  },
  console: {
    usage: ['/mock history'],
    run: async (_input, ctx, io) => historyView(await listMockHistory(ctx, io.userId), io.userId),
  },
};
