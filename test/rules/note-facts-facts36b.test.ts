import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import {
  noteBoardActions,
  noteContractEnd,
  noteLegalClaims,
  permitStatementOfNeed,
  withoutOtherLapses,
} from '../../src/rules/note-facts.js';
import { attemptLimitAction } from '../../src/rules/redflag-rules/attempt-limit.js';
import { examHistory } from '../../src/core/profile/derived.js';
import { redFlags } from '../../src/rules/redflags.js';
import { mockPlan } from '../../src/mock/plan.js';
import { lapsedCredentials } from '../../src/mock/fellowship-angles.js';

// Round facts36b (session 35's judge of p426, p427, p428, p431, p432): facts told only in notes (a
// legal claim, a board action, a contract not renewed, a permit abroad) and an exam near USMLE's
// attempt limit. Each reading is tried on wordings of our own and on near-misses that must not change.

const member = (note: string, extra: Partial<Profile> = {}): Profile =>
  ({
    version: 1,
    citizenship: 'non-us',
    visa: 'j1',
    target: 'ci-fellowship',
    specialty: 'internal medicine',
    medSchool: { country: 'Egypt', graduated: '2012-06' },
    ecfmgCertified: true,
    exams: [{ exam: 'step1', date: '2013-06', result: 'pass', score: 231 }],
    timeline: [{ from: '2020-07', to: 'present', activity: 'us-clinical', note }],
    matchAttempts: 0,
    deadline: '2027-08-31',
    ...extra,
  }) as Profile;

const TODAY = '2027-03-10';
const notes = (p: Profile) => redFlags(p, TODAY).notes ?? [];

describe('a legal claim told in a note', () => {
  const open = [
    'Hospitalist; a negligence claim over a missed sepsis case was filed against me in 2026 and is still open',
    'Named as a co-defendant in a wrongful-death lawsuit in 2025, in discovery now',
    'I was sued in 2026 over a delayed diagnosis; the case is ongoing and the insurer is defending it',
    'Malpractice litigation from a 2024 delivery, not yet resolved',
  ];
  for (const note of open) {
    it(`tells disclosure, not a flag: ${note}`, () => {
      const claims = noteLegalClaims(member(note));
      expect(claims[0]?.status).toBe('open');
      const r = redFlags(member(note, { professionalism: [] }), TODAY);
      expect(r.notes?.some((n) => /legal claim/.test(n) && /truthfully/.test(n))).toBe(true);
      expect(r.flags.some((f) => f.id === 'professionalism')).toBe(false);
    });
  }
  const quiet = [
    'Hospitalist; a malpractice suit from 2015 was dismissed in 2016 and is closed',
    'Completed a malpractice and risk-management course in 2025',
    'No malpractice claims ever; no board actions',
    'Served as an expert witness reviewing malpractice cases for the state',
    'Our hospital was sued over its billing in 2024',
    'Malpractice insurance through the group (tail coverage included)',
  ];
  for (const note of quiet) {
    it(`says nothing: ${note}`, () => {
      expect(notes(member(note)).some((n) => /legal claim/.test(n))).toBe(false);
    });
  }
});

describe('a medical board action told in a note', () => {
  const told = [
    'Ohio State Medical Board consent agreement in 2021: my licence was on probation for two years, completed in 2023',
    'Received a public reprimand from the medical board in 2020 for late chart completion',
    'My licence was suspended for 3 months in 2019 (reinstated in full since)',
    'The board placed conditions on my licence in 2024, still in effect',
  ];
  for (const note of told) {
    it(`names it, with ABPM's licence rule and a mock question: ${note}`, () => {
      const p = member(note);
      expect(noteBoardActions(p).length).toBe(1);
      const n = notes(p).find((x) => /medical board action/.test(x));
      expect(n).toMatch(/disclose it truthfully/);
      expect(n).toMatch(/unrestricted and currently valid/);
      expect(mockPlan(p, TODAY).questions.some((q) => q.id === 'rf-board-action')).toBe(true);
    });
  }
  it('reads an action still in force as not lifted', () => {
    expect(noteBoardActions(member(told[3]!))[0]?.lifted).toBe(false);
    expect(noteBoardActions(member(told[0]!))[0]?.lifted).toBe(true);
  });
  const quiet = [
    'My board exam is in May 2027',
    'ABIM board certified 2020, current; no board action ever',
    'Never disciplined; licence unrestricted in two states',
    'Passed the Arab Board exams in 2019',
    'Board review course and practice questions',
  ];
  for (const note of quiet) {
    it(`says nothing: ${note}`, () => {
      const p = member(note);
      expect(noteBoardActions(p)).toEqual([]);
      expect(mockPlan(p, TODAY).questions.some((q) => q.id === 'rf-board-action')).toBe(false);
    });
  }
});

describe('a residency contract not renewed', () => {
  const told = [
    'Pediatrics residency, PGY-1 to PGY-2; the program did not renew my contract after PGY-2 (milestones)',
    'Anesthesia residency; non-renewal of my appointment in 2023 after a remediation year',
    'I was not promoted to PGY-3 and my contract ended in June 2024',
    'My residency contract was not extended past PGY-1',
  ];
  for (const note of told) {
    it(`is told as it was: ${note}`, () => {
      expect(noteContractEnd(member(note))?.kind).toBe('non-renewal');
    });
  }
  const quiet = [
    'My lease was not renewed so I moved to Chicago',
    'My visa was not renewed in time and I waited at home',
    'Contract renewed for PGY-3 after a good year',
    'Nearly faced non-renewal but passed the remediation plan',
  ];
  for (const note of quiet) {
    it(`is no non-renewal: ${note}`, () => {
      expect(noteContractEnd(member(note))).toBeUndefined();
    });
  }
  it('a contract not renewed is no lapsed board certification (ABSITE is an in-training exam)', () => {
    const p = member('General surgery residency; my contract was not renewed for PGY-3 (ABSITE scores)');
    expect(lapsedCredentials(p)).toBeUndefined();
    expect(mockPlan(p, TODAY).questions.some((q) => q.id === 'rf-lapsed-credentials')).toBe(false);
    expect(withoutOtherLapses('ABIM certification lapsed in 2022')).toMatch(/lapsed/);
    expect(lapsedCredentials(member('My ABFM certification expired in 2021'))).toBeDefined();
  });
});

describe('USMLE attempt limit', () => {
  const fails = (n: number, pass = false): Profile =>
    member('research', {
      target: 'residency-informatics-track',
      ecfmgCertified: false,
      exams: [
        { exam: 'step1', date: '2021-05', result: 'pass' },
        ...Array.from({ length: n }, (_, i) => ({
          exam: 'step2ck' as const,
          date: `202${2 + i}-04`,
          result: 'fail' as const,
        })),
        ...(pass ? [{ exam: 'step2ck' as const, date: '2026-04', result: 'pass' as const, score: 225 }] : []),
      ],
    });
  const limit = (p: Profile) =>
    examHistory(p)
      .map((h) => attemptLimitAction(p, h))
      .find(Boolean);
  it('three failures: the next sitting is the last, with readiness and the choice to wait', () => {
    const a = limit(fails(3));
    expect(a).toMatch(/your next sitting is your last/);
    expect(a).toMatch(/ECFMG certification/);
    expect(a).toMatch(/next season is a legitimate choice/);
    const flag = redFlags(fails(3), TODAY).flags.find((f) => f.id === 'exam-failure');
    expect(flag?.actions.some((x) => /attempts per Step/.test(x))).toBe(true);
  });
  it('two failures: two left', () => expect(limit(fails(2))).toMatch(/you have 2 left/));
  it('four failures: at the limit', () => expect(limit(fails(4))).toMatch(/reached it/));
  it('near-misses: passed on the third attempt, or one failure, say nothing', () => {
    expect(limit(fails(2, true))).toBeUndefined();
    expect(limit(fails(1))).toBeUndefined();
  });
});

describe('Statement of Need for a member living abroad on a permit', () => {
  const told = [
    ['Consultant in Riyadh on a Saudi work visa (iqama)', 'Egypt'],
    ['Working in Doha on a Qatar residence permit since 2019', 'Egypt'],
    ['Egyptian citizen; registrar in Dubai on an employment visa', 'Egyptian'],
  ] as const;
  for (const [note, country] of told) {
    it(`names the country of citizenship: ${note}`, () => {
      expect(permitStatementOfNeed(member(note))).toContain(country);
      expect(permitStatementOfNeed(member(note))).toMatch(/not permanent residence/);
    });
  }
  it('a permanent resident abroad is not read as on a permit', () => {
    expect(permitStatementOfNeed(member('Permanent resident of New Zealand with a work visa history'))).toBeUndefined();
    expect(permitStatementOfNeed(member('Hospitalist in Ohio, ECFMG J-1'))).toBeUndefined();
  });
});

describe('the mock plan words a residency that ended as it ended', () => {
  const left = (note: string): Profile =>
    member(note, {
      target: 'residency-informatics-track',
      residencies: [
        {
          country: 'United States',
          specialty: 'internal medicine',
          from: '2022-07',
          to: '2024-06',
          completed: false,
          accreditation: 'acgme',
        },
      ],
      timeline: [
        { from: '2022-07', to: '2024-06', activity: 'us-clinical', note },
        { from: '2024-07', to: 'present', activity: 'research', note: 'Research coordinator' },
      ],
    });
  const asked = (p: Profile) =>
    mockPlan(p, TODAY).questions.find((q) => /residency/i.test(q.text) && q.category === 'img');
  it('a non-renewal is never "you left"', () => {
    const q = asked(left('Internal medicine residency; the program chose not to renew my contract after PGY-2'));
    expect(q?.text).toMatch(/contract was not continued/);
    expect(q?.text).not.toMatch(/\byou leave\b|\byou left\b/i);
  });
  it('a termination is rehearsed as a dismissal', () => {
    expect(asked(left('Internal medicine residency; I was terminated in PGY-2'))?.text).toMatch(/dismissal|ended/);
  });
  it('near-miss: a resignation told as her choice keeps the departure question', () => {
    expect(asked(left('Internal medicine residency; I resigned after PGY-2 to care for my father'))?.text).toMatch(
      /leave|left/,
    );
  });
});
