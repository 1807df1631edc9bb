import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_PERMISSION_BITS } from '../../src/discord/bot-permissions.js';
import { COMMANDS } from '../../src/discord/registry.js';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.js';
import { ROOT } from '../helpers/cli.js';

/** Runs the built deploy script the way `npm run deploy-commands -- …` does. */
function deploy(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/src/discord/deploy-commands.js'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run deploy-commands against the fake Discord', () => {
  let fake: FakeDiscord;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await startFakeDiscord({ token: 'deploy-token' });
    env = { DISCORD_TOKEN: 'deploy-token', DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_URL: fake.apiBase };
  });
  afterAll(async () => {
    await fake?.close();
  });

  const names = COMMANDS.map((c) => c.data.name).sort();

  it('deploys every command to one server with --guild', async () => {
    const guildId = fake.guilds[0]!.id;
    const r = await deploy(['--guild', guildId], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Deployed ${names.length} commands to server ${guildId}`));
    // And the invite link with exactly the permissions the README lists.
    const invite = new URL(/Invite the bot to a server[^:]*: (\S+)/.exec(r.stdout)![1]!);
    expect(invite.searchParams.get('scope')).toBe('bot applications.commands');
    expect(invite.searchParams.get('permissions')).toBe(BOT_PERMISSION_BITS.toString());
    expect(
      fake
        .commands(guildId)
        .map((c) => c.name)
        .sort(),
    ).toEqual(names);
    expect(fake.commands()).toEqual([]);
  });

  it('deploys globally without --guild, usable in servers and DMs', async () => {
    const r = await deploy([], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/global/);
    const deployed = fake.commands();
    expect(deployed.map((c) => c.name).sort()).toEqual(names);
    for (const c of deployed) {
      // Guild, BotDM; the server settings (/admin) only in servers.
      expect(c.contexts).toEqual(c.name === 'admin' ? [0] : [0, 1]);
      expect(c.integration_types).toEqual([0]); // GuildInstall
    }
    const call = fake.calls.find((c) => c.route === 'putGlobalCommands');
    expect(call?.headers.authorization).toBe('Bot deploy-token');
  });

  it('names the missing variables and exits 2', async () => {
    const r = await deploy([], { DISCORD_API_URL: fake.apiBase });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/DISCORD_TOKEN and DISCORD_CLIENT_ID must be set/);
  });

  it('rejects a --guild that is not a server id', async () => {
    const r = await deploy(['--guild', 'general'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--guild: "general" is not a server id/);
  });

  it('exits 1 and says so when Discord refuses the token', async () => {
    const r = await deploy([], { ...env, DISCORD_TOKEN: 'wrong-token' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Discord refused/);
  });
});
