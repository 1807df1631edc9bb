/**
 * The curated questions (knowledge/faq.yaml): loaded and checked at start-up (every citation
 * must be a real guide section), and matched against a member's question by meaning (meaning.ts)
 * before the guides are searched.
 *
 * A member's question matches an entry when it covers most of what one of the entry's phrasings
 * is about, weighted by how rare each feature is, and names no entity the entry is not about
 * ("J-1" against an entry on the H-1B). Extra context the member adds ("I'm from Lagos, PGY2…")
 * costs little; a missing key word costs a lot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { FaqEntry } from './faq-types.js';
import { NO_RESIDENCY_FEATURE } from './circumstance.js';
import { KnowledgeError, knowledgeDir, SLUG_PATTERN, type Guide } from './load.js';
import { askedFeatures, buildIdf, featureOf, meaningOf, type Idf, type Meaning } from './meaning.js';
import { questionClause, questionType, timeAnchors, type QuestionType } from './question-form.js';

export type { FaqEntry } from './faq-types.js';

/** Matching knobs (the README lists them); calibrated on the tuning part of the ask corpus. */
export const FAQ_CONFIG = {
  /** Weight of precision (share of the phrasing covered) against recall (share of the question). */
  precisionExponent: 0.45,
  /** Words outside the asking clause (context the member gives first) count this much. */
  contextWeight: 0.35,
  /** Words the guides and FAQ never use (names, years, places) count this much. */
  unknownWeight: 0.3,
  /** Minimum blended score for a match. */
  threshold: 0.55,
  /**
   * A trade of rankings is against the match rules whatever else the message says: the curated
   * entry about trades answers from this lower resemblance when both name one.
   */
  tradeThreshold: 0.35,
  /** The question names an entity of a class the entry covers, but not that entity. */
  conflictPenalty: 0.35,
  /** The question names an entity the entry never mentions (another class). */
  extraEntityPenalty: 0.85,
  /** The entry's phrasing names an entity the question does not. */
  missingEntityPenalty: 0.6,
  /**
   * The question wants another kind of answer than the phrasing ("when…" against "how many…").
   * Open kinds (what, how, which, other) are compatible with each other.
   */
  typePenalty: 0.7,
  /** …and a "when" or "how long" question against a yes/no phrasing. */
  measurePenalty: 0.5,
  /** In ordering only: a phrasing of the question's own kind goes ahead of one this close above it. */
  sameKindEdge: 0.005,
} as const;

/** Question kinds whose answer is a time or a length ("how many" was tried too: 3 rank-list questions lost their section). */
const MEASURE_TYPES: ReadonlySet<QuestionType> = new Set(['when', 'how-long']);

const entrySchema = z.strictObject({
  id: z.string().regex(SLUG_PATTERN, 'must be lower-case words joined by hyphens'),
  topic: z.string().trim().min(1),
  asker: z.enum(['us-citizen', 'j1-holder']).optional(),
  q: z.string().trim().min(5),
  also: z.array(z.string().trim().min(5)).default([]),
  yes: z.boolean().optional(),
  a: z.string().trim().min(20),
  cites: z.array(z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'must be doc#section')).min(1, 'must cite at least one guide section'),
});

/** Parses and checks the FAQ text against the loaded guides; every problem is reported together. */
export function parseFaq(file: string, text: string, guides: readonly Guide[]): FaqEntry[] {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new KnowledgeError([`${file}: not valid YAML (${(e as Error).message.split('\n')[0]})`]);
  }
  if (!Array.isArray(raw)) throw new KnowledgeError([`${file}: must be a list of questions`]);
  const sections = new Set(guides.flatMap((g) => g.sections.map((s) => `${g.id}#${s.slug}`)));
  const problems: string[] = [];
  const ids = new Set<string>();
  const out: FaqEntry[] = [];
  raw.forEach((item, i) => {
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${file}: entry ${i + 1}${issue.path.length ? `, ${issue.path.join('.')}` : ''}: ${issue.message}`);
      }
      return;
    }
    const e = parsed.data;
    if (ids.has(e.id)) problems.push(`${file}: entry ${i + 1}: duplicate id "${e.id}"`);
    ids.add(e.id);
    for (const c of e.cites) if (!sections.has(c)) problems.push(`${file}: ${e.id}: cites ${c}, which is not a guide section`);
    const { yes, asker, ...rest } = e;
    out.push({ ...rest, ...(yes !== undefined ? { yes } : {}), ...(asker !== undefined ? { asker } : {}) });
  });
  if (problems.length) throw new KnowledgeError(problems);
  return out;
}

/** Loads knowledge/faq.yaml (or the file given) and checks it against the guides. */
export function loadFaq(guides: readonly Guide[], file = join(knowledgeDir(), 'faq.yaml')): FaqEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new KnowledgeError([`${file}: cannot read the FAQ (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`]);
  }
  return parseFaq('knowledge/faq.yaml', text, guides);
}

/**
 * knowledge/questions.yaml: for each guide section, questions it answers, optionally ending in
 * [yes] or [no]. Returned as FAQ-shaped entries (id `s:doc#section:n`, no answer text) so the
 * same matcher ranks them; they lift their section and may give the yes/no word.
 */
export function parseSectionQuestions(file: string, text: string, guides: readonly Guide[]): FaqEntry[] {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new KnowledgeError([`${file}: not valid YAML (${(e as Error).message.split('\n')[0]})`]);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new KnowledgeError([`${file}: must map "doc#section" to a list of questions`]);
  const sections = new Set(guides.flatMap((g) => g.sections.map((s) => `${g.id}#${s.slug}`)));
  const problems: string[] = [];
  const out: FaqEntry[] = [];
  for (const [ref, list] of Object.entries(raw as Record<string, unknown>)) {
    if (!sections.has(ref)) problems.push(`${file}: ${ref} is not a guide section`);
    if (!Array.isArray(list) || !list.every((q) => typeof q === 'string' && q.trim().length >= 5)) {
      problems.push(`${file}: ${ref}: must be a list of questions (each at least 5 characters)`);
      continue;
    }
    (list as string[]).forEach((line, n) => {
      const m = /^(.*?)\s*\[(yes|no)\]\s*$/.exec(line.trim());
      const q = (m?.[1] ?? line).trim();
      out.push({ id: `s:${ref}:${n}`, topic: ref.split('#')[0] ?? ref, q, also: [], a: '', cites: [ref], ...(m ? { yes: m[2] === 'yes' } : {}) });
    });
  }
  if (problems.length) throw new KnowledgeError(problems);
  return out;
}

/** Loads knowledge/questions.yaml and checks it against the guides. */
export function loadSectionQuestions(guides: readonly Guide[], file = join(knowledgeDir(), 'questions.yaml')): FaqEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new KnowledgeError([`${file}: cannot read the section questions (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`]);
  }
  return parseSectionQuestions('knowledge/questions.yaml', text, guides);
}

interface Phrasing {
  entry: FaqEntry;
  text: string;
  yes?: boolean;
  type: QuestionType;
  meaning: Meaning;
  /** Weighted size of the phrasing's features. */
  mass: number;
  /** The phrasing sets what it asks before or after some event ("…after a J-1?"). */
  timed: boolean;
}

export interface FaqMatcher {
  match(question: string): FaqMatch | undefined;
  /** Every entry's best score, best first (for the eval and tests). */
  scores(question: string): FaqMatch[];
}

export interface FaqMatch {
  entry: FaqEntry;
  score: number;
  /** The phrasing that matched best (q or one of also), without its [yes]/[no] mark. */
  phrasing: string;
  /** The answer to that phrasing as written, when it is a yes/no question with a known answer. */
  yes?: boolean;
  /** Weighted share of that phrasing found in the question (1: all it asks is there). */
  precision: number;
}

/** "Do CI fellowships use the NRMP? [no]" → the question and its answer. */
export function splitPolarity(text: string): { text: string; yes?: boolean } {
  const m = /^(.*?)\s*\[(yes|no)\]\s*$/.exec(text.trim());
  return m ? { text: (m[1] ?? '').trim(), yes: m[2] === 'yes' } : { text: text.trim() };
}

const OPEN_TYPES: ReadonlySet<QuestionType> = new Set(['what', 'how', 'which', 'other']);

function compatibleTypes(a: QuestionType, b: QuestionType): boolean {
  if (a === b) return true;
  if (OPEN_TYPES.has(a) && OPEN_TYPES.has(b)) return true;
  // "Is there a way…?" and "How can I…?" usually want the same answer.
  if ((a === 'yes-no' && OPEN_TYPES.has(b)) || (b === 'yes-no' && OPEN_TYPES.has(a))) return true;
  if ((a === 'how-long' && b === 'how-many') || (a === 'how-many' && b === 'how-long')) return true;
  return false;
}

/** Features of an asking clause that weighs what is left: chances, attempts. */
const WHAT_IS_LEFT: readonly string[] = ['chance', 'attempt'].map((w) => featureOf(w) ?? w);

function entityClass(id: string): string {
  return id.split(':')[0] ?? id;
}

/**
 * precision = weighted share of the phrasing the question covers; recall = weighted share of the
 * question the phrasing covers, where words outside the asking clause (the context members put
 * first) count `contextWeight`. Score = precision^a × recall^(1−a), then entity penalties.
 */
function similarity(q: QuestionMeaning, p: Phrasing, entryEntities: Set<string>, idf: Idf, entryFeatures?: ReadonlySet<string>): { score: number; precision: number } {
  const cfg = FAQ_CONFIG;
  let commonP = 0;
  let commonQ = 0;
  for (const f of p.meaning.features) {
    const w = q.weights.get(f);
    if (w === undefined) continue;
    commonP += idf.weight(f);
    commonQ += w;
  }
  if (!p.mass || !q.mass || !commonP) return { score: 0, precision: 0 };
  let score = (commonP / p.mass) ** cfg.precisionExponent * (commonQ / q.mass) ** (1 - cfg.precisionExponent);
  const entryClasses = new Set([...entryEntities].map(entityClass));
  for (const e of q.meaning.entities) {
    if (entryEntities.has(e)) continue;
    // An entry about any exam of a class ("after failing a Step exam") covers each of them.
    if (entryEntities.has(`${entityClass(e)}:any`)) continue;
    // An entity named only in the context ("I'm a PGY-2 on a J-1 … can surgeons do CI?") is the
    // member's circumstance, not what is asked: it does not rule an entry out.
    // …unless the asking clause points back to it ("can I take a letter from her?").
    // Training abroad stays the point of an eligibility question wherever it is said.
    // So does a failed exam: "I failed CK once, can I still apply?" asks about the failure.
    // (…unless the asking clause names a topic of its own: "I failed Step 3 once, do I need it
    // for a J-1?" asks about the J-1.)
    // (The exam that was failed is the failure's own object, not another topic: "I failed Step 2
    // CK once, can I still apply?" still asks about the failure.)
    const asksOwnTopic = [...q.meaning.entities].some((x) => !['fail', 'exam'].includes(entityClass(x)) && q.asked.has(`e:${x}`));
    if (e === 'fail:exam' && asksOwnTopic) continue;
    // So is an offer outside a match, told first and then asked about ("…if I withdraw from the
    // match. Very tempting, what should I do?").
    // …and so is how many times an exam was failed ("step 1 failed 4 times. am I finished?"): past
    // a few failures the attempt limit, not one failure's weight, decides.
    // (Only when the asking clause weighs what is left, chances or attempts: "two Step failures, how
    // many letters should I send?" asks about letters.)
    const failures = entityClass(e) === 'count' && q.meaning.entities.has('fail:exam') && WHAT_IS_LEFT.some((f) => q.asked.has(f));
    // (…and so is a residency accredited by ACGME International, told first and asked about after:
    // "did my residency at an ACGME-I program in the Gulf. is that the same as ACGME for CI?" asks
    // about that accreditation, which an entry on ACGME fellowships does not settle. Round ask66.)
    if (!q.asked.has(`e:${e}`) && !q.pointsBack && entityClass(e) !== 'place' && entityClass(e) !== 'offer' && entityClass(e) !== 'retake' && entityClass(e) !== 'accreditor' && e !== 'fail:exam' && !failures) continue;
    // Training abroad changes the answer to almost every eligibility question, so an eligibility
    // entry that never speaks of it is as weak a match as one missing an entity of its own.
    // Elsewhere ("I'm from Nigeria, how many letters…?") the place changes nothing.
    if (entityClass(e) === 'place' && p.entry.topic !== 'eligibility') continue;
    // A trade ("…if they promise to rank me high") turns an allowed message into a banned one, and
    // a professionalism red flag is what a question naming one is about ("a warning during my
    // surgery residency"): an entry that never speaks of either answers another question.
    // (So is an offer outside a match: "…a contract now if I withdraw from the NRMP" is not asking which match.)
    // (So is retaking a Step already passed, wherever it is said: it is what such a question asks.)
    const extra = ['place', 'exchange', 'flag', 'fail', 'standing', 'accreditor', 'offer', 'retake'].includes(entityClass(e)) || failures ? cfg.missingEntityPenalty : cfg.extraEntityPenalty;
    // A question that also names one of the entry's own entities of that class ("submitted ERAS but
    // never registered with the NRMP") is about both: the entry answers part of it, no conflict.
    const sharesClass = [...q.meaning.entities].some((x) => x !== e && entityClass(x) === entityClass(e) && entryEntities.has(x));
    score *= entryClasses.has(entityClass(e)) && !sharesClass ? cfg.conflictPenalty : extra;
  }
  // A phrasing that names a professionalism flag among others ("a leave of absence or a
  // professionalism warning") still fits a question about only one of them.
  // (A phrasing about any exam of a class is not missing anything when the question names one.)
  for (const e of p.meaning.entities) {
    // (An offer outside a match is often told without the words that mark it, "got an offer, want
    // an answer by Friday, AMIA is in December": a phrasing naming one is no weaker for it.)
    if (q.meaning.entities.has(e) || entityClass(e) === 'flag' || entityClass(e) === 'offer') continue;
    if (e.endsWith(':any') && [...q.meaning.entities].some((x) => entityClass(x) === entityClass(e))) continue;
    // A phrasing about a failed exam answers a question about low scores or attempts poorly.
    score *= e === 'fail:exam' ? cfg.conflictPenalty : cfg.missingEntityPenalty;
  }
  // A question about what a document says is answered by an entry about that document.
  if (q.document && !p.meaning.features.has(q.document)) score *= cfg.missingEntityPenalty;
  // (An informatics concept is the matter itself: "what is alert fatigue, what do I say if they
  // ask?" is answered by what it is.)
  if (q.venue && p.entry.topic !== 'concepts') {
    if (!(entryFeatures ?? p.meaning.features).has(q.venue)) score *= cfg.missingEntityPenalty;
    // …and words to say are not a yes or a no: "will I get interviews with a gap?" answers whether.
    else if (p.type === 'yes-no') score *= cfg.typePenalty;
  }
  // A question timed by one event ("must I go home before my fellowship?") is another question
  // than a phrasing timed by an event it never names ("…go home for two years after a J-1?"):
  // what must come before the fellowship is not what follows the J-1.
  if (q.anchors.length && p.timed && q.anchors.every((a) => ![...a].some((f) => p.meaning.features.has(f)))) score *= cfg.typePenalty;
  // A question asking when, how long or how many wants a time or a number, which a yes/no
  // phrasing ("should my PD write one of my letters?") never gives: a stronger penalty.
  if (!compatibleTypes(q.type, p.type)) score *= MEASURE_TYPES.has(q.type) && p.type === 'yes-no' ? cfg.measurePenalty : cfg.typePenalty;
  return { score, precision: commonP / p.mass };
}

/** A typing slip in a member's question read as the word the guides use ("fellowhsip"). */
function withSlipsMended(m: Meaning, idf: Idf): Meaning {
  if (!idf.nearest) return m;
  const features = new Set<string>();
  for (const f of m.features) features.add(idf.known(f) ? f : (idf.nearest(f) ?? f));
  return { features, entities: m.entities };
}

interface QuestionMeaning {
  type: QuestionType;
  meaning: Meaning;
  /** Features of the asking clause (or of the whole question when the clause says too little). */
  asked: Set<string>;
  /** The asking clause refers back to the context with a pronoun ("from her", "explain this"). */
  pointsBack: boolean;
  /**
   * The group feature of a document whose content the asking clause is about ("should my LOR
   * mention that I need a J-1?" asks about the letter, whatever it would say), if any.
   */
  document?: string;
  /**
   * The group feature of the place the member wants words for (the interview: wordsForInterview).
   * Unlike a document, an entry qualifies when any of its phrasings speaks of it ("why informatics?"
   * belongs to an entry that elsewhere says "interview answer").
   */
  venue?: string;
  /** The features of each event the asking clause times its question by ("before fellowship"). */
  anchors: ReadonlySet<string>[];
  weights: Map<string, number>;
  mass: number;
}

/** The question's features weighted by rarity, and by whether they sit in the asking clause. */
function questionMeaning(question: string, idf: Idf): QuestionMeaning {
  const meaning = withSlipsMended(meaningOf(question), idf);
  const asked = withSlipsMended({ features: askedFeatures(question, questionClause(question)), entities: new Set() }, idf).features;
  const weights = new Map<string, number>();
  let mass = 0;
  for (const f of meaning.features) {
    // A word no guide or curated question uses (a name, a year, a place) cannot help find the
    // answer; it counts little against a match.
    // In the asking clause an unknown word is the point of the question ("a good informatics
    // podcast?"); in the context around it, it is usually a name, a year or a place.
    // The stage reached (medical school done, no residency) is the point of a question about
    // the fellowship wherever the member says it ("just graduated, can I go into a fellowship?").
    const inClause = asked.has(f) || f === NO_RESIDENCY_FEATURE;
    const known = idf.known(f) && !/^\d+$/.test(f);
    const w = idf.weight(f) * (inClause ? 1 : FAQ_CONFIG.contextWeight) * (known || inClause ? 1 : FAQ_CONFIG.unknownWeight);
    weights.set(f, w);
    mass += w;
  }
  const pointsBack = /\b(?:she|he|her|him|his|them|this|these|those)\b/.test(questionClause(question));
  const document = documentAsked(question, questionClause(question), meaning.features) ?? studyBeforeInterview(question, meaning.features);
  const venue = document ? undefined : wordsForInterview(question, meaning.features);
  const anchors = timeAnchors(questionClause(question))
    .map((a) => meaningOf(a).features)
    .filter((f) => f.size > 0);
  return { type: questionType(question), meaning, asked, pointsBack, anchors, weights, mass, ...(document ? { document } : {}), ...(venue ? { venue } : {}) };
}

/**
 * What a document should say: a verb of content (mention, say, include, write that, talk about)
 * in the asking clause with the document it belongs to (a letter, the personal statement, the CV).
 * The thing it would say (a visa, a gap, a failure) is then the content, and the question is the
 * document's: "should my LOR mention I need J-1 sponsorship?" is a letters question, not one about
 * who sponsors a J-1.
 */
const CONTENT_VERB = /\b(?:mention\w*|say|says|saying|state|states|stating|include|includes|including|write (?:that|about|in)|writes (?:that|about)|talk about|talks about|bring up|note that|put (?:in|into|on)|disclose\w*)\b/i;
const DOCUMENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:letters?|lors?|recommend\w*|references?|referees?|recommenders?)\b/i, 'g:lor'],
  [/\bpersonal statements?\b|\bps\b/i, 'g:ps'],
];
function documentAsked(question: string, clause: string, features: ReadonlySet<string>): string | undefined {
  // An asking clause that points back ("what do I tell her?", "should I let him?") asks about the
  // content told before it ("my writer asked if she should mention my visa in the letter").
  // (A person, the writer: "is that enough?" after "my PS says…" asks about the claim, not the PS.)
  const pointsBack = /\b(?:him|her|them|she|he|they)\b/i.test(clause);
  if (!CONTENT_VERB.test(clause)) {
    if (!pointsBack || !CONTENT_VERB.test(question)) return undefined;
    clause = question;
  }
  // "Can I say in my letter…": the member writing their own letter to a program (an update, a
  // letter of intent) is a message, not a letter of recommendation.
  const ownLetter = /\b(?:can|could|should|may|do|must|shall|is it ok(?:ay)? (?:if|to)) i (?:\w+ )?(?:mention|say|state|include|write|put|talk|note|bring)\b/i.test(clause) && !/\b(?:personal statements?|ps)\b/i.test(clause);
  // The document may be named before the asking clause, which points back to its writer ("my
  // attending agreed to write my LOR. Should I ask him to write that I need a J-1?").
  const where = DOCUMENTS.some(([re]) => re.test(clause)) ? clause : pointsBack ? question : clause;
  const found = DOCUMENTS.filter(([re, f]) => re.test(where) && features.has(f) && !(ownLetter && f === 'g:lor'));
  return found.length === 1 ? found[0]?.[1] : undefined;
}

/**
 * Studying something in the last days before an interview ("interview tomorrow, should I stay up
 * memorising FHIR?"): what is studied is the object of the preparation, and the question is how to
 * use the time before the interview, so an entry that never speaks of interviews answers another
 * question (what FHIR is).
 */
const STUDY = /\b(?:memori[sz]\w*|cram\w*|stud(?:y|ying)|revis\w*|review\w*|brush\w* up|read(?:ing)? up|learn\w*|mug\w* up)\b/i;
const IMMINENT = /\b(?:tomorrow|tonight|night before|day after tomorrow|in (?:\d+|two|three|a few) days|(?:last|final) (?:\d+|two|three|few|48|24) (?:days|hours)|(?:48|24|72) hours|this weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
function studyBeforeInterview(question: string, features: ReadonlySet<string>): string | undefined {
  return features.has('g:interview') && STUDY.test(question) && IMMINENT.test(question) ? 'g:interview' : undefined;
}

/**
 * Asking for the words to use in an interview ("how do I answer 'you failed Step 1' in the
 * interview?", "what exactly do I say if the interviewer says…"): the interview is where the words
 * go, as a letter is for "should my LOR mention…", and what the interviewer raises (a failure, a
 * gap, the visa) is the matter of the reply. An entry that never speaks of interviews ("I failed
 * Step 1, is informatics still possible?") answers whether, not how to say it.
 */
const WORDS_WANTED =
  /\b(?:how (?:do|should|can|would|could|shall|to) (?:i )?(?:answer|respond|reply|say|word|phrase|frame|put|handle|tackle|address|explain|talk about)|what (?:exactly |should |do |can |would |could )*(?:do |should |can |would |could )?i (?:say|tell|answer|reply|respond)|what to (?:say|tell|answer|reply)|(?:a |the )?(?:good|best|right|safe|honest) (?:way to (?:answer|respond|reply|say|put) it|answer|response|reply) (?:to|for)\b)/i;
/** A written place for the same words ("how do I explain it in ERAS and in interviews?"): then the interview is not the only one. */
const WRITTEN_PLACE = /\b(?:eras|personal statements?|ps|cv|resume|application|applications|letters? of intent|emails?)\b/i;
function wordsForInterview(question: string, features: ReadonlySet<string>): string | undefined {
  if (WRITTEN_PLACE.test(question)) return undefined;
  return features.has('g:interview') && WORDS_WANTED.test(question.replace(/[’‘]/g, "'")) ? 'g:interview' : undefined;
}

/**
 * The asker says they are a US citizen (or a permanent resident, or US-born). An answer written for
 * a US citizen ("a US citizen needs no visa") is given only then: an Egyptian graduate who asks
 * whether their residency at home qualifies must not be answered as an American who studied abroad,
 * however close the rest of the words are.
 */
const US_STATES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico';
export const SAYS_US_CITIZEN = new RegExp(
  String.raw`\b(?:citizens?(?:hip)?|americans?|green[- ]?card\w*|permanent residen\w+|lprs?|u\.?s\.?[- ]born|u\.?s\.? passport)\b|\bborn (?:and (?:raised|bred) )?(?:here |in (?:the )?(?:u\.?s\.?a?|states|america|${US_STATES})\b)`,
  'i',
);

/**
 * The asker is (or asks about someone who is) on a J-1 now or trained on one before: "I'm a J-1
 * resident", "on a J1 in residency now", "J1 physician here", "did my whole residency in the US on
 * J1", "my J-1 ends in June" (the two-year rule follows a J-1 physician after the J-1 ends). An answer written for a J-1 holder
 * changing status ("a J-1 physician cannot change to H-1B inside the US without a waiver") is given
 * only then: "do fellowships sponsor both J-1 and H-1B?" asks what programs take, not that.
 */
export const SAYS_ON_J1 =
  /\b(?:(?:i ?am|i'm|im|currently|now|already|still)\s+(?:on\s+|in\s+|holding\s+)?(?:an?\s+|my\s+)?j-?1\b|on\s+(?:an?\s+|my\s+)?j-?1\s+(?:in|for|during|as|now|currently|visa\s+(?:in|for|now))\b|j-?1\s+(?:residents?|physicians?|doctors?|holders?|status\s+now|trainees?|fellows?)\b|(?:residency|training|resident|here|now|currently)\b[^.?!]{0,30}?\bon\s+(?:an?\s+|my\s+|the\s+)?j-?1\b|(?:was|were|been|came|stayed)\s+on\s+(?:an?\s+|my\s+|the\s+)?j-?1\b|my\s+j-?1\b)/i;

/**
 * Builds a matcher over the entries. `corpus` sets how rare each feature is: guide passage texts,
 * or an Idf already built over them (shared between matchers, since building it is the slow part).
 */
export function createFaqMatcher(entries: readonly FaqEntry[], corpus: readonly string[] | Idf): FaqMatcher {
  const idf = Array.isArray(corpus) ? buildIdf([...corpus, ...entries.map((e) => [e.q, ...e.also].join(' '))]) : (corpus as Idf);
  const phrasings: Phrasing[] = [];
  const entities = new Map<string, Set<string>>();
  const features = new Map<string, Set<string>>();
  for (const entry of entries) {
    const all = new Set<string>();
    // (An entry whose answer rests on an interview section speaks of interviews, whatever its phrasings say.)
    const said = new Set<string>(entry.cites.some((c) => /interview/.test(c)) ? ['g:interview'] : []);
    features.set(entry.id, said);
    const forms = [{ text: entry.q, ...(entry.yes !== undefined ? { yes: entry.yes } : {}) }, ...entry.also.map(splitPolarity)];
    for (const form of forms) {
      const { text } = form;
      const meaning = meaningOf(text, { typos: false });
      let mass = 0;
      for (const f of meaning.features) mass += idf.weight(f);
      phrasings.push({ entry, text, ...(form.yes !== undefined ? { yes: form.yes } : {}), type: questionType(text), meaning, mass, timed: timeAnchors(text).length > 0 });
      for (const e of meaning.entities) all.add(e);
      for (const f of meaning.features) said.add(f);
    }
    entities.set(entry.id, all);
  }
  const scores = (question: string): FaqMatch[] => {
    const q = questionMeaning(question, idf);
    const best = new Map<string, FaqMatch>();
    const kinds = new Map<string, boolean>();
    const citizen = SAYS_US_CITIZEN.test(question);
    const onJ1 = SAYS_ON_J1.test(question);
    for (const p of phrasings) {
      if (p.entry.asker === 'us-citizen' && !citizen) continue;
      if (p.entry.asker === 'j1-holder' && !onJ1) continue;
      const { score: s, precision } = similarity(q, p, entities.get(p.entry.id) ?? new Set(), idf, features.get(p.entry.id));
      const prev = best.get(p.entry.id);
      if (!prev || s > prev.score) {
        kinds.set(p.entry.id, q.type === p.type || (OPEN_TYPES.has(q.type) && OPEN_TYPES.has(p.type)));
        best.set(p.entry.id, { entry: p.entry, score: s, precision, phrasing: p.text, ...(p.yes !== undefined ? { yes: p.yes } : {}) });
      }
    }
    // Order: the score, with a phrasing of the question's own kind ahead of one that is merely
    // compatible when the two are nearly tied ("what do I say when they ask why I went abroad" is
    // an interview answer, not the yes/no "I went to a Caribbean school, can I do a fellowship?").
    const key = (m: FaqMatch) => m.score + (kinds.get(m.entry.id) ? FAQ_CONFIG.sameKindEdge : 0);
    return [...best.values()].sort((a, b) => key(b) - key(a) || a.entry.id.localeCompare(b.entry.id));
  };
  return {
    scores,
    match(question) {
      const top = scores(question)[0];
      return top && top.score >= FAQ_CONFIG.threshold ? top : undefined;
    },
  };
}
