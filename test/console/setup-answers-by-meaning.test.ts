/**
 * The guided setup reads an answer by what it means: a numbered exam written in words, a yes or
 * no followed by more words, and "none" with a remark at a name box (the EHR). A remark is said
 * back and never stored as data.
 */
import { describe, expect, it } from 'vitest';
import { leadingYesNo, numberWordsToDigits, parseEnum } from '../../src/core/profile/friendly.js';
import { LIST_FIELDS } from '../../src/core/profile/field-specs.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole();

const start = [
  '/profile setup',
  'non-us',
  'j1',
  'ci fellowship',
  'internal medicine',
  'Nigeria',
  '2016-08',
  'yes',
  '0',
];

describe('numbers in words and yes/no with more words (pure readings)', () => {
  const exam = LIST_FIELDS.exams.fields.exam;
  it.each([
    ['step three', 'step3'],
    ['USMLE Step two CK', 'step2ck'],
    ['comlex level II', 'comlex2'],
    ['Step One', 'step1'],
  ])('reads "%s" as %s', (raw, value) => {
    const read = parseEnum(raw, exam.options ?? [], exam.aliases);
    expect(read).toEqual({ ok: true, value });
  });

  it('leaves other words alone', () => {
    expect(numberWordsToDigits('Observership')).toBe('Observership');
    expect(numberWordsToDigits('step three')).toBe('step 3');
  });

  it.each([
    ['yes unfortunately.. 2 things', true, 'unfortunately.. 2 things'],
    ['Yes, sadly one probation in 2019', true, 'sadly one probation in 2019'],
    ['no - never had anything like that', false, 'never had anything like that'],
  ])('reads "%s" by its first word', (raw, value, remark) => {
    expect(leadingYesNo(raw)).toEqual({ value, remark });
  });

  it.each(['no wait, actually yes', 'yes or no, not sure', 'yes and no', 'maybe', 'nothing comes to mind'])(
    'does not settle "%s"',
    (raw) => {
      expect(leadingYesNo(raw)).toBeUndefined();
    },
  );
});

describe('/profile setup in the console reads answers by meaning', () => {
  it('takes "step three" as Step 3, a yes with a remark at the professionalism question, and "none…" as no EHR', async () => {
    const r = await consoleRun(
      [
        ...start,
        ...['done', 'done'],
        ...['add', 'step three', '2024-05', 'pass', '231', 'done'],
        'done',
        ...['add', 'observership', '3', 'no ehr, i was only shadowing', 'no', 'done'],
        'done',
        ...['Yes sadly, two things happened', 'add', 'probation', '2020-02', 'yes', 'missed notes, fixed', 'done'],
        '/quit',
      ],
      'meaning.sqlite',
    );
    expect(r.stdout).toMatch(/Added: Step 3 — passed, May 2024, score 231\./);
    expect(r.stdout).not.toMatch(/"step three" is not one of/);
    // The EHR box: no name stored, the remark said back as not stored.
    expect(r.stdout).toMatch(
      /read "no ehr, i was only shadowing" as none; "i was only shadowing" is not a name, so it is not stored/,
    );
    expect(r.stdout).toMatch(/Added: Observership, 3 months — not hands-on\./);
    expect(r.stdout).not.toMatch(/EHR: i was only shadowing|shadowing\)/);
    // The yes/no question: read as yes, its remark not stored, and the entries come next.
    expect(r.stdout).toMatch(
      /Read "Yes sadly, two things happened" as yes; "sadly, two things happened" is not stored/,
    );
    expect(r.stdout).toMatch(/New professionalism entry:/);
    expect(r.stdout).not.toMatch(/is not yes or no/);
  }, 60_000);
});
