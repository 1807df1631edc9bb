/**
 * The slot plan places writers by the best overall fit, not pair by pair: a writer who could fill
 * two slots goes where no one else can stand in, and a writer marked as speaking to informatics whose
 * only US clinical contact was as an observer fills the informatics slot, not the clinical one (a
 * trial member's project supervisor sat in "clinical performance, as an observer" beside an empty
 * informatics slot while her department chief was put in academic/research). Profiles of our own.
 */
import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { planLetterSlots } from '../../src/rules/letter-slots.js';
import { attendingLetter as letter } from './letters-fixtures.js';

const TODAY = '2026-12-06';
const slotOf = (plan: ReturnType<typeof planLetterSlots>, slot: string) =>
  plan.slots.find((s) => s.slot === slot)?.writer;

/** Observing only in the US: a two-month observership. */
const observer = (letters: Letter[], over: Partial<Profile> = {}): Profile => ({
  version: 1,
  usce: [{ kind: 'observership', months: 2 }],
  letters,
  ...over,
});

describe('best overall fit of writers to slots', () => {
  const host = letter('Dr. Ines Alvarez, hosted my observership and mentors my readmissions dashboard', {
    informatics: true,
  });
  const chief = letter('Prof. Tomasz Nowak, head of cardiology where I trained for two years', {
    role: 'department-chair',
    setting: 'abroad',
    year: 2023,
  });

  it('the observership host marked for informatics fills informatics; the chief who supervised care fills clinical', () => {
    const plan = planLetterSlots(observer([host, chief]), TODAY);
    expect(slotOf(plan, 'informatics')).toBe(host.writer);
    expect(slotOf(plan, 'clinical')).toBe(chief.writer);
    expect(slotOf(plan, 'research')).toBeUndefined();
  });

  it('the same with no target, a fellowship target and the writers listed the other way round', () => {
    for (const target of [undefined, 'ci-fellowship'] as const) {
      const plan = planLetterSlots(observer([chief, host], target ? { target } : {}), TODAY);
      expect(slotOf(plan, 'informatics')).toBe(host.writer);
      expect(slotOf(plan, 'clinical')).toBe(chief.writer);
    }
  });

  it('a residency plan puts the informatics-marked observer in the informatics slot too', () => {
    const plan = planLetterSlots(observer([host, chief], { target: 'residency-informatics-track' }), TODAY);
    expect(slotOf(plan, 'informatics')).toBe(host.writer);
    expect([slotOf(plan, 'clinical'), slotOf(plan, 'clinical-2')]).toContain(chief.writer);
  });

  it('an observer with no informatics mark still fills the clinical slot when no one else can', () => {
    const plain = letter('Dr. Omar Farouk, my observership attending');
    const plan = planLetterSlots(observer([plain]), TODAY);
    expect(slotOf(plan, 'clinical')).toBe(plain.writer);
  });

  it('an attending who supervised hands-on US care and speaks to informatics: the overall best, not the first pair', () => {
    // Both fit clinical; only one fits informatics. Pair by pair, the stronger clinical fit would take
    // clinical and leave informatics to no one; the plan gives each the slot only they can fill well.
    const both = letter('Dr. Mei Lin, US attending on my sub-internship and my EHR project lead', {
      informatics: true,
    });
    const ward = letter('Dr. Paul Grant, ward attending abroad', { setting: 'abroad', year: 2025 });
    const plan = planLetterSlots({ version: 1, target: 'ci-fellowship', letters: [both, ward] }, TODAY);
    expect(slotOf(plan, 'informatics')).toBe(both.writer);
    expect(slotOf(plan, 'clinical')).toBe(ward.writer);
  });
});
