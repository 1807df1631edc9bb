/**
 * Pre-match readings of session 29 (text46), held by sentences of our own (not corpus items):
 * - quid-pro-quo: a commitment (the member's, or "an applicant's" standing in for it) asked about for
 *   what it would do to how the program sees the applicant, with the member's own commitment put on
 *   the table in the sentence or the next; and the program's grant named by its noun in a condition
 *   against the member withdrawing elsewhere;
 * - asks-for-ranking: the member's chances asked through a stand-in like them ("applicants with a
 *   background like mine", "someone with my path, <aside>,") who is competitive, considered, fares or
 *   makes it;
 * - unprompted-attachments: the program's published rule said with a modal ("the page says inquiries
 *   should include a CV") asks for the file.
 * Near-misses beside each.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const thanks: PrematchContext = {
  kind: 'thank-you',
  program: 'Larchmont Clinical Informatics Fellowship',
  interviewDate: '2026-01-12',
  sendDate: '2026-01-13',
};
const inquiry: PrematchContext = { kind: 'inquiry', program: 'Larchmont Clinical Informatics Fellowship' };
const ids = (body: string, context: PrematchContext = thanks) =>
  checkPrematchEmail(`Dear Dr. Osei,\n\n${body}\n\nKind regards,\nNoor Rahman`, context, '2026-01-13').findings.map(
    (f) => f.id,
  );

describe('quid-pro-quo: a commitment offered for how it would change the program’s view', () => {
  it.each([
    'Might it weigh with your panel to hear that an applicant is ready to commit fully to Larchmont? If it might, I am prepared to say exactly that.',
    'Out of curiosity, would a firm statement that I will join Larchmont have any bearing on how my application is judged? I can send one today.',
    'Suppose a candidate pledged to come to you without hesitation: would that make a difference to the committee? If yes, consider it pledged by me.',
    'If Larchmont could give me some assurance, I would then write to my other programs and withdraw from every one of them.',
  ])('fires on %j', (body) => {
    expect(ids(body)).toContain('quid-pro-quo');
  });
  it.each([
    'I am curious whether commitments from applicants ever matter to programs; I ask only to understand the Match better.',
    'Would it make a difference if I sent my updated poster from the AMIA symposium?',
    'I remain committed to informatics whatever happens, and I am grateful for the day with your team.',
    'If Larchmont could give me some feedback on my presentation, I would be grateful.',
  ])('stays silent on %j', (body) => {
    expect(ids(body)).not.toContain('quid-pro-quo');
  });
});

describe('asks-for-ranking: the member’s chances asked through a stand-in like them', () => {
  it.each([
    'Might you say whether physicians with a CV similar to mine are usually competitive for Larchmont?',
    'I would value your view on how graduates with my kind of training tend to fare in your selection.',
    'Do doctors of my age and path ever get serious consideration at Larchmont?',
  ])('fires on %j', (body) => {
    expect(ids(body, inquiry)).toContain('asks-for-ranking');
  });
  it.each([
    'Do physicians with a CV similar to mine usually take the research track or the operations track?',
    'Are graduates with a visa like mine eligible for your program?',
    'What do fellows with a background like mine usually read before starting?',
  ])('stays silent on %j', (body) => {
    expect(ids(body, inquiry)).not.toContain('asks-for-ranking');
  });
});

describe('unprompted-attachments: the program’s published rule asks for the file', () => {
  it('reads "the portal says inquiries must include a CV" as a request', () => {
    expect(
      ids(
        'The Larchmont portal says inquiries must include a current CV, so I have attached mine. Is Step 3 needed?',
        inquiry,
      ),
    ).not.toContain('unprompted-attachments');
  });
  it('still fires on files attached with no rule of the program', () => {
    expect(
      ids('I have attached my CV and my certificates, which I hope should help. Is Step 3 needed?', inquiry),
    ).toContain('unprompted-attachments');
  });
});
