import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE, expectBadInput, runCli, runCliJson, scratchDir, writeJson } from '../helpers/cli.js';

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
    expect(Object.keys(out)).toEqual(['flags', 'notGiven']);
    expect(out.flags.map((f) => `${f.id}:${f.severity}`)).toEqual([
      'clinical-currency:high',
      'training-gap:medium',
      'limited-usce:medium',
      'exam-failure:low',
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
    expect(out.notGiven).toEqual([]);
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
    expect(r.stdout).toMatch(/^Red flags: 6 found \(1 high, 2 medium, 3 low\)/);
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
