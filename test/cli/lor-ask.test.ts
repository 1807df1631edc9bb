import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE, runCli, runCliJson, scratchDir, writeJson } from '../helpers/cli.js';

interface LorJson {
  findings: { id: string; severity: string; message: string; writer?: string }[];
  email: { subject: string; body: string };
  package: string[];
  writer: string | null;
  note?: string;
  slots: { slot: string; writer?: string; why: string }[];
  reminders: { date?: string; what: string }[];
}

const TODAY = ['--today', '2026-11-22'];

describe('advisor lor-ask', () => {
  it('prints the contract shape for the example profile', () => {
    const out = runCliJson<LorJson>(['lor-ask', '--profile', EXAMPLE_PROFILE, ...TODAY]);
    expect(out.findings.map((f) => f.id)).toEqual(['informatics-share-low', 'weak-writer', 'stale-letter']);
    expect(out.findings.map((f) => f.severity)).toEqual(['medium', 'medium', 'medium']);
    expect(out.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^Only 1 of your 3 letters is informatics-oriented; for a CI fellowship aim for at least half/,
      ),
      expect.stringMatching(/^Dr\. Haddad \(department chair\) did not observe your work directly/),
      expect.stringMatching(/^Dr\. Haddad last worked with you in 2021, 5 years ago/),
    ]);
    expect(out.email.subject).toMatch(/letter of recommendation .*clinical informatics fellowship/);
    expect(out.email.body).toMatch(/^Dear Dr. Lee,/);
    // The package the writer gets: the member's own work, examples from their time together, the deadline.
    expect(out.package.length).toBeGreaterThan(5);
    expect(out.package.join('\n')).toContain('EHR data analyst for sepsis bundle dashboard');
    expect(out.package.join('\n')).toMatch(/examples from your time with Dr\. Lee/);
    expect(out.writer).toBe('Dr. Lee');
    expect(out.slots.map((s) => s.slot)).toEqual(['clinical', 'informatics', 'research', 'wildcard']);
  });

  // The example's 15 Jan 2027 falls after the AMIA commit step and before next season's ERAS
  // opening: the red-flag report and the timeline call it out of season, and so does the letter plan.
  it('names the example’s January deadline as one to check and counts no days to it', () => {
    const out = runCliJson<LorJson & { deadlineNote?: string }>(['lor-ask', '--profile', EXAMPLE_PROFILE, ...TODAY]);
    expect(out.deadlineNote).toMatch(/15 Jan 2027 does not fit the AMIA Clinical Informatics Fellowship Match/);
    expect(out.deadlineNote).toMatch(/counts no days to 15 Jan 2027/);
    const all = [...out.findings.map((f) => f.message), ...out.package, out.email.body].join('\n');
    expect(all).not.toMatch(/\d+ days? (?:from|before)/);
    expect(out.findings.map((f) => f.id)).not.toContain('late-ask');
    expect(out.email.body).not.toMatch(/due by 15 Jan/);
    expect(out.package.join('\n')).toMatch(/15 Jan 2027\) fits no season of your match/);
    // The only dated step is the ask, timed to the next season's ERAS opening.
    expect(out.reminders.filter((r) => r.date).map((r) => r.date)).toEqual(['2027-05-21']);
    const text = runCli(['lor-ask', '--profile', EXAMPLE_PROFILE, ...TODAY]).stdout;
    expect(text).toMatch(/deadline 15 Jan 2027 \(fits no season of your match: check it\)/);
  });

  it('counts the days to a deadline on the fellowship calendar', () => {
    const example = JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Record<string, unknown>;
    const file = writeJson(scratchDir(), 'july.json', { ...example, deadline: '2027-07-15' });
    const out = runCliJson<LorJson & { deadlineNote?: string }>([
      'lor-ask',
      '--profile',
      file,
      '--today',
      '2027-05-22',
    ]);
    expect(out.deadlineNote).toBeUndefined();
    expect(out.package.join('\n')).toMatch(/Deadline: 15 Jul 2027 \(54 days from 22 May 2027\)/);
    expect(out.reminders.map((r) => r.date)).toEqual(['2027-06-03', '2027-07-01', '2027-07-15', undefined]);
  });

  it('addresses the writer named with --writer', () => {
    const out = runCliJson<LorJson>(['lor-ask', '--profile', EXAMPLE_PROFILE, '--writer', 'Ms. Ortiz', ...TODAY]);
    expect(out.writer).toBe('Ms. Ortiz');
    expect(out.email.body).toMatch(/^Dear Ms. Ortiz,/);
    expect(out.package.join('\n')).toMatch(/Ms. Ortiz/);
  });

  it('finds the writer from part of the name when only one writer fits, and refuses a part that fits several', () => {
    const out = runCliJson<LorJson>(['lor-ask', '--profile', EXAMPLE_PROFILE, '--writer', 'ortiz', ...TODAY]);
    expect(out.writer).toBe('Ms. Ortiz');
    const r = runCli(['lor-ask', '--profile', EXAMPLE_PROFILE, '--writer', 'Dr.', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--writer: "Dr\." is not one of your letter writers/);
  });

  it('exits 2 with the list of writers for an unknown --writer', () => {
    const r = runCli(['lor-ask', '--profile', EXAMPLE_PROFILE, '--writer', 'Dr. Nobody', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--writer: "Dr. Nobody".*Dr. Lee, Dr. Haddad, Ms. Ortiz/);
  });

  it('exits 2 naming --profile when it is missing', () => {
    const r = runCli(['lor-ask', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--profile/);
  });

  it('exits 2 naming the file for a profile that does not exist', () => {
    const r = runCli(['lor-ask', '--profile', '/nonexistent/profile.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nonexistent\/profile\.json/);
  });

  it('still plans letters and gives a template email for a profile without letters', () => {
    const dir = scratchDir();
    const file = writeJson(dir, 'p.json', { version: 1, target: 'ci-fellowship', deadline: '2027-01-15' });
    const out = runCliJson<LorJson>(['lor-ask', '--profile', file, ...TODAY]);
    expect(out.findings).toEqual([]);
    expect(out.note).toMatch(/who is writing your letters/);
    expect(out.writer).toBeNull();
    expect(out.email.body).toMatch(/^Dear \[writer name\],/);
    expect(out.package.length).toBeGreaterThan(0);
  });

  it('prints readable text with findings, slots, email, package and follow-up plan', () => {
    const r = runCli(['lor-ask', '--profile', EXAMPLE_PROFILE, ...TODAY]);
    expect(r.code).toBe(0);
    for (const heading of ['FINDINGS', 'LETTER SLOTS', 'EMAIL TO Dr. Lee', 'PACKAGE TO SEND', 'FOLLOW-UP PLAN']) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toMatch(/\[MEDIUM\] weak-writer \(Dr. Haddad\)/);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });
});

describe('advisor lor-ask: the grown profile', () => {
  const dir = scratchDir();
  const writer = (name: string, over: Record<string, unknown> = {}) => ({
    writer: name,
    role: 'attending',
    setting: 'us',
    physician: true,
    informatics: false,
    directObservation: true,
    year: 2026,
    ...over,
  });
  const file = writeJson(dir, 'resident.json', {
    version: 1,
    target: 'ci-fellowship',
    deadline: '2027-01-15',
    residencies: [
      {
        country: 'United States',
        specialty: 'pediatrics',
        from: '2024-07',
        to: 'present',
        completed: false,
        accreditation: 'acgme',
      },
    ],
    letters: [writer('Dr. Chen', { role: 'cmio', informatics: true, asked: '2026-11-01' }), writer('Dr. Okoye')],
  });

  it('raises too-few-letters and no-program-director-letter by id, and gives each writer a next step', () => {
    const out = runCliJson<LorJson & { writers: { writer: string; status: string; next: string }[] }>([
      'lor-ask',
      '--profile',
      file,
      ...TODAY,
    ]);
    const ids = out.findings.map((f) => f.id);
    expect(ids).toContain('too-few-letters');
    expect(ids).toContain('no-program-director-letter');
    expect(out.writers.map((w) => [w.writer, w.status])).toEqual([
      ['Dr. Chen', 'asked'],
      ['Dr. Okoye', 'to-ask'],
    ]);
  });

  it('writes a follow-up, not a new ask, to a writer already asked', () => {
    const out = runCliJson<LorJson & { email: { kind: string } }>([
      'lor-ask',
      '--profile',
      file,
      '--writer',
      'Dr. Chen',
      ...TODAY,
    ]);
    expect(out.email.kind).toBe('follow-up');
    expect(out.email.subject).toMatch(/^Following up/);
    expect(out.email.body).not.toMatch(/Would you feel able to write/);
    const text = runCli(['lor-ask', '--profile', file, '--writer', 'Dr. Chen', ...TODAY]).stdout;
    expect(text).toMatch(/FOLLOW-UP EMAIL TO Dr\. Chen/);
    expect(text).toMatch(/NEXT STEP WITH EACH WRITER/);
  });
});
