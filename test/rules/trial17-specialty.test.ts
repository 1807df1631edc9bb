import { describe, expect, it } from 'vitest';
import { specialtyAndRemark } from '../../src/core/profile/friendly.js';
import { LIST_FIELDS, parseFieldValue, TOP_FIELDS } from '../../src/core/profile/field-specs.js';
import { remarkNote } from '../../src/core/profile/setup-flow.js';

// Trial 17: "i did FCPS medicine (internal medicine)" was stored as the specialty "i", and an email
// to a professor said "building on my training in i". A specialty answer is read for a specialty;
// a sentence's first word, a pronoun or a lone letter is never stored.
describe('a specialty told as a sentence', () => {
  it.each([
    ['i did FCPS medicine (internal medicine)', 'internal medicine'],
    ['I did FCPS medicine', 'internal medicine'],
    ['my specialty is paeds', 'pediatrics'],
    ['I trained in general surgery in Lahore', 'general surgery'],
    ['I am a family medicine doctor', 'family medicine'],
    ['I finished emergency medicine in 2019', 'emergency medicine'],
    ['did MRCP part 1 and worked in medicine wards', 'internal medicine'],
    ['it is radiation oncology', 'radiation oncology'],
    ['we call it gynae & obs there', 'obstetrics and gynecology'],
  ])('%s reads as %s', (typed, stored) => {
    expect(specialtyAndRemark(typed).specialty).toBe(stored);
    const parsed = parseFieldValue(TOP_FIELDS.specialty, typed);
    expect(parsed.ok && parsed.value).toBe(stored);
    // The same reading for the residency's specialty.
    const res = parseFieldValue(LIST_FIELDS.residencies.fields.specialty, typed);
    expect(res.ok && res.value).toBe(stored);
  });

  it.each(['medicine', 'FCPS medicine', 'MD Medicine', 'Med'])('%s alone is internal medicine', (typed) => {
    const parsed = parseFieldValue(TOP_FIELDS.specialty, typed);
    expect(parsed.ok && parsed.value).toBe('internal medicine');
  });

  it.each(['i', 'I', 'my', 'i did my training there', 'I have done it'])(
    '%s names no specialty: asked again, nothing stored',
    (typed) => {
      const parsed = parseFieldValue(TOP_FIELDS.specialty, typed);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/names no specialty/);
    },
  );

  it('says the sentence back with the specialty read, never "read as i"', () => {
    const note = remarkNote('school', 'specialty', 'i did FCPS medicine (internal medicine)') ?? '';
    expect(note).toMatch(/as internal medicine/);
    expect(note).not.toMatch(/ as i\b/);
  });

  // Near-misses: specialties as typed stay as they were.
  it.each([
    ['internal medicine', 'internal medicine'],
    ['IM', 'internal medicine'], // trial 18: short forms are written out, so no email quotes them
    ['ENT', 'ENT'],
    ['general pediatrics', 'general pediatrics'],
    ['medicine-pediatrics', 'medicine-pediatrics'],
    ['family medicine', 'family medicine'],
    ['nuclear medicine', 'nuclear medicine'],
    ['internal med (currently PGY3 at a community program in michigan)', 'internal medicine'],
  ])('%s is kept as %s', (typed, stored) => {
    const parsed = parseFieldValue(TOP_FIELDS.specialty, typed);
    expect(parsed.ok && parsed.value).toBe(stored);
  });
});
