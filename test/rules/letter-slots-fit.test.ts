/**
 * The slot plan's numbers and words: how well each kind of writer fits each slot, the strength
 * score with its reasons, the tie-breaks, and the sentence each filled or empty slot shows.
 */
import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import {
  planLetterSlots,
  rankWriters,
  slotFit,
  slotLabel,
  SLOTS,
  writerStrength,
} from '../../src/rules/letter-slots.js';
import { isEnglish, isStale, isWeakWriter, roleLabel, yearsSince } from '../../src/rules/letter-facts.js';
import { attendingLetter as letter } from './letters-fixtures.js';

const TODAY = '2026-11-22';
const ci = (letters: Letter[]): Profile => ({ version: 1, target: 'ci-fellowship', letters });
const track = (letters: Letter[]): Profile => ({ version: 1, target: 'residency-informatics-track', letters });

describe('letter facts', () => {
  it('reads English in its usual spellings and tags, and treats a missing language as English', () => {
    expect(['en', 'English', ' EN ', 'en-US', 'en_GB', undefined].map(isEnglish)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['fr', 'eng', 'enx', 'Spanish', 'ben-BD'].map(isEnglish)).toEqual([false, false, false, false, false]);
  });

  it('counts years from the calendar year, stale after three at the season the letters are used in', () => {
    // Letters sent this year (a deadline still ahead this year): today's year decides.
    const thisYear: Profile = { ...track([]), deadline: '2026-12-15' };
    expect(yearsSince(letter('A', { year: 2023 }), TODAY)).toBe(3);
    expect(isStale(letter('A', { year: 2023 }), thisYear, TODAY)).toBe(false);
    expect(isStale(letter('A', { year: 2022 }), thisYear, TODAY)).toBe(true);
  });

  it('judges a letter at the season programs will read it, not today', () => {
    const old = letter('A', { year: 2023 });
    // A deadline next summer: the letter is over three years old by then.
    expect(isStale(old, { ...ci([]), deadline: '2027-08-15' }, '2026-12-07')).toBe(true);
    // No deadline, after this season's interviews began: the member prepares next year's application.
    expect(isStale(old, ci([]), '2026-10-02')).toBe(true);
    expect(isStale(old, track([]), '2026-12-20')).toBe(true);
    // Spring, no deadline: the application goes out this year.
    expect(isStale(old, ci([]), '2026-04-10')).toBe(false);
    // The deadline passed: the letters went this year.
    expect(isStale(old, { ...ci([]), deadline: '2026-08-01' }, '2026-12-07')).toBe(false);
  });

  it('calls a family friend or anyone who did not watch the member work weak', () => {
    expect(isWeakWriter(letter('A'))).toBe(false);
    expect(isWeakWriter(letter('A', { role: 'family-friend' }))).toBe(true);
    expect(isWeakWriter(letter('A', { directObservation: false }))).toBe(true);
  });

  it('names every role in words', () => {
    const roles: Letter['role'][] = [
      'attending',
      'program-director',
      'informatics-faculty',
      'cmio',
      'research-supervisor',
      'qi-lead',
      'department-chair',
      'non-physician-supervisor',
      'family-friend',
      'other',
    ];
    expect(roles.map((role) => roleLabel(letter('A', { role })))).toEqual([
      'attending',
      'residency program director',
      'informatics faculty member',
      'CMIO',
      'research supervisor',
      'QI lead',
      'department chair',
      'non-physician supervisor',
      'family friend',
      'writer',
    ]);
  });
});

describe('slotFit', () => {
  const fits = (l: Letter) => SLOTS.map((s) => slotFit(l, s));

  it('clinical: observing physicians only, program director first, US setting counts', () => {
    expect(slotFit(letter('PD', { role: 'program-director' }), 'clinical')).toBe(7);
    expect(slotFit(letter('Att'), 'clinical')).toBe(6);
    expect(slotFit(letter('Att', { setting: 'abroad' }), 'clinical')).toBe(4);
    expect(slotFit(letter('Chair', { role: 'department-chair', setting: 'abroad' }), 'clinical')).toBe(3);
    // A CMIO or a research supervisor oversaw no patient care: below any clinical role.
    expect(slotFit(letter('Cmio', { role: 'cmio' }), 'clinical')).toBe(2);
    expect(slotFit(letter('Rs', { role: 'research-supervisor' }), 'clinical')).toBe(2);
    expect(slotFit(letter('Np', { physician: false }), 'clinical')).toBe(0);
    expect(slotFit(letter('Far', { directObservation: false }), 'clinical')).toBe(0);
  });

  it('informatics: informatics writers only, observing ones first (CMIO and faculty, then QI leads; physicians count), an unobserving one weakly', () => {
    expect(slotFit(letter('C', { role: 'cmio', informatics: true }), 'informatics')).toBe(6);
    expect(
      slotFit(letter('F', { role: 'informatics-faculty', informatics: true, physician: false }), 'informatics'),
    ).toBe(5);
    expect(slotFit(letter('Q', { role: 'qi-lead', informatics: true }), 'informatics')).toBe(5);
    expect(slotFit(letter('A', { informatics: true }), 'informatics')).toBe(4);
    expect(slotFit(letter('A'), 'informatics')).toBe(0);
    expect(slotFit(letter('A', { informatics: true, directObservation: false }), 'informatics')).toBe(1);
  });

  it('research: research supervisors and QI leads first, informatics counts; a remote research mentor fits weakly', () => {
    expect(slotFit(letter('R', { role: 'research-supervisor' }), 'research')).toBe(3);
    expect(slotFit(letter('R', { role: 'research-supervisor', informatics: true }), 'research')).toBe(4);
    expect(slotFit(letter('Q', { role: 'qi-lead' }), 'research')).toBe(3);
    expect(slotFit(letter('A', { informatics: true }), 'research')).toBe(1);
    expect(slotFit(letter('A'), 'research')).toBe(0);
    expect(slotFit(letter('R', { role: 'research-supervisor', directObservation: false }), 'research')).toBe(1);
    expect(slotFit(letter('Q', { role: 'qi-lead', directObservation: false }), 'research')).toBe(0);
    expect(slotFit(letter('A', { informatics: true, directObservation: false }), 'research')).toBe(0);
  });

  it('wildcard: anyone but a family friend, observers above the rest', () => {
    expect(fits(letter('A'))[3]).toBe(1);
    expect(fits(letter('A', { directObservation: false }))).toEqual([0, 0, 0, 0.5]);
    expect(fits(letter('F', { role: 'family-friend', informatics: true }))).toEqual([0, 0, 0, 0]);
  });
});

describe('writerStrength', () => {
  it('adds each preference with its reason in words', () => {
    expect(writerStrength(letter('Dr. C', { role: 'cmio', informatics: true }), ci([]), TODAY)).toEqual({
      writer: 'Dr. C',
      score: 14,
      reasons: [
        '+3 watched you work directly',
        '+2 US setting',
        '+3 speaks to informatics',
        '+2 physician',
        '+2 recent (2026)',
        '+2 role: CMIO',
      ],
    });
  });

  it('weighs informatics less outside a CI fellowship, and marks older, foreign, unobserved letters', () => {
    expect(
      writerStrength(
        letter('Dr. F', {
          role: 'department-chair',
          setting: 'abroad',
          informatics: true,
          physician: false,
          directObservation: false,
          year: 2024,
          language: 'fr',
        }),
        { version: 1, letters: [] },
        TODAY,
      ),
    ).toEqual({
      writer: 'Dr. F',
      score: 2,
      reasons: [
        'did not observe you directly',
        '+2 speaks to informatics',
        '+1 fairly recent (2024)',
        '-1 not in English (fr)',
      ],
    });
  });

  it('reads a residency applicant the way residency programs do: supervised patient care first, informatics a plus', () => {
    const chair = letter('Dr. F', { role: 'department-chair', setting: 'abroad', informatics: true, year: 2024 });
    expect(writerStrength(chair, track([]), TODAY).reasons).toEqual([
      '+3 watched you work directly',
      '+1 speaks to informatics (a plus for the track)',
      '+2 physician',
      '+2 supervised your patient care',
      '+1 fairly recent (2024)',
      '+1 role: department chair',
    ]);
    const member: Profile = { ...track([]), specialty: 'pediatrics' };
    const peds = writerStrength(letter('Dr. Ana Ruiz, pediatrics hospitalist'), member, TODAY);
    expect(peds.reasons).toContain('+1 in your specialty (pediatrics)');
    const cmio = writerStrength(letter('Dr. Cho (CMIO)', { role: 'cmio', informatics: true }), member, TODAY);
    // A CMIO outranks an attending for a fellowship; for a residency the attending comes first.
    expect(peds.score).toBeGreaterThan(cmio.score);
    expect(
      writerStrength(letter('Dr. Cho (CMIO)', { role: 'cmio', informatics: true }), ci([]), TODAY).score,
    ).toBeGreaterThan(writerStrength(letter('Dr. Ana Ruiz, pediatrics hospitalist'), ci([]), TODAY).score);
  });

  it('counts a letter from last year as recent, three years back as fairly recent, older as neither', () => {
    const sentThisYear: Profile = { ...ci([]), deadline: '2026-12-15' };
    const recency = (year: number) =>
      writerStrength(letter('A', { year }), sentThisYear, TODAY).reasons.filter((r) => /recent/.test(r));
    expect(recency(2025)).toEqual(['+2 recent (2025)']);
    expect(recency(2023)).toEqual(['+1 fairly recent (2023)']);
    expect(recency(2022)).toEqual([]);
  });

  it('measures recency at the season the letters go to programs, not today', () => {
    // December, applying next July: a 2023 letter will be four years old when programs read it.
    const nextSummer: Profile = { ...ci([]), deadline: '2027-08-15' };
    const recency = (year: number) =>
      writerStrength(letter('A', { year }), nextSummer, '2026-12-07').reasons.filter((r) => /recent/.test(r));
    expect(recency(2026)).toEqual(['+2 recent (2026)']);
    expect(recency(2024)).toEqual(['+1 fairly recent (2024)']);
    expect(recency(2023)).toEqual([]);
  });

  it('takes points off a family friend', () => {
    const s = writerStrength(letter('Uncle', { role: 'family-friend', physician: false }), ci([]), TODAY);
    expect(s.reasons).toContain('-3 role: family friend');
    expect(s.score).toBe(3 + 2 + 2 - 3);
  });
});

describe('rankWriters', () => {
  it('puts the strongest first and keeps the member’s order on a tie', () => {
    const ranked = rankWriters(ci([letter('Weak', { directObservation: false }), letter('B'), letter('A')]), TODAY);
    expect(ranked.map((r) => r.writer)).toEqual(['B', 'A', 'Weak']);
    expect(rankWriters({ version: 1 }, TODAY)).toEqual([]);
    const four = rankWriters(ci(['D', 'C', 'B', 'A', 'E'].map((w) => letter(w))), TODAY);
    expect(four.map((r) => r.writer)).toEqual(['D', 'C', 'B', 'A', 'E']);
  });
});

describe('planLetterSlots', () => {
  it('gives each writer the slot they fit best, and the strongest writer a contested slot', () => {
    const plan = planLetterSlots(
      ci([
        letter('Abroad', { setting: 'abroad' }),
        letter('PD', { role: 'program-director' }),
        letter('Cmio', { role: 'cmio', informatics: true }),
        letter('Qi', { role: 'qi-lead', informatics: true, physician: false }),
      ]),
      TODAY,
    );
    expect(plan.slots.map((s) => s.writer)).toEqual(['PD', 'Cmio', 'Qi', 'Abroad']);
    expect(plan.spare).toEqual([]);
  });

  it('breaks an equal fit by slot order, then by strength, then by the member’s order', () => {
    // Both fit only the clinical slot and the wildcard: the stronger (more recent) one is clinical.
    const plan = planLetterSlots(ci([letter('Old', { year: 2021 }), letter('New')]), TODAY);
    expect(plan.slots.map((s) => s.writer)).toEqual(['New', undefined, undefined, 'Old']);
    const twins = planLetterSlots(ci([letter('First'), letter('Second')]), TODAY);
    expect(twins.slots.map((s) => s.writer)).toEqual(['First', undefined, undefined, 'Second']);
  });

  it('puts a writer who fits two slots equally in the earlier one', () => {
    // Informatics and research both fit at 4: the informatics slot comes first.
    const w = letter('Dr. R', { role: 'research-supervisor', informatics: true, setting: 'abroad' });
    expect(slotFit(w, 'informatics')).toBe(slotFit(w, 'research'));
    expect(planLetterSlots(ci([w]), TODAY).slots.map((s) => s.writer)).toEqual([
      undefined,
      'Dr. R',
      undefined,
      undefined,
    ]);
  });

  it('says why each writer fills their slot, and flags a weak fit', () => {
    const plan = planLetterSlots(
      ci([
        letter('Dr. Att', { setting: 'abroad' }),
        letter('Ms. Data', { role: 'informatics-faculty', informatics: true, physician: false }),
        letter('Dr. Res', { role: 'research-supervisor', physician: false }),
        letter('Dr. Chair', { role: 'department-chair', directObservation: false }),
      ]),
      TODAY,
    );
    expect(plan.slots).toEqual([
      {
        slot: 'clinical',
        writer: 'Dr. Att',
        why: 'A physician (attending) who supervised your clinical work abroad: they can vouch for your patient care, communication and teamwork.',
      },
      {
        slot: 'informatics',
        writer: 'Ms. Data',
        why: 'Saw your informatics work first-hand (informatics faculty member) and can describe your systems thinking and what you contributed. As a non-physician, they add technical depth; a physician-informatician would be stronger still.',
      },
      {
        slot: 'research',
        writer: 'Dr. Res',
        why: 'Can speak to your analytic skills, project ownership and perseverance (research supervisor).',
      },
      {
        slot: 'wildcard',
        writer: 'Dr. Chair',
        why: 'Fills the wildcard (department chair): character, resilience and growth over time. Weak fit: they did not observe your work directly, so replace them if you can.',
      },
    ]);
    const us = planLetterSlots(ci([letter('Dr. Us'), letter('Dr. Ci', { role: 'cmio', informatics: true })]), TODAY);
    expect(us.slots[0]!.why).toContain('supervised your clinical work in the US:');
    expect(us.slots[1]!.why).toBe(
      'Saw your informatics work first-hand (CMIO) and can describe your systems thinking and what you contributed.',
    );
  });

  it('never repeats the writer’s name in the reason printed after it', () => {
    const plan = planLetterSlots(
      ci([
        letter('Dr. Patel'),
        letter('Dr. Okafor', { role: 'cmio', informatics: true }),
        letter('Dr. Res', { role: 'research-supervisor', physician: false }),
        letter('Dr. Chair', { role: 'department-chair', directObservation: false }),
      ]),
      TODAY,
    );
    for (const s of plan.slots) if (s.writer) expect(s.why).not.toContain(s.writer);
  });

  it('says what to look for in each empty slot, the informatics one by target', () => {
    const empty = planLetterSlots({ version: 1, target: 'ci-fellowship' }, TODAY).slots.map((s) => s.why);
    expect(empty).toEqual([
      'Empty: ask a physician who supervised you clinically — a US attending from an observership or externship if you have one.',
      'Empty: for a CI fellowship this is the key letter — ask a CMIO, informatics faculty member or project mentor who saw your informatics work.',
      'Empty: a supervisor of informatics, data or QI research can speak to your analytic skills and persistence.',
      'Empty (optional): a long-term mentor who has seen you grow, in teaching, leadership or over years of work.',
    ]);
    const residency = planLetterSlots(
      { version: 1, target: 'residency-informatics-track', specialty: 'family medicine' },
      TODAY,
    );
    expect(residency.slots.map((s) => s.slot)).toEqual(['clinical', 'clinical-2', 'informatics', 'wildcard']);
    expect(residency.slots[1]!.why).toBe(
      'Empty: ask another physician who supervised your patient care, ideally in family medicine, a US attending from an externship, elective or clinical job if you have one: residency programs weigh these letters most.',
    );
    expect(residency.slots[2]!.why).toMatch(/^Empty \(a plus, not required\): for an informatics track/);
  });

  it('lists writers no slot takes, strongest first', () => {
    const plan = planLetterSlots(
      ci([
        letter('Uncle', { role: 'family-friend' }),
        ...['A', 'B', 'C', 'D'].map((w) => letter(w, { role: 'research-supervisor', informatics: true })),
        letter('E', { role: 'cmio', informatics: true }),
      ]),
      TODAY,
    );
    // The strongest research supervisor takes the research slot, its own, before the clinical one.
    expect(plan.slots.map((s) => s.writer)).toEqual(['B', 'E', 'A', 'C']);
    expect(plan.spare).toEqual(['D', 'Uncle']);
  });

  it('names the slots in words', () => {
    expect(SLOTS.map((s) => slotLabel(s))).toEqual([
      'clinical performance',
      'informatics / health IT',
      'academic / research',
      'wildcard (leadership, teaching or long-term mentor)',
    ]);
  });
});
