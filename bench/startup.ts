/**
 * Start-up times, each the median of several fresh processes:
 * - the bot: `node dist/src/main.js` with a token and DISCORD_API_URL pointing at a fake Discord,
 *   from spawn() until it logs "bot ready" (knowledge loaded and indexed, store open, gateway
 *   READY); then SIGTERM and a clean exit;
 * - the CLI: `node bin/advisor.js redflag --profile … --json`, from spawn() to exit;
 * - the knowledge build inside the bot's start-up: getKnowledge() (read, check and index the
 *   guides) timed in a fresh process, cold as at start-up (its modules already imported);
 * - bare `node -e 0`, the floor both stand on.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startFakeDiscord } from '../test/fake-discord/server.js';
import { BENCH_PROFILE_TEXT } from './fixtures.js';
import { median, round } from './stats.js';

/** The repository root (this file runs from dist/bench/). */
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface StartupReport {
  bot: { runs: number; medianMs: number; minMs: number; maxMs: number };
  cli: { runs: number; medianMs: number; minMs: number; maxMs: number };
  /** getKnowledge() alone: loading and indexing the guides, part of the bot's start-up. */
  knowledge: { runs: number; medianMs: number; minMs: number; maxMs: number; guides: number };
  nodeBare: { runs: number; medianMs: number };
}

interface Spawned {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a process to its end (or until `readyWhen` matches its stderr, then SIGTERM). */
function timeProcess(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; readyWhen?: string; timeoutMs?: number } = {},
): Promise<Spawned> {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: opts.cwd ?? ROOT,
      env: opts.env ?? { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let readyMs: number | undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 20_000);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (opts.readyWhen && readyMs === undefined && stderr.includes(opts.readyWhen)) {
        readyMs = performance.now() - t0;
        child.kill('SIGTERM');
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const ms = opts.readyWhen ? readyMs : performance.now() - t0;
      if (ms === undefined)
        return reject(new Error(`${args.join(' ')} never logged ${opts.readyWhen}: ${stderr.slice(-500)}`));
      resolvePromise({ ms, code, stdout, stderr });
    });
  });
}

const stats = (xs: number[]) => ({
  runs: xs.length,
  medianMs: round(median(xs), 1),
  minMs: round(Math.min(...xs), 1),
  maxMs: round(Math.max(...xs), 1),
});

/** Prints `{ ms, guides }`: one cold getKnowledge(), timed after its modules are imported. */
const KNOWLEDGE_SCRIPT = `
const { getKnowledge } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/src/knowledge/store.js')).href)});
const t0 = performance.now();
const { guides } = getKnowledge();
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, guides: guides.length }));
`;

export async function measureStartup(opts: { botRuns: number; cliRuns: number }): Promise<StartupReport> {
  const dir = mkdtempSync(join(tmpdir(), 'advisor-bench-start-'));
  const fake = await startFakeDiscord();
  try {
    const bare: number[] = [];
    for (let i = 0; i < opts.cliRuns; i++) bare.push((await timeProcess(['-e', '0'])).ms);

    const bot: number[] = [];
    const env = {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: 'bench-token',
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiBase,
      STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`,
      LOG_LEVEL: 'info',
    };
    // One untimed start creates the store file, as on any start after the first.
    await timeProcess([join(ROOT, 'dist/src/main.js')], { env, cwd: dir, readyWhen: '"bot ready"' });
    for (let i = 0; i < opts.botRuns; i++) {
      const run = await timeProcess([join(ROOT, 'dist/src/main.js')], { env, cwd: dir, readyWhen: '"bot ready"' });
      if (run.code !== 0)
        throw new Error(`the bot did not exit 0 on SIGTERM (exit ${run.code}): ${run.stderr.slice(-500)}`);
      bot.push(run.ms);
    }

    const profile = join(dir, 'profile.json');
    writeFileSync(profile, BENCH_PROFILE_TEXT);
    const cli: number[] = [];
    for (let i = 0; i < opts.cliRuns; i++) {
      const run = await timeProcess([join(ROOT, 'bin/advisor.js'), 'redflag', '--profile', profile, '--json']);
      if (run.code !== 0 || !run.stdout.trim().startsWith('{'))
        throw new Error(`advisor redflag failed (exit ${run.code}): ${run.stderr.slice(-300)}`);
      cli.push(run.ms);
    }
    const knowledge: number[] = [];
    let guides = 0;
    for (let i = 0; i < opts.cliRuns; i++) {
      const run = await timeProcess(['--input-type=module', '-e', KNOWLEDGE_SCRIPT]);
      if (run.code !== 0) throw new Error(`the knowledge build failed (exit ${run.code}): ${run.stderr.slice(-300)}`);
      const out = JSON.parse(run.stdout) as { ms: number; guides: number };
      knowledge.push(out.ms);
      guides = out.guides;
    }
    return {
      bot: stats(bot),
      cli: stats(cli),
      knowledge: { ...stats(knowledge), guides },
      nodeBare: { runs: bare.length, medianMs: round(median(bare), 1) },
    };
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
