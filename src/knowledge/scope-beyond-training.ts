/**
 * Out of scope by what is asked (round ask59): a career once training is over, and medical or exam
 * knowledge that is not about the application.
 *
 * The guides end with the fellowship and its boards. What kind of job a graduate can get, whether a
 * vendor hires fellows, which of two job offers to take, how hard the board exam is or its pass
 * rate, and a physiology law for Step 1 share their words with the guides (CMIO, fellowship, board
 * exam, Step 1) but ask what no guide says. Kept in scope on purpose: whether a member may sit the
 * CI boards (eligibility), informatics work during or before training as experience, a job set
 * against a match commitment, and an exam's result in an application.
 */

/** The member's training or the match named anywhere: then it is the guides'. */
const APPLICATION_WORDS =
  /\b(?:match\w*|nrmp|amia|eras|rank\w*|eligib\w*|qualif\w*|apply\w*|application|letters?|lors?|gap|usce|experience|interview\w*|personal statement|cv|while|during|before (?:the |my )?(?:fellowship|residency)|strengthen|boost|count)\b/;
/**
 * A visa named in what is asked (round ask64: only there). A visa told as the member's standing
 * ("finishing my fellowship on H-1B, how do I find CMIO jobs?") does not make a job hunt after
 * training the guides'; a visa asked about (a waiver job, a sponsor) does.
 */
const VISA_WORDS = /\b(?:visas?|j1|h1b|o1|waiver|sponsor\w*)\b/;

/** Training told as finished, or the time after it asked about. */
const AFTER_TRAINING =
  /\b(?:after|post|once|when|upon) (?:i )?(?:finish(?:ing)? |complete |completing |graduat\w* (?:from )?)?(?:the |my |a )?(?:ci |clinical informatics |informatics )?(?:fellowship|residency|training)\b|\b(?:just |recently )?(?:finished|completed|graduated from|done with) (?:the |my )?(?:ci |clinical informatics |informatics )?(?:fellowship|residency|training)\b|\bpost.?(?:fellowship|residency|training)\b|\b(?:finishing|completing|wrapping up) (?:the |my )?(?:ci |clinical informatics |informatics )?(?:fellowship|training)\b|\b(?:fellowship|fellowships|residency|program|ci|informatics) (?:graduates|grads|alumni)\b|\b(?:once|after|when) (?:i am |im |i m |i get |i become |i have become |i ve become |i have been )?(?:board certified|boarded|certified) in (?:ci|clinical informatics|informatics)\b/;

/** A career asked about: which jobs, becoming an executive, who hires, which offer to take. */
const CAREER_ASKED =
  /\b(?:find|finding|land|landing|get|getting|look for|looking for|search for|negotiat\w*)\b(?: [\w-]+){0,3} (?:jobs?|positions? as|contracts?|salar\w*|pay|offers?)\b(?! (?:in|during|while|before) (?:the |my )?(?:fellowship|residency|training))|\b(?:what|which|kind of|kinds of|types? of|sort of) (?:[\w-]+ ){0,2}(?:jobs?|roles?|careers?|positions?|work)\b|\b(?:be|become|becoming) (?:a |an |the )?(?:cmio|cnio|cmo|cio|chief (?:medical )?(?:information|informatics|medical|health) (?:officer|information officer))\b|\b(?:hire|hires|hiring|recruit\w*|employ\w*) (?:[\w-]+ ){0,2}(?:fellows|graduates|informaticists|physicians|doctors)\b|\b(?:epic|oracle|cerner|meditech|athena\w*|allscripts|vendors?|startups?|companies)\b(?: [\w-]+){0,3} (?:hire|hires|hiring)\b/;

/** Two job offers weighed against each other. */
const OFFERS_WEIGHED =
  /\b(?:two|2|both|multiple|several|few) (?:job )?offers?\b|\boffers? from\b|\b(?:job|position|role) offers?\b/;
const WHICH_TO_TAKE = /\b(?:which|better|choose|choosing|pick|take|accept|should i|go with|prefer)\b/;
/** Job kinds, not training positions. */
const JOB_KINDS =
  /\b(?:hospitalist|attending|startup|start up|company|companies|industry|consult\w*|academic job|faculty|private practice|locums?|salary|salaried|percent|cmio|cnio|vendor|epic|oracle|cerner)\b/;

/** A career after training asked about, not anything of the application. */
export function careerAfterTraining(text: string, clause: string): boolean {
  const offers = OFFERS_WEIGHED.test(text) && WHICH_TO_TAKE.test(text) && (JOB_KINDS.test(text) || /\d+ ?%/.test(text));
  const career = CAREER_ASKED.test(clause) || CAREER_ASKED.test(text);
  if (!offers && !career) return false;
  if (!AFTER_TRAINING.test(text) && !/\bright away\b|\bstraight away\b|\bimmediately\b/.test(text)) return false;
  return !APPLICATION_WORDS.test(text) && !VISA_WORDS.test(clause);
}

/** The certifying exam named: the CI boards, ABPM's exam, a specialty board's exam. */
const BOARD_EXAM =
  /\b(?:(?:ci|clinical informatics|informatics|abpm|abim|abfm|abp|specialty|primary) (?:board|boards|board exam|board exams|certification exam|certifying exam|exam)|board exams?|boards exam|the boards)\b/;
const USMLE = /\b(?:step ?[123]|usmle|comlex|ck)\b/;
/** How hard an exam is, its statistics or the material to prepare with. */
const EXAM_FACTS =
  /\b(?:pass(?:ing)? rates?|fail(?:ure)? rates?|how (?:hard|difficult|tough|easy)|is (?:it|the \w+(?: \w+){0,3}) (?:hard|difficult|tough|easy)|hard|difficult|tough|review (?:books?|courses?|materials?)|best (?:books?|resources?|courses?|review)|question banks?|qbanks?|average scores?|mean scores?|what percent\w*|how many (?:people )?pass)\b/;

/** A board exam's difficulty, pass rate or review material, not whether the member may sit it. */
export function boardExamFacts(text: string, clause: string): boolean {
  if (!BOARD_EXAM.test(text) && !USMLE.test(text)) return false;
  if (!EXAM_FACTS.test(clause) && !EXAM_FACTS.test(text)) return false;
  // Whether the member may sit it, when, with what: the pathway guide's.
  return !/\b(?:eligib\w*|qualif\w*|allowed|can i (?:sit|take)|may i|when (?:can|do|should) i|requirements?|pathway|exception|licen[cs]e|certif\w* (?:after|through|via)|attempts? (?:left|limit|allowed)|how many (?:attempts|times|tries)|program directors?|pds?|programs? (?:see|think|view|judge|look)|red flag|application|apply\w*|match|visa|j1|h1b)\b/.test(text);
}

/** A science subject of medicine, as a student learns it. */
const SCIENCE =
  /\b(?:physio(?:logy)?|patho(?:physiology|phys)?|pharma(?:cology)?|pharm|biochem(?:istry)?|anatomy|histo(?:logy)?|embryo(?:logy)?|micro(?:biology)?|immuno(?:logy)?|genetics|cardio(?:logy)?|renal|nephro|neuro(?:anatomy|physiology)?|endo(?:crine)?|heme|onc|acid.base)\b/;
/** A named law, principle, curve, equation or mechanism. */
const CONCEPT =
  /\b(?:\w+(?: \w+)? (?:law|principle|equation|curve|reflex|cycle|effect|mechanism|pathway|syndrome|triad|sign|forces?|gradient|hypothesis|theory|axis)s?)\b/;
const EXPLAIN = /\b(?:explain|explanation|what is|whats|define|definition of|how does|how do|meaning of|summar\w*|teach me|quick(?:ly)?|simple terms|eli5)\b/;
/** The guides' own words for what a term means (informatics, the pathway, the matches). */
const GUIDE_TERMS =
  /\b(?:informatics|ehr|emr|cds|decision support|hl7|fhir|interoperab\w*|alert|pdsa|lean|six sigma|governance|change management|usability|workflow|match|nrmp|amia|soap|eras|ecfmg|abpm|acgme|pathway [a-z]\b|exception|visa|j1|h1b|waiver|residency|fellowship|specialty|programs?|application|letters?)\b/;

/** Medical knowledge asked for its own sake ("explain the Frank-Starling law for Step 1"). */
export function medicalKnowledge(text: string, clause: string): boolean {
  // (The request may be what the clause finder strips: "can you explain…".)
  if (!EXPLAIN.test(text)) return false;
  if (!(SCIENCE.test(text) && CONCEPT.test(text)) && !(SCIENCE.test(clause) && USMLE.test(text))) return false;
  return !GUIDE_TERMS.test(text);
}
