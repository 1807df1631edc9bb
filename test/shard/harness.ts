/**
 * The real sharded bot for tests: `node dist/src/main.js` with SHARD_COUNT set, i.e. the
 * ShardingManager process, which forks one shard process per shard. Every process writes JSON log
 * lines to the same stderr; the harness parses them to learn which pid serves which shard, and to
 * wait for "shard ready". stop() sends SIGTERM (graceful), then SIGKILLs the manager and every
 * shard pid it has seen, so no process outlives the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { deployCommands } from '../../src/discord/deploy-commands.js';
import { COMMANDS } from '../../src/discord/registry.js';
import { guildIdForShard, startFakeDiscord, type FakeDiscord } from '../fake-discord/server.js';
import { ROOT } from '../helpers/cli.js';
import { startRedis, type RedisServer } from '../helpers/redis.js';

/** The guild owned by each of two shards. */
export const G0 = guildIdForShard(0, 2);
export const G1 = guildIdForShard(1, 2);

/** A real redis-server and a fake Discord with one guild per shard, the commands deployed. */
export async function startTwoShardWorld(token: string): Promise<{ redis: RedisServer; fake: FakeDiscord }> {
  const [redis, fake] = await Promise.all([
    startRedis(),
    startFakeDiscord({
      guilds: [
        { id: G0, name: 'zero' },
        { id: G1, name: 'one' },
      ],
      heartbeatIntervalMs: 1000,
    }),
  ]);
  await deployCommands({ token, clientId: fake.applicationId, apiUrl: fake.apiBase, commands: COMMANDS });
  return { redis, fake };
}

export interface LogLine {
  msg: string;
  level: string;
  shard?: number;
  shardId?: number;
  pid?: number;
  [k: string]: unknown;
}

export interface ShardedBot {
  manager: ChildProcess;
  logs: LogLine[];
  /** Raw stderr, for failure messages. */
  output(): string;
  /** Resolves with the first log line (from `from` on) matching `pred`. */
  waitForLog(pred: (l: LogLine) => boolean, opts?: { timeoutMs?: number; from?: number }): Promise<LogLine>;
  /** Pid of the live process serving a shard (from the latest "shard ready"). */
  pidOf(shardId: number): number;
  /** Every shard pid the manager ever reported. */
  shardPids(): number[];
  /** SIGTERM the manager and wait for it; returns its exit code. SIGKILLs leftovers. */
  stop(timeoutMs?: number): Promise<number | null>;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function waitUntil(cond: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const isAlive = alive;

export function startShardedBot(env: Record<string, string>): ShardedBot {
  const manager = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', SHARD_SPAWN_DELAY_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  let stderr = '';
  let partial = '';
  manager.stdout?.on('data', (d) => (stderr += d));
  manager.stderr?.on('data', (d: Buffer) => {
    const text = d.toString();
    stderr += text;
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        // not ours
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => manager.on('exit', (code) => resolve(code)));
  const pids = () => logs.filter((l) => l.msg === 'shard spawned' && typeof l.pid === 'number').map((l) => l.pid!);
  const killAll = () => {
    if (manager.exitCode === null && manager.signalCode === null) manager.kill('SIGKILL');
    for (const pid of pids()) if (alive(pid)) process.kill(pid, 'SIGKILL');
  };
  process.once('exit', killAll);

  const bot: ShardedBot = {
    manager,
    logs,
    output: () => stderr,
    async waitForLog(pred, opts = {}) {
      const from = opts.from ?? 0;
      let found: LogLine | undefined;
      await waitUntil(
        () => {
          if (manager.exitCode !== null) throw new Error(`the manager exited (${manager.exitCode}):\n${stderr}`);
          found = logs.slice(from).find(pred);
          return found !== undefined;
        },
        'a log line',
        opts.timeoutMs ?? 15_000,
      ).catch((e: Error) => {
        throw new Error(`${e.message}\n--- output ---\n${stderr}`);
      });
      return found!;
    },
    pidOf(shardId) {
      const ready = logs.filter((l) => l.msg === 'shard ready' && l.shardId === shardId);
      const pid = ready.at(-1)?.pid;
      if (typeof pid !== 'number') throw new Error(`shard ${shardId} has not been ready yet`);
      return pid;
    },
    shardPids: pids,
    async stop(timeoutMs = 15_000) {
      if (manager.exitCode !== null || manager.signalCode !== null) {
        killAll();
        return manager.exitCode;
      }
      manager.kill('SIGTERM');
      const code = await Promise.race([exited, new Promise<'late'>((r) => setTimeout(() => r('late'), timeoutMs))]);
      killAll();
      process.removeListener('exit', killAll);
      return code === 'late' ? null : code;
    },
  };
  return bot;
}
