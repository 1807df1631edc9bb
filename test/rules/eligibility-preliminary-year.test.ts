import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';
import { redFlags } from '../../src/rules/redflags.js';
import { TODAY, edit } from './redflag-rules/fixtures.js';

// A preliminary or transitional year is one year of ACGME training before a specialty residency: it
// leads to no primary board and is not the completed residency ACGME fellowships ask for.
type Res = NonNullable<Profile['residencies']>[number];
const withResidencies = (residencies: Res[]) =>
  edit((p) => {
    p.target = 'ci-fellowship';
    p.residencies = residencies;
  });
const year = (specialty: string, over: Partial<Res> = {}): Res => ({
  country: 'United States',
  specialty,
  from: '2023-07',
  to: '2024-06',
  completed: true,
  accreditation: 'acgme',
  ...over,
});
const eligibility = (p: Profile) => redFlags(p, TODAY).flags.find((f) => f.id === 'fellowship-eligibility');

describe('a preliminary or transitional year and fellowship eligibility', () => {
  it.each(['internal medicine (preliminary year)', 'surgery prelim', 'Transitional Year', 'TY', 'prelim medicine'])(
    'does not open a CI fellowship when the only US training is "%s"',
    (specialty) => {
      const f = eligibility(withResidencies([year(specialty)]))!;
      expect(f.severity).toBe('high');
      expect(f.title).toBe('Fellowship eligibility: a preliminary year only');
      expect(f.why).toContain('not a completed residency in a specialty');
      expect(f.why).toContain('which a preliminary year does not give');
      // Not trained abroad: the exception's questions are not offered.
      expect(f.actions.join(' ')).not.toMatch(/trained abroad|exceptionally qualified/);
      expect(f.actions.join(' ')).toContain('US (ACGME-accredited) residency first');
    },
  );

  it('is not raised when a categorical residency follows the preliminary year, completed or running', () => {
    const categorical = year('internal medicine', { from: '2024-07', to: 'present', completed: false });
    expect(eligibility(withResidencies([year('surgery (preliminary)'), categorical]))).toBeUndefined();
  });

  it('keeps the residency-abroad reading for a member with training abroad and a US preliminary year', () => {
    const abroad = year('internal medicine', {
      country: 'Egypt',
      from: '2017-01',
      to: '2020-01',
      accreditation: 'other',
    });
    const f = eligibility(withResidencies([abroad, year('medicine prelim')]))!;
    expect(f.severity).toBe('high');
    expect(f.title).toBe('Fellowship eligibility: no US or Canadian residency');
    expect(f.why).toContain('exceptionally qualified');
  });

  it('does not read a specialty that only contains the letters as a preliminary year', () => {
    expect(eligibility(withResidencies([year('pathology', { to: 'present', completed: false })]))).toBeUndefined();
  });

  it('labels the mock plan as the residency route without calling the US year training abroad', () => {
    const p = withResidencies([year('surgery prelim')]);
    const plan = mockPlan(p, TODAY);
    const why = plan.questions.map((q) => q.why).join(' ');
    expect(why).toContain('your US training so far is not the completed specialty residency');
    expect(why).not.toContain('your residency abroad');
  });
});
