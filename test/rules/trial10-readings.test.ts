/**
 * Newcomer trial 10: one reading of the deadline's season for every report, which match an earlier
 * unmatched cycle was in, which professionalism item a marked letter can speak to, and a specialty
 * typed with a remark. Wordings and members are varied on purpose.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { redFlags } from '../../src/rules/redflags.js';
import { mockPlan } from '../../src/mock/plan.js';
import { readMatchAttempts } from '../../src/rules/redflag-rules/match-history.js';
import { offCalendarDeadline, prematchTimeline } from '../../src/composers/prematch-timeline.js';
import { specialtyAndRemark } from '../../src/core/profile/friendly.js';
import { parseFieldValue, TOP_FIELDS } from '../../src/core/profile/field-specs.js';
import { remarkNote } from '../../src/core/profile/setup-flow.js';
import { redactedSummary, summaryText } from '../../src/core/profile/summary.js';

const renderShared = (p: Profile): string => summaryText(redactedSummary(p));

const US_IM = (from: string, to = 'present', completed = false) => ({
  country: 'United States',
  specialty: 'internal medicine',
  from,
  to,
  completed,
  accreditation: 'acgme' as const,
});

function member(over: Partial<Profile> = {}): Profile {
  return {
    version: 1,
    citizenship: 'us-citizen',
    target: 'ci-fellowship',
    specialty: 'internal medicine',
    medSchool: { country: 'Egypt', graduated: '2016-06' },
    residencies: [US_IM('2024-07')],
    matchAttempts: 0,
    professionalism: [],
    ...over,
  } as Profile;
}

describe('which match an earlier unmatched cycle was in', () => {
  it('a PGY-3 who went unmatched once before her residency began: residency Match, then matched', () => {
    const p = member({ matchAttempts: 1 });
    expect(readMatchAttempts(p, '2026-12-06')).toMatchObject({ kind: 'residency-then-matched', n: 1 });
    const r = redFlags(p, '2026-12-06');
    const notes = (r.notes ?? []).join(' ');
    expect(notes).toMatch(/residency Match, and you matched afterwards/);
    expect(notes).not.toMatch(/fellowship cycle/);
  });

  it('two residency Match attempts before matching raise no repeated-cycles flag for a fellowship applicant', () => {
    const p = member({ matchAttempts: 2, residencies: [US_IM('2025-07')] });
    const r = redFlags(p, '2026-10-01');
    expect(r.flags.map((f) => f.id)).not.toContain('multiple-match-attempts');
    expect(mockPlan(p, '2026-10-01').questions.map((q) => q.id)).not.toContain('rf-previous-cycle');
  });

  it('a graduate of a residency finished years ago could have had either kind: nothing is claimed', () => {
    const p = member({ matchAttempts: 1, residencies: [US_IM('2015-07', '2018-06', true)] });
    expect(readMatchAttempts(p, '2026-12-06')?.kind).toBe('unknown');
    const notes = (redFlags(p, '2026-12-06').notes ?? []).join(' ');
    expect(notes).toMatch(/does not show whether it was a residency Match or a fellowship match/);
  });

  it('still flags repeated cycles when the profile cannot place them', () => {
    const p = member({ matchAttempts: 3, residencies: [US_IM('2012-07', '2015-06', true)] });
    expect(redFlags(p, '2026-12-06').flags.find((f) => f.id === 'multiple-match-attempts')?.severity).toBe('high');
  });
});

describe('a letter marked as addressing professionalism', () => {
  const twoItems = member({
    residencies: [
      {
        country: 'Jordan',
        specialty: 'orthopedic surgery',
        from: '2015-09',
        to: '2018-02',
        completed: false,
        accreditation: 'other',
      },
      US_IM('2023-07'),
    ],
    professionalism: [
      { kind: 'report', date: '2017-05', note: 'complaint from a senior' },
      { kind: 'probation', date: '2024-11', remediated: true },
    ],
    letters: [
      {
        writer: 'Dr. Okafor',
        role: 'program-director',
        setting: 'us',
        physician: true,
        informatics: false,
        directObservation: true,
        year: 2026,
        mentionsProfessionalism: true,
      },
    ],
  });

  it('names the item its writer saw and asks to tell them of the one abroad', () => {
    const f = redFlags(twoItems, '2026-12-06').flags.find((x) => x.id === 'professionalism')!;
    const step = f.actions.find((a) => a.includes('Dr. Okafor'))!;
    expect(step).toMatch(/can speak to your probation of Nov 2024/);
    expect(step).toMatch(/knows of your report of May 2017 \(your orthopedic surgery residency in Jordan\)/);
    expect(step).toMatch(/Tell Dr\. Okafor/);
    expect(step).not.toMatch(/keep it, since/);
  });

  it('keeps the plain "keep it" step when the one item is from the writer’s own time with the member', () => {
    const one = { ...twoItems, professionalism: [twoItems.professionalism![1]!] };
    const f = redFlags(one, '2026-12-06').flags.find((x) => x.id === 'professionalism')!;
    expect(f.actions.some((a) => /Dr\. Okafor's letter is marked as addressing it: keep it/.test(a))).toBe(true);
  });
});

describe('a deadline that fits no season of the match', () => {
  const p = member({ deadline: '2027-02-10' });

  it('is called out the same way by the timeline and the red-flag report, with the next season', () => {
    const off = offCalendarDeadline('ci-fellowship', '2027-02-10', '2026-12-20');
    expect(off).toMatchObject({ closed: 2026, next: 2027 });
    const timeline = prematchTimeline('2026-12-20', 'ci-fellowship', '2027-02-10').notes.join(' ');
    const report = redFlags(p, '2026-12-20').season ?? '';
    for (const text of [timeline, report]) {
      expect(text).toContain(off!.sentence);
      expect(text).toMatch(/2027-2028, for training from July 2028/);
    }
    expect(report).not.toMatch(/days away/);
  });

  it('a residency deadline in April, after the rank list closed, fits no NRMP season either', () => {
    expect(offCalendarDeadline('residency-informatics-track', '2027-04-20', '2027-03-25')?.next).toBe(2027);
  });

  it('a deadline inside the application months fits: nothing is said', () => {
    expect(offCalendarDeadline('ci-fellowship', '2027-08-31', '2026-12-20')).toBeUndefined();
    expect(offCalendarDeadline('residency-informatics-track', '2026-10-15', '2026-09-01')).toBeUndefined();
  });
});

describe('a specialty typed with a remark', () => {
  it.each([
    ['internal med (currently PGY3 at a community program in michigan)', 'internal medicine'],
    ['Family Medicine - chief resident in Toledo', 'Family Medicine'],
    ['pediatrics, now PGY-2', 'pediatrics'],
    ['psychiatry at a county hospital', 'psychiatry'],
  ])('%s stores only the specialty', (typed, stored) => {
    const r = specialtyAndRemark(typed);
    expect(r.specialty).toBe(stored);
    expect(r.remark).toBeTruthy();
    const parsed = parseFieldValue(TOP_FIELDS.specialty, typed);
    expect(parsed.ok && parsed.value).toBe(stored);
  });

  it('leaves a specialty with no remark alone', () => {
    expect(specialtyAndRemark('medicine-pediatrics')).toEqual({ specialty: 'medicine-pediatrics' });
    expect(specialtyAndRemark('obstetrics and gynecology')).toEqual({ specialty: 'obstetrics and gynecology' });
  });

  it('the setup reports the remark rather than dropping it silently', () => {
    const note = remarkNote('school', 'specialty', 'neurology (PGY4 in Cleveland)');
    expect(note).toMatch(/"PGY4 in Cleveland" has no place in this answer/);
  });

  it('a stored remark from an older profile never reaches the public share', () => {
    const shared = renderShared(member({ specialty: 'internal medicine (PGY3 at Mercy in Detroit)' }));
    expect(shared).toMatch(/Specialty: internal medicine/);
    expect(shared).not.toMatch(/Mercy|Detroit/);
  });
});
