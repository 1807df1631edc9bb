/**
 * A US research supervisor of a member whose only US clinical time was an observership: they ran
 * the member's research, so the letter plan and the ask email must not present them as the
 * attending who had the member on their team as an observer, nor put them in the clinical slot
 * while a slot of their own is free.
 */
import { describe, expect, it } from 'vitest';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { planLetterSlots } from '../../src/rules/letter-slots.js';

const TODAY = '2026-12-04';

const carter: Letter = {
  writer: 'Dr. Carter',
  role: 'research-supervisor',
  setting: 'us',
  physician: true,
  informatics: true,
  directObservation: true,
  year: 2023,
};
const mansour: Letter = {
  writer: 'Prof. Mansour',
  role: 'department-chair',
  setting: 'abroad',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2024,
};

/** An Egyptian pediatrician: two years of US research, a one-month observership, no target yet. */
const member: Profile = {
  version: 1,
  citizenship: 'non-us',
  visa: 'j1',
  specialty: 'pediatrics',
  medSchool: { country: 'Egypt', graduated: '2015-12' },
  timeline: [
    { from: '2017-03', to: '2021-12', activity: 'clinical' },
    { from: '2022-01', to: '2023-12', activity: 'research', note: 'research fellow, Boston' },
    { from: '2024-11', to: 'present', activity: 'clinical' },
  ],
  usce: [{ kind: 'observership', months: 1, ehr: 'Epic', handsOn: false }],
  informatics: [{ kind: 'research', title: 'REDCap registry for pediatric asthma', outcome: 'used by 3 clinics' }],
  letters: [carter, mansour],
};

describe('a US research supervisor as a letter writer', () => {
  it('fills a slot of their own, not the clinical one, which goes to the physician who supervised care', () => {
    const slots = planLetterSlots(member, TODAY).slots;
    const of = (name: string) => slots.find((s) => s.writer === name);
    expect(of('Dr. Carter')?.slot).not.toBe('clinical');
    expect(of('Prof. Mansour')?.slot).toBe('clinical');
    expect(slots.map((s) => s.why).join(' ')).not.toMatch(/as an observer/);
  });

  it('is told honestly why they fill the clinical slot when their own slot is taken', () => {
    // Two research supervisors and no one else: the second lands in the clinical slot.
    const two = {
      ...member,
      letters: [
        { ...carter, informatics: false },
        { ...carter, writer: 'Dr. Ng', informatics: false },
      ],
    };
    const clinical = planLetterSlots(two, TODAY).slots.find((s) => s.slot === 'clinical')!;
    expect(clinical.writer).toBe('Dr. Ng');
    expect(clinical.why).toMatch(/though not your patient care/);
    expect(clinical.why).not.toMatch(/as an observer|supervised your clinical work/);
  });

  it('is asked about the research they ran, not as the attending who had the member on their team', () => {
    const { body } = composeLorEmail(member, { today: TODAY, writer: 'Dr. Carter' });
    expect(body).not.toMatch(/as an observer|on your team/);
    expect(body).toMatch(/You saw my work first-hand in the US in 2023/);
    expect(body).toMatch(/how I worked within a US research team/);
    expect(body).not.toMatch(/US clinical workflows/);
  });
});
