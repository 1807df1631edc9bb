/**
 * A request email fits what the writer saw, and never volunteers an exam failure (ux39, newcomer
 * trial 13: the email to a CMIO who never saw the member's clinical work named her Step 1 failure and
 * told her "programs weigh writers who saw your work"). Our own members and writers.
 */
import { describe, expect, it } from 'vitest';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import { composeLorPackage } from '../../src/composers/lor-package.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';

const TODAY = '2026-12-06';

function lagos(letters: Letter[], exams: Profile['exams']): Profile {
  return {
    version: 1,
    citizenship: 'non-us',
    visa: 'j1',
    target: 'ci-fellowship',
    specialty: 'family medicine',
    medSchool: { country: 'Nigeria', graduated: '2016-11' },
    ecfmgCertified: true,
    exams,
    timeline: [{ from: '2023-07', to: '2026-06', activity: 'us-clinical', note: 'FM residency, Georgia; J-1' }],
    residencies: [
      {
        country: 'United States',
        specialty: 'family medicine',
        from: '2023-07',
        to: '2026-06',
        completed: true,
        accreditation: 'acgme',
      },
    ],
    informatics: [
      { kind: 'project', title: 'Depression screening reminder in the clinic EHR', outcome: 'screening rose to 70%' },
    ],
    letters,
    deadline: '2027-08-15',
  };
}

const cmio: Letter = {
  writer: 'Dr. Okafor',
  role: 'cmio',
  setting: 'us',
  physician: true,
  informatics: true,
  directObservation: false,
  year: 2026,
};
const attending: Letter = {
  writer: 'Dr. Brennan',
  role: 'attending',
  setting: 'us',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2026,
};
const stepFail: Profile['exams'] = [
  { exam: 'step1', date: '2018-05', result: 'fail' },
  { exam: 'step1', date: '2018-11', result: 'pass' },
  { exam: 'step2ck', date: '2019-06', result: 'pass', score: 238 },
  { exam: 'step3', date: '2024-09', result: 'pass', score: 231 },
];

describe('lor-ask email: discretion and what the writer saw', () => {
  it('to a CMIO who never saw the member work: no failure named, no "programs weigh writers who saw your work"', () => {
    const { body } = composeLorEmail(lagos([cmio, attending], stepFail), { today: TODAY, writer: 'Dr. Okafor' });
    expect(body).not.toMatch(/Step 1|attempt|fail/i);
    expect(body).not.toMatch(/seen an applicant's work|saw my work|growth or improvement you saw/i);
    expect(body).toMatch(/from what you know of me/);
    expect(body).toMatch(/talk you through my path and my plans on a short call/);
  });

  it('to an attending who supervised her: the work they saw, still no failure named', () => {
    const { body } = composeLorEmail(lagos([cmio, attending], stepFail), { today: TODAY, writer: 'Dr. Brennan' });
    expect(body).toMatch(/You saw my work first-hand in the US in 2026/);
    expect(body).toMatch(/growth or improvement you saw in me over time/);
    expect(body).not.toMatch(/Step 1|attempts?\b|failed/i);
  });

  it('the blank template (no writer listed) presumes no work seen and names no failure', () => {
    const { body } = composeLorEmail(lagos([], stepFail), { today: TODAY });
    expect(body).not.toMatch(/your view of my work|Step 1|attempt/i);
    expect(body).toMatch(/I would be honoured to include a letter from you/);
  });

  it('the member is still told, privately, to walk the writer through the story', () => {
    const p = lagos([cmio, attending], stepFail);
    const pkg = composeLorPackage(p, p.letters![1]!, TODAY).lines.join(' ');
    expect(pkg).toMatch(/Step 1/);
  });
});
