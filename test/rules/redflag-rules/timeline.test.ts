/**
 * training-gap and clinical-currency, branch by branch: what each gap's activities ask of the
 * member, how a later accepted residency softens a gap, what the currency verdict counts from,
 * why observing and research do not reset it, and the sources each flag cites.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import {
  clinicalCurrencyRule,
  clinicalCurrencySeverity,
  gapSeverity,
  trainingGapRule,
} from '../../../src/rules/redflag-rules/timeline.js';
import { edit, theFlag, TODAY } from './fixtures.js';

const GAP_SOURCES = [
  { doc: 'red-flags', section: 'training-gaps' },
  { doc: 'explaining-red-flags', section: 'explaining-a-gap' },
  { doc: 'explaining-red-flags', section: 'productive-gap-activities' },
  { doc: 'explaining-red-flags', section: 'eras-experiences' },
  { doc: 'letters', section: 'letters-and-red-flags' },
];

/** Graduated Dec 2019, no residency on record; the timeline given. */
const timelineOnly = (timeline: NonNullable<Profile['timeline']>, change: (p: Profile) => void = () => {}) =>
  edit((p) => {
    delete p.residencies;
    p.medSchool = { country: 'India', graduated: '2019-12' };
    p.timeline = timeline;
    change(p);
  });

const CLOSING = [
  'If these months held any informatics-related work (a course, data or QI work, research), list it with its outcome: it turns the gap into career development.',
  expect.stringMatching(/^Tell a mentor who knows this period what worries you, .*; do not script it\.$/),
];

describe('gap and currency severities', () => {
  it('grade gaps by length and currency by months away', () => {
    expect([5, 6, 11, 12, 23, 24, 60].map(gapSeverity)).toEqual([
      'low',
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
    ]);
    expect([0, 24, 25, 47, 48].map(clinicalCurrencySeverity)).toEqual([
      undefined,
      undefined,
      'medium',
      'medium',
      'high',
    ]);
  });
});

describe('trainingGapRule', () => {
  it('a gap listed as "none": the dated entry, the 2–3 sentences, the "none" prompt; five sources', () => {
    const f = theFlag(
      trainingGapRule(
        timelineOnly([
          { from: '2020-01', to: '2020-12', activity: 'clinical' },
          { from: '2021-01', to: '2021-09', activity: 'none' },
          { from: '2021-10', to: 'present', activity: 'clinical' },
        ]),
        TODAY,
      ),
    );
    expect(f).toMatchObject({ id: 'training-gap', severity: 'low', sources: GAP_SOURCES });
    expect(f.actions).toEqual([
      'Give Jan 2021 – Sep 2021 its own dated ERAS experience entry saying what you did, so no month looks blank.',
      'Explain Jan 2021 – Sep 2021 in 2–3 sentences (the reason, as context), then spend most of your words on what you did and learned in those months.',
      expect.stringMatching(
        /^Your timeline lists no activity here: if you did anything in these months \(courses, reading, caregiving/,
      ),
      ...CLOSING,
    ]);
  });

  it('a gap partly off the timeline: counts those months and asks to fill them in', () => {
    const f = theFlag(
      trainingGapRule(
        timelineOnly([
          { from: '2020-01', to: '2020-12', activity: 'clinical' },
          { from: '2021-01', to: '2021-03', activity: 'personal', note: 'family illness' },
          { from: '2021-10', to: 'present', activity: 'clinical' },
        ]),
        TODAY,
      ),
    );
    expect(f.why).toBe(
      'Jan 2021 – Sep 2021 (9 months): your timeline lists personal or family time ("family illness"); 6 months not on your timeline at all',
    );
    expect(f.actions[0]).toBe(
      'Fill in Jan 2021 – Sep 2021 on your timeline and in ERAS with dated entries: 6 months listed as nothing at all look worse than the gap itself.',
    );
    expect(f.actions[2]).toMatch(/^For personal reasons one honest sentence is enough; .*structured board review/);
  });

  it('non-clinical work then exam preparation: the gap is the work months alone, the preparation after it is its own ordinary stretch', () => {
    const f = theFlag(
      trainingGapRule(
        timelineOnly(
          [
            { from: '2020-01', to: '2020-12', activity: 'clinical' },
            { from: '2021-01', to: '2021-06', activity: 'non-clinical-work', note: 'pharma sales' },
            { from: '2021-07', to: '2021-12', activity: 'exam-prep', note: 'USMLE' },
            { from: '2022-01', to: 'present', activity: 'clinical' },
          ],
          (p) =>
            (p.exams = [
              { exam: 'step1', date: '2020-12', result: 'pass' },
              { exam: 'step2ck', date: '2022-02', result: 'pass', score: 244 },
            ]),
        ),
        TODAY,
      ),
    );
    expect(f.why).toBe('Jan 2021 – Jun 2021 (6 months): your timeline lists non-clinical work ("pharma sales")');
    expect(f.severity).toBe('low');
    expect(f.actions).toContain(
      'Describe the non-clinical work by the skills it built (data, processes, teamwork) and any thread that leads to informatics.',
    );
    expect(f.actions.join(' ')).not.toMatch(/exam preparation/);
  });

  it('exam preparation between two other stretches stays inside the gap, its first year not weighed', () => {
    const f = theFlag(
      trainingGapRule(
        timelineOnly(
          [
            { from: '2020-01', to: '2020-12', activity: 'clinical' },
            { from: '2021-01', to: '2021-06', activity: 'non-clinical-work', note: 'pharma sales' },
            { from: '2021-07', to: '2021-12', activity: 'exam-prep', note: 'USMLE' },
            { from: '2022-01', to: '2022-06', activity: 'personal', note: 'wedding and a move' },
            { from: '2022-07', to: 'present', activity: 'clinical' },
          ],
          (p) => (p.exams = [{ exam: 'step2ck', date: '2022-02', result: 'pass', score: 244 }]),
        ),
        TODAY,
      ),
    );
    expect(f.gap).toMatchObject({ from: '2021-01', to: '2022-06', months: 18 });
    expect(f.severity).toBe('medium'); // 18 months, 6 of them ordinary preparation: 12 weigh
    expect(f.actions).toContain('Tie the exam preparation to its result: Step 2 CK passed Feb 2022 (244).');
  });

  it('lists every exam the preparation led to', () => {
    const f = theFlag(
      trainingGapRule(
        timelineOnly(
          [
            // Longer than the ordinary year, so the stretch is still a gap to explain.
            { from: '2020-01', to: '2021-01', activity: 'exam-prep' },
            { from: '2021-02', to: 'present', activity: 'clinical' },
          ],
          (p) =>
            (p.exams = [
              { exam: 'step1', date: '2020-04', result: 'pass' },
              { exam: 'step2ck', date: '2020-09', result: 'pass', score: 250 },
            ]),
        ),
        TODAY,
      ),
    );
    expect(f.actions).toContain(
      'Tie the exam preparation to its result: Step 1 passed Apr 2020, Step 2 CK passed Sep 2020 (250).',
    );
  });

  it('counts an exam passed in the gap’s first month, without a score when none was given', () => {
    const f = theFlag(
      trainingGapRule(
        timelineOnly(
          [
            { from: '2020-01', to: '2021-01', activity: 'exam-prep' },
            { from: '2021-02', to: 'present', activity: 'clinical' },
          ],
          (p) => (p.exams = [{ exam: 'step1', date: '2020-01', result: 'pass' }]),
        ),
        TODAY,
      ),
    );
    expect(f.actions).toContain('Tie the exam preparation to its result: Step 1 passed Jan 2020.');
  });

  it('an ongoing gap: dated up to now, and the call to start something now instead of the informatics prompt', () => {
    const f = theFlag(trainingGapRule(timelineOnly([{ from: '2020-01', to: '2025-12', activity: 'clinical' }]), TODAY));
    expect(f.title).toBe('Training gap: Jan 2026 – Nov 2026 (11 months)');
    expect(f.why).toBe('Jan 2026 – Nov 2026 (11 months, still ongoing): nothing on your timeline covers these months');
    expect(f.actions.at(-2)).toMatch(
      /^This gap is still open: start something productive now, such as a hospital QI or analytics team/,
    );
  });

  it('an ongoing gap of a member who is not a US citizen or permanent resident: the call to start something comes with a check of her status (trial 13)', () => {
    const base = timelineOnly([{ from: '2020-01', to: '2025-12', activity: 'clinical' }]);
    const nonUs = theFlag(trainingGapRule({ ...base, citizenship: 'non-us', visa: 'j1' }, TODAY));
    expect(nonUs.actions.join(' ')).toMatch(/start something productive now/);
    expect(nonUs.actions.join(' ')).toMatch(/first make sure your current immigration status allows it/);
    for (const citizenship of ['us-citizen', 'us-permanent-resident'] as const) {
      const f = theFlag(trainingGapRule({ ...base, citizenship }, TODAY));
      expect(f.actions.join(' ')).toMatch(/start something productive now/);
      expect(f.actions.join(' ')).not.toMatch(/immigration status/);
    }
  });

  it('an ongoing gap while the member holds a non-clinical job: never "start something productive", but what the job lacks', () => {
    const f = theFlag(
      trainingGapRule(
        timelineOnly([
          { from: '2020-01', to: '2021-12', activity: 'clinical' },
          {
            from: '2022-01',
            to: 'present',
            activity: 'non-clinical-work',
            note: 'implementation analyst, health-IT company',
          },
        ]),
        TODAY,
      ),
    );
    expect(f.why).toMatch(/still ongoing/);
    expect(f.actions.join(' ')).not.toMatch(/start something productive now/);
    expect(f.actions).toContain(
      'This gap is still open while you work outside clinical care. Keep the job and add what it lacks: hands-on clinical work, or a QI or data project with a clinical team. If the job itself is informatics work (EHR build or implementation, clinical data, analytics), mark that period as informatics on your timeline, with its outcome, so it reads as career development rather than a gap.',
    );
  });

  it('a gap before an accepted residency, for a fellowship: at most low, said why, and kept short', () => {
    const residencies: NonNullable<Profile['residencies']> = [
      { country: 'Egypt', specialty: 'surgery', from: '2020-01', to: '2020-06', completed: false },
      {
        country: 'United States',
        specialty: 'internal medicine',
        from: '2023-07',
        to: 'present',
        completed: false,
        accreditation: 'acgme',
      },
      {
        country: 'United States',
        specialty: 'pediatrics',
        from: '2022-07',
        to: '2023-06',
        completed: true,
        accreditation: 'acgme',
      },
    ];
    const p = edit((x) => {
      x.medSchool = { country: 'India', graduated: '2019-12' };
      x.timeline = [{ from: '2020-01', to: '2020-06', activity: 'clinical' }];
      x.residencies = residencies;
    });
    const f = theFlag(trainingGapRule(p, TODAY));
    expect(f.gap).toMatchObject({ from: '2020-07', to: '2022-06', months: 24 });
    expect(f.severity).toBe('low');
    expect(f.why).toBe(
      'Jul 2020 – Jun 2022 (2 years): nothing on your timeline covers these months. It ended before your pediatrics residency (completed), so a fellowship reads it as far in the past: low for that reason, whatever its length.',
    );
    expect(f.actions[0]).toBe(
      "Keep it short: your pediatrics residency (Jul 2022 onwards) came after this gap, and its evaluations and your program director's letter speak for you now. One dated ERAS entry and a sentence if asked are enough.",
    );
    // For a residency track the length decides, and nothing is said about the residency.
    const track = theFlag(trainingGapRule({ ...p, target: 'residency-informatics-track' }, TODAY));
    expect(track.severity).toBe('high');
    expect(track.why).toBe('Jul 2020 – Jun 2022 (2 years): nothing on your timeline covers these months');
    expect(track.actions[0]).toMatch(/^Fill in Jul 2020 – Jun 2022/);
  });

  it('names a residency still in progress as such, and keeps a short gap low', () => {
    const f = theFlag(
      trainingGapRule(
        edit((x) => {
          x.medSchool = { country: 'India', graduated: '2019-12' };
          x.timeline = [{ from: '2020-01', to: '2022-12', activity: 'clinical' }];
          x.residencies = [
            {
              country: 'United States',
              specialty: 'neurology',
              from: '2023-07',
              to: 'present',
              completed: false,
              accreditation: 'acgme',
            },
          ];
        }),
        TODAY,
      ),
    );
    expect(f.severity).toBe('low');
    expect(f.why).toContain('It ended before your neurology residency (in progress), so');
  });

  it('a residency completed before the gap does not soften it', () => {
    const f = theFlag(
      trainingGapRule(
        edit((x) => {
          x.medSchool = { country: 'India', graduated: '2016-06' };
          x.timeline = [{ from: '2023-01', to: 'present', activity: 'clinical' }];
          x.residencies = [
            {
              country: 'United States',
              specialty: 'neurology',
              from: '2016-07',
              to: '2019-06',
              completed: true,
              accreditation: 'acgme',
            },
          ];
        }),
        TODAY,
      ),
    );
    expect(f.gap).toMatchObject({ from: '2019-07', to: '2022-12' });
    expect(f.severity).toBe('high');
    expect(f.why).not.toContain('It ended before');
  });

  it('a residency abroad after the gap does not soften it', () => {
    const f = theFlag(
      trainingGapRule(
        edit((x) => {
          x.medSchool = { country: 'India', graduated: '2019-12' };
          x.timeline = [{ from: '2020-01', to: '2020-06', activity: 'clinical' }];
          x.residencies = [
            { country: 'India', specialty: 'medicine', from: '2022-07', to: 'present', completed: false },
          ];
        }),
        TODAY,
      ),
    );
    expect(f.severity).toBe('high');
  });

  it('says what was not given: the timeline, or the graduation date', () => {
    expect(
      trainingGapRule(
        edit((p) => delete p.timeline),
        TODAY,
      ).notGiven,
    ).toEqual(['timeline not given — gaps and clinical currency could not be checked']);
    expect(
      trainingGapRule(
        edit((p) => delete p.medSchool),
        TODAY,
      ),
    ).toEqual({
      flags: [],
      notGiven: ['medSchool.graduated not given — gaps could not be checked (they count from graduation)'],
    });
  });
});

describe('clinicalCurrencyRule', () => {
  const SOURCES = [
    { doc: 'red-flags', section: 'clinical-currency' },
    { doc: 'red-flags', section: 'limited-usce' },
    { doc: 'explaining-red-flags', section: 'explaining-a-gap' },
  ];

  it('from the timeline, without informatics since: recent work, a US experience, a recent letter, Step 3, review, graduation limits', () => {
    const f = theFlag(
      clinicalCurrencyRule(
        timelineOnly([
          { from: '2020-01', to: '2022-06', activity: 'clinical' },
          { from: '2022-07', to: 'present', activity: 'exam-prep' },
        ]),
        TODAY,
      ),
    );
    expect(f).toMatchObject({
      id: 'clinical-currency',
      severity: 'high',
      title: 'Clinical currency: 4 years 5 months since your last clinical work',
      why: 'Your last clinical work on your timeline (clinical) ended Jun 2022, 4 years 5 months before today (Nov 2026).',
      sources: SOURCES,
      currency: { lastClinical: '2022-06', basis: 'timeline', monthsSince: 53 },
    });
    expect(f.actions).toEqual([
      'Add recent hands-on clinical work with written evaluations; a completed full-time clinical role is the clearest proof your skills survived the break.',
      expect.stringMatching(
        /^Seek recent hands-on US clinical experience \(an externship or elective with patient care\).*an observership alone does not restore clinical currency\.$/,
      ),
      expect.stringMatching(
        /^Ask a recent clinical supervisor for a letter on your present clinical abilities; letters more than 2–3 years old/,
      ),
      'Passing Step 3 would show current medical knowledge.',
      'Keep your knowledge fresh with structured board review and say so in one line of your application.',
      "You graduated Dec 2019 (6 years 11 months ago): check each program's stated limits on time since graduation before applying.",
    ]);
  });

  it('leaves out Step 3 once it is passed', () => {
    const f = theFlag(
      clinicalCurrencyRule(
        timelineOnly([{ from: '2020-01', to: '2022-06', activity: 'clinical' }], (p) =>
          p.exams!.push({ exam: 'step3', date: '2023-01', result: 'pass' }),
        ),
        TODAY,
      ),
    );
    expect(f.actions.some((a) => a.includes('Step 3'))).toBe(false);
    expect(f.actions).toHaveLength(5);
  });

  it('names the clinical entry that ended last, not another kind of entry ending then, nor an earlier one listed later', () => {
    const f = theFlag(
      clinicalCurrencyRule(
        timelineOnly([
          { from: '2018-01', to: '2022-06', activity: 'clinical', note: 'long ward job' },
          { from: '2019-01', to: '2019-12', activity: 'clinical', note: 'short locum' },
          { from: '2021-01', to: '2022-06', activity: 'research', note: 'lab project' },
        ]),
        TODAY,
      ),
    );
    expect(f.why).toMatch(/^Your last clinical work on your timeline \("long ward job"\) ended Jun 2022/);
  });

  it('names the last of several entries that end the same month', () => {
    const f = theFlag(
      clinicalCurrencyRule(
        timelineOnly([
          { from: '2020-01', to: '2022-06', activity: 'clinical', note: 'ward job' },
          { from: '2021-01', to: '2022-06', activity: 'us-clinical', note: 'US externship' },
        ]),
        TODAY,
      ),
    );
    expect(f.why).toMatch(/^Your last clinical work on your timeline \("US externship"\) ended Jun 2022/);
  });

  it('from a residency listed only under residencies: names it', () => {
    const f = theFlag(
      clinicalCurrencyRule(
        edit((p) => {
          p.medSchool = { country: 'India', graduated: '2015-12' };
          p.timeline = [];
          p.residencies = [{ country: 'India', specialty: 'surgery', from: '2016-07', to: '2021-06', completed: true }];
        }),
        TODAY,
      ),
    );
    expect(f.why).toBe(
      'Your last clinical work (your surgery residency, India) ended Jun 2021, 5 years 5 months before today (Nov 2026).',
    );
  });

  it('from graduation: says so in the title and the facts', () => {
    const f = theFlag(
      clinicalCurrencyRule(timelineOnly([{ from: '2020-01', to: 'present', activity: 'research' }]), TODAY),
    );
    expect(f.title).toBe(
      'Clinical currency: 6 years 11 months since your last clinical work (counted from graduation)',
    );
    expect(f.why).toMatch(
      /^Your timeline lists no clinical or US clinical work, so this counts from graduation \(Dec 2019\): 6 years 11 months before today \(Nov 2026\)\./,
    );
  });

  it('explains why observing does not reset it', () => {
    const f = theFlag(
      clinicalCurrencyRule(
        timelineOnly([
          { from: '2020-01', to: '2022-06', activity: 'clinical' },
          { from: '2023-01', to: '2023-02', activity: 'observership' },
        ]),
        TODAY,
      ),
    );
    expect(f.why).toMatch(
      / Your observership \(Jan 2023 – Feb 2023\) since then does not reset this: an observership is watching, not caring for patients\.$/,
    );
  });

  it('explains why research does not reset it, and names both when there are both', () => {
    const research = theFlag(
      clinicalCurrencyRule(
        timelineOnly([
          { from: '2020-01', to: '2022-06', activity: 'clinical' },
          { from: '2023-01', to: '2023-12', activity: 'research' },
        ]),
        TODAY,
      ),
    );
    expect(research.why).toMatch(
      / Your research \(Jan 2023 – Dec 2023\) since then does not reset this: research is not patient care\.$/,
    );
    const both = theFlag(
      clinicalCurrencyRule(
        timelineOnly([
          { from: '2020-01', to: '2022-06', activity: 'clinical' },
          { from: '2023-01', to: '2023-12', activity: 'research' },
          { from: '2024-03', to: '2024-03', activity: 'observership' },
        ]),
        TODAY,
      ),
    );
    expect(both.why).toMatch(
      / Your research \(Jan 2023 – Dec 2023\) and observership \(Mar 2024\) since then do not reset this: an observership is watching, not caring for patients, and research is not patient care\.$/,
    );
  });

  it('ignores observing that ended with the last clinical work', () => {
    const f = theFlag(
      clinicalCurrencyRule(
        timelineOnly([
          { from: '2020-01', to: '2022-06', activity: 'clinical' },
          { from: '2022-05', to: '2022-06', activity: 'observership' },
        ]),
        TODAY,
      ),
    );
    expect(f.why).not.toContain('observership');
  });

  it('ignores observing that ended before the last clinical work', () => {
    const f = theFlag(
      clinicalCurrencyRule(
        timelineOnly([
          { from: '2020-01', to: '2020-03', activity: 'observership' },
          { from: '2020-04', to: '2022-06', activity: 'clinical' },
        ]),
        TODAY,
      ),
    );
    expect(f.why).not.toContain('observership');
  });

  it('credits informatics work since, without counting it as clinical', () => {
    const f = theFlag(
      clinicalCurrencyRule(
        timelineOnly([
          { from: '2020-01', to: '2022-06', activity: 'clinical' },
          { from: '2022-07', to: '2022-12', activity: 'none' },
          { from: '2023-01', to: 'present', activity: 'informatics' },
        ]),
        TODAY,
      ),
    );
    expect(f.actions[0]).toBe(
      'Add recent hands-on clinical work with written evaluations: your informatics work since Jan 2023 shows commitment, but it does not prove your clinical skills are current.',
    );
  });

  it('credits no informatics work that ended before or with the last clinical work', () => {
    for (const to of ['2021-12', '2022-06']) {
      const f = theFlag(
        clinicalCurrencyRule(
          timelineOnly([
            { from: '2020-01', to: '2022-06', activity: 'clinical' },
            { from: '2021-01', to, activity: 'informatics' },
          ]),
          TODAY,
        ),
      );
      expect(f.actions[0], to).toMatch(
        /^Add recent hands-on clinical work with written evaluations; a completed full-time/,
      );
    }
  });

  it('still suggests Step 3 after a failed attempt', () => {
    const f = theFlag(
      clinicalCurrencyRule(
        timelineOnly([{ from: '2020-01', to: '2022-06', activity: 'clinical' }], (p) =>
          p.exams!.push({ exam: 'step3', date: '2023-01', result: 'fail' }),
        ),
        TODAY,
      ),
    );
    expect(f.actions).toContain('Passing Step 3 would show current medical knowledge.');
  });

  it('says what was not given, and flags nothing within two years', () => {
    expect(
      clinicalCurrencyRule(
        edit((p) => delete p.timeline),
        TODAY,
      ).notGiven,
    ).toEqual(['timeline not given — gaps and clinical currency could not be checked']);
    expect(
      clinicalCurrencyRule(
        edit((p) => {
          delete p.medSchool;
          delete p.residencies;
          p.timeline = [{ from: '2020-01', to: 'present', activity: 'research' }];
        }),
        TODAY,
      ),
    ).toEqual({
      flags: [],
      notGiven: [
        'medSchool.graduated not given and the timeline has no clinical entry — clinical currency could not be checked',
      ],
    });
    // Exactly 24 months: no flag, but the checked list says the member is at the limit.
    expect(
      clinicalCurrencyRule(timelineOnly([{ from: '2020-01', to: '2024-11', activity: 'clinical' }]), TODAY),
    ).toEqual({
      flags: [],
      notGiven: [],
      passed: [
        'Clinical currency: your last clinical work ended Nov 2024, 2 years before today; this advisor flags more than 2 years, so you are at the limit: recent hands-on clinical work matters.',
      ],
    });
    // Well within the limit: nothing to say.
    expect(
      clinicalCurrencyRule(timelineOnly([{ from: '2020-01', to: '2025-12', activity: 'clinical' }]), TODAY),
    ).toEqual({ flags: [], notGiven: [] });
  });

  it('leaves out the graduation limit when graduation is not given', () => {
    const f = theFlag(
      clinicalCurrencyRule(
        edit((p) => {
          delete p.medSchool;
          delete p.residencies;
          p.timeline = [{ from: '2020-01', to: '2022-06', activity: 'clinical' }];
        }),
        TODAY,
      ),
    );
    expect(f.actions.some((a) => a.startsWith('You graduated'))).toBe(false);
  });
});
