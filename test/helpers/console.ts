import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ROOT, scratchDir } from './cli.js';

export interface ConsoleRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A scratch directory for the calling file's stores (removed after all its tests), and
 * `consoleRun`: `npm start` without a token, the local console, driven by piped stdin lines
 * (run `npx tsc -p tsconfig.build.json` first).
 */
export function useConsole(defaultStore = 'console.sqlite'): {
  dir: string;
  consoleRun(lines: string[], store?: string, env?: Record<string, string>): Promise<ConsoleRun>;
} {
  const dir = scratchDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const consoleRun = (lines: string[], store = defaultStore, env: Record<string, string> = {}) =>
    new Promise<ConsoleRun>((resolve) => {
      // Run from the scratch directory: the console writes its log (data/console.log) and the
      // files it gives the member (exports/) relative to where it was started.
      const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', STORE_URL: `sqlite://${join(dir, store)}`, ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(lines.map((l) => `${l}\n`).join(''));
    });
  return { dir, consoleRun };
}
