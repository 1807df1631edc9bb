/**
 * multiple-match-attempts, professionalism and visa-sponsorship, branch by branch: who gets visa
 * advice at all, each visa's facts and limits, time on a visa read from the member's own notes,
 * and the actions and sources each case gives.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import {
  matchAttemptsRule,
  professionalismRule,
  VISA_LIMITS,
  visaSponsorshipRule,
} from '../../../src/rules/redflag-rules/standing.js';
import { clean, edit, theFlag, TODAY } from './fixtures.js';

describe('matchAttemptsRule', () => {
  it('says the attempts were not given when missing', () => {
    expect(matchAttemptsRule(edit((p) => delete p.matchAttempts))).toEqual({
      flags: [],
      notGiven: ['matchAttempts not given — previous Match or fellowship cycles could not be checked'],
    });
  });

  it('two cycles: medium, with what to change and how to tell it', () => {
    const r = matchAttemptsRule(edit((p) => (p.matchAttempts = 2)));
    expect(r.notGiven).toEqual([]);
    const f = theFlag(r);
    expect(f).toMatchObject({
      id: 'multiple-match-attempts',
      severity: 'medium',
      title: 'Multiple Match attempts: 2 previous cycles',
      why: 'You list 2 previous unsuccessful Match or fellowship cycles.',
    });
    expect(f.actions).toEqual([
      expect.stringMatching(
        /^Be ready to name what changed since your last cycle, and keep changing it: (?:new US clinical experience|your profile names .*add new US clinical experience)/,
      ),
      expect.stringMatching(/^Review what your 2 previous cycles tell you \(how many interviews, any feedback/),
      expect.stringMatching(/^Tell the story of what changed between cycles, consistently, in your personal statement/),
    ]);
    expect(f.sources).toEqual([
      { doc: 'red-flags', section: 'multiple-match-attempts' },
      { doc: 'explaining-red-flags', section: 'personal-statement' },
    ]);
  });

  it('three or more: high', () => {
    expect(theFlag(matchAttemptsRule(edit((p) => (p.matchAttempts = 5)))).severity).toBe('high');
  });

  it('adds visa timing only for a member who needs a visa', () => {
    const visa = theFlag(
      matchAttemptsRule(
        edit((p) => {
          p.matchAttempts = 2;
          p.citizenship = 'non-us';
          p.visa = 'h1b';
        }),
      ),
    );
    expect(visa.actions).toHaveLength(4);
    expect(visa.actions[3]).toBe(
      'Programs look harder at visa timing after repeated cycles: confirm each program sponsors your visa before you apply.',
    );
    expect(visa.sources.at(-1)).toEqual({ doc: 'visas', section: 'visa-as-logistics-risk' });
    const noVisa = theFlag(
      matchAttemptsRule(
        edit((p) => {
          p.matchAttempts = 2;
          p.citizenship = 'non-us';
          p.visa = 'not-needed';
        }),
      ),
    );
    expect(noVisa.actions).toHaveLength(3);
    expect(noVisa.sources).toHaveLength(2);
  });
});

describe('professionalismRule', () => {
  const LETTER: NonNullable<Profile['letters']>[number] = {
    writer: 'Dr. A',
    role: 'attending',
    setting: 'us',
    physician: true,
    informatics: false,
    directObservation: true,
    year: 2026,
  };
  const SOURCES = [
    { doc: 'red-flags', section: 'professionalism' },
    { doc: 'explaining-red-flags', section: 'explaining-professionalism' },
    { doc: 'explaining-red-flags', section: 'eras-experiences' },
    { doc: 'letters', section: 'letters-and-red-flags' },
  ];

  it('says it was not given when missing, and flags nothing for an empty list', () => {
    expect(professionalismRule(edit((p) => delete p.professionalism))).toEqual({
      flags: [],
      notGiven: ['professionalism not given — disciplinary history could not be checked'],
    });
    expect(professionalismRule(clean())).toEqual({ flags: [], notGiven: [] });
  });

  it('remediation not stated: one next step (find out, then get the record), never "document the completed plan"', () => {
    for (const note of [
      'a nurse complained about a tense exchange; I do not know if it was closed',
      'complaint from a patient family, no idea whether anything was filed',
    ]) {
      const f = theFlag(
        professionalismRule(
          edit((p) => {
            p.professionalism = [{ kind: 'report', date: '2019-03', note }];
          }),
        ),
      );
      const text = f.actions.join(' ');
      expect(text).toMatch(/ask your program how it was recorded and whether a remediation plan was set/);
      expect(text).not.toMatch(/completed plan|complete or document/);
    }
  });

  it('lists every entry in date order with its remediation, and asks to remediate each open one', () => {
    const r = professionalismRule(
      edit((p) => {
        p.professionalism = [
          { kind: 'probation', date: '2022-03', remediated: false },
          { kind: 'report', date: '2020-01', remediated: true, note: 'missed handover' },
          { kind: 'dismissal', date: '2021-05' },
        ];
        p.letters = [{ ...LETTER, mentionsProfessionalism: true }];
      }),
    );
    expect(r.notGiven).toEqual([]);
    const f = theFlag(r);
    expect(f).toMatchObject({ id: 'professionalism', severity: 'high', sources: SOURCES });
    expect(f.title).toBe('Professionalism: report (Jan 2020), dismissal (May 2021) and probation (Mar 2022)');
    expect(f.why).toBe(
      'Your profile lists a report or complaint (Jan 2020), remediated: "missed handover"; a dismissal (May 2021); probation (Mar 2022), not remediated. 1 entry is not marked as remediated.',
    );
    expect(f.actions).toEqual([
      expect.stringMatching(
        /^Disclose it in full: answer the ERAS question .* Trying to hide it is often a deal-breaker/,
      ),
      'Your probation of Mar 2022 is not marked as remediated: complete a remediation plan with your program, keep its record, and be ready to show what has changed since.',
      // A dismissal is not "remediated": it stays on the record and is explained.
      "Your dismissal of May 2021 stays on your record: be ready to say plainly what led to it, what you changed afterwards and what shows the change since (recent evaluations, a current supervisor's letter).",
      expect.stringMatching(/^Document the remediation: the completed plan, .* recent evaluations/),
      expect.stringMatching(/^Explain it in one paragraph: what happened .* the lesson for informatics work\.$/),
      // A letter already addresses it: the report names it and says to keep it (a judge of blind
      // profile batch B: "never tells her that Dr. Moss's letter already covers it").
      // Three items the profile cannot place: the letter is not claimed to cover any of them.
      expect.stringMatching(/does not show which item .* cannot confirm what its writer does not know/),
    ]);
  });

  it('a resignation alone is explained, never coached as a misconduct to remediate or own', () => {
    const f = theFlag(
      professionalismRule(
        edit((p) => {
          p.professionalism = [{ kind: 'resignation', date: '2023-03', note: 'left to relocate with my spouse' }];
        }),
      ),
    );
    expect(f.actions.join(' ')).toMatch(/Be ready to explain your resignation of Mar 2023/);
    expect(f.actions.join(' ')).not.toMatch(/Document the remediation|your own responsibility/);
  });

  it('says nothing about remediation when all is remediated, and nudges only when letters are listed', () => {
    const done = (letters: Profile['letters']) =>
      theFlag(
        professionalismRule(
          edit((p) => {
            p.professionalism = [{ kind: 'report', date: '2023-01', remediated: true }];
            if (letters) p.letters = letters;
            else delete p.letters;
          }),
        ),
      );
    const listed = done([LETTER]);
    expect(listed.why).toBe('Your profile lists a report or complaint (Jan 2023), remediated.');
    // A report alone may have been an informal note: find out how it was recorded, then disclose
    // where a question covers it (never "disclose in full" on a form that may not ask).
    expect(listed.actions[0]).toMatch(
      /^Disclose it honestly wherever the application asks: first find out how your program recorded it/,
    );
    expect(listed.actions[0]).toMatch(/trying to hide it is often a deal-breaker/);
    expect(listed.actions).toHaveLength(4);
    expect(listed.actions[3]).toMatch(
      /letters confirm it\. None of your listed letters is marked as addressing professionalism yet\.$/,
    );
    expect(done(undefined).actions[3]).toMatch(/letters confirm it\.$/);
  });
});

describe('visaSponsorshipRule: who gets visa advice', () => {
  it('asks for citizenship when it is missing', () => {
    expect(
      visaSponsorshipRule(
        edit((p) => delete p.citizenship),
        TODAY,
      ),
    ).toEqual({
      flags: [],
      notGiven: ['citizenship not given — visa sponsorship could not be checked'],
    });
  });

  it('gives none to a citizen, a permanent resident, or a non-citizen who needs no visa', () => {
    for (const citizenship of ['us-citizen', 'us-permanent-resident'] as const) {
      for (const visa of ['j1', 'h1b', 'o1', 'undecided'] as const) {
        const p = edit((x) => {
          x.citizenship = citizenship;
          x.visa = visa;
        });
        expect(visaSponsorshipRule(p, TODAY), `${citizenship} ${visa}`).toEqual({
          flags: [],
          notGiven: [],
          passed: [
            `Visa: as a US ${citizenship === 'us-citizen' ? 'citizen' : 'permanent resident'}, you need no visa for training.`,
          ],
        });
      }
    }
    const settled = edit((x) => {
      x.citizenship = 'non-us';
      x.visa = 'not-needed';
    });
    // No flag; since newcomer trial 19 one note keeps the work-authorization topic (what a
    // dependant's permit would mean, and what to add so the dates can be checked).
    const r = visaSponsorshipRule(settled, TODAY);
    expect(r.flags).toEqual([]);
    expect(r.notes).toHaveLength(1);
    expect(r.notes![0]).toMatch(/^Work authorization: your profile says you need no visa, but not what/);
  });
});

describe('visaSponsorshipRule by visa', () => {
  const visa = (v: Profile['visa'] | undefined, change: (p: Profile) => void = () => {}) =>
    theFlag(
      visaSponsorshipRule(
        edit((p) => {
          p.citizenship = 'non-us';
          if (v) p.visa = v;
          else delete p.visa;
          delete p.residencies;
          p.timeline = [{ from: '2022-06', to: 'present', activity: 'clinical', note: 'hospital job, Cairo' }];
          change(p);
        }),
        TODAY,
      ),
    );
  const COMMON_TAIL = [
    expect.stringMatching(
      /^Build your list of programs that take IMGs and sponsor your visa in the spring, before ERAS applications for fellowships open/,
    ),
    expect.stringMatching(/^Raise visa matters in interviews only when asked or relevant, briefly; .*immigration\.$/),
    expect.stringMatching(
      /^Confirm the details with ECFMG, the program and, if needed, an immigration attorney: .* not legal/,
    ),
  ];
  const BASE_SOURCES = [
    { doc: 'red-flags', section: 'how-programs-read-red-flags' },
    { doc: 'visas', section: 'visa-as-logistics-risk' },
    { doc: 'visas', section: 'j1-h1b-o1' },
  ];

  it('J-1: ECFMG sponsorship, the Statement of Need naming the specialty, the limits; J-1 sources', () => {
    const f = visa('j1');
    expect(f).toMatchObject({ id: 'visa-sponsorship', severity: 'low', title: 'Visa sponsorship needed (J-1)' });
    expect(f.why).toBe('You are not a US citizen or permanent resident and would need a J-1 visa for training.');
    expect(f.actions).toEqual([
      'J-1 for clinical training is sponsored by ECFMG (not by the program). You will need a Statement of Need: a letter to ECFMG from the Ministry of Health of your country of most recent legal permanent residence (your country of citizenship, unless you have become a permanent resident of another country; if you live abroad on a work or residence permit, ask ECFMG which ministry applies to you), naming exactly the specialty you will train in (clinical informatics for a CI fellowship). Start on it early, as ministries can take months.',
      expect.stringMatching(
        new RegExp(
          `^Know the J-1 limits: clinical training on it is capped at ${VISA_LIMITS.j1MaxYears} years in total, and afterwards you must spend two years in your home country \\(or obtain a waiver.*cannot switch to H-1B inside the US without that waiver\\.$`,
        ),
      ),
      // The other visa and what it needs, with Step 3 not passed.
      expect.stringMatching(
        /^An H-1B is the other training visa .*needs all three USMLE Steps passed before the program can file.*8 U\.S\.C\. 1182\(j\)\(2\).*Your profile lists no Step 3 pass yet: if you want H-1B to stay open, pass Step 3 before programs decide\.$/,
      ),
      expect.stringMatching(/^Check each program's sponsorship history for J-1 before you apply/),
      ...COMMON_TAIL,
    ]);
    expect(f.sources).toEqual([
      ...BASE_SOURCES,
      { doc: 'visas', section: 'j1-sponsorship' },
      { doc: 'visas', section: 'h1b-for-training' },
      { doc: 'visas', section: 'sponsorship-history' },
    ]);
  });

  it('J-1 for a residency track: the Statement of Need without the fellowship aside', () => {
    const f = visa('j1', (p) => (p.target = 'residency-informatics-track'));
    expect(f.actions[0]).toMatch(/naming exactly the specialty you will train in\. Start on it early/);
  });

  it('J-1 after US training: the Statement of Need is one item, with the new letter for the fellowship inside it', () => {
    const f = visa('j1', (p) => {
      p.residencies = [
        {
          country: 'United States',
          specialty: 'internal medicine',
          from: '2024-07',
          to: 'present',
          completed: false,
          accreditation: 'acgme',
        },
      ];
    });
    const son = f.actions.filter((a) => /Statement of Need/.test(a));
    expect(son).toHaveLength(1);
    expect(son[0]).toMatch(
      /most recent legal permanent residence .*even if you had one for residency, the fellowship needs one naming clinical informatics\./,
    );
  });

  it('H-1B with Step 3 passed: low, the petition, cap-exempt employers and the six-year limit; H-1B sources', () => {
    const f = visa('h1b', (p) => p.exams!.push({ exam: 'step3', date: '2024-03', result: 'pass' }));
    expect(f).toMatchObject({ severity: 'low', title: 'Visa sponsorship needed (H-1B)' });
    expect(f.why).toBe(
      'You are not a US citizen or permanent resident and would need an H-1B visa for training. H-1B sponsorship for training requires all USMLE Steps passed, Step 3 included; your profile shows Step 3 passed (Mar 2024).',
    );
    expect(f.actions).toEqual([
      expect.stringMatching(
        /^The program itself petitions for H-1B, and not every program does: .* cap-exempt employers, so the yearly H-1B lottery does not apply/,
      ),
      `H-1B time is limited to ${VISA_LIMITS.h1bMaxYears} years in total, and training years count. A CI fellowship typically takes 2 of them.`,
      expect.stringMatching(/^Check each program's sponsorship history for H-1B before you apply/),
      ...COMMON_TAIL,
    ]);
    expect(f.sources).toEqual([
      ...BASE_SOURCES,
      { doc: 'visas', section: 'h1b-for-training' },
      { doc: 'visas', section: 'sponsorship-history' },
    ]);
  });

  it('H-1B without Step 3: medium, Step 3 first, J-1 as what remains; no fellowship years for a residency track', () => {
    const f = visa('h1b', (p) => (p.target = 'residency-informatics-track'));
    expect(f.severity).toBe('medium');
    expect(f.title).toBe('Visa sponsorship needed (H-1B): Step 3 not passed yet');
    expect(f.actions[0]).toMatch(
      /^Pass Step 3 before programs decide: .*petition .*Without it, only J-1 remains open: sponsored by ECFMG, with a Statement of Need/,
    );
    expect(f.actions[2]).toBe('H-1B time is limited to 6 years in total, and training years count.');
  });

  it('O-1: not the visa to ask programs for; J-1 or H-1B (Step 3) instead, with both visas’ sources', () => {
    const f = visa('o1');
    expect(f).toMatchObject({ severity: 'low', title: 'Visa sponsorship needed' });
    expect(f.why).toMatch(
      /names O-1 as your visa\. An O-1 is petitioned by one employer for one role: it does not carry over/,
    );
    expect(f.why).not.toMatch(/would need an O-1/);
    expect(f.actions).toEqual([
      expect.stringMatching(
        /^An O-1 is tied to the employer and role .*will not carry you into training\. Programs usually sponsor a J-1 \(through ECFMG.*or an H-1B .*Step 3 included.*do not present O-1 as the visa you need/,
      ),
      expect.stringMatching(/^Check each program's sponsorship history before you apply/),
      ...COMMON_TAIL,
    ]);
    expect(f.sources).toEqual([
      ...BASE_SOURCES,
      { doc: 'visas', section: 'j1-sponsorship' },
      { doc: 'visas', section: 'h1b-for-training' },
      { doc: 'visas', section: 'sponsorship-history' },
    ]);
  });

  it('O-1 held now for a job: tied to the present employer and role, a new employer needs its own petition', () => {
    const f = visa('o1', (p) => {
      p.timeline = [
        {
          from: '2023-01',
          to: 'present',
          activity: 'informatics',
          note: 'data scientist at a digital health startup (O-1A)',
        },
      ];
    });
    expect(f.why).toMatch(/your notes say you hold it now/);
    expect(f.actions[0]).toMatch(
      /^Your current O-1 is tied to your present employer and role, and a new employer .* needs a new petition/,
    );
  });

  it('undecided: compare J-1 and H-1B, keep H-1B open with Step 3; both visas’ sources', () => {
    const f = visa('undecided');
    expect(f).toMatchObject({ severity: 'low', title: 'Visa sponsorship needed' });
    expect(f.why).toBe(
      'You are not a US citizen or permanent resident and have not decided which visa you would train on.',
    );
    expect(f.actions).toEqual([
      expect.stringMatching(
        /^Compare J-1 and H-1B for your situation: J-1 is sponsored by ECFMG .*H-1B is petitioned by the program and needs all USMLE Steps including Step 3 passed\./,
      ),
      'If you want H-1B to stay open, plan to pass Step 3 before applications close.',
      "Check each program's sponsorship history before you apply (website, current fellows, open houses), and send a short eligibility inquiry where it is unclear.",
      ...COMMON_TAIL,
    ]);
    expect(f.sources).toEqual([
      ...BASE_SOURCES,
      { doc: 'visas', section: 'j1-sponsorship' },
      { doc: 'visas', section: 'h1b-for-training' },
      { doc: 'visas', section: 'sponsorship-history' },
    ]);
  });

  it('undecided with Step 3 passed: no Step 3 reminder', () => {
    const f = visa('undecided', (p) => p.exams!.push({ exam: 'step3', date: '2024-03', result: 'pass' }));
    expect(f.actions.some((a) => a.includes('plan to pass Step 3'))).toBe(false);
  });

  it('no visa given: says the profile does not say which', () => {
    const f = visa(undefined);
    expect(f.why).toBe(
      'You are not a US citizen or permanent resident and your profile does not say which visa you would need.',
    );
    expect(f.title).toBe('Visa sponsorship needed');
  });
});

describe('visaSponsorshipRule: time already spent on the visa', () => {
  const onVisa = (
    v: 'j1' | 'h1b',
    timeline: NonNullable<Profile['timeline']>,
    change: (p: Profile) => void = () => {},
  ) =>
    theFlag(
      visaSponsorshipRule(
        edit((p) => {
          p.citizenship = 'non-us';
          p.visa = v;
          p.exams!.push({ exam: 'step3', date: '2021-03', result: 'pass' });
          delete p.residencies;
          p.timeline = timeline;
          change(p);
        }),
        TODAY,
      ),
    );

  it('J-1 time named in the notes that a fellowship would push past seven years: medium, ask ECFMG', () => {
    const f = onVisa('j1', [
      { from: '2018-07', to: '2021-06', activity: 'us-clinical', note: 'IM residency on J1' },
      { from: '2021-07', to: 'present', activity: 'us-clinical', note: 'research fellow, J-1' },
    ]);
    expect(f.severity).toBe('medium');
    expect(f.why).toContain(
      'Your timeline shows about 8 years 4 months on J-1 so far (Jul 2018 – now), and all of it counts toward the 7-year limit. If you stay on J-1 until a fellowship starting Jul 2027 (typically 2 years), you would have about 9 years by its start and about 11 years by its end: past the limit.',
    );
    expect(f.actions).toContain(
      'Your J-1 time would run past the seven-year limit: ask ECFMG whether an extension applies to you before you rank or commit to a program.',
    );
  });

  it('J-1 time only inferred from a US residency: stays low and says "if"', () => {
    const f = onVisa('j1', [], (p) => {
      p.residencies = [
        { country: 'USA', specialty: 'internal medicine', from: '2018-07', to: '2024-06', completed: true },
      ];
    });
    expect(f.severity).toBe('low');
    expect(f.why).toContain(
      'Your profile shows about 6 years of US residency (Jul 2018 – Jun 2024); if it was on J-1, it counts toward the 7-year limit; a fellowship starting Jul 2027 (typically 2 years) would bring it to about 8 years by its end: past the limit.',
    );
    expect(f.actions.filter((a) => /^If so, your J-1 time would run past the seven-year limit/.test(a))).toHaveLength(
      1,
    );
  });

  it('counts a US clinical job after a US residency toward H-1B time when no note names the visa, never says "within the limit" for the residency alone, and is not low when it runs past the limit', () => {
    // A pediatrician three years out of a US residency, working as a hospitalist since, H-1B now.
    const f = onVisa(
      'h1b',
      [{ from: '2024-07', to: 'present', activity: 'us-clinical', note: 'pediatric hospitalist' }],
      (p) => {
        p.residencies = [{ country: 'USA', specialty: 'pediatrics', from: '2021-07', to: '2024-06', completed: true }];
      },
    );
    // Inferred, but either way a problem: past six years on H-1B, or a J-1 home-residence rule.
    expect(f.severity).toBe('medium');
    expect(f.actions.some((a) => /^If your residency was on a J-1 instead, the two-year home-residence/.test(a))).toBe(
      true,
    );
    expect(f.why).toContain(
      'Your profile shows about 5 years 4 months of US residency and US clinical work (Jul 2021 – now); whatever part of it was on H-1B counts toward the 6-year limit, a job as much as training.',
    );
    expect(f.why).toMatch(/past the limit/);
    expect(f.why).not.toMatch(/within the limit/);
    expect(
      f.actions.some((a) =>
        /^If all of that time was on H-1B, your H-1B time would run out before the training ends/.test(a),
      ),
    ).toBe(true);
  });

  it('leaves US clinical work before any US residency out of inferred H-1B time, and a J-1 projection to the residency', () => {
    const before = [{ from: '2019-01', to: '2019-06', activity: 'us-clinical', note: 'externship' }] as const;
    const residency = (p: Profile) => {
      p.residencies = [{ country: 'USA', specialty: 'pediatrics', from: '2021-07', to: '2024-06', completed: true }];
    };
    expect(onVisa('h1b', [...before], residency).why).toContain('about 3 years of US residency (Jul 2021 – Jun 2024)');
    const after = [{ from: '2024-07', to: 'present', activity: 'us-clinical', note: 'hospitalist' }] as const;
    expect(onVisa('j1', [...after], residency).why).toContain('about 3 years of US residency (Jul 2021 – Jun 2024)');
  });

  it('for a residency track, counts no fellowship years and says when the limit is already reached', () => {
    const timeline = [{ from: '2019-07', to: 'present', activity: 'us-clinical', note: 'H-1B hospitalist' }] as const;
    const f = onVisa('h1b', [...timeline], (p) => (p.target = 'residency-informatics-track'));
    expect(f.why).toContain(
      'Your timeline shows about 7 years 4 months on H-1B so far (Jul 2019 – now), and this report counts all of it toward the 6-year limit. If you stay on H-1B until a residency starting Jul 2027 (typically at least 3 years), you would have about 8 years by its start and about 11 years by its end: past the limit.',
    );
    expect(f.severity).toBe('medium');
    // Followed by the J-1 route (session 28, p330), so found by meaning rather than by place.
    expect(
      f.actions.some((a) =>
        /^Your H-1B time would run out before the training ends: going past six years is possible only in specific cases \(recapturing days spent outside the US/.test(
          a,
        ),
      ),
    ).toBe(true);
    const within = onVisa('h1b', [{ from: '2024-07', to: 'present', activity: 'us-clinical', note: 'H1B' }], (p) => {
      p.target = 'residency-informatics-track';
    });
    expect(within.why).toContain(
      'Your timeline shows about 2 years 4 months on H-1B so far (Jul 2024 – now), and this report counts all of it toward the 6-year limit. If you stay on H-1B until a residency starting Jul 2027 (typically at least 3 years), you would have about 3 years by its start and about 6 years by its end: right at the limit.',
    );
    expect(within.severity).toBe('low');
  });

  it('counts exactly the limit as reached, and a fellowship that ends exactly at it as right at the limit', () => {
    const atLimit = onVisa('h1b', [{ from: '2020-12', to: '2026-11', activity: 'us-clinical', note: 'H-1B' }], (p) => {
      p.target = 'residency-informatics-track';
    });
    expect(atLimit.why).toContain(
      'about 5 years 11 months on H-1B so far (Dec 2020 – now), and this report counts all of it toward the 6-year limit. If you stay on H-1B until a residency starting Jul 2027 (typically at least 3 years), you would have about 6 years 7 months by its start and about 9 years 7 months by its end: past the limit.',
    );
    expect(atLimit.severity).toBe('medium');
    // A finished stretch does not grow until the fellowship starts.
    const fits = onVisa('j1', [{ from: '2021-01', to: '2025-12', activity: 'us-clinical', note: 'J-1' }]);
    expect(fits.why).toContain(
      'about 5 years on J-1 so far (Jan 2021 – Dec 2025), and all of it counts toward the 7-year limit; a fellowship starting Jul 2027 (typically 2 years) would bring it to about 7 years by its end: right at the limit.',
    );
    expect(fits.severity).toBe('low');
  });

  it('H-1B time inferred from a residency and over the limit: an "if", but medium (on a J-1 instead, the home-residence rule applies)', () => {
    const f = onVisa('h1b', [], (p) => {
      p.residencies = [
        { country: 'USA', specialty: 'internal medicine', from: '2019-07', to: '2024-06', completed: true },
      ];
    });
    expect(f.severity).toBe('medium');
    expect(f.actions.some((a) => a.startsWith('If so, your H-1B time would run out'))).toBe(true);
  });

  it('counts only US clinical time, once where entries overlap, and only the entries that name the visa', () => {
    const f = onVisa('h1b', [
      { from: '2015-01', to: '2017-12', activity: 'clinical', note: 'home hospital, before H-1B' },
      { from: '2022-01', to: '2022-12', activity: 'us-clinical', note: 'observer' },
      { from: '2023-01', to: '2024-12', activity: 'us-clinical', note: 'H-1B research' },
      { from: '2024-07', to: '2025-06', activity: 'us-clinical', note: 'H-1B clinical' },
    ]);
    expect(f.why).toContain('about 2 years 6 months on H-1B so far (Jan 2023 – Jun 2025)');
  });

  it('names separate stretches on the visa', () => {
    const f = onVisa('j1', [
      { from: '2019-01', to: '2019-12', activity: 'us-clinical', note: 'J-1 research year' },
      { from: '2021-01', to: '2021-12', activity: 'us-clinical', note: 'J-1 prelim' },
    ]);
    expect(f.why).toContain('about 2 years on J-1 so far (Jan 2019 – Dec 2019 and Jan 2021 – Dec 2021)');
    expect(f.severity).toBe('low');
  });

  it('says nothing about time when the profile shows no US clinical time', () => {
    const f = onVisa('j1', [{ from: '2019-01', to: 'present', activity: 'clinical', note: 'J-1 planned' }]);
    expect(f.why).toBe('You are not a US citizen or permanent resident and would need a J-1 visa for training.');
  });
});
