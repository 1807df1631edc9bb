/** /admin chat enabled:<bool> [channel] — answer @mentions in a channel, or not. */
import { ChannelType } from 'discord.js';
import type { Subcommand } from '../../src/discord/command.js';
import { updateGuildSettings } from '../../src/discord/guild-settings.js';
import { deferFor, sendView } from '../../src/discord/respond.js';
import { settingsView } from './settings-view.js';

/** Channels people chat in (threads follow their parent's setting). */
export const CHAT_CHANNEL_TYPES = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.GuildForum,
] as const;

export const chatSub: Subcommand = {
  name: 'chat',
  description: 'Turn my answers to @mentions on or off in a channel (default: this channel)',
  options: (sub) =>
    sub
      .addBooleanOption((o) =>
        o.setName('enabled').setDescription('On: I answer @mentions there. Off: I stay quiet there').setRequired(true),
      )
      .addChannelOption((o) =>
        o
          .setName('channel')
          .setDescription('Which channel (default: this one); its threads follow it')
          .addChannelTypes(...CHAT_CHANNEL_TYPES),
      ),
  async execute(interaction, ctx) {
    const enabled = interaction.options.getBoolean('enabled', true);
    const picked = interaction.options.getChannel('channel');
    // Run inside a thread, "this channel" means the thread's parent, where the setting lives.
    const here = interaction.channel?.isThread() ? interaction.channel.parentId : interaction.channelId;
    const channelId = picked?.id ?? here ?? interaction.channelId;
    await deferFor(interaction, true);
    const after = await updateGuildSettings(ctx, interaction.guildId!, (s) => ({
      ...s,
      chatOff: enabled ? s.chatOff.filter((c) => c !== channelId) : [...new Set([...s.chatOff, channelId])],
    }));
    ctx.logger.info('admin: chat', { guildId: interaction.guildId, channelId, enabled, by: interaction.user.id });
    const lead = enabled
      ? `Chat is on in <#${channelId}>: I answer @mentions and replies there.`
      : `Chat is off in <#${channelId}>: I will not answer @mentions there. Slash commands still work.`;
    await sendView(interaction, settingsView(after, lead));
  },
};
