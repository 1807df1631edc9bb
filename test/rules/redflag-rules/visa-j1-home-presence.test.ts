/**
 * The two-year home-residence rule counts physical presence in the home country, whatever the member
 * did there (State Department eligibility page, knowledge/visas.md). A member who left a US J-1
 * residency and has lived at home since, in family care and then a non-clinical job, was told only
 * that the H-1B stays closed (newcomer trial 15). The words stay an "if": the profile cannot place
 * non-clinical time in a country.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { theFlag } from './fixtures.js';

/** A Peruvian graduate who left a US pediatrics residency on a J-1 and went home. */
function lima(change: (p: Profile) => void = () => undefined): Profile {
  const p: Profile = {
    version: 1,
    citizenship: 'non-us',
    visa: 'h1b',
    target: 'residency-informatics-track',
    specialty: 'family medicine',
    medSchool: { country: 'Peru', graduated: '2016-12' },
    ecfmgCertified: true,
    exams: [
      { exam: 'step1', date: '2019-03', result: 'pass' },
      { exam: 'step2ck', date: '2019-10', result: 'pass', score: 236 },
      { exam: 'step3', date: '2026-09', result: 'pass', score: 221 },
    ],
    timeline: [
      { from: '2017-01', to: '2021-06', activity: 'clinical', note: 'family medicine residency and practice, Lima' },
      { from: '2021-07', to: '2023-02', activity: 'us-clinical', note: 'pediatrics residency, Ohio, ECFMG J-1' },
      { from: '2023-03', to: '2023-08', activity: 'personal', note: 'caring for my father in Lima' },
      { from: '2023-09', to: 'present', activity: 'informatics', note: 'EHR go-live lead, Lima hospital network' },
    ],
    residencies: [
      {
        country: 'United States',
        specialty: 'pediatrics',
        from: '2021-07',
        to: '2023-02',
        completed: false,
        accreditation: 'acgme',
      },
    ],
    usce: [{ kind: 'residency', months: 20, ehr: 'Epic', handsOn: true }],
    informatics: [{ kind: 'job', title: 'EHR go-live lead', outcome: 'went live in four hospitals' }],
    matchAttempts: 0,
    professionalism: [],
    letters: [],
  };
  change(p);
  return p;
}

const text = (p: Profile, today: string) => {
  const f = theFlag(visaSponsorshipRule(p, today));
  return `${f.why} ${f.actions.join(' ')}`;
};

describe('time at home after J-1 training, whatever was done there', () => {
  it('tells a member back home in non-clinical work for years that the rule may already be met', () => {
    const t = text(lima(), '2026-12-06');
    expect(t).toMatch(/about 3 years 9 months since Mar 2023, after your J-1 training/);
    expect(t).toContain('whatever you did there');
    expect(t).toContain('the requirement may then already be met');
    expect(t).toContain('confirm it with an immigration attorney');
    // Still an "if": the H-1B stays closed until the rule is met or waived.
    expect(t).toContain('Settle your J-1 first');
  });

  it('does not call a year at home enough', () => {
    const t = text(
      lima((p) => {
        p.timeline = p.timeline!.slice(0, 3);
        p.timeline.push({ from: '2023-09', to: '2023-12', activity: 'exam-prep' });
      }),
      '2024-03-10',
    );
    expect(t).toMatch(/about (?:\d+ months|1 year)/);
    expect(t).not.toContain('may then already be met');
  });

  it('does not count time the notes place in the US', () => {
    const t = text(
      lima((p) => {
        p.timeline![3] = {
          from: '2023-09',
          to: 'present',
          activity: 'research',
          note: 'research assistant in the US, Boston',
        };
        p.timeline = p.timeline!.slice(0, 2).concat(p.timeline!.slice(3));
      }),
      '2026-12-06',
    );
    expect(t).not.toContain('since Sep 2023, after your J-1 training');
    expect(t).toContain('Settle your J-1 first');
  });

  it('keeps the clinical-work wording when the time after the J-1 is clinical work abroad', () => {
    const t = text(
      lima((p) => {
        p.timeline = [
          ...p.timeline!.slice(0, 2),
          { from: '2023-03', to: 'present', activity: 'clinical', note: 'family physician, Arequipa' },
        ];
      }),
      '2026-12-06',
    );
    expect(t).toMatch(/clinical work outside the US since Mar 2023/);
  });
});
