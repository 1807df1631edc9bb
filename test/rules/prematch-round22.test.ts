/**
 * Asks-for-ranking readings of round twenty-two, held by sentences of our own: the program's view of
 * the member asked with "how"; the member's match named as a thing whose likelihood is asked; a
 * thing asked for as the subject of thanks ("any frank feedback would be appreciated"); a condition
 * on receiving a sign put impersonally ("if it were possible for me to get…"); a bare "give me a
 * sign" after a trade.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const context: PrematchContext = {
  kind: 'thank-you',
  program: 'Kestrel Bay Clinical Informatics Fellowship',
  interviewDate: '2026-10-12',
  sendDate: '2026-10-13',
};
const asks = (body: string) =>
  checkPrematchEmail(
    `Dear Dr. Okafor,\n\nThank you for showing me the Kestrel Bay discharge dashboard.\n\n${body}\n\nKind regards,\nLin Wei`,
    context,
    '2026-10-13',
  ).findings.some((f) => f.id === 'asks-for-ranking');

describe('asks-for-ranking, round twenty-two readings', () => {
  it.each([
    'Could you share how I was perceived by the faculty after my interview day?',
    'It would mean a lot to understand how my file has been received by your selection committee.',
    'May I ask how realistic an offer from Kestrel Bay would be for a candidate like me?',
    'I am wondering how likely a place in your next class is for myself, given my two-year gap.',
    'Some frank feedback on my chances would be greatly appreciated.',
    'Any realistic indication of where I stand would be a great help.',
    'If it were possible for me to get some sign that a spot will be there for me, I would commit to you at once.',
    'You would be first on my list the moment I know you feel the same. Just send me a signal and it is settled!',
  ])('fires on: %s', (body) => {
    expect(asks(body)).toBe(true);
  });
  it.each([
    'Any advice on the J-1 waiver paperwork would be much appreciated.',
    'I wonder how likely a match is for applicants from my region in general; your talk on this was useful.',
    'Could you tell me how the dashboard was received by the nursing staff?',
    'Please give me a sign of the date for the second look.',
    'Your time on the call was appreciated, and I hope to stay in touch about the sepsis project.',
  ])('stays quiet on: %s', (body) => {
    expect(asks(body)).toBe(false);
  });
});

const attaches = (body: string, kind: PrematchContext['kind'] = 'inquiry') =>
  checkPrematchEmail(
    `Dear Ms. Haddad,\n\n${body}\n\nBest wishes,\nTomas Ferreira`,
    { kind, program: 'Kestrel Bay Clinical Informatics Fellowship', sendDate: '2026-09-02' },
    '2026-09-02',
  ).findings.some((f) => f.id === 'unprompted-attachments');

describe('unprompted-attachments, round twenty-two readings', () => {
  it.each([
    'Your fellowship web page requires candidates to send a short CV by email, so my CV is attached.',
    'Many thanks for your message requesting a copy of my Step 2 score report. I have attached it here.',
    'I have attached the immunisation form you mentioned on the phone.',
    'Dr. Ferreira\nThis e-mail, including any attachments, is confidential and for the sole use of the intended recipient.',
  ])('stays quiet on: %s', (body) => {
    expect(attaches(body, 'other')).toBe(false);
  });
  it.each([
    'Your web page describes the telehealth registry. I have attached my CV and two papers for your review.',
    'Thank you for your message about the open day. I have attached my personal statement as well.',
  ])('fires on: %s', (body) => {
    expect(attaches(body, 'other')).toBe(true);
  });
});

describe('unprompted-attachments: a question is not the program asking', () => {
  it('fires when the member only asks whether a file is wanted', () => {
    expect(attaches('Would you need my CV for the file? I have attached it anyway.', 'inquiry')).toBe(true);
  });
});

describe('generic-message: a one-line email ends on the sender, not on a person met', () => {
  const generic = (email: string) =>
    checkPrematchEmail(
      email,
      { kind: 'inquiry', program: 'Kestrel Bay Clinical Informatics Fellowship', sendDate: '2026-08-10' },
      '2026-08-10',
    ).findings.some((f) => f.id === 'generic-message');
  it.each([
    'Hello sir, kindly I want to know if your program accept H1B and the deadline for applying. Thank you. Dr Okonkwo',
    'Hi, does your fellowship sponsor visas for IMGs? Regards. Ama Mensah, MBBS',
  ])('fires on: %s', (email) => {
    expect(generic(email)).toBe(true);
  });
  it('stays quiet when the email names a program person', () => {
    expect(
      generic(
        'Hello, Dr. Lindqvist told me at AMIA about the Kestrel Bay telestroke registry; does the fellowship accept J-1 holders? Thanks. Dr Okonkwo',
      ),
    ).toBe(false);
  });
});

describe('asks-for-ranking: what the member prays for is a religious appeal, not an ask', () => {
  it.each([
    'I pray each night that God will lead you to select me, and I humbly ask you to keep me in your thoughts.',
    'We are praying that your committee will take me, and I ask you for the sake of my mother to give me this opportunity.',
  ])('stays quiet on: %s', (body) => {
    expect(asks(body)).toBe(false);
  });
  it.each([
    'I pray for your family every day, and could you tell me whether I am ranked to match?',
    'I pray you are well. May I ask where I stand on your list?',
  ])('fires on: %s', (body) => {
    expect(asks(body)).toBe(true);
  });
});

describe('asks-for-ranking: chances of a visa or of eligibility are not chances of matching', () => {
  it.each([
    'What are my chances for J-1 sponsorship through your institution if my ECFMG certificate arrives in May?',
    'Could you tell me about my chances for visa sponsorship at your hospital?',
  ])('stays quiet on: %s', (body) => {
    expect(asks(body)).toBe(false);
  });
  it('still fires on chances of matching', () => {
    expect(asks('What are my chances of matching with your fellowship this year?')).toBe(true);
  });
});
