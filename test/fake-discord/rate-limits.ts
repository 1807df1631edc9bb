// Discord's HTTP rate limits as topics/rate-limits documents them: a global limit per bot token
// (50 requests per second; interaction endpoints are not bound to it) and per-route buckets,
// counted per top-level resource (channel, guild, webhook), announced in X-RateLimit-* headers.
// A request over a limit gets 429 with `retry_after` (seconds, float), the `Retry-After` header
// (whole seconds, rounded up) and, for the global limit, `X-RateLimit-Global` and scope `global`.

import type { RouteResult } from './routes.js';

export interface RouteLimit {
  /** Requests per window, per top-level resource (e.g. per channel for createMessage). */
  limit: number;
  windowMs: number;
  /**
   * Send the X-RateLimit-* headers (default true). False models a limit the client cannot see
   * coming (scope `shared`): the first it hears of it is the 429.
   */
  announce?: boolean;
}

export interface RateLimitOptions {
  /** Requests per second per token outside interaction endpoints (Discord: 50); 0 turns it off. */
  globalPerSecond: number;
  /** Per-route buckets by route name (`createMessage`, `startThread`, …). */
  routes: Record<string, RouteLimit>;
}

export interface RateLimitRecord {
  at: number;
  route: string;
  scope: 'global' | 'user' | 'shared';
  retryAfterMs: number;
}

/** Routes Discord does not count against the global limit: interaction callbacks and webhooks. */
export function isInteractionRoute(route: string): boolean {
  return (
    route === 'interactionCallback' ||
    route === 'createFollowUp' ||
    route === 'editWebhookMessage' ||
    route === 'getWebhookMessage' ||
    route === 'deleteWebhookMessage'
  );
}

const GLOBAL_WINDOW_MS = 1000;

export class RateLimiter {
  /** Accepted non-interaction requests per token, newest last (times in ms). */
  private readonly global = new Map<string, number[]>();
  private readonly buckets = new Map<string, { count: number; resetAt: number }>();
  /** Every 429 the limiter answered. */
  readonly limited: RateLimitRecord[] = [];
  /** Arrival times of the non-interaction requests it let through. */
  readonly accepted: number[] = [];

  constructor(public opts: RateLimitOptions) {}

  reset(): void {
    this.global.clear();
    this.buckets.clear();
    this.limited.length = 0;
    this.accepted.length = 0;
  }

  /**
   * Counts one request. Returns the 429 to answer with, or the headers to add to the real answer.
   * `major` is the top-level resource (channel id, guild id, webhook id + token) or '' for none.
   */
  take(
    route: string,
    major: string,
    token: string,
    now: number,
  ): { limited?: RouteResult; headers: Record<string, string> } {
    const interaction = isInteractionRoute(route);
    if (!interaction && this.opts.globalPerSecond > 0) {
      const times = (this.global.get(token) ?? []).filter((t) => t > now - GLOBAL_WINDOW_MS);
      this.global.set(token, times);
      if (times.length >= this.opts.globalPerSecond) {
        const retryAfterMs = times[0]! + GLOBAL_WINDOW_MS - now;
        this.limited.push({ at: now, route, scope: 'global', retryAfterMs });
        return { limited: tooMany(retryAfterMs, { global: true, scope: 'global' }), headers: {} };
      }
    }
    const rule = this.opts.routes[route];
    let headers: Record<string, string> = {};
    if (rule) {
      const key = `${route}:${major}`;
      let bucket = this.buckets.get(key);
      if (!bucket || now >= bucket.resetAt) {
        bucket = { count: 0, resetAt: now + rule.windowMs };
        this.buckets.set(key, bucket);
      }
      const resetAfterMs = bucket.resetAt - now;
      const scope = rule.announce === false ? 'shared' : 'user';
      if (bucket.count >= rule.limit) {
        this.limited.push({ at: now, route, scope, retryAfterMs: resetAfterMs });
        const info = rule.announce === false ? {} : bucketHeaders(route, rule.limit, 0, bucket.resetAt, resetAfterMs);
        return { limited: tooMany(resetAfterMs, { global: false, scope, headers: info }), headers: {} };
      }
      bucket.count++;
      if (rule.announce !== false) {
        headers = bucketHeaders(route, rule.limit, rule.limit - bucket.count, bucket.resetAt, resetAfterMs);
      }
    }
    if (!interaction) {
      this.global.get(token)?.push(now) ?? this.global.set(token, [now]);
      this.accepted.push(now);
    }
    return { headers };
  }

  /** The most non-interaction requests accepted within any `windowMs` (default 1 s). */
  peak(windowMs = GLOBAL_WINDOW_MS): number {
    let best = 0;
    let start = 0;
    for (let end = 0; end < this.accepted.length; end++) {
      while (this.accepted[end]! - this.accepted[start]! >= windowMs) start++;
      best = Math.max(best, end - start + 1);
    }
    return best;
  }
}

function bucketHeaders(route: string, limit: number, remaining: number, resetAt: number, resetAfterMs: number) {
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': (resetAt / 1000).toFixed(3),
    'x-ratelimit-reset-after': (resetAfterMs / 1000).toFixed(3),
    'x-ratelimit-bucket': `fake-${route}`,
  };
}

function tooMany(
  retryAfterMs: number,
  opts: { global: boolean; scope: 'global' | 'user' | 'shared'; headers?: Record<string, string> },
): RouteResult {
  const seconds = Math.max(retryAfterMs, 1) / 1000;
  return {
    status: 429,
    body: {
      message: opts.scope === 'shared' ? 'The resource is being rate limited.' : 'You are being rate limited.',
      retry_after: Number(seconds.toFixed(3)),
      global: opts.global,
    },
    headers: {
      ...(opts.headers ?? {}),
      'retry-after': String(Math.ceil(seconds)),
      'x-ratelimit-scope': opts.scope,
      ...(opts.global ? { 'x-ratelimit-global': 'true' } : {}),
    },
  };
}
