/**
 * The member's own turning points around a cycle, read from their timeline notes: a withdrawal
 * from a Match and a switch of route are rehearsed in their terms, in different wordings; notes
 * that only mention a Match, a residency or a move are not read as either.
 */
import { describe, expect, it } from 'vitest';
import type { Profile, TimelineEntry } from '../../src/core/profile/schema.js';
import { mockPlan } from '../../src/mock/plan.js';
import { turningPoints } from '../../src/mock/turning-points.js';
import { cleanProfile, TODAY } from './fixtures.js';

const member = (note: string, over: Partial<Profile> = {}): Profile =>
  cleanProfile({
    citizenship: 'non-us',
    visa: 'j1',
    target: 'residency-informatics-track',
    medSchool: { country: 'Iraq', graduated: '2019-07' },
    exams: [
      { exam: 'step1', date: '2022-03', result: 'pass' },
      { exam: 'step2ck', date: '2023-04', result: 'pass', score: 236 },
    ],
    usce: [{ kind: 'externship', months: 3, ehr: 'Epic', handsOn: true }],
    residencies: [],
    timeline: [{ from: '2019-08', to: 'present', activity: 'clinical', note } satisfies TimelineEntry],
    ...over,
  });

const question = (p: Profile) => mockPlan(p, TODAY).questions.find((q) => q.id === 'rf-previous-cycle');

describe('mockPlan: a withdrawal from a Match', () => {
  it.each([
    [
      'general physician; registered for the 2026 Match; withdrew in February because my ECFMG certificate was late',
      '2026',
    ],
    ['GP in Erbil. I pulled out of the 2025 Match before ranking, my father was sick', '2025'],
    ['hospital doctor, withdrawn from the NRMP match after the OET result did not come', undefined],
  ])('asks what happened and what the member did since: "%s"', (note, year) => {
    const q = question(member(note));
    expect(q?.text).toBe(
      `You withdrew from ${year ? `the ${year} Match` : 'a Match'}. What happened, and what have you done since?`,
    );
    expect(q?.why).toMatch(/withdrew from a Match/);
  });

  it('names both an earlier unsuccessful cycle and the withdrawal', () => {
    const q = question(
      member('unmatched in 2025; withdrew from the 2026 Match in January, before ranking', { matchAttempts: 1 }),
    );
    expect(q?.text).toBe(
      'You applied in an earlier cycle and withdrew from the 2026 Match. What happened each time, and what have you done since?',
    );
  });

  it('does not read a withdrawal from something other than a cycle, nor a Match merely mentioned', () => {
    expect(turningPoints(member('withdrew from a master’s course to work; plan to apply in the 2027 Match'))).toEqual(
      {},
    );
    expect(turningPoints(member('registered for the 2026 Match'))).toEqual({});
    expect(question(member('general practitioner, Baghdad'))).toBeUndefined();
  });
});

describe('mockPlan: a switch of route', () => {
  const fellow = (note: string, over: Partial<Profile> = {}) =>
    member(note, { target: 'ci-fellowship', matchAttempts: 1, ...over });

  it.each([
    'analyst; applied to the 2026 NRMP Match for internal medicine, unmatched; switched to clinical informatics fellowships in spring 2026',
    'Epic analyst. After I did not match for residency in 2025 I changed my plan toward informatics fellowship',
    'data analyst, went unmatched in the residency match and turned to CI fellowships',
  ])('asks why the switch from residency to fellowships: "%s"', (note) => {
    const q = question(fellow(note));
    expect(q?.text).toBe(
      'You applied to residency before and now apply to fellowships. What made you switch, and what have you done since?',
    );
    expect(q?.why).toMatch(/applied to residency before switching/);
  });

  it('does not read a residency completed, or a move to a city, as a switch of route', () => {
    expect(
      turningPoints(fellow('ACGME internal medicine residency, then moved to Boston for a fellowship interview')),
    ).toEqual({});
    expect(
      turningPoints(fellow('pediatrics residency PGY-1; left in good standing to switch to internal medicine')),
    ).toEqual({});
    // A residency applicant who left a fellowship route: asked the other way round.
    const q = question(
      member('applied to CI fellowships through AMIA in 2025; switched to residency with an informatics track', {
        matchAttempts: 1,
      }),
    );
    expect(q?.text).toMatch(/^You applied to a fellowship before and now apply to residency\./);
  });
});

describe('a change of route said as where the member is headed now, or shown by letters', () => {
  it.each([
    'EHR analyst; applied to the 2025 and 2026 NRMP Matches in family medicine (unmatched), now aiming at CI fellowships',
    'research fellow; did not match into internal medicine residency in 2026, now applying for informatics fellowships',
    'data analyst. Unmatched in the residency match twice — now pursuing a clinical informatics fellowship',
  ])('reads "%s" as a switch from residency to fellowships', (note) => {
    expect(turningPoints(member(note, { target: 'ci-fellowship' })).switchedFrom).toBe('residency');
  });

  it('does not read "now" about a job as a change of route', () => {
    expect(
      turningPoints(member('now leading the residency scheduling project at a teaching hospital')).switchedFrom,
    ).toBe(undefined);
  });

  it('reads letters written for a residency application, kept for a fellowship, as a switch', () => {
    const p = member('hospitalist, Doha', {
      target: 'ci-fellowship',
      letters: [
        {
          writer: 'Dr. A. Rahman (program director; letter written for the 2026 residency application)',
          role: 'program-director',
          year: 2025,
        },
      ],
    } as Partial<Profile>);
    const t = turningPoints(p);
    expect(t.switchedFrom).toBe('residency');
    expect(question(p)?.text).toMatch(/What made you switch/);
  });
});
