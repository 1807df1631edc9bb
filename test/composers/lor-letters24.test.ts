/**
 * Round letters24: a writer who asks the member to draft the letter; a follow-up's due date that
 * leaves the writer time; slots named by what each writer saw; a letter the notes record as in.
 * Each reading is checked on paraphrases of our own and on near-misses that must not change.
 */
import { describe, expect, it } from 'vitest';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import { composeLorPackage } from '../../src/composers/lor-package.js';
import { draftRequestNotes } from '../../src/composers/lor-draft-request.js';
import { writerSteps } from '../../src/composers/lor-steps.js';
import { askSeason } from '../../src/composers/lor-season.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { planLetterSlots, slotTitle } from '../../src/rules/letter-slots.js';
import { reviewLetters } from '../../src/rules/letters.js';

const w = (writer: string, over: Partial<Letter> = {}): Letter => ({
  writer,
  role: 'attending',
  setting: 'us',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2027,
  ...over,
});

/** A CI applicant in a US residency, three writers asked in June, deadline late August. */
const fellow = (note: string, letters?: Letter[]): Profile => ({
  version: 1,
  target: 'ci-fellowship',
  specialty: 'internal medicine',
  deadline: '2027-08-31',
  timeline: [{ from: '2024-07', to: 'present', activity: 'us-clinical', note }],
  residencies: [
    { country: 'United States', specialty: 'internal medicine', from: '2024-07', to: 'present', completed: false },
  ],
  letters: letters ?? [
    w('Dr. Omar Haddad', { role: 'program-director', asked: '2027-06-01' }),
    w('Dr. Grace Liu', { role: 'informatics-faculty', informatics: true, asked: '2027-06-01' }),
    w('Dr. Paul Ames', { role: 'cmio', informatics: true, asked: '2027-06-03' }),
  ],
});
const TODAY = '2027-07-15';

describe('a writer who asks the member to draft the letter', () => {
  it.each([
    ['My PD told me to write the letter myself and he would sign it', 'Dr. Omar Haddad'],
    ['Dr. Liu wants a draft from me before she edits it', 'Dr. Grace Liu'],
    ['Internal medicine residency; the CMIO asked me to prepare my own LOR', 'Dr. Paul Ames'],
    ['PGY-3. Dr. Haddad agreed, but asked me for a first draft of the letter', 'Dr. Omar Haddad'],
  ])('"%s" → the plan, the step, the package and the email answer it', (note, who) => {
    const p = fellow(note);
    const notes = draftRequestNotes(p, TODAY);
    expect(notes.map((n) => n.writer)).toEqual([who]);
    expect(notes[0]!.message).toMatch(/waive your right to see it/);
    expect(notes[0]!.message).toMatch(/Do not write it for them/);
    expect(notes[0]!.message).toMatch(/your CV, a short list of specific examples/);
    const step = writerSteps(p, TODAY).find((s) => s.writer === who)!;
    expect(step.next).toMatch(/asked you to draft the letter: do not/);
    // The follow-up email goes to the writer waiting for the answer, and gives it.
    const email = composeLorEmail(p, { today: TODAY });
    expect(email.writer?.writer).toBe(who);
    expect(email.body).toMatch(/in your own words/);
    expect(email.body).not.toMatch(/I will (?:write|draft) (?:it|the letter)/);
    const pkg = composeLorPackage(p, email.writer, TODAY);
    expect(pkg.lines.at(-1)).toMatch(/never a draft of the letter/);
  });

  it.each([
    'Dr. Liu offered to share a draft of her own letter with me',
    'Dr. Haddad asked me to send my CV and a list of examples',
    'my PD asked me to send a draft of my personal statement',
    'Dr. Ames will write the letter himself next week',
  ])('near-miss "%s": no draft advice', (note) => {
    const p = fellow(note);
    expect(draftRequestNotes(p, TODAY)).toEqual([]);
    expect(writerSteps(p, TODAY).some((s) => /draft the letter/.test(s.next))).toBe(false);
    expect(composeLorEmail(p, { today: TODAY }).body).not.toMatch(/in your own words/);
  });
});

describe('a due date in a follow-up leaves the writer time', () => {
  it.each(['2027-07-10', '2027-07-15', '2027-07-05'])(
    'a follow-up sent %s before programs read gives the own date',
    (today) => {
      const email = composeLorEmail(fellow('PGY-3'), { today });
      expect(email.kind).toBe('follow-up');
      expect(email.body).toMatch(/due by 31 Aug 2027/);
      expect(email.body).not.toMatch(/due by 16 Jul 2027/);
    },
  );
  it('an ask that leaves weeks before programs read still names that day (near-miss)', () => {
    const p = fellow('PGY-3', [w('Dr. Omar Haddad', { role: 'program-director' })]);
    expect(composeLorEmail(p, { today: '2027-05-20' }).body).toMatch(/due by 16 Jul 2027/);
  });
});

describe('slots named by what each writer saw', () => {
  it.each([
    ['cmio', false],
    ['cmio', true],
    ['informatics-faculty', true],
    ['non-physician-supervisor', false],
  ] as const)(
    'a second informatics writer (%s, physician %s) is titled as an informatics letter',
    (role, physician) => {
      const p = fellow('PGY-3', [
        w('Dr. Omar Haddad', { role: 'program-director' }),
        w('Dr. Grace Liu', { role: 'informatics-faculty', informatics: true }),
        w('Pat Ames', { role, physician, informatics: true }),
      ]);
      const slot = planLetterSlots(p, TODAY).slots.find((s) => s.writer === 'Pat Ames')!;
      expect(slotTitle(slot, p.target)).toMatch(/^another informatics letter/);
      expect(slot.why).not.toMatch(/analytic skills/);
    },
  );
  it('a research supervisor keeps the academic slot (near-miss)', () => {
    const p = fellow('PGY-3', [
      w('Dr. Omar Haddad', { role: 'program-director' }),
      w('Dr. Grace Liu', { role: 'informatics-faculty', informatics: true }),
      w('Dr. Ruth Kim', { role: 'research-supervisor', informatics: true }),
    ]);
    const slot = planLetterSlots(p, TODAY).slots.find((s) => s.writer === 'Dr. Ruth Kim')!;
    expect(slotTitle(slot, p.target)).toBe('academic / research');
  });

  const industry = (extra: Partial<Profile> = {}): Profile => ({
    version: 1,
    target: 'ci-fellowship',
    deadline: '2027-08-31',
    residencies: [
      { country: 'United States', specialty: 'internal medicine', from: '2010-07', to: '2013-06', completed: true },
    ],
    timeline: [
      { from: '2010-07', to: '2013-06', activity: 'us-clinical', note: 'IM residency' },
      { from: '2013-07', to: '2016-06', activity: 'us-clinical', note: 'Hospitalist' },
      {
        from: '2016-07',
        to: 'present',
        activity: 'informatics',
        note: 'Physician lead at a health-data company; no patient care',
      },
    ],
    letters: [
      w('Dr. Alan Reyes', { role: 'other', informatics: true, year: 2026, asked: '2027-06-15' }),
      w('Kim Vance, MSN', { role: 'cmio', physician: false, informatics: true, year: 2025, asked: '2027-06-15' }),
    ],
    ...extra,
  });
  it.each(['other', 'attending', 'department-chair'] as const)(
    'a %s who knows only the work after the last patient care is not told to vouch for it',
    (role) => {
      const p = industry();
      p.letters![0] = { ...p.letters![0]!, role };
      const plan = planLetterSlots(p, '2027-07-01');
      const clinical = plan.slots.find((s) => s.slot === 'clinical')!;
      expect(clinical.why).not.toMatch(/vouch for your patient care/);
      const pd = reviewLetters(p, '2027-07-01').findings.find((f) => f.id === 'no-program-director-letter');
      if (role !== 'department-chair') expect(pd?.message).not.toMatch(/sees your practice now/);
      expect(pd?.message ?? '').toMatch(/no patient care since Jun 2016|department chair/);
    },
  );
  it('a writer of the clinical years still vouches for patient care (near-miss)', () => {
    const p = industry();
    p.letters![0] = { ...p.letters![0]!, year: 2016 };
    const clinical = planLetterSlots(p, '2027-07-01').slots.find((s) => s.slot === 'clinical')!;
    expect(clinical.why).toMatch(/vouch for your patient care/);
  });
});

describe('a letter the notes record as in gets thanks, never a new request', () => {
  const mid = (note: string): Profile => ({
    version: 1,
    target: 'residency-informatics-track',
    specialty: 'pediatrics',
    timeline: [
      { from: '2019-04', to: '2021-07', activity: 'clinical', note: 'pediatric specialist, Cairo' },
      { from: '2024-06', to: '2024-08', activity: 'observership', note },
    ],
    letters: [
      w('Dr. Sarah Mitchell', { year: 2024, asked: '2026-06-15' }),
      w('Dr. Linda Park', { role: 'research-supervisor', physician: false, informatics: true, year: 2026 }),
    ],
  });
  it.each([
    'peds observership, Houston, got 1 LOR',
    'observership with Dr. Mitchell; her letter is already in ERAS',
    'Houston observership - Dr. Mitchell uploaded my letter in September',
    'observership; LOR received from the attending',
  ])('"%s" in December: thanks', (note) => {
    const p = mid(note);
    const l = p.letters![0]!;
    expect(askSeason(l, p, '2026-12-07')).toBe('received');
    const email = composeLorEmail(p, { today: '2026-12-07', writer: 'Dr. Sarah Mitchell' });
    expect(email.kind).toBe('thanks');
    expect(email.body).not.toMatch(/July 2028|Would you feel able/);
    const step = writerSteps(p, '2026-12-07').find((s) => s.writer === 'Dr. Sarah Mitchell')!;
    expect(step.next).toMatch(/nothing to ask or chase/);
    expect(step.next).not.toMatch(/July 2028/);
  });
  it.each([
    'peds observership, Houston; letter still pending',
    'observership; Dr. Mitchell has not uploaded her letter yet',
    'observership; waiting for Dr. Mitchell to upload the letter',
  ])('near-miss "%s": not read as received', (note) => {
    const p = mid(note);
    expect(askSeason(p.letters![0]!, p, '2026-12-07')).not.toBe('received');
  });
});
