/** A component handler for a feature that is not built yet: an honest, ephemeral "coming soon". */
import { MessageFlags } from 'discord.js';
import type { ComponentHandler } from './command.js';
import { NO_MENTIONS } from './respond.js';

export function comingSoon(what: string): ComponentHandler {
  return async (interaction) => {
    await interaction.reply({
      content: `${what} is coming soon. Meanwhile, /help lists what works today.`,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
  };
}
