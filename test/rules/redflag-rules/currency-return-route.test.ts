/**
 * clinical-currency: the way back to patient care fits the member's stage. A student-stage step
 * (externship, elective) is advice for someone who has not trained yet; a physician who finished
 * residency gets the route practising doctors take (a clinical post, part-time or locum).
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { clinicalCurrencyRule } from '../../../src/rules/redflag-rules/timeline.js';
import { edit, theFlag, TODAY } from './fixtures.js';

const awayFromCare = (change: (p: Profile) => void) =>
  edit((p) => {
    p.medSchool = { country: 'Egypt', graduated: '2012-06' };
    p.timeline = [
      { from: '2016-07', to: '2023-01', activity: 'clinical' },
      { from: '2023-02', to: 'present', activity: 'informatics' },
    ];
    delete p.residencies;
    delete p.boardCertification;
    change(p);
  });

const routeOf = (p: Profile): string => theFlag(clinicalCurrencyRule(p, TODAY)).actions[1]!;

describe('clinical currency: the route back to patient care fits the member', () => {
  it('a board-certified physician who finished a US residency is pointed to a clinical post, not an externship', () => {
    const route = routeOf(
      awayFromCare((p) => {
        p.residencies = [
          {
            country: 'United States',
            specialty: 'internal medicine',
            from: '2016-07',
            to: '2019-06',
            completed: true,
            accreditation: 'acgme',
          },
        ];
        p.boardCertification = [{ board: 'abms', specialty: 'internal medicine' }];
      }),
    );
    expect(route).toMatch(/part-time, per-diem or locum/);
    expect(route).not.toMatch(/^Seek .*externship/);
    expect(route).toMatch(/not for a physician who has completed one/);
  });

  it('a Canadian-certified physician (no residency listed) is read the same way', () => {
    const route = routeOf(
      awayFromCare((p) => (p.boardCertification = [{ board: 'cfpc', specialty: 'family medicine' }])),
    );
    expect(route).toMatch(/under your licence/);
  });

  it('a consultant who completed residency abroad is pointed to a clinical post where they are licensed', () => {
    const route = routeOf(
      awayFromCare((p) => {
        p.residencies = [
          { country: 'Jordan', specialty: 'internal medicine', from: '2012-07', to: '2016-06', completed: true },
        ];
      }),
    );
    expect(route).toMatch(/clinical post where you hold a licence/);
    expect(route).toMatch(/observership alone does not restore/);
  });

  it('a graduate who has not trained yet is still told to seek a hands-on US externship or elective', () => {
    expect(routeOf(awayFromCare(() => {}))).toMatch(/^Seek recent hands-on US clinical experience \(an externship/);
  });

  it('a residency left unfinished does not count as a finished one', () => {
    const route = routeOf(
      awayFromCare((p) => {
        p.residencies = [
          { country: 'United States', specialty: 'surgery', from: '2016-07', to: '2017-12', completed: false },
        ];
      }),
    );
    expect(route).toMatch(/externship/);
  });
});
