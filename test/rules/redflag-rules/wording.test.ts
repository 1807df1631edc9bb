/** The phrasing helpers every red-flag message uses for dates, durations and lists. */
import { describe, expect, it } from 'vitest';
import {
  article,
  countryName,
  joinAnd,
  languageName,
  monthRange,
  monthsText,
  plural,
  withArticle,
} from '../../../src/rules/redflag-rules/wording.js';

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

  it('puts "a" or "an" by sound: letters read one by one, silent h, a "you" or "w" sound', () => {
    const cases: [string, 'a' | 'an'][] = [
      ['H-1B visa', 'an'],
      ['H1b', 'an'],
      [' O-1', 'an'],
      ['J-1', 'a'],
      ['EHR analyst', 'an'],
      ['MRCP', 'an'],
      ['MD', 'an'],
      ['USMLE attempt', 'a'],
      ['internal medicine residency', 'an'],
      ['clinical data role', 'a'],
      ['university hospital', 'a'],
      ['one-year gap', 'a'],
      ['abuse report', 'an'],
      ['hour', 'an'],
      ['honest answer', 'an'],
      ['honorary post', 'an'],
      ['hospital', 'a'],
      ['', 'a'],
    ];
    for (const [word, expected] of cases) expect(article(word), word).toBe(expected);
    expect(withArticle('H-1B')).toBe('an H-1B');
  });

  it('adds "the" only where English puts it before a country, and keeps what the member typed', () => {
    const cases: [string, string][] = [
      ['United States', 'the United States'],
      ['USA', 'the USA'],
      ['U.S.', 'the U.S.'],
      ['UK', 'the UK'],
      ['Philippines', 'the Philippines'],
      ['Dominican Republic', 'the Dominican Republic'],
      ['Solomon Islands', 'the Solomon Islands'],
      ['The United States', 'The United States'],
      ['  Egypt ', 'Egypt'],
      ['Tanzania, United Republic of', 'Tanzania, United Republic of'],
      ['India', 'India'],
    ];
    for (const [typed, expected] of cases) expect(countryName(typed), typed).toBe(expected);
  });

  it('names a language from its code, and keeps a name or an unknown code as typed', () => {
    expect(languageName('fr')).toBe('French');
    expect(languageName(' pt-BR ')).toBe('Portuguese');
    expect(languageName('es_MX')).toBe('Spanish');
    expect(languageName('Portuguese')).toBe('Portuguese');
    expect(languageName('Qq')).toBe('Qq');
  });
});
