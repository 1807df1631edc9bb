import { describe, expect, it } from 'vitest';
import { timelineForProfile } from '../../src/composers/prematch-timeline.js';
import type { Profile } from '../../src/core/profile/schema.js';

const TODAY = '2026-12-05';

/** A CI-fellowship applicant whose only residency was abroad, or one with a US residency completed. */
const member = (abroadOnly: boolean): Profile => ({
  version: 1,
  citizenship: 'us-permanent-resident',
  target: 'ci-fellowship',
  medSchool: { country: 'Ghana', graduated: '2011-09' },
  residencies: [
    abroadOnly
      ? { country: 'Ghana', specialty: 'family medicine', from: '2014-01', to: '2017-12', completed: true }
      : {
          country: 'United States',
          specialty: 'family medicine',
          from: '2020-07',
          to: '2023-06',
          completed: true,
          accreditation: 'acgme',
        },
  ],
});

describe('the calendar leads with a route that outweighs its dates', () => {
  it('tells a member not yet eligible for a fellowship the route before the commit step', () => {
    const t = timelineForProfile(TODAY, member(true));
    // Round ux45: the residency route is the step now, with its own NRMP season beside the calendar.
    expect(t.lead).toMatch(/^Residency route \(now\): "Fellowship eligibility/);
    expect(t.lead).toMatch(/NRMP Main Residency Match in family medicine/);
    expect(t.route?.calendar).toBe('nrmp-main');
    expect(t.notes[0]).toBe(t.lead);
  });

  it('gives an eligible member no such lead', () => {
    expect(timelineForProfile(TODAY, member(false)).lead).toBeUndefined();
  });
});
