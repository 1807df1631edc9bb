import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { fetchRecommendedShards } from '../../src/shard/manager.js';
import { parseShardList, wantsShards } from '../../src/shard/shard-config.js';
import { startFakeDiscord } from '../fake-discord/server.js';
import { ROOT } from '../helpers/cli.js';

const REDIS = { DISCORD_TOKEN: 'tok', STORE_URL: 'redis://127.0.0.1:6379' };

function sharding(env: Record<string, string>) {
  const c = loadConfig(env);
  if (!c.ok) throw new Error(c.error.join('; '));
  return c.value.sharding!;
}

function problems(env: Record<string, string>): string[] {
  const c = loadConfig(env);
  return c.ok ? [] : c.error;
}

describe('SHARD_COUNT and SHARD_LIST', () => {
  it('runs one process when SHARD_COUNT is unset or 1', () => {
    expect(wantsShards(sharding({}))).toBe(false);
    expect(wantsShards(sharding({ ...REDIS, SHARD_COUNT: '1' }))).toBe(false);
    expect(sharding({}).spawnDelayMs).toBe(5500);
  });

  it('shards with a count above 1, with auto, or with a list of shard ids', () => {
    expect(sharding({ ...REDIS, SHARD_COUNT: '2' })).toMatchObject({ count: 2 });
    expect(wantsShards(sharding({ ...REDIS, SHARD_COUNT: '2' }))).toBe(true);
    expect(wantsShards(sharding({ ...REDIS, SHARD_COUNT: 'auto' }))).toBe(true);
    expect(sharding({ ...REDIS, SHARD_COUNT: '4', SHARD_LIST: '2-3' })).toMatchObject({ count: 4, ids: [2, 3] });
  });

  it('reads ranges and single ids in a shard list', () => {
    expect(parseShardList('0-1,4, 6')).toEqual([0, 1, 4, 6]);
    expect(parseShardList('3,1,1')).toEqual([1, 3]);
    expect(parseShardList('1-')).toBeUndefined();
    expect(parseShardList('2-1')).toBeUndefined();
    expect(parseShardList('')).toBeUndefined();
  });

  it('names the variable and the fix for bad values', () => {
    expect(problems({ ...REDIS, SHARD_COUNT: '0' })).toEqual([expect.stringMatching(/^SHARD_COUNT: must be "auto"/)]);
    expect(problems({ ...REDIS, SHARD_COUNT: 'two' })).toEqual([expect.stringMatching(/^SHARD_COUNT:/)]);
    expect(problems({ ...REDIS, SHARD_COUNT: '2', SHARD_LIST: '2' })).toEqual([
      expect.stringMatching(/^SHARD_LIST: shard ids run from 0 to 1/),
    ]);
    expect(problems({ ...REDIS, SHARD_COUNT: 'auto', SHARD_LIST: '0' })).toEqual([
      expect.stringMatching(/^SHARD_LIST: needs a fixed SHARD_COUNT/),
    ]);
    expect(problems({ ...REDIS, SHARD_SPAWN_DELAY_MS: '-5' })).toEqual([
      expect.stringMatching(/^SHARD_SPAWN_DELAY_MS:/),
    ]);
  });

  it('refuses several shards on a SQLite store', () => {
    for (const count of ['2', 'auto']) {
      expect(problems({ DISCORD_TOKEN: 'tok', SHARD_COUNT: count })).toEqual([
        expect.stringMatching(/^SHARD_COUNT: several shards need one store.*STORE_URL=redis:\/\//),
      ]);
    }
    expect(problems({ DISCORD_TOKEN: 'tok', SHARD_COUNT: '1' })).toEqual([]);
    // Without a token there is no bot to shard: the local console ignores SHARD_COUNT.
    expect(problems({ SHARD_COUNT: '2' })).toEqual([]);
  });

  it('knows a process started by the ShardingManager from the variables discord.js sets', () => {
    const env = { ...REDIS, SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' };
    expect(sharding(env).spawned).toEqual({ id: 1, count: 2 });
    expect(sharding(REDIS).spawned).toBeUndefined();
  });

  it('exits 2 from npm start with SHARD_COUNT=2 on SQLite, before connecting anywhere', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/src/main.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: 'tok', SHARD_COUNT: '2', STORE_URL: 'sqlite://:memory:' },
      timeout: 15_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/config: SHARD_COUNT: several shards need one store/);
  });
});

describe('SHARD_COUNT=auto', () => {
  it("asks DISCORD_API_URL's /gateway/bot for the recommended count", async () => {
    const fake = await startFakeDiscord({ recommendedShards: 3, token: 'right' });
    try {
      expect(await fetchRecommendedShards({ token: 'right', apiUrl: fake.apiBase })).toBe(3);
      await expect(fetchRecommendedShards({ token: 'wrong', apiUrl: fake.apiBase })).rejects.toThrow(
        /gateway\/bot answered 401; check DISCORD_TOKEN/,
      );
    } finally {
      await fake.close();
    }
  });
});
