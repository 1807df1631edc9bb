/**
 * Handlers still running, so a shutdown can stop taking new work, let the running handlers
 * finish (their writes reach the store), and only then close the client and the store.
 */
export interface Inflight {
  /** False once `drain` was called: new interactions are turned away politely. */
  readonly accepting: boolean;
  readonly size: number;
  track<T>(work: Promise<T>): Promise<T>;
  /** Stops accepting and resolves when every tracked handler has settled (or after `timeoutMs`). */
  drain(timeoutMs?: number): Promise<{ unfinished: number }>;
}

export function createInflight(): Inflight {
  const running = new Set<Promise<unknown>>();
  let accepting = true;
  return {
    get accepting() {
      return accepting;
    },
    get size() {
      return running.size;
    },
    track(work) {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      running.add(settled);
      void settled.finally(() => running.delete(settled));
      return work;
    },
    async drain(timeoutMs = 10_000) {
      accepting = false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
        timer.unref();
      });
      // Handlers may start follow-up work while draining; loop until the set is empty.
      while (running.size > 0) {
        const outcome = await Promise.race([Promise.all([...running]).then(() => 'done' as const), timeout]);
        if (outcome === 'timeout') break;
      }
      clearTimeout(timer);
      return { unfinished: running.size };
    },
  };
}
