import { describe, expect, it } from 'vitest';
import { specialtyAndRemark, trainingKindOf } from '../../src/core/profile/friendly.js';
import { LIST_FIELDS, parseFieldValue, TOP_FIELDS } from '../../src/core/profile/field-specs.js';
import { remarkNote } from '../../src/core/profile/setup-flow.js';
import { isPreliminaryYear } from '../../src/core/profile/training.js';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import type { Profile } from '../../src/core/profile/schema.js';

// Trial 18: "prelim IM 1 year" at the specialty question was stored as "prelim IM 1" and pasted into
// an email to her former program director ("apply for prelim IM 1 residency programs"); her
// preliminary year was saved as a completed residency without a word.
const top = (typed: string) => {
  const r = parseFieldValue(TOP_FIELDS.specialty, typed);
  return r.ok ? r.value : `error: ${r.error}`;
};
const residency = (typed: string) => {
  const r = parseFieldValue(LIST_FIELDS.residencies.fields.specialty, typed);
  return r.ok ? r.value : `error: ${r.error}`;
};

describe('a specialty answer naming a preliminary or transitional year', () => {
  it.each([
    ['prelim IM 1 year', 'internal medicine'],
    ['preliminary internal medicine', 'internal medicine'],
    ['one year prelim medicine', 'internal medicine'],
    ['IM prelim PGY-1', 'internal medicine'],
    ['preliminary year in internal medicine', 'internal medicine'],
    ['Prelim surgery (1 yr)', 'surgery'],
    ['categorical IM', 'internal medicine'],
    ['i did a prelim year in IM', 'internal medicine'],
    ['Internal Medicine - preliminary', 'Internal Medicine'],
  ])('%s is stored as the specialty alone (%s)', (typed, stored) => {
    expect(String(top(typed)).toLowerCase()).toBe(stored.toLowerCase());
    expect(String(top(typed))).not.toMatch(/prelim|\b1\b|year/i);
  });

  it.each(['TY', 'transitional year', 'prelim', 'preliminary year'])(
    '%s alone names no specialty: asked again, with why',
    (typed) => {
      expect(top(typed)).toMatch(/^error: .*kind of position, not a specialty/);
    },
  );

  it.each([
    ['prelim IM 1 year', 'preliminary internal medicine'],
    ['Internal medicine prelim', 'preliminary internal medicine'],
    ['preliminary surgery', 'preliminary surgery'],
    ['TY', 'transitional year'],
    ['Transitional Year program', 'transitional year'],
    ['prelim', 'preliminary year'],
  ])('a residency entry %s keeps its kind (%s), so no rule counts it as a residency', (typed, stored) => {
    expect(residency(typed)).toBe(stored);
    expect(
      isPreliminaryYear({
        country: 'United States',
        specialty: String(stored),
        from: '2024-07',
        to: '2025-06',
        completed: true,
      }),
    ).toBe(true);
  });

  it('tells the member, in one line, that the year does not complete a residency', () => {
    for (const [key, step] of [
      ['specialty', 'school'],
      ['specialty', 'residencies'],
    ] as const) {
      for (const typed of ['prelim IM 1 year', 'TY surgery', 'transitional year']) {
        const note = remarkNote(step, key, typed);
        if (step === 'school' && typed === 'transitional year') continue; // refused, asked again
        expect(note, `${step} ${typed}`).toMatch(/year alone does not complete a residency/);
        expect(note).not.toMatch(/\n/);
      }
    }
    expect(remarkNote('school', 'specialty', 'prelim IM 1 year')).toMatch(/as internal medicine; .*residency training/);
  });

  // Near-misses: nothing about a preliminary year is said or changed.
  it.each([
    ['internal medicine', 'internal medicine'],
    ['pediatrics, 2 years', 'pediatrics'],
    ['psychiatry', 'psychiatry'],
    ['family medicine', 'family medicine'],
    ['medicine-pediatrics', 'medicine-pediatrics'],
    ['neurology (PGY4 in Cleveland)', 'neurology'],
  ])('%s is no preliminary year', (typed, stored) => {
    expect(top(typed)).toBe(stored);
    expect(residency(typed)).toBe(stored);
    expect(trainingKindOf(typed)).toBeUndefined();
    expect(remarkNote('residencies', 'specialty', typed) ?? '').not.toMatch(/does not complete/);
  });

  it('keeps a real remark ("currently PGY3 at …") as typed', () => {
    expect(specialtyAndRemark('internal med (currently PGY3 at a community program in michigan)')).toEqual({
      specialty: 'internal medicine',
      remark: 'currently PGY3 at a community program in michigan',
    });
  });
});

describe('a drafted letter request never quotes a raw answer', () => {
  const base: Profile = {
    version: 1,
    target: 'residency-informatics-track',
    letters: [
      {
        writer: 'Dr. Patel',
        role: 'program-director',
        setting: 'us',
        physician: true,
        informatics: false,
        directObservation: true,
        year: 2025,
      },
    ],
  };
  it.each([
    ['prelim IM 1', 'internal medicine'],
    ['prelim IM 1 year', 'internal medicine'],
    ['Transitional year then FM', 'family medicine'],
  ])('a stored %s reads as %s in the email', (stored, want) => {
    const email = composeLorEmail({ ...base, specialty: stored }, { today: '2026-12-07', writer: 'Dr. Patel' });
    const text = `${email.subject}\n${email.body}`;
    expect(text).toContain(want);
    expect(text).not.toMatch(/prelim|IM 1|transitional year then/i);
  });

  it('an answer with no readable specialty is left out, not pasted in', () => {
    const email = composeLorEmail({ ...base, specialty: 'TY' }, { today: '2026-12-07', writer: 'Dr. Patel' });
    expect(`${email.subject}\n${email.body}`).not.toMatch(/\bTY\b/);
  });
});
