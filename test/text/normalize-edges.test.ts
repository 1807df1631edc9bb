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

describe('normalizeChars copies plain ASCII runs whole (a speed path) with the same result', () => {
  it('a plain letter followed by a combining accent is still one unit, composed by NFKC', () => {
    const n = normalizeChars('cafe\u0301 opens');
    expect(n.text).toBe('caf\u00E9 opens');
    // The composed letter points at the "e" it was built on; the space after it at its own offset.
    expect(n.map.slice(0, 6)).toEqual([0, 1, 2, 3, 5, 6]);
  });

  it('a backquote still becomes an apostrophe and a tab a space, inside otherwise plain text', () => {
    expect(normalizeChars('I didn`t\tknow').text).toBe("I didn't know");
  });

  it('a Windows line end still becomes one line feed, mapped to where the feed stood', () => {
    const n = normalizeChars('one\r\ntwo');
    expect(n.text).toBe('one\ntwo');
    expect(n.map).toEqual([0, 1, 2, 4, 5, 6, 7, 8]);
  });

  it('plain text maps every character to itself, one past the end included', () => {
    const n = normalizeChars('Rank list due Feb 28.');
    expect(n.text).toBe('Rank list due Feb 28.');
    expect(n.map).toEqual([...Array(22).keys()]);
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
