/**
 * The learned layer over the STAR reading (src/mock/star-layer.ts, round star32): the shipped
 * weights belong to the corpus they were trained on, the layer only turns STAR parts (never a note
 * id), never withdraws a result the rules found, acts only past its thresholds, and is cheap.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersHash, FORBIDDEN } from '../../bench/eval/learned/data.js';
import { chooseAdd, MIN_ITEMS, TOP_N } from '../../bench/eval/learned/star.js';
import { answerFeedback } from '../../src/mock/feedback.js';
import {
  NEVER_WITHDRAW,
  PARTS,
  prepareStarModel,
  starLayer,
  starModelPath,
  type StarModel,
} from '../../src/mock/star-layer.js';
import { detectStar } from '../../src/mock/star.js';
import { analyse } from '../../src/text/document.js';

const model = JSON.parse(readFileSync(starModelPath(), 'utf8')) as StarModel;

const STORY_Q = 'Tell me about a time you improved a process.';
// My own answers, in different shapes: a full story, one with no result, one told as a plan.
const ANSWERS: [string, string][] = [
  [
    STORY_Q,
    'Last spring on the renal ward our discharge summaries went out two days late on average. My consultant made me responsible for getting them out on the day of discharge. I listed where each one waited, moved the medication section into a template the pharmacist could fill in, and checked the queue every afternoon. Within six weeks nearly every summary left the ward the same day, and the GP practices stopped phoning us to chase them.',
  ],
  [
    STORY_Q,
    'During my internship in Cairo the blood results were printed and carried by hand to each ward. I was asked to find a faster way. I spoke to the lab manager and set up a shared folder that the wards could check, and I showed the nurses how to use it on every shift.',
  ],
  [
    'How would you handle a colleague who keeps ignoring an alert?',
    'I would first ask her what the alert means to her and whether it fires too often. Then I would look at the data on how often it is overridden and bring that to the team that owns the rule.',
  ],
  ['What questions do you have for us?', 'How do fellows split their time between clinical work and projects?'],
];

function fakeModel(
  over: Partial<Record<(typeof PARTS)[number], Partial<StarModel['parts']['result']>>>,
  features = ['l:ward'],
): StarModel {
  const part = { add: 0.9, withdraw: 0.1, bias: 0, weights: [] as [number, number][] };
  return {
    version: 1,
    corpus: 'x',
    minItems: 1,
    topN: 0,
    features,
    parts: {
      situation: { ...part, ...over.situation },
      task: { ...part, ...over.task },
      action: { ...part, ...over.action },
      result: { ...part, ...over.result },
    },
  };
}

describe('the shipped STAR model (src/mock/star-model.json)', () => {
  it('was trained on the answers corpus as it is now: retrain with `npm run train:checks` after changing it', () => {
    expect(model.corpus).toBe(answersHash());
  });

  it('is the cut the trainer ships: features seen in enough answers, at most TOP_N weights per part', () => {
    expect(model.minItems).toBe(MIN_ITEMS);
    expect(model.topN).toBe(TOP_N);
    for (const p of PARTS) {
      if (TOP_N) expect(model.parts[p].weights.length).toBeLessThanOrEqual(TOP_N);
      for (const [i] of model.parts[p].weights) expect(model.features[i]).toBeDefined();
    }
    expect(JSON.stringify(model).length).toBeLessThan(400_000);
  });

  it('adds a part only when very sure (thresholds from the trainer grid), and never withdraws one', () => {
    for (const p of PARTS) {
      const { add, withdraw } = model.parts[p];
      if (add !== null) expect(add).toBeGreaterThanOrEqual(0.9);
      if (withdraw !== null) expect(withdraw).toBeLessThanOrEqual(0.1);
    }
    for (const p of PARTS) if (NEVER_WITHDRAW.has(p)) expect(model.parts[p].withdraw).toBeNull();
  });

  it('never trains on files no one may open', () => {
    for (const f of ['heldout-ba.jsonl', 'probe-v36.jsonl', 'questions-az.jsonl', 'answers/heldout-ba-2.jsonl'])
      expect(FORBIDDEN.test(f)).toBe(true);
    for (const f of ['seen-heldout-az.jsonl', 'probe-v35.jsonl', 'seen-heldout-ay.jsonl'])
      expect(FORBIDDEN.test(f)).toBe(false);
  });
});

describe("the trainer's add threshold (bench/eval/learned/star.ts, chooseAdd)", () => {
  const c = (group: number, p: number, truth: boolean) => ({ group, p, truth, rule: false });
  it('takes no threshold at which one group of held-out writers loses, whatever the others gain', () => {
    // At 0.9: group 0 gains 3, group 1 loses 1 (total +2). At 0.96: group 0 gains 2, nobody loses.
    const cases = [c(0, 0.97, true), c(0, 0.97, true), c(0, 0.92, true), c(1, 0.93, false), c(2, 0.5, true)];
    expect(chooseAdd(cases)).toBe(0.96);
  });
  it('takes none when nothing gains, and ignores parts the rules already read', () => {
    expect(chooseAdd([c(0, 0.999, false), { group: 1, p: 0.999, truth: true, rule: true }])).toBeNull();
  });
});

describe('the STAR layer in answer feedback', () => {
  it('changes no note but no-result, and that only where it read a result the rules missed', () => {
    for (const [q, a] of ANSWERS) {
      const fb = answerFeedback(q, a, { starLayer: true });
      const rules = answerFeedback(q, a, { starLayer: false });
      const keep = (n: { id: string }) => n.id !== 'no-result' || !(fb.star.result && !rules.star.result);
      expect(fb.notes).toEqual(rules.notes.filter(keep));
    }
  });

  it('is on by default: what members get is the combined reading', () => {
    for (const [q, a] of ANSWERS) expect(answerFeedback(q, a)).toEqual(answerFeedback(q, a, { starLayer: true }));
  });

  it('with the layer off, the reading is the rules alone', () => {
    for (const [q, a] of ANSWERS) expect(answerFeedback(q, a, { starLayer: false }).star).toEqual(detectStar(a, q));
  });

  it('reads no STAR part in a question to the program, whatever the model', () => {
    const [q, a] = ANSWERS[3]!;
    expect(answerFeedback(q, a, { starLayer: true }).star).toEqual({
      situation: false,
      task: false,
      action: false,
      result: false,
    });
  });

  it('adds a part the rules missed only above its add threshold', () => {
    const [q, a] = ANSWERS[1]!;
    const rules = detectStar(a, q);
    const doc = analyse(a);
    const sure = prepareStarModel(fakeModel({ result: { bias: 5 } })); // P ≈ 0.993
    const unsure = prepareStarModel(fakeModel({ result: { bias: 1 } })); // P ≈ 0.73
    const never = prepareStarModel(fakeModel({ result: { bias: 5, add: null } }));
    expect(rules.result).toBe(false);
    expect(starLayer(doc, q, rules, [], sure).star.result).toBe(true);
    expect(starLayer(doc, q, rules, [], unsure).star.result).toBe(false);
    expect(starLayer(doc, q, rules, [], never).star.result).toBe(false);
  });

  it('never withdraws a part the rules found, however sure it is that the part is missing', () => {
    const [q, a] = ANSWERS[0]!;
    const rules = detectStar(a, q);
    expect(rules).toMatchObject({ situation: true, action: true, result: true });
    const doc = analyse(a);
    const sureNot = prepareStarModel(
      fakeModel({
        situation: { bias: -5, withdraw: 0.5 },
        task: { bias: -5, withdraw: 0.5 },
        action: { bias: -5 },
        result: { bias: -5, withdraw: 0.5 },
      }),
    );
    const read = starLayer(doc, q, rules, [], sureNot);
    expect(read.star).toEqual(rules);
    expect(read.changed).toEqual([]);
  });

  it('adds an action only from a sentence where the member speaks as "I", not the team\'s "we"', () => {
    const q = 'Describe a moment on a ward team when you changed how the rota ran.';
    const sure = prepareStarModel(fakeModel({ action: { bias: 5 } }));
    const team = 'We were short of beds. We changed the rota and we blamed nobody. The nurses agreed.';
    const own = 'We were short of beds. I rewrote the rota with the charge nurse. The nurses agreed.';
    expect(starLayer(analyse(team), q, detectStar(team, q), [], sure).star.action).toBe(false);
    // Every sentence scores the same under this model: the first ("We were short…") decides, so no action is added.
    expect(starLayer(analyse(own), q, { ...detectStar(own, q), action: false }, [], sure).star.action).toBe(false);
    const onI = prepareStarModel(fakeModel({ action: { bias: 0, weights: [[0, 5]] } }, ['l:rota']));
    expect(starLayer(analyse(own), q, { ...detectStar(own, q), action: false }, [], onI).star.action).toBe(true);
  });

  it('weighs the words the model knows: a weight on a lemma of the answer moves it', () => {
    const [q, a] = ANSWERS[1]!;
    const rules = detectStar(a, q);
    const doc = analyse(a);
    const m = prepareStarModel(fakeModel({ result: { bias: -3, weights: [[0, 8]] } })); // "ward" is in the answer
    expect(starLayer(doc, q, rules, [], m).p.result).toBeGreaterThan(0.9);
  });

  it('costs well under a millisecond per answer once the answer is parsed', () => {
    const docs = ANSWERS.map(([q, a]) => [q, analyse(a), detectStar(a, q)] as const);
    for (const [q, d, r] of docs) starLayer(d, q, r, []);
    // CPU time of this process: other work on the shared cores does not count.
    const c0 = process.cpuUsage();
    for (let i = 0; i < 100; i++) for (const [q, d, r] of docs) starLayer(d, q, r, []);
    const c = process.cpuUsage(c0);
    expect((c.user + c.system) / 1000 / 400).toBeLessThan(1);
  });
});
