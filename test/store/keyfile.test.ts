import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KeyFileError, loadOrCreateSecret } from '../../src/store/keyfile.js';
import { ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'advisor-keyfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the generated key file', () => {
  it('is created once with mode 0600 in a 0700 folder, then read back unchanged', () => {
    const path = join(dir, 'a', 'profile.key');
    const first = loadOrCreateSecret(path);
    expect(first.created).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'a')).mode & 0o777).toBe(0o700);
    expect(loadOrCreateSecret(path)).toEqual({ secret: first.secret, created: false });
  });

  it('gives processes starting together one secret', async () => {
    const path = join(dir, 'race', 'profile.key');
    const code = `import('${join(ROOT, 'dist/src/store/keyfile.js')}').then((m) => process.stdout.write(m.loadOrCreateSecret(process.argv[1]).secret))`;
    const one = () =>
      new Promise<string>((resolve) => {
        let out = '';
        const child = spawn(process.execPath, ['-e', code, path]);
        child.stdout.on('data', (d) => (out += d));
        child.on('close', () => resolve(out));
      });
    const secrets = await Promise.all([one(), one(), one(), one()]);
    expect(new Set(secrets).size).toBe(1);
    expect(readFileSync(path, 'utf8').trim()).toBe(secrets[0]);
  });

  it('refuses a damaged (too short) key file, naming it, rather than making a new one', () => {
    const path = join(dir, 'short.key');
    writeFileSync(path, 'abc\n', { mode: 0o600 });
    expect(() => loadOrCreateSecret(path)).toThrow(KeyFileError);
    expect(() => loadOrCreateSecret(path)).toThrow(/short\.key: the key file is shorter than 32 characters/);
  });
});
