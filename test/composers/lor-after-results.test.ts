/**
 * Once a season's results are out, the letters plan and the thank-you note treat the season as
 * over: no "check in ERAS" and no "season now under way", and the thank-you tells the outcome
 * instead of promising it. Before the results, the note still promises to tell it.
 */
import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import { writerSteps } from '../../src/composers/lor-steps.js';

const writer: Letter = {
  writer: 'Dr. Sofia Lindqvist',
  role: 'program-director',
  year: 2026,
  setting: 'us',
  physician: true,
  informatics: false,
  directObservation: true,
  asked: '2026-06-25',
};

const member = (target: Profile['target'], deadline: string): Profile => ({
  version: 1,
  citizenship: 'us-citizen',
  visa: 'not-needed',
  target,
  specialty: 'pediatrics',
  residencies: [
    {
      country: 'United States',
      specialty: 'pediatrics',
      from: '2023-07',
      to: '2026-06',
      completed: true,
      accreditation: 'acgme',
    },
  ],
  deadline,
  letters: [writer],
  timeline: [
    { from: '2026-07', to: 'present', activity: 'us-clinical', note: 'attending; applied to six programs in ERAS' },
  ],
});

describe('letters after the season’s results', () => {
  it('a CI fellowship member after the AMIA results: tell the outcome, nothing to check', () => {
    const p = member('ci-fellowship', '2026-08-31');
    const email = composeLorEmail(p, { today: '2026-12-22' });
    expect(email.kind).toBe('thanks');
    expect(email.body).not.toMatch(/let you know how it turns out/);
    expect(email.body).toMatch(/how it went/);
    const step = writerSteps(p, '2026-12-22').find((s) => s.writer === writer.writer)!;
    expect(step.next).not.toMatch(/under way|Check in ERAS/);
    expect(step.next).toMatch(/tell them how it went/);
  });

  it('between the commit deadline and the results, the note still promises the outcome', () => {
    const p = member('ci-fellowship', '2026-08-31');
    const email = composeLorEmail(p, { today: '2026-12-10' });
    expect(email.kind).toBe('thanks');
    expect(email.body).toMatch(/let you know how it turns out/);
  });

  it('a residency member after Match Day: the same reading on the NRMP calendar', () => {
    const p = member('residency-informatics-track', '2026-09-30');
    const email = composeLorEmail(p, { today: '2027-03-29' });
    expect(email.body).not.toMatch(/let you know how it turns out/);
    const before = composeLorEmail(p, { today: '2027-02-10' });
    expect(before.body).toMatch(/let you know how it turns out/);
  });
});
