/**
 * Two questions every plan of a few questions must hold when they apply: "where will you rank us?",
 * rehearsed as a polite decline (never as a question to answer), and "why did you train again?" for
 * a member who completed a residency abroad and then began a US one. Members and wordings are our
 * own, not the corpus's.
 */
import { describe, expect, it } from 'vitest';
import type { Profile, Residency } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';
import { cleanProfile, TODAY } from './fixtures.js';

const ids = (p: Profile, options = {}) => mockPlan(p, TODAY, options).questions.map((q) => q.id);

const abroadDone = (country: string, specialty: string, from = '2015-01', to = '2019-12'): Residency => ({
  country,
  specialty,
  from,
  to,
  completed: true,
  accreditation: 'other',
});
const usResidency = (specialty: string, from: string, to = 'present'): Residency => ({
  country: 'United States',
  specialty,
  from,
  to,
  completed: to !== 'present',
  accreditation: 'acgme',
});

describe('mockPlan: "where will you rank us?" as a polite decline', () => {
  const members: [string, Profile][] = [
    ['a US-trained fellowship applicant with nothing flagged', cleanProfile()],
    [
      'a residency applicant with an exam failure and little US time',
      cleanProfile({
        citizenship: 'non-us',
        visa: 'j1',
        target: 'residency-informatics-track',
        residencies: [],
        usce: [{ kind: 'observership', months: 2 }],
        timeline: [{ from: '2021-07', to: 'present', activity: 'clinical' }],
        exams: [
          { exam: 'step1', date: '2020-01', result: 'fail' },
          { exam: 'step1', date: '2020-07', result: 'pass' },
          { exam: 'step2ck', date: '2021-03', result: 'pass', score: 231 },
        ],
      }),
    ],
    [
      'a member who gave no target',
      (() => {
        const p = cleanProfile();
        delete p.target;
        return p;
      })(),
    ],
    [
      'a fellowship applicant trained only abroad',
      cleanProfile({ citizenship: 'non-us', visa: 'h1b', residencies: [abroadDone('Pakistan', 'internal medicine')] }),
    ],
  ];

  it.each(members)('is rehearsed in the default plan of %s, last, as a decline', (_name, p) => {
    const plan = mockPlan(p, TODAY);
    expect(plan.questions).toHaveLength(8);
    const last = plan.questions.at(-1)!;
    expect(last.id).toBe('how-will-you-rank-us');
    expect(last.answer).toBe('polite-decline');
    expect(last.hint).toMatch(/match rules leave your list to you/);
    expect(last.why).toMatch(/polite decline/);
    // It never takes the place of a red flag: every rehearsed flag of the eight-question plan stays.
    const flagsBefore = mockPlan(p, TODAY, { count: 20 }).questions.filter((q) => q.category === 'red-flag');
    for (const q of flagsBefore.slice(0, 2)) expect(plan.questions.map((x) => x.id)).toContain(q.id);
  });

  it('gives way in a session of three or fewer questions, and to a focus the member chose', () => {
    expect(ids(cleanProfile(), { count: 3 })).not.toContain('how-will-you-rank-us');
    expect(ids(cleanProfile(), { count: 4 })).toContain('how-will-you-rank-us');
    expect(ids(cleanProfile(), { focus: 'behavioral' })).not.toContain('how-will-you-rank-us');
  });
});

describe('mockPlan: why a second residency', () => {
  it('asks an internist who finished residency in Iran and is now a US PGY-2 applying to a fellowship', () => {
    const p = cleanProfile({
      citizenship: 'non-us',
      visa: 'j1',
      residencies: [
        abroadDone('Iran', 'internal medicine', '2017-09', '2021-08'),
        usResidency('internal medicine', '2025-07'),
      ],
    });
    const q = mockPlan(p, TODAY).questions.find((x) => x.id === 'why-second-residency');
    expect(q?.text).toMatch(/Why did you choose to train again\?/);
    expect(q?.why).toBe(
      'You completed an internal medicine residency in Iran and then trained again in a US residency: programs ask why you chose to train a second time and what the first training brings.',
    );
  });

  it('asks it after a US residency already finished, and in another specialty too', () => {
    const done = cleanProfile({
      residencies: [
        abroadDone('Egypt', 'general surgery', '2012-03', '2017-02'),
        usResidency('internal medicine', '2019-07', '2022-06'),
      ],
    });
    expect(ids(done, { count: 20 })).toContain('why-second-residency');
    const sameTrack = cleanProfile({
      target: 'residency-informatics-track',
      specialty: 'pediatrics',
      residencies: [abroadDone('Nigeria', 'pediatrics'), usResidency('pediatrics', '2026-07')],
    });
    expect(ids(sameTrack, { count: 20 })).toContain('why-second-residency');
  });

  it('never asks it without a completed residency abroad followed by a US one', () => {
    const cases: [string, Residency[]][] = [
      ['abroad only', [abroadDone('India', 'internal medicine')]],
      ['US only', [usResidency('internal medicine', '2023-07')]],
      [
        'abroad left unfinished',
        [
          { ...abroadDone('India', 'internal medicine'), completed: false },
          usResidency('internal medicine', '2023-07'),
        ],
      ],
      [
        'Canada then US',
        [
          { ...abroadDone('Canada', 'family medicine'), accreditation: 'cfpc' },
          usResidency('family medicine', '2023-07'),
        ],
      ],
      [
        'a US residency only planned',
        [abroadDone('India', 'internal medicine'), usResidency('internal medicine', '2027-07')],
      ],
    ];
    for (const [name, residencies] of cases) {
      expect(ids(cleanProfile({ residencies }), { count: 20 }), name).not.toContain('why-second-residency');
    }
  });
});

describe('mockPlan: the decline beside a member’s own history', () => {
  it('takes the specialty question’s place when "why residency again?" already asks why this specialty', () => {
    // Trained in internal medicine in Jordan, applying to a fellowship he is not eligible for yet,
    // with an exam failure and little US time: every other place is his own history.
    const p = cleanProfile({
      citizenship: 'non-us',
      visa: 'j1',
      residencies: [abroadDone('Jordan', 'internal medicine', '2012-07', '2016-06')],
      usce: [{ kind: 'observership', months: 1 }],
      timeline: [
        { from: '2016-07', to: '2019-12', activity: 'clinical' },
        { from: '2020-01', to: 'present', activity: 'research', note: 'research coordinator' },
      ],
      exams: [
        { exam: 'step1', date: '2018-01', result: 'fail' },
        { exam: 'step1', date: '2018-08', result: 'pass' },
        { exam: 'step2ck', date: '2019-05', result: 'pass', score: 236 },
      ],
    });
    const got = ids(p);
    expect(got).toContain('why-residency-again');
    expect(got).toContain('rf-exam-failure');
    expect(got.at(-1)).toBe('how-will-you-rank-us');
  });
});
