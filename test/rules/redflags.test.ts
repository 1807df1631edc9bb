import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { monthFromIndex, monthIndex } from '../../src/core/dates.js';
import { parseProfileText } from '../../src/core/profile/parse.js';
import type { Profile } from '../../src/core/profile/schema.js';
import {
  RED_FLAG_THRESHOLDS,
  redFlags,
  renderRedFlagText,
  summariseNoFlags,
  type Flag,
  type FlagId,
} from '../../src/rules/redflags.js';
import { USCE_NOT_GIVEN } from '../../src/rules/redflag-rules/experience.js';
import { EXAMPLE_PROFILE, ROOT } from '../helpers/cli.js';
import { TODAY, clean, edit } from './redflag-rules/fixtures.js';

// The shared strong applicant that no rule flags (also used by the per-rule tests).
const profile = edit;

const flagsOf = (p: Profile, id: FlagId, today = TODAY): Flag[] => redFlags(p, today).flags.filter((f) => f.id === id);
const only = (p: Profile, id: FlagId, today = TODAY): Flag | undefined => {
  const found = flagsOf(p, id, today);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
};

describe('redFlags on clean input', () => {
  it('finds no flags and misses nothing for a complete, strong profile, and says the eligibility check passed', () => {
    const r = redFlags(clean(), TODAY);
    expect(r.flags).toEqual([]);
    expect(r.notGiven).toEqual([]);
    expect(r.passed?.[0]).toBe(
      'fellowship eligibility: your internal medicine residency in the United States (Jun 2022 – now, in progress), ACGME-accredited, meets the usual requirement of ACGME fellowships once you complete it, before the fellowship starts. For the clinical informatics boards later, ABPM also needs a current primary board certification: for your internal medicine residency that is the American Board of Internal Medicine (ABIM), whose exam you can take once you complete this residency; ABPM also accepts the AOA, the RCPSC or the CFPC. An unrestricted US or Canadian licence is also needed, and state boards usually ask for all three USMLE Steps before they grant one: your profile lists no Step 3 pass yet, so plan it during residency (check your state board).',
    );
    // What else was checked is said too, so "no red flags" never hides how a fact was read.
    expect(r.passed?.slice(1).map((x) => x.split(':')[0])).toEqual(expect.arrayContaining(['US clinical experience']));
  });

  it('lists every missing part for a bare profile, without inventing gaps or exam flags', () => {
    const r = redFlags({ version: 1 }, TODAY);
    // Only what an absent list can show: no informatics shown. US experience unknown is asked for.
    expect(r.flags.map((f) => f.id).sort()).toEqual(['weak-informatics']);
    expect(r.notGiven).toEqual([
      'exams not given — exam failures and low scores could not be checked',
      'timeline not given — gaps and clinical currency could not be checked',
      'matchAttempts not given — previous Match or fellowship cycles could not be checked',
      'professionalism not given — disciplinary history could not be checked',
      USCE_NOT_GIVEN,
      'informatics not given — counted as no informatics experience; add what you have',
      'citizenship not given — visa sponsorship could not be checked',
    ]);
    // No target either: the route it would decide is a note, not a missing check.
    expect(r.notes).toEqual([
      expect.stringMatching(/^Your route \(no target in your profile yet\): .*add every residency you started/),
    ]);
  });

  it('does not modify the profile it reads', () => {
    const p = JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Profile;
    const before = JSON.stringify(p);
    redFlags(p, TODAY);
    expect(JSON.stringify(p)).toBe(before);
  });
});

describe('exam-failure', () => {
  const withExams = (exams: NonNullable<Profile['exams']>) => profile((p) => (p.exams = exams));
  const s1fail = { exam: 'step1', date: '2019-06', result: 'fail' } as const;
  const s1pass = { exam: 'step1', date: '2019-11', result: 'pass' } as const;

  it('does not fire without a failed attempt', () => {
    expect(only(clean(), 'exam-failure')).toBeUndefined();
  });

  it('flags a single Step 1 failure as medium when later passed without a strong later exam', () => {
    const f = only(withExams([s1fail, s1pass]), 'exam-failure')!;
    expect(f.severity).toBe('medium');
    expect(f.why).toContain('Step 1: failed Jun 2019, passed Nov 2019');
  });

  it('lowers a single failure to low when a later different exam is clearly strong (floor + margin, inclusive)', () => {
    const margin = RED_FLAG_THRESHOLDS.exams.clearImprovementMargin;
    const strong = RED_FLAG_THRESHOLDS.exams.lowScoreFloor.step2ck! + margin;
    expect(strong).toBe(240);
    const at = (score: number) =>
      only(withExams([s1fail, s1pass, { exam: 'step2ck', date: '2020-05', result: 'pass', score }]), 'exam-failure')!;
    expect(at(240).severity).toBe('low');
    expect(at(239).severity).toBe('medium');
    expect(at(240).why).toContain('Step 2 CK 240 (May 2020), exactly at the 240 that reads as clearly strong');
  });

  it('does not count a strong exam taken before the failure as improvement', () => {
    const f = only(
      withExams([
        { exam: 'step2ck', date: '2020-05', result: 'pass', score: 260 },
        { exam: 'step3', date: '2021-03', result: 'fail' },
        { exam: 'step3', date: '2021-09', result: 'pass' },
      ]),
      'exam-failure',
    )!;
    expect(f.severity).toBe('medium');
  });

  it('flags two failed attempts in total as high even when both exams were passed', () => {
    const f = only(
      withExams([
        s1fail,
        s1pass,
        { exam: 'step2ck', date: '2020-05', result: 'fail' },
        { exam: 'step2ck', date: '2020-11', result: 'pass', score: 250 },
      ]),
      'exam-failure',
    )!;
    expect(f.severity).toBe('high');
    expect(f.why).toContain(
      'Step 1: failed Jun 2019, passed Nov 2019; Step 2 CK: failed May 2020, passed Nov 2020 (score 250)',
    );
    expect(f.why).toContain('2 failed attempts in total');
  });

  it('flags a failed exam never passed as high and puts passing it first', () => {
    const f = only(withExams([{ exam: 'step3', date: '2025-02', result: 'fail' }]), 'exam-failure')!;
    expect(f.severity).toBe('high');
    expect(f.why).toContain('Step 3 not passed yet');
    expect(f.actions[0]).toContain('Make passing Step 3 your first priority');
  });

  it('reports missing exams as not given', () => {
    const r = redFlags(
      profile((p) => delete p.exams),
      TODAY,
    );
    expect(r.flags.filter((f) => f.id === 'exam-failure' || f.id === 'low-score')).toEqual([]);
    expect(r.notGiven).toEqual(['exams not given — exam failures and low scores could not be checked']);
  });
});

describe('low-score', () => {
  const scored = (exam: 'step1' | 'step2ck' | 'step3', score: number, result: 'pass' | 'fail' = 'pass') =>
    profile((p) => p.exams!.push({ exam, date: '2022-03', result, score }));

  it.each([
    ['step2ck', 219, 'medium'],
    ['step2ck', 220, undefined],
    ['step3', 199, 'medium'],
    ['step3', 200, undefined],
    ['step1', 209, 'medium'],
    ['step1', 210, undefined],
  ] as const)('%s score %i → %s', (exam, score, severity) => {
    const p = profile((x) => (x.exams = [{ exam, date: '2022-03', result: 'pass', score }]));
    expect(only(p, 'low-score')?.severity).toBe(severity);
  });

  it('quotes the score, the date and the floor', () => {
    const f = only(
      profile((x) => (x.exams = [{ exam: 'step2ck', date: '2021-08', result: 'pass', score: 215 }])),
      'low-score',
    )!;
    expect(f.why).toContain('Step 2 CK 215 (Aug 2021) is 5 points below 220');
    expect(f.actions[0]).toContain('Use Step 3 to show a rising trend: 220 or more');
  });

  it('ignores a Step 1 pass without a score and a failed attempt with a low score', () => {
    expect(only(clean(), 'low-score')).toBeUndefined();
    expect(only(scored('step2ck', 180, 'fail'), 'low-score')).toBeUndefined();
  });

  it('drops to low when a later exam is clearly strong', () => {
    const p = profile(
      (x) =>
        (x.exams = [
          { exam: 'step1', date: '2019-06', result: 'pass', score: 205 },
          { exam: 'step2ck', date: '2020-06', result: 'pass', score: 245 },
        ]),
    );
    const f = only(p, 'low-score')!;
    expect(f.severity).toBe('low');
    expect(f.why).toContain('Your later Step 2 CK 245 (Jun 2020) is clearly stronger');
  });

  it('never calls a COMLEX or OET score low (no floor for those scales)', () => {
    const p = profile((x) => (x.exams = [{ exam: 'comlex2', date: '2021-01', result: 'pass', score: 420 }]));
    expect(only(p, 'low-score')).toBeUndefined();
  });
});

describe('training-gap', () => {
  /** Graduated Dec 2019, clinical 2020, then a gap of `months` of "none", then clinical to present. */
  const gapOf = (months: number, activity: 'none' | 'exam-prep' = 'none') => {
    const start = monthIndex('2021-01');
    const end = monthFromIndex(start + months - 1);
    return profile((p) => {
      delete p.residencies; // timeline-only cases
      p.medSchool = { country: 'India', graduated: '2019-12' };
      p.timeline = [
        { from: '2020-01', to: '2020-12', activity: 'clinical' },
        ...(months > 0 ? [{ from: '2021-01', to: end, activity }] : []),
        { from: monthFromIndex(start + months), to: 'present', activity: 'clinical' },
      ];
    });
  };

  it.each([
    [5, undefined],
    [6, 'low'],
    [11, 'low'],
    [12, 'medium'],
    [23, 'medium'],
    [24, 'high'],
  ] as const)('a %i-month gap → %s', (months, severity) => {
    expect(only(gapOf(months), 'training-gap')?.severity).toBe(severity);
  });

  it('gives scripts the dates of each gap and quotes the timeline in why', () => {
    const f = only(gapOf(9), 'training-gap')!;
    expect(f.gap).toEqual({
      from: '2021-01',
      to: '2021-09',
      months: 9,
      ongoing: false,
      activities: ['none'],
      uncoveredMonths: 0,
    });
    expect(f.why).toBe('Jan 2021 – Sep 2021 (9 months): your timeline lists no activity');
    expect(f.title).toBe('Training gap: Jan 2021 – Sep 2021 (9 months)');
    expect(f.actions.some((a) => a.includes('Jan 2021 – Sep 2021'))).toBe(true);
  });

  it('says when months are not on the timeline at all', () => {
    const p = profile((x) => {
      delete x.residencies; // timeline-only cases
      x.medSchool = { country: 'India', graduated: '2019-12' };
      x.timeline = [
        { from: '2020-01', to: '2020-12', activity: 'clinical' },
        { from: '2022-01', to: 'present', activity: 'clinical' },
      ];
    });
    const f = only(p, 'training-gap')!;
    expect(f.why).toBe('Jan 2021 – Dec 2021 (1 year): nothing on your timeline covers these months');
    expect(f.gap?.uncoveredMonths).toBe(12);
    expect(f.actions[0]).toContain('Fill in Jan 2021 – Dec 2021');
  });

  it('reports an ongoing gap up to today and urges starting something now', () => {
    const p = profile((x) => {
      delete x.residencies; // timeline-only cases
      x.medSchool = { country: 'India', graduated: '2019-12' };
      x.timeline = [{ from: '2020-01', to: '2025-12', activity: 'clinical' }];
    });
    const f = only(p, 'training-gap')!;
    expect(f.gap).toMatchObject({ from: '2026-01', to: '2026-11', months: 11, ongoing: true });
    expect(f.why).toContain('still ongoing');
    expect(f.actions.some((a) => a.startsWith('This gap is still open'))).toBe(true);
  });

  it('reads a stretch of nothing but exam preparation, a year or less, as no gap at all', () => {
    // Different lengths and notes: the reading is "only exam preparation, within the ordinary year".
    for (const [to, note] of [
      ['2020-07', 'USMLE prep'],
      ['2020-12', 'studying for Step 2 CK and the OET at home'],
      ['2020-06', ''],
    ] as const) {
      const p = profile((x) => {
        delete x.residencies; // timeline-only cases
        x.medSchool = { country: 'India', graduated: '2019-12' };
        x.exams = [{ exam: 'step1', date: '2020-06', result: 'pass' }];
        x.timeline = [
          { from: '2020-01', to, activity: 'exam-prep', ...(note ? { note } : {}) },
          {
            from: to === '2020-12' ? '2021-01' : to === '2020-07' ? '2020-08' : '2020-07',
            to: 'present',
            activity: 'clinical',
          },
        ];
      });
      expect(only(p, 'training-gap'), `${to} ${note}`).toBeUndefined();
    }
  });

  it('still weighs exam preparation that runs past a year, or shares its stretch with other months', () => {
    const longPrep = profile((x) => {
      delete x.residencies;
      x.medSchool = { country: 'India', graduated: '2019-12' };
      x.exams = [{ exam: 'step1', date: '2021-02', result: 'pass' }];
      x.timeline = [
        { from: '2020-01', to: '2021-01', activity: 'exam-prep', note: 'USMLE prep' },
        { from: '2021-02', to: 'present', activity: 'clinical' },
      ];
    });
    const f = only(longPrep, 'training-gap')!;
    expect(f.why).toBe(
      'Jan 2020 – Jan 2021 (1 year 1 month): your timeline lists exam preparation ("USMLE prep"). All of it was exam preparation: up to a year of preparation is ordinary for an IMG, so the severity counts 1 month of the 1 year 1 month (programs still ask what the preparation led to)',
    );
    expect(f.actions).toContain('Tie the exam preparation to its result: Step 1 passed Feb 2021.');
    // Seven months of preparation after four months of caring for a parent: the preparation is its
    // own ordinary stretch, and four months of care alone are under the six a gap needs.
    const mixed = profile((x) => {
      delete x.residencies;
      x.medSchool = { country: 'India', graduated: '2019-12' };
      x.timeline = [
        { from: '2020-01', to: '2020-04', activity: 'personal', note: 'looked after my mother' },
        { from: '2020-05', to: '2020-11', activity: 'exam-prep' },
        { from: '2020-12', to: 'present', activity: 'clinical' },
      ];
    });
    expect(only(mixed, 'training-gap')).toBeUndefined();
    // Preparation after months the timeline leaves blank: three blank months are no gap either.
    const blank = profile((x) => {
      delete x.residencies;
      x.medSchool = { country: 'India', graduated: '2019-12' };
      x.timeline = [
        { from: '2020-04', to: '2020-10', activity: 'exam-prep' },
        { from: '2020-11', to: 'present', activity: 'clinical' },
      ];
    });
    expect(only(blank, 'training-gap')).toBeUndefined();
    // Eight blank months before the preparation are a gap of their own, without its months.
    const longBlank = profile((x) => {
      delete x.residencies;
      x.medSchool = { country: 'India', graduated: '2019-12' };
      x.timeline = [
        { from: '2020-09', to: '2021-03', activity: 'exam-prep' },
        { from: '2021-04', to: 'present', activity: 'clinical' },
      ];
    });
    expect(only(longBlank, 'training-gap')?.gap).toMatchObject({
      from: '2020-01',
      to: '2020-08',
      months: 8,
      uncoveredMonths: 8,
    });
  });

  it('reports a missing timeline as not given, never as a gap', () => {
    const r = redFlags(
      profile((p) => delete p.timeline),
      TODAY,
    );
    expect(r.flags.map((f) => f.id)).not.toContain('training-gap');
    expect(r.flags.map((f) => f.id)).not.toContain('clinical-currency');
    expect(r.notGiven).toEqual(['timeline not given — gaps and clinical currency could not be checked']);
  });

  it('reports a missing graduation date as not given for gaps', () => {
    const r = redFlags(
      profile((p) => delete p.medSchool),
      TODAY,
    );
    expect(r.notGiven).toEqual([
      'medSchool.graduated not given — gaps could not be checked (they count from graduation)',
    ]);
  });

  it('emits one flag per gap, each with its own severity, in date order within a severity', () => {
    const p = profile((x) => {
      delete x.residencies; // timeline-only cases
      x.medSchool = { country: 'India', graduated: '2015-12' };
      x.timeline = [
        { from: '2016-07', to: '2017-12', activity: 'clinical' }, // gap 1: Jan–Jun 2016, 6 months
        { from: '2018-07', to: '2019-12', activity: 'clinical' }, // gap 2: Jan–Jun 2018, 6 months
        { from: '2022-01', to: 'present', activity: 'clinical' }, // gap 3: 2020–2021, 24 months
      ];
    });
    const gapsFound = flagsOf(p, 'training-gap').map((f) => [f.gap?.from, f.severity]);
    expect(gapsFound).toEqual([
      ['2020-01', 'high'],
      ['2016-01', 'low'],
      ['2018-01', 'low'],
    ]);
  });
});

describe('clinical-currency', () => {
  /** Clinical work ending `monthsAgo` months before Nov 2026, informatics since, so no gap. */
  const lastClinicalAgo = (monthsAgo: number) => {
    const end = monthIndex('2026-11') - monthsAgo;
    return profile((p) => {
      delete p.residencies; // timeline-only cases
      p.medSchool = { country: 'India', graduated: '2015-12' };
      p.timeline = [
        { from: '2016-01', to: monthFromIndex(end), activity: 'clinical', note: 'medicine, Pune' },
        { from: monthFromIndex(end + 1), to: 'present', activity: 'informatics' },
      ];
    });
  };

  it.each([
    [24, undefined],
    [25, 'medium'],
    [47, 'medium'],
    [48, 'high'],
  ] as const)('last clinical work %i months ago → %s', (monthsAgo, severity) => {
    expect(only(lastClinicalAgo(monthsAgo), 'clinical-currency')?.severity).toBe(severity);
  });

  it('says which entry it used and how long ago', () => {
    const f = only(lastClinicalAgo(25), 'clinical-currency')!;
    expect(f.why).toBe(
      'Your last clinical work on your timeline ("medicine, Pune") ended Oct 2024, 2 years 1 month before today (Nov 2026).',
    );
    expect(f.currency).toEqual({ lastClinical: '2024-10', basis: 'timeline', monthsSince: 25 });
    expect(f.actions[0]).toContain('your informatics work since Nov 2024');
  });

  it('counts from graduation when the timeline has no clinical entry, and says so', () => {
    const p = profile((x) => {
      delete x.residencies; // timeline-only cases
      x.medSchool = { country: 'India', graduated: '2019-12' };
      x.timeline = [{ from: '2020-01', to: 'present', activity: 'research' }];
    });
    const f = only(p, 'clinical-currency')!;
    expect(f.severity).toBe('high');
    expect(f.currency).toEqual({ lastClinical: '2019-12', basis: 'graduation', monthsSince: 83 });
    expect(f.why).toContain('counts from graduation (Dec 2019)');
  });

  it('does not fire for ongoing clinical work', () => {
    expect(only(clean(), 'clinical-currency')).toBeUndefined();
  });
});

describe('multiple-match-attempts', () => {
  it.each([
    [0, undefined],
    [1, undefined],
    [2, 'medium'],
    [3, 'high'],
  ] as const)('%i previous attempts → %s', (n, severity) => {
    expect(
      only(
        profile((p) => (p.matchAttempts = n)),
        'multiple-match-attempts',
      )?.severity,
    ).toBe(severity);
  });

  it('adds the visa angle for members who need a visa', () => {
    const f = only(
      profile((p) => {
        p.matchAttempts = 2;
        p.citizenship = 'non-us';
        p.visa = 'j1';
      }),
      'multiple-match-attempts',
    )!;
    expect(f.why).toBe('You list 2 previous unsuccessful Match or fellowship cycles.');
    expect(f.sources).toContainEqual({ doc: 'visas', section: 'visa-as-logistics-risk' });
  });
});

describe('professionalism', () => {
  it('flags any entry as high and names unremediated ones', () => {
    const f = only(
      profile((p) => (p.professionalism = [{ kind: 'probation', date: '2021-03', note: 'late to clinic' }])),
      'professionalism',
    )!;
    expect(f.severity).toBe('high');
    expect(f.why).toBe(
      'Your profile lists probation (Mar 2021), remediation not stated: "late to clinic". 1 entry is not marked as remediated.',
    );
    expect(f.actions[0]).toMatch(/^Disclose it in full/);
    expect(f.actions.some((a) => a.includes('probation of Mar 2021 is not marked as remediated'))).toBe(true);
  });

  it('does not ask to remediate what is already remediated, but still asks for corroborating letters', () => {
    const f = only(
      profile((p) => (p.professionalism = [{ kind: 'report', date: '2020-02', remediated: true }])),
      'professionalism',
    )!;
    expect(f.severity).toBe('high');
    expect(f.actions.some((a) => a.includes('not marked as remediated'))).toBe(false);
    expect(
      f.actions.some((a) => a.includes('None of your listed letters is marked as addressing professionalism')),
    ).toBe(true);
  });

  it('does not fire on an empty list', () => {
    expect(only(clean(), 'professionalism')).toBeUndefined();
  });
});

describe('limited-usce', () => {
  /** A member with no residency on record, so only the usce list speaks. */
  const usce = (months: number, handsOn = true, kind: 'externship' | 'observership' | 'research' = 'externship') =>
    profile((p) => {
      delete p.residencies;
      p.usce = [{ kind, months, ehr: 'Cerner', handsOn }];
    });

  it.each([
    [0, 'high'],
    [2.9, 'medium'],
    [3, undefined],
  ] as const)('%f hands-on months → %s', (months, severity) => {
    expect(only(usce(months), 'limited-usce')?.severity).toBe(severity);
  });

  it.each(['observership', 'research'] as const)('names a %s but does not count it, however long', (kind) => {
    const f = only(usce(12, false, kind), 'limited-usce')!;
    expect(f.severity).toBe('high');
    expect(f.title).toBe('No hands-on US clinical experience');
    expect(f.why).toContain(`Not counted: ${kind}, 1 year, Cerner`);
    expect(f.why).toContain(kind === 'observership' ? 'observing only, with no patient care' : 'not clinical work');
  });

  it('counts the hands-on part of a mix and names the rest', () => {
    const p = profile((x) => {
      delete x.residencies;
      x.usce = [
        { kind: 'elective', months: 1, ehr: 'Epic', handsOn: true },
        { kind: 'observership', months: 4 },
      ];
    });
    const f = only(p, 'limited-usce')!;
    expect(f.severity).toBe('medium');
    expect(f.title).toBe('Limited hands-on US clinical experience: 1 month');
    expect(f.why).toContain(
      'Hands-on US clinical experience: 1 month in total (elective, 1 month, Epic, hands-on EHR use)',
    );
    expect(f.why).toContain('Not counted: observership, 4 months');
    expect(f.actions[0]).toContain('Add at least 2 months more of hands-on USCE');
  });

  it('counts a US residency listed only under residencies as hands-on time', () => {
    const p = profile((x) => (x.usce = [{ kind: 'observership', months: 1 }]));
    expect(only(p, 'limited-usce')).toBeUndefined(); // the clean profile's US residency since 2022
  });

  it('does not count a residency abroad', () => {
    const p = profile((x) => {
      x.usce = [];
      x.residencies = [
        { country: 'Egypt', specialty: 'internal medicine', from: '2019-01', to: '2022-01', completed: true },
      ];
    });
    expect(only(p, 'limited-usce')?.severity).toBe('high');
  });

  it('notes when none of it was hands-on with a US EHR', () => {
    expect(only(usce(2, false), 'limited-usce')!.why).toContain('None of it was hands-on with a US EHR.');
    expect(only(usce(2, true), 'limited-usce')!.why).not.toContain('hands-on with a US EHR');
  });

  it('asks for the exact months still missing', () => {
    expect(only(usce(2.9), 'limited-usce')!.actions[0]).toContain('Add at least 0.1 months more');
  });

  it('does not judge a missing usce list as none: no limited-usce flag, and the list is asked for', () => {
    const r = redFlags(
      profile((p) => {
        delete p.usce;
        p.residencies = [];
        p.target = 'residency-informatics-track';
      }),
      TODAY,
    );
    expect(r.flags.map((x) => x.id)).not.toContain('limited-usce');
    expect(r.notGiven).toEqual([USCE_NOT_GIVEN]);
  });
});

describe('weak-informatics', () => {
  const info = (items: NonNullable<Profile['informatics']>, target: Profile['target'] = 'ci-fellowship') =>
    profile((p) => {
      p.informatics = items;
      p.target = target;
    });

  it.each(['project', 'job', 'research', 'publication', 'degree'] as const)('a %s is enough', (kind) => {
    expect(only(info([{ kind, title: 'x' }]), 'weak-informatics')).toBeUndefined();
  });

  it('flags courses and certificates alone as medium, quoting them', () => {
    const f = only(
      info([
        { kind: 'course', title: 'SQL for healthcare data' },
        { kind: 'certificate', title: 'Health IT basics' },
      ]),
      'weak-informatics',
    )!;
    expect(f.severity).toBe('medium');
    expect(f.why).toContain('"SQL for healthcare data" (course) and "Health IT basics" (certificate)');
    expect(f.actions[0]).toContain('Turn "SQL for healthcare data" into a small project');
  });

  it('is high for an empty list when targeting a CI fellowship, medium for a residency track', () => {
    expect(only(info([]), 'weak-informatics')!.severity).toBe('high');
    expect(only(info([], 'residency-informatics-track'), 'weak-informatics')!.severity).toBe('medium');
  });

  it('treats a missing list as empty and says so', () => {
    const r = redFlags(
      profile((p) => delete p.informatics),
      TODAY,
    );
    expect(r.flags.find((f) => f.id === 'weak-informatics')!.severity).toBe('high');
    expect(r.notGiven).toEqual(['informatics not given — counted as no informatics experience; add what you have']);
  });
});

describe('visa-sponsorship', () => {
  const visa = (v: Profile['visa'], edit: (p: Profile) => void = () => {}) =>
    profile((p) => {
      p.citizenship = 'non-us';
      p.visa = v;
      edit(p);
    });

  it('flags a non-US citizen who needs a J-1 as low, with ECFMG, the Statement of Need and the limits', () => {
    const f = only(visa('j1'), 'visa-sponsorship')!;
    expect(f.severity).toBe('low');
    expect(f.why).toMatch(/^You are not a US citizen or permanent resident and would need a J-1 visa for training\./);
    const text = f.actions.join(' ');
    expect(text).toContain('sponsored by ECFMG');
    expect(text).toContain('Statement of Need');
    expect(text).toContain('clinical informatics for a CI fellowship');
    expect(text).toContain('7 years');
    expect(text).toContain('two years in your home country');
    expect(f.sources).toContainEqual({ doc: 'visas', section: 'j1-sponsorship' });
    expect(f.sources).toContainEqual({ doc: 'visas', section: 'sponsorship-history' });
  });

  it('names Step 3 as required for H-1B and raises it to medium while Step 3 is not passed', () => {
    const none = only(visa('h1b'), 'visa-sponsorship')!;
    expect(none.severity).toBe('medium');
    expect(none.title).toBe('Visa sponsorship needed (H-1B): Step 3 not passed yet');
    expect(none.why).toContain(
      'requires all USMLE Steps passed, Step 3 included; your profile lists no Step 3 pass yet',
    );
    const failed = only(
      visa('h1b', (p) => p.exams!.push({ exam: 'step3', date: '2025-03', result: 'fail' })),
      'visa-sponsorship',
    )!;
    expect(failed.why).toContain('a Step 3 attempt that did not pass');
    const passed = only(
      visa('h1b', (p) => {
        p.exams!.push({ exam: 'step3', date: '2025-03', result: 'pass', score: 230 });
        // No US training yet: no H-1B time to project (that raises it on its own: standing.test.ts).
        p.residencies = [];
        p.timeline = (p.timeline ?? []).filter((t) => t.activity !== 'us-clinical');
      }),
      'visa-sponsorship',
    )!;
    expect(passed.severity).toBe('low');
    expect(passed.why).toContain('your profile shows Step 3 passed (Mar 2025)');
    expect(passed.actions.join(' ')).toContain('6 years in total');
    expect(passed.sources).toContainEqual({ doc: 'visas', section: 'h1b-for-training' });
  });

  it('counts US residency time toward the H-1B limit where the profile shows it', () => {
    const f = only(
      visa('h1b', (p) => {
        p.timeline = []; // the residency alone (US clinical work after it counts too: standing.test.ts)
        p.residencies = [
          {
            country: 'USA',
            specialty: 'internal medicine',
            from: '2021-07',
            to: '2024-06',
            completed: true,
            accreditation: 'acgme',
          },
        ];
      }),
      'visa-sponsorship',
    )!;
    expect(f.why).toContain(
      'Your profile shows about 3 years of US residency (Jul 2021 – Jun 2024); if it was on H-1B, it counts toward the 6-year limit; a fellowship starting Jul 2027 (typically 2 years) would bring it to about 5 years by its end: within the limit.',
    );
    expect(f.severity).toBe('medium'); // Step 3 not passed; the time itself fits
  });

  it('reads H-1B time from the member’s own notes and warns when a fellowship would pass the six-year limit', () => {
    const f = only(
      visa('h1b', (p) => {
        p.exams!.push({ exam: 'step3', date: '2022-03', result: 'pass', score: 230 });
        p.timeline = [
          { from: '2019-09', to: '2019-11', activity: 'us-clinical', note: 'externship' },
          { from: '2021-07', to: '2024-06', activity: 'us-clinical', note: 'IM residency (H-1B)' },
          { from: '2024-07', to: 'present', activity: 'us-clinical', note: 'hospitalist, cap-exempt H-1B' },
        ];
        p.residencies = [
          { country: 'USA', specialty: 'internal medicine', from: '2021-07', to: '2024-06', completed: true },
        ];
      }),
      'visa-sponsorship',
    )!;
    expect(f.why).toContain('Your timeline shows about 5 years 4 months on H-1B so far (Jul 2021 – now)');
    // The time until the fellowship starts counts too: Jul 2021 to Jun 2027 is six years already.
    expect(f.why).toContain(
      'If you stay on H-1B until a fellowship starting Jul 2027 (typically 2 years), you would have about 6 years by its start and about 8 years by its end: past the limit.',
    );
    expect(f.severity).toBe('medium');
    expect(f.actions.join(' ')).toMatch(
      /going past six years is possible only in specific cases \(recapturing days spent outside the US/,
    );
  });

  it('names the J-1 years already used and what a fellowship adds, against the seven-year limit', () => {
    const f = only(
      visa('j1', (p) => {
        p.residencies = [
          { country: 'USA', specialty: 'internal medicine', from: '2024-07', to: 'present', completed: false },
        ];
      }),
      'visa-sponsorship',
    )!;
    // The residency's remaining months count before the fellowship starts (July 2027).
    expect(f.why).toContain(
      'about 2 years 4 months of US residency (Jul 2024 – now); if it was on J-1, it counts toward the 7-year limit. If you stay on J-1 until a fellowship starting Jul 2027 (typically 2 years), you would have about 3 years by its start and about 5 years by its end: within the limit.',
    );
    expect(f.severity).toBe('low');
  });

  it('compares J-1 and H-1B, Step 3 included, for a member who has not decided', () => {
    const f = only(visa('undecided'), 'visa-sponsorship')!;
    expect(f.actions[0]).toMatch(/Statement of Need.*Step 3/);
  });

  it('gives no visa advice to US citizens or permanent residents, whatever visa field they set', () => {
    for (const citizenship of ['us-citizen', 'us-permanent-resident'] as const) {
      for (const v of ['j1', 'h1b', 'undecided'] as const) {
        const p = profile((x) => {
          x.citizenship = citizenship;
          x.visa = v;
        });
        expect(only(p, 'visa-sponsorship')).toBeUndefined();
        // The one visa sentence they get is the checked line saying none is needed.
        const r = redFlags(p, TODAY);
        const noVisa = `Visa: as a US ${citizenship === 'us-citizen' ? 'citizen' : 'permanent resident'}, you need no visa for training.`;
        expect(r.passed).toContain(noVisa);
        expect(JSON.stringify(r).split(noVisa).join('')).not.toMatch(/J-1|H-1B|visa/i);
      }
    }
  });

  it('does not fire when no visa is needed, and reports missing citizenship', () => {
    expect(only(visa('not-needed'), 'visa-sponsorship')).toBeUndefined();
    expect(
      redFlags(
        profile((p) => delete p.citizenship),
        TODAY,
      ).notGiven,
    ).toEqual(['citizenship not given — visa sponsorship could not be checked']);
  });
});

describe('fellowship-eligibility', () => {
  const res = (over: Partial<NonNullable<Profile['residencies']>[number]> = {}) => ({
    country: 'Egypt',
    specialty: 'internal medicine',
    from: '2019-12',
    to: '2022-06',
    completed: true,
    ...over,
  });
  const withResidencies = (residencies: NonNullable<Profile['residencies']> | undefined, edit = (_: Profile) => {}) =>
    profile((p) => {
      if (residencies) p.residencies = residencies;
      else delete p.residencies;
      edit(p);
    });

  it('is high for a member whose only residency was abroad, and says why with the routes', () => {
    const f = only(withResidencies([res({ accreditation: 'other' })]), 'fellowship-eligibility')!;
    expect(f.severity).toBe('high');
    expect(f.why).toContain('internal medicine residency in Egypt (Dec 2019 – Jun 2022, completed)');
    expect(f.why).toContain('ACGME-accredited program, or an RCPSC- or CFPC-accredited program in Canada');
    expect(f.why).toContain('exceptionally qualified');
    expect(f.why).toMatch(/primary board certification from an ABMS member board, the AOA, the RCPSC or the CFPC/);
    const actions = f.actions.join(' ');
    expect(actions).toContain('US (ACGME-accredited) residency first');
    expect(actions).toContain('NRMP Main Residency Match');
    expect(actions).toContain('GME committee');
    expect(actions).toMatch(/master’s degree/);
    expect(f.sources.every((s) => s.doc === 'ci-pathway')).toBe(true);
  });

  it('is high with no residency at all, and for a US residency left before completion', () => {
    expect(only(withResidencies([]), 'fellowship-eligibility')?.title).toBe('Fellowship eligibility: no residency yet');
    expect(only(withResidencies([]), 'fellowship-eligibility')?.severity).toBe('high');
    const left = only(
      withResidencies([res({ country: 'United States', to: '2021-01', completed: false, accreditation: 'acgme' })]),
      'fellowship-eligibility',
    )!;
    expect(left.severity).toBe('high');
    expect(left.why).toContain('left before completion');
  });

  it.each([
    ['a completed ACGME residency', { country: 'United States', accreditation: 'acgme' }],
    ['an ACGME residency in progress', { country: 'USA', to: 'present', completed: false, accreditation: 'acgme' }],
    ['a completed RCPSC residency', { country: 'Canada', accreditation: 'rcpsc' }],
    ['a CFPC residency in progress', { country: 'Canada', to: 'present', completed: false, accreditation: 'cfpc' }],
    ['a US residency with no accreditation given', { country: 'United States' }],
  ] as const)('is not raised for %s', (_name, over) => {
    expect(only(withResidencies([res(over)]), 'fellowship-eligibility')).toBeUndefined();
  });

  it('is not raised when a foreign residency is followed by an accepted one', () => {
    const p = withResidencies([
      res(),
      res({ country: 'United States', from: '2023-07', to: 'present', completed: false }),
    ]);
    expect(only(p, 'fellowship-eligibility')).toBeUndefined();
  });

  it('is medium for ACGME International training', () => {
    const f = only(withResidencies([res({ country: 'Qatar', accreditation: 'acgme-i' })]), 'fellowship-eligibility')!;
    expect(f.severity).toBe('medium');
    expect(f.title).toBe('Fellowship eligibility: ACGME International training only');
  });

  it('asks for the accreditation when it had to assume it from the country', () => {
    const f = only(withResidencies([res()]), 'fellowship-eligibility')!;
    expect(f.why).toContain('no accreditation given');
    expect(f.actions.join(' ')).toContain('Add the accreditation of each residency');
  });

  it('says a qualifying board would meet the board rule, leaving fellowship entry as the question', () => {
    const f = only(
      withResidencies([res({ accreditation: 'other' })], (p) => {
        p.boardCertification = [{ board: 'abms', specialty: 'internal medicine' }];
      }),
      'fellowship-eligibility',
    )!;
    expect(f.why).toContain('would meet the clinical informatics boards’ primary-certification rule');
    expect(f.actions.join(' ')).not.toContain('would not give you');
  });

  it('only applies to a CI fellowship target', () => {
    const p = withResidencies([], (x) => (x.target = 'residency-informatics-track'));
    expect(only(p, 'fellowship-eligibility')).toBeUndefined();
    expect(redFlags(p, TODAY).notGiven).toEqual([]);
  });

  it('asks for residencies when they are not given, pointing at a timeline note that names one', () => {
    const r = redFlags(withResidencies(undefined), TODAY);
    expect(r.flags.map((f) => f.id)).not.toContain('fellowship-eligibility');
    expect(r.notGiven).toEqual([
      'residencies not given — fellowship eligibility could not be checked; add every residency you started, in the US or abroad (country, specialty, years, completed), or "none". Your timeline mentions one ("IM residency, Ohio"): add it under residencies so the advisor can tell whether CI fellowships and the CI boards accept it',
    ]);
  });

  it('leads the report among high flags: it decides the whole route', () => {
    const p = withResidencies([], (x) => {
      x.professionalism = [{ kind: 'report', date: '2023-01', remediated: true }];
    });
    expect(
      redFlags(p, TODAY)
        .flags.map((f) => f.id)
        .slice(0, 2),
    ).toEqual(['fellowship-eligibility', 'professionalism']);
  });
});

describe('gap severity fits the target', () => {
  /** Graduated Jun 2014, a 30-month gap, then a residency from Jan 2017 (US or abroad), then informatics. */
  const gapBefore = (residency: Partial<NonNullable<Profile['residencies']>[number]>, target: Profile['target']) =>
    profile((p) => {
      p.target = target;
      p.medSchool = { country: 'India', graduated: '2014-06' };
      p.timeline = [
        { from: '2014-07', to: '2016-12', activity: 'none' },
        { from: '2020-01', to: 'present', activity: 'informatics' },
      ];
      p.residencies = [
        {
          country: 'United States',
          specialty: 'pediatrics',
          from: '2017-01',
          to: '2019-12',
          completed: true,
          accreditation: 'acgme',
          ...residency,
        },
      ];
    });

  it('is at most low for a fellowship when a US residency was completed after the gap', () => {
    const f = only(gapBefore({}, 'ci-fellowship'), 'training-gap')!;
    expect(f.gap?.months).toBe(30);
    expect(f.severity).toBe('low');
    expect(f.why).toContain('It ended before your pediatrics residency (completed)');
    expect(f.actions[0]).toContain('Keep it short');
  });

  it('does not follow "keep it short" with the long-explanation advice meant for gaps programs weigh', () => {
    const f = only(gapBefore({}, 'ci-fellowship'), 'training-gap')!;
    const text = f.actions.join(' ');
    expect(text).not.toMatch(/2–3 sentences|Tell a mentor|turns the gap into career development/);
    expect(text).toMatch(/dated ERAS experience entry/);
    const open = only(gapBefore({}, 'residency-informatics-track'), 'training-gap')!;
    expect(open.actions.join(' ')).toMatch(/2–3 sentences/);
  });

  it('keeps its length-based severity for a residency track, and after a residency abroad', () => {
    expect(only(gapBefore({}, 'residency-informatics-track'), 'training-gap')?.severity).toBe('high');
    expect(
      only(gapBefore({ country: 'India', accreditation: 'other' }, 'ci-fellowship'), 'training-gap')?.severity,
    ).toBe('high');
  });

  it('keeps an open gap at its length-based severity even after a US residency', () => {
    const p = profile((x) => {
      x.medSchool = { country: 'India', graduated: '2014-06' };
      x.timeline = [{ from: '2014-07', to: '2024-06', activity: 'us-clinical' }];
      x.residencies = [
        {
          country: 'US',
          specialty: 'pediatrics',
          from: '2021-07',
          to: '2024-06',
          completed: true,
          accreditation: 'acgme',
        },
      ];
    });
    const f = only(p, 'training-gap')!;
    expect(f.gap?.ongoing).toBe(true);
    expect(f.severity).toBe('high'); // Jul 2024 – Nov 2026, 29 months, still open
  });

  it('never treats the months of a residency as a gap, even when the timeline leaves them out', () => {
    const p = profile((x) => {
      x.medSchool = { country: 'India', graduated: '2014-06' };
      x.timeline = [{ from: '2014-07', to: '2016-12', activity: 'clinical' }];
      x.residencies = [
        {
          country: 'US',
          specialty: 'pediatrics',
          from: '2017-01',
          to: 'present',
          completed: false,
          accreditation: 'acgme',
        },
      ];
    });
    expect(only(p, 'training-gap')).toBeUndefined();
    expect(only(p, 'clinical-currency')).toBeUndefined();
  });
});

describe('clinical currency and observing', () => {
  it('is not reset by an observership or research after the last clinical work, and says why', () => {
    const p = profile((x) => {
      delete x.residencies;
      x.medSchool = { country: 'India', graduated: '2015-12' };
      x.timeline = [
        { from: '2016-01', to: '2021-12', activity: 'clinical', note: 'medicine, Pune' },
        { from: '2022-01', to: '2024-12', activity: 'research' },
        { from: '2025-01', to: 'present', activity: 'observership', note: 'cardiology, Boston' },
      ];
    });
    const f = only(p, 'clinical-currency')!;
    expect(f.severity).toBe('high');
    expect(f.currency?.lastClinical).toBe('2021-12');
    expect(f.why).toContain(
      'research (Jan 2022 – Dec 2024) and observership (Jan 2025 – Nov 2026) since then do not reset this',
    );
    expect(f.actions.join(' ')).toContain('an observership alone does not restore clinical currency');
    expect(only(p, 'training-gap')).toBeUndefined(); // observing and research are not gaps
  });

  it('reads a residency listed only under residencies as the last clinical work', () => {
    const p = profile((x) => {
      x.medSchool = { country: 'India', graduated: '2015-12' };
      x.timeline = [{ from: '2022-07', to: 'present', activity: 'informatics' }];
      x.residencies = [{ country: 'India', specialty: 'surgery', from: '2016-01', to: '2022-06', completed: true }];
    });
    const f = only(p, 'clinical-currency')!;
    expect(f.why).toMatch(/^Your last clinical work \(your surgery residency, India\) ended Jun 2022/);
  });
});

describe('the example profile', () => {
  const parsed = parseProfileText(readFileSync(EXAMPLE_PROFILE, 'utf8'), TODAY);
  if (!parsed.ok) throw new Error(parsed.error.join('; '));
  const example = parsed.value;

  it('produces exactly the flags its facts imply, most severe first', () => {
    const report = redFlags(example, TODAY);
    expect(report.flags.map((f) => [f.id, f.severity])).toEqual([
      ['clinical-currency', 'high'], // last clinical Jun 2022 → 53 months
      ['limited-usce', 'high'], // 2 months observership: watching only, 0 hands-on months
      ['exam-failure', 'low'], // Step 1 fail then pass, Step 2 CK 247
      ['training-gap', 'low'], // Aug 2018 – Nov 2019 exam-prep, 16 months: 4 weigh beyond the ordinary year
      ['training-gap', 'low'], // Jul 2022 – Mar 2023 "none", 9 months
      ['visa-sponsorship', 'low'], // non-US, J-1
    ]);
    // The example predates `residencies`: the report asks for them, naming the timeline's note.
    expect(report.notGiven).toEqual([
      expect.stringMatching(
        /^residencies not given — fellowship eligibility could not be checked.*"internal medicine residency, Cairo"/,
      ),
    ]);
  });

  it('quotes the member’s own dates and scores', () => {
    const report = redFlags(example, TODAY);
    const byId = (id: FlagId) => report.flags.filter((f) => f.id === id);
    expect(byId('exam-failure')[0]!.why).toContain(
      'Step 1: failed Jun 2019, passed Nov 2019; Step 2 CK: passed May 2020 (score 247)',
    );
    expect(byId('training-gap').map((f) => f.why)).toEqual([
      'Aug 2018 – Nov 2019 (1 year 4 months): your timeline lists exam preparation ("USMLE preparation"). All of it was exam preparation: up to a year of preparation is ordinary for an IMG, so the severity counts 4 months of the 1 year 4 months (programs still ask what the preparation led to)',
      'Jul 2022 – Mar 2023 (9 months): your timeline lists no activity',
    ]);
    expect(byId('training-gap').map((f) => f.gap?.months)).toEqual([16, 9]);
    expect(byId('clinical-currency')[0]!.currency).toEqual({
      lastClinical: '2022-06',
      basis: 'timeline',
      monthsSince: 53,
    });
    expect(byId('limited-usce')[0]!.why).toContain('Not counted: observership, 2 months, Epic, no hands-on EHR use');
    expect(byId('training-gap')[0]!.actions).toContain(
      'Tie the exam preparation to its result: Step 1 passed Nov 2019.',
    );
  });

  it('gives every flag a title, why, actions and sources that exist in the knowledge guides', () => {
    const report = redFlags(example, TODAY);
    for (const f of report.flags) {
      expect(f.title).not.toBe('');
      expect(f.why).not.toBe('');
      expect(f.actions.length).toBeGreaterThanOrEqual(3);
      for (const s of f.sources) {
        const guide = readFileSync(join(ROOT, 'knowledge', `${s.doc}.md`), 'utf8');
        expect(guide, `${s.doc}#${s.section}`).toContain(`{#${s.section}}`);
      }
    }
  });
});

describe('severity sorting', () => {
  it('puts high before medium before low and keeps rule order within a severity', () => {
    const p = profile((x) => {
      x.citizenship = 'non-us';
      x.visa = 'j1'; // visa-sponsorship low
      x.matchAttempts = 2; // medium
      x.professionalism = [{ kind: 'report', date: '2023-01', remediated: true }]; // high
      x.exams = [
        { exam: 'step1', date: '2019-06', result: 'fail' },
        { exam: 'step1', date: '2019-11', result: 'pass' },
        { exam: 'step2ck', date: '2020-06', result: 'pass', score: 250 }, // exam-failure low
      ];
      delete x.residencies;
      x.target = 'residency-informatics-track';
      x.usce = [{ kind: 'elective', months: 1 }]; // limited-usce medium
    });
    expect(redFlags(p, TODAY).flags.map((f) => [f.id, f.severity])).toEqual([
      ['professionalism', 'high'],
      ['multiple-match-attempts', 'medium'],
      ['limited-usce', 'medium'],
      ['exam-failure', 'low'],
      ['visa-sponsorship', 'low'],
    ]);
  });
});

describe('text rendering', () => {
  it('shows badges, why, numbered actions and sources', () => {
    const parsed = parseProfileText(readFileSync(EXAMPLE_PROFILE, 'utf8'), TODAY);
    if (!parsed.ok) throw new Error('example rejected');
    const text = renderRedFlagText(redFlags(parsed.value, TODAY));
    expect(text).toMatch(/^Red flags: 6 found \(2 high, 0 medium, 4 low\)/);
    expect(text).toContain('1. [HIGH] Clinical currency');
    expect(text).toContain('[LOW] Visa sponsorship needed (J-1)');
    expect(text).toContain('   Why: Jul 2022 – Mar 2023 (9 months): your timeline lists no activity');
    expect(text).toMatch(/\n {5}1\. /);
    expect(text).toContain('Sources: red-flags#clinical-currency');
    expect(text).not.toMatch(/\u001b\[/); // no ANSI colours
  });

  it('says no red flags were found, and what was not given', () => {
    expect(renderRedFlagText(redFlags(clean(), TODAY))).toMatch(
      /^No red flags found in what you gave\.\n\nChecked, no problem found:\n {2}- fellowship eligibility: /,
    );
    const partial = redFlags(
      profile((p) => {
        delete p.timeline;
        p.target = 'residency-informatics-track'; // no eligibility note, to test the rest alone
      }),
      TODAY,
    );
    expect(partial.flags).toEqual([]);
    expect(renderRedFlagText(partial)).toMatch(
      /^No red flags found in what you gave\.\n\nChecked, no problem found:\n(?: {2}- .*\n)+\nNot given, so not checked:\n {2}- timeline not given — gaps and clinical currency could not be checked$/,
    );
    expect(summariseNoFlags(partial)).toBe(
      'No red flags found in what you gave. Not checked because it was not given: timeline not given — gaps and clinical currency could not be checked.',
    );
    expect(summariseNoFlags(redFlags(clean(), TODAY))).toContain('Every part the checks use was given.');
  });
});

describe('ECFMG certification note', () => {
  it('tells a member who is not certified what their exams leave to do, citing nothing they did not give', () => {
    const r = redFlags(
      profile((p) => {
        p.ecfmgCertified = false;
        p.exams = [{ exam: 'step1', date: '2020-06', result: 'pass' }];
      }),
      TODAY,
    );
    expect(r.notes).toHaveLength(1);
    expect(r.notes![0]).toMatch(/^ECFMG certification: you are not certified yet/);
    expect(r.notes![0]).toContain('still to do: Step 2 CK and the communication requirement');
    expect(r.notes![0]).toContain('OET Medicine, a pass/fail hurdle');
    expect(renderRedFlagText(r)).toMatch(/Also check:\n {2}- ECFMG certification/);
  });

  it('says nothing to a graduate of a Canadian medical school, whom ECFMG does not count as an IMG', () => {
    const r = redFlags(
      profile((p) => {
        p.ecfmgCertified = false;
        p.medSchool = { country: 'Canada', graduated: '2017-05' };
        p.exams = [{ exam: 'step1', date: '2016-06', result: 'pass' }];
      }),
      TODAY,
    );
    expect(r.notes ?? []).not.toContainEqual(expect.stringMatching(/ECFMG certification/));
  });

  it('says nothing when certified or when the profile does not say', () => {
    expect(redFlags(clean(), TODAY).notes).toBeUndefined();
    expect(
      redFlags(
        profile((p) => delete p.ecfmgCertified),
        TODAY,
      ).notes,
    ).toBeUndefined();
  });
});

describe('visa time counts US time only', () => {
  it('does not count years at home whose note mentions the visa', () => {
    const f = only(
      profile((p) => {
        p.citizenship = 'non-us';
        p.visa = 'j1';
        delete p.residencies;
        p.timeline = [
          { from: '2020-07', to: '2023-06', activity: 'us-clinical', note: 'IM residency (J-1)' },
          { from: '2023-07', to: 'present', activity: 'clinical', note: 'home after the J-1; two-year rule fulfilled' },
        ];
      }),
      'visa-sponsorship',
    )!;
    expect(f.why).toContain('about 3 years on J-1 so far (Jul 2020 – Jun 2023)');
    expect(f.why).toContain(
      'a fellowship starting Jul 2027 (typically 2 years) would bring it to about 5 years by its end',
    );
    expect(f.severity).toBe('low');
  });
});

describe('visa advice fits the member’s history (rules review)', () => {
  const nonUs = (edit: (p: Profile) => void) =>
    profile((p) => {
      p.citizenship = 'non-us';
      edit(p);
    });

  it('warns a member who trained on an ECFMG J-1 that H-1B waits for the home-residence requirement', () => {
    const f = only(
      nonUs((p) => {
        p.visa = 'h1b';
        p.exams!.push({ exam: 'step3', date: '2024-10', result: 'pass', score: 225 });
        p.timeline = [
          { from: '2021-07', to: '2024-06', activity: 'us-clinical', note: 'IM residency on a J-1 visa' },
          { from: '2024-07', to: 'present', activity: 'us-clinical', note: 'chief resident on J-1' },
        ];
        p.residencies = [
          { country: 'USA', specialty: 'internal medicine', from: '2021-07', to: '2024-06', completed: true },
        ];
      }),
      'visa-sponsorship',
      '2026-12-03',
    )!;
    expect(f.severity).toBe('medium');
    expect(f.title).toBe('Visa sponsorship needed (H-1B): earlier J-1 training');
    expect(f.why).toContain('training on a J-1 (Jul 2021 – now)');
    expect(f.actions[0]).toMatch(/cannot change to H-1B inside the US or get an H-1B visa/);
    // Residency time named as J-1 is not read as H-1B time.
    expect(f.why).not.toMatch(/if it was on H-1B/);
    // J-1 from Jul 2021 to a fellowship ending Jun 2029 is eight years: past the J-1 limit too.
    expect(f.actions.join(' ')).toMatch(/J-1 time would also run past its seven-year limit/);
    expect(f.sources).toContainEqual({ doc: 'visas', section: 'j1-sponsorship' });
  });

  // ECFMG's FAQ (checked 2026-12-04): a continuing J-1 physician entering a new specialty or
  // subspecialty needs a new Statement of Need; the guide and /ask say the same (trial, session 13).
  it('tells a J-1 resident that the fellowship needs a new Statement of Need naming clinical informatics', () => {
    const f = only(
      nonUs((p) => (p.visa = 'j1')),
      'visa-sponsorship',
    )!;
    expect(f.actions.join(' ')).toMatch(
      /Statement of Need: .*ECFMG asks for a new one when you enter a new specialty or subspecialty, so even if you had one for residency, the fellowship needs one naming clinical informatics/,
    );
  });

  it('notes time abroad after J-1 training toward the home-residence requirement, hedged', () => {
    const f = only(
      nonUs((p) => {
        p.visa = 'j1';
        delete p.residencies;
        p.timeline = [
          { from: '2020-07', to: '2023-06', activity: 'us-clinical', note: 'IM residency (J-1)' },
          { from: '2023-07', to: 'present', activity: 'clinical', note: 'internist, Amman' },
        ];
      }),
      'visa-sponsorship',
      '2026-08-12',
    )!;
    expect(f.actions.join(' ')).toMatch(
      /clinical work outside the US since Jul 2023 \(about 3 years 2 months\).*If that time was in your home country.*may then already be met: confirm your status with ECFMG/,
    );
  });

  it('projects a residency applicant’s H-1B time over a residency of at least three years', () => {
    const f = only(
      nonUs((p) => {
        p.visa = 'h1b';
        p.target = 'residency-informatics-track';
        p.exams!.push({ exam: 'step3', date: '2025-02', result: 'pass', score: 205 });
        p.timeline = [{ from: '2025-07', to: 'present', activity: 'us-clinical', note: 'prelim PGY-1 (H-1B)' }];
        delete p.residencies;
      }),
      'visa-sponsorship',
      '2026-03-18',
    )!;
    expect(f.why).toContain(
      'If you stay on H-1B until a residency starting Jul 2026 (typically at least 3 years), you would have about 1 year by its start and about 4 years by its end: within the limit.',
    );
  });

  it('uses "an" before H-1B and O-1 and says when to build the list by the member’s match', () => {
    const h = only(
      nonUs((p) => (p.visa = 'h1b')),
      'visa-sponsorship',
    )!;
    expect(h.why).toMatch(/would need an H-1B visa/);
    expect(h.actions.join(' ')).toMatch(/before ERAS applications for fellowships open in early July/);
    const o = only(
      nonUs((p) => {
        p.visa = 'o1';
        p.target = 'residency-informatics-track';
      }),
      'visa-sponsorship',
    )!;
    expect(o.why).toMatch(/names O-1 as your visa.*does not carry over to a residency/);
    expect(o.actions.join(' ')).toMatch(/your profile lists no Step 3 pass yet/);
    expect(o.actions.join(' ')).toMatch(/before residency applications go to programs in September/);
  });

  it('tells an undecided member with Step 3 passed and no US residency that H-1B stays open', () => {
    const f = only(
      nonUs((p) => {
        p.visa = 'undecided';
        p.residencies = [];
        p.exams!.push({ exam: 'step3', date: '2026-11', result: 'pass', score: 212 });
      }),
      'visa-sponsorship',
    )!;
    expect(f.actions.join(' ')).toMatch(/Step 3 passed \(Nov 2026\), so H-1B stays open/);
    expect(f.actions.join(' ')).not.toMatch(/plan to pass Step 3/);
  });

  // Newcomer trial 16: a J-1-trained internist working in Riyadh, visa "not sure", was told "H-1B
  // stays open" because Step 3 was passed; the home-residence rule closes it until met or waived.
  it('never tells a member whose US residency names no visa that H-1B simply stays open', () => {
    const usResidency = {
      country: 'United States',
      specialty: 'internal medicine',
      from: '2019-07',
      to: '2022-06',
      completed: true,
      accreditation: 'acgme' as const,
    };
    for (const visa of ['undecided', 'h1b'] as const) {
      const f = only(
        nonUs((p) => {
          p.visa = visa;
          p.residencies = [usResidency];
          p.timeline = [
            { from: '2019-07', to: '2022-06', activity: 'us-clinical', note: 'IM categorical, Michigan' },
            { from: '2023-07', to: 'present', activity: 'clinical', note: 'hospitalist, Riyadh' },
          ];
          p.exams!.push({ exam: 'step3', date: '2020-01', result: 'pass', score: 221 });
        }),
        'visa-sponsorship',
      )!;
      const text = f.actions.join(' ');
      expect(text, visa).not.toMatch(/stays open/);
      expect(text, visa).toMatch(/If it was an ECFMG J-1, the two-year home-residence requirement applies/);
      expect(text, visa).toMatch(/third country does not count/);
      expect(text, visa).toMatch(/new J-1 is still possible/);
    }
  });

  // Two judges of p337: a J-1 graduate back home must hear that the rule does not stop a new J-1.
  it('tells a member back home after J-1 training that a new J-1 is still possible, with its own rule', () => {
    const f = only(
      nonUs((p) => {
        p.visa = 'j1';
        p.target = 'ci-fellowship';
        p.residencies = [
          {
            country: 'USA',
            specialty: 'internal medicine',
            from: '2022-07',
            to: '2025-06',
            completed: true,
            accreditation: 'acgme',
          },
        ];
        p.timeline = [
          { from: '2022-07', to: '2025-06', activity: 'us-clinical', note: 'IM residency, Chicago, ECFMG J-1' },
          { from: '2025-07', to: 'present', activity: 'clinical', note: 'consultant physician, Dhaka' },
        ];
      }),
      'visa-sponsorship',
    )!;
    expect(f.actions.join(' ')).toMatch(/does not stop a new J-1.*carries the two-year requirement too/);
  });

  it('does not add the J-1 "if" once a note names the residency visa as H-1B', () => {
    const f = only(
      nonUs((p) => {
        p.visa = 'undecided';
        p.residencies = [{ country: 'USA', specialty: 'pediatrics', from: '2019-07', to: '2022-06', completed: true }];
        p.timeline = [{ from: '2019-07', to: '2022-06', activity: 'us-clinical', note: 'peds residency on H1B' }];
        p.exams!.push({ exam: 'step3', date: '2019-03', result: 'pass', score: 230 });
      }),
      'visa-sponsorship',
    )!;
    expect(f.actions.join(' ')).not.toMatch(/If it was an ECFMG J-1/);
  });
});

describe('professionalism advice fits the kind of entry (rules review)', () => {
  it('asks to explain a resignation or a dismissal, not to remediate it', () => {
    const f = only(
      profile(
        (p) =>
          (p.professionalism = [
            { kind: 'probation', date: '2022-06', remediated: false, note: 'late notes' },
            { kind: 'resignation', date: '2022-12', note: 'resigned to change specialty' },
            { kind: 'dismissal', date: '2023-03', remediated: false },
          ]),
      ),
      'professionalism',
    )!;
    const text = f.actions.join(' ');
    expect(text).toContain('Your probation of Jun 2022 is not marked as remediated');
    expect(text).not.toMatch(/resignation of Dec 2022 is not marked as remediated/);
    expect(text).toMatch(/explain your resignation of Dec 2022 in two or three sentences/);
    expect(text).toMatch(/Your dismissal of Mar 2023 stays on your record/);
    expect(f.why).toContain('a resignation (Dec 2022): "resigned to change specialty"');
    expect(f.why).toContain('1 entry is not marked as remediated');
  });

  it('asks what changed since the last cycle rather than "before this cycle", which may be under way', () => {
    const f = only(
      profile((p) => (p.matchAttempts = 2)),
      'multiple-match-attempts',
    )!;
    expect(f.actions[0]).toMatch(/^Be ready to name what changed since your last cycle/);
  });
});

describe('exam-failure advice fits the exams still ahead (rules review)', () => {
  it('treats an OET attempt failed before a pass as low: a pass/fail hurdle the member has met', () => {
    const f = only(
      profile((p) => {
        p.exams!.push(
          { exam: 'oet', date: '2022-03', result: 'fail' },
          { exam: 'oet', date: '2022-07', result: 'pass' },
        );
      }),
      'exam-failure',
    )!;
    expect(f.severity).toBe('low');
    expect(f.why).toMatch(/OET is a pass\/fail requirement, and you met it \(passed Jul 2022\)/);
    expect(f.actions.join(' ')).not.toMatch(/Write one short paragraph|upward trend|active-recall/);
    expect(f.sources).toContainEqual({ doc: 'red-flags', section: 'low-scores' });
  });

  it('does not let a passed OET retake turn one USMLE failure into a high flag', () => {
    const f = only(
      profile((p) => {
        p.exams = [
          { exam: 'step1', date: '2021-02', result: 'fail' },
          { exam: 'step1', date: '2021-06', result: 'pass' },
          { exam: 'step2ck', date: '2021-11', result: 'pass', score: 230 },
          { exam: 'oet', date: '2022-03', result: 'fail' },
          { exam: 'oet', date: '2022-07', result: 'pass' },
        ];
      }),
      'exam-failure',
    )!;
    expect(f.severity).toBe('medium');
    expect(f.actions.join(' ')).not.toMatch(/paragraph on the OET/);
  });

  it('keeps an OET never passed high, since ECFMG certification needs it', () => {
    const f = only(
      profile((p) => p.exams!.push({ exam: 'oet', date: '2026-05', result: 'fail' })),
      'exam-failure',
    )!;
    expect(f.severity).toBe('high');
    expect(f.actions[0]).toMatch(/^Make passing OET Medicine your first priority: ECFMG certification/);
  });

  it('suggests a trend only from exams still ahead, and none for an exam not passed yet', () => {
    // Step 1 failed, Step 2 CK already passed, no residency: only Step 3 is ahead.
    const before = only(
      profile((p) => {
        p.residencies = [];
        p.exams = [
          { exam: 'step1', date: '2022-11', result: 'fail' },
          { exam: 'step1', date: '2023-04', result: 'pass' },
          { exam: 'step2ck', date: '2024-02', result: 'pass', score: 226 },
        ];
      }),
      'exam-failure',
    )!;
    expect(before.actions.join(' ')).toContain('a strong score on Step 3 would show the failure was not your ceiling');
    // Everything passed and no residency in progress: point to what followed instead.
    const after = only(
      profile((p) => {
        p.residencies![0]!.completed = true;
        p.residencies![0]!.to = '2023-06';
        p.exams = [
          { exam: 'step2ck', date: '2019-03', result: 'fail' },
          { exam: 'step2ck', date: '2019-12', result: 'pass', score: 226 },
          { exam: 'step3', date: '2022-03', result: 'pass', score: 219 },
        ];
      }),
      'exam-failure',
    )!;
    expect(after.actions.join(' ')).toContain('Point to what followed: Step 3 219 (Mar 2022)');
    const unpassed = only(
      profile((p) => p.exams!.push({ exam: 'step3', date: '2026-05', result: 'fail' })),
      'exam-failure',
    )!;
    expect(unpassed.actions.join(' ')).not.toMatch(/upward trend|Point to what followed/);
  });

  it('speaks of "failures" for an exam failed twice', () => {
    const f = only(
      profile((p) => {
        p.exams = [
          { exam: 'step1', date: '2021-06', result: 'fail' },
          { exam: 'step1', date: '2021-12', result: 'fail' },
          { exam: 'step1', date: '2022-04', result: 'pass' },
        ];
      }),
      'exam-failure',
    )!;
    expect(f.actions.join(' ')).toContain('one short paragraph on the Step 1 failures');
  });
});

describe('limited-usce for a fellowship applicant trained in Canada (rules review)', () => {
  const canadian = (edit: (p: Profile) => void = () => {}) =>
    profile((p) => {
      p.residencies = [
        {
          country: 'Canada',
          specialty: 'family medicine',
          from: '2025-07',
          to: 'present',
          completed: false,
          accreditation: 'cfpc',
        },
      ];
      p.usce = [];
      edit(p);
    });

  it('is low, says the Canadian residency is accepted, and does not ask for US months before applying', () => {
    const f = only(canadian(), 'limited-usce')!;
    expect(f.severity).toBe('low');
    expect(f.title).toBe('No hands-on US clinical experience (trained in Canada)');
    expect(f.why).toMatch(/CFPC-accredited family medicine residency in Canada is training ACGME fellowships accept/);
    expect(f.actions.join(' ')).not.toMatch(/before you apply|Add at least/);
  });

  it('keeps the usual severity for a residency applicant, and starts every action with a capital', () => {
    const f = only(
      canadian((p) => (p.target = 'residency-informatics-track')),
      'limited-usce',
    )!;
    expect(f.severity).toBe('high');
    for (const a of f.actions) expect(a).toMatch(/^[A-Z]/);
  });
});

describe('fellowship-eligibility advice fits the member and the day (rules review)', () => {
  const abroad = (edit: (p: Profile) => void = () => {}) =>
    profile((p) => {
      p.residencies = [
        {
          country: 'United Kingdom',
          specialty: 'general practice',
          from: '2017-08',
          to: '2021-07',
          completed: true,
          accreditation: 'other',
        },
      ];
      edit(p);
    });

  it('names the NRMP season that is actually open on the member’s day', () => {
    const routeOn = (day: string) =>
      only(abroad(), 'fellowship-eligibility', day)!.actions.find((a) => a.startsWith('The usual route'))!;
    expect(routeOn('2026-12-03')).toMatch(
      /went to programs in September; the next season typically opens in ERAS in early June 2027/,
    );
    expect(routeOn('2026-04-15')).toMatch(/The next season typically opens in ERAS in early June 2026/);
    expect(routeOn('2026-07-10')).toMatch(/go to programs in early September 2026, and ERAS is already open/);
    expect(only(abroad(), 'fellowship-eligibility')!.why).toContain('general practice residency in the United Kingdom');
  });

  it('tells the member how to switch to the residency route in words, the profile-file value only as an aside', () => {
    const route = only(abroad(), 'fellowship-eligibility', '2026-12-03')!.actions.find((a) =>
      a.startsWith('The usual route'),
    )!;
    expect(route).toMatch(/change your target to a residency with an informatics track \(\/profile edit target/);
    expect(route).not.toMatch(/set your target to "residency-informatics-track"/);
  });

  it('does not call a US medical graduate an IMG nor ask them for ECFMG certification', () => {
    const p = abroad((x) => {
      x.medSchool = { country: 'United States', graduated: '2017-05' };
      x.ecfmgCertified = false;
      x.exams = [
        { exam: 'comlex1', date: '2015-06', result: 'pass' },
        { exam: 'comlex2', date: '2016-09', result: 'pass' },
      ];
    });
    const r = redFlags(p, TODAY);
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/for an IMG|ECFMG/);
    expect(r.notes).toBeUndefined();
  });

  it('asks an ACGME-I graduate first whether programs accept ACGME International accreditation', () => {
    const f = only(
      profile((p) => {
        p.residencies = [
          {
            country: 'Qatar',
            specialty: 'internal medicine',
            from: '2020-07',
            to: '2023-06',
            completed: true,
            accreditation: 'acgme-i',
          },
        ];
      }),
      'fellowship-eligibility',
    )!;
    expect(f.actions[0]).toMatch(/accepts a residency accredited by ACGME International/);
    expect(f.actions.join(' ')).not.toMatch(/asking whether it accepts applicants trained abroad/);
    expect(f.why).toContain('which an ACGME International residency does not give');
  });

  it('tells a residency applicant with a completed residency abroad that it does not replace a US one', () => {
    const r = redFlags(
      abroad((p) => (p.target = 'residency-informatics-track')),
      TODAY,
    );
    expect(r.flags.find((f) => f.id === 'fellowship-eligibility')).toBeUndefined();
    expect(r.passed).toContainEqual(
      expect.stringMatching(
        /^residency route: applying for a US residency is the right step\. Your general practice residency in the United Kingdom \(Aug 2017 – Jul 2021, completed\) does not count as US residency training/,
      ),
    );
  });
});

describe('time since graduation for a residency applicant (rules review)', () => {
  it('reminds a clinically current residency applicant long after graduation to check program limits', () => {
    const r = redFlags(
      profile((p) => {
        p.target = 'residency-informatics-track';
        p.medSchool = { country: 'Philippines', graduated: '1998-04' };
        p.timeline = [{ from: '1998-05', to: 'present', activity: 'clinical', note: 'family physician, Manila' }];
      }),
      '2026-12-03',
    );
    expect(r.flags.find((f) => f.id === 'clinical-currency')).toBeUndefined();
    expect(r.notes).toEqual([
      "Time since graduation: you graduated Apr 1998 (28 years 8 months ago). Some residency programs publish limits or preferences on years since graduation: check each program's stated requirements before you apply.",
    ]);
  });

  it('says nothing for a recent graduate or a fellowship applicant', () => {
    const recent = profile((p) => {
      p.target = 'residency-informatics-track';
      p.medSchool = { country: 'Egypt', graduated: '2023-06' };
    });
    expect(redFlags(recent, TODAY).notes).toBeUndefined();
    expect(redFlags(clean(), TODAY).notes).toBeUndefined();
  });
});
