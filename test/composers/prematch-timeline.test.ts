import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/core/dates.js';
import {
  calendarFor,
  matchDay,
  nrmpRankDeadline,
  lastDaysSentence,
  nextStepSentence,
  prematchTimeline,
  reviewBeforeDeadline,
  timelineForProfile,
  type CalendarId,
  type PhaseId,
} from '../../src/composers/prematch-timeline.js';

const TARGET: Record<CalendarId, 'ci-fellowship' | 'residency-informatics-track'> = {
  'amia-ci-match': 'ci-fellowship',
  'nrmp-main': 'residency-informatics-track',
};

/** Every day from `from` to `to`, inclusive. */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

const at = (calendar: CalendarId, day: string) => prematchTimeline(day, TARGET[calendar]);

describe('prematch timeline: which calendar', () => {
  it('picks the AMIA match for a CI fellowship and the NRMP Main Residency Match for a residency track', () => {
    expect(at('amia-ci-match', '2026-07-10')).toMatchObject({
      calendar: 'amia-ci-match',
      match: 'AMIA Clinical Informatics Fellowship Match',
    });
    expect(at('nrmp-main', '2026-07-10')).toMatchObject({
      calendar: 'nrmp-main',
      match: 'NRMP Main Residency Match',
    });
  });

  it('shows the fellowship calendar without a target, and says so', () => {
    const t = prematchTimeline('2026-07-10');
    expect(calendarFor(undefined)).toBe('amia-ci-match');
    expect(t.calendar).toBe('amia-ci-match');
    expect(t.notes[0]).toContain('your profile has no target');
  });

  it('puts the CI commit deadline and results in December, not in spring', () => {
    const t = at('amia-ci-match', '2026-07-10');
    // The commit step runs to the later of the recent commit deadlines (Dec 4, 2023; Dec 5, 2024).
    expect(t.phases.find((p) => p.id === 'rank-list')).toMatchObject({ from: '2026-11-21', to: '2026-12-05' });
    expect(t.phases.find((p) => p.id === 'results')).toMatchObject({ from: '2026-12-06', to: '2026-12-19' });
    expect(t.phases.every((p) => p.to <= '2026-12-31')).toBe(true);
    expect(t.notes.join(' ')).toMatch(/not the NRMP/);
  });

  it('puts the residency rank list from early February to early March and Match Day on the Friday of the third week of March', () => {
    const t = at('nrmp-main', '2026-07-10');
    expect(t.season).toBe('2026-2027');
    expect(t.phases.find((p) => p.id === 'rank-list')).toMatchObject({ from: '2027-02-01', to: '2027-03-03' });
    expect(t.phases.find((p) => p.id === 'results')?.to).toBe('2027-03-19');
  });

  it('computes Match Day as the third Friday of March, as NRMP set it in past seasons', () => {
    // NRMP's own announcements: March 18, 2022; March 15, 2024; March 21, 2025; March 20, 2026.
    expect(matchDay(2022)).toBe('2022-03-18');
    expect(matchDay(2023)).toBe('2023-03-17');
    expect(matchDay(2024)).toBe('2024-03-15');
    expect(matchDay(2025)).toBe('2025-03-21');
    expect(matchDay(2026)).toBe('2026-03-20');
    expect(matchDay(2027)).toBe('2027-03-19');
    expect(matchDay(2028)).toBe('2028-03-17'); // March 2028 starts on a Wednesday
    for (const y of [2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033]) {
      const d = new Date(`${matchDay(y)}T00:00:00Z`);
      expect(d.getUTCDay(), String(y)).toBe(5);
      expect(d.getUTCDate(), String(y)).toBeGreaterThanOrEqual(15);
      expect(d.getUTCDate(), String(y)).toBeLessThanOrEqual(21);
    }
  });

  it('cites the match guide on every phase and calls the dates typical', () => {
    for (const calendar of ['amia-ci-match', 'nrmp-main'] as const) {
      const t = at(calendar, '2026-10-01');
      const section = calendar === 'amia-ci-match' ? 'amia-ci-match' : 'nrmp-main-match';
      expect(t.phases.some((p) => p.sources.some((s) => s.doc === 'matches' && s.section === section))).toBe(true);
      expect(t.notes[0]).toMatch(/typical/);
      for (const p of t.phases) expect(p.sources.length, p.id).toBeGreaterThan(0);
    }
  });
});

describe('prematch timeline: "now" and "next" on every day of the year', () => {
  for (const calendar of ['amia-ci-match', 'nrmp-main'] as const) {
    it(`${calendar}: one current phase that holds today, and a next phase ahead, every day for three years`, () => {
      for (const day of days('2025-01-01', '2027-12-31')) {
        const t = at(calendar, day);
        const current = t.phases.find((p) => p.id === t.current);
        expect(current, `${day}: no current phase`).toBeDefined();
        expect(current!.from <= day && day <= current!.to, `${day}: ${t.current}`).toBe(true);
        // The focus is the most recently started phase that holds today.
        for (const p of t.phases.filter((x) => x.status === 'current')) expect(p.from <= current!.from).toBe(true);
        expect(t.next, `${day}: no next`).not.toBeNull();
        expect(t.next!.from > day, `${day}: next ${t.next!.from}`).toBe(true);
        expect(t.next!.daysUntil).toBe(daysBetween(day, t.next!.from));
        for (const p of t.phases) {
          const expected = day < p.from ? 'upcoming' : day > p.to ? 'past' : 'current';
          expect(p.status, `${day} ${p.id}`).toBe(expected);
        }
      }
    });

    it(`${calendar}: the phases of a season leave no day uncovered`, () => {
      const t = at(calendar, '2026-10-01');
      const first = t.phases.reduce((a, p) => (p.from < a ? p.from : a), '9999');
      const last = t.phases.reduce((a, p) => (p.to > a ? p.to : a), '0000');
      for (const day of days(first, last)) {
        expect(
          t.phases.some((p) => p.from <= day && day <= p.to),
          day,
        ).toBe(true);
      }
      // And the next season's preparation begins before this one ends (no day between seasons).
      const following = at(calendar, addDays(last, 1));
      const nextFirst = following.phases.reduce((a, p) => (p.from < a ? p.from : a), '9999');
      expect(nextFirst <= addDays(last, 1)).toBe(true);
      expect(following.season).not.toBe(t.season);
    });
  }
});

describe('prematch timeline: month boundaries', () => {
  /** The last day of each month and the first of the next, with the phase in focus and the next one. */
  const AMIA: [string, PhaseId, PhaseId][] = [
    ['2025-12-31', 'post-match', 'prepare-application'],
    ['2026-01-01', 'research-programs', 'prepare-application'],
    ['2026-01-31', 'research-programs', 'prepare-application'],
    ['2026-02-01', 'research-programs', 'prepare-application'],
    ['2026-02-28', 'research-programs', 'prepare-application'],
    ['2026-03-01', 'research-programs', 'prepare-application'],
    ['2026-03-31', 'research-programs', 'prepare-application'],
    ['2026-04-01', 'research-programs', 'prepare-application'],
    ['2026-04-30', 'research-programs', 'prepare-application'],
    ['2026-05-01', 'research-programs', 'prepare-application'],
    ['2026-05-31', 'research-programs', 'prepare-application'],
    ['2026-06-01', 'research-programs', 'prepare-application'],
    ['2026-06-30', 'prepare-application', 'apply'],
    ['2026-07-01', 'prepare-application', 'apply'],
    ['2026-07-31', 'apply', 'interview'],
    ['2026-08-01', 'apply', 'interview'],
    ['2026-08-31', 'apply', 'interview'],
    ['2026-09-01', 'interview', 'updates-and-top-choice'],
    ['2026-09-30', 'interview', 'updates-and-top-choice'],
    ['2026-10-01', 'interview', 'updates-and-top-choice'],
    ['2026-10-31', 'updates-and-top-choice', 'rank-list'],
    ['2026-11-01', 'updates-and-top-choice', 'rank-list'],
    ['2026-11-30', 'rank-list', 'results'],
    ['2026-12-01', 'rank-list', 'results'],
    ['2026-12-31', 'post-match', 'prepare-application'],
  ];
  const NRMP: [string, PhaseId, PhaseId][] = [
    ['2025-12-31', 'updates-and-top-choice', 'rank-list'],
    ['2026-01-01', 'updates-and-top-choice', 'rank-list'],
    ['2026-01-31', 'updates-and-top-choice', 'rank-list'],
    ['2026-02-01', 'rank-list', 'results'],
    ['2026-02-28', 'rank-list', 'results'],
    ['2026-03-01', 'rank-list', 'results'],
    ['2026-03-31', 'research-programs', 'prepare-application'],
    ['2026-04-01', 'research-programs', 'prepare-application'],
    ['2026-04-30', 'research-programs', 'prepare-application'],
    ['2026-05-01', 'research-programs', 'prepare-application'],
    ['2026-05-31', 'research-programs', 'prepare-application'],
    ['2026-06-01', 'research-programs', 'prepare-application'],
    ['2026-06-30', 'prepare-application', 'apply'],
    ['2026-07-01', 'prepare-application', 'apply'],
    ['2026-07-31', 'prepare-application', 'apply'],
    ['2026-08-01', 'prepare-application', 'apply'],
    ['2026-08-31', 'prepare-application', 'apply'],
    ['2026-09-01', 'prepare-application', 'apply'],
    ['2026-09-30', 'apply', 'interview'],
    ['2026-10-01', 'interview', 'updates-and-top-choice'],
    ['2026-10-31', 'interview', 'updates-and-top-choice'],
    ['2026-11-01', 'interview', 'updates-and-top-choice'],
    ['2026-11-30', 'interview', 'updates-and-top-choice'],
    ['2026-12-01', 'updates-and-top-choice', 'rank-list'],
    ['2026-12-31', 'updates-and-top-choice', 'rank-list'],
  ];

  it.each(AMIA)('AMIA match on %s: now %s, next %s', (day, now, next) => {
    const t = at('amia-ci-match', day);
    expect(t.current).toBe(now);
    expect(t.next?.id).toBe(next);
  });

  it.each(NRMP)('NRMP Main Residency Match on %s: now %s, next %s', (day, now, next) => {
    const t = at('nrmp-main', day);
    expect(t.current).toBe(now);
    expect(t.next?.id).toBe(next);
  });
});

describe('prematch timeline: the days around each deadline', () => {
  it.each([
    // ERAS opens (early June) and fellowship submission (early July)
    ['2026-06-03', 'research-programs'],
    ['2026-06-04', 'prepare-application'],
    ['2026-07-01', 'prepare-application'],
    ['2026-07-02', 'apply'],
    // AMIA match opens to applicants, commit deadline, results, post-match
    ['2026-11-20', 'updates-and-top-choice'],
    ['2026-11-21', 'rank-list'],
    ['2026-12-03', 'rank-list'],
    ['2026-12-04', 'rank-list'],
    // Dec 5 was the commit deadline in 2024: still the commit step (commit today), results next.
    ['2026-12-05', 'rank-list'],
    ['2026-12-06', 'results'],
    ['2026-12-16', 'results'],
    ['2026-12-19', 'results'],
    ['2026-12-20', 'post-match'],
  ] as const)('AMIA match on %s: now %s', (day, now) => {
    expect(at('amia-ci-match', day).current).toBe(now);
  });

  it('counts down to the commit deadline and then to results', () => {
    const before = at('amia-ci-match', '2026-12-03');
    expect(before.next).toMatchObject({ id: 'results', from: '2026-12-06', daysUntil: 3, season: '2026-2027' });
    // On the later of the recent commit days the next step named is still the results.
    expect(at('amia-ci-match', '2026-12-05').next).toMatchObject({ id: 'results', daysUntil: 1 });
    const after = at('amia-ci-match', '2026-12-20');
    expect(after.next).toMatchObject({ id: 'prepare-application', from: '2027-06-04', season: '2027-2028' });
  });

  it.each([
    // ERAS residency submission and NRMP registration
    ['2026-09-02', 'prepare-application', '2026-2027'],
    ['2026-09-03', 'apply', '2026-2027'],
    ['2026-11-30', 'interview', '2026-2027'],
    // Ranking opens, rank order list deadline, Match Week
    ['2027-01-31', 'updates-and-top-choice', '2026-2027'],
    ['2027-02-01', 'rank-list', '2026-2027'],
    ['2027-03-02', 'rank-list', '2026-2027'],
    ['2027-03-03', 'rank-list', '2026-2027'],
    ['2027-03-04', 'results', '2026-2027'],
    ['2027-03-18', 'results', '2026-2027'],
    ['2027-03-19', 'results', '2026-2027'], // Match Day 2027 if the pattern holds
    ['2027-03-20', 'research-programs', '2027-2028'],
    // The 2026 Match: Match Day March 20, so the deadline falls on March 4 if the pattern held
    ['2026-03-04', 'rank-list', '2025-2026'],
    ['2026-03-05', 'results', '2025-2026'],
    ['2026-03-20', 'results', '2025-2026'],
    ['2026-03-21', 'research-programs', '2026-2027'],
  ] as const)('NRMP Main Residency Match on %s: now %s (%s season)', (day, now, season) => {
    const t = at('nrmp-main', day);
    expect(t.current).toBe(now);
    expect(t.season).toBe(season);
  });

  it("handles a leap year: February 29, 2028 is before that season's deadline (March 1, 16 days before Match Day)", () => {
    expect(at('nrmp-main', '2028-02-29').current).toBe('rank-list');
    expect(at('nrmp-main', '2028-03-02').current).toBe('results');
  });

  it('puts the rank order list deadline on the Wednesday 16 days before Match Day, as NRMP set it in 2023 and 2024', () => {
    // NRMP February Illuminators: certify by March 1, 2023 and by February 28, 2024, 9 p.m. ET.
    expect(nrmpRankDeadline(2022)).toBe('2023-03-01');
    expect(nrmpRankDeadline(2023)).toBe('2024-02-28');
    for (const y of [2024, 2025, 2026, 2027, 2028]) {
      expect(new Date(`${nrmpRankDeadline(y)}T00:00:00Z`).getUTCDay(), String(y)).toBe(3);
    }
  });

  it('quotes the sourced ranking dates, not the undated January 15 / February 25 calendar', () => {
    const actions = at('nrmp-main', '2026-07-10')
      .phases.flatMap((p) => p.actions)
      .join(' ');
    expect(actions).toMatch(/Feb 1 in the 2023 and 2024 Matches/);
    expect(actions).toMatch(/Mar 1, 2023; Feb 28, 2024/);
    expect(actions).toMatch(/Jan 31 in the 2025 Match/);
    expect(actions).not.toMatch(/Feb 25|Jan 15|Nov 30/);
  });
});

describe('prematch timeline: the season from the deadline', () => {
  it('moves to the next season once today’s last deadline has passed and the member’s deadline is later', () => {
    const t = prematchTimeline('2026-12-10', 'ci-fellowship', '2027-07-15');
    expect(t.season).toBe('2027-2028');
    expect(t.current).toBe('research-programs'); // preparing started after the 2026 commit deadline
    expect(t.phases.find((p) => p.id === 'research-programs')?.from).toBe('2026-12-05');
    expect(t.next).toMatchObject({ id: 'prepare-application', from: '2027-06-04' });
    const nrmp = prematchTimeline('2027-03-01', 'residency-informatics-track', '2027-09-30');
    expect(nrmp.season).toBe('2027-2028');
    expect(nrmp.current).toBe('research-programs');
  });

  it('stays in today’s season while its deadlines are still ahead, whatever the profile’s deadline', () => {
    const t = prematchTimeline('2026-12-01', 'ci-fellowship', '2027-01-15');
    expect(t.season).toBe('2026-2027');
    expect(t.current).toBe('rank-list');
  });

  it('keeps today’s season for a deadline in it, and for a deadline that has passed', () => {
    expect(prematchTimeline('2026-08-01', 'ci-fellowship', '2026-09-15').season).toBe('2026-2027');
    const passed = prematchTimeline('2026-08-01', 'ci-fellowship', '2026-07-15');
    expect(passed.season).toBe('2026-2027');
    expect(passed.notes.join(' ')).toContain('15 Jul 2026, has passed');
  });

  it('mentions the profile deadline', () => {
    expect(prematchTimeline('2027-01-05', 'residency-informatics-track', '2027-01-15').notes.join(' ')).toContain(
      'is 15 Jan 2027, 10 days from today',
    );
  });
});

describe('prematch timeline for a stored profile', () => {
  it('warns first when the red-flag report questions fellowship eligibility', () => {
    const profile = {
      version: 1 as const,
      target: 'ci-fellowship' as const,
      residencies: [
        { country: 'Egypt', specialty: 'internal medicine', from: '2019-12', to: '2022-06', completed: true },
      ],
    };
    const t = timelineForProfile('2026-08-01', profile);
    // Round ux45: not eligible -> the residency route leads, the fellowship calendar is the later route.
    expect(t.notes[0]).toMatch(/^Residency route \(now\): "Fellowship eligibility/);
    expect(t.notes[0]).toContain('NRMP Main Residency Match');
    expect(t.calendar).toBe('amia-ci-match');
    const eligible = timelineForProfile('2026-08-01', {
      ...profile,
      residencies: [{ ...profile.residencies[0]!, country: 'United States', accreditation: 'acgme' as const }],
    });
    expect(eligible.notes[0]).toMatch(/^This is the AMIA Clinical Informatics Fellowship Match calendar/);
    // ACGME International training (medium): ask programs, never "a US residency first".
    const acgmeI = timelineForProfile('2026-08-01', {
      ...profile,
      residencies: [{ ...profile.residencies[0]!, country: 'Qatar', accreditation: 'acgme-i' as const }],
    });
    expect(acgmeI.notes[0]).toMatch(/^Before planning around this calendar/);
    expect(acgmeI.notes[0]).toContain('ask each program in writing');
    expect(acgmeI.notes[0]).not.toContain('US residency first');
  });
});

describe('prematch timeline for a resident who is not in their final year', () => {
  const pgy = (from: string) => ({
    version: 1 as const,
    target: 'ci-fellowship' as const,
    residencies: [
      {
        country: 'United States',
        specialty: 'internal medicine',
        from,
        to: 'present',
        completed: false,
        accreditation: 'acgme' as const,
      },
    ],
  });

  it('shows a PGY-1 the season of their final year, with a build-your-record phase now', () => {
    const t = timelineForProfile('2026-03-05', pgy('2025-07'));
    expect(t.season).toBe('2027-2028');
    expect(t.current).toBe('build-experience');
    expect(t.phases[0]).toMatchObject({ id: 'build-experience', from: '2025-07-01', to: '2026-12-04' });
    expect(t.notes[0]).toMatch(
      /ends around Jun 2028 at the earliest.*opens in June 2027, for a fellowship starting in July 2028/,
    );
    expect(t.next).toMatchObject({ id: 'research-programs', from: '2026-12-05' });
  });

  it('follows the residency, not a deadline a season early: no "submit now" for a fellowship before the residency ends', () => {
    // A PGY-2 (residency from Jul 2025, ending around Jun 2028) whose profile deadline falls in the
    // season now taking applications: that season's fellowships start Jul 2027, a year too early.
    for (const [today, deadline] of [
      ['2026-07-28', '2026-08-15'], // programs already reviewing: the old "Submit now, this week"
      ['2026-06-10', '2026-07-31'], // before applications open
      ['2026-10-01', '2026-11-15'], // mid-interviews
    ] as const) {
      const t = timelineForProfile(today, { ...pgy('2025-07'), deadline });
      expect(t.season, today).toBe('2027-2028');
      expect(t.current, today).toBe('build-experience');
      const all = [...t.phases.flatMap((p) => p.actions), ...t.notes].join(' ');
      expect(all, today).not.toMatch(/Submit now|Plan to submit in the first days/);
      expect(t.notes.join(' '), today).toMatch(
        /That deadline looks one season early: it falls in the 2026-2027 season, whose fellowships start in July 2027, before your residency can end \(around Jun 2028 at the earliest\)\. This calendar shows the 2027-2028 season/,
      );
    }
    // A final-year resident with the same deadline is applying now, and is told to submit.
    const finalYear = timelineForProfile('2026-07-28', { ...pgy('2023-07'), deadline: '2026-08-15' });
    expect(finalYear.season).toBe('2026-2027');
    expect(finalYear.notes.join(' ')).not.toMatch(/one season early/);
  });

  it('tells a final-year resident who has not applied this season that the next one leaves a year to plan', () => {
    const t = timelineForProfile('2026-12-04', pgy('2024-07'));
    expect(t.season).toBe('2026-2027');
    expect(t.notApplied).toMatch(/yours is the 2027-2028 season, for a fellowship from July 2028/);
    expect(t.notApplied).toMatch(
      /Your residency ends around Jun 2027 \(inferred from its start: add its expected end to your profile\), so a fellowship from July 2028 would leave about a year between the two: plan it now/,
    );
    // A PGY-1 shown a later season is not told about a year between.
    expect(timelineForProfile('2026-12-04', pgy('2025-07')).notApplied ?? '').not.toMatch(/year between/);
  });

  it('plans the year between with a J-1 resident’s status in mind: leaving within 30 days, no hospitalist post', () => {
    const j1 = { ...pgy('2024-07'), citizenship: 'non-us' as const, visa: 'j1' as const };
    const t = timelineForProfile('2026-12-04', j1);
    expect(t.notApplied).toMatch(/leave the US within 30 days of your residency's end date, with no work or training/);
    expect(t.notApplied).toMatch(/ECFMG and an immigration attorney/);
    expect(t.notApplied).not.toMatch(/hospitalist/);
    // Without a J-1 the paid bridge post stays the example.
    expect(timelineForProfile('2026-12-04', pgy('2024-07')).notApplied).toMatch(/hospitalist/);
  });

  describe('a member whose profile shows she applied in the season shown', () => {
    const j1 = { ...pgy('2024-07'), citizenship: 'non-us' as const, visa: 'j1' as const };
    const letter = (asked: string) => ({
      writer: 'Dr. A. Writer',
      role: 'program-director' as const,
      setting: 'us' as const,
      physician: true,
      informatics: false,
      directObservation: true,
      year: 2026,
      asked,
    });
    const note = (text: string) => ({
      from: '2024-07',
      to: 'present' as const,
      activity: 'us-clinical' as const,
      note: text,
    });
    const banner = (t: ReturnType<typeof timelineForProfile>) => [t.notApplied ?? '', ...t.notes].join(' ');
    it.each([
      [
        'a note telling the interviews as held',
        { timeline: [note('PGY-3; interviewed with four programmes in October')] },
      ],
      [
        'a note naming this season’s July start',
        { timeline: [note('chief resident, going for a CI fellowship starting July 2027')] },
      ],
      [
        'a note telling the application as sent',
        { timeline: [note('PGY3 - submitted ERAS application in early July')] },
      ],
    ])('is not told at length that the steps may not be hers: %s', (_, extra) => {
      const t = timelineForProfile('2026-12-04', { ...j1, ...extra });
      expect(t.season).toBe('2026-2027');
      expect(t.notApplied).toBeUndefined();
      expect(banner(t)).not.toMatch(/year between|within 30 days|If you have not applied yet/);
      // One line keeps the way out, for when the profile is wrong.
      const line = t.notes.filter((n) => /Your profile shows you applied/.test(n));
      expect(line).toEqual([
        'Your profile shows you applied in the 2026-2027 season, so these steps are yours; if you did not, yours is the 2027-2028 season, for training from July 2028.',
      ]);
    });

    it.each([
      ['a plan to apply', { timeline: [note('PGY-3, will apply to fellowships next year')] }],
      ['a denial', { timeline: [note('have not applied or interviewed anywhere yet')] }],
      ['a letter asked once interviews began', { letters: [letter('2026-11-02')] }],
      // Trial 17: an ask date is preparing, not applying; the member's own words decide.
      ['a letter asked in the summer for this season', { letters: [letter('2026-07-20')], deadline: '2026-09-01' }],
      ['a letter asked a year back', { letters: [letter('2025-11-15')] }],
    ])('still gets the full note without such evidence: %s', (_, extra) => {
      const t = timelineForProfile('2026-12-04', { ...j1, ...extra });
      expect(t.notApplied).toMatch(/If you have not applied yet, yours is the 2027-2028 season/);
      expect(t.notApplied).toMatch(/within 30 days/);
      expect(t.notes.join(' ')).not.toMatch(/Your profile shows you applied/);
    });
  });

  it('shows a resident entering the final year this season’s calendar', () => {
    const t = timelineForProfile('2026-06-20', pgy('2024-07'));
    expect(t.season).toBe('2026-2027');
    expect(t.current).toBe('prepare-application');
    expect(t.phases.map((p) => p.id)).not.toContain('build-experience');
  });
});

describe('prematch timeline: the member’s own season and day (rules review)', () => {
  it('shows next season now for a deadline in next summer, even before this season’s last step', () => {
    const ci = prematchTimeline('2026-12-03', 'ci-fellowship', '2027-08-15');
    expect(ci.season).toBe('2027-2028');
    expect(ci.current).toBe('research-programs');
    expect(ci.phases.find((p) => p.id === 'research-programs')).toMatchObject({
      from: '2026-12-03',
      status: 'current',
    });
    expect(ci.notes.join(' ')).toMatch(/belongs to the 2027-2028 season/);
    const nrmp = prematchTimeline('2026-12-03', 'residency-informatics-track', '2027-09-20');
    expect(nrmp.season).toBe('2027-2028');
    expect(nrmp.current).toBe('research-programs');
    expect(nrmp.next).toMatchObject({ id: 'prepare-application', from: '2027-06-04' });
  });

  it('keeps this season for a deadline between its last step and next June, and says it fits neither', () => {
    const t = prematchTimeline('2026-12-01', 'ci-fellowship', '2027-01-15');
    expect(t.season).toBe('2026-2027');
    expect(t.notes.join(' ')).toMatch(
      /does not fit the AMIA .* falls after the 2026-2027 season's last step .* next season is 2027-2028/,
    );
  });

  it('gives the step of the day during Match Week', () => {
    const t = prematchTimeline('2026-03-18', 'residency-informatics-track');
    expect(t.current).toBe('results');
    const actions = t.phases.find((p) => p.id === 'results')!.actions.join(' ');
    expect(actions).toMatch(/It is Match Week \(16 Mar 2026 to 20 Mar 2026/);
    expect(actions).not.toMatch(/Prepare for the SOAP before Match Week/);
    const before = prematchTimeline('2026-03-05', 'residency-informatics-track');
    expect(before.phases.find((p) => p.id === 'results')!.actions.join(' ')).toMatch(/Prepare for the SOAP/);
  });

  it('writes every date a member reads as a day and month, never as an ISO date', () => {
    for (const today of ['2026-03-18', '2026-03-05', '2026-10-01', '2027-01-05']) {
      for (const target of ['ci-fellowship', 'residency-informatics-track'] as const) {
        const t = prematchTimeline(today, target, '2027-01-15');
        const text = [...t.notes, ...t.phases.flatMap((p) => p.actions)].join(' ');
        expect(text, `${today} ${target}`).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      }
    }
  });

  it('asks only members who need a visa to look for sponsorship, and notes a visa blocker', () => {
    const citizen = timelineForProfile('2027-02-01', {
      version: 1,
      target: 'ci-fellowship',
      citizenship: 'us-permanent-resident',
      visa: 'not-needed',
    });
    expect(JSON.stringify(citizen.phases)).not.toMatch(/visa/i);
    const h1b = timelineForProfile('2025-09-20', {
      version: 1,
      target: 'ci-fellowship',
      citizenship: 'non-us',
      visa: 'h1b',
      exams: [{ exam: 'step1', date: '2019-11', result: 'pass' }],
    });
    expect(JSON.stringify(h1b.phases)).toMatch(/sponsor your visa type/);
    expect(h1b.notes.join(' ')).toMatch(
      /Step 3 not passed yet.*before the 2025-2026 commit deadline \(typically early December 2025: 4 Dec in 2023, 5 Dec in 2024\)/,
    );
  });
});

describe('prematch timeline: a member aiming at a later season is told the earlier one is past', () => {
  it('names this season’s last step and results as past and says which season the steps belong to (fellowship)', () => {
    // Two weeks after the typical commit deadline, applying next summer.
    const t = prematchTimeline('2026-12-21', 'ci-fellowship', '2027-08-15');
    expect(t.season).toBe('2027-2028');
    expect(t.notes[0]).toBe(
      'The 2026-2027 season’s steps are past: its commit deadline (typically early December 2026: 4 Dec in 2023, 5 Dec in 2024) has passed, and so have its results (typically about 16 Dec 2026). The steps shown are for the 2027-2028 season, for a fellowship from July 2028.',
    );
  });

  it('says the results are still to come when they are (fellowship, between the deadline and results)', () => {
    const t = prematchTimeline('2026-12-09', 'ci-fellowship', '2027-09-01');
    expect(t.notes[0]).toContain('its results typically follow around 16 Dec 2026');
  });

  it('does not call the commit step past on 5 December, a day AMIA has used as the deadline', () => {
    expect(prematchTimeline('2026-12-05', 'ci-fellowship', '2027-09-01').notes.join(' ')).not.toMatch(/steps are past/);
    expect(prematchTimeline('2026-12-06', 'ci-fellowship', '2027-09-01').notes.join(' ')).toMatch(/steps are past/);
  });

  it('does the same for the NRMP after the rank order list deadline', () => {
    const t = prematchTimeline('2027-03-10', 'residency-informatics-track', '2027-09-30');
    expect(t.notes[0]).toMatch(
      /^The 2026-2027 season’s steps are past: its rank order list deadline \(typically about .* 2027\) has passed/,
    );
    expect(t.notes[0]).toContain('for a residency from July 2028');
  });

  it('says nothing of the kind while the member’s season is the one running', () => {
    expect(prematchTimeline('2026-10-01', 'ci-fellowship', '2026-10-15').notes.join(' ')).not.toMatch(/steps are past/);
    expect(prematchTimeline('2026-12-21', 'ci-fellowship').notes.join(' ')).not.toMatch(/steps are past/);
  });

  it('dates the visa blocker by the season shown: before applying, never "before the commit deadline" once it has passed', () => {
    const t = timelineForProfile('2026-12-21', {
      version: 1,
      target: 'ci-fellowship',
      citizenship: 'non-us',
      visa: 'h1b',
      exams: [{ exam: 'step1', date: '2019-11', result: 'pass' }],
      deadline: '2027-08-31',
    });
    const visa = t.notes.find((n) => n.startsWith('Your visa plan'))!;
    expect(visa).toContain('before you apply in the 2027-2028 season (applications typically open around 2 Jul 2027)');
    expect(visa).not.toMatch(/before the commit deadline/);
  });
});

describe('prematch timeline: the "next" line reads as a plain sentence', () => {
  const iso = (d: string) => d;
  for (const calendar of ['amia-ci-match', 'nrmp-main'] as const) {
    it(`${calendar}: every day of two years, one sentence with the date, the wait and the season when it changes`, () => {
      const seen = new Set<PhaseId>();
      for (const day of days('2026-01-01', '2027-12-31')) {
        const t = at(calendar, day);
        const n = t.next!;
        seen.add(n.id);
        const s = nextStepSentence(t, iso)!;
        expect(s, day).toMatch(/^[A-Z].*\.$/);
        expect(s, day).toContain(n.from);
        expect(s, day).toContain(n.daysUntil === 1 ? '(tomorrow)' : `(in ${n.daysUntil} days)`);
        expect(s.includes(`for the ${n.season} season`), `${day}: ${s}`).toBe(n.season !== t.season);
        // A heading spliced into a sentence is what read awkwardly ("ERAS opens: prepare your
        // application of the 2026-2027 season starts …"): the title never appears, at most one colon.
        expect(s, day).not.toContain(n.title);
        expect(s.split(':').length - 1, `${day}: ${s}`).toBeLessThanOrEqual(1);
      }
      expect(seen.size).toBeGreaterThanOrEqual(5);
    });
  }

  it('says ERAS opening for the next season in words, with the transport’s own date format', () => {
    const t = at('amia-ci-match', '2026-12-22');
    expect(t.next).toMatchObject({ id: 'prepare-application', from: '2027-06-04' });
    const s = nextStepSentence(t, (d) => `day ${d}`);
    expect(s).toMatch(
      /^ERAS typically opens( for the \d{4}-\d{4} season)? on day 2027-06-04 \(in 164 days\): start preparing your application then\.$/,
    );
  });
});

describe('prematch timeline: the deadline in the "next" line is typical, not this season\'s published date', () => {
  it.each([
    ['amia-ci-match', '2026-12-04', /typically final \(check this season's commit deadline on AMIA's match page\)/],
    ['nrmp-main', '2027-03-03', /typically final \(check this season's deadline on the NRMP calendar\)/],
  ] as const)('%s on %s hedges when the lists become final', (calendar, day, says) => {
    const t = at(calendar, day);
    expect(t.next?.id).toBe('results');
    expect(nextStepSentence(t, (d) => d)).toMatch(says);
  });
});

describe('prematch timeline: a member who has not applied this season', () => {
  it('says, once interviews have begun, that the remaining steps are for applicants, and which season is theirs', () => {
    const amia = at('amia-ci-match', '2026-12-03');
    expect(amia.notApplied).toBe(
      "The steps from the interviews on are for members who applied in the 2026-2027 season (a fellowship from July 2027): AMIA's match takes only applicants who applied through ERAS and interviewed with the programs they list. If you have not applied yet, yours is the 2027-2028 season, for a fellowship from July 2028: start now by researching programs and confirming your eligibility, and be ready when ERAS typically opens in early June 2027.",
    );
    const nrmp = at('nrmp-main', '2027-01-20');
    expect(nrmp.notApplied).toMatch(
      /^The steps from the interviews on are for members who applied in the 2026-2027 season \(a residency from July 2027\): the Match takes only applicants who applied through ERAS/,
    );
    expect(nrmp.notApplied).toMatch(/yours is the 2027-2028 season, for a residency from July 2028/);
  });

  it('says nothing before interviews begin, or once the next season has opened', () => {
    expect(at('amia-ci-match', '2026-08-03').notApplied).toBeUndefined();
    expect(at('nrmp-main', '2026-09-20').notApplied).toBeUndefined();
    expect(at('amia-ci-match', '2027-06-10').notApplied).toBeUndefined();
    expect(at('nrmp-main', '2027-04-03').notApplied).toBeUndefined();
  });

  it('says nothing when the deadline in the profile puts the member in the next season', () => {
    expect(prematchTimeline('2026-12-10', 'ci-fellowship', '2027-08-15').notApplied).toBeUndefined();
  });
});

describe('timelineForProfile without a target', () => {
  const pediatrician = {
    version: 1 as const,
    citizenship: 'non-us' as const,
    specialty: 'pediatrics',
    residencies: [{ country: 'Egypt', specialty: 'Pediatrics', from: '2017-03', to: '2020-02', completed: true }],
  };
  const closed = /a clinical informatics fellowship is not open to you yet/;

  it('shows a member trained only abroad the residency Match calendar, saying first why (no match assumed)', () => {
    const t = timelineForProfile('2026-12-04', pediatrician);
    expect(t.calendar).toBe('nrmp-main');
    expect(t.notes[0]).toMatch(closed);
    expect(t.notes[0]).toMatch(/NRMP Main Residency Match/);
    expect(t.notes[0]).toMatch(/AMIA Clinical Informatics Fellowship Match\) instead/);
  });

  it('says nothing of the kind to a member with a US residency, or when residencies are not given', () => {
    const usTrained = {
      ...pediatrician,
      residencies: [
        { country: 'United States', specialty: 'Pediatrics', from: '2021-07', to: '2024-06', completed: true },
      ],
    };
    expect(timelineForProfile('2026-12-04', usTrained).notes.join(' ')).not.toMatch(closed);
    const { residencies: _r, ...unknown } = pediatrician;
    expect(timelineForProfile('2026-12-04', unknown).notes.join(' ')).not.toMatch(closed);
  });
});

describe('prematch timeline: the last days of the commit or certify step', () => {
  const day = (d: string) => d;
  it.each(['amia-ci-match', 'nrmp-main'] as const)(
    'leads with the step ending today, and only in its last three days (%s)',
    (calendar) => {
      const rank = at(calendar, '2026-12-01').phases.find((p) => p.id === 'rank-list')!;
      // Walk the whole step: the sentence appears exactly in its last four days (3, 2, 1, 0 left);
      // AMIA's last day moved between Dec 4 and Dec 5, so it counts to Dec 4 and says "today" on both.
      const said = days(rank.from, rank.to).filter((d) => lastDaysSentence(at(calendar, d), d, day));
      const earliest = calendar === 'amia-ci-match' ? addDays(rank.to, -1) : rank.to;
      expect(said).toEqual(days(addDays(earliest, -3), rank.to));
      const last = lastDaysSentence(at(calendar, rank.to), rank.to, day)!;
      expect(last).toMatch(
        /typically ends today: if you applied this season, .* today, and check this season's exact deadline/,
      );
      expect(last).toMatch(calendar === 'amia-ci-match' ? /commit \(or re-commit\)/ : /certify your rank order list/);
      // After the step, nothing: the lists are then typically final.
      expect(lastDaysSentence(at(calendar, addDays(rank.to, 1)), addDays(rank.to, 1), day)).toBeUndefined();
    },
  );
});

describe('prematch timeline: typical dates are told as typical', () => {
  it('after the typical AMIA commit dates, says this season’s real deadline may still be ahead', () => {
    // AMIA's deadline was Dec 4 in 2023 and Dec 5 in 2024; on Dec 5 the commit step is still
    // current (commit today), and from the day after, a member must not read it as surely closed.
    const t = at('amia-ci-match', '2026-12-06');
    const results = t.phases.find((p) => p.id === 'results')!;
    expect(results.status).toBe('current');
    expect(results.actions.join(' ')).toMatch(/typical, not this season’s: if AMIA’s match page shows .* still ahead/);
  });

  it.each(['amia-ci-match', 'nrmp-main'] as const)(
    'names the year of an ERAS example date instead of calling it last season (%s)',
    (calendar) => {
      const text = at(calendar, '2026-12-05')
        .phases.flatMap((p) => p.actions)
        .join(' ');
      expect(text).not.toMatch(/last season\)/);
      expect(text).toMatch(/early June \(Jun 4 in 2025\)/);
    },
  );

  it('names the year of the review-start example too, never "last season"', () => {
    const before = reviewBeforeDeadline('amia-ci-match', 2027, '2027-06-20', '2027-08-15');
    expect(before).toMatch(/around 16 Jul 2027 \(Jul 16 in 2025; check this season's ERAS timeline\)/);
    expect(before).not.toMatch(/last season/);
  });
});

describe('a deadline two seasons ahead shows its own season, not the next one', () => {
  it.each([
    ['residency-informatics-track', '2027-02-02', '2028-09-15', '2028-2029'],
    ['residency-informatics-track', '2026-12-06', '2028-10-01', '2028-2029'],
    ['ci-fellowship', '2026-11-10', '2028-08-01', '2028'],
    ['ci-fellowship', '2027-01-10', '2029-07-15', '2029'],
  ] as const)('%s, today %s, deadline %s → %s', (target, today, deadline, season) => {
    const t = prematchTimeline(today, target, deadline);
    expect(t.season).toContain(season);
    expect(t.notes.join(' ')).toMatch(new RegExp(`belongs to the ${season}`));
  });

  it('keeps the next season for a deadline in the next season', () => {
    expect(prematchTimeline('2027-02-02', 'residency-informatics-track', '2027-09-20').season).toBe('2027-2028');
  });
});

it('after this season ends, a deadline two seasons ahead still shows its own season', () => {
  expect(prematchTimeline('2026-12-20', 'ci-fellowship', '2028-08-01').season).toContain('2028');
});
