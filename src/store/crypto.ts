/**
 * Encryption at rest for every stored record (profiles, sessions, history, meta) through Keyv's
 * serialize/deserialize hooks. See docs/store.md for the operator's view (format, rotation).
 *
 * - AES-256-GCM, a fresh random 12-byte IV per write, the 16-byte tag checked on every read.
 * - Keys come from the secrets with scrypt. The salt is fixed for this application (below): the
 *   secrets are required to be long random strings, so the salt only separates this use of the
 *   secret from any other; it does not need to be secret or per-record.
 * - Written form: `enc:v1:<keyId>:<iv>:<tag>:<ciphertext>` (base64 parts). keyId is a short hash of
 *   the derived key, so a reader knows which of the configured keys wrote a record. The header
 *   `enc:v1:<keyId>` is also bound as additional authenticated data.
 * - Values without the `enc:` prefix are plain JSON written before a secret was configured; they
 *   still read, and the next write of that record encrypts it.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt } from 'node:crypto';
import { StoreCorruptError } from './errors.js';

export const ENCRYPTED_PREFIX = 'enc:';
const FORMAT = 'v1';
const SALT = 'img-informatics-advisor/store/aes-256-gcm/v1';
/** scrypt cost: N=2^14, r=8 (16 MiB, tens of milliseconds once per secret at start-up). */
const SCRYPT = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface DataKey {
  /** 8 hex characters: a hash of the key, never of the secret alone. */
  readonly id: string;
  readonly key: Buffer;
}

/** The current key (all writes) and every key accepted for reads (current + previous). */
export interface KeyRing {
  readonly current: DataKey;
  readonly byId: ReadonlyMap<string, DataKey>;
}

function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('advisor-store-key-id\0').update(key).digest('hex').slice(0, 8);
}

export async function deriveKey(secret: string): Promise<DataKey> {
  const key = await new Promise<Buffer>((resolve, reject) =>
    scrypt(secret, SALT, 32, SCRYPT, (e, k) => (e ? reject(e) : resolve(k))),
  );
  return { id: keyIdOf(key), key };
}

/** `[current, ...previous]` as config.profileSecrets holds them; undefined when none are set. */
export async function deriveKeyRing(secrets: readonly string[]): Promise<KeyRing | undefined> {
  if (secrets.length === 0) return undefined;
  const keys = await Promise.all(secrets.map(deriveKey));
  const byId = new Map<string, DataKey>();
  for (const k of keys) if (!byId.has(k.id)) byId.set(k.id, k);
  return { current: keys[0] as DataKey, byId };
}

export function encrypt(plain: string, key: DataKey): string {
  const header = `${ENCRYPTED_PREFIX}${FORMAT}:${key.id}`;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(header, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${header}:${iv.toString('base64')}:${tag.toString('base64')}:${body.toString('base64')}`;
}

/** Which key wrote this stored value; undefined for plain (legacy) values. */
export function keyIdOfStored(stored: string): string | undefined {
  if (!stored.startsWith(ENCRYPTED_PREFIX)) return undefined;
  return stored.split(':')[2];
}

export function decrypt(stored: string, ring: KeyRing | undefined): string {
  const parts = stored.split(':');
  if (parts.length !== 6 || parts[1] !== FORMAT) throw new StoreCorruptError('unreadable');
  const [, , keyId, ivB64, tagB64, bodyB64] = parts as [string, string, string, string, string, string];
  const key = ring?.byId.get(keyId);
  if (!key) throw new StoreCorruptError('unknown-key');
  const iv = Buffer.from(ivB64, 'base64');
  const tag = Buffer.from(tagB64, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new StoreCorruptError('tampered');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(`${ENCRYPTED_PREFIX}${FORMAT}:${keyId}`, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(bodyB64, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    // GCM authentication failed; say nothing about the contents.
    throw new StoreCorruptError('tampered');
  }
}

/** What Keyv stores around each value. */
export interface KeyvEnvelope {
  value?: unknown;
  expires?: number | undefined;
}

export interface Codec {
  serialize(data: KeyvEnvelope): string;
  deserialize(stored: string): KeyvEnvelope | undefined;
}

function parseJson(text: string): KeyvEnvelope {
  try {
    return JSON.parse(text) as KeyvEnvelope;
  } catch {
    throw new StoreCorruptError('unreadable');
  }
}

/**
 * Keyv's serialize/deserialize pair. With no key ring it writes plain JSON (and refuses to read
 * ciphertext, which needs a secret); with one it encrypts every write with the current key.
 */
export function createCodec(ring: KeyRing | undefined): Codec {
  return {
    serialize(data) {
      const plain = JSON.stringify(data);
      return ring ? encrypt(plain, ring.current) : plain;
    },
    deserialize(stored) {
      return parseJson(stored.startsWith(ENCRYPTED_PREFIX) ? decrypt(stored, ring) : stored);
    },
  };
}
