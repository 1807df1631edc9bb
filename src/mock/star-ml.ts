/**
 * A small learned reading of the STAR parts, stacked on the rules of src/mock/star.ts: per part a
 * logistic regression over what the rules decided and saw (StarCues), plus meaning-level cues of
 * the text itself (first-person deeds in the past, words of duty and of plans, numbers, words of
 * change, where in the answer each cue sits) and lemma / part-of-speech n-grams from wink-nlp.
 * Trained by bench/starml/train.ts (full-batch, no randomness); the weights live in
 * star-ml-model.json. Pure arithmetic at answer time: the parse is the one the rules already made.
 *
 * This is an experiment (see bench/starml/RESULTS.md): nothing in the member-facing reading uses
 * it unless that file says it was wired in.
 */
import type { Sentence, TextDoc } from '../text/document.js';
import { isPastTense } from '../text/narrative.js';
import { emptyCues, starOf, type StarCues, type StarParts } from './star.js';

export const PARTS = ['situation', 'task', 'action', 'result'] as const;
export type Part = (typeof PARTS)[number];

/** Hashed lemma n-grams: how many buckets (a power of two). */
export const LEMMA_BUCKETS = 512;
const POS_TAGS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
];
const KINDS = ['story', 'opener', 'hypothetical', 'to-program', 'program-fit', 'other'] as const;

/** Words of duty or charge, as lemmas. */
const DUTY = new Set([
  'responsible',
  'responsibility',
  'charge',
  'task',
  'job',
  'role',
  'duty',
  'goal',
  'aim',
  'objective',
  'target',
  'assign',
  'ask',
  'expect',
  'need',
  'must',
  'supposed',
  'mission',
  'deadline',
  'lead',
  'own',
]);
/** Modal verbs of plans and possibilities. */
const MODAL = new Set(['would', 'will', 'could', 'might', 'should', 'may', 'shall', "'d", "'ll"]);
/** Words of change, as lemmas. */
const CHANGE = new Set([
  'reduce',
  'increase',
  'decrease',
  'drop',
  'fall',
  'rise',
  'improve',
  'cut',
  'halve',
  'double',
  'shorten',
  'lower',
  'stop',
  'start',
  'become',
  'adopt',
  'approve',
  'accept',
  'pass',
  'finish',
  'complete',
  'save',
  'avoid',
  'prevent',
  'resolve',
  'fix',
  'change',
  'use',
  'continue',
  'spread',
]);
/** Words that place an episode in time or place, or carry it on in time. */
const FRAME = new Set([
  'when',
  'during',
  'while',
  'ago',
  'year',
  'month',
  'week',
  'night',
  'shift',
  'rotation',
  'residency',
  'internship',
  'hospital',
  'ward',
  'clinic',
  'unit',
  'department',
]);
const LATER = new Set([
  'after',
  'later',
  'eventually',
  'finally',
  'since',
  'now',
  'result',
  'end',
  'within',
  'still',
  'longer',
]);
const PERSON_I = new Set(['i', 'me', 'my', 'myself']);
const PERSON_WE = new Set(['we', 'us', 'our', 'ourselves']);

/** FNV-1a, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A lemma as the n-grams see it: names and numbers stand for their class. */
function word(t: { lemma: string; pos: string }): string {
  if (t.pos === 'PROPN') return '<name>';
  if (t.pos === 'NUM') return '<num>';
  if (t.pos === 'PUNCT') return '<p>';
  return t.lemma.toLowerCase();
}

/** Names of the dense features, in order (the hashed n-grams follow them). */
export const DENSE_NAMES: string[] = [];
const POS_OFFSET = () => DENSE_NAMES.length;

export interface StarFeatures {
  rules: StarParts;
  /** Dense values (DENSE_NAMES), then POS bigram frequencies, then hashed lemma n-grams (0/1). */
  x: Float64Array;
}

const log1 = (n: number) => Math.log1p(n);

/** The dense part: each value named once, in a fixed order. */
function dense(rules: StarParts, c: StarCues, question: string): [string, number][] {
  const ss = c.sentences;
  const n = ss.length;
  const pos = (i: number | undefined) => (i === undefined || n <= 1 ? -1 : i / (n - 1));
  const toks = ss.flatMap((s) => s.tokens);
  const words = toks.filter((t) => t.pos !== 'PUNCT').length;
  const verbs = toks.filter((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const past = verbs.filter(isPastTense).length;
  const present = verbs.filter((t) => !isPastTense(t) && !/ing$/.test(t.canon)).length;
  const per = (k: number) => (words ? (100 * k) / words : 0);
  // First-person deeds: "I" or "we" with a past verb within the next three tokens.
  const deeds = (who: Set<string>, s: Sentence) =>
    s.tokens.filter(
      (t, k) =>
        who.has(t.canon) &&
        (t.canon === 'i' || t.canon === 'we') &&
        s.tokens.slice(k + 1, k + 4).some((v) => isPastTense(v) && !/^(?:was|were|had)$/.test(v.canon)),
    ).length;
  const iDeeds = ss.map((s) => deeds(PERSON_I, s));
  const weDeeds = ss.map((s) => deeds(PERSON_WE, s));
  const count = (set: Set<string>, s: Sentence) => s.tokens.filter((t) => set.has(t.lemma.toLowerCase())).length;
  const duty = ss.map((s) => count(DUTY, s));
  const modal = ss.map((s) => count(MODAL, s));
  const change = ss.map((s) => count(CHANGE, s));
  const frame = ss.map((s) => count(FRAME, s));
  const later = ss.map((s) => count(LATER, s));
  const nums = ss.map((s) => s.tokens.filter((t) => t.pos === 'NUM' || /%|percent/.test(t.canon)).length);
  const neg = toks.filter((t) => /^(?:not|never|no|nobody|nothing)$/.test(t.canon)).length;
  const iCount = toks.filter((t) => PERSON_I.has(t.canon)).length;
  const weCount = toks.filter((t) => PERSON_WE.has(t.canon)).length;
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const firstWhere = (a: number[]) => {
    const i = a.findIndex((v) => v > 0);
    return i < 0 ? undefined : i;
  };
  const lastWhere = (a: number[]) => {
    for (let i = a.length - 1; i >= 0; i--) if (a[i]! > 0) return i;
    return undefined;
  };
  const third = (a: number[], which: 0 | 1 | 2) =>
    n ? sum(a.filter((_, i) => Math.min(2, Math.floor((3 * i) / n)) === which)) : 0;
  const firstAct = c.actions[0];
  const lastResult = c.results[c.results.length - 1];
  const firstTask = c.task[0];
  const q = question.toLowerCase();
  const out: [string, number][] = [
    ['rule.situation', +rules.situation],
    ['rule.task', +rules.task],
    ['rule.action', +rules.action],
    ['rule.result', +rules.result],
    ...KINDS.map((k): [string, number] => [`kind.${k}`, +(c.kind === k)]),
    ['selfPitch', +c.selfPitch],
    ['episode', +c.episode],
    ['cue.setting', log1(c.setting.length)],
    ['cue.situationPatterns', log1(c.situationPatterns)],
    ['cue.background', log1(c.background)],
    ['cue.placeOpenings', log1(c.placeOpenings)],
    ['cue.standingNow', log1(c.standingNow)],
    ['cue.rawActions', log1(c.rawActions)],
    ['cue.actions', log1(c.actions.length)],
    ['cue.actionsFiltered', log1(Math.max(0, c.rawActions - c.actions.length))],
    ['cue.cameToKnow', log1(c.cameToKnow)],
    ['cue.teamActs', log1(c.teamActs)],
    ['cue.taskMatched', log1(c.taskMatched)],
    ['cue.task', log1(c.task.length)],
    ['cue.taskInPlan', log1(c.taskInPlan)],
    ['cue.unowned', log1(c.unowned)],
    ['cue.reliedOn', log1(c.reliedOn)],
    ['cue.onlyAble', log1(c.onlyAble)],
    ['cue.planGoal', log1(c.planGoal)],
    ['cue.noFault', +c.noFault],
    ['cue.rawResults', log1(c.rawResults)],
    ['cue.lesson', log1(c.lesson)],
    ['cue.beforeAny', log1(c.beforeAny)],
    ['cue.hoped', log1(c.hoped)],
    ['cue.generalTruth', log1(c.generalTruth)],
    ['cue.results', log1(c.results.length)],
    ['cue.openerResults', log1(c.openerResults)],
    ['cue.outcomes', log1(c.outcomes)],
    ['pos.firstSetting', pos(c.setting[0])],
    ['pos.firstAction', pos(firstAct)],
    ['pos.firstTask', pos(firstTask)],
    ['pos.lastResult', pos(lastResult)],
    ['order.taskBeforeAction', +(firstTask !== undefined && firstAct !== undefined && firstTask <= firstAct)],
    ['order.resultAfterAction', +(lastResult !== undefined && firstAct !== undefined && lastResult > firstAct)],
    [
      'order.settingBeforeAction',
      +(c.setting[0] !== undefined && (firstAct === undefined || c.setting[0] <= firstAct)),
    ],
    ['len.sentences', log1(n)],
    ['len.words', log1(words)],
    ['tense.pastShare', verbs.length ? past / verbs.length : 0],
    ['tense.presentShare', verbs.length ? present / verbs.length : 0],
    ['deeds.i', log1(sum(iDeeds))],
    ['deeds.we', log1(sum(weDeeds))],
    ['deeds.iFirstPos', pos(firstWhere(iDeeds))],
    ['deeds.iLastThird', log1(third(iDeeds, 2))],
    ['deeds.iFirstThird', log1(third(iDeeds, 0))],
    ['person.i', per(iCount)],
    ['person.we', per(weCount)],
    ['duty.all', log1(sum(duty))],
    ['duty.firstThird', log1(third(duty, 0))],
    ['duty.beforeFirstDeed', log1(sum(duty.slice(0, (firstWhere(iDeeds) ?? n) + 1)))],
    ['modal.all', per(sum(modal))],
    ['modal.sentences', n ? modal.filter((v) => v > 0).length / n : 0],
    ['change.all', log1(sum(change))],
    ['change.lastThird', log1(third(change, 2))],
    ['change.lastPos', pos(lastWhere(change))],
    ['frame.all', log1(sum(frame))],
    ['frame.firstThird', log1(third(frame, 0))],
    ['later.all', log1(sum(later))],
    ['later.lastThird', log1(third(later, 2))],
    ['num.all', log1(sum(nums))],
    ['num.lastThird', log1(third(nums, 2))],
    ['num.firstThird', log1(third(nums, 0))],
    ['negation', per(neg)],
    ['q.story', +/\b(?:a time|an example|describe a|tell me about a|walk me through)\b/.test(q)],
    ['q.would', +/\b(?:would|will|should|how do you|what do you)\b/.test(q)],
    ['q.yourself', +/\b(?:yourself|your background|who you are)\b/.test(q)],
    ['q.why', +/^\s*why\b/.test(q)],
    ['bias', 1],
  ];
  return out;
}

/** Features of one parsed answer; the rules' decision comes with them (the same as starOf's). */
export function starFeatures(parsed: TextDoc, question = ''): StarFeatures {
  const cues = emptyCues();
  const rules = starOf(parsed, question, cues);
  const d = dense(rules, cues, question);
  if (!DENSE_NAMES.length) DENSE_NAMES.push(...d.map(([k]) => k));
  const posDims = POS_TAGS.length * POS_TAGS.length;
  const x = new Float64Array(d.length + posDims + LEMMA_BUCKETS);
  d.forEach(([, v], i) => (x[i] = v));
  const off = POS_OFFSET();
  let pairs = 0;
  for (const s of cues.sentences) {
    const t = s.tokens;
    for (let k = 0; k + 1 < t.length; k++) {
      const a = POS_TAGS.indexOf(t[k]!.pos);
      const b = POS_TAGS.indexOf(t[k + 1]!.pos);
      if (a < 0 || b < 0) continue;
      x[off + a * POS_TAGS.length + b]! += 1;
      pairs++;
    }
    for (let k = 0; k < t.length; k++) {
      const w = word(t[k]!);
      x[off + posDims + (hash(`1 ${w}`) & (LEMMA_BUCKETS - 1))] = 1;
      if (k + 1 < t.length) x[off + posDims + (hash(`2 ${w} ${word(t[k + 1]!)}`) & (LEMMA_BUCKETS - 1))] = 1;
    }
  }
  if (pairs) for (let i = 0; i < posDims; i++) x[off + i] = (10 * x[off + i]!) / pairs;
  return { rules, x };
}

/** One part's model: a weight per feature (the training's standardisation folded in) and a bias. */
export interface PartModel {
  bias: number;
  w: number[];
}
export interface StarModel {
  dims: number;
  /** Which feature groups the model reads (see bench/starml/train.ts). */
  groups: string[];
  /** Per part, the rule's decision is replaced only where the model is at least this sure (|p - 0.5|). */
  margins: Record<Part, number>;
  parts: Record<Part, PartModel>;
}

/** Probability that the part is present, by one part's model. */
export function partProbability(m: PartModel, x: Float64Array): number {
  let z = m.bias;
  for (let i = 0; i < m.w.length; i++) if (m.w[i] !== 0) z += m.w[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** The stacked reading: the model's decision where it is sure, the rule's elsewhere. */
export function stackedStar(f: StarFeatures, model: StarModel): { star: StarParts; probability: Record<Part, number> } {
  const probability = {} as Record<Part, number>;
  const star = { ...f.rules };
  for (const p of PARTS) {
    const q = partProbability(model.parts[p], f.x);
    probability[p] = q;
    if (Math.abs(q - 0.5) >= model.margins[p]) star[p] = q > 0.5;
  }
  return { star, probability };
}
