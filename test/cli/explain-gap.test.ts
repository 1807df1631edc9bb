import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE, expectBadInput, runCli, runCliJson, scratchDir, writeJson } from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-22'];

interface ExplainGapJson {
  gap: { from: string; to: string; months: number };
  draft: string;
  lint: { id: string; message: string; quote?: string }[];
  words: number;
  judged: 'member' | 'advisor';
  family: string;
  sources: { doc: string; section: string }[];
  otherGaps: { from: string; to: string; months: number }[];
}

describe('advisor explain-gap', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratchDir();
  });

  it('prints the contract JSON for the longest gap of the example profile', () => {
    const r = runCli(['explain-gap', '--profile', EXAMPLE_PROFILE, '--json', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout) as ExplainGapJson;
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['gap', 'draft', 'lint', 'words']));
    expect(out.gap).toMatchObject({ from: '2018-08', to: '2019-11', months: 16 });
    expect(out.judged).toBe('advisor');
    expect(out.family).toBe('exam-prep');
    expect(out.lint).toEqual([]);
    expect(out.words).toBeLessThanOrEqual(150);
    expect(out.draft).toContain('Step 1');
    expect(out.otherGaps).toEqual([{ from: '2022-07', to: '2023-03', months: 9 }]);
    expect(out.sources).toContainEqual({ doc: 'explaining-red-flags', section: 'explaining-a-gap' });
  });

  it('picks the gap matching --from/--to', () => {
    const out = runCliJson<ExplainGapJson>([
      'explain-gap',
      '--profile',
      EXAMPLE_PROFILE,
      '--from',
      '2022-07',
      '--to',
      '2023-03',
      ...TODAY,
    ]);
    expect(out.gap).toEqual(expect.objectContaining({ from: '2022-07', to: '2023-03', months: 9 }));
    expect(out.family).toBe('other');
    // The advisor's own draft is judged and must come out clean for every gap.
    expect(out.judged).toBe('advisor');
    expect(out.lint).toEqual([]);
  });

  it("lints the member's draft when one is given, and still returns the advisor's draft", () => {
    const draft = writeJson(
      dir,
      'draft.txt',
      'I could not start residency because the exam was unfair and the faculty were biased.',
    );
    const out = runCliJson<ExplainGapJson>(['explain-gap', '--profile', EXAMPLE_PROFILE, '--draft', draft, ...TODAY]);
    expect(out.judged).toBe('member');
    expect(out.lint.map((l) => l.id)).toEqual(['blame', 'no-actions', 'no-outcome', 'no-informatics-link']);
    expect(out.lint[0]?.message).toContain('You wrote "the exam was unfair"');
    expect(out.words).toBe(15);
    expect(out.draft).toContain('After graduating in Jul 2018');
  });

  it('prints readable text with headings', () => {
    const r = runCli(['explain-gap', '--profile', EXAMPLE_PROFILE, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Gap to explain: Aug 2018 – Nov 2019 (1 year 4 months)');
    expect(r.stdout).toContain('SUGGESTED EXPLANATION');
    expect(r.stdout).toContain('CHECK OF THE SUGGESTED EXPLANATION');
    expect(r.stdout).toContain('--from 2022-07 --to 2023-03');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  describe('bad input exits 2 with one line', () => {
    it('missing --profile', () => expectBadInput(['explain-gap', ...TODAY], '--profile: required'));

    it('a month that is not a month', () =>
      expectBadInput(
        ['explain-gap', '--profile', EXAMPLE_PROFILE, '--from', '2021-13', ...TODAY],
        '--from: "2021-13" is not a month',
      ));

    it('--from after --to', () =>
      expectBadInput(
        ['explain-gap', '--profile', EXAMPLE_PROFILE, '--from', '2023-01', '--to', '2022-01', ...TODAY],
        'is after --to',
      ));

    it('a range with no gap, listing the member gaps', () =>
      expectBadInput(
        ['explain-gap', '--profile', EXAMPLE_PROFILE, '--from', '2020-01', '--to', '2020-06', ...TODAY],
        'your gaps are 2018-08 to 2019-11',
      ));

    it('a profile without a timeline', () => {
      const p = writeJson(dir, 'no-timeline.json', {
        version: 1,
        medSchool: { country: 'Egypt', graduated: '2018-07' },
      });
      expectBadInput(['explain-gap', '--profile', p, ...TODAY], 'timeline: not given');
    });

    it('a profile without any 6-month gap', () => {
      const p = writeJson(dir, 'no-gap.json', {
        version: 1,
        medSchool: { country: 'Egypt', graduated: '2018-07' },
        timeline: [{ from: '2018-08', to: 'present', activity: 'clinical' }],
      });
      expectBadInput(['explain-gap', '--profile', p, ...TODAY], 'no gap of 6+ months found in your timeline');
    });

    it('an empty draft', () => {
      const d = writeJson(dir, 'empty.txt', '  \n');
      expectBadInput(
        ['explain-gap', '--profile', EXAMPLE_PROFILE, '--draft', d, ...TODAY],
        'empty.txt: draft is empty',
      );
    });

    it('a 1 MB draft', () => {
      const d = join(dir, 'huge.txt');
      writeFileSync(d, 'word '.repeat(210_000));
      expectBadInput(['explain-gap', '--profile', EXAMPLE_PROFILE, '--draft', d, ...TODAY], 'draft is too large');
    });

    it('a binary draft', () => {
      const d = join(dir, 'binary.bin');
      writeFileSync(d, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
      expectBadInput(['explain-gap', '--profile', EXAMPLE_PROFILE, '--draft', d, ...TODAY], 'binary');
    });

    it('a missing draft file', () =>
      expectBadInput(
        ['explain-gap', '--profile', EXAMPLE_PROFILE, '--draft', join(dir, 'nope.txt'), ...TODAY],
        'not found',
      ));
  });
});
