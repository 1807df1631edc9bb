/**
 * Round fifteen: informatics work and results told in plain words. A clinical process handed to a
 * machine, a clinical document redesigned and records counted then analysed link a gap to
 * informatics; scholarly products counted with what became of them are a result.
 */
import { describe, expect, it } from 'vitest';
import { hasInformaticsLink, hasOutcome } from '../../src/rules/gap-lint.js';

describe('informatics link in plain words', () => {
  it('reads a clinical process moved to an automatic system as informatics work', () => {
    expect(
      hasInformaticsLink('I changed our follow-up calls into automatic voice messages for every new mother.'),
    ).toBe(true);
    expect(hasInformaticsLink('The pharmacy now sends refill notices through a text-message service I set up.')).toBe(
      true,
    );
  });

  it('reads a clinical document redesigned as documentation and workflow design', () => {
    expect(hasInformaticsLink('With the charge nurse I restructured the handover proforma for the night team.')).toBe(
      true,
    );
  });

  it('reads records counted or logged and then analysed as data work', () => {
    expect(hasInformaticsLink('I analysed 640 consecutive admissions for delays in the first antibiotic dose.')).toBe(
      true,
    );
    expect(hasInformaticsLink('I analysed the recorded referrals of one district for a whole year.')).toBe(true);
  });

  it('does not read the member’s own application or self-review as informatics', () => {
    expect(hasInformaticsLink('I revised my personal statement and analysed my weaknesses as a candidate.')).toBe(
      false,
    );
  });
});

describe('products counted as a result', () => {
  it('counts abstracts or posters with what became of them', () => {
    expect(hasOutcome('I helped a dermatology group label images; two abstracts came out of that work.')).toBe(true);
    expect(hasOutcome('We had three posters from the registry, one shown at a national meeting.')).toBe(true);
  });

  it('does not count papers read or products hoped for', () => {
    expect(hasOutcome('I read 30 papers from the AMIA proceedings and skimmed a few chapters from the textbook.')).toBe(
      false,
    );
    expect(hasOutcome('I hope two papers will be published from the project next year.')).toBe(false);
  });
});
