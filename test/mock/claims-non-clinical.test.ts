/**
 * Session 29 (newcomer trial 17): an answer that calls work without patient care clinical ("I see
 * the doctors' workflow every day in the EMR, so I am still clinical in a way") gets "a fact to
 * correct", as the red-flag report already says of the same job. Sentences of our own, with
 * near-misses: a denial, real patient care beside the work, a wish, and "clinical" as a modifier.
 */
import { describe, expect, it } from 'vitest';
import { factClaims } from '../../src/mock/claims.js';

const ids = (answer: string) => factClaims(answer).map((c) => c.id);

describe('work without patient care said to be clinical', () => {
  it.each([
    'I work in a clinic where I see the doctors workflow everyday in the EMR, so I am still clinical in a way.',
    'My data entry job keeps me clinically current.',
    'The observership in Houston counts as clinical experience because I followed every patient.',
    'I stayed close to patient care through my research on sepsis alerts.',
    'As a scribe I was clinical every day, basically part of the team.',
    'I feel clinical enough after two years of EHR analyst work.',
  ])('is corrected, quoting the sentence: "%s"', (answer) => {
    const c = factClaims(answer).find((x) => x.id === 'non-clinical-as-clinical');
    expect(c?.quote).toBe(answer);
    expect(c?.message).toContain('Programs count as clinical only hands-on care of patients');
    expect(c?.source).toBe('red-flags#clinical-currency');
  });

  it.each([
    'My EMR support job is not clinical work, I know that, so I am planning an externship.',
    'I do EMR support and also two telemedicine shifts a week, so I stay clinically active.',
    'I am a clinical informatics enthusiast and I love workflow redesign.',
    'I was clinical lead for the Epic rollout.',
    'At the same time I wanted to stay close to clinical medicine, so I joined a research group.',
    'In my research role I was in touch with clinical teams every day.',
  ])('is left alone: "%s"', (answer) => {
    expect(ids(answer)).not.toContain('non-clinical-as-clinical');
  });
});
