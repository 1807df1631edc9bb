/**
 * The member's log of messages sent to programs, kept in the store's per-member meta so later
 * checks can see them (`previous` in the pre-match context): a second top-choice message to
 * another program, a third update to the same one. A check remembers what it checked (the last
 * few, under `prematchPending`); pressing "I sent it" moves that entry into `prematchLog`. Both
 * live in meta, so /profile delete (store.deleteUser) removes them with everything else.
 */
import { z } from 'zod';
import { previousEmailSchema, type PreviousEmail } from '../../rules/prematch-context.js';
import type { AppContext } from '../context.js';

export const LOG_KEY = 'prematchLog';
export const PENDING_KEY = 'prematchPending';

export const PREMATCH_LOG_LIMITS = {
  /** The context schema accepts at most 200 previous messages; older ones drop off. */
  logEntries: 200,
  /** Checks whose "I sent it" button still works. */
  pendingChecks: 10,
} as const;

const pendingSchema = previousEmailSchema.extend({
  id: z.string().regex(/^[a-z0-9]{1,24}$/),
  /** Set once logged, so a second press does not log the message twice. */
  sent: z.boolean().optional(),
});
export type PendingCheck = z.infer<typeof pendingSchema>;

/** Stored values are trusted loosely: anything that no longer validates is dropped, not fatal. */
function validList<T>(value: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const parsed = schema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function readLog(ctx: AppContext, userId: string): Promise<PreviousEmail[]> {
  return validList(await ctx.store.getMeta(userId, LOG_KEY), previousEmailSchema);
}

/** Remembers a checked message so its "I sent it" button can log it later; returns its id. */
export async function rememberCheck(ctx: AppContext, userId: string, entry: PreviousEmail): Promise<string> {
  const id = `${ctx.now().getTime().toString(36)}${Math.floor(Math.random() * 36 ** 3).toString(36)}`;
  // One compare-and-swap: two checks finishing at once (two shards) both stay pressable.
  await ctx.store.updateMeta(userId, PENDING_KEY, (stored) =>
    [...validList(stored, pendingSchema), { ...entry, id }].slice(-PREMATCH_LOG_LIMITS.pendingChecks),
  );
  return id;
}

export type SentResult =
  | { status: 'logged'; entry: PreviousEmail; count: number }
  | { status: 'already'; entry: PreviousEmail; count: number }
  | { status: 'unknown' };

/**
 * Moves a remembered check into the log (once: pressing twice does not log twice). Each of the
 * two meta values changes by compare-and-swap: first the check is claimed (marked sent), and only
 * the press that claimed it appends to the log, so two presses at once (a double click, two
 * shards) log it once, and two different checks logged at once both land.
 */
export async function logSent(ctx: AppContext, userId: string, id: string): Promise<SentResult> {
  const claim: { hit?: PendingCheck; claimed: boolean } = { claimed: false };
  await ctx.store.updateMeta(userId, PENDING_KEY, (stored) => {
    const pending = validList(stored, pendingSchema);
    const hit = pending.find((p) => p.id === id);
    claim.claimed = hit !== undefined && !hit.sent;
    if (hit) claim.hit = hit;
    else delete claim.hit;
    return claim.claimed ? pending.map((p) => (p.id === id ? { ...p, sent: true } : p)) : undefined;
  });
  const { hit } = claim;
  if (!hit) return { status: 'unknown' };
  const { id: _id, sent: _sent, ...entry } = hit;
  if (!claim.claimed) return { status: 'already', entry, count: (await readLog(ctx, userId)).length };
  const log = await ctx.store.updateMeta(userId, LOG_KEY, (stored) =>
    [...validList(stored, previousEmailSchema), entry].slice(-PREMATCH_LOG_LIMITS.logEntries),
  );
  return { status: 'logged', entry, count: Array.isArray(log) ? log.length : 0 };
}
