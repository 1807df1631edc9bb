/**
 * The terminal rendering of a red-flag report, on reports built by hand so every part shows:
 * the layout is what a member reads in the CLI and the console, so it is pinned line by line.
 */
import { describe, expect, it } from 'vitest';
import { renderRedFlagText, summariseNoFlags, type Flag, type RedFlagReport } from '../../src/rules/redflags.js';

const flag = (over: Partial<Flag>): Flag => ({
  id: 'exam-failure',
  severity: 'high',
  title: 'Exam failure: Step 1',
  why: 'Step 1: failed Jun 2019.',
  actions: ['Pass Step 1.', 'Rehearse the answer.'],
  sources: [{ doc: 'red-flags', section: 'exam-failures' }],
  ...over,
});

const FLAGS: Flag[] = [
  flag({}),
  flag({
    id: 'training-gap',
    severity: 'medium',
    title: 'Training gap',
    why: 'Jul 2022 – Mar 2023.',
    actions: ['Explain it.'],
    sources: [
      { doc: 'red-flags', section: 'training-gaps' },
      { doc: 'explaining-red-flags', section: 'explaining-a-gap' },
    ],
  }),
  flag({
    id: 'visa-sponsorship',
    severity: 'low',
    title: 'Visa',
    why: 'J-1.',
    actions: ['Ask.'],
    sources: [{ doc: 'visas', section: 'j1-sponsorship' }],
  }),
  flag({
    id: 'low-score',
    severity: 'low',
    title: 'Low score',
    why: 'Low.',
    actions: ['Trend.'],
    sources: [{ doc: 'red-flags', section: 'low-scores' }],
  }),
];

describe('renderRedFlagText with flags', () => {
  it('counts by severity, numbers flags and actions, and lists the sources of each', () => {
    const text = renderRedFlagText({ flags: FLAGS, notGiven: [] });
    expect(text).toBe(
      [
        'Red flags: 4 found (1 high, 1 medium, 2 low)',
        '',
        '1. [HIGH] Exam failure: Step 1',
        '   Why: Step 1: failed Jun 2019.',
        '   What to do:',
        '     1. Pass Step 1.',
        '     2. Rehearse the answer.',
        '   Sources: red-flags#exam-failures',
        '',
        '2. [MEDIUM] Training gap',
        '   Why: Jul 2022 – Mar 2023.',
        '   What to do:',
        '     1. Explain it.',
        '   Sources: red-flags#training-gaps, explaining-red-flags#explaining-a-gap',
        '',
        '3. [LOW] Visa',
        '   Why: J-1.',
        '   What to do:',
        '     1. Ask.',
        '   Sources: visas#j1-sponsorship',
        '',
        '4. [LOW] Low score',
        '   Why: Low.',
        '   What to do:',
        '     1. Trend.',
        '   Sources: red-flags#low-scores',
      ].join('\n'),
    );
  });

  it('adds the notes, what passed and what was not given after the flags, in that order', () => {
    const report: RedFlagReport = {
      flags: [FLAGS[0]!],
      notGiven: ['timeline not given', 'usce not given'],
      passed: ['fellowship eligibility: fine'],
      notes: ['ECFMG certification: not yet'],
    };
    expect(renderRedFlagText(report).split('\n').slice(8)).toEqual([
      '',
      'Also check:',
      '  - ECFMG certification: not yet',
      'Checked, no problem found:',
      '  - fellowship eligibility: fine',
      '',
      'Not given (the verdict is incomplete):',
      '  - timeline not given',
      '  - usce not given',
    ]);
  });

  it('puts one blank line between the last flag and what was not given', () => {
    const text = renderRedFlagText({ flags: [FLAGS[0]!], notGiven: ['timeline not given'] });
    expect(text.split('\n').slice(-4)).toEqual([
      '   Sources: red-flags#exam-failures',
      '',
      'Not given (the verdict is incomplete):',
      '  - timeline not given',
    ]);
  });

  it('ends on the last flag when nothing else follows', () => {
    const text = renderRedFlagText({ flags: [FLAGS[0]!], notGiven: [], passed: [], notes: [] });
    expect(text.endsWith('   Sources: red-flags#exam-failures')).toBe(true);
  });
});

describe('renderRedFlagText with no flags', () => {
  it('says so, then what passed, then what was not given', () => {
    const report: RedFlagReport = {
      flags: [],
      notGiven: ['exams not given'],
      passed: ['fellowship eligibility: fine'],
      notes: ['ECFMG certification: not yet'],
    };
    expect(renderRedFlagText(report)).toBe(
      [
        'No red flags found in what you gave.',
        '',
        'Also check:',
        '  - ECFMG certification: not yet',
        'Checked, no problem found:',
        '  - fellowship eligibility: fine',
        '',
        'Not given, so not checked:',
        '  - exams not given',
      ].join('\n'),
    );
  });

  it('is one line when there is nothing else to say', () => {
    expect(renderRedFlagText({ flags: [], notGiven: [], passed: [], notes: [] })).toBe(
      'No red flags found in what you gave.',
    );
  });
});

describe('summariseNoFlags', () => {
  it('says every part was given, or lists what was not', () => {
    expect(summariseNoFlags({ flags: [], notGiven: [] })).toBe(
      'No red flags found in what you gave. Every part the checks use was given.',
    );
    expect(summariseNoFlags({ flags: [], notGiven: ['exams not given', 'timeline not given'] })).toBe(
      'No red flags found in what you gave. Not checked because it was not given: exams not given; timeline not given.',
    );
  });
});
