import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EXAMPLE_PROFILE,
  EXAMPLE_WITH_RESIDENCIES,
  expectBadInput,
  runCli,
  runCliJson,
  scratchDir,
  writeJson,
} from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-22'];
const example = (): Record<string, any> => JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8'));

describe('advisor redflag', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratchDir();
  });

  it('prints one JSON object with flags and notGiven for the example profile', () => {
    const r = runCli(['redflag', '--profile', EXAMPLE_PROFILE, '--json', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout) as { flags: Array<Record<string, unknown>>; notGiven: string[] };
    // passed: the Step 2 CK 247 checked; notes: the one earlier unmatched cycle, which programs will ask about.
    // season: the example's 15 January deadline fits no AMIA season (after the commit deadline,
    // before ERAS opens in June), so the report says so, as the timeline does.
    expect(Object.keys(out)).toEqual(['flags', 'notGiven', 'passed', 'notes', 'season']);
    expect((out as { season?: string }).season).toMatch(/does not fit the AMIA .* Check it/);
    expect(out.flags.map((f) => `${f.id}:${f.severity}`)).toEqual([
      'clinical-currency:high',
      'limited-usce:high', // the 2-month observership is named, not counted as hands-on
      'exam-failure:low',
      'training-gap:low', // 16 months of exam preparation: only the 4 beyond the ordinary year weigh
      'training-gap:low',
      'visa-sponsorship:low',
    ]);
    for (const f of out.flags) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'severity', 'title', 'why', 'actions', 'sources']));
    }
    expect(out.flags.filter((f) => f.id === 'training-gap').map((f) => f.gap)).toEqual([
      { from: '2018-08', to: '2019-11', months: 16, ongoing: false, activities: ['exam-prep'], uncoveredMonths: 0 },
      { from: '2022-07', to: '2023-03', months: 9, ongoing: false, activities: ['none'], uncoveredMonths: 0 },
    ]);
    // The example predates `residencies`: the report asks for them instead of judging eligibility.
    expect(out.notGiven).toEqual([expect.stringMatching(/^residencies not given — fellowship eligibility/)]);
  });

  it('raises fellowship-eligibility first for the example with its residency abroad, and cites ci-pathway', () => {
    const out = runCliJson<{ flags: Array<{ id: string; severity: string; sources: { doc: string }[] }> }>([
      'redflag',
      '--profile',
      EXAMPLE_WITH_RESIDENCIES,
      ...TODAY,
    ]);
    expect(out.flags[0]).toMatchObject({ id: 'fellowship-eligibility', severity: 'high' });
    expect(out.flags[0]!.sources.every((s) => s.doc === 'ci-pathway')).toBe(true);
  });

  it('says what passed for an eligible fellowship applicant (an extra key)', () => {
    const p = writeJson(dir, 'eligible.json', {
      version: 1,
      target: 'ci-fellowship',
      residencies: [
        {
          country: 'United States',
          specialty: 'pediatrics',
          from: '2021-07',
          to: '2024-06',
          completed: true,
          accreditation: 'acgme',
        },
      ],
      boardCertification: [{ board: 'abms', specialty: 'pediatrics' }],
    });
    const out = runCliJson<{ flags: Array<{ id: string }>; passed?: string[] }>(['redflag', '--profile', p, ...TODAY]);
    expect(out.flags.map((f) => f.id)).not.toContain('fellowship-eligibility');
    expect(out.passed?.[0]).toMatch(
      /^fellowship eligibility: your pediatrics residency.*ACGME-accredited, meets the usual requirement/,
    );
    expect(out.passed?.[0]).toContain('pediatrics certification from an ABMS member board');
  });

  it('is repeatable with --today', () => {
    const a = runCliJson(['redflag', '--profile', EXAMPLE_PROFILE, ...TODAY]);
    const b = runCliJson(['redflag', '--profile', EXAMPLE_PROFILE, ...TODAY]);
    expect(a).toEqual(b);
  });

  it('honours --today in date rules', () => {
    // In Jan 2026 the last clinical month (Jun 2022) is 43 months back: medium, not high.
    const out = runCliJson<{ flags: Array<{ id: string; severity: string }> }>([
      'redflag',
      '--profile',
      EXAMPLE_PROFILE,
      '--today',
      '2026-01-15',
    ]);
    expect(out.flags.find((f) => f.id === 'clinical-currency')?.severity).toBe('medium');
  });

  it('prints readable text without --json', () => {
    const r = runCli(['redflag', '--profile', EXAMPLE_PROFILE, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Red flags: 6 found \(2 high, 0 medium, 4 low\)/);
    expect(r.stdout).toContain('[HIGH] Clinical currency');
    expect(r.stdout).toContain('Why: Jul 2022 – Mar 2023 (9 months): your timeline lists no activity');
    expect(r.stdout).toContain('Sources: red-flags#how-programs-read-red-flags, visas#visa-as-logistics-risk');
    expect(r.stdout).not.toMatch(/^\s*[{[]/);
  });

  it('says "no red flags" and what was not given for a minimal profile', () => {
    const p = writeJson(dir, 'minimal.json', {
      version: 1,
      citizenship: 'us-citizen',
      usce: [{ kind: 'residency', months: 36 }],
      informatics: [{ kind: 'project', title: 'Readmission dashboard' }],
    });
    const r = runCli(['redflag', '--profile', p, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No red flags found in what you gave.');
    expect(r.stdout).toContain('timeline not given — gaps and clinical currency could not be checked');
    const json = runCliJson<{ flags: unknown[]; notGiven: string[] }>(['redflag', '--profile', p, ...TODAY]);
    expect(json.flags).toEqual([]);
    expect(json.notGiven).toContain('exams not given — exam failures and low scores could not be checked');
  });

  describe('bad input exits 2 with one line naming the problem', () => {
    it('missing --profile', () => {
      expectBadInput(['redflag', '--json', ...TODAY], '--profile');
    });

    it('missing file', () => {
      expectBadInput(['redflag', '--profile', '/nonexistent/p.json', ...TODAY], '/nonexistent/p.json', 'not found');
    });

    it('not JSON', () => {
      const p = writeJson(dir, 'notjson.json', 'version: 1\n');
      expectBadInput(['redflag', '--profile', p, '--json', ...TODAY], p, 'not valid JSON');
    });

    it('unknown key', () => {
      const bad = example();
      bad.medSchool.gradutionYear = 2018;
      const p = writeJson(dir, 'typo.json', bad);
      expectBadInput(['redflag', '--profile', p, ...TODAY], `${p}: medSchool.gradutionYear: unknown key`);
    });

    it('bad month', () => {
      const bad = example();
      bad.timeline[2].to = '2021-13';
      const p = writeJson(dir, 'month.json', bad);
      expectBadInput(['redflag', '--profile', p, ...TODAY], 'timeline[2].to: "2021-13" is not a month (YYYY-MM)');
    });

    it('to before from', () => {
      const bad = example();
      bad.timeline[2].to = '2022-01';
      const p = writeJson(dir, 'order.json', bad);
      expectBadInput(['redflag', '--profile', p, ...TODAY], 'timeline[2]: "to" (2022-01) is before "from" (2022-07)');
    });

    it('a 1 MB string', () => {
      const bad = example();
      bad.specialty = 'x'.repeat(1_000_000);
      const p = writeJson(dir, 'huge.json', bad);
      const line = expectBadInput(['redflag', '--profile', p, ...TODAY], p, 'too large');
      expect(line.length).toBeLessThan(300);
    });

    it('a binary file', () => {
      const p = writeJson(dir, 'binary.json', '{"version":1}\u0000');
      expectBadInput(['redflag', '--profile', p, ...TODAY], p, 'binary');
    });

    it('bad --today', () => {
      expectBadInput(['redflag', '--profile', EXAMPLE_PROFILE, '--today', '2026-13-01'], '--today', '2026-13-01');
    });

    it('an unknown option', () => {
      expectBadInput(['redflag', '--profil', EXAMPLE_PROFILE, ...TODAY], '--profil');
    });
  });
});
