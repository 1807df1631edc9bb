/**
 * openStore(config): the one way to get a Store. Chooses the engine from config.storeUrl
 * (`sqlite://PATH`, relative paths against the working directory, parent directory created on
 * first run; or `redis://…` / `rediss://…`), derives the encryption keys from
 * config.profileSecrets, and fails fast with a StoreUnavailableError when the engine cannot be
 * opened.
 */
import { isAbsolute, resolve } from 'node:path';
import type { Config } from '../config.js';
import { todayUtc } from '../core/dates.js';
import type { Backend } from './backends/backend.js';
import { createCodec, deriveKeyRing } from './crypto.js';
import { StoreUnavailableError } from './errors.js';
import { createRepository } from './repository.js';
import { STORE_DEFAULTS, type MetaRecord, type Store } from './store.js';

export interface OpenStoreOptions {
  /** Base for relative sqlite paths (default process.cwd()). */
  cwd?: string;
  /** Deadline for every operation (default 2000 ms). */
  operationTimeoutMs?: number;
  /** Redis connect attempt / SQLite busy wait (default 1000 ms). */
  connectTimeoutMs?: number;
  sessionTtlMs?: number;
  historyLimit?: number;
  /** Today (YYYY-MM-DD) for validating stored profiles; default the UTC date. */
  today?: () => string;
  /**
   * Engine errors as they happen (Redis reconnect attempts fire this about once a second during
   * an outage): for logging, rate-limited by the caller. They never carry stored values.
   */
  onError?: (error: unknown) => void;
}

export type StoreLocation = { kind: 'sqlite'; file: string } | { kind: 'redis'; url: string };

export function parseStoreUrl(storeUrl: string, cwd: string = process.cwd()): StoreLocation {
  if (storeUrl.startsWith('sqlite://')) {
    const path = storeUrl.slice('sqlite://'.length);
    if (path === '') throw new Error('STORE_URL: sqlite:// needs a file path, e.g. sqlite://data/advisor.sqlite');
    if (path === ':memory:') return { kind: 'sqlite', file: path };
    return { kind: 'sqlite', file: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  if (/^rediss?:\/\//.test(storeUrl)) return { kind: 'redis', url: storeUrl };
  throw new Error('STORE_URL: must start with sqlite:// (a file path) or redis:// (a Redis server)');
}

export async function openStore<TSession = unknown, THistory = unknown, TMeta extends MetaRecord = MetaRecord>(
  config: Pick<Config, 'storeUrl' | 'profileSecrets'>,
  opts: OpenStoreOptions = {},
): Promise<Store<TSession, THistory, TMeta>> {
  const location = parseStoreUrl(config.storeUrl, opts.cwd);
  const keyRing = await deriveKeyRing(config.profileSecrets);
  const codec = createCodec(keyRing);
  const onError = opts.onError ?? (() => {});
  const connectTimeoutMs = opts.connectTimeoutMs ?? STORE_DEFAULTS.connectTimeoutMs;

  let backend: Backend;
  try {
    // Each engine's client is imported only when its scheme is used: the Redis client alone costs
    // about 0.1 s of start-up, which a SQLite deployment should not pay (and vice versa).
    if (location.kind === 'sqlite') {
      const { openSqliteBackend } = await import('./backends/sqlite.js');
      backend = await openSqliteBackend({ file: location.file, codec, busyTimeoutMs: connectTimeoutMs, onError });
    } else {
      const { openRedisBackend } = await import('./backends/redis.js');
      backend = await openRedisBackend({ url: location.url, codec, connectTimeoutMs, onError });
    }
  } catch (e) {
    throw new StoreUnavailableError('openStore', 'failed', { cause: e });
  }

  return createRepository<TSession, THistory, TMeta>(backend, {
    keyRing,
    operationTimeoutMs: opts.operationTimeoutMs ?? STORE_DEFAULTS.operationTimeoutMs,
    sessionTtlMs: opts.sessionTtlMs ?? STORE_DEFAULTS.sessionTtlMs,
    historyLimit: opts.historyLimit ?? STORE_DEFAULTS.historyLimit,
    today: opts.today ?? (() => todayUtc()),
  });
}
