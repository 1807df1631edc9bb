/**
 * Stored profile versions. A profile is stored as the envelope `{ v, data }`; `v` is the storage
 * version, upgraded one step at a time on read and checked with the real profile parser, so a
 * stored profile from an older build reads as today's `Profile` or as a list of problems — never
 * as a crash.
 *
 * Versions:
 * - v0 (early builds, before the envelope): the bare profile object. Its letters named the
 *   language `lang` (now `language`), and `matchAttempts` could be a numeric string ("2") because
 *   it was copied from a Discord text input without conversion. `version` was sometimes missing.
 * - v1: `{ v: 1, data: Profile }` with `data` exactly profile v1 of the contract.
 *
 * A read does not write the upgraded profile back; the next saveProfile stores it as v1.
 */
import { parseProfile } from '../core/profile/parse.js';
import type { Profile } from '../core/profile/schema.js';
import { err, ok, type Result } from '../core/result.js';

export const PROFILE_STORE_VERSION = 1;

export interface ProfileEnvelope {
  v: number;
  data: unknown;
}

export interface MigratedProfile {
  profile: Profile;
  /** The version it was stored as; < PROFILE_STORE_VERSION means it was upgraded on read. */
  fromVersion: number;
}

export function wrapProfile(profile: Profile): ProfileEnvelope {
  return { v: PROFILE_STORE_VERSION, data: profile };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An envelope has exactly `v` (an integer) and `data`; anything else object-shaped is v0. */
export function readEnvelope(stored: unknown): Result<ProfileEnvelope> {
  if (!isRecord(stored)) return err(['(profile): stored value is not an object']);
  const keys = Object.keys(stored);
  if (keys.length === 2 && Number.isInteger(stored.v) && 'data' in stored) {
    return ok({ v: stored.v as number, data: stored.data });
  }
  return ok({ v: 0, data: stored });
}

/** v0 → v1: rename letters[].lang, convert a numeric-string matchAttempts, stamp version 1. */
function v0ToV1(data: unknown): unknown {
  if (!isRecord(data)) return data;
  const out: Record<string, unknown> = { ...data };
  if (out.version === undefined) out.version = 1;
  if (typeof out.matchAttempts === 'string' && /^\s*\d+\s*$/.test(out.matchAttempts)) {
    out.matchAttempts = Number(out.matchAttempts);
  }
  if (Array.isArray(out.letters)) {
    out.letters = out.letters.map((letter: unknown) => {
      if (!isRecord(letter) || !('lang' in letter)) return letter;
      const { lang, ...rest } = letter;
      // If both are present the newer name wins; the old one is dropped rather than rejected.
      return 'language' in rest ? rest : { ...rest, language: lang };
    });
  }
  return out;
}

/** STEPS[n] upgrades data stored as version n to version n + 1. */
const STEPS: Record<number, (data: unknown) => unknown> = { 0: v0ToV1 };

/**
 * Upgrade a stored value (envelope or bare v0 object) to the current Profile and validate it.
 * `today` feeds the parser's date checks (nothing may lie in the future).
 */
export function migrateProfile(stored: unknown, today: string): Result<MigratedProfile> {
  const envelope = readEnvelope(stored);
  if (!envelope.ok) return envelope;
  const { v: fromVersion } = envelope.value;
  if (fromVersion > PROFILE_STORE_VERSION || fromVersion < 0) {
    return err([`(profile): stored as version ${fromVersion}; this build reads up to ${PROFILE_STORE_VERSION}`]);
  }
  let data = envelope.value.data;
  for (let v = fromVersion; v < PROFILE_STORE_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return err([`(profile): no migration from version ${v}`]);
    data = step(data);
  }
  const parsed = parseProfile(data, today);
  return parsed.ok ? ok({ profile: parsed.value, fromVersion }) : parsed;
}
