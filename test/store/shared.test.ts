// Shared records (per-server aggregates such as /ask question counts) on both engines: atomic
// across two store instances, expiring, kept apart from every member's export and deletion, and
// the /ask statistics built on them hold no member ids.
import { describe, expect, it } from 'vitest';
import { readStats, recordAsk, recordVote, statsKey, monthOf } from '../../src/app/ask-stats.js';
import { ALICE, BACKENDS, BOB, exampleProfile, useBackend } from './backends.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const NOW = new Date('2026-12-03T10:00:00Z');

describe.each(BACKENDS)('shared records on %s', (_name, make) => {
  const { openStore } = useBackend(make);

  it('counts every increment from two store instances (two processes)', async () => {
    const a = await openStore();
    const b = await openStore();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).updateShared<number>('count-test', (n) => (n ?? 0) + 1, 60_000),
      ),
    );
    expect(await a.getShared<number>('count-test')).toBe(20);
  });

  it('expires, and is never part of a member export or deletion', async () => {
    const store = await openStore();
    await store.saveProfile(ALICE, exampleProfile());
    await store.updateShared('short-lived', () => ({ x: 1 }), 60);
    await store.updateShared('kept', () => ({ y: 2 }), 60_000);
    expect(JSON.stringify(await store.exportUser(ALICE))).not.toMatch(/short-lived|kept/);
    await store.deleteUser(ALICE);
    expect(await store.getShared('kept')).toEqual({ y: 2 });
    await sleep(150);
    expect(await store.getShared('short-lived')).toBeUndefined();
  });

  it('rejects keys that could reach into another namespace', async () => {
    const store = await openStore();
    await expect(store.getShared('has space')).rejects.toThrow(/shared key/);
  });

  it('/ask statistics: distinct members counted by keyed hash, text kept only from the third member, no ids stored', async () => {
    const store = await openStore();
    const answer = { covered: false, kind: 'not-covered' as const };
    const ask = (userId: string, question: string) =>
      recordAsk({ store, secret: undefined, scope: 'guild1', userId, question, answer, now: NOW });
    const key = await ask(ALICE, 'Is there a podcast about informatics?');
    await ask(ALICE, 'is there a podcast about informatics');
    await ask(BOB, 'Is there a PODCAST about informatics??');
    let q = (await readStats(store, 'guild1', NOW))?.questions[key];
    expect(q).toMatchObject({ n: 3, answered: false });
    expect(q?.by).toHaveLength(2);
    expect(q?.text).toBeUndefined();
    await ask('333333333333333333', 'is there a podcast about informatics?');
    q = (await readStats(store, 'guild1', NOW))?.questions[key];
    expect(q?.by).toHaveLength(3);
    expect(q?.text).toBe('is there a podcast about informatics?');
    expect(await recordVote(store, undefined, 'guild1', key, ALICE, 'up', NOW)).toBe('counted');
    const raw = JSON.stringify(await store.getShared(statsKey('guild1', monthOf(NOW))));
    for (const id of [ALICE, BOB, '333333333333333333']) expect(raw).not.toContain(id);
    // Another month starts from nothing, with a new key: last month's hashes do not carry over.
    const next = new Date('2027-01-02T10:00:00Z');
    expect(await readStats(store, 'guild1', next)).toBeUndefined();
    expect(await recordVote(store, undefined, 'guild1', key, ALICE, 'up', next)).toBe('unknown');
  });
});
