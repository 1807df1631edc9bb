/**
 * The parsed document every check reads: contractions spelled out, sentence breaks, the map from
 * a hit back to the member's own characters, and the quotes findings show.
 */
import { describe, expect, it } from 'vitest';
import { quoteFor, runChecks, type TextCheck } from '../../src/text/check.js';
import { analyse, findIn, hitSpan, wordCount } from '../../src/text/document.js';
import { normalizeChars, originalSpan, rewrite } from '../../src/text/normalize.js';

describe('canon forms', () => {
  it('spells out every contraction, and "ca"/"wo"/"sha" only before "n\'t"', () => {
    const canon = (t: string) => analyse(t).sentences[0]!.canon.replace(/ ([,.;])/g, '$1');
    expect(canon("I can't, won't, shan't, don't.")).toBe('i can not, will not, shall not, do not.');
    expect(canon("You'll, I'd, we've, they're, I'm.")).toBe('you will, i would, we have, they are, i am.');
    expect(canon('Ca and wo are words here; sha too.')).toBe('ca and wo are words here; sha too.');
    expect(canon("The patient's chart.")).toBe("the patient's chart.");
  });

  it('gives lemmas for every token', () => {
    expect(analyse('The residents ranked programs.').sentences[0]!.lemmas).toMatch(/^the resident rank program\b/);
  });
});

describe('sentences', () => {
  it('breaks at the model’s sentence ends and between paragraphs, not inside "CV.pdf"', () => {
    const doc = analyse('First line\n\nsecond line. Third one. See CV.pdf today.');
    expect(doc.sentences.map((s) => s.text)).toEqual(['First line', 'second line.', 'Third one.', 'See CV.pdf today.']);
    expect(doc.sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(doc.sentences.map((s) => s.role)).toEqual(['body', 'body', 'body', 'body']);
  });

  it('keeps the original text and its offsets, and says when nothing was quoted', () => {
    const raw = 'Hi  there.\u00A0Thanks!';
    const doc = analyse(raw);
    expect(doc.original).toBe(raw);
    expect(doc.hadQuoted).toBe(false);
    const s = doc.sentences[1]!;
    expect(doc.quote(s)).toBe('Thanks!');
    expect(doc.originalOffsets(s)).toEqual({ start: 11, end: 18 });
    expect(analyse('').sentences).toEqual([]);
  });

  it('returns the same document for the same text, and another for another role set', () => {
    const a = analyse('Thank you.');
    expect(analyse('Thank you.')).toBe(a);
    expect(analyse('Thank you.', { roles: ['body'] })).not.toBe(a);
  });
});

describe('hits back to the member’s words', () => {
  it('maps a canon or lemma hit to the tokens it covers', () => {
    const doc = analyse("I'd like to know where I'm ranked.");
    const s = doc.sentences[0]!;
    const span = findIn(s, /where i am ranked/)!;
    expect(doc.quote(span)).toBe("where I'm ranked");
    expect(doc.quote(findIn(s, /rank/, 'lemmas')!)).toBe('ranked');
    expect(findIn(s, /nowhere/)).toBeUndefined();
    expect(doc.quote(hitSpan(s, 'canon', 0, 7))).toBe("I'd");
  });

  it('counts words as a person does', () => {
    expect(wordCount("Don't stop, Step-1 24/7.")).toBe(4);
  });
});

describe('quoteFor', () => {
  const doc = analyse(
    'Thank you. During my internal medicine residency in Cairo our team rebuilt the discharge workflow and I would like to know where I stand on your list now.',
  );
  const long = doc.sentences[1]!;
  const at = (phrase: string) => {
    const i = doc.text.indexOf(phrase);
    return { start: i, end: i + phrase.length };
  };

  it('quotes a short sentence whole, without trailing punctuation of a clause', () => {
    expect(quoteFor(doc, { sentence: doc.sentences[0]! })).toBe('Thank you.');
    const d2 = analyse('Where do I stand,');
    expect(quoteFor(d2, { sentence: d2.sentences[0]! })).toBe('Where do I stand');
  });

  it('cuts a long sentence around the hit, with ellipses where it was cut', () => {
    expect(quoteFor(doc, { sentence: long, span: at('where I stand') }, 12)).toBe(
      '…I would like to know where I stand on your list now.',
    );
    expect(quoteFor(doc, { sentence: long, span: at('During my') }, 12)).toBe(
      'During my internal medicine residency in Cairo our…',
    );
    expect(quoteFor(doc, { sentence: long }, 12)).toBe(doc.quote(long));
  });

  it('ends the window a few words after a hit on the first word', () => {
    expect(quoteFor(doc, { sentence: long, span: at('During') }, 12)).toBe(
      'During my internal medicine residency in Cairo…',
    );
  });

  it('ends the window six words after the hit, not counting the comma glued to it', () => {
    const d = analyse(
      'During my residency in Cairo our team rebuilt the discharge workflow, and I would like to know where I stand, as a candidate, on your list now.',
    );
    const i = d.text.indexOf('where I stand');
    expect(quoteFor(d, { sentence: d.sentences[0]!, span: { start: i, end: i + 'where I stand'.length } }, 12)).toBe(
      '…I would like to know where I stand, as a candidate, on…',
    );
  });

  it('quotes a sentence of exactly the word limit whole, counting a double space as one gap (shown as one space)', () => {
    const d = analyse('During my residency in Cairo our  team rebuilt the discharge workflow for the ward.');
    const i = d.text.indexOf('discharge');
    expect(quoteFor(d, { sentence: d.sentences[0]!, span: { start: i, end: i + 9 } }, 14)).toBe(
      'During my residency in Cairo our team rebuilt the discharge workflow for the ward.',
    );
  });

  it('quotes a bare span, and nothing without a place', () => {
    expect(quoteFor(doc, { span: at('Cairo') })).toBe('Cairo');
    expect(quoteFor(doc, {})).toBeUndefined();
  });
});

describe('runChecks', () => {
  it('keeps only the checks that found something, in their order', () => {
    const checks: TextCheck<'a' | 'b' | 'c', number>[] = [
      { id: 'a', checks: 'a', run: (_d, n) => (n > 0 ? { detail: { n } } : undefined) },
      { id: 'b', checks: 'b', run: () => undefined },
      { id: 'c', checks: 'c', run: () => ({}) },
    ];
    expect(runChecks(checks, analyse('x'), 1)).toEqual([
      { id: 'a', hit: { detail: { n: 1 } } },
      { id: 'c', hit: {} },
    ]);
    expect(runChecks(checks, analyse('x'), 0).map((r) => r.id)).toEqual(['c']);
  });
});

describe('normalize', () => {
  it('joins CRLF and lone CR into line breaks, and folds spaces, dashes and quotes', () => {
    expect(normalizeChars('a\r\nb\rc\u2028d').text).toBe('a\nb\nc\nd');
    expect(normalizeChars('\u2018x\u2019 \u201Cy\u201D \u2013 \u2014 \u2212 `').text).toBe(`'x' "y" - - - '`);
    // The acute accent typed as an apostrophe keeps the word whole.
    expect(normalizeChars('don\u00B4t').text).toBe("don't");
    expect(normalizeChars('a\tb\u2009c\u3000d').text).toBe('a b c d');
    expect(normalizeChars('\uFB01le \uFF21').text).toBe('file A');
  });

  it('folds a letter that looks like two letters, and keeps a letter whose look-alike carries a mark', () => {
    expect(normalizeChars('S\u00E6ther').text).toBe('Saether');
    // Names as written: ç, đ and the hooked Ɗ look like a letter with a mark, not like plain letters.
    expect(normalizeChars('Fran\u00E7ois \u0110\u1EE9c \u018Aanjuma').text).toBe(
      'Fran\u00E7ois \u0110\u1EE9c \u018Aanjuma',
    );
  });

  it('folds look-alike letters but keeps letters that are not look-alikes', () => {
    expect(normalizeChars('\u0440\u0430\u0441\u0435').text).toBe('pace');
    expect(normalizeChars('caf\u00E9 na\u00EFve \u00DF').text).toBe('caf\u00E9 na\u00EFve \u00DF');
    expect(normalizeChars('\u0410\u0412').text).toBe('AB');
  });

  it('maps each clean character to the original, and quotes whole clusters', () => {
    const raw = 'e\u0301t\u00E9 \uD83D\uDE00 ok';
    const n = normalizeChars(raw);
    expect(n.map).toHaveLength(n.text.length + 1);
    expect(n.map.at(-1)).toBe(raw.length);
    expect(originalSpan(n, 0, 2)).toBe(n.text.startsWith('\u00E9') ? 'e\u0301t' : raw.slice(0, 3));
    const smile = n.text.indexOf('\uD83D');
    expect(originalSpan(n, smile, smile + 2)).toBe('\uD83D\uDE00');
    expect(originalSpan(n, n.text.length - 2, n.text.length)).toBe('ok');
  });

  it('keeps the map through a rewrite', () => {
    const n = normalizeChars('a\u00ADb c');
    const r = rewrite(n, (t) => ({ text: t.toUpperCase(), from: [...t].map((_, i) => i) }));
    expect(r.text).toBe('AB C');
    expect(r.map).toEqual([0, 2, 3, 4, 5]);
    expect(r.original).toBe('a\u00ADb c');
  });
});

describe('the parsed text at its edges (round five of the mutation work)', () => {
  it('maps a hit in the lemmas back to the words as written, not to the same offset of the canon', () => {
    const doc = analyse('We ranked the fellows first.');
    const span = findIn(doc.sentences[0]!, /\bfellow\b/, 'lemmas')!;
    expect(doc.text.slice(span.start, span.end)).toBe('fellows');
  });

  it('keeps a spelled-out contraction apart from the punctuation after it', () => {
    expect(analyse("I really shouldn't.").sentences[0]!.canon).toBe('i really should not .');
  });

  it('reads "CA" at the very end of a text as a word, not the start of "can\'t"', () => {
    expect(analyse('I moved to San Diego, CA').sentences[0]!.canon).toBe('i moved to san diego, ca');
  });

  it('counts no words in a text with no letters or digits', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('... !')).toBe(0);
  });
});
