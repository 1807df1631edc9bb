/**
 * Typed mock answers that could not be recorded because the store was down, kept in this
 * process so the member can send them again without retyping: the Answer button opens its box
 * already filled in with the kept text. In memory only (never written anywhere), for one hour,
 * one answer per member and question; the first successful submit clears it.
 */
export const PENDING_ANSWER_TTL_MS = 60 * 60 * 1000;
const MAX_KEPT = 10_000;

interface Kept {
  text: string;
  until: number;
}

const kept = new Map<string, Kept>();
const keyOf = (userId: string, sessionId: string, index: number) => `${userId}:${sessionId}:${index}`;

export function keepUnsentAnswer(
  userId: string,
  sessionId: string,
  index: number,
  text: string,
  now = Date.now(),
): void {
  if (!text.trim()) return;
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
  kept.set(keyOf(userId, sessionId, index), { text, until: now + PENDING_ANSWER_TTL_MS });
}

/** The kept answer for this question, if any (still kept until the member sends it). */
export function unsentAnswer(userId: string, sessionId: string, index: number, now = Date.now()): string | undefined {
  const k = keyOf(userId, sessionId, index);
  const found = kept.get(k);
  if (!found) return undefined;
  if (found.until <= now) {
    kept.delete(k);
    return undefined;
  }
  return found.text;
}

export function forgetUnsentAnswer(userId: string, sessionId: string, index: number): void {
  kept.delete(keyOf(userId, sessionId, index));
}

/** What the member is told when their answer could not be recorded. */
export const ANSWER_KEPT =
  "I couldn't reach my storage, so your answer was not recorded yet. I kept it: press **Answer** again when you're ready and the box opens with your text already in it (it is also below to copy).";
