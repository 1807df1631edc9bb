/**
 * The visa item's advice fits the phase of the calendar on `today`: once the rank (NRMP) or commit
 * (AMIA) deadline has passed and before results, the list is final, so the member is never told to
 * check sponsorship "before you rank" (profile judge, p317 on Match Week). Before that deadline the
 * advice is unchanged. Members and dates of our own.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { seasonOptions } from '../../src/composers/application-season.js';
import { redFlags } from '../../src/rules/redflags.js';

const member = (target: Profile['target'], deadline: string): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'j1',
  target,
  specialty: 'pediatrics',
  medSchool: { country: 'Uganda', graduated: '2020-11' },
  ...(target === 'ci-fellowship'
    ? {
        residencies: [
          {
            country: 'United States',
            specialty: 'pediatrics',
            from: '2024-07',
            to: '2027-06',
            completed: false,
            accreditation: 'acgme' as const,
          },
        ],
      }
    : { residencies: [] }),
  deadline,
});
const visaText = (p: Profile, today: string): string => {
  const f = redFlags(p, today, seasonOptions(p, today)).flags.find((x) => x.id === 'visa-sponsorship');
  return f ? [f.why, ...f.actions].join(' ') : '';
};

describe('after the rank or commit deadline, before results: the list is final', () => {
  it.each([
    ['residency-informatics-track', '2026-09-25', '2027-03-17', /rank deadline \(typically [^)]+\) has passed/],
    ['residency-informatics-track', '2026-09-25', '2027-03-10', /rank deadline/],
    ['ci-fellowship', '2026-07-15', '2026-12-10', /commit deadline \(typically [^)]+\) has passed/],
  ] as const)('%s, deadline %s, today %s', (target, deadline, today, said) => {
    const t = visaText(member(target, deadline), today);
    expect(t).not.toMatch(/before you rank/);
    expect(t).toMatch(said);
    expect(t).toMatch(/your list is final: once results are out, confirm at once with the program you match/);
  });

  it('before the rank deadline, sponsorship is still checked before ranking', () => {
    const t = visaText(member('residency-informatics-track', '2026-09-25'), '2027-01-20');
    expect(t).toMatch(/before you rank it or accept a place/);
  });
});
