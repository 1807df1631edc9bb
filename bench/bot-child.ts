/**
 * Starts bench/bot-process.js as a child (with --expose-gc, loopback only, no LLM configured) and
 * talks to it over IPC: wait until it is idle, sample its memory, stop it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BotReply, BotRequest, BotRequestBody, MemorySample } from './bot-process.js';
import type { RestLimiter } from './latency.js';

export interface BotChild {
  /** Time from spawn() to the child's READY message (ms). */
  readyMs: number;
  /** Lines the bot logged at warn/error (LOG_LEVEL=warn), for the report. */
  problems: string[];
  /** Resolves when `expected` interactions reached the bot and none is running. */
  idle(expected: number, timeoutMs?: number): Promise<void>;
  memory(): Promise<MemorySample>;
  /** Sets discord.js's client-side global REST limit: the bot's own setting, or lifted. */
  restLimit(limiter: RestLimiter): Promise<void>;
  stop(): Promise<void>;
}

export interface BotChildOptions {
  apiBase: string;
  applicationId: string;
  storeUrl: string;
  /** Extra node flags, e.g. ['--cpu-prof', '--cpu-prof-dir=…']. */
  nodeFlags?: string[];
  /** Experiment: discord.js's per-channel message cache size (default: discord.js's 200). */
  messageCache?: number;
}

const ENTRY = fileURLToPath(new URL('./bot-process.js', import.meta.url));

export async function spawnBotChild(opts: BotChildOptions): Promise<BotChild> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', ...(opts.nodeFlags ?? []), ENTRY], {
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: 'bench-token',
      DISCORD_CLIENT_ID: opts.applicationId,
      DISCORD_API_URL: opts.apiBase,
      STORE_URL: opts.storeUrl,
      LOG_LEVEL: 'warn',
      ...(opts.messageCache !== undefined ? { BENCH_MESSAGE_CACHE: String(opts.messageCache) } : {}),
    },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const problems: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    let nl: number;
    while ((nl = stderr.indexOf('\n')) >= 0) {
      const line = stderr.slice(0, nl);
      stderr = stderr.slice(nl + 1);
      if (line.trim() && problems.length < 50) problems.push(line.slice(0, 500));
    }
  });

  const pending = new Map<number, { resolve: (r: BotReply) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = true;
      for (const p of pending.values())
        p.reject(new Error(`bench bot exited (${code ?? signal}): ${problems.join(' | ')}`));
      pending.clear();
      resolve();
    }),
  );

  const ready = new Promise<number>((resolve, reject) => {
    child.on('message', (raw) => {
      const msg = raw as BotReply;
      if (msg.type === 'ready') return resolve(performance.now() - started);
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.ok) p.resolve(msg);
      else p.reject(new Error(`bench bot: ${msg.error}`));
    });
    void exit.then(() => reject(new Error(`bench bot exited before ready: ${problems.join(' | ')}`)));
  });

  const request = (req: BotRequestBody): Promise<BotReply> => {
    if (exited) return Promise.reject(new Error('bench bot has exited'));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      child.send({ ...req, id } as BotRequest);
    });
  };

  const readyMs = await ready;
  return {
    readyMs,
    problems,
    async idle(expected, timeoutMs = 30_000) {
      await request({ type: 'idle', expected, timeoutMs });
    },
    async memory() {
      const reply = await request({ type: 'memory' });
      if (reply.type !== 'reply' || !reply.ok || !reply.memory) throw new Error('bench bot: no memory sample');
      return reply.memory;
    },
    async restLimit(limiter) {
      await request({ type: 'restLimit', limiter });
    },
    async stop() {
      if (exited) return;
      await request({ type: 'stop' }).catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    },
  };
}
