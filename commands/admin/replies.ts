/** /admin replies mode:<threads|replies> — how I answer an @mention in a channel. */
import type { Subcommand } from '../../src/discord/command.js';
import { REPLY_MODES, updateGuildSettings, type ReplyMode } from '../../src/discord/guild-settings.js';
import { UserError } from '../../src/core/errors.js';
import { deferFor, sendView } from '../../src/discord/respond.js';
import { settingsView } from './settings-view.js';

const LABEL: Record<ReplyMode, string> = {
  threads: 'A public thread per question (keeps the channel tidy)',
  replies: 'A reply under the question',
};

export const repliesSub: Subcommand = {
  name: 'replies',
  description: 'How I answer an @mention: in a new thread, or as a reply',
  options: (sub) =>
    sub.addStringOption((o) =>
      o
        .setName('mode')
        .setDescription('Threads or replies')
        .setRequired(true)
        .addChoices(...REPLY_MODES.map((m) => ({ name: LABEL[m], value: m }))),
    ),
  async execute(interaction, ctx) {
    const mode = interaction.options.getString('mode', true);
    // Choices are enforced by Discord, but an option value can be forged: check it.
    if (!(REPLY_MODES as readonly string[]).includes(mode)) throw new UserError('mode: choose threads or replies');
    await deferFor(interaction, true);
    const after = await updateGuildSettings(ctx, interaction.guildId!, (s) => ({ ...s, replies: mode as ReplyMode }));
    ctx.logger.info('admin: replies', { guildId: interaction.guildId, mode, by: interaction.user.id });
    await sendView(
      interaction,
      settingsView(after, `I will now answer mentions ${mode === 'threads' ? 'in a new thread' : 'with a reply'}.`),
    );
  },
};
