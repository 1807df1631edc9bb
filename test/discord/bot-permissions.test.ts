import { describe, expect, it } from 'vitest';
import { BOT_PERMISSION_BITS, BOT_PERMISSIONS, inviteUrl } from '../../src/discord/bot-permissions.js';
import { DEFAULT_BOT_ROLE_PERMISSIONS } from '../fake-discord/payloads.js';

describe('the permissions the bot asks for', () => {
  it('are exactly what the fake Discord gives its role by default, so the tests run as invited', () => {
    expect(BigInt(DEFAULT_BOT_ROLE_PERMISSIONS)).toBe(BOT_PERMISSION_BITS);
  });

  it('never include an administrator-level permission', () => {
    expect(Object.keys(BOT_PERMISSIONS)).not.toContain('Administrator');
    expect(Object.keys(BOT_PERMISSIONS)).not.toContain('ManageGuild');
    expect(Object.keys(BOT_PERMISSIONS)).not.toContain('ManageMessages');
  });

  it('go into an invite link with the bot and slash-command scopes', () => {
    const url = new URL(inviteUrl('1200000000000000001'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('permissions')).toBe('395137108992');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
  });
});
