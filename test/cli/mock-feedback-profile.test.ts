import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, scratchDir, writeJson } from '../helpers/cli.js';

interface FeedbackJson {
  notes: { id: string }[];
  advice?: string[];
}

describe('advisor mock feedback --profile: a departure the profile records', () => {
  const dir = scratchDir();
  const profile = writeJson(dir, 'left.json', {
    version: 1,
    residencies: [
      { country: 'United States', specialty: 'family medicine', from: '2023-07', to: '2024-01', completed: false },
    ],
    professionalism: [{ kind: 'resignation', date: '2024-01' }],
  });
  const answer = join(dir, 'answer.txt');
  writeFileSync(
    answer,
    'That year taught me a lot about myself. My mother needed me at home and the hours made it hard to be there. Since then I have worked as a clinical data coordinator on a diabetes registry and finished a course in health data, and I am ready to give training my full attention.',
  );

  it('advises naming the resignation, in JSON and in text, and keeps --profile accepted', () => {
    const out = runCliJson<FeedbackJson>([
      'mock',
      'feedback',
      '--question',
      'Why did you leave your residency?',
      '--answer',
      answer,
      '--profile',
      profile,
    ]);
    expect(out.advice?.join(' ')).toMatch(/resigned from the family medicine residency in Jan 2024/);
    const r = runCli([
      'mock',
      'feedback',
      '--question',
      'Why did you leave your residency?',
      '--answer',
      answer,
      '--profile',
      profile,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/On what your answer says:/);
  });

  it('gives no such advice without a profile', () => {
    const out = runCliJson<FeedbackJson>([
      'mock',
      'feedback',
      '--question',
      'Why did you leave your residency?',
      '--answer',
      answer,
    ]);
    expect(out.advice).toBeUndefined();
  });
});
