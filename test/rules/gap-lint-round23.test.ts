/**
 * Round twenty-three (branch text23): the gap lint sees a deed or an outcome only where the member
 * did or earned something in the gap. Someone else's award, a document an office held back (told in
 * the active voice), a post only offered, the training whose end opens the gap, doubting and a
 * quality gained are none of these. Drafts of our own, near-misses beside them, never corpus items.
 */
import { describe, expect, it } from 'vitest';
import { hasAction, hasOutcome } from '../../src/rules/gap-lint.js';

describe('what an office did to a document is not the member acting or earning', () => {
  it.each([
    'The university withheld my degree certificate for eighteen months over a fee dispute.',
    'The health ministry sat on my internship completion letter until 2023.',
    'The council took nearly a year to verify my registration documents.',
    'My medical school refused to release my transcripts after the strike.',
  ])('"%s"', (draft) => {
    expect(hasAction(draft)).toBe(false);
    expect(hasOutcome(draft)).toBe(false);
  });

  it('a certificate the member earned still counts', () => {
    expect(hasOutcome('The ministry delayed my paperwork, so I earned a certificate in health data analytics.')).toBe(
      true,
    );
  });
});

describe("a relative's attainment is theirs, not the member's", () => {
  it.each([
    'My husband won a research grant in Munich, so we moved there with our daughter.',
    'In 2022 my sister was awarded a scholarship to study in Canada and I went with her.',
    'My wife got a job offer in Texas and we relocated.',
  ])('"%s"', (draft) => {
    expect(hasOutcome(draft)).toBe(false);
  });

  it.each([
    'I won a research grant in Munich for a study of discharge delays.',
    'I built a stock sheet for my uncle’s pharmacy, and my uncle now orders from it every week.',
  ])('still an outcome: "%s"', (draft) => {
    expect(hasOutcome(draft)).toBe(true);
  });
});

describe('a post offered is not a deed of the gap', () => {
  it.each([
    'We moved to Ohio in 2023. I was recently offered a position as a research coordinator, starting in March.',
    'After a long search I have received an offer from a community clinic and start next month.',
  ])('"%s"', (draft) => {
    expect(hasAction(draft)).toBe(false);
  });

  it('working in the post is', () => {
    expect(hasAction('Since March 2023 I have worked as a research coordinator on a stroke registry.')).toBe(true);
  });
});

describe('the end of training that opens the gap is not a deed in it', () => {
  it.each([
    'I completed my internship in Cairo in 2021 and have been at home since, for family reasons.',
    'I graduated from medical school in Dhaka in 2020 and have not had a post since then.',
  ])('"%s"', (draft) => {
    expect(hasAction(draft)).toBe(false);
  });

  it('a course finished in the gap still is', () => {
    expect(
      hasAction('I finished my residency in 2021, and since then I completed a course in SQL for clinicians.'),
    ).toBe(true);
  });
});

describe('doubting and a quality gained are not deeds', () => {
  it.each([
    'For months I doubted whether medicine was still the right path for me.',
    'I will carry the patience I gained into my training.',
  ])('"%s"', (draft) => {
    expect(hasAction(draft)).toBe(false);
  });
});
