// Raw Discord API objects (users, guilds, channels, members, messages, gateway payloads),
// complete enough that the real discord.js structures build from them without mocks.

import {
  ChannelType,
  MessageType,
  PermissionFlagsBits,
  type APIAttachment,
  type APIEmbed,
  type APIGuildMember,
  type APIMessage,
  type APIMessageTopLevelComponent,
  type APIRole,
  type APIUser,
  type GatewayGuildCreateDispatchData,
  type GatewayReadyDispatchData,
  type GuildMemberFlags,
  type GuildSystemChannelFlags,
  type RoleFlags,
  type UserFlags,
  type Locale,
} from 'discord.js';
import { snowflake } from './snowflake.js';

const perms = (...bits: bigint[]): string => bits.reduce((a, b) => a | b, 0n).toString();

/** What an ordinary member may do (sent as `member.permissions`). */
export const DEFAULT_MEMBER_PERMISSIONS = perms(
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.CreatePublicThreads,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.AddReactions,
  PermissionFlagsBits.UseApplicationCommands,
);
/** What the bot may do in a channel (sent as `app_permissions`). */
export const DEFAULT_APP_PERMISSIONS = perms(BigInt(DEFAULT_MEMBER_PERMISSIONS), PermissionFlagsBits.UseExternalEmojis);

/**
 * What an admin grants the bot when inviting it with the README's link: Discord turns these into
 * the bot's managed role (`tags.bot_id`), added on top of @everyone's permissions.
 */
export const DEFAULT_BOT_ROLE_PERMISSIONS = perms(
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.CreatePublicThreads,
  PermissionFlagsBits.CreatePrivateThreads,
  PermissionFlagsBits.ManageThreads,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.ReadMessageHistory,
);

/** A permission name (`'CreatePublicThreads'`) or bit. */
export type PermissionInput = keyof typeof PermissionFlagsBits | bigint;
export const permissionBits = (list: readonly PermissionInput[] = []): bigint =>
  list.reduce<bigint>((a, p) => a | (typeof p === 'bigint' ? p : PermissionFlagsBits[p]), 0n);

/** A user given as an id, a partial user, or nothing (a default test user). */
export type UserInput = string | (Partial<APIUser> & { id?: string });

export function makeUser(input: UserInput = {}): APIUser {
  const partial = typeof input === 'string' ? { id: input } : input;
  const id = partial.id ?? snowflake();
  return {
    id,
    username: `user${id.slice(-4)}`,
    discriminator: '0',
    global_name: null,
    avatar: null,
    public_flags: 0 as UserFlags,
    flags: 0 as UserFlags,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    collectibles: null,
    primary_guild: null,
    ...partial,
  };
}

/** A guild channel or DM channel as Discord sends it (loosely typed: many shapes exist). */
export interface FakeChannel {
  id: string;
  type: ChannelType;
  guild_id?: string;
  name?: string;
  parent_id?: string | null;
  recipients?: APIUser[];
  [key: string]: unknown;
}

export interface GuildChannelConfig {
  id?: string;
  name?: string;
  type?: ChannelType;
  parentId?: string;
  /** Permissions taken from (or given to) the bot in this channel: a member overwrite, as an admin would set. */
  botDeny?: PermissionInput[];
  botAllow?: PermissionInput[];
}

export interface GuildConfig {
  id?: string;
  name?: string;
  ownerId?: string;
  locale?: Locale;
  channels?: GuildChannelConfig[];
  roles?: Array<{ id?: string; name: string; permissions?: string }>;
  /** Permissions of the bot's managed role (default DEFAULT_BOT_ROLE_PERMISSIONS). */
  botPermissions?: PermissionInput[];
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  locale: Locale;
  channels: FakeChannel[];
  roles: APIRole[];
  /** The role Discord creates for the bot when it joins (`managed`, `tags.bot_id`). */
  botRoleId: string;
}

export function makeRole(
  guildId: string,
  input: { id?: string; name: string; permissions?: string },
  position: number,
) {
  const role: APIRole = {
    id: input.id ?? snowflake(),
    name: input.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: input.permissions ?? DEFAULT_MEMBER_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
  if (position === 0) role.id = guildId; // @everyone shares the guild's id
  return role;
}

export function makeGuildChannel(
  guildId: string,
  config: GuildChannelConfig,
  position: number,
  botUserId = '',
): FakeChannel {
  const type = config.type ?? ChannelType.GuildText;
  const deny = permissionBits(config.botDeny);
  const allow = permissionBits(config.botAllow);
  return {
    id: config.id ?? snowflake(),
    type,
    guild_id: guildId,
    name: config.name ?? `channel-${position}`,
    position,
    parent_id: config.parentId ?? null,
    permission_overwrites:
      deny || allow ? [{ id: botUserId, type: 1, allow: allow.toString(), deny: deny.toString() }] : [],
    nsfw: false,
    flags: 0,
    ...(type === ChannelType.GuildText || type === ChannelType.GuildAnnouncement
      ? { topic: null, last_message_id: null, rate_limit_per_user: 0 }
      : {}),
  };
}

export function resolveGuild(config: GuildConfig, botUser: APIUser): FakeGuild {
  const id = config.id ?? snowflake();
  const channels = (config.channels ?? [{ name: 'general' }]).map((c, i) => makeGuildChannel(id, c, i, botUser.id));
  const roles = [{ name: '@everyone' }, ...(config.roles ?? [])].map((r, i) => makeRole(id, r, i));
  const botRole = makeRole(
    id,
    {
      name: botUser.username,
      permissions: config.botPermissions
        ? permissionBits(config.botPermissions).toString()
        : DEFAULT_BOT_ROLE_PERMISSIONS,
    },
    roles.length,
  );
  botRole.managed = true;
  botRole.tags = { bot_id: botUser.id };
  return {
    id,
    name: config.name ?? 'Test Guild',
    ownerId: config.ownerId ?? '100000000000000999',
    locale: config.locale ?? ('en-US' as Locale),
    channels,
    roles: [...roles, botRole],
    botRoleId: botRole.id,
  };
}

export function makeMember(
  user: APIUser,
  opts: { roles?: string[]; nick?: string | null; joinedAt?: string } = {},
): APIGuildMember & { user: APIUser } {
  return {
    user,
    nick: opts.nick ?? null,
    avatar: null,
    banner: null,
    roles: opts.roles ?? [],
    joined_at: opts.joinedAt ?? new Date(Date.now() - 30 * 86_400_000).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

export function makeDMChannel(id: string, recipient: APIUser): FakeChannel {
  return { id, type: ChannelType.DM, last_message_id: null, flags: 0, recipients: [recipient] };
}

export function guildCreatePayload(guild: FakeGuild, botUser: APIUser): GatewayGuildCreateDispatchData {
  const joinedAt = new Date(Date.now() - 86_400_000).toISOString();
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_progress_bar_enabled: false,
    premium_subscription_count: 0,
    preferred_locale: guild.locale,
    features: [],
    emojis: [],
    stickers: [],
    roles: guild.roles,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    hub_type: null,
    incidents_data: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    members: [makeMember(botUser, { joinedAt, roles: [guild.botRoleId] })],
    channels: guild.channels as unknown as GatewayGuildCreateDispatchData['channels'],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export function readyPayload(args: {
  botUser: APIUser;
  applicationId: string;
  applicationFlags: number;
  guildIds: string[];
  sessionId: string;
  resumeUrl: string;
  shard: [number, number];
}): GatewayReadyDispatchData {
  return {
    v: 10,
    user: { ...args.botUser, verified: true, mfa_enabled: false, email: null },
    guilds: args.guildIds.map((id) => ({ id, unavailable: true })),
    session_id: args.sessionId,
    resume_gateway_url: args.resumeUrl,
    shard: args.shard,
    application: { id: args.applicationId, flags: args.applicationFlags, flags_new: String(args.applicationFlags) },
  };
}

export interface MessageInput {
  id?: string;
  channelId: string;
  guildId?: string | undefined;
  author: APIUser;
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
  attachments?: APIAttachment[];
  mentions?: APIUser[];
  mentionRoles?: string[];
  flags?: number;
  type?: MessageType;
  webhookId?: string;
  applicationId?: string;
  messageReference?: APIMessage['message_reference'];
  interactionMetadata?: APIMessage['interaction_metadata'];
}

export function makeMessage(input: MessageInput): APIMessage & { guild_id?: string } {
  return {
    id: input.id ?? snowflake(),
    type: input.type ?? MessageType.Default,
    channel_id: input.channelId,
    ...(input.guildId ? { guild_id: input.guildId } : {}),
    author: input.author,
    content: input.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: input.mentions ?? [],
    mention_roles: input.mentionRoles ?? [],
    attachments: input.attachments ?? [],
    embeds: input.embeds ?? [],
    components: input.components ?? [],
    pinned: false,
    flags: input.flags ?? 0,
    ...(input.webhookId ? { webhook_id: input.webhookId } : {}),
    ...(input.applicationId ? { application_id: input.applicationId } : {}),
    ...(input.messageReference ? { message_reference: input.messageReference } : {}),
    ...(input.interactionMetadata ? { interaction_metadata: input.interactionMetadata } : {}),
  };
}
