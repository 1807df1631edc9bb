/**
 * One earlier unmatched cycle and a residency left unfinished have no contract flag id, but
 * programs ask about both: the report says so in `notes` (newcomer trial 9), with the guides.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { redFlags } from '../../src/rules/redflags.js';

const base: Profile = {
  version: 1,
  citizenship: 'non-us',
  visa: 'j1',
  target: 'residency-informatics-track',
  specialty: 'family medicine',
  medSchool: { country: 'Nigeria', graduated: '2019-06' },
  timeline: [{ from: '2019-07', to: 'present', activity: 'clinical', note: 'medical officer, Ibadan' }],
  residencies: [],
  matchAttempts: 0,
  professionalism: [],
};
const notes = (p: Profile) => redFlags(p, '2026-12-05').notes ?? [];

describe('red-flag notes for what programs will ask about', () => {
  it('names one earlier unmatched cycle, with how to explain it and its guide', () => {
    const n = notes({ ...base, matchAttempts: 1 }).find((x) => /unmatched/.test(x));
    expect(n).toMatch(/what you changed since/);
    expect(n).toMatch(/red-flags#multiple-match-attempts/);
  });

  it('leaves two or more cycles to the flag, and none to silence', () => {
    expect(notes({ ...base, matchAttempts: 2 }).some((x) => /unmatched/.test(x))).toBe(false);
    expect(notes(base).some((x) => /unmatched|left unfinished/.test(x))).toBe(false);
  });

  it('names a residency left unfinished, without blame in its advice', () => {
    const p: Profile = {
      ...base,
      residencies: [{ country: 'Nigeria', specialty: 'paediatrics', from: '2020-01', to: '2021-04', completed: false }],
    };
    const n = notes(p).find((x) => /left unfinished/.test(x));
    expect(n).toMatch(/paediatrics residency in Nigeria/);
    expect(n).toMatch(/without blaming/);
    expect(n).toMatch(/explaining-red-flags#red-flags-in-the-interview/);
  });

  it('says nothing of a residency completed or still in progress', () => {
    const done: Profile = {
      ...base,
      residencies: [{ country: 'Nigeria', specialty: 'paediatrics', from: '2020-01', to: '2023-12', completed: true }],
    };
    const now: Profile = {
      ...base,
      residencies: [{ country: 'Nigeria', specialty: 'paediatrics', from: '2024-01', to: 'present', completed: false }],
    };
    expect(notes(done).some((x) => /left unfinished/.test(x))).toBe(false);
    expect(notes(now).some((x) => /left unfinished/.test(x))).toBe(false);
  });
});
