/**
 * A CI fellowship applicant trained in Canada is asked why a US fellowship after that training: a
 * blind judge found only the plain "Why clinical informatics?" in such a member's mock plan.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { canadianTrainingForUsFellowship, mockPlan } from '../../src/mock/plan.js';
import { readExampleProfile as example } from '../helpers/cli.js';

type Residency = NonNullable<Profile['residencies']>[number];
const member = (residencies: Residency[], change: (p: Profile) => void = () => undefined): Profile => {
  // The example member works as an analyst now; here she is back in patient care, so the only
  // second half her motivation question can carry is the Canadian one.
  const base = example();
  const timeline = [
    ...(base.timeline ?? []).filter((t) => t.to !== 'present'),
    { from: '2025-08', to: 'present', activity: 'clinical' as const, note: 'staff internist' },
  ];
  const p: Profile = { ...base, target: 'ci-fellowship', residencies, timeline };
  change(p);
  return p;
};
const canadianIm: Residency = {
  country: 'Canada',
  specialty: 'internal medicine',
  from: '2021-07',
  to: '2025-06',
  completed: true,
  accreditation: 'rcpsc',
};
const TODAY = '2026-09-01';
const whyQuestion = (p: Profile) =>
  mockPlan(p, TODAY).questions.find((q) => /^Why clinical informatics/.test(q.text))?.text;

describe('why a US fellowship after training in Canada', () => {
  it('a finished Canadian residency: the motivation question carries the second half', () => {
    const p = member([canadianIm]);
    expect(canadianTrainingForUsFellowship(p, TODAY)).toBe('internal medicine');
    expect(whyQuestion(p)).toMatch(/why a fellowship in the US after your training in Canada\?$/);
    const q = mockPlan(p, TODAY).questions.find((x) => /training in Canada/.test(x.text))!;
    expect(q.hint).toMatch(/internal medicine training in Canada/);
    expect(q.followUps[0]).toMatch(/practise in the US or in Canada/);
  });

  it('a family medicine residency still under way in Canada counts too', () => {
    const p = member([
      {
        country: 'Canada',
        specialty: 'family medicine',
        from: '2025-07',
        to: 'present',
        completed: false,
        accreditation: 'cfpc',
      },
    ]);
    expect(canadianTrainingForUsFellowship(p, TODAY)).toBe('family medicine');
  });

  it('not for a member with a US residency, one who left the Canadian program, or a residency applicant', () => {
    const us: Residency = { ...canadianIm, country: 'United States', accreditation: 'acgme' };
    expect(canadianTrainingForUsFellowship(member([canadianIm, us]), TODAY)).toBeUndefined();
    expect(
      canadianTrainingForUsFellowship(member([{ ...canadianIm, completed: false, to: '2023-01' }]), TODAY),
    ).toBeUndefined();
    expect(
      canadianTrainingForUsFellowship(
        member([canadianIm], (p) => (p.target = 'residency-informatics-track')),
        TODAY,
      ),
    ).toBeUndefined();
    // A residency abroad elsewhere keeps the plain question.
    expect(
      canadianTrainingForUsFellowship(member([{ ...canadianIm, country: 'Egypt', accreditation: 'other' }]), TODAY),
    ).toBeUndefined();
  });
});
