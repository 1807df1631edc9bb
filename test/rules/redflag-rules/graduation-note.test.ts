/**
 * The "time since graduation" reminder for residency applicants: from five years after graduation,
 * and only when the clinical-currency flag does not already raise it.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { redFlags } from '../../../src/rules/redflags.js';
import { TODAY, clean, edit } from './fixtures.js';

const graduatedOn = (graduated: string, change: (p: Profile) => void = () => {}) =>
  edit((p) => {
    p.target = 'residency-informatics-track';
    p.medSchool = { country: 'Grenada', graduated };
    change(p);
  });
const noteOf = (p: Profile) => (redFlags(p, TODAY).notes ?? []).find((n) => n.startsWith('Time since graduation'));

describe('time since graduation (residency track)', () => {
  it('from five years after graduation: says how long ago, and to check each program’s stated limits', () => {
    expect(noteOf(graduatedOn('2021-11'))).toBe(
      "Time since graduation: you graduated Nov 2021 (5 years ago). Some residency programs publish limits or preferences on years since graduation: check each program's stated requirements before you apply.",
    );
  });

  it('says nothing a month short of five years, nor for a fellowship applicant', () => {
    expect(noteOf(graduatedOn('2021-12'))).toBeUndefined();
    expect(noteOf(edit((p) => (p.medSchool = { country: 'Grenada', graduated: '2010-06' })))).toBeUndefined();
    expect(clean().target).toBe('ci-fellowship');
  });

  it('leaves it to the clinical-currency flag when that flag already fires', () => {
    const stale = graduatedOn('2012-06', (p) => {
      p.timeline = [
        { from: '2012-07', to: '2016-06', activity: 'clinical', note: 'house officer' },
        { from: '2016-07', to: 'present', activity: 'research', note: 'lab work' },
      ];
      delete p.residencies;
      p.usce = [];
    });
    const r = redFlags(stale, TODAY);
    expect(r.flags.map((f) => f.id)).toContain('clinical-currency');
    expect(noteOf(stale)).toBeUndefined();
    // Without that flag the same graduation year gets the note.
    expect(noteOf(graduatedOn('2012-06'))).toMatch(/^Time since graduation: you graduated Jun 2012 \(14 years/);
  });
});
