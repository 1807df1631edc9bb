/**
 * End-to-end harness: the fake Discord, a real AppContext on a temporary SQLite store, and the
 * real bot (createBot) logged in against the fake, with every command deployed globally so the
 * fake knows their option types. Teardown: client.destroy, then fake.close, then the store.
 *
 *   const h = await startBot();
 *   const reply = h.fake.interaction.slash({ name: 'ask', options: { question: 'visa?' }, guildId: h.guildId });
 *   ...
 *   await h.close();
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { createAppContext, type AppContext } from '../../src/app/context.js';
import type { Logger } from '../../src/app/logger.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createBot, type Bot } from '../../src/discord/client.js';
import type { Command } from '../../src/discord/command.js';
import { deployCommands } from '../../src/discord/deploy-commands.js';
import { COMMANDS, createRegistry } from '../../src/discord/registry.js';
import { embedSize, LIMITS } from '../../src/discord/render.js';
import {
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
  type RecordedCall,
} from '../fake-discord/server.js';

export interface LogEntry {
  level: string;
  msg: string;
  fields: Record<string, unknown>;
}

export interface BotHarness {
  fake: FakeDiscord;
  ctx: AppContext;
  bot: Bot;
  config: Config;
  /** Everything the bot logged (JSON-lines logger replaced by a recorder). */
  logs: LogEntry[];
  /** The fake's default guild and its first text channel. */
  guildId: string;
  channelId: string;
  /** Resolves when no handler is running (every reply and follow-up has been sent). */
  settled(timeoutMs?: number): Promise<void>;
  /** Stops the bot and closes the store, then starts a new bot on the same store and fake. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface StartBotOptions {
  /** Commands beyond the real ones (e.g. one that throws), deployed and routed like them. */
  extraCommands?: Command[];
  fake?: FakeDiscordOptions;
  /** Extra environment for loadConfig (PROFILE_SECRET, STORE_URL=redis://…). */
  env?: Record<string, string>;
  now?: () => Date;
}

/** Distinct members for tests: `member(1)`, `member(2)`… as fake-discord user inputs. */
export function member(n: number): { id: string; username: string; global_name: string } {
  return { id: `3000000000000000${String(n).padStart(2, '0')}`, username: `member${n}`, global_name: `Member ${n}` };
}

function recordingLogger(entries: LogEntry[]): Logger {
  const at =
    (level: string) =>
    (msg: string, fields: Record<string, unknown> = {}) =>
      void entries.push({ level, msg, fields });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export async function startBot(opts: StartBotOptions = {}): Promise<BotHarness> {
  const fake = await startFakeDiscord(opts.fake);
  const dir = mkdtempSync(join(tmpdir(), 'advisor-e2e-'));
  const loaded = loadConfig({
    DISCORD_TOKEN: 'e2e-token',
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiBase,
    STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`,
    LOG_LEVEL: 'silent',
    ...opts.env,
  });
  if (!loaded.ok) throw new Error(`test config: ${loaded.error.join('; ')}`);
  const config = loaded.value;
  const commands = [...COMMANDS, ...(opts.extraCommands ?? [])];
  await deployCommands({ token: 'e2e-token', clientId: fake.applicationId, apiUrl: fake.apiBase, commands });

  const logs: LogEntry[] = [];
  const logger = recordingLogger(logs);
  const boot = async () => {
    const ctx = await createAppContext(config, { logger, ...(opts.now ? { now: opts.now } : {}) });
    const bot = createBot(ctx, { registry: createRegistry(commands) });
    await bot.start();
    return { ctx, bot };
  };
  let running = await boot();
  const guild = fake.guilds[0];
  if (!guild) throw new Error('the fake has no guild');

  const harness: BotHarness = {
    fake,
    get ctx() {
      return running.ctx;
    },
    get bot() {
      return running.bot;
    },
    config,
    logs,
    guildId: guild.id,
    channelId: guild.channels[0]!.id,
    async settled(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      // A handler starts when its gateway event arrives: give the dispatch a moment to land.
      await new Promise((r) => setTimeout(r, 20));
      while (running.bot.inflight.size > 0) {
        if (Date.now() > deadline) throw new Error(`handlers still running after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async restart() {
      await running.bot.stop();
      await running.ctx.store.close();
      running = await boot();
    },
    async close() {
      try {
        await running.bot.stop(2000);
      } finally {
        await fake.close();
        await running.ctx.store.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  return harness;
}

export interface UseBotChecks {
  /** `h.fake.reset()` before each test. */
  reset?: boolean;
  /** After each test: the bot only called endpoints Discord has (the fake answers anything else with a 404). */
  unknown?: boolean;
  /** After each test: no message pinged anyone and every message fit Discord's limits. */
  checks?: boolean;
}

/**
 * Registers, inside the calling `describe`, the hooks of a bot shared by its tests: started
 * before all (with `opts`, or what `opts()` returns then), closed after all, and the per-test
 * reset and checks of `UseBotChecks`. Returns a harness that reads through to the running one.
 */
export function useBot(
  opts: StartBotOptions | (() => StartBotOptions) = {},
  { reset = true, unknown = true, checks = true }: UseBotChecks = {},
): BotHarness {
  let current: BotHarness | undefined;
  const h = (): BotHarness => {
    if (!current) throw new Error('useBot: the bot is not running (use the harness inside a test)');
    return current;
  };
  beforeAll(async () => {
    current = await startBot(typeof opts === 'function' ? opts() : opts);
  });
  afterAll(async () => {
    await current?.close();
  });
  if (reset) beforeEach(() => h().fake.reset());
  if (unknown || checks) {
    afterEach(() => {
      if (unknown) expect(h().fake.unknownCalls()).toEqual([]);
      if (checks) {
        expectNoPings(h().fake.calls);
        expectWithinLimits(h().fake.calls);
      }
    });
  }
  return {
    get fake() {
      return h().fake;
    },
    get ctx() {
      return h().ctx;
    },
    get bot() {
      return h().bot;
    },
    get config() {
      return h().config;
    },
    get logs() {
      return h().logs;
    },
    get guildId() {
      return h().guildId;
    },
    get channelId() {
      return h().channelId;
    },
    settled: (timeoutMs) => h().settled(timeoutMs),
    restart: () => h().restart(),
    close: () => h().close(),
  };
}

/** Where an interaction happens: the harness's guild, or a DM. */
export function where(h: BotHarness, guild: boolean): { guildId?: string } {
  return guild ? { guildId: h.guildId } : {};
}

// ---------------------------------------------------------------------------------------------
// Assertions shared by the end-to-end tests

/** The message body of a call the bot made (callback `data`, or the webhook/channel body). */
export function messageBody(call: RecordedCall): Record<string, unknown> | undefined {
  const body = call.body as Record<string, unknown> | undefined;
  if (!body) return undefined;
  if (call.route === 'interactionCallback') return body.data as Record<string, unknown> | undefined;
  return body;
}

const SENDING_ROUTES = new Set([
  'interactionCallback',
  'editWebhookMessage',
  'createFollowUp',
  'createMessage',
  'editMessage',
]);

/** Every message the bot sent carries `allowed_mentions: { parse: [] }` and never pings a replied-to user. */
export function expectNoPings(calls: readonly RecordedCall[]): void {
  const sent = calls.filter((c) => SENDING_ROUTES.has(c.route));
  for (const call of sent) {
    // A modal (callback type 9) is a form, not a message: mentions do not apply to it.
    if (call.route === 'interactionCallback' && (call.body as { type?: number } | undefined)?.type === 9) continue;
    const body = messageBody(call);
    if (!body || !('content' in body || 'embeds' in body || 'components' in body)) continue; // defers carry no message
    expect(body.allowed_mentions, `${call.method} ${call.path}`).toMatchObject({ parse: [] });
    expect((body.allowed_mentions as { replied_user?: boolean }).replied_user ?? false).toBe(false);
  }
}

/** Every message the bot sent fits Discord's limits. */
export function expectWithinLimits(calls: readonly RecordedCall[]): void {
  for (const call of calls.filter((c) => SENDING_ROUTES.has(c.route))) {
    expect(call.status, `${call.method} ${call.path}: ${JSON.stringify(call.response)}`).toBeLessThan(400);
    const body = messageBody(call);
    if (!body) continue;
    expect(((body.content as string | undefined) ?? '').length).toBeLessThanOrEqual(LIMITS.content);
    const embeds = (body.embeds as APIEmbed[] | undefined) ?? [];
    expect(embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
    expect(embeds.reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(LIMITS.embedsTotal);
    for (const e of embeds) {
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fieldsPerEmbed);
      for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
  }
}

/** All text of a message body (content, embed titles, descriptions, fields, footers), for searching. */
export function textOf(body: Record<string, unknown> | undefined): string {
  if (!body) return '';
  const embeds = (body.embeds as APIEmbed[] | undefined) ?? [];
  return [
    body.content ?? '',
    ...embeds.flatMap((e) => [
      e.title,
      e.description,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text,
    ]),
  ]
    .filter(Boolean)
    .join('\n');
}

/** Custom ids of every component in a message body. */
export function customIdsOf(body: Record<string, unknown> | undefined): string[] {
  const rows = (body?.components as Array<{ components: Array<{ custom_id?: string }> }> | undefined) ?? [];
  return rows.flatMap((r) => r.components.map((c) => c.custom_id ?? '')).filter(Boolean);
}
