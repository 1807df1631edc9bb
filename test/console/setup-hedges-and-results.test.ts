/**
 * Newcomer trial 12: a specialty answered "I don't know which one" was stored as the specialty, and
 * an exam result typed with a remark ("passed finally alhamdulillah") was refused. An answer that is
 * not a value is never stored as one (left out and said, or asked again); a result with a remark is
 * read, and what was kept is said. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { hedgeOf } from '../../src/core/profile/hedge.js';
import { LIST_FIELDS, parseFieldValue, TOP_FIELDS } from '../../src/core/profile/field-specs.js';
import { remarkNote } from '../../src/core/profile/setup-flow.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole();
const result = LIST_FIELDS.exams.fields.result;

describe('answers that are not values', () => {
  it.each([
    "honestly I don't know which one",
    'not sure yet tbh',
    'still deciding between IM and FM',
    'no idea honestly',
    "haven't picked one",
    'torn between peds and family med',
    'IM or FM',
    'probably internal medicine',
    'family medicine (maybe)',
    '???',
  ])('never stores "%s" as a specialty', (said) => {
    expect(parseFieldValue(TOP_FIELDS.specialty, said).ok).toBe(false);
  });

  it.each(['internal medicine', 'Obstetrics and Gynecology', 'med-peds', 'family medicine (PGY-2)'])(
    'keeps a real specialty: "%s"',
    (said) => {
      expect(parseFieldValue(TOP_FIELDS.specialty, said).ok).toBe(true);
    },
  );

  it('reads by meaning in other boxes too, but leaves titles with "or" and notes alone', () => {
    expect(hedgeOf('Dr. Amina Yusuf')).toBeUndefined();
    expect(parseFieldValue(LIST_FIELDS.letters.fields.writer, 'not decided yet, my PD or the CMIO').ok).toBe(false);
    expect(parseFieldValue(LIST_FIELDS.usce.fields.ehr, "can't remember, Epic or Cerner").ok).toBe(false);
    expect(parseFieldValue(LIST_FIELDS.informatics.fields.title, 'Sepsis or septic shock alert audit').ok).toBe(true);
    expect(parseFieldValue(LIST_FIELDS.timeline.fields.note, 'not sure of the exact month').ok).toBe(true);
  });

  it('the console leaves the specialty out with the member’s words, and the profile has none', async () => {
    const r = await consoleRun(
      [
        '/profile setup',
        'Nigerian',
        'j1',
        'residency',
        "I don't know which one",
        'nigeria',
        '2019-03',
        'yes',
        '0',
        'quit',
        '/profile show',
      ],
      'hedge-specialty.sqlite',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Specialty[^:\n]*: "I don't know which one" reads as not decided yet, so nothing is stored there/,
    );
    expect(r.stdout).not.toMatch(/Specialty: I don't know which one/i);
    expect(r.stdout).toMatch(/Left out for now: Specialty/);
  });

  it('the console asks a required box again ("not sure yet" as a residency’s specialty) and keeps the real answer', async () => {
    const r = await consoleRun(
      [
        '/profile setup',
        ...['Egyptian', 'j1', 'fellowship'],
        ...['internal medicine', 'egypt', '2016-06', 'yes', '0'],
        ...[
          'add',
          'egypt',
          'still figuring out what to call it',
          'internal medicine',
          '2017-03',
          '2021-02',
          'yes',
          '',
          'done',
        ],
        'quit',
      ],
      'hedge-required.sqlite',
    );
    expect(r.stdout).toMatch(/"still figuring out what to call it" says you have not decided yet, so it is not stored/);
    expect(r.stdout).toMatch(/Added: internal medicine, Egypt, Mar 2017 – Feb 2021, completed/);
  });
});

describe('an exam result with a remark', () => {
  it.each([
    ['passed finally alhamdulillah', 'pass', 'finally alhamdulillah'],
    ['finally PASSED!!', 'pass', 'finally'],
    ['Passed, thank God', 'pass', 'thank God'],
    ['failed sadly', 'fail', 'sadly'],
    ["didn't pass, missed by 3 points", 'fail', 'missed by 3 points'],
    ['pass (3rd try, shukran)', 'pass', '3rd try, shukran'],
  ])('reads "%s" as %s and says the remark "%s" was not stored', (said, value, remark) => {
    const r = parseFieldValue(result, said);
    expect(r).toEqual({ ok: true, value });
    const note = remarkNote('exams', 'result', said) ?? '';
    expect(note).toContain(`"${remark}" is not stored`);
  });

  it('asks for the earlier attempt a "finally" or "3rd try" hints at, and not otherwise', () => {
    expect(remarkNote('exams', 'result', 'passed finally alhamdulillah')).toMatch(/add it as its own entry/);
    expect(remarkNote('exams', 'result', 'pass (3rd try, shukran)')).toMatch(/add it as its own entry/);
    expect(remarkNote('exams', 'result', 'Passed, thank God')).not.toMatch(/own entry/);
    expect(remarkNote('exams', 'result', 'Passed')).toBeUndefined();
  });

  it('does not guess when one answer holds both a failure and a pass', () => {
    expect(parseFieldValue(result, 'failed then passed').ok).toBe(false);
  });

  it('the console stores the attempt and says what was kept', async () => {
    const r = await consoleRun(
      [
        '/profile setup',
        ...['Pakistani', 'j1', 'residency'],
        ...['internal medicine', 'pakistan', '2018-11', 'yes', '0'],
        'done', // residencies
        'done', // boards
        ...['add', 'step 1', '2021-05', 'passed finally alhamdulillah', '', 'done'],
        'quit',
      ],
      'result-remark.sqlite',
    );
    expect(r.stdout).toMatch(/Added: Step 1 — passed, May 2021\./);
    expect(r.stdout).toMatch(/"finally alhamdulillah" is not stored/);
    expect(r.stdout).not.toMatch(/is not one of: Passed, Did not pass/);
  });
});
