/**
 * The member's own history comes before generic questions: a recent break (asked as readiness
 * when it was for their own health), years away from patients that a short stint ended, a
 * residency or fellowship left; and a default-size plan never spends two places on one theme.
 */
import { describe, expect, it } from 'vitest';
import type { Profile, TimelineEntry } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';
import { specialtyRelation } from '../../src/mock/specialty.js';
import { cleanProfile, exampleProfile, TODAY } from './fixtures.js';

/** A non-US applicant to an internal medicine residency, no residency yet, with two medium flags. */
const applicant = (timeline: TimelineEntry[], over: Partial<Profile> = {}): Profile =>
  cleanProfile({
    citizenship: 'non-us',
    visa: 'j1',
    target: 'residency-informatics-track',
    medSchool: { country: 'Cameroon', graduated: '2019-07' },
    exams: [
      { exam: 'step1', date: '2022-03', result: 'pass' },
      { exam: 'step2ck', date: '2023-04', result: 'pass', score: 216 },
    ],
    usce: [{ kind: 'externship', months: 2, ehr: 'Epic', handsOn: true }],
    residencies: [],
    timeline,
    ...over,
  });

/** Clinical work, then a break of `months` ending in 2025-02 with this note, then clinical work again. */
const withBreak = (activity: TimelineEntry['activity'], note: string, from = '2024-09'): TimelineEntry[] => [
  { from: '2019-08', to: '2024-08', activity: 'clinical', note: 'general practitioner' },
  { from, to: '2025-02', activity, note },
  { from: '2025-03', to: 'present', activity: 'clinical', note: 'general practitioner' },
];

const ids = (p: Profile, options = {}) => mockPlan(p, TODAY, options).questions.map((q) => q.id);
const find = (p: Profile, id: string) => mockPlan(p, TODAY).questions.find((q) => q.id === id);

describe('mockPlan: a break for the member’s own health', () => {
  it('rehearses a recent health leave at the default count as readiness, told without medical detail', () => {
    const notes = [
      'burnout and depression; treated, and cleared by my physician for full clinical work',
      'sick leave for depression',
      'I was hospitalised after an accident, then rehabilitation; fully recovered',
      'treatment and recovery from pulmonary tuberculosis',
      'medical leave (own health), back to work on a graduated plan',
      'had a nervous breakdown, psychiatric care; stable and working since 2025',
      'Long COVID, could not work; recovered now',
    ];
    for (const note of notes) {
      const p = applicant(withBreak('personal', note));
      const q = find(p, 'rf-gap-health');
      expect(q, note).toBeDefined();
      expect(q!.why, note).toMatch(/without medical detail/);
      expect(q!.why, note).toMatch(/Sep 2024 – Feb 2025/);
      expect(ids(p), note).not.toContain('rf-training-gap');
      expect(q!.hint).toMatch(/never have to give a diagnosis/);
      expect(q!.expectsInformatics).toBe(false);
    }
  });

  it('says so when a short plan leaves the break out', () => {
    const p = applicant(withBreak('personal', 'stress leave, now back at full work'));
    const plan = mockPlan(p, TODAY, { count: 3 });
    expect(plan.questions.map((q) => q.id)).not.toContain('rf-gap-health');
    expect(plan.didNotFit).toContain('rf-gap-health');
  });

  it('never asks how a health break was used, even in a red-flag focus', () => {
    const p = applicant(withBreak('personal', 'burnout; treated and back at work'));
    const focused = ids(p, { focus: 'red-flag', count: 20 });
    expect(focused).toContain('rf-gap-health');
    expect(focused).not.toContain('rf-training-gap');
  });

  it('asks about a relative’s illness as a life event, never as the member’s own health', () => {
    for (const note of [
      'caring for my mother during her chemotherapy',
      'looked after father after his stroke',
      'my husband had surgery and I took care of our children',
    ]) {
      const p = applicant(withBreak('personal', note));
      expect(ids(p), note).toContain('rf-gap-on-cv');
      expect(ids(p), note).not.toContain('rf-gap-health');
    }
  });

  it('asks how a long unexplained or exam-preparation stretch was used', () => {
    const p = applicant(withBreak('none', '', '2022-09'));
    expect(ids(p)).toContain('rf-training-gap');
  });

  it('leaves out a low gap that was only exam preparation, long ago, or followed by an accepted residency', () => {
    // Exam preparation only: ordinary for an IMG, and the rules weigh it low.
    expect(ids(applicant(withBreak('exam-prep', 'USMLE preparation', '2024-05')))).not.toContain('rf-training-gap');
    // A six-month leave six years ago with years of clinical work since.
    const old: TimelineEntry[] = [
      { from: '2019-08', to: '2020-02', activity: 'clinical' },
      { from: '2020-03', to: '2020-08', activity: 'personal', note: 'moved country with my family' },
      { from: '2020-09', to: 'present', activity: 'clinical' },
    ];
    const plan = ids(applicant(old), { count: 20 });
    expect(plan.filter((id) => /gap/.test(id))).toEqual([]);
    // A fellowship applicant whose residency came after the break.
    const fellow = cleanProfile({
      citizenship: 'us-permanent-resident',
      medSchool: { country: 'Egypt', graduated: '2016-06' },
      timeline: [
        { from: '2016-07', to: '2018-12', activity: 'clinical' },
        { from: '2019-01', to: '2019-08', activity: 'personal', note: 'cared for my father after his surgery' },
        { from: '2023-07', to: 'present', activity: 'us-clinical', note: 'internal medicine residency' },
        { from: '2019-09', to: '2023-06', activity: 'research', note: 'research assistant' },
      ],
      residencies: [
        { country: 'USA', specialty: 'internal medicine', from: '2023-07', to: 'present', completed: false },
      ],
    });
    expect(ids(fellow, { count: 20 }).filter((id) => /gap/.test(id))).toEqual([]);
  });
});

describe('mockPlan: years away from patients before a short recent stint', () => {
  const analyst = (over: Partial<Profile> = {}) =>
    applicant(
      [
        { from: '2019-08', to: '2020-06', activity: 'clinical', note: 'house officer' },
        { from: '2020-07', to: '2026-03', activity: 'informatics', note: 'EHR analyst' },
        { from: '2026-04', to: '2026-05', activity: 'us-clinical', note: 'hands-on externship' },
        { from: '2026-06', to: 'present', activity: 'informatics', note: 'EHR analyst, part time' },
      ],
      over,
    );

  it('asks how ready the member is for the wards, even though the stint keeps clinical currency', () => {
    const q = find(analyst(), 'rf-time-away-from-patients');
    expect(q?.why).toBe(
      'You spent 5 years 9 months away from patient care (Jul 2020 – Mar 2026) before your recent clinical work: interviewers ask how ready you are for the wards.',
    );
    expect(ids(analyst())).not.toContain('rf-clinical-currency');
  });

  it('does not ask it after a year of clinical work, or of a member back in residency', () => {
    const longStint = applicant([
      { from: '2019-08', to: '2020-06', activity: 'clinical' },
      { from: '2020-07', to: '2025-06', activity: 'informatics' },
      { from: '2025-07', to: 'present', activity: 'clinical', note: 'medical officer' },
    ]);
    // Not the wards-readiness question; since round ux45 a job away from patients with a year back in
    // practice is asked the other way: why leave clinical work, and why come back.
    const asked = mockPlan(longStint, TODAY, { count: 20 }).questions.find(
      (q) => q.id === 'rf-time-away-from-patients',
    );
    if (asked) expect(asked.text).toMatch(/Why did you leave clinical work, and why did you come back\?/);
    const resident = analyst({
      timeline: [
        { from: '2019-08', to: '2020-06', activity: 'clinical' },
        { from: '2020-07', to: '2026-03', activity: 'research' },
        { from: '2026-04', to: 'present', activity: 'us-clinical', note: 'preliminary year' },
      ],
      residencies: [
        { country: 'USA', specialty: 'internal medicine', from: '2026-04', to: 'present', completed: false },
      ],
    });
    expect(ids(resident, { count: 20 })).not.toContain('rf-time-away-from-patients');
  });

  it('asks one question, not two, when a rehearsed gap or the currency flag already covers those years', () => {
    const displaced = applicant([
      { from: '2019-08', to: '2021-06', activity: 'clinical' },
      { from: '2021-07', to: '2024-01', activity: 'personal', note: 'displaced by the war; resettled as a refugee' },
      { from: '2024-02', to: '2026-03', activity: 'exam-prep' },
      { from: '2026-04', to: '2026-06', activity: 'us-clinical', note: 'externship' },
    ]);
    const plan = ids(displaced);
    expect(plan).toContain('rf-gap-on-cv');
    expect(plan).not.toContain('rf-time-away-from-patients');
  });

  it('asks both when years of non-clinical work before the gap make the time away much longer than it', () => {
    // Two years as a lab coordinator, then two and a half at home with a newborn, then an externship:
    // the gap question covers the home years, not nearly five years without a patient.
    const coordinatorThenHome = applicant([
      { from: '2019-08', to: '2021-05', activity: 'clinical', note: 'medical officer, Douala' },
      { from: '2021-06', to: '2023-05', activity: 'research', note: 'trial coordinator, no patient contact' },
      { from: '2023-06', to: '2025-11', activity: 'personal', note: 'at home with our newborn' },
      { from: '2025-12', to: '2026-03', activity: 'us-clinical', note: 'hands-on externship' },
      { from: '2026-04', to: 'present', activity: 'informatics', note: 'EHR support analyst' },
    ]);
    const plan = ids(coordinatorThenHome);
    expect(plan).toContain('rf-gap-on-cv');
    expect(plan).toContain('rf-time-away-from-patients');
    expect(find(coordinatorThenHome, 'rf-time-away-from-patients')?.why).toMatch(
      /^You spent 4 years 6 months away from patient care \(Jun 2021 – Nov 2025\)/,
    );
  });
});

describe('mockPlan: the member’s own history before generic questions', () => {
  it('fits every history item of a member with many of them into the default plan', () => {
    const p = applicant(
      [
        { from: '2019-08', to: '2022-06', activity: 'clinical' },
        { from: '2022-07', to: '2023-10', activity: 'research', note: 'research coordinator' },
        { from: '2023-11', to: '2024-09', activity: 'personal', note: 'cared for my father; treated for burnout' },
        { from: '2024-10', to: 'present', activity: 'research', note: 'informatics research assistant' },
      ],
      { matchAttempts: 2, exams: [...applicant([]).exams!, { exam: 'step3', date: '2024-01', result: 'fail' }] },
    );
    const plan = ids(p);
    for (const id of ['rf-exam-failure', 'rf-multiple-match-attempts', 'rf-clinical-currency', 'rf-gap-health']) {
      expect(plan, id).toContain(id);
    }
    expect(plan).not.toContain('team-conflict');
    expect(plan).toHaveLength(8);
  });

  it('never spends two places on one theme in a default-size plan', () => {
    const pairs = [
      ['adapt-to-us-system', 'home-vs-us-system'],
      ['rf-training-gap', 'rf-gap-on-cv'],
      ['rf-clinical-currency', 'rf-time-away-from-patients'],
      ['rf-multiple-match-attempts', 'rf-previous-cycle'],
      ['why-residency-again', 'why-left-residency'],
    ];
    const members = [exampleProfile(), cleanProfile({ citizenship: 'non-us', visa: 'j1' }), applicant([])];
    for (const p of members) {
      const plan = ids(p);
      for (const [a, b] of pairs) expect(plan.includes(a!) && plan.includes(b!), `${a} and ${b}`).toBe(false);
    }
  });
});

describe('mockPlan: training left part way', () => {
  const fellow = (over: Partial<Profile> = {}) =>
    cleanProfile({
      citizenship: 'non-us',
      visa: 'j1',
      residencies: [
        { country: 'USA', specialty: 'Internal Medicine', from: '2021-07', to: '2024-06', completed: true },
        {
          country: 'USA',
          specialty: 'pulmonary and critical care medicine',
          from: '2024-07',
          to: '2025-06',
          completed: false,
        },
      ],
      ...over,
    });

  it('asks a member who left a subspecialty fellowship why they changed direction, never why they changed specialty', () => {
    const q = find(fellow(), 'why-left-fellowship');
    expect(q?.why).toBe(
      'You left your pulmonary and critical care medicine fellowship to pursue informatics: programs ask what made you change direction and whether the choice will last.',
    );
    expect(ids(fellow(), { count: 20 })).not.toContain('why-switch-specialty');
  });

  it('reads a subspecialty after its core training as progression, not a switch', () => {
    expect(specialtyRelation('Gastroenterology fellowship', 'internal medicine')).toBe('subspecialty');
    expect(specialtyRelation('Pulmonary & Critical Care', 'IM')).toBe('subspecialty');
    expect(specialtyRelation('internal medicine (core training)', 'Respiratory Medicine')).toBe('subspecialty');
    expect(specialtyRelation('neonatology', 'Paediatrics')).toBe('subspecialty');
    expect(specialtyRelation('general surgery', 'internal medicine')).toBe('different');
    const uk = cleanProfile({
      specialty: 'respiratory medicine',
      residencies: [
        {
          country: 'UK',
          specialty: 'internal medicine (core training)',
          from: '2018-08',
          to: '2020-07',
          completed: true,
        },
        { country: 'UK', specialty: 'respiratory medicine', from: '2020-08', to: 'present', completed: false },
      ],
    });
    expect(ids(uk, { count: 20 })).not.toContain('why-switch-specialty');
  });

  it('asks why a member left a residency in the specialty they now apply to again, and why start again now', () => {
    const p = applicant(
      [
        {
          from: '2019-08',
          to: '2021-02',
          activity: 'clinical',
          note: 'internal medicine residency, left after the coup',
        },
        { from: '2021-03', to: 'present', activity: 'research' },
      ],
      {
        residencies: [
          { country: 'Myanmar', specialty: 'internal medicine', from: '2019-08', to: '2021-02', completed: false },
        ],
      },
    );
    const q = find(p, 'why-left-residency');
    expect(q?.why).toBe(
      'You left your internal medicine residency in Myanmar after 1 year 7 months: programs ask why you left and why you want to start residency again now.',
    );
    expect(ids(p, { count: 20 })).not.toContain('why-residency-again');
    // A fellowship applicant is not starting residency again.
    expect(ids({ ...p, target: 'ci-fellowship' }, { count: 20 })).not.toContain('why-left-residency');
  });
});
