import Keyv, { type KeyvStoreAdapter } from 'keyv';
import type { Codec } from '../crypto.js';

/**
 * One Keyv over an adapter: Keyv's prefixing off (our keys carry the namespace), errors thrown
 * rather than swallowed (a write reported as saved has been saved), values through our codec.
 */
export function createKeyv(adapter: KeyvStoreAdapter, codec: Codec): Keyv {
  const keyv = new Keyv(adapter, {
    useKeyPrefix: false,
    throwOnErrors: true,
    serialize: codec.serialize as NonNullable<Keyv['serialize']>,
    deserialize: codec.deserialize as NonNullable<Keyv['deserialize']>,
  });
  // Keyv defaults the namespace to "keyv" and hands it to the adapter, which would prefix again.
  keyv.namespace = undefined;
  // Operation errors reach the caller as rejections; engine events are reported by the backend
  // itself (one report per event, not one per layer).
  return keyv;
}
