/**
 * A mock answer that calls training abroad equal to a US residency, or says it makes the member
 * eligible, is told that the guides say otherwise; an answer that says the opposite, or names
 * eligibility for something else, is not.
 */
import { describe, expect, it } from 'vitest';
import { factClaims } from '../../src/mock/claims.js';

describe('claims a mock answer makes about training abroad', () => {
  it('flags training abroad called equal to a US residency or said to make the member eligible, in different words', () => {
    for (const answer of [
      'I completed FCPS internal medicine residency in Lahore in 2024 which is equivalent to US residency, basically same thing, so I think I am eligible. I am very passionate about informatics.',
      'My MD in internal medicine from India is on par with an American residency.',
      'I finished my training back home. It is recognized as the same level as ACGME training.',
      'After my residency in Egypt I am already eligible for the CI fellowship.',
      'I did MRCP in the UK, which counts as a US residency for fellowship purposes.',
      // A city abroad that no list names: the comparison with a US residency says where it was.
      'Honestly my Manila training was basically the same as a US internal medicine residency, we saw more patients even.',
      'my 3 years of residency in Kumasi is comparable to American residency in every way',
      'I believe my postgraduate years at Tikrit Teaching Hospital are equal to US training.',
    ]) {
      const found = factClaims(answer);
      expect(
        found.map((c) => c.id),
        answer,
      ).toEqual(['foreign-residency-equivalent']);
      expect(answer).toContain(found[0]!.quote);
      expect(found[0]!.message).toMatch(/exceptionally qualified/);
    }
  });

  it('stays silent when the member says it does not count, or speaks of other eligibility or other sameness', () => {
    for (const answer of [
      'I know my FCPS residency in Lahore is not equivalent to a US residency, so my plan is to match into internal medicine first.',
      'My residency in Pakistan does not count as ACGME training, which is why I am applying to residency.',
      'After my internship in Nigeria I became eligible for ECFMG certification and passed Step 1.',
      'In my residency in India the wards were busy, and it taught us the same lesson every night: check the labs.',
      'I completed an ACGME internal medicine residency in Chicago and I am board eligible.',
      'My residency in Chicago ends in June, and I am eligible for the CI fellowship that starts in July.',
      'My US residency in Ohio was the same as any other ACGME program: busy, with good teaching.',
      'My training in Manila taught me to work with few resources, and I learned the US system during my residency in Ohio.',
      'Our sepsis alert fired too often, so I led a review of the thresholds with the nurses.',
    ]) {
      expect(factClaims(answer), answer).toEqual([]);
    }
  });
});
