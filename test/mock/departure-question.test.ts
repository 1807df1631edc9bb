/**
 * "Why did you leave your residency?" has its own structure (the fact, the reason without blame,
 * what you did since, why ready now), not the opener's, and its guides are never the ones written
 * for US citizens who studied abroad (newcomer trial 9: a non-US citizen was sent to them).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANK, citesFor, GUIDE_AUDIENCE, questionById } from '../../src/mock/bank.js';
import { isDepartureQuestion, uncheckedFor } from '../../src/mock/feedback.js';
import { runCli, scratchDir } from '../helpers/cli.js';

const ANSWER =
  'I stopped my surgical training in Karachi in March 2020 after eighteen months. My father fell ill and I was the only one who could look after him, so I stepped away. Since then I finished a master of public health, worked as a data analyst for a district hospital and passed Step 1 and Step 2 CK. My father is stable now, and I am ready to commit to finishing a residency here.';

describe('a question on leaving a program', () => {
  it('gives the bank questions on a residency left their own structure', () => {
    for (const id of ['why-left-residency', 'why-left-residency-other']) {
      const q = questionById(id)!;
      expect(q.framework).toBe('departure');
      const text = uncheckedFor(q)!;
      expect(text).toMatch(/the reason in a sentence without blaming anyone/);
      expect(text).not.toMatch(/formative/);
    }
  });

  it('recognises typed wordings of the question, and not other questions', () => {
    expect(isDepartureQuestion('So why exactly did you quit the programme back home?')).toBe(true);
    expect(isDepartureQuestion('What made you walk away from your fellowship?')).toBe(true);
    expect(isDepartureQuestion('Why did you not complete your residency in Lagos?')).toBe(true);
    expect(isDepartureQuestion('Tell me about yourself.')).toBe(false);
    expect(isDepartureQuestion('Why this program?')).toBe(false);
    expect(isDepartureQuestion('What would you leave out of a sepsis alert?')).toBe(false);
  });

  it('never cites a guide for one side of the citizenship split on a question asked of everyone', () => {
    for (const q of BANK.filter((x) => !x.audience)) {
      for (const r of citesFor(q)) expect(GUIDE_AUDIENCE[r.doc], `${q.id} cites ${r.doc}`).toBeUndefined();
    }
    expect(citesFor(questionById('why-study-abroad')!).some((r) => r.doc === 'us-citizen-img')).toBe(true);
  });

  it('prints the fitting structure and neutral guides in the command line, with no profile', () => {
    const dir = scratchDir();
    const file = join(dir, 'left.txt');
    writeFileSync(file, ANSWER);
    const r = runCli([
      'mock',
      'feedback',
      '--question',
      'Why did you leave your surgical residency?',
      '--answer',
      file,
    ]);
    const out = r.stdout.replace(/\s+/g, ' ');
    expect(out).toMatch(/why you are ready to finish training now/);
    expect(out).not.toMatch(/formative/);
    expect(out).toMatch(/Sources: explaining-red-flags#principles/);
    expect(out).not.toMatch(/us-citizen-img/);
  });
});
