/**
 * Questions that set two things side by side ("CMIO vs CNIO?", "the difference between a hard stop
 * and an interruptive alert", "observership or research year, which helps more?"). A reply that
 * speaks to one side only reads as if it were the whole answer; here each side is checked against
 * the reply and, when the reply does not speak to it, answered on its own from the guides, or named
 * as a side the guides do not cover.
 *
 * The reading is structural: two short noun phrases joined by a comparing frame (versus, the
 * difference between … and …, compare … with …, … better than …, … different from …, or "X or Y"
 * followed by a choosing word such as which, better, more). Nothing here is keyed to one topic.
 */
import { formatRef } from './outline.js';
import type { Answer } from './answer.js';

/** The most words a side may have: a longer span is a clause, not a thing compared. */
const MAX_SIDE_WORDS = 5;

const FRAMES: readonly RegExp[] = [
  // "the difference(s) between A and B", "how do A and B differ", "distinguish A from B"
  /\bdifferen(?:ce|ces|t)\s+between\s+(.+?)\s+(?:and|&)\s+(.+)$/i,
  /\b(?:distinguish(?:es)?|separates?|sets? apart|tell apart|tell the difference between)\s+(.+?)\s+(?:from|and)\s+(.+)$/i,
  /^(?:how|in what way|what way)\s+(?:do|does|are|is)\s+(.+?)\s+(?:and|&)\s+(.+?)\s+(?:differ|compare|different)\b/i,
  // "compare A with/to/and B", "A compared to B"
  /\bcompar(?:e|ing)\s+(.+?)\s+(?:with|to|and|against|vs\.?|versus)\s+(.+)$/i,
  /^(.+?)\s+compared\s+(?:to|with)\s+(.+)$/i,
  // "A vs B", "A versus B"
  /^(.+?)\s+(?:vs\.?|versus|v\/s)\s+(.+)$/i,
  // "A better/worse than B", "A different from B"
  /^(.+?)\s+(?:better|worse|more useful|more helpful|more valuable|stronger|weaker)\s+than\s+(.+)$/i,
  /^(.+?)\s+(?:different|distinct)\s+(?:from|than)\s+(.+)$/i,
];
/** "A or B" counts as a choice only when the question goes on to ask which one (or which is better). */
const OR_CHOICE = /^(.+?)\s+or\s+(.+?)(?:\s*[,—–:;-]+\s*|\s+)(?:which|what|who)\b.*$/i;
const CHOOSING = /\b(?:which|better|best|more|prefer\w*|choose|pick|go for|recommend\w*)\b/i;
/** "is A or B the better fit", "would A or B be best": the choosing word follows the pair. */
const OR_THEN_CHOICE = /^(.+?)\s+or\s+(.+?)\s+(?:(?:is|are|would be|be)\s+)?(?:the\s+)?(?:better|best|more suitable|better suited|right|wiser|smarter)\b.*$/i;
/** "Which suits me more, A or B?": the choosing clause comes first and the pair after a comma. */
const CHOICE_THEN_OR = /^(?:which|what)\b[^,;:?]*[,;:]\s*(.+?)\s+or\s+(.+?)\s*[?.!]*$/i;

/** Words that open a question or a clause, not part of the thing compared. */
const OPENERS =
  /^(?:(?:so|ok|okay|hi|hey|also|and|but|quick q(?:uestion)?|question)[,:]?\s+)*(?:(?:what(?:'s| is| are)?|whats|how|is|are|was|were|which|who|should|would|could|can|do|does|did|i|we|it|there|s|the|a|an|my|your|our|their|to|be|being|doing|having|get|getting|choose|choosing|pick|picking|between|one|ones|thing|things|difference|differences|different|really|actually|exactly|main|key|big|biggest)\b[\s,]*)*/i;
const TRAILERS =
  /\s+(?:(?:which|what|who|how|when|where|why|for|in|on|at|during|within|in terms of|when it comes to|if|as|to|that|so|and|regarding|re)\b.*|(?:is|are) (?:better|best|more|different)\b.*|(?:differences?|comparison|compared|explained)\b.*)$/i;

function cleanSide(raw: string, end: 'head' | 'tail'): string | undefined {
  let s = raw.trim();
  // A side ends at punctuation that starts the rest of the question ("research year, which helps more?").
  if (end === 'tail') s = s.split(/\s*[?,;:!—–()]|\s+-+\s+|\.\s/)[0] ?? s;
  // …and begins after a clause before it ("for my gap year, is a research job").
  if (end === 'head') s = s.split(/[,;:!?—–()]|\s+-+\s+|\.\s/).pop() ?? s;
  s = s.trim().replace(OPENERS, '');
  if (end === 'tail') s = s.replace(TRAILERS, '');
  s = s
    .replace(/\b(?:the|a|an|one|ones)$/i, '')
    .replace(/[\s.!?"“”'’]+$/g, '')
    .replace(/^["“'’]+/, '')
    .trim();
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_SIDE_WORDS) return undefined;
  // A pronoun or a bare determiner is not a thing ("one that interrupts", "it").
  if (/^(?:it|this|that|they|them|one|ones|those|these|me|i|you|he|she|him|her)$/i.test(s)) return undefined;
  return s;
}

/** The two things a question compares, when it is a comparison. */
export function comparedSides(question: string): [string, string] | undefined {
  // The asking part is the last sentence with a comparing frame; earlier sentences are background.
  const sentences = question
    .trim()
    .split(/(?<=[.?!])\s+(?=[A-Z"“])|\n+/)
    .map((x) => x.trim())
    .filter(Boolean);
  for (const sentence of sentences.reverse()) {
    const sides = sidesOf(sentence);
    if (sides) return sides;
  }
  return undefined;
}

function sidesOf(sentence: string): [string, string] | undefined {
  const text = sentence.replace(/\s+/g, ' ');
  for (const frame of FRAMES) {
    const m = frame.exec(text);
    if (!m) continue;
    const a = cleanSide(m[1]!, 'head');
    const b = cleanSide(m[2]!, 'tail');
    if (a && b && a.toLowerCase() !== b.toLowerCase()) return [a, b];
  }
  const m = OR_CHOICE.exec(text);
  const choice = m && CHOOSING.test(text.slice(m[1]!.length + m[2]!.length)) ? m : (OR_THEN_CHOICE.exec(text) ?? CHOICE_THEN_OR.exec(text));
  if (choice) {
    const a = cleanSide(choice[1]!, 'head');
    const b = cleanSide(choice[2]!, 'tail');
    // "X or not", "now or later": an alternative about when or whether, not two things.
    if (a && b && !/^(?:not|no|later|now|never|both|neither|either|else)$/i.test(b) && a.toLowerCase() !== b.toLowerCase()) return [a, b];
  }
  return undefined;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'my', 'your', 'with', 'doing', 'do', 'get', 'getting', 'year', 'years', 'job', 'jobs', 'track', 'tracks', 'role', 'roles', 'path', 'career']);

/** A side's own words, folded so "H-1B" meets "h1b" and "observerships" meets "observership". */
function sideWords(side: string): string[] {
  const words = side
    .toLowerCase()
    .replace(/[-‐‑]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP.has(w));
  // (A side made of stop words only, "research year", keeps its first word.)
  return words.length > 0 ? words : side.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1).slice(0, 1);
}

function stemOf(word: string): string {
  return word.length > 5 ? word.slice(0, Math.max(5, word.length - 3)) : word.replace(/s$/, '');
}

/** Whether a text names the side: its own words in order, as word starts, at most three words apart. */
export function namesSide(text: string, side: string): boolean {
  const folded = ` ${text.toLowerCase().replace(/[-‐‑]/g, '')}`;
  const phrase = sideWords(side)
    .map((w) => stemOf(w).replace(/[^a-z0-9]/g, ''))
    .join(String.raw`[a-z0-9]*(?:[^a-z0-9]+[a-z0-9]+){0,3}?[^a-z0-9]+`);
  return new RegExp(`[^a-z0-9]${phrase}`).test(folded);
}

/** The sections an answer cites in its text. */
function citedIn(answer: string): Set<string> {
  return new Set([...answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1]!));
}

/** An answer that only says the guides name a thing without defining it (definition.ts) tells nothing about it. */
const NAMED_ONLY = /^the guides (?:name|mention)\b/i;

/** The sentences of an answer's own text (citations, headings and source lists left out). */
function bodySentences(answer: string): string[] {
  return answer
    .split(/\n\s*\n/)
    .filter((p) => !/^\*\*(?:sources|you also asked)/i.test(p.trim()))
    .join(' ')
    .split(/(?<=[.!?])\s+|\n+/);
}

/** Whether a sentence is about the side: it names it within its first words (its subject or list item). */
function opensWith(sentence: string, side: string, words = 3): boolean {
  const start = sentence
    .replace(/^[\s*_>"“(-]+/, '')
    .split(/\s+/)
    .slice(0, words + side.split(/\s+/).length)
    .join(' ');
  return namesSide(start, side);
}

/**
 * Whether a side's own answer is about the side: one of its sentences names it among its first
 * words (its subject, or the thing the sentence sets out to explain). A passage on another topic
 * that names the side in passing ("SOAP runs through the same ERAS application: … on the NRMP's
 * list", found for "what is NRMP?" once session 35 added the SOAP-letters section) answers that
 * topic, not the side, and is no part of a comparison.
 */
function isAbout(text: string, side: string): boolean {
  return bodySentences(text).some((s) => opensWith(s, side, 6));
}

/**
 * Whether the reply speaks to a side: a sentence is about it (names it first), or names it and the
 * side asked alone is answered first from a section the reply cites. A reply that only names the
 * side in passing ("… a CMIO or CNIO who oversaw your work" in a letters answer) does not say what
 * it is.
 */
function speaksTo(reply: Answer, side: string, aloneOf: () => Answer): boolean {
  const sentences = bodySentences(reply.answer);
  if (sentences.some((s) => opensWith(s, side))) return true;
  if (!sentences.some((s) => namesSide(s, side))) return false;
  const alone = aloneOf();
  const own = alone.passages[0];
  // (A side whose own answer is about something else has nothing better to offer than the reply.)
  if (!alone.covered || !own || NAMED_ONLY.test(alone.answer.trim()) || !isAbout(alone.answer.split(/\n\s*\n/)[0] ?? alone.answer, side)) return true;
  return citedIn(reply.answer).has(formatRef(own));
}

/** The question asked about one side alone: what is it, with whatever else the question asks. */
export function sideQuestion(question: string, side: string, other: string): string {
  const rest = question
    // Who the choice is for ("for a physician like me", "for someone in my situation", "as an
    // internist") is the member, not a topic to look up for each side.
    .replace(/\b(?:for|to)\s+(?:(?:a|an|someone|somebody|people|person)\s+)?(?:[\w-]+\s+)?(?:like|such as)\s+(?:me|myself|us)\b|\bfor\s+(?:me|myself|us)\b|\b(?:in|for)\s+my\s+(?:case|situation|profile|position|shoes)\b|\bas\s+an?\s+[\w-]+\b/gi, ' ')
    // …and so is the choosing itself ("should I aim for", "the better fit").
    .replace(/\b(?:should|would|could|can|i|aim|go|pick|choose|prefer|fit|suits?|suited|right|better|best)\b/gi, ' ')
    .replace(new RegExp(other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), ' ')
    .replace(new RegExp(side.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), ' ')
    .replace(/\b(?:vs\.?|versus|v\/s|or|and|between|differen\w*|compar\w*|better|worse|than|which|one|helps?|more|same|thing|with|to|what|is|are|the|a|an)\b/gi, ' ')
    .replace(/[^\w\s'-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return rest.split(' ').filter((w) => w.length > 2).length >= 2 ? `${side}: ${rest}?` : `what is ${side}?`;
}

/**
 * A comparison gets both sides: the reply as it is when it already speaks to each; otherwise the
 * side it misses, answered alone (its first paragraph, cited), or a line saying the guides do not
 * cover that side. `answerAlone` answers one question the ordinary way.
 */
export function withBothSides(question: string, reply: Answer, answerAlone: (q: string) => Answer): Answer {
  if (!reply.covered) return reply;
  const sides = comparedSides(question);
  if (!sides) return reply;
  // A side's own answer is a whole second retrieval: asked only when the reply does not open on it.
  const cache: (Answer | undefined)[] = [undefined, undefined];
  const aloneOf = (i: number): Answer =>
    (cache[i] ??= answerAlone(sideQuestion(question, sides[i]!, sides[1 - i]!)));
  // A reply whose opening paragraph only names the sides in passing (a letters answer that lists
  // "a CMIO, associate CMIO or CNIO" among writers) answers another question: each side's own
  // answer leads instead, whatever a later paragraph says.
  // (Only when neither side, asked alone, is answered from the section the opening cites.)
  const opening = reply.answer.split(/\n\s*\n/)[0] ?? '';
  const openingRef = [...citedIn(opening)][0];
  const offSides =
    !sides.some((side) => bodySentences(opening).some((s) => opensWith(s, side))) &&
    sides.every((_, i) => {
      const own = aloneOf(i).passages[0];
      return aloneOf(i).covered && own !== undefined && formatRef(own) !== openingRef;
    });
  const missing = sides.map((side, i) => offSides || !speaksTo(reply, side, () => aloneOf(i)));
  if (!missing[0] && !missing[1]) return reply;
  const cited = new Set(reply.passages.map(formatRef));
  const added: string[] = [];
  const firsts = new Set<string>();
  const passages = [...reply.passages];
  const uncovered: string[] = [];
  sides.forEach((side, i) => {
    if (!missing[i]) return;
    const b = aloneOf(i);
    // (Its first paragraph, without a yes/no preface: a side is not asked as a yes/no question.)
    const first = b.covered ? (b.answer.split(/\n\s*\n/)[0] ?? b.answer).replace(/^I can't give a plain yes or no[^.]*\.\s*/, '') : '';
    // A side the guides do not speak to: its own answer does not name it either.
    // (One the guides only name is left to the reply, which names it too.)
    if (b.covered && NAMED_ONLY.test(first.trim())) return;
    // A side asked alone that the guides do not answer is named as such; one they answer about
    // something else is left out quietly.
    if (!b.covered) uncovered.push(side);
    if (!b.covered || !namesSide(first, side) || !isAbout(first, side)) return;
    if (firsts.has(first) || (!offSides && reply.answer.includes(first))) return;
    firsts.add(first);
    added.push(`**${side}:** ${first}`);
    for (const p of b.passages) {
      if (!cited.has(formatRef(p))) {
        cited.add(formatRef(p));
        passages.push(p);
      }
    }
  });
  const notes = uncovered.map((s) => `The guides don't say anything about "${s}", so I can't compare it from them.`);
  // When the reply speaks to neither side, the sides' own answers are the reply.
  if (missing[0] && missing[1] && (added.length === 2 || (added.length === 1 && firsts.size === 1 && sides.every((x) => namesSide([...firsts][0]!, x))))) {
    const answer = [...added, ...notes].join('\n\n');
    // (The passages the sides' answers cite, whichever retrieval found them first.)
    const citedNow = citedIn(answer);
    const kept = passages.filter((p) => citedNow.has(formatRef(p)));
    const { lead: _lead, guideLead: _guideLead, ...rest } = reply;
    return { ...rest, answer, passages: kept.length ? kept : passages.filter((p) => !reply.passages.includes(p)) };
  }
  if (added.length === 0 && notes.length === 0) return reply;
  return { ...reply, answer: [reply.answer, ...added, ...notes].join('\n\n'), passages };
}
