/**
 * Which questions a member is given, and the reason shown beside each: by citizenship, by a year
 * or more of US residency, by an earlier cycle, by missing informatics work, and by focus.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { mockPlan, PLAN_CONFIG, type PlannedQuestion } from '../../src/mock/plan.js';
import { cleanProfile, TODAY } from './fixtures.js';

const residency = (to: string, country = 'United States'): NonNullable<Profile['residencies']> => [
  {
    country,
    specialty: 'internal medicine',
    from: '2024-09',
    to,
    // Ended before TODAY: completed, as this file is about time in a US residency; one left before
    // it was finished is asked "why did you leave?" (plan-residency-left-unfinished.test.ts).
    completed: to < '2026-09',
    ...(country === 'United States' ? { accreditation: 'acgme' as const } : {}),
  },
];
const nonUs = (over: Partial<Profile> = {}) => cleanProfile({ citizenship: 'non-us', visa: 'j1', ...over });
const plan = (p: Profile, options = {}) => mockPlan(p, TODAY, { count: 20, ...options });
const inCategory = (qs: PlannedQuestion[], category: string) =>
  qs.filter((q) => q.category === category).map((q) => [q.id, q.why]);
const NEW_TO_US = ['adapt-to-us-system', 'why-train-in-us', 'us-documentation-norms'];

describe('IMG questions by citizenship and US training', () => {
  it('a US citizen trained abroad: why study abroad first, then the US-citizen IMG angles', () => {
    expect(inCategory(plan(cleanProfile()).questions, 'img').slice(0, 3)).toEqual([
      ['why-study-abroad', 'US-citizen IMGs are almost always asked this.'],
      ['unique-perspective-us-citizen-img', 'A second angle on your international training.'],
      ['prepared-for-us-practice', 'More practice in this category.'],
    ]);
  });

  it('a US citizen whose notes say they immigrated or were naturalized: asked like a permanent resident, never "why study abroad"', () => {
    for (const note of [
      'hospitalist, Baltimore; naturalized in 2021',
      'came to the US as an immigrant with my family in 2015',
      'research assistant while waiting for my green card',
      'became a U.S. citizen last year',
    ]) {
      const p = cleanProfile({ timeline: [{ from: '2024-01', to: 'present', activity: 'non-clinical-work', note }] });
      const qs = plan(p).questions;
      expect(qs.map((q) => q.id)).not.toContain('why-study-abroad');
      expect(inCategory(qs, 'img')[0]?.[0]).toBe('adapt-to-us-system');
      expect(qs.filter((q) => q.tags?.includes('visa-sponsorship'))).toEqual([]);
    }
    // An immigration attorney in a note says nothing about how the member became a citizen.
    const lawyer = cleanProfile({
      timeline: [
        { from: '2024-01', to: 'present', activity: 'non-clinical-work', note: 'paralegal, immigration law firm' },
      ],
    });
    expect(inCategory(plan(lawyer).questions, 'img')[0]?.[0]).toBe('why-study-abroad');
  });

  it('a non-US IMG new to the US: how they will work in a new system', () => {
    expect(inCategory(plan(nonUs()).questions, 'img').slice(0, 3)).toEqual([
      ['adapt-to-us-system', 'Programs want to hear how you will work in a new system.'],
      ['home-vs-us-system', 'A second angle on your international training.'],
      ['why-train-in-us', 'More practice in this category.'],
    ]);
  });

  it('a year or more of US residency: the contrast with home instead of "adapting"; eleven months or a residency abroad is not enough', () => {
    for (const p of [nonUs({ residencies: residency('2026-08') }), nonUs({ residencies: residency('2025-08') })]) {
      const qs = plan(p, { count: 20 }).questions;
      expect(inCategory(qs, 'img').slice(0, 2)).toEqual([
        ['home-vs-us-system', 'Programs still ask how training abroad shapes the way you work.'],
        ['international-training-as-strength', 'A second angle on your international training.'],
      ]);
      expect(qs.filter((q) => NEW_TO_US.includes(q.id))).toEqual([]);
      expect(plan(p, { focus: 'img' }).questions.filter((q) => NEW_TO_US.includes(q.id))).toEqual([]);
    }
    expect(inCategory(plan(nonUs({ residencies: residency('2025-07') })).questions, 'img')[0]).toEqual([
      'adapt-to-us-system',
      'Programs want to hear how you will work in a new system.',
    ]);
    // A residency abroad only: not eligible for a fellowship yet, so the plan prepares the residency
    // interview ("why residency again?" first), and adapting to the US system is still asked.
    const abroadOnly = inCategory(plan(nonUs({ residencies: residency('2026-08', 'Egypt') })).questions, 'img');
    expect(abroadOnly[0]?.[0]).toBe('why-residency-again');
    expect(abroadOnly.map(([id]) => id)).toContain('adapt-to-us-system');
  });

  it('a US medical graduate: no "why study abroad", only how training abroad helps', () => {
    const qs = plan(cleanProfile({ medSchool: { country: 'United States', graduated: '2021-06' } })).questions;
    expect(inCategory(qs, 'img')).toEqual([
      ['international-training-as-strength', 'Your training abroad is part of your story: rehearse how it helps you.'],
    ]);
  });

  it('asks the program about IMG support only for members who need it', () => {
    expect(plan(nonUs()).toAsk.map((q) => q.id)).toEqual(['ask-ehr-governance', 'ask-cds-projects', 'ask-img-support']);
    expect(plan(cleanProfile()).toAsk.map((q) => q.id)).toEqual([
      'ask-ehr-governance',
      'ask-cds-projects',
      'ask-data-access',
    ]);
  });
});

describe('other reasons a question is chosen', () => {
  it('one earlier unsuccessful cycle: the previous-cycle question, with why', () => {
    expect(plan(cleanProfile({ matchAttempts: 1 })).questions.find((q) => q.id === 'rf-previous-cycle')?.why).toBe(
      'You list an earlier unsuccessful cycle: interviewers usually ask what you have done since.',
    );
    expect(plan(cleanProfile()).questions.some((q) => q.id === 'rf-previous-cycle')).toBe(false);
  });

  it('no informatics work listed: "how comfortable are you with data" comes first among informatics questions', () => {
    const first = (p: Profile) => plan(p).questions.find((q) => q.category === 'informatics')?.id;
    expect(first(cleanProfile({ informatics: [] }))).toBe('comfort-with-data');
    expect(first(cleanProfile())).toBe('ehr-data-project');
    expect(plan(cleanProfile({ informatics: [] })).toAsk.map((q) => q.id)).toContain('ask-mentorship');
  });

  it('behavioral questions come as STAR stories; a long plan draws on every category', () => {
    const qs = plan(cleanProfile()).questions;
    expect(inCategory(qs, 'behavioral').slice(0, 2)).toEqual([
      ['team-conflict', 'A behavioral question: tell it as a STAR story.'],
      ['mistake', 'A behavioral question: tell it as a STAR story.'],
    ]);
    const cats = new Set(qs.map((q) => q.category));
    for (const c of ['opener', 'motivation', 'img', 'informatics', 'behavioral'])
      expect(cats.has(c as never), c).toBe(true);
  });

  it('focus on IMG questions: all of them, each saying it was asked for; focus on the program: more to ask', () => {
    const img = plan(nonUs(), { focus: 'img' }).questions.filter((q) => q.category === 'img');
    expect(img.length).toBeGreaterThan(3);
    expect(new Set(img.map((q) => q.why))).toEqual(new Set(['You asked to focus on img questions.']));
    const toAsk = plan(cleanProfile(), { focus: 'program' }).toAsk;
    expect(toAsk.length).toBeGreaterThan(PLAN_CONFIG.toAsk);
    expect(plan(cleanProfile()).toAsk).toHaveLength(PLAN_CONFIG.toAsk);
  });
});
