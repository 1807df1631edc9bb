/**
 * Storage faults an operator must hear about: the SQLite file deleted or replaced under a running
 * bot (writes refused, never "saved" into an unlinked file), a corrupt file (start-up stops with
 * the cause in one line; at run time the log names corruption).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/store/errors.js';
import { openStore } from '../../src/store/open.js';
import { ROOT } from '../helpers/cli.js';
import { ALICE, BOB, exampleProfile, SECRET_A, TODAY } from './backends.js';

const dir = mkdtempSync(join(tmpdir(), 'advisor-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(name: string, faults: string[]) {
  return openStore(
    { storeUrl: `sqlite://${join(dir, name)}`, profileSecrets: [SECRET_A] },
    { today: () => TODAY, onFault: (m) => faults.push(m) },
  );
}

describe('SQLite faults under a running store', () => {
  it('refuses every write after the file is deleted, and says why once in the operator log', async () => {
    const faults: string[] = [];
    const store = await open('deleted.sqlite', faults);
    await store.saveProfile(ALICE, exampleProfile());
    for (const f of ['deleted.sqlite', 'deleted.sqlite-wal', 'deleted.sqlite-shm'])
      rmSync(join(dir, f), { force: true });

    const write = await store.saveProfile(BOB, exampleProfile()).catch((e: unknown) => e);
    expect(write).toBeInstanceOf(StoreUnavailableError);
    expect(write).toMatchObject({ reason: 'damaged' });
    await expect(store.getProfile(ALICE)).rejects.toMatchObject({ reason: 'damaged' });
    await expect(store.saveMeta(ALICE, 'x', 1)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatch(/deleted\.sqlite was deleted while the bot was running/);
    expect((await store.health()).ok).toBe(false);
    await store.close();
  });

  it('refuses writes after the file is replaced by another one', async () => {
    const faults: string[] = [];
    const other = await open('other.sqlite', []);
    await other.saveProfile(BOB, exampleProfile());
    await other.close();
    const store = await open('replaced.sqlite', faults);
    await store.saveProfile(ALICE, exampleProfile());
    copyFileSync(join(dir, 'other.sqlite'), join(dir, 'tmp.sqlite'));
    renameSync(join(dir, 'tmp.sqlite'), join(dir, 'replaced.sqlite'));
    await expect(store.saveProfile(ALICE, exampleProfile())).rejects.toMatchObject({ reason: 'damaged' });
    expect(faults[0]).toMatch(/was replaced/);
    await store.close();
  });

  it('will not open a corrupt file, and names the corruption in one line', async () => {
    const file = join(dir, 'corrupt.sqlite');
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0x5a)]));
    const error = await open('corrupt.sqlite', []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).reason).toBe('damaged');
    expect((error as StoreUnavailableError).detail).toMatch(/corrupt\.sqlite is corrupt .*restore it from a backup/);
    expect((error as StoreUnavailableError).detail).not.toContain('\n');
  });

  it('npm start on a corrupt file stops with a one-line cause and exit status 1', () => {
    const file = join(dir, 'start-corrupt.sqlite');
    writeFileSync(file, Buffer.alloc(8192, 0x42));
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/src/main.js')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        STORE_URL: `sqlite://${file}`,
        PROFILE_SECRET: SECRET_A,
        LOG_LEVEL: 'silent',
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^store: .*start-corrupt\.sqlite.*(corrupt|not a database)/);
  });

  it('keeps working when the file is only renamed back to the same file', async () => {
    const faults: string[] = [];
    const store = await open('moved.sqlite', faults);
    await store.saveProfile(ALICE, exampleProfile());
    renameSync(join(dir, 'moved.sqlite'), join(dir, 'moved2.sqlite'));
    renameSync(join(dir, 'moved2.sqlite'), join(dir, 'moved.sqlite'));
    await store.saveProfile(BOB, exampleProfile());
    expect(await store.getProfile(BOB)).toEqual(exampleProfile());
    expect(faults).toEqual([]);
    await store.close();
    unlinkSync(join(dir, 'moved.sqlite'));
  });
});

describe('SQLite corruption at run time', () => {
  it('is named in the operator log, and members are told storage is damaged', async () => {
    const { openSync, writeSync, closeSync, statSync } = await import('node:fs');
    const faults: string[] = [];
    const seed = await open('runtime.sqlite', []);
    const big = { ...exampleProfile(), specialty: 'x'.repeat(1500) };
    for (let i = 0; i < 1500; i++) await seed.saveProfile(`m${i}`, big);
    await seed.close();
    const store = await open('runtime.sqlite', faults);
    // Damage the file in place (same inode), past the first pages, as a failing disk would.
    const file = join(dir, 'runtime.sqlite');
    const fd = openSync(file, 'r+');
    const size = statSync(file).size;
    for (let at = 8192; at < size; at += 4096 * 3) writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, at);
    closeSync(fd);
    const errors: unknown[] = [];
    for (let i = 0; i < 1500 && !errors.length; i += 1) {
      await store.getProfile(`m${i}`).catch((e: unknown) => errors.push(e));
    }
    expect(errors[0]).toMatchObject({ name: 'StoreUnavailableError', reason: 'damaged' });
    expect(faults.some((f) => /runtime\.sqlite is corrupt/.test(f))).toBe(true);
    await store.close();
  }, 20_000);
});
