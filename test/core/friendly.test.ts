import { describe, expect, it } from 'vitest';
import {
  parseDay,
  parseEnum,
  parseInteger,
  parseMonth,
  parseMonthOrPresent,
  parseNumber,
  parseYesNo,
} from '../../src/core/profile/friendly.js';
import { LIST_FIELDS, TOP_FIELDS, parseFieldValue } from '../../src/core/profile/field-specs.js';

const value = <T>(r: { ok: true; value: T } | { ok: false; error: string }) => (r.ok ? r.value : `ERR ${r.error}`);

describe('friendly input', () => {
  it('reads months written the ways people write them', () => {
    for (const s of [
      '2018-07',
      '2018-7',
      '2018/07',
      '07/2018',
      '7/2018',
      '7-2018',
      'Jul 2018',
      'july 2018',
      'JUL. 2018',
      'July, 2018',
      '2018 Jul',
      '2018-07-15',
    ]) {
      expect(value(parseMonth(s)), s).toBe('2018-07');
    }
    expect(value(parseMonth(' Sept 2019 '))).toBe('2019-09');
  });

  it('refuses a month that does not exist, saying what to type', () => {
    expect(parseMonth('13/2018')).toEqual({ ok: false, error: '"13/2018" is not a month — use YYYY-MM, e.g. 2018-07' });
    expect(parseMonth('2018').ok).toBe(false);
    expect(parseMonth('Jux 2018').ok).toBe(false);
  });

  it('asks for the month, with the typed year in the example, when only a year is typed', () => {
    expect(parseMonth('2015')).toEqual({
      ok: false,
      error: '"2015" is a year: add the month too, e.g. 2015-07 or Jul 2015',
    });
    expect(parseMonthOrPresent(' 2021 ')).toEqual({
      ok: false,
      error: '" 2021 " is a year: add the month too, e.g. 2021-07 or Jul 2021, or "present"',
    });
    expect(parseMonthOrPresent('12345')).toMatchObject({ ok: false, error: expect.stringMatching(/is not a month/) });
  });

  it('reads present, now and current as an open period end', () => {
    for (const s of ['present', 'Now', 'current', 'ongoing', 'to date'])
      expect(value(parseMonthOrPresent(s)), s).toBe('present');
    expect(value(parseMonthOrPresent('Mar 2023'))).toBe('2023-03');
    expect(value(parseMonthOrPresent('later'))).toContain('or "present"');
  });

  it('reads unambiguous dates and refuses 05/06/2027', () => {
    for (const s of [
      '2027-01-15',
      '2027/1/15',
      '15 Jan 2027',
      'January 15, 2027',
      'Jan 15th 2027',
      '15/01/2027',
      '01/15/2027',
    ]) {
      expect(value(parseDay(s)), s).toBe('2027-01-15');
    }
    expect(value(parseDay('05/06/2027'))).toContain('could be day/month or month/day');
    expect(value(parseDay('2027-02-30'))).toContain('is not a date — use YYYY-MM-DD');
  });

  it('reads yes/no in short forms and refuses maybe', () => {
    for (const s of ['yes', 'Y', 'true', 'yep']) expect(value(parseYesNo(s))).toBe(true);
    for (const s of ['no', 'N', 'false', 'nope']) expect(value(parseYesNo(s))).toBe(false);
    expect(value(parseYesNo('maybe'))).toBe('ERR "maybe" is not yes or no — answer yes or no');
  });

  it('reads numbers with units and checks the range at its edges', () => {
    expect(value(parseInteger('2 times', 0, 50))).toBe(2);
    expect(value(parseInteger('50', 0, 50))).toBe(50);
    expect(value(parseInteger('51', 0, 50))).toContain('too large — at most 50');
    expect(value(parseInteger('-1', 0, 50))).toContain('too small — at least 0');
    expect(value(parseInteger('1.5', 0, 50))).toContain('not a whole number');
  });

  it('reads "none" and "never" as a count of zero, only where zero is allowed', () => {
    for (const s of ['none', 'None', 'never', 'zero', 'no']) expect(value(parseInteger(s, 0, 50))).toBe(0);
    expect(value(parseInteger('none', 1, 20))).toContain('not a whole number');
    expect(value(parseNumber('3 months', 0, 120, 'months'))).toBe(3);
    expect(value(parseNumber('8 weeks', 0, 120, 'months'))).toBe(2);
    expect(value(parseNumber('1,5', 0, 120, 'months'))).toBe(1.5);
    expect(value(parseNumber('two', 0, 120, 'months'))).toContain('not a number of months');
  });

  it('matches exam names, activities and roles however they are spelled', () => {
    const exam = LIST_FIELDS.exams.fields.exam;
    for (const s of ['Step 2 CK', 'ck', 'step2', 'STEP2CK', 'USMLE Step 2'])
      expect(value(parseFieldValue(exam, s)), s).toBe('step2ck');
    expect(value(parseFieldValue(exam, 'COMLEX Level 1'))).toBe('comlex1');
    const activity = LIST_FIELDS.timeline.fields.activity;
    expect(value(parseFieldValue(activity, 'exam prep'))).toBe('exam-prep');
    expect(value(parseFieldValue(activity, 'Non clinical work'))).toBe('non-clinical-work');
    expect(value(parseFieldValue(activity, 'US Clinical'))).toBe('us-clinical');
    expect(value(parseFieldValue(LIST_FIELDS.letters.fields.role, 'Department Chair'))).toBe('department-chair');
    expect(value(parseFieldValue(LIST_FIELDS.usce.fields.kind, 'obs'))).toBe('observership');
    expect(value(parseFieldValue(TOP_FIELDS.visa, 'H-1B'))).toBe('h1b');
    expect(value(parseFieldValue(TOP_FIELDS.citizenship, 'green card'))).toBe('us-permanent-resident');
    for (const w of ['green card holder', 'Green-card holder', 'I have a green card', 'lawful permanent resident'])
      expect(value(parseFieldValue(TOP_FIELDS.citizenship, w)), w).toBe('us-permanent-resident');
  });

  it('says when a short name is ambiguous or unknown', () => {
    const exam = LIST_FIELDS.exams.fields.exam;
    expect(value(parseFieldValue(exam, 'step'))).toBe(
      'ERR "step" could be Step 1 or Step 2 CK or Step 3 — type more of it',
    );
    expect(value(parseEnum('Step 4', [{ value: 'step1', label: 'Step 1' }]))).toBe(
      'ERR "Step 4" is not one of: Step 1',
    );
  });

  it('reads a choice typed with a slip or two, when only one choice is that close', () => {
    const f = TOP_FIELDS;
    expect(value(parseFieldValue(f.citizenship, 'not a us citizn'))).toBe('non-us');
    expect(value(parseFieldValue(f.target, 'CI felowship'))).toBe('ci-fellowship');
    expect(value(parseFieldValue(LIST_FIELDS.usce.fields.kind, 'obsrvership'))).toBe('observership');
    expect(value(parseFieldValue(LIST_FIELDS.timeline.fields.activity, 'clincal'))).toBe('clinical');
    expect(value(parseFieldValue(LIST_FIELDS.timeline.fields.activity, 'reserach'))).toBe('research');
  });

  it('never takes a different number, a short word or a far-off word for a slip', () => {
    const exam = LIST_FIELDS.exams.fields.exam;
    expect(value(parseFieldValue(exam, 'Step 4'))).toMatch(/^ERR /);
    expect(value(parseFieldValue(TOP_FIELDS.visa, 'H2B'))).toMatch(/^ERR /);
    expect(value(parseFieldValue(TOP_FIELDS.visa, 'F-1 student'))).toMatch(/^ERR /);
    expect(value(parseFieldValue(TOP_FIELDS.citizenship, 'Egyptian'))).toMatch(/^ERR /);
    expect(value(parseFieldValue(LIST_FIELDS.timeline.fields.activity, 'xyz'))).toMatch(/^ERR /);
  });

  it('reads "no", "none" or "n/a" in an optional text box as nothing given', () => {
    const ehr = LIST_FIELDS.usce.fields.ehr;
    for (const s of ['no', 'None', 'n/a', 'N.A.'])
      expect(parseFieldValue(ehr, s)).toEqual({ ok: true, value: undefined });
    expect(value(parseFieldValue(ehr, 'Epic'))).toBe('Epic');
  });

  it('reads a residency\'s "professionalism note" or "letter of concern" as a report', () => {
    const kind = LIST_FIELDS.professionalism.fields.kind;
    for (const s of ['professionalism note', 'profesionalism note', 'letter of concern', 'concern'])
      expect(value(parseFieldValue(kind, s))).toBe('report');
  });

  it('stores a specialty typed with a slip in its usual spelling, and any other specialty as typed', () => {
    expect(value(parseFieldValue(TOP_FIELDS.specialty, 'Pediatrcs'))).toBe('pediatrics');
    expect(value(parseFieldValue(LIST_FIELDS.residencies.fields.specialty, 'intrenal medicine'))).toBe(
      'internal medicine',
    );
    expect(value(parseFieldValue(TOP_FIELDS.specialty, 'Radiology'))).toBe('Radiology');
    expect(value(parseFieldValue(TOP_FIELDS.specialty, 'general pediatrics'))).toBe('general pediatrics');
    // A short form is stored written out (trial 18): drafts and letters quote the stored specialty.
    expect(value(parseFieldValue(TOP_FIELDS.specialty, 'IM'))).toBe('internal medicine');
    // Close to two specialties at once: kept, never guessed.
    expect(value(parseFieldValue(TOP_FIELDS.specialty, 'nurology'))).toBe('nurology');
  });

  it('stores a country typed with a slip or a short form in its English spelling, and asks again for a non-country', () => {
    expect(value(parseFieldValue(TOP_FIELDS['medSchool.country'], 'Egpyt'))).toBe('Egypt');
    expect(value(parseFieldValue(LIST_FIELDS.residencies.fields.country, 'Brasil'))).toBe('Brazil');
    expect(value(parseFieldValue(LIST_FIELDS.residencies.fields.country, 'Nigeria'))).toBe('Nigeria');
    expect(value(parseFieldValue(LIST_FIELDS.residencies.fields.country, 'USA'))).toBe('United States');
    // A school's name is not a country: asked again (with examples), never stored as one; a school
    // named with its city is read by the city's country (trial 17: "DOW medical college karachi").
    expect(value(parseFieldValue(TOP_FIELDS['medSchool.country'], 'Jinnah Sindh Medical University'))).toMatch(
      /^ERR "Jinnah Sindh Medical Univer.*" is not a country I can read/,
    );
    expect(value(parseFieldValue(TOP_FIELDS['medSchool.country'], 'Cairo University'))).toBe('Egypt');
  });

  it('reads a visa typed with the words around it ("H-1B visa", "I am on a J-1") as that visa', () => {
    expect(value(parseFieldValue(TOP_FIELDS.visa, 'H-1B visa'))).toBe('h1b');
    expect(value(parseFieldValue(TOP_FIELDS.visa, 'I am on a J-1'))).toBe('j1');
    expect(value(parseFieldValue(TOP_FIELDS.visa, 'currently H1B'))).toBe('h1b');
    // Nothing but the filler is still refused, naming the choices.
    expect(value(parseFieldValue(TOP_FIELDS.visa, 'visa'))).toMatch(/^ERR "visa" is not one of: No visa needed, J-1/);
  });

  it('reads "one" or "twice" as a number of attempts, and "yse" or "noo" as yes or no', () => {
    expect(value(parseInteger('one', 0, 50))).toBe(1);
    expect(value(parseInteger('twice', 0, 50))).toBe(2);
    expect(value(parseInteger('three times', 0, 50))).toBe(3);
    expect(value(parseInteger('many', 0, 50))).toMatch(/^ERR "many" is not a whole number/);
    expect(value(parseYesNo('yse'))).toBe(true);
    expect(value(parseYesNo('noo'))).toBe(false);
    expect(value(parseYesNo('somewhat'))).toMatch(/^ERR /);
  });

  it('treats an empty box as not given', () => {
    expect(parseFieldValue(TOP_FIELDS.specialty, '   ')).toEqual({ ok: true, value: undefined });
  });
});
