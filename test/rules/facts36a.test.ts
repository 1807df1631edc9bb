import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { deferredStart, matchedAhead } from '../../src/rules/match-state.js';
import { redFlags } from '../../src/rules/redflags.js';
import { timelineForProfile } from '../../src/composers/prematch-timeline.js';

// Round facts36a (session 35's judges of p422, p423, p425, p429, p430): each fix tried on wordings
// other than the profiles', with near-misses that must not change.

const fellow = (note: string, extra: Partial<Profile> = {}): Profile =>
  ({
    version: 1,
    citizenship: 'non-us',
    visa: 'h1b',
    target: 'ci-fellowship',
    specialty: 'family medicine',
    medSchool: { country: 'Egypt', graduated: '2015-06' },
    exams: [
      { exam: 'step1', date: '2016-05', result: 'pass', score: 230 },
      { exam: 'step2ck', date: '2016-12', result: 'pass', score: 240 },
      { exam: 'step3', date: '2020-01', result: 'pass', score: 225 },
    ],
    residencies: [
      {
        country: 'United States',
        specialty: 'family medicine',
        from: '2019-07',
        to: '2022-06',
        completed: true,
        accreditation: 'acgme',
      },
    ],
    boardCertification: [{ board: 'abms', specialty: 'family medicine' }],
    timeline: [
      { from: '2019-07', to: '2022-06', activity: 'us-clinical', note: 'FM residency (ACGME), H-1B' },
      { from: '2022-07', to: 'present', activity: 'us-clinical', note },
    ],
    ...extra,
  }) as Profile;

describe('a match won with its start deferred by agreement (p430)', () => {
  const deferred = [
    'Matched with Baylor in the 2025 AMIA match; the program director approved postponing my start to July 2027 after my father fell ill.',
    'I matched in the December 2025 fellowship match. My fellowship start was pushed back to 2027-07 by written agreement with the program.',
    'Got my match at Emory in the 2025 CI match; they agreed to defer the position by one year for family reasons.',
    'Secured a position in the AMIA 2025 match, start deferred until July 2027 (agreed in writing).',
  ];
  for (const note of deferred) {
    it(`reads the later start and keeps the match binding: ${note.slice(0, 50)}`, () => {
      const p = fellow(note);
      const won = matchedAhead(p, '2026-12-02');
      expect(won?.start).toBe('2027-07');
      const t = timelineForProfile('2026-12-02', p);
      expect(t.lead).toMatch(/deferred by agreement from July 2026/);
      expect(t.lead).toMatch(/do not commit to another program in this season's match/);
      expect(t.current).toBeNull();
    });
  }
  const notDeferred = [
    // Asked, hoped or refused: the original start stands (and has passed).
    'Matched in the 2025 AMIA match for July 2026; I asked to defer my start to July 2027 but the program refused.',
    'Matched in the 2025 AMIA match for July 2026; I am hoping to postpone my start to 2027.',
  ];
  for (const note of notDeferred) {
    it(`a deferral not granted is none: ${note.slice(-50)}`, () => {
      expect(matchedAhead(fellow(note), '2026-12-02')).toBeUndefined();
    });
  }
  it('a match won this season is still read as this season’s, not as a deferral', () => {
    const t = timelineForProfile(
      '2026-12-20',
      fellow('Matched in the 2026 AMIA match at Vanderbilt, starting July 2027.'),
    );
    expect(t.lead).toMatch(/You matched/);
    expect(t.lead).not.toMatch(/deferred by agreement/);
  });
  it('deferredStart reads years and "by a year"', () => {
    expect(deferredStart('they agreed to defer my start to July 2028', 2027)).toBe(2028);
    expect(deferredStart('start postponed by one year (approved)', 2026)).toBe(2027);
    expect(deferredStart('I might defer my start to 2028', 2027)).toBeUndefined();
    expect(deferredStart('the program moved my interview to Friday', 2027)).toBeUndefined();
  });
});

describe('no J-1 as "the other route" with a labour certification under way (p430)', () => {
  const j1Route = (p: Profile, today: string) =>
    redFlags(p, today)
      .flags.find((f) => f.id === 'visa-sponsorship')
      ?.actions.join(' ') ?? '';
  for (const note of [
    'Hospitalist on H-1B since 2022; my employer filed PERM for me in 2026 and it is pending.',
    'Hospitalist, H-1B. Labor certification submitted by the hospital in May 2026.',
    'Hospitalist on H-1B; my own I-140 was filed in 2026 and is pending.',
    'Hospitalist on H-1B; employer started the PERM labour certification process this spring.',
  ]) {
    it(`warns against a new J-1: ${note.slice(0, 50)}`, () => {
      const a = j1Route(fellow(note), '2026-08-01');
      expect(a).toMatch(/Do not switch to a J-1/);
      expect(a).not.toMatch(/The other usual route/);
    });
  }
  it('near-miss: a PERM withdrawn or a spouse’s case leaves the J-1 route as it was', () => {
    for (const note of [
      'Hospitalist on H-1B; the hospital withdrew my PERM in 2025.',
      "Hospitalist on H-1B; my husband's PERM is pending with his employer.",
    ]) {
      expect(j1Route(fellow(note), '2026-08-01')).not.toMatch(/Do not switch to a J-1/);
    }
  });
});

const resident = (note: string, extra: Partial<Profile> = {}): Profile =>
  ({
    version: 1,
    citizenship: 'non-us',
    visa: 'not-needed',
    target: 'residency-informatics-track',
    specialty: 'internal medicine',
    medSchool: { country: 'Mexico', graduated: '2024-06' },
    exams: [
      { exam: 'step1', date: '2023-05', result: 'pass' },
      { exam: 'step2ck', date: '2024-01', result: 'pass', score: 238 },
    ],
    timeline: [{ from: '2024-07', to: 'present', activity: 'research', note }],
    ...extra,
  }) as Profile;

describe('DACA and TPS permits: not a visa, and how to answer the visa question (p425, p429)', () => {
  const visa = (p: Profile, today: string) => redFlags(p, today).flags.find((f) => f.id === 'visa-sponsorship');
  for (const note of [
    'Research assistant. I have deferred action (DACA) since 2014; my work permit is valid until 2028-02.',
    'Research assistant; DACA recipient, EAD expires 2027-12.',
  ]) {
    it(`DACA: no sponsorship, no J-1 fallback, some programs decline: ${note.slice(0, 40)}`, () => {
      const f = visa(resident(note), '2026-09-01')!;
      expect(f.why).toMatch(/DACA is not a visa, and you need no J-1 or H-1B sponsorship/);
      const a = f.actions.join(' ');
      expect(a).toMatch(/do not take DACA recipients/);
      expect(a).toMatch(/Do not plan on a J-1 as a fallback/);
      expect(a).not.toMatch(/could sponsor a J-1/);
    });
  }
  for (const note of [
    'Scribe in an emergency department. Temporary Protected Status (Haiti); EAD good through 2027-10.',
    'Scribe; I hold TPS (Sudan) and my employment card runs to 2028-01.',
  ]) {
    it(`TPS: no sponsorship now, Step 3 not needed to apply: ${note.slice(0, 40)}`, () => {
      const f = visa(resident(note), '2026-09-01')!;
      expect(f.why).toMatch(/TPS is not a visa/);
      expect(f.actions.join(' ')).toMatch(/Step 3 is not needed to apply/);
    });
  }
  it('near-miss: a pending green-card case keeps its own words, with no DACA/TPS lines', () => {
    const f = visa(resident('Research assistant; I-485 pending, combo card EAD valid to 2027-11.'), '2026-09-01')!;
    expect(f.why).not.toMatch(/is not a visa/);
  });
  it('near-miss: a TPS holder with Step 3 passed is not told Step 3 is not needed', () => {
    const p = resident('Scribe; TPS (Haiti), EAD good through 2027-10.', {
      exams: [
        { exam: 'step1', date: '2023-05', result: 'pass' },
        { exam: 'step2ck', date: '2024-01', result: 'pass', score: 238 },
        { exam: 'step3', date: '2025-01', result: 'pass', score: 220 },
      ],
    });
    expect(visa(p, '2026-09-01')!.actions.join(' ')).not.toMatch(/Step 3 is not needed/);
  });
});

describe('a clinical informatics fellow now is not a new applicant (p422)', () => {
  const ci = (note: string, to = 'present') =>
    fellow('Hospitalist 2022-2025', {
      visa: 'not-needed',
      citizenship: 'us-citizen',
      timeline: [
        { from: '2019-07', to: '2022-06', activity: 'us-clinical', note: 'FM residency (ACGME)' },
        { from: '2025-07', to, activity: 'informatics', note },
      ],
    });
  for (const note of [
    'Second-year clinical informatics fellow at an ACGME program in Ohio; my wife got a job in Denver and I would like to finish there.',
    'I am in an ACGME CI fellowship (PGY-5, year 2 of 2) in Boston and want to relocate.',
    'Currently a first-year informatics fellow, ACGME-accredited, Atlanta.',
    'Fellowship in clinical informatics (ACGME), year 1; thinking about moving programs for family reasons.',
  ]) {
    it(`says transfer, not a new match: ${note.slice(0, 45)}`, () => {
      const t = timelineForProfile('2026-02-10', ci(note));
      expect(t.lead).toMatch(/You are in a clinical informatics fellowship now/);
      expect(t.lead).toMatch(/transfer, arranged between the two program directors/);
      expect(t.lead).toMatch(/Do not resign/);
      expect(t.current).toBeNull();
    });
  }
  for (const [note, to] of [
    ['Completed an ACGME clinical informatics fellowship in 2025; now a CMIO.', 'present'],
    ['ACGME clinical informatics fellowship, year 2 of 2', '2025-12'],
    ['Applying to clinical informatics fellowships this season; informatics work at my hospital.', 'present'],
    ['Withdrew from my ACGME CI fellowship in 2025 for family reasons; informatics analyst now.', 'present'],
    ['One-year institutional informatics fellowship (not ACGME-accredited), year 1.', 'present'],
  ] as const) {
    it(`near-miss keeps the season: ${note.slice(0, 45)}`, () => {
      const t = timelineForProfile('2026-02-10', ci(note, to));
      expect(t.lead ?? '').not.toMatch(/You are in a clinical informatics fellowship now/);
    });
  }
});

describe('unmatched on or after results day (p423)', () => {
  const j1 = (note: string): Profile =>
    ({
      version: 1,
      citizenship: 'non-us',
      visa: 'j1',
      target: 'ci-fellowship',
      specialty: 'neurology',
      medSchool: { country: 'Kenya', graduated: '2016-06' },
      exams: [
        { exam: 'step1', date: '2018-05', result: 'pass', score: 235 },
        { exam: 'step2ck', date: '2018-12', result: 'pass', score: 244 },
        { exam: 'step3', date: '2022-01', result: 'pass', score: 225 },
      ],
      residencies: [
        {
          country: 'United States',
          specialty: 'neurology',
          from: '2023-07',
          to: 'present',
          completed: false,
          accreditation: 'acgme',
        },
      ],
      timeline: [{ from: '2023-07', to: 'present', activity: 'us-clinical', note }],
      letters: [
        {
          writer: 'Dr. A',
          role: 'program-director',
          setting: 'us',
          physician: true,
          informatics: false,
          directObservation: true,
          year: 2026,
          asked: '2026-07-01',
        },
      ],
      deadline: '2026-08-31',
    }) as Profile;
  it('reads the result from other wordings, and not from a fear or an old season', async () => {
    const { unmatchedThisSeason } = await import('../../src/rules/match-state.js');
    for (const note of [
      'Neurology PGY-4 on J-1. Fellowship match results are out: no position for me this year.',
      'Neurology resident; went unmatched in the AMIA match announced this week.',
      'Neurology resident, J-1; did not match in the 2026 CI match.',
    ]) {
      expect(unmatchedThisSeason(j1(note), '2026-12-18')).toBeDefined();
    }
    expect(
      unmatchedThisSeason(j1('Neurology resident; afraid I did not match in the AMIA match.'), '2026-12-18'),
    ).toBeUndefined();
    expect(
      unmatchedThisSeason(j1('Neurology resident; unmatched in the 2024 AMIA match, applied again.'), '2026-12-18'),
    ).toBeUndefined();
    // Before results, a result is not told yet.
    expect(
      unmatchedThisSeason(j1('Neurology resident; did not match in the 2026 CI match.'), '2026-10-01'),
    ).toBeUndefined();
  });
});
