/**
 * Round twelve (branch pg13): readings of the gap lint fixed for blind batch L's misses, pinned by
 * drafts of our own with near-misses beside them. Never corpus items.
 */
import { describe, expect, it } from 'vitest';
import { hasAction, hasInformaticsLink, hasOutcome } from '../../src/rules/gap-lint.js';

describe('a document told as stalled is neither an action nor a result', () => {
  it.each([
    'My MBBS diploma was withheld by the college for ten months over a fee dispute, and I waited at home.',
    'The internship completion certificate stayed pending at the ministry until late 2022.',
    'Our registration papers were lost in the post twice, so the whole year went by.',
  ])('"%s"', (draft) => {
    expect(hasAction(draft)).toBe(false);
    expect(hasOutcome(draft)).toBe(false);
  });

  it('a certificate earned while other papers were stalled still counts', () => {
    const draft =
      'While my licence was on hold, I completed the edX certificate in health data science and tutored two students for Step 1.';
    expect(hasAction(draft)).toBe(true);
    expect(hasOutcome(draft)).toBe(true);
  });
});

describe('a job title held with any verb of working is a result', () => {
  it.each([
    'I taught biochemistry to first-year pharmacy students at a small private institute in Tunis as a visiting lecturer.',
    'For a year I worked at the regional blood bank in Kano as quality officer.',
  ])('"%s"', (draft) => {
    expect(hasOutcome(draft)).toBe(true);
  });

  it.each([
    'I thought often about my experience as a physician and what it taught me.',
    'I grew a lot in that year, both as a daughter and as a doctor.',
  ])('who the member is is not a post: "%s"', (draft) => {
    expect(hasOutcome(draft)).toBe(false);
  });
});

describe('the training that ended where the gap begins', () => {
  it('is not the result of the gap', () => {
    expect(
      hasOutcome(
        'Once I had completed my internship year in Lagos, I began reading for Step 2 CK, which I have not yet taken.',
      ),
    ).toBe(false);
  });

  it('while a course completed in the gap is', () => {
    expect(hasOutcome('After I completed the Coursera course on SQL, I joined a discharge data audit.')).toBe(true);
  });
});

describe('the informatics link in plain words', () => {
  it.each([
    'At the district clinic I moved the antenatal register from a paper ledger onto a shared laptop spreadsheet.',
    'I built a Google Sheets tracker for the patients on our tuberculosis treatment list.',
    'I helped run the WhatsApp follow-up service for discharged heart-failure patients.',
  ])('record-keeping or care moved to a digital tool links the gap: "%s"', (draft) => {
    expect(hasInformaticsLink(draft)).toBe(true);
  });

  it.each([
    'I kept my revision timetable in a Google Sheet and passed Step 1 with 231.',
    'I uploaded all my data to the ERAS portal before it opened and sat the OET in March.',
  ])('the member own planning or application data does not: "%s"', (draft) => {
    expect(hasInformaticsLink(draft)).toBe(false);
  });
});

describe('a count reached, told as an end state, is a result', () => {
  it('"By June 180 families were registered on the clinic list."', () => {
    expect(
      hasOutcome('I joined the outreach team in Mombasa. By June 180 families were registered on the clinic list.'),
    ).toBe(true);
  });

  it('a count still planned is not', () => {
    expect(
      hasOutcome('I joined the outreach team in Mombasa. We hope that 180 families will be registered next year.'),
    ).toBe(false);
  });
});

describe('work told before the gap began', () => {
  it('does not count once the draft turns to "since then" after a post ended', () => {
    const draft =
      'I worked as a registrar in a Lusaka surgical unit and ran the trauma list. In 2021 my contract was not renewed. Since then I have been at home, hoping for a new start.';
    expect(hasAction(draft)).toBe(false);
    expect(hasOutcome(draft)).toBe(false);
  });

  it('still counts when no ending comes before the turn', () => {
    const draft =
      'I failed the OET in 2022, completed a ten-week writing course with a tutor and passed it with grade B in 2023. Since then I have kept reading every week.';
    expect(hasAction(draft)).toBe(true);
    expect(hasOutcome(draft)).toBe(true);
  });
});
