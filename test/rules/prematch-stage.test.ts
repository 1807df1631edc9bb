/**
 * Newcomer trial 23, finding 6: a post-interview email ("Am I still being considered? And how likely
 * am I to match with you?") was checked as an inquiry "before applying", quoted the status question
 * as the breach, and told her to ask about visa sponsorship. The stage follows the interview date or
 * the email's own words; the finding quotes the sentence that requests ranking information.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';

const TODAY = '2026-12-07';
const NRMP = { target: 'residency-informatics-track' as const };
const ranking = (email: string, ctx: Parameters<typeof checkPrematchEmail>[1]) => {
  const r = checkPrematchEmail(email, ctx, TODAY, NRMP);
  return { r, f: r.findings.find((x) => x.id === 'asks-for-ranking') };
};

describe('an email after the interview that asks about matching there', () => {
  it('quotes the ranking request, not the status question, and fits the advice to after the interview', () => {
    const { r, f } = ranking(
      'Dear Dr. Smith,\n\nThank you again for the interview on November 12.\n\nAm I still being considered? And how likely am I to match with you?\n\nBest,\nTrang',
      { kind: 'inquiry', interviewDate: '2026-11-12', program: 'Riverside IM' },
    );
    expect(r.stage).toBe('after-interview');
    expect(f?.quote).toMatch(/how likely am I to match with you/);
    expect(f?.message).not.toMatch(/sponsor your visa|before reviewing your application/);
    expect(f?.message).toMatch(/restat\w+ your interest.*offer\w* any further information/);
    expect(f?.message).toMatch(/"Am I still being considered\?" asks only whether your application is still open/);
  });

  it.each([
    [
      'Thanks so much for having me on interview day last week. Could you tell me my odds of matching at your program? Is my application still under review?',
      /odds of matching at your program/,
    ],
    [
      'Since my interview I have finished the sepsis dashboard. I would be grateful to know the likelihood that I match with you this March.',
      /likelihood that I match with you/,
    ],
    ['It was a pleasure to interview with your team. Where will I be on your rank list?', /rank list/],
  ])('reads the stage from the words when no date is given: %s', (email, quote) => {
    const { r, f } = ranking(`Dear Dr. Lee,\n\n${email}\n\nKind regards,\nAna`, { kind: 'other' });
    expect(r.stage).toBe('after-interview');
    expect(f?.quote).toMatch(quote);
  });

  it('a first-choice line in an inquiry after the interview is not called premature', () => {
    const r = checkPrematchEmail(
      'Dear Dr. Smith,\n\nThank you for interviewing me on November 12. Riverside is my first choice and I will rank it first.\n\nBest,\nTrang',
      { kind: 'inquiry', interviewDate: '2026-11-12', program: 'Riverside IM' },
      TODAY,
      NRMP,
    );
    expect(r.notes ?? []).toEqual([]);
  });
});

describe('near-misses: before the interview', () => {
  it('a pre-application chances question keeps the eligibility advice and no after-interview stage', () => {
    const { r, f } = ranking(
      'Dear Dr. Lee,\n\nI am planning to apply to your internal medicine program this cycle. Would I be competitive as an applicant with a two-year gap?\n\nBest,\nAna',
      { kind: 'inquiry', program: 'Lakeside IM' },
    );
    expect(r.stage).toBeUndefined();
    if (f) expect(f.message).toMatch(/whether they sponsor your visa|restating your interest/);
  });

  it('an interview date still ahead is before the interview', () => {
    const { r } = ranking(
      'Dear Dr. Lee,\n\nI look forward to my interview on January 14. How likely am I to match with you?\n\nBest,\nAna',
      { kind: 'inquiry', interviewDate: '2027-01-14', program: 'Lakeside IM' },
    );
    expect(r.stage).toBeUndefined();
  });

  it('hoping for an interview is not having had one', () => {
    const { r } = ranking(
      'Dear Dr. Lee,\n\nI would love the chance to interview with your program. Do you sponsor H-1B visas?\n\nBest,\nAna',
      { kind: 'other' },
    );
    expect(r.stage).toBeUndefined();
  });
});
