import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { planLetterSlots } from '../../src/rules/letter-slots.js';
import { reviewLetters } from '../../src/rules/letters.js';
import { writerSteps } from '../../src/composers/lor-steps.js';
import { attendingLetter as letter } from './letters-fixtures.js';

const TODAY = '2027-02-10';

const member = (letters: Letter[]): Profile => ({ version: 1, target: 'ci-fellowship', letters });
const slotOf = (p: Profile, writer: string): string | undefined =>
  planLetterSlots(p, TODAY).slots.find((s) => s.writer === writer)?.slot;

describe('letter slots: fresher writers win over stale ones', () => {
  it('a recent US writer takes a slot before an old research letter from abroad; the old one sits out', () => {
    const p = member([
      letter('Dr. Pd', { role: 'program-director', year: 2025 }),
      letter('Dr. Cmio', { role: 'cmio', informatics: true }),
      letter('Dr. Old Mentor', { role: 'research-supervisor', setting: 'abroad', year: 2017 }),
      letter('Dr. Chair', { role: 'department-chair', year: 2025 }),
      letter('Ms. Nurse Lead', { role: 'non-physician-supervisor', physician: false, informatics: true }),
    ]);
    const plan = planLetterSlots(p, TODAY);
    expect(plan.spare).toEqual(['Dr. Old Mentor']);
    expect(slotOf(p, 'Dr. Chair')).toBeDefined();
    const step = writerSteps(p, TODAY).find((s) => s.writer === 'Dr. Old Mentor')!;
    expect(step.status).toBe('backup');
    expect(step.next).toMatch(/a letter from 2017 no longer shows what you can do now/);
  });

  it('keeps an old program-director letter when it is the only one, and says why it stays', () => {
    // Five years old: stale, but not so old that a current writer takes its place (below).
    const p = member([
      letter('Dr. Old Pd', { role: 'program-director', year: 2022 }),
      letter('Dr. Att', { year: 2026 }),
      letter('Dr. Cmio', { role: 'cmio', informatics: true }),
      letter('Dr. Qi', { role: 'qi-lead' }),
      letter('Dr. Other Att', { year: 2025 }),
    ]);
    const plan = planLetterSlots(p, TODAY);
    const clinical = plan.slots.find((s) => s.slot === 'clinical')!;
    expect(clinical.writer).toBe('Dr. Old Pd');
    expect(clinical.why).toMatch(/only letter from a residency program director/);
    expect(clinical.why).toMatch(/2022/);
  });

  // A judge of p363: a program director who last saw the member eight years ago (and has retired)
  // kept the clinical slot over the current chair. Seven or more years on, a current physician who
  // watched the member work carries the clinical letter; the old one is an extra.
  it.each([
    ['eight years old', 'Dr. Ngozi Obi', 2019],
    ['retired, five years old', 'Dr. Ngozi Obi (retired 2025)', 2022],
  ])('an old program-director letter (%s) gives way to a current chair', (_, writer, year) => {
    const p = member([
      letter(writer, { role: 'program-director', year }),
      letter('Dr. Chair Now', { role: 'department-chair', year: 2026 }),
      letter('Dr. Cmio', { role: 'cmio', informatics: true }),
    ]);
    const plan = planLetterSlots(p, TODAY);
    expect(plan.slots.find((s) => s.slot === 'clinical')!.writer).toBe('Dr. Chair Now');
    const old = plan.slots.find((s) => s.writer === writer);
    expect(old?.why ?? '').toMatch(/An extra, not your clinical letter/);
    const stale = reviewLetters(p, TODAY).findings.find((f) => f.id === 'stale-letter')!;
    expect(stale.message).toContain('Let Dr. Chair Now (department chair, 2026) carry your clinical letter');
    expect(stale.message).toContain('training verification');
    expect(stale.message).not.toContain('Keep this letter');
  });

  it('near-miss: an eight-year-old director letter with no current clinical writer is still kept', () => {
    const p = member([
      letter('Dr. Old Pd', { role: 'program-director', year: 2019 }),
      letter('Dr. Cmio', { role: 'cmio', informatics: true, physician: false }),
      letter('Ms. Lead', { role: 'non-physician-supervisor', physician: false, informatics: true }),
    ]);
    expect(planLetterSlots(p, TODAY).slots.find((s) => s.slot === 'clinical')!.writer).toBe('Dr. Old Pd');
    expect(reviewLetters(p, TODAY).findings.find((f) => f.id === 'stale-letter')!.message).toContain(
      'Keep this letter',
    );
  });

  it('an old program-director letter loses its slot when a recent program director writes too', () => {
    const p = member([
      letter('Dr. Old Pd', { role: 'program-director', year: 2018 }),
      letter('Dr. New Pd', { role: 'program-director', year: 2026 }),
      letter('Dr. Cmio', { role: 'cmio', informatics: true }),
      letter('Dr. Qi', { role: 'qi-lead' }),
      letter('Dr. Att', { year: 2025 }),
    ]);
    expect(slotOf(p, 'Dr. New Pd')).toBe('clinical');
    expect(planLetterSlots(p, TODAY).spare).toEqual(['Dr. Old Pd']);
  });

  it('a stale letter still fills a slot no recent writer can fill, and the reason says it is older', () => {
    const p = member([
      letter('Dr. Att'),
      letter('Dr. Cmio', { role: 'cmio', informatics: true }),
      letter('Prof. Long Ago', { role: 'research-supervisor', setting: 'abroad', year: 2015 }),
    ]);
    const research = planLetterSlots(p, TODAY).slots.find((s) => s.slot === 'research')!;
    expect(research.writer).toBe('Prof. Long Ago');
    expect(research.why).toMatch(/older letter/);
  });
});

describe('letter slots: no slot stays empty while a writer waits as a backup', () => {
  it('a research mentor who supervised remotely fills the academic slot, marked as a weak fit', () => {
    const p = member([
      letter('Dr. Pd', { role: 'program-director', setting: 'abroad', year: 2024 }),
      letter('Dr. Cmio', { role: 'cmio', informatics: true, setting: 'abroad' }),
      letter('Dr. Remote', { role: 'research-supervisor', informatics: true, directObservation: false }),
      letter('Dr. Chair', { role: 'department-chair', setting: 'abroad', year: 2025 }),
    ]);
    const plan = planLetterSlots(p, TODAY);
    expect(plan.spare).toEqual([]);
    const research = plan.slots.find((s) => s.slot === 'research')!;
    expect(research.writer).toBe('Dr. Remote');
    expect(research.why).toMatch(/did not observe your work directly/);
  });

  it('a third attending goes to the empty academic slot rather than being "not needed"', () => {
    const p = member([letter('Dr. A', { role: 'program-director' }), letter('Dr. B'), letter('Dr. C')]);
    const plan = planLetterSlots(p, TODAY);
    expect(plan.spare).toEqual([]);
    expect(plan.slots.find((s) => s.slot === 'research')!.why).toMatch(/not what this slot asks for/);
    // The informatics slot is never filled loosely: it stays empty and says whom to ask.
    expect(plan.slots.find((s) => s.slot === 'informatics')!.writer).toBeUndefined();
  });

  it('a family friend never fills an empty slot', () => {
    const p = member([letter('Dr. A'), letter('Uncle Sam', { role: 'family-friend', directObservation: false })]);
    expect(planLetterSlots(p, TODAY).spare).toEqual(['Uncle Sam']);
  });
});

describe('letter slots: an old letter from abroad only fills in when the plan is short', () => {
  const fresh = [
    letter('Dr. Extern', { year: 2026 }),
    letter('Dr. Cmio', { role: 'cmio', informatics: true }),
    letter('Ms. Analytics', { role: 'non-physician-supervisor', physician: false, informatics: true }),
  ];
  it('sits out once three current writers are placed, even with a slot open', () => {
    const p = member([
      ...fresh,
      letter('Dr. Superintendent', { role: 'department-chair', setting: 'abroad', year: 2016 }),
    ]);
    expect(planLetterSlots(p, TODAY).spare).toEqual(['Dr. Superintendent']);
  });

  it('fills a slot when without it the plan would have fewer than three letters', () => {
    const p = member([
      ...fresh.slice(0, 2),
      letter('Dr. Superintendent', { role: 'department-chair', setting: 'abroad', year: 2016 }),
    ]);
    expect(planLetterSlots(p, TODAY).spare).toEqual([]);
  });

  it('stays in play when it vouches for a professionalism matter', () => {
    const p = member([
      ...fresh,
      letter('Dr. Old Pd Abroad', { role: 'attending', setting: 'abroad', year: 2018, mentionsProfessionalism: true }),
    ]);
    expect(planLetterSlots(p, TODAY).spare).toEqual([]);
  });

  it('an old US letter in English still fills an open slot', () => {
    const p = member([...fresh, letter('Dr. Old Us Attending', { year: 2021 })]);
    expect(planLetterSlots(p, TODAY).spare).toEqual([]);
  });
});
