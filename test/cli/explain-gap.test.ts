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
  unfilled: string[];
  family: string;
  sources: { doc: string; section: string }[];
  otherGaps: { from: string; to: string; months: number }[];
}

describe('advisor explain-gap', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratchDir();
  });

  it('prints the contract JSON for the exam-preparation gap of the example profile', () => {
    const r = runCli([
      'explain-gap',
      '--profile',
      EXAMPLE_PROFILE,
      '--from',
      '2018-08',
      '--to',
      '2019-11',
      '--json',
      ...TODAY,
    ]);
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
    const out = runCliJson<ExplainGapJson>([
      'explain-gap',
      '--profile',
      EXAMPLE_PROFILE,
      '--from',
      '2018-08',
      '--draft',
      draft,
      ...TODAY,
    ]);
    expect(out.judged).toBe('member');
    expect(out.lint.map((l) => l.id)).toEqual(['blame', 'no-actions', 'no-outcome', 'no-informatics-link']);
    expect(out.lint[0]?.message).toContain('You wrote "the exam was unfair"');
    expect(out.words).toBe(15);
    expect(out.draft).toContain('After graduating in Jul 2018');
  });

  it("asks to fill the brackets first, and never says no problems found, when the advisor's template is judged or pasted back", () => {
    const range = ['--from', '2022-07', '--to', '2023-03', ...TODAY];
    const own = runCliJson<ExplainGapJson>(['explain-gap', '--profile', EXAMPLE_PROFILE, ...range]);
    expect(own.draft).toMatch(/\[[^\]]+\]/);
    expect(own.unfilled.length).toBeGreaterThan(0);
    expect(own.unfilled.every((p) => own.draft.includes(`[${p}]`))).toBe(true);

    // The same template pasted back as the member's draft.
    const pasted = writeJson(dir, 'template.txt', own.draft);
    for (const [extra, quoted] of [
      [[], false],
      [['--draft', pasted], true],
    ] as const) {
      const r = runCli(['explain-gap', '--profile', EXAMPLE_PROFILE, ...range, ...extra]);
      expect(r.code, r.stderr).toBe(0);
      const check = r.stdout.slice(r.stdout.indexOf('CHECK OF')).replace(/\s+/g, ' ');
      expect(check).not.toMatch(/no problems found/i);
      expect(check).toMatch(new RegExp(`(?:still has|fill its) ${own.unfilled.length} \\[bracketed\\] parts`));
      expect(check).toMatch(/then check the whole paragraph: run this command again with --draft FILE/);
      // A pasted draft has its brackets quoted back; the advisor's own shows them just above.
      expect(check.includes(`"[${own.unfilled[0]!.slice(0, 30)}`)).toBe(quoted);
    }
    const judged = runCliJson<ExplainGapJson>([
      'explain-gap',
      '--profile',
      EXAMPLE_PROFILE,
      ...range,
      '--draft',
      pasted,
    ]);
    expect(judged.judged).toBe('member');
    expect(judged.unfilled).toEqual(own.unfilled);
  });

  it('says no problems found by the checks only for a draft with every bracket filled', () => {
    const filled = writeJson(
      dir,
      'filled.txt',
      'From Jul 2022 to Mar 2023 I cared for my father after his stroke. During those months I completed an online course in SQL for healthcare data and built a small dashboard of readmissions for a local clinic. The result was a certificate and a report the clinic still uses each month. That work is why I now want to train in clinical informatics.',
    );
    const out = runCliJson<ExplainGapJson>(['explain-gap', '--profile', EXAMPLE_PROFILE, '--draft', filled, ...TODAY]);
    expect(out.unfilled).toEqual([]);
    expect(out.lint).toEqual([]);
    const r = runCli(['explain-gap', '--profile', EXAMPLE_PROFILE, '--draft', filled, ...TODAY]);
    const check = r.stdout.slice(r.stdout.indexOf('CHECK OF YOUR DRAFT'), r.stdout.indexOf('NOTES'));
    expect(check).toMatch(/No problems found by these 5 checks/);
    expect(check).not.toMatch(/\[bracketed\] part|template/);
  });

  it("reads a member's own draft about a gap under 6 months, and says the gap may not need explaining", () => {
    const p = writeJson(dir, 'short-gap.json', {
      version: 1,
      medSchool: { country: 'Philippines', graduated: '2019-06' },
      timeline: [
        { from: '2019-07', to: '2025-02', activity: 'clinical' },
        { from: '2025-03', to: '2025-06', activity: 'personal', note: 'cared for my father' },
        { from: '2025-07', to: 'present', activity: 'clinical' },
      ],
    });
    const d = join(dir, 'short-draft.txt');
    writeFileSync(
      d,
      'From March to June 2025 the hospital forced me out and my father had a stroke, so I cared for him at home.',
    );
    const r = runCli(['explain-gap', '--profile', p, '--draft', d, '--json', ...TODAY]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as ExplainGapJson & { notes: string[] };
    expect(out.gap).toMatchObject({ from: '2025-03', to: '2025-06', months: 4 });
    expect(out.judged).toBe('member');
    expect(out.draft).toBe('');
    expect(out.lint.map((l) => l.id)).toEqual(expect.arrayContaining(['no-informatics-link']));
    expect(out.notes[0]).toMatch(
      /Mar 2025 – Jun 2025 \(4 months\): shorter than 6 months.*may not need a written explanation/,
    );
    const text = runCli(['explain-gap', '--profile', p, '--draft', d, ...TODAY]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^No gap of 6\+ months in your timeline: your draft is checked on its own\./);
    expect(text.stdout).toContain('no-informatics-link:');
  });

  it('prints readable text with headings', () => {
    const r = runCli(['explain-gap', '--profile', EXAMPLE_PROFILE, ...TODAY]);
    expect(r.code).toBe(0);
    // By default the contract's longest gap; the real break programs ask about first is named, with
    // the --from/--to that drafts it (chat picks that one itself).
    expect(r.stdout).toContain(
      'Gap to explain: Aug 2018 – Nov 2019 (1 year 4 months), the longest of your 2 gaps of 6+ months',
    );
    expect(r.stdout).toContain(
      'Programs will likely ask first about Jul 2022 – Mar 2023 (9 months) (the longer one drafted here is only exam preparation, which programs read as ordinary for an IMG): to draft that one, run again with --from 2022-07 --to 2023-03.',
    );
    expect(r.stdout).toContain('SUGGESTED EXPLANATION');
    expect(r.stdout).toContain('CHECK OF THE SUGGESTED EXPLANATION');
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
      expectBadInput(['explain-gap', '--profile', p, ...TODAY], 'add --draft FILE');
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
