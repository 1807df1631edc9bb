/**
 * What a server's members ask /ask, kept as aggregates an admin may see (`/admin questions`):
 * per question, how many times it was asked, by how many different members, whether the guides
 * answered it, and the 👍/👎 counts. No member id is stored.
 *
 * Counting different members without their ids: each member becomes a keyed hash (HMAC-SHA256 of
 * the id under a key that is new every month), so the same member counts once in a month but the
 * record cannot be joined with anything else, and the whole record (hashes included) expires
 * with the month. The key comes from PROFILE_SECRET when it is set; otherwise a random key is kept
 * in the store beside the records for that month and expires with them (it then protects against
 * reading ids off the record, not against someone holding the whole database and guessing ids).
 *
 * A question's text is stored only once at least `TEXT_MIN_MEMBERS` different members asked it
 * (the text of the third asker, escaped when shown); before that only its counts exist. Curated
 * questions (the FAQ) and guide sections are named by our own wording, but they too are shown
 * only from that many members, so an admin never learns what one member asked.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Answer } from '../knowledge/answer.js';
import { analyze } from '../knowledge/text.js';
import type { Store } from '../store/store.js';

export const ASK_STATS = {
  /** Different members needed before a question (or topic) is shown by name. */
  textMinMembers: 3,
  /** Questions kept per server per month; the least asked drop off beyond this. */
  maxQuestions: 300,
  /** Longest question text kept. */
  maxTextChars: 200,
  /** Kept a little past the month's end so the first days of the next month can still read it. */
  graceMs: 7 * 24 * 60 * 60 * 1000,
} as const;

export interface QuestionStat {
  /** Times asked (all members). */
  n: number;
  /** Keyed hashes of the members who asked (this month's key). */
  by: string[];
  /** Covered by the guides (false: not covered or out of scope). */
  answered: boolean;
  /** What kind of reply: faq, guides, not-covered, out-of-scope. */
  kind: string;
  /** The question's text, only once `textMinMembers` different members asked it. */
  text?: string;
  up: number;
  down: number;
  /** Keyed hashes of the members who voted (one vote each, changeable). */
  voters: Record<string, 'up' | 'down'>;
}

export interface MonthStats {
  month: string;
  questions: Record<string, QuestionStat>;
}

/** `YYYY-MM` of a date (UTC). */
export function monthOf(now: Date): string {
  return now.toISOString().slice(0, 7);
}

/** Milliseconds from now until the stats of `now`'s month may go (its end plus a grace period). */
function ttlFor(now: Date): number {
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  return Math.max(1000, end - now.getTime() + ASK_STATS.graceMs);
}

/** Where one server's (or the DMs') stats for a month live. */
export function statsKey(scope: string, month: string): string {
  return `ask-stats:${scope}:${month}`;
}

/** A stable key for a question: the FAQ entry, else its words (order and filler ignored). */
export function questionKey(question: string, answer: Pick<Answer, 'faqId'>): string {
  if (answer.faqId) return `faq.${answer.faqId}`;
  const words = [...new Set(analyze(question))].sort().join(' ');
  return `q.${createHash('sha256').update(words).digest('hex').slice(0, 16)}`;
}

async function monthKey(store: Store, secret: string | undefined, month: string, now: Date): Promise<string> {
  if (secret) return createHmac('sha256', secret).update(`ask-stats:${month}`).digest('hex');
  const stored = await store.updateShared<string>(
    `ask-stats-key:${month}`,
    (k) => k ?? randomBytes(32).toString('hex'),
    ttlFor(now),
  );
  return stored ?? '';
}

function memberHash(key: string, userId: string): string {
  return createHmac('sha256', key).update(userId).digest('hex').slice(0, 20);
}

export interface RecordAsk {
  store: Store;
  /** PROFILE_SECRET (current), when configured. */
  secret: string | undefined;
  /** The server id, or `dm`. */
  scope: string;
  userId: string;
  question: string;
  answer: Pick<Answer, 'faqId' | 'covered' | 'kind'>;
  now: Date;
}

/** Counts one question. Returns the question's key (the 👍/👎 buttons carry it). */
export async function recordAsk(r: RecordAsk): Promise<string> {
  const month = monthOf(r.now);
  const key = questionKey(r.question, r.answer);
  const member = memberHash(await monthKey(r.store, r.secret, month, r.now), r.userId);
  await r.store.updateShared<MonthStats>(
    statsKey(r.scope, month),
    (current) => {
      const stats: MonthStats = current ?? { month, questions: {} };
      const q: QuestionStat = stats.questions[key] ?? {
        n: 0,
        by: [],
        answered: r.answer.covered,
        kind: r.answer.kind ?? (r.answer.covered ? 'guides' : 'not-covered'),
        up: 0,
        down: 0,
        voters: {},
      };
      q.n += 1;
      if (!q.by.includes(member)) q.by.push(member);
      // The text is kept only from the third different member on, and never for a curated
      // question (its own wording is ours).
      if (!q.text && !r.answer.faqId && q.by.length >= ASK_STATS.textMinMembers) {
        q.text = r.question.replace(/\s+/g, ' ').trim().slice(0, ASK_STATS.maxTextChars);
      }
      stats.questions[key] = q;
      const keys = Object.keys(stats.questions);
      if (keys.length > ASK_STATS.maxQuestions) {
        const least = keys.sort((a, b) => (stats.questions[a]?.n ?? 0) - (stats.questions[b]?.n ?? 0))[0];
        if (least && least !== key) delete stats.questions[least];
      }
      return stats;
    },
    ttlFor(r.now),
  );
  return key;
}

export type VoteResult = 'counted' | 'changed' | 'same' | 'unknown';

/** One member's 👍 or 👎 on a question asked this month in this scope. */
export async function recordVote(
  store: Store,
  secret: string | undefined,
  scope: string,
  key: string,
  userId: string,
  vote: 'up' | 'down',
  now: Date,
): Promise<VoteResult> {
  const month = monthOf(now);
  const member = memberHash(await monthKey(store, secret, month, now), userId);
  let result: VoteResult = 'unknown';
  await store.updateShared<MonthStats>(
    statsKey(scope, month),
    (current) => {
      const q = current?.questions[key];
      if (!current || !q) {
        result = 'unknown';
        return undefined;
      }
      const before = q.voters[member];
      if (before === vote) {
        result = 'same';
        return undefined;
      }
      if (before) q[before] = Math.max(0, q[before] - 1);
      q[vote] += 1;
      q.voters[member] = vote;
      result = before ? 'changed' : 'counted';
      return current;
    },
    ttlFor(now),
  );
  return result;
}

/** The month's stats for a scope (undefined when nothing was asked). */
export async function readStats(store: Store, scope: string, now: Date): Promise<MonthStats | undefined> {
  return store.getShared<MonthStats>(statsKey(scope, monthOf(now)));
}
