/**
 * Round letters25: a letter imported from an earlier season; emergency medicine's SLOEs; a writer
 * whose year with the member held no patient care; letters in SOAP week; a writer at the employer that
 * holds the member's visa; a retired writer told in the notes. Each reading is checked on paraphrases
 * of our own and on near-misses that must not change.
 */
import { describe, expect, it } from 'vitest';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import { composeLorPackage } from '../../src/composers/lor-package.js';
import { writerSteps } from '../../src/composers/lor-steps.js';
import type { Letter, Profile, TimelineEntry } from '../../src/core/profile/schema.js';
import { importedLetter, writerRetired } from '../../src/rules/letter-notes.js';
import { planLetterSlots } from '../../src/rules/letter-slots.js';
import { specialtyLetterNote } from '../../src/rules/letter-specialty.js';
import { employerAskAdvice } from '../../src/rules/letter-employer.js';
import { reviewLetters } from '../../src/rules/letters.js';

const w = (writer: string, over: Partial<Letter> = {}): Letter => ({
  writer,
  role: 'attending',
  setting: 'us',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2026,
  ...over,
});

const profile = (timeline: TimelineEntry[], letters: Letter[], over: Partial<Profile> = {}): Profile => ({
  version: 1,
  target: 'ci-fellowship',
  specialty: 'family medicine',
  deadline: '2027-08-15',
  timeline,
  letters,
  ...over,
});

const step = (p: Profile, today: string, writer: string) =>
  writerSteps(p, today).find((s) => s.writer === writer)!.next;

describe('a letter imported from an earlier season', () => {
  const letters = [
    w('Dr. Nora Quinn', { role: 'program-director', year: 2020 }),
    w('Dr. Ivan Petrov', { role: 'cmio', informatics: true, asked: '2027-06-01' }),
    w('Dr. Sam Lowe', { role: 'department-chair', asked: '2027-06-01' }),
  ];
  const job = (note: string): TimelineEntry[] => [{ from: '2020-08', to: 'present', activity: 'us-clinical', note }];
  it.each([
    'My residency PD Dr. Quinn retired; I re-used (imported) her 2020 letter in ERAS.',
    'I will import Dr. Quinn’s letter from last season.',
    'Dr. Quinn’s letter was uploaded last cycle and I am carrying it over',
    'Planning to reuse Quinn’s LOR from my 2025 application.',
  ])('reads "%s" and says what programs see, advising an updated letter', (note) => {
    const p = profile(job(note), letters);
    expect(importedLetter(letters[0]!, p, '2027-07-01')).toBeDefined();
    const next = step(p, '2027-07-01', 'Dr. Nora Quinn');
    expect(next).toMatch(/first uploaded, so programs see how old it is and that you applied before/);
    expect(next).toMatch(/updated letter/);
  });
  it('ties "them" to the writers the clause before named', () => {
    const p = profile(
      job("Dr. Petrov's and Dr. Lowe's letters were uploaded last season; I plan to import them again"),
      letters,
    );
    expect(importedLetter(letters[1]!, p, '2027-07-01')).toBeDefined();
    expect(importedLetter(letters[2]!, p, '2027-07-01')).toBeDefined();
    expect(importedLetter(letters[0]!, p, '2027-07-01')).toBeUndefined();
  });
  it.each([
    'Dr. Quinn wrote a fresh letter this season.',
    'Dr. Quinn updated her letter from last season.',
    'I did not import Dr. Quinn’s old letter; she is writing a new one.',
    'I imported my application data from last season.',
  ])('near-miss "%s": no import advice', (note) => {
    const p = profile(job(note), letters);
    expect(importedLetter(letters[0]!, p, '2027-07-01')).toBeUndefined();
    expect(step(p, '2027-07-01', 'Dr. Nora Quinn')).not.toMatch(/first uploaded/);
  });
  it('the stale-letter finding names the import too', () => {
    const p = profile(job('I will import Dr. Quinn’s letter from last season.'), letters);
    const stale = reviewLetters(p, '2027-07-01').findings.find((f) => f.id === 'stale-letter');
    expect(stale?.message).toMatch(/imported from an earlier season/);
  });
});

describe('a retired writer told in the notes', () => {
  const letters = [
    w('Dr. Hal Moss', { role: 'program-director', year: 2019 }),
    w('Dr. Ann Bell', { role: 'department-chair' }),
  ];
  it.each(['My old PD, Dr. Moss, retired in 2024.', 'Dr. Moss is emeritus now', 'residency director Moss has retired'])(
    'reads "%s"',
    (note) => {
      expect(
        writerRetired(
          letters[0]!,
          profile([{ from: '2019-07', to: 'present', activity: 'us-clinical', note }], letters),
        ),
      ).toBeDefined();
    },
  );
  it.each(['Dr. Moss will retire next year.', 'Dr. Moss is not retired.', 'I retired from surgery in 2018.'])(
    'near-miss "%s"',
    (note) => {
      expect(
        writerRetired(
          letters[0]!,
          profile([{ from: '2019-07', to: 'present', activity: 'us-clinical', note }], letters),
        ),
      ).toBeUndefined();
    },
  );
});

describe('emergency medicine: SLOEs', () => {
  const em = (note: string, letters: Letter[], over: Partial<Profile> = {}): Profile =>
    profile(
      [
        { from: '2026-05', to: '2026-06', activity: 'us-clinical', note: 'Emergency department externship, hands-on' },
        { from: '2026-07', to: 'present', activity: 'research', note },
      ],
      letters,
      { target: 'residency-informatics-track', specialty: 'EM', ...over },
    );
  const letters = [w('Dr. Kim Roe'), w('Dr. Lia Park', { role: 'research-supervisor', informatics: true, year: 2027 })];
  it('says programs rely on SLOEs, names the EM writer, and that a research letter does not replace one', () => {
    const note = specialtyLetterNote(em('ED outcomes research', letters), '2027-08-01')!;
    expect(note).toMatch(/Standardized Letter of Evaluation/);
    expect(note).toMatch(/Dr\. Kim Roe saw you work in US emergency medicine/);
    expect(note).toMatch(/Dr\. Lia Park can add a letter .* does not replace a SLOE/);
    expect(planLetterSlots(em('ED outcomes research', letters), '2027-08-01').mix).toMatch(/SLOE/);
  });
  it.each(['I have two SLOEs uploaded already', 'got 2 eSLOEs from my EM rotations'])(
    'an applicant with SLOEs ("%s") is told to use them',
    (note) => {
      expect(specialtyLetterNote(em(note, letters), '2027-08-01')).toMatch(/tell of 2 SLOEs/);
    },
  );
  it.each([
    ['a CI fellowship applicant who is an EM physician', { target: 'ci-fellowship' as const }],
    ['an internal medicine applicant', { specialty: 'internal medicine' }],
    ['a pediatric EM fellowship', { specialty: 'pediatric emergency medicine' }],
  ])('near-miss: %s hears nothing of SLOEs', (_name, over) => {
    expect(specialtyLetterNote(em('research', letters, over), '2027-08-01')).toBeUndefined();
  });
});

describe('a writer whose year with the member held no patient care', () => {
  const officer = w('Dr. Ray Diaz', { role: 'other', informatics: true, year: 2026 });
  const attending = w('Dr. May Fox', { year: 2025, asked: '2025-11-01' });
  const timeline: TimelineEntry[] = [
    { from: '2025-09', to: '2025-10', activity: 'us-clinical', note: 'FM externship, hands-on' },
    {
      from: '2025-11',
      to: 'present',
      activity: 'non-clinical-work',
      note: 'Epidemiologist, county public health department',
    },
  ];
  const rt = (letters: Letter[], t = timeline) => profile(t, letters, { target: 'residency-informatics-track' });
  it('is placed in the informatics slot, never told to vouch for patient care', () => {
    const plan = planLetterSlots(rt([attending, officer]), '2027-01-20');
    const slot = plan.slots.find((s) => s.writer === 'Dr. Ray Diaz')!;
    expect(slot.slot).toBe('informatics');
    expect(plan.slots.map((s) => s.why).join(' ')).not.toMatch(/Dr\. Ray Diaz.*vouch for your patient care/);
  });
  it('a teaching supervisor is asked about teaching, not Epic, clinical workflows or an IT team', () => {
    const teacher = w('Dr. Jo Hart, PhD', { role: 'non-physician-supervisor', physician: false, year: 2027 });
    const t: TimelineEntry[] = [
      { from: '2026-06', to: '2026-07', activity: 'us-clinical', note: 'Pediatric externship, hands-on' },
      { from: '2019-08', to: 'present', activity: 'education', note: 'Adjunct instructor, nursing programme' },
    ];
    const p = {
      ...rt([w('Dr. Lo'), teacher], t),
      usce: [{ kind: 'externship' as const, months: 2, ehr: 'Epic', handsOn: true }],
    };
    const body = composeLorEmail(p, { today: '2027-08-25', writer: 'Dr. Jo Hart, PhD' }).body;
    expect(body).toMatch(/how I taught/);
    expect(body).not.toMatch(/Epic|clinical workflows|IT or analytics team/);
    const pkg = composeLorPackage(p, teacher, '2027-08-25').lines.join('\n');
    expect(pkg).not.toMatch(/technical task|patient/);
    const why = planLetterSlots(p, '2027-08-25').slots.find((s) => s.writer === teacher.writer)!.why;
    expect(why).toMatch(/cannot speak to your clinical work/);
  });
  it('near-miss: a physician CMIO who saw informatics work during residency keeps the usual informatics reading', () => {
    const cmio = w('Dr. Ben Cho', { role: 'cmio', informatics: true, year: 2026 });
    const t: TimelineEntry[] = [{ from: '2024-07', to: 'present', activity: 'us-clinical', note: 'IM residency' }];
    const why = planLetterSlots(profile(t, [cmio]), '2026-12-01').slots.find((s) => s.writer === 'Dr. Ben Cho')!.why;
    expect(why).toMatch(/Saw your informatics work first-hand/);
    expect(why).not.toMatch(/cannot speak/);
  });
  it('near-miss: an attending in a year of clinical work is still the clinical writer', () => {
    const plan = planLetterSlots(rt([attending, officer]), '2027-01-20');
    expect(plan.slots.find((s) => s.writer === 'Dr. May Fox')!.why).toMatch(/vouch for your patient care/);
  });
});

describe('letters in SOAP week', () => {
  const letters = [
    w('Dr. Lee Chen', { role: 'research-supervisor', informatics: true, year: 2027, asked: '2026-07-15' }),
    w('Dr. Eva Carter', { role: 'department-chair', asked: '2026-07-15' }),
  ];
  const soap = (note: string) =>
    profile([{ from: '2022-07', to: 'present', activity: 'research', note }], letters, {
      target: 'residency-informatics-track',
      deadline: '2026-09-24',
    });
  it.each([
    'Monday: I matched to an advanced position but not a PGY-1, and I am eligible for SOAP.',
    'Going through SOAP this week after the Match.',
    'Unmatched in the 2027 Match; applying to unfilled programs.',
  ])('"%s": steps, note and package speak of the letters in ERAS, never a start date', (note) => {
    const p = soap(note);
    const today = '2027-03-16';
    expect(step(p, today, 'Dr. Lee Chen')).toMatch(/SOAP programs read the ERAS application/);
    const email = composeLorEmail(p, { today, writer: 'Dr. Lee Chen' });
    expect(email.body).toMatch(/SOAP/);
    expect(email.body).not.toMatch(/would start in July/);
    expect(composeLorPackage(p, letters[0]!, today).lines.join(' ')).toMatch(/assign up to four/);
  });
  it('near-miss: the same notes outside Match Week keep the usual plan', () => {
    const p = soap('Going through SOAP this week after the Match.');
    expect(step(p, '2027-02-10', 'Dr. Lee Chen')).not.toMatch(/SOAP/);
  });
});

describe('a writer at the employer that holds the member’s visa', () => {
  const boss = w('Dr. Sara Mills', { role: 'other', year: 2026 });
  const job = (note: string): TimelineEntry[] => [{ from: '2020-08', to: 'present', activity: 'us-clinical', note }];
  it.each([
    'Family physician at a clinic in Ohio, on H-1B; I-140 approved 2023.',
    'Hospitalist; my employer filed my approved I-140 and holds my H1B',
    'Staff physician on O-1 since 2023',
  ])('"%s": talk in person first, time the ask', (note) => {
    const advice = employerAskAdvice(boss, profile(job(note), [boss]), '2026-12-07');
    expect(advice).toMatch(/talk in person first/);
  });
  it('names the 180 days when the I-140 is approved', () => {
    const p = profile(job('Attending on H-1B, approved I-140 in 2023'), [boss]);
    expect(employerAskAdvice(boss, p, '2026-12-07')).toMatch(/180 days/);
    expect(step(p, '2026-12-07', 'Dr. Sara Mills')).toMatch(/talk in person first/);
  });
  it.each([
    'Research volunteer; still on H-4 without an EAD (my husband’s I-140 is pending).',
    'Hospitalist; green card holder since 2021.',
    'PGY-3 internal medicine resident on H-1B',
  ])('near-miss "%s": no employer warning', (note) => {
    expect(employerAskAdvice(boss, profile(job(note), [boss]), '2026-12-07')).toBeUndefined();
  });
  it('near-miss: a writer from an earlier job is not the current employer', () => {
    const old = w('Dr. Old Boss', { role: 'other', year: 2019 });
    expect(employerAskAdvice(old, profile(job('on H-1B now'), [old]), '2026-12-07')).toBeUndefined();
  });
});
