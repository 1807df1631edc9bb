import { describe, expect, it } from 'vitest';
import { LIST_FIELDS, parseFieldValue, TOP_FIELDS } from '../../src/core/profile/field-specs.js';
import { remarkNote } from '../../src/core/profile/setup-flow.js';
import { trainingKindOf } from '../../src/core/profile/friendly.js';

// Trial 18's situation in other members' words: a preliminary or transitional year typed at the
// specialty questions. The year is read by meaning (what follows "preliminary"), never stored as
// a specialty, and the residency entry keeps its kind; near-misses are stored as before.
const read = (spec: typeof TOP_FIELDS.specialty, typed: string) => {
  const r = parseFieldValue(spec, typed);
  return r.ok ? String(r.value) : `error: ${r.error}`;
};
const top = (typed: string) => read(TOP_FIELDS.specialty, typed);
const residency = (typed: string) => read(LIST_FIELDS.residencies.fields.specialty, typed);

describe('a preliminary or transitional year in other words', () => {
  it.each([
    ['did a TY in Ohio', 'transitional year', undefined],
    ['TY (Cleveland Clinic)', 'transitional year', undefined],
    ['transitional yr', 'transitional year', undefined],
    ['1 yr preliminary surgery', 'preliminary surgery', 'surgery'],
    ['intern year only (prelim)', 'preliminary year', undefined],
    ['PGY-1 prelim medicine at a community hospital', 'preliminary internal medicine', 'internal medicine'],
    ['Prelim. Internal Med, 12 months', 'preliminary internal medicine', 'internal medicine'],
    ['preliminary residency in general surgery', 'preliminary general surgery', 'general surgery'],
    ['prelim med', 'preliminary internal medicine', 'internal medicine'],
  ])('%s: a residency entry stores %s', (typed, stored, specialty) => {
    expect(residency(typed)).toBe(stored);
    expect(remarkNote('residencies', 'specialty', typed)).toMatch(/year alone does not complete a residency/);
    // At the member's own specialty: the specialty alone, or asked again when none is named.
    if (specialty) expect(top(typed).toLowerCase()).toBe(specialty);
    else expect(top(typed)).toMatch(/^error: .*kind of position, not a specialty/);
  });

  // Near-misses: "preliminary" or "transitional" about something else, and a full residency.
  it.each([
    ['preliminary exam results', 'preliminary exam results'],
    ['transitional care unit', 'transitional care unit'],
    ['internal medicine, 3 years, completed', 'internal medicine'],
    ['Internal Medicine (3 yrs, completed)', 'Internal Medicine'],
    ['categorical internal medicine', 'internal medicine'],
  ])('%s is no preliminary year (stored %s, no note about one)', (typed, stored) => {
    expect(trainingKindOf(typed)).toBeUndefined();
    expect(residency(typed)).toBe(stored);
    expect(remarkNote('residencies', 'specialty', typed) ?? '').not.toMatch(/does not complete/);
  });
});
