/**
 * A timeline note names a visa as the status held, or as something else: waived, wished for,
 * applied for, before or after. Only the status held is time on that visa; a waiver named as held
 * changes what the visa rule tells an H-1B member after J-1 training.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { seasonOptions } from '../../../src/composers/application-season.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { redFlags } from '../../../src/rules/redflags.js';
import { noteHomeRuleMet, noteVisas, noteWaiver } from '../../../src/rules/redflag-rules/visa-notes.js';
import { edit, theFlag } from './fixtures.js';

const held = (note: string) => [...noteVisas(note)].sort();

describe('the visa a note names as the status held', () => {
  it.each([
    ['ACGME internal medicine residency, Detroit, on an ECFMG-sponsored J-1', ['j1']],
    ['hospitalist, rural clinic, on H-1B under a Conrad 30 J-1 waiver', ['h1b']],
    ['clinical data analyst at a health system, on H1B since 2023-09', ['h1b']],
    ['IM residency (J1)', ['j1']],
    ['residency, J-1', ['j1']],
    ['nephrology fellowship in H-1B status', ['h1b']],
    ['prelim year on J-1, then categorical IM on H-1B', ['h1b', 'j1']],
    ['hospitalist for two years on H-1B', ['h1b']],
    ["hospitalist on my own H-1B since 2024; my wife's H-4 EAD pending", ['h1b']],
  ])('%s', (note, visas) => {
    expect(held(note)).toEqual(visas);
  });

  it.each([
    'working on a TPS-based EAD; wants H-1B for the fellowship; no J-1 waiver applied for yet',
    'research assistant, hoping to get an H-1B next year',
    'observer, applying for J-1 sponsorship through ECFMG',
    'home hospital, before the J-1',
    'GP in Lagos after my J-1 ended',
    'locum work abroad, not on J-1',
    'H-1B petition pending with the hospital',
    'waiting for the H-1B lottery result',
    'analyst job on an L-2 EAD, will need H-1B for training',
    // Someone else's visa: the member is the dependent.
    "AMIA 10x10 and Step 3; in the US on H-4 (spouse's H-1B), no work permit",
    "at home with the kids, my husband's H1B job brought us to Ohio",
    'H-4 dependent of an H-1B holder, studying for Step 2',
    "staying with my parents' J-1 household while preparing for Step 3",
  ])('not a status held: %s', (note) => {
    expect(held(note)).toEqual([]);
  });
});

describe('a J-1 waiver named as held', () => {
  it('reads a Conrad 30 waiver and its commitment end, as ISO month or month name', () => {
    expect(noteWaiver('on H-1B under a Conrad 30 J-1 waiver (3-year service commitment to 2028-06)')).toMatchObject({
      conrad: true,
      commitmentEnds: '2028-06',
    });
    expect(
      noteWaiver('waiver job in Kansas after my J-1 waiver came through; commitment ends March 2029'),
    ).toMatchObject({
      conrad: false,
      commitmentEnds: '2029-03',
    });
    expect(noteWaiver('Conrad 30 hospitalist, underserved county')).toMatchObject({ conrad: true });
    expect(
      noteWaiver(
        'hospitalist under a Conrad 30 J-1 waiver, on H-1B; the three-year commitment was completed in 2026-07',
      ),
    ).toMatchObject({ conrad: true, commitmentEnds: '2026-07' });
  });

  it.each([
    'no J-1 waiver applied for yet',
    'looking for a Conrad 30 job but nothing yet; hoping for a waiver',
    'J-1 waiver application pending at the state health department',
    'will apply for a Conrad 30 waiver next fall',
    'my J-1 waiver was denied',
  ])('not held: %s', (note) => {
    expect(noteWaiver(note)).toBeUndefined();
  });
});

type Timeline = NonNullable<Profile['timeline']>;
const flagFor = (timeline: Timeline, today = '2026-06-22', change: (p: Profile) => void = () => {}) =>
  theFlag(
    visaSponsorshipRule(
      edit((p) => {
        p.citizenship = 'non-us';
        p.visa = 'h1b';
        p.target = 'ci-fellowship';
        delete p.residencies;
        delete p.deadline;
        p.exams = [{ exam: 'step3', result: 'pass', score: 221, date: '2023-11' }];
        p.timeline = timeline;
        change(p);
      }),
      today,
    ),
  );

const J1_RESIDENCY = {
  from: '2022-07',
  to: '2025-06',
  activity: 'us-clinical',
  note: 'pediatrics residency on an ECFMG J-1',
} as const;

describe('the visa rule for an H-1B member who trained on a J-1', () => {
  it('with a Conrad 30 waiver held: the service term, not "settle your J-1 first", and a clash with the start', () => {
    const f = flagFor([
      J1_RESIDENCY,
      {
        from: '2025-07',
        to: 'present',
        activity: 'us-clinical',
        note: 'hospitalist on H-1B under a Conrad 30 waiver, commitment until 2028-06',
      },
    ]);
    expect(f.severity).toBe('medium');
    expect(f.title).toContain('J-1 waiver commitment');
    expect(f.why).toContain('training on a J-1 (Jul 2022 – Jun 2025)');
    expect(f.why).toContain('about 11 months on H-1B so far (Jul 2025 – now)');
    expect(f.actions.join(' ')).not.toContain('Settle your J-1 first');
    expect(f.actions[0]).toContain('runs to Jun 2028, so a fellowship starting Jul 2027 would begin before it ends');
  });

  it('a Conrad 30 waiver with no end date in the note is counted three years from the waiver job', () => {
    const f = flagFor(
      [
        J1_RESIDENCY,
        { from: '2023-01', to: 'present', activity: 'us-clinical', note: 'Conrad 30 waiver job, on H-1B' },
      ],
      '2026-06-22',
      (p) => {
        p.timeline![0] = { ...J1_RESIDENCY, from: '2019-07', to: '2022-06' };
      },
    );
    // Inferred, not told: the end is "about", and the home rule is lifted only "if" it was served.
    expect(f.actions[0]).toContain(
      'would have run to about Dec 2025, before a fellowship starting Jul 2027. If you served it in full, the J-1 two-year home-residence requirement no longer stands in the way of an H-1B or a green card, and changing employer after the three years does not bring it back',
    );
  });

  it('a commitment that ends before the start raises nothing by itself', () => {
    const f = flagFor([
      { ...J1_RESIDENCY, from: '2020-07', to: '2023-12' },
      {
        from: '2024-01',
        to: 'present',
        activity: 'us-clinical',
        note: 'on H-1B, Conrad 30 waiver, commitment to Dec 2026',
      },
    ]);
    expect(f.actions[0]).toContain('runs to Dec 2026, before a fellowship starting Jul 2027');
    expect(f.severity).toBe('low');
  });

  it('without a waiver the two-year rule still comes first', () => {
    const f = flagFor([
      J1_RESIDENCY,
      { from: '2025-07', to: 'present', activity: 'us-clinical', note: 'hospitalist; no J-1 waiver yet, wants H-1B' },
    ]);
    expect(f.actions[0]).toContain('Settle your J-1 first');
    // Time since Jul 2025 was on neither visa by this note: J-1 time ends with the residency.
    expect(f.why).toContain('training on a J-1 (Jul 2022 – Jun 2025)');
    expect(f.why).not.toContain('on H-1B so far');
  });

  it('H-1B time that would end right at the six-year limit is told it has no margin', () => {
    const f = flagFor([{ from: '2023-08', to: 'present', activity: 'us-clinical', note: 'hospitalist, on H-1B' }]);
    expect(f.why).toContain('about 5 years 11 months by its end: only 1 month short of the limit');
    expect(f.actions.join(' ')).toContain('little or no margin');
  });

  it('past six years with an approved I-140 in the notes: told that it is the case extensions rest on', () => {
    const f = flagFor([
      { from: '2020-01', to: 'present', activity: 'us-clinical', note: 'hospitalist on H-1B; I-140 approved 2025-09' },
    ]);
    expect(f.severity).toBe('medium');
    expect(f.actions.join(' ')).toContain('You are already past six years on H-1B. Your note says your I-140');
    expect(f.actions.join(' ')).not.toContain('exist only in specific cases');
  });

  it('H-1B years in a non-clinical US job count toward the six', () => {
    const f = flagFor([
      {
        from: '2023-09',
        to: 'present',
        activity: 'informatics',
        note: 'clinical data analyst, Texas, on H-1B since 2023-09',
      },
    ]);
    expect(f.why).toContain('about 2 years 9 months on H-1B so far (Sep 2023 – now)');
  });
});

describe('a member who needs no visa, on a work permit', () => {
  const onPermit = (note: string, today = '2026-06-18') =>
    visaSponsorshipRule(
      edit((p) => {
        p.citizenship = 'non-us';
        p.visa = 'not-needed';
        p.target = 'ci-fellowship';
        delete p.deadline;
        p.timeline = [{ from: '2025-01', to: 'present', activity: 'research', note }];
      }),
      today,
    ).flags;

  // Within the first training year, a season ahead (13 months to the start): medium either way since
  // trial 23 (permit-timing.test.ts); low is kept for ends after the first year.
  it('is told when the note says the permit ends before the training would start or in its first year (medium)', () => {
    const before = onPermit('research coordinator; working on a TPS-based EAD valid through 2027-05');
    expect(before.map((f) => [f.id, f.severity])).toEqual([['visa-sponsorship', 'medium']]);
    expect(before[0]!.why).toContain('May 2027, before a fellowship starting Jul 2027');
    const during = onPermit('analyst, EAD (asylum pending) expires March 2028');
    expect(during.map((f) => f.severity)).toEqual(['medium']);
    expect(during[0]!.why).toContain('during a fellowship starting Jul 2027');
  });

  it('tells a member granted asylum or refugee status that the card is renewed, never to seek a J-1', () => {
    for (const note of [
      'interpreter; asylee, EAD card valid to 2027-03, I-485 pending',
      'came as a refugee in 2022; work permit card expires May 2027',
      'asylum granted 2023; EAD through 2027-04',
    ]) {
      const [f, ...rest] = onPermit(note);
      expect(rest).toEqual([]);
      expect(f!.severity).toBe('low');
      expect(f!.why).toMatch(/the right to work comes with the status itself/);
      expect(f!.actions.join(' ')).not.toMatch(/J-1|H-1B/);
      expect(f!.actions.join(' ')).toMatch(/when to file the renewal/);
    }
    // Asylum applied for is not asylum granted: that permit can end, and a visa fallback is weighed
    // with an attorney first (what a J-1 would mean for a pending case: visa-fallback-words.test.ts).
    const pending = onPermit('research coordinator; EAD (pending asylum case) valid through 2027-05');
    expect(pending[0]!.severity).toBe('medium');
    expect(pending[0]!.actions.join(' ')).toMatch(/J-1 \(sponsored by ECFMG\) needs a Statement of Need/);
  });

  it('raises nothing for a permit with no end date, one that outlasts the training, or a past permit', () => {
    expect(onPermit('analyst; work authorized incident to status (EAD)')).toEqual([]);
    expect(onPermit('research assistant on an EAD valid until 2030-01')).toEqual([]);
    expect(onPermit('research job; my old OPT ended 2024-05, now a green card holder')).toEqual([]);
  });
});

describe('the training start a work permit is weighed against is the season the timeline plans', () => {
  // The report as the member gets it: with the season options the CLI and the app pass.
  const permitFlag = (target: Profile['target'], today: string, deadline?: string) => {
    const p = edit((x) => {
      x.citizenship = 'non-us';
      x.visa = 'not-needed';
      x.target = target;
      if (deadline) x.deadline = deadline;
      else delete x.deadline;
      x.timeline = [
        { from: '2025-06', to: 'present', activity: 'informatics', note: 'data analyst, H-4 EAD good until May 2028' },
      ];
    });
    return redFlags(p, today, seasonOptions(p, today)).flags.find((f) => f.id === 'visa-sponsorship');
  };

  it('mid-season with no deadline, plans the next season: the same July the season note names', () => {
    const p = edit((x) => {
      x.target = 'residency-informatics-track';
      delete x.deadline;
    });
    expect(seasonOptions(p, '2026-12-05').nextSeason?.startYear).toBe(2028);
    const december = permitFlag('residency-informatics-track', '2026-12-05');
    expect(december?.why).toContain('May 2028, before a residency starting Jul 2028');
    expect(december?.severity).toBe('medium');
    // Said the same way with the deadline of that next season set.
    expect(permitFlag('residency-informatics-track', '2026-12-05', '2027-09-24')?.why).toContain(
      'before a residency starting Jul 2028',
    );
    // February, before Match Day: a member who has not said they applied plans the next season too.
    expect(permitFlag('residency-informatics-track', '2027-02-10')?.why).toContain('starting Jul 2028');
    // A fellowship applicant in October, interviews under way, no deadline: the fellowship after next.
    expect(permitFlag('ci-fellowship', '2026-10-15')?.why).toContain('before a fellowship starting Jul 2028');
  });

  it('keeps this season when the member applied in it (deadline passed) or the season has not begun', () => {
    expect(permitFlag('residency-informatics-track', '2026-12-05', '2026-09-20')?.why).toContain(
      'during a residency starting Jul 2027',
    );
    expect(permitFlag('residency-informatics-track', '2026-05-02')?.why).toContain(
      'during a residency starting Jul 2027',
    );
  });
});

describe('the two-year home-residence requirement named as met', () => {
  it.each([
    ['hospitalist, Manila; J-1 two-year home-residence requirement fulfilled 2025-07', '2025-07'],
    ['back home in Lahore, 2-year rule completed in 2024-11', '2024-11'],
    ['GP in Accra; home residency requirement satisfied', ''],
  ])('%s', (note, month) => {
    expect(noteHomeRuleMet(note)).toBe(month);
  });

  it.each([
    'two-year home-residence requirement not yet fulfilled',
    'working at home until the two-year rule is met',
    'hospitalist; home-residence requirement to be completed 2027-06',
    'the J-1 two-year rule applies to me',
  ])('not met: %s', (note) => {
    expect(noteHomeRuleMet(note)).toBeUndefined();
  });

  it('tells a J-1 member whose note says it is met that H-1B is open too, instead of "may already be met"', () => {
    const f = theFlag(
      visaSponsorshipRule(
        edit((p) => {
          p.citizenship = 'non-us';
          p.visa = 'j1';
          p.target = 'ci-fellowship';
          delete p.residencies;
          p.timeline = [
            { from: '2019-07', to: '2022-06', activity: 'us-clinical', note: 'IM residency on a J-1' },
            {
              from: '2022-07',
              to: 'present',
              activity: 'clinical',
              note: 'hospitalist at home; two-year home-residence requirement fulfilled 2024-07',
            },
          ];
        }),
        '2026-06-22',
      ),
    );
    const text = f.actions.join(' ');
    expect(text).toContain('Your note says you have met the two-year home-residence requirement (Jul 2024)');
    expect(text).not.toContain('may then already be met');
  });
});
