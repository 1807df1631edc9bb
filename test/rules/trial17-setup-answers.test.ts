import { describe, expect, it } from 'vitest';
import { readCountry } from '../../src/core/profile/country.js';
import { parseFieldValue, TOP_FIELDS, LIST_FIELDS } from '../../src/core/profile/field-specs.js';
import { remarkNote } from '../../src/core/profile/setup-flow.js';

// Trial 17: natural answers at the date questions ("around 2013", "dec 2013 i think", "sometime in
// 2021, maybe march") and a school named with its city ("DOW medical college karachi") were refused.
// A usable answer is taken, and the doubt said back.
describe('a date said with a doubt', () => {
  const month = (s: string) => parseFieldValue(TOP_FIELDS['medSchool.graduated'], s);
  it.each([
    ['around 2013', '2013-07'],
    ['dec 2013 i think', '2013-12'],
    ['dec 2019 i think', '2019-12'],
    ['sometime in 2021, maybe march', '2021-03'],
    ['June 2016 I believe', '2016-06'],
    ['2019?', '2019-07'],
    ['approx. 03/2014', '2014-03'],
    ['late 2015 probably', '2015-11'],
    ['end of 2019', '2019-11'],
    ['early 2020 or so', '2020-02'],
  ])('%s is taken as %s', (typed, stored) => {
    const r = month(typed);
    expect(r.ok && r.value).toBe(stored);
    // Every month question reads it the same way.
    const exam = parseFieldValue(LIST_FIELDS.exams.fields.date, typed);
    expect(exam.ok && exam.value).toBe(stored);
    const to = parseFieldValue(LIST_FIELDS.timeline.fields.to, typed);
    expect(to.ok && to.value).toBe(stored);
  });

  it('says the doubt back, and which month stands in for a year alone', () => {
    expect(remarkNote('school', 'graduated', 'around 2013')).toMatch(
      /read "around 2013" as Jul 2013, the middle of that year, since you gave the year only\. Taken as approximate/,
    );
    expect(remarkNote('school', 'graduated', 'dec 2013 i think')).toMatch(/as Dec 2013\. Taken as approximate/);
  });

  // Near-misses: a bare year still asks for the month; no date at all is still refused.
  it.each(['2013', 'in 2013', 'not sure', 'maybe', 'last year', 'i think so'])('%s is not taken', (typed) => {
    expect(month(typed).ok).toBe(false);
  });
});

describe('a medical school named with its city', () => {
  it.each([
    ['DOW medical college karachi', 'Pakistan'],
    ['King Edward Medical University, Lahore', 'Pakistan'],
    ['AIIMS New Delhi', 'India'],
    ['Kasr Al Ainy, Cairo University', 'Egypt'],
    ['University of Ibadan', 'Nigeria'],
  ])('%s reads as %s', (typed, country) => {
    expect(readCountry(typed)).toBe(country);
    const r = parseFieldValue(TOP_FIELDS['medSchool.country'], typed);
    expect(r.ok && r.value).toBe(country);
  });

  it.each(['Karachi or Delhi', 'Jinnah Sindh Medical University', 'my medical school'])(
    '%s names no single country: still asked',
    (typed) => {
      expect(readCountry(typed)).toBeUndefined();
    },
  );
});
