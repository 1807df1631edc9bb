/**
 * Letter drafts a member can send as written: an email claims "our work together" only for work the
 * profile ties to that writer; a follow-up goes only to a writer asked for the season still open
 * (the most urgent one the plan keeps); an ask from an earlier season needs a new request; once
 * the season's applications are in, the writer is thanked, not chased.
 */
import { saidApplied } from '../helpers/said-applied.js';
import { describe, expect, it } from 'vitest';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import { composeLorPackage } from '../../src/composers/lor-package.js';
import { askSeason } from '../../src/composers/lor-season.js';
import { writerSteps } from '../../src/composers/lor-steps.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { attendingLetter as w } from '../rules/letters-fixtures.js';

/** A member who led a tele-ICU build in Nairobi, then moved to a US analytics job. */
const movedAbroadToUs = (letters: Letter[], over: Partial<Profile> = {}): Profile => ({
  version: 1,
  citizenship: 'non-us',
  target: 'ci-fellowship',
  specialty: 'internal medicine',
  deadline: '2027-01-15',
  informatics: [
    { kind: 'project', title: 'tele-ICU dashboard rollout, Aga Khan Nairobi', outcome: '6 ICUs connected' },
    { kind: 'job', title: 'population health data analyst' },
  ],
  timeline: [
    {
      from: '2019-01',
      to: '2023-06',
      activity: 'clinical',
      note: 'physician, Aga Khan hospital Nairobi; led the tele-ICU dashboard rollout',
    },
    {
      from: '2023-09',
      to: 'present',
      activity: 'informatics',
      note: 'population health data analyst, health system in Ohio',
    },
  ],
  usce: [{ kind: 'observership', months: 2 }],
  letters,
  ...over,
});

describe('what a draft says the writer saw', () => {
  it('calls only the work from the writer’s own time and place "our work together"', () => {
    const cmio = w('Dr. Judith Kaplan', { role: 'cmio', informatics: true, year: 2026 });
    const { body } = composeLorEmail(movedAbroadToUs([cmio]), { today: '2026-10-01' });
    expect(body).toMatch(/our informatics work together \("population health data analyst"\)/);
    expect(body).not.toMatch(/together \("tele-ICU/);
    // The Nairobi supervisor of those years is asked about the Nairobi work.
    const nairobi = w('Dr. Otieno Were', { role: 'cmio', informatics: true, setting: 'abroad', year: 2022 });
    const other = composeLorEmail(movedAbroadToUs([nairobi]), { today: '2026-10-01' }).body;
    expect(other).toMatch(/our informatics work together \("tele-ICU dashboard rollout, Aga Khan Nairobi"\)/);
  });

  it('ties an item to the entry that names it in other words ("readmissions group" → "Readmission risk model")', () => {
    const p: Profile = {
      version: 1,
      target: 'ci-fellowship',
      deadline: '2027-01-15',
      informatics: [{ kind: 'research', title: 'Readmission risk model on EHR data' }],
      timeline: [
        { from: '2024-03', to: 'present', activity: 'research', note: 'research fellow, readmissions group, Boston' },
      ],
      letters: [w('Dr. Kofi Mensah', { role: 'research-supervisor', informatics: true })],
    };
    expect(composeLorEmail(p, { today: '2026-10-01' }).body).toMatch(
      /our informatics work together \("Readmission risk model on EHR data"\)/,
    );
  });

  it('names the member’s work without claiming the writer saw it when nothing ties an item to them', () => {
    const p = movedAbroadToUs([w('Dr. Reza Amini', { role: 'informatics-faculty', informatics: true, year: 2018 })]);
    const { body } = composeLorEmail(p, { today: '2026-10-01' });
    expect(body).not.toMatch(/our informatics work together/);
    expect(body).toMatch(/the informatics work you saw me do/);
    expect(body).toMatch(
      /separately, the informatics work I have done since then \("tele-ICU dashboard rollout, Aga Khan Nairobi"\) is described in the package/,
    );
    // A writer from this year may have seen it: no "since then".
    const recent = movedAbroadToUs([
      w('Dr. Reza Amini', { role: 'informatics-faculty', informatics: true, year: 2026 }),
    ]);
    expect(composeLorEmail(recent, { today: '2026-10-01' }).body).not.toMatch(/since then/);
    const pkg = composeLorPackage(p, p.letters![0]!, '2026-10-01').lines.join('\n');
    expect(pkg).not.toMatch(/Dr\. Reza Amini saw, for example/);
  });

  it('never says the member adapted to US clinical workflows without hands-on US clinical time', () => {
    const cmio = w('Dr. Judith Kaplan', { role: 'cmio', informatics: true });
    const noHandsOn = composeLorEmail(movedAbroadToUs([cmio]), { today: '2026-10-01' }).body;
    expect(noHandsOn).not.toMatch(/adapted to US clinical workflows/);
    expect(noHandsOn).toMatch(/how I worked within a US team/);
    const pkg = composeLorPackage(movedAbroadToUs([cmio]), cmio, '2026-10-01').lines.join('\n');
    expect(pkg).not.toMatch(/adjusted to the US team and its workflows|adapting to US workflows/);
    const withExternship = movedAbroadToUs([cmio], { usce: [{ kind: 'externship', months: 3, handsOn: true }] });
    expect(composeLorEmail(withExternship, { today: '2026-10-01' }).body).toMatch(/adapted to US clinical workflows/);
  });
});

describe('a writer is said to have seen only what their own entry supports', () => {
  /** A member who finished a master's abroad and started an informatics job the same year. */
  const degreeThenJob = (letters: Letter[]): Profile => ({
    version: 1,
    target: 'ci-fellowship',
    deadline: '2027-09-01',
    informatics: [
      { kind: 'degree', title: 'MSc medical informatics, Utrecht' },
      { kind: 'job', title: 'EHR integration lead, regional health board', outcome: 'lab results reach 60 clinics' },
    ],
    timeline: [
      { from: '2022-09', to: '2024-07', activity: 'education', note: 'MSc medical informatics, Utrecht' },
      { from: '2024-09', to: 'present', activity: 'informatics', note: 'EHR integration lead, regional health board' },
    ],
    letters,
  });

  it('a research supervisor from the year the degree ended is not said to have supervised the job begun that year', () => {
    const sup = w('Prof. Ines de Vries', {
      role: 'research-supervisor',
      setting: 'abroad',
      informatics: true,
      year: 2024,
    });
    const p = degreeThenJob([sup]);
    expect(composeLorEmail(p, { today: '2026-12-01' }).body).not.toMatch(/our informatics work together/);
    const pkg = composeLorPackage(p, sup, '2026-12-01').lines.join('\n');
    expect(pkg).not.toMatch(/Prof\. Ines de Vries saw, for example "EHR integration lead/);
  });

  it('the job’s own manager, in a year only the job covers, is asked about that job', () => {
    const boss = w('Dr. Lars Jansen', { role: 'cmio', setting: 'abroad', informatics: true, year: 2026 });
    expect(composeLorEmail(degreeThenJob([boss]), { today: '2026-12-01' }).body).toMatch(
      /our informatics work together \("EHR integration lead, regional health board"\)/,
    );
  });

  it('a research supervisor is never tied to a job, whatever the years', () => {
    const sup = w('Dr. Amara Nwosu', { role: 'research-supervisor', setting: 'abroad', informatics: true, year: 2026 });
    expect(composeLorEmail(degreeThenJob([sup]), { today: '2026-12-01' }).body).not.toMatch(
      /our informatics work together/,
    );
  });
});

describe('who gets the follow-up', () => {
  const deadline = '2026-09-15';
  const base = (letters: Letter[]): Profile => ({ version: 1, target: 'ci-fellowship', deadline, letters });

  it('follows up first with the writer asked closest to the deadline, not the strongest asked in spring', () => {
    const p = base([
      w('Dr. Maya Stein', { role: 'program-director', year: 2023, asked: '2026-08-28' }),
      w('Dr. Ivan Petrov', { role: 'cmio', informatics: true, asked: '2026-06-01' }),
      w('Dr. Lucia Gomez', { role: 'department-chair', asked: '2026-06-12' }),
    ]);
    const email = composeLorEmail(p, { today: '2026-09-01' });
    expect(email.kind).toBe('follow-up');
    expect(email.writer?.writer).toBe('Dr. Maya Stein');
  });

  it('sends no default email to a writer the plan does not keep', () => {
    const p = base([
      w('Dr. Hana Sato', { role: 'cmio', informatics: true, directObservation: false, asked: '2026-09-01' }),
      w('Dr. Omar Farouk', { asked: '2026-06-10' }),
      w('Ms. Dana Price', {
        role: 'non-physician-supervisor',
        physician: false,
        informatics: true,
        asked: '2026-06-10',
      }),
    ]);
    const steps = writerSteps(p, '2026-09-03');
    const kept = steps.filter((s) => s.status !== 'backup').map((s) => s.writer);
    const email = composeLorEmail(p, { today: '2026-09-03' });
    expect(kept).toContain(email.writer?.writer);
    expect(email.writer?.writer).not.toBe('Dr. Hana Sato');
  });
});

describe('an ask from an earlier season', () => {
  // Deadline next August; the writers were asked last May, for the season the member did not match in.
  const p: Profile = {
    version: 1,
    target: 'ci-fellowship',
    deadline: '2027-08-01',
    matchAttempts: 1,
    letters: [
      w('Dr. Alan Brooks', { role: 'program-director', year: 2024, asked: '2026-05-10' }),
      w('Dr. Rosa Lim', { role: 'cmio', informatics: true, setting: 'abroad', asked: '2027-05-01' }),
    ],
  };

  it('needs a new request, never a follow-up', () => {
    expect(askSeason(p.letters![0]!, p, '2027-01-26')).toBe('earlier');
    const [brooks] = writerSteps(p, '2027-01-26');
    expect(brooks!.status).toBe('to-ask');
    expect(brooks!.next).toMatch(/earlier season/);
    expect(brooks!.next).not.toMatch(/send a follow-up/);
    const email = composeLorEmail(p, { today: '2027-01-26', writer: 'Dr. Alan Brooks' });
    expect(email.kind).toBe('ask');
    expect(email.body).toMatch(/Would you feel able to write a strong letter/);
    expect(email.body).toMatch(/asked you on 10 May 2026, it was for an earlier season/);
    const plan = composeLorPackage(p, p.letters![0]!, '2027-01-26')
      .reminders.map((r) => r.what)
      .join('\n');
    expect(plan).not.toMatch(/no need to ask again/);
  });

  it('still follows up an ask made after last season’s deadline', () => {
    const recent = { ...p, letters: [w('Dr. Alan Brooks', { role: 'program-director', asked: '2026-12-01' })] };
    expect(askSeason(recent.letters[0]!, recent, '2027-01-26')).toBe('current');
    expect(composeLorEmail(recent, { today: '2027-01-26' }).kind).toBe('follow-up');
  });
});

describe('after the season’s deadline', () => {
  const p: Profile = saidApplied({
    version: 1,
    target: 'residency-informatics-track',
    specialty: 'internal medicine',
    deadline: '2026-09-25',
    letters: [
      w('Dr. Grace Okafor', { asked: '2026-08-10' }),
      w('Dr. Tomas Novak', { role: 'cmio', informatics: true, asked: '2026-09-01' }),
    ],
  });

  it('thanks the writers instead of chasing them, and plans a refresh only for a member applying again', () => {
    for (const today of ['2026-12-09', '2027-03-01']) {
      const email = composeLorEmail(p, { today });
      expect(email.kind).toBe('thanks');
      expect(email.body).not.toMatch(/following up|confirm|due by/i);
      const plan = composeLorPackage(p, email.writer, today)
        .reminders.map((r) => r.what)
        .join('\n');
      expect(plan).not.toMatch(/Gentle reminder|letter cut-off|send .* this package/);
      expect(plan).toMatch(/thank-you note/);
      expect(plan).toMatch(/Only if you apply again/);
      for (const s of writerSteps(p, today)) expect(s.next).not.toMatch(/send a follow-up/);
    }
  });
});

// Judge of p340: a first-time applicant (no earlier cycle) who asked 13 months before her deadline
// asked for this season, early; a member with earlier cycles keeps the one-year cut.
describe('an early ask by a first-time applicant', () => {
  const base = (matchAttempts: number | undefined): Profile => ({
    version: 1,
    target: 'residency-informatics-track',
    deadline: '2026-09-24',
    ...(matchAttempts === undefined ? {} : { matchAttempts }),
    letters: [
      {
        writer: 'Dr. Michael Torres',
        role: 'attending',
        setting: 'us',
        physician: true,
        informatics: false,
        directObservation: true,
        year: 2025,
        asked: '2025-08-04',
      },
    ],
  });
  it('is not called an earlier season’s ask when there was no earlier season', () => {
    const p = base(0);
    expect(askSeason(p.letters![0]!, p, '2027-01-06')).not.toBe('earlier');
    expect(askSeason(p.letters![0]!, p, '2026-05-01')).toBe('current');
  });
  it('keeps the one-year cut for a member who applied before', () => {
    const p = base(1);
    expect(askSeason(p.letters![0]!, p, '2026-05-01')).toBe('earlier');
  });
});

// Trial 17: a writer asked a year back, with no reply recorded and no word that the member applied,
// got a thank-you saying "my applications are now with the programs". Asked is not written, and an
// ask is not an application: the member gets a polite fresh ask, never thanks for an unknown letter.
describe('an ask with no reply recorded, from a member who has not said she applied', () => {
  const sandra = w('Sandra Lee', {
    role: 'non-physician-supervisor',
    physician: false,
    informatics: true,
    year: 2025,
    asked: '2025-11-15',
  });
  const base: Profile = { version: 1, target: 'ci-fellowship', specialty: 'internal medicine', matchAttempts: 0 };
  it.each([
    ['no deadline, asked a year back', { ...base, letters: [sandra] }, '2026-12-07'],
    ['no deadline, asked this summer', { ...base, letters: [{ ...sandra, asked: '2026-07-10' }] }, '2026-12-07'],
    [
      'a deadline that passed, its results out',
      { ...base, deadline: '2026-08-31', letters: [{ ...sandra, asked: '2026-07-01' }] },
      '2026-12-20',
    ],
    [
      'a residency member in March',
      { ...base, target: 'residency-informatics-track' as const, letters: [{ ...sandra, asked: '2026-09-01' }] },
      '2027-03-01',
    ],
  ])('%s: a polite new ask, no thanks, no "applications are with programs"', (_, p, today) => {
    expect(askSeason(p.letters![0]!, p, today)).toBe('unanswered');
    const email = composeLorEmail(p, { today, writer: 'Sandra Lee' });
    expect(email.kind).toBe('ask');
    expect(email.body).toMatch(/I wrote to you on .* about a letter of recommendation/);
    expect(email.body).not.toMatch(/Thank you for your support|applications are now with|now over/i);
    const [step] = writerSteps(p, today);
    expect(step!.next).toMatch(/records no reply/);
    expect(step!.next).not.toMatch(/^.*whose applications programs already have/);
    const plan = composeLorPackage(p, p.letters![0]!, today)
      .reminders.map((r) => r.what)
      .join('\n');
    expect(plan).not.toMatch(/send the thank-you note/);
  });

  // Judges of p361–p372: letters asked before a deadline now passed were re-asked "for July 2028" in
  // this season's interview, commit and rank weeks. Until the results, they are this season's.
  it.each([
    [
      'a fellowship member in commit weeks',
      { ...base, deadline: '2026-08-31', letters: [{ ...sandra, asked: '2026-07-01' }] },
      '2026-11-28',
      2027,
    ],
    [
      'a residency member in rank weeks',
      {
        ...base,
        target: 'residency-informatics-track' as const,
        deadline: '2026-09-20',
        letters: [{ ...sandra, asked: '2026-08-01' }],
      },
      '2027-02-20',
      2027,
    ],
  ])('%s: a note for this season, no request for the next', (_, p, today, start) => {
    expect(askSeason(p.letters![0]!, p, today)).toBe('in-season');
    const email = composeLorEmail(p, { today, writer: 'Sandra Lee' });
    expect(email.kind).toBe('follow-up');
    expect(email.body).toContain(`would start in July ${start}`);
    expect(email.body).not.toContain(`July ${start + 1}`);
    expect(email.body).toMatch(/If you have already uploaded it, thank you/);
    const [step] = writerSteps(p, today);
    expect(step!.next).toMatch(/still under way/);
    expect(step!.next).not.toContain(`July ${start + 1}`);
  });

  it('the same ask, once her own note says she applied with it: check the upload, then thanks', () => {
    const p: Profile = {
      ...base,
      letters: [{ ...sandra, asked: '2026-07-10' }],
      timeline: [
        {
          from: '2025-03',
          to: 'present',
          activity: 'informatics',
          note: 'EMR analyst; submitted my ERAS application in July',
        },
      ],
    };
    expect(askSeason(p.letters![0]!, p, '2026-12-07')).toBe('closed');
    expect(composeLorEmail(p, { today: '2026-12-07' }).kind).toBe('thanks');
  });
});
