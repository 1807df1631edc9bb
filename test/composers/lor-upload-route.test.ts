import { describe, expect, it } from 'vitest';
import { composeLorPackage } from '../../src/composers/lor-package.js';
import type { Profile } from '../../src/core/profile/schema.js';

const TODAY = '2027-01-06';

/** A CI-fellowship applicant; `foreignOnly` gives a residency abroad only (not yet eligible). */
const member = (foreignOnly: boolean): Profile => ({
  version: 1,
  citizenship: 'us-permanent-resident',
  target: 'ci-fellowship',
  medSchool: { country: 'Peru', graduated: '2012-12' },
  residencies: [
    foreignOnly
      ? { country: 'Peru', specialty: 'internal medicine', from: '2014-07', to: '2017-06', completed: true }
      : {
          country: 'United States',
          specialty: 'internal medicine',
          from: '2020-07',
          to: '2023-06',
          completed: true,
          accreditation: 'acgme',
        },
  ],
  letters: [
    {
      writer: 'Dr. Ana Quispe',
      role: 'program-director',
      year: 2025,
      setting: 'abroad',
      physician: true,
      informatics: false,
      directObservation: true,
    },
  ],
});

const upload = (p: Profile) => composeLorPackage(p, p.letters![0]!, TODAY).lines.find((l) => l.startsWith('Upload:'));

describe('the letter package names the upload route the ask email names', () => {
  it('a member not yet eligible for a fellowship is sent the fellowship route the timeline plans', () => {
    // The email names the fellowship (the timeline's route), so the upload line does too.
    expect(upload(member(true))).toMatch(/^Upload: CI fellowships take applications through ERAS/);
    expect(upload(member(true))).not.toMatch(/residency letters/);
  });

  it('a member eligible for a fellowship keeps the fellowship route', () => {
    expect(upload(member(false))).toMatch(/^Upload: CI fellowships take applications through ERAS/);
  });
});
