/**
 * The bot under load: the production entry point (`node dist/src/main.js`) as a child process,
 * against the fake Discord, so it can be killed with SIGKILL mid-run and started again on the
 * same store. Readiness is the bot's own `bot ready` log line; warn/error lines are kept for the
 * report. Every process started here is killed on exit, so none outlives the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file with a package.json (source or dist). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('load: package.json not found above bench/load');
    dir = up;
  }
  return dir;
}

export interface BotLine {
  level: string;
  msg: string;
  [k: string]: unknown;
}

export interface BotOptions {
  apiBase: string;
  applicationId: string;
  storeUrl: string;
  /** Start-up limit (ms) until `bot ready`. */
  readyTimeoutMs?: number;
}

export interface BotProcess {
  readonly pid: number | undefined;
  /** Warn and error lines, newest last (capped). */
  readonly problems: BotLine[];
  /** Error lines ever seen (handler failures, unhandled rejections). */
  errors(): number;
  /** `store unavailable` warnings ever seen (a member was told nothing was saved). */
  storeWarnings(): number;
  /** SIGKILL, no goodbye; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (the bot finishes running handlers and closes the store); SIGKILL after timeoutMs. */
  stop(timeoutMs?: number): Promise<number | null>;
}

const MAX_PROBLEMS = 200;
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function killLeftovers(): void {
  for (const child of live) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export async function startBotProcess(opts: BotOptions): Promise<BotProcess> {
  const root = repoRoot();
  const entry = join(root, 'dist/src/main.js');
  if (!existsSync(entry)) throw new Error(`load: ${entry} is missing; run \`npm run build\` first`);
  if (!exitHookInstalled) {
    process.once('exit', killLeftovers);
    exitHookInstalled = true;
  }
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: 'load-token',
      DISCORD_CLIENT_ID: opts.applicationId,
      DISCORD_API_URL: opts.apiBase,
      STORE_URL: opts.storeUrl,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  live.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      live.delete(child);
      resolve(code);
    }),
  );
  const problems: BotLine[] = [];
  let errorCount = 0;
  let storeWarnings = 0;
  let ready = false;
  let partial = '';
  let tail = '';
  child.stderr!.on('data', (d: Buffer) => {
    const text = partial + d.toString();
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) {
        if (line.trim()) tail = `${tail}\n${line}`.slice(-2000);
        continue;
      }
      let parsed: BotLine;
      try {
        parsed = JSON.parse(line) as BotLine;
      } catch {
        continue;
      }
      if (parsed.msg === 'bot ready') ready = true;
      if (parsed.level === 'error') errorCount++;
      if (parsed.msg === 'store unavailable') storeWarnings++;
      if (parsed.level === 'warn' || parsed.level === 'error') {
        problems.push(parsed);
        if (problems.length > MAX_PROBLEMS) problems.shift();
      }
    }
  });

  const deadline = Date.now() + (opts.readyTimeoutMs ?? 20_000);
  while (!ready) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`load: the bot exited (${child.exitCode ?? child.signalCode}) before ready:${tail}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`load: the bot was not ready within ${opts.readyTimeoutMs ?? 20_000} ms:${tail}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }

  const gone = () => child.exitCode !== null || child.signalCode !== null;
  return {
    pid: child.pid,
    problems,
    errors: () => errorCount,
    storeWarnings: () => storeWarnings,
    async kill() {
      if (!gone()) child.kill('SIGKILL');
      await exited;
    },
    async stop(timeoutMs = 15_000) {
      if (gone()) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
