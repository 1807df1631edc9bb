// A person at the console typed an answer in a mock interview and the store did not answer in time
// (a busy machine): the console must keep them in the interview, on the same question, with their
// text given back, not drop to the question prompt where "next" and "end" become /ask questions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../src/app/context.js';
import type { Logger } from '../../src/app/logger.js';
import { loadConfig } from '../../src/config.js';
import { runConsole } from '../../src/console/console.js';
import { StoreUnavailableError } from '../../src/store/errors.js';
import type { Store } from '../../src/store/store.js';

const dir = mkdtempSync(join(tmpdir(), 'console-slow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const warnings: string[] = [];
const logger: Logger = { debug() {}, info() {}, warn: (m) => void warnings.push(m), error() {} };

/** The real SQLite store, except that the next `failures` session writes time out. */
async function contextWithSlowWrites(file: string, failures: { left: number }): Promise<AppContext> {
  const loaded = loadConfig({
    STORE_URL: `sqlite://${join(dir, file)}`,
    PROFILE_KEY_FILE: join(dir, 'profile.key'),
    LOG_LEVEL: 'silent',
  });
  if (!loaded.ok) throw new Error(loaded.error.join('; '));
  const ctx = await createAppContext(loaded.value, { logger });
  const store = new Proxy(ctx.store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (name !== 'updateSession' || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (failures.left > 0) {
          failures.left--;
          return Promise.reject(new StoreUnavailableError('updateSession', 'timeout'));
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as Store;
  return { ...ctx, store };
}

/** A console fed line by line: what it wrote so far, and a way to type. */
function live(ctx: AppContext) {
  const input = new PassThrough();
  const output = new PassThrough();
  const seen = { text: '' };
  output.on('data', (c: Buffer) => (seen.text += c.toString('utf8')));
  const done = runConsole(ctx, { input, output, exportDir: join(dir, 'exports') });
  return { seen, type: (line: string) => void input.write(`${line}\n`), finish: () => (input.end(), done) };
}

const ANSWER =
  'In my residency in Lagos I noticed that discharge summaries missed follow-up dates, so I redesigned the template with the ward team and missing dates fell from 40% to 10% in three months.';

describe('a mock answer when the store is slow, in the console', () => {
  it('tries once more by itself, so one slow write costs the member nothing', async () => {
    const failures = { left: 0 };
    const ctx = await contextWithSlowWrites('once.sqlite', failures);
    const c = live(ctx);
    try {
      c.type('/mock start 2');
      await until(() => /Question 1 of 2/.test(c.seen.text));
      const before = c.seen.text.length;
      failures.left = 1;
      c.type(ANSWER);
      await until(() => /Question 2 of 2|Feedback|feedback/.test(c.seen.text.slice(before)));
      await c.finish();
      expect(c.seen.text.slice(before)).not.toMatch(/Not saved|couldn't reach my storage/);
      expect(failures.left).toBe(0);
    } finally {
      await ctx.store.close();
    }
  }, 60_000); // a deliberate slow write and its retry: about 6 s quietly, over 20 s under CI load (run 77)

  it('keeps the member on the question with their words given back when the store fails twice', async () => {
    const failures = { left: 0 };
    const ctx = await contextWithSlowWrites('twice.sqlite', failures);
    const c = live(ctx);
    warnings.length = 0;
    try {
      c.type('/mock start 2');
      await until(() => /Question 1 of 2/.test(c.seen.text));
      const before = c.seen.text.length;
      failures.left = 2;
      c.type(ANSWER);
      await until(() => /Not saved/.test(c.seen.text.slice(before)));
      const after = c.seen.text.slice(before);
      expect(after).toMatch(/you are still on this question/);
      expect(after).toContain(`> ${ANSWER}`);
      expect(after).toMatch(/Question 1 of 2/);
      // Still in the interview: the same answer now goes through and "end" ends the session.
      c.type(ANSWER);
      c.type('end');
      await c.finish();
      const rest = c.seen.text.slice(before);
      expect(rest).not.toMatch(/couldn't reach my storage/);
      expect(rest).not.toMatch(/Unknown command|general orientation/);
      expect(warnings.filter((w) => w === 'store unavailable')).toHaveLength(2);
    } finally {
      await ctx.store.close();
    }
  });
});

async function until(test: () => boolean, ms = 15_000): Promise<void> {
  const stop = Date.now() + ms;
  while (!test()) {
    if (Date.now() > stop) throw new Error('timed out waiting for console output');
    await new Promise((r) => setTimeout(r, 20));
  }
}
