/** Profiles shared by the mock-interview tests. */
import { readFileSync } from 'node:fs';
import { parseProfileText } from '../../src/core/profile/parse.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';

export const TODAY = '2026-09-01';

export function exampleProfile(): Profile {
  const r = parseProfileText(readFileSync(EXAMPLE_PROFILE, 'utf8'), TODAY);
  if (!r.ok) throw new Error(r.error.join('; '));
  return r.value;
}

/** A US-citizen fellowship applicant the red-flag engine finds nothing wrong with. */
export function cleanProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    version: 1,
    citizenship: 'us-citizen',
    visa: 'not-needed',
    target: 'ci-fellowship',
    specialty: 'internal medicine',
    medSchool: { country: 'Grenada', graduated: '2021-06' },
    ecfmgCertified: true,
    exams: [
      { exam: 'step1', date: '2020-01', result: 'pass' },
      { exam: 'step2ck', date: '2021-03', result: 'pass', score: 252 },
    ],
    timeline: [{ from: '2021-07', to: 'present', activity: 'us-clinical', note: 'internal medicine residency' }],
    usce: [{ kind: 'residency', months: 36, ehr: 'Epic', handsOn: true }],
    informatics: [{ kind: 'project', title: 'Sepsis order set redesign', outcome: 'order set use doubled' }],
    matchAttempts: 0,
    professionalism: [],
    ...overrides,
  };
}
