/**
 * The professionalism advice points where the record is: a member dismissed after an open probation
 * has no plan left to finish in that program, and a report from medical school is the school's
 * record, not a program director's.
 */
import { describe, expect, it } from 'vitest';
import { fromSchool, professionalismRule } from '../../../src/rules/redflag-rules/standing.js';
import { edit, theFlag } from './fixtures.js';

describe('professionalism advice fitted to where the record is', () => {
  it('does not ask a dismissed member to complete a remediation plan with the program', () => {
    const f = theFlag(
      professionalismRule(
        edit((p) => {
          p.professionalism = [
            { kind: 'probation', date: '2024-01', remediated: false, note: 'unprofessional messages to staff' },
            { kind: 'dismissal', date: '2024-06', note: 'dismissed in PGY-2, appeal denied' },
          ];
        }),
      ),
    );
    const text = f.actions.join(' ');
    expect(text).not.toContain('complete a remediation plan with your program');
    expect(text).toContain('there is no plan to finish there');
    expect(text).toContain('ask a current supervisor');
  });

  it('still asks a current resident on open probation to complete the plan with the program', () => {
    const f = theFlag(
      professionalismRule(
        edit((p) => {
          p.professionalism = [{ kind: 'probation', date: '2024-01', remediated: false }];
        }),
      ),
    );
    expect(f.actions.join(' ')).toContain('complete a remediation plan with your program');
  });

  it.each([
    ['medical school: missed two clerkship sessions; repeated the block', '2023-04'],
    ['as a student: lapse in attendance at the faculty of medicine', '2023-04'],
    [undefined, '2019-11'],
  ])('sends a report from medical school to the school, not a program director (%s)', (note, date) => {
    const f = theFlag(
      professionalismRule(
        edit((p) => {
          p.residencies = [];
          p.professionalism = [{ kind: 'report', date, remediated: true, ...(note ? { note } : {}) }];
        }),
      ),
    );
    expect(f.actions[0]).toContain('your medical school');
    expect(f.actions.join(' ')).not.toMatch(/program director/);
  });

  it('reads a report in residency as the program’s, whatever its date', () => {
    expect(
      fromSchool(
        { kind: 'report', date: '2019-11', note: 'PGY-1 complaint about sign-out' },
        edit(() => undefined),
      ),
    ).toBe(false);
  });
});
