/**
 * A work permit that rests on a spouse (an H-4 or J-2 EAD named in the member's current note): the
 * member hears what it lasts on, and what a change of visa costs (profiles V: p265 on an H-4 EAD with
 * no end date, p269 on a J-2 EAD; newcomer trial 12, an H-4 member told only "compare J-1 and H-1B").
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { noteDependentStatus } from '../../../src/rules/redflag-rules/visa-notes.js';
import { edit, TODAY } from './fixtures.js';

/** A graduate without a residency, applying to residency, living in the US on a dependent permit. */
const member = (note: string, visa: Profile['visa'] = 'not-needed') =>
  edit((p) => {
    p.citizenship = 'non-us';
    p.visa = visa;
    p.target = 'residency-informatics-track';
    p.residencies = [];
    p.usce = [];
    p.timeline = [
      { from: '2019-01', to: '2020-12', activity: 'clinical', note: 'general practice, Manila' },
      { from: '2021-01', to: 'present', activity: 'non-clinical-work', note },
    ];
  });

const everything = (p: Profile) => {
  const r = visaSponsorshipRule(p, TODAY);
  return [...r.flags.flatMap((f) => [f.why, ...f.actions]), ...(r.notes ?? [])].join(' ');
};

describe('noteDependentStatus', () => {
  it('reads the member’s own H-4 or J-2, in different wordings', () => {
    expect(noteDependentStatus('scribe at an urgent care; H4 EAD holder')).toBe('h4');
    expect(noteDependentStatus('on H-4 (spouse works at a bank on H-1B), EAD in hand')).toBe('h4');
    expect(noteDependentStatus('lab tech; I am a J2 dependent with work authorization')).toBe('j2');
  });

  it('does not read a spouse’s status, a wish or a denial as the member’s', () => {
    expect(noteDependentStatus('my wife is on H-4, I hold the H-1B')).toBeUndefined();
    expect(noteDependentStatus('hoping to get H-4 status next year')).toBeUndefined();
    expect(noteDependentStatus('not on J-2 any more: own F-1 since 2024')).toBeUndefined();
    expect(noteDependentStatus('health IT analyst, green card 2023')).toBeUndefined();
  });
});

describe('H-4 EAD', () => {
  it('with no end date: no flag, but a note on what the permit rests on and what a J-1 would cost', () => {
    const r = visaSponsorshipRule(member('clinic interpreter; H4 EAD through my husband, he is on H1B'), TODAY);
    expect(r.flags).toEqual([]);
    const note = (r.notes ?? []).join(' ');
    expect(note).toMatch(/valid only while your spouse keeps H-1B status/);
    expect(note).toMatch(/renewal/);
    expect(note).toMatch(/GME offices differ/);
    expect(note).toMatch(/changing to a J-1 means leaving H-4.*two-year home-residence requirement.*green-card/);
    expect(note).toMatch(/immigration attorney/);
  });

  it('with an end date during training: the low flag carries the same facts, not a bare J-1 fallback', () => {
    const text = everything(member('research assistant, on H-4 with an EAD valid to 2028-03'));
    expect(text).toMatch(/rests on your spouse/);
    expect(text).toMatch(/leaving H-4/);
    expect(text).not.toMatch(/whether it could sponsor a J-1 \(through ECFMG\) or an H-1B/);
  });

  it('a member on an H-4 EAD who marked the visa undecided hears it before "compare J-1 and H-1B"', () => {
    const r = visaSponsorshipRule(member('medical interpreter, H-4 EAD', 'undecided'), TODAY);
    const f = r.flags[0]!;
    expect(f.why).toMatch(/H-4 EAD.*valid only while your spouse keeps H-1B status/);
    expect(f.actions[0]).toMatch(/changing to a J-1 means leaving H-4/);
    expect(f.actions.join(' ')).toMatch(/Compare J-1 and H-1B/);
  });
});

describe('J-2 EAD', () => {
  it('shares the J-1 spouse’s two-year rule: H-1B is no fallback before that is known', () => {
    const text = everything(member('research coordinator; J-2 EAD valid to 2028-05, when my husband’s J-1 ends'));
    expect(text).toMatch(/rests on your spouse's J-1/);
    expect(text).toMatch(/it applies to you too as a J-2 dependant/);
    expect(text).toMatch(/do not count on an H-1B as a fallback/);
    expect(text).not.toMatch(
      /whether it could sponsor a J-1 \(through ECFMG\) or an H-1B \(which needs Step 3 passed; [^)]*\) if the permit/,
    );
  });

  it('with no end date: the note says the same', () => {
    const r = visaSponsorshipRule(member('volunteer, J2 with work permit'), TODAY);
    expect(r.flags).toEqual([]);
    expect((r.notes ?? []).join(' ')).toMatch(/two-year home-residence requirement.*applies to you too/);
  });
});

describe('no dependent status', () => {
  it('a TPS permit keeps its own words and no spouse wording', () => {
    const text = everything(member('pharmacy assistant, TPS-based EAD valid through 2028-01'));
    expect(text).not.toMatch(/spouse/);
  });
});
