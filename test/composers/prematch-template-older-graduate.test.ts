/**
 * Round-six trial: a psychiatrist who graduated in 2015 asks a residency's informatics track about
 * eligibility. Her real question is the program's limit on years since graduation, so the inquiry
 * asks it; a recent graduate and a fellowship applicant are not asked it.
 */
import { describe, expect, it } from 'vitest';
import { composePrematchTemplate } from '../../src/composers/prematch-templates.js';
import type { Profile } from '../../src/core/profile/schema.js';

const TODAY = '2026-12-03';
const base: Profile = {
  version: 1,
  citizenship: 'us-permanent-resident',
  visa: 'not-needed',
  target: 'residency-informatics-track',
  specialty: 'psychiatry',
  medSchool: { country: 'Colombia', graduated: '2015-12' },
  ecfmgCertified: true,
};

describe('eligibility inquiry for an older graduate', () => {
  it('asks a residency track about its limit on years since graduation when the member graduated 5 or more years ago', () => {
    const body = composePrematchTemplate('eligibility-inquiry', base, TODAY).body;
    expect(body).toMatch(
      /accepts international medical graduates, and whether you set a limit on years since graduation \(I graduated in 2015\)\?/,
    );
    // A green-card holder is never asked about sponsorship.
    expect(body).not.toMatch(/sponsor/);
  });

  it('does not ask it of a recent graduate or of a fellowship applicant', () => {
    const recent = composePrematchTemplate(
      'eligibility-inquiry',
      { ...base, medSchool: { country: 'Colombia', graduated: '2023-06' } },
      TODAY,
    ).body;
    expect(recent).not.toMatch(/years since graduation/);
    const fellow = composePrematchTemplate('eligibility-inquiry', { ...base, target: 'ci-fellowship' }, TODAY).body;
    expect(fellow).not.toMatch(/years since graduation/);
  });
});
