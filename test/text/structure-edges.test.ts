/**
 * Email layout where a member's paste is a little untidy: a reply header with a dotted address, a
 * sentence that merely mentions what someone "wrote:", a signature block with its own closing or
 * with a disclaimer under it, a P.S. wrapped over lines, greetings that are long or indented, and
 * the own text when quoted lines are read too (marks, indents and spaces dropped, offsets kept).
 */
import { describe, expect, it } from 'vitest';
import { normalizeChars } from '../../src/text/normalize.js';
import { classifyLines, ownText, type LineRole } from '../../src/text/structure.js';

const roleList = (text: string) => classifyLines(text).map((l) => l.role);
const roleOf = (text: string, line: string) => classifyLines(text).find((l) => l.text.trim() === line)?.role;
const ownDoc = (text: string, keep: LineRole[] = ['body', 'greeting', 'closing', 'signature']) => {
  const n = normalizeChars(text);
  return ownText(n, classifyLines(n.text), new Set(keep));
};
const own = (text: string, keep?: LineRole[]) => ownDoc(text, keep).text;

const OPEN = 'Hi Dr. Lee,\nThank you for the day.\n';

describe('quoted replies', () => {
  it('sets aside a wrapped reply header even when the address in it has dots, and keeps blank lines blank', () => {
    expect(
      roleList(
        'Hi,\nThanks for the note.\n\nOn Tue, 4 Nov 2025 at 09:12, Jane Doe <jane.doe@x.org>\nwrote:\n\n> We rank independently.',
      ),
    ).toEqual(['greeting', 'body', 'blank', 'quoted', 'quoted', 'blank', 'quoted']);
  });

  it('keeps the member\'s sentence before "This is what she wrote:" as their own', () => {
    expect(
      roleList(
        'Dear Dr. Lee,\nOn Monday I thanked the coordinator for her note.\nThis is what she wrote:\n> We rank independently.\nCould you advise?',
      ),
    ).toEqual(['greeting', 'body', 'body', 'quoted', 'body']);
    expect(
      roleList(
        'Dear Dr. Lee,\nI got a reply from the coordinator and this is what she\nwrote:\n> We rank independently.\nCould you advise?',
      ),
    ).toEqual(['greeting', 'body', 'body', 'quoted', 'body']);
  });

  it('does not take a "From:" line as a forwarded header because of a subject line above it', () => {
    expect(
      roleList(
        'Subject: Question about the fellowship\nFrom: Sam Okafor\n\nDear Dr. Lee,\nThank you for your time.\nBest,\nSam',
      ),
    ).toEqual(['body', 'body', 'blank', 'body', 'body', 'closing', 'signature']);
  });
});

describe('signature blocks', () => {
  it('reads only what follows "-- " as the signature, and a blank line there stays blank', () => {
    expect(roleList('Hi Dr. Lee,\nThank you for the day.\n-- \n\nSam Okafor')).toEqual([
      'greeting',
      'body',
      'signature',
      'blank',
      'signature',
    ]);
    expect(roleList('--\nSam Okafor\nPGY-2, Internal Medicine')).toEqual(['signature', 'signature', 'signature']);
  });

  it('leaves a closing that sits inside the "-- " signature block as signature', () => {
    expect(roleOf('Hi Dr. Lee,\nThank you for today.\n-- \nWarm regards,\nDr. Sam Okafor', 'Warm regards,')).toBe(
      'signature',
    );
  });

  it('reads a short comma line after a blank line as a closing, however it is worded', () => {
    expect(roleList('Hi Dr. Lee,\nThank you for your time.\n\nYours in health,\nSam Okafor')).toEqual([
      'greeting',
      'body',
      'blank',
      'closing',
      'signature',
    ]);
    expect(
      roleList('Hi Dr. Lee,\nI loved the visit. She said "we rank independently."\nYours in health,\nSam Okafor'),
    ).toEqual(['greeting', 'body', 'closing', 'signature']);
  });

  it('reads an indented or double-spaced four-word closing as a closing', () => {
    for (const closing of ['   With thanks and respect,', 'With thanks  and respect,']) {
      expect(roleList(`Hi Dr. Lee,\nI enjoyed the tour very much.\n${closing}\nSam Okafor`)).toEqual([
        'greeting',
        'body',
        'closing',
        'signature',
      ]);
    }
  });

  it('keeps a comma line that wraps a sentence in the body', () => {
    // Above it an unfinished line whose last word has dots; a comma line of more than four words;
    // a comma after a date with a full stop in it; an early comma in a line ending in a colon.
    for (const text of [
      'Hi Dr. Lee,\nI uploaded the revised statement to the portal at myERAS.aamc.org\ntonight,\nand will let you know once it is assigned.',
      'Hi Dr. Lee,\nI enjoyed the tour very much.\nIf you have a moment this week,\ncould we talk about the timeline?',
      'Hi Dr. Lee,\nCould you send the letter to the portal?\nIdeally by Sept. 15,\nso it is in before programs start reviewing.',
      'Hi Dr. Lee,\nI enjoyed the tour very much.\nSorry, one more thing:\nis a June start date possible for IMGs on a J-1?',
    ]) {
      expect(roleList(text)).toEqual(['greeting', 'body', 'body', 'body']);
    }
  });

  it('reads an address typed without a space after the comma as part of the signature', () => {
    expect(roleList(`${OPEN}Best,\nSam Okafor\nKarachi,Pakistan`)).toEqual([
      'greeting',
      'body',
      'closing',
      'signature',
      'signature',
    ]);
    expect(roleList(`${OPEN}Best,\nSam Okafor, M.D.\nKarachi,Pakistan`)).toEqual([
      'greeting',
      'body',
      'closing',
      'signature',
      'signature',
    ]);
  });

  it('reads a right-aligned closing and name as closing and signature', () => {
    expect(
      roleList(
        'Dear Dr. Lee,\nThank you for the interview.\n                With gratitude and respect,\n                Sam Okafor',
      ),
    ).toEqual(['greeting', 'body', 'closing', 'signature']);
  });

  it('keeps a short list of questions under a comma line in the body', () => {
    expect(
      roleList(
        'Hi Dr. Lee,\nThank you for the call.\nA few more questions,\n- start date\n- visa sponsorship\n- call schedule\n- protected research time\n- moonlighting\n- parental leave\n- salary',
      ),
    ).toEqual(['greeting', ...Array<LineRole>(9).fill('body')]);
  });

  it('keeps a long wrapped P.S. under the name in the body', () => {
    const ps = [
      'P.S. One more thing I forgot to mention when we spoke about the registry project on',
      'Monday: I have now finished the data dictionary for the sepsis dashboard and shared',
      'it with the quality team, who asked whether the same fields could feed the new',
      'handoff tool as well. If it would help your team, I am happy to walk you through the',
      'fields and the validation checks I wrote for them, or to send the spreadsheet with',
      'the notes on each definition, whichever suits you better before the interview day',
      'next month, since I know the schedule for the week is already quite full for everyone.',
    ];
    expect(roleList(`${OPEN}Best,\nSam\n${ps.join('\n')}`)).toEqual([
      'greeting',
      'body',
      'closing',
      'signature',
      ...Array<LineRole>(7).fill('body'),
    ]);
  });

  it('reads the name after a closing as the signature when the line above the closing lacks its full stop', () => {
    expect(roleList('Hi Dr. Lee,\nThank you so much for taking the time to meet with me today\nBest,\nSam')).toEqual([
      'greeting',
      'body',
      'closing',
      'signature',
    ]);
  });

  it('reads indented or pipe-separated title lines under the name as the signature', () => {
    const signed = 'Hi Dr. Lee,\nThank you again for the day.\nBest,\n';
    expect(roleList(`${signed}Sam\n   Internal Medicine Resident at Aga Khan University Hospital`).at(-1)).toBe(
      'signature',
    );
    expect(roleList(`${signed}Sam Okafor  |  PGY-2  |  Internal Medicine`).at(-1)).toBe('signature');
  });

  it('reads a six-line signature block with a two-line disclaimer under it', () => {
    expect(
      roleList(
        `${OPEN}Best regards,\nSam Okafor, MBBS\nPGY-2, Internal Medicine\nAga Khan University Hospital\nKarachi, Pakistan\n+92 300 555 0100\nsam.okafor@example.org\nThis email and any attachments are confidential and meant only for the addressee.\nIf you received it in error, please delete it and let the sender know.`,
      ),
    ).toEqual(['greeting', 'body', 'closing', ...Array<LineRole>(6).fill('signature'), 'body', 'body']);
  });

  it('does not take an exclamation of thanks near the top of a long email for its closing', () => {
    const lines = [
      'The interview day was wonderful.',
      'I learned a lot about the registry work.',
      'The residents were kind and open.',
      'I liked the CDS projects most.',
      'I would love to train with your team.',
      'My Step 2 score came back last week.',
      'I have attached it here.',
      'I am also happy to send my updated CV.',
      'Please let me know if you need more.',
    ];
    expect(roleOf(`Dear Dr. Lee,\nThank you so much!\n${lines.join('\n')}`, 'Thank you so much!')).toBe('body');
  });
});

describe('a P.S. around the signature', () => {
  it('keeps a P.S. without a full stop in the body, and a contact line after a blank line in the signature', () => {
    expect(
      roleList(
        `${OPEN}Best regards,\nSam Okafor\nPS I will bring a printed copy of the poster on Monday\n\n+1 555 0100`,
      ),
    ).toEqual(['greeting', 'body', 'closing', 'signature', 'body', 'blank', 'signature']);
  });

  it('reads the name lines under a finished P.S. as the signature', () => {
    expect(
      roleList(`${OPEN}Best regards,\nP.S. I attached the updated CV.\nSam Okafor\nPGY-2, Internal Medicine`),
    ).toEqual(['greeting', 'body', 'closing', 'body', 'signature', 'signature']);
    expect(
      roleList(`${OPEN}Best regards,\nP.S. The coordinator said "invites go out in October."\nSam Okafor`),
    ).toEqual(['greeting', 'body', 'closing', 'body', 'signature']);
    expect(roleList(`${OPEN}Best,\nP.S. I attached the updated CV.\nSam Okafor\n\n+1 555 0100`)).toEqual([
      'greeting',
      'body',
      'closing',
      'body',
      'signature',
      'blank',
      'signature',
    ]);
  });

  it('keeps the wrapped end of a P.S. whose line ends in a web address', () => {
    expect(
      roleList(
        `${OPEN}Best regards,\nSam\nP.S. slides from the talk are on my site at samokafor.github.io\nif you would like to see them`,
      ),
    ).toEqual(['greeting', 'body', 'closing', 'signature', 'body', 'body']);
    expect(
      roleList(
        `${OPEN}Best,\nSam\nP.S. I attached the CV.\nThe poster is at samokafor.github.io\nand I can bring a printed copy to the interview day.`,
      ),
    ).toEqual(['greeting', 'body', 'closing', 'signature', 'body', 'body', 'body']);
  });

  it('keeps a P.S. wrapped with commas inside its lines in the body', () => {
    expect(
      roleList(
        `${OPEN}Best,\nSam\nP.S. I have been meaning to ask about Dr. Lee's project.\nWould it help, in your view, if\nI joined the registry work\nbefore June? I could start right away.`,
      ),
    ).toEqual(['greeting', 'body', 'closing', 'signature', 'body', 'body', 'body', 'body']);
  });

  it('reads a title line between the name and a P.S. as the signature', () => {
    expect(roleList(`${OPEN}Best,\nSam Okafor\nPGY-2 Internal Medicine\nP.S. I attached my CV.`)).toEqual([
      'greeting',
      'body',
      'closing',
      'signature',
      'signature',
      'body',
    ]);
  });

  it('reads a name between a blank line and a closing sentence as the signature', () => {
    expect(
      roleList(
        `${OPEN}Thanks again,\nP.S. I attached my CV.\n\nSam Okafor\nIf you need anything else before Friday, please let me know.`,
      ),
    ).toEqual(['greeting', 'body', 'closing', 'body', 'blank', 'signature', 'body']);
  });
});

describe('greetings', () => {
  it('reads a line of spaces as a blank line', () => {
    expect(roleList('Dear Dr. Lee,\n   \nThank you for the interview.')).toEqual(['greeting', 'blank', 'body']);
  });

  it('finds the greeting after a leading blank line', () => {
    expect(roleList('\nDear Dr. Lee,\nThank you for the interview.')).toEqual(['blank', 'greeting', 'body']);
    expect(
      roleList('\nHi all,\nquick question about the CI fellowship timeline: when do programs usually interview?'),
    ).toEqual(['blank', 'greeting', 'body']);
  });

  it('reads a six-word greeting without a comma as a greeting, however it is spaced', () => {
    for (const greeting of [
      'Hello Dr. Lee and the team',
      '  Hello Dr. Lee and the team',
      'Hello Dr.  Lee and the team',
    ]) {
      expect(roleList(`${greeting}\nThank you for the interview.`)).toEqual(['greeting', 'body']);
    }
  });

  it('reads a long greeting that ends in a comma, or stands before a blank line, as a greeting', () => {
    expect(roleList('Dear Dr. Lee and members of the selection committee,\nThank you for the interview.')).toEqual([
      'greeting',
      'body',
    ]);
    expect(roleList('Good morning Dr. Lee and the whole selection team\n\nThank you for the interview.')).toEqual([
      'greeting',
      'blank',
      'body',
    ]);
  });

  it('reads a greeting line up to 80 characters (spaces around it aside) as a greeting, a longer one as body', () => {
    const eighty = 'Good afternoon Dr. Lee, Dr. Osei, and all the members of the CI fellowship team,';
    expect(eighty).toHaveLength(80);
    expect(roleList(`${eighty}\nThank you for the interview.`)).toEqual(['greeting', 'body']);
    expect(roleList(`${eighty} \nThank you for the interview.`)).toEqual(['greeting', 'body']);
    expect(
      roleList(
        'Good afternoon Dr. Lee, Dr. Osei, and the members of the clinical informatics team,\nThank you for the interview.',
      ),
    ).toEqual(['body', 'body']);
  });
});

describe('ownText with the quoted lines read', () => {
  const withQuoted: LineRole[] = ['body', 'quoted'];

  it('drops a space left at the end of a line before a break', () => {
    expect(own('Dear Dr. Lee, \nThank you for the interview.')).toBe('Dear Dr. Lee,\nThank you for the interview.');
  });

  it('drops quote marks written without a space, with two spaces, or after an indent', () => {
    expect(own('Thanks.\n>We rank independently.', withQuoted)).toBe('Thanks.\nWe rank independently.');
    expect(own('Thanks.\n>  Programs rank independently.', withQuoted)).toBe('Thanks.\nPrograms rank independently.');
    expect(own('>  Programs rank independently.\nThanks.', withQuoted)).toBe('Programs rank independently.\nThanks.');
    expect(own('Thank you.\n  > We rank independently.', withQuoted)).toBe('Thank you.\nWe rank independently.');
  });

  it('maps the words of an indented quoted line back to where they were written', () => {
    const text = 'Thank you.\n  > We rank independently.';
    const doc = ownDoc(text, withQuoted);
    expect(doc.map[doc.text.indexOf('We')]).toBe(text.indexOf('We'));
    expect(doc.map[doc.text.indexOf('rank')]).toBe(text.indexOf('rank'));
  });

  it('keeps a ">" inside a sentence', () => {
    expect(own('My Step 2 CK score is > 250.')).toBe('My Step 2 CK score is > 250.');
  });
});
