/**
 * Blame readings of round twenty-two, held by sentences of our own: neglect said with the negation
 * on the subject ("nobody at the office seemed to care"), support missed from everyone, a person
 * close to the member or over them forbidding their work, a denial that the stop was the member's
 * choice, a cause called broken or rotten after "because of" with an intensifier; and helplessness
 * with what was left to do ("nothing I could do except wait") as a neutral account.
 */
import { describe, expect, it } from 'vitest';
import { findBlame, hasInformaticsLink, hasOutcome } from '../../src/rules/gap-lint.js';

describe('gap blame, round twenty-two readings', () => {
  it.each([
    'My credentials sat for nine months, and no one in the records office seemed to care.',
    'Nobody at the medical council took my appeal seriously, so I lost the whole year.',
    'During that year I got no help from the university at all.',
    'My husband would not let me go back to work after our son was born.',
    'My father-in-law never allowed me to practise once we moved to Lahore.',
    'The break in my training was not my own decision.',
    'I lost a year all because of the hopelessly corrupt licensing system in my state.',
  ])('fires on: %s', (draft) => {
    expect(findBlame(draft).length).toBeGreaterThan(0);
  });
  it.each([
    'My visa did not allow me to work in patient care, so I joined a registry project.',
    'The licensing process took fourteen months and there was nothing I could do but wait; I used the time to study SQL.',
    'No one on the ward had used the new order set before, so I wrote a one-page guide.',
    'Kingston was not my first choice of city, but the registry work there was excellent.',
    'We found that the broken barcode scanner explained most of the missed doses.',
  ])('stays quiet on: %s', (draft) => {
    expect(findBlame(draft)).toEqual([]);
  });
});

describe('gap outcome, round twenty-two: a count of what the work handled or caught', () => {
  it.each([
    'I set up a tablet intake form at the camp clinic; 1,350 children were screened with it by June.',
    'My alert rule flagged 212 duplicate orders in its first quarter.',
    'Over the year about 900 discharge letters were coded by our small team.',
  ])('reads an outcome in: %s', (draft) => {
    expect(hasOutcome(draft)).toBe(true);
  });
  it.each([
    'I waited 14 months for my licence and applied to 35 programs.',
    'I spent 6 weeks reading about HL7 and 3 days a week at my uncle’s clinic.',
  ])('no outcome in: %s', (draft) => {
    expect(hasOutcome(draft)).toBe(false);
  });
});

describe('gap informatics link, round twenty-two: data that is not health information', () => {
  it.each([
    'I spent 2023 in a zebrafish lab in Leipzig, where I analysed the microscopy data and ran the ELISA assays.',
    'My college cared only about its exam statistics, so I left and studied on my own.',
    'To pay the rent I worked nights as a rider for a food delivery app.',
  ])('no link in: %s', (draft) => {
    expect(hasInformaticsLink(draft)).toBe(false);
  });
  it.each([
    'I cleaned the admission data of our stroke registry.',
    'I analysed hospital admissions statistics for the county health office.',
    'I built a tracker app for our antenatal clinic.',
  ])('a link in: %s', (draft) => {
    expect(hasInformaticsLink(draft)).toBe(true);
  });
});
