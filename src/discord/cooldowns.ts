/**
 * Per-member cooldowns for expensive commands. Counted in the store (an atomic counter with a
 * window), not in memory, so they hold across restarts and across shards sharing a Redis store.
 * The first use opens a window of `seconds`; up to `uses` runs fit in it.
 */
import type { CooldownRule } from './command.js';
import { counterKey, type Store } from '../store/store.js';

export type CooldownVerdict = { ok: true } | { ok: false; retryAfterSeconds: number; retryAt: Date };

export interface Cooldowns {
  /** Counts one use of `key` (a command name such as `ask` or `mock.start`) for the member. */
  take(userId: string, key: string, rule: CooldownRule): Promise<CooldownVerdict>;
}

export function createCooldowns(store: Pick<Store, 'incrementCounter'>, now: () => Date): Cooldowns {
  return {
    async take(userId, key, rule) {
      const state = await store.incrementCounter(counterKey(userId, `cooldown.${key}`), rule.seconds * 1000);
      if (state.count <= (rule.uses ?? 1)) return { ok: true };
      const waitMs = state.expiresAt - now().getTime();
      const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
      return { ok: false, retryAfterSeconds, retryAt: new Date(now().getTime() + retryAfterSeconds * 1000) };
    },
  };
}

/**
 * The wait as a Discord timestamp (`<t:…:R>`), which each member's app shows in their own words
 * and language and counts down live ("in 12 seconds" … "in 1 second" … "a few seconds ago").
 */
export function cooldownMessage(retryAt: Date): string {
  return `You're going a little fast for me. You can try again <t:${Math.ceil(retryAt.getTime() / 1000)}:R>.`;
}
