/**
 * /admin — server settings and reports for people who can manage the server (Manage Server).
 * Discord hides the command from everyone else (default_member_permissions), and every
 * subcommand checks the permission again at run time, since server owners can override who sees
 * a command.
 *
 * /admin questions: this month's most asked and unanswered /ask questions here (aggregates only).
 */
import {
  InteractionContextType,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type SlashCommandBuilder,
} from 'discord.js';
import { adminQuestionsView } from '../src/app/views/admin-questions.js';
import { groupCommand, type Command, type Subcommand } from '../src/discord/command.js';
import { deferFor, NO_MENTIONS, sendView } from '../src/discord/respond.js';

export const NOT_ADMIN = 'Only members who can manage this server can use /admin.';

/** True when the member may use /admin here; otherwise answers privately and returns false. */
export async function requireManageServer(interaction: ChatInputCommandInteraction): Promise<boolean> {
  if (interaction.inGuild() && interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  await interaction.reply({
    content: interaction.inGuild() ? NOT_ADMIN : '/admin works in a server, not in DMs.',
    flags: 64,
    allowedMentions: NO_MENTIONS,
  });
  return false;
}

const questions: Subcommand = {
  name: 'questions',
  description: "This month's most asked and unanswered /ask questions in this server",
  async execute(interaction, ctx) {
    if (!(await requireManageServer(interaction))) return;
    await deferFor(interaction, true);
    await sendView(interaction, await adminQuestionsView(ctx, interaction.guildId ?? ''));
  },
};

const built = groupCommand({
  name: 'admin',
  description: 'Server reports and settings (Manage Server only)',
  subcommands: [questions],
});
(built.data as SlashCommandBuilder)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export const command = built satisfies Command;
