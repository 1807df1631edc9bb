/**
 * Round fix28 (judge of p424): a default-length plan never drops the member's own rehearsal items
 * for lack of room; it grows by up to PLAN_CONFIG.historyGrowth. A typed count is kept exactly.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mockPlan, PLAN_CONFIG } from '../../src/mock/plan.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { residencyYearsFor } from '../../src/core/profile/training.js';

const dir = 'test/corpus/profiles';
const load = (id: string): { profile: Profile; today: string } =>
  JSON.parse(readFileSync(`${dir}/${readdirSync(dir).find((f) => f.startsWith(`${id}-`))!}`, 'utf8'));

describe('the plan grows for the member’s own history', () => {
  const { profile, today } = load('p424');
  it('rehearses the gap after leaving her country in the default plan', () => {
    const plan = mockPlan(profile, today);
    expect(plan.questions.map((q) => q.id)).toContain('rf-gap-on-cv');
    expect(plan.didNotFit).toEqual([]);
    expect(plan.questions.length).toBeLessThanOrEqual(PLAN_CONFIG.defaultCount + PLAN_CONFIG.historyGrowth);
  });
  it('keeps a typed count exactly and reports what did not fit', () => {
    const plan = mockPlan(profile, today, { count: 8 });
    expect(plan.questions).toHaveLength(8);
    expect(plan.didNotFit).toContain('rf-gap-on-cv');
  });
  it('a paraphrase: a gap told as caring for a parent abroad, in a profile with the same crowded flags', () => {
    const p: Profile = {
      ...profile,
      timeline: (profile.timeline ?? []).map((e) =>
        e.activity === 'personal' ? { ...e, note: 'Moved to the US to care for my mother after her stroke' } : e,
      ),
    };
    expect(mockPlan(p, today).questions.map((q) => q.id)).toContain('rf-gap-on-cv');
  });
  it('a near-miss: a plan with room keeps the default length', () => {
    for (const id of ['p421', 'p430']) {
      const { profile: q, today: t } = load(id);
      const plan = mockPlan(q, t);
      if (plan.didNotFit.length === 0)
        expect(plan.questions.length).toBeLessThanOrEqual(PLAN_CONFIG.defaultCount + PLAN_CONFIG.historyGrowth);
    }
  });
});

describe('residency length by specialty (ACGME)', () => {
  it.each([
    ['psychiatry', 4],
    ['Psychiatry (adult)', 4],
    ['general psychiatry', 4],
    ['child and adolescent psychiatry', 3],
    ['internal medicine', 3],
    ['pathology (AP/CP)', 4],
  ])('%s: %i years', (s, n) => {
    expect(residencyYearsFor(s)).toBe(n);
  });
});
