/**
 * A country is read the way members name it (lower case, a demonym, inside a licence or degree
 * name, an official long name, a slip), and anything naming no country (or two) is not guessed.
 */
import { describe, expect, it } from 'vitest';
import { readCountry } from '../../src/core/profile/country.js';
import { LIST_FIELDS, parseFieldValue, TOP_FIELDS } from '../../src/core/profile/field-specs.js';

describe('reading a country as members type it', () => {
  it('reads lower case, demonyms, licence and degree names, long official names and slips', () => {
    const cases: [string, string][] = [
      ['india', 'India'],
      ['NMC India', 'India'],
      ['MBBS from India', 'India'],
      ['Indian', 'India'],
      ['Republic of the Philippines', 'Philippines'],
      ['Filipino', 'Philippines'],
      ['ukrain', 'Ukraine'],
      ['Ukrainian', 'Ukraine'],
      ['kenyan citizen', 'Kenya'],
      ['the USA', 'United States'],
      ['Phillipines', 'Philippines'],
      ['cote divoire', 'Côte d’Ivoire'],
      ['Papua New Guinea', 'Papua New Guinea'],
      ['St George’s University, Grenada', 'Grenada'],
    ];
    for (const [typed, country] of cases) expect(readCountry(typed), typed).toBe(country);
  });

  it('does not guess when an answer names no country or two of them', () => {
    for (const typed of ['Caribbean', 'hospital', 'American University of the Caribbean', 'India and Nepal', 'xyz']) {
      expect(readCountry(typed), typed).toBeUndefined();
    }
  });

  it('stores the country in its usual spelling and, when none is named, says which field and gives examples', () => {
    expect(parseFieldValue(TOP_FIELDS['medSchool.country'], 'india')).toEqual({ ok: true, value: 'India' });
    const refused = parseFieldValue(TOP_FIELDS['medSchool.country'], 'Caribbean');
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error).toMatch(/"Caribbean" is not a country.*e\.g\. India, Philippines or Ukraine/);
  });

  it('reads a country typed at the board or accreditation question as a home-country board or program', () => {
    const board = LIST_FIELDS.boardCertification.fields.board;
    const accreditation = LIST_FIELDS.residencies.fields.accreditation;
    expect(parseFieldValue(board, 'NMC India')).toEqual({ ok: true, value: 'other' });
    expect(parseFieldValue(board, 'Ukrainian board')).toEqual({ ok: true, value: 'other' });
    expect(parseFieldValue(board, 'american board')).toEqual({ ok: true, value: 'abms' });
    expect(parseFieldValue(accreditation, 'india')).toEqual({ ok: true, value: 'other' });
    // Canada has two bodies: the member picks one, told how a home-country board is typed.
    const canada = parseFieldValue(board, 'Canada');
    expect(canada.ok).toBe(false);
    const nothing = parseFieldValue(board, 'the big one');
    expect(nothing.ok).toBe(false);
    if (!nothing.ok)
      expect(nothing.error).toMatch(/is not one of: .*type the country \(e\.g\. "India" or "NMC India"\)/);
  });

  it('reads a country typed at "where you worked together" as in the US or outside it', () => {
    const setting = LIST_FIELDS.letters.fields.setting;
    expect(parseFieldValue(setting, 'Nigeria')).toEqual({ ok: true, value: 'abroad' });
    expect(parseFieldValue(setting, 'in Canada')).toEqual({ ok: true, value: 'abroad' });
    expect(parseFieldValue(setting, 'United States')).toEqual({ ok: true, value: 'us' });
    expect(parseFieldValue(setting, 'Outside the US')).toEqual({ ok: true, value: 'abroad' });
    const nothing = parseFieldValue(setting, 'the hospital');
    expect(nothing.ok).toBe(false);
    if (!nothing.ok) expect(nothing.error).toMatch(/Type US, or the country where you worked together/);
  });
});
