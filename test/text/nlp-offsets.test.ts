/** Token offsets where two quote marks stand next to each other across a space. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/nlp.js';

describe('tokenize', () => {
  it('places every token of two quoted phrases side by side where it was written', () => {
    const text = 'The email said "we rank independently" "we will be in touch"';
    const { tokens } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    const starts = tokens.map((t) => t.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(starts.length);
    expect(tokens.filter((t) => t.value === '"').map((t) => t.start)).toEqual([15, 37, 39, 59]);
  });
});
