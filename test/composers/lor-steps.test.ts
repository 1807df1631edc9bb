import { saidApplied } from '../helpers/said-applied.js';
import { describe, expect, it } from 'vitest';
import { writerSteps } from '../../src/composers/lor-steps.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';
import { attendingLetter as w } from '../rules/letters-fixtures.js';

const TODAY = '2026-06-10';

const profile = (letters: Letter[], deadline = '2026-07-31'): Profile => ({
  version: 1,
  target: 'ci-fellowship',
  deadline,
  letters,
});

describe('writerSteps', () => {
  it('follows up with writers already asked, keeps planned asks, asks the rest, and keeps spares as backups', () => {
    const steps = writerSteps(
      profile([
        w('Dr. Castillo', { role: 'cmio', informatics: true, asked: '2026-05-20' }),
        w('Dr. Bell', { asked: '2026-07-10' }),
        w('Dr. Park', { role: 'research-supervisor' }),
        w('Uncle Sam', { role: 'family-friend', directObservation: false }),
      ]),
      TODAY,
    );
    expect(steps.map((s) => [s.writer, s.status])).toEqual([
      ['Dr. Castillo', 'asked'],
      ['Dr. Bell', 'planned'],
      ['Dr. Park', 'to-ask'],
      ['Uncle Sam', 'backup'],
    ]);
    expect(steps[0]!.next).toBe(
      'You asked on 20 May 2026: send a follow-up (lor-ask --writer "Dr. Castillo"), not a new request.',
    );
    expect(steps[1]!.next).toMatch(/under four weeks before your deadline: ask now instead/);
    expect(steps[2]!.next).toMatch(/^Not asked yet: ask by 19 Jun 2026, six weeks before your deadline/);
  });

  it('gives an ask-by date six weeks before the deadline only while it is ahead, never in the past', () => {
    // A deadline inside the fellowship season (before the AMIA commit step).
    const early = writerSteps(profile([w('Dr. A')], '2026-11-30'), TODAY)[0]!;
    expect(early.next).toContain('ask by 19 Oct 2026');
    const late = writerSteps(profile([w('Dr. A')], '2026-07-01'), TODAY)[0]!;
    expect(late.next).toMatch(/^Not asked yet: ask now/);
    const passed = writerSteps(profile([w('Dr. A')], '2026-01-01'), TODAY)[0]!;
    expect(passed.next).not.toMatch(/2026-01|Jan 2026|Nov 2025/);
  });

  it('names the command of the transport', () => {
    const [s] = writerSteps(profile([w('Dr. A', { asked: '2026-06-01' })]), TODAY, (x) => `/lor-ask email ${x}`);
    expect(s!.next).toContain('/lor-ask email Dr. A');
  });
});

describe('writerSteps for a planned writer no slot needs (rules review)', () => {
  it('advises keeping them as a backup instead of the planned ask', () => {
    const w = (writer: string, extra: Record<string, unknown> = {}) => ({
      writer,
      role: 'attending' as const,
      setting: 'us' as const,
      physician: true,
      informatics: false,
      directObservation: true,
      year: 2026,
      ...extra,
    });
    const p = {
      version: 1 as const,
      target: 'ci-fellowship' as const,
      deadline: '2027-07-31',
      letters: [
        w('Dr. Marsh', { role: 'program-director' }),
        w('Dr. Amadi', { role: 'cmio', informatics: true }),
        w('Dr. Whitaker', { role: 'informatics-faculty', informatics: true }),
        w('Dr. Laurent'),
        w('Dr. Mehra', { role: 'department-chair', directObservation: false, asked: '2027-03-01' }),
      ],
    };
    const mehra = writerSteps(p, '2027-02-01').find((x) => x.writer === 'Dr. Mehra')!;
    expect(mehra.status).toBe('backup');
    expect(mehra.next).toMatch(/keep as a backup rather than asking on 1 Mar 2027 as planned/);
  });
});

// On the typical AMIA commit day a member with no deadline was told "ask now" for a writer not yet
// asked and "send a follow-up" for letters asked in July: both read as "act today for this season",
// whose files programs already have. The plan now names the season, the same one the email names.
describe('writerSteps once this season is under way and no deadline is ahead', () => {
  const DEC = '2026-12-04';
  const noDeadline = (letters: Letter[]): Profile => ({ version: 1, target: 'ci-fellowship', letters });

  it('says a writer not yet asked would write for next season, with its ERAS opening and start year', () => {
    const [s] = writerSteps(noDeadline([w('Dr. Osei', { role: 'cmio', informatics: true })]), DEC);
    expect(s!.status).toBe('to-ask');
    expect(s!.next).toMatch(
      /for next season \(applications typically open in ERAS on \d+ Jul 2027, training from July 2028\)/,
    );
    expect(s!.next).toMatch(/ask by \d+ May 2027/i);
    expect(s!.next).not.toMatch(/ask now/);
  });

  it('tells a member whose writer was asked for this season to check the upload, not to chase it today', () => {
    const [s] = writerSteps(
      saidApplied(noDeadline([w('Dr. Whitfield', { role: 'program-director', asked: '2026-08-01' })])),
      DEC,
    );
    expect(s!.status).toBe('asked');
    expect(s!.next).toMatch(/season now under way \(training from July 2027\)/);
    expect(s!.next).toMatch(/check in ERAS that the letter was uploaded/i);
    expect(s!.next).not.toMatch(/send a follow-up/);
  });

  it('treats a deadline already passed like no deadline', () => {
    const [s] = writerSteps(profile([w('Dr. A')], '2026-09-15'), DEC);
    expect(s!.next).toMatch(/for next season/);
  });

  it('keeps "send a follow-up" while the season the writer was asked for is still ahead', () => {
    const [s] = writerSteps(noDeadline([w('Dr. A', { asked: '2027-05-01' })]), '2027-05-20');
    expect(s!.next).toMatch(/send a follow-up/);
  });

  it('still says "ask now" in May, when the season about to open is the one the letter serves', () => {
    const [s] = writerSteps(noDeadline([w('Dr. A')]), '2026-05-10');
    expect(s!.next).toMatch(/^Not asked yet: ask now/);
  });
});

// A newcomer trial's member asked her medical director yesterday and was told to follow up today.
// A writer needs time to answer: before a week has passed (and with the deadline not close) there
// is nothing to do yet; the follow-up comes after the wait, or at once when the deadline is near.
describe('writerSteps gives a writer asked days ago time to answer', () => {
  it('says nothing to do yet the day after the ask, with or without a deadline', () => {
    const [a] = writerSteps(profile([w('Dr. Okafor', { asked: '2026-06-09' })]), TODAY);
    expect(a!.next).toBe(
      'You asked on 9 Jun 2026; nothing to do yet: give them time to answer, and once they agree, send your package.',
    );
    const [b] = writerSteps(profile([w('Dr. Lim', { asked: '2026-06-05' })], '2026-09-30'), TODAY);
    expect(b!.next).toMatch(/nothing to do yet/);
    expect(b!.next).not.toMatch(/follow-up/);
  });

  it('follows up once a week has passed since the ask', () => {
    const [a] = writerSteps(profile([w('Dr. Okafor', { asked: '2026-06-03' })]), TODAY);
    expect(a!.next).toMatch(/send a follow-up/);
  });

  it('follows up at once when the deadline is within two weeks, however recent the ask', () => {
    const [a] = writerSteps(profile([w('Dr. Okafor', { asked: '2026-06-09' })], '2026-06-20'), TODAY);
    expect(a!.next).toMatch(/send a follow-up/);
  });
});
