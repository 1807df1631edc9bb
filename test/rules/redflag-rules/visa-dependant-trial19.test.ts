/**
 * Newcomer trial 19: a dependant's EAD typed at the visa question was read as "not in hand yet", and
 * once stored as No visa needed the report dropped the visa topic altogether. Wordings of our own,
 * for H-4, J-2 and L-2 spouses, with near-misses that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseFieldValue, permitReading, TOP_FIELDS } from '../../../src/core/profile/field-specs.js';
import { visaNote } from '../../../src/core/profile/setup-flow.js';
import type { Profile } from '../../../src/core/profile/schema.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { edit, TODAY } from './fixtures.js';

const read = (s: string) => parseFieldValue(TOP_FIELDS.visa, s);

describe('a dependant EAD held, with the principal visa named as the spouse’s', () => {
  it.each([
    'i have H4 EAD through my husband (he is H1B)',
    'I hold an H-4 EAD, my wife is the H-1B',
    'got my EAD last year through my spouse who is on H1B',
    'H4 EAD holder - his H-1B I-140 is approved',
    'I have a work permit as a dependent of an H-1B worker (H-4)',
  ])('"%s" reads as No visa needed', (answer) => {
    expect(read(answer)).toEqual({ ok: true, value: 'not-needed' });
    expect(permitReading(answer)).toMatchObject({ value: 'not-needed', others: [] });
    expect(visaNote(answer)).toMatch(/as No visa needed.*spouse keeps H-1B status/);
  });

  it('a J-2 or L-2 spouse hears which status the permit rests on', () => {
    expect(visaNote('i have a J2 EAD, my husband is J1 researcher')).toMatch(/spouse keeps J-1 status/);
    expect(visaNote('I hold an L-2 EAD (she is on L-1)')).toMatch(/spouse keeps L-1 status/);
  });
});

describe('near-misses: pending, or a sponsored visa of the member’s own', () => {
  it.each(['applied for H4 EAD through my husband (he is H1B), waiting', 'waiting for my EAD, husband on H1B'])(
    '"%s" stays Not sure yet, said as not in hand',
    (answer) => {
      expect(read(answer)).toEqual({ ok: true, value: 'undecided' });
      expect(visaNote(answer)).toMatch(/not in hand yet/);
    },
  );

  it('an EAD with the member’s own H-1B as the fallback stays Not sure yet', () => {
    expect(read('H4 EAD for now, if not then H1B')).toEqual({ ok: true, value: 'undecided' });
  });

  it('an H-1B named with no spouse or dependant word stays the member’s own', () => {
    expect(permitReading('EAD now but he said H1B later')?.others).toEqual(['h1b']);
  });
});

const member = (note: string) =>
  edit((p) => {
    p.citizenship = 'non-us';
    p.visa = 'not-needed';
    p.target = 'residency-informatics-track';
    p.residencies = [];
    p.usce = [];
    p.timeline = [
      { from: '2016-01', to: '2021-06', activity: 'clinical', note: 'pediatrics residency abroad' },
      { from: '2024-05', to: 'present', activity: 'informatics', note },
    ];
  });

const notes = (p: Profile) => (visaSponsorshipRule(p, TODAY).notes ?? []).join(' ');

describe('/redflag keeps the work-authorization topic for a member who needs no visa', () => {
  it('with no permit named in the notes: a note on what a dependant permit means and what to add', () => {
    const text = notes(member('clinical data abstractor in a hospital quality department'));
    expect(text).toMatch(/^Work authorization:/);
    expect(text).toMatch(/only while your spouse keeps the principal status/);
    expect(text).toMatch(/not a travel document.*visa stamp.*consulate abroad/);
    expect(text).toMatch(/in writing/);
    expect(text).toMatch(/Step 3/);
    expect(text).toMatch(/H-4 EAD until/);
  });

  it('an H-4 EAD named in the note: the dependant note says travel, renewal gaps and the grace period', () => {
    const text = notes(member('data analyst; on H-4 EAD from my husband'));
    expect(text).toMatch(/valid only while your spouse keeps H-1B status/);
    expect(text).toMatch(/not a travel document/);
    expect(text).toMatch(/60 days/);
    // Trial 23: no longer 'weeks': renewals filed since 30 Oct 2025 do not extend the old card.
    expect(text).toMatch(/no longer extends the old card/);
    expect(text).not.toMatch(/not what your permission to work rests on/);
  });

  it('a J-2 EAD: travel said, and no H-1B grace period offered', () => {
    const text = notes(member('lab technician, J-2 EAD'));
    expect(text).toMatch(/valid J-2 visa stamp/);
    expect(text).not.toMatch(/60 days/);
  });

  it('near-miss: a US citizen hears no work-authorization note', () => {
    const p = member('clinical data abstractor');
    p.citizenship = 'us-citizen';
    expect(notes(p)).not.toMatch(/Work authorization/);
  });
});
