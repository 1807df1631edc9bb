/**
 * Pre-match, session 35 (batch AY's misses, held by emails of our own): asking "where things stand
 * with my application" after an interview is asking where the member stands (SPEC: asks-for-ranking);
 * a status question about a visa or a document is not. A program named with a hyphen or three
 * words ("I ranked Mid-Valley Health first") is told first place as any other name is, so a second
 * program told so is a second top choice; a value put first is not a program.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const TODAY = '2026-02-20';
const ids = (email: string, context: PrematchContext) =>
  checkPrematchEmail(email, context, TODAY).findings.map((f) => f.id);

describe('where things stand with my application', () => {
  const ctx: PrematchContext = { kind: 'inquiry', program: 'Great Plains University CI Fellowship' };
  it.each([
    'Dear Dr. Kowalczyk,\n\nThank you again for the interview in October. I have an offer elsewhere and must answer within two weeks, so I would be grateful to know where things stand with my application.\n\nKind regards,\nAndrii',
    'Dear Dr. Kowalczyk,\n\nSince our interview I have been offered a research post. Before I reply, could you tell me where things currently stand with my candidacy?\n\nBest,\nAndrii',
  ])('%s', (email) => {
    expect(ids(email, ctx)).toContain('asks-for-ranking');
  });

  it('a visa paperwork status question is another matter', () => {
    const email =
      'Dear Ms. Grant,\n\nCould you let me know where things stand with my J-1 sponsorship paperwork for the fellowship, and whether ECFMG needs anything else from me?\n\nThank you,\nLina';
    expect(ids(email, ctx)).not.toContain('asks-for-ranking');
  });
});

describe('first place said of a hyphenated or three-word name', () => {
  const previous = [
    { kind: 'top-choice' as const, program: 'Hollins Medical Center CI Fellowship', date: '2025-11-20' },
  ];
  const ctx: PrematchContext = { kind: 'top-choice', program: 'Mid-Valley Health CI Fellowship', previous };
  it.each([
    'Dear Dr. Thompson,\n\nI certified my rank list this morning and I ranked Mid-Valley Health first. Thank you for your time.\n\nBest,\nWei',
    'Dear Dr. Thompson,\n\nJust a short note: I have listed Mid-Valley Health CI at the top of my list.\n\nBest,\nWei',
  ])('%s', (email) => {
    expect(ids(email, ctx)).toContain('multiple-top-choice');
  });

  it('one top-choice message in the season does not fire, and a value put first is not a program', () => {
    const alone: PrematchContext = { kind: 'top-choice', program: 'Mid-Valley Health CI Fellowship' };
    expect(
      ids('Dear Dr. Thompson,\n\nI ranked Mid-Valley Health first on my list this morning.\n\nBest,\nWei', alone),
    ).not.toContain('multiple-top-choice');
    expect(
      ids(
        'Dear Dr. Thompson,\n\nIn choosing programs I ranked patient safety culture first, and your sepsis work showed it.\n\nBest,\nWei',
        ctx,
      ),
    ).not.toContain('multiple-top-choice');
  });
});

/**
 * The program's half of an exchange named in the same sentence as the member's own first place
 * ("I will list Bayside in first position, and I trust that you will place me in first position
 * also") is the trade quid-pro-quo reports; it asks nothing more (probe-v34). Told in a sentence of
 * its own after a first choice, the hope still asks where the member stands.
 */
describe('both halves of a trade in one sentence', () => {
  const ctx: PrematchContext = { kind: 'top-choice', program: 'Bayside Internal Medicine - Informatics Track' };
  const wrap = (body: string) => `Dear Dr. Hargreaves,\n\n${body}\n\nBest,\nRafael`;
  it.each([
    'I will list Bayside in first position, and I trust that you will place me in first position also.',
    'I am ranking Bayside at number one, and I trust you will rank me first likewise.',
  ])('%s', (body) => {
    const got = ids(wrap(body), ctx);
    expect(got).toContain('quid-pro-quo');
    expect(got).not.toContain('asks-for-ranking');
  });

  it('a hope told apart from the first place still asks', () => {
    expect(ids(wrap('Bayside is my first choice. I hope you will place me in first position also.'), ctx)).toContain(
      'asks-for-ranking',
    );
  });
});
