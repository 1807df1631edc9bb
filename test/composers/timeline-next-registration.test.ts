/**
 * "Next" names the nearest step still ahead in the member's match: the NRMP's standard registration
 * deadline when it comes before ranking opens, never for the AMIA calendar, and not once it passed.
 */
import { describe, expect, it } from 'vitest';
import { humanDay } from '../../src/core/dates.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { nextStepSentence, timelineForProfile } from '../../src/composers/prematch-timeline.js';

const member = (target: Profile['target']): Profile => ({
  version: 1,
  citizenship: 'us-permanent-resident',
  visa: 'not-needed',
  target,
  medSchool: { country: 'Somalia', graduated: '2019-06' },
});
const next = (p: Profile, today: string) => nextStepSentence(timelineForProfile(today, p), humanDay);

describe('timeline Next: the registration deadline before ranking', () => {
  it('a residency applicant days before the end of January is told the registration deadline first', () => {
    expect(next(member('residency-informatics-track'), '2027-01-26')).toMatch(
      /^The NRMP's standard registration deadline is typically on 31 Jan 2027 \(in 5 days\).*Ranking typically opens on 1 Feb 2027/s,
    );
    expect(next(member('residency-informatics-track'), '2027-01-31')).toMatch(/deadline is typically today/);
  });
  it('not after it, and never on the fellowship calendar', () => {
    expect(next(member('residency-informatics-track'), '2027-02-02')).not.toMatch(/registration/);
    expect(next(member('ci-fellowship'), '2026-10-20')).not.toMatch(/registration deadline/);
  });
});
