import { describe, expect, it } from 'vitest';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import { readWriter } from '../../src/core/profile/field-specs.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { rankWriters } from '../../src/rules/letter-slots.js';

// Trial 17: for a CI fellowship, a clinic manager who supervised data entry and EMR support was
// ranked above the professor who supervised the member's residency; "(Lahore)" stayed in a name
// while "(clinic manager)" was taken out; the email quoted a raw lowercase note.
const TODAY = '2026-12-07';
const prof: Letter = {
  writer: 'Prof. Dr. Tariq Mahmood',
  role: 'attending',
  setting: 'abroad',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2019,
};
const manager: Letter = {
  writer: 'Sandra Lee',
  role: 'non-physician-supervisor',
  setting: 'abroad',
  physician: false,
  informatics: true,
  directObservation: true,
  year: 2025,
};
const member = (job: string, extra: Partial<Profile> = {}): Profile => ({
  version: 1,
  target: 'ci-fellowship',
  specialty: 'internal medicine',
  timeline: [
    { from: '2015-01', to: '2019-12', activity: 'clinical', note: 'FCPS medicine' },
    { from: '2023-09', to: '2024-06', activity: 'informatics', note: 'informatics certificate' },
  ],
  informatics: [
    { kind: 'certificate', title: 'informatics certificate' },
    { kind: 'job', title: job },
  ],
  letters: [prof, manager],
  ...extra,
});
const first = (p: Profile) => rankWriters(p, TODAY)[0]!.writer;

describe('a non-physician who supervised support work is not the strongest writer', () => {
  it.each([
    'EMR support / data entry, part time at family clinic in toronto (since 2025)',
    'data entry clerk at a clinic',
    'front desk and billing at my uncle’s practice',
    'IT help desk for the clinic EHR',
  ])('%s: the physician who supervised her training ranks first', (job) => {
    expect(first(member(job))).toBe('Prof. Dr. Tariq Mahmood');
    const sandra = rankWriters(member(job), TODAY).find((r) => r.writer === 'Sandra Lee')!;
    expect(sandra.reasons.join(' ')).toMatch(/not an informatics project/);
  });

  // Near-misses: a genuine informatics supervisor keeps the strength.
  it.each([
    'EHR analyst: built a sepsis dashboard',
    'clinical decision support project lead',
    'EMR optimization analyst, reduced duplicate orders',
  ])('%s: the informatics supervisor keeps the top place', (job) => {
    expect(first(member(job))).toBe('Sandra Lee');
  });

  it('an informatics period on the timeline while they worked together keeps the strength', () => {
    const p = member('data entry clerk', {
      timeline: [{ from: '2025-01', to: 'present', activity: 'informatics', note: 'Quality team analyst' }],
    });
    expect(first(p)).toBe('Sandra Lee');
  });
});

describe('a bracketed place is read like a bracketed role', () => {
  it.each([
    ['Prof. Dr. Tariq Mahmood (Lahore)', 'Prof. Dr. Tariq Mahmood', 'Lahore'],
    ['Dr. Rossi (Italy)', 'Dr. Rossi', 'Italy'],
    ['Dr. Lee (Mayo Clinic)', 'Dr. Lee', 'Mayo Clinic'],
    ['Dr. Okafor, Lagos, Nigeria', 'Dr. Okafor', 'Lagos, Nigeria'],
    ['Sandra Lee (clinic manager)', 'Sandra Lee', 'clinic manager'],
  ])('%s stores %s and says back %s', (typed, name, remark) => {
    expect(readWriter(typed)).toMatchObject({ name, remark });
  });

  it.each([['Lee, Sarah'], ['Chen, MD'], ['Dr. Ana Souza']])('%s keeps its name as typed', (typed) => {
    expect(readWriter(typed).name).toBe(typed);
  });
});

describe('the email phrases the member’s work, never pastes a raw note', () => {
  it('leaves a raw lowercase note out and says the package describes the work', () => {
    const p = member('EMR support / data entry, part time at family clinic in toronto (since 2025)');
    const body = composeLorEmail(p, { today: TODAY, writer: prof.writer }).body;
    expect(body).not.toMatch(/"EMR support|part time at family clinic/);
    expect(body).toMatch(/described in the package/);
  });

  it('still quotes a title that reads as one', () => {
    const p = member('Sepsis Alert Dashboard');
    const body = composeLorEmail(p, { today: TODAY, writer: prof.writer }).body;
    expect(body).toMatch(/"Sepsis Alert Dashboard"/);
  });
});
