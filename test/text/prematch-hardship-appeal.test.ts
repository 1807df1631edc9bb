/**
 * Session 29 (newcomer trial 17): a request to be considered, or a claim on the match, whose reason
 * is the member's family or hardship is an appeal to sympathy (overshare), however plainly it is
 * put; a relative's lost job is the household's money. Sentences of our own, with near-misses that
 * name family or a reason without any appeal.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

function ids(body: string): string[] {
  const context = {
    kind: 'thank-you',
    program: 'Lindqvist Clinical Informatics Fellowship',
    interviewDate: '2026-11-30',
    sendDate: '2026-12-01',
  } as PrematchContext;
  const email = `Dear Dr. Okoro,\n\nThank you for the interview yesterday and for showing me the Lindqvist sepsis alert dashboard. ${body}\n\nBest regards,\nMariam`;
  return checkPrematchEmail(email, context, '2026-12-01', {}).findings.map((f) => f.id);
}

describe('an appeal to sympathy through family or hardship', () => {
  it.each([
    'Please consider me also as I have two small kids and my husband is in Toronto.',
    'Kindly consider my application since my children have been away from me for two years.',
    'I humbly request you to consider my candidacy, as my family has sacrificed a lot for this.',
    'My wife lost her job in the spring, so I am applying with all my heart.',
    'This match is very important for my family.',
    'A place with you would mean everything to us and my little daughters.',
    'Please consider me, since it has been very hard for my family while I wait.',
  ])('fires overshare: "%s"', (body) => {
    expect(ids(body)).toContain('overshare');
  });

  it.each([
    'Please consider me for a second-look visit, as I have a clinic conflict on the 12th.',
    'Please consider my application for the informatics track, as I have three years of Epic build work.',
    'Please consider my application, as I believe the hard work of the last two years has prepared me.',
    'It is very hard for us to choose between such strong programs, and yours stands out.',
    'My husband and I would relocate together; he has already found work nearby.',
    'This match is very important for applicants from my school, and I have read your eligibility page closely.',
  ])('does not fire: "%s"', (body) => {
    expect(ids(body)).not.toContain('overshare');
  });
});
