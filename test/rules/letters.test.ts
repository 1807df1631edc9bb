import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { planLetterSlots } from '../../src/rules/letter-slots.js';
import { LETTER_RULES, reviewLetters } from '../../src/rules/letters.js';
import { EXAMPLE_PROFILE, ROOT } from '../helpers/cli.js';
import { DEADLINE, TODAY, letter } from './letters-fixtures.js';
import { writerSteps } from '../../src/composers/lor-steps.js';

/** A strong CI-fellowship portfolio that no rule should flag. */
function strong(over: Partial<Profile> = {}): Profile {
  return {
    version: 1,
    target: 'ci-fellowship',
    specialty: 'internal medicine',
    deadline: DEADLINE,
    letters: [
      letter(),
      letter({ writer: 'Dr. Attending', role: 'attending', informatics: false, year: 2025 }),
      letter({ writer: 'Dr. Qi', role: 'qi-lead', setting: 'abroad', year: 2024 }),
    ],
    ...over,
  };
}

const ids = (p: Profile, today = TODAY) => reviewLetters(p, today).findings.map((f) => f.id);
const only = (p: Profile, id: string, today = TODAY) => reviewLetters(p, today).findings.filter((f) => f.id === id);

describe('reviewLetters', () => {
  it('finds nothing in a strong, recent, mixed portfolio', () => {
    expect(reviewLetters(strong(), TODAY)).toEqual({ findings: [] });
  });

  it('reports the example profile as weak/stale Dr. Haddad and a low informatics share', () => {
    const profile = JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Profile;
    const { findings } = reviewLetters(profile, '2026-11-22');
    expect(findings.map((f) => [f.id, f.severity, f.writer])).toEqual([
      ['informatics-share-low', 'medium', undefined],
      ['weak-writer', 'medium', 'Dr. Haddad'],
      ['stale-letter', 'medium', 'Dr. Haddad'],
    ]);
    // 54 days before the deadline: not a late ask.
    expect(findings.some((f) => f.id === 'late-ask')).toBe(false);
  });

  it('returns a planning note instead of findings when no letters are given', () => {
    const missing = reviewLetters(strong({ letters: undefined as never }), TODAY);
    expect(missing.findings).toEqual([]);
    expect(missing.note).toMatch(/does not say who is writing your letters/);
    expect(missing.note).toMatch(/informatics/);
    const empty = reviewLetters(strong({ letters: [] }), TODAY);
    // An empty list says "none": too few for any application, on top of the plan.
    expect(empty.findings.map((f) => [f.id, f.severity])).toEqual([['too-few-letters', 'high']]);
    expect(empty.note).toMatch(/empty/);
  });

  it('mentions professionalism and the ask-by date in the no-letters note when relevant', () => {
    const { note } = reviewLetters(
      { version: 1, deadline: DEADLINE, professionalism: [{ kind: 'report', date: '2021-03' }] },
      TODAY,
    );
    expect(note).toMatch(/professionalism/);
    expect(note).toMatch(/3 Jun 2027/);
  });

  describe('informatics letters', () => {
    it('flags no informatics letter as high for a CI fellowship and medium otherwise', () => {
      const none = strong().letters!.map((l) => ({ ...l, informatics: false }));
      expect(only(strong({ letters: none }), 'no-informatics-letter')[0]?.severity).toBe('high');
      expect(
        only(strong({ letters: none, target: 'residency-informatics-track' }), 'no-informatics-letter')[0]?.severity,
      ).toBe('medium');
      expect(only(strong({ letters: none, target: undefined as never }), 'no-informatics-letter')[0]?.severity).toBe(
        'medium',
      );
    });

    it('with no informatics letter for a CI fellowship, adds informatics-share-low in one line that points to the other finding', () => {
      // A blind profile labelled both: 0 of 3 is below half. The share line stays short.
      const none = strong().letters!.map((l) => ({ ...l, informatics: false }));
      const r = reviewLetters(strong({ letters: none }), TODAY).findings;
      expect(r.map((f) => f.id)).toEqual(expect.arrayContaining(['no-informatics-letter', 'informatics-share-low']));
      expect(r.find((f) => f.id === 'informatics-share-low')!.message).toMatch(
        /^0 of your \d+ letters are informatics-oriented; .* The finding on informatics letters says whom to ask\.$/,
      );
      expect(ids(strong({ letters: none, target: 'residency-informatics-track' }))).not.toContain(
        'informatics-share-low',
      );
    });

    it('accepts exactly half informatics letters (1 of 2) for a CI fellowship', () => {
      const letters = [letter(), letter({ writer: 'Dr. B', role: 'attending', informatics: false })];
      expect(ids(strong({ letters }))).not.toContain('informatics-share-low');
    });

    it('flags 1 of 3 informatics letters for a CI fellowship but not for a residency track', () => {
      const letters = [
        letter(),
        letter({ writer: 'Dr. B', role: 'attending', informatics: false }),
        letter({ writer: 'Dr. C', role: 'attending', informatics: false }),
      ];
      const found = only(strong({ letters }), 'informatics-share-low');
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(/1 of your 3/);
      expect(ids(strong({ letters, target: 'residency-informatics-track' }))).not.toContain('informatics-share-low');
    });
  });

  it('flags no US letter as medium', () => {
    const letters = strong().letters!.map((l) => ({ ...l, setting: 'abroad' as const }));
    expect(only(strong({ letters }), 'no-us-letter').map((f) => f.severity)).toEqual(['medium']);
  });

  it('flags no physician letter as high', () => {
    const letters = strong().letters!.map((l) => ({ ...l, physician: false }));
    expect(only(strong({ letters }), 'no-physician-letter').map((f) => f.severity)).toEqual(['high']);
  });

  describe('weak writers', () => {
    it('flags a family friend as high, naming them', () => {
      const letters = [...strong().letters!, letter({ writer: 'Uncle Sam', role: 'family-friend' })];
      const found = only(strong({ letters }), 'weak-writer');
      expect(found.map((f) => [f.writer, f.severity])).toEqual([['Uncle Sam', 'high']]);
      expect(found[0]?.message).toContain('Uncle Sam');
    });

    it('flags a chair or other writer who did not observe directly as medium, one finding each', () => {
      const letters = [
        ...strong().letters!.slice(0, 2),
        letter({ writer: 'Prof. Chair', role: 'department-chair', directObservation: false }),
        letter({ writer: 'Dr. Famous', role: 'other', directObservation: false }),
      ];
      expect(only(strong({ letters }), 'weak-writer').map((f) => [f.writer, f.severity])).toEqual([
        ['Prof. Chair', 'medium'],
        ['Dr. Famous', 'medium'],
      ]);
    });

    it('does not flag a chair who supervised the member directly', () => {
      const letters = [...strong().letters!.slice(0, 2), letter({ writer: 'Prof. Chair', role: 'department-chair' })];
      expect(ids(strong({ letters }))).not.toContain('weak-writer');
    });
  });

  it('flags a letter as stale at 4 years but not at 3, and no new finding for a letter old only by the year programs read it', () => {
    expect(LETTER_RULES.staleAfterYears).toBe(3);
    const at = (year: number) => [...strong().letters!.slice(0, 2), letter({ writer: 'Dr. Old', year })];
    // Letters sent this year (deadline in December): today's year.
    const thisYear = { deadline: '2026-12-20' };
    expect(ids(strong({ ...thisYear, letters: at(2023) }), '2026-11-22')).not.toContain('stale-letter');
    const found = only(strong({ ...thisYear, letters: at(2022) }), 'stale-letter', '2026-11-22');
    expect(found.map((f) => [f.writer, f.severity])).toEqual([['Dr. Old', 'medium']]);
    expect(found[0]?.message).toMatch(/2022, 4 years ago/);
    // The deadline is next year: a letter three years old today is four when programs read it.
    expect(ids(strong({ letters: at(2024) }), '2026-11-22')).not.toContain('stale-letter');
    expect(ids(strong({ letters: at(2023) }), '2026-11-22')).not.toContain('stale-letter');
    // Old only by then: weighed in the ranking and slots, never a finding id outside the contract.
    expect(ids(strong({ letters: at(2023) }), '2026-11-22')).not.toContain('letter-ages-by-season');
  });

  it('treats "en", "English" and "en-US" as English and flags "fr"', () => {
    const withLang = (language: string) => [...strong().letters!.slice(0, 2), letter({ writer: 'Dr. L', language })];
    for (const lang of ['en', 'English', 'en-US'])
      expect(ids(strong({ letters: withLang(lang) }))).not.toContain('non-english-letter');
    const found = only(strong({ letters: withLang('fr') }), 'non-english-letter');
    expect(found.map((f) => [f.writer, f.severity])).toEqual([['Dr. L', 'medium']]);
  });

  it('flags more than 4 letters as low, but not exactly 4', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => letter({ writer: `Dr. ${i}` }));
    expect(ids(strong({ letters: many(4) }))).not.toContain('too-many-letters');
    expect(only(strong({ letters: many(5) }), 'too-many-letters').map((f) => f.severity)).toEqual(['low']);
  });

  describe('late asks', () => {
    const askedDaysBefore = (days: number) =>
      strong({ letters: [letter({ asked: addDays(DEADLINE, -days) }), ...strong().letters!.slice(1)] });
    const lateFor = (days: number) => only(askedDaysBefore(days), 'late-ask').map((f) => f.severity);

    it('rates a planned ask 27 days ahead high, 28 and 41 low, 42 and 43 fine', () => {
      expect(lateFor(27)).toEqual(['high']);
      expect(lateFor(28)).toEqual(['low']);
      expect(lateFor(41)).toEqual(['low']);
      expect(lateFor(42)).toEqual([]);
      expect(lateFor(43)).toEqual([]);
    });

    it('counts a writer not yet asked as asked today', () => {
      expect(only(strong(), 'late-ask', addDays(DEADLINE, -27)).map((f) => f.severity)).toEqual([
        'high',
        'high',
        'high',
      ]);
      expect(only(strong(), 'late-ask', addDays(DEADLINE, -42))).toEqual([]);
    });

    it('rates an ask already made under 4 weeks ahead medium and names the writer and dates', () => {
      const p = strong({ letters: [letter({ asked: addDays(DEADLINE, -20) })] });
      const [f] = only(p, 'late-ask', addDays(DEADLINE, -10));
      expect(f?.severity).toBe('medium');
      expect(f?.writer).toBe('Dr. Cmio');
      expect(f?.message).toMatch(/25 Jun 2027.*20 days.*15 Jul 2027/);
    });

    it('says so when the ask falls after the deadline', () => {
      const [f] = only(strong({ letters: [letter({ asked: addDays(DEADLINE, 3) })] }), 'late-ask');
      expect(f?.severity).toBe('high');
      expect(f?.message).toMatch(/after your deadline/);
    });

    it('skips the timing check when no deadline is given', () => {
      expect(ids(strong({ deadline: undefined as never }), DEADLINE)).not.toContain('late-ask');
    });
  });

  it('asks for professionalism corroboration only when a professionalism entry exists and no letter covers it', () => {
    const entry = { professionalism: [{ kind: 'probation' as const, date: '2021-05' }] };
    expect(only(strong(entry), 'no-professionalism-corroboration').map((f) => f.severity)).toEqual(['high']);
    const covered = strong({
      ...entry,
      letters: [...strong().letters!.slice(0, 2), letter({ writer: 'Dr. P', mentionsProfessionalism: true })],
    });
    expect(ids(covered)).not.toContain('no-professionalism-corroboration');
    expect(ids(strong({ professionalism: [] }))).not.toContain('no-professionalism-corroboration');
  });

  it('sorts findings most severe first', () => {
    const letters = [letter({ writer: 'A', physician: false, setting: 'abroad', year: 2020, language: 'fr' })];
    const sev = reviewLetters(strong({ letters }), TODAY).findings.map((f) => f.severity);
    expect(sev).toEqual(
      [...sev].sort((a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b)),
    );
  });

  it('cites only sections that exist in the knowledge guides', () => {
    const everything = strong({
      professionalism: [{ kind: 'report', date: '2021-01' }],
      letters: [
        ...Array.from({ length: 4 }, (_, i) =>
          letter({ writer: `W${i}`, informatics: false, physician: false, setting: 'abroad' }),
        ),
        letter({
          writer: 'F',
          role: 'family-friend',
          ...{ informatics: false, physician: false, setting: 'abroad' as const },
          ...{ year: 2019, language: 'fr', directObservation: false, asked: DEADLINE },
        }),
      ],
    });
    const fewAndLate = strong({
      residencies: [
        { country: 'USA', specialty: 'internal medicine', from: '2023-07', to: 'present', completed: false },
      ],
      letters: [letter({ asked: addDays(DEADLINE, -3) })],
    });
    const findings = [...reviewLetters(everything, TODAY).findings, ...reviewLetters(fewAndLate, TODAY).findings];
    // Every id (informatics-share-low now beside no-informatics-letter too).
    expect(new Set(findings.map((f) => f.id)).size).toBe(12);
    for (const f of findings) {
      expect(f.sources.length).toBeGreaterThan(0);
      for (const s of f.sources) {
        const text = readFileSync(join(ROOT, 'knowledge', `${s.doc}.md`), 'utf8');
        expect(text, `${s.doc}#${s.section}`).toContain(`{#${s.section}}`);
      }
    }
  });
});

describe('how many letters', () => {
  const n = (count: number) =>
    strong({ letters: Array.from({ length: count }, (_, i) => letter({ writer: `Dr. ${i}`, role: 'attending' })) });

  it('flags fewer than 3 letters: high for 0 or 1, medium for 2, nothing from 3', () => {
    expect(only(n(1), 'too-few-letters').map((f) => f.severity)).toEqual(['high']);
    expect(only(n(2), 'too-few-letters').map((f) => f.severity)).toEqual(['medium']);
    expect(only(n(3), 'too-few-letters')).toEqual([]);
    expect(only(n(2), 'too-few-letters')[0]?.message).toMatch(/only 2 letter writers.*at least 3.*1 more/);
  });

  it('does not judge the number when the list was not given at all', () => {
    expect(reviewLetters(strong({ letters: undefined as never }), TODAY).findings).toEqual([]);
  });

  it('names the ERAS limit of 4 letters per program, citing it', () => {
    const many = strong({ letters: Array.from({ length: 6 }, (_, i) => letter({ writer: `Dr. ${i}` })) });
    const [f] = only(many, 'too-many-letters');
    expect(f?.message).toMatch(/assign at most 4 to each program/);
    expect(f?.sources).toContainEqual({ doc: 'letters', section: 'eras-letter-limits' });
    expect(only(n(2), 'too-few-letters')[0]?.sources).toContainEqual({ doc: 'letters', section: 'eras-letter-limits' });
  });
});

describe('no-program-director-letter', () => {
  const res = (over: Partial<NonNullable<Profile['residencies']>[number]> = {}) => ({
    country: 'United States',
    specialty: 'pediatrics',
    from: '2023-07',
    to: 'present',
    completed: false,
    accreditation: 'acgme' as const,
    ...over,
  });

  it('is high for a fellowship applicant in (or after) a US residency with no letter from its program director', () => {
    const [f] = only(strong({ residencies: [res()] }), 'no-program-director-letter');
    expect(f?.severity).toBe('high');
    expect(f?.message).toContain('program director of your pediatrics residency in the United States');
    expect(
      only(strong({ residencies: [res({ to: '2025-06', completed: true })] }), 'no-program-director-letter'),
    ).toHaveLength(1);
  });

  it('is medium when the only residency was abroad', () => {
    const [f] = only(
      strong({ residencies: [res({ country: 'Egypt', accreditation: 'other', to: '2022-06', completed: true })] }),
      'no-program-director-letter',
    );
    expect(f?.severity).toBe('medium');
  });

  it('is satisfied by a program-director letter, and not raised without a residency or for a residency track', () => {
    const withPd = strong({
      residencies: [res()],
      letters: [...strong().letters!, letter({ writer: 'Dr. Pd', role: 'program-director', informatics: false })],
    });
    expect(ids(withPd)).not.toContain('no-program-director-letter');
    expect(ids(strong({ residencies: [] }))).not.toContain('no-program-director-letter');
    expect(ids(strong())).not.toContain('no-program-director-letter'); // residencies not given
    expect(ids(strong({ residencies: [res()], target: 'residency-informatics-track' }))).not.toContain(
      'no-program-director-letter',
    );
  });

  it('puts the program director in the clinical slot', () => {
    const withPd = strong({
      residencies: [res()],
      letters: [...strong().letters!, letter({ writer: 'Dr. Pd', role: 'program-director', informatics: false })],
    });
    const slots = planLetterSlots(withPd, TODAY).slots;
    expect(slots.find((x) => x.slot === 'clinical')?.writer).toBe('Dr. Pd');
  });
});

describe('late asks only for writers the plan uses', () => {
  it('gives no late-ask to a writer no slot needs, but does to one in a slot', () => {
    const spare = letter({ writer: 'Dr. Spare', role: 'other', informatics: false, asked: addDays(DEADLINE, -3) });
    const p = strong({
      letters: [
        ...strong().letters!,
        letter({ writer: 'Dr. Mentor', role: 'research-supervisor', informatics: false, year: 2025 }),
        spare,
      ],
    });
    expect(planLetterSlots(p, TODAY).spare).toContain('Dr. Spare');
    expect(only(p, 'late-ask', addDays(DEADLINE, -50)).map((f) => f.writer)).toEqual([]);
    const inSlot = strong({ letters: [letter({ asked: addDays(DEADLINE, -3) }), ...strong().letters!.slice(1)] });
    expect(only(inSlot, 'late-ask', addDays(DEADLINE, -50)).map((f) => f.writer)).toEqual(['Dr. Cmio']);
  });

  it('never gives a family friend timing advice', () => {
    const p = strong({
      letters: [...strong().letters!, letter({ writer: 'Uncle', role: 'family-friend', directObservation: false })],
    });
    expect(only(p, 'late-ask', addDays(DEADLINE, -10)).map((f) => f.writer)).not.toContain('Uncle');
  });
});

describe('the no-letters note', () => {
  it('never gives an ask-by date in the past', () => {
    const p: Profile = { version: 1, deadline: DEADLINE, letters: [] };
    expect(reviewLetters(p, '2027-05-22').note).toMatch(/Ask by 3 Jun 2027/);
    expect(reviewLetters(p, '2027-06-19').note).toMatch(/Ask now/);
    expect(reviewLetters(p, '2027-06-19').note).not.toMatch(/3 Jun 2027/);
    expect(reviewLetters(p, '2027-08-01').note).toMatch(/has passed: check each program/);
  });

  it('asks a fellowship applicant with a residency for the program director’s letter', () => {
    const note = reviewLetters(
      {
        version: 1,
        target: 'ci-fellowship',
        residencies: [{ country: 'USA', specialty: 'pediatrics', from: '2023-07', to: 'present', completed: false }],
      },
      TODAY,
    ).note;
    expect(note).toMatch(/pediatrics residency program director/);
  });
});

describe('an old letter from the residency program director', () => {
  it('is kept and refreshed, never dropped', () => {
    const p = strong({
      letters: [
        ...strong().letters!,
        letter({ writer: 'Dr. Pd', role: 'program-director', informatics: false, year: 2021 }),
      ],
    });
    const [f] = only(p, 'stale-letter');
    expect(f?.writer).toBe('Dr. Pd');
    expect(f?.severity).toBe('low');
    expect(f?.message).toMatch(/Keep this letter.*refresh it/);
    expect(f?.message).not.toMatch(/Prefer a writer/);
  });
});

describe('letter findings read right on the member’s day (rules review)', () => {
  const w = (writer: string, extra: Partial<Letter> = {}): Letter => ({
    writer,
    role: 'attending',
    setting: 'us',
    physician: true,
    informatics: false,
    directObservation: true,
    year: 2026,
    ...extra,
  });
  const base = (letters: Letter[], deadline: string): Profile => ({
    version: 1,
    target: 'ci-fellowship',
    letters,
    deadline,
  });

  it('says once that the deadline has passed instead of "aim for six weeks" per writer', () => {
    const p = base(
      [w('Dr. Ames', { asked: '2026-11-20' }), w('Dr. Bo', { informatics: true, role: 'cmio' }), w('Dr. Cy')],
      '2026-11-01',
    );
    const late = reviewLetters(p, '2026-12-03').findings.filter((f) => f.id === 'late-ask');
    expect(late).toHaveLength(1);
    expect(late[0]!.severity).toBe('high');
    expect(late[0]!.message).toMatch(/Your deadline \(1 Nov 2026\) has passed/);
    expect(late[0]!.message).toMatch(
      /Dr\. Ames was asked on 20 Nov 2026, 19 days after your deadline and 127 days after programs typically began reviewing fellowship applications in ERAS \(about 16 Jul 2026\)\. .*check in ERAS today whether that letter arrived; if it has not, ask Dr\. Ames to upload it this week/,
    );
    // Interviews have begun: the writers never asked are for the next application, not "ask today".
    expect(late[0]!.message).toMatch(
      /You have not asked Dr\. Bo and Dr\. Cy, .*a letter asked now is for your next application .*Ask by 21 May 2027/,
    );
    expect(late[0]!.message).not.toMatch(/ask Dr\. Bo and Dr\. Cy today/);
    expect(late[0]!.message).not.toMatch(/aim for 6 weeks/);
  });

  it('names the letter’s language in words', () => {
    const p = base([w('Dr. Tremblay', { language: 'fr' })], '2027-08-01');
    const f = reviewLetters(p, '2027-06-02').findings.find((x) => x.id === 'non-english-letter')!;
    expect(f.message).toContain("Dr. Tremblay's letter is in French.");
  });

  it('judges the informatics share on the four letters sent to each program when there are more', () => {
    const five = [
      w('Dr. Marsh', { role: 'program-director', year: 2023 }),
      w('Dr. Amadi', { role: 'cmio', informatics: true }),
      w('Dr. Whitaker', { role: 'informatics-faculty', informatics: true }),
      w('Dr. Mehra', { role: 'department-chair', directObservation: false }),
      w('Dr. Laurent', { year: 2025 }),
    ];
    const ids = reviewLetters(base(five, '2027-07-31'), '2027-08-01').findings.map((f) => f.id);
    expect(ids).toContain('too-many-letters');
    // Two of the four the slot plan sends are informatics letters: half, not below it.
    expect(ids).not.toContain('informatics-share-low');
  });
});

describe('no-us-letter for a fellowship applicant trained in Canada (rules review)', () => {
  it('is low and says Canadian letters are expected', () => {
    const p: Profile = {
      version: 1,
      target: 'ci-fellowship',
      residencies: [
        {
          country: 'Canada',
          specialty: 'family medicine',
          from: '2025-07',
          to: 'present',
          completed: false,
          accreditation: 'cfpc',
        },
      ],
      letters: [
        {
          writer: 'Dr. Tremblay',
          role: 'program-director',
          setting: 'abroad',
          physician: true,
          informatics: false,
          directObservation: true,
          year: 2026,
        },
      ],
    };
    const f = reviewLetters(p, '2026-07-08').findings.find((x) => x.id === 'no-us-letter')!;
    expect(f.severity).toBe('low');
    expect(f.message).toMatch(/With your Canadian residency that is expected/);
    const abroad = {
      ...p,
      residencies: [{ ...p.residencies![0]!, country: 'India', accreditation: 'other' as const }],
    };
    expect(reviewLetters(abroad, '2026-07-08').findings.find((x) => x.id === 'no-us-letter')!.severity).toBe('medium');
  });
});

describe('a late ask is measured against the day programs start reviewing, and says what to do now', () => {
  const w = (writer: string, extra: Partial<Letter> = {}): Letter => ({
    writer,
    role: 'attending',
    setting: 'us',
    physician: true,
    informatics: true,
    directObservation: true,
    year: 2026,
    ...extra,
  });
  const member = (target: Profile['target'], deadline: string, letters: Letter[]): Profile => ({
    version: 1,
    target,
    letters,
    deadline,
  });
  const lateOf = (p: Profile, today: string) => reviewLetters(p, today).findings.filter((f) => f.id === 'late-ask');

  it('a residency ask after review began, deadline still ahead: keeps the day count, names the review day, asks for the upload', () => {
    const p = member('residency-informatics-track', '2026-10-20', [
      w('Dr. Okafor', { asked: '2026-10-02' }),
      w('Dr. Lind', { asked: '2026-08-01' }),
      w('Dr. Sato', { asked: '2026-08-01' }),
    ]);
    const [f] = lateOf(p, '2026-10-05');
    expect(f?.writer).toBe('Dr. Okafor');
    expect(f?.message).toContain('leaves 18 days before your 20 Oct 2026 deadline');
    expect(f?.message).toContain(
      '8 days after programs typically began reviewing residency applications in ERAS (about 24 Sep 2026)',
    );
    expect(f?.message).toContain('ask them to upload this week');
    expect(f?.message).not.toMatch(/can still make it|in time/);
  });

  it('a fellowship ask before review began says how far ahead of that day it was', () => {
    const p = member('ci-fellowship', '2026-08-05', [
      w('Dr. Varga', { asked: '2026-07-12' }),
      w('Dr. Lind', { asked: '2026-05-01' }),
      w('Dr. Sato', { asked: '2026-05-01' }),
    ]);
    const [f] = lateOf(p, '2026-07-13');
    expect(f?.message).toContain(
      '4 days before programs typically start reviewing fellowship applications in ERAS (about 16 Jul 2026)',
    );
  });

  it('after the deadline: the finding and the writer step both say check what arrived and ask for the upload this week', () => {
    const p = member('ci-fellowship', '2026-09-01', [
      w('Dr. Haile', { asked: '2026-08-20' }),
      w('Dr. Lind', { asked: '2026-05-01' }),
      w('Dr. Sato', { asked: '2026-05-01' }),
    ]);
    const [f] = lateOf(p, '2026-10-10');
    expect(f?.message).toContain(
      'Dr. Haile was asked on 20 Aug 2026, 12 days before your deadline and 35 days after programs typically began reviewing fellowship applications in ERAS',
    );
    expect(f?.message).toContain('if it has not, ask Dr. Haile to upload it this week');
    expect(f?.message).not.toMatch(/can still|in time/);
    // Asked before the passed deadline, with the season's results not out: this season's letter, to
    // check in MyERAS, never a request for the season after (judges of p361–p372).
    expect(writerSteps(p, '2026-10-10').find((s) => s.writer === 'Dr. Haile')!.next).toMatch(/still under way/);
    const applied = {
      ...p,
      timeline: [
        { from: '2026-06', to: 'present' as const, activity: 'us-clinical' as const, note: 'applied to 5 programs' },
      ],
    };
    const step = writerSteps(applied, '2026-10-10').find((s) => s.writer === 'Dr. Haile')!;
    expect(step.next).toContain('check in ERAS today whether the letter arrived');
    expect(step.next).toContain('ask them to upload it this week');
    expect(writerSteps(applied, '2026-10-10').find((s) => s.writer === 'Dr. Lind')!.next).toContain('no follow-up now');
  });
});
