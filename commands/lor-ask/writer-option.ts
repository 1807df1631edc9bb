/**
 * The `writer` option shared by /lor-ask email and /lor-ask package: free text with autocomplete
 * over the member's own writers. Autocomplete values are not confined to the choices, so the
 * views validate whatever arrives (an unknown name gets the list of writers).
 */
import type { AutocompleteInteraction, SlashCommandSubcommandBuilder } from 'discord.js';
import type { AppContext } from '../../src/app/context.js';
import { writerChoices } from '../../src/app/lor/writers.js';

export function writerOption(sub: SlashCommandSubcommandBuilder, what: string): SlashCommandSubcommandBuilder {
  return sub.addStringOption((o) =>
    o
      .setName('writer')
      .setDescription(`${what} (default: your strongest writer not yet asked)`)
      .setAutocomplete(true)
      .setMaxLength(200),
  );
}

export async function autocompleteWriter(interaction: AutocompleteInteraction, ctx: AppContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name !== 'writer') return interaction.respond([]);
  // No defer exists for autocomplete: one store read, answered within Discord's 3 s.
  const profile = await ctx.store.getProfile(interaction.user.id);
  await interaction.respond(writerChoices(profile, String(focused.value)));
}

/** Console: everything after the subcommand is the writer's name (may contain spaces). */
export const restAsWriter = (rest: string): string | undefined => (rest.trim() ? rest.trim() : undefined);
