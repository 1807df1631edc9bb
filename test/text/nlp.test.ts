/**
 * The tokenizer under the pipeline: every token sits at its own characters (double spaces, curly
 * apostrophes), a possessive "'s" is its own particle while "it's", "that's", "what's" keep their
 * verb, and the model's sentences come back as token ranges.
 */
import { describe, expect, it } from 'vitest';
import { loadNlp, tokenize } from '../../src/text/nlp.js';

const TEXTS = [
  // A word repeated after a double space sits at its second place, not its first.
  'Thank you so  so much.',
  "It's the patient's chart.",
  'Westbrook Children’s is first. We met twice.',
  "St. Mary's  ward",
  "That's what's left of Dr. Lee's list.",
];

describe('tokenize', () => {
  it.each(TEXTS)('puts every token of "%s" at its own characters', (text) => {
    for (const t of tokenize(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
  });

  it('reads a possessive as a particle and a contracted "is" as the verb', () => {
    const parts = (text: string) => tokenize(text).tokens.map((t) => [t.value, t.lemma, t.pos]);
    expect(parts("It's the patient's chart.")).toEqual([
      ['It', 'it', 'PRON'],
      ["'s", 'be', 'AUX'],
      ['the', 'the', 'DET'],
      ['patient', 'patient', 'NOUN'],
      ["'s", "'s", 'PART'],
      ['chart', 'chart', 'NOUN'],
      ['.', '.', 'PUNCT'],
    ]);
    expect(parts("That's what's left of Dr. Lee's list.").filter(([v]) => v === "'s")).toEqual([
      ["'s", 'be', 'AUX'],
      ["'s", 'be', 'AUX'],
      ["'s", "'s", 'PART'],
    ]);
  });

  it('splits a possessive the model keeps whole before a comma, each part at its own characters', () => {
    // wink keeps "Lakeside's," as one token (and then learns it); the split must not depend on that.
    const parts = tokenize('I enjoyed my day at Lakeside’s, and the team.').tokens.map((t) => [
      t.value,
      t.lemma,
      t.pos,
      t.start,
      t.end,
    ]);
    expect(parts.slice(5, 8)).toEqual([
      ['Lakeside', 'lakeside', 'PROPN', 20, 28],
      ['’s', "'s", 'PART', 28, 30],
      [',', ',', 'PUNCT', 30, 31],
    ]);
  });

  it('keeps "here’s" whole before a comma: a contracted "is", not a possessive', () => {
    const first = tokenize('Here’s, in short, my update.').tokens[0]!;
    expect([first.value, first.start, first.end]).toEqual(['Here’s', 0, 6]);
  });

  it('tags a run of line breaks or tabs as SPACE, and only those', () => {
    const tokens = tokenize('one\n\ntwo\t\tthree four').tokens;
    expect(tokens.filter((t) => t.pos === 'SPACE').map((t) => t.value)).toEqual(['\n\n', '\t\t']);
    expect(tokens.filter((t) => !t.value.trim()).every((t) => t.pos === 'SPACE')).toBe(true);
  });

  it('gives the sentences as token ranges', () => {
    expect(tokenize('Westbrook Children’s is first. We met twice.').sentences).toEqual([
      { from: 0, to: 6 },
      { from: 6, to: 10 },
    ]);
  });

  it('loads the model once', () => {
    expect(loadNlp()).toBe(loadNlp());
  });
});
