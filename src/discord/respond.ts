/**
 * Sending a View as the answer to an interaction, whatever state the interaction is in (fresh,
 * deferred, already answered), with the privacy rule applied: personal views are ephemeral in
 * servers and normal messages in DMs. Every send carries `allowedMentions: { parse: [] }`.
 */
import { MessageFlags, type ButtonInteraction, type Interaction, type RepliableInteraction } from 'discord.js';
import type { View } from '../app/view.js';
import { renderDiscord, type DiscordMessage } from './render.js';

/** Never ping anyone: no @everyone, roles, users, or the author of a replied-to message. */
export const NO_MENTIONS = { parse: [] as [], repliedUser: false };

/** Personal replies are ephemeral in servers; in a DM only the member can see them anyway. */
export function shouldBeEphemeral(interaction: Interaction, personal: boolean): boolean {
  return personal && interaction.inGuild();
}

/**
 * Acknowledge now, answer later (Discord allows 3 s for the first response). Call this before any
 * store read or slow work. `personal` fixes the ephemerality of the final answer.
 */
export async function deferFor(interaction: RepliableInteraction, personal: boolean): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  await interaction.deferReply(shouldBeEphemeral(interaction, personal) ? { flags: MessageFlags.Ephemeral } : {});
}

export function toPayload(m: DiscordMessage) {
  return {
    ...(m.content !== undefined ? { content: m.content } : {}),
    embeds: m.embeds,
    components: m.components,
    files: m.files,
    allowedMentions: NO_MENTIONS,
  };
}

export interface SendOptions {
  /**
   * Override the privacy rule (e.g. the member chose `share` or `private`). After a deferral this
   * only affects follow-ups: the deferred message keeps the visibility it was deferred with.
   */
  ephemeral?: boolean;
  /** For buttons and selects: replace the message the component is on instead of replying. */
  update?: boolean;
}

export async function sendView(interaction: RepliableInteraction, v: View, opts: SendOptions = {}): Promise<void> {
  const [first, ...rest] = renderDiscord(v);
  if (!first) return;
  // Once deferred or answered, the visibility is fixed for the original message and, unless the
  // caller explicitly says otherwise, follow-ups match it so nothing private leaks.
  const fixed = interaction.deferred || interaction.replied ? interaction.ephemeral : null;
  const ephemeral = opts.ephemeral ?? fixed ?? shouldBeEphemeral(interaction, v.personal);
  const flags = ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};

  const canUpdate = opts.update && (interaction.isMessageComponent() || interaction.isModalSubmit());
  if (canUpdate && !interaction.deferred && !interaction.replied) {
    await (interaction as ButtonInteraction).update(toPayload(first));
  } else if (interaction.deferred && !interaction.replied && (interaction.ephemeral !== null || canUpdate)) {
    // A deferred reply (or a deferred update we were asked to replace): edit it in place.
    await interaction.editReply(toPayload(first));
  } else if (interaction.deferred || interaction.replied) {
    await interaction.followUp({ ...toPayload(first), ...flags });
  } else {
    await interaction.reply({ ...toPayload(first), ...flags });
  }
  for (const m of rest) await interaction.followUp({ ...toPayload(m), ...flags });
}
