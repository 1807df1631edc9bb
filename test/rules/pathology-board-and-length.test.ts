import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { ciBoardFor } from '../../src/rules/redflag-rules/eligibility.js';
import { residencyYearsFor } from '../../src/rules/redflag-rules/standing.js';
import { redFlags } from '../../src/rules/redflags.js';

// A pathologist certifies in clinical informatics through ABPath (jointly with ABPM), and a combined
// anatomic and clinical pathology residency runs four years, not three.
const resident = (specialty: string): Profile =>
  ({
    version: 1,
    citizenship: 'non-us',
    visa: 'j1',
    target: 'ci-fellowship',
    specialty,
    medSchool: { country: 'India', graduated: '2020-06' },
    ecfmgCertified: true,
    residencies: [
      { country: 'United States', specialty, from: '2025-07', to: 'present', completed: false, accreditation: 'acgme' },
    ],
  }) as Profile;

describe('a pathology resident aiming at clinical informatics', () => {
  it('names ABPath, not ABPM alone, as the board for the clinical informatics certification', () => {
    const r = redFlags(resident('anatomic and clinical pathology'), '2027-04-07');
    const said = JSON.stringify(r);
    expect(said).toContain(
      'ABPath (for a pathologist the clinical informatics certification comes from the American Board of Pathology',
    );
    expect(said).not.toMatch(/For the clinical informatics boards later, ABPM also needs/);
  });

  it('keeps ABPM for every other specialty', () => {
    expect(ciBoardFor('internal medicine')).toBe('ABPM');
    expect(ciBoardFor('pediatrics')).toBe('ABPM');
    expect(ciBoardFor(undefined)).toBe('ABPM');
    expect(ciBoardFor('Pathology (AP/CP)')).toMatch(/^ABPath/);
  });

  it('counts a combined pathology residency as four years for the J-1 total, three for an AP-only track', () => {
    expect(residencyYearsFor('pathology')).toBe(4);
    expect(residencyYearsFor('AP/CP pathology')).toBe(4);
    expect(residencyYearsFor('anatomic pathology only')).toBe(3);
    expect(residencyYearsFor('internal medicine')).toBe(3);
    const visa = redFlags(resident('pathology'), '2027-04-07').flags.find((f) => f.id === 'visa-sponsorship')!;
    expect(visa.why).toContain('a fellowship starting Jul 2029');
    expect(visa.why).toContain('about 4 years by its start and about 6 years by its end');
  });
});
