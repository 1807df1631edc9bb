/**
 * Asks-for-ranking readings of round twenty-three, held by sentences of our own: a chance or a shot
 * at the program asked with any verb ("stands a realistic chance with you", "a fair shot at
 * matching"); the program extending a position as the condition of a trade; a sign from the program
 * wished for to settle the member's own list. Near-misses beside each.
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
const asks = (body: string) =>
  checkPrematchEmail(
    `Dear Dr. Mensah,\n\nThank you for the walk through the Larchmont sepsis alert review.\n\n${body}\n\nBest wishes,\nAna Petrova`,
    context,
    '2026-10-21',
  ).findings.some((f) => f.id === 'asks-for-ranking');

describe('asks-for-ranking, round twenty-three readings', () => {
  it.each([
    'Do you think someone with my profile stands a realistic chance with you?',
    'Honestly, does a graduate like me still have any real shot at matching with Larchmont?',
    'Would an applicant with my scores hold a fair chance at Larchmont, in your view?',
    'I wonder if a doctor with my gap has a shot at matching here at all?',
    'If you can extend me a position before Match Day, I will withdraw from the Match the same day.',
    'A small sign from the program would let me decide my rank list with confidence.',
    'Even a little signal from your side would really help me finalise the order of my list.',
  ])('fires on: %s', (body) => {
    expect(asks(body)).toBe(true);
  });

  it.each([
    'I hope I have a chance to visit the informatics office again in spring.',
    'I had a chance to speak with two fellows, which helped me a lot.',
    'Your program extended my interview day with a lunch, which was very kind.',
    'A sign from the program about the housing stipend would help me plan my move.',
    'I understand that no sign from the program can be given, and I will decide my list on my own.',
  ])('silent on: %s', (body) => {
    expect(asks(body)).toBe(false);
  });
});

describe('multiple-top-choice: the first place said through a relative "which"', () => {
  const top: PrematchContext = { kind: 'top-choice', program: 'Larchmont Clinical Informatics Fellowship' };
  const fires = (body: string) =>
    checkPrematchEmail(`Dear Dr. Mensah,\n\n${body}\n\nBest wishes,\nAna Petrova`, top, '2026-12-01').findings.some(
      (f) => f.id === 'multiple-top-choice',
    );
  it('fires when the name before "which" is given the first place too', () => {
    expect(
      fires(
        'Larchmont is my first choice and I will rank Larchmont first. I would love to train at Ashcombe, which will also be number one on my list.',
      ),
    ).toBe(true);
  });
  it('stays silent when "which" points at a place that is not ranked', () => {
    expect(
      fires(
        'Larchmont is my first choice and I will rank Larchmont first. I still think of the Ashcombe clinic, which I visited as a student.',
      ),
    ).toBe(false);
  });
});

describe('overshare: caring for a relative named once, without detail, is a neutral mention', () => {
  const update: PrematchContext = { kind: 'update', program: 'Larchmont Clinical Informatics Fellowship' };
  const overshares = (body: string) =>
    checkPrematchEmail(`Dear Dr. Mensah,\n\n${body}\n\nBest wishes,\nAna Petrova`, update, '2026-12-01').findings.some(
      (f) => f.id === 'overshare',
    );
  it.each([
    'A short update: in 2024 I was my grandmother’s carer for some months, and since January I have led the sepsis alert audit at Larchmont-affiliated St. Jude.',
    'After a year as my mother’s caregiver, which is now behind me, I joined the medication safety team at our hospital.',
  ])('silent: %s', (body) => {
    expect(overshares(body)).toBe(false);
  });
  it.each([
    'Since her stroke I have been my mother’s only caregiver, and I rarely sleep more than four hours.',
    'I am my father’s carer while he goes through chemotherapy, and it has been very hard for our family.',
  ])('fires: %s', (body) => {
    expect(overshares(body)).toBe(true);
  });
});

describe('asks-for-ranking after reading batch U: standing as a spot, good news expected a few words on', () => {
  it.each([
    'Am I in a good spot with the committee for March?',
    'Is my application in a safe place with Larchmont, do you think?',
    'I would be grateful to know whether I might expect to hear good news from Larchmont in March.',
  ])('fires on: %s', (body) => {
    expect(asks(body)).toBe(true);
  });
  it.each([
    'I am in a good spot to start in July, as my visa has been approved.',
    'I expect to receive my ECFMG certificate in March.',
  ])('silent on: %s', (body) => {
    expect(asks(body)).toBe(false);
  });
});
