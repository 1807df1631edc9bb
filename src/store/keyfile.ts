/**
 * The master secret when PROFILE_SECRET is not set: a random secret generated on the first run
 * into a key file outside the database, so profiles never reach disk in plaintext even on a
 * deployment nobody configured. The file is created with mode 0600 (its folder 0700) and never
 * overwritten; several processes starting together agree on one file (exclusive create, then
 * read). Losing it makes every stored record unreadable: the README says how to back it up.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

/** Where the key file goes when PROFILE_KEY_FILE is not set (relative to the working directory). */
export const DEFAULT_KEY_FILE = 'secrets/profile.key';
const MIN_SECRET = 32;

export class KeyFileError extends Error {
  override readonly name = 'KeyFileError';
}

export function keyFilePath(file: string | undefined, cwd: string = process.cwd()): string {
  const f = file ?? DEFAULT_KEY_FILE;
  return isAbsolute(f) ? f : resolve(cwd, f);
}

function readSecret(path: string): string {
  const secret = readFileSync(path, 'utf8').trim();
  if (secret.length < MIN_SECRET) {
    throw new KeyFileError(
      `${path}: the key file is shorter than ${MIN_SECRET} characters; restore it from your backup`,
    );
  }
  // Someone loosened it: tighten again (the bot owns this file).
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  return secret;
}

/** The secret in `path`, created (mode 0600) when the file does not exist yet. */
export function loadOrCreateSecret(path: string): { secret: string; created: boolean } {
  try {
    return { secret: readSecret(path), created: false };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      if (e instanceof KeyFileError) throw e;
      throw new KeyFileError(`${path}: cannot read the key file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  // Written whole to a private temporary file, then linked into place: link() fails if the name
  // exists, so the key file appears complete or not at all, and the first process to link wins.
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, `${secret}\n`, { flag: 'wx', mode: 0o600 });
    linkSync(tmp, path);
    return { secret, created: true };
  } catch (e) {
    // Another process created it first: use theirs.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return { secret: readSecret(path), created: false };
    throw new KeyFileError(`${path}: cannot create the key file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
  }
}
