/**
 * /lor-ask plan — portfolio findings, the four letter slots and who fills each, writers by
 * strength. Button `lor-ask:plan` shows the same (from the add-writer reply).
 */
import { lorPlanView } from '../../src/app/views/lor.js';
import type { Subcommand } from '../../src/discord/command.js';
import { deferFor, sendView } from '../../src/discord/respond.js';

export const planSub: Subcommand = {
  name: 'plan',
  description: 'Your letter writers: what programs will think, the four slots and who fills each',
  async execute(interaction, ctx) {
    await deferFor(interaction, true);
    await sendView(interaction, await lorPlanView(ctx, interaction.user.id));
  },
  components: {
    'lor-ask:plan': async (interaction, ctx) => {
      await deferFor(interaction, true);
      await sendView(interaction, await lorPlanView(ctx, interaction.user.id));
    },
  },
  console: {
    usage: ['/lor-ask plan'],
    run: (_input, ctx, io) => lorPlanView(ctx, io.userId),
  },
};
