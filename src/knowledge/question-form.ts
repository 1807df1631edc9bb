/**
 * The form of a member's question, apart from its topic: is it a yes/no question (then the answer
 * leads with "Yes" or "No"), and is it asked the other way round from a curated question ("is it
 * true research does NOT count?" against "does research count?"), which flips the word.
 *
 * Members put context first ("I'm from Lagos, 2 attempts… can I still apply?"), type declaratives
 * with a question mark ("CI goes thru NRMP right?"), drop the auxiliary ("need step 3 for H1B?"),
 * so the question clause is found before its form is read.
 */
import { noResidencyTold } from './circumstance.js';
import { normalizeText } from './text.js';

const AUX =
  /^(?:is|are|am|was|were|do|does|did|can|could|will|would|should|shall|may|might|must|have|has|had|isnt|arent|dont|doesnt|didnt|cant|couldnt|wont|wouldnt|shouldnt|hasnt|havent|aint|any chance|is it true|ok|okay|need|needs)\b/;
const NEGATED_AUX = /^(?:isnt|arent|dont|doesnt|didnt|cant|couldnt|wont|wouldnt|shouldnt|hasnt|havent)\b/;
/**
 * …and so does one that opens the asking part after a told circumstance ("program didnt reply to my
 * thank you, shouldnt i resend it?"): inverted before its subject, it asks the positive, as at the start.
 */
const NEGATED_AUX_INSIDE =
  /(,\s*|;\s*|\b(?:so|but|then|and|or)\s+)(?:isnt|arent|dont|doesnt|didnt|cant|couldnt|wont|wouldnt|shouldnt|hasnt|havent)\s+(?=(?:i|we|you|it|they|he|she|there|that|this|my|our|the|programs?)\b)/g;
const WH =
  /^(?:what|whats|how|hows|when|whens|where|wheres|which|who|whos|whom|why|whose|explain|tell|describe|list|give|help|guide)\b/;
/** A question word or an asking phrase anywhere in a sentence. */
const ASKING = /\b(?:what|whats|how|when|where|which|who|why|whether|should i|can i|could i|do i|does it|is it|is there|am i|will i|confused|wondering|not sure)\b/;

/**
 * Greetings, vocatives and fillers in front of the real question. ("Just" before a past verb is
 * not a filler but when it happened: "just graduated from med school, can I…" tells a stage.
 * "Ok" before a question word is a filler, "ok now what do I do?"; before anything else it may ask,
 * "ok to send a second email?".)
 */
const LEAD_FILLER =
  /^(?:(?:hi|hello|hey|dear|respected|good (?:day|morning|evening)|guys|all|everyone|folks|sir|madam|maam|doc|advisor|team|pls|please|kindly|so|also|and|but|quick q(?:uestion)?|question|honestly|basically|just(?! \w+ed\b)|um+|uh+|lol|btw|yo|then|now|sorry|ok(?:ay)?(?=[\s,]+(?:(?:now|so|then|and|but)[\s,]+)*(?:what|whats|how|when|where|which|who|why)\b))\b[\s,:;!.-]*)+/;
const TAG = /(?:\bright|\bcorrect|\btrue|\bor not|\bor (?:nah|nope|naw)|\bno|\byes|\bisnt it|\barent they|\bdont they|\bdoesnt it|\bok)\s*\?*\s*$/;

/** The clause that asks: the first sentence with "?" (context often comes before it), else the last. */
export function questionClause(text: string): string {
  const norm = normalizeText(text).replace(/[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/gu, ' ');
  const sentences = norm
    .split(/(?<=[?!.])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const asked = sentences.filter((s) => s.includes('?'));
  // Without a question mark, the sentence that asks is the one with a question word in it
  // ("I am just confused when ERAS opens and when I should submit").
  const wondering = sentences.filter((s) => ASKING.test(s));
  // A letter-style message ends with a bare request ("Kindly advise the possibility at your
  // earliest.") that names no topic: the question is then the sentence saying what the member
  // wishes to do, else the last sentence with content.
  const content = sentences.filter((s) => !CLOSING.test(strip(s)));
  const wish = content.filter((s) => WISH.test(s)).at(-1);
  const pick =
    asked.find((s) => AUX.test(strip(s)) || WH.test(strip(s))) ?? asked[0] ?? wondering[0] ?? wish ?? content.at(-1) ?? sentences.at(-1) ?? '';
  return strip(pick);
}

/** A closing line that asks for help without saying about what. */
const CLOSING =
  /^(?:(?:advise|advice|guide|help|suggest|reply|respond|revert|let me know|tell me|inform|thanks?|thank you|thankyou|regards|warm regards|best regards|kind regards|sincerely|yours|waiting|awaiting|looking forward|hoping for)\b(?:[\s,]*(?:me|us|the|possibility|possibilities|options?|way|ways|accordingly|asap|soon|at (?:your|the) earliest(?: convenience)?|in advance|for (?:your|the) (?:help|time|guidance|reply|response)|sir|madam|regarding this|about this|on this|this|it|your|reply|response|kind|guidance|advice|positive|early|a|of|for))*[\s.!,]*)$/;
/** A sentence saying what the member wishes to do ("I wish to do informatics fellowship in USA…"). */
const WISH = /\b(?:i|we) (?:wish|want|would like|d like|plan|hope|intend|am (?:planning|thinking|hoping|interested|looking))\b/;

function strip(sentence: string): string {
  let s = sentence.replace(/^[^a-z0-9]+/, '');
  for (let i = 0; i < 3; i++) s = s.replace(LEAD_FILLER, '').replace(/^[^a-z0-9]+/, '');
  // "so my question is, can I…" / "I want to ask: is it…"
  s = s.replace(/^(?:my (?:question|doubt) is|i (?:want|would like|wanted) to (?:ask|know)(?: (?:if|whether))?|wondering (?:if|whether)|can (?:someone|anyone|you) (?:tell|explain)(?: me)?(?: (?:if|whether))?)[\s,:]*/, '');
  return s.trim();
}

/** Where a question starts inside a run-on sentence: "…never did residency is there any way…". */
const EMBEDDED =
  /\b(?:what|whats|how|when|where|which|who|why|is there|are there|is it|is this|can i|could i|do i|does it|does this|should i|will i|would i|am i|must i|may i|can we|do we|do they|does that|is that)\b/;

/** A clause made only of a noun phrase ("setup tips??", "PDSA cycle??") asks for an explanation. */
const HAS_VERB =
  /\b(?:i|we|it|they|this|that|he|she|you|is|are|was|were|be|goes|go|count|counts|take|takes|need|needs|require|requires|accept|accepts|matter|matters|work|works|sponsor|sponsors|have|has|get|gets|mean|means|apply|use|see|show|shows|allowed|fine|ok|possible|enough|true|right|binding|too|problem|issue|worth|bad|good|send|better|still|legit|normal|reject|hurt)\b/;

/** Two options offered ("J-1 or H-1B?", "1 yr or 2 yrs", "PGY2 or PGY3"): answered by naming one. */
function isAlternative(clause: string): boolean {
  if (/\b(?:which|rather|prefer|versus|vs)\b/.test(clause)) return true;
  // "X or Y" offers options, unless what follows "or" is a second question ("…or is it a trap?").
  // ("…or nah?", "…or nope?" are a tag asking yes or no, not a second option.)
  if (/\b\w+,? or (?!not\b|nah\b|nope\b|naw\b|anything\b|something\b|no\b|is\b|are\b|do\b|does\b|did\b|can\b|should\b|will\b|would\b|am\b|was\b|they\b|it\b)\w+/.test(clause)) return true;
  if (/\b(?:\d+|one|two|three|four)\s*\w*\s+or\s+(?:\d+|one|two|three|four)\b/.test(clause)) return true;
  if (/\b(?:pgy\d|step\d|j1|h1b|o1|amia|nrmp)\s+or\s+(?:pgy\d|step\d|j1|h1b|o1|amia|nrmp)\b/.test(clause)) return true;
  return false;
}

/**
 * True for a question that offers two courses to choose between ("one email to all, or separate
 * ones?", "Step 3 before or after the match?", "J-1 or H-1B?"): a Yes or a No answers neither.
 * (Round ask67: such a question is never led Yes or No, whatever answered it.)
 */
export function offersChoice(text: string): boolean {
  const clause = askingPart(questionClause(text));
  return !!clause && isAlternative(clause) && !/^(?:which|what|whats|how)\b/.test(clause);
}

/** The asking part of a clause that tells its context first ("I'm a US citizen…, am I an IMG?"). */
function askingPart(clause: string): string {
  if (!clause || AUX.test(clause) || WH.test(clause)) return clause;
  const parts = clause.split(/[,;:]\s*/);
  const asked = parts.length > 1 ? parts.slice(1).reverse().find((x) => AUX.test(x) || WH.test(x)) : undefined;
  const at = EMBEDDED.exec(clause);
  if (asked) return clause.slice(clause.lastIndexOf(asked));
  if (at && at.index > 0) return clause.slice(at.index);
  return clause;
}

/** True for a question that a yes or a no answers. */
export function isYesNoQuestion(text: string): boolean {
  let clause = questionClause(text);
  if (!clause) return false;
  if (!AUX.test(clause) && !WH.test(clause)) {
    // Context first, then the question after a comma ("I'm a US citizen who went to school in
    // Grenada, am I an IMG?"): the part after the last comma that opens like a question, not a
    // relative "who" in the context.
    const parts = clause.split(/[,;:]\s*/);
    const asked = parts.length > 1 ? parts.slice(1).reverse().find((x) => AUX.test(x) || WH.test(x)) : undefined;
    // Context first, then the question, with no punctuation between them.
    const at = EMBEDDED.exec(clause);
    if (asked) clause = clause.slice(clause.lastIndexOf(asked));
    else if (at && at.index > 0) clause = clause.slice(at.index);
  }
  if (isAlternative(clause)) return false;
  // A request dressed as a question: "can someone lay out the path…", "could you explain…".
  if (/^(?:can|could|would|will) (?:someone|anyone|somebody|you|u) (?:please |pls |kindly )?(?:tell|explain|lay out|list|give|share|help|guide|walk|describe|suggest|recommend|clarify)\b/.test(clause)) return false;
  if (/^is it true\b|^(?:is|are) (?:it|there|this|that)\b/.test(clause)) return true;
  if (WH.test(clause)) return false;
  if (AUX.test(clause)) return true;
  // Declaratives asked with a question mark or a tag: "CI goes thru NRMP right?", "I can apply without residency?"
  // "observership = USCE?", "no US residency = no fellowship?": an equals sign asks whether one is the other.
  // ("…or nah" asks yes or no with or without its question mark.)
  if (/\bor (?:nah|nope|naw)\s*\?*\s*$/.test(clause)) return true;
  return /\?/.test(clause) && (TAG.test(clause) || HAS_VERB.test(clause) || /\S\s*=\s*\S/.test(clause));
}

/** Words that turn a proposition around: explicit negation and "without", "skip", "optional". */
const NEGATOR_WORDS =
  'not|never|no|nor|zero|none|without|skip|optional|unnecessary|neither|dont|doesnt|didnt|isnt|arent|cant|cannot|wont|wouldnt|shouldnt|couldnt|hasnt|havent|wasnt|werent|aint';
/**
 * Asking whether something is bad, forbidden or harmful is asking the opposite of whether it is
 * fine: "is it rude to ask about visas?" against "can I ask about visas?".
 */
const NEGATIVE_EVALUATION =
  /\b(?:rude|bad|wrong|forbidden|prohibited|illegal|banned|breach|violation|violate|against the rules|harmful|hurt|hurts|ruin|ruins|kill|kills|disqualif\w*|deal ?breaker|hopeless|too late|too old|too low|mistake|frowned upon|unprofessional|desperate|risky|dead end|(?:lower|lowers|reduce|reduces|damage|damages|jeopardi[sz]e|jeopardi[sz]es|lose|cost) (?:my|your|the|me) (?:chances?|odds|spots?|place|others|backup)|worse off|makes? (?:it|that|things|me look) worse|dead|doomed|done for|screwed|game over|(?:ends?|ended) (?:my|your|the) (?:chances?|career|dreams?|hopes?)|over for me|exceeds?|exceeding|go(?:es)? (?:over|beyond) (?:the )?(?:limit|max\w*|cap)|too (?:many|long))\b/g;

/** Two-word contrasts that deny what follows them ("other than the NRMP", "in place of research years"). */
const CONTRAST = /\b(?:(?:different|separate|distinct|apart)(?: \w+){0,2} (?:from|than)|other than|instead of|rather than|in place of|in lieu of)\b/g;

/**
 * How many times the question clause turns its proposition around (its parity is what matters).
 * With `about` (the features of the question it is compared with), a "without"/"not" counts only
 * when what it negates is part of that question: "H-1B without Step 3" negates Step 3, but "the
 * fellowship on a J-1 without going home" only adds a detail.
 */
export function negations(text: string, about?: (word: string) => boolean): number {
  // (With `about`, a reason told in front of the asking clause is left to `premiseNegations`.)
  return negationsIn(about ? askedPart(questionClause(text)) : questionClause(text), about);
}

/**
 * A reason the member gives before what they ask ("since ECFMG sponsors the J-1 and not the
 * hospital, every program has to take J-1 then right?"): it is told, like a circumstance in an
 * earlier sentence, not the proposition asked. Its negations are counted as told ones
 * (`premiseNegations`), only for what the compared phrasing itself negates.
 */
// (The reason may carry its own contrast between commas: "because ECFMG sponsors it, not the hospital, …".)
const PREMISE = /^(?:since|because|cause|coz|as|given(?: that)?|now that|seeing (?:as|that))\b([^,?]{3,}?(?:,? (?:and |but )?not [^,?]{1,40})?),\s*(?=\S)/;

/** The asking clause without a reason told in front of it. */
export function askedPart(clause: string): string {
  const m = PREMISE.exec(clause);
  // (Not when nothing asking follows the comma: the whole clause is then the question.)
  return m && /\w/.test(clause.slice(m[0].length)) ? clause.slice(m[0].length) : clause;
}

/** Negations in a reason told at the start of the asking clause, for the words `about` accepts. */
export function premiseNegations(text: string, about: (word: string) => boolean): number {
  const clause = questionClause(text);
  const m = PREMISE.exec(clause);
  return m && askedPart(clause) !== clause ? negationsIn(m[1] ?? '', about) : 0;
}

/**
 * The words a text negates: up to three after each negator, skipping auxiliaries and articles
 * ("can I get letters without US experience" negates "us", "experience"). A negation told by the
 * member answers a phrasing's negation only when it is about one of these words.
 */
export function negatedWords(text: string): string[] {
  const words = normalizeText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const out: string[] = [];
  words.forEach((w, i) => {
    if (!new RegExp(`^(?:${NEGATOR_WORDS})$`).test(w)) return;
    out.push(...words.slice(i + 1, i + 6).filter((x) => !FILLER.test(x)).slice(0, 3));
  });
  return out;
}
const FILLER = /^(?:a|an|the|to|be|been|have|has|had|do|does|did|my|your|any|even|really|just|need|needed|required)$/;

/** The words a text denies, by a negator or by a contrast ("instead of clinical work" denies "clinical"). */
export function deniedWords(text: string): string[] {
  return negatedWords(normalizeText(text).replace(CONTRAST, ' not '));
}

/**
 * The words a text marks with the prefix "non" ("a non-clinical job", "non clinical", "nonclinical").
 * Such a prefix names a kind (a non-US citizen, a non-ACGME program), so it is no negation on its
 * own; it is one only against a text that denies the same word (`prefixDenials` in answer.ts).
 */
export function nonPrefixed(text: string): string[] {
  return [...normalizeText(questionClause(text)).matchAll(/\bnon[ -]?([a-z][a-z0-9]+)/g)].map((m) => m[1] ?? '').filter((w) => w.length > 1);
}

/**
 * Negations in the circumstances told before the asking clause ("I have zero US clinical
 * experience. Can I still get strong letters?"), counted only for the words `about` accepts —
 * the caller passes the words the compared phrasing negates and the clause itself does not name.
 */
export function contextNegations(text: string, about: (word: string) => boolean): number {
  const clause = questionClause(text);
  const all = normalizeText(text);
  const at = clause ? all.lastIndexOf(clause) : -1;
  const context = at > 0 ? all.slice(0, at) : '';
  return context ? negationsIn(context, about) : 0;
}

/**
 * Leaving something out is not telling it: "is it ok to leave out my probation?", "can I omit the
 * failed attempt?", "should I hide my gap?" ask the opposite of "do I need to tell programs about
 * my probation?", so the omission reads as "not" followed by what is left out.
 */
const OMISSION =
  /\b(?:leav(?:e|es|ing)|left|keep(?:s|ing)?|kept) ((?:it|that|this|them|\w+ \w+|\w+) )?(?:out|off)\b(?! of (?:the )?(?:us|usa|country|match|program))|\b(?:omit\w*|hid(?:e|es|ing|den)|conceal\w*|keep(?:ing)? (?:it |that |this |them )?(?:quiet|secret|hidden))\b/g;

/** Whether a (normalised) clause leaves something out: "can I omit…", "leave it off my CV". */
export function omits(clause: string): boolean {
  return new RegExp(OMISSION.source).test(clause);
}

/**
 * "Will a master's make me eligible for the boards without a fellowship?": when something else is
 * said to make the member eligible, the "without" names what it would stand in for (as "instead
 * of" would), the same proposition as "will a master's make me eligible?", not one turned around.
 * Only this causative frame: "can I qualify without Step 3?" still asks the opposite of "do I need it?".
 */
const SUBSTITUTE_WITHOUT = /\b((?:make|makes|making|made) (?:me|him|her|them|us|you) (?:\w+ )?(?:eligible|qualified)\b[^.?!;]{0,60}?)\bwithout\b/g;
const ONLY_NOT = /\b((?:only|just) [^.?!;]{1,60}?),? (?:and |but )?not (?=(?:to|in|into|for|with|at|on|the|a|an|my)\b)/g;

/**
 * A thing described by a status it lacks: "a position that is not ACGME accredited", "a fellowship
 * which isn't accredited", "a not accredited program". That names a kind of thing, as "a non-ACGME
 * fellowship" or "an unaccredited one" does, so it turns no proposition around (it once read "a
 * position that is not ACGME accredited, will it make me board eligible?" as the opposite of "does
 * a non-accredited fellowship make me board eligible?" and led with "Yes.").
 */
const NOT_STATUS = /\b(?:(?:that|which|who) (?:is|are|was|were) not|(?:that|which|who) (?:isnt|arent|wasnt|werent)|(?:a|an|the) not) ((?:\w+ ){0,2}?(?:accredited|recogni[sz]ed|approved|certified|affiliated))\b/g;

const NOT_YET_FINISHED =
  /\b(?:i\s+)?(?:havent|haven t|have not|hasnt|has not|not yet|yet to|still not|didnt|did not)\s+(?:yet\s+)?(?:finish\w*|complet\w*|graduat\w*|done with)\s+(?:(?:my|the|from)\s+)?(?:\w+\s+){0,2}?(?:residency|training)(?:\s+yet)?\b/g;

function negationsIn(clause: string, about?: (word: string) => boolean): number {
  // "Can't I…" / "Isn't it…" ask for confirmation of the positive; that auxiliary does not flip.
  // "a different match from the NRMP", "instead of a US residency": a contrast names what is
  // NOT the case, so it turns the proposition around like "not" (both sides are read this way).
  // (Telling the no-residency stage, "skip residency" or "without any residency", names a stage, as
  // one feature on both sides (circumstance.ts), not a proposition turned around.)
  // (…and so does a residency not yet finished, "I haven't finished residency yet": the member is
  // still in it, a stage told, not a proposition turned around.)
  // "Matched only to the prelim year, not to the advanced one": the "not" restates the "only"
  // (what the member has is the one thing), it does not turn the proposition around.
  const body = noResidencyTold(clause)
    .rest.replace(SUBSTITUTE_WITHOUT, '$1 standing in for').replace(NOT_STATUS, ' non $1').replace(ONLY_NOT, '$1').replace(NOT_YET_FINISHED, ' still in residency ').replace(NEGATED_AUX, '').replace(NEGATED_AUX_INSIDE, '$1').replace(CONTRAST, ' not ').replace(OMISSION, (_m, object?: string) => ` not ${object ?? ''}`);
  let n = body.match(NEGATIVE_EVALUATION)?.length ?? 0;
  const words = body.split(/[^a-z0-9]+/).filter(Boolean);
  words.forEach((w, i) => {
    if (!new RegExp(`^(?:${NEGATOR_WORDS})$`).test(w)) return;
    if (!about) {
      n++;
      return;
    }
    // The negated words: up to four after the negator, skipping auxiliaries and articles.
    const after = words.slice(i + 1, i + 6).filter((x) => !FILLER.test(x));
    if (after.slice(0, 3).some(about)) n++;
  });
  return n;
}

export type QuestionType = 'when' | 'how-many' | 'how-long' | 'who' | 'where' | 'why' | 'which' | 'how' | 'what' | 'yes-no' | 'other';

/** What kind of answer the question wants: a time, a number, a person, a yes or no… */
export function questionType(text: string): QuestionType {
  const c = questionClause(text);
  if (/\bhow (?:many|much)\b|\bnumber of\b/.test(c)) return 'how-many';
  if (/\bhow (?:long|old)\b|\bduration\b/.test(c)) return 'how-long';
  // (…and "when" put last, as members type it: "results come out when?", "deadline is when??".)
  if (/^(?:when|by when)\b|\bwhen (?:should|do|does|is|can|will|are)\b|\b(?:what|which) (?:time|month|date|day|week)\b|\bhow (?:early|soon|late)\b|\btimeline\b|\bwhen\W*$/.test(c)) return 'when';
  if (/^who\b|\bwho (?:should|can|is|do)\b|\bfrom whom\b/.test(c)) return 'who';
  if (/^where\b|\bwhere (?:should|do|can|in)\b/.test(c)) return 'where';
  if (/^why\b/.test(c)) return 'why';
  if (isYesNoQuestion(text)) return 'yes-no';
  if (/^which\b/.test(c)) return 'which';
  if (/^how\b/.test(c)) return 'how';
  if (/^(?:what|whats)\b/.test(c)) return 'what';
  return 'other';
}

/**
 * What the time words of a clause are anchored to: "go home 2 yrs before fellowship" →
 * ["fellowship"], "go home for two years after a J-1" → ["a j-1"]. A question that asks whether
 * something must happen before one event is not answered by a phrasing about what happens after
 * another ("must I go home before my fellowship?" is not "must I go home after the J-1?").
 * Anchors that only point back ("before it", "after that") say nothing and are left out; so is
 * "until", which says how long ("keep working until next cycle"), not what comes first.
 */
export function timeAnchors(clause: string): string[] {
  const out: string[] = [];
  const re = /\b(?:before|after|prior to|ahead of)\s+((?:[a-z0-9'-]+[ \t]*){1,6})/g;
  for (const m of normalizeText(clause).matchAll(re)) {
    // Up to the next clause break: "before fellowship or can j1 continue" anchors on "fellowship".
    const words = (m[1] ?? '').trim().split(/\s+/);
    const stop = words.findIndex((w) => /^(?:or|and|but|so|if|then|because|since|while|when)$/.test(w));
    const anchor = (stop < 0 ? words : words.slice(0, stop)).join(' ');
    if (anchor && !/^(?:it|that|this|them|then|now|so|which)\b/.test(anchor)) out.push(anchor);
  }
  return out;
}
