/**
 * /admin — per-server settings and reports, for members with Manage Server: `show`, `chat`,
 * `replies`, `shares`, `questions` (the month's /ask questions, aggregates only). One module per subcommand under commands/admin/; add one (e.g. `questions`) by
 * writing commands/admin/<name>.ts and listing it below: it inherits the permission rules.
 *
 * Permissions, twice: Discord hides the command from members without Manage Server
 * (`default_member_permissions`, which a server's admins may override in Integrations), and every
 * run checks the member's permissions again, since an override can open it to others.
 * Server only: it is not offered in DMs.
 */
import { InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { groupCommand, type Command } from '../src/discord/command.js';
import { sendView } from '../src/discord/respond.js';
import { chatSub } from './admin/chat.js';
import { questionsSub } from './admin/questions.js';
import { repliesSub } from './admin/replies.js';
import { NOT_ADMIN, SERVER_ONLY } from './admin/settings-view.js';
import { sharesSub } from './admin/shares.js';
import { showSub } from './admin/show.js';

const group = groupCommand({
  name: 'admin',
  description: 'Server settings and reports for admins: chat, replies, shares, most asked questions',
  subcommands: [showSub, chatSub, repliesSub, sharesSub, questionsSub],
  configure: (b) =>
    b.setContexts(InteractionContextType.Guild).setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),
});

export const command: Command = {
  ...group,
  async execute(interaction, ctx) {
    if (!interaction.inGuild()) return sendView(interaction, SERVER_ONLY, { ephemeral: false });
    if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) {
      ctx.logger.info('admin: refused', { guildId: interaction.guildId, userId: interaction.user.id });
      return sendView(interaction, NOT_ADMIN, { ephemeral: true });
    }
    return group.execute(interaction, ctx);
  },
};
