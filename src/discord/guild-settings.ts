/**
 * Per-server settings that a server's admins choose with /admin (commands/admin.ts): where the bot
 * answers @mentions, how (a thread per question or a plain reply), and where members may post the
 * public versions of their reports (`share`). Stored per server (store.getGuildRecord), never with
 * member data. A missing or unreadable record means the defaults, so a server that never ran
 * /admin behaves as before.
 */
import { z } from 'zod';
import type { AppContext } from '../app/context.js';

export const REPLY_MODES = ['threads', 'replies'] as const;
export type ReplyMode = (typeof REPLY_MODES)[number];

export const SHARE_MODES = ['anywhere', 'listed', 'off'] as const;
export type ShareMode = (typeof SHARE_MODES)[number];

const Snowflake = z.string().regex(/^\d{1,25}$/);

const GuildSettingsSchema = z.object({
  version: z.literal(1),
  /** Channels where @mentions are ignored (chat is on everywhere else). */
  chatOff: z.array(Snowflake).max(500),
  replies: z.enum(REPLY_MODES),
  shares: z.object({ mode: z.enum(SHARE_MODES), channels: z.array(Snowflake).max(100) }),
});
export type GuildSettings = z.infer<typeof GuildSettingsSchema>;

export const DEFAULT_GUILD_SETTINGS: GuildSettings = {
  version: 1,
  chatOff: [],
  replies: 'threads',
  shares: { mode: 'anywhere', channels: [] },
};

function parse(raw: unknown): GuildSettings {
  const parsed = GuildSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_GUILD_SETTINGS;
}

export async function readGuildSettings(ctx: AppContext, guildId: string): Promise<GuildSettings> {
  return parse(await ctx.store.getGuildRecord(guildId));
}

/** Applies `change` to the stored settings atomically; resolves with the settings after. */
export async function updateGuildSettings(
  ctx: AppContext,
  guildId: string,
  change: (current: GuildSettings) => GuildSettings,
): Promise<GuildSettings> {
  const after = await ctx.store.updateGuildRecord(guildId, (raw) => change(parse(raw)));
  return parse(after);
}

/** Is chat (answering @mentions) on in this channel? Threads follow their parent channel. */
export function chatAllowed(settings: GuildSettings, channelId: string): boolean {
  return !settings.chatOff.includes(channelId);
}

export type ShareVerdict = { ok: true } | { ok: false; reason: string };

/** May a member post a public share in this channel? The reason names where they may. */
export function shareAllowed(settings: GuildSettings, channelId: string): ShareVerdict {
  const { mode, channels } = settings.shares;
  if (mode === 'anywhere') return { ok: true };
  if (mode === 'listed' && channels.includes(channelId)) return { ok: true };
  if (mode === 'listed' && channels.length) {
    return {
      ok: false,
      reason: `This server keeps shared reports to ${channels.map((c) => `<#${c}>`).join(', ')}. Run the command there with share, or keep it private here.`,
    };
  }
  return {
    ok: false,
    reason: "This server's admins have turned off public shares, so nothing was posted for the channel.",
  };
}
