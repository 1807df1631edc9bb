/**
 * The parsed document at its edges: texting spellings, the line role of each sentence and what a
 * role set keeps, quoted replies noticed, tokens written together kept together, a hit of no width,
 * and the parse cache keeping only the last few texts.
 */
import { describe, expect, it } from 'vitest';
import { analyse, findIn } from '../../src/text/document.js';

describe('canon forms', () => {
  it('reads texting spellings as the words they stand for', () => {
    expect(analyse('pls lmk if u have time, ur list matters. plz reply.').sentences.map((s) => s.canon)).toEqual([
      'please lmk if you have time, your list matters.',
      'please reply.',
    ]);
  });

  it('keeps what the member wrote together in the canon, and splits it in the lemmas', () => {
    const s = analyse('We ranked it #1 on our list, well, mostly.').sentences[0]!;
    expect(s.canon).toBe('we ranked it #1 on our list, well, mostly.');
    expect(s.lemmas).toBe('we rank it # 1 on our list , well , mostly .');
  });
});

describe('line roles', () => {
  const EMAIL =
    'Dear Dr. Lee,\nThank you for the interview.\nBest regards,\nSam Okafor\n\nOn Mon, Nov 3, 2025 at 9:12 AM Jane Roe <jane@example.org> wrote:\n> We rank independently.';

  it('gives each sentence the role of its line and leaves the quoted reply out', () => {
    const doc = analyse(EMAIL);
    expect(doc.sentences.map((s) => [s.role, s.text])).toEqual([
      ['greeting', 'Dear Dr. Lee,'],
      ['body', 'Thank you for the interview.'],
      ['closing', 'Best regards,'],
      ['signature', 'Sam Okafor'],
    ]);
    expect(doc.hadQuoted).toBe(true);
  });

  it('keeps only the roles asked for', () => {
    expect(analyse(EMAIL, { roles: ['body'] }).sentences.map((s) => [s.role, s.text])).toEqual([
      ['body', 'Thank you for the interview.'],
    ]);
  });

  it('breaks a sentence at a Unicode line separator', () => {
    expect(analyse('I wrote the note.\u2028Then I left.').sentences.map((s) => s.text)).toEqual([
      'I wrote the note.',
      'Then I left.',
    ]);
  });
});

describe('findIn', () => {
  it('maps a hit of no width to the token where it stands', () => {
    const s = analyse('Where am I ranked?').sentences[0]!;
    expect(findIn(s, /(?=ranked)/)).toEqual({ start: 11, end: 17 });
    expect(findIn(s, /(?=rank)/, 'lemmas')).toEqual({ start: 11, end: 17 });
  });
});

describe('the parse cache', () => {
  it('returns the same document while it is among the last 32 texts, and parses it again after', () => {
    const first = analyse('Cache probe 0.');
    for (let i = 1; i < 32; i++) analyse(`Cache probe ${i}.`);
    expect(analyse('Cache probe 0.')).toBe(first);
    analyse('Cache probe 32.');
    const again = analyse('Cache probe 0.');
    expect(again).not.toBe(first);
    expect(again.sentences.map((s) => s.text)).toEqual(['Cache probe 0.']);
  });
});
