/**
 * Newcomer trial 13: setup refused "238 (strong!)" as a score and "im nigerian, no green card o" as a
 * citizenship. A clear value with decoration around it is read, the decoration dropped and said
 * back; an answer that leaves the value uncertain is still asked again. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { LIST_FIELDS, parseFieldValue, TOP_FIELDS } from '../../src/core/profile/field-specs.js';
import { readCountry } from '../../src/core/profile/country.js';
import { remarkNote } from '../../src/core/profile/setup-flow.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole();
const score = LIST_FIELDS.exams.fields.score;

describe('a score typed with a remark', () => {
  it.each([
    ['238 (strong!)', 238, 'strong'],
    ['241 - proud of it', 241, 'proud of it'],
    ['got 229 alhamdulillah', 229, 'alhamdulillah'],
    ['251!! finally', 251, 'finally'],
    // Newcomer trial 16: the score first, a remark with its own number in brackets after it.
    ['188 (needed 194 at that time)', 188, 'needed 194 at that time'],
    ['203 [pass mark was 196 then]', 203, 'pass mark was 196 then'],
  ])('reads "%s" as %d and says "%s" is not stored', (said, value, remark) => {
    expect(parseFieldValue(score, said)).toEqual({ ok: true, value });
    const note = remarkNote('exams', 'score', said) ?? '';
    expect(note).toContain(`read "${said}" as ${value}`);
    expect(note).toContain(`"${remark}" is not stored`);
  });

  it.each([
    'around 230',
    'maybe 225 or 230',
    'NBME 240 last week',
    'target 250',
    '230?',
    'not out yet',
    '2380',
    '220 (or 230, not sure)',
    '235 (NBME 240)',
  ])('asks again for "%s": no single sure score in range', (said) => {
    expect(parseFieldValue(score, said).ok).toBe(false);
  });

  it('a bare score reads as before, with nothing to say back', () => {
    expect(parseFieldValue(score, '244')).toEqual({ ok: true, value: 244 });
    expect(remarkNote('exams', 'score', '244')).toBeUndefined();
  });
});

describe('a citizenship told with a nationality and a word of one’s own', () => {
  it.each([
    'im nigerian, no green card o',
    'i am nigerian, no GC',
    'Algerian passport, no green card yet',
    'im ghanaian no greencard abeg',
  ])('reads "%s" as not a US citizen or permanent resident, and says what was kept', (said) => {
    expect(parseFieldValue(TOP_FIELDS.citizenship, said)).toEqual({ ok: true, value: 'non-us' });
    expect(remarkNote('basics', 'citizenship', said) ?? '').toMatch(
      /read ".*" as Not a US citizen or permanent resident; the profile keeps only that choice/,
    );
  });

  it('a demonym in "-ian" reads as the country in "-ia" (Nigerian is Nigeria, not Niger)', () => {
    expect(readCountry('im nigerian')).toBe('Nigeria');
    expect(readCountry('she is algerian')).toBe('Algeria');
    expect(readCountry('from niger')).toBe('Niger');
  });

  it('a plain choice says nothing back', () => {
    expect(remarkNote('basics', 'citizenship', 'non-us')).toBeUndefined();
  });

  it('the console keeps the score and says what was dropped', async () => {
    const r = await consoleRun(
      [
        '/profile setup',
        ...['im nigerian, no green card o', 'j1', 'residency'],
        ...['family medicine', 'nigeria', '2017-10', 'yes', '0'],
        'done', // residencies
        'done', // boards
        ...['add', 'step 2 ck', '2021-05', 'passed', '238 (strong!)', 'done'],
        'quit',
      ],
      'decorated-values.sqlite',
    );
    expect(r.stdout).toMatch(/read "im nigerian, no green card o" as Not a US citizen or permanent resident/);
    expect(r.stdout).toMatch(/"strong" is not stored/);
    expect(r.stdout).not.toMatch(/is not a number/);
  });
});

// Newcomer trial 16: "ABIM internal medicine" at the board question was refused.
describe('a board typed with its specialty', () => {
  const board = LIST_FIELDS.boardCertification.fields.board;
  it.each([
    ['ABIM internal medicine', 'abms', 'internal medicine'],
    ['abfm - family med', 'abms', 'family med'],
    ['FRCPC general internal medicine', 'rcpsc', 'general internal medicine'],
  ])('reads "%s" as %s and says the specialty is asked on its own', (said, value, remark) => {
    expect(parseFieldValue(board, said)).toEqual({ ok: true, value });
    const note = remarkNote('boards', 'board', said) ?? '';
    expect(note).toContain(`"${remark}" is not stored here`);
  });
});
