/**
 * The bench's 'bot' REST limiter pass, end to end: the built bench bot process (dist/, as `npm run
 * bench` runs it) against the fake Discord, which holds non-interaction calls to Discord's 50/s and
 * lets interaction callbacks and webhooks through, as Discord documents. With the bot's own setting
 * (discord.js's global counter off, src/discord/rest-budget.ts holding only the bot's own calls),
 * 50 members at once must all get their answer, none waiting on a global limit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotChild } from '../../bench/bot-child.js';
import { benchMember, Driver } from '../../bench/driver.js';
import { measureScenario, MemberPool } from '../../bench/latency.js';
import { pingCommand } from '../../bench/ping-command.js';
import { baselines } from '../../bench/scenarios.js';
import { deployCommands } from '../../src/discord/deploy-commands.js';
import { COMMANDS } from '../../src/discord/registry.js';
import { startFakeDiscord, type FakeDiscord, type RecordedCall } from '../fake-discord/server.js';
import { ROOT } from '../helpers/cli.js';

const MEMBERS = 50;

describe("bench: the 'bot' REST limiter pass", () => {
  let fake: FakeDiscord;
  let bot: BotChild | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'advisor-bench-limiter-'));

  beforeAll(async () => {
    fake = await startFakeDiscord();
    await deployCommands({
      token: 'bench-token',
      clientId: fake.applicationId,
      apiUrl: fake.apiBase,
      commands: [...COMMANDS, pingCommand],
    });
    const child = (await import(
      pathToFileURL(join(ROOT, 'dist/bench/bot-child.js')).href
    )) as typeof import('../../bench/bot-child.js');
    bot = await child.spawnBotChild({
      apiBase: fake.apiBase,
      applicationId: fake.applicationId,
      storeUrl: `sqlite://${join(dir, 'store.sqlite')}`,
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 50 members at once with the bot's own setting, after a lifted pass, without waiting on a global limit", async () => {
    const d = new Driver(fake, bot!, fake.guilds[0]!.id);
    const pool = new MemberPool(Array.from({ length: MEMBERS }, (_, i) => benchMember(i + 1)));
    // Every interaction call the fake refused (read per wave, before the bench forgets the log).
    const refused: string[] = [];
    const base = baselines().find((s) => s.place === 'guild')!;
    const ping = {
      ...base,
      after: (_m: unknown, calls: readonly RecordedCall[]) =>
        refused.push(...calls.filter((c) => c.status === 429).map((c) => c.route)),
    };
    const pass = { concurrency: MEMBERS, warmup: 0, iterations: MEMBERS } as const;

    // The order `npm run bench` uses: a lifted pass first, then the bot's own setting.
    await bot!.restLimit('lifted');
    const lifted = await measureScenario(d, ping, pool, { ...pass, restLimiter: 'lifted' });
    await bot!.restLimit('bot');
    const own = await measureScenario(d, ping, pool, { ...pass, restLimiter: 'bot' });

    for (const row of [lifted, own]) {
      expect(row.reason, row.restLimiter).toBeUndefined();
      expect(row).toMatchObject({ status: 'ok', errors: 0, restCalls: 2 });
      expect(row.final!.n).toBe(MEMBERS);
    }
    // A deferral and one edit each: 100 interaction calls, which Discord does not count globally,
    // so nothing may wait a global window (1 s) for them, on either side.
    expect(refused).toEqual([]);
    expect(bot!.problems.filter((line) => /rate limit/.test(line))).toEqual([]);
    expect(own.final!.max).toBeLessThan(1000);
  }, 60_000);
});
