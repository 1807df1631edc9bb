/**
 * Pre-match checks at edges the frame rows do not reach (round six of issue 15): a loss named only
 * as the reason a note is late, "I beg your pardon", an offer to give up the other programs made
 * with no "I" in it, someone else's fellows giving theirs up, and an attachment refused in so many
 * words. Each email is one a member could send.
 */
import { describe, expect, it } from 'vitest';
import type { PrematchKind } from '../../src/rules/prematch-context.js';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';

const ids = (text: string, kind: PrematchKind = 'thank-you') =>
  checkPrematchEmail(
    `Dear Dr. Lee,\n${text}`,
    { kind, program: 'Lakeside University Clinical Informatics Fellowship' },
    '2026-01-15',
    {},
  ).findings.map((f) => f.id);

describe('overshare', () => {
  it('reads a loss named once as the reason a note is late as a courtesy', () => {
    expect(
      ids(
        'Sorry this note is late; my grandmother passed away last week.\nThank you for the interview and the time with your team.',
      ),
    ).not.toContain('overshare');
  });

  it('reads the same apology with the grief told as an overshare', () => {
    expect(
      ids('Sorry this note is late; my father died last month and I am devastated.\nThank you for the interview.'),
    ).toContain('overshare');
  });

  it('reads "I beg your pardon" as politeness, "I beg you" as pleading', () => {
    expect(ids('I beg your pardon for the late reply.\nThank you for the interview.')).not.toContain('overshare');
    expect(ids('I beg you to consider me.\nThank you for the interview.')).toContain('overshare');
  });
});

describe('quid-pro-quo: giving up the other programs', () => {
  it.each([
    'Happy to decline all other offers if you can offer me a position.',
    'Truly happy to decline all other offers if you can offer me a position.',
  ])('reads the offer "%s" as a trade', (line) => {
    expect(ids(`Thank you for the interview.\n${line}`)).toContain('quid-pro-quo');
  });

  it("does not read other fellows' choices as the member's trade", () => {
    expect(
      ids(
        'Thank you for the interview.\nDr. Osei mentioned that past fellows declined all other offers once the program offered them a place.',
      ),
    ).not.toContain('quid-pro-quo');
  });
});

describe('unprompted attachments', () => {
  const ask = 'I have a question about the start date.\n';
  it.each([
    'I attached no file, since ERAS already has everything.',
    'I have attached no extra files, since ERAS already has everything.',
  ])('reads "%s" as no attachment', (line) => {
    expect(ids(ask + line, 'inquiry')).not.toContain('unprompted-attachments');
  });

  it('reads "my CV and nothing else" as an attachment', () => {
    expect(ids(`${ask}I attached my CV and nothing else.`, 'inquiry')).toContain('unprompted-attachments');
  });
});

describe('quid-pro-quo in a long sentence: the quote is the trade and the words around it', () => {
  const quote = (text: string) =>
    checkPrematchEmail(
      `Dear Dr. Lee,\nThank you for the interview. ${text}`,
      { kind: 'thank-you', program: 'Lakeside University Clinical Informatics Fellowship' },
      '2026-01-15',
      {},
    ).findings.find((f) => f.id === 'quid-pro-quo')?.quote;
  const LONG = 'After the long talk about the registry and everything I learned from your fellows on the day,';

  it.each([
    [
      'After everything we talked about at the dinner with your residents and the other applicants last Friday, please just rank me highly and your program is my first choice.',
      '…the other applicants last Friday, please just rank me highly and your program is my first choice.',
    ],
    [
      'I have thought about this a great deal since the interview day and the dinner with your residents, and I would happily rank you first if I am first on your list as well.',
      '…with your residents, and I would happily rank you first if I am first…',
    ],
    [
      'Lakeside is my first choice. After the wonderful day with your residents and the long talk about the sepsis registry, I trust your program will do the same for me in March.',
      '…the sepsis registry, I trust your program will do the same for me in March.',
    ],
    [
      'After the long talk about the registry and everything I learned from your fellows, I would be happy to decline all other offers if there is a place for me in your fellowship next year.',
      '…learned from your fellows, I would be happy to decline all other offers if there is…',
    ],
    [
      `${LONG} I will rank Lakeside first if you want me in the fellowship next July.`,
      '…fellows on the day, I will rank Lakeside first if you want me…',
    ],
    [
      `${LONG} from my side you have my full commitment, and I hope for the same from yours.`,
      '…fellows on the day, from my side you have my full commitment, and I hope for the same from yours.',
    ],
    [
      `${LONG} if I commit to you now, would that improve my standing on your list?`,
      '…on the day, if I commit to you now, would that…',
    ],
  ])('%s', (text, expected) => {
    expect(quote(text)).toBe(expected);
  });
});
