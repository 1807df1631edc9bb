/**
 * Discord's global HTTP limit for the bot's own REST calls (messages in channels, threads, DMs):
 * 50 requests per second per bot, while "interaction endpoints are not bound to the bot's global
 * rate limit" (developers/topics/rate-limits). discord.js's REST (`@discordjs/rest`) already
 * queues per route bucket, reads the `X-RateLimit-*` headers and waits out a 429's `retry_after`;
 * what it cannot do is count only some routes against its one global budget. So discord.js's own
 * global counter is switched off and this gate sits in its `makeRequest` hook, which runs once per
 * HTTP attempt (retries included): interaction callbacks and interaction webhooks pass straight
 * through, everything else takes a slot.
 *
 * A slot is held from the moment a request is sent until `windowMs` after its response arrived.
 * Whatever the network delay, a request Discord counts at time T was sent before T and answered
 * after T − windowMs, so it still holds its slot at T: at most `requests` of them fall in any
 * window Discord may measure, a sliding one included.
 */
import { DefaultRestOptions, type RESTOptions } from 'discord.js';

/** Discord's documented global limit. */
export const REST_BUDGET = { requests: 50, windowMs: 1000 } as const;

/**
 * Clocks count whole milliseconds and a timer may fire a millisecond early, so a slot released at
 * exactly one window could let Discord see one request too many in a window (seen in CI: a global
 * 429 with retry_after 1 ms). A few milliseconds more per slot costs nothing measurable.
 */
const CLOCK_MARGIN_MS = 5;

type MakeRequest = RESTOptions['makeRequest'];

/** Interaction callbacks and the interaction webhooks (`/webhooks/{application id}/{token}`). */
export function isInteractionRequest(url: string, applicationId: string | undefined): boolean {
  const path = new URL(url).pathname;
  if (/\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return true;
  return applicationId !== undefined && path.includes(`/webhooks/${applicationId}/`);
}

export interface RestGate {
  /** Waits for a slot; resolves with the function that gives it back (after the window). */
  acquire(signal?: AbortSignal | null): Promise<() => void>;
  /** Slots in use now. */
  readonly inUse: number;
  /** Requests waiting for a slot. */
  readonly waiting: number;
}

function abortError(): Error {
  const e = new Error('The request was aborted while waiting for the REST budget');
  e.name = 'AbortError';
  return e;
}

export function createRestGate(budget: { requests: number; windowMs: number } = REST_BUDGET): RestGate {
  let inUse = 0;
  const queue: Array<{ grant: () => void }> = [];
  const release = () => {
    // The slot stays taken for one window after the answer, then goes to the next in line.
    const timer = setTimeout(() => {
      inUse--;
      const next = queue.shift();
      if (next) next.grant();
    }, budget.windowMs + CLOCK_MARGIN_MS);
    timer.unref();
  };
  return {
    get inUse() {
      return inUse;
    },
    get waiting() {
      return queue.length;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(abortError());
      if (inUse < budget.requests) {
        inUse++;
        return Promise.resolve(release);
      }
      return new Promise((resolve, reject) => {
        const entry = {
          grant: () => {
            signal?.removeEventListener('abort', onAbort);
            inUse++;
            resolve(release);
          },
        };
        const onAbort = () => {
          const at = queue.indexOf(entry);
          if (at >= 0) queue.splice(at, 1);
          reject(abortError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(entry);
      });
    },
  };
}

/** discord.js's default `makeRequest`, with the bot's own calls held to the budget. */
export function budgetedMakeRequest(
  gate: RestGate,
  applicationId: () => string | undefined,
  send: MakeRequest = DefaultRestOptions.makeRequest,
): MakeRequest {
  return async (url, init) => {
    if (isInteractionRequest(url, applicationId())) return send(url, init);
    const done = await gate.acquire(init.signal);
    try {
      return await send(url, init);
    } finally {
      done();
    }
  };
}
