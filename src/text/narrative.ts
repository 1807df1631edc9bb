/**
 * What a member's narrative contains, read per sentence: things they did (actions), things that
 * came of it (verifiable outcomes, results), the setting and their responsibility (for STAR), a
 * link to clinical informatics, and blame. Shared by the gap-explanation lint and interview-answer
 * feedback, so a draft and an answer are judged by the same reading.
 *
 * Actions are read from lemmas ("completed", "have been completing", "completing" → "complete"),
 * with the member as the doer and no modal or intention in front ("I plan to complete" is a plan,
 * "I did not complete" is not an action). Outcomes are things a reader could check.
 */
import type { Sentence, TextDoc } from './document.js';
import { matchesOf } from './matches.js';
import { SentenceMemo, sentenceKey } from './sentence-memo.js';

/**
 * Verbs of doing, as lemmas: things a reader can picture the member doing. Verbs of being,
 * feeling, waiting, exploring or "staying connected" are left out on purpose; a draft made only
 * of those says nothing was done (corpus SPEC: "plans, feelings and vague activity are not actions").
 */
const ACTION_LEMMAS =
  'complete|finish|build|work|volunteer|study|take|earn|design|develop|analyze|analyse|lead|organize|organise|coordinate|' +
  'teach|tutor|write|co-write|author|co-author|publish|present|join|create|implement|manage|train|attend|enroll|enrol|help|serve|' +
  'map|extract|clean|audit|automate|mentor|prepare|practice|practise|research|code|program|run|launch|track|document|' +
  'support|care|nurse|shadow|observe|assist|conduct|collect|pass|review|submit|obtain|achieve|sit|translate|interview|' +
  'survey|recruit|deploy|configure|test|pilot|scribe|consult|treat|see|participate|contribute|collaborate|lecture|found|' +
  'start|establish|set|draft|edit|evaluate|measure|monitor|update|maintain|redesign|improve|reduce|' +
  'retake|repeat|solve|fix|introduce|propose|gather|compile|digitize|digitise|learn|' +
  'streamline|standardize|standardise|label|annotate|validate|visualize|visualise|query|model|prototype|install|' +
  'upgrade|migrate|integrate|interpret|report|chair|coach|supervise|head|direct|rotate|intern|' +
  'secure|win|graduate|accompany|administer|perform|deliver|examine|screen|counsel|educate|advocate|host|moderate|' +
  'facilitate|compare|calculate|estimate|forecast|simulate|optimise|optimize|refine|rewrite|convert|look|' +
  // Everyday work in a gap counts as much as clinical work: "dealt with the buyers", "handled the
  // accounts", "sold the harvest", "covered the counter at weekends".
  'handle|deal|sell|repair|cover|drive';
const ACTION_SET = new Set(ACTION_LEMMAS.split('|'));
/**
 * In a story (an interview answer) talking, asking and changing things are actions too: "I met
 * the charge nurse", "I called the pharmacist", "I changed the order". A gap draft made only of
 * these would still be vague, so the gap lint keeps to ACTION_SET.
 */
const STORY_ACTION_SET = new Set([
  ...ACTION_SET,
  ...'send report move get keep do turn raise draw ring phone agree meet talk speak call ask contact email escalate explain listen apologize apologise schedule suggest pull negotiate delegate prioritize prioritise switch focus identify check correct rebuild share seek request arrange page discuss tell show convince persuade reach change make put give remove add bring sit walk stay go follow decide offer invite insist push flag notice catch realize'.split(
    ' ',
  ),
]);

/** Verbs that are never an activity of the gap, whatever follows them. */
const NOT_ACTIVITY = new Set(
  (
    'be have do get feel think wait hope want wish try need decide realize realise know believe stay remain keep ' +
    'reflect consider spend lose fail miss become seem go come leave return happen begin start stop continue ' +
    'face struggle suffer worry fear cry rest sleep move relocate marry give receive hear tell say ask call ' +
    'understand notice recognize recognise accept apply allow let make put use find feel mean love like enjoy ' +
    'appreciate plan intend expect dream imagine remember forget grow change turn end finish close open pay ' +
    'owe afford depend rely focus choose prefer pause postpone delay defer withdraw resign quit explore ' +
    'search seek graduate pass clear fail sit retake take read watch follow discover immerse connect reconnect ' +
    'trust save listen witness motivate respect inspire encourage regroup recover heal attend join aim strive ' +
    'endeavour endeavor commit dedicate devote immerse engage step ' +
    // Round fifteen, by semantic class (WordNet's verb.perception, verb.consumption,
    // verb.cognition and verb.emotion, grown as classes, not per draft): taking in ...
    'browse skim peruse scroll view glance absorb devour consume soak binge ' +
    // ... thinking something over ...
    'ponder contemplate wonder muse ruminate meditate reassess reevaluate re-evaluate rethink reconsider ' +
    'envision envisage introspect self-reflect ' +
    // ... and feeling or undergoing it.
    'regret grieve mourn cherish savour savor long yearn crave despair admire adore envy resent ' +
    // Round twenty-three: doubting is thinking, and gaining a quality ("the resilience I gained")
    // is growing, not a deed; a credential gained is an outcome, read there.
    'doubt hesitate gain ' +
    // Round twenty-four: moving oneself about, as "move", "relocate", "leave" and "return" already
    // are (WordNet's verb.motion said of the member): "I arrived in a new country", "we fled".
    'arrive settle emigrate immigrate flee evacuate ' +
    // Session 28 (text44), three more classes said of the member in a gap: talking with people
    // (verb.communication and verb.social: "I talked with many friends who work in IT"), growing as
    // a person (verb.change said of the self: "I have matured"), and holding out (enduring: "I
    // persevered", "I coped"). None is a deed a reader could picture as work.
    'talk chat converse socialise socialize mature evolve blossom persevere persist endure cope survive cling'
  ).split(' '),
);

/** A thing moved from one place or medium to another: "the vaccination log from a paper book to the registry". */
const MOVED_THING =
  /^(?!(?:myself|ourselves|us|me|my family|back|abroad|home|house|in|out|away|on|to|into)\b)(?:the|our|my|a|an|all|their|its|[\w-]+'s) (?:[\w'-]+ ){0,5}?(?:from|onto|into|to) (?!(?:a |the )?(?:new )?(?:city|country|town|village|house|flat|apartment|home|abroad)\b)/;

/** A whole enterprise as the only object of helping or taking part (see actionsIn, session 29). */
const VAGUE_ENTERPRISE =
  /^(?: (?:out|part|a hand))?(?: (?:my|our|his|her|their) (?:\w+ )?(?:parents|family|father|mother|uncle|relatives?) by (?:helping|taking part|being involved|participating|working))?(?: out)? (?:in|with|at|on|to|into) (?:the |our |my |his |her |their |a |an )?(?:[\w'-]+ ){0,4}?(?:business|shop|store|trade|trading|company|firm|farm|concern|enterprise|mill|factory|workshop|restaurant|bakery)\b(?! as\b| by (?!helping|taking|being|participating)\w)/;

/** Objects that make a verb of doing vague: "developed an interest", "took some time", "improved my English a lot". */
const ABSTRACT_OBJECT =
  /^(?:a |an |the |my |some |much |more |new |deep |strong |great |real |better |greater |clearer |good )*(?:\w+ )?(?:interest|passion|understanding|appreciation|skills?|knowledge|sense|time|myself|ourselves|experience|exposure|insights?|perspective|mind|goals?|vision|clarity|awareness|resilience|confidence|journey|patience|hope|faith|lessons?|love|curiosity|motivation|discipline|english|language|communication|abilities|ability|capacity|character|maturity|self|mindset|attitude|habits?|step back|step(?! ?\d)|cv|resume|application|applications|personal statement|paperwork|documents|profile|break|pause|rest|breather|breath|look|decision|chance|moment|leave|holiday|vacation|news|touch|notes?|future|path|direction|career path|way forward|route|next steps?|dreams?|potential|priorities)\b|^(?:a |an |one |the |that |this |some |several |two |three |six |a few |a whole |a full )?(?:\w+ )?(?:years?|months?|weeks?|semester|summer|winter)(?![\w-])(?! (?:of|in|at|on|with|as) (?!my\b|myself\b|me\b|life\b|rest\b)\w)/;
/** Verbs that count only with a concrete object. */
const NEEDS_CONCRETE = new Set([
  'design',
  'develop',
  'take',
  'improve',
  'learn',
  'prepare',
  'start',
  'see',
  'look',
  'set',
  'help',
  'support',
  'maintain',
  'gain',
  'build',
  'update',
  'work',
  'study',
  'practice',
  'practise',
  'review',
  'explore',
  'follow',
  'present',
  'do',
  'get',
  'keep',
  'make',
]);
/** Verbs that say something done even without an object: "I passed", "I volunteered". */
const INTRANSITIVE_OK = new Set([
  'pass',
  'volunteer',
  'graduate',
  'apologize',
  'apologise',
  'escalate',
  'intervene',
  'respond',
  'retake',
  'resign',
  'rotate',
]);
/** Past forms that do not end in -ed. */
const IRREGULAR_PAST =
  /^(?:re|co|over|un)?(?:took|made|did|got|kept|went|came|built|led|ran|wrote|met|spoke|told|sent|found|taught|saw|sat|gave|brought|thought|began|set|put|read|drove|won|paid|stood|held|left|chose|drew|rode|understood|fought|sought|knew|felt|heard|lost|meant|spent|caught|became|grew|rose|fell|shut|cut|hit|let|quit|sold|struck|swore|woke|wore|broke|froze|forgot|overcame|undertook|withdrew)$/;
/** A verb in the past tense as written: "-ed", an irregular past, or a past form of be/have/do. */
export function isPastTense(t: { canon: string; pos: string }): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  return /[a-z]ed$/.test(t.canon) || IRREGULAR_PAST.test(t.canon) || /^(?:was|were|had|did)$/.test(t.canon);
}

/**
 * Round sixteen: the member's clause as the object of someone or something else's doing. "Losing my
 * father changed the way I treat families", "that year altered how I see patients": the agent of
 * the main verb is an event or a circumstance, and the member's clause only says what it changed
 * (a manner or a content clause after "the way", "how", "what"). Nothing in it is a deed of the
 * gap. When the member is the subject of the main clause ("I redesigned how we chart") the main
 * verb is read on its own.
 */
const CONTENT_CLAUSE_OPEN =
  /\b(?:the ways?|how|what|why|the extent to which) (?:that |in which )?(?:i|we) (?:\w+ ){0,2}$/;
const CLAUSE_BOUNDARY =
  /(?:[,;:]|\b(?:and|but|so|because|then|while|although)\b)(?!.*(?:[,;:]|\b(?:and|but|so|because|then|while|although)\b))/;
function clauseOfOthers(before: string): boolean {
  const m = CONTENT_CLAUSE_OPEN.exec(before);
  if (!m) return false;
  const head = before.slice(0, m.index);
  const cut = CLAUSE_BOUNDARY.exec(head);
  const clause = cut ? head.slice(cut.index + cut[0].length) : head;
  // A verb of the other agent must stand there ("changed", "altered", "shaped"): "how I built it"
  // after a heading or at the start of a sentence has no agent in front of it.
  return (
    /[a-z]{3,}(?:ed|ged)\b|\b(?:made|gave|taught|showed|shaped|changes|shapes|alters|transforms)\b/.test(clause) &&
    !/\b(?:i|we|me)\b/.test(clause)
  );
}

/**
 * Round sixteen: change of self told with no object. "I have matured considerably", "I evolved
 * enormously as a person", "I developed profoundly as a professional over that year": after a
 * degree or manner adverb, a role the member grew into and a time phrase, nothing is acted on, so
 * the verb tells how the member changed, not what they did. The role and time parts are read only
 * for verbs outside the curated list or needing a concrete object ("I worked as a scribe." stays
 * work: its role is read by ROLE_HELD).
 */
const DEGREE_ADVERBS =
  /^(?:(?:[a-z-]+ly|a great deal|a good deal|a lot|quite a bit|a little|a bit|so much|very much|much|further|greatly|enormously|considerably|immensely|profoundly|deeply|hugely|tremendously|a great deal more|more|as well|too)\b ?)+/;
const GROWN_INTO =
  /^as (?:a|an) (?:[\w-]+ ){0,2}?(?:person|human(?: being)?|individual|professional|clinician|doctor|physician|leader|learner|man|woman|adult|candidate)(?:-[\w-]+)?(?![\w-]) ?/;
const OVER_TIME =
  /^(?:over|during|in|throughout|across) (?:the|that|this|those|these|my|a) (?:[\w-]+ ){0,3}?(?:years?|months?|weeks?|time|period|gap|break)\b(?: (?:at home|away))? ?/;
function noObjectAfter(after: string, open: boolean): boolean {
  let rest = after.replace(DEGREE_ADVERBS, '');
  if (open) rest = rest.replace(GROWN_INTO, '').replace(OVER_TIME, '');
  return rest !== after && (!rest || /^(?:[.!?,;]|and\b|but\b|so\b)/.test(rest));
}

/**
 * Round sixteen: in a gap draft, seeing is clinical work only when people are seen ("saw about
 * thirty patients a day", "saw mostly children with asthma"); seeing a pattern, the strengths of
 * paper charts or how a team rounds is perception, as is any clause after it ("saw how…").
 */
// Session 36 (AZ gp-h52-007): "I saw from the patient side how broken the EHR can feel" is a view
// taken, not patients seen: a vantage point ("from the patient side", "as a patient", "first-hand")
// or the people as a side or viewpoint ("the patient perspective") is perceiving, not a clinic held.
const SEEN_PEOPLE =
  /^(?!(?:how|what|that|why|where|when|whether|if|the need|a need|from|through|as|firsthand|first-hand|up close|for myself|with my own)\b)(?:[\w,-]+ ){0,6}?(?:patients?|children|kids|adults|people|clients|cases|families|recruits|mothers|women|men|babies|infants|elders|outpatients|inpatients|consults?|referrals)\b(?! (?:side|perspective|point of view|viewpoint|end|eyes|experience)\b)/;

/** A post or paid work as the object of "found": the member got it. */
const FOUND_POST =
  /^(?:a |an |some |my first |paid |(?:a )?temporary |(?:a )?part-time |(?:a )?full-time )?(?:[\w-]+ ){0,2}?(?:job|jobs|work|post|position|role|placement|employment|locum|shifts|contract|opening)\b/;
/**
 * Round seventeen: a concrete thing gained as the object of "found": a person in a role the gap's
 * work needs ("found a mentor", "a supervisor at the data unit") or material to work with ("found a
 * public dataset", "funding", "a site"). Only when nothing judges it after the noun: "found the
 * dataset messy", "found the field interesting", "found it hard", "found myself…" stay cognition.
 */
const FOUND_THING =
  /^(?:a |an |some |my |our |the |two |three |several |another |one )?(?:[\w-]+ ){0,3}?(?:mentors?|supervisors?|sponsors?|preceptors?|collaborators?|advisors?|advisers?|research (?:group|team|lab|partner)s?|data ?sets?|data|databases?|registr(?:y|ies)|cohorts?|funding|grants?|partners?|sites?|volunteer (?:role|post|position|opening|opportunity)|observerships?|externships?|projects?)(?=\s*(?:$|[,.;:!?]|(?:in|at|on|for|from|with|to|who|which|that|and|through|via|willing|at)\b))/;
/** An exam as the object of "cleared" or "cracked": the exam was passed. */
const EXAM_PASSED =
  /^(?:the |my |both |all |part \d )?(?:[\w-]+ ){0,2}?(?:oet|ielts|toefl|plab|usmle|comlex|step ?[123]|exams?|examinations?|boards?|mccqe|amc|fmge|nle|licensing|licensure)\b/;

/** The verb's subject is "I" or "we" right after a noun: a relative clause describing that noun. */
function relativeToNoun(s: Sentence, verbIdx: number): boolean {
  if (s.tokens[verbIdx - 2]?.pos === 'NOUN') return true;
  let k = verbIdx - 1;
  while (k > 0 && /^(?:had|have|'d|'ve|once|just|already|first)$/.test(s.tokens[k]!.canon)) k--;
  return k < verbIdx - 1 && /^(?:i|we)$/.test(s.tokens[k]?.canon ?? '') && s.tokens[k - 1]?.pos === 'NOUN';
}

/** Vague plural objects: "various projects", "many activities". */
const VAGUE_OBJECT =
  /^(?:with |around |at )?(?:things|stuff|everything|chores|household|the house|home)\b|^(?:on |in |with |at |to |about )?(?:various|many|several|some|different|multiple|numerous|all kinds of|lots of|a (?:number|variety|range|lot) of|other) (?:\w+ )?(?:projects?|activities|things|tasks|aspects|areas|initiatives|fields|topics|ways|opportunities|discussions|matters)\b|^(?:on |in )?(?:research |non-medical |medical |personal )?activities\b|^(?:for |on |about )?(?:it|this|that|things|stuff|everything|something|anything)\b/;
/** Verbs of taking in, and what is taken in: not actions with these objects. */
const CONSUMING = new Set(['attend', 'join', 'read', 'watch', 'follow', 'explore', 'listen', 'subscribe', 'network']);
const CONSUMED =
  /^(?:\w+ ){0,3}(?:webinars?|videos?|news|articles? (?:about|on)|communities|community|forums?|podcasts?|youtube|social media|linkedin|newsletters?|blogs?|channels?|with (?:physicians|doctors|people|colleagues)|literature|journals|developments|trends|advances|updates|talks)\b|^(?:about|into|around|up on)\b/;
/**
 * Round fifteen: what is taken in, counted by no number ("attended many online grand rounds",
 * "several virtual conferences", "numerous seminars"): an unnumbered amount of taking in is vague
 * activity, while a named series ("the grand rounds of my future hospital every Thursday") or a
 * number stays a thing done.
 */
const UNCOUNTED =
  /^(?:(?:a|the) )?(?:many|numerous|several|various|countless|multiple|different|lots of|a lot of|plenty of|(?:a )?(?:number|range|variety|series|couple|handful) of|some|a few|few|occasional|random|endless|all sorts of|all kinds of)\b/;

/**
 * Round fifteen: a deed beyond the curated verbs must act on something outside the member. A verb
 * of growth or strain whose object is the member's own mind or self ("deepened my understanding",
 * "broadened my knowledge", "wore myself out") tells an inner change; a verb with a particle and no
 * object after it ("burned out hard", "broke down", "calmed down") tells a state the member was in.
 */
const PARTICLE_NO_OBJECT =
  /^(?:myself |ourselves )?(?:out|down|off|away|up|over|apart|through)\b(?! (?:the|a|an|our|their|my|his|her|its|all|every|each|\d)\b)/;
/**
 * Round fifteen: a participle that completes "keep myself", "stay", "remain" (adverbs between
 * allowed: "kept myself updated", "stayed clinically informed", "tried to remain current") names a
 * state kept, not a thing done.
 */
const STATE_HOST =
  /\b(?:kept|keep|keeping|stay|stayed|staying|remain|remained|remaining)(?: (?:myself|ourselves))?(?: \w+ly)? $/;
/**
 * Round fifteen: care given to a household or one's own affairs, not to a person ("took care of the
 * flat and the paperwork", "looked after our home", "taking care of family errands"): keeping
 * house while waiting is not the caring SPEC counts (a relative cared for is).
 */
const THINGS_CARED =
  /^(?:(?:the|my|our|his|her|their|all|some|a lot of|family|household|own|daily|various) )*(?:house|home|flat|apartment|garden|plants|affairs|things|paperwork|papers|documents|finances|bills|errands|chores|housework|house work|car|myself|ourselves|everything|stuff|matters|formalities)\b/;
const CARE_OF_THINGS = new RegExp(`^(?:care of|after) ${THINGS_CARED.source.slice(1)}`);
/** A start told by its date ("starting September", "beginning in the fall"): a schedule, not a deed. */
const SCHEDULED =
  /^(?:in |on |from |this |next |early |late |in early |in late )?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|the (?:fall|spring|summer|autumn|winter|new year)|soon|shortly|next)\b/;

/** The base form of a regular past tense, when it is one of `verbs`: "shadowed" → "shadow". */
/**
 * Round twelve: the base of an irregular past, for a past the tagger read as a noun or adjective
 * right after "I" ("I rewrote eleven of them", "I built a tracker"): the whole class of forms in
 * IRREGULAR_PAST, with its prefixes.
 */
const IRREGULAR_BASE: Record<string, string> = Object.fromEntries(
  (
    'took:take made:make did:do got:get kept:keep went:go came:come built:build led:lead ran:run wrote:write ' +
    'met:meet spoke:speak told:tell sent:send found:find taught:teach saw:see sat:sit gave:give brought:bring ' +
    'thought:think began:begin set:set put:put read:read drove:drive won:win paid:pay stood:stand held:hold ' +
    'left:leave chose:choose drew:draw rode:ride understood:understand fought:fight sought:seek knew:know ' +
    'felt:feel heard:hear lost:lose meant:mean spent:spend caught:catch became:become grew:grow rose:rise ' +
    'fell:fall shut:shut cut:cut hit:hit let:let quit:quit sold:sell struck:strike swore:swear woke:wake ' +
    'wore:wear broke:break froze:freeze forgot:forget overcame:overcome undertook:undertake withdrew:withdraw'
  )
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);
function irregularBase(word: string): string | undefined {
  const m = /^(re|co|over|un)?(.+)$/.exec(word)!;
  const base = IRREGULAR_BASE[m[2]!];
  return base === undefined ? undefined : `${m[1] ?? ''}${base}`;
}

function pastStem(word: string, verbs: ReadonlySet<string>): string | undefined {
  const base = word.replace(/ed$/, '');
  const candidates = [base, `${base}e`, base.replace(/(.)\1$/, '$1'), base.replace(/i$/, 'y')];
  return candidates.find((c) => verbs.has(c));
}

/** In a story, "I reported it" is a thing done: the pronoun points back to what was told. */
const PRONOUN_OBJECT = /^(?:it|this|that|them|him|her)\b/;
const PLAN_EARLIER =
  /\bi (?:would|will|should|could|can|might|may|plan to|want to|intend to|hope to|am going to|'d|'ll)\b(?!.*\bi (?:\w+ )?(?:\w+ed|took|made|did|got|kept|went|built|led|ran|wrote|met|spoke|told|sent)\b)/;

/** A past participle after a form of "be" is a passive ("I was told", "I was involved"), not an action. */
const BE_FORMS = new Set([
  'was',
  'were',
  'been',
  'am',
  'is',
  'are',
  'being',
  'be',
  'got',
  'get',
  'felt',
  'became',
  'remained',
  'stayed',
]);

/** "worked hard", "studied a lot", "kept myself busy": effort, not a thing a reader can picture. */
const VAGUE_AFTER =
  /^(?:a lot|a bit|hard|harder|very|really|much|more|on myself|constantly|every day|daily|my best|what i could|whatever|things|stuff|well|around|out|busy|it)\b\s*(?:[.,;!?]|and|but|$)/;
/** Verbs that need a concrete object to count ("learned Python" yes, "learned a lot" no). */
const NEEDS_OBJECT = new Set([
  'learn',
  'read',
  'look',
  'get',
  'do',
  'use',
  'see',
  'become',
  'take',
  'set',
  'help',
  'work',
]);

/**
 * Round fifteen: a named month or season told as still to come after the verb ("joining a start-up
 * in May", "beginning a certificate in February", "a post this August"). With a present
 * progressive it makes an arrangement, neither a deed nor a result; "since March I have been
 * working" and a past "started in March" are not read this way.
 */
const MONTH_AHEAD =
  /\b(?:in|this|next|by|from|starting|beginning) (?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter)\b/;
const PROGRESSIVE_BEFORE = /\b(?:i|we) (?:am|are|'m|'re) (?:\w+ )?(?:[\w-]+ing)\b(?:(?![.;!?,]| and | but | then ).)*$/;
/** The rest of the clause after a position: up to ".", ";", "!" or "?". */
const clauseAfter = (text: string, at: number): string => /^[^.;!?]*/.exec(text.slice(at))![0];
/** A present progressive whose clause names a month or season ahead: an arrangement. */
export function arranged(text: string, at: number): boolean {
  return (
    PROGRESSIVE_BEFORE.test(text.slice(0, at)) &&
    (MONTH_AHEAD.test(clauseAfter(text, at)) || FUTURE_TIME.test(clauseAfter(text, at)))
  );
}

/** Modals and intentions before a verb make it a plan or an ability, not something done. */
/** A time still to come: "this spring", "next month", "in March" with a plan around it, "soon". */
const FUTURE_TIME =
  /\b(?:next (?:week|month|year|spring|summer|fall|autumn|winter|cycle|term|semester|quarter)|this (?:coming )?(?:spring|summer|fall|autumn|winter|month|term|semester|quarter)|later this (?:year|month)|soon|upcoming|in the coming (?:weeks|months)|from (?:next|this coming) \w+)\b/;

const NOT_DONE_BEFORE =
  /\b(?:will|would|shall|should|could|can|may|might|must|plan(?:ning)? to|intend(?:ing)? to|hope(?:d|ing)? to|want(?:ed|ing)? to|wish(?:ed)? to|aim(?:ing)? to|go(?:ing)? to|try(?:ing)? to|tried to|like to|expect(?:ing)? to|look forward to|need(?:ed)? to|have to|had to|unable to|not able to|able to|prepared to|ready to|willing to|eager to|determined to|decided to|going to|about to|supposed to|expected to|asked to)\s+(?:\w+\s+)?$/;

/**
 * An infinitive governed by wanting, readiness or feeling, and the verbs joined to it: "eager to
 * learn and contribute", "more motivated than ever to restart my career and serve".
 */
const WANTED_INFINITIVE =
  /\b(?:motivated|eager|ready|determined|keen|excited|committed|prepared|willing|happy|glad|hoping|looking|anxious|impatient|passionate|hungry|resolved|dreaming|longing|waiting|hope|want|wish|plan|intend|aim|strive|try|trying)\b(?: [\w-]+){0,3} to (?:[\w-]+ ){1,6}(?:and|or|,) (?:\w+ )?$/;

/** A token that makes the member the doer: "I", "my team and I", or a sentence without a subject. */
function isMemberSubject(s: Sentence, at: number): boolean {
  const verbIdx = timePhraseStart(s, at);
  // Look back over adverbs, auxiliaries and negations to the subject.
  for (let k = verbIdx - 1; k >= 0 && k >= verbIdx - 5; k--) {
    const t = s.tokens[k]!;
    const c = t.canon;
    if (c === 'i' || c === 'myself') return true;
    // "We changed the template" says what a team did, not what the member did (STAR wants "I"):
    // "we", like any other subject, is none of the words skipped below, so the look-back stops there.
    // Auxiliaries that can follow "I", "not", and words the tagger does not always read as adverbs
    // ("first" can be an adjective, "since" a conjunction, "both" a determiner); adverbs are
    // skipped just below. ("has" and "be" never follow "I"; a modal before "be" is ruled out above.)
    if (['have', 'had', 'am', 'was', 'been', 'first', 'further', 'both', 'since', 'not'].includes(c)) continue;
    // Round twenty-seven: a verb of beginning or going on before an -ing form shares its subject:
    // "I also started learning the R language", "I began volunteering at the clinic", "I continued
    // working on the registry" (the -ing verb is the deed; look back past the aspect verb).
    if (
      k === verbIdx - 1 &&
      /ing$/.test(s.tokens[verbIdx]!.canon) &&
      /^(?:started|began|begun|continued|resumed|kept)$/.test(c)
    )
      continue;
    if (t.pos === 'ADV') continue;
    // A sentence that starts with the verb ("Completed a course in SQL."), or after "and" / a comma
    // in a list of things the member did.
    // In note style ("Volunteer data assistant at the clinic for five months; built the visit
    // tracker", "2024: completed a course") a verb after ";" or ":" that follows a verbless
    // heading is the member's too.
    if ((c === ';' || c === ':') && s.tokens.slice(0, k).every((x) => x.pos !== 'VERB' && x.pos !== 'AUX')) return true;
    if (c === ',' || c === 'and' || c === ';' || c === ':') return k > 0 && memberEarlier(s, k);
    // "I stayed home to care for my children": a purpose clause after a verb of going or staying
    // says what the member did; "ready to start", "intend to contribute" are not done yet.
    if (c === 'to') {
      for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
        const v = s.tokens[j]!;
        if (v.pos === 'VERB' || v.pos === 'AUX') return PURPOSE_HOSTS.has(v.lemma.toLowerCase()) && memberEarlier(s, k);
      }
      return false;
    }
    return false;
  }
  return (
    verbIdx === 0 ||
    (verbIdx <= 4 && s.tokens.slice(0, verbIdx).every((t) => t.pos !== 'PRON' && t.pos !== 'NOUN' && t.pos !== 'PROPN'))
  );
}

/** A verb of perceiving followed by someone and what they did: "saw colleagues lose hours". */
function witnessed(s: Sentence, verbIdx: number): boolean {
  for (let k = verbIdx + 1; k < s.tokens.length && k <= verbIdx + 4; k++) {
    const t = s.tokens[k]!;
    if (t.pos === 'VERB' && k > verbIdx + 1) return true;
    if (!/^(?:NOUN|PROPN|PRON|DET|ADJ|NUM)$/.test(t.pos)) return false;
  }
  return false;
}

/** A time phrase between the subject and the verb: "and in the evenings helped my sister". */
const TIME_NOUN =
  /^(?:evenings?|mornings?|nights?|weekends?|afternoons?|days?|weeks?|months?|sundays?|saturdays?|holidays?|meantime|time)$/;
function timePhraseStart(s: Sentence, verbIdx: number): number {
  let k = verbIdx - 1;
  if (s.tokens[k]?.canon === ',') k--;
  if (!TIME_NOUN.test(s.tokens[k]?.canon ?? '')) return verbIdx;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--)
    if (/^(?:in|on|at|during|every|each|after)$/.test(s.tokens[j]!.canon)) return j;
  return verbIdx;
}

const PURPOSE_HOSTS = new Set([
  'stay',
  'go',
  'move',
  'return',
  'travel',
  'come',
  'relocate',
  'use',
  'spend',
  'leave',
  'take',
]);

function memberEarlier(s: Sentence, k: number): boolean {
  return s.tokens.slice(0, k).some((t) => t.canon === 'i');
}

export interface ActionHit {
  sentence: Sentence;
  token: number;
}

/** Pieces of work "did" can take as its object (see doneWork in actionsIn). */
const DONE_WORK =
  /^(?:research|audits?|surveys?|projects?|studies|study|analys[ie]s|reviews?|courses?|internships?|observerships?|externships?|electives?|rotations?|locums?|shifts?|clerkships?|volunteering|training|teaching|tutoring|fieldwork|work|placements?|attachments?|data|coding|programming|abstraction|screening|outreach)$/;

/** Things the member did, in reading order; `story` counts talking and changing things too. */
export function actionsIn(
  doc: TextDoc | readonly Sentence[],
  opts: { story?: boolean; openPast?: boolean } = {},
): ActionHit[] {
  const sentences = 'sentences' in doc ? doc.sentences : doc;
  const verbs = opts.story ? STORY_ACTION_SET : ACTION_SET;
  const out: ActionHit[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i]!;
      // The tagger sometimes reads a past tense right after "I" as an adjective ("I shadowed a
      // CMIO"): there it is a verb, and its lemma is the word without its ending.
      const edAfterI = t.pos === 'ADJ' && /[a-z]ed$/.test(t.canon) && s.tokens[i - 1]?.canon === 'i';
      // Round eleven: likewise an -ing form right after "I have been", "I am", "I was" is the
      // verb of a progressive ("I have been building a dashboard"), even when tagged as a noun.
      const ingAfterBe =
        t.pos === 'NOUN' &&
        /[a-z]ing$/.test(t.canon) &&
        /^(?:been|am|was|'m)$/.test(s.tokens[i - 1]?.canon ?? '') &&
        s.tokens.slice(Math.max(0, i - 4), i - 1).some((x) => x.canon === 'i');
      // Round twelve: likewise an irregular past right after "I" read as a noun ("I rewrote eleven
      // of them"), and "did" read as an auxiliary where it is the main verb ("I did a small
      // project", "I did the audit myself").
      const irregularAfterI =
        (t.pos === 'NOUN' || t.pos === 'ADJ') &&
        s.tokens[i - 1]?.canon === 'i' &&
        IRREGULAR_PAST.test(t.canon) &&
        irregularBase(t.canon) !== undefined;
      const mainDo =
        opts.story &&
        t.pos === 'AUX' &&
        /^(?:did|do|does)$/.test(t.canon) &&
        /^(?:DET|PRON|NUM)$/.test(s.tokens[i + 1]?.pos ?? '') &&
        !/^(?:not|n't|it)$/.test(s.tokens[i + 1]?.canon ?? '') &&
        !/^(?:my|our) best$/.test(`${s.tokens[i + 1]?.canon} ${s.tokens[i + 2]?.canon}`);
      // Session 35: "did" with a piece of work as its object ("I did remote research with a US
      // mentor", "did a clinical audit", "did two locum shifts a week") is the member doing that
      // work, in a gap draft as in a story (SPEC: "did research" is an action); "did not", "did no
      // research", "did nothing" are not.
      const doneWork =
        /^(?:did|do|does)$/.test(t.canon) &&
        s.tokens[i - 1] !== undefined &&
        /^(?:i|we|also|then|and|later|still)$/.test(s.tokens[i - 1]!.canon) &&
        (() => {
          for (let j = i + 1; j <= i + 4 && j < s.tokens.length; j++) {
            const x = s.tokens[j]!;
            if (/^(?:not|n't|no|nothing|never|any|it|so|well|badly|my best|our best)$/.test(x.canon)) return false;
            if ((x.pos === 'NOUN' || x.pos === 'VERB') && DONE_WORK.test(x.canon)) return true;
            if (!/^(?:DET|ADJ|NUM|NOUN|PROPN|ADV)$/.test(x.pos)) return false;
          }
          return false;
        })();
      let lemma = edAfterI ? (pastStem(t.canon, verbs) ?? t.lemma.toLowerCase()) : t.lemma.toLowerCase();
      if (irregularAfterI) lemma = irregularBase(t.canon)!;
      if (mainDo) lemma = 'do';
      if (doneWork) lemma = 'conduct';
      // Round sixteen: clearing or cracking an exam is passing it ("cleared OET", "cracked the PLAB").
      if (
        (lemma === 'clear' || lemma === 'crack') &&
        EXAM_PASSED.test(s.canon.slice(indexInCanon(s, i) + t.canon.length).trimStart())
      )
        lemma = 'pass';
      // Round sixteen: in a gap draft, finding a post or work is getting it ("found a part-time job
      // at a lab", "had found a locum position"); finding a routine, one's footing or a field
      // interesting stays inner.
      if (
        !opts.story &&
        lemma === 'find' &&
        (FOUND_POST.test(s.canon.slice(indexInCanon(s, i) + t.canon.length).trimStart()) ||
          FOUND_THING.test(s.canon.slice(indexInCanon(s, i) + t.canon.length).trimStart()))
      )
        lemma = 'secure';
      if (ingAfterBe) lemma = pastStem(t.canon.replace(/ing$/, 'ed'), verbs) ?? lemma;
      // An -ing form the tagger read as a noun ("spent those months building…"): its verb.
      if (!verbs.has(lemma) && /ing$/.test(t.canon) && spentOn(s.canon.slice(0, indexInCanon(s, i))))
        lemma = pastStem(t.canon.replace(/ing$/, 'ed'), verbs) ?? lemma;
      // A regular past the lemmatiser cut too far ("coded" → "cod"): its stem.
      if (!verbs.has(lemma) && t.pos === 'VERB' && /[a-z]ed$/.test(t.canon)) lemma = pastStem(t.canon, verbs) ?? lemma;
      // Beyond the curated verbs, any activity verb told in the past by the member counts when it
      // has a concrete object ("sorted out the appointment book", "digitised the ledgers"); verbs
      // of being, feeling, waiting, thinking, wanting, moving about or losing never do.
      // Session 22: a story told as an episode may ask for the same open reading (`openPast`): "so I
      // timed every step for one week" is a deed whether or not "time" is a curated verb.
      const open =
        !verbs.has(lemma) &&
        (!opts.story || opts.openPast === true) &&
        t.pos === 'VERB' &&
        !NOT_ACTIVITY.has(lemma) &&
        // (Session 28: the lemmatiser may cut a regular past too far, "coped" → "cop": its -d and
        // -ed stems are read too.)
        !NOT_ACTIVITY.has(t.canon.replace(/d$/, '')) &&
        !NOT_ACTIVITY.has(t.canon.replace(/ed$/, '')) &&
        isPastTense(t) &&
        // Told with the member right before it ("I sorted out", "I have digitised", "I also
        // repaired"), not a participle used as a word of description ("structured reports").
        /\bi (?:(?:have|had|also|then|first|later|personally|eventually|finally|successfully) )*$/.test(
          s.canon.slice(0, indexInCanon(s, i)),
        );
      // Moving a thing is work ("I moved the clinic's vaccination log from a paper book to the
      // registry"); moving oneself ("moved to Ohio", "moved back home") is not.
      const movedThing =
        !opts.story &&
        lemma === 'move' &&
        isPastTense(t) &&
        MOVED_THING.test(s.canon.slice(indexInCanon(s, i) + t.canon.length).trimStart());
      if (!verbs.has(lemma) && !open && !movedThing) continue;
      if (open) {
        const rest = s.canon.slice(indexInCanon(s, i) + t.canon.length).trimStart();
        // (Session 28: an inner object after a particle is still inner: "held on to my faith".)
        if (
          ABSTRACT_OBJECT.test(rest) ||
          PARTICLE_NO_OBJECT.test(rest) ||
          ABSTRACT_OBJECT.test(rest.replace(/^(?:on to|onto|on|to|into|in|with) /, ''))
        )
          continue;
        // In a story the open reading needs a thing acted on right after the verb ("timed the
        // handovers", "audited forty charts"); "disagreed about…", "entered medical school" as a
        // stage of life, and other verbs without a direct object stay with the curated list.
        if (opts.story && !/^(?:DET|NUM|PRON)$/.test(s.tokens[i + 1]?.pos ?? '')) continue;
      }
      // "I spent those months building a dashboard": the tagger may read the -ing form as a noun.
      const gerundSpent = /ing$/.test(t.canon) && spentOn(s.canon.slice(0, indexInCanon(s, i)));
      if (
        t.pos !== 'VERB' &&
        !edAfterI &&
        !ingAfterBe &&
        !gerundSpent &&
        !irregularAfterI &&
        !mainDo &&
        !doneWork &&
        !(i === 0 && /ed$/.test(t.canon))
      )
        continue;
      const prev = s.tokens[i - 1]?.canon ?? '';
      // "I was told", "I got involved": a passive; "my dream of practising": a gerund used as a noun.
      if (BE_FORMS.has(prev) && !/ing$/.test(t.canon)) continue;
      if (!opts.story && /ed$/.test(t.canon) && STATE_HOST.test(s.canon.slice(0, indexInCanon(s, i)))) continue;
      if (
        // "return to training", "looking forward to starting": "to" before -ing is a preposition.
        /^(?:of|about|for|in|on|at|towards?|to|into|by)$/.test(prev) &&
        /ing$/.test(t.canon) &&
        !spentOn(s.canon.slice(0, indexInCanon(s, i)))
      )
        continue;
      // Session 29 (text46): an -ing form in a list after a word of exposure or skill ("exposure to
      // business, computers and working with people", "exposed to handling of the business, use of
      // computers, and working together with a team") names a skill the member met, not a deed done.
      if (
        /ing$/.test(t.canon) &&
        /\b(?:exposure|exposed|experience|experienced|skills?|familiarity|familiar|knowledge|accustomed|background|insight) (?:in|to|with|of|at|into|such as|like) (?:(?!i\b|we\b)[\w'-]+,? ){0,10}?(?:(?:and|or|as well as) )?$/.test(
          s.canon.slice(0, indexInCanon(s, i)),
        )
      )
        continue;
      // Session 29 (text46): helping out in, taking part in or supporting a whole enterprise ("helped
      // out in the family spice business", "supported my parents by taking part in our rice mill
      // business") names where the time went, not a deed a reader could picture; a task or role named
      // in it ("kept the shop's accounts", "ran its stock register") is read on its own verb.
      if (
        /^(?:help|helped|helping|support|supported|supporting|assist|assisted|assisting|participat\w*|take|took|taking|engag\w*|involv\w*)$/.test(
          t.canon,
        ) &&
        VAGUE_ENTERPRISE.test(s.canon.slice(indexInCanon(s, i) + t.canon.length))
      )
        continue;
      // "studying" as part of "I was studying" counts; a bare -ing noun use ("studying is hard") does not.
      const before = s.canon.slice(0, indexInCanon(s, i));
      if (NOT_DONE_BEFORE.test(before)) continue;
      if (clauseOfOthers(before)) continue;
      // "more motivated than ever to restart my career and serve patients": a verb joined to an
      // infinitive of wanting or readiness is still wanted, not done.
      if (WANTED_INFINITIVE.test(before)) continue;
      // "reflecting on the many moments when I saw colleagues frustrated": a verb in a clause that
      // describes remembered moments is what the member recalls, not what they did in the gap.
      if (
        /\b(?:moments?|times?|occasions?|instances?|nights?|days) (?:when|where|that|in which) (?:i|we) (?:\w+ )?$/.test(
          before,
        )
      )
        continue;
      // "rural patients like those I cared for on Jeju": a verb in a relative clause after "those"
      // or "the ones" says which people are meant, not what the member did in the episode.
      if (
        /\b(?:those|the ones|the people|the patients|the families|the children) (?:that |whom |who )?(?:i|we) (?:\w+ )?$/.test(
          before,
        )
      )
        continue;
      // Session 21: a verb of taking in or using whose object is a bare "everything", "all" or
      // "anything" before it ("apply everything I learned", "all I read") names nothing a reader
      // can picture.
      if (
        NEEDS_OBJECT.has(lemma) &&
        /\b(?:everything|all|anything|whatever|so much|a lot) (?:that )?(?:i|we) (?:\w+ )?$/.test(before)
      )
        continue;
      // Round twenty-four: "the hospital where I had trained for two years": a verb in a clause
      // that names a place says which place is meant, not what the member did in the gap.
      if (
        /\b(?:hospital|clinic|school|college|university|city|town|village|country|place|ward|department|institution|program|programme|centre|center|unit|office|lab|laboratory) (?:where|in which|at which) (?:i|we) (?:\w+ )?$/.test(
          before,
        )
      )
        continue;
      // "children are the reason I studied medicine": a verb describing a reason is background.
      if (/\bthe (?:\w+ )?reason (?:that |why )?(?:i|we) (?:\w+ )?$/.test(before)) continue;
      // "a more prepared candidate", "fully prepared": a participle graded by an adverb describes.
      if (/\b(?:more|most|less|least|very|so|too|fully|well|better|much)\s+$/.test(before) && /ed$/.test(t.canon))
        continue;
      // "I am writing to explain…": the letter itself, not something done in the gap.
      if (
        lemma === 'write' &&
        /^to (?:\w+ )?(?:explain|inform|ask|share|request|apply|introduce|express|let|clarify|update|thank|describe|address|tell|account)\b/.test(
          s.canon.slice(indexInCanon(s, i) + t.canon.length).trimStart(),
        )
      )
        continue;
      // "I enjoy leadership and teaching", "I love building things": an activity named as what the
      // member likes is a taste, not something done. (Session 21: a list of them too, up to a new
      // clause: "I enjoy teaching interns, running the round and organising the rota".)
      if (
        /ing$/.test(t.canon) &&
        /\b(?:enjoy|enjoys|enjoyed|like|likes|liked|love|loves|loved|prefer|prefers|preferred|hate|miss|missed)\b(?:,? (?!(?:i|we|so|but|because|then|when|until|after)\b)[\w-]+){0,10}?(?:,? (?:and |or )?| ?, )$/.test(
          before,
        )
      )
        continue;
      // "I would sit down with pharmacy and decide…": a verb joined to a plan is part of the plan.
      if (!/ed$/.test(t.canon) && !IRREGULAR_PAST.test(t.canon) && PLAN_EARLIER.test(before)) continue;
      if (/\b(?:not|never|no longer|n't|nor)\s+(?:\w+\s+)?$/.test(before)) continue;
      // "I am enrolling in a course this spring": a present progressive with a time still to come
      // is an arrangement, not something done.
      if (/ing$/.test(t.canon) && /\b(?:am|are|'m|is)\s+(?:\w+\s+)?$/.test(before) && FUTURE_TIME.test(s.canon))
        continue;
      if (!opts.story && /ing$/.test(t.canon) && arranged(s.canon, indexInCanon(s, i) + t.canon.length)) continue;
      if (!isMemberSubject(s, i) && !(spentOn(before) && memberSpent(s, i))) continue;
      const after = s.canon.slice(indexInCanon(s, i) + t.canon.length).trimStart();
      // In a story, the time the member was in is the setting, not a thing done: "when I was
      // doing my rural year", "I was working as an intern in Lviv".
      if (
        opts.story &&
        /ing$/.test(t.canon) &&
        (/\b(?:when|while|as|back when) (?:i|we) (?:was|were) (?:\w+ )?$/.test(before) ||
          (/\b(?:i|we) (?:was|were) (?:\w+ )?$/.test(before) && /^as (?:a|an|the)\b/.test(after)))
      )
        continue;
      // Round twelve: in a story, a job held or a move of oneself is where the member was, not
      // something they did in the episode: "I worked as a hospitalist for three years", "I worked
      // in a very busy government hospital", "then I moved to research", "I graduated from Cairo in
      // 2016" ("worked on the registry",
      // "worked with the nurses", "moved the clinic's log" stay actions).
      if (opts.story && lemma === 'work' && LIFE_COURSE_WORK.test(after)) continue;
      if (opts.story && lemma === 'graduate') continue;
      if (
        opts.story &&
        lemma === 'move' &&
        /^(?:back |away |abroad |home |here |there |on )?(?:to|into|from|back|abroad|home|here|there|away)\b/.test(
          after,
        )
      )
        continue;
      // Round twenty-four: "I was also going to ask IT…": an intention in the past, not a deed.
      if (
        lemma === 'go' &&
        /ing$/.test(t.canon) &&
        /^to [a-z]+/.test(after) &&
        /\b(?:was|were) (?:\w+ )?$/.test(before)
      )
        continue;
      if (VAGUE_AFTER.test(after)) continue;
      if ((!after || /^[.!?,;]/.test(after)) && !INTRANSITIVE_OK.has(lemma)) continue;
      if (!opts.story && !INTRANSITIVE_OK.has(lemma) && noObjectAfter(after, open || NEEDS_CONCRETE.has(lemma)))
        continue;
      if (!opts.story && lemma === 'see' && !SEEN_PEOPLE.test(after)) continue;
      if (
        NEEDS_OBJECT.has(lemma) &&
        /^(?:a lot|so much|much|many things|a great deal|about myself|from (?:it|this|that|them|him|her|my (?:parents|family|father|mother|mentors?|teachers?))|on(?! (?:a|an|the|my|our|his|her|their|this|that|[\w-]+'s) (?!job\b)\w)|up(?! (?:a|an|the|my|our|two|three|\d+) \w)|better|how|that|what|more)\b/.test(
          after,
        )
      )
        continue;
      if (VAGUE_OBJECT.test(after) && !(opts.story && PRONOUN_OBJECT.test(after))) continue;
      // Looking at or into the records of the work is analysis in a story ("I looked at three
      // months of alerts", "looked into every missed dose"); looking into a field is not.
      const examined =
        opts.story &&
        lemma === 'look' &&
        /^(?:at|into|through|over) (?:the |all |every |each |our |their |a |an |\w+ (?:weeks?|months?|years?|days?) of )?(?:[\w-]+ ){0,3}?(?:alerts?|charts?|records?|data|cases?|notes|files|orders?|logs?|results?|numbers|reports?|doses?|forms?|referrals?|admissions?|prescriptions?|errors?|incidents?|requests?|discharges?|samples?|complaints?)\b/.test(
          after,
        );
      if (/^(?:learn|read|look|explore)$/.test(lemma) && /^(?:about|into|around|at|up)\b/.test(after) && !examined)
        continue;
      // Round twenty-four: "looking back, I believe…", "looking ahead": a frame for what the member
      // thinks, not something done.
      if (lemma === 'look' && /^(?:back|ahead|forward)\b/.test(after)) continue;
      // Round twenty-four: an illness or a problem of one's own "developed", "got" or "contracted"
      // ("I developed a serious back problem", "I got dengue") befell the member; it is no deed.
      if (/^(?:develop|get|contract|catch|acquire|sustain)$/.test(lemma) && ILLNESS_OBJECT.test(after)) continue;
      // "I look forward to…", "looking forward to applying…": a feeling about the future.
      if (lemma === 'look' && /^forward\b/.test(after)) continue;
      if (
        NEEDS_CONCRETE.has(lemma) &&
        (ABSTRACT_OBJECT.test(after) || /^(?:myself|hard|a lot|well|on myself)\b/.test(after))
      )
        continue;
      if (lemma === 'care' && !/^(?:for|of)\b/.test(after)) continue;
      if (!opts.story && /^(?:take|look)$/.test(lemma) && CARE_OF_THINGS.test(after.replace(/^good /, ''))) continue;
      // "preparing to apply again": getting ready to do something is not doing it.
      if (lemma === 'prepare' && /^to [a-z]/.test(after)) continue;
      // "dealt with the buyers" is work; "dealt with the stress" or "with it" is not.
      if (
        lemma === 'deal' &&
        (!/^with\b/.test(after) ||
          /^with (?:(?:the|my|our|all|a lot of|much) )?(?:\w+ )?(?:stress|grief|loss|anxiety|depression|emotions?|feelings?|pressure|uncertainty|rejection|disappointment|it|this|that|things|everything|life)\b/.test(
            after,
          ))
      )
        continue;
      // "I saw colleagues lose hours", "watched nurses struggle": perceiving what others did, not doing.
      if (/^(?:see|watch|observe|notice)$/.test(lemma) && witnessed(s, i)) continue;
      // Taking in rather than doing: "attended webinars", "joined online communities", "started
      // reading about informatics". A course, grand rounds or a rotation attended is still done
      // (corpus gp-a-016).
      if (CONSUMING.has(lemma) && CONSUMED.test(after)) continue;
      if (!opts.story && CONSUMING.has(lemma) && UNCOUNTED.test(after)) continue;
      // ("I started in March as a scribe" is past: a start that happened, which stays a deed.)
      if (!opts.story && /^(?:start|begin)$/.test(lemma) && !isPastTense(t) && SCHEDULED.test(after)) continue;
      if (
        /^(?:start|begin)$/.test(lemma) &&
        /^(?:to )?(?:read|watch|follow|explore|learn|look|listen|think)/.test(after)
      )
        continue;
      // "attended to personal matters": dealt with, not attended a course.
      if (lemma === 'attend' && /^to\b/.test(after)) continue;
      // "The biggest problem I saw was…": a verb inside a relative clause describes the noun.
      // Round sixteen: with an auxiliary between too ("the externship I had arranged was scrapped").
      if (/^(?:was|were|is|are|had|has)\b/.test(after) && relativeToNoun(s, i)) continue;
      out.push({ sentence: s, token: i });
      break;
    }
    if (!out.some((a) => a.sentence === s)) {
      // Caring for someone, said as a role or a phrase: "I was basically his nurse for a year";
      // work held, said as a role ("I was employed as a coordinator", "I have been a data analyst
      // at…") or as what a role involved ("my role as a research assistant involved cleaning…").
      const caring = CARING.exec(s.canon);
      const m =
        (caring && !THINGS_CARED.test(s.canon.slice(caring.index + caring[0].length).trimStart()) ? caring : null) ??
        (opts.story ? null : (ROLE_HELD.exec(s.canon) ?? ROLE_DUTY.exec(s.canon)));
      if (m) out.push({ sentence: s, token: s.canonTok[m.index] ?? 0 });
    }
  }
  return out;
}

/** An illness or a problem of the body or mind as an object: "a serious back problem", "dengue", "long COVID". */
const ILLNESS_OBJECT =
  /^(?:a |an |the |some |my |severe |serious |chronic |bad )*(?:[\w-]+ ){0,2}?(?:problems?|pain|illness|disease|infection|condition|symptoms?|complications?|injury|injuries|cancer|tumou?r|fracture|depression|anxiety|burnout|burn-out|covid|long covid|dengue|malaria|tuberculosis|tb|hepatitis|pneumonia|sepsis|stroke|disorder|syndrome|diabetes|hernia|fever|migraines?)\b/;

const LIFE_COURSE_WORK =
  /^(?:(?:for|over) (?:[\w-]+ ){0,3}(?:years?|months?|weeks?) )?(?:(?:full[- ]time|part[- ]time|there|abroad|briefly|mostly) )?(?:as|at|in|for) (?:a|an|the|my|our|one|two|three|several|many|various|[\w-]+ (?:hospitals?|clinics?|years?|months?))\b(?:(?! (?:on|with)\b)[^,;.!?])*(?:[,;.!?]|$)/;

const CARING =
  /(?<!\b(?:those|the ones|the people|the patients|the families|the children) (?:that |whom |who )?)\b(?:i|and) (?:\w+ ){0,3}?(?:took care of|take care of|taking care of|looked after|look after|looking after|was (?:\w+ )?(?:his|her|their|my \w+'s) (?:\w+ )?(?:nurse|caregiver|carer)|became (?:\w+ )?(?:his|her|their|my \w+'s) (?:\w+ )?(?:nurse|caregiver|carer)|nursed (?:my|him|her|them)|cared for)\b/;

/** Job titles: a role held is work done (corpus SPEC: "worked in a named role"). */
const ROLE_NOUN =
  '(?:assistant|scribe|coordinator|analyst|instructor|lecturer|tutor|physician|doctor|officer|researcher|fellow|manager|developer|consultant|specialist|associate|technician|intern|resident|educator|trainer|lead|reviewer|abstractor|engineer|scientist|editor|writer|administrator|nurse|pharmacist|clinician|informaticist|demonstrator|registrar|house officer|extern|carer|caregiver|interpreter|translator|teacher|programmer|clerk|auditor|observer|paramedic|medic|locum|gp|mentor|supervisor|director|founder|co-founder)';
// (Round twenty-seven: "engaged" is a job held only as "engaged as/by/at"; "I was constantly engaged
// with the world of digital health" is involvement, a feeling of staying connected, not a post.)
const ROLE_HELD = new RegExp(
  `\\bi (?:\\w+ ){0,2}(?:was|were|got|have been|had been|became|started as|worked as|served as|joined as) (?:\\w+ )?(?:employed|hired|appointed|contracted|engaged|recruited|taken on|posted|stationed|seconded|promoted)? ?(?:as )?(?:a|an|the) (?:[\\w-]+ ){0,3}${ROLE_NOUN}s?\\b(?! (?:program|course|exam|visa))|\\bi (?:\\w+ ){0,2}(?:was|were|got|have been|had been) (?:\\w+ )?(?:(?:employed|hired|appointed|contracted|recruited|posted|stationed|seconded) (?:as|at|by|in|with)|engaged (?:as|at|by))\\b`,
);
const ROLE_DUTY =
  /\bmy (?:\w+ ){0,2}(?:role|job|work|duties|responsibilities|position|post|days|weeks|time)\b.{0,70}?\b(?:involved|included|consisted of|meant|centred on|centered on|were spent|was spent|went into) (?!\w+ing (?:about|on)\b)\w+ing\b/;

/** "My time was spent studying…", "this period included volunteering…" */
function spentOn(before: string): boolean {
  // Round twelve: also the -ing after "ended up", "kept on", "went on" ("I ended up building a
  // summary"), which the tagger may read as a noun.
  return (
    /\b(?:spent|spend|spending|devoted|dedicated|filled)\b(?:\s+\S+){0,8}\s*$/.test(before) ||
    /\b(?:ended|end|ends) up (?:\w+ )?$|\b(?:kept|went) on $/.test(before)
  );
}

/**
 * Round twenty-seven: the time spent is the member's only when the member spent it: "I spent the
 * evenings building a template", "my weeks were spent auditing charts", "after spending a year
 * volunteering…"; not "the pharmacists spent a lot of time calling doctors", which is how things
 * stood. The subject is read back from the verb of spending, as for any other verb.
 */
const SPEND_HOST = /^(?:spent|spend|spends|spending|devoted|dedicated|filled|ended|end|ends|kept|went)$/;
function memberSpent(s: Sentence, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    if (!SPEND_HOST.test(s.tokens[k]!.canon)) continue;
    // A passive ("my weeks were spent auditing") has the time as subject: the member's, as before.
    if (BE_FORMS.has(s.tokens[k - 1]?.canon ?? '')) return true;
    return isMemberSubject(s, k);
  }
  return true;
}

/** Where a token starts in the sentence's canon string (the space before it maps to it too). */
function indexInCanon(s: Sentence, token: number): number {
  const i = s.canonTok.indexOf(token);
  return i > 0 && s.canon[i] === ' ' ? i + 1 : Math.max(0, i);
}

// ---- outcomes ------------------------------------------------------------------------------

/** Something a reader could check: a pass, a score, a certificate, a paper, a title held, a number. */
const OUTCOME_LATE: RegExp[] = [];
export const OUTCOME: readonly RegExp[] = [
  // "labels that pass from the ward to the lab" is movement, not an exam passed.
  // Session 21: handing a thing on is not an exam passed either ("passed problems on to the
  // vendor's analysts", "passing the requests along to IT").
  /\bpass(?:ed|ing)?\b(?! away)(?! on (?:to|the message|information|it|my))(?!(?: [\w'-]+){1,4} (?:on|along|back) to\b)(?! the time)(?! by)(?! (?:from|through|between|into|along|across|over|under|around|down|back|out of|hands)\b)/,
  /\b(?:worked|working|employed|hired|served|serving|appointed|promoted|position|role|job|title|post|mobili[sz]ed|posted|deployed|contracted) (?:\w+ ){0,2}as (?:a|an|the) (?!team\b|group\b|whole\b|result\b|way\b|volunteer\b|(?:\w+ )?volunteer\b)[a-z-]+/,
  /\b(?:shorter|fewer|less|lower|higher|faster|quicker|better|more complete|more accurate) than (?:before|when|it was|at the start|in the past|last|previously)\b|\b(?:now|since then|ever since|from then on|still) (?:\w+ ){0,3}(?:call|calls|use|uses|used|review|reviews|check|checks|track|tracks|receive|receives|follow|follows|run|runs|prescribes?|works?|relies on|rely on|fills? in|prints?) (?:with |on |from |in )?(?:\w+ ){0,1}(?:it|them|this|that|these|those|my|our|the (?:new |same |revised )?(?:[\w-]+ )?(?:template|tool|dashboard|form|list|sheet|checklist|register|registry|system|app|protocol|report|tablets?|fields?|tracker|script|model|workflow|order set|prompt|pathway))\b/,
  // Others stop what was the problem, or the organisation takes the change up: "the pharmacy had
  // stopped calling", "the hospital retired the paper form and moved all triage to the tablets".
  /\b(?:the|our|their|its) (?:[\w-]+ ){0,2}(?:pharmacy|pharmacists|nurses|clinic|hospital|ward|unit|department|team|staff|doctors|clinicians|patients|lab|service|ministry|office|program|clerks|managers?|board|committee) (?:\w+ ){0,2}(?:stopped (?:calling|complaining|sending|asking|losing|missing|paging|returning|rejecting|using (?:paper|the old))|retired|replaced|abandoned|switched|moved (?:all|every|the)|adopted|approved|made (?:it|the \w+) (?:standard|mandatory|permanent)|started using|began using|now uses?|signed off)\b/,
  /\b(?:scored?|scoring|score of|a score)\b.{0,30}\d|\b\d{3}\b.{0,15}\b(?:on|in) (?:step|usmle|comlex)|\b(?:step ?[123]|usmle|comlex|oet|ielts|toefl|ck)\b.{0,40}\b(?:score|scored|\d{2,3})\b/,
  /\b(?:earned|obtained|received|got|completed|was awarded|awarded|achieved|hold|holds|gained|secured|finished) (?:\w+ ){0,4}(?:certificate|certification|certified|degree|diploma|master'?s?|mph|msc|mba|credential|license|licence|badge|specialization|specialisation|nanodegree)\b/,
  /\b(?:became|am now|was|got|is now) (?:\w+ )?certified\b|\b(?:ecfmg|board) (?:certification|certified)\b|\bcertificates?\b|\bcertification\b/,
  /\b(?:received|earned|got|obtained|was given) (?:\w+ ){0,3}(?:evaluations?|reviews?|feedback|letters? of (?:recommendation|reference)|references?|an? offer|a contract|a promotion|a raise)\b/,
  /\b(?:reduced|cut|improved|increased|decreased|lowered|shortened|eliminated|halved|doubled|sped up|raised) (?:the |our |their |its )?(?:\w+ ){0,3}(?:rates?|times?|delays?|errors?|dates|duplicates?|waits?|wait times|readmissions?|no-shows?|missing|turnaround|completion|compliance|accuracy|adherence|uptake|use|usage|documentation|length of stay|backlog|costs?|falls|infections|alerts?|pages|calls|workload|burden|variation)\b/,
  // (Session 21: a course named by its title in quotes, after a possessive: "completed the
  // University of Minnesota's "Health Informatics: …" course".)
  /\b(?:completed|finished|graduated from|successfully completed) (?:[\w'-]+ ){0,5}(?:"[^"]{1,120}" )?(?:course|courses|program|programme|specialization|specialisation|certificate|module|modules|training|degree|bootcamp|class|classes|mooc|mph|msc|fellowship|internship|rotation|curriculum|track|series|diploma|project)\b/,
  /\b(?:published|publication|co-?authored|first-?authored|(?:paper|abstract|poster|manuscript|article|work|submission|chapter|study) (?:\w+ )?(?:was|were|got|has been|have been) accepted|accepted (?:for publication|as an? (?:poster|oral|abstract|paper)|for (?:presentation|a poster|an oral))|presented (?:a |an |our |my )?(?:\w+ ){0,3}(?:poster|abstract|paper|talk|work|findings|results|project)|poster|abstract|manuscript|preprint|journal article|peer-reviewed)\b/,
  /\b(?:(?:is|are|was|were) (?:now |still |already |currently )?live (?:in|at|on|across|for)|went live|go-live|launched|deployed|rolled out|adopted by|now used|is used|are used|still in use|in daily use|in use (?:by|at|on|across)|taken up by|picked up by|implemented (?:in|at|across|on|by)|approved by)\b/,
  /\b(?:resulted in|resulting in|led to|which (?:reduced|cut|improved|increased|decreased|saved|lowered|shortened)|reduc(?:ed|ing)|improv(?:ed|ing)|increas(?:ed|ing)|decreas(?:ed|ing)|cut|sav(?:ed|ing)|lower(?:ed|ing)|shorten(?:ed|ing)|halv(?:ed|ing)|doubl(?:ed|ing))\b.{0,60}\b(?:by|from|to) (?:about |around |nearly |almost |over |roughly )?(?:\d|half|a third|a quarter|one|two|three)/,
  // Round seventeen: a role done as a volunteer ("as a volunteer researcher") is the activity, not a post.
  /\b(?:worked|work|working|employed|hired|serving|served|serve|appointed|promoted|position|role|job|title|post) (?:\w+ ){0,2}as (?:a|an|the) (?!(?:volunteer|unpaid) (?!coordinator|manager|lead)\w)(?:\w+ ){0,3}(?:assistant|scribe|coordinator|analyst|instructor|lecturer|tutor|physician|doctor|officer|researcher|fellow|manager|developer|consultant|specialist|associate|technician|intern|resident|medical officer|educator|trainer|lead|reviewer|abstractor|engineer|scientist|editor|writer|administrator|nurse|pharmacist|clinician|informaticist|demonstrator|registrar|house officer|extern)\b/,
  /\b(?:promoted to|hired as|appointed as|offered a (?:position|job|role) as|became (?:a|an|the) (?:\w+ ){0,2}(?:lead|manager|coordinator|assistant|instructor|analyst))\b/,
  /\b(?:won|received|awarded|earned|was given) (?:\w+ ){0,3}(?:award|prize|grant|scholarship|honou?rs?|distinction|recognition|fellowship|funding)\b|\b(?:award|prize|scholarship|grant)\b/,
  /\b\d+(?:\.\d+)?\s?%|\bpercent\b|\bfrom (?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\s*\w*\s+(?:to|down to|up to) (?!(?:19|20)\d\d\b)\d+/,
  /\b\d[\d,]*\s+(?:patients|records|charts|notes|users|participants|students|learners|sessions|sites|clinics|hospitals|modules|dashboards|reports|hours|queries|rows|cases|encounters|downloads|citations|nurses|physicians|residents|staff|people|subjects|surveys|responses|orders|alerts|beds|visits|questions|lectures|workshops|tickets|applications|lines of code|fields|variables)\b/,
  /\b(?:my|the|our) (?:\w+ )?(?:results?|outcomes?) (?:was|were|is|are|has been|have been)\b|\bthe result was\b/,
  // Round twenty-two: a count of what the work handled or caught, whatever is counted ("4,200
  // pregnancies were registered", "it caught 47 interactions"), told with a verb of the work done
  // to them; a span of time or money ("18 months", "40 dollars") is not a count of results.
  /\b(?!(?:19|20)\d\d\b)\d[\d,]*\s+(?:[a-z-]+ )?(?!(?:years?|months?|weeks?|days?|hours?|minutes?|times|dollars|euros|pounds|rupees|naira|programs?|programmes|interviews?|attempts?|miles|km|kilometres|kilometers)\b)[a-z]+s\b[^.;]{0,40}?\b(?:were|was|got|have been|had been) (?:\w+ )?(?:registered|recorded|screened|entered|digiti[sz]ed|caught|flagged|resolved|processed|reviewed|captured|coded|cleaned|tracked|reached|enrolled|vaccinated|followed up|migrated|corrected|prevented)\b|\b(?:caught|flagged|prevented|resolved|registered|screened|enrolled|vaccinated|digiti[sz]ed|migrated|captured|reached) (?:about |around |over |nearly |more than |almost )?(?!(?:19|20)\d\d\b)\d[\d,]*\s+(?:[a-z-]+ )?[a-z]+s\b/,
];

/**
 * Outcomes told as states rather than events: a role held ("I have been a data analyst since
 * March"), an exam cleared with a grade, a thing of the member's now in others' use ("is now
 * piloted by two clinics"), a count of what was done ("moved all 3,000 paper charts").
 */
OUTCOME_LATE.push(
  /\bi (?:\w+ ){0,2}(?:have been|had been|was|became|am now|have worked as|worked as|served as) (?!(?:(?:a|an|the) )?(?:volunteer|unpaid) (?!coordinator|manager|lead)\w)(?:(?:a|an|the) )?(?:[\w-]+ ){0,3}(?:assistant|scribe|coordinator|analyst|instructor|lecturer|tutor|physician|officer|researcher|manager|developer|consultant|specialist|associate|technician|educator|trainer|lead|reviewer|abstractor|engineer|scientist|editor|administrator|informaticist|demonstrator|registrar|teacher|programmer|auditor)s? (?:at|in|for|with|on|since|from|until|between)\b/,
  /\b(?:cleared|got through|qualified in|succeeded in) (?:\w+ ){0,3}(?:step|usmle|comlex|oet|ielts|toefl|plab|exams?|examinations?|tests?|boards?|part \w+)\b|\b(?:grade|band) (?:[a-e]|\d(?:\.\d)?)\b(?: (?:in|on|across) )?/,
  /\b(?:is|are|has been|have been|was|were) (?:now |still |currently |already )?(?:piloted|adopted|used|deployed|trialled|trialed|rolled out|implemented|in use|taken up|run|in daily use) (?:by|in|at|across|on|throughout) (?:\w+ ){0,2}(?:\d+|two|three|four|five|six|several|all|every|both|other|the|our|their)\b/,
  // Something that came of the work told as its consequence or its appearance in print.
  /\b(?:led|prompted|persuaded|convinced|got) (?:the |our |their |\w+ ){1,3}to (?:add|change|adopt|introduce|replace|remove|create|start|stop|make|revise|update|fund|approve|require|hire|buy|roll out)\b|\b(?:appeared|came out|was printed|were printed|is published|was published) in (?:a|an|the) (?:[\w-]+ ){0,3}(?:journal|bulletin|proceedings|newsletter|magazine|review)\b/,
  /\b\d[\d,]*\s+(?:[\w-]+\s+){1,2}(?:patients|records|charts|notes|users|participants|students|sessions|sites|clinics|reports|queries|cases|encounters|nurses|physicians|staff|surveys|responses|orders|alerts|visits|forms|files|prescriptions|referrals|discharge records|summaries|sets|templates|rules|duplicates|entries|fields|clicks|pages)\b/,
);

/**
 * What came of the work told in plain words: the problem stopped coming back ("we did not run out
 * of insulin once", "not one referral went missing"), others took the thing up ("two neighbouring
 * pharmacies asked me for a copy"), or it is shown and used where decisions are made ("the chart I
 * built is now shown at the Monday meeting", "was used to move two nurses").
 */
export const TAKEN_UP =
  /\b(?:asked|invited) (?:me|us) to (?:train|teach|do the same|repeat|roll (?:it|them) out|extend|set (?:it |them |this |that )?up|run|bring|present) (?:[\w'-]+ ){0,5}?(?:at|in|for|to|across|on) (?:their|the|another|other|a|two|three|all|every|our) (?:[\w-]+ )?(?:sites?|clinics?|wards?|units?|hospitals?|branch(?:es)?|departments?|teams?|practices?)\b|\b(?:he|she|they|(?:the|my|our|his|her|their) (?:[\w-]+ ){0,2}(?!and\b|then\b)[\w-]+) (?:(?:also|later|then|even|soon) )?(?:asked|told|instructed|required|wanted|encouraged) (?:[\w-]+ ){1,4}?to (?:keep |continue |start )?(?:using|use|adopt|follow|copy) (?:it|them|this|that|the same|my|our)\b|\b(?:not (?:one|a single|once)|no(?:body| one| child| patient| referral| dose)?|never) (?:\w+ ){0,3}(?:went missing|was missed|were missed|was lost|got lost|fell through|happened again|came back|ran out|run out|missed (?:a|an|one|the|their)|(?:was|were) (?:still )?(?:missing|left out|overlooked|left without|without) (?:a|an|any|the|their|his|her)|lacked (?:a|an|any|the))\b|\b(?:did not|didn't|never|(?:has|have|had) not) (?:\w+ ){0,2}(?:run out|go missing|happen again|come back|gone missing|happened again|come back)\b(?:.{0,30}\bonce\b)?|\b(?:other|another|two|three|four|several|neighbou?ring|nearby|sister) (?:\w+ ){0,2}(?:clinics|wards|units|teams|hospitals|pharmacies|departments|sites|practices|offices)\b (?:\w+ ){0,2}(?:copied|adopted|took up|started using|asked (?:me |us )?for (?:a |the )?cop(?:y|ies))\b|\b(?:is|are|was|were) (?:now |still |then |later |regularly )?(?:shown|displayed|reviewed|presented|discussed|consulted|posted|pinned|projected) (?:at|in|on|during|every|each) (?:the |our |their |its |every |each )?(?:[\w'-]+ ){0,3}(?:meetings?|huddles?|rounds|handovers?|board|wall|screens?|reports?)\b|\b(?:is|are|was|were) (?:now |still |then |later )?used to (?:move|decide|plan|allocate|assign|choose|schedule|target|redesign|change|set|staff|prioriti[sz]e|send|track|monitor)\b/;
OUTCOME_LATE.push(
  TAKEN_UP,
  // Someone else's routine now runs on it: "my cousin now orders parts from it every Monday".
  /\b(?:now|still) (?!(?:is|was|has|does)\b)[a-z]+s (?:(?:[\w-]+ ){0,3}(?:from|with|on|off|using|through|by|in) )?(?:it|them)\b/,
  /\b(?:has been|have been|is now|are now|became|is still|remains|remained) (?:the )?(?:[\w'-]+ )?(?:standard|default|norm|template|model)\b(?! (?:of care )?(?:for|to) be)/,
);

/**
 * Round eight. A thing made that others still use, told in a relative clause ("a monthly
 * falls-rate report that the nursing directors still use"); a change told after the member's
 * changes, in words ("after my changes the nurses escalated fewer unnecessary calls").
 */
OUTCOME_LATE.push(
  // Round nine: a state every case reached by a time ("by the end of the year every referral had a
  // documented reply").
  /\b(?:by the end of|within|after) (?:[\w-]+ ){1,4}(?:every|all|each|not one|none of the) (?:[\w-]+ ){0,2}(?:had|has|was|were|got|came)\b/,
  /\b(?:that|which) (?:the |our |their |all |most )?(?:[\w-]+ ){0,3}(?:still|now) (?:use|uses|rely on|relies on|run|runs|read|reads|open|opens|print|prints|update|updates|fill in|fills in|work from|works from)\b/,
  /\bafter (?:my|our|the|these|those) (?:\w+ )?(?:changes?|fix(?:es)?|redesign|intervention|work|tool|template|list|rota|checklist)\b[^.;]{0,60}\b(?:fewer|less|more|shorter|faster|quicker|lower|higher|no longer|stopped|rarely|never)\b/,
);

/**
 * Session 35 (batch AY's gap drafts): outcomes told without an exam, a course or a percentage.
 * - A rank or a commendation the service ended with: "I finished my service with the rank of
 *   Captain and a good-conduct commendation", "discharged with the rank of senior lieutenant" (a
 *   title held, SPEC.md).
 * - A thing the member made, taken into others' use in a relative clause: "an Excel register of 640
 *   soldiers, which the command then used for evacuation planning".
 * - Data or a tool released or shared: "the dataset was released to collaborators in July".
 * - Authorship named as a noun: "I am a co-author on the data descriptor paper".
 * - A count of people the work reached, named by a plural without -s: "screened 2,300 children".
 */
/** Session 35: a thing the member made, taken into others' use in a relative clause (see below; also a result in a summary of oneself). */
export const USED_BY_OTHERS =
  /\b(?:which|that) (?:the |our |their |his |her )?(?:[\w-]+ ){0,3}?(?:then |later |still |now |also |soon |quickly )?(?:used|adopted|relied on|took up|kept using|started using) (?:it |them )?(?:for|to|in|as|during|across|throughout)\b/;
OUTCOME_LATE.push(
  /\b(?:with|at|to|reached|attained|held) the rank of\b|\b(?:good[- ]conduct |service )?(?:commendation|commended|citation for|medal|decorated)\b/,
  USED_BY_OTHERS,
  /\b(?:was|were|has been|have been) (?:publicly |officially |formally |then )?(?:released|shared|distributed|handed over|made available) (?:to|with|on|in|as|for)\b/,
  /\b(?:a |the |first |senior |last )?co-?authors?\b|\bfirst author\b/,
  /\b(?:caught|flagged|screened|registered|enrolled|vaccinated|examined|treated|reached|trained|taught|followed up|tested) (?:about |around |over |nearly |more than |almost )?(?!(?:19|20)\d\d\b)\d[\d,]*\s+(?:[a-z-]+ )?(?:children|people|women|men|persons|staff)\b/,
);

/** Work accepted or published, however long its title: "our paper on triage … was accepted by a journal". */
OUTCOME_LATE.push(
  /\b(?:paper|abstract|poster|manuscript|article|chapter|submission|case report|review)\b(?: [\w'-]+){0,10} (?:was|were|has been|have been|got|is|are) (?:\w+ )?(?:accepted|published|presented|selected|shortlisted|awarded|cited|indexed)\b|\baccepted (?:by|for|in|at) (?:a|an|the) (?:[\w-]+ ){0,4}(?:journal|conference|meeting|symposium|congress|workshop|summit)\b/,
);

/**
 * Round ten. A course's status given beside it ("the analytics specialization (finished, five
 * courses)", "the certificate: completed"), and a product put into use at several sites ("watched
 * them ship it to three hospitals").
 */
OUTCOME_LATE.push(
  /\b(?:course|courses|specialization|specialisation|certificate|certification|module|modules|programme|degree|diploma|mooc|bootcamp|nanodegree)\b ?[(,:\u2013-] ?(?:all |now |fully )?(?:finished|completed|done|passed|awarded)\b/,
  /\b(?:ship|shipped|shipping|released?|deployed?|installed?|roll(?:ed)? (?:it|them) out) (?:it |them |the (?:\w+ ){0,2})?(?:\w+ ){0,2}?(?:to|in|at|across|into) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|all|every) (?:[\w-]+ )?(?:hospitals|clinics|sites|wards|units|practices|centers|centres|departments)\b/,
);

/**
 * Session 27: a course finished, however long its name and wherever the finishing is told in the
 * clause: before a long proper name ("I completed the University of Colorado clinical data science
 * specialization", "Done: Johns Hopkins health informatics specialization"), or after it with the
 * platform between ("the … course on Coursera, finished Feb 2025", "the Stanford … specialization
 * (Coursera), finished in March 2025"). The course nouns are the class of things one enrols in;
 * what the member completed about a course (an application, the registration, the payment) is
 * not the course, and a negation or a future between the noun and its status keeps it a plan.
 */
const COURSE_NOUN =
  '(?:course|courses|specialization|specialisation|certificate|certification|module|modules|programme|program|degree|diploma|mooc|bootcamp|nanodegree|track|series)';
OUTCOME_LATE.push(
  new RegExp(
    String.raw`\b(?:completed|finished|done|graduated from)\b:? (?!(?:my |the |an? )?(?:[\w-]+ )?(?:application|registration|enrol\w*|payment|paperwork|forms?|sign-?up|interview)\b)(?:[\w'&.-]+ ){1,10}?(?:\([^)]{1,40}\) )?` +
      COURSE_NOUN +
      String.raw`\b`,
  ),
  new RegExp(
    String.raw`\b` +
      COURSE_NOUN +
      String.raw`\b(?:(?!\b(?:not|never|yet|will|would|hope|plan|intend|to)\b)[^.;!?]){0,40}?[(,:\u2013-] ?(?:all |now |fully |already )?(?:finished|completed|done|passed|awarded)\b`,
  ),
);

/**
 * Round eleven: what counts as an outcome, by meaning rather than by the words studied.
 * - A measure that changed, told with its end value, in figures or words ("went from nine months
 *   to six weeks", "fell to 5 a month", "rose by a third").
 * - A standing reached against others ("our districts reached the highest coverage in the
 *   region", "posted the lowest loss to follow-up in the province").
 * - Work shown at a named event, whatever the object ("presented this at the faculty's QI day").
 * - A defined set of steps finished ("completed the ECFMG Pathway requirements").
 */
const NUMBER_WORD =
  '(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|half|a third|a quarter|a fifth|a tenth|zero|none|most|nearly all|almost all)';
OUTCOME_LATE.push(
  new RegExp(
    `\\b(?:fell|dropped|went|rose|came (?:down|up)|reduced|cut|increased|decreased|improved|shrank|grew|climbed|declined|changed|shortened)\\b[^.;]{0,40}?\\bfrom (?:about |around |nearly |almost |over |under |roughly )?(?!(?:19|20)\\d\\d\\b)${NUMBER_WORD}\\b[^.;:]{0,30}? (?:to|down to|up to) (?:about |around |nearly |almost |over |under |roughly |just )?(?!(?:19|20)\\d\\d\\b)${NUMBER_WORD}\\b`,
  ),
  new RegExp(
    `\\b(?:rose|risen|fell|fallen|dropped|climbed|declined|grew|grown|shrank|shrunk|went up|went down|came down|gone up|gone down|increased|decreased|halved|doubled) (?:[\\w-]+ ){0,3}?(?:to|by) (?:about |around |nearly |almost |over |under |roughly |just )?(?!(?:19|20)\\d\\d\\b)${NUMBER_WORD}\\b`,
  ),
  /\b(?:reached|achieved|posted|recorded|attained|ranked|came|(?:finished|ended)(?: the (?:year|quarter|season))?(?: with)?) (?:the |a )?(?:\w+ )?(?:highest|lowest|best|fastest|shortest|fewest|top|first)\b[^.;]{0,60}\b(?:in|of|among|across) (?:the |our |all |its |their )?(?:[\w-]+ )?(?:region|country|district|province|state|county|nation|network|hospital|hospitals|districts|provinces|regions|clinics|units|wards|sites|cohort|class)\b/,
  /\bpresented\b[^.;]{0,60}? (?:at|to) (?:the |a |an |our |their |its )?(?:[\w'-]+ ){0,4}(?:conference|congress|symposium|meeting|day|forum|summit|grand rounds|seminar|workshop|colloquium|journal club|board)\b/,
  /\b(?:completed|fulfilled|met|satisfied|finished) (?:all |the |my )?(?:[\w-]+ ){0,3}(?:requirements|pathway)\b/,
);

/**
 * Round twenty-one: a change between two frequencies, told in words: "stockouts dropped from weekly
 * to about once a month", "the calls went from daily to twice a week", "from every shift to
 * hardly ever". How often a problem happened, before and after, is a result a reader can check.
 */
const FREQUENCY =
  '(?:daily|weekly|monthly|nightly|hourly|every (?:day|night|week|month|shift|morning|clinic)|(?:once|twice|(?:three|four|five|six|several|many|\\d+) times)(?: or (?:twice|(?:two|three|four|five|six|\\d+) times))? (?:a|per|each|every) (?:day|night|week|month|shift|quarter|year)|(?:almost |nearly |hardly )?(?:never|ever)|rarely|seldom|most days|every other (?:day|week))';
OUTCOME_LATE.push(
  new RegExp(
    `\\b(?:fell|dropped|went|rose|came (?:down|up)|reduced|cut|increased|decreased|improved|shrank|grew|climbed|declined|changed|shortened)\\b[^.;]{0,40}?\\bfrom (?:about |around |nearly |almost |roughly )?${FREQUENCY}\\b[^.;:]{0,20}? (?:to|down to|up to) (?:about |around |nearly |almost |roughly |just |only |under |less than )?${FREQUENCY}`,
  ),
);

/**
 * Session 22, two results told without the usual words:
 * - Problems caught, counted in words or figures, by the member's thing or by others through it
 *   ("which helped the team pick up two infections early", "it flagged three duplicate orders").
 * - What the people the member looked after completed, with how it went ("my siblings finished the
 *   school year with good results"): the member's care came to something a reader could check. A
 *   relative's recovery or remission is theirs and their doctors' (gp-d3-028), not read here.
 */
const CAUGHT_COUNT = new RegExp(
  `\\b(?:caught|catch|catches|flagged|flags?|prevented|prevents?|picked up|pick up|picks up|detected|detects?|spotted|spots?|identified|identif(?:y|ies)|averted|intercepted) (?:about |around |over |nearly |more than |almost |at least )?(?!(?:19|20)\\d\\d\\b)${NUMBER_WORD} (?:[\\w-]+ ){0,2}?(?:infections?|errors?|mistakes?|duplicates?|interactions?|problems?|complications?|events?|omissions?|discrepanc(?:y|ies)|falls?|bleeds?|overdoses?|deteriorations?|missed (?:doses?|visits?|appointments?)|cases?)\\b`,
);
const DEPENDANTS_DONE =
  /\b(?:finished|completed|passed|ended|got through) (?:the|their|his|her|its) (?:[\w-]+ ){0,2}?(?:school year|year|term|semester|exams?|grade|class|course|board exams?) (?:with|among|at the top|in the top) (?:\w+ ){0,2}?(?:results|marks|grades|scores|distinction|honou?rs|class|the top)\b/;
OUTCOME_LATE.push(CAUGHT_COUNT, DEPENDANTS_DONE);

/**
 * Session 29 (text46): what the member made, taken up by other people, read by its meaning rather
 * than by a list of places: someone other than the member starting to use it ("her physiotherapist
 * started using the same sheet"), asking for a copy of it, or asking the member to carry it to other
 * sites, whatever those sites are called ("asked me to show the spreadsheet to three other
 * puskesmas", "to teach it to the staff of two neighbouring posts"); and a change told as a move
 * between two amounts in words ("missed doses went from several a week to almost none"). A move
 * between places ("went from Lagos to Abuja") names no amount and is not read.
 */
export const TAKEN_UP_BY_OTHERS =
  /(?<!\b(?:i|we) (?:\w+ )?)\b(?:started|began|begun|went on|continued|kept on) (?:to use|using) (?:it|them|this|that|these|those|the same|my|our|the (?:new |shared )?(?:[\w-]+ )?(?:sheet|spreadsheet|list|tool|tracker|register|form|chart|log|template|checklist|dashboard|app|calendar|system))\b|(?<!\b(?:i|we) (?:\w+ )?)\b(?:asked|requested|wanted) (?:me |us )?(?:for )?(?:a|their own|copies of|a copy of) ?cop(?:y|ies)\b|\b(?:ask|asks|asked|asking|invite|invites|invited|inviting|wanted|sent) (?:me|us) to (?:show|share|teach|train|present|bring|set|roll|introduce|install|copy|repeat|do|explain|demonstrate|run|build|make|spread|extend|replicate|adapt|demo|take) (?:[\w'-]+ ){0,7}?(?:to|at|in|for|across|with|around) (?:the (?:[\w-]+ ){1,2}(?:of|at|in) )?(?:other|another|two|three|four|five|six|several|neighbou?ring|nearby|more|the other|all the|the remaining|surrounding) (?:[\w-]+ ){0,2}?[\w-]+s?\b/;
const AMOUNT_WORD =
  '(?:\\d[\\d,.]*%?|several|many|most|some|a few|few|a handful|a couple|(?:a |half a )?dozens?|hundreds?|half|all|none|nothing|zero|one|two|three|four|five|six|seven|eight|nine|ten|twenty|almost (?:none|nothing|zero|all|every)|hardly any|rarely|daily|weekly|every|each|a (?:day|week|month))';
export const FROM_TO_AMOUNT = new RegExp(
  `\\b(?:went|go|goes|dropped|drop|fell|fall|rose|rise|came|come|changed|climbed|decreased|increased|improved|declined|shrank|grew|moved|jumped|slid)(?: (?:down|up|right))? from (?:about |around |nearly |roughly |over |more than )?${AMOUNT_WORD}\\b(?: [\\w-]+){0,4}? to (?:about |around |nearly |roughly |just |only |under |over |less than |fewer than )?${AMOUNT_WORD}\\b`,
);
OUTCOME_LATE.push(TAKEN_UP_BY_OTHERS, FROM_TO_AMOUNT);

/** Plans and misses: "I plan to publish", "not yet published", "did not pass". */
const OUTCOME_NEGATED_BEFORE =
  // ("nothing was ever published": a negative subject denies the outcome as much as "not" does.)
  // Session 25: a bare "to" governs only its own phrase; a subject or an "and" after it starts a new
  // clause ("after moving to Toronto I worked as a junior data analyst": the post was held; "returned
  // to Paris and completed a diploma": the diploma was completed). Session 29: "liked it enough to
  // ask me to…" is a result's infinitive, not a plan.
  /(?:\b(?:not|never|no|nothing|yet to|hope to|hoping to|plan to|planning to|intend to|aim to|want to|will|would|should|could|might|may(?! \d)|trying to|working toward|working towards|preparing to|preparing for|in order to)\s+(?:\w+\s+){0,2}|(?<!\benough )\bto\s+(?:(?!(?:i|we|and|then)\b)\w+\s+){0,2})$/;

/** An intention or a future that governs what follows it in the clause. */
const PLAN_SCOPE =
  /(?:\bmy (?:\w+ )?(?:plans?|goals?|aims?|intentions?|hopes?|dreams?|next steps?|priorit(?:y|ies)|objectives?)\b(?: [\w-]+){0,5} (?:is|are|will be|include|includes|remain|remains) (?:to|that)\b|\b(?:i|we) (?:\w+ )?(?:intend|intends|plan|plans|am planning|hope|am hoping|want|wish|aim|am aiming|will|shall|am going to|would like|expect|am preparing to|am applying|apply|look forward)\b)(?!.*\b(?:i|we) (?:\w+ )?(?:\w+ed|took|made|did|got|won|wrote|built|led|ran|passed|earned|received|completed|finished)\b)/;
const EFFORT_PERCENT =
  /\b(?:give|gave|giving|put in|putting in|commit|committed|with|bring|offer)(?: (?:my|our|a|the|full))? $/;

const MIND_PERCENT_AFTER =
  /^\s*(?:sure|certain|convinced|committed|confident|determined|focused|ready|clear|dedicated|motivated|positive|set|decided|behind)\b/;

const EFFORT_INPUT_BEFORE =
  /\b(?:collect|gather|review|interview|screen|survey|read|pull|extract|abstract|download|de-?identif|recruit|approach|contact|phon|call|examin|sift)\w*(?: (?:and|or) [\w-]+)? (?:(?:all|about|around|over|some|nearly|almost|roughly|more than|close to|~) )?$/;

/** The clause a position is in, up to that position: back to the last ";", "." or ", but". */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(', but '), before.lastIndexOf(': '));
  return before.slice(cut + 1);
}

/** The word after a credential noun is a noun it modifies ("certification system", "certificate office"). */
function credentialAsModifier(s: Sentence, end: number): boolean {
  const k = s.canonTok[end + 1];
  const t = k === undefined ? undefined : s.tokens[k];
  return !!t && t.pos === 'NOUN' && !/^(?:course|program|programme|exam|examination)s?$/.test(t.canon);
}

/**
 * Round twenty-three: an attainment whose subject is someone else in the member's life ("my wife got
 * a scholarship for her PhD", "my brother was awarded a grant") is theirs, not the member's: read in
 * the clause up to the outcome, back to the last comma or conjunction, with no "I" in it.
 */
const RELATIVE_SUBJECT =
  /(?:^|[,;] |\b(?:and|but|so|then|when|after|because|since|as|while) )(?:\w+ ){0,2}?(?:my|his|her|their|our) (?:[\w-]+ )?(?:wife|husband|spouse|partner|fianc[eé]e?|brother|sister|father|mother|son|daughter|friend|cousin|parents|children|kids|uncle|aunt|relatives?)\b(?:(?!\b(?:i|we|and|but|so)\b)[^,;])*$/;
/** What a person attains for themselves; a relative using the member's work ("my cousin now orders from it") stays a result. */
const ATTAINMENT =
  /\b(?:scholarship|award|prize|grant|degree|certific\w*|diploma|licen[cs]e|job|position|post|role|promot\w*|hired|offer|pass\w*|scor\w*|phd|master'?s?|fellowship|funding|honou?rs?|distinction)\b/;
function othersOutcome(text: string, at: number): boolean {
  return RELATIVE_SUBJECT.test(clauseBefore(text, at));
}

const VAGUE_AMOUNT =
  /\b(?:a lot|a great deal|a good deal|quite a bit|so much|very much|significantly|greatly|considerably|dramatically|massively|hugely|substantially|tremendously|noticeably|drastically|enormously|a fair bit|by a lot|by a lot of)\b/;
const MEASURE =
  /\d|\b(?:percent|half|halved|a third|a quarter|two thirds|three quarters|one|two|three|four|five|six|seven|eight|nine|ten|twice|double|zero|none|hours?|minutes?|days?|weeks?)\b/;

/**
 * The member's words for a change claimed only by its size in words ("cut chart abstraction time a
 * lot"), for a message that shows why it is not a result; undefined when there is none.
 */
export function vagueChangeIn(text: string): string | undefined {
  const m =
    /\b(?:reduced|cut|improved|increased|decreased|lowered|shortened|sped up|raised|made)\b[^.;]{0,60}?\b(?:a lot|a great deal|a good deal|quite a bit|so much|significantly|greatly|considerably|dramatically|massively|hugely|substantially|tremendously|noticeably|drastically|enormously|much (?:faster|quicker|shorter|better|easier))\b/i.exec(
      text,
    );
  return m && !MEASURE.test(m[0]) ? m[0] : undefined;
}

/**
 * OUTCOME then OUTCOME_LATE as global patterns, built once on first use (both lists are complete
 * by then): building them per sentence was about a seventh of the gap lint's time. `matchesOf`
 * collects a pattern's matches before handing them out, so sharing one is safe.
 */
let outcomeGlobal: readonly RegExp[] | undefined;

export function outcomesIn(sentences: readonly Sentence[]): Sentence[] {
  outcomeGlobal ??= [...OUTCOME, ...OUTCOME_LATE].map((re) => new RegExp(re.source, 'g'));
  const patterns = outcomeGlobal;
  return sentences.filter((s) =>
    patterns.some((g) => {
      for (const m of matchesOf(g, s.canon)) {
        const before = s.canon.slice(Math.max(0, m.index - 40), m.index);
        // "had risen to 88%": "to" right before a quantity is a preposition (where the measure
        // ended up), not the mark of an infinitive ("hope to publish").
        const quantity = /^(?:\d|percent\b)/.test(m[0]);
        if (
          OUTCOME_NEGATED_BEFORE.test(
            quantity ? before.replace(/\bto\s+(?:about |around |nearly |almost |over |under |just )?$/, '') : before,
          )
        )
          continue;
        // "the certification system is unfair": a credential noun that modifies another noun names
        // a process or an office, not a credential the member holds.
        if (/^certificat(?:e|es|ion)$/.test(m[0]) && credentialAsModifier(s, m.index + m[0].length)) continue;
        // "how data is used in hospitals": a question named, not a thing that came of the gap.
        if (/\b(?:how|why|whether|where) (?:[\w-]+ ){0,3}$/.test(before) && /^(?:is|are) used/.test(m[0])) continue;
        // "I intend to enrol in a health informatics certificate next spring": the whole clause
        // after an intention is the plan, however many words stand between.
        if (PLAN_SCOPE.test(clauseBefore(s.canon, m.index))) continue;
        if (ATTAINMENT.test(m[0]) && othersOutcome(s.canon, m.index)) continue;
        // "I am beginning an online certificate in February": an arrangement, not a result yet.
        if (arranged(s.canon, m.index)) continue;
        // Session 25: a change claimed only by its size in words ("cut chart abstraction time a lot",
        // "reduced the abstraction time significantly") gives a reader nothing to check; the same
        // change with a measure ("from 20 to 12 minutes", "by a third") is an outcome.
        if (
          /^(?:reduced|cut|improved|increased|decreased|lowered|shortened|sped up|raised)\b/.test(m[0]) &&
          VAGUE_AMOUNT.test(/^[^.;]*/.exec(s.canon.slice(m.index))![0]) &&
          !MEASURE.test(s.canon.slice(m.index))
        )
          continue;
        // Session 25: a go-live or launch named as the time or place of what the member watched
        // ("shadowed their EHR trainers during an Epic go-live", "observed the nurses during their
        // Cerner go-live week") is someone else's event, not something that came of the member's gap.
        if (
          /^(?:go-?live|go live|launch)/.test(m[0]) &&
          /\b(?:during|at|through|throughout|before|after|around|in|for) (?:the |a |an |their |its |our |his |her )?(?:[\w'-]+ ){0,2}$/.test(
            before,
          )
        )
          continue;
        // Session 28 (text44): a go-live naming the kind of thing the member ran ("the ward go-live
        // huddles", "daily go-live meetings") is a meeting, not the system going live.
        if (/^(?:go-?live|go live)$/.test(m[0]) && credentialAsModifier(s, m.index + m[0].length)) continue;
        // Session 28: a paper not yet written, only worked towards ("parts of a future publication", "a
        // manuscript they were planning"), is no product of the gap.
        if (
          /^(?:publication|manuscript|paper|article|abstract|poster)s?$/.test(m[0]) &&
          (/\b(?:future|planned|upcoming|eventual|possible|potential|prospective|intended|hoped-for) (?:[\w-]+ )?$/.test(
            before,
          ) ||
            /^[\w-]+ (?:that )?(?:they|we|he|she|the \w+) (?:were|was|are|is|had been) (?:\w+ )?(?:planning|preparing|hoping|intending|drafting|about to)\b/.test(
              s.canon.slice(m.index),
            ))
        )
          continue;
        // Round seventeen: a count that is the object of gathering or going through ("I collected
        // and de-identified 1,200 records", "interviewed 60 nurses") measures the effort put in,
        // not what came of it; "moved all 3,000 paper charts into the system" still counts.
        if (/^\d/.test(m[0]) && EFFORT_INPUT_BEFORE.test(before)) continue;
        // "ready to give 100%": an idiom of effort, not a measure.
        if (/^\d+\s?%|^percent/.test(m[0]) && EFFORT_PERCENT.test(s.canon.slice(Math.max(0, m.index - 25), m.index)))
          continue;
        // Session 23: "now I'm 100% sure about medicine", "a hundred percent committed": a percentage
        // grading a state of mind says how firmly the member feels, not what came of the gap.
        if (/^\d+\s?%|^percent/.test(m[0]) && MIND_PERCENT_AFTER.test(s.canon.slice(m.index + m[0].length))) continue;
        if (
          /\b(?:waiting|wait|awaiting|paperwork|applied|applying|application|process|processing|issuance|verification|approval|pending|delayed|toward|towards|working) (?:for |of |on )?(?:my |the |an? )?(?:ecfmg |usmle |medical |degree |internship |license |licence )?$/.test(
            before,
          )
        )
          continue;
        if (
          /\b(?:not yet|yet to be|in preparation|in progress|being (?:written|prepared|drafted)|in draft|hope to submit|plan to submit|will submit)\b/.test(
            s.canon.slice(m.index, m.index + 60),
          ) &&
          /publish|manuscript|paper|abstract|accepted|article|poster/.test(m[0])
        )
          continue;
        return true;
      }
      return false;
    }),
  );
}

// ---- informatics ---------------------------------------------------------------------------

/** Informatics vocabulary: any of these links a text to the field. */
export const INFORMATICS =
  /\b(?:kobo\w*|odk|redcap|dhis2?|openmrs|commcare|(?:forms?|registers?|registration|records?|spreadsheets?|databases?|apps?) (?:\w+ ){0,3}on (?:\w+ ){0,3}(?:phones?|tablets?|smartphones?|computers?|laptops?)|e-?health|m-?health|electronic ordering|order (?:entry|screens?)|go-?live|go live|paper (?:orders|charts|records|notes) to (?:electronic|digital|the)|systems? integration|integration team|clinic systems|electronic (?:referrals?|prescri\w+|orders?|forms?|registers?|reporting)|e-?referrals?|(?:central|national|regional|electronic|state) registr(?:y|ies)|ehrs?|emrs?|\w+emr|electronic (?:health |medical |patient )?records?|records? systems?|(?:paper|patient|immuni[sz]ation|medication) (?:records?|registers?) (?:into|to|onto)|(?:patient|patients'|hospital'?s?|clinic'?s?|health|online|mychart) portals?|trackers?|tracking (?:sheet|system|tool|log)|(?:intake|electronic|digital|online|google|web|paper) forms?|[\w-]+-based (?:form|tool|system|app|tracker|reminders?)|checklists? (?:built|embedded|added|integrated) into|registers? (?:against|into)|(?:text|sms|whatsapp) (?:message )?reminders?|reminders? by (?:text|sms|message|phone)|shared calendar|timestamps?|(?:patient|outpatient|clinic|discharge|admission|referral) flow|mapped (?:the )?(?:\w+ ){0,2}(?:flow|process|steps)|scheduling (?:process|system)|process (?:map|mapping|redesign)|digiti[sz]\w*|health records?|medical records? system|data|database|databases|datasets?|dashboards?|informatics|informaticist|informatician|qi|quality improvement|decision support|cds|cdss|health it|hit|it (?:team|department|staff|system|systems|project)|information technology|workflows?|analytics|analysis of (?:\w+ ){0,2}(?:records|charts|data)|sql|python|r programming|rstudio|redcap|tableau|power bi|excel|spreadsheets?|fhir|hl7|interoperab\w+|(?<!ecfmg'?s? )epic(?! portal| account| credential)|cerner|meditech|allscripts|eclinicalworks|athenahealth|athenaone|nextgen|openemr|practice fusion|openmrs|dhis2|order sets?|cpoe|computeri[sz]ed (?:\w+ )?order|digital health|digital|telehealth|telemedicine|mhealth|m-health|mobile health|patient portals?|usability|user interface|ui|ux|health information|information systems?|machine learning|artificial intelligence|ai|algorithms?|software|app|apps|application development|coding|programming|automat(?:ed|ion|ing|e|es)|alerts?|(?:data|disease|patient|cancer|trauma|clinical|quality|stroke|diabetes) registr(?:y|ies)|registry data|(?:note|documentation|order|discharge|ehr|emr|clinical|progress note|admission|handover|sign-out) templates?|templates? in (?:epic|cerner|the ehr|the emr|the record)|chart reviews?|chart abstraction|research data|documentation|icd(?:-?10)?|snomed|loinc|rxnorm|metrics|kpis?|audit|audits|pdsa|lean|six sigma|process improvement|patient safety (?:system|reporting|event)|incident reporting|reporting system|e-prescribing|barcode|bcma|clinical systems?|systems? (?:thinking|design|change|fix|problem)|technology|tech|computer|computers|computing|online platform|platform|statistics|statistical|biostatistics|epidemiolog\w+|informatics)\b/;

/**
 * Informatics work told in plain words rather than the field's vocabulary: a structured or
 * electronic artefact of any kind ("a structured electronic template for echo reports"), a
 * checklist or list that clinicians share, medication or patient safety, or tracing a process step
 * by step ("I traced every step from the prescription to the bedside").
 */
const INFORMATICS_PLAIN =
  /\bmatch(?:ed|ing)? (?:[\w'-]+ ){0,4}against (?:the|our|its|their|a) (?:[\w'-]+ ){0,2}(?:book|books|records?|registers?|ledgers?|logs?|lists?|data|system)\b|\b(?:kept|maintained|updated|ran) (?:the|our|a) (?:[\w'-]+ ){0,3}(?:ledger|register|registry|logbook|database|spreadsheet)s?\b|\b(?:clean(?:ed|ing)?|merg(?:e|ed|ing)|combin(?:e|ed|ing)|de-?duplicat\w*|consolidat\w*|reconcil\w*|migrat\w*|transferr?(?:ed|ing)?|transcrib\w*|collat\w*|cross-?check\w*|digiti[sz]\w*|re-?index\w*) (?:[\w'-]+ ){0,5}?(?:records?|registers?|registr(?:y|ies)|registers?|logbooks?|ledgers?|paper files?|(?:medicine|medication|drug) (?:lists?|summar(?:y|ies))|summary of (?:\w+ ){0,2}(?:medicines|medications|drugs|doses)|(?:drug|pump|device) librar(?:y|ies)|library entries|screenshots?|logged|timed|median|averages?|lists?|logs?|logbooks?|ledgers?|files?|entries|charts?|data|databases?|spreadsheets?|tally sheets?)\b|\bfrom (?:a |the |our )?paper (?:[\w-]+ )?(?:books?|registers?|records?|forms?|logs?|files?|ledgers?|charts?)? ?(?:to|into|onto) (?:a |an |the |our )?(?:[\w-]+ ){0,3}(?:registr(?:y|ies)|systems?|databases?|records?|files?|spreadsheets?|tablets?|computers?|phones?)\b|\b(?:national|central|regional|district|provincial|state|electronic) (?:[\w-]+ ){0,2}registr(?:y|ies)\b|\b(?:electronic|digital|digitised|digitized|computeri[sz]ed|online|automated|structured|standardi[sz]ed|web-based|paper-based|shared|coded|searchable) (?:[\w-]+ ){0,2}(?:templates?|index(?:es)?|indices|catalogu?es?|forms?|records?|reports?|notes?|lists?|sheets?|charts?|registers?|fields?|orders?|systems?|tools?|logs?|files?|tables?|calendars?|messages|reminders?|prompts?|checklists?|protocols?|workflows?|pathways?|handovers?|referrals?|requests?|folders?|databases?|data)\b|\bchecklists?\b|\b(?:medication|patient|drug|prescribing|transfusion|diagnostic) safety\b|\b(?:traced|mapped|followed|walked through|timed|observed|documented|charted) (?:\w+ ){0,3}(?:steps?|process|pathway|handoffs?|handovers?|transfers?|journey|flow)\b|\b(?:paper|pharmacy|medication|drug|ward|booking|discharge) (?:charts?|lists?|logs?|registers?|ledgers?|cards?|folders?)\b (?:\w+ ){0,6}(?:disagreed|did not match|differed|drifted|were (?:missing|wrong|out of date|incomplete))\b/;

/**
 * Round twenty-two: data, statistics or apps that are not health information: a bench lab's assay
 * readouts ("the western blot and qPCR data"), a school's pass-rate statistics, a consumer app the
 * member worked for ("a delivery driver for a food app"). Blanked before the field's words are read.
 */
const NOT_HEALTH_DATA =
  /\b(?:western blots?|qpcr|rt-pcr|pcr|elisa|flow cytometry|microscopy|cell culture|assays?|bench|animal|mouse|mice|rat|crystallography|spectrometry)\b(?: (?:and|or|,) (?:[\w-]+ ){1,2}?)? (?:data|datasets?|readouts?|statistics)\b|\b(?:pass[- ]?rates?|exam|ranking|league[- ]table|tuition|school's|university's) (?:[\w-]+ )?statistics\b|\b(?:food|delivery|ride[- ]?hailing|ride|taxi|dating|shopping|gaming|betting|social media|music|travel) (?:delivery )?apps?\b/g;

/**
 * Session 26 (text41): quality and safety work and how results reach clinicians, in the words of a
 * course or a clinic ("the IHI Open School certificate in Quality and Safety", "after we changed the
 * result-routing rule", "abnormal results acknowledged within 24 hours"): SPEC.md names quality
 * improvement and patient-safety systems as links to the field.
 */
const QUALITY_AND_ROUTING =
  /\b(?:quality and (?:patient )?safety|(?:results?|labs?|alerts?|orders?|messages?|referrals?)[- ]routing|routing rules?|(?:abnormal|critical|pending) (?:\w+ )?results? (?:\w+ ){0,2}(?:acknowledged|routed|flagged|followed up|signed off))\b/;

/**
 * Session 29 (text46): computers named as one general skill among others the member met ("exposure
 * to business, computers and working with people", "some management, computer and people skills")
 * are office literacy, not health IT; the word is blanked there, and any other informatics word
 * in the text still counts.
 */
const COMPUTER_AS_SKILL =
  /(\b(?:exposure|exposed|skills?|experience|familiarity|familiar|picked up|learned|learnt|gained|acquired|literacy)\b[^.;:!?]{0,60}?)\b(?:use of |basic |some |general )?computers?(?:[- ](?:skills?|work|literacy|use|knowledge))?\b/g;

export function hasInformatics(text: string): boolean {
  const t = text.toLowerCase().replace(NOT_HEALTH_DATA, ' ').replace(COMPUTER_AS_SKILL, '$1 ');
  return INFORMATICS.test(t) || INFORMATICS_PLAIN.test(t) || QUALITY_AND_ROUTING.test(t);
}

/**
 * A concrete informatics angle in a spoken answer: data, a record system, a workflow, a measure,
 * a tool. The field's name and big words ("informatics", "technology", "digital", "innovation")
 * are not an angle, nor are the question's own words said back ("decision support is…").
 */
export const ANGLE =
  /\b(?:data|dataset|datasets|database|databases|ehrs?|emrs?|\w+emr|electronic (?:health |medical |patient )?records?|records? systems?|(?:the|our|a|an|hospital'?s?|new|old|paper|electronic|information|computer|ordering|alert|reporting|scheduling|paging|triage|booking|referral|lab|pharmacy) systems?|workflows?|process(?:es)? (?:map|mapping|change|redesign|step|steps)|templates?|order sets?|smart ?(?:phrases?|sets?|texts?)|dashboards?|(?:monthly|weekly|daily|quarterly|automated|data|audit|error|incident|safety|lab|pathology|radiology) reports?|reports? (?:from|in|on|of|out of) (?:the )?(?:ehr|emr|system|data|epic|database)|metrics?|measur(?:e|ed|es|ing|ement|ements)|audit(?:s|ed|ing)?|track(?:ed|ing)|numbers|baseline|rates?|percent|spreadsheets?|excel|sql|python|tools?|interfaces?|epic|cerner|meditech|pacs|ris|lis|cds|cdss|rules?|checklists?|(?:intake|order|electronic|digital|online|paper|request|requisition|referral|consent|admission|discharge|lab|transfer) forms?|(?:data|text|free-text|required|structured|mandatory|form|ehr|emr|new|extra) fields?|drop-?downs?|defaults?|in-?basket|inbox|queues?|interoperab\w+|fhir|hl7|portals?|apps?|software|usability|user interface|pdsa|qi|quality improvement|automat(?:ed|ion|e)|algorithms?|alerts? (?:in|from|that|which|fir\w*|override\w*|logic|threshold\w*|burden|fatigue from)|(?:override|firing|alert) rates?|pop-?ups?|go-?live|vendors?|screens?(?! (?:for|patients|them|all|every|each|new))|sync(?:ing|ed|hroni[sz]ation)?|[\w-]+-based records?|(?:the|our|these|those|paper|intake|consent) forms|best practice advisor(?:y|ies)|bpas?|clicks?|screens? in|trackers?|registr(?:y|ies)|registers?|logbooks?|ledgers?|paper files?|(?:medicine|medication|drug) (?:lists?|summar(?:y|ies))|summary of (?:\w+ ){0,2}(?:medicines|medications|drugs|doses)|(?:drug|pump|device) librar(?:y|ies)|library entries|screenshots?|logged|timed|median|averages?|codes?|coding|icd|snomed|loinc|analytics|statistic\w*|variables?|timestamps?|logs?|documentation (?:template|tool|field|burden in the)|note templates?|copy-?forward|e-?prescri\w+|cpoe|barcode\w*|telehealth|telemedicine|text (?:message|reminder)s?|sms|whatsapp)\b/;

/**
 * The artefacts of a workflow in plain words: a shared sheet, a booking list, paper folders, a
 * notebook the nurses kept, the records room. Saying how information moved through them is an
 * informatics angle even without the field's vocabulary.
 */
const ANGLE_PLAIN =
  // Round nine: a form or sheet made by the member ("designed a one-page discharge form"), records
  // gone through by count ("went through the discharge papers of sixty patients", "counted a
  // month of visits"), the record doing the work ("the record calculate the score
  // automatically"), a device at the point of care, an IT colleague.
  /\b(?:designed|redesigned|created|made|built|drafted|introduced) (?:a |an |the |our )?(?:[\w-]+ ){0,3}(?:forms?|templates?|checklists?|sheets?|registers?)\b|\b(?:went through|reviewed|audited|looked through|pulled|read through) (?:the |all )?(?:[\w-]+ ){0,2}(?:papers|charts|notes|records|files|case sheets|folders) (?:of|for|from) (?:\d+|[a-z]+ty|[a-z]+ hundred|all|every)\b|\bcounted (?:a|an|one|two|three|six|\d+|every|all|the) (?:\w+ ){0,2}(?:visits|patients|charts|forms|admissions|prescriptions|records|cases|days|weeks|months?)\b|\bautomatically\b|\bon (?:a|the) (?:tablet|computer|phone|smartphone|ipad|laptop)s?\b|\b(?:our|an|the|their|my|with) (?:it|ict) (?:colleague|staff|officer|person|support|lead|manager)s?\b|\b(?:drug|medication|prescription|incident|dose|dosing|observations?|obs|fluid|vitals|treatment) (?:charts?|books?|logs?|sheets?|cards?|registers?)\b|\b(?:redrew|redesigned|reworked|changed|rebuilt) the (?:\w+ )?(?:chart|form|sheet|card|register)\b|\b(?:shared|paper|booking|printed|handwritten|excel|google|sign-?out|handover|handoff|call|ward|nursing|intake|referral|discharge) (?:sheets?|lists?|folders?|notebooks?|logs?|books?|registers?|cards?|boards?|whiteboards?)\b|\brecords? rooms?\b|\b(?:the|a|our|their) (?:\w+ )?notebook\b/;

/**
 * A count told before and after a change, in figures or words: "fell from five hours to under
 * two", "dropped from about fifteen a week to two" (not a span of years). Measuring a change is the
 * angle even without the field's words.
 */
const COUNT_WORD =
  '(?:(?!(?:19|20)\\d\\d\\b)\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|half|a third|a quarter)';
const MEASURED_FROM_TO = new RegExp(
  `\\b(?:fell|dropped|went|rose|came (?:down|up)|reduced|cut|increased|decreased|improved|shrank|grew|climbed|declined|changed|shortened)\\b[^.;]{0,40}?\\bfrom (?:about |around |roughly |nearly |over |almost )?${COUNT_WORD}\\b[^.;]{0,30}?\\bto (?:about |around |roughly |under |below |less than |just |only )?${COUNT_WORD}\\b`,
);

/** Words of the question, so an answer that only repeats them is not credited with an angle. */
/**
 * Session 36 (AZ an-h52-010): the system named only as the event that set the scene ("when our EHR
 * went down for six hours", "the day Epic went live", "the servers crashed") is where the story
 * happened, not an angle taken on it; the answer needs something of its own about the system,
 * the paper fallback, the data or the workflow. Blanked before the field's words are read.
 */
const SYSTEM_EVENT_ONLY =
  /\b(?:the|our|their|its|his|her|a|an|hospital'?s?|clinic'?s?|ward'?s?|whole) (?:(?:entire|whole|new|old|main|hospital|clinic|electronic) )?(?:ehr|emr|epic|cerner|system|network|computers?|servers?|it systems?|computer systems?|record system)(?: system)? (?:\w+ )?(?:went|was|were|had gone|had been|came|crashed|failed|froze|collapsed|stopped working)(?: (?:completely|fully|totally|suddenly|unexpectedly))?(?: (?:down|offline|off-line|out|dark|live|back|up))?(?= (?:for|during|on|at|in|one|last|that|one|and|,|\.|when|while|overnight|without)\b|[,.;]|$)/gi;

/**
 * Session 36: downtime work told in plain words is the workflow angle a downtime question asks for:
 * the downtime binder or procedure, the switch to paper orders or charts, the doses or results
 * entered back into the record afterwards.
 */
const DOWNTIME_WORK =
  /\bdowntime (?:binders?|procedures?|forms?|kits?|protocols?|plans?|packs?|sheets?|boxes|reports?|workflow)\b|\b(?:switched|moved|went|fell back|reverted|changed|converted) (?:\w+ ){0,2}(?:to|onto) paper\b|\bpaper (?:orders|charts|mars?|medication (?:charts|records|sheets)|requisitions|order forms|backups?|fallback|downtime forms)\b|\b(?:re-?entered|back-?entered|backfilled|back-?charted|back-?loaded|transcribed) (?:\w+ ){0,5}?(?:into|in|onto) (?:the |our )?(?:record|records|system|ehr|emr|chart|charts|epic|cerner)\b|\b(?:re-?entered|back-?entered|backfilled|back-?charted) (?:the |all |every |each )?(?:\w+ ){0,3}?(?:doses|orders|results|notes|data|vitals|medications|records)\b|\b(?:entered|put|keyed|typed|charted) (?:\w+ ){0,3}?back (?:into|in|onto) (?:the |our )?(?:record|records|system|ehr|emr|chart|charts)\b|\ban? (?:[\w-]+ ){0,2}?alerts? (?:to|that would|that could|which would) (?:fire|pop up|trigger|warn|flag)\b|\balerts? (?:fired|fires|firing|popped up|pops up|triggered)\b/;

export function hasInformaticsAngle(answer: string, question = ''): boolean {
  answer = answer.replace(SYSTEM_EVENT_ONLY, (m) => ' '.repeat(m.length));
  const lower = answer.toLowerCase();
  if (DOWNTIME_WORK.test(lower)) return true;
  if (ANGLE_PLAIN.test(lower) || INFORMATICS_PLAIN.test(lower) || MEASURED_FROM_TO.test(lower)) return true;
  const q = question.toLowerCase();
  const g = new RegExp(ANGLE.source, 'g');
  for (const m of answer.toLowerCase().matchAll(g)) {
    const word = m[0];
    if (q && q.includes(word) && !/^(?:data|workflow|ehr|emr|epic|cerner)/.test(word)) continue;
    // "I didn't need numbers", "rather than from a screen": the angle is refused, not taken.
    const before = answer.toLowerCase().slice(Math.max(0, m.index - 30), m.index);
    if (/(?:\b(?:not|never|no|without|rather than)\b|n't)(?:\s+\S+){0,3}\s*$/.test(before)) continue;
    // Round twelve: the everyday sense of a word is not the angle: a queue of people at the door
    // ("a place in the queue"), numbers of patients as a workload ("huge numbers of patients").
    const after = lower.slice(m.index + word.length, m.index + word.length + 30);
    // Session 25: a queue is a system's only when it holds items (a work, order, message, result or
    // referral queue; a queue of orders); "asked the security staff to help with the queue" in a
    // crowded waiting room is people in line.
    if (
      /^queues?$/.test(word) &&
      (/\b(?:in|into|join\w*|stood|standing|waiting) (?:the |a |long )?$/.test(before) ||
        /^ (?:outside|at the door|of (?:people|patients))/.test(after) ||
        (!/\b(?:work|worklist|message|messages|inbox|in-basket|order|orders|result|results|lab|referral|referrals|print|printer|report|reporting|ticket|tickets|task|tasks|electronic|digital|online|virtual|call|phone|fax|scan|scans|imaging|reading|pharmacy|verification|dispensing|ehr|emr|epic|cerner|system'?s?) $/.test(
          before,
        ) &&
          !/^ of (?:[\w-]+ )?(?:orders|results|messages|referrals|tasks|tickets|reports|requests|scans|images|studies|alerts|prescriptions|notes|charts|claims|faxes)\b/.test(
            after,
          )))
    )
      continue;
    // Session 36 (probe-v35 an-v35-029): rules of the road, the house or the game are not a
    // system's rules ("made small cards of the local road rules", "I followed the rules").
    if (
      /^rules?$/.test(word) &&
      (/\b(?:road|traffic|driving|highway|parking|house|dress|game|grammar|language|school|exam|visa|immigration|local|unwritten|social|cultural|tax|uniform|visiting|golden|basic|ground) $/.test(
        before,
      ) ||
        /\b(?:follow(?:ed|ing)?|obey(?:ed|ing)?|broke|break|breaking|bend|bent|bending) (?:all )?(?:the |their |our |his |her |its )?$/.test(
          before,
        ))
    )
      continue;
    if (
      word === 'numbers' &&
      (/^ of (?:[\w-]+ )?(?:patients|people|cases|admissions|doctors|children|beds|shifts)\b/.test(after) ||
        /\b(?:huge|large|big|impossible|high|great|growing|increasing|unsafe) $/.test(before))
    )
      continue;
    return true;
  }
  return false;
}

// ---- blame ---------------------------------------------------------------------------------

/** Accusing or complaining about others, or denying responsibility. */
const BLAME: readonly RegExp[] = [
  // Round thirty, negation × whose fault: the member's own fault denied under a belief ("I do not
  // think it was fully my mistake", "I don't feel the error was really ours") is denial of
  // responsibility; a belief denying another's fault ("I don't think the exam was unfair") is not.
  /\b(?:i|we) (?:do not|don't|dont|did not|didn't|didnt|never|cannot|can't|cant) (?:really |honestly |truly )?(?:think|thought|believe|believed|feel|felt|consider|considered|accept|see how) (?:that )?(?:it|this|that|the (?:[\w-]+ )?(?:error|mistake|failure|incident|problem|outcome|result))? ?(?:was|is|were|could be|can be) (?:(?:fully|entirely|completely|really|only|all|solely|totally|just) )?(?:my|our|mine|ours)\b(?: (?:own )?(?:fault|mistake|failure|error|doing|responsibility))?/,
  // Round thirty: the fault spread over everyone so the member's share shrinks ("everyone kind of
  // failed, not only me", "we all made mistakes that night, not just me").
  /\b(?:everyone|everybody|all of us|we all|they all|the whole (?:team|system|chain)|(?:each|every) (?:\w+ )?(?:person|step|one))\b[^.;]{0,40}?\b(?:failed|was at fault|were at fault|made (?:mistakes|errors|a mistake)|messed up|got it wrong|dropped the ball|missed it)\b[^.;]{0,15}?,? not (?:only|just|solely|simply) (?:me|mine|i|my \w+)\b/,
  // Round thirteen: bias or indifference laid on an institution or system toward the member's
  // group (treated so "because we are candidates from X", what "so often happens to applicants
  // from my region", a system not "fair to" a group, nobody who "cared about" them, a rigged
  // process), and a named supervisor or office called useless or negligent.
  /\b(?:because|since|as) (?:we|i) (?:are|am|were|was) (?:\w+ ){0,2}(?:candidates|applicants|doctors|graduates|imgs?|foreigners|immigrants|outsiders|women|from)\b|\b(?:happens?|happened|is done|are treated|were treated|is treated|was treated) to (?:\w+ ){0,2}(?:applicants|candidates|doctors|graduates|people|imgs?|students) (?:from|like) (?:my|our|us|me)\b|\b(?:rigged|stacked against|fair to (?:\w+ ){0,2}(?:candidates|applicants|doctors|graduates|people|imgs?|foreigners|us|me))\b|\b(?:nobody|no one|none of them)\b.{0,40}\bcared? (?:about|for)\b|\b(?:supervisor|mentor|boss|manager|director|chair|administration|office|staff) (?:was|were|is|are) (?:\w+ )?(?:useless|hopeless|worthless|negligent|clueless)\b/,
  /\b(?:unfair(?:ly)?|unjust(?:ly)?|injustice)\b(?! to (?:call|say|describe|characteri[sz]e|label|think|suggest|present|count|treat this))/,
  /\b(?:biased|bias against|prejudiced?|racist|xenophobic|discriminat\w*)\b/,
  /\bincompeten(?:t|ce)\b/,
  /\b(?:not fair|toxic|abusive|exploitative|exploited|exploiting|inhumane?|cruel|ruthless|disgraceful|shameful|rude|arrogant|second-class|favou?ritism|had favou?rites|nepotism|mistreat\w*|harass\w*|bull(?:y|ied|ying)|took (?:all )?(?:the )?credit|stole (?:my|the)|grudge|badly (?:managed|run|organi[sz]ed)|poorly (?:managed|run|organi[sz]ed)|mismanag\w*|not helpful at all|unhelpful|in (?:their|his|her|its) (?:infinite )?wisdom|matters? less than (?:their|his|her|its)|indifferent|disregard for|did not care about|never cared|deliberately (?:refused|delayed|ignored|blocked)|punish(?:ed|es|ing)? (?:anyone|me|us|those|people))\b/,
  /\b(?:was|is|were) not (?:really |truly )?(?:about|because of|due to|a reflection of|reflecting) my (?:\w+ )?(?:knowledge|ability|abilities|preparation|competence|skills?|fault|effort|conduct|performance|work|character|behaviou?r|actions)\b|\b(?:do|does|did) not (?:\w+ )?reflect my (?:\w+ )?(?:knowledge|ability|abilities|competence|skills?|potential|worth)\b|\b(?:do|does|did) not (?:\w+ )?reflect (?:me|who i (?:am|was)|what i (?:know|knew|can do|could do))\b|\b(?:says?|said|tells?|told|shows?|showed) (?:absolutely )?nothing about (?:me|my (?:\w+ )?(?:knowledge|ability|abilities|competence|skills?|potential|worth|preparation))\b/,
  // (Session 28: "any doctor would have done the same" defends the member's choice, as for staying
  // with a family in need; it denies no fault, so only failing, breaking or burning out is read here.)
  /\bno (?:reasonable|fair|sane) (?:person|one|reader) (?:can|could|would) (?:\w+ )?(?:hold|blame|expect)\b|\b(?:can not|cannot|could not|should not) (?:\w+ )?(?:be )?(?:held|hold me) responsible\b|\b(?:(?:any|every) (?:\w+ )?(?:person|one|doctor|human|resident)|anyone|anybody|everyone|everybody) (?:else )?(?:in my (?:place|position|shoes) )?would (?:have )?(?:burn|burned|burnt|failed|fail|broken|break|collapse|collapsed|struggled|struggle)\b|\b(?:it|that|this) (?:was|is) not (?:really |entirely |all |even )?on me\b|\bsays more about (?:the|their|that) (?:\w+ ){0,4}than (?:about )?me\b/,
  /\bcorrupt\w*|\brigged\b|\bnepotism\b|\bbribe\w*/,
  /\b(?:useless|hopeless|terrible|awful|worthless|lazy|careless|negligent|hostile|toxic|abusive|clueless|disorganized|disorganised|chaotic) (?:program|programme|school|faculty|system|staff|teachers?|mentors?|advisors?|advisers?|administration|embassy|consulate|supervisors?|attendings?|consultants?|professors?|department|hospital|management|boss|director|examiners?|officials?|bureaucra\w+|environment)\b/,
  /\b(?:it was|it wasn't|it was not|was not|wasn't|were not|weren't|is not|are not|none of (?:it|this) (?:was|is)|(?:none|nothing|no part|not one|neither) (?:of )?(?:[\w'-]+ ){0,6}?(?:was|were|is|are|has been|had been))\s+(?:\w+ )?my fault\b|\b(?:not|never) (?:(?:really|actually|entirely|truly|even|totally|wholly|fully|completely|solely|purely|only|just|all|exactly|quite|100%|\w+ly) ){0,2}(?:my|our) (?:own )?(?:fault|mistake|error)\b|\bno fault of (?:my|mine)(?:\s*own)?\b/,
  // "Beyond my control" alone states an external cause, neutrally (gp-a-059, gp-h-024): not blame.
  /\b(?:bad|pure|sheer|terrible) luck\b|\bunlucky\b|\bmisfortune\b|\bjinxed\b|\bcursed\b|\bthe odds were (?:stacked )?against\b/,
  /\b(?:they|he|she|the (?:program|programme|school|faculty|university|hospital|examiners?|administration|embassy|consulate|ecfmg|nbme|supervisors?|director|attending|consultant|professor|advisor|adviser|mentor|chief|department|committee|management|system))\s+(?:\w+ )?(?:refused to (?:help|support|give|let|sign)|ignored (?:me|my)|failed me|let me down|betrayed|sabotaged|ruined|cheated|lied|mistreated|harassed|bullied|humiliated|targeted|singled me out|treated me (?:unfairly|badly|poorly|differently)|never (?:helped|supported|gave|guided|taught|cared)|did not (?:support|help|care|bother|guide|teach)|didn't (?:support|help|care|bother|guide|teach)|would not (?:help|let|support)|wouldn't (?:help|let|support)|made it impossible|made me fail|caused (?:me|my))\b/,
  /\b(?:no ?one|nobody) (?:\w+ ){0,6}(?:helped|supported|guided|cared|cares|mentored|explained|told me|listens|listened|answered|responded|helps|supports|bothered|stood by|stood up for|backed|defended|spoke up for|gave (?:\w+ )?(?:consideration|thought|attention|support|help|guidance) to (?:me|us|those of us|people like))\b/,
  /(?<!\bi (?:was|am) (?:the|an?|one) (?:[\w-]+ ){0,3})\bwho\b[^.;]{0,40}?\b(?:was|were|is|are)\b[^.;]{0,30}?\b(?:not (?:very |really |particularly |always |at all |the most |terribly )?(?:careful|reliable|competent|diligent|thorough|conscientious|attentive|responsible)|careless|negligent|lazy|incompetent|sloppy)\b|\b(?:they|he|she|the (?:other |senior |junior )?(?:\w+ )?(?:residents|faculty|staff|department|team|seniors|attendings|consultants|administration|management|leadership|officers?|examiners?|school|program|programme|hospital|vendor|suppliers?|contractors?|company|provider|it department|it))\b (?:\w+ ){0,4}(?:was|were|are|is) (?:\w+ )?(?:lazy|useless|incompetent|rude|careless|negligent|hopeless|arrogant|hostile|indifferent|biased|unprofessional|corrupt)\b/,
  /\b(?:plays?|played|playing|had|has|have) (?:(?:his|her|their|its) )?(?:own )?favou?rites\b|(?<!\b(?:kept|keep|keeps|was|were) )\b(?:take|takes|taking) (?:all )?(?:the )?credit\b|\b(?:my|our|the) (?:\w+ ){0,3}(?:i|we) (?:had )?(?:requested|asked for|applied for|needed) (?:was|were) (?:\w+ )?(?:refused|denied|rejected|turned down)\b|\b(?:based on|about|through|by) connections\b|\bnot (?:on |based on |by )?merit\b|\bgo(?:es)? to the (?:children|sons|daughters|friends|relatives) of\b|\bnot (?:(?:always |ever |once )?been )?(?:a |very |really |entirely )?fair\b|\b(?:i|we) (?:was|were|got) (?:\w+ )?(?:punished|penali[sz]ed|scapegoated|made an example of) for\b|\bdid not value me\b|\b(?:didn't|did not|never) (?:\w+ )?prepare (?:us|me)\b|\b(?:had|have) done (?:their|his|her|its) job\b|\b(?:their|his|her) mess\b/,
  /\bbadly (?:managed|run|organi[sz]ed|planned|designed|handled)|\bpoorly (?:planned|designed|handled)\b|\b(?:do not|don't|did not|didn't) think (?:that |this |the |my )?(?:\w+ ){0,3}reflects? my\b|\bnot a failure of (?:the|my) (?:idea|plan|work|project)\b|\bkilled by people\b/,
  /\b(?:set up|designed|built|made) (?:for (?:\w+ ){0,2})?(?:us |me |imgs |foreigners |people like me )?to fail\b|\bset(?:ting|s)? (?:me|us) up (?:to fail|for failure)\b/,
  /\b(?:against (?:me|us|imgs|foreign graduates|international graduates|people like me|foreigners))\b/,
  // The member blaming, or others blaming the member; a dispute narrated between third parties
  // ("the lab blamed the interface, IT blamed the analysers") is neither.
  /\b(?:i|we) (?:(?!(?:was|were|am|be|been|being|is|are|not|never|felt|got|get)\b)\w+ ){0,2}(?:blame|blamed)\b(?! (?:no ?one|nobody|myself|ourselves))|\bblam(?:ed|es|ing) (?:the |our |my )?(?:residents|interns|juniors|trainees|fellows|nurses|clinicians|doctors|users)\b|\b(?:pinned|pinning|pins|pin|shifted|shifting|put|putting|dumped|dumping) (?:the |every |all |each )?(?:\w+ )?(?:blame|defects?|problems?|mistakes?|faults?|errors?|bugs?|failures?) on (?:us|me|our|my)\b|\bblam(?:e|ed|ing) (?:it|this|that|everything|all of (?:it|this)) on\b|\b(?:blamed|blames|blaming) (?:me|us) for\b|\bblaming (?:others|everyone|the system|them|him|her)\b/,
  // What anyone would expect, withheld: "did not provide the support any reasonable trainee might
  // expect"; a harsher choice over helping: "chose to release me rather than help me improve".
  /\b(?:did not|didn't|never|failed to|none of|no|without)\b[^.;]{0,40}\b(?:support|help|guidance|supervision|training|mentoring|teaching|protection|feedback)\b[^.;]{0,40}\b(?:(?:any|every|a|the) (?:\w+ )?(?:trainee|resident|doctor|person|employee|student|junior|one|fellow)|i|we) (?:\w+ ){0,4}(?:expect|deserve|is entitled|has a right|had a right|was entitled|would expect)\w*|\b(?:chose|decided|preferred|opted) to (?:\w+ ){0,2}(?:release|dismiss|fire|terminate|remove|let go|get rid of|drop|cut|expel|punish|blame|report|fail|replace) (?:of )?(?:me|us)\b[^.;]{0,20}\b(?:rather than|instead of)\b/,
  // Responsibility left pointedly to the reader: "I leave it to the committee to judge where the
  // responsibility truly lies"; others' failings paid for: "punished for the carelessness of others".
  /\b(?:leave it|leave that|leave the question|let|allow) (?:\w+ ){0,4}(?:judge|decide|conclude|draw (?:your|their|its) own conclusions?)\b[^.;]{0,40}\b(?:responsib\w*|fault|blame|lies|lay)\b|\b(?:punished|paid|suffered|penali[sz]ed|pay|paying|suffer) (?:\w+ )?for (?:the|their|his|her|someone else's|other people's|others'?) (?:\w+ ){0,2}(?:carelessness|mistakes?|errors?|negligence|failures?|incompetence|faults?|laziness|delays?)\b|\bcarelessness of (?:other people|others|my \w+|the \w+)\b|\b(?:was|were|proved) (?:\w+ )?of no (?:help|use|assistance)\b/,
  /\b(?:forced|pushed|drove) me (?:out|to quit|to leave|to resign|to fail)\b/,
  /\bvictim (?:of|to)\b|\bscapegoat\w*/,
  // Round nine: neglect as no one taking the trouble ("nobody thought to explain the basics"), and
  // a place not made for the member's group ("the program was not really organised to welcome
  // foreigners", "the unit was not set up for outsiders").
  /\b(?:(?:no ?one|nobody|none of them) (?:\w+ )?(?:thought|bothered|cared|took the (?:time|trouble)|made (?:the|an|any) effort)|(?<!\bi )(?:could not|couldn't|would not|wouldn't|never|did not|didn't) (?:be bothered|bother(?:ed)?|make (?:any|an|the) effort|made (?:any|an|the) effort|take the (?:time|trouble)|took the (?:time|trouble))) to (?:\w+ )?(?:explain|show|tell|help|guide|orient|introduce|teach|welcome|include|inform|train|support|answer)\b|(?<!\b(?:i|we) (?:was|am|were) (?:\w+ )?)\b(?:not|never) (?:really |even |at all )?(?:organi[sz]ed|set up|prepared|equipped|designed|built|ready|interested) (?:to|for) (?:welcome |receive |support |deal with |handle |accommodate |include |train )?(?:\w+ )?(?:foreigners|outsiders|foreign (?:graduates|doctors|students|trainees)|imgs|international (?:graduates|doctors|students|applicants|trainees)|people (?:like me|like us|from (?:abroad|outside))|anyone from (?:abroad|outside))\b/,
  /\b(?:nobody|no one|none of them|did not|didn't|never|would not|wouldn't|not once) (?:\w+ ){0,4}(?:lift(?:ed)?|raised?) a finger\b/,
  // Round twenty-two: the negation carried by the subject ("nobody at the embassy seemed to care",
  // "no one in the office took my complaint seriously"): the party's neglect of the member, as
  // "they never cared" says it with the negation on the verb.
  /\b(?:no ?one|nobody|none of them) (?:\w+ ){0,4}?(?:seemed|seems|appeared|appears|wanted|want|wants|tried|bothered|cared|even tried|would|could be bothered) to (?:really |even )?(?:care|help|listen|answer|reply|respond|bother)\b|\b(?:no ?one|nobody|none of them) (?:\w+ ){0,4}?(?:took|takes|would take|was taking) (?:me|us|my (?:\w+ )?\w+|our (?:\w+ )?\w+) (?:\w+ )?seriously\b|\b(?:i|we) (?:had|got|received|found) (?:no|zero|not any|not a bit of) (?:\w+ )?(?:support|help|guidance) from (?:anyone|anybody|them|the (?:\w+ )?(?:school|program|programme|hospital|department|office|administration|ministry|university|faculty|embassy))\b/,
  // A person close to the member or over them forbidding their career ("my in-laws did not allow me
  // to continue my career"); a rule, a visa or a duty that did not allow it is a neutral cause.
  /\b(?:my|our) (?:\w+ )?(?:in-laws|husband|wife|spouse|family|father|mother|parents|relatives|brother|sister|father-in-law|mother-in-law|supervisor|boss|chief|director|head|professor|consultant) (?:simply |just |flatly |even )?(?:did not|didn't|would not|wouldn't|never|refused to|do not|does not) (?:\w+ )?(?:allow|let|permit|support|want) me (?:to )?(?:\w+ ){0,2}?(?:continue|work|practi[sc]e|pursue|go back|return|study|apply|take|finish|keep)\b|\b(?:my|our) (?:\w+ )?(?:in-laws|husband|family|father|mother|parents|relatives|supervisor|boss|chief|director) (?:\w+ )?(?:forbade|forbid|stopped|prevented|kept) me (?:from )?(?:\w+ )?(?:working|practi[sc]ing|continuing|studying|applying|my career)\b/,
  // A denial that the stop was the member's own ("it was not my choice to stop working", "the gap
  // was not my decision"); "not my first choice" is a preference, not a denial.
  /\b(?:was|is|were|has been) (?:really |simply |certainly |never |definitely )?not (?:really |at all )?(?:my|our) (?:own )?(?:choice|decision|doing|wish)\b/,
  // Denial of one's part and others' failings named outright: "not because of anything I did",
  // "through sheer negligence", "I was forced out".
  /\bnot because of (?:anything|something) (?:i|we) (?:did|had done|said)\b|\b(?:had|has) nothing to do with (?:me|my (?:work|performance|conduct|ability|abilities))\b|\b(?:sheer|gross|pure|utter|plain) (?:negligence|incompetence|carelessness|indifference|arrogance)\b|\b(?:i|we) (?:was|were) (?:\w+ )?(?:forced|pushed|driven|squeezed|hounded|bullied|frozen) out\b/,
  /\b(?:because|due to|thanks to|all because) (?:of )?(?:the |my |their |his |her )?(?:(?:completely|totally|utterly|so|very|entirely|absolutely|simply|clearly|hopelessly|thoroughly|deeply|notoriously) )?(?:incompetent|useless|corrupt|biased|unfair|lazy|terrible|awful|negligent|hostile|toxic|dysfunctional|(?:broken|chaotic|disorgani[sz]ed|rotten) (?:[\w-]+ ){0,2}?(?:system|process|bureaucracy|administration|management|rules|exam system|testing system))\b/,
  /\bthe (?:system|process|exam|examination|test|rules?) (?:\w+ )?(?:is|was|are|were) (?:\w+ )?(?:broken|rigged|stacked|a joke|a lottery|arbitrary|ridiculous|absurd|designed against|against)\b/,
  /\bif (?:it|they|he|she|the \w+|\w+) (?:had not|hadn't|had) (?:[\w',-]+ ){0,8}(?:i|we|none of this|this|it|things|the \w+) (?:would|wouldnt|would not|could|might)\b/,
  // A person's act that, done, would have spared the harm: "if my senior had answered his bleep,
  // the patient would never have been given the second dose" ("if she had not stepped in, I would
  // have…" credits her instead, and is left to the rule above).
  /\bif (?:the|my|our|his|her|their) (?:[\w-]+ ){0,2}?[\w-]+ had (?!not\b|never\b)(?:[\w',-]+ ){0,8}?(?:i|we|none of this|this|it|things|the \w+) (?:would|could|might) (?:never|not)\b/,
  // Another's duty named to put the miss on them: "the pharmacist should have caught it; that is
  // literally her job".
  /\b(?:he|she|they|the (?:\w+ )?(?:pharmacist|nurse|registrar|consultant|lab|clerk|team|office|senior|doctor|resident|intern|attending|supervisor|porter|technician))s? should have (?:\w+ )?(?:caught|checked|seen|noticed|spotted|flagged|stopped|told|warned|known)\b|\b(?:that|this|it) (?:is|was) (?:literally |exactly |precisely |simply |quite literally )?(?:his|her|their) (?:whole |entire |only |actual )?(?:job|role|responsibility)\b/,
  // The problem's root named as a person: "the root of the problem was a registrar who never checked".
  /\b(?:root|source|cause) of (?:the|this|all the|our|my) (?:\w+ )?(?:problems?|troubles?|mistakes?|errors?|issues?) (?:was|were|lay with|lies with) (?:a|an|the|my|our) (?:[\w-]+ )?(?:senior|registrar|consultant|colleague|nurse|pharmacist|supervisor|boss|manager|attending|resident|intern|team|staff|coordinator|doctor|surgeon|mentor|administrat\w+|management)\b/,
  // A promise broken: "promised us extra staff and simply never delivered"; a motive of spite.
  /\b(?:promised|assured) (?:[\w-]+ ){0,5}?(?:and|but) (?:then )?(?:simply |just )?never (?:delivered|did|came through|followed through|kept it)\b|\bout of (?:pure |sheer |plain )?(?:spite|malice|jealousy|revenge|vindictiveness)\b/,
  // The fault put on a person by name of its cause: "the error was mainly down to my senior".
  /\b(?:error|mistake|mix-?up|problem|delay|incident|failure|confusion|it|this|that)\b (?:\w+ ){0,2}(?:was|were|is|happened|came about) (?:\w+ )?(?:mainly |mostly |entirely |largely |really |all |purely )?(?:down to|due to|because of|the fault of|caused by) (?:my|the|our|his|her|their|a) (?:[\w-]+ )?(?:senior|registrar|consultant|colleague|co-[\w-]+|nurse|pharmacist|supervisor|boss|manager|attending|resident|intern|team|staff|coordinator|doctor|surgeon|mentor|predecessor)s?\b/,
  /\b(?:they|he|she|the (?:\w+ )?(?:hospital|program|programme|school|university|embassy|consulate|office|doctors?|staff|administration|officers?|system)) (?:\w+ ){0,3}(?:messed up|screwed up|botched|mishandled|bungled|lost my|delayed my \w+ for no reason|did not do (?:their|his|her) job|failed to do (?:their|his|her) job)\b/,
  // Denying one's own part, however it is put: "through no error of my own". ("It was not in my
  // control" alone is a neutral statement of an external cause: corpus gp-a-059.)
  /\bno (?:error|fault|mistake|failing|doing|negligence) (?:at all )?of (?:my|mine|our|ours)\b|\b(?:nothing|little) (?:more )?(?:i|we) could (?:have )?(?:done|do)\b(?! (?:except|but|other than|besides|apart from) (?:to )?(?:wait|be patient|keep waiting|follow up|prepare|study)\b)|\bnot (?:my|our) (?:doing|responsibility|problem)\b/,
  // A complaint about someone's failure to act: "despite my many reminders", "even after I asked twice".
  /\b(?:despite|in spite of|regardless of|even after) (?:my|our|all my|all of my|repeated) (?:\w+ ){0,2}(?:reminders?|requests?|emails?|calls?|efforts?|pleas?|follow-?ups?|messages|complaints?|appeals?)\b/,
  /\b(?:they|he|she|the (?:\w+ )?(?:mentor|coordinator|advisor|adviser|supervisor|professor|director|office|administration|department|school|university|hospital|program|programme|vendor|team|manager|officer|chief|consultant|attending|examiner|registrar))\b (?:\w+ ){0,3}(?:failed to|neglected to|forgot to|did not bother to|had not bothered to|never bothered to|did not even|never even|refused to|would not even|could not be bothered to|did not take (?:\w+ ){0,3}seriously)\b/,
  // An unfair or opaque process: not objective, decided by connections, dismissed without a reason.
  /\bnot (?:conducted |done |handled |run |carried out |decided )?(?:in an? )?(?:objective|transparent|impartial|honest|fair|proper)(?: way| manner| fashion)?\b|\b(?:family|personal|political|the right) connections\b|\b(?:dismissed|rejected|refused|denied|ignored|closed) (?:\w+ ){0,2}without (?:any |a )?(?:explanation|reason|justification|review|consideration)\b/,
  // Bad motives or character put on others: "more concerned with his own timelines than…",
  // "known for his negative attitude", "as is usual with them", "typical of that system".
  /\bmore (?:concerned|interested|worried|focused) (?:with|in|about|on) (?:his|her|their|its) own\b|\bknown for (?:his|her|their|its) (?:\w+ )?(?:negative|bad|hostile|poor|unfair|harsh|biased|difficult)\b|\b(?:as is|as was|which is|which was) (?:\w+ )?(?:usual|typical|always the case|normal|expected) (?:with|for|of|in) (?:them|him|her|that|those|such|these)\b|\b(?:typical|characteristic) of (?:that|this|the|such|those|these) (?:\w+ )?(?:system|place|country|institution|hospital|people|bureaucracy|administration|department|office|culture)\b/,
  // Sweeping judgements of a group: "nobody there understood", "they will not take the
  // initiative", "are not always as interested in clinical reality as they could be".
  /\b(?:nobody|no one|none of them) (?:there|here|in (?:it|that \w+)) (?:really |even |any longer |anymore )?(?:understood|understands|(?:knew|knows)(?! (?:who|whom|whose|which|where|when|why|what (?:the|a|an|this|that|these|those|his|her|its|their)|(?:the|this|that|these|those|his|her|its|their) (?:[\w-]+ )?(?:patients?|results?|cases?|files?|charts?|letters?|samples?|orders?|referrals?|requests?|families|babies|child(?:ren)?|persons?|person))\b)|read|reads)\b|\b(?:nobody|no one|none of them) (?:really |even )?(?:bothered|cared|listened|tried)\b|\b(?:will|would|do|does|did) not (?:\w+ )?take (?:the|any) initiative\b|\bnothing (?:happens|happened|gets done|got done|changes|changed|moves|moved) (?:unless|until|if)\b|\b(?:are|is|were|was) not (?:always |really |very |particularly |even )?(?:as )?(?:interested in|bothered about|concerned (?:with|about)|willing to|motivated to|serious about) (?:\w+ ){0,3}(?:as (?:they|he|she|it) (?:could|should)|patients?|clinical|doctors|us)\b/,
  // Responsibility moved by contrast: "created by that environment more than by me", "the failure
  // was really theirs rather than mine", "it was really their delay that cost me the year, not
  // anything on my side".
  /\b(?:created|caused|made|started|driven|provoked|theirs|his|hers|their (?:\w+ )?(?:delay|fault|doing|decision|mistake|error|failure))\b.{0,60}?\b(?:more than|rather than|not|instead of) (?:by |on |from |with )?(?:me|mine|myself|my (?:side|part|end|doing))\b|\bnot (?:anything|something) (?:on|from|of) my (?:side|part|end)\b|\b(?:it was|was|were) (?:(?:really|actually|in fact|truly|entirely|simply|clearly|all) )?(?:their|his|her|its|the (?:[\w-]+ )?\w+'s) (?:\w+ )?(?:delay|fault|mistake|error|negligence|decision|incompetence|carelessness|failure|doing)\b|\b(?:their|his|her|its) (?:\w+ )?(?:delays?|mistakes?|errors?|negligence|failures?|incompetence|carelessness) (?:\w+ ){0,2}(?:is|are|was|were) (?:the )?(?:only|main|sole|real|whole) reason\b/,
  // Others' advice judged wrong, and the loss put on it: "guidance that was not accurate", "had I
  // received proper advice from the beginning".
  /\b(?:advice|guidance|information|instructions?|counsel(?:l?ing)?)\b (?:\w+ ){0,3}(?:was|were|proved|turned out to be) (?:\w+ )?(?:wrong|inaccurate|not accurate|incorrect|misleading|bad|poor|false|outdated)\b|\bgave me (?:\w+ )?(?:wrong|bad|incorrect|inaccurate|misleading|poor|false|outdated) (?:advice|guidance|information|instructions)\b|\bhad i (?:\w+ )?(?:received|been given|gotten|got|had) (?:the )?(?:proper|correct|better|accurate|timely|good|right|honest|real) (?:\w+ )?(?:advice|guidance|information|support|mentoring|instructions)\b/,
  // A counterfactual on someone else's act, inverted: "Had the embassy processed my visa on time, I would".
  /(?:^|[,;:] )had (?:the|my|they|he|she|it|their|his|her) (?:[\w'-]+,? ){0,8}?(?:i|we|none of this|this|it|things) (?:would|could|might)\b/,
  // A process or group said to shut people like the member out: "not designed with doctors from
  // smaller countries in mind", "does not make it easy for graduates from Egypt", "programs just
  // don't give IMGs a fair look", "never even opened my application".
  /\bnot (?:\w+ )?(?:designed|built|made|set up|meant|intended|created) (?:with|for) (?:\w+ ){0,4}?(?:doctors|graduates|people|imgs|applicants|candidates|foreigners|us|someone|countries|physicians)\b|\b(?:does|do|did) not (?:\w+ )?make (?:it|things|life) (?:\w+ )?(?:easy|easier|possible|fair) for (?:\w+ ){0,2}(?:graduates|imgs|people|applicants|foreigners|us|doctors|someone|physicians)\b|\b(?:do not|does not|did not|never|will not|would not) (?:\w+ )?(?:give|gave|show|offer) (?:\w+ ){0,3}(?:imgs|us|people like me|foreign graduates|international graduates|applicants like me|doctors like me|someone like me|me) (?:a |any )?(?:fair|real|proper|serious|equal|honest) (?:look|chance|shot|hearing|consideration|treatment|review)\b|\bnever (?:even )?(?:opened|read|looked at) (?:my|our) (?:application|file|cv|dossier)\b/,
  // Scapegoating and a rigged evaluation: "needed someone to hold responsible", "had his own
  // candidates", "supported its colleague", "rewards connections rather than merit", "I was failed".
  /\bneeded (?:someone|somebody|a person|a junior) to (?:hold responsible|blame|take the (?:fall|blame)|punish)\b|\btake the (?:fall|blame) for\b|\bthe easiest (?:choice|target|person to blame|one to blame)\b|\bhad (?:his|her|their) own (?:candidates|favou?rites|people|preferred candidates)\b|\b(?:supported|protected|covered for|sided with|backed) (?:its|his|her|their) (?:own )?(?:colleagues?|members?|friends?|staff)\b|\b(?:rewards?|favou?rs?|values?|depends? on) connections\b|\bi was failed\b/,
  // Disregard and obstruction by others: "was not really interested in the input of clinicians",
  // "not the most open person to ideas", ""without anyone telling us",
  // "did not handle my paperwork with much care", "never did his share".
  /\b(?:was|were|is|are) not (?:really |very |particularly |at all |even )?(?:interested in|open to|receptive to|willing to hear) (?:\w+ ){0,2}(?:input|ideas?|views?|opinions?|suggestions?|concerns?|feedback|voice)\b|\bnot the most (?:open|helpful|supportive|reasonable|approachable|cooperative|receptive)\b|\bwithout (?:anyone|anybody|a word|any notice|any warning|any explanation) (?:\w+ )?(?:telling|informing|consulting|asking|warning|notifying) (?:me|us)\b|\b(?:they|he|she|it|the (?:\w+ ){0,3}(?:office|team|department|school|university|embassy|consulate|hospital|program|programme|administration|staff|registry|board|committee|vendor|leadership|management|coordinator|supervisor|consultant|director|commission))\b[^.;]{0,60}?\b(?:did not|didn't|never) (?:\w+ ){0,5}with (?:much |any |the |proper |due |enough |real )?(?:care|attention|seriousness|respect|diligence)\b|\b(?:never|did not|didn't) (?:do|did|pull) (?:his|her|their) (?:\w+ )?(?:share|part|job|work|weight)\b|\b(?:let|letting) (?:me|us) down\b|\bnothing (?:anyone|anybody|one) could (?:\w+ )?expect (?:me|us) to\b/,
  // A culture or place that silences: "a culture where juniors were not supposed to speak",
  // "simply did not allow juniors to change anything".
  /\b(?:culture|environment|system|atmosphere|hierarchy) (?:\w+ ){0,4}(?:where|in which|that) (?:\w+ ){0,3}(?:were|was|are|is) not (?:\w+ )?(?:allowed|supposed|permitted|expected|able) to\b|\b(?:simply|just|never) (?:did not |didn't |does not |would not )?(?:allow|allowed|let|permit|permitted) (?:juniors|residents|us|me|anyone|people|doctors|clinicians) to\b/,
  // Round eight. Where the fault lies, placed on others and away from the member: "the gap is on
  // them, not me", "this gap is not really from my side", "created mostly by the Ministry and not
  // by my own choices", "the delay really sits with him and not with me", "I was the one who paid",
  // "I don't think anyone in my position could have done much more".
  /\b(?:is|was|lies|lay|sits|sat|rests|rested|falls|fell) (?:\w+ )?(?:on|with) (?:them|him|her|others|the (?:\w+ )?(?:programs?|ministry|office|system|hospital|school|committee|vendor|management|embassy|department|university))\b[^.;]{0,20}\bnot (?:on |with )?(?:me|mine|us|my side)\b|\bnot (?:really |entirely |actually |at all )?(?:from|on) my (?:side|part|end)\b(?! of (?:the|our|this))|\b(?:created|caused|made|decided|driven|produced) (?:\w+ ){0,2}by (?:the |my |our |their )?(?:\w+ ){0,2}?(?:and|but|rather than|more than|instead of) not (?:by )?(?:me|my|any)\b|\b(?:what|everything|most of what|a lot of what|much of what) went wrong (?:was|is) (?:\w+ )?(?:decided|caused|done) (?:\w+ )?(?:by|above|over) (?:my|them|the)\b|\b(?:i|we) (?:was|were) (?:the|the only) ones? who (?:paid|suffered|was punished|were punished|took the blame|lost)\b|\b(?:any|no) ?one in my (?:position|place|shoes) (?:could|would) (?:have )?(?:done|do) (?:\w+ )?(?:more|better|differently|otherwise)\b/,
  // A process made to keep the member's group out: "the process is designed to be slow", "designed
  // in such a way that people like me are always left behind", "programs filter out IMGs", "I was
  // not given a fair chance", "a system that does not respect young doctors".
  /\b(?:designed|built|made|set up|structured|meant) (?:\w+ ){0,3}?(?:to be (?:\w+ )?(?:slow|hard|difficult|impossible|unfair|punishing|exclusive)|in such a way that (?:people|graduates|candidates|doctors|imgs|foreigners|we|i|someone)|against (?:us|me|people|graduates|candidates|doctors|imgs|foreigners))\b|\b(?:filter|filters|filtered|filtering|screen|screens|screened|weed|weeds|weeded) (?:us |me |them )?out (?:all )?(?:imgs|international (?:medical )?graduates|foreign (?:medical )?(?:graduates|doctors)|people like me|candidates like me|applicants like me|older graduates|us|me)\b|\b(?:people|doctors|graduates|candidates|applicants|someone|a person) like (?:me|us) (?:are|were|is|was|get|got) (?:always |simply |just |often |never )?(?:left behind|ignored|overlooked|passed over|shut out|pushed aside|not given|never given)\b|\b(?:i|we) (?:was|were|am|are) (?:simply |just |never |not )?(?:not )?given (?:a|an|the|any) (?:\w+ )?(?:fair |real |proper )?(?:chance|opportunity|hearing)\b(?! to (?:present|speak|lead|join|work|attend))|\b(?:system|process|hospital|ministry|country|program|programme|institution|bureaucracy)s? (?:that|which) (?:does|do|did) not (?:\w+ )?(?:respect|value|care about|protect)\b|\b(?:has|have|had|with) (?:no|little|zero) respect for (?:young|junior|foreign|international|us|me|doctors|graduates|residents|trainees|people like)\b/,
  // Session 25, whose setback × cause × denial: the member's own failure put down to a circumstance
  // with their own part denied in the same breath ("that failure was because of the stress of
  // immigration, not my preparation", "caused by the pressure of moving countries rather than by
  // any lack of effort on my side", "mostly the immigration stress, not me", "owing to … and not a
  // reflection of my knowledge"). "The delay came from a backlog; the failure was mine" owns it, and
  // a cause named without the denial ("I failed during the year we immigrated") is neutral.
  /\b(?:fail(?:ed|ure|ing)?|did not pass|didn't pass|could not pass|(?:poor|weak|low|bad) (?:score|result|performance|marks?))\b[^.;]{0,90}?\b(?:because of|due to|owing to|caused by|a result of|down to|came from|mostly|mainly|largely|purely|entirely)\b[^.;]{0,70}?\b(?:not|rather than|instead of)\b (?:(?:by|because of|due to|from|of|on|to do with) )?(?:any |a |the )?(?:(?:lack|fault|failing|weakness|reflection|shortfall|result|sign) of (?:[\w-]+ ){0,3}?)?(?:my|me|mine|myself)\b/,
  // Session 25, who × harm × group: a system or party said to punish the member's kind ("a system
  // that punishes families like mine for one clerk's mistake", "penalises people like me"), how the
  // member's group is treated offered as the explanation ("which reflects how IMGs are often treated
  // in such labs"), and the member's name taken off their own work by someone else ("kept my name off
  // the manuscript"). "The new rule penalises late charting" names no group like the member.
  /\b(?:punish(?:es|ed|ing)?|penali[sz](?:es|ed|ing|e)|discriminat(?:es|ed|ing|e) against) (?:\w+ ){0,2}?(?:(?:families|people|doctors|graduates|candidates|applicants|imgs|foreigners|immigrants|those|someone|anyone|women) (?:like|such as) (?:me|mine|us|ours|myself)|me|us|my family|our family)\b|\b(?:reflects?|reflected|shows?|showed|typical of|is how|says (?:a lot|much|everything) about) (?:\w+ ){0,2}?how (?:imgs|international (?:medical )?graduates|foreign (?:medical )?(?:doctors|graduates)|immigrants|foreigners|outsiders|(?:people|doctors|graduates|applicants) (?:like|such as) (?:me|us)) (?:are|were|get|got) (?:\w+ )?treated\b|(?<!\b(?:i|we) (?:\w+ )?)\b(?:kept|left|took|dropped|removed|struck|cut|erased|omitted) (?:me|my name) (?:off|from|out of) (?:the |their |his |her |our )?(?:[\w-]+ )?(?:manuscript|paper|author list|authorship|abstract|publication|poster|article)\b/,
  // Favours and protection: "waiting for a gift to move the papers", "moved files only for those who
  // paid them", "the commission of course protected him", "gave all the positions to children of
  // the senior doctors", "the chief surgeon wanted me out".
  /\b(?:waiting|waited|wait|expected|expecting|asked|asking) (?:\w+ )?for (?:a |some |an )?(?:gift|tip|payment|envelope|something extra|little something)\b|\bfor (?:those|people|anyone|whoever) who (?:paid|bribed|had connections|knew (?:someone|somebody|the right))\b|\b(?:commission|committee|board|management|administration|hospital|department|university|ministry|colleagues|they|everyone) (?:\w+ ){0,3}?(?:protected|covered for|shielded|sided with|closed ranks around) (?:him|her|them|their own|(?:the|our|my) (?:\w+ )?(?:chief|director|surgeon|consultant|professor|head|colleague|senior))\b|\b(?:gave|given|went|handed|offered|reserved)\b[^.;]{0,40}\bto (?:the )?(?:children|sons|daughters|relatives|friends|nephews|nieces|family members) of\b|\bwanted me (?:gone|out|removed|dismissed|fired)\b/,
  // Session 23: the fault placed on a person by role ("honestly that is on my PI", "which was
  // squarely on the registrar"), and neglect told as a stop or a hold on the member's work ("stopped
  // answering emails", "sat on the draft for a year"). Where a thing happened ("it was on the
  // ward") names a place, not a person; "I sat on the committee" is the member's own seat.
  /\b(?:that|this|which|it|the (?:delay|failure|gap|problem|blame|fault))(?: part)? (?:is|was|lies|lay|rests|rested|falls|fell|sits|sat) (?:honestly |really |entirely |squarely |all |mostly |largely |frankly |fully )?on (?:my|the|our|his|her|their) (?:former |old |then |own )?(?:pi|supervisors?|mentors?|boss|bosses|chiefs?|consultants?|professors?|advisors?|advisers?|attendings?|registrars?|seniors?|coordinators?|managers?|directors?|co-?authors?|collaborators?|lab|department|employers?|agency|agent|recruiters?|lawyers?|attorneys?|sponsors?)(?=\s*(?:[,.;:!)]|$)|\s(?:who|whom|and|not|rather|alone)\b)|(?<!\b(?:i|we) )\b(?:stopped|ceased|quit|gave up) (?:\w+ )?(?:answering|replying to|responding to|returning|reading|acknowledging) (?:any of |all of )?(?:my |our |any |all )?(?:e-?mails?|messages?|calls?|texts?|letters?|reminders?|requests?)\b|\b(?<!\b(?:i|we) )(?:sat|sitting|sits) on (?:my|our|the) (?:\w+ )?(?:draft|manuscript|paper|application|paperwork|file|forms?|papers|documents?|request|visa|letter)\b/,
  // Neglect told outright: "did not answer any of my messages", "no one was there to guide me".
  /(?<!\b(?:i|we) )\b(?:did not|didn't|never|would not|wouldn't) (?:\w+ )?(?:answer|reply to|respond to|return|acknowledge) (?:any|one|a single|all|most|either) (?:\w+ )?(?:of )?(?:my|our)\b|\b(?:no ?one|nobody) (?:was |were )?(?:there|around|available) to (?:guide|help|support|advise|mentor|defend|answer)\b/,
  // Support, help or care denied to the member by the people or place over them, as a state:
  // "the program was not supportive", "my supervisor was never there for us", "the seniors were
  // hardly ever available to us", "an unsupportive consultant". The member's own state ("I was not
  // there for my family") has no party; a party's view of a thing ("not supportive of the new
  // form") or its plain limits ("not available in July") are not the member left unsupported.
  /\b(?:they|he|she|(?:my|our|the|that|this|an?) (?:[\w-]+ ){0,2}?(?:program|programme|residency|hospital|department|faculty|supervisors?|consultants?|seniors?|attendings?|registrars?|mentors?|professors?|boss|chiefs?|heads?|directors?|administration|management|staff|team|institution|unit|ward|school|university|college|trainers?))\b (?:\w+ )?(?:was|were|is|are|had been|has been|proved|turned out to be) (?:really |simply |just |ever |at all )?(?:not|never|hardly|barely|rarely|scarcely|far from|anything but) (?:(?:really|very|particularly|at all|ever|even|once|much|too|that|remotely|ever) )*(?:supportive\b(?! of (?!(?:me|us|residents|trainees|juniors|imgs|foreign|international)\b))|helpful (?:to|for) (?:me|us)\b|(?:there|around|available|present) (?:for|to) (?:me|us|the residents|the trainees|the juniors|his residents|her residents|their residents|trainees|residents|juniors)\b|interested in (?:me|us|our|my|teaching|training)\b)|\b(?:an|the|my|our|a very|a totally|a completely|a deeply) (?:very |really |totally |completely |deeply |quite )?unsupportive (?:program|programme|residency|hospital|department|faculty|supervisor|consultant|seniors?|attending|registrar|mentor|professor|boss|chief|head|director|administration|management|staff|team|institution|unit|ward|environment|atmosphere|culture)\b/,
];

/**
 * Blame as a frame rather than a phrase: ANOTHER PARTY (a person by role, a group, an office, an
 * institution, "they") as the subject of NEGATIVE CONDUCT toward the member or the work (did not
 * care, showed little interest, never answered, kept blocking, had something against, not willing
 * to listen, made the schedule impossible). Strong conduct is a complaint by itself; weaker conduct
 * ("did not share my urgency", "never delivered on time", "kept changing the people") is one when
 * the sentence also marks it as a complaint (frankly, regrettably, with all respect, "which was
 * frustrating") or puts the member's setback on it ("so the work stalled", "that is why my project
 * slipped", "only so much I could do"). The party's plain limits ("the program could not offer
 * protected time", "the analyst did not understand the workflow at first, so I shadowed her") are
 * neutral causes, not blame.
 */
const OTHER_PARTY =
  /\b(?:they|he|she|(?:my|our|the|his|her|their|that|this|whose|a|an) (?:(?!(?:felt|feel|feels|thought|think|said|says|claimed|believed|complained|was|were|is|are|had|has|did|do|does|and|or|but)\b)[\w'-]+ ){0,3}?(?:pharmacists?|pharmacy|records office|registry|doctors|physicians|surgeons?|clinicians|interns|fellows|deans?|registrars|recruiters?|reviewers?|panel|interviewers?|agency|agencies|ministry|council|government|employers?|supervisors?|mentors?|boss|bosses|heads?|chiefs?|directors?|consultants?|attendings?|professors?|advisors?|advisers?|examiners?|assessors?|board|offices?|administration|administrators?|management|managers?|leadership|department|teams?|staff|colleagues?|co-?authors?|co-?investigators?|co-?residents?|co-?workers?|nurses?|clerks?|porters?|scribes?|proctors?|invigilators?|trainers?|tutors?|(?:test(?:ing)?|exam(?:ination)?|prometric) cent(?:re|er)s?|secretar(?:y|ies)|receptionists?|technicians?|midwi(?:fe|ves)|coordinators?|registrar|vendors?|school|university|hospital|program|programme|embassy|consulate|committee|officials?|officers?|residents?|seniors?|faculty|analysts?|(?:principal )?investigators?|pis?|lawyers?|attorneys?|solicitors?|(?:visa|immigration|recruitment|placement) (?:agents?|consultants?)|it|developers?|engineers?|partners?|collaborators?|lab|group|institution|authorit(?:y|ies)|bureaucracy|brothers?|sisters?|siblings?|in-laws|relatives|cousins?|uncles?|aunts?|family))\b/g;
const STRONG_CONDUCT =
  /\b(?:(?:kept|keep|keeps|gave|give|gives|reserved|saved|handed|passed) (?:[\w-]+ ){0,4}?(?:for|to) (?:their|his|her|its) (?:own )?(?:favou?rites|friends|cronies|relatives|pets|chosen few|inner circle)|(?:only|just|mainly|mostly) cared (?:about|for)|cared only (?:about|for)|refused to (?:\w+ )?(?:learn|change|adapt|try|cooperate|engage|help|support|read|answer|reply|respond|sign|listen|meet|consider|accept)|refused to (?:\w+ )?(?:take|share|carry|bear) (?:any |their |his |her |the |a |an )?(?:\w+ )?(?:responsibility|burden|load|share|part)|left (?:everything|it all|all of it|all the (?:\w+ )?(?:work|care|burden|load)|the (?:whole |entire )?(?:\w+ )?(?:burden|load|care|responsibility)) (?:on|to) (?:me|us)\b|wanted (?:his|her|their) own (?:people|candidates|friends|favou?rites|man|men|team)|made (?:one |endless |nothing but )?excuses?|one excuse after another|(?:would not|wouldn't|refused to|never|did not|didn't) (?:\w+ )?(?:release|hand over|return|give back|sign off on) (?:my|our)|overr(?:ode|ides|ule|uled|uling) (?:every|each|all|any) (?:\w+ )?(?:suggestions?|proposals?|ideas?|recommendations?|requests?|concerns?|plans?)\b|sat on (?:my|our|the) |never (?:once |even |really )?(?:consulted|asked|informed|involved) (?:anyone|anybody|us|me|the (?:juniors?|residents?|nurses?|team|trainees))\b|without (?:ever |once |even )?(?:listening to|asking|consulting|informing) (?:the |us\b|me\b|anyone|any )?(?:juniors?|residents?|nurses?|trainees?|team|us|me|anyone|of us)|lost (?:my|our) (?:\w+ )?(?:documents?|files?|papers?|forms?|application|transcripts?|records?|paperwork)|(?:pushed|brushed|shoved|cast|set|swept|shut) (?:me|us) (?:aside|off|out)|dump(?:ed|ing|s)? (?:\w+ ){0,3}on (?:me|us)|treat(?:ed|s|ing)? (?:me|us|(?:\w+ ){0,2}(?:graduates|doctors|residents|imgs|juniors|foreigners|trainees)) (?:as|like) (?:\w+ )?(?:cheap|free|second-class|slaves?|servants?|labou?r|a nobody|dirt|nothing|an outsider|outsiders|disposable)|acted as (?:if|though) (?:it|this|that|the \w+) (?:were|was) (?:my|our) (?:mistake|fault|problem|doing)|wasted (?:\w+ ){0,2}(?:weeks|months|days|time|a year|years|my time|our time)|cared (?:\w+ )?more (?:about|for) (?:his|her|their|its) (?:own )?|never (?:once |even )?(?:explained|told (?:me|us) why|gave (?:me|us) (?:a |any )?reason)|(?:did not|didn't|never|would not|wouldn't|refused to|could not be bothered to|did not bother to) (?:really |even |once |ever |seem to |at all )?(?:care|value|respect|bother|listen|take (?:\w+ ){0,3}seriously|keep (?:\w+ )?(?:promises?|word))|never (?:once |even |really )?(?:answered|replied|responded|returned|followed up|helped|supported|listened|cared|bothered|took (?:\w+ ){0,3}seriously|showed up|read|apologi[sz]ed)|did (?:absolutely |simply )?nothing(?! wrong)(?! else)|(?:showed|shows|had|has|took|displayed) (?:little|no|zero|not the slightest) (?:\w+ )?(?:interest|regard|respect|care|time for|patience)|kept (?:\w+ )?(?:blocking|ignoring|rejecting|stalling|sabotaging|moving the goal ?posts|refusing|dismissing|brushing (?:me|us|it) off)|(?:had|has) (?:something|it in|a problem) (?:against|for) (?:me|us|candidates|graduates|imgs|people|doctors|foreigners|anyone)|(?:was|were|is|are) (?:simply |just |clearly |really |never |not even )?(?:not |un)(?:exactly |really |very |particularly |at all |even )?(?:willing|open|interested|prepared) (?:to|in) (?:listen|hear|help|consider|change|any|my|our|new|ideas?|input|what (?:we|i|doctors|clinicians|nurses|users|patients))|blocked (?:every|each|all|any) |(?:was|were) not (?:\\w+ )?(?:doing|pulling) (?:his|her|their) (?:\\w+ )?(?:part|share|job|weight)|(?:was|were|kept) (?:\\w+ )?taking (?:all )?(?:the )?credit|made (?:my|our|the|it) (?:\w+ ){0,2}(?:impossible|unbearable|miserable|hell)|made (?:every(?: single)?|each|all|my|our|the|things|everything|life|it)(?: [\w-]+){0,2} (?:\w+er|more \w+) than (?:it|they|that|this) (?:needed|had) to be|(?:was|were) (?:\w+ )?(?:the (?:\w+ )?(?:reason|cause)|to blame|responsible)\b[^.;]{0,70}?\bnot (?:us|me|mine|ours|we|i|our \w+|my \w+|the (?:\w+ )?(?:residents?|interns?|juniors?|team|doctors|trainees|students))\b)/;
const WEAK_CONDUCT =
  /\b(?:left (?:me|us) (?:alone|on (?:my|our) own|to (?:cope|fend))|(?:\w+ed|taken|given|written|put|sent|wrote|gave|lost|did|read|made|took) (?:[\w']+ ){0,4}?(?:the |a )?wrong (?:patient|dose|drug|chart|notes|file|result|ward|name|date|form|bed|strength)|gave (?:me|us) (?:no|zero|not (?:a|one|any)) (?:\w+ ){0,2}(?:time|support|help|guidance|chance|say|protected time|reason)|(?:did not|didn't|never|would not|wouldn't|failed to) (?:really |even |once |ever |seem to )?(?:understand|share|support|help|deliver|respond|reply|answer|finish|follow through|follow (?:it |this |that |my \w+ |our \w+ )?up|prioriti[sz]e|give|sign|approve|explain|read|invest|communicate)|never (?:once |even |really )?(?:delivered|finished|explained|communicated|signed|approved)|kept (?:\w+ )?(?:changing|delaying|postponing|cancel\w*|losing|shipping|building|pushing|moving)|(?:was|were|is) (?:simply |just |frankly |clearly )?(?:impossible|unworkable|unreasonable|unrealistic|inhumane|absurd))\b/;
const COMPLAINT_MARK =
  /\b(?:(?:was|were) bound to happen|as (?:he|she|they|it) (?:so )?(?:often|always|usually) (?:did|does|do)|acted (?:surprised|shocked|as if|as though)|(?:this|that|which) (?:is|was) what (?:led to|caused) my|as usual|as always|yet again|once again|as (?:he|she|they) always (?:did|does|do)|frankly|regrettably|unfortunately|sadly|to be honest|honestly|with (?:all |due )?respect|i say this with respect|which (?:was|i found) (?:\w+ )?(?:frustrating|disappointing|demoralising|demoralizing|hard to accept)|which is why (?:the|my|our) (?:\w+ )?(?:project|work|application|gap|delay|plan|launch|study)|what was (?:easiest|convenient|easy|best) for (?:them|him|her)|rather than what (?:we|i) (?:asked|needed|wanted)|on (?:their|his|her) desks?|(?:which|this|that) (?:is|was) (?:the (?:main|real|only|whole|sole) reason|why (?:my|i (?:lost|missed|could not|couldn't|failed|had to|was unable|never)))|only so much (?:i|we|one) could (?:have )?do(?:ne)?|(?:i|we) had (?:little|no) choice but)\b/;
const INTERRUPTS =
  /\b(?:but|so(?! (?:often|much|many|far|badly|little)\b)|because|although|though|while|whereas|until|after which|felt|feel|feels|thought|think|thinks|said|says|claimed|believed|complained)\b|\b(?:i|we) (?:\w+ )?(?:was|were|am|did|didn't|had|have|could|would|should|will|then|also|asked|told|said)\b/;

/**
 * The same frame read on lemmas, so any tense or voice counts: a party doing something whose
 * meaning is mistreatment, obstruction or neglect to the member, their people or their work
 * ("the office ignores my emails", "the director had sidelined me", "I was belittled by my
 * consultant"). The object must be the member's side: "the system ignored duplicate alerts" is not it.
 */
const NEG_CONDUCT_LEMMA =
  '(?:ignore|stonewall|ghost|botch|bungle|mess up|undermine|belittle|humiliate|sideline|mistreat|harass|bully|sabotage|betray|abandon|neglect|mishandle|misplace|deceive|mislead|exploit|scapegoat|overlook|exclude|overwork|patronize|patronise|intimidate|threaten|disrespect|demean|marginalize|marginalise|snub|shun|stonewalled)';
const MEMBER_SIDE_OBJECT =
  '(?:me|my|us|our|anyone|everyone|everybody|resident|img|graduate|junior|candidate|trainee|foreigner|outsider|application|request|email|concern|document|file|paperwork|form|idea|proposal|complaint|question)';
const LEMMA_FRAME = new RegExp(
  `\\b${OTHER_PARTY.source.replace(/^\\b/, '')} (?:(?:i|we) (?:pay|hire|trust|use|choose|engage|retain|rely on) )?(?:(?!(?:i|we|but|so|because|not|never)\\b)[\\w'-]+ ){0,6}?${NEG_CONDUCT_LEMMA}(?:d|ed)? (?:[\\w'-]+ ){0,2}?${MEMBER_SIDE_OBJECT}\\b|\\b(?:i|we) be (?:\\w+ ){0,2}?${NEG_CONDUCT_LEMMA}(?:d|ed)? by (?:the|my|our|his|her|their|a|an)\\b`,
);

function lemmaFrame(s: Sentence): { index: number; length: number } | undefined {
  const m = LEMMA_FRAME.exec(s.lemmas);
  if (!m) return undefined;
  const tok = s.lemmaTok[m.index] ?? 0;
  const last = s.lemmaTok[m.index + m[0].length - 1] ?? tok;
  const start = s.canonTok.indexOf(tok);
  let end = s.canonTok.lastIndexOf(last);
  if (start < 0 || end < start) return undefined;
  end += 1;
  return { index: start, length: end - start };
}

/**
 * Session 13 (a trial: "the school's career office gave me no help, so I lost a year" passed the
 * gap lint): a loss of the member's time laid after another party's conduct marks a complaint as
 * much as "frankly" does. Only read beside such conduct (faultFrame), never alone.
 */
const LOSS_MARK =
  /\b(?:so|and|which meant|because of (?:that|this|it)),? (?:i|we) (?:\w+ )?(?:lost|wasted) (?:(?:a|an|one|two|three|\d+|many|several|the whole|almost a|nearly a|over a|more than a) )?(?:\w+ )?(?:year|years|months?|semesters?|time)\b|\b(?:cost|costing) (?:me|us) (?:(?:a|an|one|two|three|\d+|many|several|the whole|almost a|nearly a|over a) )?(?:\w+ )?(?:year|years|months?|semesters?)\b/;

function faultFrame(t: string, marked = false): { index: number; length: number } | undefined {
  for (const m of matchesOf(OTHER_PARTY, t)) {
    // "the doctors felt the nurses did not respect them": someone else's view, reported ("let's
    // just say the IT team…" is the member's own voice).
    if (
      /\b(?:felt|feel|feels|thought|think|thinks|said|say|says|claimed|claim|believed|believe|complained|complain)(?: that)? $/.test(
        t.slice(0, m.index),
      ) &&
      !/\blet(?: u|')s (?:just )?say $/.test(t.slice(0, m.index))
    )
      continue;
    const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 110);
    const clause = rest.split(/[.;:!?]/)[0]!;
    for (const [re, strong] of [
      [STRONG_CONDUCT, true],
      [WEAK_CONDUCT, false],
    ] as const) {
      const c = re.exec(clause);
      if (!c) continue;
      if (INTERRUPTS.test(clause.slice(0, c.index))) continue;
      // Session 25, who × act: the conduct belongs to another subject when an indirect question stands
      // between ("the radiology chief wanted to know how many nodules were never followed up": the
      // nodules were not followed up; the chief asked). "My registrar never followed up" and "the
      // chief, who never answered my emails" keep the party as the doer.
      if (/\b(?:how (?:many|much|often|long)|whether|why|what)\b/.test(clause.slice(0, c.index))) continue;
      if (!strong && !marked && !COMPLAINT_MARK.test(t) && !LOSS_MARK.test(t)) continue;
      return { index: m.index, length: m[0].length + c.index + c[0].length };
    }
  }
  // A process said to shut the member out: "built to keep graduates like me outside", "every door
  // was closed before I reached it".
  const shut =
    /\b(?:built|designed|made|set up|meant|seemed designed|structured) to keep (?:\w+ ){0,4}?(?:out|outside|away|down|from)\b|\bevery door (?:\w+ )?(?:was|were|is|got) (?:\w+ )?(?:closed|shut|slammed)\b|\bdoors? (?:were|was|kept being) (?:\w+ )?(?:closed|shut|slammed) (?:to|on|in (?:my|the) face)\b/.exec(
      t,
    );
  return shut ? { index: shut.index, length: shut[0].length } : undefined;
}

/** Ownership or explicit refusal to blame: no blame in that sentence. */
const OWNERSHIP =
  /\b(?:i (?:do not|don't|never|will not|won't) blame|i (?:am|was) not blaming|not blaming (?:anyone|anybody|the|them|him|her|my|it)|i blame (?:no ?one|nobody|myself)|(?:the |this )?(?:mistake|error|responsibility|failure|fault) (?:was|is|were) (?:entirely |fully |completely |all )?mine|(?<!\bnot (?:\w+ )?)(?<!\b(?:none|nothing|no part|not one|neither)\b[^.;]{0,60})(?<!\bof )(?<!\b(?:if|though) (?:it|this|that|the \w+) (?:were|was) )(?<!\b(?:led to|caused|causing|contributed to|behind) )(?<!\b(?:do not|don't|did not|didn't|never|cannot|can't) (?:really |honestly |truly )?(?:think|thought|believe|believed|feel|felt|consider|considered|accept|see how) [^.;]{0,30})my (?:own )?(?:fault|mistake|responsibility|failure)(?! was not| is not)|i take (?:full |complete |total )?(?:responsibility|ownership)|i (?:own|owned) (?:it|that|the|my)|i accept(?:ed)? (?:full |complete )?(?:responsibility|that (?:i|the (?:mistake|failure)))|i should have (?:\w+ )?(?:checked|asked|known|seen|verified|questioned|prepared|planned|started|applied|looked)|(?:not|never) because (?:\w+ ){0,4}(?:unfair|biased))\b/;

const NEGATED_BEFORE = /(?:\b(?:not|never|no|nor|hardly|neither|nobody|no one)\b)(?:\s+[^\s;,]+){0,4}\s*$/;
const NEGATABLE =
  /^(?:blam|unfair|unjust|biased|incompeten|corrupt|rigged|prejudic|racist|discriminat|useless|hostile|toxic|lazy|negligent|bad luck|unlucky|against)/;

export interface BlameHit {
  sentence: Sentence;
  index: number;
  length: number;
}

/**
 * Stretches of a sentence inside quotation marks: someone else's words ("she asked, 'Nobody has
 * told us anything.'"). A quote left open runs to the end of the sentence; a closing quote with no
 * opening one (the sentence split inside a quotation) covers everything before it.
 */
function quotedRanges(t: string): [number, number][] {
  const out: [number, number][] = [];
  let open: number | undefined;
  for (const m of t.matchAll(/["']/g)) {
    const i = m.index;
    const prev = t[i - 1] ?? ' ';
    const next = t[i + 1] ?? ' ';
    const opens = /[\s(:,\[-]/.test(prev) && /[a-z0-9]/i.test(next);
    const closes = /[a-z0-9.,?!]/i.test(prev) && /[\s.,;:!?)\]-]/.test(next);
    // Round thirty: with no quotation open, an apostrophe after a plural "s" and before a word is
    // a possessive ("two weeks' notice", "the residents' council"), not the end of a quotation
    // that would hide everything before it.
    if (open === undefined && m[0] === "'" && /s/i.test(prev) && /^ [a-z]/i.test(t.slice(i + 1, i + 3))) continue;
    if (open === undefined && opens) open = i;
    else if (closes) {
      out.push([open ?? 0, i]);
      open = undefined;
    }
  }
  if (open !== undefined) out.push([open, t.length]);
  return out;
}
const inQuote = (t: string, at: number): boolean => quotedRanges(t).some(([a, b]) => at > a && at < b);

/**
 * Round sixteen: blame read from who is said to have done what to the member's side, with the
 * party read as in faultFrame (a person or body by role, with a possessive or article):
 * - the party judged worthless as a person ("my career advisor was useless", "our programme
 *   director was frankly incompetent");
 * - a cause clause laying the member's failure on the party's dislike or favour ("because the
 *   examiner clearly did not like Eastern European accents");
 * - nobody owning the care of the member's group ("no one in the department felt any
 *   responsibility for the fellows"); an unowned thing ("no one took responsibility for the
 *   register") is a task, not blame.
 */
const PARTY = OTHER_PARTY.source.replace('(?:they|he|she|', '(?:');
const PERSON_WORTHLESS =
  '(?:useless|hopeless|worthless|incompetent|clueless|negligent|lazy|careless|rude|arrogant|hostile|indifferent|unprofessional|corrupt|unhelpful|inept)';
const PARTY_BLAME: readonly RegExp[] = [
  new RegExp(
    `${PARTY} (?:[\\w'-]+ ){0,5}?(?:was|were|is|are|has been|had been) (?:(?:completely|utterly|frankly|totally|simply|just|really|so|very|quite|clearly|absolutely|basically|entirely) )*${PERSON_WORTHLESS}\\b`,
  ),
  // Round twenty-three: dislike of an activity or a change ("because the residents did not like us
  // checking their prescriptions", "disliked the new form") is resistance the member then worked
  // with, a neutral obstacle; dislike of the member or their people stays blame.
  new RegExp(
    `\\b(?:because|since|as) (?:[\\w'-]+ ){0,2}?${PARTY} (?:[\\w'-]+ ){0,3}?(?:(?:did not like|didn't like|does not like|doesn't like|disliked|dislikes|hated|hates|resented|resents)(?! (?:us|me|them|him|her|our team|the team) [\\w-]+ing\\b| (?:the|this|that|these|those|any|a|an) (?!(?:[\\w-]+ ){0,3}?(?:i|me|my|foreign\\w*|imgs?|internationals?|accents?|background|nationality|religion|skin|people like|way i)\\b)[\\w-]+| (?:our|my) (?:[\\w-]+ )?(?:change|changes|form|forms|checklist|system|tool|audit|audits|process|project|template|alert|alerts|dashboard|rota|list|review|reviews)\\b| (?:being|having|to be) \\w+ed\\b)|looked down on|looks down on|had (?:something|a problem|an issue) (?:against|with)|favou?red (?:their|his|her|its|local|other|own)|preferred (?:their|his|her|its|local|other|own))\\b`,
  ),
  /\b(?:no ?one|nobody|none of them)\b (?:[\w'-]+ ){0,4}?(?:felt|feels|took|takes|accepted|showed|had|assumed|bore) (?:any |the slightest |the least |much |real |an? )?(?:responsibility|duty|obligation|concern|interest|care) (?:for|towards?|to|about) (?:me|us|(?:the|those|its|his|her|their|our|all the) (?:[\w-]+ ){0,2}?(?:fellows|residents|trainees|juniors|interns|students|staff|researchers|doctors|people|recruits))\b/,
];
// Round eighteen: a cleft that denies the member's side caused the setback ("it was never my team
// that caused the delay", "it wasn't us who slowed the rollout down").
const CLEFT_DENIAL =
  /\bit (?:was not|wasn't|was never|is not|isn't|was certainly not|was definitely not) (?:really |ever )?(?:me|us|(?:my|our) (?:[\w-]+ )?(?:team|side|department|unit|group|doing|part)) (?:that|who|which) (?:\w+ )?(?:caused|created|made|started|delayed|broke|slowed|held up|derailed|caused|led to)\b/;
// Session 12 (a newcomer trial: "their administration is honestly a mess that failed a lot of us"
// passed the gap lint): the party called a wreck by a noun of the same class as the worthless
// adjectives, and the party as the one who failed or abandoned the member's side.
const PARTY_WRECK = new RegExp(
  `${PARTY} (?:[\\w'-]+ ){0,5}?(?:was|were|is|are|has been|had been) (?:(?:completely|utterly|frankly|honestly|totally|simply|just|really|basically|clearly|always) )*(?:an? |such an? )(?:(?:complete|total|absolute|utter|real|huge|big|hot) )?(?:mess|disaster|joke|nightmare|shambles|circus|scam|farce|catastrophe|trainwreck|train wreck)\\b`,
);
const PARTY_FAILED_US = new RegExp(
  `${PARTY} (?:[\\w'-]+ ){0,6}?(?:failed|abandoned|betrayed|let down|cheated|scammed|misled) (?:(?:a lot of|many of|most of|all of|so many of|each of|every one of) )?(?:me|us|(?:its|their|his|her|our) (?:own )?(?:students|graduates|residents|trainees|fellows|applicants|doctors))\\b|${PARTY} (?:[\\w'-]+ ){0,6}?let (?:me|us|(?:its|their|our) (?:students|graduates|residents|trainees)) down\\b`,
);
// Session 13 (a trial: "My coaching was bad and I failed once" passed the gap lint): a service the
// member relied on, judged poor, given as what made the member fail, either way round. Judging it
// poor and then changing course ("my first coaching centre was poor, so I switched to my own plan")
// lays nothing on it and stays quiet.
const SERVICE =
  "(?:my|our|the|that|this|their) (?:[\\w'-]+ ){0,2}?(?:coaching|coach(?:es)?|tutors?|tutoring|teachers?|teaching|course|classes|lectures|prep (?:centre|center|course|academy|school)|academy|institute|question bank|qbank|study materials?|mentors?|mentoring|advisors?|advisers?|supervisors?|supervision)";
const POOR =
  '(?:(?:really|very|so|quite|pretty|just|honestly|frankly|completely|totally|extremely) )*(?:bad|poor|terrible|awful|weak|substandard|useless|horrible|rubbish|inadequate|low[- ]quality)';
const FAILED_BY = '(?:failed|fail|did not pass|didn.?t pass|could not pass|couldn.?t pass|scored (?:low|poorly|badly))';
const SERVICE_MADE_ME_FAIL: readonly RegExp[] = [
  new RegExp(
    `${SERVICE} (?:was|were|had been|is|are) ${POOR}\\b[^.;]{0,40}?(?:\\band|\\bso|\\bwhich is why|\\bthat is why|\\bthat's why|,) (?:then |therefore |of course |naturally )?(?:i|we) (?:[\\w'-]+ ){0,2}?${FAILED_BY}\\b`,
  ),
  new RegExp(
    `\\b(?:i|we) (?:[\\w'-]+ ){0,2}?${FAILED_BY}\\b[^.;]{0,40}?\\bbecause (?:of )?${SERVICE}(?: [\\w'-]+){0,3}? (?:(?:was|were|had been) ${POOR}\\b|(?:was|were) not (?:good|helpful|enough)\\b)`,
  ),
];
// Session 21 (batch AG): a place, body or system of the member's setting called a joke or garbage
// ("the test centre there was a joke", "the EHR there was basically garbage"): scorn laid on it,
// not a neutral account of how things stood. Things merely in bad shape ("the paper forms were a
// disaster", "our notes were a mess") stay the setting; the member's own things ("my first
// attempt was a joke") are self-mockery, not blame.
const DERIDED =
  /\b(?:the|that|this|their|its|his|her|our) (?:(?!(?:was|were|is|are)\b)[\w'-]+ ){1,4}?(?:was|were|is|are) (?:(?:completely|utterly|frankly|honestly|totally|simply|just|really|basically|clearly|always|such|kind of|pretty much) )*(?:an? (?:(?:complete|total|absolute|utter|real|bad|sick|big|cruel) )?(?:joke|farce|scam|circus|clown show)|(?:complete |total |absolute |utter )?(?:garbage|trash|rubbish|crap|junk|pathetic))\b/;
/**
 * Session 24: help denied or the member's path blocked by a person named by their role in any
 * language ("my Oberarzt was not supportive at all and blocked my rotation", "the jefe de servicio
 * blocked my transfer"): the predicate says a person or body acted, so any noun phrase opened by a
 * possessive or "the" is the party, unless it names an event, a rule or a thing ("the lockdown
 * blocked my elective" is a neutral cause; "the template was not supportive of free text" a view).
 */
const NOT_A_PARTY =
  '(?!(?:[\\w-]+ ){0,2}?(?:war|conflict|fighting|pandemic|covid(?:-19)?|lockdowns?|closures?|shutdown|earthquake|floods?|storms?|fire|sanctions|curfew|strikes?|outbreak|crisis|revolution|coup|bans?|suspension|blockade|illness|injury|accident|pregnancy|visa|rules?|polic(?:y|ies)|regulations?|laws?|requirements?|schedule|system|software|template|tool|weather|timing|health|exam|english|own)\\b)';
const ROLE_HINDERED = new RegExp(
  `\\b(?:he|she|they|(?:my|our|his|her|the) ${NOT_A_PARTY}(?:[\\w-]+ ){0,2}?[\\w-]+) (?:(?:was|were|had been|has been|is|are) (?:really |simply |just |ever |at all )?(?:not|never|hardly|barely|far from|anything but) (?:(?:really|very|particularly|at all|ever|even|once|much|too|that|remotely) )*supportive\\b(?! of (?!(?:me|us)\\b))|(?:\\w+ )?(?:blocked|obstructed|vetoed|stalled|held up) (?:my|our) [\\w-]+)`,
);
/**
 * Session 26 (text41, newcomer trial 13): a party that should have helped (the member's program,
 * employer, hospital, school, an embassy or consulate, a lawyer or agent, a supervisor) judged
 * unhelpful, slow or unsupportive, even mildly ("my program was not helpful with my visa paperwork",
 * "my employer was really slow with the H-1B papers", "the residency did not support my visa
 * application"), offered as the reason for the gap. A delay told as an event ("my visa appointment
 * was postponed") names no party's failing and stays neutral.
 */
const HELPER_PARTY =
  '(?:my|our|the|his|her|their) (?:(?:former|previous|old|own|home|residency|training|sponsoring|host|local|us|u\\.s\\.|immigration|visa) )*(?:program|programme|residency|employer|company|hospital|institution|university|school|college|department|dept|embassy|consulate|lawyer|attorney|agent|agency|sponsor|supervisor|boss|pi|mentor|hr|office|coordinator|administration|management|chair|director)';
const HELPER_FAILED = new RegExp(
  `\\b${HELPER_PARTY} (?:(?:was|were|has been|had been|is|are) (?:(?:really|very|extremely|incredibly|so|quite|rather|a bit|somewhat|painfully|terribly|just|simply|also) )*(?:not (?:(?:very|really|at all|particularly|that|much|of much) )*(?:helpful|supportive|responsive|cooperative|of (?:any |much )?help)(?! (?:of|to|for|towards?) (?!(?:me|us|my|our)\\b))|unhelpful|unsupportive|unresponsive|uncooperative|slow|no help|of no help|useless)|(?:did not|didn't|never|would not|refused to) (?:(?:really|even|once|actually) )*(?:help|support|assist|answer|respond|reply|follow up)|(?:dragged|drags) (?:its|their|his|her) feet|took (?:ages|forever|months and months))\\b`,
);
/** An examiner or interviewer said to dislike the member's kind ("an examiner who clearly did not like African accents"). */
const BIASED_JUDGE =
  /\b(?:examiners?|interviewers?|assessors?|graders?|evaluators?|raters?|panel(?:ists)?|committee|supervisors?|consultants?|directors?|attendings?|who|he|she|they)\b (?:\w+ ){0,2}?(?:did not like|didn't like|does not like|disliked|dislikes|hated|hates|was against|were against|had something against|was biased against|were biased against|discriminated against|looked down on) (?:\w+ ){0,2}?(?:accents?|foreigners?|imgs?|international (?:graduates|doctors|candidates|applicants)|immigrants?|africans?|asians?|arabs?|muslims?|women|people (?:like me|from)|candidates (?:like me|from|with)|applicants (?:like me|from|with)|(?:my|our) (?:accent|religion|nationality|origin|background|country|region|race|skin|hijab|name|kind))\b/;
/**
 * Session 26 (newcomer trial 14): a system or authority said to have left the member no choice, with
 * the member's complaint about it in the same sentence ("the US immigration system gave me no
 * choice, which was very frustrating"): a denial of responsibility in a complaining tone. Either part
 * alone stays neutral ("my EAD took eleven months, so I had no option but to wait"; "it was
 * frustrating, but I used the time").
 */
const COERCED =
  '(?:immigration|visa|uscis|bureaucracy|system|government|authorities|rules|regulations|embassy|consulate|paperwork|process|law|laws)\\b(?: [\\w-]+){0,3}? (?:gave|left|leaves|gives) (?:me|us) (?:no|little|zero) (?:other )?(?:choice|option|alternative)s?|(?:immigration|visa|uscis|bureaucracy|system|government|authorities|rules|embassy|consulate|process)\\b(?: [\\w-]+){0,3}? forced (?:me|us)';
const COMPLAINT =
  '(?:frustrat\\w*|unfair\\w*|unjust\\w*|ridiculous|absurd|cruel\\w*|infuriat\\w*|madden\\w*|broken|senseless|pointless|outrageous|disgrac\\w*|inhuman\\w*)';
const SYSTEM_LEFT_NO_CHOICE = new RegExp(
  `\\b(?:${COERCED})\\b[^.;!?]{0,80}?\\b${COMPLAINT}|\\b${COMPLAINT}\\b[^.;!?]{0,80}?\\b(?:${COERCED})\\b`,
);
/**
 * Session 27: a party said to treat people of the member's origin in its own way, with the writer
 * asserting the hidden motive: "as they seem to do with applicants from my region", "anyone who has
 * trained there knows how the leadership treated international graduates", "the interlocutor
 * obviously had a problem with my accent". Three parts: someone other than the member (any subject
 * but I or we), a verb of treating or dealing with people, and the member's group of origin (where
 * they come from, their accent, nationality or name, "people like me", IMGs, foreigners). Treating
 * alone can be a neutral fact ("the embassy processes applicants from my country through extra
 * checks, so my visa took five months"), so a stance that claims to see the motive must be there
 * too: an evidential adverb (obviously, clearly, evidently), "seem to", "as they always do",
 * "everyone / anyone who … knows", or the complaint "had a problem with" itself.
 */
const ORIGIN_GROUP =
  '(?:(?:applicants|candidates|doctors|graduates|people|those|students|trainees|residents|physicians|ones|anyone|someone|everyone|nurses|patients) (?:from|of) (?:my|our) (?:[\\w-]+ )?(?:region|country|part of the world|background|nationality|continent|origin|ethnicity|tribe|community|faith|religion)|(?:people|doctors|applicants|candidates|graduates|someone|anyone) (?:like me|like us)|international (?:medical )?(?:graduates|doctors|applicants|candidates|trainees|residents)|imgs|foreign(?:-trained| trained)? (?:medical )?(?:graduates|doctors|applicants|candidates|nationals|trainees)|foreigners|immigrants|(?:my|our) (?:accent|nationality|origin|name|passport|region|country|religion|hijab|skin|ethnicity|race|background))';
const TREATING =
  '(?:treat|treats|treated|treating|handle|handles|handled|deal with|deals with|dealt with|do with|does with|did with|do to|does to|did to|see|saw|view|viewed|regard|regarded|look at|looked at|judge|judged|had (?:a |some |an )?(?:problem|issue|something) (?:with|against)|has (?:a |some |an )?(?:problem|issue|something) (?:with|against))';
const MOTIVE_STANCE =
  '(?:obviously|clearly|evidently|plainly|apparently|seemingly|it seems|it seemed|seem to|seems to|seemed to|as (?:they|it|he|she) (?:always |usually |often )?(?:do|does|did)|(?:anyone|everyone|everybody|all of us|we all)(?: who [^.;!?]{1,50}?)? knows?|had (?:a |some |an )?(?:problem|issue|something) (?:with|against)|has (?:a |some |an )?(?:problem|issue|something) (?:with|against))';
const ORIGIN_TREATED = new RegExp(
  `(?:(?<=\\b${MOTIVE_STANCE}\\b[^.;!?]*)|(?=[^.;!?]*\\b${MOTIVE_STANCE}\\b))\\b(?!(?:i|we)\\b)[a-z]+\\b(?: [\\w'-]+){0,4}? ${TREATING} (?:[\\w'-]+ ){0,2}?${ORIGIN_GROUP}\\b`,
);
/**
 * Session 27: the same reading told as a habit ("which I think is simply how they treat us"): the
 * party's treatment of "us" said to be its usual way is the motive claimed.
 */
const HABIT_OF_TREATING =
  /\b(?:simply|just|exactly|always|typically|usually|clearly) how (?:they|it|he|she|the [\w-]+) (?:treats?|treated|handles?|handled|deals? with|dealt with|sees?|saw|views?|viewed) (?:us|people like (?:us|me)|our kind|applicants like (?:us|me)|doctors like (?:us|me))\b/;
/**
 * Session 28 (text44): the same claim made by hint, with no verb of treating said of the party: the
 * member's group named by origin (a nationality said by its adjective, "names like mine",
 * "countries like mine", IMGs, foreign graduates) as the ones something always befalls ("the usual
 * treatment for Nigerian passport holders", "simply what happens to applicants with names like
 * mine", "as is their habit with applicants from my part of the world"), or a party's view of "us"
 * (the group named in the sentence) said to be known to all ("any IMG from that program will tell
 * you how the director viewed us", "those familiar with that program know how its leadership
 * regarded foreign graduates").
 */
const ORIGIN_NAMED = `(?:${ORIGIN_GROUP}|[a-z]+(?:an|ese|ish|i) (?:passport holders|passports|nationals|citizens|applicants|doctors|graduates)|(?:applicants|people|doctors|candidates|someone|anyone|those) (?:with (?:names|accents|passports|faces|surnames) like (?:mine|ours)|from (?:countries|places|regions|parts of the world) like (?:mine|ours)))`;
const ORIGIN_IN_SENTENCE =
  '\\b(?:imgs?|international (?:medical )?graduates?|foreign(?:-trained| trained)? (?:medical )?graduates?|foreigners|immigrants)\\b';
const ORIGIN_LOT_CLAIMED = new RegExp(
  `\\b(?:(?:the |their )?(?:usual|standard|typical|normal|customary|same) (?:treatment|handling|fate|way) (?:for|of|given to|reserved for) |(?:as is|as was|is|was) (?:their|its|his|her) (?:usual )?(?:habit|practice|custom|way) (?:with|towards?|for) |what (?:always |usually |typically |simply |just |often )?happens to )${ORIGIN_NAMED}\\b` +
    `|\\b(?:knows?|know (?:very )?well|will tell you|can tell you|ask (?:any|anyone|any one))\\b[^.;!?]{0,60}?\\b(?:how|what) (?:the |its |their |that )?(?:[\\w-]+ ){0,2}?(?:viewed|saw|treated|regarded|thought of|looked at|looked upon|judged|dealt with|handled|felt about) (?:${ORIGIN_NAMED}\\b|(?:us|them)\\b(?:(?<=${ORIGIN_IN_SENTENCE}[^.!?]*)|(?=[^.!?]*${ORIGIN_IN_SENTENCE})))`,
);
/**
 * Session 27: an institution or person faulted as the reason, by a judgement of how it runs ("because
 * the university office there is slow and disorganised") or by an act said to have no reason ("the
 * embassy kept rescheduling appointments for no reason"). The judging words are the class of
 * failures of organisation (disorganised, chaotic, inefficient, dysfunctional, a mess, a shambles,
 * unreliable); "slow" alone is a fact of timing and stays neutral, and a process or a place
 * ("the ward was chaotic that winter") is not a party. An act without reason needs the party as its
 * doer ("my appointment was moved twice" stays a fact); a terse note may name the body bare
 * ("Consulate cancelled my interview twice for no reason").
 */
const PARTY_FAULTED_AS_CAUSE = new RegExp(
  `\\b(?:because|since|as|as a result of the fact that) ${PARTY} (?:[\\w'-]+ ){0,5}?(?:is|was|are|were|has been|had been|seemed|got) (?:(?:so|very|really|extremely|completely|totally|hopelessly|just|simply|quite|too|slow and|notoriously|utterly) )*(?:disorgani[sz]ed|chaotic|inefficient|dysfunctional|a mess|a shambles|unreliable|a disaster)\\b` +
    `|(?:${PARTY}|(?:^|[:;,] )(?:embassy|consulate|ministry|hospital|program|programme|school|university|office|board|committee|examiner|interviewer|employer|agency|administration|management|hr|uscis|ecfmg))\\b (?:[\\w'-]+ ){0,4}?(?:kept|keeps|repeatedly|constantly|simply|just)? ?[a-z]+(?:ed|ing) (?:[\\w'-]+ ){0,5}?(?:for no (?:good |apparent |real |clear |obvious )?reason|without (?:any |a )?(?:good )?(?:reason|justification))\\b`,
);
const ALL_BLAME: readonly RegExp[] = [
  ...BLAME,
  ROLE_HINDERED,
  DERIDED,
  ...PARTY_BLAME,
  PARTY_WRECK,
  PARTY_FAILED_US,
  CLEFT_DENIAL,
  ...SERVICE_MADE_ME_FAIL,
  // Read last, so that an older reading keeps its own quote.
  HELPER_FAILED,
  BIASED_JUDGE,
  SYSTEM_LEFT_NO_CHOICE,
  ORIGIN_TREATED,
  HABIT_OF_TREATING,
  PARTY_FAULTED_AS_CAUSE,
  ORIGIN_LOT_CLAIMED,
];

/**
 * Words a blame reading cannot hold without, tested once before it. ORIGIN_TREATED holds only where
 * its stance words stand in the text, and its lookarounds try them at every word: testing for them
 * first spares every sentence without them (about 8% of blame reading's time on the corpus).
 * Session 30: the readings that open on any party ("the …", "my …") try that opening at nearly
 * every word and only then look for their judging word; each is tested first for that word, as a
 * bare piece of text (looser than the reading, so a gate never drops a hit). They were about a
 * third of blame reading's time. A new reading whose judging words change must change its gate.
 */
const PREREQUISITE: ReadonlyMap<RegExp, RegExp> = new Map([
  [ORIGIN_TREATED, new RegExp(`\\b${MOTIVE_STANCE}\\b`)],
  [PARTY_BLAME[0]!, new RegExp(PERSON_WORTHLESS)],
  [
    PARTY_BLAME[1]!,
    /like|hate|resent|looks? down|looked down|had (?:something|a problem|an issue)|favou?red|preferred/,
  ],
  [PARTY_WRECK, /mess|disaster|joke|nightmare|shambles|circus|scam|farce|catastrophe|trainwreck|train wreck/],
  [PARTY_FAILED_US, /failed|abandoned|betrayed|let|cheated|scammed|misled/],
  [
    PARTY_FAULTED_AS_CAUSE,
    /disorgani[sz]ed|chaotic|inefficient|dysfunctional|mess|shambles|unreliable|disaster|reason|justification/,
  ],
  [
    ORIGIN_LOT_CLAIMED,
    /treatment|handling|fate|way|habit|practice|custom|happens to|viewed|saw|treated|regarded|thought of|looked|judged|dealt with|handled|felt about/,
  ],
]);

/** The frame's "made … impossible" has an event as its doer ("the closure of the embassy, which made it impossible"). */
function eventMade(t: string, index: number, length: number): boolean {
  const k = t.slice(index, index + length).search(/\b(?:made|makes|make|making)\b/);
  return k >= 0 && EVENT_DOER.test(t.slice(0, index + k));
}
const SUFFERED_BY_OTHERS =
  /^(?:\s+(?:it|this|that) (?:was|is|seemed|felt|looked))?(?:\s+[\w-]+){0,3}?\s+(?:for|to|on|towards?) (?:the |our |their |many |poor |rural |local |elderly |sick |vulnerable |[\w-]+ )?(?:patients?|families|mothers|children|parents|nurses|staff|villagers|clinicians|the poor|the elderly)\b(?![^.;]{0,40}\b(?:like me|and me|and i|me too|including me|myself)\b)/;
const EVENT_DOER =
  /\b(?:war|conflict|fighting|pandemic|covid(?:-19)?|lockdowns?|closures?|closing|shutdown|earthquake|floods?|flooding|hurricane|cyclone|storms?|fire|sanctions|curfew|strikes?|outbreak|crisis|revolution|coup|travel ban|suspension|blockade|evacuation)\b(?: [\w'-]+){0,4}?(?:,? (?:which|that|and this|and that|this|that))?\s*$/;

/** Blame in each sentence (one hit per sentence), skipping owned, negated or quoted phrases. */
export function blameIn(sentences: readonly Sentence[]): BlameHit[] {
  const out: BlameHit[] = [];
  for (const s of sentences) {
    // One sentence's reading depends on that sentence alone: kept for the next answer that repeats it.
    const hit = BLAME_MEMO.get(sentenceKey(s), () => blameOfSentence(s) ?? null);
    if (hit) out.push({ sentence: s, ...hit });
  }
  return out;
}

const BLAME_MEMO = new SentenceMemo<{ index: number; length: number } | null>();

function blameOfSentence(s: Sentence): { index: number; length: number } | undefined {
  const t = s.canon;
  // Ownership owns the sentence unless a "but" after it turns back to blame ("I take
  // responsibility, but the system was unfair"); after a "but" it is the last word.
  const own = OWNERSHIP.exec(t);
  if (own && (!/\bbut\b/.test(t.slice(own.index)) || /\bbut\b/.test(t.slice(0, own.index)))) return undefined;
  // "The registry team refused to share identifiable data, rightly": the member endorses it.
  if (
    /\b(?:rightly|understandably|quite reasonably|for good reasons?|as (?:they|he|she|it) should(?: have)?)\b/.test(t)
  )
    return undefined;
  // "Some people in my study group said the exam was unfair": someone else's view, reported
  // (whoever qualifies "people" before it, the test is the same).
  if (
    /\b(?:people|friends|colleagues|classmates|students|applicants|candidates|patients|others)\b.{0,30}\b(?:said|say|says|tell|tells|told|think|thought|claimed|claim|felt|feel|feels|complained|complain)\b/.test(
      t,
    )
  )
    return undefined;
  return blameHitIn(s, t, true) ?? asideBlame(s, t);
}

/**
 * Round twenty: the speaker's own comment set off by commas between a party and its judgement
 * ("she was, frankly, lazy", "the leadership, I think it is fair to say, did not support
 * residents who asked questions", "the head, I'm sorry to say, never replied") hid the judgement
 * from readings that expect the words side by side. The sentence is read again without the aside;
 * a hit after it is mapped back to the sentence as written. An aside that endorses the party
 * ("understandably", "rightly") already clears the sentence above.
 */
const COMMENT_ASIDE =
  /, ((?:(?:[\w'-]+ ){0,5})(?:frankly|honestly|candidly|bluntly|sadly|unfortunately|regrettably|admittedly|to be (?:honest|frank|fair|blunt|candid)|(?:fair|safe) to say|sorry to say|(?:have to|must|hate to|had to|need to) say|let(?:'s| us) (?:just )?say|shall we say|to put it (?:mildly|kindly|politely|gently|nicely|simply|bluntly)|putting it (?:mildly|kindly|politely|gently)|to say the least|truth be told|if i(?:'m| am) (?:honest|being honest|frank)|it must be said|i (?:think|believe|feel|would say|am afraid|'m afraid)|in my (?:view|opinion|experience)|(?:i am|i'm) afraid)(?: [\w'-]+){0,3}), /g;

function asideBlame(s: Sentence, t: string): { index: number; length: number } | undefined {
  const cuts: [number, number][] = [];
  const stripped = t.replace(COMMENT_ASIDE, (whole: string, _c: string, at: number) => {
    cuts.push([at, whole.length - 1]);
    return ' ';
  });
  if (!cuts.length) return undefined;
  // The aside is itself the speaker marking a judgement, as "frankly" does inside the sentence
  // ("to be fair" concedes rather than complains).
  const asides = [...t.matchAll(COMMENT_ASIDE)].map((m) => m[1]!);
  const marked = asides.some((a) => !/\bto be fair\b/.test(a));
  // An aside in the first person ("I have to say", "I think it is fair to say") is the member
  // speaking of their own experience, so the lapse is not read as one only others suffered.
  const voiced = asides.some((a) => /\b(?:i|i'm|let's|let us)\b/.test(a) && !/\bto be fair\b/.test(a));
  const hit = blameHitIn(s, stripped, false, marked, voiced);
  if (!hit) return undefined;
  // Map an offset in the stripped text back to the sentence as written.
  const back = (x: number) => {
    let shift = 0;
    for (const [at, len] of cuts) if (x + shift > at) shift += len;
    return x + shift;
  };
  const index = back(hit.index);
  return { index, length: Math.max(1, back(hit.index + hit.length) - index) };
}

const DECLINED = /\b(?:refused to|refusing to|kept refusing to|would not|wouldn't|did not want to|didn't want to)$/;
const TAKE_UP =
  /^(?:\w+ )?(?:use|using|adopt|try|open|fill(?: in| out)?|switch to|move to|learn|accept|touch|look at|work with|log into|enter (?:anything|orders|notes) in(?:to)?) (?:it|them|(?:the|this|that|our|these|those) (?:[\w-]+ ){0,3}?(?:new|electronic|digital|updated|revised|structured)\b)/;
const JUDGED =
  /\b(?:lazy|incompetent|useless|stubborn|arrogant|old[- ]school|dinosaurs?|only cared|did not care|didn't care|just because|simply because|out of spite|for no reason|ego)\b/;

/** Round twenty-eight: "without asking/consulting…" said of what the member did. */
function ownLapse(t: string, index: number, length: number): boolean {
  const w = /\bwithout (?:ever |once |even )?(?:listening to|asking|consulting|informing)\b/.exec(
    t.slice(index, index + length),
  );
  if (!w) return false;
  // The clause the "without" hangs on: from the last clause break before it.
  const head =
    t
      .slice(0, index + w.index)
      .split(/[,;:]| (?:and|but|so|because|when|while) /)
      .pop() ?? '';
  return /^\s*(?:then |first |just |simply |had |have )*(?:i|we)\b/.test(head.trimStart());
}

/** Round twenty-eight: a refusal to take up the member's change, told without a judgement. */
function adoptionDeclined(t: string, index: number, length: number): boolean {
  const phrase =
    /\b(?:refused to|refusing to|kept refusing to|would not|wouldn't|did not want to|didn't want to)\b/.exec(
      t.slice(index, index + length),
    );
  if (!phrase) return false;
  const at = index + phrase.index + phrase[0].length;
  if (!DECLINED.test(t.slice(0, at))) return false;
  return TAKE_UP.test(t.slice(at).trimStart()) && !JUDGED.test(t);
}

/** The first blame reading that holds in a sentence's text (`t`, as written or without an aside). */
function blameHitIn(
  s: Sentence,
  t: string,
  withLemmas: boolean,
  marked = false,
  voiced = false,
): { index: number; length: number } | undefined {
  for (const re of ALL_BLAME) {
    if (PREREQUISITE.get(re)?.test(t) === false) continue;
    const m = re.exec(t);
    if (!m) continue;
    const before = t.slice(0, m.index);
    // "taking out fields she thought were useless": someone else's view of a thing, reported.
    if (
      /\b(?:she|he|they|the \w+) (?:thought|felt|said|believed|considered|called|found)(?: \w+)?\s*(?:were|was|are|is)?\s*$/.test(
        t.slice(0, m.index + m[0].length).replace(/\s*\w+$/, ' '),
      )
    )
      continue;
    if (NEGATABLE.test(m[0]) && NEGATED_BEFORE.test(before)) continue;
    if (inQuote(t, m.index)) continue;
    // Session 24, who × harm: unfairness suffered by patients or others the member served ("I saw how
    // unfair it was for patients when results got lost", "unjust to the families") is the problem
    // the member took on, not a grievance about their own gap; "unfair to IMGs like me" stays blame.
    if (/^(?:unfair|unjust|injustice)/.test(m[0]) && SUFFERED_BY_OTHERS.test(t.slice(m.index + m[0].length))) continue;
    // Session 24, what × act: an event that "made it impossible" (a war, a closure, a lockdown) is a
    // neutral external cause; the same words with a person or body as the doer stay blame.
    if (eventMade(t, m.index, m[0].length)) continue;
    // Round thirty, generic × specific: a flaw named of any thing of its kind ("I saw how a badly
    // designed screen can add twenty minutes", "in a poorly designed system even good doctors
    // slip") is a general truth the member draws; blame names a particular thing ("the template
    // we were given was badly designed", "their badly designed interfaces").
    if (/^(?:badly|poorly)\b/.test(m[0]) && /\b(?:a|an|one|any|every)\s+(?:[\w-]+\s+)?$/.test(before)) continue;
    // Round twenty-eight, who × act: someone declining to take up the change the member was bringing
    // ("he basically refused to use the new note template", "she kept refusing to try it") is the
    // resistance the episode is about, the premise of a story of persuading; blame lays a setback
    // at their door with a judgement ("refused because they are old school", "lazy and refused").
    if (adoptionDeclined(t, m.index, m[0].length)) continue;
    // Round twenty-eight, who × act: a thing done without asking the users, when the doer is the
    // member ("I set up the checklist without asking the nurses"), is the member's own mistake.
    if (ownLapse(t, m.index, m[0].length)) continue;
    // Round eleven, who × act: "our new interns were afraid because nobody explained what was
    // expected of them" names a lapse suffered by others, the problem the member then took on;
    // blame is a lapse the member lays at others' door for their own setback.
    if (/^(?:no ?one|nobody|none of them)\b/.test(m[0])) {
      const tail = t.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const around = `${before.slice(-60)} ${tail}`;
      if (
        /\b(?:them|him|her|the (?:[\w-]+ )?(?:interns|nurses|residents|students|patients|families|staff|juniors|porters|midwives|clerks|mothers|parents|trainees))\b/.test(
          tail,
        ) &&
        !/\b(?:me|us|i|we|my)\b/.test(
          around.replace(/\bi noticed\b|\bi (?:saw|found|realised|realized|learned)\b/g, ''),
        )
      )
        continue;
    }
    // "I apologised that nobody had explained": the member owning the team's lapse to the family.
    if (/\bapologi[sz](?:e|ed|ing)\b[^.;]{0,25}$/.test(before)) continue;
    if (
      /\b(?:i|we) (?:do not|don't|did not|didn't|never) (?:\w+ )?(?:think|say|believe|feel|claim|consider)\b/.test(
        before,
      )
    )
      continue;
    // "not because the exam was unfair", "I am not saying it was bad luck": rejected blame.
    if (/\bnot because\b|\bnot saying\b|\bno excuse\b|\brather than blam/.test(before)) continue;
    // "the emergency physicians felt we were targeting them unfairly": others' view, reported.
    if (
      /\b(?:[a-z]+s|they|he|she|some|many|others) (?:\w+ ){0,2}(?:felt|thought|said|claimed|complained|believed|argued|worried|feared)(?: that)? (?:[\w',-]+ ){0,6}$/.test(
        before,
      ) &&
      !/\b(?:i|we)\b/.test(
        before.slice(-12).split(/\b(?:felt|thought|said|claimed|complained|believed|argued|worried|feared)\b/)[0] ?? '',
      )
    )
      continue;
    // "I could call it bad luck, but it was not": a name offered and then refused.
    if (
      /\b(?:could|might|would|may) (?:\w+ )?(?:call|say|blame|put it down to)\b[^.;]{0,20}$/.test(before) &&
      /^[^.;]{0,15}\bbut (?:it|that|this) (?:was|is) not\b/.test(t.slice(m.index + m[0].length))
    )
      continue;
    // Round twenty-one: the name offered as the easy reading and then turned to the member's own
    // part: "it would be easy to call the timing unlucky, …, but the truth is I underestimated the
    // exam", "one could say the system was unfair, but I did not prepare well", "it is tempting to
    // blame the embassy, but I applied late".
    if (
      (/\b(?:could|might|would|may|can)\b[^.;]{0,25}\b(?:call|say|blame|put it down to|describe|label|see)\b[^.;]{0,30}$/.test(
        before,
      ) ||
        /\b(?:tempting|easy|convenient|natural|simple) to (?:\w+ ){0,2}?(?:call|say|blame|put it down to|describe|label|see)\b[^.;]{0,30}$/.test(
          before,
        )) &&
      /^[^.;]{0,90}\bbut\b[^.;]{0,40}\b(?:i|my|me|myself|(?:it|that|this) (?:was|is) not|(?:it|that|this) (?:wasn't|isn't))\b/.test(
        t.slice(m.index + m[0].length),
      )
    )
      continue;
    if (notAccusing(t, m.index, m.index + m[0].length)) continue;
    return { index: m.index, length: m[0].length };
  }
  const f = faultFrame(t, marked) ?? (withLemmas ? lemmaFrame(s) : undefined);
  if (
    f &&
    !inQuote(t, f.index) &&
    !/\bnot because\b|\bnot saying\b|\brather than blam/.test(t.slice(0, f.index)) &&
    !ownLapse(t, f.index, f.length) &&
    !adoptionDeclined(t, f.index, f.length) &&
    !eventMade(t, f.index, f.length) &&
    (voiced || !notAccusing(t, f.index, f.index + f.length))
  )
    return f;
  if (!f) {
    const c = COUNTERFACTUAL_FAULT.exec(t);
    if (c && !inQuote(t, c.index)) return { index: c.index, length: c[0].length };
  }
  return undefined;
}

/**
 * Round twelve: who is wronged, and is it said as so. A fault named inside a present condition is
 * a hypothetical ("you cannot suppress your way out of alert fatigue if the rules are poorly
 * designed"); a lapse whose victims are patients or other staff, in a sentence with no first
 * person, is the problem the member then took on ("the receptionist was rude to elderly
 * patients", "the seniors did not respect the juniors"), not a complaint about the member's own
 * setback. A past counterfactual is still blame (see COUNTERFACTUAL_FAULT).
 */
function notAccusing(t: string, start: number, end: number): boolean {
  const from =
    Math.max(t.lastIndexOf(',', start - 1), t.lastIndexOf(';', start - 1), t.lastIndexOf(':', start - 1)) + 1;
  const clause = t.slice(from, start);
  const sentenceRest = t.slice(from);
  if (
    /(?<!\bas )\b(?:if|unless|in case|even if)\b/.test(clause) &&
    !/\b(?:had|'d|would have|could have)\b/.test(sentenceRest)
  )
    return true;
  const after = t.slice(end, end + 60);
  const firstPerson =
    /\b(?:i|me|we|us|myself)\b|\b(?:my|our) (?!(?:[\w-]+ )?(?:clinic|hospital|ward|unit|department|practice|service|floor|site|centre|center|region|district|country|city)\b)/;
  return (
    /^,? ?(?:to |toward |towards |with |at )?(?:(?:the|our|their|its|many|most|some|all|elderly|older|young|junior|new|sick|night|day) )*(?:patients|juniors|nurses|families|interns|students|mothers|parents|children|elderly|porters|clerks|trainees|visitors|midwives)\b/.test(
      after,
    ) && !firstPerson.test(t)
  );
}

/**
 * A past counterfactual that lays the member's own setback on another party's act: "if the exam
 * centre had not lost my papers twice, I would have sat in March and passed" (the member's loss:
 * an achievement missed or a failure suffered). "If my registrar had not stepped in, I would have
 * given the wrong dose" credits another; it is not blame.
 */
const COUNTERFACTUAL_FAULT =
  /\bif (?!(?:i|we)\b)(?:[\w'-]+ ){1,4}(?:had|'d) (?:not |never )?(?:\w+ ){1,8}?(?:[\w'-]+,? )?(?:i|we) (?:would|could|might) (?:(?:easily|surely|certainly) )?(?:have (?:passed|matched|started|sat|finished|completed|graduated|joined|been (?:able|accepted|selected|on time|ready|there)|got|gotten|had|avoided|kept)|(?:not|never) have (?:failed|lost|missed|been (?:delayed|late|dismissed|refused|rejected)|needed|had to))\b/;
