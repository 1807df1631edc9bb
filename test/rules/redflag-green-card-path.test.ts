/**
 * A green-card case under way in the member's notes (newcomer trial 22, our own members and words):
 * an approved I-140 of the member's own is the case AC21 §104(c) covers, so H-1B time past six years
 * is told as covered by it (a new employer included), never as a limit run past; a J-1 is never
 * offered beside it as a neutral route but warned against (a new 212(e) rule would block the green
 * card). Near-misses: an I-140 filed and not approved (one-year steps only), a spouse's I-140 (no
 * §104(c) words, but the J-1 warning stays), a denied petition, and no petition at all.
 */
import { describe, expect, it } from 'vitest';
import { redFlags } from '../../src/rules/redflags.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { noteI140 } from '../../src/rules/redflag-rules/green-card-path.js';

describe('noteI140 reads the petition clause by clause', () => {
  it.each([
    ['extended on approved I-140', 'approved'],
    ['I-140 approved 2022 (EB-2)', 'approved'],
    ['hospitalist, H1B; approved EB-2 I-140 from my employer', 'approved'],
    ['my green card petition (I140) got approved last year', 'approved'],
    ['H-1B, employer filed PERM and the I-140 approval came in 2023', 'approved'],
    ['I-140 filed 2026-03, not yet approved', 'pending'],
    ['PERM approved, I-140 pending', 'pending'],
    ['waiting on I-140 approval', 'pending'],
  ])('%s → %s', (note, state) => {
    expect(noteI140(note)?.state).toBe(state);
    expect(noteI140(note)?.spouse).toBe(false);
  });

  it.each(['I-140 denied in 2025', 'no I-140 yet', 'H-1B, hospitalist', 'employer withdrew the I-140'])(
    '%s → nothing',
    (note) => expect(noteI140(note)).toBeUndefined(),
  );

  it("tells a spouse's petition apart", () => {
    expect(noteI140("on H-4 EAD, my husband's I-140 is approved")).toEqual({ state: 'approved', spouse: true });
  });
});

const exams: Profile['exams'] = [
  { exam: 'step1', date: '2013-05', result: 'pass', score: 228 },
  { exam: 'step2ck', date: '2014-03', result: 'pass', score: 235 },
  { exam: 'step3', date: '2017-05', result: 'pass', score: 221 },
];

/** A US-trained attending on H-1B since 2019 aiming at a CI fellowship; `note` is the current job's. */
function attending(note: string, over: Partial<Profile> = {}): Profile {
  return {
    version: 1,
    citizenship: 'non-us',
    visa: 'h1b',
    target: 'ci-fellowship',
    specialty: 'internal medicine',
    medSchool: { country: 'India', graduated: '2012-06' },
    ecfmgCertified: true,
    exams,
    residencies: [
      {
        country: 'United States',
        specialty: 'internal medicine',
        from: '2016-07',
        to: '2019-06',
        completed: true,
        accreditation: 'acgme',
      },
    ],
    boardCertification: [{ board: 'abms', specialty: 'internal medicine' }],
    timeline: [
      { from: '2016-07', to: '2019-06', activity: 'us-clinical', note: 'IM residency, H-1B' },
      { from: '2019-07', to: 'present', activity: 'us-clinical', note },
    ],
    ...over,
  };
}

const visa = (p: Profile, today = '2026-12-07') => {
  const f = redFlags(p, today).flags.find((x) => x.id === 'visa-sponsorship');
  return { title: f?.title ?? '', why: f?.why ?? '', actions: (f?.actions ?? []).join('\n') };
};

describe('an approved I-140 of the member’s own', () => {
  it.each([
    'hospitalist, H-1B, extended on approved I-140',
    'hospitalist on H1B; I140 approved in 2021 (EB-2), priority date not current',
    'nocturnist, H-1B (7th-year extension based on my approved EB-3 I-140)',
  ])('%s: past six years is covered, J-1 warned against', (note) => {
    const v = visa(attending(note));
    expect(v.why).not.toMatch(/past the limit/);
    expect(v.why).toMatch(/past six years, which extensions on your approved I-140 can generally cover/);
    expect(v.title).toMatch(/on an approved I-140/);
    expect(v.actions).toMatch(/a new one included, file extensions past six years/);
    expect(v.actions).toMatch(/AC21 §104\(c\)/);
    expect(v.actions).toMatch(/immigration attorney/);
    expect(v.actions).toMatch(/Do not switch to a J-1/);
    expect(v.actions).not.toMatch(/other usual route .* is a J-1/);
  });
});

describe('near-misses keep their own advice', () => {
  it('an I-140 filed, not approved: one-year steps, no §104(c) promise', () => {
    const v = visa(attending('hospitalist, H-1B; I-140 filed 2026-02, not yet approved'));
    expect(v.actions).toMatch(/one year at a time/);
    expect(v.actions).not.toMatch(/§104\(c\)/);
    expect(v.why).toMatch(/past the limit/);
  });

  it('no petition at all: the limit and the J-1 route stand', () => {
    const v = visa(attending('hospitalist, H-1B'));
    expect(v.why).toMatch(/past the limit/);
    expect(v.actions).toMatch(/other usual route for the fellowship is a J-1/);
  });

  it("a spouse's approved I-140: no §104(c) words for the member, but the J-1 is warned against", () => {
    const v = visa(attending("hospitalist, H-1B; my wife's I-140 is approved, I am her derivative"));
    expect(v.actions).not.toMatch(/§104\(c\)/);
    expect(v.actions).toMatch(/Do not switch to a J-1/);
  });

  it('a denied I-140 gives no extension words', () => {
    const v = visa(attending('hospitalist, H-1B; I-140 was denied in 2025'));
    expect(v.actions).not.toMatch(/§104\(c\)/);
    expect(v.why).toMatch(/past the limit/);
  });
});

describe('a Conrad 30 waiver whose three years are served', () => {
  it('says changing employer does not bring the two-year rule back', () => {
    const p = attending('clinic physician, H-1B, extended on approved I-140', {
      timeline: [
        { from: '2016-07', to: '2019-06', activity: 'us-clinical', note: 'IM residency, J-1' },
        {
          from: '2019-08',
          to: '2022-08',
          activity: 'us-clinical',
          note: 'Conrad 30 waiver job, H-1B, three years completed',
        },
        {
          from: '2022-09',
          to: 'present',
          activity: 'us-clinical',
          note: 'clinic physician, H-1B, extended on approved I-140',
        },
      ],
    });
    const v = visa(p);
    expect(v.actions).toMatch(/changing employer after the three years does not bring it back/);
    expect(v.actions).not.toMatch(/Settle your J-1 first/);
  });
});
