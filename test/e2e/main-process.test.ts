import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.js';
import { ROOT } from '../helpers/cli.js';
import { member, textOf } from '../helpers/bot.js';

/** `npm start` with a token: the real entry point as a child process, against the fake. */
describe('npm start with DISCORD_TOKEN', () => {
  let fake: FakeDiscord;
  let child: ChildProcess;
  let stderr = '';
  const dir = mkdtempSync(join(tmpdir(), 'advisor-main-'));
  let exited: Promise<number | null>;

  beforeAll(async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 1000 });
    child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        DISCORD_TOKEN: 'main-token',
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiBase,
        STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr!.on('data', (d) => (stderr += d));
    exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 15_000;
    while (!stderr.includes('"bot ready"')) {
      if (Date.now() > deadline) throw new Error(`bot not ready: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs in, answers an interaction, and logs JSON lines without member text', async () => {
    const i = fake.interaction.slash({
      name: 'ask',
      options: { question: 'my secret question about visas' },
      user: member(60),
    });
    expect(textOf(await i.waitForOriginal())).toMatch(/visas#/);
    await new Promise((r) => setTimeout(r, 100));
    const lines = stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.some((l) => l.msg === 'interaction' && l.name === 'ask')).toBe(true);
    expect(stderr).not.toContain('secret question');
  });

  it('shuts down cleanly on SIGTERM and exits 0', async () => {
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/"shutting down"/);
    expect(stderr).toMatch(/"stopped"/);
  });
});
