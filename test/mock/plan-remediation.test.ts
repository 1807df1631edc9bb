/**
 * The professionalism question's model answer never presumes a remediation the profile does not
 * record: completed, under way, not done (or ended by a dismissal) and not stated each get their
 * own answer; and a member dismissed from the specialty they apply to again is asked why they left
 * and why start again now, as one who resigned is.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';
import { remediationState } from '../../src/mock/remediation-wording.js';
import { cleanProfile, TODAY } from './fixtures.js';

/** A resident of an internal medicine program applying to a residency track, with this record. */
const withRecord = (professionalism: Profile['professionalism'], over: Partial<Profile> = {}): Profile =>
  cleanProfile({ target: 'residency-informatics-track', professionalism, ...over });

const concern = (p: Profile) => mockPlan(p, TODAY).questions.find((q) => q.id === 'rf-professionalism');

describe('the professionalism answer fits what the record says of remediation', () => {
  it('keeps "the remediation you completed" for a member whose probation was remediated', () => {
    const p = withRecord([{ kind: 'probation', date: '2023-02', remediated: true, note: 'late notes' }]);
    expect(remediationState(p)).toBe('completed');
    expect(concern(p)?.shows).toContain('the remediation you completed');
  });

  it('speaks of a plan being followed now when the note says the review is still ahead', () => {
    const p = withRecord([
      {
        kind: 'probation',
        date: '2026-04',
        remediated: false,
        note: 'charting delays; action plan with weekly audits, review due 2027-02',
      },
    ]);
    expect(remediationState(p)).toBe('under-way');
    const q = concern(p);
    expect(q?.shows).toContain('the remediation plan you are following now');
    expect(q?.shows).not.toContain('you completed');
  });

  it('never tells a dismissed member to cite a completed remediation, even after an earlier probation', () => {
    const p = withRecord([
      { kind: 'probation', date: '2023-01', remediated: false, note: 'repeated lateness to handover' },
      { kind: 'dismissal', date: '2023-08', note: 'dismissed in PGY-2; appeal not upheld' },
    ]);
    expect(remediationState(p)).toBe('not-done');
    const q = concern(p);
    expect(q?.shows).not.toMatch(/remediation you completed|clean record/);
    expect(q?.shows).toContain('do not imply one');
    // The same answer still rehearses how that training ended (never as a choice), and what changed since.
    expect(q?.text).toMatch(/why did your time there end/i);
    expect(q?.shows).toMatch(/the program dismissed you/);
    expect(q?.shows).toMatch(/what you have changed since/);
  });

  it('keeps a completed remediation in the answer of a member who resigned after it', () => {
    const p = withRecord([
      { kind: 'probation', date: '2022-11', remediated: true, note: 'missed sign-outs, remediation finished' },
      { kind: 'resignation', date: '2023-06', note: 'resigned while under review for a second complaint' },
    ]);
    const q = concern(p);
    expect(q?.shows).toMatch(/why you left/);
    expect(q?.shows).toContain('the remediation you completed');
    expect(q?.shows).not.toContain('do not imply one');
  });

  it('asks a member whose record does not say to name only what the record shows', () => {
    const p = withRecord([{ kind: 'report', date: '2022-05', note: 'complaint from a nurse about tone' }]);
    expect(remediationState(p)).toBe('unknown');
    expect(concern(p)?.shows).toContain('say only what your record shows');
  });
});

describe('a dismissal from the specialty applied to again', () => {
  const dismissed = withRecord(
    [{ kind: 'dismissal', date: '2024-02', note: 'dismissed from internal medicine in PGY-1' }],
    {
      residencies: [
        {
          country: 'United States',
          specialty: 'Internal Medicine',
          from: '2023-07',
          to: '2024-02',
          completed: false,
          accreditation: 'acgme',
        },
      ],
      timeline: [
        { from: '2023-07', to: '2024-02', activity: 'us-clinical', note: 'internal medicine residency, PGY-1' },
        { from: '2024-03', to: 'present', activity: 'informatics', note: 'EHR analyst' },
      ],
    },
  );

  it('is asked why they left and why start again now, beside the concern question', () => {
    const ids = mockPlan(dismissed, TODAY).questions.map((q) => q.id);
    expect(ids).toContain('why-left-residency');
    expect(ids).toContain('rf-professionalism');
  });
});

describe('a failed exam passed on the retake with a low score', () => {
  it('rehearses the low retake with the failure', () => {
    const p = cleanProfile({
      citizenship: 'non-us',
      visa: 'j1',
      target: 'residency-informatics-track',
      exams: [
        { exam: 'step1', date: '2020-01', result: 'pass' },
        { exam: 'step2ck', date: '2021-02', result: 'fail' },
        { exam: 'step2ck', date: '2021-09', result: 'pass', score: 214 },
      ],
    });
    const q = mockPlan(p, TODAY).questions.find((x) => x.id === 'rf-exam-failure');
    expect(q?.why).toContain("the retake's low pass (Step 2 CK 214)");
  });

  it('does not mention a low retake when the retake score is not low', () => {
    const p = cleanProfile({
      target: 'residency-informatics-track',
      exams: [
        { exam: 'step1', date: '2020-01', result: 'pass' },
        { exam: 'step2ck', date: '2021-02', result: 'fail' },
        { exam: 'step2ck', date: '2021-09', result: 'pass', score: 236 },
      ],
    });
    const q = mockPlan(p, TODAY).questions.find((x) => x.id === 'rf-exam-failure');
    expect(q?.why).not.toContain('low pass');
  });
});
