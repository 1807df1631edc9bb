/**
 * Round ask67: three kinds of question declined by what they ask, not by their words.
 *
 * 1. Choosing or learning a tool for its own sake ("which is better to learn first for data
 *    analysis, R or Python?"): a programming language, a statistics package or a data tool set
 *    against another, or how to learn one, with nothing about applying. The guides say what
 *    programs expect of an applicant's data skills (interview-questions#comfort-with-data); which
 *    language suits a data task is a question for a course or a colleague. Named with the
 *    application ("should I learn R or Python before my CI fellowship interviews?") it stays.
 * 2. A drug's pharmacology asked as content ("metformin mechanism for Step 2 CK?", "is amoxicillin
 *    safe in pregnancy? a patient asked"): a named drug and a property of it (how it works, its
 *    safety, doses, side effects), with no informatics system or application in the message.
 * Input is normalised text (scope.ts: lower case, J-1 → j1, apostrophes dropped).
 */

/** Languages, statistics packages and data tools members weigh against each other. */
const TOOL =
  /\b(?:python|r|rstudio|sql|sas|stata|spss|matlab|julia|java|javascript|c\+\+|excel|vba|tableau|power ?bi|qlik|looker|jupyter|git|pandas|tidyverse|mysql|postgres\w*|mongodb|nosql|spark|hadoop|no.?code tools?)\b/g;
/** Choosing among them or learning one: "which…", "X or Y", "X vs Y", "learn first", "start with". */
const CHOICE =
  /\b(?:which|better|best|prefer\w*|rather|vs|versus|compared? (?:to|with)|choose|choosing|pick|start (?:with|by)|learn\w* (?:first|next)|first to learn|to learn first|worth learning|easier|harder)\b/;
const LEARNING = /\b(?:learn|learning|study|studying|pick up|master|get into|teach myself|self.?teach\w*)\b/;
/**
 * The application or the field named anywhere in the message: then the question is what programs
 * expect (the guides'), not which tool suits a task.
 */
const APPLYING =
  /\b(?:fellow\w*|residen\w*|programs?|program directors?|pds?|interview\w*|applicat\w*|apply\w*|applicants?|match|eras|amia|nrmp|cv|resume|personal statement|informatics|ci|cmio|abpm|boards?|letters?|usce|gap|img|imgs|visa|j1|h1b|expected|expect|required|requirements?|need(?:ed)? (?:for|to (?:know|have))|count|counts|credib\w*|stand out|impress\w*)\b/;

/** A tool chosen or learned for its own sake, with nothing of the application asked. */
export function toolChoiceForItsOwnSake(text: string, clause: string): boolean {
  const tools = new Set([...text.matchAll(TOOL)].map((m) => m[0]));
  // ("r" alone is a letter in too many messages: it counts only beside another tool.)
  if (tools.has('r') && tools.size < 2) tools.delete('r');
  if (!tools.size) return false;
  const choosing = (CHOICE.test(clause) && (tools.size >= 2 || LEARNING.test(clause))) || (LEARNING.test(clause) && /\b(?:how|where|best way|fastest way|quickest way|should i|what order)\b/.test(clause));
  return choosing && !APPLYING.test(text);
}

/** Drugs by name or by the stems their families share (metformin, amoxicillin, atorvastatin…). */
const DRUG =
  /\b(?:metformin|insulin|warfarin|heparin|aspirin|digoxin|lithium|paracetamol|acetaminophen|ibuprofen|morphine|tramadol|methotrexate|isotretinoin|valproate|carbamazepine|phenytoin|levothyroxine|prednisone|prednisolone|hydrocortisone|dexamethasone|\w{3,}(?:cillin|mycin|micin|floxacin|cycline|azole|prazole|tidine|olol|pril|sartan|dipine|statin|gliptin|gliflozin|glutide|parin|xaban|gatran|triptan|setron|zepam|zolam|oxetine|pramine|thiazide|semide|profen|coxib|caine|ximab|zumab|umab|tinib|ciclovir|clovir))\b/;
/** What a drug is, does or risks, as pharmacology asks it. */
const PHARMACOLOGY =
  /\b(?:mechanism|moa|mode of action|how (?:does|do) (?:it|they|\w+) work|side effects?|adverse (?:effects?|reactions?|events?)|safe|safety|unsafe|pregnan\w*|breast ?feeding|lactation|contraindicat\w*|interactions?|interacts?|half.?life|dos(?:e|es|ing|age)|pharmacokinetic\w*|kinetics|toxicity|overdose|antidote|indications?|drug class|class of drug|black box|teratogen\w*|category [abcdx])\b/;
/** An informatics system or the application in the message: then it is the guides' (an alert, an order set, an interview). */
const SYSTEM_OR_APPLICATION =
  /\b(?:alerts?|cds|decision support|order sets?|ehr|emr|cpoe|e.?prescrib\w*|formulary|medication reconciliation|informatics|fhir|hl7|interview\w*|fellowship|residency|programs?|application|apply\w*|personal statement|cv|letters?|match|visa|gap)\b/;

/** A drug's pharmacology asked for its own sake. */
export function drugPharmacologyAsked(text: string): boolean {
  return DRUG.test(text) && PHARMACOLOGY.test(text) && !SYSTEM_OR_APPLICATION.test(text);
}
