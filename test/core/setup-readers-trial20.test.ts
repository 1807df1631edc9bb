/**
 * Newcomer trial 20, setup readers: a visa typed with the status held now, a graduation year said
 * with doubt, a nationality after "not a US citizen", and a US state beside the country. Our own
 * paraphrases, with near-misses that must not change.
 */
import { describe, expect, it } from 'vitest';
import { readCountry } from '../../src/core/profile/country.js';
import { TOP_FIELDS, parseFieldValue } from '../../src/core/profile/field-specs.js';
import { dateEstimate, visaNote } from '../../src/core/profile/setup-flow.js';

const TODAY = '2026-12-07';

describe('a visa held now, typed with the need', () => {
  it.each(['J-1 (im on J1 now, ecfmg sponsor)', "J1 - I'm currently on it", 'H-1B, already on H1B at my program'])(
    '"%s": says what was stored and what has no field',
    (raw) => {
      const note = visaNote(raw) ?? '';
      expect(note).toMatch(/^Visa: stored (J-1|H-1B) as the visa you would train on/);
      expect(note).toMatch(/no field for the status you hold today/);
    },
  );
  it('names ECFMG as the J-1 sponsor only when the member did', () => {
    expect(visaNote('J-1 (im on J1 now, ecfmg sponsor)')).toMatch(/ECFMG sponsors every clinical J-1/);
    expect(visaNote('H1B, currently on it')).not.toMatch(/ECFMG/);
  });
  it.each(['J-1', 'J1 (ECFMG)', 'J-1 probably'])('near-miss "%s": no held-now note', (raw) => {
    expect(visaNote(raw) ?? '').not.toMatch(/status you hold today/);
  });
});

describe('a graduation year said with doubt', () => {
  it.each([
    ['around 2018 i think, MBBS', '2018-07'],
    ['graduated sometime in 2019 I believe', '2019-07'],
    ['MBBS, 2016 probably', '2016-07'],
  ])('"%s" is about %s, said back as approximate', (raw, value) => {
    const r = dateEstimate('school', 'graduated', raw, TODAY);
    expect(r && 'text' in r ? r.text : r).toBe(value);
    expect(r && 'note' in r ? r.note : '').toMatch(/since you gave the year only/);
  });
  it('near-misses: two years, no year, and a deadline year stay unknown', () => {
    expect(dateEstimate('school', 'graduated', 'not sure, 2016 or 2017', TODAY)).toEqual({ unknown: true });
    expect(dateEstimate('school', 'graduated', "i don't remember", TODAY)).toEqual({ unknown: true });
    expect(dateEstimate('deadline', 'deadline', 'maybe 2027', TODAY)).toEqual({ unknown: true });
  });
});

describe('citizenship: a nationality after "not a US citizen"', () => {
  const c = (raw: string) => parseFieldValue(TOP_FIELDS.citizenship, raw);
  it.each([
    'not a us citizen, nigerian',
    'nigerian, not a US citizen',
    'not US citizen - indian',
    'not a citizen of the US, from Ghana',
  ])('"%s" → non-us', (raw) => expect(c(raw)).toEqual({ ok: true, value: 'non-us' }));
  it('near-miss: a green card named with it is permanent residence', () => {
    expect(c('not a us citizen, nigerian, green card holder')).toEqual({ ok: true, value: 'us-permanent-resident' });
  });
});

describe('a US state beside (or instead of) the country', () => {
  it.each(['USA, New Jersey', 'New Jersey', 'US (New York)', 'Houston, Texas', 'Indiana'])(
    '"%s" → United States',
    (raw) => expect(readCountry(raw)).toBe('United States'),
  );
  it('near-misses: Jersey, Georgia and India keep their readings; a state with another country asks again', () => {
    expect(readCountry('Jersey')).toBe('Jersey');
    expect(readCountry('Georgia')).toBe('Georgia');
    expect(readCountry('India')).toBe('India');
    expect(readCountry('Virginia, Egypt')).toBeUndefined();
  });
});
