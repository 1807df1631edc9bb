/**
 * Newcomer trial 22's setup: a graduation month named apart from its year ("2012 (MBBS), not sure
 * month, maybe march") was stored as July; a month with a remark ("2019-03 (PGY2, 2 months)") was
 * refused as "not a month"; "other - medical director of my clinic (my boss)" was refused as a role;
 * "nurse informaticist (RN)" was dropped at the physician question. A value with a remark reads in
 * every step, and the remark is kept or said back as not stored. Our own paraphrases, with
 * near-misses that must not change.
 */
import { describe, expect, it } from 'vitest';
import { dateEstimate, remarkNote } from '../../src/core/profile/setup-flow.js';
import { LIST_FIELDS, parseFieldValue } from '../../src/core/profile/field-specs.js';

const TODAY = '2026-12-07';
const grad = (raw: string) => dateEstimate('school', 'graduated', raw, TODAY);
const L = LIST_FIELDS.letters.fields;

describe('a month named apart from its year', () => {
  it.each([
    ['2012 (MBBS), not sure month, maybe march', '2012-03'],
    ['graduated 2015 i think, sometime in june', '2015-06'],
    ['2010 (MD), not certain, perhaps october', '2010-10'],
    ['2009? i believe it was in may', '2009-05'],
  ])('"%s" is about %s, said back', (said, month) => {
    const r = grad(said);
    expect(r && 'text' in r ? r.text : r).toBe(month);
    expect(r && 'note' in r ? r.note : '').toMatch(/the month and the year read apart/);
  });

  it.each([
    ['around 2018 i think, MBBS', '2018-07'],
    // "may" the verb is no month.
    ['2016 maybe, it may be later', '2016-07'],
  ])('a year alone stays the middle of the year: "%s"', (said, month) => {
    const r = grad(said);
    expect(r && 'text' in r ? r.text : r).toBe(month);
  });
});

it('a month and year the ordinary reader takes stay as they were', () => {
  expect(parseFieldValue(LIST_FIELDS.timeline.fields.from, 'around 2010, probably in oct')).toEqual({
    ok: true,
    value: '2010-10',
  });
});

describe('a month with a remark after it', () => {
  const when = LIST_FIELDS.professionalism.fields.date;
  it.each([
    ['2019-03 (PGY2, 2 months)', 'PGY2, 2 months'],
    ['march 2019 - pgy2, lasted 2 months', 'pgy2, lasted 2 months'],
    ['2019-03, during my second year', 'during my second year'],
    ['Mar 2019 (two months on probation)', 'two months on probation'],
  ])('"%s" is read as Mar 2019 and its remark kept in the note', (said, remark) => {
    expect(parseFieldValue(when, said)).toEqual({ ok: true, value: '2019-03' });
    expect(remarkNote('professionalism-items', 'date', said)).toContain(`"${remark}" is kept in this entry's note`);
  });

  it.each(['2019', 'pgy2', 'sometime in residency'])('"%s" is still no month', (said) => {
    expect(parseFieldValue(when, said).ok).toBe(false);
  });

  it('a remark where there is no note is said back as not stored', () => {
    expect(remarkNote('school', 'graduated', '2012-03 (MBBS)')).toMatch(
      /"MBBS" has no place in this answer, so it is not stored/,
    );
  });
});

describe("a writer's role with a remark", () => {
  it.each([
    'other - medical director of my clinic (my boss)',
    'Other: clinical director at my practice',
    'other (the medical director, my boss)',
  ])('"%s" is read, and the role the remark names is said back', (said) => {
    expect(parseFieldValue(L.role, said)).toEqual({ ok: true, value: 'other' });
  });

  it('the remark naming a role is kept as the role', () => {
    expect(remarkNote('letters', 'role', 'other - medical director of my clinic (my boss)')).toMatch(
      /names the role Attending \/ consultant, so that is the role kept/,
    );
  });

  it('a remark naming no role is said back as not stored', () => {
    expect(remarkNote('letters', 'role', 'other, my old teacher from school')).toMatch(/is not stored/);
  });
});

describe('the physician question answered with a profession', () => {
  it.each(['nurse informaticist (RN)', 'she is an RN', 'PharmD, our pharmacy lead', 'PhD in biostatistics', 'NP'])(
    '"%s" is no, said back',
    (said) => {
      expect(parseFieldValue(L.physician, said)).toEqual({ ok: true, value: false });
      expect(remarkNote('letters', 'physician', said)).toMatch(/as no from the profession it names/);
    },
  );

  it.each(['Sarah Lee, MD, PhD', 'physician informaticist', 'yes, an internist'])('"%s" is yes', (said) => {
    expect(parseFieldValue(L.physician, said)).toEqual({ ok: true, value: true });
  });

  it.each(['informaticist', 'I do not know', 'maybe'])('"%s" is still asked again', (said) => {
    expect(parseFieldValue(L.physician, said).ok).toBe(false);
  });
});
