/**
 * What /mock keeps in the store, and how it is read back. A session is stored as a small wrapper
 * around the engine's SessionState (src/mock/session.ts) that also remembers how it was started
 * (focus/count, or one red flag) and whether it was generic (no profile), so the summary, the
 * history and "start over" can say so. Everything is plain JSON and validated on read: a stored
 * value from an older deployment, or a damaged one, is treated as "no session", never a crash.
 */
import { z } from 'zod';
import { parseSession, summary, type SessionState, type SessionSummary } from '../../mock/session.js';
import { FLAG_IDS } from '../../rules/redflag-types.js';
import type { AppContext } from '../context.js';

/** How a session was started: a plan (optional focus and count) or one red flag from /redflag. */
export type MockOrigin = { kind: 'plan'; focus?: string; count?: number } | { kind: 'flag'; flag: string };

export interface StoredMockSession {
  v: 1;
  state: SessionState;
  origin: MockOrigin;
  /** True when the member had no profile: the questions are the general ones. */
  generic: boolean;
  /** In a server: the private thread the session runs in, reused when it is resumed. */
  threadId?: string;
}

const originSchema = z.union([
  z.object({
    kind: z.literal('plan'),
    focus: z.string().optional(),
    count: z.number().int().optional(),
  }),
  z.object({ kind: z.literal('flag'), flag: z.enum(FLAG_IDS) }),
]);

const wrapperSchema = z.object({
  v: z.literal(1),
  state: z.unknown(),
  origin: originSchema,
  generic: z.boolean(),
  threadId: z
    .string()
    .regex(/^\d{1,25}$/)
    .optional(),
});

/** A stored session value, validated; undefined when it cannot be read (older deployment, damage). */
export function readMockSession(raw: unknown): StoredMockSession | undefined {
  if (raw === undefined) return undefined;
  const wrapper = wrapperSchema.safeParse(raw);
  if (!wrapper.success) return undefined;
  const state = parseSession(wrapper.data.state);
  if (!state.ok) return undefined;
  const origin = wrapper.data.origin as MockOrigin;
  const { threadId } = wrapper.data;
  return { v: 1, state: state.value, origin, generic: wrapper.data.generic, ...(threadId ? { threadId } : {}) };
}

/** The member's stored session, validated; undefined when there is none or it cannot be read. */
export async function loadMockSession(ctx: AppContext, userId: string): Promise<StoredMockSession | undefined> {
  return readMockSession(await ctx.store.getSession(userId));
}

/**
 * Read-change-write of the member's session that cannot lose a concurrent change (two shards, a
 * double click): store.updateSession's compare-and-swap. `fn` sees the validated session (an
 * unreadable one counts as none) and returns the next one, `null` to remove it, or `undefined` to
 * leave it. It may run more than once, so it must be quick and free of side effects.
 */
export async function updateMockSession(
  ctx: AppContext,
  userId: string,
  fn: (current: StoredMockSession | undefined) => StoredMockSession | null | undefined,
): Promise<StoredMockSession | undefined> {
  return readMockSession(await ctx.store.updateSession(userId, (raw) => fn(readMockSession(raw))));
}

/** Remembers the thread a session runs in, unless another session has taken its place meanwhile. */
export async function rememberMockThread(
  ctx: AppContext,
  userId: string,
  sessionId: string,
  threadId: string,
): Promise<void> {
  await updateMockSession(ctx, userId, (current) =>
    current && current.state.id === sessionId && current.threadId !== threadId ? { ...current, threadId } : undefined,
  );
}

// ---------------------------------------------------------------------------------------------
// History: one entry per finished (or abandoned-with-answers) session, newest kept by the store.

export interface MockHistoryEntry {
  v: 1;
  sessionId: string;
  startedAt: string;
  endedAt: string;
  origin: MockOrigin;
  generic: boolean;
  summary: Pick<
    SessionSummary,
    | 'total'
    | 'answered'
    | 'skipped'
    | 'retried'
    | 'notReached'
    | 'hintsUsed'
    | 'averageWords'
    | 'averageSeconds'
    | 'star'
    | 'commonNotes'
  >;
}

const historySchema = z.object({
  v: z.literal(1),
  sessionId: z.string(),
  startedAt: z.string(),
  endedAt: z.string(),
  origin: originSchema,
  generic: z.boolean(),
  summary: z.object({
    total: z.number(),
    answered: z.number(),
    skipped: z.number(),
    retried: z.number(),
    notReached: z.number(),
    hintsUsed: z.number(),
    averageWords: z.number(),
    averageSeconds: z.number(),
    star: z.object({
      situation: z.number(),
      task: z.number(),
      action: z.number(),
      result: z.number(),
      of: z.number(),
    }),
    commonNotes: z.array(z.object({ id: z.string(), count: z.number() })),
  }),
});

export function historyEntry(s: StoredMockSession, endedAt: string): MockHistoryEntry {
  const sum = summary(s.state);
  return {
    v: 1,
    sessionId: s.state.id,
    startedAt: s.state.createdAt,
    endedAt,
    origin: s.origin,
    generic: s.generic,
    summary: {
      total: sum.total,
      answered: sum.answered,
      skipped: sum.skipped,
      retried: sum.retried,
      notReached: sum.notReached,
      hintsUsed: sum.hintsUsed,
      averageWords: sum.averageWords,
      averageSeconds: sum.averageSeconds,
      star: sum.star,
      commonNotes: sum.commonNotes,
    },
  };
}

/** Past sessions, newest first (the store keeps the latest STORE_DEFAULTS.historyLimit). */
export async function listMockHistory(ctx: AppContext, userId: string): Promise<MockHistoryEntry[]> {
  const raw = await ctx.store.listHistory(userId);
  const entries = raw.flatMap((r) => {
    const parsed = historySchema.safeParse(r);
    return parsed.success ? [parsed.data as MockHistoryEntry] : [];
  });
  return entries.reverse();
}

/**
 * Puts a session's summary in the history, once: a session already there (End pressed twice, a
 * close retried after a crash) is not added again. One abandoned before any answer leaves none.
 */
export async function recordMockHistory(ctx: AppContext, userId: string, s: StoredMockSession): Promise<void> {
  const recordable = s.state.attempts.length > 0 || s.state.skipped.length > 0;
  if (!recordable) return;
  const past = await listMockHistory(ctx, userId);
  if (!past.some((e) => e.sessionId === s.state.id)) {
    await ctx.store.appendHistory(userId, historyEntry(s, ctx.now().toISOString()));
  }
}

/**
 * Closes a session: its summary goes to the history (once, even if End is pressed twice) and the
 * stored session is removed, unless a newer session has taken its place in the meantime. The
 * history comes first, so a crash in between leaves the ended session to be closed again.
 */
export async function closeMockSession(ctx: AppContext, userId: string, s: StoredMockSession): Promise<void> {
  await recordMockHistory(ctx, userId, s);
  await ctx.store.updateSession(userId, (raw) => {
    const stored = readMockSession(raw);
    return stored && stored.state.id !== s.state.id ? undefined : null;
  });
}
