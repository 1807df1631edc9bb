/**
 * Situations of newcomer trial 19 (an H-4 EAD pediatrician without a residency yet) whose curated
 * answers (knowledge/faq.yaml, block "ask61 (trial 19)") must answer only what they were written
 * for. Round ask60 let them compete freely and, joined with the rest, they took questions that
 * older answers settle better: "can I start residency on the EAD? what if my husband loses his
 * H-1B?" asks first whether an EAD is enough (the EAD answer covers both parts), and the extra
 * words ("start residency", "July") pushed a pending-EAD question below its answer. So each entry
 * here may answer only a question that carries its meaning, read from what is asked, not from one
 * wording (the same pattern as trial18-situations.ts).
 */
import { lacksTold } from './negation.js';
import { familyIllnessToPrograms } from './own-standing.js';
import { normalizeText } from './text.js';

/** The member's H-4 or its work permit, named in any common form (normalizeText folds "H-4" to "h4"). */
const H4_OR_EAD = /\b(?:h4|ead|work permit|employment authori[sz]ation)\b/;
/** A spouse or partner, the principal of an H-4. */
const SPOUSE = /\b(?:husband|wife|spouse|partner|hubby)s?\b/;
/** The principal losing the H-1B or the job it rests on, however it is put. */
const PRINCIPAL_LOSS =
  /\b(?:los[et]s?|losing|laid off|lay (?:him|her|them) off|layoffs?|fired|let go|terminated|revoked|cancel+ed|denied|ends?|ended|ending|quits?)\b/;
/** Training on the permit asked about in its own right ("can I start residency on the EAD?", "is that possible?"). */
const TRAINING_ON_PERMIT =
  /\b(?:can|could|may|will|would|do|does|is|are)\b[^?]{0,40}\b(?:start|begin|join|do|train|work|accept\w*|take|possible|allowed|enough|ok|okay)\b|\bis (?:that|this|it) (?:possible|allowed|ok|okay|enough)\b/;
/** Travel out of the US and back. */
const TRAVEL =
  /\b(?:travel\w*|fly|flying|flight|trip|visit\w*|leave the (?:us|usa|country|states)|go (?:home|back home|abroad)|come back|coming back|re-?ent(?:er|ry)\w*|return (?:to the (?:us|usa|states)|on|with))\b/;
/** The two sponsored alternatives to a permit, named as an option. */
const SPONSORED = /\b(?:j1|h1b)\b/;
const ACCEPT = /\b(?:accept\w*|take|takes|taking|allow\w*|ok with|fine with|recogni[sz]e\w*|enough|work for)\b/;

/** The message split into the parts it asks, for readings that must see which part asks what. */
function parts(t: string): string[] {
  return t
    .split(/[?.;:]+|,? (?:and|but) (?=if|what|how|can|will|do|does|is)\b/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * The principal's H-1B or job lost, asked as what it does to the member's permit or training,
 * and no other part asking whether training on the permit is possible at all (that two-part
 * question is answered by the EAD answer, which speaks to both).
 */
export function principalLossAsked(t: string): boolean {
  if (!H4_OR_EAD.test(t)) return false;
  const loss = (p: string): boolean => (SPOUSE.test(p) || /\bh1b\b/.test(p)) && PRINCIPAL_LOSS.test(p);
  const ps = parts(t);
  if (!ps.some(loss)) {
    // (The permit ending before training would: a renewal to plan, told with training.)
    return /\b(?:expir\w*|runs? out|ends?)\b[^?]{0,30}\bbefore\b[^?]{0,30}\b(?:residency|training|fellowship)\b/.test(t);
  }
  // (That other part may point back to the permit named before it: "Residency on an H-4 EAD: is that possible?")
  return !ps.some((p) => !loss(p) && !SPOUSE.test(p) && TRAINING_ON_PERMIT.test(p));
}

/** Leaving the US and coming back on the member's own H-4 or EAD (the stamp, the card at the border). */
export function h4TravelAsked(t: string): boolean {
  return (H4_OR_EAD.test(t) || /\b(?:visa )?stamp\b/.test(t)) && TRAVEL.test(t) && !/\b(?:step ?3|interview\w*)\b/.test(t);
}

/** Whether programs take an H-4 EAD, asked together with the sponsored visas as the other way. */
export function eadOrSponsoredAsked(t: string): boolean {
  // (The EAD itself is what programs are asked to take: "should I take a J-1?" is the switch, an answer of its own.)
  const eadAccepted = new RegExp(`${ACCEPT.source}[^?]{0,30}\\b(?:h4|ead)\\b|\\b(?:h4|ead)\\b[^?]{0,20}\\b(?:accepted|enough|allowed|ok|okay|fine)\\b`).test(t);
  return eadAccepted && SPONSORED.test(t) && !PRINCIPAL_LOSS.test(t);
}

/**
 * A green card arriving while the member trains, asked as whom to tell or as what it changes for
 * them ("does it change anything for me?": the same answer, newcomer trial 21, where the bare
 * question got the "a permanent resident still needs ECFMG" answer meant for applicants).
 */
export function greenCardMidTraining(t: string): boolean {
  return (
    /\b(?:green card|i-?485|permanent residen\w*)\b/.test(t) &&
    /\b(?:during|while|in the middle of|mid)\b.{0,40}\b(?:residency|fellowship|training|resident)\b|\b(?:resident|residency)\b.{0,40}\b(?:green card|i-?485)\b/.test(t) &&
    (/\b(?:tell|inform|notify|update|report|let)\b.{0,30}\b(?:programs?|gme|hr|employer|pd)\b/.test(t) ||
      /\b(?:change\w* (?:anything|something|much)|what (?:changes|will change|would change|happens)|(?:make|makes) (?:a|any) difference|affect\w* (?:me|my))\b/.test(t))
  );
}

const STEP3 = /\bstep ?(?:3|three|iii)\b/;
/** Step 3 sat before any residency, asked as whether it is worth doing now. */
export function step3BeforeResidencyAsked(t: string): boolean {
  if (!STEP3.test(t)) return false;
  const now = /\b(?:now|right now|this year|before (?:i )?(?:even )?(?:the match|match\w*|residency|get\w*|hav\w*|start\w*|apply\w*)|while (?:i am |im )?(?:still )?(?:applying|waiting)|no residency|without (?:a )?residency|yet)\b/.test(t);
  const advice = /\b(?:should|worth|recommend\w*|smart|wise|help|good idea|advis\w*|better)\b/.test(t);
  // (Before or during residency, asked as a choice, has its own curated answer: step3-before-or-during-residency.)
  const choice = /\bor (?:during|in|after) (?:my |the )?residency\b|\b(?:during|in) residency or\b/.test(t);
  return now && advice && !choice && !/\b(?:where|outside|abroad|from (?:home|india|pakistan|egypt)|attempts?|tries|fail\w*)\b/.test(t);
}

/** A quality, abstraction or data job, asked as informatics experience. */
export function dataJobAsInformatics(t: string): boolean {
  const job = /\b(?:abstract(?:or|ion|ing)|quality (?:analyst|team|reporting|department|job|role|coordinator|officer)|data analyst|health data|analyst (?:job|role|position)|(?:bi|business intelligence|reporting) (?:analyst|developer))\b/.test(t);
  const informatics = /\binformatics\b/.test(t) && /\b(?:count\w*|experience|work|seen as|consider\w*|real|qualif\w*|relevant)\b/.test(t);
  return job && informatics && !/\b(?:usce|clinical experience|clinical work)\b/.test(t);
}

/** The member's own years ahead: when residency would end and the CI fellowship begin. */
export function ownRouteDatesAsked(t: string): boolean {
  const when = /\b(?:when|what year|which year|timeline|how many years|by when)\b/.test(t);
  const ownStart = /\b(?:(?:if|once|say|assuming|suppose|supposing|after|when) i (?:match\w*|get|start\w*|begin\w*|join\w*)|counting from|from (?:my )?residency start|(?:my )?residency start\w*)\b/.test(t);
  const fellowship = /\b(?:fel+o\w*|ci|informatics|boards?)\b/.test(t);
  // One's own years ahead are a finish or a start; "when does the match close for ranking, and when
  // will I hear if I matched?" asks this season's calendar (the AMIA dates), not the member's years.
  const ahead = /\b(?:finish\w*|start\w*|begin\w*|complete\w*|done|end\w*|graduat\w*|eligible|years?)\b/.test(t.replace(/\b(?:if|once|when|after) i (?:match\w*|get)\b/, ' '));
  const calendar = /\b(?:hear|results?|rank\w*|close\w*|deadlines?)\b/.test(t);
  // ("Can I shift to H-1B when I start the fellowship?" asks a change of status, not the years.)
  const change = /\b(?:shift\w*|switch\w*|chang\w*|convert\w*|transfer\w*)\b/.test(t);
  return when && ownStart && fellowship && ahead && !calendar && !change;
}

const CHECKS: Readonly<Record<string, (t: string) => boolean>> = {
  // (The older EAD answer shares the loss phrasings, since it speaks to both parts of "can I train
  // on the EAD, and what if he loses the H-1B?"; a question only about the loss goes to the
  // answer written for it.)
  'h4-ead-training': (t) => !principalLossAsked(t),
  'h4-principal-loses-h1b': principalLossAsked,
  'h4-travel-visa-stamp': h4TravelAsked,
  'h4-ead-accepted-or-visa': eadOrSponsoredAsked,
  'green-card-during-training': greenCardMidTraining,
  'step3-now-before-residency': step3BeforeResidencyAsked,
  'quality-data-job-informatics': dataJobAsInformatics,
  'own-route-dates': ownRouteDatesAsked,
  // A relative's illness told to programs now, not a gap to explain.
  'family-illness-tell-programs': (t) => familyIllnessToPrograms(t) && !/\bgaps?\b/.test(t),
};

/**
 * An H-4 work permit told as not yet granted ("still processing", "applied, nothing yet") with
 * starting training asked: the member is on H-4 alone, whose answer must win however many other
 * words ("July 1", "start residency") the message shares with other answers.
 */
export function pendingPermitStartAsked(question: string): boolean {
  const t = normalizeText(question);
  const { told, rest } = lacksTold(question);
  return (
    told &&
    /\bh-?4\b/i.test(rest) &&
    /\b(?:ead|work permit)\b/.test(t) &&
    /\b(?:start|begin|join|do|train)\w*\b[^?]{0,30}\b(?:residency|fellowship|training|program|pgy ?1|in july|on july)\b/.test(t) &&
    !principalLossAsked(t)
  );
}

/**
 * The H-4 situations above, and a relative's illness told to programs, are the member's own
 * standing, told in words no other answer is written for: when a question carries one, its answer
 * answers (pinned.ts), however far the member's words are from its phrasings.
 */
const PINNED_IN_ORDER = [
  'h4-principal-loses-h1b',
  'h4-travel-visa-stamp',
  'h4-ead-accepted-or-visa',
  'green-card-during-training',
  'family-illness-tell-programs',
  // (Advice on sitting Step 3 now is not whether one may sit it: step3-without-residency answers that.)
  'step3-now-before-residency',
  'own-route-dates',
] as const;
export function trial19Pinned(question: string): string | undefined {
  const t = normalizeText(question);
  return PINNED_IN_ORDER.find((id) => CHECKS[id]?.(t));
}

/** The curated answers above: each may answer only a question its check accepts. */
export const TRIAL19_ENTRIES: ReadonlySet<string> = new Set(Object.keys(CHECKS));

/** Whether a trial-19 entry may answer this question. */
export function trial19EntryFits(entryId: string, question: string): boolean {
  return CHECKS[entryId]?.(normalizeText(question)) ?? true;
}
