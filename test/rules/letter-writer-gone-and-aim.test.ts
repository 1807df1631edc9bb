/**
 * Round fix28 (judges of p424 and p427): a writer who died, is gravely ill or cannot be reached gets
 * no email; a letter aimed at another specialty is not sent as it is. Paraphrases in other words and
 * near-misses that must not change.
 */
import { describe, expect, it } from 'vitest';
import { writerSteps } from '../../src/composers/lor-steps.js';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import { chooseWriter } from '../../src/composers/lor-context.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { writerUnavailable } from '../../src/rules/letter-notes.js';
import { letterAimedElsewhere } from '../../src/rules/letter-aim.js';
import { reviewLetters } from '../../src/rules/letters.js';
import { attendingLetter } from './letters-fixtures.js';

const member = (note: string, letters: Letter[], over: Partial<Profile> = {}): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'not-needed',
  target: 'residency-informatics-track',
  specialty: 'internal medicine',
  medSchool: { country: 'Peru', graduated: '2015-06' },
  deadline: '2026-09-24',
  timeline: [{ from: '2024-01', to: 'present', activity: 'research', note }],
  letters,
  ...over,
});

const KIM = attendingLetter('Dr. Hana Kim', { year: 2025, asked: '2026-07-01' });
const ODU = attendingLetter('Dr. Paul Odu', { year: 2025, asked: '2026-07-01', role: 'research-supervisor' });

describe('a writer who can no longer be asked', () => {
  it.each([
    'Dr. Kim passed away last month; her letter was uploaded in September',
    'Sadly Dr. Kim died in March',
    'the late Dr. Kim wrote my strongest letter',
    'Dr. Kim is in hospice care now',
    'Dr. Kim has been gravely ill since the autumn',
    'I cannot reach Dr. Kim any more, she left the hospital',
    'lost touch with Dr. Kim after she moved abroad',
    'Dr. Kim has not answered any of my emails since 2025',
  ])('reads "%s"', (note) => {
    expect(writerUnavailable(KIM, member(note, [KIM, ODU]))?.writer).toBe(KIM);
  });

  it.each([
    'Dr. Kim is on sabbatical in Spain but still reachable by email',
    "Dr. Kim's father died in March, so she asked for an extra week",
    'a patient Dr. Kim and I cared for died of sepsis',
    'Dr. Kim was ill for a week but has recovered and uploaded the letter',
    'Dr. Odu passed away in 2026',
  ])('does not read "%s" as Dr. Kim gone', (note) => {
    expect(writerUnavailable(KIM, member(note, [KIM, ODU]))).toBeUndefined();
  });

  it('gets no email, no thank-you and no later request; the uploaded letter stands this season', () => {
    const p = member('Dr. Kim passed away in January 2027; her letter was uploaded to ERAS in September 2026.', [
      KIM,
      ODU,
    ]);
    const today = '2027-02-20';
    const step = writerSteps(p, today).find((s) => s.writer === KIM.writer)!;
    expect(step.next).toMatch(/no letter emails/);
    expect(step.next).toMatch(/stays with the applications/);
    expect(step.next).toMatch(/another writer/);
    expect(step.next).not.toMatch(/thank-you now|updated letter rather|tell them/);
    expect(chooseWriter(p, today)?.writer).not.toBe(KIM.writer);
    expect(composeLorEmail(p, { today }).writer?.writer).not.toBe(KIM.writer);
  });

  it('a reachable writer on sabbatical keeps the usual steps', () => {
    const p = member('Dr. Kim is on sabbatical but answers emails; her letter was uploaded in September 2026.', [
      KIM,
      ODU,
    ]);
    const step = writerSteps(p, '2027-02-20').find((s) => s.writer === KIM.writer)!;
    expect(step.next).not.toMatch(/no letter emails/);
  });
});

describe('after the interviews, refresh and translation wait for a later season', () => {
  const abroad = attendingLetter('Dr. Luis Mora', {
    setting: 'abroad',
    role: 'program-director',
    year: 2016,
    language: 'es',
    asked: '2026-07-01',
  });
  it('at rank-list time, says leave it for this Match', () => {
    const f = reviewLetters(member('research', [KIM, ODU, abroad]), '2027-02-20').findings;
    for (const id of ['non-english-letter', 'stale-letter']) {
      const m = f.find((x) => x.id === id && x.writer === abroad.writer)!.message;
      expect(m).toMatch(/interviews are over/);
      expect(m).toMatch(/If you apply again/);
    }
  });
  it('before the deadline, still says to ask for English', () => {
    const f = reviewLetters(member('research', [KIM, ODU, abroad]), '2026-06-20').findings;
    expect(f.find((x) => x.id === 'non-english-letter')!.message).toMatch(/Ask for it in English/);
  });
});

describe('a letter aimed at another specialty', () => {
  const ci = (note: string, l: Letter) =>
    member(note, [l, KIM], { target: 'ci-fellowship', specialty: 'internal medicine', deadline: '2027-08-31' });
  const PD = attendingLetter('Dr. Ruth Bell', { role: 'program-director', year: 2024 });

  it.each([
    'my PD wrote my letter for cardiology fellowship applications in 2023',
    "Dr. Bell's letter was aimed at a GI fellowship",
    'the letter Dr. Bell gave me was written for my nephrology fellowship application',
    'Dr. Bell (PD) letter on file: written in 2022 for pulmonary critical care fellowship applications',
  ])('reads "%s" for a CI fellowship', (note) => {
    expect(letterAimedElsewhere(PD, ci(note, PD))).toBeDefined();
  });

  it.each([
    'my internal medicine PD, Dr. Bell, is writing my letter for the CI fellowship',
    'Dr. Bell wrote my letter for clinical informatics fellowship applications',
    'Dr. Bell will write a new letter for informatics fellowships; her old one was for cardiology',
    'Dr. Bell supervised my cardiology elective',
  ])('does not read "%s"', (note) => {
    expect(letterAimedElsewhere(PD, ci(note, PD))).toBeUndefined();
  });

  it('a residency applicant: a letter written for an IM residency is no mismatch for IM, one for surgery is', () => {
    const l = attendingLetter('Dr. Ruth Bell', { year: 2025 });
    expect(
      letterAimedElsewhere(l, member('Dr. Bell wrote my letter for IM residency applications', [l])),
    ).toBeUndefined();
    expect(
      letterAimedElsewhere(l, member('Dr. Bell wrote my letter for general surgery residency applications', [l]))
        ?.field,
    ).toMatch(/surgery/);
  });

  it('the step and the ask email say a new letter for this application', () => {
    const l = { ...PD, asked: '2027-06-01' };
    const p = ci('my PD letter was written for cardiology fellowship applications', l);
    const step = writerSteps(p, '2027-05-12').find((s) => s.writer === l.writer)!;
    expect(step.next).toMatch(/new letter addressed to your clinical informatics/);
    const email = composeLorEmail(p, { today: '2027-05-12', writer: l.writer });
    expect(email.body).toMatch(/aimed at that field; I am asking for a new letter/);
  });
});
