/**
 * Round twelve of issue 10, the pre-match email check (branch pg13): each reading fixed for blind
 * batch L's misses is pinned by short sentences of our own, with near-misses beside them. Never
 * corpus items.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

function ids(email: string, ctx: Partial<PrematchContext> = {}): string[] {
  const context = {
    kind: 'other',
    program: 'Larchmont Clinical Informatics Fellowship',
    sendDate: '2026-01-11',
    ...ctx,
  } as PrematchContext;
  return checkPrematchEmail(email, context, '2026-01-11', {})
    .findings.map((f) => f.id)
    .sort();
}

const wrap = (body: string) =>
  `Dear Dr. Quinn,\n\nThank you for walking me through the Larchmont pharmacy alert review. ${body}\n\nBest,\nIlse`;

describe('a trade whose condition is a moment in time on the program act', () => {
  it.each([
    'Larchmont has my first-place ranking the instant Larchmont tells me I am ranked to match.',
    'The minute your committee confirms a place for me, Larchmont goes to number one on my list.',
  ])('reads "%s" as a trade', (body) => {
    expect(ids(wrap(body))).toContain('quid-pro-quo');
  });

  it('does not read a date of the member own plan as a condition', () => {
    expect(
      ids(wrap('Larchmont is my first choice, and the moment the rank list opens I will certify it.')),
    ).not.toContain('quid-pro-quo');
  });

  it('reads the program name before an ambiguous -s word and a pronoun as the subject of a verb', () => {
    expect(
      ids(wrap('You would have my commitment the moment Larchmont signals I am among its top candidates.')),
    ).toContain('quid-pro-quo');
  });
});

describe('asking whether the member pledge would help', () => {
  it.each([
    'Would it be of any value to the committee if I confirmed in writing that Larchmont is my top choice?',
    'Could it make things simpler for your team if I declared that I will rank Larchmont first?',
  ])('is a trade and not an ask about standing: "%s"', (body) => {
    expect(ids(wrap(body))).toEqual(['quid-pro-quo']);
  });
});

describe('first place offered for an interview invitation', () => {
  it('is a trade: the invitation comes from the program', () => {
    expect(
      ids(wrap('Larchmont would be first on my rank list if I am invited for an interview.'), { kind: 'inquiry' }),
    ).toContain('quid-pro-quo');
  });

  it('an invitation with no ranking offered is not', () => {
    expect(
      ids(wrap('If I am invited for an interview, I would like to meet the fellows.'), { kind: 'inquiry' }),
    ).toEqual([]);
  });
});

describe('a chance named as an opportunity is not a question of standing', () => {
  it('"my only chance to match" in a question about positions', () => {
    expect(
      ids(wrap('As this cycle is my last chance to match, could you tell me how many positions you offer?')),
    ).not.toContain('asks-for-ranking');
  });

  it('while "any chance of matching" still asks', () => {
    expect(ids(wrap('Is there any chance of matching with Larchmont?'))).toContain('asks-for-ranking');
  });
});

describe('a file put into the message in everyday words', () => {
  const ty = { kind: 'thank-you', interviewDate: '2026-01-10' } as const;
  it.each([
    'I slipped in the PDF of our readmission abstract.',
    'I stuck my CV into this email in case it helps.',
    'Here is a copy of my certificate from the AMIA course.',
  ])('is an attachment: "%s"', (body) => {
    expect(ids(wrap(body), ty)).toContain('unprompted-attachments');
  });

  it.each([
    'I slipped in a question about the research half-day at the end.',
    'I presented my poster on alert fatigue at AMIA in November.',
  ])('is not: "%s"', (body) => {
    expect(ids(wrap(body), ty)).not.toContain('unprompted-attachments');
  });
});

describe('the writer own name is not a person of the program', () => {
  const generic =
    'Dear Program Director,\n\nMy name is Dr. Oyelaran and I am an international graduate interested in informatics. I would like to know more about the opportunities your residents have in research.\n\nSincerely,\nDr. Funmi Oyelaran';
  it('an email naming only its writer is generic', () => {
    expect(ids(generic, { kind: 'inquiry', program: undefined })).toContain('generic-message');
  });

  it('an email that also names a faculty member is not', () => {
    const named = generic.replace('I would like', 'Dr. Halvorsen mentioned the sepsis registry, and I would like');
    expect(ids(named, { kind: 'inquiry', program: undefined })).not.toContain('generic-message');
  });
});
