/** Profiles for the per-rule red-flag tests: a strong applicant that no rule flags, edited per case. */
import type { Profile } from '../../../src/core/profile/schema.js';
import type { Flag, RuleResult } from '../../../src/rules/redflag-types.js';

export const TODAY = '2026-11-22';

export const clean = (): Profile => ({
  version: 1,
  citizenship: 'us-citizen',
  visa: 'not-needed',
  target: 'ci-fellowship',
  specialty: 'internal medicine',
  medSchool: { country: 'Grenada', graduated: '2022-05' },
  ecfmgCertified: true,
  exams: [
    { exam: 'step1', date: '2020-06', result: 'pass' },
    { exam: 'step2ck', date: '2021-08', result: 'pass', score: 245 },
  ],
  timeline: [{ from: '2022-06', to: 'present', activity: 'us-clinical', note: 'IM residency, Ohio' }],
  residencies: [
    {
      country: 'United States',
      specialty: 'internal medicine',
      from: '2022-06',
      to: 'present',
      completed: false,
      accreditation: 'acgme',
    },
  ],
  usce: [{ kind: 'residency', months: 24, ehr: 'Epic', handsOn: true }],
  informatics: [{ kind: 'project', title: 'Sepsis alert audit', outcome: 'alert burden down 30%' }],
  matchAttempts: 0,
  professionalism: [],
  letters: [],
});

export const edit = (change: (p: Profile) => void): Profile => {
  const p = clean();
  change(p);
  return p;
};

/** The one flag a rule raised (fails when it raised none or several). */
export function theFlag(r: RuleResult): Flag {
  if (r.flags.length !== 1) throw new Error(`expected one flag, got ${r.flags.length}`);
  return r.flags[0]!;
}
