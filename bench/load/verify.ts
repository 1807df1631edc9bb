/**
 * The load run's checks against the store itself, through a connection of their own (as an admin
 * script would open one): every write the bot acknowledged to a member is there, and each member's
 * records hold only their own data. Run at every planned kill (what was acknowledged before it
 * must have survived) and once at the end.
 */
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { MARKER_RE, MOCK_QUESTIONS, type Acked, type MemberState } from './member.js';
import type { CallWatcher } from './watcher.js';

export interface AckSnapshot {
  userId: string;
  marker: string;
  acked: Acked;
}

/** What the bot had confirmed to each member at this moment (a copy: members keep going). */
export function snapshotAcked(members: readonly MemberState[]): AckSnapshot[] {
  return members.map((m) => ({ userId: m.user.id, marker: m.marker, acked: structuredClone(m.acked) }));
}

/** `expected` is contained in `actual`: every key of expected has an equal value (objects recursively). */
function contains(actual: unknown, expected: unknown): boolean {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => contains((actual as Record<string, unknown>)[k], v));
  }
  return JSON.stringify(actual) === JSON.stringify(expected);
}

interface StoredSession {
  state?: { id?: string; attempts?: unknown[] };
}
interface StoredHistory {
  sessionId?: string;
  summary?: { answered?: number };
}

async function withStore<T>(storeUrl: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ storeUrl, profileSecrets: [] }, { operationTimeoutMs: 10_000 });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/** One member's acknowledged writes against the store; the problems found (empty when all there). */
async function checkOne(store: Store, snap: AckSnapshot, final: boolean): Promise<string[]> {
  const out: string[] = [];
  const who = snap.userId;
  let profile: unknown;
  try {
    profile = await store.getProfile(who);
  } catch (e) {
    return [`${who}: the stored profile cannot be read (${(e as Error).message})`];
  }
  const wanted = snap.acked.profile;
  if (Object.keys(wanted).length && !contains(profile, wanted)) {
    const lacking = Object.keys(wanted).filter(
      (k) => !contains((profile as Record<string, unknown> | undefined)?.[k], wanted[k]),
    );
    out.push(`${who}: acknowledged profile fields missing or different: ${lacking.join(', ')}`);
  }
  const markers = new Set(JSON.stringify(profile ?? {}).match(MARKER_RE) ?? []);
  markers.delete(snap.marker);
  if (markers.size) out.push(`${who}: the profile holds another member's data (${[...markers].join(', ')})`);

  const mock = snap.acked.mock;
  if (mock && (mock.answers > 0 || mock.endSent)) {
    const session = (await store.getSession(who)) as StoredSession | undefined;
    const history = (await store.listHistory(who)) as StoredHistory[];
    const inSession = session?.state?.id === mock.sessionId ? (session.state.attempts?.length ?? 0) : -1;
    const entry = history.find((h) => h.sessionId === mock.sessionId);
    const kept = Math.max(inSession, entry?.summary?.answered ?? -1);
    if (kept < mock.answers) {
      out.push(`${who}: ${mock.answers} acknowledged mock answer(s), ${Math.max(kept, 0)} stored`);
    }
    if (final && mock.endSent) {
      if (!entry) out.push(`${who}: the ended mock session is not in the history`);
      else if (entry.summary?.answered !== MOCK_QUESTIONS)
        out.push(`${who}: the history records ${entry.summary?.answered} answers, not ${MOCK_QUESTIONS}`);
      if (history.length !== 1) out.push(`${who}: ${history.length} history entries, expected 1`);
    }
  }
  return out;
}

/** Checks every snapshot against the store; returns the problems. */
export async function checkAcked(storeUrl: string, snaps: readonly AckSnapshot[], final = false): Promise<string[]> {
  return withStore(storeUrl, async (store) => {
    const problems: string[] = [];
    await eachLimited(snaps, 16, async (snap) => {
      problems.push(...(await checkOne(store, snap, final)));
    });
    return problems;
  });
}

/** Every reply a member got, searched for other members' markers. */
export function foreignMarkers(members: readonly MemberState[], watcher: CallWatcher): string[] {
  const out: string[] = [];
  for (const m of members) {
    for (const sent of m.sent) {
      const text = JSON.stringify(watcher.calls(sent.token).map((c) => c.body ?? null));
      const others = new Set((text.match(MARKER_RE) ?? []).filter((x) => x !== m.marker));
      if (others.size) out.push(`${m.user.id} (${sent.label}) saw ${[...others].join(', ')}`);
    }
  }
  return out;
}
