/**
 * How an answer about the member's own lapse (a professionalism concern, late notes, a warning, a
 * failure) can push it away from them, read by meaning rather than by one wording (newcomer trial
 * 22: "the program was understaffed and our PD was very strict, other residents also were late but
 * I got caught" got no blame note). Three shapes, each a sentence-level reading:
 *
 * - others did it too: other people said to have done the same, set against the member being the
 *   one caught, reported or singled out ("everyone was doing it, I was just unlucky");
 * - the enforcer made responsible: the person or body who applied the rule called strict, harsh or
 *   out of proportion ("the committee overreacted", "my PD was very rigid");
 * - circumstances given as the real reason: "honestly / the truth is / the main reason was" before
 *   staffing, workload or the system, in an answer that owns nothing.
 *
 * Near-misses that stay quiet: understaffing named as context in an answer that owns the lapse
 * ("we were short-staffed, but the late notes were my responsibility"); a strict supervisor the
 * member agrees with ("she was strict, and rightly so"); others' lapses seen as a system problem the
 * member then fixed ("other residents had late notes too, so I set up a team reminder").
 *
 * Source: knowledge/interview-preparation.md#interview-red-flags ("Blaming or dodging on a red
 * flag") and the professionalism question's hint ("take responsibility without qualifiers").
 */

/** Sentences as typed, trimmed; a title's full stop ("Dr. Khan") ends none. */
function sentences(text: string): string[] {
  return [...text.matchAll(/(?:\b(?:Dr|Mrs|Mr|Ms|Prof|St)\.|[^.!?\n])+[.!?]*/g)]
    .map((m) => m[0].trim())
    .filter(Boolean);
}

/** The answer or the question is about something the member did wrong or failed at. */
export const LAPSE_TOPIC =
  /\b(?:fail\w*|did\s+not\s+pass|didn'?t\s+pass|probation\w*|remediat\w*|professionalism|disciplin\w*|warn(?:ed|ing)s?|complaints?|concerns?|incidents?|lapses?|mistakes?|errors?|late|lateness|delinquent|missed|suspen\w+|dismiss\w*|written\s+up|reprimand\w*|setback|retake|attempt|(?:critical|negative|harsh|tough|difficult|poor)\s+(?:feedback|evaluations?|reviews?)|critici[sz]\w*|flagged|incomplete|below\s+(?:expectations|standard))\b/i;

/** Other people, as a group or as peers. */
const OTHERS = String.raw`(?:other\s+(?:\w+\s+)?(?:residents?|interns?|trainees?|fellows?|colleagues?|doctors?|people|students?|juniors?)|others|the\s+others|everyone(?:\s+else)?|everybody(?:\s+else)?|(?:most|many|half|all|several|some|a\s+lot)\s+of\s+(?:us|them|the\s+(?:\w+\s+)?(?:residents?|interns?|team|class|batch|group|doctors?))|(?:most|many|all)\s+(?:the\s+)?(?:other\s+)?(?:residents?|interns?|colleagues?|people)|my\s+(?:co-?residents?|colleagues?|peers|batch-?mates?|classmates?|fellow\s+residents?)|the\s+rest\s+of\s+(?:us|the\s+(?:\w+\s+)?(?:team|residents?|class|batch|group)))`;

/** The same lapse said of them: "also", "too", "did the same", "were no better". */
const SAME = String.raw`(?:also|too|as\s+well|did\s+(?:the\s+same|it|that|this)|do\s+(?:the\s+same|it|that)|were\s+(?:doing|no\s+better|worse|the\s+same)|the\s+same\s+(?:way|thing))`;

/** The member set against them as the one who was caught, reported or singled out. */
const SELF_CONTRAST = String.raw`(?:but|yet|while|only|just|and\s+only|unlike\s+them)\b[^.;]{0,25}\b(?:i|me|my\s+name)\b[^.;]{0,25}\b(?:caught|reported|singled\s+out|picked|punished|written\s+up|noticed|flagged|targeted|penali[sz]ed|disciplined|named|blamed|one|came\s+up|mentioned)\b`;

const OTHERS_TOO = new RegExp(
  [
    // "other residents were late too, but I got caught"
    String.raw`\b${OTHERS}\b[^.;]{0,60}\b${SAME}\b[^.;]{0,40}\b${SELF_CONTRAST}`,
    // "everyone was doing it", "everybody does this"
    String.raw`\b(?:everyone|everybody|all\s+of\s+us|all\s+the\s+(?:\w+\s+)?(?:residents|interns|doctors))\s+(?:else\s+)?(?:was|were|is|are)?\s*(?:doing|does|did|do)\s+(?:it|this|that|the\s+same)\b`,
    // "I was not the only one", "I was singled out", "they made an example of me", "just unlucky to be caught"
    String.raw`\b(?:i\s+(?:was|am)\s+not\s+the\s+only\s+one|(?:i|me)\s+(?:was|were|got|being)\s+(?:\w+\s+)?(?:singled\s+out|picked\s+on|targeted)|made\s+an\s+example\s+(?:out\s+)?of\s+me|(?:unlucky|the\s+unlucky\s+one|happened)\s+to\s+(?:be|get)\s+(?:caught|reported|noticed)|(?:only|just)\s+(?:i|me)\s+(?:was|got)\s+(?:caught|reported|punished|written\s+up)|(?:i|me)\s+(?:just|only|simply)\s+got\s+caught|i\s+(?:was|am)\s+(?:just\s+|only\s+|simply\s+)?the\s+(?:only\s+|unlucky\s+)?one\s+(?:(?:who|that)\s+(?:got|was|were|gets|is)|they|(?:who|that)\s+they)\s+(?:\w+\s+)?(?:caught|reported|punished|written\s+up|noticed|flagged|disciplined|blamed|picked|named))\b`,
    // "it was common practice", "that was normal in our program"
    String.raw`\b(?:it|this|that)\s+(?:was|is)\s+(?:(?:very|quite|so|really)\s+)?(?:common|normal|standard|usual)\s+(?:practice\s+)?(?:there|in\s+(?:our|my|the)\s+(?:program|hospital|department|unit|team)|among\s+(?:the\s+)?(?:residents|us))\b`,
  ].join('|'),
  'i',
);

/** The person or body that applied the rule. */
const ENFORCER = String.raw`(?:(?:my|our|the)\s+(?:\w+\s+)?(?:pd|program\s+director|programme\s+director|program|programme|attending|consultant|supervisor|chief|boss|committee|ccc|administration|management|hospital|department|director|dean|faculty|seniors?|registrar)|(?:dr|prof)\.?\s+[a-z]+|(?:he|she|they))`;

/** Called strict or harsh, or said to have overreacted. */
const HARSH = String.raw`(?:(?:was|were|is|are|being)\s+(?:(?:very|too|so|extremely|really|quite|overly|unusually|unreasonably|a\s+bit|a\s+little|super|excessively)\s+)*(?:strict|harsh|rigid|picky|inflexible|unreasonable|petty|nitpicking|hard\s+on\s+(?:me|us))|overreacted|over-reacted|blew\s+(?:it|this|that|things)\s+(?:out\s+of\s+proportion|up)|made\s+(?:a\s+(?:big\s+|huge\s+)?(?:deal|fuss)|too\s+much)\s+(?:out\s+)?of)`;

const ENFORCER_BLAMED = new RegExp(String.raw`\b${ENFORCER}\s+(?:\w+\s+){0,2}?${HARSH}\b`, 'i');

/** The member agrees with the enforcer, or says the strictness served them. */
const FAIR_ENFORCER =
  /\b(?:rightly|fairly|for\s+good\s+reason|right\s+to|was\s+right|were\s+right|that\s+was\s+fair|which\s+was\s+fair|i\s+(?:now\s+)?(?:appreciate|understand|respect|agree)|learned|taught\s+me|helped\s+me|pushed\s+me|needed)\b/i;

/** A framing that makes what follows the real cause: "honestly", "the truth is", "the main reason was". */
const REAL_CAUSE =
  /\b(?:honestly|frankly|to\s+be\s+(?:honest|frank)|truthfully|the\s+(?:truth|reality|fact)\s+is|the\s+(?:real|main|actual|only)\s+(?:reason|cause|problem|issue)\s+(?:was|is)|(?:it|this|that)\s+(?:was|happened)\s+(?:mainly|mostly|only|just|really|all)\s+because|(?:mainly|mostly|only|purely)\s+(?:because|due\s+to))\b/i;

/** Outside conditions: staffing, workload, a chaotic place, a bad system. */
const CONDITIONS =
  /\b(?:under-?staffed|short[-\s]?staffed|short\s+of\s+(?:staff|people|doctors|residents)|(?:not|never)\s+enough\s+(?:staff|people|doctors|residents|time)|lack\s+of\s+(?:staff|support|time|supervision)|over-?loaded|over-?worked|workload|too\s+(?:much|many)\s+(?:work|patients|calls|shifts|duties)|(?:very|so|too|extremely)\s+busy|chaotic|chaos|disorgani[sz]ed|poorly\s+(?:run|organi[sz]ed|managed)|no\s+(?:support|help|supervision)|toxic|(?:the|our)\s+(?:ehr|emr|system)\s+(?:was|were|is)\s+(?:\w+\s+)?(?:slow|bad|terrible|broken))\b/i;

/** Luck made the cause: "it was just bad timing", "pure bad luck", "I was simply unlucky". */
const BAD_LUCK =
  /\b(?:(?:just|only|simply|purely|pure|really)\s+(?:\w+\s+)?(?:bad|hard|terrible)\s+(?:luck|timing)|(?:just|simply|purely)\s+unlucky|(?:it|this|that)\s+was\s+(?:all\s+)?(?:bad|hard)\s+luck)\b/i;

/** The member owns the lapse somewhere in the answer. */
const OWNS_LAPSE =
  /\b(?:my\s+(?:own\s+)?(?:fault|mistake|responsibility|failure|lapse|doing)|(?:mistake|fault|responsibility|lapse)\s+was\s+mine|i\s+take\s+(?:full\s+|complete\s+)?(?:responsibility|ownership)|i\s+(?:own|owned)\s+(?:it|that|this|the|my)|i\s+(?:should|could)\s+have|i\s+was\s+wrong|i\s+accept(?:ed)?\s+(?:that|the|it|responsibility)|(?:no|not\s+an|is\s+no|was\s+no)\s+excuse|(?:does|did|do)\s*(?:not|n't)\s+excuse|i\s+(?:let|allowed)\s+(?:my|the|it)|i\s+(?:fell|got)\s+behind|i\s+did\s+not\s+(?:manage|prioriti[sz]e|plan|ask|keep)|on\s+me\b)/i;

/** "That is no excuse" right after: the comparison is set aside by the member. */
const DISCLAIMED =
  /\b(?:no\s+excuse|not\s+an\s+excuse|(?:does|did|do)\s*(?:not|n't)\s+(?:excuse|change|matter)|is\s+no\s+reason|still\s+(?:my|mine|on\s+me)|regardless|my\s+(?:own\s+)?(?:responsibility|fault|mistake))\b/i;

/**
 * Sentences of an answer about the member's own lapse that push it onto others or circumstances,
 * as typed (for the blame note's quotes). Empty when the answer is about no lapse.
 */
export function lapseDeflection(answer: string, question: string): string[] {
  const all = sentences(answer);
  if (!LAPSE_TOPIC.test(`${question} ${answer}`)) return [];
  const owned = OWNS_LAPSE.test(answer);
  const out: string[] = [];
  all.forEach((s, i) => {
    const next = all[i + 1] ?? '';
    const others = OTHERS_TOO.test(s) && !DISCLAIMED.test(s) && !DISCLAIMED.test(next);
    const enforcer = ENFORCER_BLAMED.test(s) && !FAIR_ENFORCER.test(s) && !FAIR_ENFORCER.test(next);
    const circumstance = !owned && ((REAL_CAUSE.test(s) && CONDITIONS.test(s)) || BAD_LUCK.test(s));
    if (others || enforcer || circumstance) out.push(s.replace(/[.!?]+$/, ''));
  });
  return out;
}

/**
 * What happened said to be small: "not really a big problem", "only a minor thing", "blown out of
 * proportion", "nothing serious". Not when it is said as others' view the member answers ("people
 * told me it was minor, but…"), a hedge the member turns ("it may look small, but…"), or seriousness
 * affirmed ("it was a serious problem and I fixed it", "it was not a small thing").
 */
/** What the minimising is said of: the event itself, never a third thing ("there was no support"). */
const EVENT = String.raw`\b(?:it|this|that|which|(?:the|my|this|that)\s+(?:\w+\s+)?(?:issue|problem|thing|matter|incident|probation|event|episode|lapse|concern|warning|complaint|notes?|delay|failure|mistake|error|lateness|fail|attempt|remediation|gap|whole\s+thing))`;
/** "was", "'s" ("it's"), "is". */
const IS = String.raw`(?:'s\s+|\s+(?:(?:really|honestly|frankly|actually|truly)\s+)?(?:was|is|were)\s+)`;
/** "was not", "wasn't", "'s not", "was never". */
const IS_NOT = String.raw`(?:(?:'s|\s+(?:(?:really|honestly|frankly|actually|truly)\s+)?(?:was|is|were))\s+(?:not|never)\s+|\s+(?:wasn'?t|isn'?t|weren'?t)\s+)`;
const ADVERBS = String.raw`(?:(?:really|actually|honestly|even|that|so|very|such|much\s+of)\s+)*`;

const MINIMISED = new RegExp(
  [
    // "it was not really a big problem", "that wasn't an issue", "the probation is not a serious matter"
    String.raw`${EVENT}${IS_NOT}${ADVERBS}(?:a\s+|an\s+)?(?:(?:big|serious|major|real|huge|significant|grave)\s+)?(?:problem|issue|deal|matter|concern)\b`,
    // "it was no big deal", "this was nothing serious"
    String.raw`${EVENT}${IS}${ADVERBS}(?:no|nothing)\s+(?:really\s+)?(?:(?:big|serious|major|special|important|significant)\s+)?(?:deal|problem|issue|matter|concern)\b`,
    String.raw`${EVENT}${IS}${ADVERBS}nothing\s+(?:serious|major|big|important|special)\b`,
    // "it was only a small thing", "it was just a paperwork issue", "it was a minor matter"
    String.raw`${EVENT}${IS}${ADVERBS}(?:only|just|merely|simply)\s+(?:a|an|some)\s+(?:\w+\s+)?(?:small|minor|little|tiny|technical|administrative|paperwork|formality|misunderstanding|trivial)\b`,
    String.raw`${EVENT}${IS}${ADVERBS}(?:quite\s+)?(?:a\s+|an\s+)?(?:minor|trivial|small|tiny|petty|little)\s+(?:thing|issue|matter|problem|point|incident|lapse|affair)\b`,
    // "it was blown out of proportion", "nothing to worry about", "not worth mentioning"
    String.raw`\b(?:blown|blew\s+(?:it|this|that))\s+(?:\w+\s+)?out\s+of\s+(?:all\s+)?proportion\b`,
    String.raw`\bnothing\s+(?:really\s+)?to\s+worry\s+about\b`,
    String.raw`\bnot\s+(?:really\s+)?worth\s+(?:mentioning|talking\s+about|discussing|worrying\s+about)\b`,
    String.raw`\b(?:it|this|that)\s+(?:does|did)\s*(?:not|n't)\s+(?:really\s+)?matter\s+(?:now|anymore|any\s+more|much)\b`,
  ].join('|'),
  'i',
);

/** The sentence says it was serious, or the small word is denied ("not a small thing"). */
const SERIOUS_AFFIRMED =
  /\b(?:was|is|were)\s+(?:a\s+)?(?:really\s+|very\s+)?(?:serious|big|major|real|significant)\s+(?:problem|issue|deal|matter|concern|lapse|mistake)\b(?![^.]{0,15}\?)|\bnot\s+(?:a\s+)?(?:small|minor|trivial|little)\b|\b(?:took|take)\s+(?:it|this|that)\s+seriously\b/i;

/** Others' view reported, or a hedge the member then turns ("it may look minor, but"). */
const NOT_OWN_VIEW =
  /\b(?:(?:told|tell|telling)\s+me|(?:people|they|colleagues|friends|some(?:one|body)?|others)\s+(?:said|say|thought|think|felt|told)|(?:may|might|could|can)\s+(?:\w+\s+)?(?:seem|look|sound|appear)|(?:seemed|looked|sounded|appeared)\b[^.]{0,30}\bbut)\b/i;

/** The sentence that calls what happened small, as typed, when the answer is about a lapse. */
export function minimisingSentence(answer: string, question: string): string | undefined {
  if (!LAPSE_TOPIC.test(`${question} ${answer}`)) return undefined;
  return sentences(answer).find((s) => {
    const m = MINIMISED.exec(s);
    if (!m) return false;
    return !SERIOUS_AFFIRMED.test(s) && !NOT_OWN_VIEW.test(s.slice(0, m.index + m[0].length));
  });
}
