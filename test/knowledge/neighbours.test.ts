import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion, rankedSections } from '../../src/knowledge/answer.js';
import {
  createNeighbourIndex,
  currentNeighbours,
  loadLabelledQuestions,
  setNeighbours,
  UNREAD_FILE,
  type LabelledQuestion,
} from '../../src/knowledge/neighbours.js';
import { getKnowledge } from '../../src/knowledge/store.js';
import { indexWithout, runCross, type Item } from '../../bench/eval-ask/run.js';

const { index, labelled } = getKnowledge();
// The signal is on by default (ADVISOR_ASK_NEIGHBOURS=off turns it off): these tests build the product's index
// themselves and put back whatever was set.
const before = currentNeighbours();
const product = createNeighbourIndex(labelled.questions, labelled.features);
afterEach(() => setNeighbours(before));

// Our own small labelled set (not corpus questions).
const OWN: LabelledQuestion[] = [
  { q: 'how many recommendation letters should an informatics applicant send', scope: 'in', answers: ['letters#how-many'] },
  { q: 'number of reference letters needed for a CI fellowship?', scope: 'in', answers: ['letters#how-many'] },
  { q: 'can my observership attending write a letter for me', scope: 'in', answers: ['letters#who-writes'] },
  { q: 'is a letter from a research supervisor fine for informatics', scope: 'in', answers: ['letters#who-writes'] },
  { q: 'my baby keeps waking at night, how do I get her to sleep through', scope: 'out', answers: [] },
  { q: 'sleep training a toddler who fights bedtime: which method works', scope: 'out', answers: [] },
  { q: 'toddler not sleeping the night before a big day, tips?', scope: 'out', answers: [] },
  { q: 'what helps a toddler sleep in a hotel cot', scope: 'out', answers: [] },
];

describe('neighbour votes', () => {
  const idx = createNeighbourIndex(OWN);

  it('votes for the section that answered questions worded differently', () => {
    const v = idx.votes('How many letters of recommendation do CI programs expect from me?');
    const best = [...v.sections].sort((a, b) => b[1] - a[1])[0];
    expect(best?.[0]).toBe('letters#how-many');
    expect(v.outShare).toBe(0);
  });

  it('reads a question like the out-of-scope ones as out of scope', () => {
    const v = idx.votes('our toddler refuses to sleep at bedtime, what should we try?');
    expect(v.outShare).toBeGreaterThan(0.9);
    expect(v.sections.size).toBe(0);
  });

  it('gives no vote at all to a question it has nothing close to', () => {
    const v = idx.votes('quarterly tax estimate for freelance income');
    expect(v.topSim).toBe(0);
    expect(v.outShare).toBe(0);
    expect(v.inShare).toBe(0);
  });
});

describe('neighbours in /ask', () => {
  it('declines a question its out-of-scope neighbours resemble, which the guides alone would answer', () => {
    const q = 'my toddler will not sleep the night before my interview day, any tips?';
    setNeighbours(undefined);
    expect(answerQuestion(index, q).covered).toBe(true);
    setNeighbours(createNeighbourIndex(OWN));
    const a = answerQuestion(index, q);
    expect(a.covered).toBe(false);
  });

  // Session 25's blind file labels its own version of this question ("I want less patient contact after
  // burnout, is it bad to say that when they ask why CI?") with the "why clinical informatics?" section,
  // so either interview section on the motive is the right first answer.
  it('points a member tired of night shifts first to an interview section on the "why informatics" motive', () => {
    const q = 'honestly I am fed up with nights and want fewer patients, can I say that when they ask why informatics';
    const motive = ['interview-questions#why-not-purely-clinical', 'interview-questions#why-clinical-informatics'];
    setNeighbours(undefined);
    expect(motive).not.toContain(rankedSections(index, q)[0]);
    setNeighbours(product);
    expect(motive).toContain(rankedSections(index, q)[0]);
  });

  it('still answers from the guides and cites them, never quoting a neighbour', () => {
    const q = 'zero coding background here: will CI fellowships turn me away?';
    const a = answerQuestion(index, q);
    expect(a.covered).toBe(true);
    expect(a.answer).toMatch(/\[[a-z0-9-]+#[a-z0-9-]+\]/);
    for (const l of getKnowledge().labelled.questions) if (l.q.length > 40) expect(a.answer).not.toContain(l.q);
  });
});

describe('labelled questions', () => {
  it('never learns from a blind batch not yet read or a held-out file', () => {
    expect(UNREAD_FILE('questions-al.jsonl')).toBe(true);
    expect(UNREAD_FILE('heldout-x.jsonl')).toBe(true);
    expect(UNREAD_FILE('seen-questions-al.jsonl')).toBe(false);
    expect(UNREAD_FILE('questions-a.jsonl')).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'askml-'));
    const line = (id: string, scope: string) => `${JSON.stringify({ id, q: `question ${id}`, scope, answers: ['letters#how-many'] })}\n`;
    writeFileSync(join(dir, 'seen-questions-zz.jsonl'), line('a1', 'in') + line('a2', 'out-of-scope'));
    writeFileSync(join(dir, 'questions-az.jsonl'), line('b1', 'in'));
    writeFileSync(join(dir, 'heldout-zz.jsonl'), line('c1', 'in'));
    const got = loadLabelledQuestions(dir);
    expect(got.map((g) => g.id)).toEqual(['a1', 'a2']);
    expect(got[1]).toMatchObject({ scope: 'out', answers: [] });
  });

  it('eval:ask answers each file without its own questions in the index, then puts the product index back', () => {
    const own = getKnowledge().labelled.questions.find((l) => l.scope === 'in' && l.answers.length > 0 && l.file.startsWith('seen-'))!;
    // The product index holds the question itself; the index a file is measured with does not.
    expect(product!.votes(own.q).topSim).toBeGreaterThan(0.999);
    expect(indexWithout(own.file).votes(own.q).topSim).toBeLessThan(0.999);
    const item: Item = { id: own.id, q: own.q, scope: 'in', answers: [...own.answers], file: own.file };
    setNeighbours(product);
    expect(runCross([item])).toHaveLength(1);
    expect(currentNeighbours()).toBe(product);
  });
});
