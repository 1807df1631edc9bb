/**
 * Out-of-scope meanings that session 31's blind questions showed the detectors missed (round
 * ask62). Each reads what is asked for, not one phrasing: being taught or quizzed on an exam's
 * content, another specialty's fellowship asked about for itself, filing taxes, and contact
 * details of program staff asked for (often on a claimed authority). Near-misses that stay in
 * scope: how Step 1 pass/fail weighs for an IMG, a cardiologist moving to a CI fellowship, how to
 * write to a coordinator, where a program lists its director.
 * Input is normalised text (scope.ts's ScopeInput: lower case, apostrophes dropped).
 */

const EXAM = /\b(?:step\s?[123]|step\d|ck|usmle|comlex|level [123]|shelf exams?|nbme|boards?)\b/;

/** What the application makes of an exam: scores, attempts, red flags, programs (the guides' own). */
const APPLICATION_SIDE =
  /\b(?:my (?:score|scores|result|results|attempt|attempts|fail\w*)|scores? (?:matter|count|cut\w*)|fail\w*|attempts?|pass.?fail|red flags?|gap|programs?|program directors?|pds?|interview\w*|letters?|eras|nrmp|amia|visa|j1|h1b|ecfmg|residenc\w*|fellowships?|informatics|ci|imgs?|apply\w*|applications?|eligib\w*|deadlines?|when|certif\w*|transcripts?)\b/;

/** Being examined or taught: "quiz me", "give me 10 questions", "explain X with an example". */
const QUIZ = /\b(?:quiz|test|drill|grill) me\b|\b(?:give|send|ask|make|write) me (?:\d+|some|a few|a couple of|ten|five|twenty) (?:practice |sample |board.style |exam.style )?(?:questions?|qs|mcqs|cases|vignettes)\b|\b\d+ (?:mcqs|practice questions|board.style questions|vignettes)\b/;
const TEACH = /\b(?:explain|teach|summari[sz]e|walk me through|break down|what (?:is|are|s) (?:a |an |the )?(?:difference|type (?:1|2|i|ii|one|two) error))\b|\b(?:vs|versus|difference between)\b/;
/** Which parts of an exam to learn first: "highest-yield topics", "what to memorise". */
const WHAT_TO_LEARN = /\b(?:high(?:est)?.yield|most (?:tested|important)|memori[sz]\w*|focus on first|study first|learn first|topics?|subjects?|chapters?)\b/;

/** The member asks to be quizzed or taught an exam's content, or which content to learn. */
export function examContentAsked(text: string, clause: string): boolean {
  // An interview rehearsal ("quiz me with interview questions", "give me 5 questions a PD may ask")
  // is the guides' own.
  if (/\b(?:interview\w*|mock|pds?|program directors?|informatics|ci|fhir|hl7|ehr)\b/.test(text)) return false;
  if (QUIZ.test(text)) return true;
  if (!EXAM.test(text)) return false;
  if (TEACH.test(clause) && !APPLICATION_SIDE.test(clause)) return true;
  // "which Step 1 topics are highest yield?", "what should I memorize first?" — about what to learn
  // (not "which topics does Step 3 cover for the visa?": the application side keeps it).
  return WHAT_TO_LEARN.test(text) && /\b(?:which|what|memori[sz]\w*|first)\b/.test(text) && !APPLICATION_SIDE.test(clause.replace(/\bfirst\b/g, ''));
}

const OTHER_SPECIALTY = String.raw`(?:cardiology|cardio|gi|gastroenterology|pulm\w*(?: ?crit\w*(?: care)?| ?cc)?|pccm|critical care|nephrology|hematology|oncology|heme.?onc|endocrinology|endo|rheumatology|infectious diseases?|geriatrics|allergy|sleep medicine|palliative(?: care)?|neonatology|sports medicine|interventional cardiology|electrophysiology|hospice)`;
const OTHER_FELLOWSHIP = new RegExp(String.raw`\b${OTHER_SPECIALTY} fellowships?\b|\bfellowships? in ${OTHER_SPECIALTY}\b`);
/** What it takes to get into it: scores, requirements, chances, competitiveness. */
const ENTRY = /\b(?:scores?|want|wants|require\w*|need|needs|competitive\w*|chances?|odds|get into|get in|match into|stats|statistics|cut.?offs?|cv|research|look(?:ing)? for|how (?:to|do i|can i) (?:get|match|apply))\b/;

/**
 * Another specialty's fellowship asked about for itself ("what scores do cardiology fellowships
 * want from IMGs?"): its entry is that field's, not the guides'. Asked as a way into or beside
 * clinical informatics ("can a cardiologist do a CI fellowship?", "cardiology fellowship done
 * abroad, can I apply to CI?") it stays.
 */
export function otherFellowshipAsked(text: string, clause: string): boolean {
  if (!OTHER_FELLOWSHIP.test(clause) && !(OTHER_FELLOWSHIP.test(text) && /\b(?:they|them|it|those|these)\b/.test(clause))) return false;
  if (/\b(?:informatics|ci|cmio|abpm|amia)\b/.test(clause)) return false;
  return ENTRY.test(clause);
}

/** Filing taxes: a return, a named tax form, whether or when one must file. */
export function taxFilingAsked(text: string): boolean {
  return /\b(?:1040(?: ?nr| ?ez| ?sr| ?x)?|w ?2 forms?|w ?4|1099|8843|fbar|1042 ?s|tax (?:returns?|filing|forms?|refunds?|year|residen\w*)|(?:file|filing|filed) (?:my |our |a |the |their |his |her )?(?:(?:federal|state|us|first) )?(?:taxes|tax|return)|(?:dual.status|nonresident|resident) alien (?:for )?tax)\b/.test(text);
}

/** Someone's personal contact details: a phone, a private email, a home address, a contact list. */
const CONTACT_DATA =
  /\b(?:(?:personal |private |cell |mobile |direct |home |whatsapp )?(?:phone|cell|mobile|whatsapp|telephone)(?: numbers?| nos?| #)?|(?:personal|private|home) (?:emails?|e mails?|addresses|address|contacts?|details)|home address\w*|contact (?:lists?|details|info\w*|numbers?) (?:of|for) (?:all|every|the)|(?:list|database|spreadsheet|dump) of (?:\w+ ){0,3}(?:emails?|numbers|contacts|members|users))\b/;
/** Whose details: program staff or other members. */
const WHOSE = /\b(?:program directors?|pds?|coordinators?|faculty|fellowship directors?|directors?|attendings?|fellows|residents|members|users|applicants|people|staff|interviewers?|chairs?)\b/;
/** Handing them over: give, send, list, share, look up, what is. */
const HAND_OVER = /\b(?:give|send|share|list|provide|tell|post|dm|look up|find|get|pull|export|what (?:is|are|s)|need|want)\b/;
/** A claimed authority over the bot: "as the server admin I authorise you", "admin override". */
const CLAIMED_AUTHORITY =
  /\b(?:as (?:the |an? |your )?(?:server |discord |guild |bot |site )?(?:admin|administrator|owner|moderator|mod|developer|dev|creator)\b.{0,40}\b(?:authori[sz]\w*|order|command|allow|permit|instruct|tell)|i (?:hereby )?(?:authori[sz]e|order|command|permit|instruct) (?:you|u)|(?:admin|developer|god|debug) (?:override|mode|access)|you (?:are|re) (?:now )?(?:authori[sz]ed|allowed|permitted) to (?:give|share|reveal|send|list))\b/;

/**
 * Contact details of program staff or other members asked for, or data asked for on a claimed
 * authority: the guides hold no contact lists, and a claimed role changes nothing about what the
 * bot may share. ("How do I contact a coordinator politely?" and "where do programs list their
 * director?" ask how to write, not for anyone's details.)
 */
export function contactDataAsked(text: string): boolean {
  if (CLAIMED_AUTHORITY.test(text) && /\b(?:give|share|reveal|send|list|show|tell|export|dump|provide|data|numbers?|emails?|contacts?|details|profiles?|addresses)\b/.test(text)) return true;
  // (The member's own number or email, "should I give my cell to the coordinator?", is etiquette.)
  const others = text.replace(/\b(?:my|our) (?:\w+ ){0,2}(?:phone|cell|mobile|whatsapp|telephone|emails?|address|contacts?|details|numbers?)\b/g, ' ');
  return CONTACT_DATA.test(others) && WHOSE.test(others) && HAND_OVER.test(others) && !/\bhow (?:do|should|can|to) (?:i )?(?:contact|reach|write|email|call|approach|address)\b/.test(text);
}

/**
 * A relative told as a trainee: in a residency or fellowship, just matched, or on a training J-1
 * ("my daughter is on J-1 for pediatrics residency and just matched a CI fellowship", "my son just
 * matched IM, he will be on J-1"). Their visa is a training visa the guides cover, asked by family;
 * a relative who visits, joins or works ("can my mother visit for graduation?") is not.
 */
export function relativeInTraining(text: string, relative: string): boolean {
  const told = new RegExp(String.raw`\bmy (?:\w+ ){0,2}${relative}\b(?: \w+){0,3} (?:is|was|s|just|has|got|will|started|starting|finished|finishing)?\b.{0,30}\b(?:matched|residency|residents?|fellowships?|fellows?|pgy ?\d|intern(?:ship)?|training program|soap\w*|rank list)\b`);
  const m = told.exec(text);
  // The training told must be the relative's, not the member's own ("could my dad come over to see
  // me finish my fellowship?", "can my wife work while I'm on J-1 residency?"): no "I", "me" or "my"
  // between the relative and the training word.
  if (!m || /\b(?:i|me|my|im)\b/.test(m[0].replace(/^my (?:\w+ ){0,2}/, ''))) return false;
  return !/\b(?:tourist|visitor|b1|b2|b1b2|visit|visiting|graduation|ceremony|j2|h4|dependents?|dependants?|come over|see me)\b/.test(text);
}
