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
    expect(t.lead).toMatch(/^Before planning around this calendar, read your red-flag report/);
    expect(t.lead).toMatch(/US residency first, through the NRMP Main Residency Match/);
    expect(t.notes[0]).toBe(t.lead);
  });

  it('gives an eligible member no such lead', () => {
    expect(timelineForProfile(TODAY, member(false)).lead).toBeUndefined();
  });
});
