import { describe, expect, it } from 'vitest';
import { counterKey } from '../../src/store/store.js';
import { ALICE, BACKENDS, BOB, exampleProfile, useBackend } from './backends.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(BACKENDS)('store on %s', (_name, make) => {
  const { fx, openStore } = useBackend(make);

  it('round-trips profile, session, history and meta', async () => {
    const store = await openStore();
    const profile = exampleProfile();
    await store.saveProfile(ALICE, profile);
    await store.saveSession(ALICE, { questionIndex: 3, answers: ['first answer'] });
    await store.appendHistory(ALICE, { at: '2026-05-01', score: 3 });
    await store.appendHistory(ALICE, { at: '2026-05-08', score: 4 });
    await store.saveMeta(ALICE, 'setupStep', 2);
    await store.saveMeta(ALICE, 'consent', { storeProfile: true });

    expect(await store.getProfile(ALICE)).toEqual(profile);
    expect(await store.getSession(ALICE)).toEqual({ questionIndex: 3, answers: ['first answer'] });
    expect(await store.listHistory(ALICE)).toEqual([
      { at: '2026-05-01', score: 3 },
      { at: '2026-05-08', score: 4 },
    ]);
    expect(await store.getMeta(ALICE, 'setupStep')).toBe(2);
    expect(await store.getMeta(ALICE, 'consent')).toEqual({ storeProfile: true });
  });

  it('answers undefined or empty for a member with nothing stored', async () => {
    const store = await openStore();
    expect(await store.getProfile(ALICE)).toBeUndefined();
    expect(await store.getSession(ALICE)).toBeUndefined();
    expect(await store.listHistory(ALICE)).toEqual([]);
    expect(await store.getMeta(ALICE, 'setupStep')).toBeUndefined();
    expect(await store.deleteSession(ALICE)).toBe(false);
  });

  it('reads everything back from a fresh store instance after a restart', async () => {
    const first = await openStore();
    await first.saveProfile(ALICE, exampleProfile());
    await first.saveSession(ALICE, { step: 1 });
    await first.appendHistory(ALICE, { summary: 'ok' });
    await first.saveMeta(ALICE, 'setupStep', 4);
    await first.close();

    const second = await openStore();
    expect(await second.getProfile(ALICE)).toEqual(exampleProfile());
    expect(await second.getSession(ALICE)).toEqual({ step: 1 });
    expect(await second.listHistory(ALICE)).toEqual([{ summary: 'ok' }]);
    expect(await second.getMeta(ALICE, 'setupStep')).toBe(4);
  });

  it('never mixes two members', async () => {
    const store = await openStore();
    const bobProfile = { ...exampleProfile(), medSchool: { country: 'India', graduated: '2015-06' } };
    await store.saveProfile(ALICE, exampleProfile());
    await store.saveProfile(BOB, bobProfile);
    await store.saveSession(BOB, { step: 9 });
    await store.appendHistory(ALICE, { who: 'alice' });
    await store.saveMeta(BOB, 'setupStep', 7);

    expect((await store.getProfile(ALICE))?.medSchool?.country).toBe('Egypt');
    expect((await store.getProfile(BOB))?.medSchool?.country).toBe('India');
    expect(await store.getSession(ALICE)).toBeUndefined();
    expect(await store.listHistory(BOB)).toEqual([]);
    expect(await store.getMeta(ALICE, 'setupStep')).toBeUndefined();
  });

  it('deletes every record of a member and nothing of anyone else', async () => {
    const store = await openStore();
    for (const id of [ALICE, BOB]) {
      await store.saveProfile(id, exampleProfile());
      await store.saveSession(id, { step: 1 });
      await store.appendHistory(id, { n: 1 });
      await store.saveMeta(id, 'setupStep', 1);
      await store.incrementCounter(counterKey(id, 'ask'), 60_000);
    }
    const report = await store.deleteUser(ALICE);
    expect(report.removed).toBe(5);

    const entries = await fx.rawEntries();
    expect(entries.filter((e) => e.key.includes(ALICE))).toEqual([]);
    expect(entries.filter((e) => e.key.includes(BOB)).map((e) => e.key)).toEqual([
      `counter:${BOB}:ask`,
      `history:${BOB}`,
      `key:${BOB}`,
      `meta:${BOB}`,
      `profile:${BOB}`,
      `session:${BOB}`,
    ]);
    expect(await store.getProfile(ALICE)).toBeUndefined();
    expect(await store.exportUser(ALICE)).toMatchObject({
      profile: null,
      session: null,
      history: [],
      meta: {},
      counters: {},
    });
    expect(await store.deleteUser(ALICE)).toEqual({ removed: 0 });
  });

  it('exports everything stored about a member', async () => {
    const store = await openStore();
    await store.saveProfile(ALICE, exampleProfile());
    await store.saveSession(ALICE, { step: 2 });
    await store.appendHistory(ALICE, { summary: 'first mock' });
    await store.saveMeta(ALICE, 'consent', true);
    await store.incrementCounter(counterKey(ALICE, 'mock'), 60_000);
    await store.incrementCounter(counterKey(ALICE, 'mock'), 60_000);
    await store.saveProfile(BOB, exampleProfile());

    const exported = await store.exportUser(ALICE);
    expect(exported).toMatchObject({
      userId: ALICE,
      profile: { valid: true, storedVersion: 1, data: exampleProfile() },
      session: { step: 2 },
      history: [{ summary: 'first mock' }],
      meta: { consent: true },
      counters: { mock: 2 },
    });
    expect(Date.parse(exported.exportedAt)).not.toBeNaN();
  });

  it('keeps only the newest 20 history entries', async () => {
    const store = await openStore();
    for (let i = 1; i <= 23; i++) await store.appendHistory(ALICE, { n: i });
    const history = (await store.listHistory(ALICE)) as Array<{ n: number }>;
    expect(history).toHaveLength(20);
    expect(history[0]?.n).toBe(4);
    expect(history[19]?.n).toBe(23);
  });

  it('loses no history entry when appends for one member overlap', async () => {
    const store = await openStore();
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.appendHistory(ALICE, { n: i })));
    expect(await store.listHistory(ALICE)).toHaveLength(10);
  });

  it('removes a meta key saved as undefined, and the record with the last key', async () => {
    const store = await openStore();
    await store.saveMeta(ALICE, 'a', 1);
    await store.saveMeta(ALICE, 'b', 2);
    await store.saveMeta(ALICE, 'a', undefined);
    expect(await store.getMeta(ALICE, 'a')).toBeUndefined();
    expect(await store.getMeta(ALICE, 'b')).toBe(2);
    await store.saveMeta(ALICE, 'b', undefined);
    // Only the member's (wrapped) key is left: no record.
    expect((await fx.rawEntries()).map((e) => e.key)).toEqual([`key:${ALICE}`]);
  });

  it('forgets a session after its time to live, and on deleteSession', async () => {
    const store = await openStore();
    await store.saveSession(ALICE, { step: 1 }, 80);
    expect(await store.getSession(ALICE)).toEqual({ step: 1 });
    await sleep(150);
    expect(await store.getSession(ALICE)).toBeUndefined();

    await store.saveSession(BOB, { step: 1 });
    expect(await store.deleteSession(BOB)).toBe(true);
    expect(await store.getSession(BOB)).toBeUndefined();
  });

  it('counts within a window and starts again after it expires', async () => {
    const store = await openStore();
    const key = counterKey(ALICE, 'ask');
    const first = await store.incrementCounter(key, 200);
    expect(first.count).toBe(1);
    expect(first.expiresAt - Date.now()).toBeGreaterThan(100);
    expect(first.expiresAt - Date.now()).toBeLessThanOrEqual(200);
    expect((await store.incrementCounter(key, 200)).count).toBe(2);
    // Later increments do not extend the window: 80 ms on, an extended window would end 80 ms later;
    // Redis reports the remaining ms, so allow 40 ms of clock slack (25 flaked once on a busy CI).
    await sleep(80);
    const third = await store.incrementCounter(key, 200);
    expect(third.count).toBe(3);
    expect(Math.abs(third.expiresAt - first.expiresAt)).toBeLessThan(40);
    await sleep(300);
    expect((await store.incrementCounter(key, 200)).count).toBe(1);
  });

  it('never loses a count when increments race, even from two store instances', async () => {
    const a = await openStore();
    const b = await openStore();
    const key = counterKey(ALICE, 'quota');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).incrementCounter(key, 60_000)),
    );
    expect(results.map((r) => r.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('rejects ids that could reach into other keys', async () => {
    const store = await openStore();
    await expect(store.getProfile('123:456')).rejects.toThrow(TypeError);
    await expect(store.saveSession('', {})).rejects.toThrow(TypeError);
    expect(() => counterKey('bad id', 'ask')).toThrow(TypeError);
    await expect(store.incrementCounter('a key', 1000)).rejects.toThrow(TypeError);
    await expect(store.incrementCounter(counterKey(ALICE, 'ask'), 0)).rejects.toThrow(TypeError);
    await expect(store.saveSession(ALICE, {}, -5)).rejects.toThrow(TypeError);
  });

  it('reports itself healthy with its backend', async () => {
    const store = await openStore();
    const started = performance.now();
    const health = await store.health();
    const wallMs = performance.now() - started;
    expect(health).toMatchObject({ ok: true, backend: fx.name, encrypted: true });
    // The round trip it measured, in whole milliseconds: within the time the call itself took.
    expect(Number.isInteger(health.latencyMs)).toBe(true);
    expect(health.latencyMs).toBeGreaterThanOrEqual(0);
    expect(health.latencyMs).toBeLessThanOrEqual(Math.ceil(wallMs));
  });
});
