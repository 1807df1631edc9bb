/**
 * Newcomer trial 21: a member working on an EAD issued on a pending green-card application (a combo
 * card with advance parole, category (c)(9)) was told her EAD rested on her spouse's H-1B and that she
 * needed an H-4 visa stamp to travel. The report now names what the card rests on, advance parole,
 * the renewal date against the start, and the J-1 clash. Wordings of our own; an H-4 EAD near-miss
 * keeps the dependant reading.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { edit, TODAY } from './fixtures.js';

const member = (note: string, visa: Profile['visa']) =>
  edit((p) => {
    p.citizenship = 'non-us';
    p.visa = visa;
    p.target = 'residency-informatics-track';
    p.residencies = [];
    p.usce = [];
    p.timeline = [
      { from: '2016-01', to: '2021-06', activity: 'clinical', note: 'pediatrics residency abroad' },
      { from: '2021-08', to: 'present', activity: 'personal', note },
    ];
  });

/** Everything the visa item says: why, actions and notes. */
const said = (p: Profile): string => {
  const r = visaSponsorshipRule(p, TODAY);
  return [...r.flags.flatMap((f) => [f.why, ...f.actions]), ...(r.notes ?? [])].join(' ');
};

describe('an adjustment-based EAD is not read as an H-4 EAD', () => {
  it.each([
    ['moved with husband (H-4 at first), now combo card EAD/AP, I-485 pending', 'undecided'],
    ['family time; work permit from our pending I-485 (marriage-based green card)', 'undecided'],
    ['raising kids, EAD category (c)(9) with advance parole', 'not-needed'],
    ['caring for children; green card pending, working permit card valid', 'undecided'],
  ] as const)('"%s" (%s): rests on the application, advance parole, renewal, J-1 clash', (note, visa) => {
    const text = said(member(note, visa));
    expect(text).toMatch(/pending green-card application/);
    expect(text).not.toMatch(/H-4 EAD|rests on your spouse|visa stamp/);
    expect(text).toMatch(/advance parole/);
    expect(text).toMatch(/abandoning the green-card application/);
    expect(text).toMatch(/180 days before the card ends/);
    expect(text).toMatch(/no longer extends/);
    expect(text).toMatch(/programs differ/);
    expect(text).toMatch(/J-1[^.]*return home/);
  });

  it('near-miss: an H-4 EAD with no green-card application still hears the dependant words', () => {
    const text = said(member('data analyst; on H-4 EAD from my husband', 'not-needed'));
    expect(text).toMatch(/valid only while your spouse keeps H-1B status/);
    expect(text).not.toMatch(/pending green-card application/);
  });
});
