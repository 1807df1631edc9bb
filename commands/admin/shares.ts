/**
 * /admin shares [mode:<anywhere|listed|off>] [channel] [allowed:<bool>] — where members may post
 * the public (redacted) versions of /redflag and /profile show. `channel` with `allowed` edits the
 * list used by mode `listed`; giving a channel alone allows it there and switches to `listed`.
 */
import type { Subcommand } from '../../src/discord/command.js';
import { UserError } from '../../src/core/errors.js';
import { SHARE_MODES, updateGuildSettings, type ShareMode } from '../../src/discord/guild-settings.js';
import { deferFor, sendView } from '../../src/discord/respond.js';
import { CHAT_CHANNEL_TYPES } from './chat.js';
import { settingsView } from './settings-view.js';

const LABEL: Record<ShareMode, string> = {
  anywhere: 'Anywhere',
  listed: 'Only in the channels I list',
  off: 'Nowhere (shares turned off)',
};

export const sharesSub: Subcommand = {
  name: 'shares',
  description: 'Where members may post the public version of their report (share)',
  options: (sub) =>
    sub
      .addStringOption((o) =>
        o
          .setName('mode')
          .setDescription('Anywhere, only listed channels, or nowhere')
          .addChoices(...SHARE_MODES.map((m) => ({ name: LABEL[m], value: m }))),
      )
      .addChannelOption((o) =>
        o
          .setName('channel')
          .setDescription('A channel to add to (or remove from) the list')
          .addChannelTypes(...CHAT_CHANNEL_TYPES),
      )
      .addBooleanOption((o) =>
        o.setName('allowed').setDescription('With channel: true adds it to the list (default), false removes it'),
      ),
  async execute(interaction, ctx) {
    const mode = interaction.options.getString('mode');
    const channel = interaction.options.getChannel('channel');
    const allowed = interaction.options.getBoolean('allowed') ?? true;
    if (mode !== null && !(SHARE_MODES as readonly string[]).includes(mode)) {
      throw new UserError('mode: choose anywhere, listed or off');
    }
    if (mode === null && channel === null) {
      throw new UserError(
        '/admin shares: choose a mode, or a channel to allow (see /admin show for the current setting)',
      );
    }
    await deferFor(interaction, true);
    const after = await updateGuildSettings(ctx, interaction.guildId!, (s) => {
      const listed = channel
        ? allowed
          ? [...new Set([...s.shares.channels, channel.id])]
          : s.shares.channels.filter((c) => c !== channel.id)
        : s.shares.channels;
      // A channel given without a mode means "allow it here": the list only matters in `listed`.
      const next = (mode as ShareMode | null) ?? (channel && allowed ? 'listed' : s.shares.mode);
      return { ...s, shares: { mode: next, channels: listed } };
    });
    ctx.logger.info('admin: shares', {
      guildId: interaction.guildId,
      mode: after.shares.mode,
      by: interaction.user.id,
    });
    await sendView(interaction, settingsView(after, 'Saved.'));
  },
};
