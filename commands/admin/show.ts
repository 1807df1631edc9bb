/** /admin show — the server's current settings. */
import type { Subcommand } from '../../src/discord/command.js';
import { readGuildSettings } from '../../src/discord/guild-settings.js';
import { deferFor, sendView } from '../../src/discord/respond.js';
import { settingsView } from './settings-view.js';

export const showSub: Subcommand = {
  name: 'show',
  description: "See this server's settings for me",
  async execute(interaction, ctx) {
    await deferFor(interaction, true);
    await sendView(interaction, settingsView(await readGuildSettings(ctx, interaction.guildId!)));
  },
};
