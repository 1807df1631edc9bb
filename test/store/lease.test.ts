// Leases: a cross-process semaphore in the store (the LLM layer's global concurrency cap). Two
// store instances on the same file / server stand for two processes or shards.
import { describe, expect, it } from 'vitest';
import { ALICE, BACKENDS, exampleProfile, useBackend } from './backends.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(BACKENDS)('leases on %s', (_name, make) => {
  const { openStore } = useBackend(make);

  it('grants exactly max of 20 concurrent acquires', async () => {
    const store = await openStore();
    const leases = await Promise.all(Array.from({ length: 20 }, () => store.acquireLease('llm', 4, 60_000)));
    const granted = leases.filter((l) => l !== null);
    expect(granted).toHaveLength(4);
    expect(new Set(granted.map((l) => l.token)).size).toBe(4);
  });

  it('frees a slot on release, and ignores a token it does not hold', async () => {
    const store = await openStore();
    const first = await store.acquireLease('llm', 2, 60_000);
    const second = await store.acquireLease('llm', 2, 60_000);
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(await store.acquireLease('llm', 2, 60_000)).toBeNull();

    await store.releaseLease('llm', 'not-a-held-token');
    expect(await store.acquireLease('llm', 2, 60_000)).toBeNull();

    await store.releaseLease('llm', first!.token);
    expect(await store.acquireLease('llm', 2, 60_000)).not.toBeNull();
    expect(await store.acquireLease('llm', 2, 60_000)).toBeNull();
    // Releasing twice does not free a second slot.
    await store.releaseLease('llm', first!.token);
    expect(await store.acquireLease('llm', 2, 60_000)).toBeNull();
  });

  it('frees a slot when a lease expires (a crashed holder)', async () => {
    const store = await openStore();
    expect(await store.acquireLease('llm', 1, 60)).not.toBeNull();
    expect(await store.acquireLease('llm', 1, 60_000)).toBeNull();
    await sleep(120);
    expect(await store.acquireLease('llm', 1, 60_000)).not.toBeNull();
    expect(await store.acquireLease('llm', 1, 60_000)).toBeNull();
  });

  it('shares the cap between two store instances (two processes)', async () => {
    const a = await openStore();
    const b = await openStore();
    const leases = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).acquireLease('llm', 3, 60_000)),
    );
    const granted = leases.filter((l) => l !== null);
    expect(granted).toHaveLength(3);
    // A lease taken by one instance is released through the other.
    await b.releaseLease('llm', granted[0]!.token);
    expect(await a.acquireLease('llm', 3, 60_000)).not.toBeNull();
    expect(await b.acquireLease('llm', 3, 60_000)).toBeNull();
  });

  it('keeps separate caps per name', async () => {
    const store = await openStore();
    expect(await store.acquireLease('llm', 1, 60_000)).not.toBeNull();
    expect(await store.acquireLease('llm', 1, 60_000)).toBeNull();
    expect(await store.acquireLease('other', 1, 60_000)).not.toBeNull();
  });

  it('leaves leases out of a member export and delete', async () => {
    const store = await openStore();
    await store.saveProfile(ALICE, exampleProfile());
    const lease = await store.acquireLease('llm', 1, 60_000);
    expect(lease).not.toBeNull();

    const exported = await store.exportUser(ALICE);
    expect(JSON.stringify(exported)).not.toContain(lease!.token);
    expect(exported.counters).toEqual({});
    expect(await store.deleteUser(ALICE)).toEqual({ removed: 1 });
    // The lease is still held: delete did not touch it.
    expect(await store.acquireLease('llm', 1, 60_000)).toBeNull();
  });

  it('rejects names that could reach into member keys, and bad limits', async () => {
    const store = await openStore();
    await expect(store.acquireLease(`${ALICE}:x`, 1, 1000)).rejects.toThrow(TypeError);
    await expect(store.acquireLease('', 1, 1000)).rejects.toThrow(TypeError);
    await expect(store.acquireLease('llm', 0, 1000)).rejects.toThrow(TypeError);
    await expect(store.acquireLease('llm', 1, 0)).rejects.toThrow(TypeError);
    await expect(store.releaseLease('llm', 'a b')).rejects.toThrow(TypeError);
  });
});
