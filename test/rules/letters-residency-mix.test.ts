/**
 * A residency applicant's letters are planned the way residency programs read them: letters from
 * US physicians who supervised the member's patient care weigh most (two slots ask for them),
 * an informatics letter is a plus for an informatics track, and the fellowship's informatics share
 * is never applied. Members invented for these cases.
 */
import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { planLetterSlots, slotLabel } from '../../src/rules/letter-slots.js';
import { reviewLetters } from '../../src/rules/letters.js';

const TODAY = '2026-08-03';
const writer = (name: string, over: Partial<Letter> = {}): Letter => ({
  writer: name,
  role: 'attending',
  setting: 'us',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2026,
  ...over,
});
const applicant = (letters: Letter[], over: Partial<Profile> = {}): Profile => ({
  version: 1,
  target: 'residency-informatics-track',
  specialty: 'family medicine',
  deadline: '2026-10-30',
  letters,
  ...over,
});

// A Kenyan graduate with an informatics master's: her mentors are mostly informaticians.
const informaticsHeavy = applicant([
  writer('Dr. Wanjiru Mwangi, preceptor on my family medicine externship in Ohio', { year: 2025 }),
  writer('Prof. Hal Brenner (thesis advisor, biomedical informatics)', {
    role: 'informatics-faculty',
    informatics: true,
  }),
  writer('Dr. Ines Romero, CMIO', { role: 'cmio', informatics: true }),
  writer('Dr. Tomas Weller, data science lab head', { role: 'research-supervisor', informatics: true }),
]);

describe('letters for a residency applicant', () => {
  it('ranks the attending who supervised her care above the informatics writers', () => {
    const plan = planLetterSlots(informaticsHeavy, TODAY);
    expect(plan.ranking[0]!.writer).toBe('Dr. Wanjiru Mwangi, preceptor on my family medicine externship in Ohio');
    expect(plan.ranking[0]!.reasons).toEqual(
      expect.arrayContaining(['+2 supervised your patient care', '+1 in your specialty (family medicine)']),
    );
    expect(plan.slots.map((s) => s.slot)).toEqual(['clinical', 'clinical-2', 'informatics', 'wildcard']);
    expect(plan.slots[0]!.writer).toBe('Dr. Wanjiru Mwangi, preceptor on my family medicine externship in Ohio');
  });

  it('says only one letter speaks to her patient care and that informatics letters do not replace clinical ones', () => {
    const plan = planLetterSlots(informaticsHeavy, TODAY);
    expect(plan.mix).toMatch(
      /^Only 1 of your letters comes from a US physician who supervised your patient care \(Dr\. Wanjiru Mwangi[^)]*\)\. Family medicine programs weigh such letters most: aim for two or three, ideally from family medicine faculty\./,
    );
    expect(plan.mix).toMatch(/add to the clinical ones for an informatics track; they do not replace them\.$/);
    // A second clinical slot held by an informatics physician says she did not see patient care.
    expect(plan.slots[1]!.why).toMatch(/though not your patient care/);
  });

  it('never applies the fellowship informatics share, and labels the slots by what residencies weigh', () => {
    const few = applicant([
      writer('Dr. Osei, night-float attending'),
      writer('Dr. Kaur, clinic attending'),
      writer('Dr. Bell, elective attending'),
    ]);
    const ids = reviewLetters(few, TODAY).findings.map((f) => f.id);
    expect(ids).not.toContain('informatics-share-low');
    expect(slotLabel('clinical', 'residency-informatics-track')).toMatch(
      /supervised your patient care, ideally in your specialty/,
    );
    expect(slotLabel('informatics', 'residency-informatics-track')).toBe(
      'informatics (a plus for an informatics track)',
    );
    expect(slotLabel('informatics', 'ci-fellowship')).toBe('informatics / health IT');
    const plan = planLetterSlots(few, TODAY);
    expect(plan.mix).toMatch(/^3 of your letters come from US physicians who supervised your patient care/);
    // None names family medicine in its entry: the member is told to check, not told they have none.
    expect(plan.mix).toMatch(/Check that at least one writer is in family medicine/);
    expect(plan.mix).toMatch(/a plus, not a requirement/);
  });

  it('with no US clinical supervisor at all, says so and what to look for', () => {
    const none = applicant(
      [
        writer('Dr. Ferreira, consultant physician in Lisbon', { setting: 'abroad', year: 2024 }),
        writer('Dr. Stone (hosted my observership)'),
        writer('Dr. Gale, informatics lead', { role: 'cmio', informatics: true }),
      ],
      { specialty: 'pediatrics', usce: [{ kind: 'observership', months: 2, handsOn: false }] },
    );
    const mix = planLetterSlots(none, TODAY).mix!;
    expect(mix).toMatch(/^None of your letters comes from a US physician who supervised your patient care\./);
    expect(mix).toMatch(/Dr\. Stone \(hosted my observership\) saw you as an observer/);
  });

  it('chooses the four for a residency by clinical letters first when there are more than four', () => {
    const five = applicant([
      ...informaticsHeavy.letters!,
      writer('Ms. Dana Ruiz, Epic analyst manager', {
        role: 'non-physician-supervisor',
        physician: false,
        informatics: true,
      }),
    ]);
    const many = reviewLetters(five, TODAY).findings.find((f) => f.id === 'too-many-letters')!;
    expect(many.message).toMatch(
      /for a residency, the letters from US physicians who supervised your patient care first \(ideally family medicine faculty\), then an informatics letter where the track values it/,
    );
    // A fellowship applicant keeps the four-role advice.
    const fellowship = reviewLetters({ ...five, target: 'ci-fellowship' }, TODAY).findings.find(
      (f) => f.id === 'too-many-letters',
    )!;
    expect(fellowship.message).toMatch(/\(clinical, informatics, research, wildcard\)/);
    expect(planLetterSlots({ ...five, target: 'ci-fellowship' }, TODAY).mix).toBeUndefined();
  });
});
