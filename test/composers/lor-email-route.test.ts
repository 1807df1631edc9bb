/**
 * The ask email follows the red-flag report's eligibility reading: a fellowship applicant whose only
 * residency is one abroad (or one left) asks for a letter for the route the report gives, a US
 * residency first, never "applying for a CI fellowship"; an eligible one, or one whose residencies
 * are not given, keeps the fellowship wording.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { targetPhrase, targetShort } from '../../src/composers/lor-context.js';

const applicant = (residencies: Profile['residencies']): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'h1b',
  target: 'ci-fellowship',
  specialty: 'pediatrics',
  ...(residencies ? { residencies } : {}),
});

describe('ask email: the route the eligibility reading allows', () => {
  it('a residency abroad only: a US residency first, in the phrase and the subject', () => {
    const p = applicant([
      { country: 'Belarus', specialty: 'pediatrics', from: '2015-09', to: '2018-06', completed: true },
    ]);
    expect(targetPhrase(p)).toBe(
      'US residency training on the way to a clinical informatics (CI) fellowship, building on my training in pediatrics',
    );
    expect(targetShort(p)).toBe('US residency (clinical informatics route)');
  });
  it('a US residency left part way is no route to a fellowship either', () => {
    const p = applicant([
      {
        country: 'United States',
        specialty: 'pediatrics',
        from: '2021-07',
        to: '2022-03',
        completed: false,
        accreditation: 'acgme',
      },
    ]);
    expect(targetPhrase(p)).toMatch(/^US residency training/);
  });
  it('a US residency in progress, or residencies not given, keeps the fellowship', () => {
    const inProgress = applicant([
      {
        country: 'United States',
        specialty: 'pediatrics',
        from: '2024-07',
        to: 'present',
        completed: false,
        accreditation: 'acgme',
      },
    ]);
    expect(targetPhrase(inProgress)).toBe(
      'a clinical informatics (CI) fellowship, building on my training in pediatrics',
    );
    expect(targetPhrase(applicant(undefined))).toMatch(/^a clinical informatics \(CI\) fellowship/);
  });
});
