import { describe, expect, it } from 'vitest';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import { askSeason } from '../../src/composers/lor-season.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';

// A newcomer trial: a member who had applied and interviewed this season (no deadline in her
// profile) followed up with her medical director, asked on 4 December, and her email read "The
// fellowship would start in July 2028". What the profile shows of the season under way decides the
// start the follow-up tells; which season a stored letter counts for does not move.
const DEC = '2026-12-05';
const director: Letter = {
  writer: 'Dr. Lena Ortmann',
  role: 'other',
  setting: 'us',
  physician: true,
  informatics: true,
  directObservation: true,
  year: 2026,
  asked: '2026-12-04',
};
const member = (note: string, letters: Letter[] = [director]): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'h1b',
  target: 'ci-fellowship',
  specialty: 'internal medicine',
  medSchool: { country: 'Nigeria', graduated: '2014-07' },
  residencies: [
    {
      country: 'United States',
      specialty: 'internal medicine',
      from: '2020-07',
      to: '2023-06',
      completed: true,
      accreditation: 'acgme',
    },
  ],
  timeline: [
    { from: '2020-07', to: '2023-06', activity: 'us-clinical', note: 'internal medicine residency' },
    { from: '2023-08', to: 'present', activity: 'us-clinical', note },
  ],
  letters,
});
const followUp = (p: Profile) => composeLorEmail(p, { today: DEC, writer: director.writer }).body;

describe('the start year a follow-up tells a member who applied this season', () => {
  it.each([
    'hospitalist; sent ERAS applications to six programs in July, and interviewed at four of them',
    'Nocturnist. I have interviewed in 3 programs during october',
    'hospitalist, interviews completed in November',
    'hospital medicine, aiming for CI fellowship from July 2027',
  ])('tells the season she applied in, July 2027: %s', (note) => {
    const body = followUp(member(note));
    expect(body).toMatch(
      /I am applying for a clinical informatics \(CI\) fellowship[^.]*\. The fellowship would start in July 2027\./,
    );
    expect(body).not.toMatch(/July 2028|preparing to apply/);
  });

  it.each([
    'hospitalist; did not apply this season, planning to apply next year',
    'hospitalist, still have not interviewed anywhere',
    'hospitalist',
  ])('keeps the next season for a member the profile does not show applying: %s', (note) => {
    expect(followUp(member(note))).toMatch(/The fellowship would start in July 2028;/);
  });

  it('does not move the season a stored letter counts for', () => {
    const summer: Letter = { ...director, writer: 'Dr. Sam Achebe', asked: '2026-06-15' };
    const p = member('hospitalist; interviewed at two programs in October', [director, summer]);
    expect(askSeason(director, p, DEC)).toBe('current');
    expect(askSeason(summer, p, DEC)).toBe('closed');
  });

  it('leaves a new request on the letters plan’s reading: a letter asked now is for the next season', () => {
    const fresh: Letter = { ...director, writer: 'Dr. Ana Ruiz', asked: undefined };
    const p = member('hospitalist; interviewed at two programs in October', [fresh]);
    const body = composeLorEmail(p, { today: DEC, writer: fresh.writer }).body;
    expect(body).toMatch(/The fellowship would start in July 2028;/);
  });
});
