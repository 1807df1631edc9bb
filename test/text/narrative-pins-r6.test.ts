/**
 * A labelled answer whose note a small change to the action reader would change (round six of
 * issue 15, found with tools/mutant-probe.mjs): the first thing the member did is quoted back as
 * the labelled "no result" note asks, "I wrote the queries…", not a sentence before it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';

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
