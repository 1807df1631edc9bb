/**
 * Gap no-outcome, session 35 (batch AY's three drafts whose outcome is told, and probe-v34's), held
 * by drafts of our own: a rank or commendation the service ended with, a thing the member made taken
 * into others' use, data released or shared, authorship named as a noun, and a count of people the
 * work reached (an irregular plural such as "children"). Near-misses keep the finding: deeds and a
 * lesson only, a hope of authorship, a screening with no count.
 */
import { describe, expect, it } from 'vitest';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';

const ids = (draft: string) => lintGapExplanation(draft).map((l) => l.id);

describe('an outcome told without an exam, a course or a percentage', () => {
  it.each([
    "From 2019 to 2021 I did my compulsory service in the navy, looking after the crew's health on long patrols, and I was discharged with the rank of lieutenant.",
    'During my two years of national service I kept the clinic visits in a spreadsheet, which the battalion later used to plan its vaccinations. I also supervised two medics.',
    'While my visa was pending I cleaned a stroke dataset for a research group in Lyon; the dataset was shared with three partner hospitals in May 2022.',
    'In 2020 and 2021 I helped a team in Nairobi analyse malaria surveillance data from the district health system, and I am a co-author on their report to the ministry.',
    'While I waited for my licence I joined a school health programme in Sylhet and vaccinated 1,200 children against measles, keeping the register on a tablet.',
    'I spent 2020 running a field clinic in the north, and at the end of my posting I received a service commendation from the regional health office.',
  ])('%s', (draft) => {
    expect(ids(draft)).not.toContain('no-outcome');
  });

  it.each([
    'During my military service I kept records of the soldiers I saw and learned a lot about leading a team in difficult conditions.',
    'I am now helping a research group in Lyon with their stroke dataset and I hope to become a co-author on their paper next year.',
    'While I waited for my licence I screened children for anaemia in a school programme and talked to their parents about diet.',
    "From 2019 to 2021 I did my compulsory service in the navy, looking after the crew's health on long patrols.",
  ])('still no outcome: %s', (draft) => {
    expect(ids(draft)).toContain('no-outcome');
  });
});

/**
 * no-actions, session 35 (AY gp-h51-018): "did" with a piece of work as its object ("I did remote
 * research with a US mentor", "did two locum shifts a week") is the member doing that work (SPEC:
 * "did research" is an action); "did no research", "did not do any work", "did nothing" are not.
 */
describe('"did" with a piece of work', () => {
  it.each([
    'During that time I did research with a mentor on readmission scores.',
    'During those months I did two locum shifts a week at a rural clinic.',
    'While my papers were pending I did a clinical audit of discharge letters at my old hospital.',
  ])('%s', (draft) => {
    expect(ids(draft)).not.toContain('no-actions');
  });

  it.each([
    'During that time I did no research at all and mostly waited.',
    'I did not do any work during that time because of my health.',
    'I did nothing useful in that year, honestly.',
  ])('still no action: %s', (draft) => {
    expect(ids(draft)).toContain('no-actions');
  });
});
