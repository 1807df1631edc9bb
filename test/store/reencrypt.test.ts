import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveKey, masterIdOfWrapped } from '../../src/store/crypto.js';
import { openStore } from '../../src/store/open.js';
import { runReencrypt } from '../../src/store/reencrypt.js';
import { ALICE, BOB, exampleProfile, SECRET_A, SECRET_B, TODAY } from './backends.js';

const dir = mkdtempSync(join(tmpdir(), 'advisor-reencrypt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(env: Record<string, string>) {
  const lines: string[] = [];
  const code = await runReencrypt(env, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

describe('store:reencrypt', () => {
  it('rewrites every record with the new secret after a rotation', async () => {
    const storeUrl = `sqlite://${join(dir, 'rotate.sqlite')}`;
    const old = await openStore({ storeUrl, profileSecrets: [SECRET_A] }, { today: () => TODAY });
    await old.saveProfile(ALICE, exampleProfile());
    await old.saveSession(BOB, { step: 1 });
    await old.close();

    const { code, out } = await run({
      STORE_URL: storeUrl,
      PROFILE_SECRET: SECRET_B,
      PROFILE_SECRET_PREVIOUS: SECRET_A,
    });
    expect(code).toBe(0);
    // Two member keys rewrapped, two records already in the current format.
    expect(out).toContain('records scanned: 4');
    expect(out).toContain('rewritten (current master key, member-key format): 2');
    expect(out).not.toContain('Egypt');

    const b = await deriveKey(SECRET_B);
    const db = new KeyvSqlite({ uri: storeUrl });
    const rows = (await db.query("SELECT key, value FROM keyv WHERE key LIKE 'key:%'")) as Array<{ value: string }>;
    await db.disconnect();
    expect(rows.map((r) => masterIdOfWrapped(JSON.parse(r.value).value as string))).toEqual([b.id, b.id]);

    const after = await openStore({ storeUrl, profileSecrets: [SECRET_B] }, { today: () => TODAY });
    expect(await after.getProfile(ALICE)).toEqual(exampleProfile());
    await after.close();
  });

  it('exits 1 and names the records it could not read', async () => {
    const storeUrl = `sqlite://${join(dir, 'lost-key.sqlite')}`;
    const old = await openStore({ storeUrl, profileSecrets: [SECRET_A] }, { today: () => TODAY });
    await old.saveProfile(ALICE, exampleProfile());
    await old.close();
    const { code, out } = await run({ STORE_URL: storeUrl, PROFILE_SECRET: SECRET_B });
    expect(code).toBe(1);
    expect(out).toContain(`key:${ALICE}: unknown-key`);
  });

  it('works with the generated key file when PROFILE_SECRET is unset', async () => {
    const env = { STORE_URL: `sqlite://${join(dir, 'keyfile.sqlite')}`, PROFILE_KEY_FILE: join(dir, 'profile.key') };
    const { code, out } = await run(env);
    expect(code).toBe(0);
    expect(out).toContain('done');
  });

  it('exits 2 with a one-line cause when the store cannot be opened', async () => {
    const { code, out } = await run({ STORE_URL: `sqlite://${join(dir, 'no', '\0bad')}`, PROFILE_SECRET: SECRET_A });
    expect(code).toBe(2);
    expect(out.split('\n')).toHaveLength(1);
  });
});
