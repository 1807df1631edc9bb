// The bot's permissions in a channel, computed the way Discord documents it (topics/permissions:
// base permissions from @everyone and the member's roles, Administrator grants everything, then
// the channel's overwrites for @everyone, the roles, and the member). Threads use their parent's.
// The same data reaches discord.js in GUILD_CREATE, so `channel.permissionsFor(me)` agrees.

import { ChannelType, PermissionFlagsBits } from 'discord.js';
import type { FakeChannel, FakeGuild, PermissionInput } from './payloads.js';
import { permissionBits } from './payloads.js';
import type { FakeState } from './state.js';

const ALL = Object.values(PermissionFlagsBits).reduce((a, b) => a | b, 0n);

export const THREAD_TYPES: readonly ChannelType[] = [
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
];

export const isThread = (channel: FakeChannel | undefined): boolean =>
  channel !== undefined && THREAD_TYPES.includes(channel.type);

interface Overwrite {
  id: string;
  type: number;
  allow: string;
  deny: string;
}

/** Effective permissions of the bot in `channelId` (every bit for DMs and unknown guild data). */
export function botPermissions(state: FakeState, channelId: string): bigint {
  const channel = state.channels.get(channelId);
  if (!channel?.guild_id) return ALL;
  const guild = state.guilds.get(channel.guild_id);
  if (!guild) return ALL;
  const scope = isThread(channel) && channel.parent_id ? (state.channels.get(channel.parent_id) ?? channel) : channel;
  return permissionsIn(guild, scope, state.botUser.id, [guild.botRoleId]);
}

export function permissionsIn(guild: FakeGuild, channel: FakeChannel, memberId: string, roleIds: string[]): bigint {
  const everyone = guild.roles.find((r) => r.id === guild.id);
  let base = BigInt(everyone?.permissions ?? '0');
  for (const role of guild.roles) if (roleIds.includes(role.id)) base |= BigInt(role.permissions);
  if (base & PermissionFlagsBits.Administrator) return ALL;
  const overwrites = (channel.permission_overwrites as Overwrite[] | undefined) ?? [];
  const apply = (ow: Overwrite | undefined) => {
    if (ow) base = (base & ~BigInt(ow.deny)) | BigInt(ow.allow);
  };
  apply(overwrites.find((o) => o.id === guild.id));
  let allow = 0n;
  let deny = 0n;
  for (const o of overwrites) {
    if (o.type === 0 && roleIds.includes(o.id)) {
      allow |= BigInt(o.allow);
      deny |= BigInt(o.deny);
    }
  }
  base = (base & ~deny) | allow;
  apply(overwrites.find((o) => o.type === 1 && o.id === memberId));
  return base;
}

export function hasAll(perms: bigint, ...needed: bigint[]): boolean {
  return needed.every((p) => (perms & p) === p);
}

/** Sets (replaces) the bot's member overwrite on a channel. */
export function setBotOverwrite(
  state: FakeState,
  channelId: string,
  change: { deny?: PermissionInput[]; allow?: PermissionInput[] },
): FakeChannel {
  const channel = state.channels.get(channelId);
  if (!channel) throw new Error(`fake-discord: unknown channel ${channelId}`);
  const others = ((channel.permission_overwrites as Overwrite[] | undefined) ?? []).filter(
    (o) => !(o.type === 1 && o.id === state.botUser.id),
  );
  const deny = permissionBits(change.deny);
  const allow = permissionBits(change.allow);
  channel.permission_overwrites =
    deny || allow
      ? [...others, { id: state.botUser.id, type: 1, allow: allow.toString(), deny: deny.toString() }]
      : others;
  return channel;
}
