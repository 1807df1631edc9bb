import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { noteContractEnd } from '../../src/rules/note-facts.js';
import { redFlags } from '../../src/rules/redflags.js';

// Who or what was dismissed decides the reading: the member or their post ended against their will;
// a charge, case or complaint dismissed ended in the member's favour and is no end of training
// (session 36's judge: "the charge was dismissed in 2020" was told as an appointment ended).
const member = (note: string): Profile =>
  ({
    version: 1,
    citizenship: 'us-citizen',
    visa: 'not-needed',
    target: 'ci-fellowship',
    specialty: 'pediatrics',
    medSchool: { country: 'India', graduated: '2010-06' },
    ecfmgCertified: true,
    exams: [{ exam: 'step1', date: '2011-06', result: 'pass', score: 231 }],
    timeline: [{ from: '2016-07', to: 'present', activity: 'us-clinical', note }],
    matchAttempts: 0,
    deadline: '2027-08-31',
  }) as Profile;

describe('a dismissal of the member is an end of training', () => {
  it.each([
    'I was dismissed from the surgery residency in 2019 after a remediation year',
    'Dismissed from IM program after PGY-1 (2018)',
    'was let go in 2020 after a failed remediation',
    'my contract was terminated in PGY-2',
    'The program terminated my contract in 2017',
    'termination of my appointment in 2018, then I moved to research',
  ])('%s', (note) => expect(noteContractEnd(member(note))?.kind).toBe('termination'));
});

describe('a charge, case or complaint dismissed is not', () => {
  it.each([
    'Misdemeanour charge in 2019; the charge was dismissed in 2020',
    'A patient complaint against me was dismissed by the hospital in 2021',
    'The lawsuit was dismissed last year',
    'my DUI case got dismissed, record expunged 2022',
    'The board dismissed the complaint without action',
    'hospitalist since 2016, the case against me was dismissed',
  ])('%s', (note) => {
    const p = member(note);
    expect(noteContractEnd(p)).toBeUndefined();
    const text = JSON.stringify(redFlags(p, '2027-03-10'));
    expect(text).not.toMatch(/appointment was ended by the program/);
  });
});
