/**
 * A minimal JSON-lines logger on stderr (one object per line: time, level, msg, fields). Callers
 * log command names, ids and durations — never profile contents or member text.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Config } from '../config.js';

export type LogLevel = Config['logLevel'];
type Level = Exclude<LogLevel, 'silent'>;
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Errors become { name, message, stack } so JSON.stringify keeps them. */
function serialize(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const min = RANK[level];
  const log =
    (lvl: Level) =>
    (msg: string, fields: LogFields = {}): void => {
      if (RANK[lvl] < min) return;
      const entry: LogFields = { time: new Date().toISOString(), level: lvl, msg };
      for (const [k, v] of Object.entries(fields)) entry[k] = serialize(v);
      try {
        write(`${JSON.stringify(entry)}\n`);
      } catch {
        // A logger must never throw into the code that called it.
      }
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/**
 * A writer that appends each line to `path` (its folder is created). Synchronous on purpose: a
 * line is on disk before the process can exit, and log volume is low.
 */
export function fileWriter(path: string): (line: string) => void {
  mkdirSync(dirname(path), { recursive: true });
  return (line) => appendFileSync(path, line);
}
