/**
 * Round facts33: facts that live only in a member's timeline notes (a J-1 stay bound by 212(e), an
 * L-2 or E spouse's status, a booked retake, a fellowship match won while in the NRMP Match, an
 * unfinished fellowship) and current training (a preliminary or transitional year), each in several
 * wordings of our own, with near-misses that must not change.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { noteBookedExams } from '../../src/core/profile/booked-exam.js';
import { noteHomeRuleBinds, noteSpouseWorkStatus } from '../../src/rules/redflag-rules/visa-notes.js';
import { redFlags } from '../../src/rules/redflags.js';
import { timelineForProfile } from '../../src/composers/prematch-timeline.js';
import { mockPlan } from '../../src/mock/plan.js';

const DIR = join(import.meta.dirname, '../corpus/profiles');
const load = (id: string) =>
  JSON.parse(
    readFileSync(
      join(
        DIR,
        readdirSync(DIR).find((f) => f.startsWith(`${id}-`))!,
      ),
      'utf8',
    ),
  ) as {
    profile: Profile;
    today: string;
  };
const flag = (p: Profile, today: string, id: string) => redFlags(p, today).flags.find((f) => f.id === id);
const text = (f: ReturnType<typeof flag>) => (f ? `${f.title} ${f.why} ${f.actions.join(' ')}` : '');
const allText = (p: Profile, today: string) => {
  const r = redFlags(p, today);
  return [
    ...r.flags.map((f) => `${f.title} ${f.why} ${f.actions.join(' ')}`),
    ...(r.notes ?? []),
    ...(r.passed ?? []),
  ].join(' ');
};

describe('the two-year home-residence rule from a J-1 stay that was not clinical training', () => {
  const base = load('p392');
  /** The research stay's note and the current note rewritten. */
  const withNotes = (stay: string, now: string): Profile => {
    const p = structuredClone(base.profile);
    p.timeline![3]!.note = stay;
    p.timeline![4]!.note = now;
    return p;
  };
  const bound: [string, string][] = [
    [
      'Visiting researcher in Chicago on a J-1, paid by a Fulbright grant',
      'Back home as a staff internist since 2025-09',
    ],
    [
      'J-1 exchange visitor (research), Houston',
      'Staff internist at home; my DS-2019 said I am subject to 212(e), no waiver',
    ],
    ["Research fellow in Seattle on J-1, funded by my country's Ministry of Health", 'Internist at home again'],
    ['Postdoc, San Diego, J-1', 'Working at home; serving the 2-year home residence requirement since September 2025'],
  ];
  it('closes the H-1B (medium, not low) and keeps a new J-1 open, in other wordings', () => {
    for (const [stay, now] of bound) {
      const f = flag(withNotes(stay, now), base.today, 'visa-sponsorship');
      expect(f?.severity, stay).toBe('medium');
      expect(text(f), stay).toMatch(/cannot get an H-1B/);
      expect(text(f), stay).toMatch(/does not stop a new J-1/);
      expect(text(f), stay).toMatch(/in SOAP accept offers from programs that sponsor the J-1/);
    }
  });
  it('counts the months at home by the start for the corpus member', () => {
    expect(text(flag(base.profile, base.today, 'visa-sponsorship'))).toMatch(/about 22 of the 24 months/);
  });
  it('leaves a waiver granted, a rule met, a rule denied and a self-funded short visit alone', () => {
    for (const [stay, now] of [
      ['Research scholar in Boston on a J-1 (government scholarship)', 'Internist at home; J-1 waiver granted in 2026'],
      [
        'Research scholar, Boston, J-1, subject to 212(e)',
        'Internist; two-year home residence requirement fulfilled 2025-08',
      ],
      [
        'Research scholar in Boston on a J-1',
        'Internist at home; my DS-2019 says I am not subject to the two-year rule',
      ],
      ['Two-week J-1 short-term scholar visit to a Boston lab, self-funded', 'Internist at home'],
    ] as [string, string][]) {
      const f = flag(withNotes(stay, now), base.today, 'visa-sponsorship');
      expect(text(f), stay + now).not.toMatch(/binds you to the two-year/);
    }
  });
  it('reads the notes by meaning', () => {
    expect(noteHomeRuleBinds('checking whether the two-year rule applies to me')).toBe(false);
    expect(noteHomeRuleBinds('J-1 research scholar (university salary)')).toBe(false);
    expect(noteHomeRuleBinds('212(e) applies (skills list)')).toBe(true);
  });
});

describe('an L-2 or E spouse works incident to status', () => {
  const base = load('p394');
  const withNote = (note: string): Profile => {
    const p = structuredClone(base.profile);
    p.timeline!.at(-1)!.note = note;
    return p;
  };
  it('says no EAD is needed and no sponsorship to start, in other wordings', () => {
    for (const note of [
      'Research coordinator; on L-2 status as the spouse of an L-1B engineer, I-94 (L-2S) valid to 2029-03',
      "Registry coordinator, E-2S (spouse of my husband's E-2 investor business), I-94 expires March 2029",
      'Coordinator, Newark; L2S I-94 until 2029-03',
    ]) {
      const t = text(flag(withNote(note), base.today, 'visa-sponsorship'));
      expect(t, note).toMatch(/no EAD is needed/);
      expect(t, note).toMatch(/without visa sponsorship/);
      expect(t, note).not.toMatch(/your permit can be renewed/);
    }
  });
  it('keeps the EAD reading for an H-4 spouse, and a spouse who only names a partner on L-1', () => {
    const h4 = text(
      flag(withNote('Research coordinator on an H-4 EAD valid to 2029-03'), base.today, 'visa-sponsorship'),
    );
    expect(h4).not.toMatch(/no EAD is needed/);
    expect(noteSpouseWorkStatus("my husband's L-1A runs to 2029")).toBeUndefined();
    expect(noteSpouseWorkStatus('our son is on L-2 (child)')).toBeUndefined();
  });
});

describe('a booked retake timed against results and the rank deadline', () => {
  const base = load('p389');
  const withNote = (note: string): Profile => {
    const p = structuredClone(base.profile);
    p.timeline!.at(-1)!.note = note;
    return p;
  };
  it('reads a booking with its date in other wordings', () => {
    expect(noteBookedExams('retake booked for 2027-02-03')).toEqual([{ date: '2027-02-03' }]);
    expect(noteBookedExams('Step 2 CK scheduled on 12 Feb 2027')).toEqual([{ exam: 'step2ck', date: '2027-02-12' }]);
    expect(noteBookedExams('sitting the OET on March 4, 2027')).toEqual([{ exam: 'oet', date: '2027-03-04' }]);
    expect(noteBookedExams('Step 3 booked for 12 May 2027')).toEqual([{ exam: 'step3', date: '2027-05-12' }]);
  });
  it('does not read a wish, a plan or a missing date as a booking', () => {
    for (const note of [
      'might retake Step 2 CK in February 2027',
      'planning to book Step 3 in 2027-05',
      'retake: no date yet',
      'thinking about retaking Step 2 CK around 2027-02',
    ])
      expect(noteBookedExams(note), note).toEqual([]);
  });
  it('tells the timing and what waits on the certificate', () => {
    for (const note of [
      'GP, Hawassa; Step 2 CK retake booked for 2027-02-03',
      'GP; my Step 2 CK re-sit is scheduled on 5 February 2027',
      'GP; test date for the Step 2 CK retake confirmed: Feb 10, 2027',
    ]) {
      const t = text(flag(withNote(note), base.today, 'exam-failure'));
      expect(t, note).toMatch(/booked for/);
      expect(t, note).toMatch(/three to four weeks/);
      expect(t, note).toMatch(/rank order list deadline/);
      expect(t, note).toMatch(/sponsors a J-1 only for a certified physician/);
    }
    const maybe = text(flag(withNote('GP; might retake Step 2 CK in spring 2027'), base.today, 'exam-failure'));
    expect(maybe).not.toMatch(/booked for/);
    const t = timelineForProfile(base.today as never, base.profile);
    const now = t.phases.find((ph) => ph.id === t.current);
    expect(now?.actions[0]).toMatch(/Step 2 CK retake is booked for 3 Feb 2027/);
  });
});

describe('a fellowship match won while also in the NRMP Match', () => {
  const base = load('p391');
  const withNote = (note: string): Profile => {
    const p = structuredClone(base.profile);
    p.timeline!.at(-1)!.note = note;
    return p;
  };
  it('says to withdraw from the NRMP and cancel residency interviews, in other wordings', () => {
    for (const note of [
      'Internist, Doha; matched in the AMIA CI match in December 2026; registered with the NRMP for categorical internal medicine too',
      'Internist, Doha; matched at a clinical informatics fellowship through AMIA (2026); two residency interviews left in January 2027',
      'CMIO deputy; matched in the AMIA match this December; also applied to residency programs in the Main Residency Match',
    ]) {
      const lead = timelineForProfile(base.today as never, withNote(note)).lead ?? '';
      expect(lead, note).toMatch(/withdraw from the NRMP Main Residency Match/);
      expect(lead, note).toMatch(/Cancel any residency interviews/);
    }
  });
  it('says nothing of the NRMP when the member never entered it, or withdrew already', () => {
    for (const note of [
      'Internist, Doha; matched in the December 2026 AMIA match',
      'Internist; matched in the AMIA match (2026); withdrew from the NRMP in November',
    ]) {
      const lead = timelineForProfile(base.today as never, withNote(note)).lead ?? '';
      expect(lead, note).toMatch(/You matched/);
      expect(lead, note).not.toMatch(/withdraw from the NRMP/);
    }
  });
});

describe('a preliminary or transitional year, and an unfinished fellowship', () => {
  it("tells a prelim PGY-1 now that the year ends by design, credit is each program's call, and rehearses it", () => {
    const { profile, today } = load('p386');
    const t = allText(profile, today);
    expect(t).toMatch(/one-year position by design/);
    expect(t).toMatch(/each program's decision/);
    expect(t).toMatch(/keep your program director informed/);
    expect(mockPlan(profile, today).questions.map((q) => q.id)).toContain('why-categorical-from-prelim');
  });
  it('tells a transitional-year graduate to expect PGY-1, and does not ask him the prelim-now question', () => {
    const { profile, today } = load('p396');
    expect(allText(profile, today)).toMatch(/Expect to start a categorical residency at PGY-1/);
    expect(mockPlan(profile, today).questions.map((q) => q.id)).not.toContain('why-categorical-from-prelim');
  });
  it('says nothing of the prelim year once a categorical residency followed it', () => {
    const { profile, today } = load('p386');
    const p = structuredClone(profile);
    p.residencies = [
      {
        country: 'United States',
        specialty: 'internal medicine (preliminary)',
        from: '2024-07',
        to: '2025-06',
        completed: true,
        accreditation: 'acgme',
      },
      {
        country: 'United States',
        specialty: 'internal medicine',
        from: '2025-07',
        to: 'present',
        completed: false,
        accreditation: 'acgme',
      },
    ];
    expect(allText(p, today)).not.toMatch(/preliminary year: /);
  });
  it("says a new program's credit for an unfinished fellowship is its call, in other wordings; not for one completed", () => {
    const { profile, today } = load('p390');
    const withNote = (note: string): Profile => {
      const p = structuredClone(profile);
      p.timeline![3]!.note = note;
      return p;
    };
    for (const note of [
      'ACGME clinical informatics fellowship, Baltimore; withdrew after five months for family reasons',
      'CI fellowship (first year), left before finishing to care for my father',
      'Informatics fellowship, did not complete it (family emergency)',
    ])
      expect(allText(withNote(note), today), note).toMatch(/Unfinished fellowship: .*its decision/);
    expect(allText(withNote('ACGME clinical informatics fellowship, Baltimore (completed)'), today)).not.toMatch(
      /Unfinished fellowship/,
    );
  });
  it('puts a dismissed resident on the re-entry and Match route, not the AMIA research phase', () => {
    const { profile, today } = load('p395');
    const t = timelineForProfile(today as never, profile);
    expect(t.current).toBeNull();
    expect(t.route?.calendar).toBe('nrmp-main');
    expect(t.lead).toMatch(/re-entry position/);
  });
});
