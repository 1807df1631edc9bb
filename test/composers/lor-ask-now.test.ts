/**
 * The drafted email serves the step the letters plan makes most urgent: a writer the plan says to
 * "ask now" (an ask planned under four weeks before the deadline) gets the drafted request, before
 * any follow-up to writers already asked and before stronger writers who still have time. And the
 * due date the email gives a writer leaves them the guide's minimum time: a review day only days
 * away is a reason to be early, not the due date.
 */
import { describe, expect, it } from 'vitest';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import { composeLorPackage } from '../../src/composers/lor-package.js';

const writer = (name: string, extra: Partial<Letter>): Letter => ({
  writer: name,
  role: 'attending',
  year: 2026,
  setting: 'us',
  physician: true,
  informatics: false,
  directObservation: true,
  ...extra,
});

const fellow = (letters: Letter[], deadline: string): Profile => ({
  version: 1,
  citizenship: 'us-citizen',
  visa: 'not-needed',
  target: 'ci-fellowship',
  specialty: 'internal medicine',
  residencies: [
    {
      country: 'United States',
      specialty: 'internal medicine',
      from: '2022-07',
      to: '2025-06',
      completed: true,
      accreditation: 'acgme',
    },
  ],
  deadline,
  letters,
});

describe('which writer the drafted email goes to', () => {
  it('a writer planned too close to the deadline is asked now, though others wait for a follow-up', () => {
    const p = fellow(
      [
        writer('Dr. Ana Ruiz', { asked: '2026-07-05', informatics: true }),
        writer('Dr. Kofi Mensah', { role: 'cmio', informatics: true, directObservation: false, asked: '2026-09-03' }),
        writer('Dr. Lena Vogt', { asked: '2026-07-12' }),
      ],
      '2026-09-15',
    );
    const email = composeLorEmail(p, { today: '2026-08-20' });
    expect(email.kind).toBe('ask');
    expect(email.writer?.writer).toBe('Dr. Kofi Mensah');
  });

  it('a late planned ask outranks a stronger writer not asked yet', () => {
    const p = fellow(
      [
        writer('Dr. Ines Duarte', { role: 'informatics-faculty', informatics: true }),
        writer('Prof. Tariq Aziz', { role: 'program-director', asked: '2027-07-28' }),
        writer('Dr. Grace Obi', { asked: '2027-01-02' }),
      ],
      '2027-08-15',
    );
    const email = composeLorEmail(p, { today: '2027-01-18' });
    expect(email.writer?.writer).toBe('Prof. Tariq Aziz');
  });

  it('with nobody left to ask, the follow-up goes to the latest ask', () => {
    const p = fellow(
      [
        writer('Dr. Ana Ruiz', { asked: '2026-07-05', informatics: true }),
        writer('Dr. Lena Vogt', { asked: '2026-07-12' }),
      ],
      '2026-09-15',
    );
    const email = composeLorEmail(p, { today: '2026-08-20' });
    expect(email.kind).toBe('follow-up');
    expect(email.writer?.writer).toBe('Dr. Lena Vogt');
  });
});

describe('the due date a writer is given', () => {
  const p = fellow([writer('Dr. Marek Nowak', { role: 'program-director' })], '2026-08-14');

  it('programs reading from tomorrow: the due date is the member’s own, the review day only a hope', () => {
    const body = composeLorEmail(p, { today: '2026-07-15' }).body;
    expect(body).toMatch(/due by 14 Aug 2026/);
    expect(body).not.toMatch(/due by 16 Jul 2026/);
    const plan = composeLorPackage(p, p.letters![0]!, '2026-07-15').reminders;
    expect(plan.map((r) => r.date)).not.toContain('2026-07-16');
  });

  it('asked well before programs start reading: the review day is the due date', () => {
    const body = composeLorEmail(p, { today: '2026-05-20' }).body;
    expect(body).toMatch(/due by 16 Jul 2026, when programs typically start reading/);
  });

  it('once programs are reading: as soon as the writer can, with the member’s date as the last', () => {
    const body = composeLorEmail(p, { today: '2026-07-25' }).body;
    expect(body).toMatch(/already reading applications/);
    expect(body).toMatch(/14 Aug 2026/);
  });
});
