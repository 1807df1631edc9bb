/**
 * Email layout at its edges: what after the closing is still the member's sentence (a P.S. however
 * it is dotted, a long line, a sentence in brackets or quotes) and what is the signature (a name
 * with a middle initial or a degree, a title line, a city); reply headers that look like a
 * sentence; and the own text a check reads (wrapped lines joined, blank runs and spaces folded,
 * quote marks dropped).
 */
import { describe, expect, it } from 'vitest';
import { normalizeChars } from '../../src/text/normalize.js';
import { classifyLines, ownText, type LineRole } from '../../src/text/structure.js';

const roles = (text: string) => classifyLines(text).map((l) => [l.role, l.text.trim()]);
const ownDoc = (text: string, keep: LineRole[] = ['body', 'greeting', 'closing', 'signature']) => {
  const n = normalizeChars(text);
  return ownText(n, classifyLines(n.text), new Set(keep));
};
const own = (text: string, keep?: LineRole[]) => ownDoc(text, keep).text;

const SIGNED = 'Hi Dr. Lee,\nThank you again for the day.\nBest,\n';

describe('after the closing', () => {
  it.each([
    'PS I will send the paper.',
    'P. S. I will send the paper.',
    'I will send you the paper next week if that still works',
    'I attached my CV.',
    '(I will send the paper next week.)',
    '"I will send the paper next week."',
    // A short P.S. with no full stop is still the member's, however the letters are dotted and spaced.
    'PS thanks again',
    'P.S. Thanks again',
    'P. S. Thanks again',
    'PS. Thanks again',
    'P.S thanks again',
  ])('keeps "%s" in the body', (line) => {
    const r = roles(`${SIGNED}Sam\n${line}`);
    expect(r.at(-3)).toEqual(['closing', 'Best,']);
    expect(r.at(-2)).toEqual(['signature', 'Sam']);
    expect(r.at(-1)).toEqual(['body', line]);
  });

  it.each([
    'Samuel Okafor Adeyemi, MD.',
    'Samuel Okafor Adeyemi, PhD.',
    'Samuel Okafor Adeyemi, MPH.',
    'Samuel Okafor Adeyemi, DO.',
    'Samuel Okafor Adeyemi, MS.',
    'Sam A. Okafor Adeyemi',
  ])('reads the name line "%s" as the signature', (line) => {
    expect(roles(SIGNED + line).at(-1)).toEqual(['signature', line]);
  });

  it.each(['Internal Medicine Resident, Aga Khan University Hospital Karachi', 'Atlanta, GA.', 'Clinical Ops Team'])(
    'reads the title or address line "%s" as the signature',
    (line) => {
      expect(roles(`${SIGNED}Sam\n${line}`).at(-1)).toEqual(['signature', line]);
    },
  );
});

describe('reply headers', () => {
  it('sets aside a reply header wrapped after the name', () => {
    expect(
      roles('Thank you for your note.\nOn Monday, Jane Roe\nwrote:\nPrograms rank independently.').map((x) => x[0]),
    ).toEqual(['body', 'quoted', 'quoted', 'quoted']);
  });

  it('keeps a sentence that starts with "On" and a "From:" line without mail headers under it', () => {
    expect(
      roles('Thank you for your note.\nOn Monday the team met.\nwrote: nothing\nPrograms rank independently.').map(
        (x) => x[0],
      ),
    ).toEqual(['body', 'body', 'body', 'body']);
    expect(
      roles(
        'Thank you for your note.\nFrom: Jane Roe\nThe rest of my note.\nMore of it.\nEven more.\nSent: Monday',
      ).map((x) => x[0]),
    ).toEqual(['body', 'body', 'body', 'body', 'body', 'body']);
  });

  it('sets aside an indented "> " line, not a ">" inside a sentence', () => {
    expect(roles('Thank you.\n  > quoted with indent\nMy reply.').map((x) => x[0])).toEqual(['body', 'quoted', 'body']);
    expect(roles('Thanks, see x > y.\nMy reply.').map((x) => x[0])).toEqual(['body', 'body']);
  });
});

describe('ownText', () => {
  it('joins a wrapped sentence and keeps the breaks after the greeting and before the closing', () => {
    expect(own('Dear Dr. Lee,\nThank you for the interview and\nthe tour.\n\nBest regards,\nSam')).toBe(
      'Dear Dr. Lee,\nThank you for the interview and the tour.\nBest regards,\nSam',
    );
  });

  it('folds a run of blank lines into one paragraph break, and runs of spaces into one', () => {
    expect(own('Thank you for the day\n\n\n\nand the tour.')).toBe('Thank you for the day\n\nand the tour.');
    expect(own('Thank you   for the day   \nand the tour.')).toBe('Thank you for the day and the tour.');
    expect(own('  Thank you for the day.\n   It was great.')).toBe('Thank you for the day. It was great.');
  });

  it('keeps a line break between signature lines, after a header line and before a list item', () => {
    expect(own('Thanks.\nBest,\nSam Okafor\nMD, MPH')).toBe('Thanks.\nBest,\nSam Okafor\nMD, MPH');
    expect(own('Subject: Thank you\nDear Dr. Lee, thanks for the day and the tour of the unit.')).toBe(
      'Subject: Thank you\nDear Dr. Lee, thanks for the day and the tour of the unit.',
    );
    expect(own('I did three things:\n- built a form\n- ran an audit')).toBe(
      'I did three things:\n- built a form\n- ran an audit',
    );
  });

  it('keeps a break where a quoted line was taken out, and maps every character back', () => {
    const r = ownDoc('Thanks for\n> quoted\nthe note.');
    expect(r.text).toBe('Thanks for\nthe note.');
    expect(r.map.slice(0, -1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]);
    const w = ownDoc('A line \nB line');
    expect(w.text).toBe('A line B line');
    expect(w.map.slice(0, -1)).toEqual([0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13]);
    expect(ownDoc('\n\nThanks for the note.').text).toBe('Thanks for the note.');
  });

  it('drops the quote marks of quoted lines when they are read', () => {
    expect(own('Thanks.\n> We rank independently.\n>  Second quoted line.', ['body', 'quoted'])).toBe(
      'Thanks.\nWe rank independently. Second quoted line.',
    );
  });
});
