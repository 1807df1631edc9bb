/**
 * Encryption at rest for every member record (profiles, sessions, history, meta). See
 * docs/store.md for the operator's view (format, rotation, deletion).
 *
 * Two levels of keys (format v2, written by every write since issue 13):
 * - the *master key*, derived from PROFILE_SECRET or, when that is unset, from a random secret
 *   generated on first run into a key file outside the database (keyfile.ts);
 * - one random *member key* per member, stored in the engine only wrapped (encrypted) by the
 *   master key under `key:<userId>`. Each record is sealed with its member's key, and the record's
 *   own key name is authenticated with it, so a ciphertext moved to another member's key fails.
 *   `/profile delete` destroys the member key first: every copy of that member's records left
 *   anywhere (an append-only file, a WAL, a backup) is unreadable from then on.
 *
 * Format v1 (older builds): the whole Keyv envelope encrypted with the master key
 * (`enc:v1:<keyId>:…`). Still read; rewritten as v2 on start-up (repository.migrateRecords).
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

// ---- format v2: member keys ----------------------------------------------------------------------

export const SEALED_PREFIX = 'enc:v2:';
export const WRAPPED_PREFIX = 'wrap:v1:';

export interface MemberKey {
  /** 8 random hex characters, written in every record it seals. */
  readonly id: string;
  readonly key: Buffer;
}

export function newMemberKey(): MemberKey {
  return { id: randomBytes(4).toString('hex'), key: randomBytes(32) };
}

function aesSeal(plain: Buffer, key: Buffer, aad: string): { iv: Buffer; tag: Buffer; body: Buffer } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), body };
}

function aesOpen(parts: { iv: string; tag: string; body: string }, key: Buffer, aad: string): Buffer {
  const iv = Buffer.from(parts.iv, 'base64');
  const tag = Buffer.from(parts.tag, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new StoreCorruptError('tampered');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(parts.body, 'base64')), decipher.final()]);
  } catch {
    throw new StoreCorruptError('tampered');
  }
}

const b64 = (x: { iv: Buffer; tag: Buffer; body: Buffer }) =>
  `${x.iv.toString('base64')}:${x.tag.toString('base64')}:${x.body.toString('base64')}`;

/** The member key wrapped by the master key: `wrap:v1:<masterKeyId>:<iv>:<tag>:<ct>`, bound to `recordKey`. */
export function wrapMemberKey(mk: MemberKey, master: DataKey, recordKey: string): string {
  const header = `${WRAPPED_PREFIX}${master.id}`;
  const plain = Buffer.concat([Buffer.from(mk.id, 'hex'), mk.key]);
  return `${header}:${b64(aesSeal(plain, master.key, `${header}\0${recordKey}`))}`;
}

/** Which master key wrapped this member key. */
export function masterIdOfWrapped(stored: string): string | undefined {
  return stored.startsWith(WRAPPED_PREFIX) ? stored.split(':')[2] : undefined;
}

export function unwrapMemberKey(stored: string, ring: KeyRing, recordKey: string): MemberKey {
  const parts = stored.split(':');
  if (parts.length !== 6 || `${parts[0]}:${parts[1]}:` !== WRAPPED_PREFIX) throw new StoreCorruptError('unreadable');
  const [, , masterId, iv, tag, body] = parts as [string, string, string, string, string, string];
  const master = ring.byId.get(masterId);
  if (!master) throw new StoreCorruptError('unknown-key');
  const plain = aesOpen({ iv, tag, body }, master.key, `${WRAPPED_PREFIX}${masterId}\0${recordKey}`);
  if (plain.length !== 36) throw new StoreCorruptError('unreadable');
  return { id: plain.subarray(0, 4).toString('hex'), key: plain.subarray(4) };
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(SEALED_PREFIX);
}

/** A record's value sealed with its member's key: `enc:v2:<memberKeyId>:<iv>:<tag>:<ct>`. */
export function seal(value: unknown, mk: MemberKey, recordKey: string): string {
  const header = `${SEALED_PREFIX}${mk.id}`;
  return `${header}:${b64(aesSeal(Buffer.from(JSON.stringify(value), 'utf8'), mk.key, `${header}\0${recordKey}`))}`;
}

/** Which member key sealed this value. */
export function memberKeyIdOf(sealed: string): string | undefined {
  return sealed.split(':')[2];
}

export function unseal(sealed: string, mk: MemberKey | undefined, recordKey: string): unknown {
  const parts = sealed.split(':');
  if (parts.length !== 6) throw new StoreCorruptError('unreadable');
  const [, , id, iv, tag, body] = parts as [string, string, string, string, string, string];
  // No member key, or a newer one (the old one was destroyed by a delete): this copy is unreadable.
  if (!mk || mk.id !== id) throw new StoreCorruptError('unknown-key');
  const plain = aesOpen({ iv, tag, body }, mk.key, `${SEALED_PREFIX}${id}\0${recordKey}`);
  try {
    return JSON.parse(plain.toString('utf8')) as unknown;
  } catch {
    throw new StoreCorruptError('unreadable');
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
 * Keyv's serialize/deserialize pair. Writes are plain JSON envelopes whose member values are
 * already sealed by the repository (format v2); reads also accept the v1 whole-envelope
 * ciphertext of older builds (decrypted with the key ring) and plain JSON written before any
 * encryption, both migrated to v2 on start-up.
 */
export function createCodec(ring: KeyRing | undefined): Codec {
  return {
    serialize(data) {
      return JSON.stringify(data);
    },
    deserialize(stored) {
      return parseJson(stored.startsWith(ENCRYPTED_PREFIX) ? decrypt(stored, ring) : stored);
    },
  };
}
