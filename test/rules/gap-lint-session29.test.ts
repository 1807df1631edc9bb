/**
 * Gap lint readings of session 29 (text46), held by drafts of our own (not corpus items):
 * - no-outcome: what the member made, taken up by other people (someone else starting to use it,
 *   asking for a copy, asking the member to carry it to other sites, however the sites are called),
 *   or a change told as a move between two amounts in words, is a result; a move between places or
 *   an adoption only hoped for is not;
 * - no-actions / no-informatics-link: time in a family business told only as helping out, taking
 *   part or exposure to "business, computers and working with people" is no deed and no link; a task
 *   or role in the business, or real informatics work beside the computer skill, still counts.
 */
import { describe, expect, it } from 'vitest';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';

const ids = (draft: string) => lintGapExplanation(draft).map((l) => l.id);
const base =
  'From March 2023 to February 2024, while my ECFMG file was processed, I volunteered at a district TB clinic in Kano. I built a shared spreadsheet of patients on treatment so the nurses could see who had missed a pickup.';

describe('no-outcome: the result told as what other people do with the member’s work', () => {
  it.each([
    `${base} The state coordinator asked me to demonstrate it at four other TB units.`,
    `${base} Missed pickups went from a dozen a month to two or three.`,
    `${base} The pharmacist at the next clinic started using the same sheet for her patients.`,
    `${base} The neighbouring clinic requested a copy before I left.`,
  ])('finds a result in %j', (draft) => {
    expect(ids(draft)).not.toContain('no-outcome');
  });
  it.each([
    `${base} I hope other clinics will use it one day.`,
    `${base} The nurses asked me to come along to two other villages on their home visits.`,
    `${base} Later my family went from Kano to Abuja.`,
  ])('finds none in %j', (draft) => {
    expect(ids(draft)).toContain('no-outcome');
  });
});

describe('no-actions and no-informatics-link: a family business told as involvement and exposure', () => {
  it.each([
    'From 2021 to 2023 I helped out in my family’s pottery business to support my parents. I kept in touch with medicine by reading journals. It gave me exposure to sales, computers and working with customers.',
    'Between 2022 and 2024 I took part in our family’s fabric trade while my mother was unwell, and I picked up some accounting, computer and people skills.',
  ])('fires both on %j', (draft) => {
    const got = ids(draft);
    expect(got).toContain('no-actions');
    expect(got).toContain('no-informatics-link');
  });
  it('reads a named task in the business as a deed, and real informatics work beside computer skills as a link', () => {
    const got = ids(
      'From 2021 to 2023 I helped in my family’s pharmacy business by keeping its stock register, gained basic computer skills, and moved the register into an Excel database; stock-outs fell from about ten a month to two.',
    );
    expect(got).not.toContain('no-actions');
    expect(got).not.toContain('no-informatics-link');
    expect(got).not.toContain('no-outcome');
  });
});
