import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneScale } from '../../src/cli/verbs/ask.js';
import { runCli, runCliJson } from '../helpers/cli.js';

interface AskJson {
  answer: string;
  covered: boolean;
  passages: Array<{ doc: string; section: string; heading: string; text: string; score: number }>;
}

const ask = (q: string): AskJson => runCliJson<AskJson>(['ask', ...q.split(' ')]);
const CITATION = /\[([a-z0-9-]+)#([a-z0-9-]+)\]/g;

describe('advisor ask', () => {
  it('prints one JSON object: answer, covered, passages best first', () => {
    const out = ask('how many letters should mention informatics?');
    // The contract's keys, plus extensions (kind, faqId, lead, declined) where they apply.
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['answer', 'covered', 'passages']));
    expect(
      Object.keys(out).filter(
        (k) => !['answer', 'covered', 'passages', 'kind', 'faqId', 'lead', 'declined'].includes(k),
      ),
    ).toEqual([]);
    expect(out.covered).toBe(true);
    expect(out.answer.length).toBeGreaterThan(50);
    expect(out.passages.length).toBeGreaterThan(0);
    for (const p of out.passages) {
      expect(Object.keys(p).sort()).toEqual(['doc', 'heading', 'score', 'section', 'text']);
      expect(p.score).toBeGreaterThan(0);
      // The passage is the guide's own text: its opening words stand in that guide.
      const opening = p.text.split(/\s+/).slice(0, 6).join(' ');
      expect(opening.split(' ')).toHaveLength(6);
      expect(readFileSync(join('knowledge', `${p.doc}.md`), 'utf8'), `${p.doc}: ${opening}`).toContain(opening);
    }
    const scores = out.passages.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(out.passages[0]).toMatchObject({ doc: 'letters', section: 'how-many-informatics-letters' });
  });

  // One question per seed article; the answer must cite a guide written from that article.
  it.each([
    ['red flags', 'will programs see my Step 1 failure as a red flag', ['red-flags', 'explaining-red-flags']],
    [
      'pre-interview prep',
      'how should I set up my webcam and lighting for a virtual interview',
      ['interview-preparation'],
    ],
    [
      'interview questions for US-citizen IMGs',
      'what do I say when they ask why I went abroad for medical school',
      ['us-citizen-img', 'interview-questions'],
    ],
    ['letters of recommendation', 'who should write my letters of recommendation for a CI fellowship', ['letters']],
    ['pre-match communication', 'can I tell two programs they are my top choice', ['prematch']],
  ])('answers a question from the %s article with citations to its guide', (_article, q, docs) => {
    const out = ask(q);
    expect(out.covered).toBe(true);
    expect(docs).toContain(out.passages[0]!.doc);
    const cited = [...out.answer.matchAll(CITATION)].map((m) => `${m[1]}#${m[2]}`);
    expect(cited[0]).toBe(`${out.passages[0]!.doc}#${out.passages[0]!.section}`);
    // Passages: the cited sections first, then further sections worth reading.
    expect(out.passages.map((p) => `${p.doc}#${p.section}`).slice(0, cited.length)).toEqual(cited);
  });

  it('says an off-topic question is not covered, with no passages', () => {
    const out = ask('what is the capital of France');
    expect(out.covered).toBe(false);
    expect(out.passages).toEqual([]);
    expect(out.answer).toMatch(/don't cover/);
  });

  it('prints the answer then its sources as text', () => {
    const r = runCli(['ask', 'what', 'is', 'CPOE']);
    expect(r.code).toBe(0);
    const [answer, sources] = r.stdout.split('\nSources:\n');
    expect(answer).toMatch(/\[informatics-concepts#cpoe\]/);
    expect(sources).toMatch(/^ {2}informatics-concepts#cpoe {2}/);
    // Sources are listed best first with no score: scores of curated and composed answers differ in scale.
    expect(sources).not.toMatch(/score/);
  });

  it('gives passage scores on one scale, best 1, when a curated and a composed answer share a reply', () => {
    const out = ask('How many letters do I need? When should I ask for them?');
    expect(out.passages.length).toBeGreaterThan(3);
    const scores = out.passages.map((p) => p.score);
    expect(scores[0]).toBe(1);
    for (const s of scores) expect(s).toBeGreaterThan(0);
    for (const s of scores) expect(s).toBeLessThanOrEqual(1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('scales each run of scores to its own best and keeps it under the run before', () => {
    const scaled = oneScale([0.8, 0.7, 240, 120]);
    [1, 0.875, 0.875 * 0.99, 0.875 * 0.99 * 0.5].forEach((want, i) => expect(scaled[i]).toBeCloseTo(want, 6));
  });

  it.each([[[]], [['', '  ']]])('rejects an empty question with exit 2 and one line on stderr (%j)', (words) => {
    const r = runCli(['ask', ...words, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^advisor: ask: no question given/);
  });
});
