import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { BANK, CATEGORIES } from '../../src/mock/bank.js';
import { mockPlan, PLAN_CONFIG } from '../../src/mock/plan.js';
import { isPoliteDecline } from '../../src/mock/decline.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { redFlags } from '../../src/rules/redflags.js';
import { cleanProfile, exampleProfile, TODAY } from './fixtures.js';
import { ROOT } from '../helpers/cli.js';

const ids = (qs: { id: string }[]) => qs.map((q) => q.id);

describe('mockPlan', () => {
  it('always opens with "tell me about yourself" and "why clinical informatics"', () => {
    for (const profile of [exampleProfile(), cleanProfile(), { version: 1 as const }]) {
      for (const count of [3, 8, 20]) {
        const plan = mockPlan(profile, TODAY, { count });
        expect(ids(plan.questions).slice(0, 2)).toEqual(['tell-me-about-yourself', 'why-clinical-informatics']);
      }
    }
  });

  it('rehearses each high and medium red flag of the example profile with its own question', () => {
    const profile = exampleProfile();
    const wanted = new Set(
      redFlags(profile, TODAY)
        .flags.filter((f) => f.severity !== 'low')
        .map((f) => f.id),
    );
    expect(wanted.size).toBeGreaterThan(0);
    const plan = mockPlan(profile, TODAY);
    for (const id of wanted) {
      expect(
        plan.questions.some((q) => q.category === 'red-flag' && q.tags?.includes(id)),
        id,
      ).toBe(true);
    }
    expect(plan.didNotFit).toEqual([]);
  });

  it('does not rehearse red flags that are only low, except an exam failure', () => {
    const profile = exampleProfile();
    const low = redFlags(profile, TODAY)
      .flags.filter((f) => f.severity === 'low')
      .map((f) => f.id);
    const notLow = new Set(
      redFlags(profile, TODAY)
        .flags.filter((f) => f.severity !== 'low')
        .map((f) => f.id),
    );
    const onlyLow = low.filter((id) => !notLow.has(id));
    expect(onlyLow).toEqual(['exam-failure', 'training-gap', 'training-gap', 'visa-sponsorship']);
    const tagged = mockPlan(profile, TODAY).questions.flatMap((q) => q.tags ?? []);
    expect(tagged).not.toContain('visa-sponsorship');
    expect(tagged).not.toContain('training-gap');
    expect(tagged).toContain('exam-failure'); // interviewers ask about any failure
  });

  it('asks a clean profile no red-flag question', () => {
    expect(redFlags(cleanProfile(), TODAY).flags).toEqual([]);
    const plan = mockPlan(cleanProfile(), TODAY, { count: 20 });
    expect(plan.questions.filter((q) => q.category === 'red-flag')).toEqual([]);
  });

  it('asks "why did you study abroad" of US citizens only', () => {
    expect(ids(mockPlan(cleanProfile(), TODAY).questions)).toContain('why-study-abroad');
    expect(ids(mockPlan(exampleProfile(), TODAY, { count: 20 }).questions)).not.toContain('why-study-abroad');
    const resident = cleanProfile({ citizenship: 'us-permanent-resident' });
    expect(ids(mockPlan(resident, TODAY, { count: 20 }).questions)).not.toContain('why-study-abroad');
  });

  it('asks non-US IMGs about adapting to the US system, and never US citizens', () => {
    // Nine questions: the default eight give the last general place to the ranking decline.
    const nonUs = mockPlan(exampleProfile(), TODAY, { count: 9 });
    expect(ids(nonUs.questions)).toContain('adapt-to-us-system');
    // "What differences between your home system and US care?" is the same theme: a long plan asks
    // it, a default one spends the place on something else.
    expect(ids(nonUs.questions)).not.toContain('home-vs-us-system');
    expect(ids(mockPlan(exampleProfile(), TODAY, { count: 20 }).questions)).toContain('home-vs-us-system');
    const citizen = mockPlan(cleanProfile(), TODAY, { count: 20 }).questions;
    expect(citizen.filter((q) => q.audience === 'non-us')).toEqual([]);
  });

  it('gives permanent residents the adaptation questions but no visa question', () => {
    const plan = mockPlan(cleanProfile({ citizenship: 'us-permanent-resident' }), TODAY, { count: 20, focus: 'img' });
    expect(ids(plan.questions)).toContain('adapt-to-us-system');
    expect(plan.questions.flatMap((q) => q.tags ?? [])).not.toContain('visa-sponsorship');
  });

  it('includes a behavioral question and an informatics question once the red flags are covered', () => {
    for (const [profile, count] of [
      [exampleProfile(), 10],
      [cleanProfile(), 8],
    ] as const) {
      const cats = mockPlan(profile, TODAY, { count }).questions.map((q) => q.category);
      expect(cats).toContain('behavioral');
      expect(cats).toContain('informatics');
    }
  });

  it('weights informatics questions higher for fellowship applicants than for residency tracks', () => {
    const informatics = (target: 'ci-fellowship' | 'residency-informatics-track') =>
      mockPlan(cleanProfile({ target }), TODAY).questions.filter((q) => q.category === 'informatics').length;
    expect(informatics('ci-fellowship')).toBeGreaterThan(informatics('residency-informatics-track'));
  });

  it('returns exactly `count` questions to answer, and 3 program questions to ask on top', () => {
    for (const count of [1, 2, 5, 8, 13, 20]) {
      const plan = mockPlan(exampleProfile(), TODAY, { count });
      expect(plan.questions).toHaveLength(count);
      expect(new Set(ids(plan.questions)).size).toBe(count);
      expect(plan.questions.every((q) => q.category !== 'program')).toBe(true);
      expect(plan.toAsk).toHaveLength(PLAN_CONFIG.toAsk);
      expect(plan.toAsk.every((q) => q.direction === 'to-program')).toBe(true);
    }
  });

  it('gives a count of 1 just the opener', () => {
    expect(ids(mockPlan(exampleProfile(), TODAY, { count: 1 }).questions)).toEqual(['tell-me-about-yourself']);
  });

  it('rejects counts outside 1..20 with a UserError', () => {
    for (const count of [0, -1, 21, 2.5, Number.NaN]) {
      expect(() => mockPlan(exampleProfile(), TODAY, { count }), String(count)).toThrow(UserError);
    }
  });

  it('lists red-flag questions that did not fit a small count', () => {
    const plan = mockPlan(exampleProfile(), TODAY, { count: 3 });
    expect(plan.didNotFit).toEqual(['rf-clinical-currency', 'rf-limited-usce']);
  });

  it('orders questions as an interview flows', () => {
    const questions = mockPlan(exampleProfile(), TODAY, { count: 20 }).questions;
    const flow = questions
      .slice(2)
      .filter((q) => q.answer !== 'polite-decline')
      .map((q) => CATEGORIES.indexOf(q.category));
    expect([...flow].sort((a, b) => a - b)).toEqual(flow);
    // "Where will you rank us?" closes the interview, where programs ask it.
    expect(questions.at(-1)?.id).toBe('how-will-you-rank-us');
  });

  it('puts the focus category right after the two openers', () => {
    const plan = mockPlan(cleanProfile(), TODAY, { count: 6, focus: 'behavioral' });
    expect(plan.questions.slice(2).map((q) => q.category)).toEqual([
      'behavioral',
      'behavioral',
      'behavioral',
      'behavioral',
    ]);
    const informatics = mockPlan(exampleProfile(), TODAY, { focus: 'informatics' });
    expect(informatics.questions.filter((q) => q.category === 'informatics').length).toBe(6);
  });

  it('fills a one- or two-question session with the chosen focus instead of the openers', () => {
    const one = mockPlan(exampleProfile(), TODAY, { count: 1, focus: 'red-flag' }).questions;
    expect(one.map((q) => q.category)).toEqual(['red-flag']);
    const two = mockPlan(cleanProfile(), TODAY, { count: 2, focus: 'behavioral' }).questions;
    expect(two.map((q) => q.category)).toEqual(['behavioral', 'behavioral']);
    const three = mockPlan(cleanProfile(), TODAY, { count: 3, focus: 'behavioral' }).questions;
    expect(three.map((q) => q.id).slice(0, 2)).toEqual(['tell-me-about-yourself', 'why-clinical-informatics']);
  });

  it('focuses red-flag practice on the member’s own flags, with a general one when there are none', () => {
    const mine = mockPlan(exampleProfile(), TODAY, { count: 8, focus: 'red-flag' }).questions.filter(
      (q) => q.category === 'red-flag',
    );
    expect(mine.flatMap((q) => q.tags ?? [])).toEqual(expect.arrayContaining(['clinical-currency', 'exam-failure']));
    const clean = mockPlan(cleanProfile(), TODAY, { focus: 'red-flag' }).questions.filter(
      (q) => q.category === 'red-flag',
    );
    expect(ids(clean)).toEqual(['rf-challenges-in-training']);
  });

  it('offers more questions to ask when the focus is program', () => {
    const plan = mockPlan(exampleProfile(), TODAY, { focus: 'program' });
    expect(plan.toAsk.length).toBeGreaterThan(PLAN_CONFIG.toAsk);
    expect(plan.questions).toHaveLength(PLAN_CONFIG.defaultCount);
  });

  it('rejects an unknown focus with a UserError naming it', () => {
    expect(() => mockPlan(exampleProfile(), TODAY, { focus: 'vibes' })).toThrow(/focus: "vibes"/);
  });

  it('is deterministic', () => {
    expect(mockPlan(exampleProfile(), TODAY, { count: 12 })).toEqual(mockPlan(exampleProfile(), TODAY, { count: 12 }));
  });

  it('says why each question was chosen and what was not given', () => {
    const plan = mockPlan({ version: 1 }, TODAY);
    for (const q of plan.questions) expect(q.why.length, q.id).toBeGreaterThan(10);
    expect(plan.notGiven.join(' ')).toMatch(/citizenship not given/);
    expect(plan.questions.filter((q) => q.audience)).toEqual([]);
  });
});

describe('mockPlan: what a question may presume', () => {
  const exams = (list: NonNullable<Profile['exams']>) => cleanProfile({ exams: list });
  const allIds = (p: Profile) => [
    ...mockPlan(p, TODAY, { count: 20 }).questions.map((q) => q.id),
    ...mockPlan(p, TODAY, { count: 20, focus: 'red-flag' }).questions.map((q) => q.id),
  ];

  it('rehearses a low-severity exam failure and names every failed attempt', () => {
    const p = exams([
      { exam: 'step1', date: '2019-06', result: 'fail' },
      { exam: 'step1', date: '2019-11', result: 'pass' },
      { exam: 'step2ck', date: '2020-05', result: 'pass', score: 250 },
    ]);
    expect(redFlags(p, TODAY).flags.find((f) => f.id === 'exam-failure')?.severity).toBe('low');
    const q = mockPlan(p, TODAY).questions.find((x) => x.id === 'rf-exam-failure');
    expect(q?.why).toBe(
      'Interviewers ask about every exam failure, whatever its weight: rehearse your Step 1 (Jun 2019) failure.',
    );
    const two = exams([
      { exam: 'step1', date: '2019-06', result: 'fail' },
      { exam: 'step1', date: '2019-11', result: 'pass' },
      { exam: 'step2ck', date: '2020-05', result: 'fail' },
      { exam: 'step2ck', date: '2020-09', result: 'pass', score: 230 },
    ]);
    expect(mockPlan(two, TODAY).questions.find((x) => x.id === 'rf-exam-failure')?.why).toContain(
      'each of your failed attempts: Step 1 (Jun 2019) and Step 2 CK (May 2020)',
    );
  });

  it('never asks about a failure or a retake to a member with a low score but no failure', () => {
    const p = exams([
      { exam: 'step1', date: '2020-01', result: 'pass' },
      { exam: 'step2ck', date: '2021-03', result: 'pass', score: 205 },
    ]);
    expect(redFlags(p, TODAY).flags.map((f) => f.id)).toContain('low-score');
    const ids = allIds(p);
    expect(ids).toContain('rf-low-score');
    expect(ids).not.toContain('rf-exam-retake-changes');
    expect(ids).not.toContain('rf-exam-failure');
  });

  it('rehearses a low score with the low-score question, never as a retake of that exam', () => {
    const p = exams([
      { exam: 'step1', date: '2019-01', result: 'pass', score: 209 },
      { exam: 'step2ck', date: '2020-03', result: 'fail' },
      { exam: 'step2ck', date: '2020-09', result: 'fail' },
      { exam: 'step2ck', date: '2021-04', result: 'pass', score: 231 },
    ]);
    const plan = mockPlan(p, TODAY, { count: 20, focus: 'red-flag' }).questions;
    const lowScore = plan.find((q) => q.why.includes('Low passing score'));
    expect(lowScore?.id).toBe('rf-low-score');
  });

  it('never asks about a retake when the failed exam was not taken again', () => {
    const p = exams([
      { exam: 'step1', date: '2020-01', result: 'pass' },
      { exam: 'step2ck', date: '2021-03', result: 'pass', score: 245 },
      { exam: 'step3', date: '2026-03', result: 'fail' },
    ]);
    const ids = allIds(p);
    expect(ids).toContain('rf-exam-failure');
    expect(ids).not.toContain('rf-exam-retake-changes');
    const retaken = exams([...(p.exams ?? []), { exam: 'step3', date: '2026-08', result: 'pass' }]);
    expect(mockPlan(retaken, TODAY, { count: 20, focus: 'red-flag' }).questions.map((q) => q.id)).toContain(
      'rf-exam-retake-changes',
    );
  });

  it('rehearses fellowship eligibility for a member whose residency was abroad', () => {
    const p = cleanProfile({
      residencies: [
        { country: 'Egypt', specialty: 'internal medicine', from: '2015-01', to: '2018-01', completed: true },
      ],
    });
    expect(mockPlan(p, TODAY).questions.map((q) => q.id)).toContain('rf-fellowship-eligibility');
  });
});

describe('mockPlan: "how will you rank us?"', () => {
  it('rehearses it as a polite decline, naming the rules of the member’s match', () => {
    const fellowship = mockPlan(cleanProfile(), TODAY, { count: 20 }).questions.find(
      (q) => q.id === 'how-will-you-rank-us',
    );
    expect(fellowship?.answer).toBe('polite-decline');
    expect(fellowship?.why).toMatch(/AMIA Clinical Informatics Fellowship Match.*polite decline/);
    expect(fellowship?.hint).toMatch(/^Decline politely and give no rank or promise/);
    const residency = mockPlan(cleanProfile({ target: 'residency-informatics-track' }), TODAY, {
      count: 20,
    }).questions.find((q) => q.id === 'how-will-you-rank-us');
    expect(residency?.why).toMatch(
      /^Under the NRMP Main Residency Match rules a program may not ask how you will rank it/,
    );
  });

  it('is the only question about ranking, and no other question coaches a ranking as a normal follow-up', () => {
    for (const q of BANK) {
      if (q.answer === 'polite-decline') continue;
      expect(isPoliteDecline(q.text), q.id).toBe(false);
      for (const f of q.followUps) expect(/\brank\b/i.test(f), `${q.id}: ${f}`).toBe(false);
    }
  });
});

describe('mockPlan: exam failures fit the default plan', () => {
  it('keeps the exam-failure rehearsal in the default 8 even with three high flags', () => {
    const p = exampleProfile();
    p.target = 'ci-fellowship';
    p.residencies = [
      { country: 'Egypt', specialty: 'internal medicine', from: '2019-12', to: '2022-06', completed: true },
    ];
    const plan = mockPlan(p, TODAY);
    expect(redFlags(p, TODAY).flags.filter((f) => f.severity === 'high').length).toBeGreaterThanOrEqual(3);
    expect(plan.questions.map((q) => q.id)).toContain('rf-exam-failure');
  });
});

describe('mock plan fits where the member trained (rules review)', () => {
  const usResidency = {
    country: 'United States',
    specialty: 'internal medicine',
    from: '2021-07',
    to: '2024-06',
    completed: true,
    accreditation: 'acgme' as const,
  };

  it('does not ask a member who trained in a US residency how they will adapt to the US system', () => {
    const plan = mockPlan(cleanProfile({ citizenship: 'non-us', visa: 'j1', residencies: [usResidency] }), TODAY, {
      count: 20,
    });
    const asked = ids(plan.questions);
    expect(asked).not.toContain('adapt-to-us-system');
    expect(asked).not.toContain('why-train-in-us');
    expect(asked).toContain('home-vs-us-system');
    expect(plan.questions.find((q) => q.category === 'img')?.why).toMatch(/training abroad shapes the way you work/);
  });

  it('does not ask a US medical graduate why they studied abroad', () => {
    const plan = mockPlan(cleanProfile({ medSchool: { country: 'United States', graduated: '2017-05' } }), TODAY, {
      count: 20,
    });
    expect(ids(plan.questions)).not.toContain('why-study-abroad');
    expect(plan.questions.filter((q) => q.audience === 'us-citizen')).toEqual([]);
  });

  it('rehearses an earlier unsuccessful cycle even below the red-flag threshold', () => {
    const once = mockPlan(cleanProfile({ matchAttempts: 1 }), TODAY);
    expect(ids(once.questions)).toContain('rf-previous-cycle');
    expect(ids(mockPlan(cleanProfile(), TODAY, { count: 20 }).questions)).not.toContain('rf-previous-cycle');
    const twice = ids(mockPlan(cleanProfile({ matchAttempts: 2 }), TODAY).questions);
    expect(twice).toContain('rf-multiple-match-attempts');
    expect(twice).not.toContain('rf-previous-cycle');
  });
});

describe('mockPlan for a member with one earlier unsuccessful cycle', () => {
  // A judge of blind profile batch B: a reapplicant's 8-question plan filled up before reaching
  // "what has changed since your last cycle?", the question every interviewer asks a reapplicant.
  it('rehearses the earlier cycle in a default-size plan, even with many medium flags', () => {
    // p27 of the profile corpus: a US-citizen graduate with one earlier Match, no hands-on months,
    // a low Step 2 CK and 33 months since clinical work.
    const { profile, today } = JSON.parse(
      readFileSync(join(ROOT, 'test/corpus/profiles/p27-bangladesh-nores-citizen-rt-no-hands-on.json'), 'utf8'),
    ) as { profile: Profile; today: string };
    const got = ids(mockPlan(profile, today).questions);
    expect(got).toContain('rf-previous-cycle');
    expect(got).toContain('why-this-specialty'); // a residency applicant is asked why the specialty
  });
});

describe('mockPlan coaching for an exam not passed yet', () => {
  it('ends on the plan for the next attempt, never on a later pass the member does not have', () => {
    const p = cleanProfile({
      exams: [
        { exam: 'step1', date: '2020-01', result: 'pass' },
        { exam: 'step2ck', date: '2021-03', result: 'pass', score: 252 },
        { exam: 'step3', date: '2026-10', result: 'fail' },
      ],
    });
    const q = mockPlan(p, TODAY).questions.find((x) => x.id === 'rf-exam-failure')!;
    expect(q.hint).toMatch(/plan and date for the next attempt\. You have not passed Step 3 yet/);
    expect(q.hint).not.toMatch(/later pass/);
    const passed = mockPlan(exampleProfile(), TODAY).questions.find((x) => x.id === 'rf-exam-failure');
    if (passed) expect(passed.hint).toMatch(/later pass or score/);
  });
});
