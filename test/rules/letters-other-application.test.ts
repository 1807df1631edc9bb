/**
 * One reading of an old letter from an earlier program's director: when a later program director has
 * written, the old letter is not "the program director's letter" to keep, and a letter written for
 * another application is named as such, in the finding and in the writer's next step alike.
 */
import { describe, expect, it } from 'vitest';
import { writerSteps } from '../../src/composers/lor-steps.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { writtenForOther } from '../../src/rules/letter-facts.js';
import { reviewLetters } from '../../src/rules/letters.js';

const TODAY = '2026-04-02';
const letter = (over: Partial<Letter>): Letter => ({
  writer: 'Dr. Ana Ruiz',
  role: 'attending',
  setting: 'us',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2025,
  ...over,
});

const OLD_PD =
  'Dr. Piotr Nowak (internal medicine program director; letter written in 2018 for my neurology residency application)';

const member = (letters: Letter[]): Profile => ({
  version: 1,
  citizenship: 'us-citizen',
  visa: 'not-needed',
  target: 'ci-fellowship',
  specialty: 'neurology',
  medSchool: { country: 'Poland', graduated: '2016-06' },
  deadline: '2026-08-01',
  letters,
});

describe('an old program director letter written for another application', () => {
  const letters = [
    letter({ writer: OLD_PD, role: 'program-director', year: 2018 }),
    letter({ writer: 'Dr. Lee Chen', role: 'program-director', year: 2024 }),
    letter({ writer: 'Dr. Sara Okafor', role: 'cmio', informatics: true, year: 2026 }),
    letter({ writer: 'Dr. Ana Ruiz', year: 2026 }),
    letter({ writer: 'Dr. Jonas Berg', role: 'informatics-faculty', informatics: true, year: 2026 }),
  ];

  it('reads the application it was written for', () => {
    expect(writtenForOther(letters[0]!, member(letters))).toBe('my neurology residency application');
    expect(
      writtenForOther(letter({ writer: 'Dr. X (letter written for my CI fellowship application)' }), member(letters)),
    ).toBe(undefined);
  });

  it('does not tell the member to keep it as the program director letter when a later one exists', () => {
    const stale = reviewLetters(member(letters), TODAY).findings.find(
      (f) => f.id === 'stale-letter' && f.writer === OLD_PD,
    );
    expect(stale?.message).not.toContain('Keep this letter');
    expect(stale?.message).toContain('written for a different application');
    expect(stale?.message).toContain("Dr. Lee Chen's letter (2024) is the program director's letter");
  });

  it('says the same in the writer step: not sent as it is', () => {
    const step = writerSteps(member(letters), TODAY).find((s) => s.writer === OLD_PD);
    expect(step?.next).toContain('written for a different application');
    expect(step?.next).not.toContain('keep as a backup');
  });

  it('still keeps a stale letter from the only program director', () => {
    // Four years old: stale, but younger than the seven years after which a current writer takes over.
    const only = [letter({ writer: 'Dr. Lee Chen', role: 'program-director', year: 2022 }), letter({ year: 2026 })];
    const stale = reviewLetters(member(only), TODAY).findings.find((f) => f.id === 'stale-letter');
    expect(stale?.message).toContain('Keep this letter');
  });
});
