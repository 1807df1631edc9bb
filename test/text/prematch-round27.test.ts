/**
 * Round twenty-seven of the pre-match email check (branch text27): readings fixed for batch AA,
 * pinned by sentences of our own with near-misses beside them. Never corpus items.
 * - First place said of two programs at once ("each of your programs is my first choice", "I will
 *   rank both of you at number one") tells two programs they are first.
 * - A confirmation asked that the member will get a place asks the program to commit.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

function ids(email: string, ctx: Partial<PrematchContext> = {}): string[] {
  const context = {
    kind: 'top-choice',
    program: 'Halvorsen Clinical Informatics Fellowship',
    sendDate: '2026-02-03',
    ...ctx,
  } as PrematchContext;
  return checkPrematchEmail(email, context, '2026-02-03', {})
    .findings.map((f) => f.id)
    .sort();
}

const wrap = (body: string) =>
  `Dear Dr. Ostrowski and Dr. Tembo,\n\nThank you both for the Halvorsen sepsis dashboard demo. ${body}\n\nBest wishes,\nMirela`;

describe('first place said of two programs at once', () => {
  it.each([
    'Since your two tracks share a curriculum, I am writing once: both of your programs are truly my first choice.',
    'I plan to rank both of you first, and I hope to hear from you after the Match.',
    'Each of your fellowships is my number one, and I could not choose between them.',
  ])('fires on "%s"', (body) => {
    expect(ids(wrap(body))).toContain('multiple-top-choice');
  });

  it.each([
    'Both of your programs are among my top choices, and the dashboard work stood out.',
    'Halvorsen is my first choice; both of you made the interview day feel welcoming.',
    'All of the programs I visited were strong, but Halvorsen is my first choice.',
  ])('stays silent on "%s"', (body) => {
    expect(ids(wrap(body))).not.toContain('multiple-top-choice');
  });
});

describe('a confirmation asked that the member will get a place', () => {
  it.each([
    'I am ready to commit to Halvorsen now, and I would only ask for your confirmation that I will get one of the three positions.',
    'Could you give me some written word that I would be offered a spot before I decide on my other interviews?',
  ])('asks for ranking in "%s"', (body) => {
    expect(ids(wrap(body), { kind: 'other' })).toContain('asks-for-ranking');
  });

  it.each([
    'Could you send a confirmation that you received my updated CV?',
    'I would be grateful for a confirmation that my interview date is still the 14th.',
  ])('is no ask in "%s"', (body) => {
    expect(ids(wrap(body), { kind: 'other' })).not.toContain('asks-for-ranking');
  });
});
