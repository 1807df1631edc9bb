/**
 * Runs steps for the same key one after another inside this process (history append, meta
 * update, delete), so one process never races itself. Across processes the read-modify-write
 * steps are made safe by compare-and-swap (src/store/update-record.ts); this queue only saves
 * them from retrying against their own process.
 */
export class KeyedLock {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(() => fn());
    const tail = result.catch(() => undefined);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }
}
