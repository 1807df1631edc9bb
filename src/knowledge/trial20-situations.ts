/**
 * Situations of newcomer trial 20 (a resident in a US internal medicine program on an ECFMG J-1,
 * planning a clinical informatics fellowship) whose curated answers (knowledge/faq.yaml, block
 * "ask63") must answer only the situation they were written for. Their words (J-1, Conrad 30,
 * Step 3, rank, email, chances) are everyday words of other answers, so, as in round ask58
 * (trial18-situations.ts), each entry is matched only when a question carries every idea it
 * answers, and then it answers (pinned.ts), whatever else shares its words.
 */
import { isYesNoQuestion, questionClause } from './question-form.js';
import { normalizeText } from './text.js';

const J1 = /\bj1\b/;
const FELLOWSHIP = /\b(?:fel+o\w*|ci|clinical informatics|amia)\b/;
/** A relative's, another status's or a dependant's question: answers of their own. */
const OTHER_PERSON = /\b(?:spouse|wife|husband|partner|h4|j2|green ?cards?|permanent resid\w*|ead)\b/;

// --- Conrad 30 after a J-1 fellowship (not the reverse: leaving a Conrad job for a fellowship) ---
const CONRAD = /\bconrad\b|\bstate 30\b/;
/** The waiver sought once the fellowship (or all training) is over. */
const AFTER_FELLOWSHIP =
  /\b(?:after|following|once|when|upon|at the end of|end of)\b(?: (?:i|we) )?(?: ?(?:finish\w*|complet\w*|done with|graduat\w* from|am done with))?(?: (?:my|the|a|this|our))?(?: j1)?(?: (?:ci|clinical informatics|informatics))? fellowship\b|\bpost ?fellowship\b|\bafter (?:ci|clinical informatics)\b|\b(?:ci|informatics) fellowship (?:is )?(?:over|done|ends|finished)\b/;
/**
 * Already in a Conrad job (or bound to one) and asking about a fellowship during it: the answers
 * on leaving early and telling programs (knowledge/faq.yaml conrad-30-leave-early, -tell-programs).
 */
const IN_CONRAD_JOB =
  /\b(?:leave|leaving|quit\w*|break\w*|early|before (?:my |the )?(?:three|3) years?|during (?:my |the )?(?:waiver|commitment|conrad|three|3)|currently (?:on|in|doing|working)|(?:i am|im) (?:on|in|doing) (?:a |my )?conrad|my conrad (?:job|commitment|years?|contract|employer)|(?:tell|inform|disclose)(?:s|ed|ing)? (?:the )?(?:programs?|fellowships?|pd)|waiver (?:job )?ends)\b/;

/**
 * The kind of waiver job asked about (a purely informatics one): the curated answer on that job
 * (conrad-30, "No") answers it, unless another part of the message asks only whether a waiver is
 * possible after the fellowship.
 */
const JOB_KIND =
  /\binformatics (?:job|work|role|position|physician|analyst)|\b(?:no|without) patients?\b|\bwithout patient care\b|\bnon ?clinical\b|\bpure(?:ly)? informatics\b|\bonly (?:in )?(?:clinical )?informatics\b|\bcmio\b/;
/** Some clause of the message asks about Conrad after the fellowship without naming the job's kind. */
function conradAfterFellowship(t: string): boolean {
  if (!CONRAD.test(t) || IN_CONRAD_JOB.test(t)) return false;
  return t.split(/[?.!]+/).some((c) => CONRAD.test(c) && AFTER_FELLOWSHIP.test(c) && !JOB_KIND.test(c));
}

// --- Working in the US on the J-1 after training, while reapplying ------------------------------
const WORK =
  /\b(?:work|working) (?:as|in|at|for|a|an|the|one|1|clinically|while|meanwhile|in between|there)\b|\b(?:jobs?|employ\w*|hospitalist|attending|locums?|paid position|practi[cs]e (?:as|medicine)|earn\w*)\b/;
/** A year between programs: not matching, reapplying, waiting, a gap year, after training ends. */
const BETWEEN =
  /\b(?:dont|do not|didnt|did not|not|fail to|fail) match\w*|\bunmatched\b|\breappl\w*|\bgap year\b|\b(?:for|during) (?:a|one|1) year\b|\byear off\b|\bbetween (?:residency|training|programs|the two)\b|\bafter (?:my )?(?:residency|training)(?: ends| is over| finish\w*)?\b|\bwhile (?:i )?(?:wait\w*|reappl\w*|apply\w*)\b|\bstay (?:in (?:the )?(?:usa|us|states|america|country) )?(?:and|to) work\b/;
/** Work during training (moonlighting) is another question; so are a waiver job and another status. */
const NOT_AFTER = /\bhow (?:does|do|will|would|can) (?:it|that|this|soap|the match|the process) work\b|\bsoap\b|\b(?:two|2) years?\b|\bhome (?:country|rule|requirement)\b|\bgo (?:back )?home\b|\binterview\w*|\bsay\b|\bsettle\b|\bmoonlight\w*|\bduring (?:my )?(?:residency|pgy\d|training|fellowship)\b|\bconrad\b|\bwaiv\w*|\bh ?1 ?b\b|\bh1b\b|\bo1\b/;

// --- A ranking offered in return for a place ---------------------------------------------------
const RANK_PROMISE =
  /\brank\w*\b(?: [\w-]+){0,4} (?:first|top|highest|top choice)\b|\b(?:first|top) (?:choice|on my (?:rank )?list)\b|\btop choice\b|\bpromis\w* (?:to|that i will|ill|i will) rank\b/;
/** What the promise is meant to buy: a place, a position, an offer, a guarantee. */
const IN_RETURN =
  /\bso (?:that )?(?:they|he|she|the program|the pd|it|them)\b(?: [\w-]+){0,3} (?:give|offer|guarantee|take|accept|keep|save|hold|promise)\w*\b|\bin (?:return|exchange)\b|\bquid pro quo\b|\b(?:for|to get|to secure|to lock in|to earn) (?:a |the |me a |my )?(?:spot|place|position|seat|guaranteed)\b|\bguarantee (?:me|us)\b|\bguaranteed (?:spot|place|position|seat)\b|\bif they (?:promise|give|offer|guarantee|rank)\w*\b|\b(?:deal|trade|bargain)\b/;
/** A program that asks the member: its own answer (a breach to report, no need to answer). */
const PROGRAM_ASKS = /\b(?:program|pd|they|director|interviewer)s? (?:asks?|asked|wants?|wanted|want to know|told me to)\b|\b(?:pd|program|director|they|she|he|friend)\b[^.?!]{0,20}\b(?:told|said|called|says|tells)\b/;
/** The member tells, promises or offers the program the ranking (not only ranks it). */
const TELLS = /\b(?:tell\w*|told|promis\w*|offer\w*|say|saying|email\w*|let (?:them|the program|the pd) know|inform\w*|ask (?:them|the program|the pd))\b/;

// --- Home for two years after the fellowship ---------------------------------------------------
const AFTER_FELLOWSHIP_ENDS =
  /\b(?:after|following|once|when|at the end of)\b(?: (?:i |we )?(?:finish\w*|complet\w*|am done with|doing|do))?(?: (?:my|the|a|this))?(?: j1| ci| clinical informatics| informatics){0,2} fellowship\b(?! (?:after|following) residency)|\bpost ?fellowship\b|\bafter (?:all|both|my) (?:training|residency and fellowship)\b/;
const GO_HOME =
  /\b(?:go|going|return\w*|move|moving|head|fly) (?:back )?(?:home|to (?:my )?(?:home )?country|to [a-z]+ for)\b|\b(?:go|return|move|head)\w* back\b|\bhome (?:country )?(?:rule|requirement|residen\w*|presence)\b|\b212 ?e\b|\bleave (?:the )?(?:usa|us|country|states)\b/;
const TWO_YEARS = /\b(?:two|2) years?\b|\b212 ?e\b|\bhome (?:country )?(?:rule|requirement|residen\w*|presence)\b/;
const MUST = /\b(?:must|have to|has to|need to|needs to|required|requirement|obliged|forced|mandatory|do i|will i|am i)\b/;
/** Going on to more training before the two years (the continuation answers) is another question. */
const CONTINUE = /\bbetween (?:residency|training) and\b|\bbefore (?:the |my )?fellowship\b|\bstraight\b|\bdirectly\b|\bright after residency\b|\b(?:another|new|second) (?:j1|fellowship|training)\b/;

// --- An inquiry email to a fellowship program director before applying --------------------------
const EMAIL =
  /\b(?:email|e mail|mail|message|write to|contact|reach out(?: to)?|cold email|linkedin|inquir\w*|enquir\w*)\b/;
const PROGRAM_PERSON = /\b(?:pd|pds|program directors?|fellowship directors?|coordinators?|programs?|fellowships?)\b/;
const NOW =
  /\bnow\b|\bbefore (?:i )?(?:apply\w*|eras|applications? (?:open|season)|the (?:application|season|cycle))\b|\bthis early\b|\balready\b|\bahead of\b|\b(?:a|one) year (?:before|early|ahead)\b|\bin (?:my )?pgy ?[12]\b|\bpgy[12]\b|\bnot (?:yet )?appl(?:ied|ying)\b|\bhavent applied\b/;
const MAY = /\b(?:can|could|may|is it ok\w*|okay|ok|allowed|appropriate|fine|acceptable|a good idea|should)\b/;
/** After interviews (thanks, updates, letters of intent) and ranking talk: answers of their own. */
const LATER_CONTACT = /\binterview\w*|\bthank\w*|\bupdate\b|\bletter of intent\b|\brank\w*|\btop choice\b|\bmatch (?:day|week)\b|\bsoap\b|\bchances?\b|\bmet\b|\bsymposium\b|\bconference\b|\bcoffee\b/;
/**
 * How to word the email, or a residency done abroad told with it: the eligibility-inquiry answers
 * (its structure, and the exception such a member must ask about) speak to those.
 */
const EMAIL_OTHER =
  /\bword\w*|\blook like\b|\btemplate\b|\bsample\b|\bexample\b|\bstructure\b|\bwhat (?:should|do) i (?:write|say|put)\b|\bforeign(?:[ -]trained)? residency\b|\bforeign[ -]trained\b|\bresidency (?:was |is |done |completed |finished )?(?:in|from|abroad|outside)\b|\bfrom abroad\b|\bdid (?:my )?residency in\b|\bconsider me\b/;

// --- Whether an exam failure matters for the fellowship -----------------------------------------
const EXAM = /\b(?:step[123]|step2 ck|usmle|comlex|exam|boards?|ck)\b/;
const FAILED = /\bfail(?!ed? era)(?<!pass fail)(?<!pass\/fail)\w*\b|\bflunk\w*|\b(?:didnt|did not|couldnt) pass\b|\bfirst attempt\b|\bsecond attempt\b|\bretake\w*|\brepeat\w* (?:step|exam)/;
const MATTERS =
  /\b(?:matter|matters|count|counts|hurt|hurts|affect|affects|relevant|an? (?:problem|issue|red flag|big deal)|still (?:a )?(?:problem|issue|red flag)|look at|care|cares|weigh\w*|follow me|hold me back|held against)\b/;
/** Chances, how to explain it, or whether it is still possible: answers of their own. */
const EXAM_OTHER = /\bpass ?\/? ?fail\b|\blow (?:score|scores)\b|\bscore was low\b|\bchances?\b|\bodds\b|\bexplain\w*|\bword\w*|\bwrite\b|\bpersonal statement\b|\binterview\w*|\bstill (?:possible|apply|get)\b|\bcan i still\b|\bresidency programs?\b|\bh ?1 ?b\b|\bh1b\b/;

// --- Step 3 now, for a member in a US residency --------------------------------------------------
const STEP3 = /\bstep3\b|\bstep (?:three|iii)\b/;
/** The member is in a US residency now (told in the question's words). */
const IN_RESIDENCY =
  /\bpgy[1-7]\b|\b(?:first|second|third|1st|2nd|3rd) year (?:resident|of (?:my )?residency)\b|\b(?:i am|im|as) an? (?:\w+ )?(?:resident|intern)\b|\bin my (?:residency|intern year)\b|\bduring my residency\b|\bmy (?:residency )?program\b|\bintern year\b/;
const WHEN =
  /\b(?:now|wait|when|timing|time|early|later|delay|postpone|this year|next year|during|before|after|soon|should i (?:take|do|sit|give|write))\b/;
/** A visa question (H-1B timing) or where to sit it: answers of their own. */
const STEP3_OTHER = /\b(?:mandatory|compulsory|required?|requirement|necessary|need|needed|must|have to)\b|\bh ?1 ?b\b|\bh1b\b|\bwhere\b|\boutside\b|\babroad\b|\bfail\w*|\bbefore (?:i )?(?:apply\w*|the match|residency|starting|start\w*|i start)\b/;

// --- An honest picture of the member's chances ---------------------------------------------------
const CHANCES = /\bchances?\b|\bodds\b|\blikelihood\b|\bprobability\b|\bshot at\b/;
const HONEST = /\bhonest\w*|\bbe real\b|\bstraight\b|\bblunt\w*|\bfrank\w*|\btruth\w*|\brealistic\w*|\bno sugar ?coat\w*/;
/** The member's own profile told with it: an IMG, a visa, an exam failure. */
const PROFILE_TOLD = /\bimg\b|\bj1\b|\bh1b\b|\bvisa\b|\bfail\w*|\bred flags?\b|\bnon ?us\b|\bforeign\b|\bstep[123]\b/;
/** A chance tied to a narrower fact (a gap, USCE, an age, a graduation year): answers of their own. */
const CHANCES_OTHER = /\b(?:chances?|attempts?|tries) (?:do i have )?left\b|\bhow many (?:chances|attempts|tries)\b|\battempt limit\b|\bgap\b|\busce\b|\bobservership\b|\bage\b|\bold\b|\bgraduat\w*|\bresidency programs?\b|\bnrmp\b|\bprelim\w*|\bsoap\b|\bconrad\b/;

// --- Which letter: the CMIO or the program director ---------------------------------------------
const LETTER = /\b(?:letters?|lors?|recommendations?|references?)\b/;
const CMIO = /\b(?:cmio|cnio|informatics (?:lead|director|faculty|mentor|attending)|chief medical information officer)\b/;
const PD = /\b(?:pd|program director|residency director)\b/;
const WHICH = /\b(?:or|vs|versus|which|better|best|both|either|instead)\b/;
/** A third writer, or a writer who barely knows the member: the guides' writer lists answer that. */
const OTHER_WRITER = /\b(?:attending|mentor|supervisor|research|chair|colleague|barely|hardly|doesnt know|does not know)\b/;

/** Which trial-20 curated answer this question is about, if it tells that situation. */
export function trial20Entry(question: string): string | undefined {
  const t = normalizeText(question);
  if (conradAfterFellowship(t)) return 'conrad-30-after-fellowship';
  if (J1.test(t) && WORK.test(t) && BETWEEN.test(t) && !NOT_AFTER.test(t) && !OTHER_PERSON.test(t)) return 'j1-no-work-after-training';
  if (RANK_PROMISE.test(t) && IN_RETURN.test(t) && TELLS.test(t) && !PROGRAM_ASKS.test(t)) return 'rank-first-for-a-place';
  if (AFTER_FELLOWSHIP_ENDS.test(t) && GO_HOME.test(t) && TWO_YEARS.test(t) && MUST.test(t) && !CONTINUE.test(t) && !CONRAD.test(t) && !OTHER_PERSON.test(t))
    return 'home-after-j1-fellowship';
  if (EMAIL.test(t) && PROGRAM_PERSON.test(t) && FELLOWSHIP.test(t) && NOW.test(t) && MAY.test(t) && !LATER_CONTACT.test(t) && !EMAIL_OTHER.test(t)) return 'email-fellowship-pd-now';
  if (EXAM.test(t) && FAILED.test(t) && MATTERS.test(t) && FELLOWSHIP.test(t) && !EXAM_OTHER.test(t)) return 'exam-failure-at-fellowship';
  if (STEP3.test(t) && IN_RESIDENCY.test(t) && WHEN.test(t) && !STEP3_OTHER.test(t)) return 'step3-during-residency';
  if (CHANCES.test(t) && HONEST.test(t) && PROFILE_TOLD.test(t) && (FELLOWSHIP.test(t) || /\bmatch\w*/.test(t)) && !CHANCES_OTHER.test(t)) return 'honest-chances-fellowship';
  if (LETTER.test(t) && CMIO.test(t) && PD.test(t) && WHICH.test(t) && !OTHER_WRITER.test(t)) return 'letter-cmio-or-pd';
  return undefined;
}

/** The curated answers above: each may answer only a question trial20Entry gives it. */
export const TRIAL20_ENTRIES: ReadonlySet<string> = new Set([
  'conrad-30-after-fellowship',
  'j1-no-work-after-training',
  'rank-first-for-a-place',
  'home-after-j1-fellowship',
  'email-fellowship-pd-now',
  'exam-failure-at-fellowship',
  'step3-during-residency',
  'honest-chances-fellowship',
  'letter-cmio-or-pd',
]);

/**
 * The curated word ("Yes"/"No") for a trial-20 entry the detector above has matched: the detector
 * has read the situation and what is asked, which the phrasing-overlap checks of the ordinary lead
 * (answer.ts leadWord) cannot, since members tell these situations in words the entry's own
 * question does not share. Only for one yes/no question put plainly: two questions in one
 * message, or a negated asking clause, get no word.
 */
/** Words that deny what follows them. */
const NEGATOR = /\b(?:not|no|never|dont|doesnt|didnt|cant|cannot|wont|isnt|arent|shouldnt|wouldnt|couldnt|mustnt|neednt)\b/g;

export function settledLead(entryYes: boolean | undefined, question: string): 'yes' | 'no' | undefined {
  if (entryYes === undefined) return undefined;
  const clause = questionClause(question);
  // (The asking part after a told circumstance: "When my fellowship is over, do I have to…?")
  const asking = clause.split(/[,;:]\s*/).pop() ?? clause;
  if (!isYesNoQuestion(question) && !isYesNoQuestion(asking)) return undefined;
  if ((question.match(/\?/g) ?? []).length > 1) return undefined;
  // (Only a denial in the asking words turns the question around: a "failed" exam told in it does not.)
  if ((normalizeText(asking).match(NEGATOR) ?? []).length % 2 === 1) return undefined;
  return entryYes ? 'yes' : 'no';
}
