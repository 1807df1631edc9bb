import { describe, expect, it } from 'vitest';
import { seasonOptions } from '../../src/composers/application-season.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { redFlags } from '../../src/rules/redflags.js';

// A newcomer trial: with no deadline in the profile, a member whose notes said she had applied and
// interviewed this season was told about "a fellowship starting Jul 2028" and "before you apply".
// What the profile shows of the season under way now decides which start every report uses.
const DEC = '2026-12-05';
const base = (note: string, extra: Partial<Profile> = {}): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'h1b',
  target: 'ci-fellowship',
  specialty: 'internal medicine',
  medSchool: { country: 'Egypt', graduated: '2015-06' },
  exams: [
    { exam: 'step1', date: '2014-06', result: 'pass' },
    { exam: 'step2ck', date: '2015-03', result: 'pass', score: 236 },
    { exam: 'step3', date: '2021-03', result: 'pass', score: 221 },
  ],
  residencies: [
    {
      country: 'United States',
      specialty: 'internal medicine',
      from: '2021-07',
      to: '2024-06',
      completed: true,
      accreditation: 'acgme',
    },
  ],
  timeline: [
    { from: '2021-07', to: '2024-06', activity: 'us-clinical', note: 'internal medicine residency' },
    { from: '2024-08', to: 'present', activity: 'us-clinical', note },
  ],
  ...extra,
});

describe('the season a member with no deadline is in', () => {
  it.each([
    'hospitalist; applied to five CI fellowships in July and interviewed in October',
    'hospitalist, I have interviewed at 3 programs this fall',
    'hospitalist. Submitted my ERAS application in July, interviews done',
    'nocturnist; aiming at a CI fellowship for July 2027',
  ])('reads the member as applied this season: %s', (note) => {
    expect(seasonOptions(base(note), DEC)).toEqual({ appliedThisSeason: { startYear: 2027 } });
  });

  it.each([
    'hospitalist; not yet applied to fellowships',
    'hospitalist, I will apply to CI fellowships next July',
    'hospitalist; planning to apply once my contract allows',
    'hospitalist using applied machine learning on readmission data',
  ])('plans the next season when the notes show no application: %s', (note) => {
    expect(seasonOptions(base(note), DEC).nextSeason?.startYear).toBe(2028);
  });

  // Trial 17: a letter asked a year back made the report say "your applications are already with
  // programs" and "your list is final" to a member who never said she applied. An ask is not an application.
  it.each(['2026-05-02', '2025-11-15', '2026-07-20'])('never reads a letter ask date (%s) as applying', (asked) => {
    const p = base('hospitalist', {
      letters: [
        {
          writer: 'Dr. K',
          role: 'program-director',
          setting: 'us',
          physician: true,
          informatics: false,
          directObservation: true,
          year: 2024,
          asked,
        },
      ],
    });
    expect(seasonOptions(p, DEC).appliedThisSeason).toBeUndefined();
    const text = JSON.stringify(redFlags(p, DEC, seasonOptions(p, DEC)));
    expect(text).not.toMatch(/Your profile shows you applied|Your applications for this season are already/);
    expect(text).toMatch(/If you applied this season/);
  });

  it('tells an applied member the start of this season and never "before you apply"', () => {
    const p = base('hospitalist on H-1B; applied and interviewed this season');
    const r = redFlags(p, DEC, seasonOptions(p, DEC));
    const text = JSON.stringify(r);
    expect(text).toMatch(/training from July 2027/);
    expect(text).not.toMatch(/2028/);
    expect(text).not.toMatch(/before you apply/i);
  });
});

// The same trial: a Conrad 30 commitment running past the start was a soft "check with an attorney".
describe('a waiver commitment that runs past the start', () => {
  it('says starting early puts the waiver at risk and not to commit until confirmed', () => {
    const p = base(
      'hospitalist in rural Kansas on H-1B under a Conrad 30 waiver; interviewed for CI fellowships in November',
      {
        timeline: [
          {
            from: '2021-07',
            to: '2024-06',
            activity: 'us-clinical',
            note: 'internal medicine residency on an ECFMG J-1',
          },
          {
            from: '2025-09',
            to: 'present',
            activity: 'us-clinical',
            note: 'hospitalist in rural Kansas on H-1B under a Conrad 30 waiver; interviewed for CI fellowships in November',
          },
        ],
      },
    );
    const visa = redFlags(p, DEC, seasonOptions(p, DEC)).flags.find((f) => f.id === 'visa-sponsorship');
    const actions = visa!.actions.join(' ');
    expect(actions).toMatch(/starting in Jul 2027 puts the waiver and your visa at risk/);
    expect(actions).toMatch(
      /do not commit in the AMIA match .* until an immigration attorney and the state health department/,
    );
    expect(visa!.sources.map((s) => `${s.doc}#${s.section}`)).toContain('visas#j1-sponsorship');
  });
});
