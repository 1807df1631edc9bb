import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { planLetterSlots, rankWriters, slotFit } from '../../src/rules/letter-slots.js';
import { readExampleProfile as example } from '../helpers/cli.js';
import { attendingLetter as letter } from './letters-fixtures.js';

const TODAY = '2026-11-22';

const profileWith = (letters: Letter[], target: Profile['target'] = 'ci-fellowship'): Profile => ({
  version: 1,
  ...(target ? { target } : {}),
  letters,
});

describe('planLetterSlots', () => {
  it('places the example writers: Lee clinical, Ortiz informatics, research empty, Haddad wildcard', () => {
    const plan = planLetterSlots(example(), TODAY);
    expect(plan.slots.map((s) => [s.slot, s.writer])).toEqual([
      ['clinical', 'Dr. Lee'],
      ['informatics', 'Ms. Ortiz'],
      ['research', undefined],
      ['wildcard', 'Dr. Haddad'],
    ]);
    expect(plan.slots[2]?.why).toMatch(/^Empty/);
    expect(plan.slots[3]?.why).toMatch(/did not observe/);
    expect(plan.spare).toEqual([]);
  });

  it('ranks the example writers Lee, Ortiz, Haddad with reasons', () => {
    const ranking = rankWriters(example(), TODAY);
    expect(ranking.map((r) => r.writer)).toEqual(['Dr. Lee', 'Ms. Ortiz', 'Dr. Haddad']);
    expect(ranking[0]?.reasons.join(' ')).toMatch(/US setting/);
    expect(ranking[2]?.reasons.join(' ')).toMatch(/did not observe/);
  });

  it('puts a physician CMIO in the informatics slot and the attending in the clinical slot', () => {
    const plan = planLetterSlots(
      profileWith([letter('Dr. Cmio', { role: 'cmio', informatics: true }), letter('Dr. Att')]),
      TODAY,
    );
    expect(plan.slots.map((s) => s.writer)).toEqual(['Dr. Att', 'Dr. Cmio', undefined, undefined]);
  });

  it('names a writer\'s role in the slot reason, and no role at all for "other" (never "(writer)")', () => {
    const plan = planLetterSlots(
      profileWith([
        letter('Linda Chavez, analytics manager', { role: 'other', physician: false, informatics: true }),
        letter('Dr. Att'),
      ]),
      TODAY,
    );
    const why = Object.fromEntries(plan.slots.map((s) => [s.slot, s.why]));
    expect(why.informatics).toMatch(/^Saw your informatics work first-hand and can describe/);
    expect(why.clinical).toMatch(/^A physician \(attending\) who supervised/);
    expect(plan.slots.map((s) => s.why).join(' ')).not.toMatch(/\(writer\)/);
  });

  it('says an observership attending saw the member as an observer, not that they supervised clinical work', () => {
    const observer: Profile = {
      ...profileWith([letter('Dr. John Miller')], 'residency-informatics-track'),
      usce: [{ kind: 'observership', months: 2, handsOn: false }],
    };
    const clinical = planLetterSlots(observer, TODAY).slots.find((s) => s.slot === 'clinical')!;
    expect(clinical.why).toMatch(
      /^A physician \(attending\) who saw you on their team in the US as an observer, on rounds and in case discussions: .*not to patient care you gave\./,
    );
    const extern: Profile = { ...observer, usce: [{ kind: 'externship', months: 3, handsOn: true }] };
    expect(planLetterSlots(extern, TODAY).slots.find((s) => s.slot === 'clinical')!.why).toMatch(
      /who supervised your clinical work in the US/,
    );
  });

  it('calls the host of an observership an observer even when the member also did hands-on US work', () => {
    // A month of hands-on elective elsewhere does not turn the observership host into a supervisor of care.
    const mixed: Profile = {
      ...profileWith(
        [letter('Dr. Lena Park, hosted my 4-week observership in Boston'), letter('Dr. Aziz, elective attending')],
        'residency-informatics-track',
      ),
      usce: [
        { kind: 'elective', months: 1, handsOn: true },
        { kind: 'observership', months: 1, handsOn: false },
      ],
    };
    const plan = planLetterSlots(mixed, TODAY);
    const why = (w: string) => plan.slots.find((s) => s.writer === w)!.why;
    expect(why('Dr. Lena Park, hosted my 4-week observership in Boston')).toMatch(
      /as an observer, on rounds and in case discussions/,
    );
    expect(why('Dr. Lena Park, hosted my 4-week observership in Boston')).not.toMatch(/supervised your clinical work/);
    expect(why('Dr. Aziz, elective attending')).toMatch(/supervised your clinical work in the US/);
    // The writer who supervised hands-on care takes the first clinical slot, the host the second.
    expect(plan.slots.slice(0, 2).map((s) => s.writer)).toEqual([
      'Dr. Aziz, elective attending',
      'Dr. Lena Park, hosted my 4-week observership in Boston',
    ]);
    // The summary says the observership letter does not stand in for a clinical one.
    expect(plan.mix).toMatch(
      /Only 1 of your letters comes from a US physician who supervised your patient care \(Dr\. Aziz/,
    );
    expect(plan.mix).toMatch(/hosted my 4-week observership in Boston saw you as an observer/);
    // Shadowing is observing too; an "observation unit" is a ward, not an observership.
    expect(
      planLetterSlots({ ...mixed, letters: [letter('Dr. Roy (I shadowed him in clinic)')] }, TODAY).slots[0]!.why,
    ).toMatch(/as an observer/);
    expect(
      planLetterSlots({ ...mixed, letters: [letter('Dr. Roy, observation unit attending')] }, TODAY).slots[0]!.why,
    ).toMatch(/supervised your clinical work/);
  });

  it('puts a research supervisor in the research slot', () => {
    const plan = planLetterSlots(
      profileWith([letter('Dr. R', { role: 'research-supervisor', physician: false })]),
      TODAY,
    );
    expect(plan.slots.find((s) => s.slot === 'research')?.writer).toBe('Dr. R');
  });

  it('leaves a family friend out of every slot and lists them as spare', () => {
    const plan = planLetterSlots(profileWith([letter('Dr. Att'), letter('Uncle', { role: 'family-friend' })]), TODAY);
    expect(plan.slots.some((s) => s.writer === 'Uncle')).toBe(false);
    expect(plan.spare).toEqual(['Uncle']);
    expect(slotFit(letter('Uncle', { role: 'family-friend' }), 'wildcard')).toBe(0);
  });

  it('fills at most four slots and lists the fifth writer as spare', () => {
    const letters = ['A', 'B', 'C', 'D', 'E'].map((w) => letter(w));
    const plan = planLetterSlots(profileWith(letters), TODAY);
    expect(plan.slots.filter((s) => s.writer).length).toBeLessThanOrEqual(4);
    expect(plan.spare.length).toBe(5 - plan.slots.filter((s) => s.writer).length);
  });

  it('keeps the member order for equally strong writers and gives the same plan every time', () => {
    const letters = [letter('B'), letter('A')];
    expect(rankWriters(profileWith(letters), TODAY).map((r) => r.writer)).toEqual(['B', 'A']);
    expect(planLetterSlots(profileWith(letters), TODAY)).toEqual(planLetterSlots(profileWith(letters), TODAY));
    expect(planLetterSlots(profileWith(letters), TODAY).slots[0]?.writer).toBe('B');
  });

  it('scores recency, US setting and direct observation', () => {
    const [recent, old] = rankWriters(profileWith([letter('Old', { year: 2019 }), letter('Recent')]), TODAY);
    expect([recent?.writer, old?.writer]).toEqual(['Recent', 'Old']);
    const [us, abroad] = rankWriters(profileWith([letter('Abroad', { setting: 'abroad' }), letter('Us')]), TODAY);
    expect([us?.writer, abroad?.writer]).toEqual(['Us', 'Abroad']);
  });

  it('weighs informatics more for a CI fellowship than for a residency track', () => {
    const l = [letter('I', { informatics: true, role: 'cmio' })];
    const ci = rankWriters(profileWith(l, 'ci-fellowship'), TODAY)[0]?.score ?? 0;
    const res = rankWriters(profileWith(l, 'residency-informatics-track'), TODAY)[0]?.score ?? 0;
    expect(ci).toBeGreaterThan(res);
  });

  it('lists all four slots as empty with advice when there are no letters', () => {
    const plan = planLetterSlots({ version: 1 }, TODAY);
    expect(plan.slots.map((s) => s.writer)).toEqual([undefined, undefined, undefined, undefined]);
    expect(plan.ranking).toEqual([]);
  });
});
