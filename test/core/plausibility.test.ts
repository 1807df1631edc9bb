import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/core/profile/fields.js';
import { parseProfile } from '../../src/core/profile/parse.js';
import { PLAUSIBILITY } from '../../src/core/profile/plausibility.js';
import type { Profile } from '../../src/core/profile/schema.js';

const TODAY = '2026-12-03';
const base: Profile = {
  version: 1,
  medSchool: { country: 'Egypt', graduated: '2018-07' },
  exams: [{ exam: 'step2ck', date: '2020-05', result: 'pass', score: 247 }],
  timeline: [{ from: '2018-08', to: 'present', activity: 'clinical' }],
};

const problems = (p: Profile): string[] => {
  const r = parseProfile(p, TODAY);
  return r.ok ? [] : r.error;
};

describe('plausibility: what cannot be true is refused, naming the field', () => {
  it('accepts a plausible profile', () => {
    expect(problems(base)).toEqual([]);
  });

  it("refuses a score outside the exam's reported scale", () => {
    const p = { ...base, exams: [{ exam: 'step2ck' as const, date: '2020-05', result: 'pass' as const, score: 320 }] };
    expect(problems(p)).toEqual([
      expect.stringMatching(/^exams\[0\]\.score: 320 is not a possible Step 2 CK score \(USMLE reports 1 to 300\)/),
    ]);
    const oet = { ...base, exams: [{ exam: 'oet' as const, date: '2021-03', result: 'pass' as const, score: 520 }] };
    expect(problems(oet)[0]).toMatch(/^exams\[0\]\.score: .*OET reports 0 to 500/);
    const comlex = {
      ...base,
      exams: [{ exam: 'comlex2' as const, date: '2021-03', result: 'pass' as const, score: 0 }],
    };
    expect(problems(comlex)[0]).toMatch(/^exams\[0\]\.score: .*NBOME reports 1 to 999/);
    // The edges of each scale are fine.
    for (const [exam, scale] of Object.entries(PLAUSIBILITY.scoreScale)) {
      const edge = {
        ...base,
        exams: [{ exam: exam as 'oet', date: '2019-03', result: 'pass' as const, score: scale.max }],
      };
      expect(problems(edge), exam).toEqual([]);
    }
  });

  it('refuses a score on an attempt whose exam reports only pass or fail', () => {
    const p = { ...base, exams: [{ exam: 'step1' as const, date: '2023-04', result: 'pass' as const, score: 240 }] };
    expect(problems(p)).toEqual([
      expect.stringMatching(/^exams\[0\]\.score: Step 1 taken in 2023-04 has no score .*January 26, 2022/),
    ]);
    // Before the change Step 1 had numbers; the month of the change itself is given the benefit of the doubt.
    expect(problems({ ...p, exams: [{ ...p.exams[0]!, date: '2021-06' }] })).toEqual([]);
    expect(problems({ ...p, exams: [{ ...p.exams[0]!, date: '2022-01' }] })).toEqual([]);
    const level1 = {
      ...base,
      exams: [{ exam: 'comlex1' as const, date: '2022-09', result: 'pass' as const, score: 500 }],
    };
    expect(problems(level1)[0]).toMatch(/May 10, 2022/);
    expect(problems({ ...p, exams: [{ exam: 'step1', date: '2023-04', result: 'pass' }] })).toEqual([]);
  });

  it('refuses dates before medical school graduation where the degree comes first', () => {
    const step3 = { ...base, exams: [{ exam: 'step3' as const, date: '2017-05', result: 'pass' as const }] };
    expect(problems(step3)[0]).toMatch(/^exams\[0\]\.date: Step 3 in 2017-05 is before your graduation \(2018-07\)/);
    const residency = {
      ...base,
      residencies: [
        { country: 'Egypt', specialty: 'internal medicine', from: '2016-01', to: '2019-06', completed: true },
      ],
    };
    expect(problems(residency)[0]).toMatch(/^residencies\[0\]\.from: 2016-01 is before your medical school graduation/);
    const timeline = { ...base, timeline: [{ from: '2017-01', to: 'present', activity: 'research' as const }] };
    expect(problems(timeline)[0]).toMatch(/^timeline\[0\]\.from: 2017-01 is before your medical school graduation/);
    // Step 1 and Step 2 CK are taken during medical school: no problem.
    const early = {
      ...base,
      exams: [{ exam: 'step1' as const, date: '2016-06', result: 'pass' as const, score: 230 }],
    };
    expect(problems(early)).toEqual([]);
  });

  it('applies to a single /profile edit too', () => {
    const r = applyEdit(base, 'exams[0].score', '312', TODAY);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.error).toEqual([expect.stringMatching(/312 is not a possible Step 2 CK score/)]);
  });
});
