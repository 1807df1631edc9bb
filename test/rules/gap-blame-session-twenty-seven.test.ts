/**
 * Session 27, blame by meaning: an employer, an embassy or an examiner faulted as the reason.
 * - a party said to treat people of the member's origin its own way, with the writer claiming to
 *   see the motive ("obviously", "it seems", "everyone who applied knows how…", "had a problem with
 *   my accent", "simply how they treat us"); the same treatment told as a fact stays neutral;
 * - a party judged as failing in how it runs, given as the cause ("because the office there is
 *   disorganised"), or acting "for no reason"; timing alone ("slow", "moved twice") stays a fact.
 */
import { describe, expect, it } from 'vitest';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';
import { answerFeedback } from '../../src/mock/feedback.js';

const blamed = (draft: string) => lintGapExplanation(draft).some((l) => l.id === 'blame');

describe('a party treating people of the member’s origin its own way, motive claimed, is blame', () => {
  it.each([
    'From 2022 to 2023 my visa was refused two times, evidently because the officers treat applicants from my country with suspicion. In this time I passed Step 2 CK with 245 and completed a REDCap course.',
    'Failed CS 2021. Examiner clearly had an issue with my accent. Retook, passed 2022. Built a clinic data sheet meanwhile.',
    'Honestly the residency thing went the way it goes, everyone who has applied knows how programs look at international graduates, and so I spent the year doing research on sepsis data and got a poster at SCCM.',
    'We were told our visas were delayed for security checks, and it seems the consulate deals with people from our region this way every time. Meanwhile I worked as a data analyst at a clinic and built a diabetes follow-up dashboard.',
    'My file sat at the embassy for a year, which I think is simply how they treat people like us. I used the year to pass Step 3 with 228.',
  ])('%s', (d) => {
    expect(blamed(d)).toBe(true);
  });
  it.each([
    'The embassy processes applicants from my country through additional checks, so my visa took five months. During that time I passed Step 3 and built a REDCap database.',
    'The consulate treated my file like any other, and the processing took eleven months. I passed Step 3 in that time and finished a SQL course.',
    'Our hospital in Ohio hired many international graduates, and I joined its quality team as a research assistant, where I cleaned two years of sepsis data.',
  ])('the same treatment told as a fact stays neutral: %s', (d) => {
    expect(blamed(d)).toBe(false);
  });
});

describe('a party judged as failing, given as the cause, is blame', () => {
  it.each([
    'My verification took fourteen months because the registrar’s office at my medical school was completely disorganised. I passed Step 2 CK in that time.',
    'Visa: 9 months. Consulate cancelled my interview twice for no reason. Used the time: passed Step 3, 238.',
    'The delay happened as the ministry was very inefficient in issuing my certificate of good standing. I used the months to finish an informatics course.',
    'My start date moved to 2024 since the\nhospital’s HR department was a mess and\nlost my forms twice. I volunteered in the\nclinic’s records office meanwhile.',
  ])('%s', (d) => {
    expect(blamed(d)).toBe(true);
  });
  it.each([
    'My verification took fourteen months because the school’s office was closed during the national strike. I passed Step 2 CK in that time.',
    'The ward was chaotic that winter, and I learned to prioritise; I also built a bed list in a spreadsheet that the nurses still use.',
    'My interview was moved twice, so I used the months to pass Step 3 with 231.',
    'The process is slow, and my visa took eleven months; I completed a data analytics certificate meanwhile.',
  ])('timing, a place or a process stays a fact: %s', (d) => {
    expect(blamed(d)).toBe(false);
  });
});

describe('the same readings in an interview answer', () => {
  it('a slow embassy faulted with "how they treat us" is blame', () => {
    const a =
      'The verification for my school took more than a year because the records office there was chaotic, and the embassy then moved my appointment three times for no reason, which is simply how they treat us. Meanwhile I worked as a medical officer and finished an informatics certificate on Coursera.';
    expect(answerFeedback('Why is there a gap after graduation?', a).notes.map((n) => n.id)).toContain('blame');
  });
});
