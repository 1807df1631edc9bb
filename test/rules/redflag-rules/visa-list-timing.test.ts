/**
 * When the visa item tells the member to build the program list: "in the spring" is advice for a
 * season not yet open. A member applying now checks sponsorship before submitting; one whose
 * applications are in checks it before ranking or accepting a place.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { seasonOptions } from '../../../src/composers/application-season.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { edit, theFlag } from './fixtures.js';

const listLine = (today: string, change: (p: Profile) => void) => {
  const p = edit((x) => {
    x.citizenship = 'non-us';
    x.visa = 'j1';
    x.target = 'ci-fellowship';
    delete x.residencies;
    x.timeline = [{ from: '2022-06', to: 'present', activity: 'clinical', note: 'hospital job, Cairo' }];
    change(x);
  });
  const f = theFlag(visaSponsorshipRule(p, today, seasonOptions(p, today)));
  return f.actions.find((a) => /list of programs|Applications are open now|already with programs/.test(a)) ?? '';
};

describe('the program-list advice follows where the member stands in the season', () => {
  it('before ERAS opens for fellowships: build the list in the spring', () => {
    expect(listLine('2026-03-10', (p) => (p.deadline = '2026-08-31'))).toMatch(/^Build your list .* in the spring/);
  });

  it('a fellowship applicant in August with her deadline ahead: check before submitting, not "in the spring"', () => {
    const line = listLine('2026-08-18', (p) => (p.deadline = '2026-09-15'));
    expect(line).toMatch(/^Applications are open now: before you submit \(your deadline is 15 Sep 2026\)/);
    expect(line).not.toContain('spring');
  });

  it('a residency applicant in late September with her deadline days away: the same, by the residency calendar', () => {
    const line = listLine('2026-09-21', (p) => {
      p.target = 'residency-informatics-track';
      p.deadline = '2026-09-24';
    });
    expect(line).toMatch(/^Applications are open now/);
    expect(line).not.toContain('over the summer');
  });

  it('in December after a passed deadline: confirm before ranking or accepting a place, then the next season', () => {
    const line = listLine('2026-12-09', (p) => {
      p.target = 'residency-informatics-track';
      p.deadline = '2026-09-25';
    });
    expect(line).toMatch(/^If you applied this season, confirm that each program still considering you sponsors/);
    expect(line).toContain('For your next application, build your list');
  });

  it('a member whose notes say she applied: no "if"', () => {
    const line = listLine('2026-11-20', (p) => {
      p.deadline = '2026-08-31';
      p.timeline = [
        { from: '2026-07', to: 'present', activity: 'us-clinical', note: 'hospitalist; applied to 6 programs in July' },
      ];
    });
    expect(line).toMatch(/^Your applications for this season are already with programs/);
    expect(line).toContain('before you rank it or accept a place');
  });

  // Trial 17: a letter's ask date made the report say "your list is final" to a member who never applied.
  it('a letter asked for this season, with no word that she applied: still "if"', () => {
    const line = listLine('2026-11-20', (p) => {
      p.deadline = '2026-08-31';
      p.letters = [
        {
          writer: 'Dr. A. Moss (CMIO)',
          role: 'cmio',
          setting: 'us',
          physician: true,
          informatics: true,
          directObservation: true,
          year: 2026,
          asked: '2026-06-01',
        },
      ];
    });
    expect(line).toMatch(/^If you applied this season/);
    expect(line).not.toMatch(/^Your applications/);
  });
});
