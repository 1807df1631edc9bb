/**
 * `npm run deploy-commands [-- --guild ID]`: registers every command in the registry with Discord.
 * With --guild the commands go to that one server (instant; handy for testing; guild commands do
 * not appear in DMs); without it they are global (servers and DMs). Needs DISCORD_TOKEN and
 * DISCORD_CLIENT_ID; DISCORD_API_URL points it at another Discord-compatible server.
 * Exit status: 0 deployed, 2 bad configuration or arguments, 1 Discord refused.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { loadConfig } from '../config.js';
import { inviteUrl } from './bot-permissions.js';
import { COMMANDS } from './registry.js';
import type { Command } from './command.js';

export interface DeployOptions {
  token: string;
  clientId: string;
  apiUrl?: string;
  guildId?: string;
  commands?: readonly Command[];
}

export interface DeployResult {
  scope: 'global' | 'guild';
  names: string[];
}

export async function deployCommands(opts: DeployOptions): Promise<DeployResult> {
  const rest = new REST(opts.apiUrl ? { api: opts.apiUrl } : {}).setToken(opts.token);
  const body = (opts.commands ?? COMMANDS).map((c) => c.data.toJSON());
  const route = opts.guildId
    ? Routes.applicationGuildCommands(opts.clientId, opts.guildId)
    : Routes.applicationCommands(opts.clientId);
  const result = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return { scope: opts.guildId ? 'guild' : 'global', names: result.map((c) => c.name) };
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let guild: string | undefined;
  try {
    const { values } = parseArgs({ args: argv, options: { guild: { type: 'string' } }, strict: true });
    guild = values.guild;
  } catch (e) {
    process.stderr.write(`deploy-commands: ${(e as Error).message} (usage: npm run deploy-commands [-- --guild ID])\n`);
    return 2;
  }
  if (guild !== undefined && !/^\d{15,22}$/.test(guild)) {
    process.stderr.write(`deploy-commands: --guild: "${guild}" is not a server id (a 15-22 digit number)\n`);
    return 2;
  }
  const config = loadConfig(env);
  if (!config.ok) {
    for (const problem of config.error) process.stderr.write(`deploy-commands: ${problem}\n`);
    return 2;
  }
  const discord = config.value.discord;
  if (!discord || !discord.clientId) {
    const missing = [!discord && 'DISCORD_TOKEN', !discord?.clientId && 'DISCORD_CLIENT_ID'].filter(Boolean);
    process.stderr.write(
      `deploy-commands: ${missing.join(' and ')} must be set (see .env.example and the README's "Connect to Discord")\n`,
    );
    return 2;
  }
  try {
    const result = await deployCommands({
      token: discord.token,
      clientId: discord.clientId,
      ...(discord.apiUrl ? { apiUrl: discord.apiUrl } : {}),
      ...(guild ? { guildId: guild } : {}),
    });
    const where = guild
      ? `to server ${guild} (available now; guild commands do not show in DMs)`
      : 'globally (servers and DMs)';
    process.stdout.write(
      `Deployed ${result.names.length} commands ${where}: ${result.names.map((n) => `/${n}`).join(', ')}\n`,
    );
    process.stdout.write(`Invite the bot to a server (if you have not yet): ${inviteUrl(discord.clientId)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`deploy-commands: Discord refused the commands: ${(e as Error).message}\n`);
    return 1;
  }
}

// Run when executed directly (npm run deploy-commands), not when imported by tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`deploy-commands: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
