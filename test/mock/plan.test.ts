import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { CATEGORIES } from '../../src/mock/bank.js';
import { mockPlan, PLAN_CONFIG } from '../../src/mock/plan.js';
import { redFlags } from '../../src/rules/redflags.js';
import { cleanProfile, exampleProfile, TODAY } from './fixtures.js';

const ids = (qs: { id: string }[]) => qs.map((q) => q.id);

describe('mockPlan', () => {
  it('always opens with "tell me about yourself" and "why clinical informatics"', () => {
    for (const profile of [exampleProfile(), cleanProfile(), { version: 1 as const }]) {
      for (const count of [2, 8, 20]) {
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

  it('does not rehearse red flags that are only low', () => {
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
    expect(onlyLow).toContain('exam-failure');
    const tagged = mockPlan(profile, TODAY).questions.flatMap((q) => q.tags ?? []);
    for (const id of onlyLow) expect(tagged, id).not.toContain(id);
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
    const nonUs = mockPlan(exampleProfile(), TODAY);
    expect(ids(nonUs.questions)).toContain('adapt-to-us-system');
    expect(ids(mockPlan(exampleProfile(), TODAY, { count: 10 }).questions)).toContain('home-vs-us-system');
    const citizen = mockPlan(cleanProfile(), TODAY, { count: 20 }).questions;
    expect(citizen.filter((q) => q.audience === 'non-us')).toEqual([]);
  });

  it('gives permanent residents the adaptation questions but no visa question', () => {
    const plan = mockPlan(cleanProfile({ citizenship: 'us-permanent-resident' }), TODAY, { count: 20, focus: 'img' });
    expect(ids(plan.questions)).toContain('adapt-to-us-system');
    expect(plan.questions.flatMap((q) => q.tags ?? [])).not.toContain('visa-sponsorship');
  });

  it('includes a behavioral question and an informatics question at the default count', () => {
    for (const profile of [exampleProfile(), cleanProfile()]) {
      const cats = mockPlan(profile, TODAY).questions.map((q) => q.category);
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
    expect(plan.didNotFit).toEqual(['rf-training-gap', 'rf-limited-usce']);
  });

  it('orders questions as an interview flows', () => {
    const flow = mockPlan(exampleProfile(), TODAY, { count: 20 })
      .questions.slice(2)
      .map((q) => CATEGORIES.indexOf(q.category));
    expect([...flow].sort((a, b) => a - b)).toEqual(flow);
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
