/**
 * The permissions the bot asks for in the invite link (printed by `npm run deploy-commands`), each
 * for one thing it does. Without one, the bot falls back (see src/discord/chat.ts and
 * commands/mock/launch.ts) and says why in its log, but members get less.
 */
import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';

export const BOT_PERMISSIONS = {
  ViewChannel: 'see the channels it is used in',
  SendMessages: 'answer @mentions in a channel',
  SendMessagesInThreads: 'answer in threads (chat threads and mock interviews)',
  CreatePublicThreads: 'answer an @mention in a thread of its own',
  CreatePrivateThreads: 'run each mock interview in a private thread',
  ManageThreads: 'archive and lock a mock-interview thread when the session ends',
  ReadMessageHistory: 'reply to the message that mentioned it',
  EmbedLinks: 'show answers as embeds',
  AttachFiles: 'send files (a long draft, an export)',
} as const satisfies Partial<Record<keyof typeof PermissionFlagsBits, string>>;

export const BOT_PERMISSION_BITS: bigint = new PermissionsBitField(
  Object.keys(BOT_PERMISSIONS) as (keyof typeof BOT_PERMISSIONS)[],
).bitfield;

/** The OAuth2 link that adds the bot to a server with its slash commands and these permissions. */
export function inviteUrl(clientId: string): string {
  const q = new URLSearchParams({
    client_id: clientId,
    scope: 'bot applications.commands',
    permissions: BOT_PERMISSION_BITS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${q.toString()}`;
}
