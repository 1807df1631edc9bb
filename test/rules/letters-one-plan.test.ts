/**
 * One letters plan: the findings, the slots and the writer steps read each writer the same way.
 * A writer never asked has no letter to keep; once a season's interviews have begun, a new ask
 * serves the next application everywhere; a writer the findings say to replace is not chased; the
 * member's one informatics writer fills the informatics slot.
 */
import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { planLetterSlots } from '../../src/rules/letter-slots.js';
import { reviewLetters } from '../../src/rules/letters.js';
import { writerSteps } from '../../src/composers/lor-steps.js';
import { letter } from './letters-fixtures.js';

const residencyApplicant = (letters: Letter[], deadline: string): Profile => ({
  version: 1,
  target: 'residency-informatics-track',
  specialty: 'pediatrics',
  deadline,
  letters,
});

// A Peruvian pediatrician: three writers asked in July, her old program director never asked.
const peru = (deadline: string) =>
  residencyApplicant(
    [
      letter({ writer: 'Dr. Vega (CMIO)', asked: '2026-07-06' }),
      letter({ writer: 'Dr. Ruiz (externship attending)', role: 'attending', informatics: false, asked: '2026-07-06' }),
      letter({ writer: 'Dra. Paz (QI lead)', role: 'qi-lead', year: 2025, asked: '2026-07-06' }),
      letter({
        writer: 'Dr. Salas (jefe de residentes de pediatría)',
        role: 'program-director',
        setting: 'abroad',
        informatics: false,
        year: 2018,
        language: 'es',
      }),
    ],
    deadline,
  );

describe('a writer never asked, after the deadline', () => {
  const today = '2026-12-10';
  const p = peru('2026-09-25');
  const findings = reviewLetters(p, today).findings;

  it('keeps the late-ask finding but points the ask at the next application once interviews have begun', () => {
    const late = findings.find((f) => f.id === 'late-ask')!;
    expect(late.message).toMatch(/You have not asked Dr\. Salas .*a letter asked now is for your next application/);
    expect(late.message).not.toMatch(/ask Dr\. Salas [^.]*today/);
    const step = writerSteps(p, today).find((s) => s.writer.startsWith('Dr. Salas'))!;
    expect(step.next).toMatch(/a letter asked now is for next season/);
  });

  it('names a writer to ask, never a letter to keep, in the slots and the stale finding', () => {
    const slot = planLetterSlots(p, today).slots.find((s) => s.writer?.startsWith('Dr. Salas'))!;
    expect(slot.why).toMatch(/Not asked yet/);
    expect(slot.why).not.toMatch(/Kept although|refresh it/);
    const stale = findings.find((f) => f.id === 'stale-letter' && f.writer?.startsWith('Dr. Salas'))!;
    expect(stale.message).toMatch(/Still ask for this letter/);
    expect(stale.message).not.toMatch(/Keep this letter|refresh it/);
  });

  it('still says "ask today" a few days after the deadline, before interviews begin', () => {
    const late = reviewLetters(p, '2026-09-28').findings.find((f) => f.id === 'late-ask')!;
    expect(late.message).toMatch(/ask Dr\. Salas [^;]*today/);
    expect(late.message).not.toMatch(/next application/);
  });

  it('keeps an old program director letter the member has in hand when no ask dates are recorded', () => {
    const inHand = residencyApplicant(
      p.letters!.map(({ asked: _asked, ...l }) => l),
      '2027-09-25',
    );
    const stale = reviewLetters(inHand, '2027-03-01').findings.find(
      (f) => f.id === 'stale-letter' && f.writer?.startsWith('Dr. Salas'),
    )!;
    expect(stale.message).toMatch(/Keep this letter/);
  });
});

describe('a writer the findings say to replace is not chased', () => {
  // A Ghanaian applicant: an uncle's friend, planned three weeks before a deadline still ahead.
  const letters = [
    letter({ writer: 'Dr. Mensah (CMIO)', asked: '2026-05-02' }),
    letter({
      writer: 'Dr. Owusu (observership attending)',
      role: 'attending',
      informatics: false,
      asked: '2026-05-02',
    }),
    letter({ writer: 'Prof. Boateng (research mentor)', role: 'research-supervisor', asked: '2026-05-02' }),
    letter({
      writer: 'Hon. Dr. Asante (friend of my uncle)',
      role: 'family-friend',
      setting: 'abroad',
      informatics: false,
      directObservation: false,
      asked: '2026-08-20',
    }),
  ];
  const p: Profile = { version: 1, target: 'ci-fellowship', deadline: '2026-09-10', letters };
  const today = '2026-05-20';

  it('says to replace rather than ask today, in the finding and the step', () => {
    const fs = reviewLetters(p, today).findings;
    expect(fs.find((f) => f.id === 'weak-writer')!.message).toMatch(/Replace it/);
    const late = fs.find((f) => f.id === 'late-ask' && f.writer?.startsWith('Hon.'))!;
    expect(late.message).not.toMatch(/Ask today/);
    expect(late.message).toMatch(/replace them/);
    const step = writerSteps(p, today).find((s) => s.writer.startsWith('Hon.'))!;
    expect(step.next).not.toMatch(/ask now instead/);
    expect(step.next).toMatch(/rather than asking, replace it/);
  });

  it('does not send a follow-up to a family friend already asked', () => {
    const asked: Profile = { ...p, letters: letters.map((l) => ({ ...l, asked: '2026-05-02' })) };
    const step = writerSteps(asked, today).find((s) => s.writer.startsWith('Hon.'))!;
    expect(step.next).toMatch(/do not chase it/);
    expect(step.next).not.toMatch(/follow-up/);
  });
});

describe('the informatics slot takes the member’s informatics writer', () => {
  it('moves a non-physician thesis supervisor from the academic slot into the empty informatics slot', () => {
    const p: Profile = {
      version: 1,
      target: 'ci-fellowship',
      letters: [
        letter({ writer: 'Dr. Nasser (attending)', role: 'attending', informatics: false }),
        letter({ writer: 'Ms. Larsen (MSc thesis supervisor)', role: 'research-supervisor', physician: false }),
        letter({ writer: 'Dr. Haile (head of department)', role: 'department-chair', informatics: false }),
      ],
    };
    const slots = planLetterSlots(p, '2026-06-01').slots;
    expect(slots.find((s) => s.slot === 'informatics')!.writer).toBe('Ms. Larsen (MSc thesis supervisor)');
  });

  it('refills the academic slot it leaves when another writer fits it', () => {
    // The academic slot is a fellowship's (a residency's plan asks for a second clinical letter).
    const p: Profile = {
      version: 1,
      target: 'ci-fellowship',
      letters: [
        letter({ writer: 'Dr. Nasser (attending)', role: 'attending', informatics: false }),
        letter({ writer: 'Ms. Larsen (MSc thesis supervisor)', role: 'research-supervisor', physician: false }),
        letter({ writer: 'Dr. Okafor (QI lead)', role: 'qi-lead', informatics: false }),
      ],
    };
    const bySlot = Object.fromEntries(planLetterSlots(p, '2026-06-01').slots.map((s) => [s.slot, s.writer]));
    expect(bySlot.informatics).toBe('Ms. Larsen (MSc thesis supervisor)');
    expect(bySlot.research).toBe('Dr. Okafor (QI lead)');
  });
});
