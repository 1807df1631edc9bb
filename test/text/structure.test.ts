/** The layout of a pasted email: greeting, body, closing, signature, quoted replies, wrapped lines. */
import { describe, expect, it } from 'vitest';
import { normalizeChars } from '../../src/text/normalize.js';
import { classifyLines, ownText, type LineRole } from '../../src/text/structure.js';

const roles = (text: string) => classifyLines(text).map((l) => [l.role, l.text.trim()]);
const own = (text: string, keep: LineRole[] = ['body', 'greeting', 'closing', 'signature']) => {
  const n = normalizeChars(text);
  return ownText(n, classifyLines(n.text), new Set(keep)).text;
};

describe('classifyLines', () => {
  it('finds the greeting, the body, the closing and the signature lines', () => {
    expect(roles('Dear Dr. Lee,\n\nThank you for the interview.\n\nBest regards,\nSam Okafor\nMD, MPH')).toEqual([
      ['greeting', 'Dear Dr. Lee,'],
      ['blank', ''],
      ['body', 'Thank you for the interview.'],
      ['blank', ''],
      ['closing', 'Best regards,'],
      ['signature', 'Sam Okafor'],
      ['signature', 'MD, MPH'],
    ]);
  });

  it.each([
    'Kind regards,',
    'Warmest regards,',
    'With best wishes,',
    'Sincerely yours,',
    'Yours faithfully,',
    'Respectfully,',
    'Many thanks,',
    'Thank you for your consideration,',
    'With gratitude,',
    'Cheers,',
    'All the best,',
    'Cordially,',
    'Thanking you,',
    'Warm wishes to all,',
  ])('reads "%s" near the end as a closing', (closing) => {
    const r = roles(`Hello Dr. Lee,\nI enjoyed the day and the tour of the command center.\n${closing}\nSam`);
    expect(r.at(-2)).toEqual(['closing', closing]);
    expect(r.at(-1)).toEqual(['signature', 'Sam']);
  });

  it('keeps a P.S. and any full sentence after the closing in the body', () => {
    const r = roles('Hi Dr. Lee,\nThank you again.\nBest,\nSam\nP.S. I will send the paper next week.');
    expect(r.at(-1)).toEqual(['body', 'P.S. I will send the paper next week.']);
    expect(r.at(-2)).toEqual(['signature', 'Sam']);
  });

  it('marks everything after "-- " as the signature', () => {
    expect(roles('Thank you for the interview.\n-- \nSam Okafor\n+1 555 0100').slice(1)).toEqual([
      ['signature', '--'],
      ['signature', 'Sam Okafor'],
      ['signature', '+1 555 0100'],
    ]);
  });

  it.each([
    ['a reply header', 'On Mon, Nov 3, 2025 at 9:12 AM Jane Roe <jane@example.org> wrote:'],
    ['a reply header over two lines', 'On Mon, Nov 3, 2025 at 9:12 AM Jane Roe\n<jane@example.org> wrote:'],
    ['a French reply header', 'Le lun. 3 nov. 2025, Jane Roe a écrit :'],
    ['a German reply header', 'Am Mo., 3. Nov. 2025 um 09:12 schrieb Jane Roe <jane@example.org>:'],
    ['an original-message marker', '-----Original Message-----'],
    ['a forwarded-message marker', 'Begin forwarded message:'],
    ['a mail header block', 'From: Jane Roe\nSent: Monday\nTo: Sam'],
  ])('sets aside everything after %s as quoted', (_name, header) => {
    const r = classifyLines(`Thank you for your note.\n${header}\nPrograms rank independently.`);
    expect(r[0]!.role).toBe('body');
    expect(r.at(-1)!.role).toBe('quoted');
  });

  it('sets aside "> " lines anywhere, and does not take a first line for a reply header', () => {
    expect(roles('Thanks.\n> We rank independently.\nSee you soon.').map((x) => x[0])).toEqual([
      'body',
      'quoted',
      'body',
    ]);
    expect(classifyLines('On Monday I wrote:\nthe abstract.')[0]!.role).toBe('body');
  });

  it('does not call a long first line a greeting, or the first line a closing', () => {
    expect(
      classifyLines(
        'Hello, I am writing about the informatics fellowship you posted on the AMIA website last week and its deadline.',
      )[0]!.role,
    ).toBe('body');
    expect(classifyLines('Thanks,\nI have a question about the interview day.')[0]!.role).not.toBe('closing');
  });

  it('reads a greeting wrapped together with the first sentence as body, so the ask in it is checked', () => {
    const lines = classifyLines(
      'hi dr kessler!! quick q would it help my chances at\nBayview if i told you that you are my first choice?',
    );
    expect(lines[0]!.role).toBe('body');
    // A short greeting line without a comma is still a greeting.
    expect(classifyLines('Dear Dr. Lee\nThank you for the interview day.')[0]!.role).toBe('greeting');
  });
});

describe('ownText', () => {
  it('rejoins hard-wrapped lines and keeps breaks after the greeting, before list items and at blank lines', () => {
    const text = 'Dear Dr. Lee,\nThank you for the day;\nit was great.\n- the tour\n- the lunch\n\nBest,\nSam';
    expect(own(text)).toBe('Dear Dr. Lee,\nThank you for the day; it was great.\n- the tour\n- the lunch\nBest,\nSam');
  });

  it('drops the quoted lines (leaving a break where they were), and keeps only the roles asked for', () => {
    expect(own('Thanks.\n> We rank independently.\nSee you.')).toBe('Thanks.\nSee you.');
    expect(own('Dear Dr. Lee,\nThank you.\nBest,\nSam', ['body'])).toBe('Thank you.');
  });

  it('breaks after a subject line, and collapses the spaces wrapping left', () => {
    expect(own('Subject: Thank you\nDear Dr. Lee,\nIt was   a great\n  day.')).toBe(
      'Subject: Thank you\nDear Dr. Lee, It was a great day.',
    );
  });
});
