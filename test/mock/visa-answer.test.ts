/**
 * Newcomer trial 23, finding 9: "I have H-4 EAD so I dont need visa, the program does not need
 * sponsor me" drew only "too short" though the profile dates the EAD's end. Profile-aware advice asks
 * for the end date, the renewal plan and the backup; near-misses stay silent.
 */
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';
import type { Profile } from '../../src/core/profile/schema.js';

const Q = 'What visa would you need for training?';
const member = (note: string, visa: Profile['visa'] = 'not-needed'): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa,
  target: 'residency-informatics-track',
  timeline: [{ from: '2025-05', to: 'present', activity: 'research', note }],
});
const advice = (answer: string, p?: Profile, q = Q) =>
  (answerFeedback(q, answer, p ? { profile: p } : {}).advice ?? []).join(' ');

describe('a visa answer that stops at "no sponsorship"', () => {
  it.each([
    'I have H-4 EAD so I dont need visa, the program does not need sponsor me.',
    'No sponsorship needed, I already have work authorization through my husband.',
    'I do not require a visa because I hold an EAD.',
    'I will not need any sponsorship from the program.',
  ])('asks for the end date, renewal and backup: %s', (answer) => {
    const text = advice(answer, member('research assistant; H-4 EAD until 2027-10'));
    expect(text).toMatch(/ends Oct 2027/);
    expect(text).toMatch(/renewal plan/);
    expect(text).toMatch(/H-1B/);
  });

  it('works for other permits and wordings of the question', () => {
    const text = advice(
      'I have a work permit, so there is no need for sponsorship.',
      member('coordinator; asylum pending, EAD valid to 2028-01'),
      'Will you need the program to sponsor a visa?',
    );
    expect(text).toMatch(/your work permit ends Jan 2028/);
  });
});

describe('near-misses', () => {
  it('an answer that gives the end date, renewal and backup', () => {
    expect(
      advice(
        'I work on an H-4 EAD valid until October 2027. I will file the renewal in April with my husband’s extension, and I am taking Step 3 in January so an H-1B is a fallback.',
        member('research assistant; H-4 EAD until 2027-10'),
      ),
    ).not.toMatch(/renewal plan/);
  });
  it('no profile, or a member who needs a J-1', () => {
    expect(advice('I do not need a visa.', undefined)).not.toMatch(/renewal plan/);
    expect(advice('I would need a J-1 through ECFMG.', member('observer', 'j1'))).not.toMatch(/renewal plan/);
  });
  it('a question that is not about visas', () => {
    expect(
      advice('I do not need sponsorship.', member('H-4 EAD until 2027-10'), 'Tell me about a time you failed.'),
    ).not.toMatch(/renewal plan/);
  });
});
