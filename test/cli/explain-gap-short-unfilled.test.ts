/**
 * A short break named by its dates gets one neutral line; where the profile gives no reason, the line
 * holds a [bracket] for the member. Every bracket left in that line is listed in `unfilled` (as for a
 * full draft), and the text output asks to fill it first. Members and months are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { runCli, runCliJson, scratchDir, writeJson } from '../helpers/cli.js';

const TODAY = '2026-12-06';
const base = (timeline: Profile['timeline']): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'j1',
  target: 'residency-informatics-track',
  medSchool: { country: 'Ghana', graduated: '2018-08' },
  residencies: [],
  timeline,
});

interface ShortJson {
  draft: string;
  unfilled: string[];
  judged: string;
}

describe('explain-gap on a short break: unfilled brackets', () => {
  const dir = scratchDir();
  const cases: [string, Profile, string, string][] = [
    [
      'three blank months between two jobs',
      base([
        { from: '2018-09', to: '2022-04', activity: 'clinical', note: 'medical officer, Kumasi' },
        { from: '2022-05', to: '2022-07', activity: 'none' },
        { from: '2022-08', to: 'present', activity: 'clinical', note: 'medical officer, Accra' },
      ]),
      '2022-05',
      '2022-07',
    ],
    [
      'a blank month and a half-year of work after it',
      base([
        { from: '2018-09', to: '2023-01', activity: 'clinical', note: 'house officer then GP' },
        { from: '2023-02', to: '2023-06', activity: 'none' },
        { from: '2023-07', to: 'present', activity: 'research', note: 'malaria cohort study' },
      ]),
      '2023-02',
      '2023-06',
    ],
    [
      'a short break still going',
      base([
        { from: '2018-09', to: '2026-08', activity: 'clinical', note: 'district hospital doctor' },
        { from: '2026-09', to: 'present', activity: 'none' },
      ]),
      '2026-09',
      '2026-12',
    ],
  ];

  it.each(cases)('lists the bracket of %s', (name, profile, from, to) => {
    const file = writeJson(dir, `${name.replace(/\W+/g, '-')}.json`, profile);
    const args = ['explain-gap', '--profile', file, '--today', TODAY, '--from', from, '--to', to];
    const out = runCliJson<ShortJson>([...args, '--json']);
    const brackets = out.draft.match(/\[[^\]\n]*\]/g) ?? [];
    expect(brackets.length).toBeGreaterThan(0);
    expect(out.unfilled).toEqual(brackets.map((b) => b.slice(1, -1).trim()));
    const text = runCli(args).stdout.replace(/\s+/g, ' ');
    expect(text).toMatch(/1 \[bracketed\] part/);
  });

  it('lists nothing when the profile gives the reason', () => {
    const file = writeJson(
      dir,
      'with-reason.json',
      base([
        { from: '2018-09', to: '2022-04', activity: 'clinical', note: 'medical officer' },
        { from: '2022-05', to: '2022-07', activity: 'personal', note: 'my father was ill and I cared for him' },
        { from: '2022-08', to: 'present', activity: 'clinical', note: 'medical officer' },
      ]),
    );
    const out = runCliJson<ShortJson>([
      ...['explain-gap', '--profile', file, '--today', TODAY, '--from', '2022-05', '--to', '2022-07', '--json'],
    ]);
    expect(out.draft).not.toMatch(/\[/);
    expect(out.unfilled).toEqual([]);
  });
});
