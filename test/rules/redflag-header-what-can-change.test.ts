/**
 * The red-flag header near a deadline says one thing about what can still change: for an H-1B
 * applicant without Step 3, the exam the visa item asks for before programs decide is named as the
 * exception, never ruled out with "another exam cannot change this application".
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { redFlags } from '../../src/rules/redflags.js';

const TODAY = '2026-08-20';
const applicant = (visa: Profile['visa'], step3: boolean): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa,
  target: 'residency-informatics-track',
  medSchool: { country: 'Vietnam', graduated: '2021-07' },
  exams: [
    { exam: 'step2ck', date: '2024-03', result: 'pass', score: 244 },
    ...(step3 ? [{ exam: 'step3' as const, date: '2025-10', result: 'pass' as const, score: 222 }] : []),
  ],
  deadline: '2026-09-10',
});

describe('red-flag header: what can still change this application', () => {
  it('names Step 3 as the exam that still counts for an H-1B applicant who has not passed it', () => {
    const r = redFlags(applicant('h1b', false), TODAY);
    const header = JSON.stringify(r);
    expect(header).toMatch(/One exam still counts for this application: Step 3/);
    expect(header).not.toMatch(/another exam\) cannot change/);
  });

  it('keeps "another exam cannot change this application" for a J-1 applicant and an H-1B one with Step 3', () => {
    for (const p of [applicant('j1', false), applicant('h1b', true)]) {
      const header = JSON.stringify(redFlags(p, TODAY));
      expect(header).toMatch(/another exam\) cannot change this application/);
      expect(header).not.toMatch(/One exam still counts/);
    }
  });
});
