/**
 * Blame of round thirty, held by texts of our own in several voices:
 * - an apostrophe after a plural "s" ("two weeks' notice", "the residents' room") is a possessive,
 *   not the end of a quotation: the words before it are the member's own and are read;
 * - a flaw named of any thing of its kind ("a badly designed screen can…") is a general truth the
 *   member draws, not blame; the same flaw named of a particular thing still is;
 * - the member's own fault denied under a belief ("I do not think it was fully my mistake") is
 *   denial of responsibility, as is the fault spread over everyone ("not only me"); a belief that
 *   denies someone else's fault ("I don't think the exam was unfair") is not blame.
 */
import { describe, expect, it } from 'vitest';
import { blameQuotes } from '../../src/mock/feedback.js';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';

const gapBlame = (draft: string) => lintGapExplanation(draft).some((l) => l.id === 'blame');

describe('a plural possessive apostrophe does not hide the words before it', () => {
  it.each([
    "The owners mismanaged the clinic's money, so all of us were let go with two weeks' notice in 2022.",
    "Our chief was incompetent and kept the fellows' research days for himself, so I left the programme.",
    "The agency lost my documents twice and I missed the nurses' licensing window that year.",
  ])('%s', (draft) => {
    expect(gapBlame(draft)).toBe(true);
  });
  it.each([
    "From 2021 I worked in the residents' quality office, where I built a sepsis dashboard used by four wards.",
    "I took three months' leave to care for my father, then completed the AMIA 10x10 course and built a registry.",
  ])('no blame: %s', (draft) => {
    expect(gapBlame(draft)).toBe(false);
  });
});

describe('a flaw of any thing of its kind is a general truth, not blame', () => {
  it.each([
    "Because I've seen how a badly designed order screen wastes nurses' time, and I want to fix that.",
    'In a poorly designed system even careful doctors slip, which is why I turned to informatics.',
    'On the wards I learned how one badly designed field can hide a critical potassium.',
  ])('%s', (answer) => {
    expect(blameQuotes(answer)).toHaveLength(0);
  });
  it.each([
    'The admission template we were given was badly designed, and nobody taught us how to use it.',
    'Half the timestamps were wrong because of their badly designed interfaces.',
  ])('still blame: %s', (answer) => {
    expect(blameQuotes(answer)).not.toHaveLength(0);
  });
});

describe('the member’s own fault denied under a belief is blame', () => {
  it.each([
    'Honestly I do not think it was fully my mistake, but I will tell you what happened on that night shift.',
    'I dont feel the error was really ours, the day team handed over nothing about the insulin.',
    'To be honest I never thought it was my fault that the results came late.',
    'The pharmacy should have caught it and the nurse hung it anyway, so everyone kind of failed, not only me.',
    'We all made mistakes that weekend, not just me, and the audit said so.',
  ])('%s', (answer) => {
    expect(blameQuotes(answer)).not.toHaveLength(0);
  });
  it.each([
    "I don't think the exam was unfair; I simply started too late and I passed on the second attempt.",
    'It was my mistake, and I now check every potassium order twice.',
    'I do not think anyone could have predicted the outage, so I rebuilt the schedule the same evening.',
  ])('no blame: %s', (answer) => {
    expect(blameQuotes(answer)).toHaveLength(0);
  });
});
