/**
 * Newcomer trial 15: "CMIO office analyst, plus 2 telemedicine shifts a week" was read as no patient
 * care, so a member still seeing patients was flagged for clinical currency. Patient care a job's
 * note records (shifts worked as a clinician, seeing patients, part-time or locum work as a
 * physician) counts as clinical work, and the report says what it read; building or supporting a
 * telemedicine service, shifts as a scribe, and negated care do not. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { redFlags } from '../../src/rules/redflags.js';
import { patientCareInNote } from '../../src/core/profile/note-readings.js';
import type { Profile } from '../../src/core/profile/schema.js';

const TODAY = '2026-11-10';

function member(activity: 'informatics' | 'research' | 'non-clinical-work', note: string): Profile {
  return {
    version: 1,
    citizenship: 'us-permanent-resident',
    visa: 'not-needed',
    target: 'residency-informatics-track',
    medSchool: { country: 'Brazil', graduated: '2016-12' },
    timeline: [
      { from: '2017-01', to: '2021-06', activity: 'clinical', note: 'family physician, Belo Horizonte' },
      { from: '2021-07', to: 'present', activity, note },
    ],
  };
}

const currency = (p: Profile) => redFlags(p, TODAY).flags.find((f) => f.id === 'clinical-currency');

describe('patient care recorded in the note of a non-clinical job', () => {
  it.each([
    ['informatics', 'CMIO office analyst, plus 2 telemedicine shifts a week', 'telemedicine shifts'],
    ['informatics', 'Epic analyst; weekend urgent care shifts at a community clinic', 'urgent care shifts'],
    ['research', 'research fellow, and I still see patients in the hospitalist service on Fridays', 'see patients'],
    ['non-clinical-work', 'quality analyst at a health plan, part-time GP on Saturdays', 'part-time GP'],
  ] as const)('counts "%s: %s" as recent clinical work and says what it read', (activity, note, words) => {
    expect(patientCareInNote(note)).toBe(words);
    const p = member(activity, note);
    expect(currency(p)).toBeUndefined();
    const passed = redFlags(p, TODAY).passed ?? [];
    expect(passed.join(' ')).toContain(`("${words}")`);
    expect(passed.join(' ')).toMatch(/counts as clinical work from Jul 2021 to date/);
  });

  it.each([
    ['informatics', 'analyst supporting the telemedicine rollout'],
    ['informatics', 'built telehealth visit templates for the clinics'],
    ['non-clinical-work', 'medical scribe, night and ED shifts'],
    ['informatics', 'informatics analyst, no clinical shifts since I moved'],
  ] as const)('does not count "%s: %s" as patient care', (activity, note) => {
    expect(patientCareInNote(note)).toBeUndefined();
    const flag = currency(member(activity, note));
    expect(flag?.severity).toBe('high');
    expect(flag?.currency?.lastClinical).toBe('2021-06');
  });

  it('a past job with shifts is dated to its end, and the flag says what it read', () => {
    const p: Profile = {
      ...member('informatics', 'data analyst, with telehealth clinic sessions twice a month'),
      timeline: [
        { from: '2017-01', to: '2019-06', activity: 'clinical', note: 'rural clinic' },
        {
          from: '2019-07',
          to: '2022-02',
          activity: 'informatics',
          note: 'data analyst, with telehealth clinic sessions twice a month',
        },
        { from: '2022-03', to: 'present', activity: 'research', note: 'registry research' },
      ],
    };
    const flag = currency(p);
    expect(flag?.currency?.lastClinical).toBe('2022-02');
    expect(flag?.why).toMatch(/^Your informatics entry \("data analyst, with telehealth clinic sessions/);
    expect(flag?.why).toMatch(/That ended Feb 2022/);
  });
});
