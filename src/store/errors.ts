/**
 * Store failures the Discord layer can show to a member as they are. Messages never contain
 * profile contents: the member's own data stays out of logs, and `cause` holds only adapter errors
 * (connection resets, SQLite codes), never the values we tried to write.
 */

/** Base class: `message` is safe to show a member and safe to log. */
export class StoreError extends Error {
  /** The store operation that failed (`saveProfile`, `deleteUser`, …), for logs. */
  readonly operation: string;
  constructor(message: string, operation: string, options?: { cause?: unknown }) {
    super(message, options);
    this.operation = operation;
  }
}

/**
 * `timeout`: no answer within the deadline; `failed`: the engine reported an error; `damaged`:
 * the storage itself is broken (a corrupt SQLite file, the file deleted or replaced under the
 * running bot) and trying again will not help until an admin restores it.
 */
export type UnavailableReason = 'timeout' | 'failed' | 'damaged';

export const STORE_DAMAGED_MESSAGE =
  'My storage is damaged, so nothing was saved. The server admins have been alerted; please tell them too if it keeps happening.';

/**
 * The backend could not be reached or did not answer in time. Nothing was saved (or, after a
 * timeout, we could not confirm it was); the member should try again shortly.
 */
export class StoreUnavailableError extends StoreError {
  override readonly name = 'StoreUnavailableError';
  readonly reason: UnavailableReason;
  /** For the operator log and start-up errors: what is wrong, in one line (never stored data). */
  readonly detail: string | undefined;
  constructor(operation: string, reason: UnavailableReason, options?: { cause?: unknown; detail?: string }) {
    super(
      reason === 'damaged'
        ? STORE_DAMAGED_MESSAGE
        : "I couldn't reach my storage just now, so nothing was saved. Please try again in a minute.",
      operation,
      options,
    );
    this.reason = reason;
    this.detail = options?.detail;
  }
}

export type CorruptReason =
  /** The ciphertext failed authentication: it was altered or damaged. */
  | 'tampered'
  /** Encrypted with a key this deployment does not have (rotation finished too early, wrong secret). */
  | 'unknown-key'
  /** Not a value this store writes (neither our ciphertext format nor JSON). */
  | 'unreadable'
  /** Decrypted fine but the profile fails the profile schema even after migration. */
  | 'invalid-profile'
  /** Written by a newer build than this one. */
  | 'newer-version';

const CORRUPT_MESSAGE: Record<CorruptReason, string> = {
  tampered:
    "Your saved data couldn't be read safely (it looks damaged), so I left it untouched. Please tell the server admins.",
  'unknown-key':
    "Your saved data was locked with a key I don't have any more, so I left it untouched. Please tell the server admins.",
  unreadable: "Your saved data is in a format I can't read, so I left it untouched. Please tell the server admins.",
  'invalid-profile':
    'Your saved profile no longer passes the profile checks. Upload a corrected profile to replace it.',
  'newer-version':
    'Your saved profile was written by a newer version of me, so I left it untouched. Please tell the server admins.',
};

/**
 * A stored value exists but cannot be turned back into data. No stored data is leaked: for an
 * invalid profile, `problems` (member-facing, may quote the member's own values, never log them)
 * and `fields` (JSON paths only, safe to log) say what is wrong.
 */
export class StoreCorruptError extends StoreError {
  override readonly name = 'StoreCorruptError';
  readonly reason: CorruptReason;
  readonly problems: readonly string[];
  readonly fields: readonly string[];
  constructor(reason: CorruptReason, operation = 'read', problems: readonly string[] = []) {
    super(CORRUPT_MESSAGE[reason], operation);
    this.reason = reason;
    this.problems = problems;
    this.fields = problems.map((p) => p.split(':')[0] ?? '(profile)');
  }
}

export function isStoreError(e: unknown): e is StoreError {
  return e instanceof StoreError;
}
