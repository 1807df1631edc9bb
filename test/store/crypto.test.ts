import { describe, expect, it } from 'vitest';
import { createCodec, deriveKey, deriveKeyRing, encrypt, keyIdOfStored } from '../../src/store/crypto.js';
import { StoreCorruptError } from '../../src/store/errors.js';
import { ALICE, BACKENDS, BOB, exampleProfile, SECRET_A, SECRET_B, useBackend } from './backends.js';

const ENCRYPTED = /^enc:v1:[0-9a-f]{8}:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/;

describe('codec', () => {
  it('writes a fresh IV each time, so equal values never look equal', async () => {
    const ring = await deriveKeyRing([SECRET_A]);
    const codec = createCodec(ring);
    const one = codec.serialize({ value: 'Egypt' });
    const two = codec.serialize({ value: 'Egypt' });
    expect(one).toMatch(ENCRYPTED);
    expect(one).not.toBe(two);
    expect(codec.deserialize(one)).toEqual({ value: 'Egypt' });
  });

  it('derives the same key id from the same secret and a different one from another', async () => {
    const a1 = await deriveKey(SECRET_A);
    const a2 = await deriveKey(SECRET_A);
    const b = await deriveKey(SECRET_B);
    expect(a1.id).toBe(a2.id);
    expect(a1.id).not.toBe(b.id);
    expect(keyIdOfStored(encrypt('x', b))).toBe(b.id);
    expect(keyIdOfStored('{"value":1}')).toBeUndefined();
  });

  it('writes plain JSON without a secret and refuses ciphertext it has no key for', async () => {
    const plain = createCodec(undefined);
    expect(plain.serialize({ value: { a: 1 } })).toBe('{"value":{"a":1}}');
    const sealed = createCodec(await deriveKeyRing([SECRET_A])).serialize({ value: 1 });
    expect(() => plain.deserialize(sealed)).toThrow(StoreCorruptError);
  });

  it('rejects a header that was edited to name another key', async () => {
    const a = await deriveKey(SECRET_A);
    const ring = await deriveKeyRing([SECRET_B, SECRET_A]);
    const b = ring?.current;
    const stored = encrypt('{"value":1}', a).replace(a.id, b?.id ?? '');
    expect(() => createCodec(ring).deserialize(stored)).toThrow(expect.objectContaining({ reason: 'tampered' }));
  });

  it('calls malformed stored text unreadable', () => {
    const codec = createCodec(undefined);
    expect(() => codec.deserialize('not json')).toThrow(expect.objectContaining({ reason: 'unreadable' }));
    expect(() => codec.deserialize('enc:v9:abc')).toThrow(expect.objectContaining({ reason: 'unreadable' }));
  });
});

describe.each(BACKENDS)('encryption at rest on %s', (_name, make) => {
  const { fx, openStore } = useBackend(make);

  async function fillAlice(secrets: string[]) {
    const store = await openStore(secrets);
    await store.saveProfile(ALICE, exampleProfile());
    await store.saveSession(ALICE, { lastAnswer: 'I led the Epic go-live in Cairo' });
    await store.appendHistory(ALICE, { summary: 'talked about Egypt' });
    await store.saveMeta(ALICE, 'note', 'Egypt');
    await store.close();
  }

  it('stores only ciphertext, yet reads everything back', async () => {
    await fillAlice([SECRET_A]);
    const entries = await fx.rawEntries();
    expect(entries).toHaveLength(4);
    for (const e of entries) {
      expect(e.value).toMatch(ENCRYPTED);
      expect(e.value).not.toContain('Egypt');
      expect(e.value).not.toContain('Dr. Lee');
    }
    const store = await openStore([SECRET_A]);
    expect(store.encrypted).toBe(true);
    expect(await store.getProfile(ALICE)).toEqual(exampleProfile());
    expect(await store.getSession(ALICE)).toEqual({ lastAnswer: 'I led the Epic go-live in Cairo' });
    expect(await store.getMeta(ALICE, 'note')).toBe('Egypt');
  });

  it('reads plain values written before a secret was set, and encrypts them on the next write', async () => {
    await fillAlice([]);
    expect((await fx.rawEntries()).find((e) => e.key === `profile:${ALICE}`)?.value).toContain('Egypt');

    const store = await openStore([SECRET_A]);
    expect(await store.getProfile(ALICE)).toEqual(exampleProfile());
    await store.saveProfile(ALICE, exampleProfile());
    const entries = await fx.rawEntries();
    expect(entries.find((e) => e.key === `profile:${ALICE}`)?.value).toMatch(ENCRYPTED);
    expect(entries.find((e) => e.key === `session:${ALICE}`)?.value).toContain('Cairo'); // not rewritten yet
  });

  it('rotates keys: reads old records with the previous key, writes with the new one', async () => {
    await fillAlice([SECRET_A]);
    const a = await deriveKey(SECRET_A);
    const b = await deriveKey(SECRET_B);

    const rotating = await openStore([SECRET_B, SECRET_A]);
    expect(await rotating.getProfile(ALICE)).toEqual(exampleProfile());
    await rotating.saveProfile(BOB, exampleProfile());
    const ids = Object.fromEntries((await fx.rawEntries()).map((e) => [e.key, keyIdOfStored(e.value)]));
    expect(ids[`profile:${ALICE}`]).toBe(a.id);
    expect(ids[`profile:${BOB}`]).toBe(b.id);

    const report = await rotating.reencryptAll();
    expect(report).toEqual({ scanned: 5, rewritten: 4, alreadyCurrent: 1, failed: [] });
    for (const e of await fx.rawEntries()) expect(keyIdOfStored(e.value)).toBe(b.id);
    await rotating.close();

    const rotated = await openStore([SECRET_B]);
    expect(await rotated.getProfile(ALICE)).toEqual(exampleProfile());
    expect(await rotated.listHistory(ALICE)).toEqual([{ summary: 'talked about Egypt' }]);
  });

  it('keeps the session lifetime when re-encrypting', async () => {
    // Both stores are opened first: deriving keys (scrypt) takes a noticeable share of a second on
    // a loaded machine and must not eat into the session's lifetime before the re-encryption runs.
    const old = await openStore([SECRET_A]);
    const store = await openStore([SECRET_B, SECRET_A]);
    await old.saveSession(ALICE, { step: 1 }, 1500);
    expect((await store.reencryptAll()).rewritten).toBe(1);
    expect(await store.getSession(ALICE)).toEqual({ step: 1 });
    await new Promise((r) => setTimeout(r, 1700));
    expect(await store.getSession(ALICE)).toBeUndefined();
  });

  it('refuses to read with the wrong key and says so without any stored data', async () => {
    await fillAlice([SECRET_A]);
    const store = await openStore([SECRET_B]);
    const error = await store.getProfile(ALICE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect(error).toMatchObject({ reason: 'unknown-key', operation: 'getProfile' });
    expect(String((error as Error).message)).not.toMatch(/Egypt|Lee|internal medicine/);

    const report = await store.reencryptAll();
    expect(report.failed).toHaveLength(4);
    expect(report.failed[0]).toEqual({ key: `profile:${ALICE}`, reason: 'unknown-key' });
  });

  it('refuses encrypted records when no secret is configured', async () => {
    await fillAlice([SECRET_A]);
    const store = await openStore([]);
    await expect(store.getSession(ALICE)).rejects.toMatchObject({ name: 'StoreCorruptError', reason: 'unknown-key' });
    await expect(store.reencryptAll()).rejects.toThrow(/no PROFILE_SECRET/);
  });

  it('detects a tampered ciphertext and leaks nothing', async () => {
    await fillAlice([SECRET_A]);
    const stored = (await fx.rawEntries()).find((e) => e.key === `profile:${ALICE}`)?.value ?? '';
    const parts = stored.split(':');
    const body = Buffer.from(parts[5] ?? '', 'base64');
    body[3] = (body[3] ?? 0) ^ 0x01;
    parts[5] = body.toString('base64');
    await fx.setRaw(`profile:${ALICE}`, parts.join(':'));

    const store = await openStore([SECRET_A]);
    const error = await store.getProfile(ALICE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect(error).toMatchObject({ reason: 'tampered', problems: [] });
    expect(JSON.stringify(error)).not.toContain('Egypt');
    // Everything else of the member still reads.
    expect(await store.getMeta(ALICE, 'note')).toBe('Egypt');
  });
});
