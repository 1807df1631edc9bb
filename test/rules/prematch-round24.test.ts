/**
 * Pre-match readings of round twenty-four, held by sentences of our own (not corpus items):
 * - the member's standing said through what stands for them set beside other people ("how my
 *   record stacks up against your current fellows"), through whether hoping for a place is
 *   realistic, through being taken seriously, and through the member inside the set the program
 *   takes ("within the band of applicants your residency normally ranks"), also when a third
 *   person is the one who wonders;
 * - a condition on being assured or told ("if I could get some assurance that I will be ranked to
 *   match") fishes for the answer, it is not a supposition that the member matches;
 * - the exchange said with the member's half first ("I put you #1, you put me in your top 5"), and
 *   a short comment on it before "let me know" still leaves the ask answering the trade.
 * Near-misses beside each.
 */
import { describe, expect, it } from 'vitest';
import { checkPrematchEmail } from '../../src/rules/prematch-check.js';
import type { PrematchContext } from '../../src/rules/prematch-context.js';

const context: PrematchContext = {
  kind: 'thank-you',
  program: 'Larchmont Clinical Informatics Fellowship',
  interviewDate: '2026-10-20',
  sendDate: '2026-10-21',
};
const fired = (body: string) =>
  checkPrematchEmail(
    `Dear Dr. Mensah,\n\nThank you for the walk through the Larchmont sepsis alert review.\n\n${body}\n\nBest wishes,\nAna Petrova`,
    context,
    '2026-10-21',
  ).findings.map((f) => f.id);

describe('asks-for-ranking, round twenty-four readings', () => {
  it.each([
    'Could you tell me how my record stacks up against your current fellows?',
    'Do you feel my CV compares well with the other people you interviewed?',
    'I wonder how my experience measures up next to the previous matches from my school.',
    'Is it realistic for me to hope for a spot at Larchmont, or should I look elsewhere?',
    'Please tell me if anything is missing for me to be taken seriously for one of your places.',
    'My supervisor asked me to find out if I am within the band of applicants your residency normally ranks.',
    'If I could get some assurance that I will be ranked to match, I would gladly put Larchmont first.',
  ])('fires on: %s', (body) => {
    expect(fired(body)).toContain('asks-for-ranking');
  });

  it.each([
    'I compared the curricula of the programs I visited, and Larchmont stood out for its research time.',
    'My project compares two sepsis scores with the clinicians’ own judgement.',
    'Is it realistic to expect the EHR upgrade to finish before July?',
    'I was taken seriously by every faculty member I met, which I appreciated.',
    'If I match at Larchmont, I would like to start the research block early; is that possible?',
  ])('silent on: %s', (body) => {
    expect(fired(body)).not.toContain('asks-for-ranking');
  });
});

describe('the exchange with the member’s half first', () => {
  it.each([
    'Offer: I put Larchmont #1, you put me in your top 5. Good for both. Let me know.',
    'I rank you first, and you rank me to match. Let me know.',
  ])('%s', (body) => {
    expect(fired(body)).toEqual(expect.arrayContaining(['quid-pro-quo', 'asks-for-ranking']));
  });

  it.each([
    'I rank Larchmont first, whatever you decide about me. Thank you again.',
    'I will rank you first, and I understand you rank independently.',
  ])('silent on: %s', (body) => {
    expect(fired(body)).not.toContain('quid-pro-quo');
  });
});

describe('one email that tells two programs they are first', () => {
  const top: PrematchContext = { ...context, kind: 'top-choice' };
  const ids = (body: string) =>
    checkPrematchEmail(
      `Dear Dr. Mensah and Dr. Ruiz,\n\nThank you both for the joint sepsis-alert session at Larchmont and Whitfield.\n\n${body}\n\nBest wishes,\nAna Petrova`,
      top,
      '2026-10-21',
    ).findings.map((f) => f.id);
  it.each([
    'I will rank Larchmont first and Whitfield first as well, because to me they are equally my top choice.',
    'My plan is to rank Larchmont first and also Whitfield first, as both are my first choice.',
  ])('%s', (body) => {
    expect(ids(body)).toContain('multiple-top-choice');
  });
  it('one first place and a second place is not two first places', () => {
    expect(ids('I will rank Larchmont first, and Whitfield will be a close second on my list.')).not.toContain(
      'multiple-top-choice',
    );
  });
});
