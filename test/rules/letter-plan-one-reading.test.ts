/**
 * One reading decides whether a letter goes out, and every part of the letters plan follows it: a
 * writer the slots leave out but who was already asked while a slot is empty is "also sent" (its
 * late ask is real, its step is to ask now), never "not needed" beside "ask today"; an old letter
 * from the member's research supervisor fills the empty academic slot rather than wait as a backup.
 */
import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { writerSteps } from '../../src/composers/lor-steps.js';
import { planLetterSlots } from '../../src/rules/letter-slots.js';
import { reviewLetters } from '../../src/rules/letters.js';
import { letter } from './letters-fixtures.js';

const TODAY = '2026-07-01';
const member = (letters: Letter[]): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'j1',
  target: 'ci-fellowship',
  specialty: 'family medicine',
  deadline: '2026-08-01',
  letters,
});

describe('letters plan: one reading of which letters go out', () => {
  it('a family friend asked 12 days before the deadline while the informatics slot is empty is also sent, and late', () => {
    const p = member([
      letter({ writer: 'Dr. Ana Ruiz', role: 'program-director', informatics: false, asked: '2026-05-01' }),
      letter({ writer: 'Dr. Ben Ode', role: 'attending', informatics: false, asked: '2026-05-02' }),
      letter({ writer: 'Dr. Chen Li', role: 'department-chair', informatics: false, asked: '2026-05-03' }),
      letter({
        writer: 'Mrs. Dana Park',
        role: 'family-friend',
        physician: false,
        informatics: false,
        directObservation: false,
        asked: '2026-07-20',
      }),
    ]);
    const plan = planLetterSlots(p, TODAY);
    expect(plan.extra).toEqual(['Mrs. Dana Park']);
    expect(plan.spare).toEqual([]);
    const late = reviewLetters(p, TODAY).findings.find((f) => f.id === 'late-ask');
    expect(late?.writer).toBe('Mrs. Dana Park');
    const step = writerSteps(p, TODAY).find((s) => s.writer === 'Mrs. Dana Park');
    expect(step?.status).not.toBe('backup');
    expect(step?.next).not.toMatch(/Not needed/);
  });

  it('a spare writer beside four filled slots stays not needed, with no urgency', () => {
    const p = member([
      letter({ writer: 'Dr. Ana Ruiz', role: 'program-director', informatics: false, asked: '2026-05-01' }),
      letter({ writer: 'Dr. Cy Cmio', asked: '2026-05-02' }),
      letter({ writer: 'Dr. Rae Stat', role: 'research-supervisor', asked: '2026-05-03' }),
      letter({ writer: 'Dr. Mo Mentor', role: 'attending', informatics: false, asked: '2026-05-04' }),
      letter({
        writer: 'Dr. Extra Hand',
        role: 'attending',
        informatics: false,
        setting: 'abroad',
        asked: '2026-07-25',
      }),
    ]);
    const plan = planLetterSlots(p, TODAY);
    expect(plan.extra).toEqual([]);
    expect(plan.spare).toEqual(['Dr. Extra Hand']);
    expect(
      reviewLetters(p, TODAY).findings.filter((f) => f.id === 'late-ask' && f.writer === 'Dr. Extra Hand'),
    ).toEqual([]);
  });

  it('an old, French letter from the MSc supervisor fills the empty research slot, and its late ask is asked now', () => {
    const p = member([
      letter({
        writer: 'Dre Lucie Roy',
        role: 'program-director',
        informatics: false,
        setting: 'abroad',
        asked: '2026-05-01',
      }),
      letter({ writer: 'Dr. Cy Cmio', asked: '2026-05-02' }),
      letter({ writer: 'Dr. Sam Hale', role: 'attending', informatics: false, asked: '2026-05-03' }),
      letter({
        writer: 'Prof. Odile Marchand',
        role: 'research-supervisor',
        physician: false,
        setting: 'abroad',
        year: 2021,
        language: 'fr',
        asked: '2026-07-15',
      }),
    ]);
    const plan = planLetterSlots(p, TODAY);
    expect(plan.slots.find((s) => s.slot === 'research')?.writer).toBe('Prof. Odile Marchand');
    expect(plan.spare).toEqual([]);
    expect(reviewLetters(p, TODAY).findings.find((f) => f.id === 'late-ask')?.writer).toBe('Prof. Odile Marchand');
  });
});
