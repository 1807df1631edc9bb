import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/core/repo-root.js';
import { answerFeedback } from '../../src/mock/feedback.js';
import { emptyCues, detectStar, starOf } from '../../src/mock/star.js';
import {
  DENSE_NAMES,
  PARTS,
  partProbability,
  stackedStar,
  starFeatures,
  type StarModel,
} from '../../src/mock/star-ml.js';
import { analyse } from '../../src/text/document.js';

const STORY_Q = 'Tell me about a time you fixed a problem in how your team worked.';

const ANSWERS: [string, string][] = [
  [
    STORY_Q,
    'On the renal ward in Ibadan, blood results for dialysis patients were often missing at the morning round. I was asked by the unit head to sort it out. I mapped where each sample went, found that the porter took them at noon, and moved the collection to six in the morning. Within a month the round had every result in front of it.',
  ],
  [
    'How would you handle an alert that clinicians keep overriding?',
    'I would first look at how often it fires and who overrides it, then sit with a few of the nurses to hear why. If it fires on the wrong patients, I would narrow the rule before anything else.',
  ],
  [
    'Tell me about yourself.',
    'I am a paediatrician from Quito with four years in a neonatal unit. I built a small registry of our premature babies that the unit still uses for its yearly report, and outside work I paint.',
  ],
  ['Do you have any questions for us?', 'Yes, how do residents in your informatics track split their protected time?'],
  [
    STORY_Q,
    'We had a lot of falls on nights, everybody knew it. The matron talked about it at every meeting. Nothing much changed that year, honestly.',
  ],
];

describe('STAR cues for the stacked reading (bench/starml)', () => {
  it.each(ANSWERS)('asking for the cues never changes what the rules decide (%s)', (q, a) => {
    const plain = starOf(analyse(a), q);
    const cues = emptyCues();
    expect(starOf(analyse(a), q, cues)).toEqual(plain);
    expect(starFeatures(analyse(a), q).rules).toEqual(detectStar(a, q));
  });

  it('a story told in the past carries deeds, a charge and a result among its cues', () => {
    const [q, a] = ANSWERS[0]!;
    const cues = emptyCues();
    starOf(analyse(a), q, cues);
    expect(cues.kind).toBe('story');
    expect(cues.actions.length).toBeGreaterThan(0);
    expect(cues.rawActions).toBeGreaterThanOrEqual(cues.actions.length);
    expect(cues.task.length).toBeGreaterThan(0);
    expect(cues.results.length).toBeGreaterThan(0);
    // The result is told after the first deed.
    expect(Math.max(...cues.results)).toBeGreaterThan(cues.actions[0]!);
  });

  it('a plan answer has no past episode among its cues, and its modal verbs are counted', () => {
    const [q, a] = ANSWERS[1]!;
    const cues = emptyCues();
    starOf(analyse(a), q, cues);
    expect(cues.kind).toBe('hypothetical');
    expect(cues.episode).toBe(false);
    const f = starFeatures(analyse(a), q);
    expect(f.x[DENSE_NAMES.indexOf('modal.all')]).toBeGreaterThan(0);
    expect(f.x[DENSE_NAMES.indexOf('deeds.i')]).toBe(0);
  });

  it('a question to the program reads no sentence at all', () => {
    const [q, a] = ANSWERS[3]!;
    const cues = emptyCues();
    starOf(analyse(a), q, cues);
    expect(cues.sentences).toHaveLength(0);
    expect(cues.kind).toBe('to-program');
  });

  it('every answer gives a vector of the same length', () => {
    const lengths = new Set(ANSWERS.map(([q, a]) => starFeatures(analyse(a), q).x.length));
    expect(lengths.size).toBe(1);
  });
});

describe('the committed experimental model (src/mock/star-ml-model.json)', () => {
  const model = JSON.parse(readFileSync(join(repoRoot(), 'src', 'mock', 'star-ml-model.json'), 'utf8')) as StarModel;

  it('reads vectors of the length the features have', () => {
    expect(model.dims).toBe(starFeatures(analyse(ANSWERS[0]![1]), STORY_Q).x.length);
    for (const p of PARTS) expect(model.parts[p].w).toHaveLength(model.dims);
  });

  it('gives a probability per part, the same on every call', () => {
    for (const [q, a] of ANSWERS) {
      const f = starFeatures(analyse(a), q);
      for (const p of PARTS) {
        const v = partProbability(model.parts[p], f.x);
        expect(v).toBeGreaterThan(0);
        expect(v).toBeLessThan(1);
        expect(partProbability(model.parts[p], f.x)).toBe(v);
      }
    }
  });

  it('leaves every rule decision alone when it is never sure enough', () => {
    const never = { ...model, margins: { situation: 0.5, task: 0.5, action: 0.5, result: 0.5 } };
    for (const [q, a] of ANSWERS) {
      const f = starFeatures(analyse(a), q);
      expect(stackedStar(f, never).star).toEqual(f.rules);
    }
  });

  it('takes the model side wherever any certainty is enough', () => {
    const always = { ...model, margins: { situation: 0, task: 0, action: 0, result: 0 } };
    const f = starFeatures(analyse(ANSWERS[0]![1]), STORY_Q);
    const { star, probability } = stackedStar(f, always);
    for (const p of PARTS) expect(star[p]).toBe(probability[p] > 0.5);
  });

  it('scores an answer in well under a millisecond once it is parsed', () => {
    const f = starFeatures(analyse(ANSWERS[0]![1]), STORY_Q);
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) for (const p of PARTS) partProbability(model.parts[p], f.x);
    expect((performance.now() - t0) / 200).toBeLessThan(1);
  });

  it('is not wired in: the member reading is the rules alone', () => {
    for (const [q, a] of ANSWERS) expect(answerFeedback(q, a).star).toEqual(detectStar(a, q));
  });
});
