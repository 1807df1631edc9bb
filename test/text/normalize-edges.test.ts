/**
 * Character clean-up at its edges: a caseless look-alike of "l" stays an "l", a combining
 * grapheme joiner inside a word is dropped, and a quote taken back from the original keeps a
 * decomposed accent at its end and drops the spaces at its edges.
 */
import { describe, expect, it } from 'vitest';
import { normalizeChars, originalSpan } from '../../src/text/normalize.js';

describe('normalizeChars', () => {
  it('reads a click letter typed for "l" (it has no case) as a lower-case l, not a capital I', () => {
    expect(normalizeChars('c\u01C0inical informatics').text).toBe('clinical informatics');
  });

  it('drops a combining grapheme joiner hidden inside a word', () => {
    const n = normalizeChars('I will ra\u034Fnk you first');
    expect(n.text).toBe('I will rank you first');
  });
});

describe('originalSpan', () => {
  it('keeps an accent typed as a combining mark at the end of the quoted word', () => {
    const original = 'We met at the cafe\u0301';
    const n = normalizeChars(original);
    expect(originalSpan(n, n.text.indexOf('caf'), n.text.length)).toBe('cafe\u0301');
  });

  it('drops the spaces at the edges of the quoted span', () => {
    const n = normalizeChars('Hello world again');
    expect(originalSpan(n, 5, 12)).toBe('world');
  });
});
