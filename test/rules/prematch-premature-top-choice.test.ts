/**
 * Newcomer trial 20: "Your program is my first choice." in an inquiry, months before applications
 * open, came back "No problems found". A first-choice claim before any interview breaks no rule, so
 * it is a note (no contract id), said instead of the clean verdict. Our own wordings; near-misses: a
 * truthful first choice after the interview, and an inquiry that states interest without ranking.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const TODAY = '2026-12-07';
const notes = (email: string, context: PrematchContext) =>
  checkPrematchEmail(email, context, TODAY, { target: 'ci-fellowship' }).notes ?? [];
const body = (s: string) => `Dear Dr. Lee,\n\n${s}\n\nBest regards,\nAna`;

describe('a first-choice claim before any interview', () => {
  it.each([
    [
      'an inquiry ending on first choice',
      body(
        'I am a PGY-2 internal medicine resident on a J-1 and plan to apply next cycle. Does Riverside accept J-1 fellows? Your program is my first choice.',
      ),
      { kind: 'inquiry', program: 'Riverside' },
    ],
    [
      'an inquiry saying it most wants to train there',
      body(
        'Does your fellowship consider applicants on an H-1B? I redesigned our sepsis alert last year. Riverside is the place I most want to train.',
      ),
      { kind: 'inquiry', program: 'Riverside' },
    ],
    [
      'an email of no kind that says it is before the interview',
      body(
        'I hope to interview with your program this fall, and I will rank you first: your decision-support work fits mine.',
      ),
      { kind: 'other' },
    ],
    [
      'an update sent before an interview date still ahead',
      body('Our order-set paper was accepted. Riverside remains my top choice.'),
      { kind: 'update', program: 'Riverside', interviewDate: '2027-01-10' },
    ],
  ] as const)('%s gets a note, not a violation', (_, email, context) => {
    const r = checkPrematchEmail(email, context as PrematchContext, TODAY, { target: 'ci-fellowship' });
    expect(r.notes).toHaveLength(1);
    expect(r.notes?.[0]).toMatch(/breaks no match rule.*premature/);
    expect(r.findings.map((f) => f.id)).not.toContain('quid-pro-quo');
  });

  it('near-miss: a truthful first choice in a thank-you after the interview', () => {
    const email = body(
      'Thank you for the interview yesterday. Hearing about the sepsis dashboard confirmed that Riverside is my first choice.',
    );
    expect(notes(email, { kind: 'thank-you', program: 'Riverside', interviewDate: '2026-12-06' })).toEqual([]);
  });

  it('near-miss: an inquiry that states interest without ranking words', () => {
    const email = body(
      'I am very interested in your fellowship and its decision-support work. Does your program accept J-1 fellows?',
    );
    expect(notes(email, { kind: 'inquiry', program: 'Riverside' })).toEqual([]);
  });

  it('near-miss: a top-choice letter after the interview', () => {
    const email = body('Since my interview in November, Riverside has remained my first choice.');
    expect(notes(email, { kind: 'top-choice', program: 'Riverside', interviewDate: '2026-11-10' })).toEqual([]);
  });

  it('a rank promise already flagged as a trade gets no second word on it', () => {
    const email = body('If you offer me a position, I will rank your program first. Do you take J-1 fellows?');
    const r = checkPrematchEmail(email, { kind: 'inquiry', program: 'Riverside' }, TODAY, { target: 'ci-fellowship' });
    expect(r.findings.map((f) => f.id)).toContain('quid-pro-quo');
    expect(r.notes ?? []).toEqual([]);
  });
});
