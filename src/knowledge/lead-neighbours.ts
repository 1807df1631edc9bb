/**
 * A Yes, No or "It depends" lead learned from members' labelled yes/no questions (round lead34,
 * issue #11: "yes/no questions lead with the yes or no").
 *
 * Why: the curated leads (answer.ts `leadWord`) need a phrasing that holds nearly every word of the
 * member's question, and the opening-sentence reading (answer-polarity.ts) needs a sentence that
 * grants or denies in the question's own words; together they led about a yes/no question in four
 * (794 of 2810 on the labelled set), right 95.5% of the time. A member who asks "can I…?" and reads
 * a paragraph with no yes or no has to guess.
 *
 * Every labelled yes/no question of test/corpus/ask carries a gist that opens with its answer
 * ("No: a Step passed is not taken again…"). Questions asked the same way about the same thing have
 * the same answer, so the closest labelled questions vote for the word, and only when the vote is
 * plain. A neighbour votes only when it:
 * - is close (cosine of the neighbours' meaning features, neighbours.ts);
 * - asks with the same polarity: the same parity of negations in the asking clause ("can I…" and
 *   "can't I…" or "without Step 3" have opposite answers, question-form.ts `negations`), tag
 *   questions read as the plain question first (tag-question.ts), on both sides;
 * - asks the same kind of proposition: a permission, a requirement, advice, or whether a thing is
 *   already done (proposition.ts): "can I…?" and "must I…?" differ in answer though not in words;
 * - was labelled as answered by a section the reply itself cites: the word then speaks of the text
 *   the member reads, not of another topic that shares the question's words.
 * The vote leads when its winning word holds at least `share` of the weight (similarity²) and that
 * weight reaches `minWeight` (one very close neighbour, or several fairly close ones).
 *
 * The reply is never led against itself: a reply whose opening sentence plainly grants or denies
 * the other way, or whose passage opens with the other word, keeps no lead. Two yes/no questions in
 * one message get no word (their answers may differ). Only the word is learned: nothing of a
 * labelled question's text is ever shown, and the answer is still the guides' own, cited.
 *
 * The eval (bench/eval-ask) answers each file with an index built from the other files only
 * (`leadIndexWithout`), as it does for the section neighbours and the scope model.
 */
import { replyOpeningLead } from './answer-polarity.js';
import { createNeighbourIndex, questionFeatures, type CorpusQuestion, type NeighbourIndex } from './neighbours.js';
import { propositionOf } from './proposition.js';
import { isYesNoQuestion, negations, questionClause, timeAnchors } from './question-form.js';
import { withPlainTagQuestion } from './tag-question.js';

export type LeadWord = 'yes' | 'no' | 'depends';

/**
 * How the vote is read. Chosen on the whole labelled set read leave-one-file-out (each file's
 * questions voted on only by the other files'): bench/eval-ask/LEAD-CURVE.md gives the curve of
 * yes/no questions led against leads agreeing with the gist, and why this point.
 */
export const LEAD_NEIGHBOUR_USE = {
  /** Neighbours less alike than this do not vote. */
  minSim: 0.3,
  /** A vote weighs similarity to this power. */
  power: 2,
  /** The winning word's share of the voting weight. */
  share: 0.7,
  /** The winning word's weight (sum of similarity²): 0.3 is one neighbour at 0.55, or three at 0.32. */
  minWeight: 0.3,
};

/** The word a labelled gist opens with ("Yes…", "No…", "Generally not…", "It depends…"). */
export function gistLead(gist: string | undefined): LeadWord | undefined {
  const g = (gist ?? '').trim().toLowerCase();
  if (/^(?:it )?depends\b/.test(g)) return 'depends';
  if (/^yes\b/.test(g)) return 'yes';
  // ("No guide answers this" says what the guides hold, not the answer.)
  if (/^no (?:guides?|source|plain|single)\b/.test(g)) return undefined;
  if (/^(?:no\b|generally,? no\b|generally not\b|not\b|usually not\b)/.test(g)) return 'no';
  return undefined;
}

/**
 * How a question asks: the parity of its negations, the kind of proposition, whether it asks if
 * something goes on despite a setback ("will ECFMG still sponsor me after a Step 3 fail?" is not
 * "does ECFMG require Step 3?") and whether it is timed by an event ("two years at home before
 * the fellowship?" is not "two years at home after the J-1?").
 */
function askingShape(question: string): string {
  const plain = withPlainTagQuestion(question);
  const clause = questionClause(plain);
  const despite = /\b(?:still|anyway|even so|despite)\b/.test(clause);
  return `${negations(plain) % 2}:${propositionOf(plain)}:${despite ? 'despite' : ''}:${timeAnchors(clause).length ? 'timed' : ''}`;
}

/**
 * A question asking whether something holds in any case at all ("does my ECFMG certificate ever
 * expire?", "can a J-1 be extended at all?", "is there any way it runs out?"): an answer that
 * depends on the case (Pathway certificates do, older ones not) means some case holds, which is
 * a yes. Labellers wrote such gists both ways ("Yes, it can: …" and "It depends: it can if …"),
 * and the split left the question unled (session 35, once questions-ax joined the neighbours).
 * (Not a negated question: "will it never expire?" is no such thing; nor "ever" of the member's
 * past: "have I ever…", "did you ever…".)
 */
function asksAnyCase(question: string): boolean {
  const clause = questionClause(withPlainTagQuestion(question));
  if (negations(question) % 2 === 1 || /\b(?:have|has|had|did)\b(?: \w+){0,2} ever\b/.test(clause)) return false;
  return /\b(?:ever|at all|at any (?:point|time|stage)|at some point|in any (?:case|way|circumstances?)|under any circumstances?|any (?:way|chance) (?:that|it|they|this|i)\b)\b/.test(clause);
}

interface Example {
  word: LeadWord;
  shape: string;
  sections: ReadonlySet<string>;
}

export interface LeadIndex {
  size: number;
  /** The word the close neighbours asked the same way give, when they give one plainly. */
  vote(question: string, citedSections: ReadonlySet<string>): LeadWord | undefined;
}

/** The labelled yes/no questions with a word, as an index (features in the same order, when given). */
export function createLeadIndex(questions: readonly CorpusQuestion[], features?: readonly Map<string, number>[]): LeadIndex {
  const keep = questions.map((q, n) => ({ q, n, word: q.scope === 'in' && q.yesNo ? gistLead(q.gist) : undefined })).filter((x) => x.word !== undefined);
  const examples: Example[] = keep.map(({ q, word }) => ({ word: word!, shape: askingShape(q.q), sections: new Set(q.answers) }));
  const index: NeighbourIndex = createNeighbourIndex(
    keep.map(({ q }) => q),
    keep.map(({ q, n }) => features?.[n] ?? questionFeatures(q.q)),
  );
  return {
    size: examples.length,
    vote(question, cited) {
      const shape = askingShape(question);
      const anyCase = asksAnyCase(question);
      const use = LEAD_NEIGHBOUR_USE;
      const weight = new Map<LeadWord, number>();
      let total = 0;
      for (const v of index.nearest(question)) {
        const e = examples[v.row];
        if (!e || v.sim < use.minSim || e.shape !== shape || ![...e.sections].some((s) => cited.has(s))) continue;
        const w = v.sim ** use.power;
        // (Asked whether it ever happens, "it depends" is a yes: it happens in some case.)
        const word = e.word === 'depends' && anyCase ? 'yes' : e.word;
        weight.set(word, (weight.get(word) ?? 0) + w);
        total += w;
      }
      const [best] = [...weight.entries()].sort((a, b) => b[1] - a[1]);
      return best && best[1] >= use.minWeight && best[1] / total >= use.share ? best[0] : undefined;
    },
  };
}

let current: LeadIndex | undefined;
let build: (() => LeadIndex | undefined) | undefined;

/** Sets (undefined: removes) the index /ask consults; a function builds it on first use. */
export function setLeadIndex(index: LeadIndex | undefined | (() => LeadIndex | undefined)): void {
  if (typeof index === 'function') {
    build = index;
    current = undefined;
  } else {
    build = undefined;
    current = index;
  }
}

/** The index /ask consults now, if any. */
export function currentLeadIndex(): LeadIndex | undefined {
  if (!current && build) {
    current = build();
    build = undefined;
  }
  return current;
}

interface Leadable {
  answer: string;
  covered: boolean;
  kind?: string;
  lead?: LeadWord;
}

/**
 * A negative statement put to the bot for confirmation ("an observership isn't USCE, right?", "I
 * can't take Step 3 before residency, can I?"). Labellers answer these two ways: the facts ("No,
 * it isn't", tag-question.ts's convention) or the member's statement ("Yes, that's right"), and
 * a neighbour's gist may follow either; a bare word learned from them would read as the opposite
 * to half of the members, so such a message gets no neighbour word.
 */
function negativeStatement(asked: string): boolean {
  if (withPlainTagQuestion(asked) !== asked) return true;
  const clause = questionClause(asked);
  return CONFIRMING_TAG.test(clause) && negations(asked) % 2 === 1;
}
const CONFIRMING_TAG = /(?:\b(?:right|correct|true|yeah|yes|no|isnt it|arent they|dont they|doesnt it|is it|does it|do they|can i|is that so)|,\s*(?:is|are|do|does|can|will|should|did|has|have)\s+(?:i|it|they|we|you|that|there|she|he))\s*\?*\s*$/;

/** The reply's opening words are a yes or a no: that word. */
function ownWord(body: string): 'yes' | 'no' | undefined {
  const m = /^(yes|no)\b/i.exec(body.replace(/\[[a-z0-9-]+#[a-z0-9-]+\]/g, ' ').replace(/\*\*/g, '').trim());
  return m ? (m[1]!.toLowerCase() as 'yes' | 'no') : undefined;
}

/**
 * A reply to a single yes/no question that nothing else led leads with the word its labelled
 * neighbours give (above), replacing the "no plain word" notice; otherwise it is returned as it
 * was. A word the reply's own opening sentence contradicts (answer-polarity.ts) is not given.
 */
export function withNeighbourLead<T extends Leadable>(question: string, a: T, noPlainWord: string, asked: string = question): T {
  if (!a.covered || a.lead || (a.kind !== 'faq' && a.kind !== 'guides') || !isYesNoQuestion(question)) return a;
  if (negativeStatement(asked)) return a;
  if (question.split('?').filter((s) => s.trim() && isYesNoQuestion(`${s}?`)).length > 1) return a;
  const index = currentLeadIndex();
  if (!index) return a;
  const body = a.answer.startsWith(noPlainWord) ? a.answer.slice(noPlainWord.length).trimStart() : a.answer;
  // A reply that opens on a note of its own (bold, a list, a private line) is left alone.
  if (/^(?:\*\*|[-*] |>)/.test(body)) return a;
  const cited = new Set([...body.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!));
  const word = index.vote(question, cited);
  if (!word) return a;
  const own = ownWord(body);
  const read = replyOpeningLead(question, body);
  if (word !== 'depends' && ((own && own !== word) || (read && read !== word))) return a;
  if (word === 'depends' && (own || read)) return a;
  const rest = own ? body.replace(/^(?:yes|no)[,.!:]?\s*(\w)/i, (_m, c: string) => c.toUpperCase()) : body;
  const head = word === 'yes' ? '**Yes.**' : word === 'no' ? '**No.**' : '**It depends:**';
  return { ...a, answer: `${head} ${rest}`, lead: word };
}
