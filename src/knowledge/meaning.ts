/**
 * What a question is about, as a set of weighted features, so two questions can be compared by
 * meaning rather than by their exact words: "is step 3 a must for h1b?" and "can I get an H-1B
 * without Step 3?" share every feature that matters.
 *
 * Three layers, each small and explainable:
 * - words reduced to a light stem (text.ts), then folded to one form per meaning here (SAME_AS:
 *   "needed", "required", "mandatory" and "must" are one feature);
 * - glossary concepts (glossary.ts): "LOR", "letter of recommendation" and "rec letter" are one;
 * - entities (visa types, exams, matches, kinds of experience) grouped in classes, so a question
 *   about the J-1 is never taken for one about the H-1B although both are visas.
 *
 * Feature weights are inverse document frequencies over the guides' passages and the FAQ, so a
 * word every guide uses ("program") counts little and a rare one ("Conrad") counts a lot.
 */
import { j1YearsTold } from './j1-years.js';
import { glossaryMatches } from './retrieval.js';
import { processTerm, stem, tokenize } from './text.js';
import { askingAfterCircumstance, NO_RESIDENCY_FEATURE, noResidencyTold } from './circumstance.js';
import { lacksTold } from './negation.js';

/**
 * Training done in another country, however it is named: the place is the point of an eligibility
 * question ("only my Pakistan residency"), so a country or a foreign diploma folds to "abroad" and
 * is an entity: a curated question that does not name a place abroad is a weaker match for it.
 * Not "home": the J-1's "home residence requirement" is another question.
 */
const ABROAD: readonly string[] = [
    'abroad', 'foreign', 'overseas', 'outside', 'international',
    'india', 'indian', 'pakistan', 'pakistani', 'bangladesh', 'nepal', 'lanka', 'egypt', 'egyptian',
    'nigeria', 'nigerian', 'ghana', 'kenya', 'ethiopia', 'sudan', 'philippines', 'filipino', 'iran',
    'iranian', 'iraq', 'syria', 'jordan', 'lebanon', 'turkey', 'brazil',
    'mexico', 'colombia', 'venezuela', 'peru', 'argentina', 'cuba', 'caribbean', 'china', 'chinese',
    'russia', 'ukraine', 'poland', 'romania',
    // Caribbean medical schools' islands (a US citizen "went to med school in Grenada").
    'grenada', 'dominica', 'dominican', 'lucia', 'kitts', 'antigua', 'aruba', 'curacao', 'maarten', 'barbados', 'montserrat', 'anguilla', 'belize',
    'fcps', 'mrcp', 'dnb', 'frcs',
  ];

/** Words that mean the same here, folded to the first one's stem. Plain words; stemmed at load. */
const SAME_AS: ReadonlyArray<readonly string[]> = [
  ['informatics', 'ci', 'informatic'],
  ['need', 'required', 'require', 'requirement', 'mandatory', 'necessary', 'must', 'compulsory', 'obligatory', 'prerequisite'],
  ['count', 'counted', 'considered', 'qualify', 'qualifies', 'valid', 'recognized', 'recognised', 'treated'],
  ['eligible', 'eligibility', 'qualified'],
  ABROAD,
  ['allowed', 'ok', 'okay', 'permitted', 'legal', 'fine', 'acceptable', 'rule', 'rules', 'violation', 'against'],
  ['ask', 'request', 'inquire', 'enquire', 'approach'],
  ['email', 'mail', 'message', 'contact', 'text', 'texting', 'whatsapp', 'sms', 'dm'],
  // Not "placed": its stem is the noun "place" ("another program offers me a place" is no ranking question).
  ['rank', 'ranked', 'ranking', 'rol', 'standing'],
  // A certainty asked for, however it is put ("guaranteed", "for sure", "definitely").
  // ("Sure" and "certain" alone are not: "I'm not sure…", "certain programs".)
  ['guarantee', 'guaranteed', 'guarantees', 'definitely', 'assured'],
  // ("Higher" and "highest" compare, as in "which school ranks higher": another question.)
  ['high', 'highly'],
  // A rule that stands in the way, however it is put ("will 212(e) stop / block / prevent me?").
  ['stop', 'prevent', 'block', 'bar', 'barred', 'stops', 'prevents', 'blocks', 'preclude', 'hinder'],
  // New scholarly work to report, however it is named (a poster at AMIA, a paper in JAMIA Open).
  ['publication', 'published', 'paper', 'abstract', 'poster', 'manuscript', 'article'],
  ['choice', 'favourite', 'favorite', 'preferred'],
  ['fail', 'failed', 'failure', 'flunk', 'flunked', 'unsuccessful', 'retake'],
  // One go at an exam, however it is named ("how many tries / shots do I get?"). Not "sitting": its stem is "sit", the verb.
  ['attempt', 'attempts', 'try', 'tries', 'shot', 'shots'],
  ['gap', 'break', 'pause', 'hiatus'],
  // How long ago something was, asked either way round ("old letters", "recent clinical experience").
  ['old', 'stale', 'outdated', 'years-old', 'ago', 'recent', 'recently', 'recency'],
  ['long', 'duration', 'length', 'limit', 'maximum', 'max', 'cap', 'ceiling'],
  ['timeline', 'calendar', 'dates', 'date', 'when', 'schedule', 'deadline', 'deadlines'],
  // British and American spellings of one word ("licence", "license").
  ['license', 'licence', 'licenses', 'licences', 'licensed', 'licenced', 'licensure', 'licensing', 'licencing'],
  // Signing up for a match, as a verb or a noun ("not registered yet", "no NRMP registration yet").
  ['register', 'registered', 'registering', 'registration', 'registrations', 'enrol', 'enroll', 'enrolled', 'enrollment', 'enrolment'],
  ['decide', 'decides', 'decided', 'decision', 'decisions', 'finalize', 'finalise', 'finalized', 'finalised'],
  ['program', 'programme', 'programs', 'fellowship-program'],
  ['chance', 'chances', 'odds', 'possible', 'realistic', 'hopeless'],
  ['explain', 'explanation', 'address', 'talk', 'discuss', 'present', 'mention', 'describe', 'share', 'disclose'],
  // Life events at home are one kind of thing to say or leave out ("mention the wedding", "my family situation").
  ['family', 'personal', 'married', 'marriage', 'wedding', 'wife', 'husband', 'baby', 'pregnancy', 'pregnant', 'divorce', 'newborn'],
  ['sponsor', 'sponsorship', 'sponsoring', 'sponsors'],
  ['writer', 'recommender', 'referee'],
  ['doctor', 'physician', 'md', 'mbbs', 'clinician', 'clinicians'],
  // Getting people to take up a change, or their resistance to it: one informatics concept.
  ['adopt', 'adoption', 'uptake', 'resist', 'resistant', 'resistance', 'reluctant', 'reluctance', 'pushback', 'hate', 'buy-in', 'buyin'],
  ['attending', 'consultant', 'supervisor'],
  ['residency', 'training', 'specialization', 'especialization', 'specialty-training'],
  ['result', 'results', 'outcome'],
  ['interview', 'interviewer', 'interviews'],
  ['hands-on', 'handson', 'practical'],
  ['resign', 'resigned', 'resignation', 'quit'],
  ['dismiss', 'dismissed', 'dismissal', 'fired', 'terminated', 'expelled'],
  ['probation', 'remediation', 'remediated', 'warning', 'disciplinary', 'reprimand', 'reprimanded', 'professionalism', 'misconduct', 'complaint', 'complaints'],
  ['see', 'view', 'perceive', 'judge', 'look', 'regard'],
  ['leave', 'leaves', 'sabbatical'],
  // Another way than the usual one, and the way itself, are different questions ("alternatives
  // to a CI fellowship" is not "the usual IMG route").
  ['alternative', 'alternatives', 'option', 'options'],
  ['path', 'pathway', 'route'],
  // Coming across as too much, however it is put.
  ['pushy', 'creepy', 'annoying', 'desperate', 'intrusive', 'stalkerish', 'overbearing'],
  // Being taken seriously as an applicant.
  ['credible', 'credibility', 'serious', 'seriously', 'convincing', 'legit', 'legitimate'],
  ['usual', 'normal', 'typical', 'standard', 'conventional', 'traditional'],
  ['clothing', 'clothes', 'wear', 'wearing', 'dress', 'attire', 'outfit', 'suit'],
  ['masters', 'master', 'msc', 'mph', 'mhi', 'mmi'],
  ['background', 'exposure'],
  ['interest', 'interested', 'curiosity', 'curious', 'passion'],
  ['invitation', 'invitations', 'invite', 'invites', 'invited'],
  ['zero', 'none', 'nobody', 'no-one'],
  // Harm to one's chances, however it is put ("hurt", "ruin", "lose my spot").
  ['hurt', 'harm', 'ruin', 'lose', 'lower', 'reduce', 'damage', 'jeopardize', 'jeopardise', 'worse'],
  // Learning by heart at the last minute, however it is put.
  ['cram', 'cramming', 'memorise', 'memorize', 'memorising', 'memorizing', 'memorised', 'memorized', 'rote'],
  ['night', 'tonight', 'overnight'],
  // A sum of stretches, however it is put ("all together", "in total", "combined"): how long the
  // whole route takes, not one stage of it.
  ['total', 'together', 'altogether', 'combined', 'overall', 'cumulative'],
  // A three-digit number in the USMLE range ("is 230 competitive?") is a Step score.
  ['score', 'scores', ...Array.from({ length: 91 }, (_, i) => String(190 + i))],
];

/**
 * Entities by class. A question naming an entity of a class that a candidate does not name,
 * while the candidate names another of the same class, is about something else.
 */
export const ENTITY_CLASSES: Readonly<Record<string, readonly string[]>> = {
  visa: ['j1', 'h1b', 'o1', 'green card', 'conrad', 'waiver'],
  exam: ['step1', 'step2', 'step3', 'oet', 'comlex'],
  match: ['amia', 'nrmp', 'soap', 'eras'],
  experience: ['observership', 'research', 'externship', 'elective', 'usce'],
  writer: ['cmio', 'program director', 'data scientist', 'nurse', 'phd', 'family friend', 'dean'],
  message: ['thank you', 'update', 'top choice', 'eligibility inquiry', 'letter of intent'],
  count: ['several'],
  year: ['pgy1', 'pgy2', 'pgy3', 'pgy4', 'pgy5', 'ms3', 'ms4'],
  place: ['abroad'],
  // A professionalism red flag, however it is named: the flag is what such a question is about.
  flag: ['professionalism'],
  // A residency accredited by ACGME International: its standing for a CI fellowship is unsettled,
  // so an answer about residencies abroad in general does not answer it.
  accreditor: ['acgme i', 'acgme international', 'acgmei'],
  concept: ['hl7', 'fhir', 'snomed', 'loinc', 'icd', 'cpoe', 'pdsa', 'cds', 'alert fatigue', 'governance', 'star'],
};

function fold(): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of SAME_AS) {
    const head = stem(group[0] ?? '');
    for (const w of group) map.set(stem(w), head);
  }
  return map;
}
const FOLD = fold();
const EXCHANGE =
  /\b(?:if|provided|as long as|so long as|only if|once|in case) (?:they|the program|the pd|the program director|the fellowship|it|you|programs?)\b(?: \w+){0,4} (?:promise\w*|guarantee\w*|commit\w*|rank\w*|agree\w*|offer\w*)|\bin (?:return|exchange)\b|\b(?:quid pro quo|make a deal|strike a deal|a deal with|trade|trading|swap)\b/i;
const AMIA_CONFERENCE =
  /\b(?:abstracts?|posters?|papers?|talks?|presentations?|presented|presenting|present|accepted|symposium|conference|submitted)\b(?: \w+){0,4} (?:at|to|for) (?:the )?amia\b|\bamia (?:annual |clinical informatics )?(?:symposium|conference|meeting|poster|abstract|summit|cic)\b/i;
/**
 * A place offered outside a match or on condition of leaving it ("they can give me a contract now
 * if I withdraw from the NRMP", "sign before the match", "an offer outside the match"): whatever
 * match is named, the offer is what such a question is about, not which match the member is in.
 */
const MATCH_NAME = String.raw`(?:the |any |my |this |a )?(?:(?:nrmp|amia|main|residency|fellowship|ci|\d{4}) )*(?:match\w*|nrmp|amia)\b`;
/** Leaving a match, however it is put: "withdraw", "pull out", "take myself out", "skip", "quit". */
const LEAVE = String.raw`(?:withdraw\w*|pull\w* out|drop\w* out|leave|leaving|quit\w*|back out|opt\w* out|come out|skip\w*|tak\w+ (?:myself|my name|me|my application) (?:out|off))`;
const OFFER_OUTSIDE_MATCH = new RegExp(
  [
    String.raw`\b(?:offer\w*|give|gives|giving|guarantee\w*|contract|position|spot|place|seat)\b.{0,80}?\b(?:if|provided|as long as|on condition(?: that)?|once|in exchange|only if)\b(?: \w+){0,3} ${LEAVE}\b.{0,12}?\b(?:of |from )?${MATCH_NAME}`,
    String.raw`\b${LEAVE}\b (?:from |of )?${MATCH_NAME}.{0,40}?\b(?:sign\w*|accept\w*|contract|hire\w*|give\w*|offer\w*|spot|position|job)\b`,
    // (…the place first and the leaving after: "sign now, skip the match", "we hire you outright if…")
    String.raw`\b(?:sign\w*|hire\w*)\b(?: [\w']+){0,3}[ ,]+${LEAVE} (?:from |of )?${MATCH_NAME}`,
    String.raw`\b(?:sign|signing|commit|committing|accept|accepting)\b(?:[ ,]+[\w']+){0,4}[ ,]+(?:before|outside(?: of)?|ahead of|instead of|without) ${MATCH_NAME}`,
    String.raw`\b(?:offer\w*|contract)\b.{0,60}?\b(?:outside(?: of)?|before|not through|without going through) ${MATCH_NAME}`,
    String.raw`\b(?:give\w*|spot|position|place)\b.{0,60}?\b(?:outside(?: of)?|not through|without going through) ${MATCH_NAME}`,
    String.raw`\b(?:accept|take|sign)\b(?: \w+){0,3} and (?:withdraw\w*|pull\w* out|drop\w* out|leave) (?:of |from )?${MATCH_NAME}`,
  ].join('|'),
  'i',
);
/** …or an offer weighed against a match the member is in ("AMIA is in December, should I just take it?"). */
const MATCH_NAMED = new RegExp(String.raw`\b${MATCH_NAME}`, 'i');
const TAKE_OFFER = /\b(?:take it|accept it|take the offer|accept the offer|say yes|sure thing|should i (?:just )?(?:take|accept|sign))\b/i;
const HOPE_ASKED =
  /\b(?:dreams?|hopes?|career|chances?|future)\b(?: [\w']+){0,3} (?:is |are |be |now )?(?:dead|over|finished|gone|ended|doomed|ruined|lost)\b|\b(?:am i|are we|i am|im|i m) (?:now |just |really )?(?:finished|done for|doomed|hopeless)\b|\bend of (?:my|the) (?:[\w-]+ )?(?:road|dreams?|career|journey|chances?)\b|\bno (?:\w+ )?hope\b|\b(?:should|do|must) i (?:just )?give up\b/i;
/**
 * Whether it is all over for the member ("am I done for?", "is it hopeless?", "does it disqualify
 * me?"): asked of a setback, the answer is often the opposite of "is it a red flag?".
 */
export function asksIfAllOver(text: string): boolean {
  return HOPE_ASKED.test(text) || /\b(?:hopeless|disqualif\w*|rules? me out|ruled out|doomed|no chance|dead end|game over)\b/i.test(text);
}
const LEAVES_MATCH = new RegExp(String.raw`\b(?:withdraw\w*|pull\w* out|drop\w* out|back\w* out|leav\w*|left|quit\w*|get out|exit\w*) (?:of |from )?${MATCH_NAME}`, 'i');
const WITHDRAW = stem('withdraw');
/** The member asks a program how it will rank them, where they stand, how they compare. */
const ASKS_STANDING =
  /\b(?:ask|asking|find out|know|learn|check|write|email|enquire|inquire)\b.{0,50}\b(?:where|how(?: high| highly| far up| low)?|whether|if) (?:they|you|the program|the pd|the committee|i)\b.{0,30}\b(?:rank|ranks|ranked|ranking|stand|compare|placed|place me|list me)\b|\bhow (?:do|would|will|did) i (?:compare|stack up|rank)\b|\bwhere i stand\b|\bmy (?:position|place|spot|standing) on (?:their|the|its|a program s|your) (?:rank )?list\b/i;
/** A program asks the member where else they applied or how they will rank it. */
const ASKED_STANDING =
  /\b(?:asked|asks|wanted to know|wants to know|inquired|enquired|questioned)\b.{0,60}\b(?:where else|which other|what other|other programs|other places|other fellowships|how (?:i|you) (?:will|would|plan to) rank|(?:my|your) (?:first|top|number one) choice|rank (?:them|us) first)\b|\b(?:let us know|tell us|inform us|confirm)\b.{0,20}\b(?:if|whether) (?:we are|we re|we will be) your (?:first|top|number one)\b/i;
/** …the same, asked as whether a program may ask it ("can a program ask where else I interviewed?"). */
const PROGRAM_ASKS =
  /\b(?:can|may|could|do|does|will|would|is|are|should)(?: a| an| the| any)? (?:programs?|pds?|program directors?|interviewers?|faculty|fellowships?|they)\b(?: \w+){0,3} (?:ask|asking|question|inquire|enquire)\b.{0,50}\b(?:where else|which other|what other|other programs|other places|other fellowships|how (?:i|you) (?:will|would|plan to) rank|(?:my|your) (?:first|top|number one) choice|rank (?:them|us|it) (?:first|highly|high))\b/i;
/**
 * Writing to a program to ask whether it would consider the member ("write to a CI program asking
 * if they will consider me"): an eligibility inquiry, whatever it is called.
 */
const WRITES = /\b(?:write|writing|email\w*|e mail|mail|message|contact\w*|reach out|letter)\b/i;
const WOULD_CONSIDER =
  /\b(?:ask|asking|inquir\w*|enquir\w*|check|checking|find out|confirm)\b(?: \w+){0,3} (?:if|whether) (?:they|the program|programs?|it|the pd)\b(?: \w+){0,2} (?:consider|accept|take|look at|interview|review|entertain)\b|\b(?:if|whether) (?:i am|i m|im|i would be|i d be|my \w+(?: \w+)? (?:makes|make) me) eligible\b/i;

/**
 * A match named by what it is for: a clinical informatics fellowship's match is the AMIA match
 * ("didn't match to any CI program, are there unfilled spots?"), unless the question is about a
 * residency or names the NRMP.
 */
const CI_FELLOWSHIP = /\b(?:ci|clinical informatics|informatics) (?:fellowships?|programs?|match|positions?|spots?)\b|\bfellowship (?:match|results?|positions?|spots?)\b/i;
const MATCH_TALK = /\b(?:match\w*|unmatched|results?|unfilled|open (?:spots?|positions?)|remaining (?:spots?|positions?)|vacanc\w+|rank\w*)\b/i;
/** The member's background or profile told as a whole. */
const OWN_BACKGROUND = /\b(?:my|with my|given my|for my) (?:(?:whole|overall|current|kind of|type of) )?(?:background|profile|situation|cv|resume)\b|\bsomeone (?:like me|with my (?:background|profile))\b|\bpeople like me\b/i;
/** A background in a named field ("my informatics / IT / coding background", "background in data"). */
const FIELD_BACKGROUND = /\b(?:informatics|it|tech\w*|coding|programming|computer|computing|data|engineering|software|research|clinical informatics)\s+(?:background|exposure|experience)\b|\b(?:background|exposure|experience) in\b/i;
/**
 * The NRMP Match as members name it: by its year ("the 2027 Match", "Match 2028") or applying in
 * September. (Not "Match Day" alone: it is as often banter as a question.)
 */
const NRMP_MATCH_TOLD = /\b(?:20\d\d|next year'?s|this year'?s) match\b|\bmatch (?:of )?20\d\d\b|\b(?:apply\w*|application\w*|wait\w*)\b(?: [\w']+){0,5} (?:in |for |till |until |by )?(?:next |this |coming )?september\b/i;
const RESIDENCY_MATCH = /\b(?:residenc\w*|nrmp|soap|main match|pgy1|intern year)\b/i;
/** A past year a thing dates from ("a LOR from 2021", "graduated 2015", "no clinical work since 2020"). */
const DATED = /\b(?:from|since|graduated(?: in)?|ended in|ended|last \w+ (?:in|was)|back in|written in)\s+(?:19|20)\d\d\b/i;
const OLD = FOLD.get(stem('old')) ?? 'old';
const AWAY_SINCE =
  /\b(?:haven.?t|have not|hasn.?t|not|no|didn.?t|did not|stopped|left)\b(?: \w+){0,3} (?:practi[cs]\w*|clinical|seen patients|seeing patients|worked clinically|medicine)\b.{0,30}\bsince (?:19|20)\d\d\b/i;
/**
 * …or told as a span counted from graduation ("the two years between graduation and now", "4 years
 * since I graduated", "the months after med school"): time unaccounted for is what such a span asks about.
 */
const SPAN_SINCE_GRADUATION =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|few|some|the|those|these)\s+(?:years?|yrs?|months?)\b(?: \w+){0,2} (?:since|after|between|from) (?:my |i |i was )?(?:graduat\w*|medical school|med school|mbbs|md)\b/i;
/**
 * Sitting a Step again that was passed ("can I retake Step 1 to raise my score?", "failed CK once,
 * then passed: must I take it again?"): USMLE allows no such retake, another question than a
 * failure to explain or attempts left. Three things must be said: a Step, a retake asked about (not
 * "passed on the retake", nor a retake "if I fail"), and a pass or a score to raise.
 */
const STEP_NAMED = /\b(?:usmle|steps?|step ?[123]|step (?:one|two|three)|ck|comlex|level [123])\b/i;
const RETAKE_ASKED =
  /\b(?:(?:can|could|should|may|must|do|does|need to|have to|want to|allowed to|able to|to|i|we|i'?ll|i will|i'?m going to|plan to|planning to|thinking of|thinking about|considering)\s+(?:\w+\s+){0,2}(?:re-?take|re-?sit|repeat|redo|re-?write|re-?attempt)|(?:re-?taking|re-?sitting|repeating|redoing)\b(?! (?:it )?(?:once|twice)\b)|(?:take|sit|write|give|do|attempt)\s+(?:it|that|this|the (?:exam|step|test)|step ?[123]|step (?:one|two|three)|(?:step ?2 )?ck)\s+again)\b/i;
const RETAKE_IF_FAILED = /\b(?:re-?take|re-?sit|repeat|again)\b(?: \w+){0,3} (?:if|when|after) (?:i|you|we) (?:fail|don.?t pass|do not pass)/i;
const PASS_TOLD =
  /\b(?:(?:already|i|i'?ve|have|had|i have)\s+(?:\w+\s+){0,1}(?:passed|cleared)|after (?:passing|clearing)|(?:passed|cleared) (?:it|step|usmle|ck|with)|(?:improve|raise|boost|increase|better|higher|bump)\w*(?: \w+){0,2} (?:my )?(?:score|result|number)|(?:low|bad|poor|weak|mediocre) (?:pass(?:ing)? )?score|for (?:a )?(?:higher|better) (?:score|result)|(?:passed|cleared)(?: it)?(?: on| in| at)?(?: the| my)? (?:second|2nd|third|3rd|next) (?:time|attempt|try|go)|passed but|barely passed|then passed)\b/i;
function retakeOfPassedStep(text: string): boolean {
  return STEP_NAMED.test(text) && !/\boet\b/i.test(text) && !RETAKE_IF_FAILED.test(text) && RETAKE_ASKED.test(text) && PASS_TOLD.test(text);
}
const ECFMG_SPONSORS = /\becfmg\b(?: [\w'-]+){0,5} sponsor\w*\b|\bsponsor\w*\b(?: [\w'-]+){0,5} (?:by|through|from|via) (?:the )?ecfmg\b/i;
/** A failed exam, said in the member's words. */
/** (Asking how many attempts one gets is asking the limit, not telling of a failure.) */
const FAILED = /\b(?:fail(?:ed|ing|ure|ures|s)?|flunk\w*|unsuccessful|did ?n.?t pass|did not pass|not pass(?:ed)?|retak\w*|two attempts|2 attempts|second attempt|2nd attempt)\b|\b(?:usmle|step ?\d|ck|exams?|comlex)\b.{0,30}(?<!\bhow many )\battempts\b|(?<!\bhow many )\battempts\b.{0,20}\b(?:usmle|step ?\d|ck|exams?|comlex)\b/i;
/** An exam named only by its kind ("a Step exam", "any USMLE attempt", "the boards"). */
const GENERIC_EXAM = /\b(?:a|any|one|an|the) (?:usmle )?step(?: exams?)?\b(?! ?(?:[123]|one|two|three|ck)\b)|\busmle (?:exams?|attempts?|fail\w*|steps)\b|\b(?:a|an|any|one) (?:usmle|licensing|board) exam\b/i;
const GENERIC_CONCEPT = /\b(?:informatics|data|interoperability|coding|health it) (?:standards?|terms|terminolog(?:y|ies)|vocabular(?:y|ies))\b|\b(?:the|all the|these|those) (?:standards|terminologies|code systems|coding systems)\b/i;
const TIMELINE = FOLD.get(stem('timeline')) ?? 'timeline';
const SEND = FOLD.get(stem('send')) ?? stem('send');
const GAP = FOLD.get(stem('gap')) ?? 'gap';
const IMMINENT =
  /\b(?:in (?:\d+|one|two|three|a couple of|a few|a couple) (?:days?|hours?|hrs?)|tomorrow|tonight|the night before|the day before|(?:last|final|next|coming) (?:\d+|twenty.four|forty.eight) (?:hours?|hrs?)|day after tomorrow)\b/i;
const ADOPTION = FOLD.get(stem('adopt')) ?? 'adopt';
const CAREGIVING_FEATURE = stem('caregiving');
const WAITING = /\b(?:meantime|meanwhile|while (?:i|we) (?:wait|am waiting|m waiting)|(?:waiting|wait) (?:for|on|until)|until (?:it|my \w+|the \w+) (?:starts?|comes? through|arrives?|is approved)|(?:slip|slips|delayed|pushed back|postponed) by (?:\w+ )?(?:months?|a year))\b/i;
const FILLING = /\b(?:what (?:can|should|could|do) (?:i|we) do|fill (?:the|that|this|my) (?:time|months?|year|gap)|keep (?:my )?(?:application|cv|profile) (?:strong|competitive|active)|looks? good|be productive|stay productive|make (?:the most|good use) of)\b/i;
const CAREGIVING =
  /\b(?:caregiv\w*|carers?|(?:(?:care|caring|cared) for|look(?:ing|ed)? after|tak(?:e|ing)|took) (?:care of )?(?:my|a|an|our|his|her|the) (?:\w+ )?(?:mother|father|mom|mum|dad|parents?|family(?: member)?|relatives?|child|children|kids?|son|daughter|baby|wife|husband|spouse|sister|brother|grand\w+))\b/i;

const NO_INTERVIEW_FEATURE = 'no-interview';
const INTERVIEW_WORD = String.raw`(?:interview|invit(?:e|ation)|ii|call)s?\b`;
/** Who writes a letter, named by role (the member's attending, consultant, PD, mentor, boss). */
const SIGNER_BY_ROLE =
  /\b(?:attendings?|supervisors?|consultants?|mentors?|boss|pd|program director|professors?|prof|chiefs?|chair|head of (?:the )?(?:department|unit)|hod|preceptors?|senior)\b/i;
const NO_INTERVIEW = new RegExp(
  [
    String.raw`\b(?:no|zero|0|not (?:a single|one|any)|nil|without (?:any )?)\s+(?:[\w-]+\s+){0,2}?${INTERVIEW_WORD}`,
    String.raw`\b(?:did ?n[o']?t|didnt|have ?n[o']?t|havent|has ?n[o']?t|never|not)\s+(?:got(?:ten)?|get|received?|had|have|been (?:invited|called)|heard)\s+(?:any|a single|one|back)?\s*(?:(?!my\b|the\b|our\b|this\b|that\b|an?\b)[\w-]+\s+){0,2}?${INTERVIEW_WORD}`,
    String.raw`\b(?:no ?(?:one|body)|no programs?|not (?:a single|one) programs?|none of (?:the|my) programs?)\s+(?:has |have )?(?:invited|called|interviewed|offered (?:me )?an? interview)`,
  ].join('|'),
  'i',
);
const MATCHED_FEATURE = 'matched-told';
const DECLINE_MATCH = /\b(?:say no|decline|refuse|reject|turn (?:it|them) down|forced|obliged|bound|binding|have to (?:go|take|join|accept)|must i (?:go|take|join|accept)|back out|withdraw|get out of|not go)\b/i;
// Told, not asked or supposed: "does that mean I matched", "have I matched", "if I matched" are
// not news of a match.
const MATCHED_TOLD = /(?<!(?:n[’']?t|\bnot|\bnever|\bif|\bwhether|\bonce|\bwhen|\bafter|\bmeans?|\bhave|\bhas|\bdid|\bthink|\bsure)\s+(?:\w+\s+)?)\b(?:i|we|i've|ive|i have|finally|just)\s+(?:just\s+|finally\s+|have\s+|got\s+)?matched\b|^\W*matched\b/i;
// A match told as long past, or a question timed by the training that follows it ("matched IM last
// March, now PGY1", "what should I do during residency to be a strong fellowship applicant"):
// the member stands in that training, and what to do right after matching is no longer asked.
const MATCH_LONG_PAST = /\bmatched\b[^.?!]{0,40}?\b(?:last (?:year|march|december|cycle|season)|(?:a|one|two|\d) years? ago|in 20\d\d)\b|\b(?:during|throughout|over) (?:my |the )?(?:residency|fellowship|training|intern year|pgy-?\d)\b|\bnow (?:a |in )?pgy-?[1-7]\b/i;
/**
 * A residency begun and left before its end ("2 years of IM residency that I didn't finish", "an
 * incomplete residency", "I quit my residency after PGY-2"): one feature, so what it counts for
 * and how to explain it are found by the fact, not by the verb the member chose.
 */
const UNFINISHED_RESIDENCY_FEATURE = 'unfinished-residency';
const UNFINISHED_RESIDENCY =
  /\b(?:unfinished|incomplete|uncompleted|partial|partly done|half)\b(?: \w+){0,3} (?:residency|residencies|training)\b|\bresidenc(?:y|ies)\b(?: [\w']+){0,8} (?:(?:i |that i |which i )?(?:didn'?t|did not|never|couldn'?t|could not) (?:finish|complete|end)|not (?:finished|completed)|(?:left|quit|stopped|abandoned|dropped)(?: it)? (?:after|before|in|midway|halfway|early|unfinished))\b|\b(?:left|quit|stopped|abandoned|dropped out of|resigned from) (?:my |the |a |an )?(?:\w+ ){0,3}residency\b(?! requirement)/i;

/** Entity phrases as stemmed token keys → `class:entity`. */
const ENTITY_KEYS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [cls, names] of Object.entries(ENTITY_CLASSES)) {
    for (const name of names) map.set(tokenize(name).map(stem).join(' '), `${cls}:${name}`);
  }
  // Spellings members use for the same entities.
  const extra: Record<string, string> = {
    'step 2': 'exam:step2',
    step2: 'exam:step2',
    ck: 'exam:step2',
    'step 3': 'exam:step3',
    'step three': 'exam:step3',
    'step 1': 'exam:step1',
    'step one': 'exam:step1',
    'permanent resident': 'visa:green card',
    'permanent residency': 'visa:green card',
    'permanent residence': 'visa:green card',
    // Waiving the home rule is asking about a waiver ("can my government waive it?").
    waive: 'visa:waiver',
    waived: 'visa:waiver',
    waiving: 'visa:waiver',
    waivable: 'visa:waiver',
    'exchange visitor': 'visa:j1',
    // A visitor's status, however it is named (B-2, B1/B2, a tourist or visitor visa).
    b2: 'visa:visitor',
    'b 2': 'visa:visitor',
    b1b2: 'visa:visitor',
    'tourist visa': 'visa:visitor',
    'visitor visa': 'visa:visitor',
    'visitor status': 'visa:visitor',
    observer: 'experience:observership',
    shadow: 'experience:observership',
    shadowing: 'experience:observership',
    'sub internship': 'experience:elective',
    'sub i': 'experience:elective',
    'clinical experience': 'experience:usce',
    'us clinical experience': 'experience:usce',
    pd: 'writer:program director',
    pds: 'writer:program director',
    'residency director': 'writer:program director',
    'fellowship director': 'writer:program director',
    'thankyou': 'message:thank you',
    'thank you note': 'message:thank you',
    'letter of interest': 'message:update',
    'first choice': 'message:top choice',
    // One flag, however it is named (a conflict between two names of it would be no conflict).
    probation: 'flag:professionalism',
    disciplinary: 'flag:professionalism',
    reprimand: 'flag:professionalism',
    reprimanded: 'flag:professionalism',
    misconduct: 'flag:professionalism',
    'written warning': 'flag:professionalism',
    'formal warning': 'flag:professionalism',
    'final warning': 'flag:professionalism',
    // The guides count leaving or losing a post among professionalism flags.
    resign: 'flag:professionalism',
    resigned: 'flag:professionalism',
    resignation: 'flag:professionalism',
    dismissed: 'flag:professionalism',
    dismissal: 'flag:professionalism',
    fired: 'flag:professionalism',
    terminated: 'flag:professionalism',
    'clinical decision support': 'concept:cds',
    'decision support': 'concept:cds',
    'order entry': 'concept:cpoe',
    'plan do study act': 'concept:pdsa',
    'situation task action result': 'concept:star',
    // More than one of something ("two programs", "several attempts") is a different question.
    '2': 'count:several',
    two: 'count:several',
    twice: 'count:several',
    // Two things at once ("residency and the fellowship in the same season") is another question too.
    'same time': 'count:several',
    'same season': 'count:several',
    'same year': 'count:several',
    'same cycle': 'count:several',
    simultaneously: 'count:several',
    concurrently: 'count:several',
    repeated: 'count:several',
    multiple: 'count:several',
    both: 'count:several',
    'more than one': 'count:several',
  };
  // Three or more of the things a member sends, applies to or sits ("3 programs", "five
  // fellowships", "four times") are several too. A bare digit stays out: "Step 3" is an exam.
  for (const n of ['3', '4', '5', '6', '7', '8', '9', '10', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many'])
    // ("Tries" and "goes" are attempts in members' words: "how many tries do I get?".)
    for (const noun of ['programs', 'programmes', 'places', 'fellowships', 'residencies', 'emails', 'messages', 'schools', 'times', 'attempts', 'tries', 'goes', 'fails', 'failures', 'cycles', 'seasons'])
      extra[`${n} ${noun}`] = 'count:several';
  // …and so is the third or a later go ("my 3rd time applying", "the fourth cycle", "third year running").
  for (const n of ['3rd', 'third', '4th', 'fourth', '5th', 'fifth', '6th', 'sixth'])
    for (const noun of ['time', 'attempt', 'try', 'cycle', 'season', 'year running', 'year in a row'])
      extra[`${n} ${noun}`] = 'count:several';
  // "outside" and "international" are too loose to name a place ("outside the match").
  for (const word of ABROAD) if (word !== 'outside' && word !== 'international') extra[word] = 'place:abroad';
  for (const [form, id] of Object.entries(extra)) if (id) map.set(tokenize(form).map(stem).join(' '), id);
  return map;
})();
const MAX_ENTITY_WORDS = Math.max(...[...ENTITY_KEYS.keys()].map((k) => k.split(' ').length));
const ENTITY_STARTS: ReadonlySet<string> = new Set([...ENTITY_KEYS.keys()].map((k) => k.split(' ')[0] ?? ''));

export interface Meaning {
  /** Feature → 1 (a set; weights come from the model's IDF). */
  features: Set<string>;
  /** `class:entity` ids named in the text. */
  entities: Set<string>;
}

/** Entities named in already-stemmed tokens, longest phrase first at each position. */
function entitiesIn(tokens: string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!ENTITY_STARTS.has(tokens[i] ?? '')) continue;
    for (let n = Math.min(MAX_ENTITY_WORDS, tokens.length - i); n >= 1; n--) {
      const id = ENTITY_KEYS.get(tokens.slice(i, i + n).join(' '));
      if (id) {
        found.add(id);
        break;
      }
    }
  }
  return found;
}

/**
 * Whole words folded before stemming, where the light stemmer would merge two meanings
 * ("programming" and "program") or miss a shared one ("coding" and "python").
 */
const RAW_SAME_AS: Readonly<Record<string, string>> = {
  programming: 'coding',
  programmer: 'coding',
  code: 'coding',
  coding: 'coding',
  python: 'coding',
  sql: 'coding',
  r: 'coding',
  unmatched: 'unmatch',
  usce: 'usce',
  img: 'img',
  imgs: 'img',
  fmg: 'img',
  // A count written as a digit is the same count as the word ("2 year rule", "two-year rule");
  // a lone digit is otherwise too short to be a term, so it is folded here before that check.
  '2': '2',
  '3': '3',
  '4': '4',
  '5': '5',
  '6': '6',
  '7': '7',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  lor: 'letter',
  lors: 'letter',
  recs: 'letter',
};

/** One token → its feature, or null for stop words. */
export function featureOf(token: string): string | null {
  const raw = RAW_SAME_AS[token];
  if (raw) return raw;
  const term = processTerm(token);
  if (!term) return null;
  return FOLD.get(term) ?? term;
}

/**
 * The features and entities of a question or passage. `typos` (default on) lets a long word
 * match a glossary term with a typo; our own texts (guides, curated questions) are spelled right,
 * so they skip that (it is the slow part).
 */
export function meaningOf(given: string, opts: { typos?: boolean } = {}): Meaning {
  // What the member says they lack or are still waiting for ("no EAD", "my waiver is pending",
  // "never failed") is read as lacking it, not as naming it (negation.ts). Our own texts say what
  // they mean and are read as written.
  const text = opts.typos !== false ? lacksTold(namedByStatute(given)).rest : namedByStatute(given);
  const raw = tokenize(text);
  const stems = raw.map(stem);
  const features = new Set<string>();
  // Medical school done and no residency, however it is told, is one feature (circumstance.ts).
  const stage = noResidencyTold(text);
  if (stage.told) features.add(NO_RESIDENCY_FEATURE);
  for (const token of stage.told ? tokenize(stage.rest) : raw) {
    const f = featureOf(token);
    if (f) features.add(f);
  }
  for (const entry of glossaryMatches(text, opts)) features.add(`g:${entry.term.toLowerCase()}`);
  // Caring for a relative is a reason for a gap ("two years caring for my father"): the gap is
  // what such a question is about, whatever words it uses.
  // Time to fill before training starts ("waiting for my visa…, what can I do in the meantime?",
  // "while my J-1 comes through, what should I fill the months with?") is a gap to come: what to
  // do with it is what the gap sections answer.
  if (WAITING.test(text) && FILLING.test(text)) {
    features.add(GAP);
    features.add('g:gap');
  }
  if (UNFINISHED_RESIDENCY.test(text)) features.add(UNFINISHED_RESIDENCY_FEATURE);
  // A program without accreditation, however it is said ("non-ACGME", "unaccredited", "isn't
  // accredited", "without ACGME accreditation"), is one thing: its own feature, so an ECFMG question
  // about such a program is not read as one about accredited training.
  if (/\b(?:un-?accredited|non-?accredited|non-?acgme|(?:not|isnt|isn't|is not|arent|aren't) (?:acgme[- ])?accredited|without (?:acgme )?accreditation)\b/i.test(text)) features.add('unaccredited');
  if (CAREGIVING.test(text)) {
    features.add(GAP);
    features.add('g:gap');
    features.add(CAREGIVING_FEATURE);
  }
  // A program that "takes" or "accepts" a visa, or lets one train "on" it, sponsors it ("do CI
  // fellowships take J-1?", "possible to train in a fellowship while on H-1B?").
  if (/\b(?:take|takes|taking|accept|accepts|accepting|accepted|welcome|welcomes|hire|hires|allow|allows)\b(?: \w+){0,2} (?:j-?1|h-?1b|o-?1)\b|\b(?:fellowships?|residenc\w*|programs?|train\w*)\b(?: \w+){0,4} (?:on|with|using|while on) (?:an? |my )?(?:j-?1|h-?1b|o-?1)\b|\b(?:j-?1|h-?1b|o-?1) (?:doctors|physicians|holders|applicants|imgs)\b(?: \w+){0,2} (?:accepted|taken|welcome)\b/i.test(text)) {
    const sponsor = featureOf('sponsor');
    if (sponsor) features.add(sponsor);
  }
  // "My list" among programs is the rank list, said without "rank" ("can my list have only that
  // program?", "after I commit my list…"): the ranking is what such a question is about. (A
  // member's words only: the guides say "rank list" where they mean it.)
  if (opts.typos !== false && /\b(?:my|the|our|your) (?:final |whole |preference )?list\b/i.test(text) && /\b(?:programs?|fellowships?|match\w*|commit\w*|certif\w*)\b/i.test(text)) {
    const rank = featureOf('rank');
    if (rank) features.add(rank);
  }
  // A supervisor who will sign a letter ("my attending says write it yourself and he'll sign") is
  // that letter's writer, named by role: the curated questions say "recommender". Without this the
  // letter-drafting question held only four of its phrasing's five ideas, and its No rested on the
  // weight of one word, which each new curated entry moved (round ask61). A member's words only.
  if (opts.typos !== false && features.has('g:lor') && SIGNER_BY_ROLE.test(text) && /\bsign(?:s|ed|ing)?\b/i.test(text)) {
    const writer = featureOf('recommender');
    if (writer) features.add(writer);
  }
  // "So I'm in, right?", "am I in?": whether a place is certain, asked without "guaranteed".
  if ((opts.typos !== false && /\b(?:i'?m|i am|am i|im) (?:in|through|safe)\b(?=\s*(?:[,?!.]|$|right\b|or not\b|correct\b|yes\b|no\b|then\b|now\b))/i.test(text)) || /\bfor sure\b|\bfor certain\b/i.test(text)) {
    const sure = featureOf('guarantee');
    if (sure) features.add(sure);
  }
  // Not matching, however it is said ("in case I am not matching", "if I don't match"): the
  // member's word is "unmatched", which the curated questions use.
  if (/(?:\b(?:not|never|fail(?:ed|s)? to)|\b(?:do|did|does|wo|could|would|ca|is|was|have|has)n[’']?t) (?:get )?match(?:ed|ing)?\b|\b(?:no|without an?) (?:[\w-]+ ){0,2}match(?: for me)?\b(?! (?:day|week|results?|dates?|calendar|rules?))/i.test(text)) features.add('unmatch');
  // No interview at all, however it is said ("got zero invites", "not a single interview", "no
  // program called me"), is its own circumstance: the curated matcher does not read "no", so
  // without this feature "I got no interviews" and "my interview is done" looked alike.
  if (NO_INTERVIEW.test(text)) features.add(NO_INTERVIEW_FEATURE);
  // Having matched, told as news ("I matched!", "just matched into IM"), is where the member stands,
  // not the match in general ("is that a separate match?").
  // (Whether a match binds, "matched at the bottom, can I say no?", asks about the match, not what follows it.)
  if (MATCHED_TOLD.test(text) && !MATCH_LONG_PAST.test(text) && !DECLINE_MATCH.test(text)) features.add(MATCHED_FEATURE);
  // A result that names no place ("match result: no position", "got no fellowship spot") is not
  // matching too, said as what came back rather than as what the member did.
  if (/\b(?:match\w*|results?)\b[^.?!]{0,30}?\bno (?:[\w-]+ )?(?:position|place|spot|seat)s?\b|\b(?:i|i'?ve|we)\s+(?:have\s+|had\s+)?(?:got(?:ten)?|received|have|had|was left with|am left with|ended up with)\s+no (?:[\w-]+ )?(?:position|place|spot|seat)s?\b/i.test(text))
    features.add('unmatch');
  // Applying again, however it is said ("try again next year", "another go at the match").
  if (/\b(?:apply|applying|try|trying|go|enter|entering|register|attempt)\b(?: \w+){0,5} again\b|\b(?:another|second) (?:try|attempt|shot|go|round|cycle)\b/i.test(text)) {
    const again = featureOf('reapply');
    if (again) features.add(again);
  }
  // What goes into a message ("mention the wedding in my thank-you", "attach my CV to the email",
  // "leave out of a follow-up"): its contents are the question, not whether it was answered.
  // (…the message named first too: "in the thank-you letter can I share that I'm pregnant?")
  if (
    /\b(?:mention\w*|includ\w*|put|write|tell|share|say|add|attach\w*|bring up|leave out|disclos\w*|talk about)\b(?: [\w'-]+){0,6} (?:in|into|to|of|with|from) (?:my |the |a |an |our |each |every )?(?:thank|follow|e-?mails?|notes?|letters?|messages?|reply)/i.test(text) ||
    /\b(?:in|into|inside) (?:my |the |a |an |our |each |every )?(?:thank[\w -]*?|follow[\w -]*?|e-?mails?|notes?|messages?|reply)\b(?:[\s,]+[\w'-]+){0,5}[\s,]+(?:mention\w*|includ\w*|put|write|tell|share|say|add|attach\w*|bring up|leave out|disclos\w*|talk about)\b/i.test(text)
  )
    features.add('message-content');
  // Changing the order of a list, however it is said ("reorder it", "change the order", "shuffle my ranks").
  // (…and so is editing a list already entered, "edit / change / update my rank list", or moving one
  // program on it, "move one program higher", "take a program off".)
  if (
    /\b(?:re-?order\w*|rearrang\w*|re-?shuffl\w*|re-?rank\w*)\b|\b(?:chang\w*|switch\w*|swap\w*|shuffl\w*|mov\w*)\b(?: \w+){0,2} (?:order|sequence)\b/i.test(text) ||
    /\b(?:edit\w*|chang\w*|modif\w*|updat\w*|amend\w*)\b(?: \w+){0,2} (?:rank(?:ing)? (?:order )?)?list\b|\b(?:mov\w*|bump\w*|put\w*) (?:a|one|the|this|that|my|another) (?:\w+ )?programs? (?:up|down|higher|lower|first|last)\b/i.test(text)
  )
    features.add('reorder');
  // "Am I an IMG?", "does that make me an international graduate?": whether one counts as
  // something, put without "count" or "treated as".
  if (/\b(?:am i|am i still|would i be|will i be|does (?:that|this|it) make me|would (?:that|this|it) make me|do i become) (?:still )?(?:a|an|considered (?:a|an)?)\b/i.test(text)) {
    const counts = featureOf('count');
    if (counts) features.add(counts);
  }
  // "When will they decide?" asks for someone's timeline ("when" alone is a stop word).
  if (/\bwhen (?:they|their|the program|programs|it|its|do they|does it|will they|will it|is it|are they)\b/i.test(text)) features.add(TIMELINE);
  // …and a "when" put last, as a member types it ("match results out when??", "deadline is when?").
  if (/\b(?:out|released?|open|opens|close|closes|due|announced|is|are)\s+when\b(?: [\w-]+){0,4}\s*(?:[?!.]|$)/i.test(text)) features.add(TIMELINE);
  // …and so do asking when something happens, and how far ahead ("ask when decisions go out",
  // "how far ahead of the deadline").
  if (/\b(?:ask|know|find out|learn|tell me)\b(?: \w+){0,4} when\b|\bhow (?:far ahead|far in advance|early|soon|long before|much (?:time|notice))\b|\bin advance\b|\bahead of (?:the |my )?\w*\s?(?:deadline|season|cycle|opening)\b/i.test(text))
    features.add(TIMELINE);
  // What to hand someone ("what should I give my professor?", "which documents do writers
  // need?"): the asking is for materials, however the verb is put ("give" is a stop word).
  if (/\bwhat (?:should|do|can|must) i (?:give|send|provide|hand|share|prepare|bring)\b|\bwhat (?:documents|materials|information|info)\b(?: \w+){0,3} (?:should|do|does|to)\b/i.test(text)) features.add(SEND);
  // Winning people over to a change, or their pushing back ("win over nurses who push back").
  // An event only hours or days away, however the span is told ("interview in 2 days", "tomorrow",
  // "the last 48 hours"): one feature, so the last-minute advice is found by its time, not its words.
  if (IMMINENT.test(text)) features.add('imminent');
  if (/\b(?:push(?:ing|ed)? back|win(?:ning)? over|won over|get (?:them |clinicians |doctors |nurses |staff )?on board|buy.in)\b/i.test(text)) features.add(ADOPTION);
  // What a member implies without naming it; our own texts (read with typos off) name what they mean.
  const memberText = opts.typos !== false;
  if (memberText && DATED.test(text)) features.add(OLD);
  // The member's own background or profile as a whole ("with my background", "given my profile",
  // "someone like me"), with no field named for it ("my informatics background"), is who they are:
  // whether they can do the fellowship at all is eligibility, not how much informatics they have shown.
  if (memberText && OWN_BACKGROUND.test(text) && !FIELD_BACKGROUND.test(text)) {
    const exposure = featureOf('background');
    if (exposure) features.delete(exposure);
    const eligible = featureOf('eligible');
    if (eligible) features.add(eligible);
  }
  // Years of training told on a J-1, added up ("3 yrs IM + 3 yrs cardiology on J1, now CI 2 years
  // too?"): whether it all fits is a question about the J-1's limit, however it is put (j1-years.ts).
  if (memberText && j1YearsTold(text) !== undefined) {
    const limit = featureOf('limit');
    if (limit) features.add(limit);
  }
  // Time away from clinical work, dated ("haven't practiced since 2019"): a gap.
  if (memberText && (AWAY_SINCE.test(text) || SPAN_SINCE_GRADUATION.test(text))) {
    features.add(GAP);
    features.add('g:gap');
  }
  const entities = entitiesIn(stems);
  // "A Step exam", "a USMLE failure": any exam of the class, not one of them. A curated question
  // put that way answers a member who names Step 1 or Step 2 CK as well (see faq.ts similarity).
  // A failed exam is a red flag like a professionalism record: what a question naming one is
  // about, wherever in the message it is said ("I failed CK once, can I still apply?").
  // ("Pass/fail", the way Step 1 is reported, and an "attempt" alone are not failures.)
  // (Class `fail`, set from the wording only: not a name in ENTITY_CLASSES, where "exam" would set it.)
  // ("Fail to match" is going unmatched, not an exam failure.)
  if (FAILED.test(text.replace(/\bpass\W{0,2}fail\b/gi, '').replace(/\bfail(?:ed|s|ing|ure)? (?:to|in) (?:the )?match\w*/gi, ''))) entities.add('fail:exam');
  if (GENERIC_EXAM.test(text) && ![...entities].some((e) => e.startsWith('exam:'))) entities.add('exam:any');
  // "Informatics standards", "the terminologies": any concept of the class, so a curated question
  // put that way answers a member who names LOINC or SNOMED.
  if (GENERIC_CONCEPT.test(text) && ![...entities].some((e) => e.startsWith('concept:'))) entities.add('concept:any');
  // "Recent clinical experience" asks how recent, not where: it is not US clinical experience
  // unless the member says so.
  if (/\brecent(?:ly)? (?:hands.on )?clinical (?:experience|work|practice)\b/i.test(text) && !/\b(?:us|usa|american) clinical\b|\busce\b/i.test(text)) entities.delete('experience:usce');
  if (memberText && WRITES.test(text) && WOULD_CONSIDER.test(text)) entities.add('message:eligibility inquiry');
  // Committing a list (and de-committing it) is the AMIA match's own step; the NRMP "certifies".
  if (memberText && /\b(?:de-?)?commit(?:s|ted|ting)?\b(?: \w+){0,3} (?:list|rank\w*|preferences|rol)\b|\b(?:list|rank\w*|preferences|rol)\b(?: \w+){0,3} (?:is |was |are |been )?(?:de-?)?committed\b/i.test(text) && ![...entities].some((e) => e.startsWith('match:'))) entities.add('match:amia');
  if (memberText && CI_FELLOWSHIP.test(text) && MATCH_TALK.test(text) && !RESIDENCY_MATCH.test(text) && ![...entities].some((e) => e.startsWith('match:'))) entities.add('match:amia');
  // A Match named by its year ("the 2027 Match", "Match 2027"), or applying "in
  // September" (when residency applications open), is how the NRMP Main Residency Match is spoken
  // of: an IMG who says "the Match" with no fellowship in view means the residency match.
  if (memberText && NRMP_MATCH_TOLD.test(text) && !CI_FELLOWSHIP.test(text) && !/\b(?:fel+o\w*|amia)\b/i.test(text) && ![...entities].some((e) => e.startsWith('match:'))) entities.add('match:nrmp');
  // A trade: something offered on condition of the other side's ranking or promise ("…my number
  // one if they promise to rank me high", "in return", "a deal"). Telling a program it is your
  // first choice is allowed; trading it is not, so the condition is what the question is about.
  // AMIA as the conference ("my abstract was accepted at AMIA") is not the AMIA match.
  if (AMIA_CONFERENCE.test(text) && !/\bmatch\w*\b/i.test(text)) entities.delete('match:amia');
  // ECFMG sponsors one thing, the J-1 ("will ECFMG sponsor me again for fellowship?"): its
  // sponsorship named without the visa is the J-1's, not its certification.
  if (ECFMG_SPONSORS.test(text) && ![...entities].some((e) => e.startsWith('visa:'))) entities.add('visa:j1');
  if (retakeOfPassedStep(text)) entities.add('retake:passed');
  if (EXCHANGE.test(text)) entities.add('exchange:trade');
  if (OFFER_OUTSIDE_MATCH.test(text) || (/\boffer\w*\b/i.test(text) && MATCH_NAMED.test(text) && TAKE_OFFER.test(text))) entities.add('offer:outside-match');
  // Leaving a match, however it is said ("pull out of", "drop out of", "leave", "quit the match"),
  // is withdrawing from it.
  if (LEAVES_MATCH.test(text)) features.add(WITHDRAW);
  // Whether it is all over, however despair puts it ("is my dream dead?", "am I finished for
  // good?", "the end of my US career?", "should I give up?"): the member's chances are the question,
  // asked the way "is it hopeless?" is. ("Any hope left?" asks it the other way round, so it stays out:
  // a curated "No" to "is it hopeless?" must not answer it.)
  if (HOPE_ASKED.test(text)) {
    const chance = featureOf('chance');
    if (chance) features.add(chance);
  }
  // Where the member stands with a program: asking for it is banned, being asked for it is a
  // program's breach. Either is what such a question is about, whatever else it shares with an
  // entry about questions to ask or emails to send.
  // (A trade's condition, "…if they rank me first", is the trade, not a question about standing.)
  if (entities.has('exchange:trade')) {
    // nothing more
  } else if (PROGRAM_ASKS.test(text)) entities.add('standing:asked');
  else if (ASKS_STANDING.test(text)) entities.add('standing:theirs');
  else if (ASKED_STANDING.test(text)) entities.add('standing:asked');
  for (const e of entities) features.add(`e:${e}`);
  return { features, entities };
}

/**
 * The J-1's two-year home-residence requirement is often called by its statute, section 212(e)
 * of the Immigration and Nationality Act ("212e", "212 (e)", "INA 212(e)"). Read as a number, 212
 * is a Step score and the J-1 goes unseen; said as what it is, it is the J-1 home requirement.
 */
function namedByStatute(text: string): string {
  return text.replace(/\b(?:(?:ina|section|sec\.?)\s*)?212\s*[([]?\s*e\s*[)\]]?(?![a-z0-9])/gi, ' J-1 home requirement ');
}

/** Inverse document frequencies over a corpus of texts. */
export interface Idf {
  weight(feature: string): number;
  /** True when the corpus has the feature at all. */
  known(feature: string): boolean;
  /** The known word one slip away from an unknown one ("fellowhsip" → "fellowship"), if any. */
  nearest?(feature: string): string | undefined;
}

/** One slip apart: a swap of two neighbours, one letter changed, added or dropped. */
export function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // a swap
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

export function buildIdf(texts: readonly string[]): Idf {
  const df = new Map<string, number>();
  for (const t of texts) for (const f of meaningOf(t, { typos: false }).features) df.set(f, (df.get(f) ?? 0) + 1);
  const n = texts.length;
  // An unseen feature weighs as much as the rarest seen one: the guides do not know it.
  const unseen = Math.log(1 + n);
  return {
    weight: (f) => {
      const d = df.get(f);
      return d ? Math.log(1 + n / d) : unseen;
    },
    known: (f) => df.has(f),
    // Only long plain words: a short one ("pgy", "j1") is too easily another word.
    nearest: (f) => {
      if (f.length < 6 || !/^[a-z]+$/.test(f) || df.has(f)) return undefined;
      let best: string | undefined;
      for (const [w, d] of df) if (w.length >= 6 && oneSlip(f, w) && (!best || d > (df.get(best) ?? 0))) best = w;
      return best;
    },
  };
}

/** Does `f` occur in the guides/FAQ at all (an unseen word is evidence of another topic)? */
export function knownFeature(idf: Idf, f: string, corpusSize: number): boolean {
  return idf.weight(f) < Math.log(1 + corpusSize) - 1e-9;
}

/**
 * The features of the asking clause, or of the whole question when the clause alone says too
 * little ("How will programs look at this?" leans on the sentences before it).
 */
export function askedFeatures(question: string, clause: string): Set<string> {
  const content = (fs: Set<string>): number => [...fs].filter((f) => !f.startsWith('g:') && !GENERIC.has(f)).length;
  // The asking core first: "ERAS opens in June for me; how early should I ask?" asks the part
  // after the semicolon, and "when should I ask for letters if I submit in September?" asks about
  // the letters, the condition being the member's circumstances.
  const core = meaningOf(askingCore(clause)).features;
  if (content(core) >= 2) return core;
  const asked = meaningOf(clause).features;
  return content(asked) >= 2 ? asked : meaningOf(question).features;
}

/** A question word or an asking auxiliary that opens a question inside a clause. */
const OPENS_QUESTION = /\b(?:what|how|when|where|which|who|why|should i|can i|could i|do i|is it|is there|am i|will i|may i|must i)\b/;

/** The clause without context put before a semicolon or a dash, or a condition after the question. */
export function askingCore(clause: string): string {
  const parts = clause.split(/\s*(?:;|\s[-–—]+\s)\s*/).filter(Boolean);
  // Context goes; whatever follows the part that asks stays ("which path is better - a master's
  // or residency?" keeps its options).
  const at = parts.findLastIndex((p) => OPENS_QUESTION.test(p));
  let core = at >= 0 ? parts.slice(at).join(' ') : clause;
  // The member's circumstance before a comma ("my visa is j1, can i…") informs; the part after it asks.
  core = askingAfterCircumstance(core) ?? core;
  // A trailing condition on a "when" question is the member's circumstance, not what is asked.
  if (/^(?:when|how (?:early|soon|late|long before))\b/.test(core)) {
    const cut = /,?\s\b(?:if|since|because|given that|now that|as)\s+(?:i|im|i m|my|we|our)\b/.exec(core);
    if (cut && core.slice(0, cut.index).split(/\s+/).length >= 4) core = core.slice(0, cut.index);
  }
  return core;
}

/** Features so common in this domain that they cannot say what a question is about. */
const GENERIC: ReadonlySet<string> = new Set(['program', 'usa', 'informatic', 'img', 'see', 'explain', 'thi', 'ok', 'allow', 'good', 'way']);
