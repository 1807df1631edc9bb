import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerFeedback, uncheckedFor } from '../../src/mock/feedback.js';
import { runCli, scratchDir } from '../helpers/cli.js';

const RAMBLING =
  'So, um, I was born in Lagos and went to medical school there, I graduated in 2016. Then in 2016 I did my house job, and then in 2017 I worked as a medical officer. In 2019 I started family medicine residency, and, you know, I did that until 2021. Then in 2021 I moved to the US. In 2022 I started as an Epic analyst and I have been doing that since. So, um, yeah, that is basically me.';

describe('feedback on an answer built in parts says what the checks cannot see', () => {
  it('tells a rambling "Tell me about yourself" what was checked and that its structure was not', () => {
    const dir = scratchDir();
    const file = join(dir, 'opener.txt');
    writeFileSync(file, RAMBLING);
    const r = runCli(['mock', 'feedback', '--question', 'Tell me about yourself.', '--answer', file]);
    expect(r.stdout).toMatch(/\[fillers\]/);
    expect(r.stdout).toMatch(/Checked here: length at speaking pace, filler words and blame\./);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/telling every year in turn/);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/why this field, why this program/);
  });

  it('names the informatics check where the question invites one, and says nothing of the kind for a story', () => {
    expect(uncheckedFor('why-switch-specialty')).toMatch(/blame and an informatics angle\. Not checked/);
    expect(uncheckedFor('Tell me about a time you used data or the EHR to improve care.')).toBeUndefined();
  });

  it('judges "why go through residency again?" against its own parts, not the opener\'s', () => {
    const text = uncheckedFor('why-residency-again') ?? '';
    expect(text).toMatch(/accept supervision/);
    expect(text).not.toMatch(/why this field, why this program/);
    const short = answerFeedback(
      'You have already trained in this specialty abroad. Why go through residency in it again?',
      'Because it is required for a licence here and I want to work in the US.',
    ).notes.find((n) => n.id === 'too-short')?.message;
    expect(short).toMatch(/what US residency adds/);
    expect(short).not.toMatch(/why this field/);
  });
});
