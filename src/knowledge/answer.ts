/**
 * Deterministic answers (no LLM), in the order a knowledgeable advisor would reply:
 *
 * 1. Out of scope (scope.ts): say plainly what the guides do not cover, and why.
 * 2. A curated question that means the same (faq.ts): its short sourced answer, led by "Yes" or
 *    "No" when the member asked a yes/no question (flipped when they asked it the other way).
 * 3. Otherwise the guides: the sentences of the best paragraphs and list items that answer the
 *    question, each part cited as `[doc#section]`. A hedge or pointer is never the answer.
 * 4. When retrieval is not confident either: "the guides don't cover this", never an unrelated
 *    passage dressed up as an answer.
 */
import { asksJ1Length, j1YearsPastLimit, statesJ1Limit } from './j1-years.js';
import { calendarOf, otherCalendarFor, withMatchNamed, type MatchName } from './match-part.js';
import { withBothSides } from './comparison.js';
import { asksIfReportedQuestionAllowed, reportedInterviewQuestion } from './reported-question.js';
import { asksDefinitionOf, definitionAnswer } from './definition.js';
import { aboutOtherStage, addressesOtherProgress, atSameProgress, residencyProgress } from './subject.js';
import { createFaqMatcher, FAQ_CONFIG, splitPolarity, type FaqMatch, type FaqMatcher } from './faq.js';
import type { FaqEntry } from './faq-types.js';
import type { Guide } from './load.js';
import { askingAfterCircumstance } from './circumstance.js';
import { askedFeatures, asksIfAllOver, buildIdf, featureOf, meaningOf, type Idf } from './meaning.js';
import { formatRef } from './outline.js';
import { plainText, splitSentences, type GuidePassage } from './passages.js';
import { askedPart, contextNegations, offersChoice, deniedWords, isYesNoQuestion, negatedWords, negations, nonPrefixed, omits, premiseNegations, questionClause, questionType, timeAnchors, type QuestionType } from './question-form.js';
import { searchWithStats, type KnowledgeIndex, type Passage, type PassageHit, type SearchOptions, type SearchOutcome } from './retrieval.js';
import { emergencyIn, emergencyReply } from './emergency.js';
import { withHomeRule } from './home-rule.js';
import { withThirdCountry } from './third-country.js';
import { withOpeningLead } from './answer-polarity.js';
import { withNeighbourLead } from './lead-neighbours.js';
import { confirmationHead, withPlainTagQuestion } from './tag-question.js';
import { asksResidencyOrFellowshipFirst, RESIDENCY_FIRST_ENTRY, RESIDENCY_FIRST_LEAD, RESIDENCY_FIRST_QUERY } from './residency-first.js';
import { closenessShares, neighboursFor } from './neighbours.js';
import { currentScopeModel, scopeOutProbability, SCOPE_USE } from './scope-model.js';
import { outOfScope, type OutOfScopeKind } from './scope.js';
import { ON_BEHALF_REPLY } from './scope-on-behalf.js';
import { settledLead, TRIAL20_ENTRIES } from './trial20-situations.js';
import { FOREIGN_PR_ENTRIES, FOREIGN_PR_SECTION, FOREIGN_STATUS_WHAT, foreignPermanentResidence, foreignStatusLoss, narrowEntryFits, pinnedEntry, tnAsked, withoutNarrowSections, withoutSection } from './pinned.js';
/** Scope readings a pinned situation overrides: each mistakes it for something else (pinned.ts). */
const PINNABLE_OVER: ReadonlySet<OutOfScopeKind> = new Set(['other-country', 'residence', 'immigration']);
import { samePropositionKind } from './proposition.js';
import { closedBeforeTwoYears, situationLead } from './situation-lead.js';
import { normalizeText, spellOutStatus } from './text.js';

export { splitSentences } from './passages.js';

/**
 * Composer thresholds (the README lists them):
 * - `scoreFloor`: minimum confidence for "covered". Confidence = the best section's score × the
 *   share of the member's own words that occur in the guides at all; calibrated on the tuning
 *   part of the ask corpus (bench/eval-ask).
 * - `leadMaxChars` / `leadMaxSentences`: size of the answer drawn from the guides.
 * - `listMinItems` / `listMaxItems`: when the best passages are items of one list, the answer is
 *   that list (its lead-in and items).
 * - `alsoMinShare`: a passage from another section joins the answer when its score is at least
 *   this share of the best one.
 * - `seeAlsoMinShare`: further sections listed as sources (a share of the best score).
 */
export const ANSWER_CONFIG = {
  scoreFloor: 15,
  /**
   * Below this confidence an answer from the guides also needs its two best sections to speak
   * about at least `minCoverage` of what was asked (questionCoverage): a weak match on "program"
   * and "residency" is not an answer to a question about gifts or neighbourhoods.
   */
  weakConfidence: 60,
  minCoverage: 0.6,
  /**
   * A confident answer from the guides whose two best sections speak about at least this much of
   * what was asked is squarely in the guides' domain: labelled questions like it that were marked
   * out of scope (often before a guide covered them) do not turn it into "not covered".
   */
  squareCoverage: 0.7,
  /** Score kept by a section headed by another match than the question's (see rerank). */
  otherMatchShare: 0.5,
  /** A short asking clause (at most this many words) covered this well by the leading section is answered whatever context surrounds it. */
  clauseMaxWords: 8,
  clauseCoverage: 0.85,
  leadMaxChars: 420,
  leadMaxSentences: 3,
  listMinItems: 2,
  listMaxItems: 6,
  alsoMinShare: 0.5,
  /** …and shares with the message a feature at least this rare (idf; "fellowship" is 2.1, "visa" 2.7). */
  secondMinWeight: 2.2,
  /** A second point sharing more than this share of its features with the lead repeats it. */
  repeatShare: 0.5,
  seeAlsoMax: 2,
  seeAlsoMinShare: 0.3,
  searchLimit: 5,
  /** Sentence choice: passage rank against the sentence's own share of the question. */
  sentenceRankWeight: 0.45,
  sentenceOverlapWeight: 0.45,
  /** A section's opening sentence usually states its main answer. */
  openingBonus: 0.1,
  /** Examples and quoted samples illustrate; they are not the answer. */
  examplePenalty: 0.15,
  /** …and one that carries less than this share of the question is left out altogether. */
  exampleMinOverlap: 0.25,
  /** Words outside the asking clause count this much in choosing sentences. */
  contextWeight: 0.35,
  /** …and at least this share of the matched phrasing present in the question. */
  leadMinPrecision: 0.8,
  /** …or this share when the phrasing and question share the point that decides the answer (a trade, asking where one stands). */
  leadSharedPointPrecision: 0.6,
  /** A follow-up whose own words hold this share of a curated phrasing is read without the previous topic. */
  followUpOwnPrecision: 0.9,
  /** …and that phrasing must speak about at least this share of the member's asking clause. */
  leadMinRecall: 0.4,
  /** A yes/no word from the FAQ needs at least this resemblance (a wrong "No" is worse than none). */
  leadMinScore: 0.55,
  /** A yes/no word from a section question needs at least this resemblance (and the same section). */
  sectionLeadFloor: 0.45,
  /** How much better a section question must fit than the best FAQ entry to override it. */
  rivalMargin: 0.05,
  /**
   * Two curated answers this close are a tie their scores cannot settle: the one whose phrasing asks
   * about the member's stage (applying, starting) goes first (stageFirst).
   */
  stageTieMargin: 0.02,
  /** A curated match this close, with this much of its phrasing in the question, is not vetoed by the neighbours. */
  vetoKeepScore: 0.7,
  vetoKeepPrecision: 0.7,
  /** A curated answer stating the J-1's seven-year limit answers "how long can I be on a J-1?" from this resemblance (j1-years.ts). */
  j1LengthFloor: 0.35,
  /** Sections retrieved before the FAQ-informed re-ranking. */
  rerankPool: 12,
  /** Re-ranking by resemblance to curated questions (see rerank). */
  faqLift: 5,
  faqLiftFloor: 0.25,
  laterCiteShare: 0.6,
  faqAddFloor: 0.4,
  faqAddShare: 0.5,
  /** A sentence with the time or number a when / how long / how many question asks for. */
  measureBonus: 0.15,
  /**
   * A guide passage's own question ("**Is it disqualifying?** No.") is the member's when this share
   * of its words is in the member's message, and it speaks about this share of their asking clause
   * (which names their own exam and year: "is my dream over?" stays far below both)…
   */
  guideQuestionMatch: 0.6,
  guideQuestionRecall: 0.3,
  /** …and the sentence answering it gains this much in the choice of the opening sentence. */
  guideQuestionBonus: 0.5,
} as const;

export type AnswerKind = 'faq' | 'guides' | 'out-of-scope' | 'not-covered';

export interface Answer {
  answer: string;
  /** The sections the answer cites, best first (empty when not covered). */
  passages: Passage[];
  covered: boolean;
  /** Best score × share of the question's words the guides know; compared with `scoreFloor`. */
  confidence: number;
  kind?: AnswerKind;
  /** The curated question that matched (kind `faq`). */
  faqId?: string;
  /** Why it was declined (kind `out-of-scope`). */
  declined?: OutOfScopeKind;
  /** "yes" or "no" when the answer leads with one. */
  lead?: 'yes' | 'no' | 'depends';
  /** The yes or no a guide passage gives its own question, which the answer opens with (composeAnswer). */
  guideLead?: 'yes' | 'no';
  /** A short stable key for the question's topic: the FAQ id, or the first cited section. */
  topic?: string;
}

export interface AskOptions {
  audience?: SearchOptions['audience'];
  /** The previous question's topic (a follow-up in the same thread): helps a short follow-up. */
  previous?: string;
  /**
   * The member needs no visa (a US citizen or permanent resident, from a private reply's profile):
   * advice about sponsorship is left out of answers to questions that are not about visas.
   */
  noVisa?: boolean;
  /**
   * The match the member's profile targets (a private reply only): a question about "the match"
   * that names neither gets that match's calendar, not the other's (match-part.ts).
   */
  match?: MatchName;
}

/** Words of visa advice, and a question that asks about visas. */
const VISA_TALK = /\b(?:visas?|sponsor\w*|j-?1|h-?1b|o-?1|statement of need|waivers?|immigration)\b/i;

/**
 * A question that names the asker's own status (a green card, citizenship, permanent residence, a
 * work permit) asks what that status means: the answer's sentences on who needs a visa are its
 * answer, not advice to leave out ("do i need ECFMG certification with a green card?" lost its
 * curated "Yes. A US citizen or permanent resident needs no visa but still needs ECFMG…").
 */
const STATUS_TALK = /\b(?:green\s?card|gc holder|citizen(?:ship)?|permanent resid\w*|lpr|ead|work permit|asylum|refugee|naturali[sz]\w*)\b/i;

/** A sentence that says no visa is needed tells a member who needs none nothing to drop. */
const NO_VISA_NEEDED = /\b(?:needs? no visa|no visa (?:is )?needed|(?:does not|doesn't|do not|don't) need (?:a )?visa)\b/i;

/**
 * The answer without its visa advice: whole sentences about sponsorship go, and in a sentence
 * that also says something else, the clause about it ("…and sponsor your visa; an informatics
 * track…" keeps the track). Citations stay with their paragraph.
 */
export function withoutVisaAdvice(answer: string): string {
  const paragraphs = answer.split(/\n\n/).map((para) => {
    const m = /((?:\s*\[[a-z0-9-]+#[a-z0-9-]+\])+)\s*$/.exec(para);
    const refs = m ? m[1] ?? '' : '';
    const body = m ? para.slice(0, m.index) : para;
    const lines = body.split('\n').map((line) => {
      const kept = splitSentences(line)
        .map((sentence) => {
          if (!VISA_TALK.test(sentence) || NO_VISA_NEEDED.test(sentence)) return sentence;
          // A lead ("**Yes.**") answers the question, not the visa: it stays when its sentence goes.
          const lead = /^\*\*[^*]+\*\*\s*/.exec(sentence)?.[0] ?? '';
          const clauses = sentence
            .slice(lead.length)
            .split(/;\s+/)
            .filter((c) => !VISA_TALK.test(c));
          if (!clauses.length) return lead.trim();
          const text = clauses.join('; ').replace(/[,;:]?\s*$/, '');
          return `${lead}${/[.!?]$/.test(text) ? text : `${text}.`}`;
        })
        .filter(Boolean)
        .map((t) => t.charAt(0).toUpperCase() + t.slice(1));
      return line.trim().startsWith('- ') && kept.length && !kept[0]!.startsWith('- ') ? `- ${kept.join(' ').replace(/^-\s*/, '')}` : kept.join(' ');
    });
    const text = lines.filter((l) => l.trim() && l.trim() !== '-').join('\n');
    return text ? `${text}${refs}` : '';
  });
  return paragraphs.filter(Boolean).join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Per-index helpers, built once per index.

interface Helpers {
  idf: Idf;
  faq: FaqMatcher;
  sections: FaqMatcher;
}
const helpers = new WeakMap<KnowledgeIndex, Helpers>();
function helpersFor(index: KnowledgeIndex): Helpers {
  let h = helpers.get(index);
  if (!h) {
    // One rarity table over the guides and every curated phrasing, shared by both matchers.
    const idf = buildIdf([
      ...[...index.passages.values()].map((p) => `${p.heading} ${p.text}`),
      ...index.faq.map((e) => [e.q, ...e.also].join(' ')),
      ...index.sectionQuestions.map((e) => e.q),
    ]);
    h = { idf, faq: createFaqMatcher(index.faq, idf), sections: createFaqMatcher(index.sectionQuestions, idf) };
    helpers.set(index, h);
  }
  return h;
}

/** Builds the per-index matchers now (at start-up) rather than on the first question. */
export function prepareAnswers(index: KnowledgeIndex): void {
  helpersFor(index);
}

/** The FAQ matcher of an index (tests and the eval read its scores). */
export function faqMatcherFor(index: KnowledgeIndex): FaqMatcher {
  return helpersFor(index).faq;
}

/** Each section's vocabulary: its guide title, heading, text and the curated questions citing it. */
const sectionVocab = new WeakMap<KnowledgeIndex, Map<string, Set<string>>>();
function vocabularyOf(index: KnowledgeIndex, ref: string): Set<string> {
  let all = sectionVocab.get(index);
  if (!all) {
    all = new Map();
    sectionVocab.set(index, all);
  }
  let v = all.get(ref);
  if (!v) {
    const s = index.sections.get(ref);
    const asked = [...index.faq, ...index.sectionQuestions].filter((e) => e.cites.includes(ref)).flatMap((e) => [e.q, ...e.also]);
    v = s ? meaningOf([s.title, s.heading, s.text, ...asked].join('\n'), { typos: false }).features : new Set<string>();
    all.set(ref, v);
  }
  return v;
}

/**
 * Glossary concepts specific enough to say what a question is about, however it is worded (the
 * names of bodies and systems, AMIA or ERAS, say little: a conference fee also names AMIA).
 */
const TOPIC_CONCEPTS: ReadonlySet<string> = new Set(
  ['gap', 'clinical currency', 'non-physician writer', 'binding', 'fail', 'reapplicant', 'thank-you', 'top choice', 'yog', 'observership', 'usce', 'exceptionally qualified applicant', 'professionalism issue', 'acgme-i', 'family-friend writer', 'old letter'].map((t) => `g:${t}`),
);

/**
 * The question and the sections name the same specific concept of the glossary (a gap, clinical
 * currency, a non-physician writer), however differently the member put it: a topic match even
 * when the rest of the question is the member's own story ("to raise my baby").
 */
function sharesConcept(index: KnowledgeIndex, question: string, refs: readonly string[]): boolean {
  const vocab = new Set(refs.flatMap((r) => [...vocabularyOf(index, r)]));
  return [...meaningOf(question).features].some((f) => TOPIC_CONCEPTS.has(f) && vocab.has(f));
}

/**
 * A short question about a core topic wrapped in the member's worry ("why informatics? i'm afraid
 * i sound generic"): the worry dilutes the coverage of the whole message, but the asking clause
 * itself is a question the leading section answers nearly word for word. The clause must be a
 * real question (a question word or an auxiliary first), short, and almost wholly covered by that
 * one section.
 */
function clauseAnswered(index: KnowledgeIndex, question: string, topic: string | undefined): boolean {
  if (!topic) return false;
  const clause = questionClause(question);
  if (!clause || clause === normalizeText(question).trim() || clause.split(/\s+/).length > ANSWER_CONFIG.clauseMaxWords) return false;
  if (!/^(?:what|whats|how|why|when|which|who|is|are|do|does|can|should)\b/.test(clause)) return false;
  return questionCoverage(index, clause, [topic]) >= ANSWER_CONFIG.clauseCoverage;
}

/**
 * How much of what the member asks the given sections speak about: the rarity-weighted share of
 * the question's features (the asking clause counting fully, its context less) that occur in
 * those sections' own words. A passage that shares "residency" and "program" with a question
 * about neighbourhoods near a hospital covers little of it.
 */
export function questionCoverage(index: KnowledgeIndex, question: string, refs: readonly string[]): number {
  const { idf } = helpersFor(index);
  const asked = askedFeatures(question, questionClause(question));
  const vocab = new Set(refs.flatMap((r) => [...vocabularyOf(index, r)]));
  let total = 0;
  let covered = 0;
  for (const f of meaningOf(question).features) {
    const w = idf.weight(f) * (asked.has(f) ? 1 : ANSWER_CONFIG.contextWeight);
    total += w;
    if (vocab.has(f)) covered += w;
  }
  return total ? covered / total : 0;
}

// ---------------------------------------------------------------------------------------------
// Small text helpers.

const cite = (r: { doc: string; section: string }): string => `[${formatRef(r)}]`;

/** Cross-references such as "(see usce-kinds)" mean nothing in a short answer. */
function tidy(sentence: string): string {
  return sentence
    .replace(/\s*\((?:see|details in)\b[^)]*\)/gi, '')
    .replace(/\s+([.,;:])/g, '$1')
    .trim();
}

/** Guide titles the member can see, for the "not covered" reply. */
export function coveredTopics(guides: readonly Guide[], audience: SearchOptions['audience']): string[] {
  return guides.filter((g) => !audience || g.audience === 'all' || g.audience === audience).map((g) => g.title);
}

function notCovered(guides: readonly Guide[], audience: SearchOptions['audience'], confidence: number): Answer {
  return {
    answer: [
      "The guides don't cover this question, so I won't guess.",
      `They cover: ${coveredTopics(guides, audience).join('; ')}.`,
      'Try asking about one of those, for example "how do I explain a gap?" or "who should write my letters?"',
    ].join('\n'),
    passages: [],
    covered: false,
    confidence,
    kind: 'not-covered',
  };
}

function declined(kind: OutOfScopeKind, what: string): Answer {
  const first =
    kind === 'chit-chat'
      ? "Hello! I answer questions about applying to clinical informatics as an international medical graduate, from the guides."
      : kind === 'instructions'
        ? "I can't do that: I only answer questions from the guides, and I don't change role, reveal my setup or write documents in anyone's name."
        : kind === 'on-behalf'
          ? ON_BEHALF_REPLY
          : `The guides don't cover ${what}, so I won't guess.`;
  return {
    answer: [
      first,
      'Ask me about CI fellowship eligibility, the AMIA and NRMP matches, letters, red flags, visas (J-1, H-1B), emails to programs or interviews, for example "does research count as USCE?"',
    ].join('\n'),
    passages: [],
    covered: false,
    confidence: 0,
    kind: 'out-of-scope',
    declined: kind,
  };
}

/** Warning signs of an emergency, or thoughts of ending one's life: where to get help now. */
function urgentHelp(question: string): Answer {
  return {
    answer: emergencyReply(emergencyIn(normalizeText(question))),
    passages: [],
    covered: false,
    confidence: 0,
    kind: 'out-of-scope',
    declined: 'emergency',
  };
}

// ---------------------------------------------------------------------------------------------
// Answers from the FAQ.

/**
 * Several of the things a member sends, applies to or sits ("3 programs", "more than one program",
 * "two programs"), as against a count that measures something else ("the two-year rule", "at the
 * same time").
 */
function severalThings(text: string): boolean {
  return /\b(?:more than one|several|multiple|many|all(?: \d+| the)?|both|two|2|three|four|five|six|seven|eight|nine|ten|[3-9]|10)\s+(?:\w+\s+)?(?:programs?|programmes?|places|fellowships|residencies|emails|messages|letters|schools|times|attempts)\b/i.test(
    normalizeText(text),
  );
}

/**
 * "Yes"/"No" for a yes/no question matched to a phrasing with a known answer: the phrasing's
 * answer, flipped when the member asked it the other way round (an odd number of extra
 * negations: "is it true research does NOT count?").
 */
/**
 * One message or document for many recipients at once: "one email to all of them together", "a
 * single group email", "the same letter for every program", "cc everyone".
 */
const COLLECTIVE =
  /\b(?:one|a single|single|1|just one)\b(?: [\w-]+){0,3} (?:e ?mails?|notes?|letters?|messages?|statements?|thank ?yous?)\b.{0,40}\b(?:all|everyone|everybody|every|whole|entire|together|group|panel)\b|\b(?:group|combined|joint|mass|collective|blanket|generic) (?:thank ?you |)(?:e ?mails?|notes?|messages?|thank ?yous?|letters?)\b|\b(?:same|identical) (?:[\w-]+ ){0,2}(?:for|to) (?:all|every|each)\b|\ball (?:of them )?together\b|\bcc\w* (?:all|everyone|everybody|them all)\b/;
function collectiveManner(text: string): boolean {
  return COLLECTIVE.test(normalizeText(text));
}

export function leadWord(
  question: string,
  match: Pick<FaqMatch, 'phrasing' | 'yes'> & { precision?: number; recall?: number },
): 'yes' | 'no' | undefined {
  if (match.yes === undefined || !isYesNoQuestion(question)) return undefined;
  // Two yes/no questions in one message ("is the match binding? … can I back out?") may have
  // opposite answers: one word cannot answer both.
  if (yesNoQuestionCount(question) > 1) return undefined;
  // A phrasing that offers two courses ("is the match binding or can I still back out?") is
  // answered for its first one; a member who asks only the other ("can I back out?") needs the
  // opposite word, so such a phrasing settles only a question that offers the same choice.
  // (The member offers the same choice when their message asks the first course too, in its own
  // sentence or not: "is it binding? can I back out if a better offer comes".)
  const alternative = /\bor (?:can|could|is|are|do|does|should|will|would|am|may|must|has|have|did) (?:i|we|you|it|they|he|she|the|a|an|my)\b/;
  const offered = alternative.exec(normalizeText(match.phrasing));
  // The member offering two courses themselves ("need to be certified before starting, or is
  // board eligible ok?") is answered for the first: a phrasing about the second course ("can I
  // start while only board eligible": yes) would give the opposite word, so the phrasing must
  // speak only of the first course.
  const askedChoice = /\bor (?:is|are|can|could|do|does|should|will|would|am|may|must|has|have|did)\b(?! (?:it|that|this) not\b)/.exec(normalizeText(questionClause(question)));
  if (askedChoice && !offered) {
    const firstCourse = meaningOf(normalizeText(questionClause(question)).slice(0, askedChoice.index)).features;
    if (![...meaningOf(match.phrasing, { typos: false }).features].every((f) => GENERIC_FEATURES.has(f) || firstCourse.has(f))) return undefined;
  }
  if (offered && !alternative.test(normalizeText(questionClause(question)))) {
    const first = meaningOf(normalizeText(match.phrasing).slice(0, offered.index), { typos: false }).features;
    const asked = meaningOf(question).features;
    if (![...first].every((f) => asked.has(f))) return undefined;
  }
  // One message for all ("one thank-you email to all of them together?", "a single group email")
  // is not one for each ("a thank-you to each interviewer?": yes): the manner asked is what the
  // answer turns on, so a phrasing that names the other manner gives no word (round ask67, q-hax-138).
  if (collectiveManner(questionClause(question)) !== collectiveManner(match.phrasing)) return undefined;
  // "Am I done for?" after a setback is not "is it a red flag?": a setback can be a red flag and
  // still leave the member a chance, so only a phrasing that also asks whether all is lost
  // ("is it hopeless?", "does it disqualify me?") gives its word.
  if (asksIfAllOver(questionClause(question)) && !asksIfAllOver(match.phrasing)) return undefined;
  // Only when everything the phrasing asks is in the member's question: a "No" to a question
  // that differs in one word ("a program" against "two programs") is worse than no word.
  // (Tried in round three: accepting 0.6 when both name the same entities gave 3 new leads on
  // the set, 2 of them wrong — "can I decline the AMIA match?" is not "is it binding?".)
  // (A phrasing that shares the question's own point — a trade, asking where one stands, an offer outside a match, doing a
  // thing with several at once — needs less of its wording present: that shared meaning is what
  // decides the answer, and its words differ ("more than one program" against "3 programs").)
  const shared = [...meaningOf(match.phrasing, { typos: false }).entities].some(
    (e) => (/^(?:exchange|standing|offer):/.test(e) && meaningOf(question).entities.has(e)) || (e.startsWith('count:') && severalThings(questionClause(question)) && severalThings(match.phrasing)),
  );
  const minPrecision = shared ? ANSWER_CONFIG.leadSharedPointPrecision : ANSWER_CONFIG.leadMinPrecision;
  if (match.precision !== undefined && match.precision < minPrecision) return undefined;
  // A word answers one proposition: whether a rule is already done for the member ("is my 2 year
  // home rule done?") is not whether it applies ("do I have to go home for two years?": yes), and
  // "can I still…?" is not "should I…?" (proposition.ts). Unsure which is asked: no word.
  if (!samePropositionKind(questionClause(question), match.phrasing)) return undefined;
  // …and the asking clause names no other entity of a class the phrasing names: a yes for the
  // J-1 is not a yes for the H-1B, nor one for research a yes for an observership.
  const phrasingEntities = meaningOf(match.phrasing, { typos: false }).entities;
  const classes = new Set([...phrasingEntities].map((e) => e.split(':')[0]));
  // (A training year the member tells as their circumstance before the asking part — "my visa is
  // J-1 and I'm PGY3, does the home rule stop me…" — is who asks, not what is asked.)
  const askedClause = questionClause(question);
  const asking = meaningOf(askingAfterCircumstance(askedClause) ?? askedClause).entities;
  // An asking clause whose subject points back to what the member told ("My residency is ACGME-I
  // accredited. Is that the same as ACGME…?", "…then a cardiology fellowship. Can the J-1 cover
  // all of this?") asks about that: the entities told count as asked.
  const pointsBack = /^(?:(?:is|are|was|does|do|would|will|can|could|should|did) (?:that|this|these|those|all (?:of )?(?:this|that|these))\b|(?:that|this|these|those) (?:is|are|was|counts?|means?|works?)\b)|\b(?:all (?:of )?(?:this|that|these)|it all|such a plan|this plan|that plan)\b/.test(askedClause);
  // (Not a count, a training year or an exam told: "two years of research", "PGY3", "failed CK once" are the member's story, which the curated phrasings already read.)
  const toldEntities = new Set(pointsBack ? [...meaningOf(question).entities].filter((e) => !/^(?:count|year|exam|fail):/.test(e)) : []);
  for (const e of new Set([...meaningOf(askedClause).entities, ...toldEntities])) {
    if (phrasingEntities.has(e) || phrasingEntities.has(`${e.split(':')[0]}:any`)) continue;
    if (e.startsWith('year:') && !asking.has(e) && !toldEntities.has(e)) continue;
    // "both", "two programs": more than one of something is another question; and an exam, a
    // visa or a training year the phrasing does not name at all is what the member asks about
    // ("Step 3 before applying on a J-1" is not "a Statement of Need for a J-1").
    if (classes.has(e.split(':')[0]) || e.startsWith('count:') || LEAD_DECIDING.has(e.split(':')[0] ?? '')) return undefined;
  }
  // A question timed by an event ("must I go home before the fellowship?") is not settled by the
  // word of a phrasing timed by another event it never names ("…go home for two years after a
  // J-1?": yes):
  // what follows one event says nothing about what must come before another.
  const anchors = timeAnchors(questionClause(question)).map((a) => meaningOf(a).features).filter((f) => f.size > 0);
  const phrasedFeatures = meaningOf(match.phrasing, { typos: false }).features;
  if (anchors.length && timeAnchors(match.phrasing).length && anchors.every((a) => ![...a].some((f) => phrasedFeatures.has(f)))) return undefined;
  // A condition the phrasing does not have ("…if I'm not sure", "…even though I failed") can turn
  // the answer around: no single word for it.
  // (Not an opening "if", which sets up the question itself, nor "ask them if…", an indirect question.)
  const condition = /(?<!^|\b(?:ask|asking|asked|know|wonder|wondering|check|checking|see|sure|tell|whether)\b(?: \w+){0,3} )\b(?:if|unless|even though|although|though|except)\b(.*)$/.exec(questionClause(question));
  if (condition && !/\b(?:if|unless|even though|although|though|except)\b/.test(normalizeText(match.phrasing))) {
    const rest = meaningOf(condition[1] ?? '').features;
    const phrased = meaningOf(match.phrasing, { typos: false }).features;
    if ([...rest].some((f) => !phrased.has(f))) return undefined;
  }
  if (match.recall !== undefined && match.recall < ANSWER_CONFIG.leadMinRecall) return undefined;
  // Asking for something like X ("any scramble thing like SOAP?", "something similar to the
  // NRMP's?") asks about a kind, not X itself: a word about X does not settle it.
  const likeness = /\b(?:(?:any|some)\s?(?:thing|\w+ thing|kind of \w+)|anything|something) (?:like|similar to)\b|\b(?:similar to|equivalent (?:of|to)|an? equivalent)\b/;
  if (likeness.test(normalizeText(questionClause(question))) && !likeness.test(normalizeText(match.phrasing))) return undefined;
  // …and so does borrowing a feature of another process ("does the fellowship use preference
  // signals like residency does?"): whether the fellowship uses ERAS does not say whether it has that.
  const borrowedFeature = /\blike (?:the |a |an |in )?(?:\w+ ){1,3}(?:does|do|did|has|have|had)\b/;
  if (borrowedFeature.test(normalizeText(questionClause(question))) && !borrowedFeature.test(normalizeText(match.phrasing))) return undefined;
  // Doing something again ("no one answered, do I send them again?") is not doing it at all
  // ("should I send a thank-you email?" yes): a repeat the phrasing does not ask about gets no word.
  const repeat = /\b(?:again|resend\w*|re send\w*|once more|another (?:one|email|message|note|time)|a second (?:one|email|message|note|time)|follow(?:ing)? up again|one more (?:email|message|note|time))\b/;
  if (repeat.test(normalizeText(questionClause(question))) && !repeat.test(normalizeText(match.phrasing))) return undefined;
  // A requirement ("is Step 3 required…?", "no") asked back as a permission ("I failed it, can I
  // still start?", "yes") turns the answer around unless the member says what is missing
  // ("…without Step 3?"): with no such word, no single yes or no fits both readings.
  const clause = normalizeText(questionClause(question));
  const phrased = normalizeText(match.phrasing);
  const requirement = /\b(?:need|needs|required|require|requires|must|mandatory|have to|has to|necessary|compulsory)\b/;
  const permission = /^(?:\S+ ){0,5}(?:can|could|may|am i allowed to|is it possible to)\b/;
  // (Leaving the thing out says what is missing as plainly: "can I omit my probation?" is "may I
  // not tell them?", the opposite of "do I need to tell them?".)
  if (requirement.test(phrased) && !requirement.test(clause) && permission.test(clause) && !/\b(?:without|no|not|never)\b/.test(clause) && !omits(clause)) return undefined;
  // …and so is whether something goes on despite a setback ("I failed Step 3: will ECFMG still
  // sponsor my J-1?", yes) against what a sponsor wants ("does ECFMG want Step 3 for the J-1?", no).
  const wants = /\b(?:want|wants|ask for|asks for|expect|expects|look for|looks for)\b/;
  const still = /\b(?:will|would|can|could|does|do|is|are|am)\b(?: [\w-]+){0,3} still\b/;
  if ((requirement.test(phrased) || wants.test(phrased)) && !requirement.test(clause) && !wants.test(clause) && still.test(clause) && !still.test(phrased)) return undefined;
  // …and the other way round: an obligation asked ("do I have to put them first?") is not answered
  // by a permission's word ("can I tell a program it is my number one?": yes).
  // (A prohibition is the same kind of question as a permission, asked from the other side: "is it
  // against the rules to tell a program it is my first choice?": no. That nothing forbids telling
  // says nothing of whether the member must rank them first; session 35's letters guides moved the
  // weights so that phrasing reached the lead and "do I now have to put them #1?" got its Yes.)
  const obligation = /\b(?:have to|has to|must|obliged|obligated|obligation|bound to|required to|forced to|compelled to|supposed to)\b/;
  const prohibition =
    /\b(?:against (?:the )?(?:rules?|policy|policies|code|regulations?|law)|(?:a )?(?:violation|breach|infraction) (?:of|to)|violat\w*|breach\w*|forbidden|prohibited|banned|illegal|not allowed|disallowed|off limits|permitted|allowed|acceptable|legal)\b/;
  if (obligation.test(clause) && !requirement.test(phrased) && !obligation.test(phrased) && (permission.test(phrased) || prohibition.test(phrased))) return undefined;
  // (…asked as a requirement too: "is it required that I put them #1?", "do I need to rank them
  // first?". Unless the member names what is left out, which the phrasing's word may turn around.)
  if (requirement.test(clause) && !requirement.test(phrased) && !obligation.test(phrased) && prohibition.test(phrased) && !/\b(?:without|no|not|never)\b/.test(clause) && !omits(clause)) return undefined;
  // …nor is a requirement asked ("is it necessary to have passed my boards before it starts?": no)
  // answered by a permission's word anywhere in the phrasing ("my board exam is still pending, is it
  // ok to start?": yes): the two words are opposite for the same facts.
  const permissive = /\b(?:can|could|may) (?:i|we|u)\b|\b(?:is it|it is|is that|would it be) (?:ok|okay|fine|allowed|acceptable|possible)\b|\b(?:allowed|permitted) to\b/;
  if (requirement.test(clause) && !requirement.test(phrased) && !obligation.test(phrased) && permissive.test(phrased) && !permissive.test(clause)) return undefined;
  // Whether something is required is not whether it is wise: "is it mandatory to waive my right?"
  // (no) is not answered by "should I waive it?" (yes), nor "should I take Step 3?" by "is Step 3
  // required?" (no). A requirement asked against an advice phrasing, or the other way round, gets
  // no single word.
  // (Advice words: also used below, against a permission phrasing.)
  const advice = /\b(?:should i|should we|(?:good|bad|wise|smart) idea|advisable|recommended|worth it|better to|a mistake|wise to|smart to)\b/;
  const required = (t: string): boolean => requirement.test(t) || obligation.test(t);
  if (required(clause) !== required(phrased) && (advice.test(clause) || advice.test(phrased))) return undefined;
  // What the member must do ("must I retake all four?") is not settled by a word about whether
  // something exists ("is there a limit on retakes?": no): an obligation asked against a phrasing
  // that asks whether there is such a thing gets no single word.
  if (obligation.test(clause) && !required(phrased) && /^(?:is|are) there\b/.test(phrased.trim())) return undefined;
  // …nor is what someone else can do for the member ("can my home ministry waive the rule?"): that
  // a waiver exists does not say this one grants it.
  if (/^(?:is|are) there\b/.test(phrased.trim()) && /^(?:can|could|will|would|may|does|do) (?!i\b|we\b|you\b|u\b|one\b|there\b|it\b|this\b|that\b)(?:\w+ ){1,3}(?:waive|grant|give|issue|sponsor|approve|sign|write|provide|offer|accept)\b/.test(clause)) return undefined;
  // A stretch between two things ("a year in between", "the gap before the fellowship starts",
  // "meanwhile") is its own question: staying on a visa for the next program is not staying on it
  // through a gap, nor is applying during residency applying in a year off.
  const between = /\b(?:in between|between (?:the )?(?:two|programs|residency and|them)|in the meantime|meantime|meanwhile|gap(?: year| period| months?)?|year off|time off|(?:a|one|1) year (?:before|until) (?:it|the \w+) starts?)\b/;
  if (between.test(clause) && !between.test(phrased)) return undefined;
  // A residency done abroad is not the member's when they tell one done in the US or Canada
  // ("MBBS Nigeria, family medicine residency in Canada, CCFP: can I sit the boards?"): a word
  // about foreign residencies does not answer them.
  if (/\b(?:foreign|abroad|overseas|outside (?:the )?(?:usa|us|united states)|another country|home country|other country)\b/.test(phrased) && NORTH_AMERICAN_RESIDENCY.test(normalizeText(question))) return undefined;
  // A visa for a job is not a visa for training: "can I stay on my J-1 for the fellowship?" (yes)
  // does not answer staying for an analyst role, in the clause or told before a clause that points
  // to it ("I have an offer for an analyst role. Can I stay and start it?").
  const job = /\b(?:job|jobs|role|employment|employer|analyst|startup|start up|company|industry|work(?:ing)? (?:as|for|at) (?:an? )?(?!fellow|resident)\w+)\b/;
  const jobAsked = job.test(clause) || (job.test(normalizeText(question)) && /\b(?:it|that|this|there)\b/.test(clause));
  if (jobAsked && !job.test(phrased) && /\b(?:fellowship|residency|training)\b/.test(phrased) && [...phrasingEntities].some((e) => e.startsWith('visa:'))) return undefined;
  // Doing something "first" (before the plan the member told: "I want to start the fellowship next
  // July. Must I go home for the two years first?") asks about order: a word about the thing
  // itself ("do I have to go home after a J-1?": yes) does not settle when.
  // (Only where the member told that plan before the question, and the phrasing does not name it;
  // "needs Step 3 passed first?" is a prerequisite asked, not an order against a told plan.)
  const toldBefore = normalizeText(question).slice(0, Math.max(0, normalizeText(question).lastIndexOf(clause)));
  const planTold = [...meaningOf(toldBefore).features].filter((f) => /^(?:fellowship|residenc|job|posit)/.test(f) && !meaningOf(match.phrasing).features.has(f));
  if (/\b(?:first|beforehand)\b(?! (?:time|email|message|choice|year|step|attempt|one|round|letter|job|contact|\w+ (?:email|message)))/.test(clause) && planTold.length && !/\b(?:first|before|between|straight|right after|immediately)\b/.test(phrased)) return undefined;
  // "Is it too late to apply through ERAS in December?" asks about timing; "do I apply through
  // ERAS?" (yes) is not its opposite: a timing judgement against a phrasing with no time in it
  // ("still", "deadline", a month…) gets no word.
  const timing = /\btoo (?:late|early|soon)\b|\b(?:this|so) late\b/;
  const timed = /\btoo (?:late|early|soon)\b|\b(?:still|late|later|deadline|closed?|open|now|after|yet|january|february|march|april|may|june|july|august|september|october|november|december)\b/;
  if (timing.test(clause) && !timed.test(phrased)) return undefined;
  // A count the phrasing does not have ("…to 3 programs", "five times"): a yes for one is not a yes
  // for several. (Read here, not as a search entity: "Step 3" must stay an exam for retrieval.)
  const many =
    /\b(?:[3-9]|10|three|four|five|six|seven|eight|nine|ten|several|multiple|many)\s+(?:\w+\s+)?(?:programs?|programmes?|emails?|letters?|times|attempts|places|schools)\b/;
  if (many.test(clause) && !many.test(phrased) && !phrasingEntities.has('count:several')) return undefined;
  // An opening condition with a negation ("if my first choice doesn't rank me, does that…") may or
  // may not be what the phrasing negates: counting it could turn the answer around, so no word.
  // (The condition may run into the question without a comma: "if i dont match is there SOAP".)
  const opening = /^(?:so |ok |and |but )?(?:if|when|say|suppose)\b(.*?)(?:[,?]| (?=(?:is|are|can|could|do|does|will|would|should|what|how|am|may|shall)\b))/.exec(normalizeText(question).trim());
  if (opening && new RegExp(`\\b(?:not|never|no|dont|doesnt|didnt|isnt|arent|cant|cannot|wont|without)\\b`).test(opening[1] ?? '') && !/^(?:if|when|say|suppose)\b/.test(normalizeText(match.phrasing).trim())) return undefined;
  // Whether something is allowed does not say whether it is wise: "is it against the rules to tell
  // a program it is my top choice?" (no) does not answer "is sending 'you are my #1' to three
  // programs a bad idea?", nor "can I tell a program it is my number one?" (yes) "should I now move
  // them to #1?". Advice asked against a permission phrasing, or a judgement word ("bad idea",
  // "mistake", "hurt") the phrasing does not use, gets no single word.
  const permitted = /\b(?:can i|could i|may i|allowed|against the rules|permitted|legal|violat\w*|breach\w*|is it ok(?:ay)? to)\b/;
  if (advice.test(clause) && !advice.test(phrased) && permitted.test(phrased)) return undefined;
  const judgement = /\b(?:bad|mistake|hurt|hurts|harm|harms|damage|damages|mess(?:es)? up|messed up|screw(?:s)? up|wrong|risky|unprofessional|rude|impolite|inappropriate|awkward|offensive)\b/;
  const judged = judgement.exec(clause);
  if (judged && !phrased.includes(judged[0])) return undefined;
  const features = meaningOf(match.phrasing).features;
  const about = (word: string): boolean => {
    const f = featureOf(word);
    return f !== null && features.has(f);
  };
  // What the phrasing negates may be told as a circumstance before the asking clause ("I have zero
  // USCE. Can I still get strong letters?"): read there, for the words the clause does not name.
  // "waive or not waive my right?", "should I waive it or not?": the "not" offers the other course
  // of a choice, it does not negate what is asked (it once turned "should I waive?" (yes) into a
  // "No." followed by "Most applicants do").
  const asked = question.replace(/\bor (?:not|no)\b(?: to\b)?/gi, ' ');
  const clauseFeatures = meaningOf(questionClause(asked)).features;
  // (Only a word the phrasing itself negates: "AMIA results are out and I did not match. Is there a
  // SOAP for the fellowship?" tells the member's situation; the phrasing "is there a SOAP for the
  // AMIA match?" does not deny matching, so that "not" turns nothing around.)
  const negated = new Set(negatedWords(match.phrasing).map(featureOf).filter((f): f is string => f !== null && features.has(f)));
  const told = contextNegations(asked, (word) => {
    const f = featureOf(word);
    return f !== null && negated.has(f) && !clauseFeatures.has(f);
  });
  // …and so is a reason given in front of the asking clause ("since ECFMG sponsors it and not the
  // hospital, every program has to…"): its "not" counts only for what the phrasing negates.
  const askingFeatures = meaningOf(askedPart(questionClause(asked))).features;
  const toldReason = premiseNegations(asked, (word) => {
    const f = featureOf(word);
    return f !== null && negated.has(f) && !askingFeatures.has(f);
  });
  // "Can I still…?" asks despite what the member just told; when that is something that did not
  // happen ("one program never invited me for interview. Can I still rank it?") and the phrasing
  // does not speak of it, the phrasing's word ("can I rank just one program?": yes) is for another
  // case. (An event, told by its past verb: a state the member lacks, "I don't need a visa", "not
  // even an observership", is the story the curated phrasings already read.)
  const askedClauseText = normalizeText(questionClause(asked));
  const toldText = normalizeText(asked).slice(0, Math.max(0, normalizeText(asked).lastIndexOf(askedClauseText)));
  const missed = [...toldText.matchAll(/\b(?:didnt|did not|never|wasnt|was not|werent|were not|hasnt|has not|havent|have not)\b((?: \w+){1,4})/g)];
  const missingTold = missed.some((m) =>
    (m[1] ?? '')
      .trim()
      .split(' ')
      .some((word) => {
        const f = featureOf(word);
        return f !== null && !features.has(f) && !GENERIC_FEATURES.has(f) && !/^(?:i|me|my|a|an|the|to|be|been|yet|even|get|got|any|it|that)$/.test(word);
      }),
  );
  if (/\bstill\b/.test(askedClauseText) && missingTold) return undefined;
  // "Non-clinical" on one side and "instead of clinical" or "not clinical" on the other deny the
  // same thing: the prefix counts as a negation there (and only there, as a non-US citizen is a kind).
  const prefixed = prefixDenials(match.phrasing, asked) - prefixDenials(asked, match.phrasing);
  const turned = Math.abs(negations(asked, about) + told + toldReason - negations(match.phrasing, about) - prefixed) % 2 === 1;
  const flipped = turned !== escapeAgainstObligation(questionClause(asked), questionClause(match.phrasing));
  return match.yes !== flipped ? 'yes' : 'no';
}

/** How many "non-X" words of `text` the `other` text denies with a negator or a contrast. */
function prefixDenials(text: string, other: string): number {
  const denied = new Set(deniedWords(questionClause(other)).map(featureOf).filter((f): f is string => f !== null));
  return nonPrefixed(text).filter((w) => {
    const f = featureOf(w);
    return f !== null && denied.has(f);
  }).length;
}

/**
 * An obligation and the way out of it are one topic with opposite answers: "is the match
 * binding?" (yes) is "can I back out of it?" (no). The glossary files both under one concept, so
 * the words match; the yes or no turns when one side asks the obligation and the other the escape.
 */
const OBLIGATION = /\b(?:binding|bound|bind|binds|committed|commitment|obligat\w*|have to (?:go|start|join|attend)|must (?:go|start|join|attend)|required to (?:go|start|join|attend))\b/;
const ESCAPE =
  /\b(?:back(?:ing)? out|get out|getting out|withdraw\w*|leave|leaving|switch\w*|declin\w*|break\w*|turn(?:ing)? (?:it |the \w+ )?down|refus\w*|opt(?:ing)? out|go (?:elsewhere|there instead|somewhere else)|released?|not go|skip (?:it|the program))\b/;
function escapeAgainstObligation(clause: string, phrasing: string): boolean {
  const side = (t: string): 'obligation' | 'escape' | undefined => {
    const n = normalizeText(t);
    const o = OBLIGATION.test(n);
    const e = ESCAPE.test(n);
    return o === e ? undefined : o ? 'obligation' : 'escape';
  };
  const a = side(clause);
  const b = side(phrasing);
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * Two or more yes/no questions in one message ("Can I do the fellowship on a J-1? Does ECFMG
 * sponsor it?"): one word answers them only when each, read alone, matches a curated question
 * with a known answer and every answer is the same word. Any question left unsettled, or two
 * different words, leaves the message without a lead.
 */
function agreedLead(index: KnowledgeIndex, question: string): 'yes' | 'no' | undefined {
  const asks = question.split(/(?<=\?)\s*/).filter((s) => s.includes('?') && isYesNoQuestion(s));
  if (asks.length < 2) return undefined;
  const h = helpersFor(index);
  const words = asks.map((ask) => {
    const m = h.faq.scores(ask)[0];
    if (!m || m.score < ANSWER_CONFIG.leadMinScore || m.yes === undefined) return undefined;
    return leadWord(ask, { ...m, recall: clauseRecall(index, ask, m.phrasing) });
  });
  const [first] = words;
  return first !== undefined && words.every((w) => w === first) ? first : undefined;
}

/**
 * The yes or no of a curated entry read from the propositions it settles: its question and every
 * phrasing marked [yes]/[no] ("does a foreign residency count? [no]", "is there a route through
 * the exception? [yes]"). The phrasing that scored best may carry no word, or more detail than the
 * member gave; any proposition whose content the question holds (leadWord's tests: precision,
 * recall, no other entity, no extra condition, polarity from the question's form) settles it —
 * and when two of them settle it with different words, nothing does.
 */
function propositionLead(index: KnowledgeIndex, question: string, entry: FaqEntry): 'yes' | 'no' | undefined {
  const forms = [{ text: entry.q, ...(entry.yes !== undefined ? { yes: entry.yes } : {}) }, ...entry.also.map(splitPolarity)];
  let word: 'yes' | 'no' | undefined;
  for (const form of forms) {
    if (form.yes === undefined) continue;
    const w = leadWord(question, {
      phrasing: form.text,
      yes: form.yes,
      precision: phrasingPrecision(index, question, form.text),
      recall: clauseRecall(index, question, form.text),
    });
    if (!w) continue;
    if (word && w !== word) return undefined;
    word = w;
  }
  return word;
}

/** Entity classes whose member, named by the question alone, decides the answer. */
const LEAD_DECIDING: ReadonlySet<string> = new Set(['exam', 'year', 'accreditor']);

/** How many sentences of a message ask a yes/no question of their own. */
function yesNoQuestionCount(question: string): number {
  const pieces = question.split(/(?<=\?)\s*/);
  const asked = pieces.filter((s) => s.includes('?') && isYesNoQuestion(s)).length;
  // A second question typed after the first without its own question mark ("do I redo all four
  // sub-tests?? and is there a limit on tries") is still asked: one word cannot answer both.
  const tail = (pieces[pieces.length - 1] ?? '').trim();
  const tailAsks = asked > 0 && !tail.includes('?') && TRAILING_ASK.test(tail) && isYesNoQuestion(`${tail.replace(/^(?:and|also|plus|oh and)\s+/i, '')}?`);
  return asked + (tailAsks ? 1 : 0);
}
const TRAILING_ASK = /^(?:and|also|plus|oh and)?\s*(?:is|are|was|can|could|do|does|did|should|will|would|must|may|am|has|have)\b/i;

/**
 * Weighted share of the member's asking clause that a curated phrasing speaks about: "can I apply
 * to residency and the fellowship in the same year?" holds all of "can I apply for the fellowship
 * during residency?" and still asks something else.
 */
function clauseRecall(index: KnowledgeIndex, question: string, phrasing: string): number {
  const { idf } = helpersFor(index);
  const p = meaningOf(phrasing, { typos: false }).features;
  let all = 0;
  let common = 0;
  // (What is asked, not a reason told in front of it: "as ECFMG is the sponsor, my program must take
  // J-1?" asks about the program, and a phrasing about ECFMG's sponsorship does not answer it.)
  for (const f of meaningOf(askedPart(questionClause(question))).features) {
    if (GENERIC_FEATURES.has(f)) continue;
    all += idf.weight(f);
    if (p.has(f)) common += idf.weight(f);
  }
  return all ? common / all : 1;
}
const GENERIC_FEATURES: ReadonlySet<string> = new Set(['program', 'usa', 'informatic', 'img', 'thi', 'ok', 'good', 'way', 'realli', 'actual', 'just', 'still', 'true']);

/** Weighted share of a curated phrasing's features that the member's question has. */
function phrasingPrecision(index: KnowledgeIndex, question: string, phrasing: string): number {
  const { idf } = helpersFor(index);
  const q = withImplied(meaningOf(question).features, question);
  let all = 0;
  let common = 0;
  for (const f of meaningOf(phrasing, { typos: false }).features) {
    all += idf.weight(f);
    if (q.has(f)) common += idf.weight(f);
  }
  return all ? common / all : 0;
}

/**
 * What a question says without its words: a named Step is "a Step" (any exam), "CI" is clinical
 * informatics, a failed exam was an attempt, and failing "once" is one failed attempt. A phrasing
 * put in the general words ("one failed attempt at a Step… clinical informatics") is then wholly in
 * "I failed Step 2 CK once… CI fellowships?".
 */
function withImplied(features: ReadonlySet<string>, question: string): Set<string> {
  const out = new Set(features);
  const has = (re: RegExp) => [...features].some((f) => re.test(f));
  if (has(/^e:exam:(?!any$)/)) {
    out.add('e:exam:any');
    const step = featureOf('step');
    if (step && has(/^step[123]$/)) out.add(step);
  }
  if (has(/^e:fail:/)) for (const w of ['attempt']) {
    const f = featureOf(w);
    if (f) out.add(f);
  }
  const one = featureOf('one');
  if (one && /\b(?:fail\w*|took|sat|attempt\w*)\b[^.?!]{0,30}\bonce\b/i.test(question)) out.add(one);
  const clinical = featureOf('clinical');
  if (clinical && /\bci\b/i.test(question) && features.has('g:informatics')) out.add(clinical);
  return out;
}

function sectionPassage(index: KnowledgeIndex, ref: string, score: number, hits: readonly PassageHit[]): Passage | undefined {
  const section = index.sections.get(ref);
  if (!section) return undefined;
  // The passage of that section that matched the question best, else its opening.
  const hit = hits.find((h) => `${h.passage.doc}#${h.passage.section}` === ref);
  const first = [...index.passages.values()].find((p) => `${p.doc}#${p.section}` === ref && !p.disclaimer);
  return { doc: section.doc, section: section.slug, heading: section.heading, text: (hit?.passage ?? first)?.text ?? section.text, score };
}

/**
 * The opening of an answer given for both matches, whatever it says the choice is ("which match
 * you mean", "what you apply to"): a member who names one has already made that choice.
 */
const TWO_MATCHES = /^It depends on (?:which match you mean|what you apply to)\.\s*/;

/**
 * A curated answer that answers for both matches ("It depends on which match you mean. For
 * residency… For a CI fellowship…") keeps only the part for the match the question names, when
 * it names exactly one.
 */
export function forTheMatchNamed(answer: string, question: string): string {
  if (!TWO_MATCHES.test(answer)) return answer;
  const named = matchNamed(question);
  if (!named) return answer;
  const keep = named === 'fellowship' ? /^For a CI fellowship\b/ : /^For (?:a )?residency\b/;
  const sentences = splitSentences(answer.replace(TWO_MATCHES, ''));
  return sentences
    .filter((x) => !/^For (?:a CI fellowship|(?:a )?residency)\b/.test(x) || keep.test(x))
    .map((x) => x.replace(/^Either way, read\b/, 'Read'))
    .join(' ');
}

/** The one match a question names: a CI fellowship's (AMIA) or a residency's (NRMP); else undefined. */
function matchNamed(question: string): 'fellowship' | 'residency' | undefined {
  const q = normalizeText(question);
  // Spelt loosely too ("fellowhsip").
  const fellowship = /\b(?:fel+o\w*|amia|ci)\b/.test(q);
  const residencyTold = q
    // A residency before the fellowship, or the member's own residency coming to its end, is their
    // stage, not the match asked about ("after residency", "my residency ends June 2027").
    .replace(/\bafter (?:my |the )?residency\b/g, '')
    .replace(/\bmy (?:\w+ )?residency (?:ends|is ending|will end|finishes|will finish|is over|completes)\b|\b(?:finish\w*|complet\w*|end of|during|in) my (?:\w+ )?residency\b/g, '')
    // …nor is a residency the member compares with ("is there a SOAP like in the residency match?").
    .replace(/\b(?:like|as in|similar to|same as|as for)\b (?:in |for |with )?(?:the |a )?(?:main |usual )?(?:residency|nrmp)\b(?: match| one)?/g, '');
  // A residency is also named by its specialty's programs ("didn't match to any IM program"), and by
  // the kinds of residency position only the NRMP match has ("matched prelim only, can I SOAP for
  // categorical IM?", "a transitional year", "the advanced spot", "PGY-1 positions").
  // (…and by the week only the NRMP match has, or the specialty the member went unmatched in:
  // "Monday of Match Week, I'm unmatched (IM)".)
  const residency =
    /\bmatch week\b|\b(?:unmatched|matched|match)\s*(?:\(|in |into |to |for )(?:im|internal medicine|fm|family medicine|pediatrics|peds|surgery|psychiatry|neurology|em|emergency medicine)\b|\b(?:residenc\w*|nrmp|tracks?|prelim\w*|categorical|transitional (?:year|program|position)s?|ty (?:year|program|spot|position)s?|advanced (?:position|spot|program|track)s?|pgy ?1 (?:position|spot|place)s?)\b|\b(?:im|internal medicine|family medicine|fm|pediatrics?|peds|surgery|surgical|psychiatry|neurology|emergency medicine|em) (?:programs?|spots?|positions?|match)\b/.test(residencyTold);
  return fellowship === residency ? undefined : fellowship ? 'fellowship' : 'residency';
}

/** The guide section on each match's own process. */
const MATCH_SECTION = { fellowship: 'matches#amia-ci-match', residency: 'matches#nrmp-main-match' } as const;

/**
 * A two-match answer cut to the match named cites the section on that match first: the other
 * match's section goes last (a residency applicant's unmatched answer is not led by AMIA's page).
 */
function citesForTheMatchNamed(cites: readonly string[], answer: string, question: string): string[] {
  const named = TWO_MATCHES.test(answer) ? matchNamed(question) : undefined;
  if (!named) return [...cites];
  const other = MATCH_SECTION[named === 'fellowship' ? 'residency' : 'fellowship'];
  return [...cites.filter((c) => c !== other), ...cites.filter((c) => c === other)];
}

/**
 * A curated answer written for both matches ("It depends on which match you mean. For residency,
 * SOAP… For a CI fellowship, the AMIA match has no SOAP…") given in private to a member whose
 * profile targets one match, asked without naming either: only that match's part, as if they had
 * named it. A residency applicant asking "can I still SOAP?" gains nothing from the AMIA paragraph.
 * `match` is set only for a private reply, so a public one keeps both parts and reveals nothing.
 */
function forTargetMatch(a: Answer, question: string, match: MatchName | undefined): Answer {
  // (A question that names a match was cut to it already: its answer no longer opens with "It
  // depends on which match". "SOAP" or "match in March" alone do not say which.)
  if (!match || a.kind !== 'faq') return a;
  const lead = /^\*\*(?:Yes|No|It depends)[.:]\*\*\s*/.exec(a.answer)?.[0] ?? '';
  const body = a.answer.slice(lead.length);
  if (!TWO_MATCHES.test(body)) return a;
  const asked = withMatchNamed(question, match);
  const order = citesForTheMatchNamed(a.passages.map(formatRef), body, asked);
  const passages = [...a.passages].sort((x, y) => order.indexOf(formatRef(x)) - order.indexOf(formatRef(y)));
  return { ...a, answer: `${lead}${forTheMatchNamed(body, asked)}`, passages };
}

function faqAnswer(index: KnowledgeIndex, question: string, m: FaqMatch, outcome: SearchOutcome): Answer {
  // A phrasing without its own [yes]/[no] is read against the entry's question and answer when it
  // is itself a yes/no question (a rewording of the entry's question); a wh-phrasing ("how do J-1
  // waivers work") is a neighbouring question, so then the entry's own question must be in the
  // member's question before its yes or no is borrowed.
  const borrowed = (): { phrasing: string; precision: number; yes?: boolean } => ({
    phrasing: m.entry.q,
    precision: isYesNoQuestion(m.phrasing) ? m.precision : phrasingPrecision(index, question, m.entry.q),
    ...(m.entry.yes !== undefined ? { yes: m.entry.yes } : {}),
  });
  const recall = clauseRecall(index, question, m.phrasing);
  // A phrasing that turns the entry's question around ("can I skip the fellowship" under "does a
  // master's make me eligible for a fellowship") is not its rewording: its answer is unknown.
  const need = featureOf('need');
  const turned =
    m.yes === undefined &&
    m.phrasing !== m.entry.q &&
    negations(m.phrasing) % 2 !== negations(m.entry.q) % 2 &&
    // …except a requirement: "without Step 3" is exactly the negation of "need Step 3".
    !(need !== null && meaningOf(m.entry.q, { typos: false }).features.has(need));
  const word =
    // (An H or L visa or a green card asked for before the two years at home are done: No. situation-lead.ts)
    (isYesNoQuestion(question) && yesNoQuestionCount(question) <= 1 ? closedBeforeTwoYears(question) : undefined) ??
    (m.score >= ANSWER_CONFIG.leadMinScore && !turned ? leadWord(question, { ...(m.yes !== undefined ? m : borrowed()), recall }) : undefined) ??
    // (An answer a situation reading chose: its word from what is asked about that situation.)
    (isYesNoQuestion(question) && yesNoQuestionCount(question) <= 1 ? situationLead(question, m.entry.id) : undefined) ??
    (m.score >= ANSWER_CONFIG.leadMinScore ? propositionLead(index, question, m.entry) : undefined) ??
    agreedLead(index, question);
  // (Applying is not starting: "do I need a licence before applying?" is the neighbour of "…to
  // start a fellowship?", whose answer depends on the state; where the answer itself tells the two
  // stages apart, neither its word nor its "it depends" answers the other stage.)
  const otherStage =
    /\bappl/i.test(m.entry.a) &&
    /\b(?:start|begin)/i.test(m.entry.a) &&
    stageAsked(questionClause(question)) !== undefined &&
    stageAsked(normalizeText(m.phrasing)) !== undefined &&
    stageAsked(questionClause(question)) !== stageAsked(normalizeText(m.phrasing));
  // Years on a J-1 told past ECFMG's usual seven-year total: no "Yes" fits the plan, and an answer
  // that states the limit says "probably not" with the member's own count (j1-years.ts).
  const j1Years = j1YearsPastLimit(question);
  // (…when what is asked is whether it fits: "can J-1 cover all of it?", "possible?"; "does the
  // limit count my residency years?" asks how the limit counts, and keeps its own answer.)
  const clause = questionClause(question);
  const fitAsked = /\b(?:can|could|possible|allowed|allow|cover|fit|fits|enough|ok|okay|able|permitted|work)\b/i.test(clause) && !/\bcount(?:s|ed)?\b/i.test(clause);
  const pastJ1Limit = j1Years !== undefined && isYesNoQuestion(question) && fitAsked;
  const limitStated = pastJ1Limit && statesJ1Limit(m.entry.a);
  const lead = pastJ1Limit
    ? limitStated
      ? ('no' as const)
      : undefined
    : word && !otherStage && !earlierQuestionImplied(question) && !deniesAnswersCondition(question, m.entry.a, m.phrasing)
      ? word
      : undefined;
  const body = limitStated
    ? `Probably not all of it: the years you list add up to ${j1Years}. ${forTheMatchNamed(m.entry.a.trim(), question)} Check your plan with ECFMG before you apply.`
    : forTheMatchNamed(m.entry.a.trim(), question);
  // A curated answer that itself opens with the deciding condition ("It depends on which match
  // you mean.") is a "depends" lead for a yes/no question.
  // …and so is one whose opening sentence names the condition that decides what was asked ("Some
  // CI fellowships sponsor both J-1 and H-1B, others only J-1…" for "do CI fellowships take J-1?").
  const opensOnCondition = !lead && !otherStage && isYesNoQuestion(question) && !homeRuleDecides(question, body) && !/^it depends\b/i.test(body) && statesCondition(firstSentence(body)) && conditionIsAsked(question, firstSentence(body));
  const depends = !lead && !otherStage && isYesNoQuestion(question) && ((/^it depends\b/i.test(body) && dependsOnWhatIsAsked(question, m.entry)) || opensOnCondition) ? ('depends' as const) : undefined;
  const head = lead ? `**${lead === 'yes' ? 'Yes' : 'No'}.** ` : opensOnCondition ? '**It depends:** ' : '';
  const cites = citesForTheMatchNamed(m.entry.cites, m.entry.a.trim(), question);
  const passages = cites
    .map((ref, i) => sectionPassage(index, ref, m.score * (1 - i * 0.01), outcome.hits ?? []))
    .filter((p): p is Passage => p !== undefined);
  return {
    answer: `${head}${body} ${cites.map((c) => `[${c}]`).join(' ')}`,
    passages,
    covered: true,
    confidence: m.score,
    kind: 'faq',
    faqId: m.entry.id,
    ...(lead ? { lead } : depends ? { lead: depends } : {}),
    topic: m.entry.id,
  };
}

/**
 * The one question asked opens with "also" after a story ("my attending said 'write it yourself and
 * I'll sign'. also should I waive my right to see it?"), or the member says they ask two things
 * with only one put as a question: the first question is implied by what they told, so a single
 * Yes or No would answer both and mislead on the one left unsaid.
 */
function earlierQuestionImplied(question: string): boolean {
  const text = normalizeText(question);
  if (yesNoQuestionCount(question) > 1 || question.split('?').length > 2) return false;
  const alsoAsked = /[.!,;:]\s*(?:and\s+|but\s+)?also\b[^.?!]*\?/.test(question.toLowerCase().replace(/[’‘]/g, "'"));
  const announced = /\b(?:two|2|couple of|few) (?:questions|qs|quick ones|things to ask)\b/.test(text);
  return alsoAsked || announced;
}

/**
 * A member who trained (or trains) on a J-1 and asks about an H-1B carries the two-year home
 * rule: that rule, not which visas a program sponsors, decides whether they can take the H-1B, so
 * an answer opening on program sponsorship does not say "it depends" to them.
 */
function homeRuleDecides(question: string, body: string): boolean {
  const q = normalizeText(question);
  const j1Told =
    /\b(?:on|with|under|in) (?:a |an |my |the )?(?:ecfmg )?j ?1\b|\bj ?1 (?:resident|residency|trainee|training|physician|doctor|status|holder)\b|\b(?:from|off) (?:a |the |my )?j ?1\b/.test(q);
  return j1Told && /\bh ?1 ?b\b/.test(q) && /\bh-1b\b/i.test(body) && !/\btwo-year|home (?:country|residence)|212\(e\)/i.test(firstSentence(body));
}

/**
 * A residency told as done, under way or matched in the US or Canada (or the Canadian
 * certification that follows one): the standard rule's residency, wherever the school was.
 */
const NORTH_AMERICAN_RESIDENCY =
  /\b(?:us|usa|american|canadian|acgme(?!-i|i\b| i\b| international)(?: accredited)?|rcpsc|cfpc|u s)(?: based| accredited)? (?:\w+ )?(?:residency|residency program)\b|\bresidency (?:(?:is|was|will be|being|done|completed|finished|training) )?(?:in|at) (?:the )?(?:us|usa|united states|america|canada|u s|an? (?:us|american|canadian) (?:hospital|program))\b|\b(?:ccfp|frcpc|fcfp)\b/;

/**
 * The member denies what the curated answer rests on and its question does not name: "a
 * fellowship that is not ACGME accredited — can ECFMG sponsor my J-1 for it?" against "ECFMG
 * sponsors J-1 physicians in ACGME-accredited residencies and fellowships" (yes). The answer's
 * word is for the case it states, so it does not lead.
 */
function deniesAnswersCondition(question: string, answer: string, phrasing: string): boolean {
  const said = meaningOf(answer, { typos: false }).features;
  const asked = meaningOf(phrasing, { typos: false }).features;
  for (const m of normalizeText(question).matchAll(/\b(?:not|non|isnt|is not|arent|without)[ -](?:an? |the |yet )?([a-z0-9]+)/g)) {
    const f = featureOf(m[1] ?? '');
    if (f !== null && !GENERIC_FEATURES.has(f) && ACCREDITATION.test(m[1] ?? '') && said.has(f) && !asked.has(f)) return true;
  }
  return false;
}
/**
 * Among curated answers tied on their words, the one phrased for the stage the member asks about
 * ("already to apply?") goes ahead of one phrased for the other ("before starting?"): the words
 * "licence" and "fellowship" are the same, the answer is not (no licence to apply; to start, it
 * depends on the state).
 */
function stageFirst(question: string, scores: FaqMatch[]): FaqMatch[] {
  const asked = stageAsked(questionClause(question));
  const [best] = scores;
  if (!asked || !best) return scores;
  const stageOf = (m: FaqMatch) => stageAsked(normalizeText(m.phrasing));
  if (stageOf(best) === asked || stageOf(best) === undefined) return scores;
  const fit = scores.find((m) => m.score >= best.score - ANSWER_CONFIG.stageTieMargin && stageOf(m) === asked);
  return fit ? [fit, ...scores.filter((m) => m !== fit)] : scores;
}

/** The stage a (normalised) clause asks about: applying, or starting the training; undefined for neither or both. */
function stageAsked(clause: string): 'apply' | 'start' | undefined {
  const apply = /\b(?:apply|applying|applied|application|applications)\b/.test(clause);
  const start = /\b(?:start|starting|begin|beginning|join|joining)\b/.test(clause);
  return apply === start ? undefined : apply ? 'apply' : 'start';
}

/** What a program's standing rests on: its accreditation. */
const ACCREDITATION = /^(?:acgme|accredited|accreditation|rcpsc|cfpc)$/;

/**
 * An entry whose answer "depends" on where the member trained (its phrasings name a place) depends
 * on it for this member only if they say they trained elsewhere: "finished US EM residency,
 * eligible?" is not the foreign-residency question, whatever words it shares with it.
 */
function dependsOnWhatIsAsked(question: string, entry: FaqEntry): boolean {
  const placed = [entry.q, ...entry.also].some((t) => [...meaningOf(splitPolarity(t).text, { typos: false }).entities].some((e) => e.startsWith('place:')));
  if (!placed) return true;
  // A school abroad with a residency in the US or Canada ("Caribbean MD, residency in the US") is
  // not a residency done elsewhere: where the residency was is what such an answer depends on.
  if (NORTH_AMERICAN_RESIDENCY.test(normalizeText(question))) return false;
  return [...meaningOf(question).entities].some((e) => e.startsWith('place:')) || /\b(?:abroad|foreign|overseas|home country|my country|another country|outside (?:the )?(?:us|usa|united states))\b/.test(normalizeText(question));
}

// ---------------------------------------------------------------------------------------------
// Answers composed from guide passages.

interface ScoredSentence {
  hit: PassageHit;
  index: number;
  text: string;
  score: number;
}

/** A sentence that begins in lower case is the rest of a sentence begun elsewhere. */
function startsMidSentence(text: string): boolean {
  return /^[\s*_"“(]*[a-z]/.test(text);
}
/** A sentence that draws a conclusion from the one before it ("So…", "Thus…", "Therefore…"). */
const CONCLUDES = /^[\s*_"“(]*(?:so|thus|hence|therefore|and so|which means)\b(?! (?:long|far|much|many)\b)/i;
/** A list item's lead-in ("For more ordinary gaps, do this:"), when it is short enough to put back in front. */
function leadInOf(passage: GuidePassage): string {
  const leadIn = passage.kind === 'item' ? (passage.context ?? '').trim() : '';
  if (leadIn.endsWith(':') && leadIn.length <= 140 && !/^\W*\*\*/.test(leadIn)) return leadIn;
  // A bold label over a list ("**Worth an update**") reads as "Worth an update:".
  // (The passage index keeps the label without its asterisks.)
  const label = /^(?:\*\*)?([A-Z][^*:.]{1,60}?)[:.]?(?:\*\*)?:?$/.exec(leadIn)?.[1];
  return label ? `${label}:` : '';
}

/** How much of the question's meaning a sentence carries (weighted share of its features). */
function overlap(question: ReadonlyMap<string, number>, mass: number, sentence: string): number {
  if (!mass) return 0;
  let common = 0;
  for (const f of meaningOf(sentence, { typos: false }).features) common += question.get(f) ?? 0;
  return common / mass;
}

/** An example or a quoted sample illustrates an answer; it is not the answer. */
const EXAMPLE = /^(?:["“]|(?:a )?(?:fresh|short|invented)\b.*\bexample\b|for example\b|example idea\b|structure of the source)|^[^"“]{0,80}:\s*["“]|\b(?:for example|for instance|e\.g\.|such as),?\s*["“]/i;

/**
 * A second point that mostly restates the first (two guides giving the same calendar) adds
 * length, not information: over `repeatShare` of its features already in the lead passage.
 */
function repeats(sentence: string, lead: string): boolean {
  const s = meaningOf(sentence, { typos: false }).features;
  if (!s.size) return false;
  const l = meaningOf(lead, { typos: false }).features;
  let shared = 0;
  for (const f of s) if (l.has(f)) shared++;
  return shared / s.size > ANSWER_CONFIG.repeatShare;
}

/** A pointer to another guide ("The explaining-red-flags guide has example narratives.") is not an answer. */
const POINTER = /^(?:the [\w-]+ guide (?:has|covers|gives|shows|explains)|see the\b|details (?:are )?in\b|more (?:on this )?in the\b)/i;

const MONTH_NAMES = /\b(?:january|february|march|april|june|july|august|september|october|november|december)\b/gi;
/** A month with its year ("July 2027", "30 June 2027"): a dated fact of the member's own. */
const MONTH_YEAR = new RegExp(String.raw`(?:\b\d{1,2}(?:st|nd|rd|th)? )?${MONTH_NAMES.source}(?: \d{1,2}(?:st|nd|rd|th)?,?)? (?:19|20)\d\d\b`, 'gi');
/** Month names as features. */
const MONTH_FEATURES: ReadonlySet<string> = new Set(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
    .map((m) => featureOf(m))
    .filter((f): f is string => f !== null),
);

/** What answers a question of each measuring kind: a time, a duration, a number. */
const NUMBER = String.raw`\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several|a couple`;
const MEASURE_WORDS: Partial<Record<QuestionType, RegExp>> = {
  when: new RegExp(String.raw`\b(?:${NUMBER})(?:\s?[-–]\s?\d+)?\s(?:weeks?|months?|years?|days?)\b|\b(?:january|february|march|april|june|july|august|september|october|november|december|spring|summer|autumn|winter|halfway|deadline|no later than|as soon as|early|earlier)\b`, 'i'),
  'how-long': new RegExp(String.raw`\b(?:${NUMBER})\b[^.]{0,20}\b(?:minutes?|seconds?|hours?|days?|weeks?|months?|years?|words?|sentences?|paragraphs?|pages?|lines?)\b|\b(?:short|brief|briefly|concise)\b`, 'i'),
};

/**
 * A sentence that gives the number a "how many…?" question asks for: a number just before one of
 * the words the member counts ("at most four letters" for "how many letters…?"), not any digit
 * (a calendar is full of them).
 */
function givesCount(sentence: string, clause: string): boolean {
  const counted = new Set([...meaningOf(clause).features].filter((f) => /^[a-z]+$/.test(f) && !GENERIC_FEATURES.has(f)));
  const number = new RegExp(`^(?:${NUMBER})$`);
  const words = normalizeText(sentence).split(/\s+/);
  return words.some((w, i) => number.test(w) && words.slice(i + 1, i + 4).some((n) => counted.has(featureOf(n) ?? '')));
}

/** A definition of what a section covers ("What counts: …") answers only a question about what counts. */
const DEFINITION = /^what counts\b/i;

function listAnswer(hits: readonly PassageHit[], best: PassageHit, all: ReadonlyMap<string, GuidePassage>, whole = false): string[] | undefined {
  const p = best.passage;
  if (p.kind !== 'item' || !p.context) return undefined;
  const siblings = [...all.values()].filter((q) => q.doc === p.doc && q.section === p.section && q.kind === 'item' && q.context === p.context);
  const matched = hits.filter((h) => siblings.includes(h.passage) && h.score >= best.score * 0.35).length;
  if ((matched < ANSWER_CONFIG.listMinItems && !whole) || siblings.length > ANSWER_CONFIG.listMaxItems + 2) return undefined;
  const lines = [p.context.endsWith(':') ? p.context : `${p.context}:`];
  for (const s of siblings.slice(0, ANSWER_CONFIG.listMaxItems)) {
    const line = itemLine(s);
    if (line) lines.push(line);
  }
  return lines;
}

/** Turns a search outcome into an answer drawn from the best sentences of the best passages. */
export function composeAnswer(
  outcome: SearchOutcome,
  guides: readonly Guide[],
  audience?: SearchOptions['audience'],
  index?: KnowledgeIndex,
  question = '',
): Answer {
  const cfg = ANSWER_CONFIG;
  const [best] = outcome.passages;
  const share = outcome.termCount ? outcome.matchedTerms / outcome.termCount : 0;
  const confidence = best ? best.score * share : 0;
  if (!best || confidence < cfg.scoreFloor) return notCovered(guides, audience, confidence);

  const hits = (outcome.hits ?? []).filter((h) => !h.passage.disclaimer);
  const topHit = hits[0];
  if (!index || !topHit) {
    // No passage detail (a synthetic outcome): the best section's first sentences.
    const text = splitSentences(plainText(best.text.split(/\n\s*\n/)[0] ?? best.text))
      .slice(0, cfg.leadMaxSentences)
      .join(' ');
    return { answer: `${text} ${cite(best)}`, passages: [best], covered: true, confidence, kind: 'guides', topic: formatRef(best) };
  }

  const { idf } = helpersFor(index);
  // The question's features, those of the asking clause counting fully and the context less.
  const asked = askedFeatures(question, questionClause(question));
  const q = new Map<string, number>();
  let mass = 0;
  // The member's own dates ("start July 2027 if I finish June 2027", a month with its year) are
  // their facts, not words to find in a guide, whose months belong to other calendars; only a
  // "when" question asks for one.
  const ownDates = questionType(question) !== 'when' && new RegExp(MONTH_YEAR.source, 'i').test(question) ? MONTH_FEATURES : new Set<string>();
  for (const f of meaningOf(question).features) {
    if (ownDates.has(f)) continue;
    const w = idf.weight(f) * (asked.has(f) ? 1 : cfg.contextWeight) * (idf.known(f) ? 1 : 0.3);
    q.set(f, w);
    mass += w;
  }

  const asksDefinition = /\b(?:what (?:counts|is|are|does)|count|counts|counted|definition|define|mean|means)\b/i.test(questionClause(question));
  // Every non-hedge sentence of the leading passages, scored by the passage's rank and by how
  // much of the question it carries itself.
  const measure = MEASURE_WORDS[questionType(question)];
  const counting = /\bhow many\b/.test(questionClause(question));
  // How far through residency the member says they are: a sentence addressed to a reader at
  // another point ("If your residency is still in progress, you apply…" to one who has finished)
  // is for someone else.
  const progress = residencyProgress(question);
  const candidates: ScoredSentence[] = [];
  // (For a "when"/"how long"/"how many" question, every retrieved passage of the leading section
  // too: the one giving the time may rank low on the member's other words.)
  const topSection = formatRef(best);
  const inTop = (p: GuidePassage): boolean => `${p.doc}#${p.section}` === topSection;
  const sectionHits = hits.filter((h) => inTop(h.passage));
  const floorScore = Math.min(...sectionHits.map((h) => h.score), topHit.score) * 0.8;
  const unhit = [...index.passages.values()].filter((p) => inTop(p) && !p.disclaimer && !sectionHits.some((h) => h.passage === p)).map((passage) => ({ passage, score: floorScore }));
  const pool = measure || counting ? [...hits.slice(0, 8), ...sectionHits.filter((h) => !hits.slice(0, 8).includes(h)), ...unhit] : hits.slice(0, 8);
  for (const hit of pool) {
    // A whole paragraph that is an example ("Example idea 2: a short personal gap. A graduate…")
    // illustrates the answer; its sentences lead only when nothing else fits.
    const opening = hit.passage.sentences[0]?.text ?? '';
    const exampleParagraph = /^\W*example\b/i.test(opening) || EXAMPLE.test(opening);
    hit.passage.sentences.forEach((s, i) => {
      // (A short reply to the passage's own opening question, "Yes, it is possible.", stays.)
      const repliesToOwnQuestion = i === 1 && /\?\s*$/.test(hit.passage.sentences[0]?.text ?? '');
      // (…and so does a section's short opening that gives the time a "when" question asks for:
      // "Ask early.")
      const givesTimeFirst = hit.passage.position === 0 && i === 0 && measure !== undefined && measure.test(s.text);
      if (s.meta || (s.text.split(/\s+/).length < 4 && !repliesToOwnQuestion && !givesTimeFirst) || POINTER.test(s.text)) return;
      // (…but a "Yes"/"No" reply to the passage's own question answers a yes/no question only: to
      // "how do I explain my Step 3 failure?", "Yes, it is possible." answers something not asked.)
      if (repliesToOwnQuestion && /^(?:yes|no)\b/i.test(s.text) && question !== "" && !isYesNoQuestion(question)) return;
      // A sentence that starts in lower case continues something before it (a list item after its
      // lead-in, "for more ordinary gaps (…), linking…"): it may open an answer only where the
      // lead-in can be put back in front of it.
      if (startsMidSentence(s.text) && !(i === 0 && leadInOf(hit.passage))) return;
      // An example about another situation (a visa delay, a sepsis project) told to a member who
      // asked about caregiving misleads: an example joins only when it shares what was asked.
      if ((EXAMPLE.test(s.text) || exampleParagraph) && overlap(q, mass, s.text) < cfg.exampleMinOverlap) return;
      const sectionOpening = hit.passage.position === 0 && i === 0;
      const score =
        cfg.sentenceRankWeight * (hit.score / topHit.score) +
        cfg.sentenceOverlapWeight * overlap(q, mass, s.text) +
        (sectionOpening ? cfg.openingBonus : i === 0 ? cfg.openingBonus / 3 : 0) -
        (EXAMPLE.test(s.text) ? cfg.examplePenalty : 0) -
        // A question the guide asks ("Do you understand what went wrong…?") is not an answer.
        (/\?\s*$/.test(s.text) ? 2 * cfg.examplePenalty : 0) -
        (exampleParagraph ? 2 * cfg.examplePenalty : 0) -
        (DEFINITION.test(s.text) && !asksDefinition ? cfg.examplePenalty : 0) -
        (progress && addressesOtherProgress(s.text, progress) ? 2 * cfg.examplePenalty : 0) -
        // A sentence opening on a connective ("So for a CI fellowship…") concludes the one before.
        (i > 0 && CONCLUDES.test(s.text) ? cfg.examplePenalty : 0) -
        // A paragraph's opening that points back at the paragraph before ("This rule…", "…provide
        // for this.") has lost what it refers to; inside a paragraph the answer backs up instead.
        (i === 0 && hit.passage.kind !== 'item' && refersBack(s.text) ? 2 * cfg.examplePenalty : 0) +
        // "When…?", "how long…?", "how many…?": the sentence giving the time or number leads.
        ((measure ? measure.test(s.text) : counting && givesCount(s.text, questionClause(question))) ? cfg.measureBonus : 0);
      candidates.push({ hit, index: i, text: s.text, score });
    });
  }
  // A passage that opens with a question of its own ("**Can you still get into a CI fellowship
  // after a failed attempt?** Yes, it is possible.") answers it in the next sentence: when the
  // member asks the same thing, that sentence leads, and its own "Yes"/"No" may lead the reply.
  let guideWord: 'yes' | 'no' | undefined;
  // (Any passage retrieved at all: one that asks the member's own question is worth reaching for.)
  for (const hit of hits) {
    const [asked, reply] = hit.passage.sentences;
    if (!asked || !reply || reply.meta || !/\?\s*$/.test(asked.text) || /\?\s*$/.test(reply.text) || !sameQuestion(index, question, asked.text)) continue;
    if (/^(?:yes|no)\b/i.test(reply.text) && question !== "" && !isYesNoQuestion(question)) continue;
    let c = candidates.find((x) => x.hit === hit && x.index === 1);
    if (!c) {
      c = { hit, index: 1, text: reply.text, score: cfg.sentenceRankWeight * (hit.score / topHit.score) };
      candidates.push(c);
    }
    c.score += cfg.guideQuestionBonus;
    const word = /^(yes|no)\b/i.exec(reply.text)?.[1]?.toLowerCase();
    // Asked as the opposite outcome ("does that block a fellowship?" against "can you still get
    // in?"), the guide's word would answer the wrong way round: no word then.
    const reversed = OUTCOME_AGAINST.test(normalizeText(questionClause(question))) !== OUTCOME_AGAINST.test(normalizeText(asked.text));
    // (…and so would a guide question of another kind: "is the rule done?" against "does it apply?".)
    if (word && !guideWord && !reversed && samePropositionKind(questionClause(question), asked.text)) guideWord = word === 'yes' ? 'yes' : 'no';
  }
  candidates.sort((a, b) => b.score - a.score);
  // A definition ("What counts: …") answers "what is…", not "do programs still consider me?": when
  // a yes/no question did not ask for one, any other sentence of the same section leads instead.
  if (!asksDefinition && isYesNoQuestion(question)) {
    const ref = (c: ScoredSentence): string => `${c.hit.passage.doc}#${c.hit.passage.section}`;
    for (let k = candidates.length - 1; k >= 0; k--) {
      const c = candidates[k]!;
      if (DEFINITION.test(c.text) && candidates.some((o) => o !== c && ref(o) === ref(c) && !DEFINITION.test(o.text))) candidates.splice(k, 1);
    }
  }
  // The answer leads with the best-ranked section (retrieval and the curated questions agree on
  // it); other sections may add a second point below.
  const topRef = formatRef(best);
  // A "when"/"how long"/"how many" question is answered by the sentence giving the time or number
  // when the leading section has one, however well another sentence shares the member's words.
  const gives = (c: ScoredSentence): boolean => (measure ? measure.test(c.text) : counting && givesCount(c.text, questionClause(question)));
  // A question the guide asks ("Do you understand what went wrong…?") leads only when the section
  // offers nothing else; then the list it belongs to is given whole, under its lead-in.
  const asksBack = (c: ScoredSentence): boolean => /\?\s*$/.test(c.text);
  const inTopRef = (c: ScoredSentence): boolean => `${c.hit.passage.doc}#${c.hit.passage.section}` === topRef;
  // A paragraph's opening that points back ("Then submit your rank list…", "For an IMG…, these
  // offers can be tempting") has lost what it points at, and no sentence before it in the passage
  // can be brought along: it never leads while anything else can.
  const standing = candidates.filter((c) => !orphaned(c));
  const lead =
    (measure || counting ? standing.find((c) => inTopRef(c) && gives(c)) : undefined) ??
    standing.find((c) => inTopRef(c) && !asksBack(c)) ??
    standing.find(inTopRef) ??
    standing[0] ??
    candidates[0];
  if (!lead) return notCovered(guides, audience, confidence);

  const parts: string[] = [];
  const used: Array<{ doc: string; section: string }> = [];
  const leadPassage = lead.hit.passage;
  const list = listAnswer(hits, lead.hit, index.passages, asksBack(lead));
  if (list) {
    parts.push(`${list.join('\n')} ${cite(leadPassage)}`);
  } else {
    // The lead sentence and what follows it in the same passage, within the size limits; a
    // list item's lead-in goes first when the item would not make sense alone.
    const sentences = leadPassage.sentences;
    const taken: string[] = [];
    let length = 0;
    // A sentence whose meaning hangs on the one before it ("AMIA notes that the rules provide for
    // this.", "Programs may ask for one.") starts the answer with that sentence instead.
    let start = lead.index;
    while (start > 0 && start > lead.index - 2 && refersBack(sentences[start]?.text ?? '') && !sentences[start - 1]?.meta) start--;
    for (let i = start; i < sentences.length && taken.length < cfg.leadMaxSentences + (lead.index - start); i++) {
      const s = sentences[i];
      if (!s || s.meta) break;
      if (taken.length && EXAMPLE.test(s.text) && overlap(q, mass, s.text) < cfg.exampleMinOverlap) break;
      const t = tidy(s.text);
      // A short label sentence ("A residency accredited by ACGME International.") says nothing
      // alone: the sentence after it always joins, whatever its length.
      const labelOnly = taken.length === 1 && (taken[0] ?? '').split(/\s+/).length < 9;
      if (taken.length && i > lead.index && length + t.length > cfg.leadMaxChars && !labelOnly) break;
      taken.push(t);
      length += t.length + 1;
    }
    // A label sentence ("Six-year limit.") reads better joined to the sentence after it, and a
    // bold label always goes with it, shown as a label (withLabel).
    let first = start;
    if (start > 0 && ((sentences[start - 1]?.text.split(/\s+/).length ?? 9) < 4 || isLabelSentence(leadPassage, start - 1))) {
      taken.unshift(tidy(sentences[start - 1]!.text));
      first = start - 1;
    }
    // A bold label is never shown without the sentence it heads.
    const next = sentences[first + 1];
    if (taken.length === 1 && isLabelSentence(leadPassage, first) && next && !next.meta) taken.push(tidy(next.text));
    let text = withLabel(leadPassage, taken, first);
    // One item of a list ("Letters written in a language other than English.") says nothing
    // without its lead-in ("Unless you truly have no alternative, skip these:").
    const leadIn = leadPassage.kind === 'item' && first === 0 ? (leadPassage.context ?? '').trim() : '';
    if (leadIn.endsWith(':') && leadIn.length <= 140 && !/^\W*\*\*/.test(leadIn)) text = `${tidy(leadIn)} ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
    // …and an item that starts in lower case under a bold label gets the label back.
    else if (first === 0 && startsMidSentence(text) && leadInOf(leadPassage)) text = `${leadInOf(leadPassage)} ${text}`;
    // …and any item lifted out of a list under a label ("What helps:", "How programs read it:")
    // says what it is only with that label: one item alone reads as a fragment.
    else if (first === 0 && leadPassage.kind === 'item' && leadInOf(leadPassage)) text = `${leadInOf(leadPassage)} ${/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() : text.charAt(0)}${text.slice(1)}`;
    // A sentence that introduces a list ("…these four:") is not an answer without the list.
    if (text.endsWith(':')) {
      const lines = listItemLines(index, leadPassage);
      // Without its items a lead-in ("Good options:") is a dangling fragment: drop it when the
      // sentences before it stand alone.
      text = lines.length ? `${text}\n${lines.join('\n')}` : taken.length > 1 ? taken.slice(0, -1).join(' ') : text.replace(/:$/, '.');
    }
    parts.push(`${text} ${cite(leadPassage)}`);
  }
  used.push(leadPassage);

  // A second point must speak to what was asked, not only to the domain: it shares with the
  // message at least one word rarer than the ones every guide uses ("CI", "fellowship",
  // "program"). A calendar line about July-cycle fellowships shares only those with "can I do a
  // CI fellowship part time?", and is no second side of its answer. (The whole message counts:
  // "the 2 year home rule - what are the ways around it?" names its subject before the dash.)
  // (The passage's own words and its section heading say what it is about, not only the one sentence.)
  const answersSameQuestion = (c: ScoredSentence): boolean =>
    [...meaningOf(`${c.hit.passage.heading} ${c.hit.passage.context} ${c.hit.passage.text}`, { typos: false }).features].some((f) => q.has(f) && idf.weight(f) >= cfg.secondMinWeight);
  // One more passage from another section when it is nearly as good (a second side of the answer).
  const second = candidates.find(
    (c) =>
      `${c.hit.passage.doc}#${c.hit.passage.section}` !== `${leadPassage.doc}#${leadPassage.section}` &&
      c.hit.score >= topHit.score * cfg.alsoMinShare &&
      (asksDefinition || !DEFINITION.test(c.text)) &&
      !repeats(c.text, leadPassage.text) &&
      !orphaned(c) &&
      answersSameQuestion(c),
  );
  if (second && !list) {
    const secondLeadIn = startsMidSentence(second.text) ? leadInOf(second.hit.passage) : '';
    let secondText = secondLeadIn ? `${tidy(secondLeadIn)} ${tidy(second.text)}` : tidy(second.text);
    // The second point follows the same rule as the first: a sentence that hangs on the one
    // before it brings that sentence along. A list's lead-in ("…has four key features:") would
    // need its whole list, too much for a second point (and its items may be examples about
    // another situation): it is left out.
    const before = second.hit.passage.sentences[second.index - 1];
    const after = second.hit.passage.sentences[second.index + 1];
    // A bold label ("A preliminary or transitional year alone.") heads the sentence after it; a
    // sentence under a label brings the label along (withLabel).
    if (isLabelSentence(second.hit.passage, second.index) && after && !after.meta) secondText = withLabel(second.hit.passage, [secondText, tidy(after.text)], 0);
    else if (second.index === 1 && isLabelSentence(second.hit.passage, 0)) secondText = withLabel(second.hit.passage, [tidy(before!.text), secondText], 0);
    else if (second.index > 0 && refersBack(second.text) && before && !before.meta) secondText = `${tidy(before.text)} ${secondText}`;
    if (!secondText.endsWith(':')) {
      parts.push(`${secondText} ${cite(second.hit.passage)}`);
      used.push(second.hit.passage);
    }
  }

  const answerText = parts.join('\n\n');
  const cited = new Set(used.map(formatRef));
  const passages = [
    ...outcome.passages.filter((p) => cited.has(formatRef(p))),
    ...outcome.passages
      .filter((p) => !cited.has(formatRef(p)) && p.score >= best.score * cfg.seeAlsoMinShare)
      .slice(0, cfg.seeAlsoMax),
  ].map((p) => {
    const hit = hits.find((h) => h.passage.doc === p.doc && h.passage.section === p.section);
    return hit ? { ...p, text: hit.passage.text } : p;
  });
  // Sections cited in the text come first even when retrieval ranked them lower.
  for (const u of used) {
    if (!passages.some((p) => p.doc === u.doc && p.section === u.section)) {
      const s = index.sections.get(formatRef(u));
      if (s) passages.unshift({ doc: s.doc, section: s.slug, heading: s.heading, text: leadPassage.text, score: best.score });
    }
  }
  // The guide's own yes or no, when the answer opens with the sentence that gives it.
  const guideLead = guideWord && lead.index === 1 && lead.hit.passage.sentences[1]?.text.match(/^(?:yes|no)\b/i) ? guideWord : undefined;
  return { answer: answerText, passages, covered: true, confidence, kind: 'guides', topic: formatRef(leadPassage), ...(guideLead ? { guideLead } : {}) };
}

/**
 * A candidate that opens its paragraph and points back at something before it: nothing of its own
 * passage can be put in front of it, so alone it reads as a reply to a sentence nobody wrote. (An
 * item keeps its list's lead-in, and a later sentence brings the one before it along.)
 */
function orphaned(c: ScoredSentence): boolean {
  return c.index === 0 && c.hit.passage.kind !== 'item' && refersBack(c.text);
}

/**
 * Whether sentence `i` of a passage is the bold label it opens with ("**A preliminary or
 * transitional year alone.** Such a year…"). A label names what the sentences after it speak
 * about; alone it is a fragment that reads like an item cut from a list (trial 19: "A preliminary
 * or transitional year alone." as the whole opening of a reply).
 */
function isLabelSentence(p: GuidePassage, i: number): boolean {
  return i === 0 && p.label !== '' && (p.sentences[0]?.text ?? '').replace(/[.:]\s*$/, '').trim() === p.label;
}

/**
 * The sentences taken from a passage, as one text; when the first of them (at `start`) is the
 * passage's bold label, it is shown as a label heading the sentence after it ("A preliminary or
 * transitional year alone: such a year is…"), never as a sentence of its own.
 */
function withLabel(p: GuidePassage, taken: readonly string[], start: number): string {
  // (A label that asks a question, "Does an ECFMG certificate expire?", or holds its own colon,
  // "Example idea 1: a visa delay…", already reads as a sentence and is shown as written.)
  if (taken.length < 2 || !isLabelSentence(p, start) || /[?:]/.test(p.label)) return taken.join(' ');
  const [, next = '', ...rest] = taken;
  // (Only an ordinary capital is lowered: "ABPM requires…" keeps its acronym.)
  const lowered = /^[A-Z][a-z]/.test(next) && !/^(?:I|I'm|I've)\b/.test(next) ? `${next.charAt(0).toLowerCase()}${next.slice(1)}` : next;
  return [`${p.label}: ${lowered}`, ...rest].join(' ');
}

/** The items of the list a passage introduces, as answer lines (none when it introduces none). */
function listItemLines(index: KnowledgeIndex, passage: GuidePassage): string[] {
  return [...index.passages.values()]
    .filter((p) => p.doc === passage.doc && p.section === passage.section && p.kind === 'item' && p.context === passage.text)
    .slice(0, ANSWER_CONFIG.listMaxItems)
    .map(itemLine)
    .filter((line): line is string => line !== undefined);
}

/**
 * One list item as an answer line, or none when all it says is navigation (a pointer to another
 * page or section): an empty "- " bullet tells the member nothing.
 */
function itemLine(passage: GuidePassage): string | undefined {
  const text = passage.sentences
    .filter((x) => !x.meta)
    .map((x) => tidy(x.text))
    .slice(0, 2)
    .join(' ')
    .trim();
  return text ? `- ${text}` : undefined;
}

/**
 * A sentence whose meaning depends on the one before it: it opens on a demonstrative ("This
 * rule…", "Such letters…", "These…"), or what it speaks about is a bare pronoun at its end
 * ("…provide for this.", "…may ask for one."). An opening "they", or a "them" in the first few
 * words ("Programs can see them about two weeks later", "Send them early"), names something only
 * the sentence before names: a clause's object cannot be its own subject, and there is no other
 * noun yet. An opening "it" is left alone (mostly the empty subject of "it is worth…"), and so is
 * a later "them", which mostly names a noun of the same sentence ("…ask a writer early and remind
 * them").
 */
export function refersBack(sentence: string): boolean {
  const text = sentence.replace(/^[\s*_"“(]+/, '');
  // The first clause, up to its first comma or colon: where what the sentence is about is named.
  const firstClause = text.split(/[,:;]/)[0] ?? text;
  return (
    // An opening of time or sequence that counts from something said before ("Then submit…",
    // "Until then you can change…", "After that…", "By then…").
    /^(?:then|until then|till then|by then|before then|after that|since then|from then on|otherwise)\b/i.test(text) ||
    /^they\b/i.test(text) ||
    /^(?:[\w'-]+ ){0,4}them\b/i.test(firstClause) ||
    // A demonstrative naming its noun after an opening word or phrase ("Usually that fellowship
    // does not…", "For an IMG…, these offers can be tempting"): the noun was named before. ("Note
    // that…", "so that…" are conjunctions, not pointers: "that" counts only before a noun phrase
    // that a verb follows, and "those who…" points forward.)
    /^(?:\w+ly|still|so|and|but|yet|also|even|here|there)\s+(?:this|that|these|those|such)\s+(?!who\b|whose\b|which\b)[a-z]/i.test(text) ||
    /,\s*(?:these|those|such) (?!who\b|whose\b|which\b|of\b)[a-z-]+(?: [a-z-]+)? (?:can|could|may|might|must|should|will|would|are|were|do|does|did|have|has|tend|often|usually|need)\b/i.test(text) ||
    (/^(?:in|on|at|for|with|under|after|before|during|from) (?:this|that|these|those|such) [a-z]/i.test(firstClause) && !/\b(?:this|that) (?:year|season|cycle|month|week|day|stage|point)\b/i.test(firstClause)) ||
    /^(?:this|that|these|those|such|both|the same|the latter|the former|either|neither)\b(?! (?:is|was) (?:why|how|because|what)\b)/i.test(text) ||
    /\b(?:this|that|these|those|one)\s*[;,:.!?]?\s*$/i.test(text.replace(/\s*\[[^\]]*\]\s*$/, '')) ||
    /\b(?:for|of|with|about|from|by|on) (?:this|that|these|those|one)\s*[;,]/i.test(text)
  );
}

/** Words that ask whether something stands in the way rather than whether it is possible. */
const OUTCOME_AGAINST = /\b(?:block\w*|ruin\w*|barrier|bar|disqualif\w*|rule[sd]? (?:me )?out|end\w*|over|kill\w*|hurt\w*|prevent\w*|stop\w*|doom\w*|finished|too late|impossible|no chance|hopeless)\b/;

/**
 * The member asks what a guide's own question asks: most of each one's weighted words are in the
 * other (a neighbouring question, "is my dream over?", stays below and gets no borrowed word).
 */
function sameQuestion(index: KnowledgeIndex, question: string, guideQuestion: string): boolean {
  return phrasingPrecision(index, question, guideQuestion) >= ANSWER_CONFIG.guideQuestionMatch && clauseRecall(index, question, guideQuestion) >= ANSWER_CONFIG.guideQuestionRecall;
}

/** The whole pipeline: scope, FAQ, guides, or "not covered". */
export function answerQuestion(index: KnowledgeIndex, asked: string, audienceOrOptions?: SearchOptions['audience'] | AskOptions): Answer {
  const opts: AskOptions = typeof audienceOrOptions === 'object' ? audienceOrOptions : { audience: audienceOrOptions };
  // "GC", "LPR", "I'm a PR": the green card by its short names is read as the green card throughout.
  // "It isn't X, is it?" asks "is it X?": read as the plain question (tag-question.ts).
  const question = withPlainTagQuestion(spellOutStatus(asked));
  // A question about a question interviewers will ask is answered as that interview question.
  // (Asked in one sentence, a curated answer to the message as written still stands.)
  const reported = reportedInterviewQuestion(question);
  const asWritten = answerFor(index, question, opts);
  if (asWritten.declined === 'emergency') return asWritten;
  const asInterview = reported && (reported.storyFirst || asWritten.kind !== 'faq') ? answerFor(index, reported.query, opts) : undefined;
  const told = asInterview?.covered ? asInterview : asWritten;
  // (A question naming neither match gets the calendar of the one the private profile targets.)
  const targetMatch = otherCalendarFor(question, opts.match, calendarOf(told));
  const retold = targetMatch ? answerFor(index, withMatchNamed(question, targetMatch), opts) : undefined;
  const first = forTargetMatch(retold && calendarOf(retold) === targetMatch ? retold : told, question, opts.match);
  // "Residency first or straight to the fellowship?" from a member with no residency: the guides
  // give one answer, said plainly first (residency-first.ts).
  if (asksResidencyOrFellowshipFirst(question) && first.covered) {
    const order = answerFor(index, RESIDENCY_FIRST_QUERY, opts);
    // (Its own Yes or No answered "can I skip residency?", not this choice: the order replaces it.)
    if (order.faqId === RESIDENCY_FIRST_ENTRY) {
      const { lead: _asked, ...rest } = order;
      return { ...rest, answer: `${RESIDENCY_FIRST_LEAD} ${order.answer.replace(/^\*\*(?:Yes|No)\.\*\*\s*/, '')}` };
    }
  }
  // A J-1 trainee asking about an H-1B hears the two-year rule first, never a bare Yes (home-rule.ts).
  // A J-1 physician who names a third country for the two years hears that it does not count first (third-country.ts).
  // A yes/no question still without a word gets the one its labelled neighbours give, asked the
  // same way about what the reply cites (lead-neighbours.ts).
  const a = finishLead(asked, question, withNeighbourLead(
    question,
    withOpeningLead(
      question,
      withThirdCountry(question, withHomeRule(question, withBothSides(question, withOtherQuestion(index, question, opts, first), (q) => answerFor(index, q, opts)), NO_PLAIN_WORD), NO_PLAIN_WORD),
      NO_PLAIN_WORD,
    ),
    NO_PLAIN_WORD,
    asked,
  ));
  if (!opts.noVisa || !a.covered || VISA_TALK.test(question) || STATUS_TALK.test(question) || !VISA_TALK.test(a.answer)) return a;
  const text = withoutVisaAdvice(a.answer);
  // An answer that was all visa advice answers a visa question the member did not ask.
  if (!/[a-z]{3}/i.test(text.replace(/\[[a-z0-9-]+#[a-z0-9-]+\]/g, ''))) return notCovered(index.guides, opts.audience, a.confidence);
  return { ...a, answer: text };
}

/**
 * The lead as the member will read it (round ask67, issue #11):
 * - a question offering two courses ("one email to all, or separate ones?", "before or after the
 *   match?") is never led Yes or No: neither word picks one (question-form.ts `offersChoice`);
 * - a negative statement put for confirmation ("I don't need Step 3 for the J-1, do I?") keeps the
 *   word that answers the facts, said with the member's verb so it cannot be misread: "Correct: you
 *   don't." / "Actually, you do." (tag-question.ts `confirmationHead`).
 */
function finishLead(asked: string, question: string, a: Answer): Answer {
  if (a.lead !== 'yes' && a.lead !== 'no') return a;
  const head = /^\*\*(?:Yes|No)\.\*\*\s*/.exec(a.answer);
  if (!head) return a;
  if (offersChoice(question)) {
    const { lead: _dropped, ...rest } = a;
    return { ...rest, answer: a.answer.slice(head[0].length) };
  }
  const confirm = confirmationHead(asked, a.lead);
  return confirm ? { ...a, answer: `${confirm} ${a.answer.slice(head[0].length)}` } : a;
}

/**
 * A message that asks two things ("Can I do the fellowship on the same J-1? And who gives the
 * Statement of Need?") gets an answer to each: the reply above answers the question its sources
 * speak to best; the other is answered on its own (with the context the member gave first) and
 * added briefly, or, when the guides do not answer it or it lands on the same topic, named so the
 * member can ask it again.
 */
function withOtherQuestion(index: KnowledgeIndex, question: string, opts: AskOptions, a: Answer): Answer {
  if (!a.covered) return a;
  // (What an interviewer asked, reported before "is this allowed?", is one question, however many
  // parts the interviewer's own question had.)
  if (asksIfReportedQuestionAllowed(question)) return a;
  const sentences = question.split(/(?<=[?])\s+/).map((x) => x.trim());
  let asks = sentences.filter((x) => x.endsWith('?') && x.split(/\s+/).length >= 3);
  // (What each part is searched with, when it differs from its words: an elliptical second part.)
  const searchedAs = new Map<string, string>();
  // Two questions joined by "and" in one sentence ("do I need US letters and how many?", "is Step 3
  // required for the H-1B and when should I take it") ask two things as much as two sentences do.
  if (asks.length < 2) {
    const last = sentences[sentences.length - 1] ?? '';
    const joined = joinedQuestions(last);
    if (joined) {
      asks = joined.asks;
      sentences.splice(sentences.length - 1, 1, ...asks);
      if (joined.searched) searchedAs.set(asks[1]!, joined.searched);
    }
  }
  if (asks.length !== 2) return a;
  // The context before the first question ("I am a J-1 physician in IM.") belongs to both.
  const context = sentences.slice(0, sentences.indexOf(asks[0]!)).join(' ');
  // A second part whose subject is "it" or "this" ("will it be seen as a professionalism red
  // flag?") is about what the member told before the first question, even when that story shares
  // the first question's sentence run ("…I resigned for my mom's cancer, PD was supportive. do I
  // answer yes there? will it be seen as…"): read alone it asked about a professionalism issue in
  // general and got its Yes (newcomer trial 15). Its context then includes those statements.
  const told = asks[0]!.split(/(?<=[.!])\s+/).slice(0, -1).join(' ');
  const refersBack = (x: string) => /^(?:\w+\s+){0,2}(?:it|this|that)\b/i.test(x) && !/^(?:what|which|who)\b/i.test(x);
  const contextOf = (x: string, i: number) => (i === 1 && told && refersBack(x) ? `${context} ${told}` : context);
  const alone = asks.map((x, i) => answerFor(index, `${contextOf(x, i)} ${searchedAs.get(x) ?? x}`.trim(), opts)) as [
    Answer,
    Answer,
  ];
  // The part the reply answers is the one that, asked alone, gets the reply's topic; when neither
  // or both do, the one its sources speak to best.
  const own = alone.map((b) => b.covered && b.topic === a.topic);
  const refs = a.passages.slice(0, 2).map(formatRef);
  const [first, second] = asks.map((x) => questionCoverage(index, searchedAs.get(x) ?? x, refs)) as [number, number];
  // A reply composed from the guides for the whole message yields to a curated answer that fits
  // the first part asked alone ("if I don't match, can I apply again next year, and what do I do
  // in the gap year?"): that answer was written for the question, the composed one only shares its
  // words. (Only the first part: a curated fit for the second alone is mostly a side question, "Am I
  // finished? Should I still try for an informatics track?", and the composed reply keeps the first.)
  // (Both parts landing on the same curated answer are one question asked twice: it answers both.)
  const curatedFirst =
    a.kind === 'guides' &&
    alone[0].kind === 'faq' &&
    (alone[1].kind !== 'faq' || alone[1].answer === alone[0].answer);
  if (curatedFirst) a = alone[0];
  const otherAt = curatedFirst ? 1 : own[0] !== own[1] ? (own[0] ? 1 : 0) : first >= second ? 1 : 0;
  const other = asks[otherAt]!;
  // A part with no subject of its own ("Which is better for me?", "what do I have to do next?")
  // asks about the other part's subject: it is searched with that part's words, and answered only
  // from a guide the reply itself cites; a sentence from an unrelated guide that happens to share
  // "better" or "next" answers a question the member did not ask.
  const partner = asks[1 - otherAt]!;
  const leaning = !searchedAs.has(other) && ownSubjectless(other);
  const docs = new Set(a.passages.map((p) => p.doc));
  // (When the part read alone already lands in the guide the reply opens with — "When should I ask for
  // them?" after "How many letters do I need?" finds the letters guide's timing section — that
  // answer stands: searched with the first part's words it would only find the first answer again.)
  const aloneFits = alone[otherAt]!.covered && alone[otherAt]!.passages[0]?.doc === a.passages[0]?.doc;
  let b =
    leaning && !aloneFits ? answerFor(index, `${context} ${other.replace(/\?$/, '')} ${partner}`.trim(), opts) : alone[otherAt]!;
  // A part that, asked alone, is not covered but, read after the part the reply answers, gets the
  // reply's own curated answer ("can I start residency on the EAD? what happens if my husband loses
  // his H1B job?": alone, a spouse's job reads as family life) is answered by the reply: it is not
  // named as unanswered.
  if (!b.covered && a.kind === 'faq' && !b.answer.includes(FOREIGN_STATUS_WHAT)) {
    const read = answerFor(index, `${context} ${partner.replace(/\?$/, '')}, and ${other}`.trim(), opts);
    if (read.covered && read.topic === a.topic) b = read;
  }
  // A part naming no match, answered alone with the other match's calendar, is asked about the match
  // the reply gives the calendar of (or the profile's target): one reply, one calendar (match-part.ts).
  const sameMatch = otherCalendarFor(other, calendarOf(a) ?? opts.match, calendarOf(b));
  if (sameMatch) {
    const again = answerFor(index, `${context} ${withMatchNamed(other, sameMatch)}`.trim(), opts);
    b = calendarOf(again) === calendarOf(b) ? a : again;
  }
  const offSubject = leaning && !aloneFits && b.covered && b.topic !== a.topic && !b.passages.some((p) => docs.has(p.doc));
  const quoted = other.length > 120 ? `${other.slice(0, 117)}…` : other;
  if (!b.covered || b.topic === a.topic || offSubject) {
    if (offSubject) return { ...a, answer: `${a.answer}\n\nYou also asked "${quoted}": the guides don't answer that part for what you asked, so I won't guess.` };
    // (A part that is another country's immigration rule says where to ask: pinned.ts.)
    const note = b.covered
      ? `That also covers your other question, "${quoted}"`
      : b.answer.includes(FOREIGN_STATUS_WHAT)
        ? `You also asked "${quoted}": the guides don't cover ${FOREIGN_STATUS_WHAT}.`
        : `You also asked "${quoted}": the guides don't answer that part, so I won't guess.`;
    return b.covered ? a : { ...a, answer: `${a.answer}\n\n${note}` };
  }
  // Brief: the first paragraph of the other answer. Its yes or no was checked against the words it
  // was searched with; when those are not the part's own (a subjectless part searched with its
  // partner's words), the word may answer the partner's proposition, not this part's: it goes.
  const ownWords = b === alone[otherAt] && !searchedAs.has(other);
  const firstParagraph = b.answer.split(/\n\s*\n/)[0] ?? b.answer;
  const brief = ownWords ? firstParagraph : firstParagraph.replace(/^\*\*(?:Yes|No)\.\*\*\s*/, '');
  const seen = new Set(a.passages.map(formatRef));
  return {
    ...a,
    answer: `${a.answer}\n\n**You also asked:** "${quoted}" ${brief}`,
    passages: [...a.passages, ...b.passages.filter((p) => !seen.has(formatRef(p)))],
  };
}

/** Words that open a question of its own after "and": a question word, or a verb asking yes or no. */
const ASKS_AGAIN = /^(?:how|what|whats|when|which|who|where|why|whether|can|could|do|does|did|should|is|are|will|would|must|may|am|have|has)\b/i;
/** Verbs that ask yes or no only when their subject follows them. */
const ASKING_VERB = /^(?:can|could|do|does|did|should|is|are|will|would|must|may|am|have|has)\b\s*(\S*)/i;
/** What can stand as that subject: a pronoun, a determiner, who the guides' questions are about, a name. */
const SUBJECT =
  /^(?:i|you|we|they|he|she|it|there|this|that|these|those|my|your|our|their|his|her|its|the|any|some|each|every|all|programs?|pds?|directors?|fellowships?|residenc(?:y|ies)|hospitals?|applicants?|people|ecfmg|amia|nrmp|eras|uscis|step|usmle|j-?1|h-?1b?)\b/i;
function asksByInversion(tail: string): boolean {
  const m = ASKING_VERB.exec(tail);
  // (A question word opens a question of its own.)
  if (!m) return true;
  const next = (m[1] ?? '').replace(/[^a-z0-9-]/gi, '');
  // (A name typed with its capital, "…and can Epic experience count?", is a subject too.)
  return SUBJECT.test(next) || /^[A-Z]/.test(m[1] ?? '');
}

/**
 * One sentence asking two things joined by "and": each half must ask on its own (the first opens
 * as a question, the second opens with a question word or an asking verb), so "can I do residency
 * and the fellowship in the same year?" stays one question. A second half too short to stand alone
 * ("…and how many?", "…and when?") is searched with the first half's words, which say what it asks
 * about.
 */
export function joinedQuestions(sentence: string): { asks: [string, string]; searched?: string } | undefined {
  const m = /^(.+?)(?:,\s*|\s+)(?:and|&)\s+(?:also\s+|then\s+)?(\S.*)$/i.exec(sentence.trim());
  if (!m) return undefined;
  const head = m[1]!.trim();
  const tail = m[2]!.trim();
  const first = `${head.replace(/[?.!,;:\s]+$/, '')}?`;
  if (!ASKS_AGAIN.test(tail) || questionType(first) === 'other' || head.split(/\s+/).length < 3) return undefined;
  // A verb that asks only by coming before its subject ("…and does it count?", "…and can programs
  // see it?"); with no subject after it, the half goes on telling the first one's story ("is it bad
  // that I failed Step 1 and did an observership after?", "…if I took time off and have a J-1"):
  // a clause of the same question, not a second one.
  if (!asksByInversion(tail)) return undefined;
  // A second half that itself runs on ("…and how many and when") is left whole.
  if (joinedQuestions(tail)) return undefined;
  const second = /[?]$/.test(tail) ? tail : `${tail.replace(/[.!,;:\s]+$/, '')}?`;
  // …and one that points back to the first ("…and when should I take it?") is about its subject.
  const leans = second.split(/\s+/).length <= 3 || /\b(?:it|its|them|they|that|those|these|one|ones)\b/i.test(second);
  return leans ? { asks: [first, second], searched: `${second.replace(/\?$/, '')} ${first}` } : { asks: [first, second] };
}

/** What the learned scope reading saw, for the bench that chooses its threshold (bench/askscope). */
export interface ScopeProbe {
  pOut: number;
  faq: number;
  definition: number;
  squarely: boolean;
}
let scopeProbe: ((p: ScopeProbe) => void) | undefined;
/** Watch the learned scope reading (bench only; undefined stops). */
export function setScopeProbe(f: ((p: ScopeProbe) => void) | undefined): void {
  scopeProbe = f;
}

function answerFor(index: KnowledgeIndex, question: string, opts: AskOptions): Answer {
  const { audience } = opts;
  const scope = outOfScope(question);
  // A drug or a treatment word can make a question look clinical; asked what a term means that a
  // guide itself defines ("what does medication reconciliation mean?"), it is the guide's term.
  const guideTerm = scope?.id === 'clinical' ? definitionAnswer(index, question, opts.audience) : undefined;
  // An emergency told now is answered with where to get help, and nothing else (emergency.ts).
  if (scope?.id === 'emergency') return urgentHelp(question);
  // Situations a curated answer must settle whatever else shares their words (pinned.ts): another
  // country's permanent residence is never the green card's "no visa needed", TN is never a route
  // into residency, and whether that residence survives US training is the other country's rule.
  // (Only over the scope readings that mistake them: another country, residence, immigration.)
  // (Whether that residence survives US training is declined with where to ask, whatever else the
  // scope reading took it for: "cost me my PR" is no question of money.)
  if (foreignStatusLoss(question)) return declined('other-country', FOREIGN_STATUS_WHAT);
  const pinned = pinnedEntry(question);
  // (Step 3 named outright is no step of a recipe: the "other sense" reading yields to it.)
  if (!scope || PINNABLE_OVER.has(scope.id) || (pinned === 'step3-where' && scope.id === 'other-sense')) {
    const found = pinned ? helpersFor(index).faq.scores(question).find((m) => m.entry.id === pinned && audienceAllowsEntry(index, m.entry, audience)) : undefined;
    if (found) {
      const outcome = searchWithStats(index, question, { limit: ANSWER_CONFIG.rerankPool, audience });
      const pinnedAnswer = faqAnswer(index, question, { ...found, score: Math.max(found.score, FAQ_CONFIG.threshold) }, outcome);
      // (Newcomer trial 20's situations carry their curated word once the detector has read them.)
      const settled = TRIAL20_ENTRIES.has(found.entry.id) && !pinnedAnswer.lead ? settledLead(found.entry.yes, question) : undefined;
      return settled ? { ...pinnedAnswer, answer: `**${settled === 'yes' ? 'Yes' : 'No'}.** ${pinnedAnswer.answer}`, lead: settled } : pinnedAnswer;
    }
  }
  if (scope && !(guideTerm && guideTerm.strength >= 3)) return declined(scope.id, scope.what);
  // A short follow-up ("and for H-1B?") is read with the previous question's topic.
  const words = question.trim().split(/\s+/).length;
  const h = helpersFor(index);
  // …unless the follow-up names a topic of its own that fits a curated question better on its own
  // ("and the Statement of Need?" after a Step 3 answer is about the Statement of Need).
  // …and only a message that leans on what came before: a complete question of its own ("will
  // observerships help me?", "do I need Step 3 before applying?") asked after a visa answer is
  // about observerships or Step 3, not about the visa.
  const withTopic = opts.previous && words <= 8 && leansOnPrevious(question) ? `${question} ${topicWords(index, opts.previous)}` : question;
  // (Standing alone: a curated phrasing over the threshold, all of it in the follow-up.)
  const alone = withTopic !== question ? h.faq.scores(question)[0] : undefined;
  const standsAlone = alone !== undefined && alone.score >= FAQ_CONFIG.threshold && alone.precision >= ANSWER_CONFIG.followUpOwnPrecision;
  const query = standsAlone ? question : withTopic;
  // (The answers for permanent residence outside the US speak only to a member who tells it: a
  // green-card holder asking about visas shares their words, not their situation. pinned.ts)
  const abroadPr = foreignPermanentResidence(query);
  const faqScores = stageFirst(query, h.faq.scores(query)).filter((m) => audienceAllowsEntry(index, m.entry, audience) && (abroadPr || !FOREIGN_PR_ENTRIES.has(m.entry.id)) && narrowEntryFits(m.entry.id, query));
  const sectionScores = h.sections.scores(query).filter((m) => audienceAllowsEntry(index, m.entry, audience) && narrowEntryFits(m.entry.id, query));
  // (The member's own dates are not searched for unless the question asks when: see MONTH_FEATURES.)
  const searched = questionType(query) === 'when' ? query : query.replace(MONTH_YEAR, ' ');
  const ranked = rerank(withoutNarrowSections(searchWithStats(index, searched, { limit: ANSWER_CONFIG.rerankPool, audience }), query), [...faqScores, ...sectionScores], index, query);
  // (…and so does the guide section on it, unless the member tells that residence or asks about TN.)
  // (…and the other narrow sections of round ask55 only for what they were written for: pinned.ts.)
  const outcome = withoutNarrowSections(abroadPr || tnAsked(query) ? ranked : withoutSection(ranked, FOREIGN_PR_SECTION), query);
  // (A curated answer about another stage of training, the fellowship for a residency question,
  // answers someone else, though its sections may still help retrieval: subject.ts.)
  // (Years on a J-1 told past the usual total ask about that limit: an entry that states it goes
  // first when it fits at all, whatever the "two years" of a fellowship brings to the home rule.)
  // (…and a question asking how long a J-1 lasts is about that limit when an entry stating it fits
  // even loosely: the years the member tells and the "two years" of the home rule pull the scores
  // apart from what is asked.)
  const limitFloor = j1YearsPastLimit(query) !== undefined ? FAQ_CONFIG.threshold : asksJ1Length(query) ? ANSWER_CONFIG.j1LengthFloor : undefined;
  const limitEntry = limitFloor !== undefined ? faqScores.find((m) => statesJ1Limit(m.entry.a) && m.score >= limitFloor) : undefined;
  const top = limitEntry ?? faqScores.find((m) => !aboutOtherStage(query, m.entry) && !definitionForStudyAdvice(query, m.entry) && !forADependantOnly(query, m.entry));
  const rival = sectionScores[0];
  // A section question that fits clearly better, about a section the entry does not cite, wins.
  // (…unless the entry is written for the point of training the member tells and the section
  // question is not: "I finished residency, can I apply?" is answered for one who has finished.)
  const outmatched =
    top &&
    rival &&
    rival.score > top.score + ANSWER_CONFIG.rivalMargin &&
    !top.entry.cites.includes(rival.entry.cites[0] ?? '') &&
    !(atSameProgress(query, top.entry) && !atSameProgress(query, rival.entry));
  const trade = top && meaningOf(query).entities.has('exchange:trade') && meaningOf(top.phrasing, { typos: false }).entities.has('exchange:trade');
  const floor = trade ? FAQ_CONFIG.tradeThreshold : FAQ_CONFIG.threshold;
  // (An entry the J-1 limit reading chose stands on that reading: its own floor, no rival.)
  const match = limitEntry ?? (top && top.score >= floor && (trade || !outmatched) ? top : undefined);
  // A definition request answers with the guide sentence that says what the thing is; one the
  // guides only name or mention yields to a curated answer, and otherwise says so (definition.ts).
  const definition = query === question ? definitionAnswer(index, question, audience) : undefined;
  // (A curated answer settles it only when its own question asks what the thing is.)
  const curatedDefinition = match !== undefined && definition !== undefined && [match.entry.q, ...match.entry.also].some((p) => asksDefinitionOf(p, definition.term));
  // Labelled members' questions like this one (neighbours.ts): mostly out of scope, and close,
  // declines, unless a definition or a curated answer fits well.
  const near = neighboursFor(query);
  const nearOut =
    near?.use.scope &&
    near.votes.outShare >= near.use.outShare &&
    near.votes.topSim >= near.use.outMinSim &&
    !(match && match.score >= near.use.outFaqKeep) &&
    !(definition && definition.strength >= 3);
  // (…nor a question the guides answer squarely: a confident answer about most of what was asked,
  // such as an H-4 spouse's work permit, which the visa guide now covers, or SQL for a CI fellow.)
  if (nearOut && !squarelyAnswered(index, query, composeAnswer(outcome, index.guides, audience, index, query)))
    return notCovered(index.guides, audience, outcome.passages[0]?.score ?? 0);
  // The learned reading of scope (scope-model.ts): a question whose meaning is, with confidence,
  // of the kinds members ask out of scope declines, but never over a curated answer, a definition
  // the guides give, or a section that answers most of what was asked.
  const model = currentScopeModel();
  const pOut = model ? scopeOutProbability(model, query) : 0;
  const squarely = (): boolean => squarelyAnswered(index, query, composeAnswer(outcome, index.guides, audience, index, query));
  if (scopeProbe) scopeProbe({ pOut, faq: match?.score ?? 0, definition: definition?.strength ?? 0, squarely: squarely() });
  if (model && pOut >= SCOPE_USE.decline && !match && !(definition && definition.strength >= 3) && !squarely())
    return notCovered(index.guides, audience, outcome.passages[0]?.score ?? 0);
  if (definition && (definition.strength >= 3 || !curatedDefinition)) return definitionReply(index, definition, outcome);
  // A curated answer whose sections none of the neighbours name yields to a section most of them do,
  // unless no labelled question names its sections at all: a section newer than the labelled
  // questions cannot get a vote, and silence about it is not a verdict (session 24: the new
  // short-gap and Step 3 answers were overridden this way).
  // (…nor a curated answer whose phrasing the question holds nearly whole: "how many tries do I get
  // for Step 3" is the attempt-limit question, whatever its neighbours, who share only "Step 3",
  // say about the H-1B.)
  const vetoed =
    match &&
    !(match.score >= ANSWER_CONFIG.vetoKeepScore && match.precision >= ANSWER_CONFIG.vetoKeepPrecision) &&
    near?.use.rank &&
    match.entry.cites.some((c) => near.knows(c)) &&
    !match.entry.cites.some((c) => near.votes.sections.has(c)) &&
    Math.max(0, ...closenessShares(near.votes, near.use).values()) >= near.use.faqVeto;
  if (match && !vetoed) return faqAnswer(index, question, match, outcome);
  const composed = composeAnswer(outcome, index.guides, audience, index, query);
  const nearIn = near?.use.scope && near.votes.inShare >= near.use.inShare && near.votes.topSim >= near.use.inMinSim;
  if (composed.covered && composed.confidence < ANSWER_CONFIG.weakConfidence && !nearIn) {
    const refs = composed.passages.slice(0, 2).map(formatRef);
    if (questionCoverage(index, query, refs) < ANSWER_CONFIG.minCoverage && !sharesConcept(index, query, refs) && !clauseAnswered(index, query, composed.topic))
      return notCovered(index.guides, audience, composed.confidence);
  }
  return withSectionLead(index, composed, question, sectionScores);
}

/**
 * A curated definition ("what is the difference between HL7 and FHIR?") does not answer a member
 * who asks whether to study or memorise the term ("interview tmrw, should I stay up memorising HL7
 * FHIR definitions?"): what is asked is advice on preparing, and the term is only its object.
 */
function definitionForStudyAdvice(question: string, entry: FaqEntry): boolean {
  if (!/^(?:what (?:is|are|does)|what s|whats|explain|define|difference between)\b/i.test(entry.q.trim()) && !/\bdifference between\b/i.test(entry.q)) return false;
  const clause = questionClause(question);
  return /\b(?:should i|is it worth|do i need to|must i|shall i|better to)\b/.test(clause) && /\b(?:memori[sz]\w*|cram\w*|stay(?:ing)? up|study\w*|revis\w*|learn(?:ing)? (?:all|every|the)|read(?:ing)? up)\b/.test(clause);
}

const DEPENDANT = /\b(?:j-?2|h-?4|spouses?|wife|husband|partner|kids?|children|son|daughter|family|dependents?|dependants?)\b/i;
/**
 * A curated answer written for a J-2 dependant (its question names the J-2) answers someone
 * else when the member names none: "I did residency in Pakistan, then a J-1 fellowship; does the
 * two-year rule apply to me?" is the member's own rule, not a spouse's.
 */
function forADependantOnly(question: string, entry: FaqEntry): boolean {
  return /\bj-?2\b/i.test(entry.q) && !DEPENDANT.test(question);
}

/** A confident answer from the guides whose best two sections speak about most of what was asked. */
function squarelyAnswered(index: KnowledgeIndex, question: string, composed: Answer): boolean {
  if (!composed.covered || composed.confidence < ANSWER_CONFIG.weakConfidence) return false;
  return questionCoverage(index, question, composed.passages.slice(0, 2).map(formatRef)) >= ANSWER_CONFIG.squareCoverage;
}

/** An Answer from a definition found in the guides, citing the defining section first. */
function definitionReply(index: KnowledgeIndex, d: ReturnType<typeof definitionAnswer> & object, outcome: SearchOutcome): Answer {
  const s = index.sections.get(d.ref);
  const cited: Passage[] = s ? [{ doc: s.doc, section: s.slug, heading: s.heading, text: s.text, score: outcome.passages[0]?.score ?? 0 }] : [];
  const others = outcome.passages.filter((p) => formatRef(p) !== d.ref).slice(0, 1);
  return { answer: d.answer, passages: [...cited, ...others], covered: true, confidence: outcome.passages[0]?.score ?? 0, kind: 'guides', topic: d.ref };
}

/**
 * A yes/no word for an answer drawn from the guides: only when the member's question means the
 * same as a section question with a known answer, and the answer leads with that section.
 */
function withSectionLead(index: KnowledgeIndex, a: Answer, question: string, matches: readonly FaqMatch[]): Answer {
  if (!a.covered || a.lead || !isYesNoQuestion(question)) return a;
  // The best-fitting question with a known answer about the section the answer leads with.
  const top = matches.find((m) => m.yes !== undefined && m.entry.cites[0] === a.topic);
  const lead =
    (top && top.score >= ANSWER_CONFIG.sectionLeadFloor ? leadWord(question, { ...top, recall: clauseRecall(index, question, top.phrasing) }) : undefined) ??
    // …or the guide's own answer to the same question, which the answer opens with (asked the
    // other way round, "can't I…?", it is flipped; two questions in one message get no word).
    (a.guideLead && yesNoQuestionCount(question) <= 1 ? (negations(question) % 2 === 1 ? (a.guideLead === 'yes' ? 'no' : 'yes') : a.guideLead) : undefined);
  // A yes/no question the passages do not settle for this wording is told so first, plainly,
  // rather than left to read a passage as if it were the yes or the no.
  if (!lead) {
    // When the sentence the answer opens with names the condition that decides ("Some CI
    // fellowships sponsor both…, others only J-1", "…depends on the site"), say so first: the
    // condition follows at once, from the passage itself.
    if (statesCondition(firstSentence(a.answer)) && conditionIsAsked(question, firstSentence(a.answer))) return { ...a, answer: `**It depends:** ${a.answer}`, lead: 'depends' };
    // A passage that itself opens with a yes or a no ("Yes, but you need to be deliberate.", "Is it
    // disqualifying? No.") answers its own heading's question, which this wording may not be: it gets
    // no word of ours, and no "I can't give a plain yes or no" that its next words contradict.
    if (opensWithOwnWord(a.answer)) return a;
    return { ...a, answer: `${NO_PLAIN_WORD} ${a.answer}` };
  }
  // (A passage that already opens with the same word, "Yes, it is possible.", keeps the rest.)
  const body = a.answer.replace(lead === 'yes' ? /^Yes[,.]\s*(\w)/ : /^No[,.]\s*(\w)/, (_m, c: string) => c.toUpperCase());
  return { ...a, answer: `**${lead === 'yes' ? 'Yes' : 'No'}.** ${body}`, lead };
}

/** Whether an answer's opening words are a yes or a no, or a question of its own answered by one. */
function opensWithOwnWord(answer: string): boolean {
  const text = answer.replace(/\[[a-z0-9-]+#[a-z0-9-]+\]/g, ' ').replace(/\*\*/g, '').trim();
  return /^(?:yes|no)\b/i.test(text) || /^[^.?!\n]{3,160}\?\s+(?:yes|no)\b/i.test(text);
}

/** The opening sentence of an answer, without its citations. */
function firstSentence(answer: string): string {
  const text = answer.replace(/\[[a-z0-9-]+#[a-z0-9-]+\]/g, ' ').trim();
  return splitSentences(text.split(/\n/)[0] ?? text)[0] ?? '';
}
/**
 * A sentence that says the answer differs by case: it depends on or varies with something, or
 * some do one thing and others another, or the decision is each program's.
 */
const CONDITION =
  /\b(?:depends? on|varies|vary (?:by|with|between|from)|differs? (?:by|between|from)|case by case)\b|\b(?:some|many|most)\b[^.;:]{3,120}[,;] (?:and |while |but )?(?:others|some)\b|\b(?:each|every) (?:program|institution|school)\b[^.;]{0,40}\b(?:decides?|sets?|chooses?)\b|\b(?:program|institution)(?: and (?:program|institution))? decision\b/i;
function statesCondition(sentence: string): boolean {
  // A caveat after the answer ("the portal still lets you apply, but each program sets its own
  // deadline") qualifies a settled answer; it does not make the answer depend on the program.
  return CONDITION.test(sentence.replace(/[,;] but (?:each|every) (?:program|institution|school)\b.*$/i, ''));
}
/**
 * …and the condition is about what was asked: the sentence shares at least two, and half, of the
 * asking clause's own features ("do CI fellowships sponsor the H-1B?" against "Some CI fellowships
 * sponsor both J-1 and H-1B; others…"), so a condition from a neighbouring point ("six years:
 * am I fine?") does not pass for the answer.
 */
function conditionIsAsked(question: string, sentence: string): boolean {
  // Plain words only: a concept's glossary and entity features repeat the same word ("h1b", "g:h-1b").
  const asked = [...meaningOf(questionClause(question)).features].filter((f) => !GENERIC_FEATURES.has(f) && !f.includes(':'));
  const said = meaningOf(sentence).features;
  const shared = asked.filter((f) => said.has(f)).length;
  // Two of them at least, and half of what the clause asks.
  return shared >= 2 && shared * 2 >= asked.length;
}

/** Opens a guide answer to a yes/no question that no curated answer settles. */
export const NO_PLAIN_WORD = "I can't give a plain yes or no to this from the guides; here is what they say.";

/**
 * The curated questions double as descriptions of the sections they cite: a member's question
 * that resembles an entry (even below the match threshold) lifts the sections that entry cites.
 * Section score = retrieval score × e^(faqLift × resemblance), the first citation counting
 * fully and later ones `laterCiteShare`; passages follow their section.
 */
/** The matches a section's heading names (cached per index). */
const headingMatchCache = new WeakMap<KnowledgeIndex, Map<string, string[]>>();
function headingMatches(index: KnowledgeIndex, ref: string): string[] {
  let all = headingMatchCache.get(index);
  if (!all) {
    all = new Map();
    headingMatchCache.set(index, all);
  }
  let named = all.get(ref);
  if (!named) {
    const heading = index.sections.get(ref)?.heading ?? '';
    named = [...meaningOf(heading, { typos: false }).entities].filter((e) => e.startsWith('match:') && e !== 'match:eras');
    all.set(ref, named);
  }
  return named;
}

function rerank(outcome: SearchOutcome, faq: readonly FaqMatch[], index: KnowledgeIndex, question = ''): SearchOutcome {
  const cfg = ANSWER_CONFIG;
  // A section headed by another match than the one the question is about (named or implied: a CI
  // fellowship's match is the AMIA match) answers another question.
  const matches = [...meaningOf(question).entities].filter((e) => e.startsWith('match:') && e !== 'match:eras');
  const otherMatch = (ref: string): boolean => {
    if (matches.length !== 1) return false;
    const named = headingMatches(index, ref);
    return named.length > 0 && !named.includes(matches[0] ?? '');
  };
  const lift = new Map<string, number>();
  for (const m of faq) {
    if (m.score < cfg.faqLiftFloor) continue;
    m.entry.cites.forEach((ref, i) => {
      const v = m.score * (i === 0 ? 1 : cfg.laterCiteShare);
      lift.set(ref, Math.max(lift.get(ref) ?? 0, v));
    });
  }
  const best = outcome.passages[0]?.score ?? 0;
  // Labelled members' questions like this one vote for the sections that answered them (neighbours.ts).
  const near = question ? neighboursFor(question) : undefined;
  // (Each neighbour's say grows with how close it is: a loose neighbourhood barely moves the ranking.)
  const voted = near?.use.rank ? closenessShares(near.votes, near.use) : new Map<string, number>();
  const nearLift = near?.use.lift ?? 0;
  // A section no labelled question names (newer than them) cannot get a vote: the neighbours have no
  // say on it, so it is lifted as much as the section they favour most, neither up nor down against it.
  const topVote = Math.max(0, ...voted.values());
  const voteOf = (ref: string): number => voted.get(ref) ?? (near && voted.size && !near.knows(ref) ? topVote : 0);
  const factor = (ref: string): number =>
    Math.exp(cfg.faqLift * (lift.get(ref) ?? 0) + nearLift * voteOf(ref)) * (otherMatch(ref) ? cfg.otherMatchShare : 1);
  const present = new Set(outcome.passages.map(formatRef));
  const extra: Passage[] = [];
  // A section the FAQ points to strongly joins the candidates even if retrieval missed it.
  for (const [ref, v] of lift) {
    if (present.has(ref) || v < cfg.faqAddFloor) continue;
    const s = index.sections.get(ref);
    if (s) extra.push({ doc: s.doc, section: s.slug, heading: s.heading, text: s.text, score: best * cfg.faqAddShare });
  }
  // …and so does one most of the neighbours name.
  for (const [ref, v] of voted) {
    if (present.has(ref) || lift.has(ref) || v < (near?.use.addFloor ?? Infinity)) continue;
    const s = index.sections.get(ref);
    if (s) extra.push({ doc: s.doc, section: s.slug, heading: s.heading, text: s.text, score: best * cfg.faqAddShare });
  }
  // The neighbours only choose among sections: the best score stays what it would be without them,
  // so the confidence behind "not covered" is unchanged (their own say on scope is apart, answerFor).
  const withoutNear = (ref: string): number => Math.exp(cfg.faqLift * (lift.get(ref) ?? 0)) * (otherMatch(ref) ? cfg.otherMatchShare : 1);
  const topOf = (f: (ref: string) => number): number => Math.max(0, ...outcome.passages.map((p) => p.score * f(formatRef(p))));
  const keep = voted.size && near?.use.keepConfidence ? topOf(withoutNear) / (topOf(factor) || 1) || 1 : 1;
  const passages = [...outcome.passages, ...extra]
    .map((p) => ({ ...p, score: p.score * factor(formatRef(p)) * keep }))
    .sort((a, b) => b.score - a.score)
    .slice(0, cfg.searchLimit);
  // A section the FAQ brought in has no passage hits yet: its passages join in guide order.
  const bestHit = outcome.hits?.[0]?.score ?? 1;
  const added = extra.flatMap((e) =>
    [...index.passages.values()]
      .filter((p) => p.doc === e.doc && p.section === e.section && !p.disclaimer)
      .map((passage, i) => ({ passage, score: bestHit * cfg.faqAddShare * (1 - i * 0.05) })),
  );
  const hits = [...(outcome.hits ?? []), ...added]
    .map((h) => ({ ...h, score: h.score * factor(`${h.passage.doc}#${h.passage.section}`) * keep }))
    .sort((a, b) => b.score - a.score);
  return { ...outcome, passages, hits };
}

/**
 * The sections an answer would draw on, best first: those it cites, then the re-ranked search
 * results (what `npm run eval:ask` and the retrieval tests call "the top 3").
 */
export function rankedSections(index: KnowledgeIndex, question: string, audience?: SearchOptions['audience'], answered?: Answer): string[] {
  // (`answered`: the answer to the same question and audience, when the caller already has it.)
  const a = answered ?? answerQuestion(index, question, audience);
  if (!a.covered) return [];
  const h = helpersFor(index);
  const lifts = [...h.faq.scores(question), ...h.sections.scores(question)];
  const outcome = rerank(searchWithStats(index, question, { limit: ANSWER_CONFIG.rerankPool, audience }), lifts, index, question);
  const cites = [...a.answer.matchAll(/\[([a-z0-9-]+#[a-z0-9-]+)\]/g)].map((m) => m[1] ?? '');
  return [...new Set([...cites, ...a.passages.map(formatRef), ...outcome.passages.map(formatRef)])];
}

/**
 * Words that stand for a topic key (FAQ id or `doc#section`) when a short follow-up is read with
 * it: the entities it is about ("H-1B", "Step 3"), so "and how long does it last?" after a
 * question on the H-1B becomes a question on the H-1B, not a repeat of the first one.
 */
function topicWords(index: KnowledgeIndex, topic: string): string {
  const entry = index.faq.find((e) => e.id === topic);
  const text = entry?.q ?? index.sections.get(topic)?.heading ?? '';
  const entities = [...meaningOf(text).entities].map((e) => e.split(':')[1] ?? '').filter(Boolean);
  return entities.length ? entities.join(' ') : text;
}

/** An opening that continues the previous exchange ("and…", "what about…", "same for…"). */
const CONTINUES = /^(?:(?:ok(?:ay)?|so|and|but|or|also|plus|then)\b|(?:what|how) about\b|same (?:for|with|question|thing)\b|what if\b|in that case\b)/;
/** A word that points back at something named earlier. */
const POINTS_BACK = /\b(?:it|its|that|this|those|these|they|them|their|there|one|ones|same|such)\b/;

/**
 * Whether a short message leans on the previous exchange: it opens as a continuation ("and for
 * the H-1B?"), or it points back ("how long does it last?") or is too short to ask anything
 * alone, and names no subject of its own (an entity such as an exam or a visa, or a glossary
 * concept such as an observership). A complete question of its own stands alone.
 */
function leansOnPrevious(question: string): boolean {
  const text = normalizeText(question).trim();
  if (CONTINUES.test(text)) return true;
  if (namesSubject(question)) return false;
  return POINTS_BACK.test(text) || text.split(/\s+/).length <= 4;
}

/**
 * A question naming no subject of its own: no entity (an exam, a visa, a match), no glossary
 * concept and no acronym ("what is AHIC?" names a thing the glossary does not know).
 */
function ownSubjectless(question: string): boolean {
  return !/\b[A-Z][A-Z0-9-]*[A-Z0-9]\b/.test(question.replace(/\bI\b/g, '')) && !namesSubject(question);
}

/** An entity or a glossary concept named. */
function namesSubject(question: string): boolean {
  const m = meaningOf(question);
  return m.entities.size > 0 || [...m.features].some((f) => f.startsWith('g:'));
}

/** An entry is shown only if every guide it cites is visible to the member. */
function audienceAllowsEntry(index: KnowledgeIndex, entry: FaqEntry, audience: SearchOptions['audience']): boolean {
  if (!audience) return true;
  return entry.cites.every((c) => {
    const doc = c.split('#')[0];
    const g = index.guides.find((x) => x.id === doc);
    return !g || g.audience === 'all' || g.audience === audience;
  });
}
