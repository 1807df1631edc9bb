import { readFileSync, statSync } from 'node:fs';
import { todayUtc } from '../core/dates.js';
import { UserError } from '../core/errors.js';
import { parseProfileText } from '../core/profile/parse.js';
import type { CliContext } from './types.js';

const DEFAULT_MAX_BYTES = 256 * 1024;

export function createCliContext(today: string = todayUtc()): CliContext {
  const readText = (path: string, what: string, maxBytes = DEFAULT_MAX_BYTES): string => {
    let size: number;
    try {
      const st = statSync(path);
      if (!st.isFile()) throw new UserError(`${path}: ${what} is not a file`);
      size = st.size;
    } catch (e) {
      if (e instanceof UserError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new UserError(
        code === 'ENOENT' ? `${path}: ${what} file not found` : `${path}: cannot read ${what} (${code})`,
      );
    }
    if (size > maxBytes) throw new UserError(`${path}: ${what} is too large (${size} bytes; at most ${maxBytes})`);
    const buf = readFileSync(path);
    if (buf.includes(0)) throw new UserError(`${path}: ${what} is a binary file, expected text`);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
    if (text.includes('\uFFFD')) throw new UserError(`${path}: ${what} is not valid UTF-8 text`);
    return text;
  };
  return {
    today,
    readText,
    readProfile(path) {
      const result = parseProfileText(readText(path, 'profile'), today);
      if (!result.ok) throw new UserError(result.error.map((line) => `${path}: ${line}`));
      return result.value;
    },
  };
}
