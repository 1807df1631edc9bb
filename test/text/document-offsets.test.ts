/**
 * Offsets back into what the member pasted: a span in the middle of the text ends where its last
 * character was written, a span that runs past the end stops at the end, and a regex hit longer
 * than the sentence ends at its last token.
 */
import { describe, expect, it } from 'vitest';
import { analyse, hitSpan } from '../../src/text/document.js';

describe('originalOffsets', () => {
  it('ends a span in the middle of the text after its last character', () => {
    const original = 'Dear Dr. Lee,\nI ranked Riverside first. Thank you.';
    const doc = analyse(original);
    const at = doc.text.indexOf('Riverside');
    expect(doc.originalOffsets({ start: at, end: at + 'Riverside'.length })).toEqual({
      start: original.indexOf('Riverside'),
      end: original.indexOf('Riverside') + 'Riverside'.length,
    });
  });

  it('stops a span that runs past the end of the text at the end', () => {
    const original = 'I ranked Riverside first.';
    const doc = analyse(original);
    expect(doc.originalOffsets({ start: 2, end: 500 }).end).toBe(original.length);
  });
});

describe('hitSpan', () => {
  it('ends a hit that runs past the sentence at its last token', () => {
    const doc = analyse('I ranked Riverside first.');
    const s = doc.sentences[0]!;
    expect(hitSpan(s, 'canon', 0, 10_000)).toEqual({ start: 0, end: s.tokens.at(-1)!.end });
  });
});
