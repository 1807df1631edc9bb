/**
 * May this member post a public share here? The server's `/admin shares` setting decides; threads
 * count as their parent channel. Read only when a share is asked for.
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { AppContext } from '../app/context.js';
import { readGuildSettings, shareAllowed, type ShareVerdict } from './guild-settings.js';

export async function shareVerdict(ctx: AppContext, interaction: ChatInputCommandInteraction): Promise<ShareVerdict> {
  if (!interaction.guildId) return { ok: true };
  const channel = interaction.channel;
  const home = channel?.isThread() ? (channel.parentId ?? interaction.channelId) : interaction.channelId;
  return shareAllowed(await readGuildSettings(ctx, interaction.guildId), home);
}
