/**
 * Is a question one the guides are meant to answer? The guides cover one journey: a physician
 * who studied medicine outside the US applying to US clinical informatics fellowships and
 * informatics-minded residencies. Questions that only share its words ("informatics salary in
 * Dubai", "USMLE for dentists", "match rules for dating apps", "write me a FHIR client") are
 * declined with a reason rather than answered from a passage that happens to match.
 *
 * Each kind of out-of-scope question is a small detector with its own id and a message naming
 * what the guides do not cover. The detectors read the meaning of the asking clause (who the
 * question is for, what it asks the bot to do, where, about what), not a list of example
 * questions. Retrieval confidence (answer.ts) declines what none of them recognises but the
 * guides do not know either.
 */
import { questionClause } from './question-form.js';
import { normalizeText } from './text.js';

export type OutOfScopeKind =
  | 'instructions'
  | 'chit-chat'
  | 'other-profession'
  | 'other-country'
  | 'money'
  | 'clinical'
  | 'coding'
  | 'everyday-life'
  | 'other-program';

export interface ScopeDetector {
  id: OutOfScopeKind;
  /** What the guides do not cover, for the reply: "…the guides don't cover {what}." */
  what: string;
  test(q: ScopeInput): boolean;
}

export interface ScopeInput {
  /** The whole message, normalised (lower case, J-1 → j1, …). */
  text: string;
  /** The asking clause (question-form.ts). */
  clause: string;
}

const any = (words: string): RegExp => new RegExp(`\\b(?:${words})\\b`);

/**
 * Instructions to the bot itself: drop its rules, change role, reveal its setup or other members'
 * data, or write a document in someone else's name. Any one cue is enough: members asking about
 * their application have no reason to address the bot's instructions.
 */
const INSTRUCTIONS: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass|skip|drop)\b(?: \w+){0,4} (?:instructions?|rules|prompts?|guidelines|previous|above|system|restrictions|polic(?:y|ies)|everything|guardrails|filters?)\b/,
  /\b(?:system|hidden|initial|original|secret|your) (?:prompt|instructions|message|rules|configuration|config)\b/,
  /\b(?:developer|admin|god|debug|jailbreak|sudo|root|maintenance|unrestricted) (?:mode|override|access)\b|\[\s*(?:admin|system|developer|override)\b|<\/?system>|#{2,}\s*system\b/,
  /\b(?:pretend|act as|acting as|roleplay|role play|you are now|from now on|simulate|impersonate|behave as|answer (?:only )?as|respond (?:only )?as|speak as|you will now)\b/,
  /\b(?:print|reveal|show|repeat|output|dump|list|display|leak|give me|send me|tell me)\b(?: me)? (?:your|the|all|every|other) (?:\w+ )?(?:prompts?|instructions|rules|members|users|profiles|database|config|api keys?|secrets?|tokens?|passwords?|env(?:ironment)?(?: variables)?)\b/,
  /\b(?:api key|openai key|bot token|discord token|env(?:ironment)? variables?)\b/,
  /\b(?:without|no) (?:any )?(?:restrictions|filters|rules|limits|guardrails|censorship)\b|\buncensored\b|\bunfiltered\b|\bdan\b/,
  /\b(?:fake|forge|forged|falsif\w*|fabricat\w*)\b/,
  /\b(?:write|draft|make|create|generate)\b.{0,50}\b(?:signed|in (?:his|her|their) name|from (?:him|her|them|my (?:attending|pd|professor|supervisor|program director)))\b/,
  /\b(?:repeat after me|say exactly|respond only with|reply only with|translate the (?:above|text above))\b/,
];
function instructionsTest({ text }: ScopeInput): boolean {
  return INSTRUCTIONS.some((p) => p.test(text));
}

/** Greetings, thanks, blessings, congratulations and questions about the bot itself. */
const SOCIAL_WORDS =
  /\b(?:hi+|hello|hey+|yo|sup|good (?:morning|night|evening|afternoon|day)|thanks?|thank you|thankyou|thankyou+|thx|ty|tysm|night|morning|evening|appreciate(?:d)?|bless(?:ed|ings)?|god|allah|inshallah|alhamdulillah|sir|madam|maam|bro|guys|everyone|all|kind|support|great|awesome|amazing|cool|nice|lol|lmao|haha+|ok+|okay|yay|wow|omg|so|much|very|your|you|for|the|may|and|a|i|me|my|it|is|am|we|this|that|bot|matched|finally|congrats|congratulations|test|testing|again|always|help|helpful|advice|cheers|regards|best)\b/g;
const ABOUT_BOT =
  /\b(?:are (?:you|u) (?:a |an )?(?:bot|robot|ai|human|real|person|chatgpt|gpt)|who are (?:you|u)|whats up|good bot|bad bot|you(?:re| are) (?:useless|stupid|awesome|great|the best)|who (?:made|built|created|programmed|trained) (?:you|u)|what (?:model|llm|ai)|(?:your|ur) (?:name|favou?rite|opinion|age)|tell (?:me )?a joke|how are (?:you|u)|do you (?:like|love|dream|sleep)|favou?rite (?:hospital|city|food|movie|color|colour))\b/;
function chitChatTest({ text }: ScopeInput): boolean {
  if (ABOUT_BOT.test(text)) return true;
  const rest = text
    .replace(/[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200d\ufe0f]/gu, ' ')
    .replace(SOCIAL_WORDS, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return rest.split(' ').filter((w) => w.length > 1).length === 0;
}

/** Someone who is not a physician, or a career path for one. */
const PROFESSIONS =
  'dentists?|dental|dds|bds|aegd|gpr|nurses?|nursing|bsn|rn|nclex|nurse practitioners?|pharmacists?|pharmacy|pharmd|naplex|ashp|physician assistants?|pa school|pa program|physiotherapists?|physical therapists?|occupational therapists?|respiratory therapists?|dietitians?|nutritionists?|vets?|veterinar\\w*|optometr\\w*|midwi\\w*|chiropract\\w*|paramedics?|emts?|radiographers?|sonographers?|lab technicians?|lab scientists?|medical technologists?|medical coders?|social workers?|software engineers?|developers?|data scientists? jobs?|psychologists?|counsell?ors?';
function otherProfessionTest({ text, clause }: ScopeInput): boolean {
  const self = new RegExp(`\\b(?:i am|im|i m|as|is|she is|he is|for|become|becoming|work as|working as|career as|job as) (?:a |an )?(?:\\w+ )?(?:${PROFESSIONS})\\b`);
  const path = new RegExp(
    `\\b(?:${PROFESSIONS})(?: \\w+){0,2} (?:school|residenc\\w*|license|licence|licensing|board|boards|exam|match|jobs?|positions?|careers?|program(?:me)?s?|students?|graduates?|visa|manager|lottery|fellowships?)\\b`,
  );
  // The profession is who the question is about: "can a dentist take…", "do nurses need…".
  const careerVerb = '(?:take|takes|become|apply|work|get|do|practi[cs]e|study|match|sit|enter|join|need|needs|go|switch|transfer|qualify)';
  const subject = new RegExp(
    `\\b(?:can|could|do|does|should|will|may|would) (?:a |an |the )?(?:${PROFESSIONS})(?: \\w+)? ${careerVerb}\\b|^(?:a |an )?(?:${PROFESSIONS}) (?:can|could|need|needs|want|wants) ${careerVerb}?`,
  );
  const exams = /\b(?:nclex|naplex|inbde|nbde|pance|cgfns|nbcot)\b/;
  return (
    exams.test(text) ||
    self.test(clause) ||
    path.test(clause) ||
    subject.test(clause) ||
    /\bfor (?:dentists|nurses|pharmacists|vets|veterinarians|physiotherapists|physician assistants)\b/.test(text)
  );
}

/** Another country's licensing, training or job market. */
const COUNTRIES =
  'uk|united kingdom|england|scotland|wales|ireland|australia|new zealand|nz|germany|austria|switzerland|france|netherlands|sweden|norway|denmark|finland|europe|eu|dubai|uae|emirates|abu dhabi|saudi|ksa|qatar|oman|kuwait|bahrain|gulf|singapore|malaysia|japan|canada';
const FOREIGN_SYSTEMS =
  /\b(?:plab|gmc|nhs|cesr|mrcp|mrcs|ukmla|foundation (?:jobs?|programme|program|year)|carms|mccqe\d?|lmcc|nac osce|amc (?:part|exam|mcq)|ahpra|nzrex|approbation|kenntnisprufung|kenntnisprüfung|fachsprach\w*|topol|dha|haad|doh license|scfhs|smle|prometric|dataflow|big registration|sdf|ielts|fmge|next exam|nmc|pmdc|hpcsa|kmle|neet pg)\b/;
function otherCountryTest({ text, clause }: ScopeInput): boolean {
  if (FOREIGN_SYSTEMS.test(text)) return true;
  const go = new RegExp(
    `\\b(?:work|working|practi[cs]e|practi[cs]ing|job|jobs|salary|salaries|register|registration|licen[cs]e|licensing|move|moving|migrate|relocate|doctors?|residency programs?|apply|applying|settle|become)\\b(?: \\w+){0,4} (?:in|to|for) (?:the )?(?:${COUNTRIES})\\b`,
  );
  return go.test(clause);
}

/** Pay, prices and personal finance. */
function moneyTest({ clause, text }: ScopeInput): boolean {
  return (
    /\b(?:salary|salaries|stipend|income|earn|earning|earnings|compensation|get paid|paid per|pay scale|how much (?:do|does|will|would|can) \w+(?: \w+)? (?:make|earn|get))\b/.test(clause) ||
    /\b(?:stocks?|shares|invest\w*|crypto\w*|bitcoin|credit (?:card|score|history)|loans?|mortgage|remit\w*|send money|money transfer|taxe?s|turbotax|cheapest|expensive|discount|coupon|refund|afford|budget|costs?|fees?|price|prices|pricing)\b/.test(clause) ||
    /\bhow much (?:is|are|does|do) (?:the |a |an )?\w+(?: \w+){0,3} (?:cost|fee|fees|registration|price)\b|\bhow much (?:does|do|is) it cost\b|\b(?:registration|application) fees?\b|\bprice of\b/.test(text)
  );
}

/** Clinical questions: doses, treatments, diagnoses, exam-bank cases, a child's fever. */
const DRUGS =
  'metformin|insulin|glp-?1|semaglutide|sglt2|warfarin|heparin|enoxaparin|apixaban|rivaroxaban|aspirin|statins?|atorvastatin|lisinopril|amlodipine|ibuprofen|paracetamol|acetaminophen|amoxicillin|ceftriaxone|vancomycin|piperacillin|azithromycin|nitrofurantoin|methimazole|ptu|levothyroxine|prednisone|steroids?|antibiotics?|antibiotic|opioids?|morphine|furosemide|metoprolol|losartan|omeprazole|pantoprazole|clopidogrel|digoxin|amiodarone|sertraline|fluoxetine|ciprofloxacin|doxycycline|clindamycin|gentamicin|ondansetron|ketorolac|tramadol|hydrochlorothiazide';
function clinicalTest({ text, clause }: ScopeInput): boolean {
  const informatics = /\b(?:alert|alerts|ehr|emr|cds|decision support|order set|informatics|fhir|hl7|interview|fellowship|residency|match)\b/;
  if (new RegExp(`\\b(?:${DRUGS})\\b`).test(text) && /\b(?:dose|dosing|dosage|start|give|should|which|what|first.line|empiric|empirical|nomogram|or|target|targets)\b/.test(clause)) return true;
  if (/\b(?:inr|aptt|hba1c|a1c|qsofa|egfr|troponin)\b/.test(text) && /\b(?:what to do|manage|target|exact|code|dose|should)\b/.test(text)) return true;
  if (/\b(?:uworld|amboss|nbme|qbank) (?:q|question|case)\b/.test(text)) return true;
  if (/\b(?:presents? with|presenting with|year old (?:man|woman|male|female|patient)|patient (?:with|has|is)|differential diagnosis|workup for|work up for)\b/.test(text) && !informatics.test(clause)) return true;
  if (/\b(?:\d+\s?(?:yo|y\/o|year.old|month.old|[mf]\b)|my (?:\d+ year old|child|son|daughter|baby|mother|father|wife|husband) (?:has|had|is))/.test(text) && !informatics.test(clause)) return true;
  if (/\b(?:treat|treatment|manage|management|diagnos\w*|symptoms?|side effects?|first.line|guidelines? for (?:starting|treating|managing))\b.{0,30}\b(?:of|for|in|with)\b/.test(clause) && !informatics.test(clause)) return true;
  if (/\bexact (?:loinc|icd|icd.?10|snomed|cpt|rxnorm) code\b|\b(?:loinc|icd|icd.?10|snomed|cpt) code for\b/.test(text)) return true;
  return false;
}

/** Asking the bot to write or fix code, queries or formulas, or choose tools for a software project. */
function codingTest({ text, clause }: ScopeInput): boolean {
  const lang = 'java|javascript|typescript|python|sql|r script|c\\+\\+|c#|regex|excel formula|formula|latex|bash|powershell|code|script|query|function|api client';
  if (new RegExp(`\\b(?:write|give|show|send|generate|fix|debug|correct|optimi[sz]e)\\b(?: \\w+){0,3} (?:${lang})\\b`).test(clause)) return true;
  if (/\b(?:query|script|function|formula|regex|code|snippet)\b(?: \w+){0,2} (?:to|for|that) (?:count|parse|pull|extract|match|calculate|compute|join|select|find|get)\b/.test(clause)) return true;
  if (/\b(?:docker|kubernetes|github|gitlab|npm|pip|xgboost|lstm|pytorch|tensorflow|sklearn|scikit|pandas|numpy|dataframe|left join|inner join|exit code|stack trace|traceback|segfault|compile error|syntax error|null pointer|class imbalance|oauth|react|django|flask|vs ?code|jupyter)\b/.test(text)) return true;
  if (/\b(?:build|make|create|code)\b(?: \w+){0,3} (?:app|website|chatbot|bot|dashboard in (?:python|r|tableau))\b/.test(clause) && /\b(?:how|help|can you)\b/.test(clause)) return true;
  if (/\bfix my\b.{0,30}\b(?:template|code|script|css|latex|layout)\b/.test(text)) return true;
  return false;
}

/** Admission to other kinds of programs: MBA, law school, a PhD, medical school itself. */
function otherProgramTest({ text }: ScopeInput): boolean {
  return /\b(?:mba|law school|business school|grad(?:uate)? school admissions?|phd (?:program|admission)s?|mph (?:program|admission)s?|medical school admissions?|mcat|gre|gmat|lsat|undergrad(?:uate)? admissions?|college admissions?)\b/.test(text);
}

/** Everyday US life and family matters that are not training: housing, driving, taxes, dating, family visas. */
function everydayTest({ text, clause }: ScopeInput): boolean {
  if (/\b(?:apartment|rent(?:al|ing)?|lease|landlord|ssn|social security number|driv(?:e|ing|er'?s?) licen[cs]e|drive in|car insurance|health insurance|phone plan|bank account|dating|tinder|bumble|girlfriend|boyfriend|wedding|restaurant|weather|flight tickets?|cheap flights?|movie|football|cricket|gym|tourist visa|visitor visa|b1|b2|b1b2|h4|h-4|f1 visa|green card lottery|dv lottery|h1b lottery)\b/.test(text)) return true;
  if (/\bvisa for (?:my )?(?:parents|mother|mom|father|dad|family|wife|husband|spouse|kids?|children|son|daughter|sister|brother|relatives?)\b/.test(text)) return true;
  if (/\b(?:my )?(?:husband|wife|spouse|partner|parents|kids?|children)\b.{0,40}\b(?:work|visit|visa|job|school)\b/.test(clause) && !/\b(?:j1|h1b|o1|hardship|waiver)\b/.test(clause)) return true;
  return false;
}

export const SCOPE_DETECTORS: readonly ScopeDetector[] = [
  { id: 'instructions', what: 'requests to change how I work, reveal my setup or write documents in someone else\'s name', test: instructionsTest },
  { id: 'other-profession', what: 'other health professions (nursing, dentistry, pharmacy, PA and others) or other careers', test: otherProfessionTest },
  { id: 'other-country', what: "other countries' licensing, training or job markets (UK, Canada, Australia, Germany, the Gulf…)", test: otherCountryTest },
  { id: 'coding', what: 'writing or fixing code, queries or formulas', test: codingTest },
  { id: 'clinical', what: 'clinical questions (doses, treatments, diagnoses): ask a clinician or a clinical reference', test: clinicalTest },
  { id: 'money', what: 'salaries, fees, prices or personal finance', test: moneyTest },
  { id: 'other-program', what: 'admission to other kinds of programs (MBA, law school, PhD, medical school itself)', test: otherProgramTest },
  { id: 'everyday-life', what: 'everyday life in the US (housing, driving, taxes, family visas)', test: everydayTest },
  { id: 'chit-chat', what: 'small talk', test: chitChatTest },
];

/** The first detector that recognises the question as out of scope, if any. */
export function outOfScope(question: string): ScopeDetector | undefined {
  const input: ScopeInput = { text: normalizeText(question), clause: questionClause(question) };
  return SCOPE_DETECTORS.find((d) => d.test(input));
}
