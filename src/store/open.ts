/**
 * openStore(config): the one way to get a Store. Chooses the engine from config.storeUrl
 * (`sqlite://PATH`, relative paths against the working directory, parent directory created on
 * first run; or `redis://…` / `rediss://…`), derives the master key from config.profileSecrets or,
 * when none is set, from the key file (keyfile.ts, created on the first run), seals any record an
 * older build left unencrypted or in the old format, and fails fast with a StoreUnavailableError
 * (whose `detail` is the one-line cause) when the engine cannot be opened.
 */
import { isAbsolute, resolve } from 'node:path';
import type { Config } from '../config.js';
import { todayUtc } from '../core/dates.js';
import type { Backend } from './backends/backend.js';
import { createCodec, deriveKeyRing, type KeyRing } from './crypto.js';
import { StoreUnavailableError } from './errors.js';
import { keyFilePath, loadOrCreateSecret } from './keyfile.js';
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
  /** Faults an operator must act on (a SQLite file deleted, replaced or corrupt), in one line. */
  onFault?: (message: string) => void;
  /** Told when the key file was created on this start (the operator should back it up). */
  onKeyFileCreated?: (path: string) => void;
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
  config: Pick<Config, 'storeUrl' | 'profileSecrets'> & { profileKeyFile?: string | undefined },
  opts: OpenStoreOptions = {},
): Promise<Store<TSession, THistory, TMeta>> {
  const location = parseStoreUrl(config.storeUrl, opts.cwd);
  let secrets = config.profileSecrets;
  if (!secrets.length) {
    const path = keyFilePath(config.profileKeyFile, opts.cwd);
    try {
      const loaded = loadOrCreateSecret(path);
      if (loaded.created) opts.onKeyFileCreated?.(path);
      secrets = [loaded.secret];
    } catch (e) {
      throw new StoreUnavailableError('openStore', 'damaged', { cause: e, detail: (e as Error).message });
    }
  }
  const keyRing = (await deriveKeyRing(secrets)) as KeyRing;
  const codec = createCodec(keyRing);
  const onError = opts.onError ?? (() => {});
  const connectTimeoutMs = opts.connectTimeoutMs ?? STORE_DEFAULTS.connectTimeoutMs;

  let backend: Backend;
  try {
    // Each engine's client is imported only when its scheme is used: the Redis client alone costs
    // about 0.1 s of start-up, which a SQLite deployment should not pay (and vice versa).
    if (location.kind === 'sqlite') {
      const { openSqliteBackend } = await import('./backends/sqlite.js');
      backend = await openSqliteBackend({
        file: location.file,
        codec,
        busyTimeoutMs: connectTimeoutMs,
        onError,
        ...(opts.onFault ? { onFault: opts.onFault } : {}),
      });
    } else {
      const { openRedisBackend } = await import('./backends/redis.js');
      backend = await openRedisBackend({ url: location.url, codec, connectTimeoutMs, onError });
    }
  } catch (e) {
    const corrupt = (e as Error)?.name === 'StoreFileError';
    throw new StoreUnavailableError('openStore', corrupt ? 'damaged' : 'failed', {
      cause: e,
      detail: `${location.kind === 'sqlite' ? location.file : 'Redis'}: ${(e as Error)?.message ?? String(e)}`.replace(
        /^(\S+): \1 /,
        '$1 ',
      ),
    });
  }

  const store = createRepository<TSession, THistory, TMeta>(backend, {
    keyRing,
    operationTimeoutMs: opts.operationTimeoutMs ?? STORE_DEFAULTS.operationTimeoutMs,
    sessionTtlMs: opts.sessionTtlMs ?? STORE_DEFAULTS.sessionTtlMs,
    historyLimit: opts.historyLimit ?? STORE_DEFAULTS.historyLimit,
    today: opts.today ?? (() => todayUtc()),
  });
  // Records an older build wrote (plain JSON, or the v1 format) are sealed with member keys now,
  // so nothing stays on disk in plaintext past this start.
  try {
    await store.migrateRecords();
  } catch (e) {
    await store.close().catch(() => undefined);
    throw new StoreUnavailableError('openStore', 'failed', {
      cause: e,
      detail: `migrating records: ${(e as Error).message}`,
    });
  }
  return store;
}
