import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';
import { ROOT } from '../helpers/cli.js';

/**
 * Round fix24: per-sentence readings (blame, a result, the learned layer's features) are kept for
 * the next answer that repeats a sentence. A kept reading must be the reading: the same answers in
 * another order, or edited around a repeated sentence, get the feedback a fresh read gives.
 */
const rows = readFileSync(join(ROOT, 'test/corpus/answers/own-a.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { question: string; answer: string })
  .slice(0, 60);

describe('mock feedback with per-sentence memory', () => {
  it('gives every answer the same feedback whatever was read before it', () => {
    const first = rows.map((r) => JSON.stringify(answerFeedback(r.question, r.answer)));
    const again = [...rows].reverse().map((r) => JSON.stringify(answerFeedback(r.question, r.answer)));
    expect(again.reverse()).toEqual(first);
  });

  it('reads a sentence repeated at another place in a new answer as a fresh read does', () => {
    const said = 'The nurses kept blaming the IT team for every missing order, and nobody listened to them.';
    const told =
      'I was asked to fix the discharge checklist. I met the nurses, rebuilt the template in Epic and trained the ward. Missed items fell from 30% to 8% in two months.';
    const fresh = answerFeedback('Tell me about a time you improved a process.', `${said} ${told}`);
    // Warm the memory with the same sentences elsewhere, then read the answer again.
    answerFeedback('Tell me about a conflict on a team.', `${told} Later, ${said.toLowerCase()}`);
    answerFeedback('Tell me about a conflict on a team.', `Honestly. ${said}`);
    expect(answerFeedback('Tell me about a time you improved a process.', `${said} ${told}`)).toEqual(fresh);
  });
});
