/**
 * Newcomer trial 17: a date answered with doubt ("not sure, i think mid november", "i think 2027-01
 * but not sure") was refused as "not a date", and only an empty line got past it. A usable date in
 * a hedged answer is taken as an estimate and said back ("noted as about …"); doubt with no date in
 * it is an unknown where the box is optional; two dates ask for the one to plan by. Wordings are our
 * own paraphrases, with near-misses that must not change.
 */
import { describe, expect, it } from 'vitest';
import { readHedgedDate } from '../../src/core/profile/hedged-date.js';
import { dateEstimate } from '../../src/core/profile/setup-flow.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole('date-estimates.sqlite');
const TODAY = '2026-12-06';
const deadline = (raw: string) => dateEstimate('deadline', 'deadline', raw, TODAY);

describe('a date said with doubt', () => {
  it.each([
    ['not sure, i think mid november', '2027-11-15'],
    ['i think 2027-01 but not sure', '2027-01-01'],
    ['probably around 2027-11-15', '2027-11-15'],
    ["don't know exactly, maybe early dec 2026", '2026-12-01'],
    ['end of january probably', '2027-01-31'],
    ['roughly 10 Jan 2027, I believe', '2027-01-10'],
    ['mid-October-ish', '2027-10-15'],
    ['it might be Jan 15', '2027-01-15'],
    ['Nov 2027', '2027-11-01'],
  ])('takes "%s" for a deadline as about %s and says so', (said, value) => {
    const r = deadline(said);
    expect(r && 'text' in r ? r.text : r).toBe(value);
    expect(r && 'note' in r ? r.note : '').toMatch(
      /noted as about .*; change it any time with \/profile edit deadline\./,
    );
  });

  it.each(['not sure', 'no idea yet', 'not sure, maybe next year', 'idk, depends on the program'])(
    'reads "%s" as unknown, never as a date',
    (said) => {
      const r = deadline(said);
      expect(r === undefined || 'unknown' in r).toBe(true);
    },
  );

  it('asks for the one to plan by when two dates are named', () => {
    const r = deadline('either 2027-01-15 or 2027-02-01 idk');
    expect(r && 'problem' in r ? r.problem : '').toMatch(/names more than one date/);
  });

  it('leaves plain dates and plain non-dates to the ordinary readers', () => {
    expect(deadline('2027-01-15')).toBeUndefined();
    expect(deadline('15 Jan 2027')).toBeUndefined();
    expect(deadline('whenever')).toBeUndefined();
  });

  it('a past month with no year is no usable date; with a year it is read', () => {
    expect(readHedgedDate('i think june', 'month', TODAY, false)).toEqual({ kind: 'unknown' });
    expect(readHedgedDate('i think 2016-06, not 100% sure', 'month', TODAY, false)).toMatchObject({
      kind: 'date',
      value: '2016-06',
    });
    // "may" the verb is no month: the date after it is the answer.
    expect(readHedgedDate('it may be 2027-01-10', 'day', TODAY, true)).toMatchObject({ value: '2027-01-10' });
  });
});

describe('the console setup', () => {
  const skipTo11 = ['/profile setup', ...Array<string>(10).fill('skip')];

  it('stores a hedged deadline as an estimate and says it back', async () => {
    const r = await consoleRun([...skipTo11, 'not sure, i think mid november', '/profile show'], 'hedged.sqlite');
    expect(r.stdout).not.toMatch(/is not a date/);
    expect(r.stdout).toMatch(
      /Application deadline: noted as about 15 Nov 20\d\d \(from "not sure, i think mid november"/,
    );
    expect(r.stdout).toMatch(/change it any time with \/profile edit deadline/);
  });

  it('takes a graduation month said with doubt, and leaves "not sure" out of an optional date', async () => {
    const r = await consoleRun(
      ['/profile setup', 'skip', 'internal medicine', 'egypt', 'i believe 2016-06 but not certain', 'yes', '0', 'quit'],
      'grad.sqlite',
    );
    expect(r.stdout).toMatch(/Graduation month: noted as about Jun 2016/);
    const unsure = await consoleRun([...skipTo11, 'not sure'], 'unsure.sqlite');
    expect(unsure.stdout).not.toMatch(/is not a date/);
    expect(unsure.stdout).toMatch(/Left out \(you were not sure yet\): Application deadline/);
  });
});
