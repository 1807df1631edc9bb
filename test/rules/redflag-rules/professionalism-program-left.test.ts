/**
 * A professionalism matter in a program the member has since left (resigned while on probation,
 * dismissed) or finished: the advice never sends them back to that program for a remediation plan;
 * it names who can speak to what happened (the former program director, a supervisor since) and
 * what the member's own timeline shows since. A matter in the program the member is still in keeps
 * the plan with that program.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { programBehind } from '../../../src/core/profile/resignation.js';
import { professionalismRule } from '../../../src/rules/redflag-rules/standing.js';
import { reviewLetters } from '../../../src/rules/letters.js';
import { edit, theFlag } from './fixtures.js';

const DAY = '2026-11-22';

/** A member who started a US residency, had a matter there, and left it. */
const leftResidency = (entries: NonNullable<Profile['professionalism']>, residencies = true): Profile =>
  edit((p) => {
    p.target = 'residency-informatics-track';
    p.timeline = [
      { from: '2022-06', to: '2023-04', activity: 'us-clinical', note: 'Pediatrics residency PGY-1, Texas' },
      { from: '2023-05', to: '2023-12', activity: 'personal', note: 'back home with family' },
      {
        from: '2024-01',
        to: 'present',
        activity: 'clinical',
        note: 'Medical officer, district hospital; on call twice a week',
      },
    ];
    p.residencies = residencies
      ? [
          {
            country: 'United States',
            specialty: 'pediatrics',
            from: '2022-06',
            to: '2023-04',
            completed: false,
            accreditation: 'acgme',
          },
        ]
      : undefined;
    p.professionalism = entries;
  });

describe('professionalism matter in a program the member left', () => {
  it('a probation never remediated, then a resignation: no plan "with your program", the former PD and the work since instead', () => {
    const p = leftResidency([
      { kind: 'probation', date: '2023-01', remediated: false, note: 'late notes' },
      { kind: 'resignation', date: '2023-04', note: 'I resigned while still on probation' },
    ]);
    const f = theFlag(professionalismRule(p, DAY));
    const text = f.actions.join('\n');
    expect(text).not.toMatch(/remediation plan with your program/);
    expect(text).toMatch(/pediatrics residency where it happened is behind you \(you left in Apr 2023\)/);
    expect(text).toMatch(/former program director/);
    expect(text).toMatch(/"Medical officer, district hospital", since Jan 2024/);
    expect(f.actions.at(-1)).toMatch(/former program director at the pediatrics residency/);
  });

  it('a dismissal after a report whose remediation is not stated: asks the former program, not "your program"', () => {
    const p = leftResidency([
      { kind: 'report', date: '2022-11', note: 'complaint from a charge nurse' },
      { kind: 'dismissal', date: '2023-04', note: 'contract terminated' },
    ]);
    const text = theFlag(professionalismRule(p, DAY)).actions.join('\n');
    expect(text).not.toMatch(/ask your program how/);
    expect(text).toMatch(/ask your former program how it was recorded/);
    expect(text).toMatch(/report of Nov 2022 is not marked as remediated, and the pediatrics residency/);
  });

  it('with no residencies listed, a later resignation still places the probation in the program left', () => {
    const p = leftResidency(
      [
        { kind: 'probation', date: '2023-01', remediated: false },
        { kind: 'resignation', date: '2023-04', note: 'left the residency during probation' },
      ],
      false,
    );
    expect(programBehind(p.professionalism![0]!, p)).toEqual({
      program: 'the residency',
      left: '2023-04',
      leftEarly: true,
    });
    expect(theFlag(professionalismRule(p, DAY)).actions.join('\n')).not.toMatch(/with your program/);
  });

  it('a probation in the residency the member is still in keeps the plan with that program', () => {
    const p = edit((x) => {
      x.professionalism = [{ kind: 'probation', date: '2024-02', remediated: false, note: 'missed handoffs' }];
    });
    const f = theFlag(professionalismRule(p, DAY));
    expect(f.actions.join('\n')).toMatch(/complete a remediation plan with your program/);
    expect(f.actions.at(-1)).toMatch(/^Ask recent supervisors/);
  });

  it('the letters finding asks the former program director or a supervisor since, for a member who left under it', () => {
    const p = leftResidency([
      { kind: 'probation', date: '2023-01', remediated: false },
      { kind: 'resignation', date: '2023-04', note: 'resigned during probation' },
    ]);
    p.letters = [
      {
        writer: 'Dr. Amal Idris',
        role: 'attending',
        setting: 'abroad',
        physician: true,
        informatics: false,
        directObservation: true,
        year: 2026,
      },
    ];
    const f = reviewLetters(p, DAY).findings.find((x) => x.id === 'no-professionalism-corroboration');
    expect(f?.message).toMatch(
      /former program director at the pediatrics residency, or a supervisor who has seen your work since you left/,
    );
  });
});
