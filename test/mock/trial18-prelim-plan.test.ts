import { describe, expect, it } from 'vitest';
import { mockPlan } from '../../src/mock/plan.js';
import type { Profile, Residency } from '../../src/core/profile/schema.js';

// Trial 18: a member whose only US training was a preliminary IM year (then home) was never asked
// "why didn't you continue after your preliminary year?", the question every interviewer asks her.
// It is its own question, not "why did you leave your residency?".
const TODAY = '2026-12-07';
const member = (residencies: Residency[], extra: Partial<Profile> = {}): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'j1',
  target: 'residency-informatics-track',
  specialty: 'internal medicine',
  medSchool: { country: 'Colombia', graduated: '2019-12' },
  matchAttempts: 1,
  residencies,
  ...extra,
});
const us = (specialty: string, from: string, to: string, completed: boolean): Residency => ({
  country: 'United States',
  specialty,
  from,
  to,
  completed,
});
const ids = (p: Profile, focus?: 'red-flag') =>
  mockPlan(p, TODAY, { count: 8, ...(focus ? { focus } : {}) }).questions.map((q) => q.id);

describe('a preliminary or transitional year with nothing after it', () => {
  it.each([
    ['preliminary internal medicine, completed', [us('preliminary internal medicine', '2024-07', '2025-06', true)]],
    [
      'internal medicine prelim, marked not completed but a full year',
      [us('internal medicine prelim', '2024-07', '2025-06', false)],
    ],
    ['transitional year', [us('transitional year', '2023-07', '2024-06', true)]],
    ['TY', [us('TY', '2022-07', '2023-06', true)]],
    ['prelim surgery then two years of nothing', [us('prelim surgery', '2021-07', '2022-06', true)]],
  ])('%s: asked why they did not continue, not why they left', (_label, residencies) => {
    for (const target of ['residency-informatics-track', 'ci-fellowship'] as const) {
      const plan = ids(member(residencies, { target }));
      expect(plan, target).toContain('why-not-continued-after-prelim');
      expect(plan).not.toContain('why-left-residency');
      expect(plan).not.toContain('why-left-residency-other');
    }
    // In a red-flag session it comes before the other red-flag questions.
    const rf = ids(member(residencies), 'red-flag');
    const at = rf.indexOf('why-not-continued-after-prelim');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(rf.slice(0, at).some((id) => id.startsWith('rf-'))).toBe(false);
  });

  it('says why, and the hint tells the member to say it plainly', () => {
    const plan = mockPlan(member([us('preliminary internal medicine', '2024-07', '2025-06', true)]), TODAY, {
      count: 8,
    });
    const q = plan.questions.find((x) => x.id === 'why-not-continued-after-prelim');
    expect(q?.text).toMatch(/continue/);
    expect(JSON.stringify(q)).toMatch(/preliminary or transitional year/);
  });

  // Near-misses.
  it('a categorical residency after the preliminary year: not asked', () => {
    const p = member([
      us('preliminary internal medicine', '2022-07', '2023-06', true),
      us('neurology', '2023-07', 'present', false),
    ]);
    expect(ids(p)).not.toContain('why-not-continued-after-prelim');
  });

  it('a preliminary year left after three months is a residency left, not this question', () => {
    const p = member([us('preliminary internal medicine', '2024-07', '2024-09', false)]);
    expect(ids(p)).not.toContain('why-not-continued-after-prelim');
  });

  it('a categorical residency left is still "why did you leave?"', () => {
    const p = member([us('internal medicine', '2023-07', '2024-03', false)]);
    const plan = ids(p);
    expect(plan).not.toContain('why-not-continued-after-prelim');
    expect(plan).toContain('why-left-residency');
  });

  it('no residency at all: not asked', () => {
    expect(ids(member([]))).not.toContain('why-not-continued-after-prelim');
  });

  it('a preliminary year still in progress: not asked', () => {
    expect(ids(member([us('preliminary internal medicine', '2026-07', 'present', false)]))).not.toContain(
      'why-not-continued-after-prelim',
    );
  });

  // Other members' words for the same year, as an imported profile may hold them.
  it.each([
    ['TY - Ohio', 'transitional year in Ohio'],
    ['Surgery (preliminary), 1 yr', 'a preliminary surgery year'],
    ['intern year only (prelim)', 'an intern year only'],
  ])('%s (%s): asked why they did not continue', (specialty) => {
    expect(ids(member([us(specialty, '2023-07', '2024-06', true)]))).toContain('why-not-continued-after-prelim');
  });

  it('a surgery preliminary year, then internal medicine now: asked both why not continued and why the change', () => {
    // A longer plan: this member's red flags fill the first eight places.
    const plan = mockPlan(member([us('preliminary surgery', '2023-07', '2024-06', true)]), TODAY, {
      count: 12,
    }).questions.map((q) => q.id);
    expect(plan).toContain('why-not-continued-after-prelim');
    expect(plan).toContain('why-switch-specialty');
  });

  it('a completed three-year internal medicine residency: not asked (near-miss)', () => {
    const plan = ids(member([us('internal medicine', '2021-07', '2024-06', true)], { target: 'ci-fellowship' }));
    expect(plan).not.toContain('why-not-continued-after-prelim');
  });
});
