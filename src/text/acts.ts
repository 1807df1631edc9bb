/**
 * Speech acts and scope, read per sentence and per clause: is the member asking, requesting,
 * offering, promising or setting a condition, and is that act negated, hypothetical or only a
 * quoted rule ("I understand programs may not ask…")? Patterns run on a sentence's `canon` form
 * (lower case, contractions spelled out), so "couldn't you" and "could not you" are one case.
 */
import type { Sentence } from './document.js';

/** A clause of a sentence: its canon text and where it starts in `canon`. */
export interface Clause {
  text: string;
  offset: number;
}

/** Contrast words start a new clause: "I know you cannot say, but any hint would help." */
const CLAUSE_BREAK =
  /\s*(?:;|,?\s+\b(?:but|however|though|although|yet|that said|nevertheless|nonetheless|still|even so)\b\s*,?|,\s*so\b\s*,?|\s+so (?=(?:i|we|you|it|they|the|this|that|my)\b)|\s-\s)\s*/g;

export function clausesOf(s: Sentence): Clause[] {
  const out: Clause[] = [];
  let last = 0;
  for (const m of s.canon.matchAll(CLAUSE_BREAK)) {
    out.push({ text: s.canon.slice(last, m.index), offset: last });
    last = m.index + m[0].length;
  }
  out.push({ text: s.canon.slice(last), offset: last });
  return out.filter((c) => c.text.trim());
}

/** Auxiliaries that open a question; "should", "were" and "had" more often open a condition. */
const AUX = 'do|does|did|is|are|am|was|will|would|could|can|may|have|has|shall';

/** A direct question: a question mark, or an auxiliary put before its subject at the start. */
export function isQuestion(text: string): boolean {
  // A word before the auxiliary is a vocative only with its comma ("Sir, is there…"); without one
  // it is the subject of a statement ("This is my last chance", "Riverside is my first choice").
  // "…it should go both ways, you know?": a spoken tag, not a question ("…, right?" still asks).
  if (/\?/.test(text.replace(/,?\s*you know\s*\?+\s*$/, '.'))) return true;
  return new RegExp(
    `^(?:(?:and|but|so|also|then|now|please|like|well|ok|okay|or)\\s*,?\\s+|(?:sir|madam|dr\\.? \\w+|\\w+)\\s*,\\s+)?(?:${AUX})(?: not)? (?:i|you|we|there|my|your|it|this|the|that|they)\\b`,
  ).test(text.trim());
}

/**
 * A request in any politeness register: "could you let me know", "I would be grateful to know",
 * "I was wondering whether", "any indication would help", "kindly advise", "may I ask".
 */
const REQUEST: readonly RegExp[] = [
  /\b(?:could|can|would|will|might|may) you (?:\w+ ){0,3}(?:let me know|tell|share|inform|indicate|confirm|advise|give|provide|say|reveal|disclose|clarify|update|comment|offer|send|help|assure|promise|guarantee|commit|consider|keep me|signal|suggest|hint|explain|discuss|answer|mention|let me)\b/,
  /\b(?:please|kindly|do) (?:\w+ )?(?:let me know|offer|give|guarantee|assure|promise|commit to|reserve|hold|rank|take|accept|tell|share|inform|indicate|confirm|advise|give|provide|reveal|clarify|update|comment|assure|keep me|send|respond|reply|consider)\b/,
  /\b(?:let me know|keep me (?:posted|informed|updated)|get back to me)\b/,
  // Session 28 (text44): the relief an answer would bring is the ask too ("I would be reassured to
  // learn…", "comforted to hear…"): a CLASS of words of ease, since each says the member wants to know.
  /\bi (?:would|should|will|shall) (?:be )?(?:\w+ )?(?:grateful|thankful|appreciative|obliged|indebted|glad|happy|delighted|pleased|relieved|reassured|comforted|calmed|eased|at ease|at peace)\b.{0,60}\b(?:if you|to (?:know|hear|learn|understand|receive|get|find out|have)|for (?:any|some|your|a|an)|any)\b/,
  /\bi (?:would|will|should) (?:\w+ )?(?:appreciate|welcome|value|treasure)\b/,
  // The thing asked for as the subject of thanks: "any guidance would be greatly appreciated".
  /\b(?:would|will) be (?:\w+ )?(?:appreciated|welcomed?|valued|a (?:\w+ )?(?:help|relief|comfort))\b/,
  /\b(?:i|we) (?:would|'d)? ?(?:(?:only|just|really|simply|truly|also|still) )?(?:love|like|want|wish|hope|need|needed|wanted|was hoping|am hoping|am eager|was eager|am keen|am curious|was curious|am anxious|am interested|am dying|am desperate|am itching|am longing) to (?:\w+ )?(?:know|hear|learn|understand|find out|ask|inquire|enquire|confirm|check whether|check if|verify|clarify|get a sense|have a sense|have an idea|get an idea|see)\b/,
  // Session 29 (text46): the answer wished for as a thing to have: "I would love a general sense of
  // whether…", "I'd value your view on how…".
  /\b(?:i|we) (?:would|'d|should) (?:\w+ )?(?:love|like|value|welcome|appreciate|be glad of|be grateful for) (?:a|an|any|some|your) (?:[\w-]+ ){0,2}?(?:sense|idea|view|indication|read|picture|impression|word|answer|estimate|feeling) (?:of|on|about|as to|regarding) (?:whether|if|how|where)\b/,
  /\bi (?:wonder|wondered|was wondering|am wondering|am curious|was curious|am not sure|was not sure|am unsure)\b/,
  // A size word does not change the ask: "any little sign", "some small indication".
  // Any one quality word too: "any honest guidance", "some frank feedback".
  // Session 28 (text44): whatever the program could share, set as the subject of the relief it
  // would bring ("anything you felt able to share about whether… would take a real weight off").
  /\b(?:anything|whatever|something|what little) (?:\w+ ){0,5}?(?:share|tell|say|offer|let me know|indicate|disclose)\b[^.]{0,160}\b(?:would|will|could|might) (?:\w+ ){0,3}(?:help|mean|lift|take|ease|settle|put|give|be|let|allow)\b/,
  /\b(?:any|some|a little|a small|the slightest|even a|even the smallest|even the slightest|just a)(?: (?:little|small|tiny|slight|brief|short|quick|single|honest|frank|candid|realistic|general|rough|informal|further|additional|kind))? (?:indication|insight|feedback|information|sense|idea|hint|signal|clarity|guidance|word|news|update|reassurance|assurance|confirmation|clue|sign|light)\b/,
  /\bis (?:it|there any way|there a way) (?:\w+ ){0,3}(?:possible|okay|ok|appropriate|acceptable) (?:for you |for me )?to (?:know|tell|share|learn|get|ask|hear|find out)\b/,
  /\bmay i (?:please |kindly |humbly )?(?:ask|know|inquire|enquire|request|learn|hear)\b/,
  // (Round twenty-seven: an adverb inside the modal phrase too, "I would only ask for", "we must
  // respectfully ask that".)
  /\b(?:i|we) (?:\w+ly )?(?:ask|am asking|request|am requesting|beg|(?:would|must|will|'d) (?:only |just |simply |also |then |humbly |kindly |respectfully |therefore )?(?:ask|request)|want to ask|would like to ask|would like to request)(?: only| just| simply| humbly| kindly)? (?:you|that|whether|if|for|about|to (?:know|learn|hear|be told|be informed|understand))\b/,
  /\b(?:if|should|whether) (?:there is any way |there's any way )?(?:you|it|the (?:\w+ )?(?:program|committee|team)) (?:\w+ ){0,6}?(?:tell|let me know|share|indicate|confirm|assure|reassure|guarantee|give me|offer me|provide|promise|signal|hint|say|inform|advise|update|commit|reveal|disclose)\b/,
  /\b(?:ask|asking|wonder\w*|check\w*|know|inquir\w*|enquir\w*|learn|find out|confirm|clarify|verify|hear|touch base|follow(?:ing)? up),? (?:\w+,? ){0,4}(?:whether|if)\b/,
  // An ask said as the note the member hopes for: "a short note on whether I am still under
  // consideration would let me plan", "any word as to where things stand".
  /\b(?:a|any|some|one|just a|even a) (?:short |quick |brief |little |single )?(?:note|line|word|reply|email|message|update|sign|signal|indication|sense) (?:\w+ ){0,3}(?:on|about|as to|regarding|of) (?:whether|if|where|how)\b/,
  /\bit (?:would|will|could|might) (?:\w+ ){1,6}to (?:know|hear|learn|understand|find out|have (?:some|any|a) (?:\w+ )?(?:sense|idea|indication|word))\b/,
  /\bit (?:would|will|could|might) (?:\w+ )?(?:be (?:\w+ )?(?:helpful|useful|great|reassuring|wonderful|a relief|kind|appreciated|valuable)|be of (?:\w+ )?(?:help|use|value|assistance)|help(?: me)?|mean (?:a lot|the world|so much|a great deal))(?: (?:me|a lot|so much|greatly|immensely|enormously|tremendously|a great deal|hugely|really))*,? (?:even \w+,? )?(?:to|if|for me|for my)\b/,
  /\b(?:reassure|assure|tell|inform|advise|update) me\b/,
  // The program's view asked for as a thing the member would value: "your honest read on my prospects
  // would mean a great deal".
  /\b(?:your|a|an|any) (?:\w+ )?(?:read|take|view|opinion|assessment|thoughts?|perspective|impression|sense) (?:on|of|about|regarding) (?:my|where|how|whether)\b[^.]{0,80}\b(?:would|will|could) (?:\w+ )?(?:mean|help|be)\b/,
  /\b(?:i hope|hoping) (?:that )?you (?:can|could|will|would|might) (?:\w+ ){0,2}(?:let me know|tell|share|indicate|confirm|give|assure|reassure|promise|commit|guarantee|keep me)\b/,
  /\bi look forward to (?:hearing|learning|knowing|your) (?:\w+ ){0,3}(?:whether|if|where|how|about my|about where|your (?:decision|answer|assessment))\b/,
];

/**
 * A request put as a condition with thanks: "if there is anything you are able to share about…,
 * I would be so grateful", "if you could tell me…, it would mean a lot".
 */
const CONDITIONAL_REQUEST =
  /\bif (?:there is |there's )?(?:anything|any \w+|you|the committee|it) (?:\w+ ){0,5}?(?:share|tell|say|offer|provide|give|indicate|let me know|confirm)\b.{0,160}\b(?:i (?:would|will|should) (?:be|feel) (?:\w+ )?(?:grateful|thankful|appreciative|obliged|relieved|happy)|it would (?:\w+ )?(?:help|mean|be (?:\w+ )?(?:appreciated|helpful)))/;

export function isRequest(text: string): boolean {
  if (CONDITIONAL_REQUEST.test(text)) return true;
  return REQUEST.some((re) => re.test(text));
}

/**
 * A clause that only states the rule or the member's understanding of it: "I understand that
 * programs cannot discuss rankings", "NRMP rules do not allow…", "applicants and programs rank
 * independently". The topic words in it are not the member's own ask or offer.
 */
const UNDERSTANDING: readonly RegExp[] = [
  /(?:^|[,;:] |\band |\bbut |\bfully |\bcompletely )(?:i|we) (?:\w+ )?(?:know|understand|realize|realise|appreciate|am aware|recognize|recognise|respect|acknowledge|accept|have read|have learned|was told|have been told|remember)\b/,
  /\b(?:rules?|polic(?:y|ies)|guidelines?|code of conduct|agreement|nrmp|amia|the match|match (?:rules|policy|agreement|code)|regulations?)\b.{0,80}\b(?:prohibit|forbid|bar|ban|prevent|do not allow|does not allow|not allowed|not permitted|may not|can not|cannot|should not|restrict|require|say|state)/,
  /\b(?:programs?|applicants?|candidates?|each side|both sides|both parties|each party)\b.{0,60}\b(?:independent(?:ly)?|on their own|separately|confidential(?:ly)?|not (?:allowed|permitted|supposed)|may not|can not|cannot|should not)\b/,
  /\bindependent(?:ly)?\b.{0,40}\b(?:rank|ranking|decision|list)/,
];

export function isUnderstanding(text: string): boolean {
  return UNDERSTANDING.some((re) => re.test(text));
}

/** "I am not asking…", "I would never ask…", "I do not expect you to tell me…". */
const NEGATED_ASK =
  // "I would not hesitate to put you first" says yes more strongly (session 24), as in NEGATION.
  /\b(?:not|never|no need to|without)(?! (?:\w+ )?hesitat\w*\b) (?:\w+ ){0,2}(?:ask|asking|expect|expecting|request|requesting|seek|seeking|want you to|wanting you to|trying to (?:find out|learn|ask)|need you to|pressur\w*|put you)\b|\bno (?:need|expectation|pressure) (?:to|for|of)\b/;

/**
 * A negation that softens the ask rather than withdrawing it: "if it is not rude to ask", "I hope
 * it is not impolite to ask", "forgive me if this is not proper to ask" (the whole class of propriety,
 * with or without its negative prefix), "if you don't mind my asking". The ask still stands.
 */
const POLITE_NEGATION =
  /\b(?:if|i hope|hopefully|assuming|provided|as long as) (?:it|this|that) (?:is|'s|would be|was|will be) not (?:\w+ )?(?:rude|impolite|improper|inappropriate|proper|appropriate|polite|acceptable|allowed|permitted|okay|ok|correct|presumptuous|forward|out of place|too much|wrong|a problem|an imposition|intrusive|unprofessional)(?: (?:of me|on my part))?(?: to (?:ask|enquire|inquire|write|raise this))?\b|\b(?:if|i hope) you (?:do not|don't|will not|won't) mind (?:my|me) (?:asking|enquiring|inquiring)\b/g;

export function isNegatedAsk(text: string): boolean {
  return NEGATED_ASK.test(text.replace(POLITE_NEGATION, ' '));
}

/**
 * The member's own act of offering negated: "I am not offering to rank you first in exchange for
 * anything", "I would never propose a trade". The trade words that follow are what is refused.
 */
export const NEGATED_OFFER =
  /\b(?:not|never|no intention of|without) (?:\w+ ){0,2}(?:offer|offering|propose|proposing|suggest|suggesting|bargain\w*|trade|trading|making (?:a|any) (?:deal|trade|offer|bargain))\b/;

/** A clause that sets a condition or a trade. */
export const CONDITION =
  /\b(?:on the (?:understanding|basis|assumption) that|with the understanding that|(?:once|as soon as|the moment|the minute|the day) i (?:\w+ )?(?:hear|know|learn|see|am told|get word|receive|(?:have|get|got|gain) (?:a|an|some|any) (?:\w+ )?(?:sense|idea|indication|signal|picture))|if|provided(?: that)?|as long as|so long as|on (?:the )?condition|in exchange|in return|in turn|should (?:you|the|your|it)|were (?:you|the|your) |were i to |had (?:you|the) |once you|only if|assuming|given that you|in case|when you|whenever you|unless)\b/;

/** A commitment or offer in first person (future, modal or explicit promise). */
export const FIRST_PERSON_COMMIT =
  /\bi (?:will|would|shall|can|could|am going to|am willing to|am prepared to|am ready to|am happy to|would be (?:happy|glad|willing|prepared|ready) to|promise(?: to)?|commit(?: to)?|guarantee|pledge|assure you|give you my word|am committed to)\b/;

/** Negation in a stretch of canon text; "no hesitation", "without a doubt" say yes more strongly. */
export const NEGATION =
  /\b(?:not|never|no|nor|neither|nothing|without|cannot|hardly|rather than|instead of)\b(?! (?:\w+ )?(?:hesitat\w*|doubts?|question|reservations?|second thoughts?)\b)/;

/** Hypotheticals and reported speech: "if someone asked where they stand", "a friend asked". */
export const SOMEONE_ELSE =
  /\b(?:a friend|my friend|friends|a colleague|colleagues|other applicants|another applicant|some applicants|people|someone|somebody|others|they|he|she)\b (?:\w+ ){0,4}?(?:asked|ask|asks|said|told|wrote|write|writes|offered|offer|offers|promised|mentioned|mentions|described|describes|reported|heard|was asked|were asked)\b/;

/** The clause of a sentence containing canon offset `at`. */
export function clauseAt(s: Sentence, at: number): Clause {
  const cs = clausesOf(s);
  return cs.filter((c) => c.offset <= at).pop() ?? cs[0] ?? { text: s.canon, offset: 0 };
}
