/**
 * A member whose notes say they left government service at home, or had to leave home, is told the
 * J-1's Statement of Need may be hard or unsafe to ask for, and to discuss alternatives (ux39: a judge
 * of p311 found the J-1 told as routine). No politics named. Our own members and wordings.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { edit, theFlag } from './fixtures.js';

const member = (note: string, visa: Profile['visa'] = 'j1') =>
  edit((p) => {
    p.citizenship = 'non-us';
    p.visa = visa;
    p.target = 'residency-informatics-track';
    p.residencies = [];
    p.timeline = [
      { from: '2019-01', to: '2021-06', activity: 'clinical', note: 'medical officer, district hospital' },
      { from: '2021-07', to: '2022-12', activity: 'none', note },
      { from: '2023-01', to: 'present', activity: 'clinical', note: 'volunteer doctor, NGO clinic' },
    ];
  });
const actions = (p: Profile) => theFlag(visaSponsorshipRule(p, '2026-11-22')).actions.join(' ');

describe('visa-sponsorship: a home ministry whose cooperation may be uncertain', () => {
  it.each([
    ['resigned from the ministry of health after the events at home', 'j1'],
    ['left my government hospital post; moved across the border', 'undecided'],
    ['displaced with my family, no work', 'j1'],
    ['fled the country, cannot return home for now', 'o1'],
  ] as const)('"%s" (%s): the Statement of Need may be hard or unsafe to ask for; alternatives named', (note, visa) => {
    const text = actions(member(note, visa));
    expect(text).toMatch(/asking that ministry is hard, slow or not safe/);
    expect(text).toMatch(/H-1B \(petitioned by the program, no Statement of Need, but Step 3 must be passed/);
    expect(text).toMatch(/immigration attorney/);
    expect(text).not.toMatch(/coup|regime|junta|war\b/i);
  });

  it('is not said for an ordinary career break, or to a member who trains on an H-1B', () => {
    expect(actions(member('time at home with my newborn'))).not.toMatch(/not safe/);
    expect(actions(member('left a private hospital job to prepare for USMLE'))).not.toMatch(/not safe/);
    expect(actions(member('resigned from the ministry of health', 'h1b'))).not.toMatch(/not safe/);
  });
});
