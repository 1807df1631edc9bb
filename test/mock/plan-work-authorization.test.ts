/**
 * A member who needs no visa but whose work permit ends before training (an EAD while a green card
 * or TPS is pending) is asked in the mock whether her authorization covers the training, never
 * which visa she would need.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';

const onEad = (note: string, visa: Profile['visa'] = 'not-needed'): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa,
  target: 'residency-informatics-track',
  specialty: 'internal medicine',
  medSchool: { country: 'Honduras', graduated: '2020-11' },
  ecfmgCertified: true,
  exams: [
    { exam: 'step1', date: '2021-06', result: 'pass' },
    { exam: 'step2ck', date: '2022-02', result: 'pass', score: 238 },
  ],
  timeline: [
    { from: '2021-01', to: '2022-06', activity: 'clinical', note: 'servicio social, Tegucigalpa' },
    { from: '2022-09', to: '2023-01', activity: 'us-clinical', note: 'hands-on externship, internal medicine, Miami' },
    { from: '2023-01', to: 'present', activity: 'informatics', note },
  ],
  usce: [{ kind: 'externship', months: 4, handsOn: true }],
  deadline: '2026-09-20',
});

const visaItem = (p: Profile, today: string) =>
  mockPlan(p, today).questions.find((x) => x.id === 'rf-visa-sponsorship');

describe('the mock asks a member with a work permit about the permit, not a visa', () => {
  it.each([
    'Epic analyst, Miami; adjustment of status pending, EAD good through 2027-03',
    'data coordinator in Orlando, working on my spouse-based EAD, valid to 2027-02',
    'clinical analyst; TPS work permit valid until 2027-04, renewal depends on the designation',
  ])('asks whether the authorization covers the residency ("%s")', (note) => {
    const q = visaItem(onEad(note), '2026-08-10');
    expect(q).toBeDefined();
    expect(q!.text).toBe('Will your work authorization cover the whole residency?');
    expect(JSON.stringify(q)).not.toMatch(/what visa/i);
  });

  it('keeps the visa question for a member who will need a visa', () => {
    // An H-1B without Step 3 passed: the visa item is medium and rehearsed.
    const p = onEad('Epic analyst, Miami', 'h1b');
    const q = visaItem(p, '2026-08-10');
    expect(q?.text).toBe('What visa would you need for training?');
  });
});
