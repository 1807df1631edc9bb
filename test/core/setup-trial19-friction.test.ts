import { describe, expect, it } from 'vitest';
import { doneWithRemark } from '../../src/app/profile/setup-console.js';
import { choiceAndRemark, LIST_FIELDS, parseFieldValue } from '../../src/core/profile/field-specs.js';
import { remarkNote } from '../../src/core/profile/setup-flow.js';

const activity = LIST_FIELDS.timeline.fields.activity;
const year = LIST_FIELDS.letters.fields.year;

describe('setup friction of newcomer trial 19 (finding 15)', () => {
  it('reads a clinical post as clinical work, in other words too, and keeps the words in the note', () => {
    for (const said of [
      'house officer internship in cairo',
      'rotating internship, Lagos',
      'worked as a GP in Lahore',
      'medical officer at a district hospital',
      'SHO in paediatrics',
    ])
      expect(parseFieldValue(activity, said)).toEqual({ ok: true, value: 'clinical' });
    expect(remarkNote('timeline', 'activity', 'house officer internship in cairo')).toMatch(
      /kept in this entry's note/,
    );
    // Near-misses: another kind of period named keeps its own reading.
    expect(parseFieldValue(activity, 'research internship')).toEqual({ ok: true, value: 'research' });
    expect(parseFieldValue(activity, 'observer in a residency program')).toEqual({ ok: true, value: 'observership' });
  });

  it('keeps every word of a choice typed with more after it', () => {
    expect(choiceAndRemark(activity, 'exam preparation and moving to usa, family')).toEqual({
      value: 'exam-prep',
      remark: 'exam preparation and moving to usa, family',
    });
    expect(choiceAndRemark(activity, 'research at LUTH')).toEqual({ value: 'research', remark: 'at LUTH' });
    // Since fix26 (newcomer trial 22) the physician question reads a profession, so the whole answer is
    // read as "no" (and said back by setup, test/console/setup-remarks-trial22) rather than split.
    expect(parseFieldValue(LIST_FIELDS.letters.fields.physician, 'no, she is a nurse (RN, quality manager)')).toEqual({
      ok: true,
      value: false,
    });
  });

  it('reads a month and year, or a range of months, as the year last worked together', () => {
    for (const [said, want] of [
      ['march 2024', 2024],
      ['2024-03', 2024],
      ['03/2024', 2024],
      ['Jan 2023 - Jun 2024', 2024],
    ] as const) {
      expect(parseFieldValue(year, said)).toEqual({ ok: true, value: want });
      expect(remarkNote('letters', 'year', said)).toBe(`Year: read "${said}" as ${want}.`);
    }
    expect(parseFieldValue(year, 'march').ok).toBe(false);
    expect(parseFieldValue(year, '2 years ago').ok).toBe(false);
  });

  it('takes "done" with a remark after it as done, the remark said back', () => {
    expect(doneWithRemark('done, no step 3 yet')).toEqual({ remark: 'no step 3 yet' });
    expect(doneWithRemark('done - waiting on my OET')).toEqual({ remark: 'waiting on my OET' });
    expect(doneWithRemark("that's all, only two so far")).toEqual({ remark: 'only two so far' });
    expect(doneWithRemark('finished; step 3 booked for May')).toEqual({ remark: 'step 3 booked for May' });
    expect(doneWithRemark('done for now')).toEqual({});
    expect(doneWithRemark('not done yet')).toBeUndefined();
    expect(doneWithRemark('done step 3 in 2024')).toBeUndefined();
  });
});
