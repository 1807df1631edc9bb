// Read-modify-write steps (history append, meta merge, session update) and counters stay exact
// when several processes write for the same member at once, as shards do. Two store instances in
// this process (two connections), then two real child processes on the compiled store
// (`npm run build` first; `npm test` does).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { counterKey, type Store } from '../../src/store/store.js';
import { ROOT } from '../helpers/cli.js';
import { ALICE, BACKENDS, exampleProfile, SECRET_A, useBackend } from './backends.js';

const OPEN_JS = join(ROOT, 'dist/src/store/open.js');
const STORE_JS = join(ROOT, 'dist/src/store/store.js');

/**
 * One writer process: waits until `startAt` so both writers overlap, then fires `n` of each
 * operation for the member at once and prints how many it saw acknowledged.
 */
const WRITER = `
const [storeUrl, secret, userId, tag, n, startAt] = process.argv.slice(1);
const { openStore } = await import(${JSON.stringify(pathToFileURL(OPEN_JS).href)});
const { counterKey } = await import(${JSON.stringify(pathToFileURL(STORE_JS).href)});
const store = await openStore({ storeUrl, profileSecrets: [secret] }, { historyLimit: 1000, operationTimeoutMs: 10000 });
await new Promise((r) => setTimeout(r, Math.max(0, Number(startAt) - Date.now())));
const ops = [];
for (let i = 0; i < Number(n); i++) {
  ops.push(store.appendHistory(userId, { tag, i }));
  ops.push(store.saveMeta(userId, tag + '-' + i, i));
  ops.push(store.incrementCounter(counterKey(userId, 'quota'), 60000));
  ops.push(store.updateSession(userId, (s) => ({ count: (s?.count ?? 0) + 1 })));
}
const results = await Promise.allSettled(ops);
const failed = results.filter((r) => r.status === 'rejected').map((r) => String(r.reason));
await store.close();
process.stdout.write(JSON.stringify({ acknowledged: results.length - failed.length, failed }));
`;

function runWriter(storeUrl: string, tag: string, n: number, startAt: number) {
  return new Promise<{ code: number | null; out: { acknowledged: number; failed: string[] }; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--input-type=module', '-e', WRITER, storeUrl, SECRET_A, ALICE, tag, String(n), String(startAt)],
        { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('error', reject);
      child.on('exit', (code) => {
        clearTimeout(timer);
        try {
          resolve({ code, out: JSON.parse(stdout || '{}'), stderr });
        } catch (e) {
          reject(new Error(`writer ${tag}: ${String(e)}\n${stdout}\n${stderr}`));
        }
      });
    },
  );
}

type Session = { count: number };

async function expectEverything(store: Store, tags: string[], n: number) {
  const history = (await store.listHistory(ALICE)) as Array<{ tag: string; i: number }>;
  expect(history).toHaveLength(tags.length * n);
  for (const tag of tags) {
    expect(history.filter((h) => h.tag === tag).map((h) => h.i)).toEqual(Array.from({ length: n }, (_, i) => i));
  }
  const exported = await store.exportUser(ALICE);
  expect(Object.keys(exported.meta)).toHaveLength(tags.length * n);
  expect(exported.counters.quota).toBe(tags.length * n);
  expect(((await store.getSession(ALICE)) as Session | undefined)?.count).toBe(tags.length * n);
}

describe.each(BACKENDS)('concurrent writers on %s', (_name, make) => {
  const { fx, openStore } = useBackend(make);

  it('loses no update when two connections write for one member at once', async () => {
    const a = await openStore([SECRET_A], { historyLimit: 1000, operationTimeoutMs: 10_000 });
    const b = await openStore([SECRET_A], { historyLimit: 1000, operationTimeoutMs: 10_000 });
    const n = 15;
    await Promise.all(
      (['a', 'b'] as const).flatMap((tag) => {
        const s = tag === 'a' ? a : b;
        return Array.from({ length: n }, (_, i) => [
          s.appendHistory(ALICE, { tag, i }),
          s.saveMeta(ALICE, `${tag}-${i}`, i),
          s.incrementCounter(counterKey(ALICE, 'quota'), 60_000),
          s.updateSession(ALICE, (cur) => ({ count: ((cur as Session | undefined)?.count ?? 0) + 1 })),
        ]).flat();
      }),
    );
    await expectEverything(a, ['a', 'b'], n);
  });

  it('loses no update when two processes write for one member at once', async () => {
    expect(existsSync(OPEN_JS), 'run `npm run build` first').toBe(true);
    const n = 40;
    const startAt = Date.now() + 700; // both children connected and waiting by then
    const [one, two] = await Promise.all([
      runWriter(fx.storeUrl(), 'p1', n, startAt),
      runWriter(fx.storeUrl(), 'p2', n, startAt),
    ]);
    for (const r of [one, two]) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.out.failed).toEqual([]);
      expect(r.out.acknowledged).toBe(4 * n);
    }
    const store = await openStore([SECRET_A], { historyLimit: 1000 });
    await expectEverything(store, ['p1', 'p2'], n);
  });

  it('updates a session in place, deletes it on null and leaves it on undefined', async () => {
    const store = await openStore();
    expect(await store.updateSession(ALICE, () => undefined)).toBeUndefined();
    expect(await store.getSession(ALICE)).toBeUndefined();
    expect(await store.updateSession(ALICE, () => ({ count: 1 }))).toEqual({ count: 1 });
    expect(await store.updateSession(ALICE, () => undefined)).toEqual({ count: 1 });
    expect(await store.updateSession(ALICE, () => null)).toBeUndefined();
    expect(await store.getSession(ALICE)).toBeUndefined();
  });

  it('appends to one meta value from two connections without losing an entry', async () => {
    const a = await openStore([SECRET_A]);
    const b = await openStore([SECRET_A]);
    await a.saveMeta(ALICE, 'consent', true);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).updateMeta(ALICE, 'log', (cur) => [...((cur as number[] | undefined) ?? []), i]),
      ),
    );
    expect(((await a.getMeta(ALICE, 'log')) as number[]).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
    expect(await a.getMeta(ALICE, 'consent')).toBe(true);
    expect(await a.updateMeta(ALICE, 'log', () => null)).toBeUndefined();
    expect(await a.getMeta(ALICE, 'log')).toBeUndefined();
    expect(await a.updateMeta(ALICE, 'consent', () => undefined)).toBe(true);
  });

  it('edits the stored profile in place, and leaves it when the edit returns undefined', async () => {
    const store = await openStore([SECRET_A]);
    expect(await store.updateProfile(ALICE, () => undefined)).toBeUndefined();
    expect(await store.getProfile(ALICE)).toBeUndefined();
    const profile = exampleProfile();
    expect(await store.updateProfile(ALICE, () => profile)).toEqual(profile);
    const edited = await store.updateProfile(ALICE, (cur) => (cur ? { ...cur, matchAttempts: 3 } : cur));
    expect(edited?.matchAttempts).toBe(3);
    expect((await store.getProfile(ALICE))?.matchAttempts).toBe(3);
    expect(await store.updateProfile(ALICE, () => undefined)).toEqual(edited);
  });

  it('treats an expired session as absent when updating', async () => {
    const store = await openStore();
    await store.saveSession(ALICE, { count: 7 }, 50);
    await new Promise((r) => setTimeout(r, 80));
    expect(
      await store.updateSession(ALICE, (cur) => ({ count: ((cur as Session | undefined)?.count ?? 0) + 1 })),
    ).toEqual({
      count: 1,
    });
  });
});
