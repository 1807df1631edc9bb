import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { matchedAhead, partialAhead, saysWon } from '../../src/rules/match-state.js';
import { redFlags } from '../../src/rules/redflags.js';
import { timelineForProfile } from '../../src/composers/prematch-timeline.js';
import { mockPlan } from '../../src/mock/plan.js';
import { composeLorEmail } from '../../src/composers/lor-email.js';

// Round facts35b (profiles AH's judge, session 34: p414, p419). One reading of a match won serves
// every report; tried on wordings other than the profiles', and on near-misses that must not change.

const member = (note: string, extra: Partial<Profile> = {}): Profile =>
  ({
    version: 1,
    citizenship: 'non-us',
    visa: 'j1',
    target: 'residency-informatics-track',
    specialty: 'family medicine',
    medSchool: { country: 'Ghana', graduated: '2021-06' },
    timeline: [{ from: '2023-01', to: 'present', activity: 'research', note }],
    letters: [
      {
        writer: 'Dr. Ama Owusu',
        role: 'attending',
        setting: 'us',
        physician: true,
        informatics: false,
        directObservation: true,
        year: 2026,
        asked: '2026-07-01',
      },
    ],
    deadline: '2026-09-20',
    ...extra,
  }) as Profile;

describe('a match won, in other words (NRMP)', () => {
  const won = [
    'Got my match: family medicine at Lakeside Community Hospital, PGY-1 from July 2027',
    'Signed the contract with the St. Anne family medicine residency; starting July 2027',
    'After two unmatched cycles, matched into family medicine in the 2027 NRMP Match',
    'Match Day 2027 went well - matched at Riverbend FM program (categorical)',
  ];
  for (const note of won) {
    it(`reads "${note}" as matched, with a July 2027 start`, () => {
      expect(matchedAhead(member(note), '2027-04-10')?.start, note).toBe('2027-07');
    });
  }

  it('near-misses stay unmatched', () => {
    for (const note of [
      'Hoping to match in family medicine in the 2027 Match',
      'Interview requests pending from three FM residency programs',
      'Received an interview offer from the Lakeside FM residency program',
      'If I match in the 2027 NRMP Match I start July 2027',
      'Did not match in the 2026 NRMP Match; reapplying',
      'Waiting for Match Day 2027 results',
      'The program matched three IMGs last year (2026 Match)',
      'Matched only to a preliminary medicine year in the 2027 Match',
    ])
      expect(matchedAhead(member(note), '2027-04-10'), note).toBeUndefined();
  });

  it('keeps the win when the same sentence names an earlier unmatched cycle (p414)', () => {
    expect(saysWon('Matched in the 2027 Match (after one unmatched cycle in 2026) to categorical IM')).toBe(true);
    expect(saysWon('Unmatched in the 2026 Match')).toBe(false);
  });
});

describe('every report knows the match', () => {
  const p = member('Matched into family medicine at Lakeside in the 2027 NRMP Match; start 2027-07-01');
  const today = '2027-04-20';

  it('the timeline makes the pre-start phase now', () => {
    const t = timelineForProfile(today, p);
    expect(t.matched).toBe(true);
    expect(t.current).toBeNull();
    expect(t.lead).toMatch(/binding/);
  });

  it('the red-flag report says so and never asks to rank', () => {
    const r = redFlags(p, today);
    expect(r.season).toMatch(/you matched/);
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/before you rank it/);
    expect(text).not.toMatch(/before your next application/);
  });

  it('the mock plan leaves out the ranking decline and says why', () => {
    const plan = mockPlan(p, today);
    expect(plan.lead).toMatch(/matched/);
    expect(plan.questions.some((q) => q.answer === 'polite-decline')).toBe(false);
    expect(plan.questions.flatMap((q) => q.followUps).join(' ')).not.toMatch(/did not match/);
    const hoping = mockPlan(member('Hoping to match in the 2027 Match'), '2027-01-20');
    expect(hoping.lead).toBeUndefined();
    expect(hoping.questions.some((q) => q.answer === 'polite-decline')).toBe(true);
  });

  it('the thank-you note tells the match, not "I will let you know"', () => {
    const mail = composeLorEmail(p, { today });
    expect(mail.body).toMatch(/I matched/);
    expect(mail.body).not.toMatch(/let you know how it turns out/);
  });
});

describe('an AMIA match told on results day, before the typical date (p419)', () => {
  const fellow = (note: string): Profile =>
    member(note, {
      target: 'ci-fellowship',
      specialty: 'internal medicine',
      residencies: [
        {
          country: 'Canada',
          specialty: 'internal medicine',
          from: '2018-07',
          to: '2022-06',
          completed: true,
          accreditation: 'rcpsc',
        },
      ],
      deadline: '2026-08-31',
    });
  it('reads the note over the calendar once the commit step is over', () => {
    const t = timelineForProfile(
      '2026-12-14',
      fellow('AMIA results are in: matched with the Prairie CI fellowship for July 2027'),
    );
    expect(t.matched).toBe(true);
    expect(t.lead).toMatch(/binding/);
  });
  it('a hope on the same day changes nothing', () => {
    const t = timelineForProfile(
      '2026-12-14',
      fellow('Waiting for the AMIA results; hoping to match at Prairie CI fellowship'),
    );
    expect(t.matched).toBeUndefined();
  });
});

describe('a partial match: an advanced place without a PGY-1 (p413)', () => {
  it('reads it in other words, and never as a full match', () => {
    for (const note of [
      'Matched to an advanced radiology position (PGY-2, July 2028) but no preliminary year in the 2027 Match',
      'NRMP 2027: matched advanced dermatology (starts July 2028), without a PGY-1 spot',
    ]) {
      const p = member(note);
      expect(partialAhead(p, '2027-03-17')?.start, note).toBe('2028-07');
      expect(matchedAhead(p, '2027-03-17'), note).toBeUndefined();
    }
  });
  it('a full advanced-plus-preliminary match is not partial', () => {
    const p = member(
      'Matched advanced anesthesiology (CA-1, July 2028) and a linked preliminary medicine year in the 2027 Match',
    );
    expect(partialAhead(p, '2027-03-17')).toBeUndefined();
  });
});
