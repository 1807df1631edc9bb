/**
 * The learned layer over the text checks (issue #10): one small multiple-instance logistic
 * regression per label, trained by `npm run train:checks` (bench/eval/learned/) on the labelled
 * corpus and shipped as src/text/learned-model.json. The rules stay authoritative: the layer may
 * add a finding the rules missed only when it is very sure (above the label's `add` threshold), and
 * withdraw a rules finding only when it is very sure it is wrong (below `withdraw`), never a HIGH
 * one: telling a member a risky email is fine is the worst failure. The thresholds were chosen on
 * training writers only; leave-one-writer-out figures are in bench/eval/learned/RESULTS.md.
 *
 * Pure arithmetic over the parse the rules already made: the features are strings
 * (./learned-features.ts), each with a weight; an item's score is the max over its sentences, so an
 * added finding can quote the sentence it came from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../core/repo-root.js';
import type { TextDoc } from './document.js';
import { docFeatures, type RuleFiring } from './learned-features.js';

export type LearnedKind = 'prematch' | 'gap' | 'answers';

export interface LabelModel {
  /** True when the id fires on what is present; false when on an absence (P(fire) = 1 − max). */
  presence: boolean;
  add: number | null;
  withdraw: number | null;
  bias: number;
  /** One weight per entry of LearnedModel.features. */
  weights: number[];
}

export interface LearnedModel {
  version: 1;
  /** sha256 of the corpus files it was trained on (bench/eval/learned/data.ts, corpusHash). */
  corpus: string;
  /** The feature strings the weights belong to (features seen in at least 10 corpus items). */
  features: string[];
  /** `<kind>/<id>` or `<kind>/star:<part>`. */
  labels: Record<string, LabelModel>;
}

/** Switched off while the training rows are built (they must hold the rules' own decisions) and by `--rules-only`. */
export const learnedLayer = { enabled: true };

let cached: { model: LearnedModel; index: Map<string, number> } | null | undefined;

export function learnedModel(): { model: LearnedModel; index: Map<string, number> } | null {
  if (cached === undefined) {
    try {
      const model = JSON.parse(
        readFileSync(join(repoRoot(), 'src', 'text', 'learned-model.json'), 'utf8'),
      ) as LearnedModel;
      cached = { model, index: new Map(model.features.map((f, i) => [f, i])) };
    } catch {
      // No model file (a trimmed install): the rules alone, as before the layer existed.
      cached = null;
    }
  }
  return cached;
}

/** P(the id fires) and the sentence that decided it (the highest-scoring one). */
export function scoreLabel(
  m: LabelModel,
  index: ReadonlyMap<string, number>,
  sentences: readonly string[][],
  item: readonly string[],
): { pFire: number; at: number } {
  const weight = (f: string) => {
    const i = index.get(f);
    return i === undefined ? 0 : (m.weights[i] ?? 0);
  };
  const itemSet = new Set(item);
  let itemZ = m.bias;
  for (const f of itemSet) itemZ += weight(f);
  let best = -Infinity;
  let at = 0;
  const bags = sentences.length ? sentences : [[]];
  for (let s = 0; s < bags.length; s++) {
    let z = itemZ;
    // A feature the item already carries counts once (the training bags were sets).
    for (const f of bags[s]!) if (!itemSet.has(f)) z += weight(f);
    if (z > best) [best, at] = [z, s];
  }
  const p = 1 / (1 + Math.exp(-best));
  return { pFire: m.presence ? p : 1 - p, at };
}

export interface LearnedDecision {
  /** `<id>` or `star:<part>`. */
  label: string;
  /** What the combined reading says: fire (or, for a STAR part, present) or not. */
  fire: boolean;
  /** Whether that differs from the rules. */
  changed: boolean;
  pFire: number;
  /** Index in doc.sentences of the sentence that decided it, when the doc has sentences. */
  at: number;
}

/**
 * The combined reading of every label of one kind. `rules` are the rules' findings (severity
 * "note" where they carry none); `ruleStar` the rules' STAR parts for an answer.
 */
export function learnedDecisions(
  kind: LearnedKind,
  doc: TextDoc,
  rules: readonly RuleFiring[],
  item: readonly string[],
  ruleStar?: Readonly<Record<string, boolean>>,
): LearnedDecision[] {
  const loaded = learnedModel();
  if (!learnedLayer.enabled || !loaded) return [];
  const sentences = docFeatures(doc);
  const out: LearnedDecision[] = [];
  for (const [key, m] of Object.entries(loaded.model.labels)) {
    const [k, label] = key.split('/') as [string, string];
    if (k !== kind || (m.add === null && m.withdraw === null)) continue;
    const star = label.startsWith('star:');
    const rule = star ? !!ruleStar?.[label.slice(5)] : rules.some((r) => r.id === label);
    const high = !star && rules.some((r) => r.id === label && r.severity === 'high');
    const { pFire, at } = scoreLabel(m, loaded.index, sentences, item);
    const fire = rule ? high || m.withdraw === null || pFire >= m.withdraw : m.add !== null && pFire > m.add;
    out.push({ label, fire, changed: fire !== rule, pFire, at });
  }
  return out;
}

/** The member's own words of the sentence that decided a learned finding, cut to `maxWords`. */
export function learnedQuote(doc: TextDoc, at: number, maxWords = 18): string | undefined {
  const s = doc.sentences[at];
  if (!s) return undefined;
  const words = doc.quote(s).trim().split(/\s+/);
  return words.length > maxWords ? `${words.slice(0, maxWords).join(' ')}…` : words.join(' ');
}

/** Said on every finding the layer adds, so a member knows no hand-written rule stands behind it. */
export const LEARNED_CAVEAT =
  'No hand-written check matched this; a model trained on labelled examples did, and it can be wrong, so read the sentence again yourself.';
