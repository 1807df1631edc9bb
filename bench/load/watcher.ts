/**
 * Follows the fake Discord's REST log for the load run: one pass over the calls (a cursor),
 * indexed by interaction token, waking only the waits of the interactions a new call belongs to.
 * The fake's own wait helpers scan the whole log on every change, which is quadratic with a
 * thousand members in flight.
 */
import type { EventEmitter } from 'node:events';
import type { FakeDiscord, RecordedCall } from '../../test/fake-discord/server.js';

/** Why an interaction did not complete; `disrupted` when a planned kill caused it. */
export class StepFailed extends Error {
  override readonly name = 'StepFailed';
  constructor(
    message: string,
    readonly disrupted = false,
  ) {
    super(message);
  }
}

interface Waiter {
  check(): void;
  fail(e: Error): void;
}

export class CallWatcher {
  #cursor = 0;
  readonly #byToken = new Map<string, RecordedCall[]>();
  readonly #waiters = new Map<string, Set<Waiter>>();
  readonly #listener = () => this.#drain();
  readonly #events: EventEmitter;

  constructor(private readonly fake: FakeDiscord) {
    // The fake emits `change` on every recorded call; its state is internal to the test helper.
    this.#events = (fake as unknown as { state: { events: EventEmitter } }).state.events;
    this.#events.on('change', this.#listener);
  }

  #drain(): void {
    const calls = this.fake.calls;
    const touched = new Set<string>();
    for (; this.#cursor < calls.length; this.#cursor++) {
      const call = calls[this.#cursor]!;
      const token = call.interaction?.token;
      if (!token) continue;
      const list = this.#byToken.get(token);
      if (list) list.push(call);
      else this.#byToken.set(token, [call]);
      touched.add(token);
    }
    for (const token of touched) for (const w of [...(this.#waiters.get(token) ?? [])]) w.check();
  }

  /** Every REST call made so far for the interaction with this token. */
  calls(token: string): readonly RecordedCall[] {
    return this.#byToken.get(token) ?? [];
  }

  /**
   * Resolves with `pick(calls)` once it is defined; rejects when `pick` throws, after
   * `timeoutMs`, or when abortAll() is called (the bot was killed).
   */
  wait<T>(token: string, pick: (calls: readonly RecordedCall[]) => T | undefined, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let set = this.#waiters.get(token);
      if (!set) this.#waiters.set(token, (set = new Set()));
      const done = () => {
        clearTimeout(timer);
        set.delete(waiter);
        if (set.size === 0) this.#waiters.delete(token);
      };
      const waiter: Waiter = {
        check: () => {
          let value: T | undefined;
          try {
            value = pick(this.calls(token));
          } catch (e) {
            done();
            reject(e as Error);
            return;
          }
          if (value === undefined) return;
          done();
          resolve(value);
        },
        fail: (e) => {
          done();
          reject(e);
        },
      };
      const timer = setTimeout(() => waiter.fail(new StepFailed(`no answer within ${timeoutMs} ms`)), timeoutMs);
      set.add(waiter);
      this.#drain();
      waiter.check();
    });
  }

  /** Rejects every pending wait: the process that would have answered them is gone. */
  abortAll(reason: string): number {
    let n = 0;
    for (const set of [...this.#waiters.values()]) {
      for (const w of [...set]) {
        w.fail(new StepFailed(reason, true));
        n++;
      }
    }
    return n;
  }

  close(): void {
    this.#events.off('change', this.#listener);
    this.abortAll('the load run ended');
  }
}
