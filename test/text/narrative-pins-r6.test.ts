/**
 * A labelled answer whose note a small change to the action reader would change (round six of
 * issue 15, found with tools/mutant-probe.mjs): the first thing the member did is quoted back as
 * the labelled "no result" note asks, "I wrote the queries…", not a sentence before it; and a
 * regular past the lemmatiser cuts too far ("coded" → "cod") is still the story verb; a verb after
 * a time phrase and a comma, in note style, is still the member's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';
import { analyse } from '../../src/text/document.js';
import { actionsIn } from '../../src/text/narrative.js';

function item(file: string, id: string): Record<string, unknown> {
  for (const line of readFileSync(new URL(`../corpus/answers/${file}.jsonl`, import.meta.url), 'utf8').split('\n'))
    if (line.trim()) {
      const x = JSON.parse(line) as Record<string, unknown>;
      if (x.id === id) return x;
    }
  throw new Error(`no ${file}/${id}`);
}

describe('answers/blind-g/an-d7-002, as labelled', () => {
  it('notes no result and quotes the first thing the member did', () => {
    const x = item('blind-g', 'an-d7-002');
    expect(x.fire).toContain('no-result');
    const note = answerFeedback(String(x.question), String(x.answer)).notes.find((n) => n.id === 'no-result');
    expect(note?.message).toContain('You said what you did ("I wrote the queries against the Epic Clarity…")');
  });
});

describe('a regular past the lemmatiser cut too far', () => {
  it('reads "coded" (lemmatised "cod") as the story verb "code", with or without "I"', () => {
    for (const [text, verb] of [
      ['I coded the intake forms for the free clinic.', 'coded'],
      ['Coded the intake forms for the free clinic.', 'Coded'],
    ] as const)
      expect(actionsIn(analyse(text), { story: true }).map((h) => h.sentence.tokens[h.token]!.value)).toEqual([verb]);
  });
});

describe('a time phrase before the verb, set off by a comma', () => {
  it.each([
    ['In the evenings, helped my sister with her shop.', 'helped'],
    ['Every weekend, volunteered at the free clinic.', 'volunteered'],
  ])('reads "%s" (note style, no "I") as the member\'s action', (text, verb) => {
    expect(actionsIn(analyse(text)).map((h) => h.sentence.tokens[h.token]!.value)).toEqual([verb]);
  });
});
