/**
 * limited-usce and weak-informatics, branch by branch: what counts as hands-on US time, what is
 * named but not counted and why, what is asked for next, and the sources each flag cites.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { limitedUsceRule, USCE_NOT_GIVEN, weakInformaticsRule } from '../../../src/rules/redflag-rules/experience.js';
import { clean, edit, theFlag, TODAY } from './fixtures.js';

const USCE_SOURCES = [
  { doc: 'red-flags', section: 'limited-usce' },
  { doc: 'red-flags', section: 'usce-kinds' },
  { doc: 'explaining-red-flags', section: 'international-experience-as-strength' },
  { doc: 'letters', section: 'letters-and-red-flags' },
];
const USCE_TAIL = [
  expect.stringMatching(/^Look for remote or hybrid US health IT work \(analyst, data abstractor, QI assistant\)/),
  expect.stringMatching(/^Study how US practice works \(documentation standards, quality metrics, everyday EHR use\)/),
  expect.stringMatching(
    /^In interviews name the limitation openly, .*international background widens your systems view\.$/,
  ),
  expect.stringMatching(
    /^An informatics mentor who supervised your real projects can write a letter .*little US exposure\.$/,
  ),
];

/** No residency on record, so only the usce list speaks. */
const withUsce = (usce: NonNullable<Profile['usce']> | undefined) =>
  limitedUsceRule(
    edit((p) => {
      delete p.residencies;
      if (usce) p.usce = usce;
      else delete p.usce;
    }),
    TODAY,
  );

describe('limitedUsceRule', () => {
  it('no list and no US residency: raises nothing and asks for the list, since unknown is not none', () => {
    const r = withUsce(undefined);
    expect(r.flags).toEqual([]);
    expect(r.notGiven).toEqual([USCE_NOT_GIVEN]);
    expect(r.notGiven[0]).toMatch(/could not be checked/);
    expect(r.notGiven[0]).not.toMatch(/counted as no/);
  });

  it('an empty list is a list of none: high, with the way to get hands-on experience', () => {
    const r = withUsce([]);
    expect(r.notGiven).toEqual([]);
    const f = theFlag(r);
    expect(f).toMatchObject({
      id: 'limited-usce',
      severity: 'high',
      title: 'No hands-on US clinical experience',
      why: 'Your profile lists no months of hands-on US clinical experience.',
      sources: USCE_SOURCES,
    });
    expect(f.actions).toEqual([
      'Get hands-on US clinical experience before you apply: an externship, an elective or a sub-internship where you take part in patient care, ideally using the EHR (Epic, Cerner) yourself.',
      'On your next US rotation ask to help with EHR documentation, order entry or quality dashboards so you can describe US EHR workflows first-hand.',
      ...USCE_TAIL,
    ]);
  });

  it('an EHR answer of "no" names no EHR: neither "observership, 2 months, no" nor "You saw no"', () => {
    const f = theFlag(withUsce([{ kind: 'observership', months: 2, ehr: 'no', handsOn: false }]));
    expect(f.why).toContain('Not counted: observership, 2 months, no hands-on EHR use (observing only');
    expect(f.actions.join(' ')).not.toMatch(/You saw no\b/);
  });

  it('an observership only: high, named with why it does not count, and listed under its real name', () => {
    const r = withUsce([{ kind: 'observership', months: 2, ehr: 'Epic', handsOn: false }]);
    expect(r.notGiven).toEqual([]);
    const f = theFlag(r);
    expect(f.severity).toBe('high');
    expect(f.why).toBe(
      'Your profile lists no months of hands-on US clinical experience. Not counted: observership, 2 months, Epic, no hands-on EHR use (observing only, with no patient care). It is still worth listing: it shows US exposure, but programs do not read it as hands-on clinical experience.',
    );
    expect(f.actions.slice(0, 3)).toEqual([
      expect.stringContaining('take part in patient care (an observership alone does not count as hands-on), ideally'),
      'You saw Epic without using it yourself; on your next US rotation ask to help with EHR documentation, order entry or quality dashboards so you can describe US EHR workflows first-hand.',
      'List your observership under its real name in ERAS, with what you saw and learned; never present it as hands-on care.',
    ]);
  });

  it('research and an observership: both named, each with its reason', () => {
    const f = theFlag(
      withUsce([
        { kind: 'research', months: 6 },
        { kind: 'observership', months: 1 },
        { kind: 'observership', months: 0 },
      ]),
    );
    expect(f.why).toContain(
      'Not counted: research, 6 months; observership, 1 month (research is not clinical work; observing only, with no patient care).',
    );
  });

  it('research alone: named, and no observership advice', () => {
    const f = theFlag(withUsce([{ kind: 'research', months: 6 }]));
    expect(f.actions[0]).not.toContain('observership');
    expect(f.actions.some((a) => a.startsWith('List your observership'))).toBe(false);
  });

  it('some hands-on months: medium, lists what counted, and asks for the months still missing', () => {
    const f = theFlag(
      withUsce([
        { kind: 'elective', months: 1, ehr: 'Cerner', handsOn: true },
        { kind: 'externship', months: 0.5 },
        { kind: 'sub-internship', months: 0 },
      ]),
    );
    expect(f.severity).toBe('medium');
    expect(f.title).toBe('Limited hands-on US clinical experience: 1.5 months');
    expect(f.why).toBe(
      'Hands-on US clinical experience: 1.5 months in total (elective, 1 month, Cerner, hands-on EHR use; externship, 0.5 months), under the 3 months this advisor treats as enough.',
    );
    expect(f.actions[0]).toBe(
      'Add at least 1.5 months more of hands-on USCE, ideally an externship or elective where you work in the EHR yourself. An observership would not count toward it: observing is not hands-on, whatever its length.',
    );
    // It was hands-on with a US EHR: no EHR nudge.
    expect(f.actions.slice(1)).toEqual(USCE_TAIL);
  });

  it('hands-on months where the member said no EHR use: says so and asks for EHR work', () => {
    const f = theFlag(withUsce([{ kind: 'externship', months: 2, handsOn: false }]));
    expect(f.why).toMatch(/ None of it was hands-on with a US EHR\.$/);
    expect(f.actions[1]).toMatch(/^On your next US rotation ask to help with EHR documentation/);
  });

  it('hands-on EHR use with no EHR named is still hands-on: one reading in one paragraph', () => {
    const f = theFlag(withUsce([{ kind: 'elective', months: 1, handsOn: true }]));
    expect(f.why).toMatch(/elective, 1 month, hands-on EHR use/);
    expect(f.why).not.toMatch(/None of it was hands-on/);
    expect(f.actions.join(' ')).not.toMatch(/On your next US rotation ask to help with EHR/);
  });

  it('EHR use not answered: no claim either way, the EHR nudge stays', () => {
    const f = theFlag(withUsce([{ kind: 'sub-internship', months: 2 }]));
    expect(f.why).not.toMatch(/hands-on with a US EHR/);
    expect(f.actions[1]).toMatch(/^On your next US rotation ask to help with EHR documentation/);
  });

  it('an observership ticked "hands-on" does not make the counted months hands-on with the EHR', () => {
    const f = theFlag(
      withUsce([
        { kind: 'externship', months: 1, handsOn: false },
        { kind: 'observership', months: 2, handsOn: true },
      ]),
    );
    expect(f.why).toMatch(/None of it was hands-on with a US EHR/);
  });

  it('counts a short US residency listed only under residencies', () => {
    const f = theFlag(
      limitedUsceRule(
        edit((p) => {
          p.usce = [];
          p.residencies = [
            {
              country: 'United States',
              specialty: 'internal medicine',
              from: '2026-10',
              to: 'present',
              completed: false,
            },
          ];
        }),
        TODAY,
      ),
    );
    expect(f.why).toMatch(
      /^Hands-on US clinical experience: 2 months in total \(US residency, 2 months\), under the 3 months/,
    );
  });

  it('does not flag three months or more', () => {
    expect(withUsce([{ kind: 'externship', months: 3, ehr: 'Epic', handsOn: true }])).toEqual({
      flags: [],
      notGiven: [],
      passed: [
        'US clinical experience: 3 months hands-on (externship, 3 months, Epic, hands-on EHR use), at least the 3 months this advisor treats as enough.',
      ],
    });
    expect(limitedUsceRule(clean(), TODAY).flags).toEqual([]);
  });
});

describe('weakInformaticsRule', () => {
  const SOURCES = [
    { doc: 'red-flags', section: 'weak-informatics' },
    { doc: 'explaining-red-flags', section: 'productive-gap-activities' },
    { doc: 'explaining-red-flags', section: 'technical-credibility' },
    { doc: 'letters', section: 'experiences-that-produce-letters' },
  ];
  const TAIL = [
    'Join a hospital QI, analytics or EHR optimization team, even part-time or remotely.',
    expect.stringMatching(/^Look for informatics research \(EHR-based studies, decision support/),
    'Aim for at least one letter writer who can describe exactly what you built or improved.',
    expect.stringMatching(/^In your statement show you know the field: .*it is not IT support\.$/),
  ];
  const run = (items: NonNullable<Profile['informatics']> | undefined, target?: Profile['target']) =>
    weakInformaticsRule(
      edit((p) => {
        if (items) p.informatics = items;
        else delete p.informatics;
        if (target) p.target = target;
        else delete p.target;
      }),
    );

  it('nothing listed, for a fellowship: high, and a first project to start', () => {
    const r = run(undefined, 'ci-fellowship');
    expect(r.notGiven).toEqual(['informatics not given — counted as no informatics experience; add what you have']);
    expect(theFlag(r)).toEqual({
      id: 'weak-informatics',
      severity: 'high',
      title: 'Weak informatics exposure: none listed',
      why: 'No informatics experience listed. For a clinical informatics fellowship the bar for shown interest is high.',
      actions: [
        expect.stringMatching(/^Start one concrete informatics project with an outcome: a workflow map, an order set/),
        ...TAIL,
      ],
      sources: SOURCES,
    });
  });

  it('an empty list for a residency track: medium, with what a track expects', () => {
    const f = theFlag(run([], 'residency-informatics-track'));
    expect(f.severity).toBe('medium');
    expect(f.why).toBe('Your informatics list is empty. An informatics track expects more than stated interest.');
  });

  it('no target: medium, and no sentence about a target', () => {
    const f = theFlag(run([]));
    expect(f.severity).toBe('medium');
    expect(f.why).toBe('Your informatics list is empty.');
  });

  it('courses only: medium, quotes them, and turns the first into a project', () => {
    const f = theFlag(
      run(
        [
          { kind: 'course', title: 'SQL basics' },
          { kind: 'certificate', title: 'AMIA 10x10' },
        ],
        'ci-fellowship',
      ),
    );
    expect(f.severity).toBe('medium');
    expect(f.title).toBe('Weak informatics exposure: only 2 courses or certificates');
    expect(f.why).toBe(
      'You list learning but no informatics work yet: "SQL basics" (course) and "AMIA 10x10" (certificate). For a clinical informatics fellowship the bar for shown interest is high.',
    );
    expect(f.actions[0]).toBe(
      'Turn "SQL basics" into a small project: pick a clinical question, apply what you learned to a real or public dataset, and state the result.',
    );
    expect(theFlag(run([{ kind: 'course', title: 'x' }])).title).toBe(
      'Weak informatics exposure: only 1 course or certificate',
    );
  });

  it('any work item is enough, even beside courses', () => {
    expect(
      run([
        { kind: 'course', title: 'x' },
        { kind: 'degree', title: 'MS' },
      ]),
    ).toEqual({ flags: [], notGiven: [] });
  });
});

describe('limitedUsceRule for a fellowship applicant trained in Canada', () => {
  const canadian = (accreditation: 'rcpsc' | 'cfpc', usce: NonNullable<Profile['usce']> = []) =>
    limitedUsceRule(
      edit((p) => {
        p.residencies = [
          {
            country: 'Canada',
            specialty: 'family medicine',
            from: '2019-07',
            to: '2022-06',
            completed: true,
            accreditation,
          },
        ];
        p.timeline = [{ from: '2019-07', to: 'present', activity: 'clinical', note: 'family medicine, Toronto' }];
        p.usce = usce;
      }),
      TODAY,
    );

  it('low: the training is what ACGME fellowships accept, so it is about knowing US practice', () => {
    const f = theFlag(canadian('cfpc'));
    expect(f).toEqual({
      id: 'limited-usce',
      severity: 'low',
      title: 'No hands-on US clinical experience (trained in Canada)',
      why: 'Your profile lists no months of hands-on US clinical experience. Your CFPC-accredited family medicine residency in Canada is training ACGME fellowships accept, so this does not stand in the way of applying; programs may still ask how well you know US workflows, EHR use and quality measures.',
      actions: [
        'Show you know US practice: how documentation, quality measures and EHR governance work in US hospitals, and any US elective or collaboration you have had.',
        'In interviews name the difference openly, then show how your EHR and quality work in Canada carries over to a US health system.',
        'A US-based informatics mentor or collaborator who knows your work can add a US voice to your letters.',
      ],
      sources: [
        { doc: 'red-flags', section: 'limited-usce' },
        { doc: 'ci-pathway', section: 'fellowship-eligibility' },
        { doc: 'explaining-red-flags', section: 'international-experience-as-strength' },
      ],
    });
  });

  it('names the RCPSC, and the months when there are some', () => {
    const f = theFlag(canadian('rcpsc', [{ kind: 'elective', months: 2, handsOn: true, ehr: 'Epic' }]));
    expect(f.severity).toBe('low');
    expect(f.title).toBe('Limited hands-on US clinical experience: 2 months (trained in Canada)');
    expect(f.why).toContain(' Your RCPSC-accredited family medicine residency in Canada is training');
    expect(f.why).toMatch(/^Hands-on US clinical experience: 2 months in total \(/);
  });

  it('a residency track applicant trained in Canada gets the usual advice', () => {
    const r = limitedUsceRule(
      edit((p) => {
        p.target = 'residency-informatics-track';
        p.residencies = [
          {
            country: 'Canada',
            specialty: 'family medicine',
            from: '2019-07',
            to: '2022-06',
            completed: true,
            accreditation: 'cfpc',
          },
        ];
        p.timeline = [{ from: '2019-07', to: 'present', activity: 'clinical', note: 'Toronto' }];
        p.usce = [];
      }),
      TODAY,
    );
    expect(theFlag(r).severity).toBe('high');
    expect(theFlag(r).title).not.toContain('Canada');
  });
});
