/**
 * A short period the member names by its dates is answered about that period (newcomer trial 12:
 * four months of a move and a parent in hospital got the longest gap drafted instead).
 */
import { describe, expect, it } from 'vitest';
import { shortStretchAnswer } from '../../src/composers/gap-short.js';
import type { Profile } from '../../src/core/profile/schema.js';

const TODAY = '2026-12-06';
const member: Profile = {
  version: 1,
  citizenship: 'non-us',
  visa: 'not-needed',
  target: 'residency-informatics-track',
  medSchool: { country: 'Jordan', graduated: '2017-06' },
  residencies: [],
  timeline: [
    { from: '2017-07', to: '2021-10', activity: 'clinical', note: 'general practitioner, Irbid' },
    {
      from: '2021-11',
      to: '2022-02',
      activity: 'personal',
      note: 'my mother was in hospital after a stroke; I looked after her',
    },
    { from: '2022-03', to: '2022-08', activity: 'research', note: 'research assistant, stroke registry' },
    { from: '2022-09', to: '2022-11', activity: 'none' },
    { from: '2022-12', to: '2023-02', activity: 'us-clinical', note: 'externship, Chicago' },
    { from: '2023-03', to: '2023-11', activity: 'exam-prep', note: 'Step 2 CK' },
    { from: '2023-12', to: '2024-01', activity: 'us-clinical', note: 'externship, Chicago' },
    { from: '2024-02', to: '2025-06', activity: 'none' },
    { from: '2025-07', to: 'present', activity: 'research', note: 'research assistant, stroke registry' },
  ],
};

describe('a short period named by its dates', () => {
  it("is said to be under the threshold, with one neutral line from the member's own reason", () => {
    const a = shortStretchAnswer(member, TODAY, { from: '2021-11', to: '2022-02' });
    expect(a.gap?.from).toBe('2021-11');
    expect(a.text).toMatch(/Nov 2021 – Feb 2022 \(4 months\) is shorter than the 6 months/);
    expect(a.line).toMatch(/^From Nov 2021 to Feb 2022 I stepped away from medicine to care for a family member\.$/);
    // Never the longer gap of 2022-12 to 2023-12.
    expect(`${a.text} ${a.line}`).not.toMatch(/2024|2025/);
  });

  it('asks for the reason in a bracket when the months are blank', () => {
    const a = shortStretchAnswer(member, TODAY, { from: '2022-09', to: '2022-11' });
    expect(a.line).toMatch(/^From Sep 2022 to Nov 2022 I was away from clinical work because of \[the reason/);
  });

  it('says exam preparation alone under a year is the usual route, not a gap', () => {
    const a = shortStretchAnswer(member, TODAY, { from: '2023-03', to: '2023-11' });
    expect(a.text).toMatch(/exam preparation alone, under a year/);
    expect(a.line).toBeUndefined();
  });

  it('says there is no break in months the timeline fills with work', () => {
    const a = shortStretchAnswer(member, TODAY, { from: '2019-01', to: '2019-04' });
    expect(a.gap).toBeUndefined();
    expect(a.text).toMatch(/lists training or work for every month of Jan 2019 – Apr 2019/);
  });
});
