/**
 * Months after the last pass of an exam are not preparation for it: a note that names only exams
 * already passed is quoted and asked about, never drafted as "I prepared for <exam>".
 */
import { describe, expect, it } from 'vitest';
import { composeGapDraft } from '../../src/composers/gap-draft.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { selectGap } from '../../src/rules/gap-select.js';

const TODAY = '2026-06-15';
const base = (exams: Profile['exams'], timeline: Profile['timeline']): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'j1',
  target: 'residency-informatics-track',
  medSchool: { country: 'Kenya', graduated: '2019-11' },
  exams,
  timeline,
  residencies: [],
});
const draftOf = (p: Profile, range = {}) => composeGapDraft(p, selectGap(p, TODAY, range).gap, TODAY).text;

describe('gap draft after an exam was passed', () => {
  it('does not say the member prepared for OET in the months after the OET pass', () => {
    const p = base(
      [
        { exam: 'step1', date: '2022-02', result: 'pass' },
        { exam: 'step2ck', date: '2022-11', result: 'pass', score: 236 },
        { exam: 'oet', date: '2023-06', result: 'pass' },
      ],
      [
        { from: '2019-12', to: '2021-06', activity: 'clinical', note: 'medical officer, Nairobi' },
        { from: '2021-07', to: '2023-07', activity: 'exam-prep', note: 'USMLE Step 1, Step 2 CK and OET' },
        { from: '2023-08', to: '2023-12', activity: 'exam-prep', note: 'OET, ECFMG certification, job search' },
        { from: '2024-01', to: 'present', activity: 'clinical', note: 'medical officer, Mombasa' },
      ],
    );
    const text = draftOf(p);
    expect(text).not.toMatch(/Aug 2023 to Dec 2023 I prepared/);
    expect(text).toMatch(/after passing OET in Jun 2023; your note lists "OET, ECFMG certification, job search"/);
  });

  it('a whole stretch whose note names only a Step already passed is asked about, not drafted as preparation', () => {
    const p = base(
      [
        { exam: 'step1', date: '2021-03', result: 'pass' },
        { exam: 'step2ck', date: '2022-05', result: 'pass', score: 231 },
      ],
      [
        { from: '2019-12', to: '2022-05', activity: 'clinical', note: 'GP in Kisumu' },
        {
          from: '2022-06',
          to: '2023-09',
          activity: 'exam-prep',
          note: 'after step 2 ck: ecfmg papers, looking for externship',
        },
        { from: '2023-10', to: 'present', activity: 'clinical', note: 'GP in Kisumu' },
      ],
    );
    const text = draftOf(p);
    expect(text).not.toMatch(/prepared (?:full time )?for (?:Step 2 CK|my exams)/);
    expect(text).toMatch(/out of clinical training/);
  });

  it('an exam still ahead keeps the preparation reading', () => {
    const p = base(
      [
        { exam: 'step1', date: '2022-03', result: 'pass' },
        { exam: 'step2ck', date: '2024-02', result: 'pass', score: 229 },
      ],
      [
        { from: '2019-12', to: '2022-05', activity: 'clinical', note: 'GP in Kisumu' },
        { from: '2022-06', to: '2023-12', activity: 'exam-prep', note: 'Step 2 CK preparation' },
        { from: '2024-01', to: 'present', activity: 'clinical', note: 'GP in Kisumu' },
      ],
    );
    expect(draftOf(p)).toMatch(/prepared (?:full time )?for Step 2 CK/);
  });
});
