/**
 * fellowship-eligibility and the ECFMG note, branch by branch: which residencies open ACGME
 * fellowships, what each case says about the CI boards, the routes offered, and the sources.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { readResidencies } from '../../../src/core/profile/training.js';
import {
  describeResidency,
  ecfmgNote,
  fellowshipEligibilityRule,
  nrmpSeasonText,
} from '../../../src/rules/redflag-rules/eligibility.js';
import { edit, theFlag, TODAY } from './fixtures.js';

type Residency = NonNullable<Profile['residencies']>[number];
const res = (over: Partial<Residency> = {}): Residency => ({
  country: 'Egypt',
  specialty: 'internal medicine',
  from: '2019-12',
  to: '2022-06',
  completed: true,
  ...over,
});
const withResidencies = (residencies: Residency[] | undefined, change: (p: Profile) => void = () => {}) =>
  edit((p) => {
    if (residencies) p.residencies = residencies;
    else delete p.residencies;
    change(p);
  });
const rule = (p: Profile) => fellowshipEligibilityRule(p, TODAY);

const SOURCES = [
  { doc: 'ci-pathway', section: 'fellowship-eligibility' },
  { doc: 'ci-pathway', section: 'exceptionally-qualified-applicants' },
  { doc: 'ci-pathway', section: 'board-certification' },
  { doc: 'ci-pathway', section: 'foreign-residency-only' },
  { doc: 'ci-pathway', section: 'usual-img-route' },
  { doc: 'ci-pathway', section: 'alternatives' },
];
const ROUTE = expect.stringMatching(
  /^The usual route for an IMG: match into a US \(ACGME-accredited\) residency first, .*final year\. .*NRMP Main Residency Match\. .*to plan for it, change your target to a residency with an informatics track \(.*`residency-informatics-track`.*\)\.$/,
);
const TRY_NOW = expect.stringMatching(
  /^If you still want to try a fellowship now: .*eligibility-inquiry template.*exceptionally qualified\. That needs the program director and the GME committee to approve/,
);
const NO_BOARD = expect.stringMatching(
  /^Know what a fellowship without a US or Canadian primary board would not give you: eligibility for the ABPM clinical informatics board exam\./,
);
const ALTERNATIVES = expect.stringMatching(
  /^Alternatives that do not need a US residency, each with its limits: a non-ACGME informatics fellowship .*master’s degree .*informatics job .*None of them alone makes you eligible/,
);
const ASK_ACCREDITATION =
  'Add the accreditation of each residency to your profile (acgme, acgme-i, rcpsc, cfpc or other) so this check does not have to assume it from the country.';
const CONFIRM =
  'Confirm every rule on the program’s own page and with its coordinator: eligibility rules differ by program and change by year.';
const RULE_FACT =
  'ACGME-accredited clinical informatics fellowships typically require a completed residency from an ACGME-accredited program, or an RCPSC- or CFPC-accredited program in Canada, before the fellowship starts.';
const BOARD_FACT =
  'Even if a fellowship takes you, ABPM board certification in clinical informatics requires a current primary board certification from an ABMS member board, the AOA, the RCPSC or the CFPC, and an unrestricted US or Canadian licence, which a residency abroad does not give.';

describe('describeResidency', () => {
  it('names specialty, country, dates and status', () => {
    const read = readResidencies(
      withResidencies([
        res(),
        res({ to: 'present', completed: false, country: 'USA' }),
        res({ to: '2020-05', completed: false }),
      ]),
      TODAY,
    )!;
    expect(read.map(describeResidency)).toEqual([
      'internal medicine residency in Egypt (Dec 2019 – Jun 2022, completed)',
      'internal medicine residency in the USA (Dec 2019 – now, in progress)',
      'internal medicine residency in Egypt (Dec 2019 – May 2020, not completed)',
    ]);
  });
});

describe('fellowshipEligibilityRule', () => {
  it('flags a CI fellowship target only', () => {
    expect(rule(withResidencies([], (p) => (p.target = 'residency-informatics-track')))).toEqual({
      flags: [],
      notGiven: [],
    });
    expect(rule(withResidencies([], (p) => delete p.target)).flags).toEqual([]);
  });

  it('no target yet: says in a note which route the residencies leave open, never as a flag', () => {
    const noTarget = (residencies: Residency[] | undefined) =>
      rule(withResidencies(residencies, (p) => delete p.target));
    const abroad = noTarget([res({ country: 'Syria', specialty: 'General Surgery', from: '2008-09', to: '2013-06' })]);
    expect(abroad.flags).toEqual([]);
    expect(abroad.notGiven).toEqual([]);
    expect(abroad.notes).toHaveLength(1);
    expect(abroad.notes![0]).toMatch(
      /^Your route \(no target in your profile yet\): a clinical informatics fellowship is not open to you yet: .*your General Surgery residency in Syria \(Sep 2008 – Jun 2013, completed\) does not count .*The usual route is a US residency first.*\/profile edit target/,
    );
    expect(noTarget([]).notes![0]).toMatch(/not open to you yet: .*you list no residency\./);
    const us = noTarget([
      res({ country: 'USA', accreditation: 'acgme', from: '2025-07', to: 'present', completed: false }),
    ]);
    expect(us.notes![0]).toMatch(
      /^Your route \(no target in your profile yet\): your internal medicine residency in the USA .*meets the usual requirement of ACGME clinical informatics fellowships once you complete it, so a CI fellowship is the usual next step/,
    );
    expect(noTarget(undefined).notes![0]).toMatch(/add every residency you started/);
  });

  it('residencies not given: asks for them, without a timeline pointer when no note names one', () => {
    expect(
      rule(
        withResidencies(
          undefined,
          (p) => (p.timeline = [{ from: '2022-06', to: 'present', activity: 'clinical', note: 'ward doctor' }]),
        ),
      ),
    ).toEqual({
      flags: [],
      notGiven: [
        'residencies not given — fellowship eligibility could not be checked; add every residency you started, in the US or abroad (country, specialty, years, completed), or "none"',
      ],
    });
    expect(
      rule(
        withResidencies(
          undefined,
          (p) => (p.timeline = [{ from: '2022-06', to: 'present', activity: 'clinical', note: 'chief resident year' }]),
        ),
      ).notGiven[0],
    ).toMatch(/Your timeline mentions one \("chief resident year"\)/);
    expect(rule(withResidencies(undefined, (p) => delete p.timeline)).notGiven[0]).not.toContain('timeline');
  });

  describe('when it passes, it says what was checked and what the boards still need', () => {
    const passed = (r: Residency, change: (p: Profile) => void = () => {}) => {
      const out = rule(withResidencies([r], change));
      expect(out.flags).toEqual([]);
      expect(out.notGiven).toEqual([]);
      return out.passed![0]!;
    };

    it('a completed ACGME residency, no board yet: the ABPM rule is a plan item, not a check passed', () => {
      expect(passed(res({ country: 'United States', accreditation: 'acgme' }))).toBe(
        'fellowship eligibility: your internal medicine residency in the United States (Dec 2019 – Jun 2022, completed), ACGME-accredited, meets the usual requirement of ACGME fellowships. What the clinical informatics boards need after the fellowship is a separate question: see the board certification item under "Also check".',
      );
      const none = rule(
        withResidencies(
          [res({ country: 'United States', accreditation: 'acgme' })],
          (p) => (p.boardCertification = []),
        ),
      ).notes;
      expect(none).toHaveLength(1);
      expect(none![0]).toMatch(
        /^Board certification for the clinical informatics boards: your profile lists no primary board certification yet/,
      );
      expect(none![0]).toMatch(/ABIM \(American Board of Internal Medicine\) certification in internal medicine/);
      // Not given at all: said as an "if", with where to add one.
      const unsaid = rule(
        withResidencies(
          [res({ country: 'United States', accreditation: 'acgme' })],
          (p) => delete p.boardCertification,
        ),
      ).notes;
      expect(unsaid![0]).toMatch(/your profile does not list a board certification \(add it under boardCertification/);
    });

    it('an RCPSC or CFPC residency says so; a Canadian one without accreditation says it was assumed', () => {
      expect(passed(res({ country: 'Canada', accreditation: 'rcpsc' }))).toContain(
        '(Dec 2019 – Jun 2022, completed), RCPSC-accredited, meets',
      );
      expect(passed(res({ country: 'Canada', accreditation: 'cfpc' }))).toContain(', CFPC-accredited, meets');
      expect(passed(res({ country: 'Canada' }))).toContain(', accreditation assumed from the country, meets');
    });

    it('in progress: eligible once completed, and the boards typically follow', () => {
      expect(passed(res({ country: 'USA', to: 'present', completed: false }))).toMatch(
        /, accreditation assumed from the country, meets the usual requirement of ACGME fellowships once you complete it, before the fellowship starts\. For the clinical informatics boards later, .*whose exam you can take once you complete this residency.*so plan it during residency/,
      );
    });

    it.each([
      ['family medicine', 'American Board of Family Medicine (ABFM)'],
      ['Pediatrics', 'American Board of Pediatrics (ABP)'],
      ['psychiatry', 'American Board of Psychiatry and Neurology (ABPN)'],
      ['emergency medicine', 'American Board of Emergency Medicine (ABEM)'],
      ['physical medicine and rehabilitation', 'the ABMS member board for physical medicine and rehabilitation'],
    ])('names the board a US %s residency leads to', (specialty, board) => {
      const out = passed(res({ country: 'United States', specialty, to: 'present', completed: false }));
      expect(out).toContain(board);
      expect(out).not.toMatch(/specialist training in|from abroad/);
    });

    it('a specialist title or training from abroad is said not to count, in the member’s own country', () => {
      const home = res({ country: 'Kazakhstan', specialty: 'cardiology', from: '2012-09', to: '2015-06' });
      const us = res({ country: 'USA', accreditation: 'acgme', from: '2023-07', to: 'present', completed: false });
      const out = passed(us, (p) => {
        p.residencies = [home, us];
        p.boardCertification = [{ board: 'other', specialty: 'cardiology' }];
      });
      expect(out).toContain(
        'Your cardiology specialist training in Kazakhstan and the specialist title it gave you do not count',
      );
      const boardOnly = passed(us, (p) => {
        p.boardCertification = [{ board: 'other', specialty: 'internal medicine' }];
      });
      expect(boardOnly).toContain('Your specialist certification from abroad does not count');
    });

    it('ties Step 3 to the licence only while it is missing', () => {
      const us = res({ country: 'USA', to: 'present', completed: false });
      expect(passed(us)).toMatch(/no Step 3 pass yet, so plan it during residency/);
      const withStep3 = passed(us, (p) => {
        p.exams = [...(p.exams ?? []), { exam: 'step3', date: '2024-03', result: 'pass' }];
      });
      expect(withStep3).toContain('your Step 3 pass is one of its usual conditions');
      expect(withStep3).not.toMatch(/no Step 3 pass/);
    });

    it('a Canadian residency points to the RCPSC or CFPC, not a US board', () => {
      const out = passed(res({ country: 'Canada', accreditation: 'rcpsc', to: 'present', completed: false }));
      expect(out).toContain('the RCPSC or the CFPC');
      expect(out).not.toMatch(/American Board/);
    });

    it('with a qualifying board: names it and the licence still needed; another board is not enough', () => {
      expect(
        passed(res({ country: 'USA' }), (p) => {
          p.boardCertification = [
            { board: 'other', specialty: 'internal medicine' },
            { board: 'aoa', specialty: 'family medicine' },
          ];
        }),
      ).toMatch(
        /\. Your family medicine certification from the AOA meets ABPM's primary-certification rule for the clinical informatics boards \(an unrestricted US or Canadian licence is also needed\)\. Your specialist certification from abroad does not count for it: ABPM accepts only an ABMS member board, the AOA, the RCPSC or the CFPC\.$/,
      );
      for (const [board, name] of [
        ['abms', 'an ABMS member board'],
        ['rcpsc', 'the RCPSC'],
        ['cfpc', 'the CFPC'],
      ] as const) {
        expect(passed(res({ country: 'USA' }), (p) => (p.boardCertification = [{ board, specialty: 'x' }]))).toContain(
          `Your x certification from ${name} meets`,
        );
      }
      // A home-country board is no primary certification for ABPM: the plan item says none is listed yet.
      const other = rule(
        withResidencies(
          [res({ country: 'USA' })],
          (p) => (p.boardCertification = [{ board: 'other', specialty: 'x' }]),
        ),
      );
      expect(other.passed![0]).not.toContain("meets ABPM's primary-certification rule");
      expect(other.notes![0]).toMatch(/no primary board certification yet/);
    });
  });

  it('a residency abroad (no accreditation given): high, the facts, every route, the accreditation to add; six sources', () => {
    const r = rule(withResidencies([res()]));
    expect(r.notGiven).toEqual([]);
    const f = theFlag(r);
    expect(f).toMatchObject({
      id: 'fellowship-eligibility',
      severity: 'high',
      title: 'Fellowship eligibility: no US or Canadian residency',
      sources: SOURCES,
    });
    expect(f.why).toBe(
      [
        'You list internal medicine residency in Egypt (Dec 2019 – Jun 2022, completed).',
        RULE_FACT,
        "A residency outside the US and Canada (no accreditation given) does not meet that on its own; a program may take an exceptionally qualified applicant trained abroad only with its own and its GME committee's approval.",
        // The specialty is never the obstacle (judge of p364, a radiologist trained abroad).
        'Your specialty (internal medicine) is not what stands in the way: clinical informatics fellows come from every clinical specialty, and ABPM accepts a primary certification from any ABMS member board. What is missing is a completed residency those rules accept, and the primary board certification that follows it.',
        BOARD_FACT,
      ].join(' '),
    );
    expect(f.actions).toEqual([ROUTE, TRY_NOW, NO_BOARD, ALTERNATIVES, ASK_ACCREDITATION, CONFIRM]);
  });

  it('a residency with other accreditation: says so, and does not ask for the accreditation again', () => {
    const f = theFlag(rule(withResidencies([res({ accreditation: 'other' }), res({ country: 'India' })])));
    expect(f.why).toContain('A residency with other accreditation does not meet that on its own');
    expect(f.why).toContain(
      'You list internal medicine residency in Egypt (Dec 2019 – Jun 2022, completed) and internal medicine residency in India',
    );
    const accredited = theFlag(rule(withResidencies([res({ accreditation: 'other' })])));
    expect(accredited.actions).toEqual([ROUTE, TRY_NOW, NO_BOARD, ALTERNATIVES, CONFIRM]);
  });

  it('no residency: high, "no residency yet", and the facts start from that', () => {
    const f = theFlag(rule(withResidencies([])));
    expect(f.title).toBe('Fellowship eligibility: no residency yet');
    expect(f.why).toBe(['You list no residency.', RULE_FACT, BOARD_FACT].join(' '));
    // The exception weighs a residency done abroad: with none it is not offered (judge of p339).
    expect(f.actions).toEqual([
      ROUTE,
      expect.stringMatching(/with no residency it does not apply/),
      NO_BOARD,
      ALTERNATIVES,
      CONFIRM,
    ]);
    expect(f.actions.join(' ')).not.toMatch(/If you still want to try a fellowship now/);
  });

  it('an accepted residency left before completion: high, and says it does not count', () => {
    const f = theFlag(
      rule(
        withResidencies([res({ country: 'United States', to: '2021-01', completed: false, accreditation: 'acgme' })]),
      ),
    );
    expect(f.severity).toBe('high');
    expect(f.why).toContain(
      'A residency left before completion (internal medicine residency in the United States (Dec 2019 – Jan 2021, not completed)) does not count.',
    );
    expect(f.why).not.toContain('exceptionally qualified');
  });

  it('a residency abroad left before completion is not called an accepted one left', () => {
    const f = theFlag(rule(withResidencies([res({ to: '2020-06', completed: false })])));
    expect(f.why).not.toContain('left before completion');
    expect(f.why).toContain(
      'A residency outside the US and Canada (no accreditation given) does not meet that on its own',
    );
  });

  it('ACGME International: medium, says it can qualify and to ask each program; no abroad sentence', () => {
    const f = theFlag(rule(withResidencies([res({ country: 'Qatar', accreditation: 'acgme-i' }), res()])));
    expect(f.severity).toBe('medium');
    expect(f.title).toBe('Fellowship eligibility: ACGME International training only');
    expect(f.why).toContain(
      'ACGME International training can qualify: US fellowships have taken graduates of ACGME-I-accredited residencies, but ask each program whether it accepts your program (and its ACGME-I Advanced Specialty accreditation) before you apply.',
    );
    expect(f.why).not.toContain('does not meet that on its own');
  });

  it('an ACGME-I residency left before completion does not make it medium', () => {
    const f = theFlag(rule(withResidencies([res({ country: 'Qatar', accreditation: 'acgme-i', completed: false })])));
    expect(f.severity).toBe('high');
    expect(f.title).toBe('Fellowship eligibility: no US or Canadian residency');
  });

  it('with a qualifying board: the boards are not the question, and no board warning in the actions', () => {
    const f = theFlag(
      rule(
        withResidencies(
          [res({ accreditation: 'other' })],
          (p) => (p.boardCertification = [{ board: 'abms', specialty: 'x' }]),
        ),
      ),
    );
    expect(f.why).toMatch(
      / Your listed board certification would meet the clinical informatics boards’ primary-certification rule; the fellowship entry itself is the open question\.$/,
    );
    expect(f.actions).toEqual([ROUTE, TRY_NOW, ALTERNATIVES, CONFIRM]);
  });
});

describe('ecfmgNote', () => {
  const note = (certified: boolean | undefined, exams: Profile['exams']) =>
    ecfmgNote(
      edit((p) => {
        if (certified === undefined) delete p.ecfmgCertified;
        else p.ecfmgCertified = certified;
        if (exams) p.exams = exams;
        else delete p.exams;
      }),
    );

  it('tells a residency applicant the NRMP needs the exam and communication requirements confirmed by the rank order list deadline', () => {
    for (const exams of [[{ exam: 'oet' as const, date: '2025-11', result: 'fail' as const }], undefined]) {
      const text = ecfmgNote(
        edit((p) => {
          p.ecfmgCertified = false;
          p.target = 'residency-informatics-track';
          if (exams) p.exams = exams;
          else delete p.exams;
        }),
      );
      expect(text).toMatch(
        /ECFMG must confirm to the NRMP by the rank order list deadline that you have met the exam and communication requirements for certification, or you are withdrawn from the Match \(and SOAP\)/,
      );
    }
    // A fellowship applicant matches through AMIA: the NRMP cut-off is not theirs.
    const fellow = ecfmgNote(
      edit((p) => {
        p.ecfmgCertified = false;
        p.target = 'ci-fellowship';
      }),
    );
    expect(fellow).not.toMatch(/rank order list/);
  });

  it('says nothing when certified or not stated', () => {
    expect(note(true, [])).toBeUndefined();
    expect(note(undefined, [])).toBeUndefined();
  });

  it('names what the exams leave to do; a failed attempt is not a pass', () => {
    expect(note(false, undefined)).toBe(
      'ECFMG certification: you are not certified yet, and ACGME-accredited residencies and fellowships require it before you start (your ERAS application shows programs your ECFMG status). By your exams, still to do: Step 1, Step 2 CK and the communication requirement (for most IMGs, OET Medicine, a pass/fail hurdle for ECFMG). Check ECFMG’s current requirements page for this season’s rules.',
    );
    expect(
      note(false, [
        { exam: 'step1', date: '2020-01', result: 'pass' },
        { exam: 'step2ck', date: '2021-01', result: 'fail' },
        { exam: 'oet', date: '2021-03', result: 'pass' },
      ]),
    ).toContain('By your exams, still to do: Step 2 CK.');
  });

  it('with every exam passed: points to ECFMG for what is still open, once', () => {
    const text = note(false, [
      { exam: 'step1', date: '2020-01', result: 'pass' },
      { exam: 'step2ck', date: '2021-01', result: 'pass' },
      { exam: 'oet', date: '2021-03', result: 'pass' },
    ]);
    expect(text).toMatch(
      /Your exams show Step 1, Step 2 CK and OET passed: check on ECFMG’s current requirements page what is still open for you this season \(such as the verification of your diploma and transcript\)\.$/,
    );
    expect(text?.match(/requirements page/g)).toHaveLength(1);
  });
});

describe('the NRMP season a residency applicant is pointed to', () => {
  it('before June: the next season opens in June; June to August: ERAS is open; from September: next year', () => {
    expect(nrmpSeasonText('2027-05-31')).toBe(
      'The next season typically opens in ERAS in early June 2027, with applications going to programs in September 2027',
    );
    expect(nrmpSeasonText('2027-06-01')).toBe(
      "This season's residency applications typically go to programs in early September 2027, and ERAS is already open",
    );
    expect(nrmpSeasonText('2027-08-31')).toMatch(/^This season's residency applications typically go to programs/);
    expect(nrmpSeasonText('2027-09-01')).toBe(
      "This season's residency applications went to programs in September; the next season typically opens in ERAS in early June 2028",
    );
  });
});

describe('a residency applicant whose completed residency is abroad', () => {
  const track = (residencies: Residency[]) =>
    fellowshipEligibilityRule(
      withResidencies(residencies, (p) => (p.target = 'residency-informatics-track')),
      TODAY,
    );

  it('says once that applying for a US residency is the right step, and flags nothing', () => {
    expect(track([res({ country: 'India' })])).toEqual({
      flags: [],
      notGiven: [],
      passed: [
        'residency route: applying for a US residency is the right step. Your internal medicine residency in India (Dec 2019 – Jun 2022, completed) does not count as US residency training: what US specialty boards and a clinical informatics fellowship after residency look for is an ACGME residency (or an RCPSC or CFPC one in Canada), which you enter through the NRMP Main Residency Match. A US residency normally starts at PGY-1 whatever you trained in abroad; whether a program or your specialty board gives any credit for earlier years is theirs to decide, so ask in writing before you rely on it.',
      ],
    });
  });

  // profiles33: a judge found p210 (two Damascus years, left) told nothing of it.
  it('says it too of years abroad left unfinished, of an ACGME-I residency, and of several at once', () => {
    const left = track([res({ country: 'Syria', to: '2021-01', completed: false })]).passed![0]!;
    expect(left).toMatch(
      /^residency route: .*Your internal medicine residency in Syria \(Dec 2019 – Jan 2021, not completed\) does not count as US residency training/,
    );
    expect(left).toMatch(/NRMP Main Residency Match/);
    const both = track([
      res({ country: 'Egypt', specialty: 'surgery', to: '2018-06', completed: false }),
      res({ country: 'Qatar', accreditation: 'acgme-i' }),
    ]).passed![0]!;
    expect(both).toMatch(
      /surgery residency in Egypt .* and internal medicine residency in Qatar .* do not count as US residency training/,
    );
  });

  it('says nothing with a residency that counts, or none', () => {
    const none = { flags: [], notGiven: [] };
    expect(
      track([
        res({ country: 'India' }),
        res({ country: 'United States', accreditation: 'acgme', to: 'present', completed: false }),
      ]),
    ).toEqual(none);
    expect(track([])).toEqual(none);
    // A US residency left unfinished is not training abroad: no such note, only what that year may be worth
    // (profiles34: credit or a PGY-2 place is each program's decision).
    const usLeft = track([res({ country: 'United States', accreditation: 'acgme', to: '2021-01', completed: false })]);
    expect(usLeft.flags).toEqual([]);
    expect(usLeft.passed).toHaveLength(1);
    expect(usLeft.passed![0]).toMatch(/^earlier US training: .*PGY-2 position/);
    expect(usLeft.passed![0]).not.toMatch(/does not count as US residency training/);
  });
});

describe('a US medical graduate with a residency abroad', () => {
  it('is not called an IMG, and the programs look for passed licensing exams', () => {
    const f = theFlag(
      rule(withResidencies([res()], (p) => (p.medSchool = { country: 'United States', graduated: '2019-05' }))),
    );
    expect(f.actions).toContainEqual(
      expect.stringMatching(/^The usual route: match into a US \(ACGME-accredited\) residency first/),
    );
    expect(f.actions).toContainEqual(
      expect.stringMatching(
        /programs typically look for strong evaluations from your residency and passed licensing exams\.$/,
      ),
    );
  });

  it('an IMG: the route "for an IMG", with USMLE Steps and ECFMG certification', () => {
    const f = theFlag(rule(withResidencies([res()])));
    expect(f.actions).toContainEqual(expect.stringMatching(/^The usual route for an IMG: match into a US/));
    expect(f.actions).toContainEqual(
      expect.stringMatching(/strong evaluations from your residency, passed USMLE Steps and ECFMG certification\b/),
    );
  });

  it('an IMG on the exception route: says which of the paper checks the profile already shows, and Step 3 when missing', () => {
    const exams: NonNullable<Profile['exams']> = [
      { exam: 'step1', date: '2021-05', result: 'pass' },
      { exam: 'step2ck', date: '2022-02', result: 'pass', score: 239 },
      { exam: 'oet', date: '2021-09', result: 'pass' },
    ];
    const f = theFlag(
      rule(
        withResidencies([res()], (p) => {
          p.exams = exams;
          p.ecfmgCertified = true;
        }),
      ),
    );
    expect(f.actions).toContainEqual(
      expect.stringMatching(
        /passed USMLE Steps and ECFMG certification \(your profile shows Step 1 and Step 2 CK passed and ECFMG certification\); some GME offices also ask for Step 3 where you are eligible to take it, so passing it strengthens an exception request\.$/,
      ),
    );
    const with3 = theFlag(
      rule(
        withResidencies([res()], (p) => {
          p.exams = [...exams, { exam: 'step3', date: '2023-01', result: 'pass' }];
          p.ecfmgCertified = true;
        }),
      ),
    );
    expect(with3.actions.join(' ')).toContain(
      '(your profile shows Step 1, Step 2 CK and Step 3 passed and ECFMG certification).',
    );
    expect(with3.actions.join(' ')).not.toMatch(/also ask for Step 3/);
  });
});
