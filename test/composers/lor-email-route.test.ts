/**
 * One route per letters report, the timeline's: a CI-fellowship member is planned on the AMIA
 * calendar (with a residency warning when not yet eligible), so the ask email, its season, its due
 * date and the package's upload line all name the fellowship. An email telling a writer "US residency,
 * ERAS in September" under a fellowship's due date and deadline tells them two routes at once.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { targetPhrase, targetShort } from '../../src/composers/lor-context.js';
import { composeLorEmail } from '../../src/composers/lor-email.js';

const applicant = (residencies: Profile['residencies'], extra: Partial<Profile> = {}): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'h1b',
  target: 'ci-fellowship',
  specialty: 'pediatrics',
  ...(residencies ? { residencies } : {}),
  ...extra,
});

const abroad: Profile['residencies'] = [
  { country: 'Belarus', specialty: 'pediatrics', from: '2015-09', to: '2018-06', completed: true },
];

describe('ask email: one route, the one the timeline plans', () => {
  it('a residency abroad only still names the fellowship the member is applying for', () => {
    const p = applicant(abroad);
    expect(targetPhrase(p)).toBe('a clinical informatics (CI) fellowship, building on my training in pediatrics');
    expect(targetShort(p)).toBe('clinical informatics fellowship');
  });

  it('a US residency left part way, or residencies not given: the fellowship too', () => {
    const left = applicant([
      {
        country: 'United States',
        specialty: 'pediatrics',
        from: '2021-07',
        to: '2022-03',
        completed: false,
        accreditation: 'acgme',
      },
    ]);
    expect(targetPhrase(left)).toMatch(/^a clinical informatics \(CI\) fellowship/);
    expect(targetPhrase(applicant(undefined))).toMatch(/^a clinical informatics \(CI\) fellowship/);
  });

  it('the season and the due date in one email belong to the same route', () => {
    // Trained in Mexico only, deadline in August, asked in January: fellowship season, July start
    // the year after, ERAS in July, never a residency opening in September.
    const p = applicant(
      [{ country: 'Mexico', specialty: 'internal medicine', from: '2012-03', to: '2016-02', completed: true }],
      {
        specialty: 'internal medicine',
        deadline: '2027-08-20',
        letters: [
          {
            writer: 'Dr. Rosa Ibarra',
            role: 'informatics-faculty',
            year: 2026,
            setting: 'us',
            physician: true,
            informatics: true,
            directObservation: true,
          },
        ],
      },
    );
    const body = composeLorEmail(p, { today: '2027-01-20' }).body;
    expect(body).toMatch(/clinical informatics \(CI\) fellowship/);
    expect(body).toMatch(/fellowship would start in July 2028/);
    expect(body).not.toMatch(/residency training|early September/);
  });
});
