/**
 * After /profile delete, search the engines' own files for the member: a real redis-server with
 * an append-only file (fsync always), and a real SQLite file with its WAL. Zero hits for the
 * profile's markers in plaintext, and nothing of the member that any key still present can
 * decrypt.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveKeyRing, type KeyRing, unseal, unwrapMemberKey } from '../../src/store/crypto.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { redisAvailable, startRedis, type RedisServer } from '../helpers/redis.js';
import { ALICE, BOB, exampleProfile, SECRET_A, TODAY } from './backends.js';

/** Words only Alice's data holds. */
const MARKERS = ['Zanzibar-Registry-7731', 'Quispe-Huaman', 'door-to-needle-41'];

function alice() {
  const p = exampleProfile();
  return {
    ...p,
    informatics: [{ kind: 'project' as const, title: MARKERS[0]!, outcome: MARKERS[2]! }],
    letters: [{ ...p.letters![0]!, writer: `Dr. ${MARKERS[1]}` }],
  };
}

async function fill(store: Store): Promise<void> {
  await store.saveProfile(ALICE, alice());
  // Many rewrites: old versions pile up in the AOF and in WAL frames.
  for (let i = 0; i < 20; i++) await store.saveSession(ALICE, { step: i, lastAnswer: `about ${MARKERS[0]}` });
  await store.appendHistory(ALICE, { summary: MARKERS[1] });
  await store.saveMeta(ALICE, 'note', MARKERS[2]);
  await store.saveProfile(BOB, exampleProfile());
}

/** Every file under `dir`, as latin1 text (binary-safe search). */
function filesUnder(dir: string): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push({ path, text: readFileSync(path).toString('latin1') });
  }
  return out;
}

/** Member keys found anywhere in the files, unwrapped with the master key. */
function keysIn(text: string, ring: KeyRing, userId: string) {
  return [...text.matchAll(/wrap:v1:[0-9a-f]{8}:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+/g)].flatMap((m) => {
    try {
      return [unwrapMemberKey(m[0], ring, `key:${userId}`)];
    } catch {
      return [];
    }
  });
}

/** Sealed records in the files that some key decrypts as one of Alice's records. */
function decryptable(text: string, ring: KeyRing): unknown[] {
  const keys = [...keysIn(text, ring, ALICE), ...keysIn(text, ring, BOB)];
  const sealed = [...text.matchAll(/enc:v2:[0-9a-f]{8}:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+/g)].map(
    (m) => m[0],
  );
  const out: unknown[] = [];
  for (const s of sealed) {
    for (const k of keys) {
      for (const ns of ['profile', 'session', 'history', 'meta']) {
        try {
          out.push(unseal(s, k, `${ns}:${ALICE}`));
        } catch {
          /* not this one */
        }
      }
    }
  }
  return out;
}

function expectNothingOfAlice(files: Array<{ path: string; text: string }>, ring: KeyRing): void {
  const all = files.map((f) => f.text).join('\n');
  for (const m of MARKERS) expect(all.includes(m), `${m} in plaintext`).toBe(false);
  expect(keysIn(all, ring, ALICE)).toEqual([]);
  expect(decryptable(all, ring)).toEqual([]);
}

describe.skipIf(!redisAvailable())('after /profile delete on Redis with an append-only file', () => {
  let redis: RedisServer;
  let dir: string;
  beforeAll(async () => {
    redis = await startRedis({ persistent: true });
    dir = redis.dir;
  });
  afterAll(() => redis?.stop());

  it('leaves no trace of the member in the AOF: no plaintext, nothing decryptable', async () => {
    const ring = (await deriveKeyRing([SECRET_A])) as KeyRing;
    const store = await openStore({ storeUrl: redis.url, profileSecrets: [SECRET_A] }, { today: () => TODAY });
    try {
      await fill(store);
      const before = filesUnder(dir)
        .map((f) => f.text)
        .join('\n');
      expect(decryptable(before, ring).length).toBeGreaterThan(0); // the search does find her before
      expect((await store.deleteUser(ALICE)).removed).toBe(4);
      expectNothingOfAlice(filesUnder(dir), ring);
      expect(await store.getProfile(BOB)).toEqual(exampleProfile());
    } finally {
      await store.close();
    }
  });
});

describe('after /profile delete on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'advisor-forensics-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves no trace of the member in the database or its WAL: no plaintext, nothing decryptable', async () => {
    const ring = (await deriveKeyRing([SECRET_A])) as KeyRing;
    const file = join(dir, 'advisor.sqlite');
    const store = await openStore({ storeUrl: `sqlite://${file}`, profileSecrets: [SECRET_A] }, { today: () => TODAY });
    try {
      await fill(store);
      const before = filesUnder(dir)
        .map((f) => f.text)
        .join('\n');
      expect(decryptable(before, ring).length).toBeGreaterThan(0);
      await store.deleteUser(ALICE);
      const files = filesUnder(dir);
      expect(files.map((f) => f.path)).toContain(file);
      if (existsSync(`${file}-wal`)) expect(statSync(`${file}-wal`).size).toBe(0); // checkpointed and truncated
      expectNothingOfAlice(files, ring);
      expect(await store.getProfile(BOB)).toEqual(exampleProfile());
    } finally {
      await store.close();
    }
  });
  // Newcomer trial 13 found a wrapped member key and sealed records in the file's free pages after a
  // delete, an import and a second delete. Freed pages (whole leaves, overflow chains) are not zeroed
  // under secure_delete=FAST, so a delete runs with secure_delete=ON.
  it('after delete, import again and delete again, with large records, no key or record of hers is left anywhere', async () => {
    const ring = (await deriveKeyRing([SECRET_A])) as KeyRing;
    const file = join(dir, 'again.sqlite');
    const store = await openStore({ storeUrl: `sqlite://${file}`, profileSecrets: [SECRET_A] }, { today: () => TODAY });
    const big = () => ({
      ...alice(),
      timeline: Array.from({ length: 40 }, (_, i) => ({
        from: '2020-01',
        to: '2020-02',
        activity: 'research' as const,
        note: `${MARKERS[0]} item ${i} `.repeat(8),
      })),
    });
    try {
      for (let round = 0; round < 2; round++) {
        await fill(store);
        // Other members writing around her move her records between pages (splits and merges).
        for (let i = 0; i < 40; i++)
          await store.saveProfile(`${1000 + round * 100 + i}00000000000000`, exampleProfile());
        for (let i = 0; i < 5; i++) await store.saveProfile(ALICE, big());
        for (let i = 0; i < 40; i += 2) await store.deleteUser(`${1000 + round * 100 + i}00000000000000`);
        for (let i = 0; i < 30; i++) await store.appendHistory(ALICE, { summary: `${MARKERS[1]} ${i}`.repeat(40) });
        await store.deleteUser(ALICE);
      }
      expectNothingOfAlice(filesUnder(dir), ring);
      expect(await store.getProfile(BOB)).toEqual(exampleProfile());
    } finally {
      await store.close();
    }
    // No free page is left to hold an old copy (the trial's copies sat in free pages).
    expect(await freePages(file)).toBe(0);
  });
});

/** SQLite's count of free pages in a database file. */
async function freePages(file: string): Promise<number> {
  const { default: sqlite3 } = await import('sqlite3');
  const db = new sqlite3.Database(file);
  try {
    return await new Promise<number>((resolve, reject) =>
      db.get('PRAGMA freelist_count', (e: Error | null, row: { freelist_count: number }) =>
        e ? reject(e) : resolve(row.freelist_count),
      ),
    );
  } finally {
    db.close();
  }
}
