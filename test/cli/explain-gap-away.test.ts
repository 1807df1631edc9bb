import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchDir } from '../helpers/cli.js';

/**
 * Newcomer trial 17: no month of the timeline is a gap, but years without patient care (clinical
 * currency high). /explain-gap must draft that stretch, and use a range the member typed, instead
 * of "nothing to explain". Other members in the same situation, in other words, and near-misses.
 */
const dir = scratchDir();
const write = (name: string, p: object) => {
  const f = join(dir, `${name}.json`);
  writeFileSync(f, JSON.stringify({ version: 1, ...p }));
  return f;
};
const TODAY = '2026-12-07';

// A consultant who moved countries, studied informatics and works in EMR support.
const movedAbroad = write('moved', {
  citizenship: 'non-us',
  target: 'ci-fellowship',
  medSchool: { country: 'Pakistan', graduated: '2013-06' },
  timeline: [
    { from: '2013-07', to: '2022-07', activity: 'clinical', note: 'Internal medicine, Karachi' },
    { from: '2022-08', to: '2024-06', activity: 'education', note: 'Health informatics certificate, Toronto' },
    { from: '2024-07', to: 'present', activity: 'non-clinical-work', note: 'EMR support, a Toronto clinic' },
  ],
});
// Another voice: research and an informatics analyst job in the US, no clinical work since 2021.
const analyst = write('analyst', {
  citizenship: 'us-permanent-resident',
  target: 'residency-informatics-track',
  medSchool: { country: 'Egypt', graduated: '2016-06' },
  timeline: [
    { from: '2016-07', to: '2021-03', activity: 'clinical', note: 'Medical officer, Cairo' },
    { from: '2021-04', to: '2023-09', activity: 'research', note: 'Research coordinator, Ohio' },
    { from: '2023-10', to: 'present', activity: 'informatics', note: 'Clinical data analyst' },
  ],
});
// Near-miss: clinical work to date, no gap: still nothing to explain.
const current = write('current', {
  medSchool: { country: 'India', graduated: '2018-06' },
  timeline: [{ from: '2018-07', to: 'present', activity: 'clinical', note: 'Physician, Pune' }],
});
// Near-miss: a real gap of 6+ months is still the one drafted.
const withGap = write('gap', {
  medSchool: { country: 'India', graduated: '2015-06' },
  timeline: [
    { from: '2015-07', to: '2021-06', activity: 'clinical' },
    { from: '2021-07', to: '2022-12', activity: 'personal', note: 'Caring for a parent' },
    { from: '2023-01', to: 'present', activity: 'informatics', note: 'EHR analyst' },
  ],
});

describe('explain-gap: time away from patient care when there is no gap', () => {
  it('drafts the time away by default, in JSON and text', () => {
    for (const f of [movedAbroad, analyst]) {
      const r = runCli(['explain-gap', '--profile', f, '--today', TODAY, '--json']);
      expect(r.code, r.stderr).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j.kind).toBe('time-away-from-patient-care');
      expect(j.gap.ongoing).toBe(true);
      expect(j.draft).toMatch(/not worked in direct patient care since/);
      const t = runCli(['explain-gap', '--profile', f, '--today', TODAY]);
      expect(t.stdout).toMatch(/Time away from patient care to explain/);
    }
  });
  it('uses the range the member typed', () => {
    const r = runCli([
      'explain-gap',
      '--profile',
      movedAbroad,
      '--today',
      TODAY,
      '--from',
      '2022-08',
      '--to',
      '2026-12',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).gap.from).toBe('2022-08');
    expect(JSON.parse(r.stdout).pickedBy).toBe('range');
  });
  it('leaves members with current clinical work, or a real gap, as before', () => {
    const none = runCli(['explain-gap', '--profile', current, '--today', TODAY]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no gap of 6\+ months/);
    const gap = JSON.parse(runCli(['explain-gap', '--profile', withGap, '--today', TODAY, '--json']).stdout);
    expect(gap.kind).toBeUndefined();
    expect(gap.gap.from).toBe('2021-07');
  });
  it('reviews a draft against the time away with tone notes in the text view', () => {
    const d = join(dir, 'draft.txt');
    writeFileSync(d, 'I am so sorry for these years. Please give me one chance and I will never let you down.');
    const r = runCli(['explain-gap', '--profile', movedAbroad, '--today', TODAY, '--draft', d]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/tone \(apology\)/);
    expect(r.stdout).toMatch(/tone \(pleading\)/);
    const j = JSON.parse(
      runCli(['explain-gap', '--profile', movedAbroad, '--today', TODAY, '--draft', d, '--json']).stdout,
    );
    // The contract's lint ids only.
    for (const l of j.lint)
      expect(['blame', 'too-long', 'no-actions', 'no-outcome', 'no-informatics-link']).toContain(l.id);
  });
});
