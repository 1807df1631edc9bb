import { describe, expect, it } from 'vitest';
import { StoreCorruptError } from '../../src/store/errors.js';
import { migrateProfile, PROFILE_STORE_VERSION, readEnvelope, wrapProfile } from '../../src/store/migrations.js';
import { ALICE, BACKENDS, exampleProfile, TODAY, useBackend } from './backends.js';

/** The example profile as an early build stored it: bare, `lang`, matchAttempts as text. */
function v0Profile(): Record<string, unknown> {
  const p = exampleProfile() as unknown as Record<string, unknown>;
  const { version: _version, ...bare } = p;
  const letters = (p.letters as Array<Record<string, unknown>>).map((l, i) => (i === 1 ? { ...l, lang: 'Arabic' } : l));
  return { ...bare, matchAttempts: '1', letters };
}

describe('migrateProfile', () => {
  it('reads a current envelope unchanged', () => {
    const result = migrateProfile(wrapProfile(exampleProfile()), TODAY);
    expect(result).toEqual({ ok: true, value: { profile: exampleProfile(), fromVersion: PROFILE_STORE_VERSION } });
  });

  it('upgrades a bare v0 profile: lang becomes language, "1" becomes 1, version is stamped', () => {
    const result = migrateProfile(v0Profile(), TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.fromVersion).toBe(0);
    expect(result.value.profile.version).toBe(1);
    expect(result.value.profile.matchAttempts).toBe(1);
    expect(result.value.profile.letters?.[1]).toMatchObject({ writer: 'Dr. Haddad', language: 'Arabic' });
    expect(result.value.profile.letters?.[1]).not.toHaveProperty('lang');
  });

  it('keeps language when a v0 letter has both names', () => {
    const v0 = v0Profile();
    (v0.letters as Array<Record<string, unknown>>)[0] = {
      ...(v0.letters as Array<Record<string, unknown>>)[0],
      lang: 'en',
      language: 'English',
    };
    const result = migrateProfile(v0, TODAY);
    expect(result.ok && result.value.profile.letters?.[0]?.language).toBe('English');
  });

  it('reports a v0 matchAttempts that is not a number, naming the field', () => {
    const result = migrateProfile({ ...v0Profile(), matchAttempts: 'twice' }, TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.join('\n')).toMatch(/^matchAttempts: /);
  });

  it('reports an envelope whose data fails the profile schema', () => {
    const result = migrateProfile({ v: 1, data: { ...exampleProfile(), gradutionYear: 2018 } }, TODAY);
    expect(result).toEqual({ ok: false, error: [expect.stringMatching(/^gradutionYear: unknown key/)] });
  });

  it('refuses versions from a newer build and values that are not objects', () => {
    expect(migrateProfile({ v: 2, data: {} }, TODAY).ok).toBe(false);
    expect(migrateProfile('profile', TODAY).ok).toBe(false);
    expect(migrateProfile([1, 2], TODAY).ok).toBe(false);
  });

  it('treats an object with extra keys beside v and data as a bare v0 profile', () => {
    expect(readEnvelope({ v: 1, data: {}, extra: true })).toEqual({
      ok: true,
      value: { v: 0, data: { v: 1, data: {}, extra: true } },
    });
  });
});

describe.each(BACKENDS)('stored profile shapes on %s', (_name, make) => {
  const { fx, openStore } = useBackend(make);
  const keyvJson = (value: unknown) => JSON.stringify({ value });

  it('reads a v0 profile stored by an early build and saves it back as v1', async () => {
    await fx.setRaw(`profile:${ALICE}`, keyvJson(v0Profile()));
    const store = await openStore();
    const profile = await store.getProfile(ALICE);
    expect(profile?.letters?.[1]?.language).toBe('Arabic');
    expect(profile?.matchAttempts).toBe(1);

    if (!profile) return;
    await store.saveProfile(ALICE, profile);
    // Stored sealed now; read back through a fresh store it is the v1 envelope.
    const raw = (await fx.rawEntries()).find((e) => e.key === `profile:${ALICE}`)?.value ?? '';
    expect(raw).not.toContain('Arabic');
    expect((await (await openStore()).exportUser(ALICE)).profile).toMatchObject({ valid: true, storedVersion: 1 });
  });

  it('reports an invalid stored profile with its problems, without crashing or leaking them', async () => {
    await fx.setRaw(`profile:${ALICE}`, keyvJson({ v: 1, data: { ...exampleProfile(), matchAttempts: 'many' } }));
    const store = await openStore();
    const error = await store.getProfile(ALICE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect(error).toMatchObject({ reason: 'invalid-profile', fields: ['matchAttempts'] });
    expect((error as StoreCorruptError).problems[0]).toMatch(/^matchAttempts: expected a number/);
    expect((error as Error).message).not.toContain('many');

    // The export still hands the member what is stored, with the problems.
    const exported = await store.exportUser(ALICE);
    expect(exported.profile).toMatchObject({ valid: false, storedVersion: 1, data: { matchAttempts: 'many' } });
  });

  it('refuses a profile written by a newer build', async () => {
    await fx.setRaw(`profile:${ALICE}`, keyvJson({ v: 99, data: {} }));
    const store = await openStore();
    await expect(store.getProfile(ALICE)).rejects.toMatchObject({ reason: 'newer-version' });
  });

  it('calls a value that is not JSON unreadable', async () => {
    await fx.setRaw(`profile:${ALICE}`, 'garbage{');
    const store = await openStore();
    await expect(store.getProfile(ALICE)).rejects.toMatchObject({ reason: 'unreadable' });
  });
});
