/**
 * Pre-match wording (newcomer trial 22): an AMIA-match email is never told it breached "the match
 * agreement" (that agreement is the NRMP's), and a quote never sweeps in a neighbouring legitimate
 * question (whether the program sponsors a visa or takes IMGs). Detection and ids are unchanged; our
 * own emails, with a near-miss where the whole sentence is the problem.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';

const TODAY = '2026-11-20';
const email = (body: string) =>
  `Dear Dr. Okafor,\n\nI am an internist writing about your clinical informatics fellowship.\n${body}\n\nThank you,\nSana`;
const ranking = (body: string, target?: 'ci-fellowship' | 'residency-informatics-track') =>
  checkPrematchEmail(
    email(body),
    { kind: 'inquiry', program: 'Harbor CI Fellowship' },
    TODAY,
    target ? { target } : {},
  ).findings.filter((f) => f.id === 'asks-for-ranking');

describe('quotes keep the problem, not the visa question beside it', () => {
  it.each([
    'Would I be a strong candidate?\nCould you tell me whether you sponsor J-1 visas and what my chances of getting a spot are?',
    'Do I stand a chance?\nKindly confirm if you accept IMGs, and whether I have a realistic chance of matching there.',
  ])('%s', (body) => {
    const f = ranking(body, 'ci-fellowship');
    expect(f).toHaveLength(1);
    const msg = f[0]!.message;
    expect(msg).not.toMatch(/sponsor J-1 visas and what my chances|accept IMGs, and whether/);
    expect(msg).not.toMatch(/breach of the match agreement/);
  });

  it('near-miss: a sentence that is only the problem is quoted whole', () => {
    const f = ranking('Could you tell me where I stand on your rank list?', 'ci-fellowship');
    expect(f[0]?.message).toMatch(/"Could you tell me where I stand on your rank list\?"/);
  });

  it('a residency email keeps the NRMP agreement words', () => {
    const f = checkPrematchEmail(
      'Dear Dr. Okafor,\n\nThank you for the interview for your internal medicine residency. Could you tell me where I stand on your rank list?\n\nThank you,\nSana',
      { kind: 'thank-you', program: 'Harbor Internal Medicine Residency', interviewDate: '2026-11-18' },
      TODAY,
      { target: 'residency-informatics-track' },
    ).findings.filter((x) => x.id === 'asks-for-ranking');
    expect(f[0]?.message).toMatch(/breach of the match agreement/);
  });
});
