/** The phrasing helpers every red-flag message uses for dates, durations and lists. */
import { describe, expect, it } from 'vitest';
import { joinAnd, monthRange, monthsText, plural } from '../../../src/rules/redflag-rules/wording.js';

describe('wording', () => {
  it('reads a month range, or one month alone', () => {
    expect(monthRange('2022-07', '2023-03')).toBe('Jul 2022 – Mar 2023');
    expect(monthRange('2022-07', '2022-07')).toBe('Jul 2022');
  });

  it('reads whole durations in years and months, fractional ones in months to one decimal', () => {
    expect(monthsText(14)).toBe('1 year 2 months');
    expect(monthsText(1)).toBe('1 month');
    expect(monthsText(2.55)).toBe('2.6 months');
    expect(monthsText(14.5)).toBe('14.5 months');
  });

  it('counts with the right noun', () => {
    expect(plural(1, 'gap')).toBe('1 gap');
    expect(plural(2, 'gap')).toBe('2 gaps');
    expect(plural(0, 'entry is', 'entries are')).toBe('0 entries are');
  });

  it('joins lists for prose', () => {
    expect(joinAnd([])).toBe('');
    expect(joinAnd(['a'])).toBe('a');
    expect(joinAnd(['a', 'b'])).toBe('a and b');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
