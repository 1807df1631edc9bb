/**
 * Memory of per-sentence readings across answers (round fix24, speed). A member who answers again
 * after feedback, or an answer read by several checks, repeats most of its sentences word for
 * word; readings that look only at one sentence (its words, lemmas, tags and the offsets inside it)
 * give the same result for the same sentence wherever it stands, so they are kept by a key that
 * fixes all of that. Offsets inside a sentence are kept relative to its start, so the key holds
 * for the same sentence at another place in the text.
 */
import type { Sentence } from './document.js';

const KEYS = new WeakMap<Sentence, string>();

/** Everything a one-sentence reading can see, except where the sentence stands in the text. */
export function sentenceKey(s: Sentence): string {
  const known = KEYS.get(s);
  if (known !== undefined) return known;
  let k = `${s.role}\u0000${s.text}\u0000${s.canon}\u0000${s.lemmas}`;
  for (const t of s.tokens)
    k += `\u0001${t.value}\u0002${t.canon}\u0002${t.lemma}\u0002${t.pos}\u0002${t.start - s.start}\u0002${t.end - s.start}`;
  KEYS.set(s, k);
  return k;
}

/** A bounded map from a sentence key to a reading; the oldest entry goes first when it is full. */
export class SentenceMemo<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly limit = 5000) {}

  get(key: string, read: () => T): T {
    if (this.map.has(key)) return this.map.get(key) as T;
    const value = read();
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
    return value;
  }
}
