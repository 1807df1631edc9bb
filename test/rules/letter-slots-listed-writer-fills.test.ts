/**
 * A writer the member already lists as speaking to their informatics work fills the informatics slot
 * (weakly when they did not watch the work), so the plan never tells the member to go and find the
 * kind of writer they already have.
 */
import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { planLetterSlots } from '../../src/rules/letter-slots.js';
import { attendingLetter as letter } from './letters-fixtures.js';

const TODAY = '2026-07-01';
const plan = (target: Profile['target'], letters: Letter[]) =>
  planLetterSlots({ version: 1, target, letters } as Profile, TODAY);
const slot = (p: ReturnType<typeof plan>, s: string) => p.slots.find((x) => x.slot === s);

describe('a listed informatics writer fills the informatics slot', () => {
  it('a remote supervisor of an EHR study holds the slot, and an asked unobserving attending is sent in a slot', () => {
    const p = plan('residency-informatics-track', [
      letter('Dr. Nkemelu'),
      letter('Dr. Okafor', {
        role: 'research-supervisor',
        informatics: true,
        directObservation: false,
        asked: '2026-06-01',
      }),
      letter('Dr. Adeyemi', { role: 'department-chair', setting: 'abroad', year: 2025 }),
      letter('Dr. Brandt', { directObservation: false, asked: '2026-06-02' }),
    ]);
    expect(slot(p, 'informatics')?.writer).toBe('Dr. Okafor');
    expect(slot(p, 'informatics')?.why).toMatch(/not first-hand/);
    expect(slot(p, 'informatics')?.why).not.toMatch(/Saw your informatics work first-hand/);
    expect(p.slots.every((s) => s.writer !== undefined)).toBe(true);
    expect(p.extra).toEqual([]);
  });

  it('for a CI fellowship, a non-physician analyst lead who only reviewed the dashboard still beats an empty slot', () => {
    const p = plan('ci-fellowship', [
      letter('Dr. Haddad', { role: 'program-director' }),
      letter('Ms. Lindqvist', {
        role: 'non-physician-supervisor',
        physician: false,
        informatics: true,
        directObservation: false,
      }),
    ]);
    expect(slot(p, 'informatics')?.writer).toBe('Ms. Lindqvist');
    expect(slot(p, 'informatics')?.why).not.toMatch(/^Empty/);
  });

  it('a writer who watched the informatics work still wins the slot over one who did not', () => {
    const p = plan('ci-fellowship', [
      letter('Dr. Far', { role: 'research-supervisor', informatics: true, directObservation: false }),
      letter('Dr. Near', { role: 'cmio', informatics: true }),
    ]);
    expect(slot(p, 'informatics')?.writer).toBe('Dr. Near');
  });
});
