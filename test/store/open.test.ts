import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_STORE_URL } from '../../src/config.js';
import { StoreUnavailableError } from '../../src/store/errors.js';
import { openStore, parseStoreUrl } from '../../src/store/open.js';
import { ALICE, exampleProfile, TODAY } from './backends.js';

const dir = mkdtempSync(join(tmpdir(), 'advisor-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseStoreUrl', () => {
  it('resolves a relative sqlite path against the working directory', () => {
    expect(parseStoreUrl(DEFAULT_STORE_URL, '/srv/bot')).toEqual({
      kind: 'sqlite',
      file: '/srv/bot/data/advisor.sqlite',
    });
  });

  it('keeps an absolute sqlite path and passes redis URLs through', () => {
    expect(parseStoreUrl('sqlite:///var/lib/advisor.sqlite', '/srv/bot')).toEqual({
      kind: 'sqlite',
      file: '/var/lib/advisor.sqlite',
    });
    expect(parseStoreUrl('redis://10.0.0.5:6379/2')).toEqual({ kind: 'redis', url: 'redis://10.0.0.5:6379/2' });
    expect(parseStoreUrl('rediss://cache.example:6380')).toEqual({ kind: 'redis', url: 'rediss://cache.example:6380' });
  });

  it('names STORE_URL and the fix for an empty path or an unknown scheme', () => {
    expect(() => parseStoreUrl('sqlite://')).toThrow(/^STORE_URL: sqlite:\/\/ needs a file path/);
    expect(() => parseStoreUrl('postgres://db')).toThrow(/^STORE_URL: must start with sqlite:\/\//);
  });
});

describe('openStore with sqlite', () => {
  it('creates the parent directory on first run and keeps data there', async () => {
    const cwd = join(dir, 'first-run');
    const store = await openStore({ storeUrl: DEFAULT_STORE_URL, profileSecrets: [] }, { cwd, today: () => TODAY });
    await store.saveProfile(ALICE, exampleProfile());
    await store.close();
    expect(existsSync(join(cwd, 'data/advisor.sqlite'))).toBe(true);

    const again = await openStore({ storeUrl: DEFAULT_STORE_URL, profileSecrets: [] }, { cwd, today: () => TODAY });
    expect(await again.getProfile(ALICE)).toEqual(exampleProfile());
    await again.close();
  });

  it('fails with StoreUnavailableError when the file cannot be created', async () => {
    const blocker = join(dir, 'not-a-dir');
    writeFileSync(blocker, 'x');
    await expect(
      openStore({ storeUrl: `sqlite://${blocker}/advisor.sqlite`, profileSecrets: [] }),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
