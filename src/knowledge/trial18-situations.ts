/**
 * Situations of newcomer trial 18 (a physician who did one US preliminary year on an ECFMG J-1 and
 * went home) whose curated answers (knowledge/faq.yaml, block "ask58") must answer only the
 * situation they were written for. Their words are everyday words of other answers (J-1, two years,
 * prelim, fellowship, informatics experience): round ask57 let such entries compete freely and they
 * took 21 other questions. So each entry is matched only when the question carries BOTH ideas it
 * answers (e.g. the J-1's home rule AND a return on a new J-1), and when it does, it answers
 * (pinned.ts), whatever else shares its words.
 */
import { normalizeText } from './text.js';

/** A J-1 named (normalizeText folds "J-1", "j1" to "j1"). */
const J1 = /\bj1\b/;
/** The two-year home-residence rule, or the waiver of it, named in any wording. */
const HOME_RULE =
  /\b212 ?e\b|\bhome (?:country )?(?:rule|requirement|residen\w*|presence)\b|\b(?:two|2) years? (?:home )?(?:rule|requirement)\b|\b(?:two|2) years?\b(?: [\w-]+){0,4} (?:home|back home|in (?:my|our|the) (?:home )?country|in [a-z]+ before|at home)\b|\b(?:finish\w*|complet\w*|done|did|serv\w*|fulfil\w*|spen[dt]\w*) (?:the |my |those |these |all )?(?:two|2) years?\b|\b(?:two|2) years? (?:in|at|back in) (?!(?:the )?(?:usa|us|states|america|residency|training|program|prelim\w*)\b)[a-z]+\b|\b(?:two|2) years? (?:(?:at|back) home |in (?:my|our) (?:home )?country )?(?:are |is )?(?:done|over|up|finished|completed?|served)\b|\bwait(?:ing)? out (?:the |my |those )?(?:two|2) years?\b|\bwaiv\w*\b/;
/** Another US status asked about: the H-1B, green-card and dependant answers speak to those. */
const OTHER_STATUS = /\bh ?1 ?b?\b|\bh1b\b|\bgreen ?cards?\b|\bpermanent resid\w*\b|\bo1\b|\bl1\b|\bh4\b|\bj2\b|\bconrad\b|\bspouse\b|\bwife\b|\bhusband\b/;
/** Coming back to the US on a J-1 again (a new J-1, returning, sponsored again). */
const RETURN =
  /\b(?:come|coming|go|going|get|getting|fly|flying|travel\w*|move|moving)\s+back\b|\breturn\w*\b|\bagain\b|\b(?:new|another|second|fresh) (?:j1|ds ?2019|sponsorship|visa)\b|\bbefore i (?:can )?(?:go|come|return|train|apply|start|enter)\b/;
/** Staying or waiting at home before going back ("do I have to stay 2 years in Colombia first?"). */
const MUST_STAY = /\b(?:stay|wait|remain|live|spend)\w*\b[^?!]{0,50}\b(?:before|first|until)\b/;
/** Whether the rule applies to the member. */
const APPLIES = /\b(?:apply|applies|applicable) (?:to|for) me\b|\bsubject to\b|\bbound by\b|\bam i (?:under|covered|affected)\b|\bdoes (?:it|this|that|the (?:two|2) year \w+ \w+) apply\b/;
/** A fellowship (CI) after the residency. */
const FELLOWSHIP = /\b(?:fel+o\w*|ci|clinical informatics|informatics fellowship|amia)\b/;
/**
 * A waiver asked for as a need ("or do I need a waiver?", "is a waiver required", "without a
 * waiver"): going on to a fellowship on the J-1 alone ("same J-1?", "without going home?") is
 * answered well by the seven-year and two-year answers, which lead Yes or No.
 */
const WAIVER_NEEDED =
  /\b(?:need|needs|needed|require\w*|necessary|must|have to|has to|got to)\b[^?!]{0,30}\bwaiv\w*|\bwaiv\w*\b[^?!]{0,20}\b(?:needed|required|necessary|need|needs|a must)\b|\bwithout (?:a |any )?waiv\w*/;
/** A waiver job (Conrad), or both at once: the waiver's own answers. */
const WAIVER_OTHER = /\bwaiver (?:job|position|work|commitment|years?)\b|\bsame time\b|\bstatement of need\b/;
/** Cases with answers of their own: a non-ACGME fellowship, or the J-1's seven-year total. */
const OTHER_J1_MATTER = /\bnon[ -]?acgme\b|\bunaccredited\b|\bnot (?:acgme[ -])?accredited\b|\bnon[ -]?standard\b|\bnon[ -]?accredited\b|\bresearch (?:fellowship|scholar)\b|\bobserver\w*\b|\b(?:seven|7) years?\b|\bhow (?:long|many years)\b|\blimit\b/;

/** A preliminary or transitional year the member did (a US concept: a year of a US program). */
const PRELIM_DONE =
  /\b(?:did|done|doing|finished|completed|complete|after|have|had|my|since|with)\b(?: [\w-]+){0,4} (?:prelim\w*|preliminary|transitional|ty)\b|\b(?:prelim\w*|preliminary|transitional) (?:year|im|medicine|surgery|pgy1|position|spot)\b/;
/** Credit for it in a categorical program: repeat, skip, credit, start at PGY-2. */
const CREDIT =
  /\bcredit\w*\b|\brepeat\w*\b|\bskip\w*\b|\bredo\b|\bpgy2\b|\bsecond year\b|\badvanced standing\b|\bcount\w* (?:toward|towards|for|in)\b(?! (?:a |the |my )?(?:completed|full|whole) residency)|\bstart (?:at|in|as|from) (?:pgy2|the second|second|year 2)\b/;
/** The fellowship's eligibility or SOAP: answers of their own. */
const PRELIM_OTHER = /\b(?:fel+o\w*|amia|ci|abpm|eligib\w*|soap)\b/;

/** An informatics project of the member's own, asked about as informatics experience. */
const PROJECT =
  /\b(?:redcap|registry|registries|dashboard\w*|database\w*|qi project\w*|quality improvement project\w*|data project\w*|audit\w*|order set\w*|template\w*|app|tool|project\w*)\b/;
const AS_INFORMATICS =
  /\b(?:count|counts|counted|qualif\w*|consider\w*|considered|considered as|accepted as|seen as|recogni[sz]ed as|enough as|valid as)\b[^?!]{0,40}\binformatics\b(?: experience| work| exposure| background)?|\binformatics (?:experience|work|exposure)\b[^?!]{0,30}\b(?:count|counts|qualif\w*|enough)\b/;
const PROJECT_OTHER = /\b(?:usce|clinical experience|clinical currency|up to date|certificat\w*|epic|cerner|course|degree|masters?|job|research assistant)\b/;

/** Which trial-18 curated answer this question is about, if it tells that situation. */
export function trial18Entry(question: string): string | undefined {
  const t = normalizeText(question);
  if (J1.test(t) && !OTHER_STATUS.test(t) && !OTHER_J1_MATTER.test(t)) {
    // (Coming back, or staying home first, is the question of a new J-1; a waiver alone is not.)
    const ruleNamed = HOME_RULE.test(t.replace(/\bwaiv\w*\b/g, ' '));
    if (ruleNamed && (RETURN.test(t) || MUST_STAY.test(t))) return APPLIES.test(t) ? 'home-rule-applies-must-i-stay' : 'j1-return-before-two-years';
    if (FELLOWSHIP.test(t) && WAIVER_NEEDED.test(t) && !WAIVER_OTHER.test(t) && !/\bprelim\w*|\bpreliminary\b/.test(t)) return 'j1-fellowship-no-waiver';
  }
  if (PRELIM_DONE.test(t) && CREDIT.test(t) && !PRELIM_OTHER.test(t)) return 'prelim-year-credit';
  if (PROJECT.test(t) && AS_INFORMATICS.test(t) && !PROJECT_OTHER.test(t)) return 'own-project-counts-as-informatics';
  // (A letter in another language: the curated answer on translating it, not learning the language.)
  if (LETTER.test(t) && LETTER_LANGUAGE.test(t)) return 'non-english-letters';
  return undefined;
}

/** A letter of recommendation named… */
const LETTER = /\b(?:letters?|lors?|recommendations?|references?)\b/;
const LANGUAGES =
  'spanish|portuguese|arabic|french|urdu|turkish|russian|german|chinese|mandarin|hindi|farsi|persian|italian|korean|japanese|vietnamese|ukrainian|polish|romanian|greek|hebrew|bengali|tamil|amharic|swahili|indonesian|thai|another language|other language|a foreign language|(?:his|her|my|their|our) (?:own |native |mother )?(?:language|tongue)';
/** …with its language or translation: written in another language, a writer who cannot write English. */
const LETTER_LANGUAGE = new RegExp(
  [
    String.raw`\bin (?:${LANGUAGES})\b`,
    String.raw`\btranslat\w*`,
    String.raw`\b(?:speaks?|writes?|knows?) only (?:in )?(?:${LANGUAGES})\b`,
    String.raw`\bonly (?:speaks?|writes?|knows?) (?:in )?(?:${LANGUAGES})\b`,
    String.raw`\bnot (?:written )?in english\b|\bnon ?english\b`,
    String.raw`\b(?:cant|cannot|doesnt|does not|dont|do not) (?:speak|write|read) (?:in )?english\b`,
  ].join('|'),
);

/** The curated answers above: each may answer only a question trial18Entry gives it. */
export const TRIAL18_ENTRIES: ReadonlySet<string> = new Set([
  'j1-return-before-two-years',
  'home-rule-applies-must-i-stay',
  'j1-fellowship-no-waiver',
  'prelim-year-credit',
  'own-project-counts-as-informatics',
]);

/**
 * Step 3 named, and whether the member can sit it where they are, told without the words
 * "Step 3" in that clause ("should I do Step 3 now? I am in Colombia, can I even take it from
 * here?"): where Step 3 is given (pinned.ts step3-where).
 */
const STEP3 = /\bstep ?(?:3|three|iii)\b/;
const SIT_IT_HERE =
  /\b(?:take|taking|sit|sitting|give|giving|write|writing|do|doing|book|booking)\b (?:it|them|the exam|this exam|that exam|the test)\b(?: \w+){0,2} (?:from here|here|from (?!the usa\b|usa\b|america\b)[a-z]+|outside (?:the )?(?:usa|us|states)|abroad|from home|at home|in my country)\b/;
export function step3WhereAsked(question: string): boolean {
  const t = normalizeText(question);
  return STEP3.test(t) && SIT_IT_HERE.test(t);
}
