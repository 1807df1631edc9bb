/**
 * Encryption at rest, format v2: a master key (PROFILE_SECRET or the generated key file) wraps one
 * key per member, and every member record is sealed with its member's key. Older stores (plain
 * JSON, or v1 whole-record ciphertext) are read and rewritten at start-up.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createCodec,
  deriveKey,
  deriveKeyRing,
  encrypt,
  masterIdOfWrapped,
  newMemberKey,
  seal,
  unseal,
  type KeyRing,
} from '../../src/store/crypto.js';
import { StoreCorruptError } from '../../src/store/errors.js';
import { ALICE, BACKENDS, BOB, exampleProfile, SECRET_A, SECRET_B, useBackend } from './backends.js';

const SEALED = /^\{"value":"enc:v2:[0-9a-f]{8}:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+"/;
const WRAPPED = /^\{"value":"wrap:v1:[0-9a-f]{8}:/;

describe('sealing', () => {
  it('writes a fresh IV each time, so equal values never look equal', () => {
    const mk = newMemberKey();
    const one = seal('Egypt', mk, 'meta:1');
    expect(one).not.toBe(seal('Egypt', mk, 'meta:1'));
    expect(unseal(one, mk, 'meta:1')).toBe('Egypt');
  });

  it("binds a record to its key: another member's ciphertext pasted in does not read", () => {
    const mk = newMemberKey();
    expect(() => unseal(seal({ a: 1 }, mk, 'profile:1'), mk, 'profile:2')).toThrow(
      expect.objectContaining({ reason: 'tampered' }),
    );
  });

  it('calls a record unreadable without its member key (a deleted member)', () => {
    const sealed = seal(1, newMemberKey(), 'profile:1');
    expect(() => unseal(sealed, undefined, 'profile:1')).toThrow(expect.objectContaining({ reason: 'unknown-key' }));
    expect(() => unseal(sealed, newMemberKey(), 'profile:1')).toThrow(
      expect.objectContaining({ reason: 'unknown-key' }),
    );
  });

  it('derives the same master key id from the same secret and a different one from another', async () => {
    const a1 = await deriveKey(SECRET_A);
    const b = await deriveKey(SECRET_B);
    expect(a1.id).toBe((await deriveKey(SECRET_A)).id);
    expect(a1.id).not.toBe(b.id);
  });

  it('reads v1 ciphertext of older builds, and calls malformed text unreadable', async () => {
    const ring = (await deriveKeyRing([SECRET_A])) as KeyRing;
    const codec = createCodec(ring);
    expect(codec.deserialize(encrypt('{"value":"Egypt"}', ring.current))).toEqual({ value: 'Egypt' });
    expect(codec.serialize({ value: 'x' })).toBe('{"value":"x"}');
    expect(() => codec.deserialize('not json')).toThrow(expect.objectContaining({ reason: 'unreadable' }));
    expect(() => createCodec(undefined).deserialize(encrypt('{}', ring.current))).toThrow(StoreCorruptError);
  });
});

describe.each(BACKENDS)('encryption at rest on %s', (_name, make) => {
  const { fx, openStore, keyFile } = useBackend(make);

  async function fillAlice(secrets: string[]) {
    const store = await openStore(secrets);
    await store.saveProfile(ALICE, exampleProfile());
    await store.saveSession(ALICE, { lastAnswer: 'I led the Epic go-live in Cairo' });
    await store.appendHistory(ALICE, { summary: 'talked about Egypt' });
    await store.saveMeta(ALICE, 'note', 'Egypt');
    await store.close();
  }

  function expectNoPlaintext(entries: Array<{ key: string; value: string }>) {
    for (const e of entries) {
      expect(e.value).not.toContain('Egypt');
      expect(e.value).not.toContain('Dr. Lee');
      expect(e.value).not.toContain('Cairo');
    }
  }

  it('with no PROFILE_SECRET, generates a key file (mode 0600) on the first run and stores only ciphertext', async () => {
    await fillAlice([]);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const secret = readFileSync(keyFile, 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    const entries = await fx.rawEntries();
    expectNoPlaintext(entries);
    for (const e of entries) {
      expect(e.value).not.toContain(secret);
      expect(e.value).toMatch(e.key.startsWith('key:') ? WRAPPED : SEALED);
    }
    const store = await openStore([]);
    expect(store.encrypted).toBe(true);
    expect(await store.getProfile(ALICE)).toEqual(exampleProfile());
    expect(await store.getSession(ALICE)).toEqual({ lastAnswer: 'I led the Epic go-live in Cairo' });
  });

  it('migrates an older store at start-up: plain JSON and v1 ciphertext are read and rewritten sealed', async () => {
    const a = await deriveKey(SECRET_A);
    await fx.setRaw(`profile:${ALICE}`, JSON.stringify({ value: { v: 1, data: exampleProfile() } }));
    await fx.setRaw(`meta:${ALICE}`, encrypt(JSON.stringify({ value: { note: 'Egypt' } }), a));
    await fx.setRaw(`history:${BOB}`, JSON.stringify({ value: [{ summary: 'Cairo' }] }));
    const store = await openStore([SECRET_A]);
    const entries = await fx.rawEntries();
    expectNoPlaintext(entries);
    expect(entries.filter((e) => !e.key.startsWith('key:')).every((e) => SEALED.test(e.value))).toBe(true);
    expect(await store.getProfile(ALICE)).toEqual(exampleProfile());
    expect(await store.getMeta(ALICE, 'note')).toBe('Egypt');
    expect(await store.listHistory(BOB)).toEqual([{ summary: 'Cairo' }]);
  });

  it('rotates keys: member keys rewrapped with the new secret, records untouched and readable', async () => {
    await fillAlice([SECRET_A]);
    const a = await deriveKey(SECRET_A);
    const b = await deriveKey(SECRET_B);
    const sealedBefore = (await fx.rawEntries()).filter((e) => !e.key.startsWith('key:'));

    const rotating = await openStore([SECRET_B, SECRET_A]);
    expect(await rotating.getProfile(ALICE)).toEqual(exampleProfile());
    await rotating.saveProfile(BOB, exampleProfile());
    const wrappedBy = async () =>
      Object.fromEntries(
        (await fx.rawEntries())
          .filter((e) => e.key.startsWith('key:'))
          .map((e) => [e.key, masterIdOfWrapped(JSON.parse(e.value).value as string)]),
      );
    expect(await wrappedBy()).toEqual({ [`key:${ALICE}`]: a.id, [`key:${BOB}`]: b.id });

    const report = await rotating.reencryptAll();
    expect(report).toMatchObject({ rewritten: 1, failed: [] });
    expect(Object.values(await wrappedBy())).toEqual([b.id, b.id]);
    const sealedAfter = (await fx.rawEntries()).filter((e) => e.key.includes(ALICE) && !e.key.startsWith('key:'));
    expect(sealedAfter).toEqual(sealedBefore); // only the keys moved
    await rotating.close();

    const rotated = await openStore([SECRET_B]);
    expect(await rotated.getProfile(ALICE)).toEqual(exampleProfile());
    expect(await rotated.listHistory(ALICE)).toEqual([{ summary: 'talked about Egypt' }]);
  });

  it('keeps the session lifetime when migrating an old record', async () => {
    const a = await deriveKey(SECRET_A);
    await fx.setRaw(`session:${ALICE}`, encrypt(JSON.stringify({ value: { step: 1 }, expires: Date.now() + 1500 }), a));
    const store = await openStore([SECRET_A]);
    expect(await store.getSession(ALICE)).toEqual({ step: 1 });
    await new Promise((r) => setTimeout(r, 1700));
    expect(await store.getSession(ALICE)).toBeUndefined();
  });

  it('refuses to read with the wrong secret and says so without any stored data', async () => {
    await fillAlice([SECRET_A]);
    const store = await openStore([SECRET_B]);
    const error = await store.getProfile(ALICE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect(error).toMatchObject({ reason: 'unknown-key', operation: 'getProfile' });
    expect(String((error as Error).message)).not.toMatch(/Egypt|Lee|internal medicine/);
    const report = await store.reencryptAll();
    expect(report.failed).toContainEqual({ key: `key:${ALICE}`, reason: 'unknown-key' });
  });

  it('detects a tampered ciphertext and leaks nothing', async () => {
    await fillAlice([SECRET_A]);
    const stored = (await fx.rawEntries()).find((e) => e.key === `profile:${ALICE}`)?.value ?? '';
    const sealed = JSON.parse(stored).value as string;
    const parts = sealed.split(':');
    const body = Buffer.from(parts[5] ?? '', 'base64');
    body[3] = (body[3] ?? 0) ^ 0x01;
    parts[5] = body.toString('base64');
    await fx.setRaw(`profile:${ALICE}`, JSON.stringify({ value: parts.join(':') }));

    const store = await openStore([SECRET_A]);
    const error = await store.getProfile(ALICE).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StoreCorruptError', reason: 'tampered', problems: [] });
    expect(JSON.stringify(error)).not.toContain('Egypt');
    expect(await store.getMeta(ALICE, 'note')).toBe('Egypt');
  });

  it('destroys the member key on delete: a copy of their records put back is unreadable', async () => {
    await fillAlice([SECRET_A]);
    const copies = (await fx.rawEntries()).filter((e) => e.key.includes(ALICE) && !e.key.startsWith('key:'));
    const store = await openStore([SECRET_A]);
    await store.deleteUser(ALICE);
    for (const c of copies) await fx.setRaw(c.key, c.value); // as if restored from a copy
    await expect(store.getProfile(ALICE)).rejects.toMatchObject({ reason: 'unknown-key' });
    await expect(store.listHistory(ALICE)).rejects.toMatchObject({ reason: 'unknown-key' });
  });
});
