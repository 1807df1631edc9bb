/**
 * A real redis-server for tests, as a child process on a free port. Which binary: the one the
 * global setup found (test/global-setup.ts: REDIS_SERVER_BIN, PATH, or redis-memory-server), handed
 * over by test/setup-redis.ts; outside vitest (the load bench) `redis-server` on PATH. When the
 * global setup found none, Redis tests skip themselves through `redisAvailable()` and the run prints
 * one line saying how to enable them; CI sets REQUIRE_REDIS=1, which turns that into a failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@keyv/redis';

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** The server's data directory (append-only files, snapshots). */
  readonly dir: string;
  /** Start again on the same port and data directory (after kill/stop). */
  start(): Promise<void>;
  /** SIGKILL: the abrupt outage. */
  kill(): Promise<void>;
  /** SIGSTOP / SIGCONT: a server that accepts nothing and answers nothing. */
  pause(): void;
  resume(): void;
  /** Stop for good and remove the data directory. */
  stop(): Promise<void>;
}

export interface RedisServerOptions {
  /** Append-only file, fsync on every write: data survives kill + start. */
  persistent?: boolean;
}

let redisBin = process.env.REDIS_SERVER_BIN || 'redis-server';
let redisMissing = '';

/** Called once per test file (test/setup-redis.ts) with what the global setup found. */
export function configureRedis(bin: string, missing: string): void {
  redisBin = bin;
  redisMissing = missing;
}

/** False when no redis-server could be found for this run: Redis tests skip (never silently). */
export function redisAvailable(): boolean {
  return redisBin !== '';
}

export function assertRedisInstalled(): void {
  const probe = redisBin ? spawnSync(redisBin, ['--version'], { encoding: 'utf8' }) : undefined;
  if (!probe || probe.error || probe.status !== 0) {
    throw new Error(
      `redis-server could not be run (${redisMissing || redisBin}). The store tests run against a real Redis: install it ` +
        '(Debian/Ubuntu: `apt-get install -y redis-server`) or set REDIS_SERVER_BIN, and run the tests again.',
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** One PING over a raw socket; true on +PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

export async function startRedis(opts: RedisServerOptions = {}): Promise<RedisServer> {
  assertRedisInstalled();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'advisor-redis-'));
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--daemonize',
    'no',
    '--dir',
    dir,
    ...(opts.persistent ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no']),
  ];
  let child: ChildProcess | undefined;
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);

  async function start(): Promise<void> {
    let output = '';
    const proc = spawn(redisBin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    proc.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null) throw new Error(`redis-server exited (${proc.exitCode}) on port ${port}:\n${output}`);
      if (await ping(port)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    proc.kill('SIGKILL');
    throw new Error(`redis-server did not answer PING on port ${port} within 10 s:\n${output}`);
  }

  async function kill(): Promise<void> {
    if (!child) return;
    child.kill('SIGCONT'); // a paused process must run to die promptly
    child.kill('SIGKILL');
    await exited(child);
  }

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    start,
    kill,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
    async stop() {
      await kill();
      child = undefined;
      process.removeListener('exit', killOnExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const newClient = (url: string) => createClient({ url });
export type InspectClient = ReturnType<typeof newClient>;

/** A separate client for looking at what the store wrote. */
export async function inspectRedis<T>(url: string, fn: (client: InspectClient) => Promise<T>): Promise<T> {
  const client = newClient(url);
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    client.destroy();
  }
}
