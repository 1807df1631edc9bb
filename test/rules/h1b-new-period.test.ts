import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { redFlags } from '../../src/rules/redflags.js';

// After at least a year living outside the US, a new H-1B petition can be approved for a new six-year
// period (8 CFR 214.2(h)(13)): earlier H-1B years are not simply added to the training ahead.
const member = (abroadNote: string, abroadFrom: string, activity: 'clinical' | 'us-clinical' = 'clinical'): Profile =>
  ({
    version: 1,
    citizenship: 'non-us',
    visa: 'h1b',
    target: 'residency-informatics-track',
    specialty: 'internal medicine',
    medSchool: { country: 'Colombia', graduated: '2012-06' },
    ecfmgCertified: true,
    exams: [
      { exam: 'step1', date: '2017-01', result: 'pass', score: 230 },
      { exam: 'step2ck', date: '2017-08', result: 'pass', score: 240 },
      { exam: 'step3', date: '2019-03', result: 'pass', score: 225 },
    ],
    residencies: [],
    timeline: [
      { from: '2018-01', to: '2022-12', activity: 'research', note: 'research fellow in Boston on an H-1B' },
      { from: abroadFrom, to: 'present', activity, note: abroadNote },
    ],
  }) as Profile;
const visa = (p: Profile) => redFlags(p, '2027-05-12').flags.find((f) => f.id === 'visa-sponsorship');

describe('H-1B years followed by a year or more abroad', () => {
  it('says a new six-year period can generally be approved, instead of "past the limit"', () => {
    const f = visa(member('internist, Bogotá', '2023-01'))!;
    expect(f.severity).toBe('low');
    expect(f.why).toContain('a new H-1B petition can generally be approved for a new six-year period');
    expect(f.why).not.toContain('past the limit');
  });

  it('keeps the count when the time since is under a year abroad, or in the US', () => {
    const recent = redFlags(member('internist, Bogotá', '2026-09'), '2027-05-12').flags.find(
      (f) => f.id === 'visa-sponsorship',
    )!;
    expect(recent.why).not.toContain('new six-year period');
    expect(visa(member('hospitalist, Ohio', '2023-01', 'us-clinical'))!.why).not.toContain('new six-year period');
  });
});
