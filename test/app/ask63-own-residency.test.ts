import { describe, expect, it } from 'vitest';
import { withoutAbroadCaveat } from '../../src/app/views/ask-own-residency.js';
import type { Profile } from '../../src/core/profile/schema.js';

/**
 * Round ask63 (newcomer trial 20): a private reply to a member in an ACGME residency leaves out the
 * guides' caveat that training abroad leads in only through the exception; a member whose only
 * residency was abroad, and a reply with no profile, keep it.
 */
const base: Profile = { version: 1, citizenship: 'non-us', visa: 'j1', target: 'ci-fellowship' };
const usResident: Profile = {
  ...base,
  residencies: [
    {
      country: 'USA',
      specialty: 'internal medicine',
      from: '2025-07',
      to: 'present',
      completed: false,
      accreditation: 'acgme',
    },
  ],
};
const canadaDone: Profile = {
  ...base,
  residencies: [{ country: 'Canada', specialty: 'family medicine', from: '2019-07', to: '2021-06', completed: true }],
};
const abroad: Profile = {
  ...base,
  residencies: [
    {
      country: 'Nigeria',
      specialty: 'internal medicine',
      from: '2015-07',
      to: '2019-06',
      completed: true,
      accreditation: 'other',
    },
  ],
};
const text = [
  'ECFMG sponsors every J-1, but each GME office sets its own visa policy. [visas#sponsorship-history]',
  'ACGME fellowships normally require a residency accredited by ACGME or its Canadian counterparts, and take someone trained abroad only through an exception the program must choose to use. Ask early which visas it sponsors. [prematch#eligibility-inquiry]',
].join('\n\n');

describe('the residency-abroad caveat in a private reply', () => {
  it.each([
    ['a US ACGME resident', usResident],
    ['a completed Canadian residency', canadaDone],
  ])('is left out for %s', (_, p) => {
    const out = withoutAbroadCaveat(text, p, '2026-12-07');
    expect(out).not.toMatch(/trained abroad only through an exception/);
    expect(out).toMatch(/ECFMG sponsors every J-1/);
    expect(out).toMatch(/Ask early which visas it sponsors/);
  });
  it.each([
    ['a residency done abroad', abroad],
    ['no residency in the profile', base],
    ['no profile (a public reply)', undefined],
  ])('stays for %s', (_, p) => {
    expect(withoutAbroadCaveat(text, p, '2026-12-07')).toBe(text);
  });
});
