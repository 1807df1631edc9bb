/**
 * Round facts35a: visa and credential facts told in a member's notes, each read as a general rule in
 * several wordings of our own, with near-misses that must not change: an EAD missing, asked for,
 * refused or lapsed (judge of p418); F-1 OPT, STEM OPT and CPT (p412); the basis and state of a waiver
 * of the two-year rule (p420); Canadians on an ECFMG J-1 (p414, p419); a Canadian's provincial licence
 * (p419); H-1B years counted beside an O-1 or an undecided visa (p416); a waiver served told to a
 * permanent resident (p410).
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import {
  noteEadState,
  notePendingWaiver,
  notePracticalTraining,
  waiverBasis,
} from '../../src/rules/redflag-rules/visa-notes.js';
import { redFlags } from '../../src/rules/redflags.js';

const allText = (p: Profile, today: string) => {
  const r = redFlags(p, today);
  return [
    ...r.flags.map((f) => `${f.title} ${f.why} ${f.actions.join(' ')}`),
    ...(r.notes ?? []),
    ...(r.passed ?? []),
  ].join(' ');
};
const visaFlag = (p: Profile, today: string) => redFlags(p, today).flags.find((f) => f.id === 'visa-sponsorship');

/** A physician applying to residency, with a current note and the visa given. */
const member = (note: string, visa: Profile['visa'], extra: Partial<Profile> = {}): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa,
  target: 'residency-informatics-track',
  specialty: 'internal medicine',
  medSchool: { country: 'India', graduated: '2016-05' },
  ecfmgCertified: true,
  exams: [
    { exam: 'step1', date: '2018-05', result: 'pass', score: 231 },
    { exam: 'step2ck', date: '2019-02', result: 'pass', score: 240 },
  ],
  timeline: [
    { from: '2016-06', to: '2021-06', activity: 'clinical', note: 'Medical officer, Pune' },
    { from: '2021-08', to: 'present', activity: 'research', note },
  ],
  ...extra,
});
const TODAY = '2027-08-20';

describe('an EAD told as missing, asked for, refused or lapsed', () => {
  it.each([
    ['on H-4, no EAD yet', 'none'],
    ['H-4 dependant without a work permit', 'none'],
    ['on H-4; my EAD was not approved', 'none'],
    ['applied for an H-4 EAD in June, still waiting', 'pending'],
    ['J-2 EAD application filed 2027-05', 'pending'],
    ['TPS-based EAD refused in 2027', 'denied'],
    ['(c)(9) EAD expired in July; renewal pending', 'expired'],
    ['DACA lapsed and my EAD ran out', 'expired'],
  ])('%s → %s', (note, want) => expect(noteEadState(note)).toBe(want));

  it.each([
    'on H-4 with an EAD valid to 2028-10',
    'working on an H-4 EAD',
    'asylum pending, EAD valid to 2028-04',
    'no work authorization until my H-4 EAD was approved in 2023',
  ])('held: %s', (note) => expect(noteEadState(note)).toBe('held'));

  it('leaves a spouse status that authorizes work, and a spouse’s own EAD, alone', () => {
    expect(noteEadState('L-2S, employment authorized incident to status (no EAD)')).toBeUndefined();
    expect(noteEadState("my wife's EAD is pending")).toBeUndefined();
  });

  it('an H-1B applicant on H-4 without an EAD is never told she works on one', () => {
    for (const note of [
      'Research volunteer; still on H-4 without an EAD',
      'volunteering; H-4, EAD application pending since March',
      'research assistant (unpaid); my H-4 EAD expired in May',
    ]) {
      const t = allText(member(note, 'h1b'), TODAY);
      expect(t, note).not.toMatch(/you work on an H-4 EAD/);
      expect(t, note).toMatch(/no permission to work/);
    }
  });

  it('says the H-4 EAD waits on the spouse’s approved I-140', () => {
    const t = allText(member("on H-4 without an EAD (my husband's I-140 is pending)", 'h1b'), TODAY);
    expect(t).toMatch(/approved I-140/);
    expect(t).toMatch(/not open to you yet/);
  });

  it('a no-visa member without a valid permit gets the visa item; one with a card keeps none', () => {
    const f = visaFlag(member('unpaid research; on H-4, no EAD', 'not-needed'), TODAY);
    expect(f?.severity).toBe('medium');
    expect(visaFlag(member('research; EAD application pending', 'not-needed'), TODAY)?.severity).toBe('low');
    expect(visaFlag(member('analyst; on H-4 with an EAD valid to 2032-10', 'not-needed'), TODAY)).toBeUndefined();
  });
});

describe('F-1 practical training', () => {
  it.each([
    ['data analyst on STEM OPT (ends 2028-05)', 'STEM OPT'],
    ['analyst, F-1 OPT', 'OPT'],
    ['MS practicum on CPT', 'CPT'],
    ['clinical data analyst (OPT, then H-1B since 2023-10)', undefined],
    ['data scientist on O-1 since 2024, OPT before', undefined],
  ])('%s → %s', (note, want) => expect(notePracticalTraining(note)).toBe(want));

  it('never says OPT covers training, in any wording of the permit', () => {
    for (const note of [
      'Clinical data analyst, Boston, on STEM OPT (ends 2028-05)',
      'analytics associate; F-1 OPT valid to 2028-01',
      'registry analyst on OPT',
    ]) {
      const t = allText(member(note, 'h1b'), TODAY);
      expect(t, note).not.toMatch(/would cover the start of training/);
      expect(t, note).toMatch(/not a training visa/);
    }
    expect(allText(member('analyst, STEM OPT to 2028-05', 'j1'), TODAY)).toMatch(/E-Verify/);
  });
});

describe('waivers of the two-year rule: basis and state', () => {
  it.each([
    ['I-612 hardship waiver (US citizen wife) filed 2027-03, pending', 'hardship'],
    ['waiting on my persecution waiver', 'persecution'],
    ['No Objection Statement requested from the embassy, pending', 'no-objection'],
    ['Conrad 30 waiver application filed for a rural job', 'job'],
  ])('%s → %s', (note, basis) => expect(waiverBasis(note)).toBe(basis));

  it('reads a State Department recommendation as not yet granted', () => {
    expect(
      notePendingWaiver('hardship waiver favorably recommended by the State Department, USCIS decision awaited'),
    ).toMatchObject({
      basis: 'hardship',
      recommended: true,
    });
  });

  const j1Resident = (note: string): Profile => ({
    ...member(note, 'j1'),
    target: 'ci-fellowship',
    specialty: 'neurology',
    timeline: [
      { from: '2016-06', to: '2024-01', activity: 'clinical', note: 'Medical officer, Colombo' },
      {
        from: '2024-07',
        to: 'present',
        activity: 'us-clinical',
        note: `Neurology residency (ACGME), on an ECFMG J-1. ${note}`,
      },
    ],
    residencies: [
      {
        country: 'United States',
        specialty: 'neurology',
        from: '2024-07',
        to: 'present',
        completed: false,
        accreditation: 'acgme',
      },
    ],
  });

  it('a personal waiver pending is no job to choose against the match', () => {
    for (const note of [
      'I-612 exceptional-hardship waiver filed in March 2027, pending',
      'Filed an I-612 (hardship to my US citizen husband); still waiting',
      'persecution waiver application submitted 2027-01',
    ]) {
      const t = allText(j1Resident(note), TODAY);
      expect(t, note).not.toMatch(/Choose between the fellowship and the waiver job/);
      expect(t, note).toMatch(/changes nothing/);
      expect(t, note).toMatch(/ECFMG/);
    }
  });

  it('a Conrad 30 application pending still clashes with the match (near-miss)', () => {
    const t = allText(
      j1Resident('Conrad 30 waiver application filed 2027-06 for a hospitalist job from 2028-08'),
      TODAY,
    );
    expect(t).toMatch(/Choose between the fellowship and the waiver job/);
  });
});

describe('Canadians on an ECFMG J-1', () => {
  const canadian = (note: string, visa: Profile['visa'] = 'j1') => member(`${note} Canadian citizen.`, visa);
  it('says no visa stamp is needed, in every note wording', () => {
    for (const note of [
      'Scribe, Hamilton.',
      'Research assistant, Toronto.',
      'Matched to internal medicine, start 2028-07-01.',
    ])
      expect(allText(canadian(note), TODAY), note).toMatch(/no J-1 visa stamp/);
  });
  it('not to a Canadian permanent resident who is not a citizen', () => {
    const p = member('Research assistant, Toronto; permanent resident of Canada (Indian citizen).', 'j1');
    expect(allText(p, TODAY)).not.toMatch(/no J-1 visa stamp/);
  });
});

describe('H-1B years beside an O-1 or an undecided visa', () => {
  const usJobs = (visa: Profile['visa'], tail: string): Profile => ({
    ...member('x', visa),
    target: 'ci-fellowship',
    specialty: 'anesthesiology',
    timeline: [
      { from: '2015-07', to: '2019-06', activity: 'us-clinical', note: 'Anesthesiology residency (ACGME), on H-1B' },
      { from: '2019-07', to: '2021-06', activity: 'us-clinical', note: 'Staff anesthesiologist, on H-1B' },
      { from: '2021-07', to: 'present', activity: 'us-clinical', note: tail },
    ],
    residencies: [
      {
        country: 'United States',
        specialty: 'anesthesiology',
        from: '2015-07',
        to: '2019-06',
        completed: true,
        accreditation: 'acgme',
      },
    ],
    exams: [
      { exam: 'step1', date: '2014-05', result: 'pass', score: 231 },
      { exam: 'step2ck', date: '2014-09', result: 'pass', score: 240 },
      { exam: 'step3', date: '2016-02', result: 'pass', score: 230 },
    ],
  });
  it('counts the six years and the approved I-140, and warns against a J-1', () => {
    for (const [visa, tail] of [
      ['o1', 'Attending, on O-1 since 2021-07; I-140 approved 2024, priority date not current'],
      ['undecided', 'Attending; O-1 since 2021; my EB-2 I-140 got approved in 2023'],
    ] as const) {
      const f = visaFlag(usJobs(visa, tail), TODAY)!;
      const t = `${f.why} ${f.actions.join(' ')}`;
      expect(t, visa).toMatch(/AC21/);
      expect(t, visa).toMatch(/not a neutral alternative/);
      expect(f.severity, visa).toBe('medium');
    }
  });
  it('an O-1 member with no H-1B years keeps the plain two-visa advice (near-miss)', () => {
    const p = {
      ...usJobs('o1', 'Attending, on O-1 since 2021-07'),
      timeline: [
        { from: '2021-07', to: 'present', activity: 'us-clinical' as const, note: 'Attending, on O-1 since 2021-07' },
      ],
    };
    expect(allText(p, TODAY)).not.toMatch(/AC21/);
  });
});

describe('a two-year rule settled, told to a permanent resident or citizen', () => {
  const settled = (citizenship: Profile['citizenship'], note: string): Profile => ({
    ...member('x', 'not-needed'),
    citizenship,
    timeline: [
      {
        from: '2014-07',
        to: '2017-06',
        activity: 'us-clinical',
        note: 'Internal medicine residency (ACGME), on an ECFMG J-1',
      },
      { from: '2017-08', to: 'present', activity: 'us-clinical', note },
    ],
  });
  it.each([
    [
      'us-permanent-resident',
      'Hospitalist, rural Ohio, Conrad 30 waiver job on H-1B (three-year commitment completed); green card 2022',
    ],
    ['us-citizen', 'Primary care, Kansas; served my Conrad 30 waiver; naturalised 2026'],
    ['us-permanent-resident', 'Hospitalist; I-612 hardship waiver approved 2019; green card 2021'],
  ])('%s: %s', (c, note) =>
    expect(allText(settled(c as Profile['citizenship'], note), TODAY)).toMatch(/no longer applies to you/),
  );
  it('says nothing of it without J-1 training in the notes (near-miss)', () => {
    const p = {
      ...settled('us-citizen', 'Hospitalist, Ohio'),
      timeline: [{ from: '2017-08', to: 'present', activity: 'us-clinical' as const, note: 'Hospitalist, Ohio' }],
    };
    expect(allText(p, TODAY)).not.toMatch(/two-year/);
  });
});
