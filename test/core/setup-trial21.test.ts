/** Newcomer trial 21's setup findings (10 and 12), each with other wordings and near-misses. */
import { describe, expect, it } from 'vitest';
import { doneWithRemark } from '../../src/app/profile/setup-console.js';
import { choiceAndRemark, TOP_FIELDS } from '../../src/core/profile/field-specs.js';
import { remarkNote } from '../../src/core/profile/setup-flow.js';
import { noteLike } from '../../src/composers/informatics-phrase.js';

describe('setup friction of newcomer trial 21', () => {
  it('finishes a list on "done" with a bracketed remark, said back without the bracket', () => {
    expect(doneWithRemark('done (step 3 not taken yet)')).toEqual({ remark: 'step 3 not taken yet' });
    expect(doneWithRemark('finished (OET pending)')).toEqual({ remark: 'OET pending' });
    expect(doneWithRemark('done(only two so far)')).toEqual({ remark: 'only two so far' });
    expect(doneWithRemark('done step 3 in 2024')).toBeUndefined();
    expect(doneWithRemark('not done yet')).toBeUndefined();
  });

  it('reads a year after a yes or no as when, like "yes since 2024"', () => {
    const ecfmg = TOP_FIELDS.ecfmgCertified;
    expect(choiceAndRemark(ecfmg, 'yes 2024')).toEqual({ value: true, remark: '2024' });
    expect(choiceAndRemark(ecfmg, 'yes, 2023')).toEqual({ value: true, remark: '2023' });
    // Near-misses: a number that is not a year, and a count followed by a bare year, stay asked again.
    expect(choiceAndRemark(ecfmg, 'yes 24')).toBeUndefined();
    expect(choiceAndRemark(TOP_FIELDS.matchAttempts, '1 2019')).toBeUndefined();
  });

  it('says back a target answer that names both routes, never changing it silently', () => {
    for (const said of [
      'residency now (pediatrics), CI fellowship after inshallah',
      'residency first, the clinical informatics fellowship later',
    ]) {
      const note = remarkNote('basics', 'target', said);
      if (note) expect(note).toMatch(/as Residency with an informatics track, the one you apply to next/);
    }
    expect(remarkNote('basics', 'target', 'residency now (pediatrics), CI fellowship after inshallah')).toBeDefined();
    // Near-misses: one route only, or the residency's own informatics track.
    expect(remarkNote('basics', 'target', 'residency')).toBeUndefined();
    expect(remarkNote('basics', 'target', 'residency with clinical informatics track')).toBeUndefined();
  });

  it('reads jotted fragments as notes never to paste', () => {
    expect(noteLike('cleaned ~1200 records, made data dictionary, not published yet')).toBe(true);
    expect(noteLike('volunteer registry cleaning, 6h/week')).toBe(true);
    expect(noteLike('merged duplicates, flagged missing values')).toBe(true);
    // Near-misses: whole sentences, or one result with a figure.
    expect(noteLike('Cleaned 1,200 registry records and wrote its data dictionary.')).toBe(false);
    expect(noteLike('time to antibiotics reported weekly')).toBe(false);
    expect(noteLike('alert volume down 40% with unchanged sensitivity')).toBe(false);
  });
});
