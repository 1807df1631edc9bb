// The several-machines deployment of docs/scale-out.md, on one host: two managers with the same
// SHARD_COUNT=2 and STORE_URL, "machine A" with SHARD_LIST=0 and "machine B" with SHARD_LIST=1.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeDiscord } from '../fake-discord/server.js';
import { member, textOf } from '../helpers/bot.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { redisAvailable, type RedisServer } from '../helpers/redis.js';
import { G0, G1, isAlive, startShardedBot, startTwoShardWorld, waitUntil, type ShardedBot } from './harness.js';

describe.skipIf(!redisAvailable())('two machines, one Redis, SHARD_LIST splitting the shards', () => {
  let fake: FakeDiscord;
  let redis: RedisServer;
  let machineA: ShardedBot;
  let machineB: ShardedBot;

  beforeAll(async () => {
    ({ redis, fake } = await startTwoShardWorld('tok'));
    const common = {
      DISCORD_TOKEN: 'tok',
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiBase,
      STORE_URL: redis.url,
      SHARD_COUNT: '2',
    };
    machineA = startShardedBot({ ...common, SHARD_LIST: '0' });
    machineB = startShardedBot({ ...common, SHARD_LIST: '1' });
    await Promise.all(
      [machineA, machineB].map((m) => m.waitForLog((l) => l.msg === 'shards started', { timeoutMs: 25_000 })),
    );
  });

  afterAll(async () => {
    await Promise.all([machineA?.stop(), machineB?.stop()]);
    await fake?.close();
    await redis?.stop();
  });

  it('starts only its own shard on each machine', () => {
    expect(machineA.logs.filter((l) => l.msg === 'shard ready').map((l) => l.shardId)).toEqual([0]);
    expect(machineB.logs.filter((l) => l.msg === 'shard ready').map((l) => l.shardId)).toEqual([1]);
    expect(fake.gateway.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("serves on machine A a profile imported through machine B's shard", async () => {
    const who = member(80);
    const file = fake.attachment({
      filename: 'profile.json',
      content: readFileSync(EXAMPLE_PROFILE, 'utf8'),
      contentType: 'application/json',
    });
    const imp = fake.interaction.slash({
      name: 'profile',
      subcommand: 'import',
      options: { file },
      user: who,
      guildId: G1,
    });
    expect(textOf(await imp.waitForOriginal())).toMatch(/Profile saved/);
    await machineB.waitForLog((l) => l.msg === 'interaction' && l.interactionId === imp.id);

    const red = fake.interaction.slash({ name: 'redflag', user: who, guildId: G0 });
    expect(textOf(await red.waitForOriginal())).not.toMatch(/don't have a profile/);
    await machineA.waitForLog((l) => l.msg === 'interaction' && l.interactionId === red.id);
  });

  it('stops its shard by itself when its manager is killed', async () => {
    const shardPid = machineB.pidOf(1);
    machineB.manager.kill('SIGKILL');
    await waitUntil(() => !isAlive(shardPid), 'the orphaned shard to exit', 10_000);
    await machineB.waitForLog((l) => l.msg === 'shutting down' && l.signal === 'manager gone');
    await machineB.waitForLog((l) => l.msg === 'stopped' && l.shard === 1);
  });
});
