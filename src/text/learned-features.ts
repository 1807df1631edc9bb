/**
 * Sentence-level features for the learned layer over the text checks (issue #10). Every feature is
 * a string, read from the parse the rules already made (src/text/document.ts): lemma unigrams and
 * bigrams (names and numbers read as their class, so a new writer's program or score is not a new
 * word), the speech-act marks of src/text/acts.ts, the line role, and item-level context (which
 * rules fired and how severely, the email kind, the question asked) repeated on each sentence so
 * the max over sentences can weigh a sentence against what the rules already saw.
 */
import {
  CONDITION,
  FIRST_PERSON_COMMIT,
  NEGATION,
  SOMEONE_ELSE,
  isNegatedAsk,
  isQuestion,
  isRequest,
  isUnderstanding,
} from './acts.js';
import type { Sentence, TextDoc } from './document.js';

/** A lemma as a feature word: classes for names and numbers, lower case otherwise. */
export function word(lemma: string, pos: string): string | null {
  if (pos === 'PUNCT' || pos === 'SPACE' || pos === 'SYM') return null;
  if (pos === 'NUM' || /^\d/.test(lemma)) return '<num>';
  if (pos === 'PROPN') return '<name>';
  return lemma.toLowerCase();
}

/** The speech-act marks of a sentence, read from its canonical text: feature name → test. */
export const MARKS: readonly (readonly [string, (canon: string) => boolean])[] = [
  ['a:question', isQuestion],
  ['a:request', isRequest],
  ['a:negated-ask', isNegatedAsk],
  ['a:understanding', isUnderstanding],
  ['a:negation', (c) => NEGATION.test(c)],
  ['a:condition', (c) => CONDITION.test(c)],
  ['a:commit', (c) => FIRST_PERSON_COMMIT.test(c)],
  ['a:someone-else', (c) => SOMEONE_ELSE.test(c)],
];

/** Where a sentence sits: the story's end often carries the result, the start the setting. */
export function placeOf(index: number, count: number): string {
  return `at:${index === 0 ? 'first' : index === count - 1 ? 'last' : index < count / 2 ? 'early' : 'late'}`;
}

export function sentenceFeatures(s: Sentence, index: number, count: number): string[] {
  const out = new Set<string>();
  const words = s.tokens.map((t) => word(t.lemma, t.pos)).filter((w): w is string => w !== null);
  for (const w of words) out.add(`l:${w}`);
  for (let i = 0; i + 1 < words.length; i++) out.add(`b:${words[i]}_${words[i + 1]}`);
  for (const [name, test] of MARKS) if (test(s.canon)) out.add(name);
  out.add(`role:${s.role}`);
  out.add(placeOf(index, count));
  return [...out];
}

export function docFeatures(doc: TextDoc): string[][] {
  const n = doc.sentences.length;
  return doc.sentences.map((s, i) => sentenceFeatures(s, i, n));
}

/** Lemma unigrams of the interview question, as item-level features (what the question invites). */
export function questionFeatures(q: TextDoc): string[] {
  const out = new Set<string>();
  for (const s of q.sentences)
    for (const t of s.tokens) {
      const w = word(t.lemma, t.pos);
      if (w) out.add(`q:${w}`);
    }
  return [...out];
}

/** A rules finding as the learned layer sees it: gap and answer notes carry no severity ("note"). */
export interface RuleFiring {
  id: string;
  severity: string;
}

/** Item-level features: which rules fired and how severely, plus what the caller adds (email kind, question, STAR). */
export function itemFeatures(rules: readonly RuleFiring[], extra: readonly string[] = []): string[] {
  return [...extra, ...rules.flatMap((r) => [`r:${r.id}`, `rs:${r.id}:${r.severity}`])];
}

/** What a pre-match email adds: its kind, and whether another program already had a top-choice email. */
export function prematchExtra(context: {
  kind: string;
  program?: string | undefined;
  previous?: readonly { kind: string; program: string }[] | undefined;
}): string[] {
  const prevTop = (context.previous ?? []).some((p) => p.kind === 'top-choice' && p.program !== context.program);
  return [`k:${context.kind}`, ...(prevTop ? ['ctx:prev-top-other'] : [])];
}

/** What an interview answer adds: the rules' STAR reading and the question's words. */
export function answerExtra(star: Readonly<Record<string, boolean>>, question: TextDoc): string[] {
  return [
    ...['situation', 'task', 'action', 'result'].map((p) => `rstar:${p}:${star[p] ?? false}`),
    ...questionFeatures(question),
  ];
}
