/**
 * STAR detection in ordinary narrative: situation (where and when), task (what the member had to
 * achieve), action (what they personally did), result (what changed or came of it). Reads the
 * parsed answer (src/text/document.ts), so "we were drowning in duplicate orders on nights" is a
 * situation and "after two weeks the pages dropped to a handful" a result, with no fixed keyword.
 * These are coaching heuristics, not grades: an absent part is a prompt to check.
 */
import { analyse, type Sentence, type TextDoc } from '../text/document.js';
import {
  actionsIn,
  FROM_TO_AMOUNT,
  isPastTense,
  outcomesIn,
  TAKEN_UP,
  TAKEN_UP_BY_OTHERS,
  USED_BY_OTHERS,
} from '../text/narrative.js';
import { matchesOf } from '../text/matches.js';
import { SentenceMemo, sentenceKey } from '../text/sentence-memo.js';
import { withoutFillers } from './fillers.js';

export interface StarParts {
  situation: boolean;
  task: boolean;
  action: boolean;
  result: boolean;
}

const SETTING_NOUN =
  '(?:hospital|clinic|ward|unit|department|practice|institution|medical school|school|health cent(?:er|re)|center|centre|icu|er|ed|emergency (?:room|department)|lab|laboratory|company|startup|office|village|district|camp|pharmacy|nursing home|facility|site|program|programme|residency|internship|rotation|team|service|floor|ward)';

/** Setting the scene: a time, a place, a role, or the problem as it stood. */
const SITUATION: readonly RegExp[] = [
  /\b(?:when i was|while (?:i was|working|on|at|doing|rotating|covering|serving)|back when|at the time)\b/,
  /\bduring (?:my|our|a|an|the|one|that|this|residency|internship|training|medical school|fellowship|house job|clerkship|rotations?|nights|covid|the pandemic)\b/,
  new RegExp(`\\b(?:at|in) (?:my|our|the|a|an|one) (?:\\w+ ){0,3}${SETTING_NOUN}\\b`),
  /\bon (?:my|a|an|the|our|one) (?:\w+ ){0,2}(?:rotation|elective|clerkship|observership|externship|ward|shift|team|night|call|service|floor|rounds|block)\b/,
  /\bin (?:my|our) (?:\w+ ){0,2}(?:residency|internship|hospital|clinic|department|unit|team|training|job|role|practice|rotation|year|country|city|town|post)\b/,
  /\b(?:back in|in (?:19|20)\d\d|(?:last|this|that|one) (?:year|month|spring|summer|fall|autumn|winter|week|day|night|morning|evening)|(?:a|two|three|four|five|several|a few|some) (?:years?|months?|weeks?) ago|one (?:day|night|morning|evening|time))\b|(?<!\bat )\bonce(?=,)/,
  /\bthere (?:was|were|had been|is|are) (?:a|an|many|frequent|repeated|several|no|this|some|constant|recurring|lots of|too many|often)\b/,
  /\b(?:we|they|the (?:nurses|residents|team|staff|doctors|physicians|patients)) (?:\w+ )?(?:had|were having|kept having|kept getting|kept|noticed|saw|found|were seeing|were drowning|were struggling|struggled|faced|were facing|were missing|missed|lost|were losing|used to)\b/,
  new RegExp(
    `(?<!\\bhow (?:\\w+ )?)\\b(?:our|the|my) ${SETTING_NOUN} (?:\\w+ )?(?:had|was|were|used|kept|struggled|did not|didn't|faced|lacked|relied)\\b`,
  ),
  /\bi was (?:\w+ )?(?:working|rotating|doing|on|in|at|the only|a|an|the|one of|part of|assigned to|posted|covering|serving)\b/,
  /(?<!\b(?:hope|hoping|like|want|wish|plan|planning|aim|intend|expect)\w* to (?:be )?(?:\w+ ){0,2})\bas (?:a|an|the) (?:\w+ ){0,2}(?:intern|resident|student|fellow|physician|doctor|officer|house officer|medical officer|volunteer|scribe|research assistant|coordinator|registrar|lead|member|observer|extern|clerk)\b/,
  /\b(?:the|a|one|our) (?:problem|issue|challenge|situation|case|patient|complaint|error|delay|backlog|bottleneck) (?:was|were|had|came|arose|involved|that)\b/,
  /\b(?:patients|nurses|clinicians|residents|doctors|staff) (?:\w+ )?(?:were|kept|often|would|used to|had to|could not|couldn't|did not|didn't)\b/,
  // How things stood, told in the past by someone other than the member doing something: "we
  // were still using paper charts", "lab results often sat unread for days", "the clinic I
  // worked in had one computer for eight doctors".
  /\b(?:we|they|it|(?:the|our|my|their|a|an) (?:[\w-]+ ){0,3}(?:\w+s|clinic|ward|unit|hospital|department|team|system|process|service|practice|icu|er|office|list|record|chart|form)(?: i \w+ (?:in|at|on))?) (?:\w+ )?(?:was|were|had|used to|would|often|always|routinely|regularly|never|kept|sat|took|went|came|lacked|relied)\b (?:\w+ ){0,2}(?:using|on paper|paper|no |only |short|late|unread|missing|lost|delayed|chaotic|broken|slow|overloaded|overwhelmed|understaffed|out|without|one|two|three|\d|days|hours|weeks|for)\b/,
  // The time the member was in, said as a frame: "it was my first week on nights".
  /\bit was (?:my|our|the) (?:[\w-]+ ){0,2}(?:week|day|night|month|year|shift|rotation|morning|weekend|block)\b/,
  // Two views set against each other: "our consultant wanted every patient admitted, and I thought…".
  /\b(?:he|she|they|(?:my|our|the) (?:[\w-]+ ){0,2}[\w-]+) (?:wanted|insisted|believed|preferred|thought|felt)\b[^.;]{3,80}\b(?:and|but|while|whereas) i (?:thought|felt|believed|wanted|preferred|disagreed)\b/,
  // A time said as a bare heading: "Intern year, I ordered…", "Night shift, first month of internship:".
  /^(?:(?:my|our|the|one|a|in|during|on) )?(?:[\w-]+ ){0,2}(?:year|night|shift|month|week|rotation|morning|evening|call|block|day|weekend|internship|residency|clerkship|ward|unit|clinic|icu|department|theatre|floor)s?(?: (?:of|in|on) (?:my|our|the|a) (?:[\w-]+ ){0,2}(?:rotation|residency|internship|year|training|block|clerkship|job|post))?\s?[,:]/,
  // A disagreement between the member and someone is how things stood: "a nurse and I disagreed
  // about…" (not one imagined: "if we still disagreed, I would…").
  /(?<!\b(?:if|when|should|whenever|unless) (?:[\w,'-]+ ){0,10})\b(?:(?:and|with) (?:i|me) |(?:i|we) (?:\w+ )?)(?:(?:kept|often|always|constantly|would|used to) (?:disagree|argu|clash)\w*|disagreed|argued|clashed|fell out|did not agree|didn't agree|could not agree|couldn't agree|(?:did not|didn't) see eye to eye|butted heads|locked horns|were at odds|had words|had (?:a|an|one) (?:\w+ )?(?:disagreement|conflict|argument|dispute|clash|difference of opinion))\b/,
  // A "when" clause in the past sets the scene: "when our hospital launched a VTE prompt".
  /(?:^|, )when (?:our|the|my|a|an|we|they|i) (?:[\w-]+ ){0,3}(?:\w+ed|was|were|had|went|began|came|got|made|took|ran|built|brought|moved|switched|rolled out|went live)\b/,
  // Round twenty-one: a stage of training opening the sentence is when it happened, with no
  // possessive: "In residency I built…", "During internship, we…", "Back in med school I…".
  /^(?:back )?(?:in|during|through) (?:residency|internship|intern year|fellowship|medical school|med school|house ?job|housemanship|clerkship|training|rotations|my (?:[\w-]+ )?(?:year|rotation|block))\b/,
  // Round twenty-one: the problem as it stood, told as a flaw of a thing in the past: "our lab
  // order set had the wrong default", "the discharge template was missing the weight", "the
  // pump library used an outdated concentration" (not under a modal or a wish).
  /^(?:so |and |but )?(?:our|the|their|my) (?:[\w-]+ ){0,3}?(?:had|was|were|used|showed|defaulted to|listed|gave) (?:the |a |an |no |two |several )?(?:wrong|incorrect|outdated|old|broken|missing|confusing|duplicate|duplicated|faulty|misleading|hidden|unclear|inconsistent|conflicting|out-of-date|stale)\b/,
];

/** The member's responsibility or goal. */
const TASK: RegExp[] = [
  // "My job was to get her on board"; not "my research job in Toronto" (a setting).
  /(?<!\b(?:in|at|from|during|of|with|after|before|through) )\bmy (?:\w+ )?(?:role|job|task|responsibility|responsibilities|goal|aim|objective|assignment|part|mission|mandate|charge|duty|duties)(?: (?:there|then|here|in (?:this|that|it)|(?:that|this|each|every) (?:night|day|week|month|year|shift|rotation|morning|evening|block)|as (?:a|an|the) [\w-]+(?: [\w-]+){0,3}?))?(?:,[^,]{1,80},)?(?:\s?:| (?:was|were|is|became|involved|included|meant|would be)\b)/,
  // Round twenty-four: a charge named as a share of the member's role: "teaching the interns was
  // part of my job", "the rota fell among my duties".
  /\b(?:was|were|is|are|became|fell) (?:\w+ )?(?:part of|among|one of|within) (?:my|our) (?:\w+ )?(?:job|role|duties|duty|responsibilities|responsibility|remit|tasks?|brief)\b/,
  // The team's goal, said as ours: "our aim was to get overdue patients back within a quarter".
  /\bour (?:\w+ )?(?:goal|aim|objective|target|task|job|mission|mandate|brief)(?:,[^,]{1,80},)? (?:was|were|became|is)\b/,
  /\bi was (?:\w+ )?(?:responsible|asked|tasked|assigned|in charge|expected|supposed|(?:chosen|selected)(?! as\b)|the one (?:responsible|in charge|expected|asked|who had to|who needed to|to|covering|on (?:call|duty|nights)|running|looking after|managing|handling)|given (?:the|a) (?:job|task)|charged)\b/,
  // A wish known or felt about one's life ("I always knew I wanted to do medicine") is not a task;
  // nor is wanting to be someone ("since I was a child I wanted to be a doctor").
  /(?<!\b(?:knew|know|realized|realised|felt|feel|sensed|thought|decided) (?:that )?)\b(?:i|we) (?:\w+ )?(?:needed|had|wanted|was trying|were trying|aimed|set out|volunteered|offered|agreed|took it upon (?:myself|ourselves)|was determined|were determined|was hoping|resolved) to\b(?!(?<=\b(?:wanted|hoping|aimed) to) (?:be|become)\b)/,
  /\b(?:i|we) (?:had|have|needed|need) (?:\w+ )?(?:to|a way to)\b/,
  /\bthe (?:\w+ )?(?:aim|task|challenge|problem|goal|issue|question|priority|mission|objective|point|job) (?:was|became)\b/,
  /\b(?:it|this|that) (?:was|became|fell) (?:to me|on me|up to me|mine|my (?:job|responsibility|task))\b|\b(?:fell|came|went|was left|was given|was handed|passed) to me\b/,
  /\bi (?:said|offered|agreed|volunteered|promised) (?:that )?i (?:would|could|will|can) (?:\w+ )?(?:do|take|handle|lead|fix|own|run|try) (?:it|this|that|on)\b|\b(?:gave|handed|assigned|left) me (?:the )?(?:\w+ )?(?:job|task|responsibility|role|assignment|project|problem)\b/,
  /\bi took (?:on|charge|ownership|the lead|responsibility|it on)\b/,
  /\bmade it my (?:\w+ )?(?:project|job|mission|responsibility|business|task|priority)\b|\b(?:nobody|no one) (?:\w+ )?(?:owned|was responsible for|was in charge of|took charge of|looked after)\b.{0,80}\b(?:so|and|until|then) i\b/,
  // The charge put on the member in other words: "was on my shoulders", "handed the audit to me".
  /\b(?:was|fell|rested|landed|sat|lay) (?:\w+ )?(?:on my shoulders|in my hands|down to me|up to me|my call)\b|\b(?:handed|gave|passed|assigned|left|delegated|entrusted) (?:the |this |that |a |an |his |her |our |their )?(?:[\w-]+ ){0,2}(?:to|with) me\b/,
  /\b(?:someone|somebody) (?:had|needed|was needed|wanted) to\b|\b(?:wanted|needed|asked for|looked for|was looking for|were looking for) (?:someone|somebody|a volunteer|a resident|a doctor) to\b|\b(?:put my hand up|raised my hand|stepped (?:up|forward|in)|offered myself)\b/,
  /\b(?:so|and) i (?:\w+ )?(?:wanted|needed|had) to\b|\bto (?:fix|solve|address|reduce|improve|find out|figure out|understand|stop|prevent|cut|speed up|make sure|ensure) (?:this|that|the|it|these|those|why|how|what)\b/,
  /\b(?:goal|target|deadline|objective)\b/,
  // A goal implied by what the member set out to do or the problem they owned.
  // (Round twenty-seven: the team's attempt too, "the handover tool we tried to launch", and
  // attempts at putting something new in place.)
  /\b(?:i|we) (?:\w+ )?(?:tried|try|was trying|were trying|attempted|set out|wanted|aimed|hoped) to (?:\w+ )?(?:introduce|get|fix|improve|change|reduce|make|find|build|solve|start|bring|understand|launch|set up|roll out|implement|create|digiti[sz]e|replace)\b/,
  /\b(?:asked|wondered|checked|offered|proposed|suggested|saw|see) (?:\w+ ){0,3}(?:if|whether) i could (?:\w+ )?(?:try|fix|build|automate|change|improve|take|lead|help|look)\b/,
  // A role that carries the task ("as the physician champion", "as the coordinator of it"); "as a
  // research coordinator" names a job, not a charge.
  /\bi was (?:the|one of (?:the|our|its|their)) (?:[\w'-]+ ){0,2}(?:representative|liaison|lead|coordinator|champion|super-?user|point person|chief resident|owner)s? (?:on|for|of|in|to)\b|\bas the (?:[\w-]+ ){0,2}(?:chief resident|lead|leader|coordinator|team lead|point person|project lead|representative|champion|super-?user|owner)\b|\bas an? (?:\w+ )?(?:chief resident|lead|leader|team lead|point person|project lead|champion|super-?user|owner)\b|\bi was the (?:\w+ ){0,2}(?:resident|person|one|doctor|member|intern) (?:in charge|responsible|who (?:had to|needed to|was (?:responsible|supposed|expected|asked)))\b/,
  /\b(?:kept|keeps|kept on) (?:running out|missing|failing|coming back|getting|happening|breaking|crashing)\b|\bbecause (?:nobody|no one) (?:else )?was (?:doing|tracking|handling|watching)\b/,
  /\bi (?:had|have) (?:a|one|an) (?:\w+ ){0,2}(?:patient|case|problem|issue|deadline|project) (?:who|that|with|where)\b/,
  /\b(?:moved|went|came) (?:back )?(?:home )?to (?:take care of|care for|look after|help|support)\b|\bused (?:the|this|that) time to\b/,
  // A task given by someone else or implied by the role held: "the superintendent asked me to
  // sort it out", "he chose me", "I was leading a small project to move…", "I needed a better
  // evaluation before…".
  /\b(?:asked|told|assigned|chose|picked|selected|appointed|nominated|tasked|charged|made|put|wanted|needed|invited) me,? (?:to|as|in charge|for|with|responsible|lead)\b|\b(?:chose|picked|selected|appointed|nominated) me\b|\b(?:i was|we were) given (?:the |a |an )?(?:\w+ )?(?:responsibility|job|task|role|assignment|charge|mandate)\b|\bgiven responsibility (?:for|of)\b/,
  /\bi was (?:\w+ )?(?:leading|running|coordinating|managing|heading|overseeing|covering|staffing|holding|in charge of|the (?:chief resident|team lead|lead|project lead|coordinator|super-?user|champion|point person))\b|\bi was (?:chief resident|team lead|project lead|the lead) (?:for|of|on)\b/,
  /\bi (?:\w+ )?(?:needed|wanted|had to get|was hoping for|hoped for|aimed for|was aiming for|had to win|had to earn) (?:a|an|the|some|more|better|their|her|his) (?:\w+ )?(?:evaluation|letter|approval|score|buy-in|agreement|support|result|grade|pass|sign-off|trust|consensus)\b/,
];

/**
 * Tasks implied by the role held or by what was due: "I was the resident who handled the on-call
 * roster", "the resident on duty that night", "a grant report due Friday", "I wanted my score in
 * before ERAS".
 */
const ROLE_NOUN =
  '(?:resident|doctor|intern|person|one|physician|officer|medical officer|house officer|fellow|nurse|pharmacist|student|member|registrar|consultant|lead|senior|clinician|coordinator|attending|hospitalist|superuser|super-user|champion)';
TASK.push(
  // The role that carries the charge: "the medical officer in charge of a forty-bed ward", "the
  // registrar on nights", "I led a sepsis alert build".
  new RegExp(
    `\\bi was the (?:[\\w'-]+ ){0,3}${ROLE_NOUN} (?:in charge|responsible|covering|running|looking after|managing|on (?:duty|call|nights|days|the (?:\\w+ )?(?:shift|team|rota|ward)))\\b|\\bwas (?:the )?${ROLE_NOUN} in charge of\\b`,
  ),
  /\bi (?:\w+ )?(?:led|headed|coordinated|chaired|oversaw|owned) (?:a|an|the|our|this|that) (?:[\w-]+ ){0,3}(?:build|project|pilot|team|effort|initiative|rollout|roll-out|review|audit|redesign|implementation|change|group|committee|study|program|programme|launch|upgrade|migration|analysis|survey|dashboard|register|registry|database|campaign|evaluation|overhaul)\b/,
  /\b(?:wanted|needed|had to get) (?:my|the|our|it|this|that|every|all|each) (?:[\w-]+ ){0,3}(?:done|ready|finished|submitted|fixed|checked|seen|in place|sorted|on time)\b/,
  /\bi was the (?:\w+ ){0,2}(?:resident|doctor|intern|person|one|physician|officer|fellow|nurse|pharmacist|student|member) (?:who (?:handled|ran|managed|covered|looked after|owned|kept|was on|did|organi[sz]ed|coordinated)|on (?:duty|call|nights|the (?:\w+ )?(?:shift|team|rota)))\b/,
  /\b(?:due|needed|wanted) (?:on |by |in |that |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next (?:week|day|morning)|the (?:same|next) (?:day|afternoon|morning|week)|that (?:day|afternoon|evening|week)|end of (?:the )?(?:day|week|month))\b/,
  /\b(?:wanted|needed|had to get) (?:my|the|our|it|this|that) (?:\w+ ){0,2}(?:in|done|ready|finished|submitted|out|approved|fixed) (?:before|by)\b/,
  // Round eight: the charge told as who the member was in the story, in any words: "I was the
  // pediatric resident asked by my consultant to audit this", "I was the ED resident chosen to work
  // with the IT people", "I was the one who fixed the order sets", "I owned the data pull",
  // "checking the weight was my responsibility", "the ICU director wanted to know why…".
  /\bi was (?:the|a|an|one of the) (?:[\w'-]+ ){0,4}?(?:asked|chosen|picked|selected|assigned|tasked|appointed|nominated|sent|given|responsible|charged|designated|brought in|expected)\b|\bi was the one (?:who|that)\b(?! (?:\w+ ){0,2}?(?:was|were|is|am) (?:\w+ ){0,2}?(?:good|quick|handy|comfortable|fluent|great|clever|fast|known|best|better|young|new|keen|interested)\b)(?! (?:always |usually |often |then |finally |actually )?(?:got|was|were|get|gets) (?:\w+ )?(?:blamed|punished|critici[sz]ed|shouted at|yelled at|reported|written up|scolded|stuck|left out|overlooked|ignored)\b| (?:always |usually |often |actually |then |finally )?(?:paid|suffered|lost|signed|made (?:the|that|this|a|an) (?:\w+ )?(?:mistake|error|call)|said yes|took the blame|missed|forgot|overlooked)\b)|\bi owned (?:the|this|that|our|its) \w+/,
  /(?<!\bnot (?:\w+ )?)\b(?:was|became|is) (?:really |entirely |clearly |squarely )?(?:my|our) (?:\w+ )?(?:job|responsibility|task|duty|problem|call|charge)\b(?! (?:to (?:blame|fix)|that)\b)|\b(?:was|fell|rested|landed) (?:squarely |entirely |all )?(?:on me|to me|up to me)\b/,
  // Round fifteen: a request put to the member in direct speech: "the director said, okay, you
  // learn it and you teach the others", "she turned to me: 'you take this one'".
  /\b(?:said|told (?:me|us)|asked|turned to me)\b[^.;]{0,25}?\byou(?:,? you)? (?:\w+ )?(?:learn|do|take|fix|handle|run|lead|sort|look|teach|make|build|find|check|own|cover|manage|organi[sz]e|write|set up|deal with)\b/,
  // Round fifteen: a charge laid on a group the member belongs to: "the hospital expected the four
  // of us who remained to cover the take", "they left the rest of us to run the unit".
  // (A bare "us" only with a verb of expecting or leaving: "he told us to call him anytime" is
  // an invitation.)
  /\b(?:expected|asked|told|needed|wanted|required|left|relied on|counted on|trusted) (?:(?:the )?(?:rest|remainder|handful|few|two|three|four|five|six|\w+) of us|those of us|all of us)(?: (?:who|that)(?: [\w-]+){1,3}?)? to\b|\b(?:expected|required|left|relied on|counted on) us(?: all| both)? to\b/,
  /\b(?:director|consultant|chief|supervisor|head|manager|attending|matron|registrar|committee|department|boss|professor|lead) (?:\w+ )?(?:wanted|needed) to (?:know|understand|find out|see) (?:why|how|whether|if|what|which)\b/,
);

/**
 * Round seventeen: the goal told as the purpose of what the member did, not as "my task was".
 * - A purpose clause whose verb changes or remedies something, before or after the deed: "to stop
 *   those double doses, I added…", "I suggested a board to replace the scraps of paper".
 * - A role given as the reason for the deed: "I was the house officer, so I sat with her" (not
 *   a role given as the reason one could not: "I was a new intern, so I did not know").
 */
const REMEDY_VERB =
  '(?:fix|solve|address|reduce|improve|stop|prevent|cut|speed up|replace|remove|end|avoid|shorten|simplify|standardi[sz]e|streamline|close|lower|eliminate|get rid of|bring down|free up|correct|reorgani[sz]e|sort out|tidy up)';
TASK.push(
  new RegExp(
    `^(?:and |so |but )?(?:in order )?to ${REMEDY_VERB} (?:[\\w'-]+ ){0,8}?[\\w'-]+, (?:i|we)\\b|\\b(?:i|we) (?:[\\w-]+ ){0,2}?(?:\\w+ed|made|built|wrote|drew|set up|put|ran|took|brought|bought|began|sent|gave|got) (?:(?!(?:and|but|asked|told|who|which|when|how|whether|what|where|about)\\b)[\\w',-]+ ){1,16}?to ${REMEDY_VERB} (?:the|this|that|these|those|our|their|its|all|every|each|a|an)\\b`,
  ),
  new RegExp(
    `\\bi was (?:the|a|an|one of the|the only) (?:[\\w'-]+ ){0,3}?${ROLE_NOUN}\\b[^.;]{0,90}?(?:, so|,? and so|, which meant(?: that)?) i (?!(?:could not|couldn't|did not|didn't|was not|wasn't|had no|never|could only|only)\\b)`,
  ),
);

/**
 * Round twenty: a charge held over a person or laid on the member by what happened, in any words.
 * - The member left, put or made in charge by circumstance: "the senior fell ill, which left me in
 *   charge of the tent", "two residents went on leave, leaving me responsible for the floor".
 * - A role of care held over a person: "I was her doctor for most of the admission", "I was Mr.
 *   Ruiz's admitting resident" (a relation that is no role of care, "her neighbour", "their
 *   student", carries nothing).
 */
const CARE_ROLE =
  '(?:doctor|physician|resident|intern|registrar|house officer|medical officer|consultant|attending|clinician|surgeon|nurse|pharmacist|hospitalist|gp|supervisor|mentor|tutor|preceptor|carer|caregiver)';
TASK.push(
  /\b(?:left|leaving|leaves|leave|put|putting|made|making|kept|keeping) (?:me|us)(?: (?:alone|solely|effectively|suddenly|now|then))? (?:in charge|responsible|accountable|running|covering|managing|looking after|handling)\b/,
  new RegExp(`\\bi was (?:his|her|their|(?:[\\w.-]+ )?[\\w-]+'s) (?:[\\w-]+ ){0,2}?${CARE_ROLE}\\b`),
);

/**
 * Round twenty-one: the charge told as who the member was in the episode, with the role's duty in
 * a relative clause or a participle: "I was the resident who was in charge of the CLABSI
 * project", "I was the intern following him", "I was the registrar looking after bed nine". A
 * role described ("I was the youngest resident there") carries none.
 */
TASK.push(
  new RegExp(
    `\\bi was (?:the|a|an|one of the) (?:[\\w'-]+ ){0,3}?${ROLE_NOUN}s? (?:(?:who|that) (?:was|were) (?:\\w+ )?(?:in charge|responsible|covering|running|managing|leading|looking after|caring for|following)|(?:who|that) (?:followed|treated|admitted|covered|led|looked after|cared for)|following|treating|caring for|admitting|covering)\\b`,
  ),
);

/**
 * Round twenty-three: the charge named as a noun with its holder between ("the task for our team of
 * two nurses and me was to find the cause", "the aim given to the three of us was to cut the
 * waits"), told as an infinitive of what was to be done; and a deed named afterwards as a charge
 * ("I organised the duty roster for a year, which was a big responsibility").
 */
TASK.push(
  /\b(?:the|our|my) (?:[\w-]+ )?(?:task|aim|goal|job|mission|objective|brief|assignment|remit|mandate)\b (?:(?:for|of|given to|set for|handed to|assigned to) )[^.;:!?]{1,90}? (?:was|were|became) (?:simply |basically |clearly )?to [a-z]+/,
  /\b(?:which|that|this|it) (?:was|became) (?:a|an|my|our) (?:[\w-]+ ){0,2}?(?:responsibility|duty|charge|task|job|assignment)\b(?! (?:of|for) (?:the |a |an )?(?:\w+ )?(?:nurses?|clerks?|secretar\w+|porters?|admin\w*|staff|orderl\w+|technicians?|managers?|pharmac\w+|it|lab|team|department|others?|someone|everyone|them)\b)/,
);

/**
 * Round twenty-seven: a responsibility told with any verb of being or feeling, not only "I was":
 * "as the senior house officer I felt responsible for the junior doctors", "I found myself
 * accountable for the whole rota".
 */
TASK.push(
  // A role of care named by what it does to the patient: "I was the admitting resident", "I was
  // the covering intern that night".
  new RegExp(
    `\\bi was (?:the|his|her|their) (?:admitting|treating|covering|on-call|on call|supervising|responsible|discharging|receiving|operating) ${ROLE_NOUN}\\b`,
  ),
  /\bi (?:\w+ )?(?:felt|feel|became|remained|found myself|considered myself|saw myself as|knew i was) (?:\w+ )?(?:responsible|accountable) for\b/,
);

/**
 * Round twenty-eight: a role others relied on is a charge the member held, told as who the member
 * became for the others: "I ended up as the person the other residents called whenever an order
 * failed", "I had become the doctor the ward clerks phoned", "I was the one everyone came to",
 * "I became the person who looked after our ward's part of the record", "I was the go-between for
 * the doctors and IT". The relative clause names what the others turned to the member for (its
 * subject is someone else and its verb one of turning to), or a duty the member kept. A role
 * described by what others felt or did to the member ("the doctor the patients liked", "the one
 * who got blamed") carries none. It is read in stories only, and only when the member's deeds
 * follow it: outside a story it describes the member ("I was the person everyone came to, so I
 * chose informatics"), and told after the deeds it is what they came to ("by the end of the
 * rotation I was the person the students asked"), not the charge the episode began with.
 */
const RELIED_ROLE = `(?:the|their|our|everyone's|everybody's|the team's|the ward's) (?:[\\w-]+ ){0,2}?(?:${ROLE_NOUN.slice(3, -1)}|go-to person|contact|contact person)`;
const TURNED_TO =
  '(?:called|phoned|rang|paged|messaged|texted|asked|came to|went to|turned to|relied on|counted on|looked to|approached|consulted|brought (?:\\w+ )?to|sent (?:\\w+ )?to|ran to|pinged|emailed)';
const RELIED_ON: RegExp[] = [
  new RegExp(
    `\\bi (?:\\w+ ){0,2}?(?:was|became|had become|ended up(?: as| being)?|turned into|found myself(?: as| being)?|got known as|was known as) ${RELIED_ROLE} (?:(?:who|that|whom) )?(?:(?!(?:i|who|that|whom)\\b)[\\w'-]+ ){1,4}?(?:would |always |usually |often |then )?${TURNED_TO}\\b`,
  ),
  new RegExp(
    `\\bi (?:\\w+ )?(?:became|had become|ended up(?: as| being)?|turned into|was known as) ${RELIED_ROLE} (?:who|that) (?:\\w+ )?(?:looked after|handled|ran|managed|kept|covered|maintained|fixed|sorted out|answered|dealt with|took care of|trained|supported)\\b`,
  ),
  /\bi (?:\w+ ){0,2}?(?:was|became|acted as|served as|ended up as|ended up being) (?:the|their|our|a|an) (?:[\w-]+ )?(?:go-between|middleman|middle man|bridge|link|liaison|interface|translator|contact point|point of contact) (?:between|for|with)\b/,
];

TASK.push(
  // "I led our ward's hand-hygiene audit team": the thing led may be named with a possessive.
  /\bi (?:\w+ )?(?:led|headed|coordinated|chaired|oversaw) (?:our|the|my|their) [\w-]+'s? (?:[\w-]+ ){0,3}(?:build|project|pilot|team|effort|initiative|rollout|roll-out|review|audit|redesign|implementation|group|committee|study|program|programme|launch|upgrade|migration|campaign|registry|clinic)\b/,
);

/**
 * Round thirty-three: a charge told by who held the work, not by a word of duty.
 * - Ownership of a piece of work: "the night handover list was mine", "the sepsis audit was mine
 *   now", "the rota was mine to fix". A fault, a choice or a belonging owned ("the miss was mine",
 *   "the decision to leave was mine", "the idea was mine") is no charge.
 * - The work handed over to the member, with the member as receiver: "the PD handed me the audit",
 *   "my consultant passed the weekly infection report on to me", "she turned the backlog over to
 *   me", "left the discharge letters with me". With "gave" or "left" the thing given must be work
 *   ("gave me the rota"; not "gave me feedback", "gave me a hard time"); a thing handed over by
 *   hand is no charge ("the nurse handed me the phone").
 * - The goal as the purpose of the member's deed: "to get the letters out the same day, we…" (an
 *   opening purpose clause with any verb of getting something done; "to be honest, I…" is a manner
 *   of speaking) and "I rewrote the sheet so that families could see…" (others able to do
 *   something because of the deed).
 */
const NOT_CHARGE_OWNED =
  '(?:mistake|mistakes|error|errors|miss|failure|failures|fault|faults|decision|choice|call|blame|slip|oversight|omission|loss|idea|ideas|suggestion|proposal|plan|doing|own|first|favourite|favorite|voice|name|words|fear|worry|guess|signature|handwriting|opinion|view|apology|regret|pleasure|honour|honor|privilege|car|bag|phone|seat|desk|room|bed|coat)';
const WORK_ITEM =
  '(?:audit|audits|list|lists|rota|rotas|roster|rosters|project|projects|report|reports|review|reviews|case|cases|patients?|data|dataset|register|registers|registry|backlog|files?|analysis|task|tasks|job|jobs|survey|surveys|presentation|pilot|template|templates|dashboard|handover|handovers|build|rollout|roll-out|portfolio|training|teaching|clinic|ward|bay|beds|queue|spreadsheet|sheet|forms?|order sets?|alert|alerts|complaints?|tracker|log|logs|database|study|paperwork|discharges|letters|summaries|schedule|timetable|inventory|stock|orders|referrals|follow-ups?|workload|responsibility|responsibilities|role|duty|duties|assignment|mission)';
TASK.push(
  new RegExp(
    `\\b(?:the|our|that|this|every|each|all|his|her|their|its) (?:(?!${NOT_CHARGE_OWNED}\\b)[\\w'-]+ ){1,4}?(?:was|were|became|is|are) (?:now |all |entirely |basically |effectively |officially |suddenly |then |simply )?mine\\b(?! (?:alone|too|as well)\\b)`,
  ),
  new RegExp(
    `\\b(?:handed|assigned|delegated|entrusted|offloaded|dumped|passed|turned|gave|left) (?:over |on )?me (?:the|this|that|his|her|their|our|a|an|all|every|both) (?:[\\w-]+ ){0,3}?${WORK_ITEM}\\b|\\b(?:handed|passed|turned|gave|assigned|delegated|entrusted|offloaded|dumped|left) (?:the |this |that |his |her |their |our |a |an |all |every |both )?(?:[\\w-]+ ){0,3}?${WORK_ITEM} (?:over |on |across |back )?(?:to|with) me\\b`,
  ),
  /^(?:and |so |but )?(?:in order )?to (?!(?:be|tell|say|sum|start|begin|put it|make a long|cut a long|give you|answer|summari[sz]e|recap|explain)\b)(?:[\w'-]+ ){1,10}?[\w'-]+, (?:i|we) (?:\w+ )?(?:\w+ed|made|built|wrote|drew|set up|put|ran|took|brought|began|sent|gave|got|went|sat|spoke|kept|did|found|chose)\b/,
  /\b(?:i|we) (?:[\w',-]+ ){1,16}?so that (?:the |our |every |each |all |any )?(?:[\w-]+ ){0,3}?(?:could|would|did not|didn't|no longer|never|can|will|might)\b/,
);

/**
 * Round twelve: a leading role held as the member's own carries the charge in a story: "I was
 * head intern for the block", "I was, in effect, the doctor champion" (a job title such as
 * "research coordinator" is not a charge). In a summary of oneself or a motivation answer it is a
 * credential ("I was chief resident in my final year"), so it is read in stories only.
 */
const LEADING_ROLE =
  /\bi (?:\w+ )?(?:was|became|was made|was appointed|was elected|took over as|served as|acted as|stepped in as) (?:the |our |their |a |an )?(?:[\w-]+ ){0,2}?(?:chief|head|lead|leader|captain|champion|super-?user|point person|in-charge)(?: (?:intern|resident|registrar|nurse|officer|fellow|doctor|physician))?\b(?! (?:of|at) (?:the )?(?:department|division|hospital)\b)/;

/** What changed or came of it, in ordinary words as well as numbers. A lesson alone is not a result. */
export const RESULT: readonly RegExp[] = [
  /\b(?:as a result|result(?:ed|ing)? in|led to|which meant|which (?:helped|allowed|reduced|cut|improved|saved|prevented|stopped|fixed|solved))\b/,
  /\b(?:reduced|improved|decreased|increased|shrank|shrunk|dwindled|dropped|drop(?!-)|fell|rose|went down|went up|went from|came down|shortened|saved|cut|halved|doubled|tripled|lowered|raised|eliminated|prevented|avoided|resolved|fixed|solved|stopped|disappeared|vanished|dried up|died down|fell away|went away|petered out|recovered|sped up|freed up|caught|picked up)\b/,
  /\d+(?:\.\d+)?\s?%|\bpercent\b|\bfrom \d+(?:\.\d+)?\s*\w*\s+(?:to|down to|up to) \d+|\b\d+ (?:fewer|more|less)\b/,
  /\b(?:earlier|sooner|fewer|shorter|faster|quicker|less|lower|higher|better|safer|smoother|cleaner|easier|no more|no longer|none|zero|nobody|no one|all of|every one)\b.{0,40}\b(?:than|after|since|now|anymore|any more|were|was|had|missed|errors?|delays?|complaints?|pages?|calls?|duplicates?|incidents?|readmissions?|time|(?<!\bthe )minutes|hours|days)\b/,
  /\b(?:was|were|got|has been|have been|had been|became|is now|are now|is still|are still|was then|were then) (?:\w+ )?(?:adopted|approved|implemented|rolled out|published|accepted|expanded|spread|re-?used|taken over|picked up|kept|made permanent|standard|presented|added|built into|incorporated|included|scaled|copied|funded|recognized|praised|resolved|fixed|discharged|stable|safe|happy|satisfied|on time|back on track|completed|finished|delivered|live)\b|\b(?:is|are) now (?:\w+ )?done\b/,
  // (Round twenty-seven: "ever since" opening a clause, "ever since I was a child", is a time
  // frame for what follows, not a sequence after the deed.)
  /\b(?:since then|from then on|ever since(?! (?:i|we|he|she|they|you|it|my|our|the|a|an|his|her|their)\b)|after that|afterwards|by the end|in the end|eventually|ultimately|(?:within|after|in) (?:(?:about|around|roughly|nearly|almost|just over|over|less than|under|only) )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|eighteen|twenty|thirty|forty|sixty|ninety|some|a few|several|few|\d+) (?:days?|weeks?|months?|hours?|minutes)(?! (?:with|when|of|where|full)\b)|in the (?:\w+ )?(?:days?|weeks?|months?|year|quarter) (?:after|since|that followed)\b|within (?:days|weeks|months|hours|(?:the|that|a) (?:same )?(?:day|week|month|quarter|year|fortnight))|(?:a|one|two|three|four|six|\d+) (?:days?|weeks?|months?) later|the next (?:day|week|month|shift|audit|quarter|meeting|committee|review|round|ward round|visit|clinic|session|cycle|intake|batch|rotation|inspection|survey|report))\b/,
  /\b(?:now|today|these days|nowadays|to this day) (?:the|we|our|it|they|every|all|nurses|residents|the team|that|this|there|everyone|most)\b/,
  /\b(?:the )?(?:patient|family|mother|child|team|ward|unit|clinic|attending|nurse|nurses|department|committee|program|director|hospital) (?:\w+ )?(?:recovered|survived|improved|went home|was discharged|thanked|agreed|accepted|adopted|approved|started|stopped|began|kept|asked me|invited me|chose|decided(?! to)|praised)\b/,
  /\b(?:thanked me|praised|recognized|commended|award(?:ed)?|grateful|complimented)\b/,
  /\b(?:project|change|pilot|idea|plan|tool|template|form|it|this|that) (?:\w+ )?(?:failed|went nowhere|was abandoned|was dropped|never launched|never went live|did not work|didn't work|stalled|fell apart)\b|\b(?:nobody|no one) (?:\w+ )?used it\b|\bcaught it before\b/,
  /\b(?:and )?now i (?:\w+ )?(?:always|never|check|use|make|do|start|ask|have|keep|double-check|review|write|run|send|include)\b|\b(?:started|began|begun|start) using\b|\bpassed (?:step|usmle|comlex|the|my|it|on|in|with|that)\b|\band passed\b/,
  /\b(?:seemed|became|become|were|was|looked|felt|got|are|is) (?:much |far |a lot |noticeably |visibly |a bit |slightly )?(?:calmer|better|happier|safer|healthier|faster|quicker|clearer|easier|smoother|stable|confident|more confident|less confused|less anxious|normal|resolved|appropriate|successful|effective|a success|well received|rare|a rarity|unheard of|uncommon|unusual|routine|standard|the norm|a thing of the past|the default)\b|\b(?:became|become|got|grew|has become|have become) (?:much |far |a lot |noticeably |a bit |slightly )?(?:shorter|smaller|simpler|tidier|leaner|cheaper|quieter|lighter)\b/,
  /\b(?:said|told (?:me|us)|agreed|confirmed) (?:that )?(?:our|my|the) (?:\w+ )?(?:response|approach|work|handling|analysis|fix|change) (?:was|were|had been) (?:\w+ )?(?:appropriate|good|right|helpful|correct|useful|excellent|exactly)\b/,
  /\b(?:the|our|my|the end|the final|the main|one) (?:outcome|result|impact|effect|difference) (?:of (?:this|that|it|my \w+|our \w+|the (?:change|project|intervention|pilot)) )?(?:was|were|is|has been)\b/,
  /\b(?:it|this|that|the (?:change|fix|tool|template|dashboard|alert|checklist|protocol|workflow|system|process|order set|sheet|list|form|phrase)) (?:is |was |were |are )?(?:now |still |then )?used by\b|(?<!\b(?:how|what|why|where|whether|if) )\b(?:it|this|that|the (?:change|fix|tool|template|dashboard|alert|checklist|protocol|workflow|system|process|order set)) (?:\w+ )?(?:worked|helped|paid off|made a difference|made it|made things|made the|caught|saved|reduced|cut|stopped|prevented|improved|fixed|solved|became(?! (?:my|our|his|her|their|the|a|an) (?:[\w-]+ )?(?:problem|job|task|responsibility|duty|charge|project|headache|role|concern|mission)\b)|is still|remains|stuck)\b/,
  // The problem that stopped coming back, and others taking the thing up (shared with the gap lint).
  TAKEN_UP,
  // The burden gone: "since then the pharmacists have not had to phone the ED", "no longer need to".
  /\b(?:since then|from then on|after that|now|these days)\b.{0,50}\b(?:have|has|had|did|do|does) not (?:had|needed) to\b|\bno longer (?:have|has|had|need|needs|needed) to\b/,
  // Coming first or best: "by the summer our coverage was the best in the district".
  // (Session 21: also a standing had against peers: "we had the lowest rate of missing data of the
  // eleven sites".)
  /\b(?:was|were|became|is|are|(?:we|it|they|i|our \w+|the \w+) (?:had|has|have|got|reached|posted|achieved|recorded)) (?:now )?(?:the )?(?:best|highest|lowest|fewest|shortest|fastest|safest|top|most complete) (?:\w+ ){0,2}(?:in|of|on|among|across|ever|on record|recorded|(?:the \w+|we|it|they) (?:had|has|have) (?:ever )?(?:recorded|seen|had))\b/,
  /\bwe (?:\w+ )?(?:finished|completed|delivered|hit|reached|achieved|managed to|succeeded|got it|went live|launched|shipped)\b/,
  /(?<!\b(?:when|after|before|until|as|once) )\bi (?:\w+ )?(?:finished|completed|delivered|reached|achieved|managed to|succeeded in|passed|won|earned|received)\b(?<!delivered(?= (?:it |them |this |that |the \w+ )?(?:twice|once|every|each|weekly|monthly|daily|\w+ times|(?:a|an|the|my|our|two|three|four|several) (?:[\w-]+ )?(?:talks?|lectures?|sessions?|teaching|presentations?|workshops?|courses?|trainings?|tutorials?|seminars?)\b)))(?! (?:my |the |an? |our )?(?:\w+ )?(?:rotation|residency|internship|shift|training|contract|observership|year|elective|time|post|job|placement|block|clerkship|medical school|med school|school|mbbs)\b)|\b(?:met|hit|beat|exceeded) (?:the|our|my|a|all|every|each) (?:\w+ )?(?:target|goal|deadline|standard|criteria|benchmark|threshold)s?\b/,
];

/**
 * What came of it told as a state or as others taking it up, with no change verb: "from the second
 * month her night nurses were filling it in on every shift", "she showed it to the surgical
 * wards", "the clerks asked us to do the same for the antenatal clinic", "she agreed to write me
 * a letter". These read as results only after the member has acted (see AFTER_ACTION).
 */
export const RESULT_AFTER: RegExp[] = [
  /\b(?:now|still|since then|from then on|these days|nowadays|to this day) (?:\w+ )?(?:use|uses|follow|follows|fill|fills|run|runs|check|checks|get|gets|receive|receives|order|orders|see|sees|call|calls|open|opens|review|reviews|rely on|relies on|start|starts|ask|asks|keep|keeps|update|updates|print|prints|do|does)\b/,
  // Before and after set side by side, in any words: "before that we threw away a tray every
  // month; in the six months after, none"; the member's own habit changed for good: "I now read
  // every allergy alert", "since then I check two identifiers" (a lesson verb is not a habit).
  /\bbefore (?:that|this|then|the change|my change|it|we started|i started)\b.{0,120}\b(?:after|afterwards|since|since then|now|these days)\b/,
  /\b(?:i|we) (?:now|since then|from then on|ever since|always now) (?:always |never |routinely |also )?(?!(?:understand|reali[sz]e|know|see|think|believe|feel|appreciate|want|hope|plan|wish|try|am|was|have)\b)[a-z]+\b/,

  /\b(?:were|was|are|is|started|began|kept|got) (?:\w+ )?(?:using|filling|following|completing|checking|ordering|accepting|reading|running|doing|opening|signing|entering|updating) (?:it|them|this|that|the (?:\w+ )?(?:template|form|list|tool|checklist|sheet|protocol|prompt|order set|dashboard|alert|register|system|note|field))\b/,
  /\b(?:showed|shared|presented|spread|taught|introduced|recommended|took|copied|extended|rolled|brought|adopted) (?:it|them|this|that|the \w+)(?: out)? (?:to|across|in|into|for|on) (?:the |all |every |two |three |other |\w+ )?(?:other |surgical |medical |\w+ )?(?:wards|units|teams|departments|clinics|hospitals|sites|services|floors|residents|interns|programs)\b/,
  /\basked (?:me|us) to (?:do the same|help (?:with|them|roll|set)|repeat|roll|extend|present|teach|build|set up|join|lead|run)\b|\bdo the same for\b/,
  /\b(?:he|she|they) (?:\w+ )?(?:agreed|accepted|approved|signed off|adopted|started using|began using|thanked|praised|wrote that|said that (?:my|our|the)|gave me(?! (?:was|were|is|are|had)\b))\b/,
  /^(?:and |so |then )?(?:from|by|within|after|over|in) (?:the |that |a |an )?(?:next|following|second|third|fourth|later|last|end of (?:the|that)|coming) (?:\w+ ){0,2}(?:day|days|week|weeks|month|months|shift|shifts|quarter|quarters|year|audit|cycle|rotation|half|round)\b/,
  // Used to be often, now seldom: "the pharmacists, who had been phoning us ten times a day, phoned maybe twice".
  /\b(?:had been|used to) (?:[\w',-]+ ){1,8}?(?:\d+|once|twice|\w+ times|every|each|all|daily|constantly|always)\b.{0,60}\b(?:\w+ed|rang|came|went|fell|got|did) (?:only |maybe |just |barely |hardly |at most |perhaps |about |now )?(?:once|twice|\w+ times|\d+|rarely|seldom|never|none)\b/,
  // The earlier state in a relative clause, the new one in the main verb: "discharge letters that
  // had been going out at six in the evening were going out before two".
  /\b(?:had been|used to) [^.;]{3,80}? (?:were|was|became|\w+ed) (?:\w+ )?(?:\w+ing|\w+ed|before|after|within|by|in|on|only|maybe|just|the same|a|an|rare|rarer|fewer)\b/,
  // The old state as an aside: "the monthly error reports, usually a page long, came back with two lines".
  /, (?:usually|normally|typically|previously|formerly|once|which had been|that had been|which used to be) [^,]{2,40}, (?:came|went|were|was|had|got|fell|dropped|shrank|became|ran)\b/,
  // A check that found nothing wrong: "the pharmacist who audited us found no mix-ups at all".
  /\b(?:found|recorded|reported|logged|counted|had|saw) (?:no|zero|not (?:a|one|a single)) (?:\w+ ){0,2}(?:mix-?ups?|errors?|mistakes?|incidents?|falls?|problems?|complaints?|misses|delays?|duplicates?|readmissions?|discrepancies|infections?)\b/,
  // Others asking for the thing: "the day registrars had started asking for it too".
  /\b(?:started|began|kept|were|was|had started|had begun) (?:\w+ )?(?:asking|coming to me|coming to us) for (?:it|them|one|copies|a copy|the same|their own)\b/,
  /\b(?:were|was|are|is) (?:now |then )?being (?:seen|treated|discharged|called|checked|reviewed|done|given|ordered|started|sent|caught|read|used)\b/,
  // A share of what was done before: "we were doing about a third of the films we had been doing".
  /\b(?:a third|a quarter|half|a fifth|a tenth|twice|double|three times|a fraction) (?:of )?(?:the |what |as many |as much )?(?:[\w-]+ ){0,3}?(?:we|they|it|he|she|the \w+) (?:had been|used to|had)\b/,
  // Someone's written or spoken judgement of the member's work after the change: "in my next
  // evaluation my program director wrote that my documentation was among the clearest".
  /\b(?:wrote|said|noted|commented|remarked|reported|told (?:me|us)) (?:that )?(?:my|our|the) (?:[\w-]+ ){0,2}(?:was|were|had become|had improved|is|are) (?:now )?(?:\w+ ){0,2}(?:among|the best|the clearest|much|far|clearer|better|excellent|improved|exemplary|a model)\b/,
];

/**
 * Round twelve: the organisation changing the thing itself after the member acted: "the hospital
 * later merged two of the forms into one screen", "the lab simplified its request page" (a verb
 * of altering an artefact with the organisation as subject, not only adopting or approving it).
 */
RESULT_AFTER.push(
  /\b(?:the|our|their) (?:[\w-]+ ){0,2}(?:hospital|clinic|ward|unit|department|team|committee|pharmacy|lab|laboratory|service|office|board|director|vendor|it|ministry|program) (?:\w+ ){0,2}(?:changed|merged|combined|simplified|redesigned|rebuilt|updated|rewrote|removed|reordered|moved|switched|shortened|replaced) (?:the|its|their|our|two|three|all|both|every|each|how|where|when|what|which|[\w-]+ of (?:the|its|our|their))\b/,
);

/**
 * What came of it, said through others or as a standing state: someone says yes, the
 * organisation takes the change up (in the singular too: "rolled it out to the emergency
 * department"), work delivered early, a partnership that lasted ("three projects since"), a thing
 * that now shows or holds something new.
 */
RESULT_AFTER.push(
  /\b(?:he|she|they|the \w+) (?:\w+ ){0,3}(?:said|replied|answered) (?:\w+ )?(?:okay|ok|yes|fine|alright|sure|go ahead|let us|let's)\b/,
  /\b(?:the|our|their) (?:[\w-]+ ){0,2}(?:hospital|clinic|ward|unit|department|team|committee|pharmacy|service|office|board|director|nurses|staff|superintendent|chief|ministry|region|health office|program) (?:\w+ ){0,2}(?:rolled (?:it|them|this|that|the \w+) out|adopted|approved|extended|expanded|spread|copied|added (?:a|an|one|two|another|more|extra|\w+ more)|hired|funded|took (?:it|this|that) up|made (?:it|this|that|the \w+) (?:standard|mandatory|permanent|the default)|retired|replaced|asked (?:me|us) to (?:share|present|extend|roll|teach|train))\b/,
  /\b(?:went|got|was|were|came|arrived|handed) (?:in|out|back|over|to (?:the |our |my )?\w+) (?:\w+ ){0,2}(?:on time|early|ahead of (?:schedule|time|the deadline))\b/,
  /\b(?:have|has) (?:\w+ ){0,2}(?:worked|collaborated|published|presented) (?:\w+ ){0,5}since\s*[.!?]?$/,
  /\b(?:now|still|today) (?:shows?|has|have|uses?|runs?|includes?|displays?|flags?|prints?|sends?|gets?|requires?|carries|carry|lists?)\b/,
  /\b(?:we|i) (?:\w+ )?(?:published|won|got (?:it|the \w+) (?:accepted|published|approved|funded))\b/,
  /\b(?:went|came|got|returned|was|were) (?:\w+ )?(?:back )?(?:to|at) (?:\w+ ){0,2}(?:normal|baseline|target|pre-[\w-]+|usual|previous|the old|the same) (?:\w+ )?(?:levels?|range|values?|times?|rates?)?\b/,
  /\b(?:much |a lot |far |noticeably )?(?:closer|more accurate|more complete|more reliable|more consistent) (?:to|than)\b/,
  // Round nine. The new state set against the old one ("our rounds were starting at nine instead
  // of eleven"); the member worked until others changed what they did ("I narrowed the alert
  // until the nurses acted on it"); others changed their own work in answer ("the engineers
  // added more slides of that type").
  /\b(?:told|informed|wrote to) (?:me|us) (?:that )?(?:[\w'-]+ ){1,6}?(?:now|no longer|had stopped|had started)\b/,
  /\b(?:instead of|rather than) (?:the )?(?:usual |previous |old |former )?(?:at |by |after |around |about |nearly |over )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|noon|midnight|half past|(?:a )?quarter (?:past|to)|an? (?:hour|day|week|month|fortnight)|hours|days|weeks|late \w+)\b/,
  /\buntil (?:the |our |all |most |every )?(?:[\w-]+ ){0,2}?(?:nurses|doctors|staff|residents|clinicians|team|they|patients|users|pharmacists|people|everyone|colleagues|physicians) (?:\w+ )?(?:acted|responded|used|started|stopped|began|followed|trusted|read|answered|accepted|adopted|complied|listened|paid attention)\b/,
  /\b(?:the|our|their) (?:[\w-]+ )?(?:engineers|developers|programmers|vendor|analysts|pharmacists|nurses|doctors|residents|registrars|clerks|surgeons|lab|laboratory|it team|it department) (?:then |later |quickly |immediately |soon |finally )?(?:added|changed|fixed|updated|retrained|removed|rebuilt|corrected|redesigned|adjusted|switched|replaced|revised|dropped)\b/,
);

/**
 * Round thirty: what came of it told as a pseudo-cleft of consequence ("that number is what finally
 * got the department a second triage nurse", "the audit was what convinced the board"), read after
 * the member acted. What it did to the member ("that job is what brought me to informatics") is
 * the member's path, not what came of the work.
 */
RESULT_AFTER.push(
  /\b(?:is|was|'s) (?:exactly |precisely )?what (?:finally |eventually |really |actually |in the end |ultimately )?(?:got|won|brought|earned|convinced|persuaded|changed|led to|pushed|gave|secured|tipped|opened|moved|made) (?!(?:me|us|myself|ourselves)\b)(?:[\w'-]+ ){0,3}?(?:[\w'-]+)\b/,
);

/**
 * Round seventeen: what came of it told as a measure against its former value or as a thing that
 * still runs, with no verb of change: "about four a week compared with fifteen before", "the list
 * is still printed every morning" (a passive in the present of something the member made, read
 * after the member acted, like the rest of RESULT_AFTER); someone's word that the member's deed
 * helped ("she told me later that the conversation helped her").
 */
const NUMBER_WORD =
  '(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|half|a third|a quarter|a dozen)';
RESULT_AFTER.push(
  new RegExp(
    `\\b(?:compared (?:with|to)|against|down from|up from) (?:about |around |roughly |nearly |over |almost )?${NUMBER_WORD}\\b(?: [\\w-]+){0,3}? (?:before|previously|earlier|beforehand|the (?:month|week|year|quarter) before|(?:the )?(?:last|previous) (?:month|week|year|quarter))\\b`,
  ),
  /\b(?:is|are) (?:still|now) (?!being\b|(?:needed|required|missing|lost|delayed|ignored|wasted|done by hand|written by hand)\b)(?:\w+ed|sent|done|given|kept|run|read|seen|written|shown|put|made|taped|pinned|filled in|handed out)\b(?! (?:to|that)\b)/,
  /\b(?:told (?:me|us)|said|wrote|admitted) (?:\w+ )?(?:later |afterwards )?(?:that )?(?:it|this|that|the [\w-]+|my [\w-]+|our [\w-]+) (?:had )?(?:really )?(?:helped|worked|made a (?:\w+ )?difference)\b/,
);

/** Others asking the member to take the work further: "asked us to explain it to the other two wards". */
const SPREAD_ASKED =
  /\b(?:asked|invited|wanted|got|had) (?:me|us) to (?:show|share|present|explain|teach|train|walk|take|bring|roll|spread|repeat|copy|extend|set|build|make|do|run|give) (?:[\w'-]+ ){0,7}?(?:(?:to|for|with|across|on|in) (?:the |all |every |our )?(?:other|rest of the|remaining|neighbouring|neighboring|whole|(?:two|three|four|five|six|\w+) other) (?:[\w-]+ ){0,2}?(?:wards?|units?|teams?|departments?|clinics?|hospitals?|sites?|services?|floors?|residents|interns|nurses|staff|programs?|hospital|department)|(?:as well|too)\b)/;

/**
 * Round fifteen: what came of it told as an end state with no change verb (read after the member
 * acted, like the rest of RESULT_AFTER):
 * - a habit of others that stopped, said as a negated past over the time after: "she did not send
 *   back one of my orders", "they never once had to call me", "not a single chart came back" (not
 *   under a modal or a purpose: "so that it would never happen again" is an intention);
 * - others asking the member to take the thing further, to more people or places: "asked us to
 *   explain the arrangement to the other two wards", "wanted me to show it to the night staff too";
 * - a measure given at two times, with no verb of change: "the average stay was 6.1 days in the
 *   first quarter and 4.8 in the third".
 */
RESULT_AFTER.push(
  /(?<!\b(?:would|will|could|should|might|can|to|that|so|unless|if) (?:\w+ )?)\b(?:(?:did not|didn't|never) (?:once |again )?(?:[\w-]+ ){1,3}?(?:a single|one of (?:my|our)|one more|any more|anymore|again)|never (?:once|again)|not (?:once|a single|one (?:more )?(?:\w+ )?(?:was|were|came|went|got|had)))\b/,
  SPREAD_ASKED,
  /^(?:and |so |then )?(?:by|from) (?:the (?:end|middle|start) of |mid-?|early |late )?(?:january|february|march|april|june|july|august|september|october|november|december|spring|summer|autumn|winter|the spring|the summer|the autumn|the winter|the fall)\b(?! (?:of )?(?:19|20)\d\d\b)/,
  /\b(?:was|were|stood at|averaged|ran at|sat at) (?:about |around |roughly |over |under |nearly )?\d+(?:\.\d+)?\b[^.;]{0,40}\b(?:and|but|against|compared with) (?:only |just |about |around |roughly |under |over |nearly )?\d+(?:\.\d+)?\b[^.;]{0,25}\b(?:in|by|after|at|during|over) (?:the )?(?:[\w-]+ )?(?:quarter|month|week|year|audit|period|end|third|second|fourth|last|next|following|january|february|march|april|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\b/,
);

/**
 * Round twenty-one: what came to the patients as a whole over the time after, told with a
 * quantifier rather than a change verb: "none of our children on oxygen died that season", "no
 * child got a double dose in the following three months", "all of my septic patients that month
 * survived", "every mother went home with a follow-up date". Read after the member acted (told
 * before, "all the patients waited for hours", it is how things stood).
 */
RESULT_AFTER.push(
  /\b(?:none of (?:the |our |my |their |these |those )?|no |not (?:one|a single) (?:of (?:the |our |my |their )?)?|all (?:of )?(?:the |our |my |their |these |those )?|every )(?:[\w-]+ ){0,3}?(?:patients?|children|child|babies|baby|mothers?|women|men|infants|newborns|kids|families)\b(?: [\w'-]+){0,6}? (?:died|survived|recovered|went home|(?:was|were) (?:readmitted|discharged|harmed)|came back|bled|deteriorated|got (?:a|an|the|any|their|his|her|cold|sick|ill|infected|worse|hurt|burn(?:ed|t)|lost)\b)/,
);

/**
 * Round twenty-two: what came of it told through others or the thing itself, read after the member
 * acted like the rest of RESULT_AFTER:
 * - the thing going live ("the module went live on schedule on all medical wards"), not inside a
 *   clause of time ("when it went live");
 * - others using or adopting the member's work ("the hospital used my test scripts as the template
 *   for the surgical rollout", "two residents have used it for congress abstracts", "the hospitalist
 *   group adopted it the following week");
 * - another party doing what the member asked ("I asked IT to show them in the banner; they did that
 *   in March");
 * - another person's changed conduct held over the time after ("she took every dose for the rest of
 *   the admission");
 * - a measure moved from one value to another in words ("moved from three in the afternoon to noon"),
 *   said of anything but the member.
 */
RESULT_AFTER.push(
  /(?<!\b(?:when|after|before|until|as|once|since|if|while|the day|the week) (?:[\w'-]+ ){0,4})\b(?:went|go|goes|gone|was|were) live\b/,
  /\b(?:the|our|their|two|three|four|five|several|other|many|most|some|\d+) (?:[\w-]+ ){0,2}?(?:hospital|group|team|department|service|residents|fellows|nurses|doctors|colleagues|wards?|units?|clinics?|sites?|staff|interns|pharmacists|registrars|students|researchers|committee|program|vendor) (?:\w+ ){0,2}?(?:used|have used|has used|adopted|reused|took up|picked up|kept using|borrowed|copied) (?:it|them|this|that|my|our)\b/,
  /\b(?:he|she|they|the (?:[\w-]+ ){0,2}(?:team|department|office|vendor|hospital|lab|laboratory|pharmacy|service|analysts?|developers?|engineers?)) (?:then |later |finally |eventually |actually |quickly |soon )?did (?:that|it|so|this|exactly that|just that)\b(?! (?:wrong|badly|again|before|too)\b)/,
  /\b(?:he|she|they|the (?:patient|child|mother|family|boy|girl|man|woman|teenager|nurses?|team|residents?|interns?)) (?:\w+ ){1,6}?for the rest of (?:the|her|his|their|that) (?:admission|stay|shift|rotation|week|month|year|attachment|posting|course|treatment|block|pregnancy)\b/,
  /(?<!\b(?:i|we) (?:\w+ )?)\b(?:moved|shifted|changed|went|dropped|fell|rose|came down) from (?:[\w'-]+ ){1,6}?to (?:about |around |just |under |over )?(?:noon|midnight|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|a third|a quarter|zero|none|nearly|almost)\b/,
);

/**
 * Round twenty-four: what came of it told as a measure against the old rate, or as a thing done to
 * a counted group, with no verb of change (read after the member acted, like the rest of
 * RESULT_AFTER):
 * - a ratio of the old amount: "the alert now fires a quarter as often", "half as many calls";
 * - a causative passive on a counted group: "four had their doses changed", "most of them got
 *   their appointments moved".
 */
const RATIO_OF_OLD = new RegExp(
  `\\b(?:half|a third|a quarter|a fifth|a tenth|twice|three times|four times|${NUMBER_WORD} times) as (?:often|many|much|long|fast|quickly|frequently|many \\w+|much \\w+)\\b`,
);
RESULT_AFTER.push(
  RATIO_OF_OLD,
  new RegExp(
    `\\b(?:${NUMBER_WORD}|all|most|many|some|several|none|each|every one)(?: of (?:them|those|these|the \\w+))? (?:had|got) (?:their|his|her) (?:[\\w-]+ ){1,2}?(?!(?:been|had)\\b)\\w+(?:ed|en|un)\\b`,
  ),
);

/**
 * Round twenty-four: others taking the member's work up, told with no verb of change: another party
 * asking for the thing ("the two other hospitals in our network later asked for the guide") or
 * making it part of a routine ("our program director made it part of intern orientation").
 */
RESULT_AFTER.push(
  /\b(?:the|our|their|two|three|four|several|other|many|most|some|\d+) (?:[\w-]+ ){0,4}?(?:hospitals?|wards?|units?|teams?|departments?|clinics?|sites?|programs?|programmes?|residents|fellows|nurses|interns|doctors|director|chief|head|committee|colleagues|registrars|pharmacists|consultants) (?:later |then |soon |also |even |quickly |eventually )?(?:asked for|requested|wanted|borrowed) (?:it|them|this|that|copies|a copy|(?:the|my|our) (?:[\w-]+ )?(?:guide|tool|template|checklist|sheet|list|form|dashboard|slides|protocol|session|handout|course|script|report|spreadsheet|card|poster))\b/,
  /\b(?<!\b(?:i|we) (?:\w+ )?)made (?:it|them|this|that|the (?:[\w-]+ )?(?:guide|tool|template|checklist|sheet|list|form|session|course|note|step|check|huddle)) (?:a )?(?:part of|mandatory|compulsory|required|routine|standard|the default|official)\b/,
);

/**
 * Session 28 (text45), results told through other people with no verb of change:
 * - the organisation made the member's thing its rule, whatever the thing is called ("made shift
 *   trades a formal option", "used my tally to make bedside glucose checks part of the morning
 *   round"); "I made…", "we made…" and "will make" are the member's own deed or a plan;
 * - the person the member helped got through what they struggled with, without the problem ("he
 *   got through the rest of the block without one late note", "finished the rotation with zero
 *   overdue summaries"). Read after the member acted, like the rest of RESULT_AFTER.
 */
RESULT_AFTER.push(
  /\b(?<!\b(?:i|we) (?:[\w'-]+ ){0,3})(?:made|(?<=\bused (?:[\w'-]+ ){1,3}to )make) (?!sure\b)(?:[\w'-]+ ){1,4}?(?:a |an )?(?:part of (?:the|our|their|every|each|all|its|his|her)|mandatory|compulsory|required|routine|standard|the default|official|formal|permanent)\b/,
  /\b(?:he|she|they|(?:the|my|our|that|this) (?:[\w-]+ )?(?:intern|resident|nurse|colleague|co-intern|co-resident|student|trainee|junior|registrar|doctor|house officer)s?) (?:then |later |eventually |finally |soon |even )?(?:had )?(?:finished|completed|got through|made it through|passed) (?:[\w'-]+ ){1,5}?(?:without (?:a single|one|any|another|a|an|further)|with (?:no|zero)) [\w-]+/,
);

/**
 * Session 20 (a newcomer trial): a measure told against its former value or against a benchmark,
 * with a number, in any tense (read after the member acted, like the rest of RESULT_AFTER; told
 * before, "our rate was ten points below the national average" is how things stood):
 * - moved from one value to another with a perfect or another past verb: "my scores have gone from
 *   below passing to about fifteen points above it", "waits have come down from four hours to
 *   ninety minutes", "our rate climbed from half to nearly all" ("went from" is read already); the
 *   value reached is a number, a share or a side of a mark, so "I moved from Lagos to Houston" is
 *   not one;
 * - a distance from a mark: "my practice scores are now about fifteen points above passing", "I am
 *   scoring 20 points over the pass mark", "three days under the target".
 */
const NUMBER_NOT_YEAR = `(?!(?:19|20)\\d\\d\\b)(?:${NUMBER_WORD}|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|seventy|eighty|ninety)`;
const VALUE_REACHED = `(?:(?:about|around|roughly|nearly|almost|over|under|just|well|comfortably|only|less than|more than) )?(?:${NUMBER_NOT_YEAR}(?: [\\w-]+){0,2}? (?:points?|percent|marks?|minutes|hours|days|weeks|months|per|a (?:day|week|month|shift))\\b|${NUMBER_NOT_YEAR}\\s*(?:%|[.;,!?]|$|(?= (?:in|by|on|within|after|and|over)\\b))|(?:above|over|below|under|passing|a pass|zero|none|nothing|half|double|twice|(?:nearly |almost )?all)\\b)`;
const MARK = `(?:the |a |my |our )?(?:pass(?:ing)?(?: (?:mark|score|line|threshold|bar|cut-?off|level|grade))?|cut-?off|target|benchmark|threshold|goal|(?:national |regional |state |hospital |unit |ward |class )?(?:average|mean|median)|minimum|standard)`;
RESULT_AFTER.push(
  new RegExp(
    `\\b(?:(?:has|have|had)(?: (?:since|now|already|steadily|gradually))? (?:gone|come|moved|climbed|jumped|grown|risen|shifted|crept|slipped|dropped|fallen)|came|moved|climbed|jumped|grew|shifted|crept|slipped)(?: (?:up|down|all the way|steadily|gradually|slowly|quickly))? from (?:[\\w'-]+ ){1,6}?to ${VALUE_REACHED}`,
  ),
  new RegExp(
    `\\b${NUMBER_NOT_YEAR}(?:\\s?%| (?:[\\w-]+ )?(?:points?|marks?|percent|percentage points?)) (?:above|over|higher than|more than|beyond|clear of|below|under|lower than|short of|ahead of) ${MARK}\\b`,
  ),
);

/** What happened to the patient, told as harm that did not come: "luckily the patient didn't bleed". */
const PATIENT_SPARED =
  /\b(?:patient|he|she|the baby|the child|the mother) (?:\w+ )?(?:did not|didn't|never) (?:\w+ )?(?:bleed|die|deteriorate|come to (?:any )?harm|need (?:dialysis|surgery|the icu|intubation|a transfusion)|crash|arrest)\b|\b(?:had|with|suffered|there was) no (?:\w+ )?(?:harm|bleeding|complications?|injury|adverse (?:event|effect)s?)\b|\bno (?:\w+ )?(?:harm|injury|error) (?:ever )?(?:reached|came to|was done to|happened to)\b/;

/**
 * "I learned that…" is a lesson; a sentence that only draws a lesson is not a result, however it
 * opens: "What I took from this is…", "It taught me how…", "The main lesson for me was…".
 */
const LESSON_ONLY =
  /^(?:[\w'-]+ ){0,6}?(?:(?:thing|things|point|lesson|part|message) (?:that )?|what )(?:i|we) (?:\w+ )?(?:learned|learnt|realized|realised|understood|took away|took (?:from|out of))\b|^(?:so |and |but )?(?:i|we) (?:\w+ )?(?:learned|learnt|realized|realised|understood|saw|know now|now know|now understand|now realize|took away)\b|^(?:[\w'-]+ ){0,5}?(?:taught (?:me|us)|took (?:away )?from (?:this|it|that|the experience)|(?:lesson|lessons|takeaway|take-away)s? (?:\w+ ){0,3}(?:was|were|is|are)|made me (?:realize|realise|see|understand)|showed me (?:how|that|why)|reminded me)\b(?!.*\d)/;

/**
 * A result still to come: planned, hoped or expected, with nothing in the past ("we plan to measure
 * the rate in six months and hope it will show an improvement"). Not what came of it.
 */
const HOPED =
  /\b(?:plan|plans|planning|hope|hoping|hopefully|hopeful|optimistic|expect|expecting|aim|aiming|intend|intending|going to|will|would|want|wants|wish)\b/;
/**
 * A general truth drawn from the story, told in the present with nothing in the past: "it is
 * always better to speak up", "conflicts like this are usually about unclear roles", "in the end
 * the patient is what matters". It says what the member believes, not what came of the episode.
 */
const GENERAL_TRUTH =
  /\b(?:always|usually|generally|in general|typically|in (?:these|such|those) cases|(?:like|as) (?:this|these|that) (?:are|is)|(?:is|are) what matters|it(?: is|'s) (?:always |usually |often |so )?(?:better|best|important|worth|key|essential|crucial)|should|must)\b/;
function generalTruth(s: Sentence): boolean {
  return (
    GENERAL_TRUTH.test(s.canon) &&
    !NOW_STATE.test(s.canon) &&
    !s.tokens.some((t) => isPastTense(t) || /^(?:has|have)$/.test(t.canon)) &&
    !/\d|percent/.test(s.canon)
  );
}

/**
 * Round twenty-six: the member saying that what came of it is not known ("so I don't have the
 * numbers yet", "I cannot tell you what happened to the system after that", "it is too early to
 * say"): the sentence tells the outcome is missing, so a start or a time word in it is no result.
 */
const OUTCOME_UNKNOWN =
  /\b(?:(?:do|does|did) not|cannot|can not|could not|never) (?:really |yet |still )?(?:have|know|tell|say|find out|hear|get|see)\b(?: [\w'-]+){0,3}? (?:(?:the |any )?(?:numbers|data|figures|results?|outcomes?)(?! (?:of|from|for) (?:the|my|our|each|every|his|her|their)\b)|what (?:happened|became|came)|whether|if it|how it (?:went|turned|ended))\b|\btoo (?:early|soon) to (?:say|tell|know)\b/;
/**
 * Session 35: what came of it told as still pending: "we are still collecting the readmission data
 * to see whether it has made a difference", "the committee is still discussing it", "we are waiting
 * for the first month's figures". Someone is still at work on the question, so no outcome is told.
 */
const OUTCOME_PENDING =
  /\b(?:(?:is|are|am|was|were) (?:still|now) |still |yet to )(?:collecting|gathering|waiting (?:for|on)|analy[sz]ing|looking at|reviewing|discussing|considering|deciding(?: on)?|evaluating|debating|measuring|counting)\b|\b(?:have|has) (?:not|n't) (?:yet )?(?:decided|approved|answered|replied|responded|come back)\b|\bto see (?:whether|if) (?:it|this|that|the [\w-]+) (?:has |have |will |would |really )?(?:made|make|work(?:ed|s)?|help(?:ed|s)?|change[ds]?|reduce[ds]?|improve[ds]?)\b/;
function outcomeUnknown(s: Sentence): boolean {
  // (A number measures a change told beside it: "time went from 12 to 7 minutes; I cannot tell you
  // what happened after I left". A year only dates it.)
  return (
    (OUTCOME_UNKNOWN.test(s.canon) || OUTCOME_PENDING.test(s.canon)) && !/\b(?!(?:19|20)\d\d\b)\d|percent/.test(s.canon)
  );
}

function hopedOnly(s: Sentence): boolean {
  if (outcomeUnknown(s)) return true;
  const h = HOPED.exec(s.canon);
  if (!h || NOW_STATE.test(s.canon)) return false;
  const at = s.tokens[s.canonTok[h.index] ?? 0]?.start ?? s.start;
  // "We built it and hope it will…": something was done first; "we plan… and hope it will cut…" is all to come.
  return !s.tokens.some((t) => t.start < at && isPastTense(t));
}

/** The member left or it stopped before anything came of it: "I moved to the US before it went anywhere". */
const BEFORE_ANY =
  /\bbefore (?:it|the \w+|anything|we|i) (?:\w+ )?(?:went anywhere|went live|launched|came of it|could (?:\w+ )?(?:finish|launch|see)|was (?:finished|done|implemented|used|tested))\b/;

const PAST_PERFECT =
  /\b(?:had|'d) (?:(?:already|just|never|not|also|long|since|all|both|only|even|recently|previously|once) )?(?:been|\w+ed|lost|gone|grown|become|taken|given|seen|done|made|had|left|fallen|risen)\b/;

const OBLIGATION =
  /\b(?:had to|needed to|have to|has to|must|was due|were due|due (?:on |by |in |the |that |this |next )+(?:\w+ )?(?:day|week|month|morning|evening|afternoon|year|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|deadline|supposed to|expected to|asked (?:me|us) to|wanted (?:me|us) to)\b/;

/** A verb of proposing, then the proposal's words up to the position, with no new clause between. */
const PROPOSED =
  /\b(?:proposed|proposing|suggested|suggesting|recommended|recommending|advocated|advocating|argued for|pushed for|asked for)\b(?:(?!\b(?:and|but|then|which|so(?! that)|after|until)\b)[^.;:])*$/;

/**
 * Round twenty-six: a verb joined by "and" with no subject of its own shares the subject of the
 * verb before it: "I watched the videos, built the forms, and fixed things as we went", "I made a
 * template with the fields the GPs use and taught it to the interns". True when the words before a
 * match end on such an "and" and the last subject before it is the member (or the team), with no
 * new clause (a relative, a reason, a time) opened since.
 */
function memberSecondPredicate(before: string): boolean {
  if (!/,? and (?:then |also |later |finally |so |just )?$/.test(before)) return false;
  const subjects = [...before.matchAll(/\b(?:i|we|he|she|they|nobody|everyone|everybody)\b/g)];
  const last = subjects[subjects.length - 1];
  if (!last || !/^(?:i|we)$/.test(last[0])) return false;
  return !/\b(?:who|which|when|because|until|while|if|after|before|so that|since)\b/.test(
    before.slice((last.index ?? 0) + last[0].length),
  );
}

/** Where the clause around a position starts (see clauseAround). */
function clauseStart(text: string, at: number): number {
  return Math.max(text.lastIndexOf(';', at), text.lastIndexOf(', and ', at), text.lastIndexOf(', but ', at)) + 1;
}

/** The clause a position is in: between the nearest ";" or ", and"/", but" on either side. */
function clauseAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(';', at), text.lastIndexOf(', and ', at), text.lastIndexOf(', but ', at));
  const ends = [text.indexOf(';', at), text.indexOf(', and ', at), text.indexOf(', but ', at)].filter((x) => x >= 0);
  return text.slice(start + 1, ends.length ? Math.min(...ends) : undefined);
}

/** Change verbs said of the member ("I reduced my hours") are actions; of anything else, results. */
// (Pushed last: RESULT_AFTER's earlier entries are referred to by index.)
RESULT_AFTER.push(
  // Session 21: how things stood some time after the member acted, the time counted from the deed
  // ("after a couple of months my notes were done before the end of the shift", "within three
  // weeks the nurses had stopped paging").
  /\b(?:after|within|in) (?:just |only |about )?(?:a couple of|a few|some|several|two|three|four|five|six|\d+) (?:more )?(?:days|weeks|months|shifts|rotations)\b,? (?:my|our|the|his|her|their|all|most|every|each|almost all|nearly all) (?:[\w-]+ ){0,3}?(?:were|was|had|got|became|came|went|ran)\b/,
);
const CHANGE_VERB = RESULT[1]!;
/** Changes and comparisons that are the problem when told before anything was done ("sugars went up"). */
// A time phrase ("in one month", "eventually") told before anything was done is the setting too.
// Others' reactions told before the member acted ("the hospital management decided that we
// would stop using the registers") are the setting too, and so is a state told in the passive
// before the member acted ("the forms were collected by a porter at the end of each shift").
// Round twenty-one: so is what something did before the member acted ("it was his attitude that
// made the whole team fall behind"): nothing the member did has come of anything yet.
const SOFT = new Set<RegExp>([
  CHANGE_VERB,
  RESULT[3]!,
  RESULT[4]!,
  RESULT[5]!,
  RESULT[7]!,
  RESULT[14]!,
  // Round twenty-four: a state told before the member acted ("the nurses did not want it, because
  // the old paper sheet was faster for them") is how things stood.
  RESULT[11]!,
  ...RESULT_AFTER,
]);

/**
 * The member (or team) opening what they found out, with no clause boundary after it: "I found
 * that…", "we showed them how many…", "what we found was…". Checked on the words before a match.
 */
const FINDING_OPEN =
  /(?:(?:\b(?:i|we) (?:\w+ )?|\b(?:i|we) [^.;!?]*? and (?:then |also )?)(?:found|find|showed|show|noticed|discovered|saw|realised|realized|demonstrated|confirmed|proved|measured|calculated|counted|established|timed|compared|audited)\b(?: (?:them|him|her|us|the \w+|that|out|how|,))*|\bwhat (?:i|we) (?:\w+ )?(?:found|saw|noticed|discovered) (?:was|is)\b)(?:(?!\b(?:so|then|and then|until|since|as a result|therefore)\b)[^.;!?])*$/;

/** A clause that names the problem: "the problem (we were solving) was that…", "the issue is how…". */
const PROBLEM_NAMED =
  /\b(?:the|our|one|a|my|their|the (?:main|real|big|biggest|basic|underlying|core)) (?:\w+ )?(?:problem|issue|difficulty|challenge|complaint|concern|gap|trouble)s? (?:(?:that|which)? ?(?:[\w'-]+ ){0,6}?)?(?:was|were|is|are) (?:that|how|why|where|whether|(?=(?:nobody|no one|none|nothing|everyone|everybody|we|they|people|staff|doctors|nurses|patients)\b))\b[^.;!?]*$/;

/** A change told inside a finding, in the past or as a participle ("had fallen by 30%"). */
const FOUND_CHANGED = new RegExp(
  `${CHANGE_VERB.source}|\\b(?:fallen|risen|grown|gone (?:down|up)|come down|shrunk|dropped|halved|doubled)\\b`,
);

/** Every result reading in the order `isResult` tries them (RESULT_AFTER is complete by here). */
const RESULT_READINGS: readonly RegExp[] = [...RESULT, ...RESULT_AFTER, PATIENT_SPARED];

/**
 * A result in a sentence. `firstAction` is where the member first acted (offset in the text), so a
 * change told before it is the situation ("sugars went up", "nobody had ordered it yet"), and
 * after it is what came of the action.
 */
function isResult(s: Sentence, firstAction = -1): boolean {
  // Read once per sentence and place of the first action relative to it (./text/sentence-memo.ts):
  // the same sentence, with the action as far before or after it, reads the same in any answer.
  const where = firstAction < 0 ? 'none' : String(firstAction - s.start);
  return RESULT_MEMO.get(`${where}\u0003${sentenceKey(s)}`, () => readResult(s, firstAction));
}

const RESULT_MEMO = new SentenceMemo<boolean>();

function readResult(s: Sentence, firstAction: number): boolean {
  return RESULT_READINGS.some((re) => {
    const m = re.exec(s.canon);
    if (!m) return false;
    // "find out where it was being used", "asked how the list was kept": an indirect question
    // names what was unknown, not what came of anything.
    // So does "which" after a verb of showing or finding out ("tables showing which antibiotics were being used").
    if (
      /\b(?:where|how|why|whether|what) (?:[\w-]+ ){0,3}$|\b(?:show|shows|showed|showing|see|saw|know|knew|find out|found out|work out|worked out|check|checked|ask|asked|list|listing|track|tracking) (?:me |us |them )?which (?:[\w-]+ ){0,3}$/.test(
        s.canon.slice(0, m.index),
      )
    )
      return false;
    const before0 = s.canon.slice(0, m.index);
    const after0 = s.canon.slice(m.index + m[0].length);
    // Round twenty-four: what is named as the problem ("the problem we were trying to solve was
    // that … nobody had a clear view", "the issue was that the old sheet was faster") is the
    // situation wherever it is told, not what came of anything.
    if (PROBLEM_NAMED.test(before0)) return false;
    // Round thirty, relative clause × object: "the line log that the nurses kept on paper", "the
    // form which the clerks filled in by hand": a restrictive relative clause whose verb has lost
    // its object to the noun before it says which thing is meant; it is not what came of the
    // work. With a comma (", which the team accepted") the clause is a statement of its own.
    if (
      re === RESULT[7] &&
      /[a-z] (?:that|which) $/.test(before0) &&
      /^(?:NOUN|PROPN)$/.test(s.tokens[(s.canonTok[m.index] ?? 0) - 2]?.pos ?? '') &&
      /^(?:\s(?:on|in|at|by|for|with|from|up|out|there|then|every|each|all|for)\b|[.,;:]|$)/.test(after0)
    )
      return false;
    // Round thirty, negation × feeling: someone not happy or not pleased ("the analysts were not
    // happy that I had gone over their heads", "my attending, who was not happy") is a reaction
    // on the way, not what came of the work.
    if (re === RESULT[4] && /\b(?:not|never|n't) (?:\w+ )?(?:happy|satisfied|pleased)$/.test(m[0])) return false;
    // Session 25, who × act × order: a charge handed to the member ("the department head asked me to
    // lead five residents to find why patients came back") is the task, told wherever it is told;
    // being asked to take a thing further or once the work was done ("asked me to lead the same
    // rollout at the other two sites", "the next rotation, the chief asked me to run the audit for
    // the whole unit", "afterwards the hospital asked me to help write the procedure") is what came
    // of the work.
    if (
      /\b(?:asked|invited) (?:me|us) to (?:lead|run|join|help|build|set up|look into|find|sort|fix|organi[sz]e|manage|coordinate|supervise|take|oversee)\b/.test(
        s.canon.slice(m.index, m.index + m[0].length + 30),
      ) &&
      !/\b(?:other|another|the same|same|again|too|also|next|more|further|rest of|every|all (?:the |our )?(?:other )?(?:sites|wards|units|clinics|hospitals)|afterwards?|after (?:that|this|it)|later|then|since|subsequently|eventually|in the end|by the end|following|now|still|whole)\b/.test(
        `${before0} ${/^[^.;]*/.exec(after0)![0]}`,
      )
    )
      return false;
    // Session 25: the member arriving early ("I also came in early on Saturdays to help") is a deed,
    // not a thing delivered ahead of time ("the report went out early").
    if (
      /^(?:came|went|got|arrived) (?:in|to)\b/.test(m[0]) &&
      /\b(?:i|we) (?:(?:also|then|just|always|usually|often|even|would|started to|began to) )*$/.test(before0)
    )
      return false;
    // Round twenty-seven: "that" right after a noun opens a relative clause ("they installed
    // scanners that did not work with half of the wristbands"): it says which thing is meant, not
    // how the member's project ended.
    if (
      re === RESULT[9] &&
      /^that\b/.test(m[0]) &&
      /^(?:NOUN|PROPN)$/.test(s.tokens[(s.canonTok[m.index] ?? 0) - 1]?.pos ?? '')
    )
      return false;
    // Round twenty-seven: what the member made sure of ("I made sure the juniors rotated so no one
    // stayed in the red zone for more than four hours") is what the member saw to, the deed
    // itself; what came of it is still untold. A clause of its own after it (", and after a month
    // …") can still tell it.
    if (
      /\b(?:i|we) (?:\w+ )?(?:made sure|ensured|saw to it|arranged)\b/.test(
        s.canon.slice(clauseStart(s.canon, m.index), m.index),
      )
    )
      return false;
    // Round twenty-seven: a time word inside a free relative ("whatever happened after that was not
    // my responsibility", "what came of it in the end I never heard") names what came next without
    // telling it.
    if (
      (re === RESULT[5] || re === RESULT_AFTER[7]) &&
      /\b(?:what|whatever|anything that|all that) (?:\w+ )?(?:happened|came|followed|went on|became of \w+|was done)(?: (?:of|to|with) (?:it|this|that|them|the \w+))? ?$/.test(
        before0,
      )
    )
      return false;
    // Round twenty-seven: "which meant" spelling out a charge ("my role was to be the champion,
    // which meant I had to gather the requirements", "I was asked to be the clinical lead, which
    // meant adapting the score…") says what the charge held, a task; and a consequence told before
    // the member did anything ("the nurses typed the scores in at the end of the shift, which meant
    // the alerts were hours late") is how things stood. Neither is what came of the member's act.
    if (re === RESULT[0] && /\bwhich meant$/.test(m[0])) {
      const consequence = /^[^.;]*/.exec(after0)![0];
      if (OBLIGATION.test(consequence) || /^ (?:that )?(?:[a-z]+ly )?[a-z]+ing\b/.test(after0)) return false;
      const at = s.tokens[s.canonTok[m.index] ?? 0]?.start ?? s.start;
      if (firstAction >= 0 && at < firstAction && !/\b(?!(?:19|20)\d\d\b)\d|percent/.test(consequence)) return false;
    }
    // Round twenty-six: a state inside a hope or an expectation ("I came to the US in 2024 and I
    // hope they still use it", "hopefully the next officers keep it going") is wished, not told as
    // having happened, whatever was told in the past before it.
    if (/\b(?:hope|hoped|hoping|hopefully|wish|expect|expecting|pray)\b[^.;:]*$/.test(before0)) return false;
    // Round twenty-six: a thing nobody used, told before the member acted ("the hospital had bought
    // a module, but nobody used it") is the problem the story starts from; the member's own
    // project failing ("the dashboard project failed") is what came of it wherever it is told.
    if (
      re === RESULT[9] &&
      /^(?:nobody|no one)\b/.test(m[0]) &&
      firstAction >= 0 &&
      (s.tokens[s.canonTok[m.index] ?? 0]?.start ?? s.start) < firstAction
    )
      return false;
    // Round twenty-six: a clause of reason ("I ran the sessions on Saturdays, because during the
    // week nobody had time") says why something was done, not what came of it ("because of the
    // change, fewer…" names a cause of what follows, so it is left alone).
    // (Only when the match is the clause's own predicate: in "the number who came back because
    // their tablets were missing went from several a day to one", the clause has ended already.)
    if (/\bbecause (?!of\b)(?:(?!(?:was|were|is|are|had|has|have|did|do|does|\w+ed)\b)[\w'-]+ ){0,8}$/.test(before0))
      return false;
    // Round twenty-six: "I thought it was better to keep her busy", "we decided it was easier to
    // resign": a comparative with a dummy "it" and an infinitive weighs a choice, it is no change.
    if (/\bit (?:\w+ )?$/.test(before0) && /^ to [a-z]+/.test(after0) && re === RESULT[11]) return false;
    // Round twenty-four: what the member found, showed or noticed ("I showed that 97% of those
    // alerts were overridden", "I found that nobody had discontinued the order") is the problem as
    // the member measured it, a diagnosis; a share or a count in it says how things stood, not
    // what came of the member's act. A change told in it ("found that errors had fallen") still is.
    if (
      (re === RESULT[2] || re === RESULT[3] || re === RATIO_OF_OLD) &&
      FINDING_OPEN.test(before0) &&
      !FOUND_CHANGED.test(s.canon.slice(before0.search(FINDING_OPEN)))
    )
      return false;
    // Session 35: the same finding read by any other reading ("I reviewed the discharge data and
    // found that few patients were discharged with an inhaler check"), when it is told in the
    // sentence where the member first acted or before: still the problem measured. Told after the
    // deed ("after a month I found that every chart had a score") it can be what came of it.
    // (Read in the match's own clause: "I timed it and brought the numbers to the chief, and the
    // hospital later merged two forms" tells the finding's sequel in a clause of its own.)
    const clause0 = s.canon.slice(clauseStart(s.canon, m.index), m.index);
    if (
      FINDING_OPEN.test(clause0) &&
      // The finding's own content clause ("found that…", "showed how…"); "showed it to the nursing
      // lead, who used my tally to…" hands the work on, and what the lead did is what came of it.
      /\b(?:found|find|showed|show|noticed|discovered|saw|realised|realized|demonstrated|confirmed|proved|established|learned|learnt) (?:out )?(?:that|how|what|why|whether)\b(?![^.;!?]*, (?:who|which)\b)/.test(
        clause0,
      ) &&
      !FOUND_CHANGED.test(s.canon.slice(before0.search(FINDING_OPEN))) &&
      (firstAction < 0 || firstAction < s.end) &&
      !/\b(?:after|afterwards|later|since|then|again|by the end|within|the next|following)\b/.test(clause0)
    )
      return false;
    // Round twenty-nine: a comparison held as another party's view ("the senior nurses felt the
    // paper cards were faster", "the charge nurse insisted the old way was safer") is their stance,
    // resistance to the change, not what came of it; a view about the member's own change ("they
    // felt it was faster", "said the new board was easier") can still be feedback.
    if (
      (re === RESULT[3] || re === RESULT[11]) &&
      /\b(?!(?:i|we)\b)[a-z]+ (?:\w+ )?(?:felt|thought|believed|insisted|argued|complained|claimed|kept saying|were convinced|was convinced)(?: that)? (?!(?:it|this|that|the new|my|our|his|her)\b)(?:[\w'-]+ ){1,5}$/.test(
        s.canon.slice(clauseStart(s.canon, m.index), m.index),
      )
    )
      return false;
    // "I am very grateful to the IT team": the member's own thanks, not what came of the work.
    if (m[0] === 'grateful' && /\b(?:i|we) (?:\w+ ){0,3}$/.test(before0)) return false;
    // "I tried to make my notes shorter after that": a change the member attempted is an action;
    // what came of it is still untold.
    if (
      /\b(?:tried|try|trying|attempted|attempt|wanted|hoped|aimed|planned|meant|decided) to (?:[\w-]+ ){0,5}$/.test(
        before0,
      )
    )
      return false;
    // Round twelve: a change inside someone's charge is the goal, not what came of it: "the chief
    // asked me to organise this better", "they wanted us to cut the waits".
    if (
      /\b(?:asked|told|wanted|needed|expected|tasked|assigned|charged|supposed|chose|picked|want|need|ask|tell) (?:me |us |him |her |them |the \w+ )?to (?:[\w-]+ ){0,5}$/.test(
        before0,
      )
    )
      return false;
    // Round twenty-one: what the member proposed, suggested or asked for is the content of the
    // proposal, not what came of it: "proposed a rule that standing orders expire after 48 hours",
    // "I suggested that the list be printed within an hour", "recommended moving the round so it
    // started earlier". A later clause of its own (", and within a month the rule was adopted")
    // can still tell what came of it.
    if (PROPOSED.test(clauseAround(s.canon, m.index).slice(0, Math.max(0, m.index - clauseStart(s.canon, m.index)))))
      return false;
    // Round twenty-one: a passive in a clause of time or cause ("most repeats came from nights,
    // when standing orders were copied forward", "because results were sent to the wrong inbox")
    // says how things happened, not what came of the member's act.
    if (re === RESULT[4] && /\b(?:when|whenever|because|where|while|as|if|unless) (?:[\w'-]+ ){1,5}$/.test(before0))
      return false;
    // "he agreed that some of them could have waited": a point conceded about the past, not a
    // change agreed to.
    if (/\bagreed$/.test(m[0]) && /^ that [^.;]{0,60}\b(?:could|should|might|would) (?:not )?have\b/.test(after0))
      return false;
    // Round twenty-three: agreeing to do something ("the IT team agreed to build it in the test
    // system", "she agreed to look at it next month") is a promise of a deed to come, an intention;
    // what came of it is still untold. Agreeing to a thing ("agreed to the change") stays.
    if (
      /\bagreed$/.test(m[0]) &&
      /^ to (?!(?:the|a|an|my|our|it|this|that|these|those|all|every)\b)[a-z]+/.test(after0)
    )
      return false;
    // "they were closer to him": nearness to a person is a relationship, not a measure.
    if (
      /\bcloser to$/.test(m[0]) &&
      /^ (?:him|her|them|me|us|each other|the (?:[\w-]+ )?(?:director|consultant|chief|attending|supervisor|boss|professor))\b/.test(
        after0,
      )
    )
      return false;
    // "agree on when each drug should be stopped", "what could be improved": a change under a
    // modal is possible or required, not one that happened.
    if (
      /\b(?:should|would|could|must|might|can|will|ought to|needs? to|needed to) (?:not )?(?:be |have been |have |get )?(?:\w+ly )?$/.test(
        before0,
      )
    )
      return false;
    // "the patients who were discharged on insulin": a restrictive relative clause says which
    // patients, not what came of anything (", which was adopted by…" can still be a result).
    if (/(?:^|[^,]) (?:who|that) $/.test(before0) && /^(?:was|were|got|has been|have been|is|are)\b/.test(m[0]))
      return false;
    // "the result was in a different tab", "maybe the result was expected": a test or exam result.
    if (
      /\b(?:outcome|result|impact|effect)\b/.test(m[0]) &&
      /^\s*(?:in|on|at|still|not|pending|expected|available|abnormal|high|low|normal|positive|negative|back|delayed|missing|hidden|buried|visible|shown|displayed|already|sent)\b/.test(
        after0,
      )
    )
      return false;
    // "The director asked me to replace her": a charge given, not others taking the work up.
    if (
      /\b(?:asked|invited) me$/.test(m[0]) &&
      /^ to (?!do the same|share|present (?:it|this|that|our|my)|extend|roll|teach (?:it|this|others)|repeat|spread)/.test(
        after0,
      )
    )
      return false;
    // Round eighteen: "a nurse asked me which rate was right", "she asked me whether…": a question
    // put to the member is the occasion of the story, not others taking the work up.
    if (/\basked me$/.test(m[0]) && /^ (?:which|what|whether|if|why|how|where|when|who|about)\b/.test(after0))
      return false;
    // Round eighteen: a restrictive "who" clause on a person the member brought in ("I brought in a
    // nurse who spoke their dialect better than I did", "a patient who agreed to talk to them")
    // says which person, not what came of the member's act; one told as a sequence ("two nurses
    // who then started using it") or after a comma (", who adopted it") can still be a result.
    const upToLast = before0 + m[0].replace(/\S+$/, '');
    if (
      /\b(?:i|we) [^.;]*?[a-z] who (?:[\w'-]+ ){0,6}$/.test(upToLast) &&
      !/\b(?:then|later|soon|afterwards|now|still|eventually|finally|since|quickly)\b/.test(
        upToLast.slice(upToLast.lastIndexOf(' who ')),
      )
    )
      return false;
    // "I taught it to the interns", "we showed it to the other wards": the member spreading the
    // thing is the member's deed; others taking it up is what came of it.
    if (
      re === RESULT_AFTER[4] &&
      (/\b(?:i|we) (?:also |then |later |personally |first )?$/.test(before0) || memberSecondPredicate(before0))
    )
      return false;
    // Round seventeen: "I kept the nurses updated", "I had the receptionists trained": the people
    // or things are the object of the member's own verb, and the participle says what the member
    // did to them, not what came of it.
    if (
      /\b(?:i|we) [^.;]{0,120}?\b(?:kept|keep|got|get|had|have|left|leave|made|make) $/.test(before0) &&
      /^(?:DET|NOUN|PRON|PROPN|ADJ|NUM)$/.test(s.tokens[s.canonTok[m.index] ?? 0]?.pos ?? '')
    )
      return false;
    // "a field that is still young": "that" after a noun opens a relative clause, and with a
    // copula it describes the noun, not a state the member's work reached ("a sheet that cut
    // missed results" still tells what the sheet did).
    if (
      /^that (?:is|are|was|were|remains|remained|became) still$|^that (?:is|are|remains|became)$/.test(m[0]) &&
      /^(?:NOUN|PROPN|ADJ)$/.test(s.tokens[(s.canonTok[m.index] ?? 0) - 1]?.pos ?? '')
    )
      return false;
    // Round twenty: a time word or a start told of the member's own next deed ("I wrote to the
    // office afterwards and asked…", "in the end I booked a course", "by the second week I was
    // entering the orders myself", "after that I began using a fixed order") moves the story on;
    // it is still the member acting, not what came of it. Attaining something ("after that I
    // passed") and a habit kept for good ("since then I always…") are still results.
    if (
      (re === RESULT[5] || re === RESULT_AFTER[7] || re === RESULT[10] || re === RESULT_AFTER[3]) &&
      ownNextDeed(s.canon, m.index, m[0], re)
    ) {
      // A later time word of others in the same sentence ("eventually I wrote the spec …, and the
      // change went live in about three weeks") still tells what came of it.
      const from = m.index + m[0].length;
      const again = new RegExp(re.source, 'g');
      const others =
        (re === RESULT[5] || re === RESULT_AFTER[7]) &&
        [...s.canon.slice(from).matchAll(again)].some((n) => !ownNextDeed(s.canon, from + n.index, n[0], re));
      if (!others) return false;
    }
    const at0 = s.tokens[s.canonTok[m.index] ?? 0]?.start ?? s.start;
    const beforeAction = firstAction < 0 || at0 < firstAction;
    // Round twenty-three: something the member received before doing anything ("I received a poor
    // grade on my case presentation") is what befell them, the occasion of the story.
    if (re === RESULT[19] && beforeAction && /\breceived$/.test(m[0])) return false;
    // Round twenty-two: "I wrote a checklist with the charge nurse and started a teaching session":
    // a party after a preposition is not the subject of the verb that follows; the member is.
    if (
      re === RESULT[7] &&
      /\b(?:with|to|for|from|alongside|beside|by) (?:the |our |my |a |an )?(?:[\w-]+ )?$/.test(before0)
    )
      return false;
    // Round twenty-two: "When our clinic started using an electronic appointment system, …" told
    // before the member did anything is how things stood when the story starts.
    if (
      re === RESULT[10] &&
      /\b(?:started|began|begun|start) using\b/.test(m[0]) &&
      firstAction >= 0 &&
      at0 < firstAction
    )
      return false;
    // Round fifteen: words someone said before the member acted ("the night registrar would say
    // 'everybody is stable'") report a claim made at the start, not what came of anything.
    // So do words someone used to say ("he would just say 'everybody is stable'").
    if (
      quotedAt(s, at0) &&
      (beforeAction || /\b(?:would|used to) (?:\w+ ){0,2}(?:say|tell|write|answer|reply|insist)\b/.test(before0))
    )
      return false;
    // Round fifteen: a change under a modal inside the phrase ("it will cut the repeats") is
    // expected, not one that came.
    if (/\b(?:will|would|could|might|may|should|can|going to)\b/.test(m[0])) return false;
    // "I finished the slides", "I completed the draft": a piece of the member's own work coming to
    // an end is the action ending, not what came of it.
    if (
      /\b(?:finished|completed)$/.test(m[0]) &&
      /^ (?:the|my|a|an|our|this|that|all the|writing|putting together) (?:[\w-]+ ){0,2}?(?:slides|deck|draft|notes|list|proposal|specification|spec|presentation|spreadsheet|template|form|document|write-up|summary|plan|handout|guide|analysis|review|chart review|data collection|sheet|log|questionnaire|survey|protocol|prototype|mock-up|mockup|script|code)\b/.test(
        after0,
      )
    )
      return false;
    // "drugs the patient had stopped months ago", told before anything was done: a past perfect
    // looks back from the story's time, so it is background.
    if (beforeAction && PAST_PERFECT.test(m[0])) return false;
    // "many nurses had stopped charting on paper": the auxiliary sits before the match, but the
    // change is still told as already done when the story starts.
    if (beforeAction && SOFT.has(re) && /\b(?:had|'d) (?:\w+ )?$/.test(before0)) return false;
    // Round twenty-three: a state joined to the member's past perfect ("I had done the question bank
    // twice and my practice scores were safe") looks back from the story's time as well: how things
    // stood before it, unless a word of sequence or consequence comes between.
    if (
      SOFT.has(re) &&
      /\b(?:i|we) (?:had|'d) (?:\w+ )?(?:\w+ed|done|taken|been|made|gone|seen|written|given|sat|spent)\b(?:(?!\b(?:so|then|after|afterwards|finally|eventually|in the end|as a result|until|but)\b)[^.;!?])*$/.test(
        before0,
      )
    )
      return false;
    // "When I was working in Lombok, many patients stopped coming": a change in the main clause of
    // a sentence that opens on a time clause is how things stood, unless it is measured.
    if (
      re === CHANGE_VERB &&
      /^(?:when|while|as|back when|at the time) (?:i|we) (?:\w+ )?(?:was|were|had been|am|worked|lived)\b/.test(
        s.canon,
      ) &&
      !/\b(?:after|once|since) (?:i|we)\b/.test(s.canon.slice(0, m.index)) &&
      // A year ("in 2022") is a date, not a measure.
      !/\b(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?\b|percent|half|a third|a quarter/.test(s.canon)
    )
      return false;
    if (SOFT.has(re)) {
      const at = at0;
      // A number makes it a measured change wherever it is told ("falls dropped by 30%").
      // A change told in the passive ("missed doses were reduced") says someone acted: a result
      // wherever it is told; "sugars went up" before anything was done is the problem.
      const passive =
        re === CHANGE_VERB &&
        /^(?:reduced|improved|decreased|increased|shortened|halved|doubled|tripled|lowered|eliminated|cut|resolved|fixed|solved|prevented|avoided|sped up|freed up)$/.test(
          m[0],
        ) &&
        /\b(?:was|were|has been|have been|had been|got|is|are) (?:\w+ )?$/.test(s.canon.slice(0, m.index));
      // A time phrase is the setting only when it comes before an action that is told ("two near
      // misses in one month, … I redrew the chart"); alone, "after that the backlog was gone within
      // a month" still says what came of it.
      const early =
        re === RESULT[5] || re === RESULT[7]
          ? firstAction >= 0 && at < firstAction
          : firstAction < 0 || at < firstAction;
      // The number must measure this change: in its own clause ("falls dropped by 30%"), not a
      // state beside it ("…, but the flowsheets were still half empty").
      // (A year, "in 2022", dates the setting; it measures nothing.)
      if (
        early &&
        !passive &&
        !/\b(?!(?:19|20)\d\d\b)\d|percent|half|a third|a quarter/.test(clauseAround(s.canon, m.index))
      )
        return false;
    }
    // "I had to deliver it by the end of the month": a time in a sentence of obligation is a deadline.
    // ("Afterwards fewer families asked us to explain it" tells a sequence, not a deadline.)
    if (
      re === RESULT[5] &&
      OBLIGATION.test(clauseAround(s.canon, m.index)) &&
      !/^(?:since then|from then on|ever since|after that|afterwards|in the end|eventually|ultimately)$/.test(m[0])
    )
      return false;
    // "she had lost fifteen kilograms since then": a past perfect looks back from the story's
    // time, so it is background, not what came of the member's act (one inside an aside, "…, which
    // had been common, were hard to find by the next audit", is not the sentence's own verb).
    if (
      re === RESULT[5] &&
      // (nor one inside words reported, "two residents told me it had changed how they…": the
      // tense of reported speech, not the sentence's own look back).
      PAST_PERFECT.test(
        s.canon
          .replace(/, (?:which|that|who) [^,]*,/g, ',')
          .replace(
            /\b(?:told (?:me|us|him|her|them)|said|wrote|admitted|reported|mentioned|explained) (?:that )?[^.;]*/g,
            '',
          ),
      ) &&
      !/\b(?:i|we) (?:\w+ )?(?:have|had) (?!been\b)\w+ed\b/.test(s.canon)
    )
      return false;
    if (re !== CHANGE_VERB) return true;
    const before = s.canon.slice(0, m.index);
    // "a shortened workflow", "the improved template": a participle naming a thing, not a change.
    if (/\b(?:a|an|the|our|my|their|this|that|its)\s+$/.test(before)) return false;
    // Round twenty-seven: so is one after a preposition and before its noun ("checked sugars at
    // fixed times", "on reduced doses"): the participle describes the noun.
    const k0 = s.canonTok[m.index] ?? 0;
    if (
      /^[a-z]+ed$/.test(m[0]) &&
      s.tokens[k0 - 1]?.pos === 'ADP' &&
      /^(?:NOUN|PROPN)$/.test(s.tokens[k0 + 1]?.pos ?? '')
    )
      return false;
    // The member's own verb, also as a second predicate ("I spoke with my supervisor and reduced
    // my hours"), is an action unless a measure says how much changed ("half-time" is not one).
    const own =
      /\b(?:i|we)\s+(?:\w+\s+)?$/.test(before) ||
      /\b(?:i|we) (?:[\w'-]+ ){1,8}and (?:then |also |later |quickly |finally |so )?$/.test(before) ||
      memberSecondPredicate(before);
    return !own || /\b(?!(?:19|20)\d\d\b)\d|percent|\bhalf\b(?!-)|third|quarter/.test(s.canon);
  });
}

/**
 * Round twenty: the clause of a time word (or a start, "began using") whose subject is the member
 * doing one more thing: a past deed that attains nothing, or "I was" + an activity.
 */
const ATTAIN =
  /^(?:passed|got|won|earned|received|matched|managed|succeeded|could|became|finished|completed|secured|obtained|reached|achieved|had|no|never|always|now|still|was able|were able|heard|saw|noticed|found|learned|learnt|realised|realized)$/;
const DURABLE = /^(?:since then|from then on|ever since)$/;
function ownNextDeed(canon: string, at: number, hit: string, re: RegExp): boolean {
  if (re !== RESULT[5] && re !== RESULT_AFTER[7]) {
    // "I started using a structure", "I also began using the checklist": the member's own start.
    return (
      /^(?:started|began|begun)\b/.test(hit) &&
      // Round twenty-six: "we started using it on the male ward" is the member's team putting its
      // own work into use, the last step of what was done; others starting to use it is a result.
      /\b(?:i|we) (?:also |then |soon |quickly |just |finally |eventually |all )?$/.test(canon.slice(0, at))
    );
  }
  if (DURABLE.test(hit)) {
    // Round twenty-seven: a state of mind held since then ("since then I have always wanted to be
    // more than…", "ever since, I have been fascinated by…") is how the member feels, not a habit
    // kept or anything that came of the episode.
    return /\b(?:i|we) (?:have |had |'ve )?(?:always |also |really |never |just )?(?:wanted|wished|dreamed|dreamt|hoped|loved|liked|felt|thought|believed|known|been (?:\w+ )?(?:fascinated|interested|passionate|curious|drawn|keen|eager|determined|motivated|inspired))\b/.test(
      clauseAround(canon, at),
    );
  }
  const clause = clauseAround(canon, at);
  // The member's work measured ("writing notes as fast as the interns", "in half the time") is a
  // change; so is another party's act joined after it (", and the attending wrote my letter").
  if (/\bas \w+ as\b|\b\w+er than\b|\bin (?:half|a third|a quarter)\b|\d/.test(clause)) return false;
  const rest = canon.slice(canon.indexOf(clause) + clause.length);
  if (
    /^,? (?:and|but|so) (?!(?:i|we)\b)(?:(?!(?:i|we)\b)[\w'-]+ ){1,4}?(?:\w+ed|wrote|gave|took|made|began|sent|chose|told|said|agreed|went|came|kept)\b/.test(
      rest,
    )
  )
    return false;
  // Round twenty-six: the team's next deed as well as the member's ("after that we presented the
  // pilot plan to the superintendent"); what the team had, got or saw after it still counts (ATTAIN).
  const own =
    /(?:^|[^\w'])(?:i|we) (?:(?:also|then|just|finally|quietly|first|simply|even|eventually|personally|all) )?(\w+)(?: (\w+))?/.exec(
      clause,
    );
  if (!own) return false;
  // Another subject nearer the time word ("afterwards the nurses were filling it in") is others.
  const rel = clause.indexOf(hit);
  // Round twenty-six: a second predicate of the same subject ("I made a table and showed it at the
  // next meeting") opens no new clause: "and" straight before a past verb has no subject of its own.
  const between = (
    rel < own.index ? clause.slice(rel + hit.length, own.index) : clause.slice(own.index + own[0].length, rel)
  ).replace(
    /,? and (?:then |also |later )?(?=(?:[a-z]+ed|showed|took|made|wrote|sent|gave|put|ran|told|brought|built|met|spoke|went|kept|set|taught|read|drew)\b)/g,
    ' ',
  );
  if (
    // ("it" after a verb or a preposition is an object: "showed it at the next meeting".)
    /\b(?:they|he|she|we|everyone|everybody|nobody|no one)\b|(?<!\b(?:[a-z]+ed|showed|took|made|wrote|sent|gave|put|ran|told|brought|built|met|set|taught|read|drew|to|at|on|in|of|with|for|into) )\bit\b|\b(?:the|our|their|his|her) (?:[\w-]+ ){0,2}?(?:was|were|had|did|got|became|\w+ed)\b|[,;]|\b(?:and|but|so|when|until|while)\b/.test(
      between,
    )
  )
    return false;
  const [, verb, next = ''] = own;
  if (ATTAIN.test(verb!) || ATTAIN.test(`${verb} ${next}`)) return false;
  if (/^(?:was|were)$/.test(verb!)) return /ing$/.test(next);
  return (
    /ed$/.test(verb!) ||
    /^(?:went|wrote|sat|made|took|spoke|met|sent|began|brought|built|put|ran|told|gave|spent|kept|set|did|drew|rang|read|taught|sought|chose|left|came|stood|began)$/.test(
      verb!,
    )
  );
}

/** Whether a text offset falls inside a quotation in the sentence ("'all quiet', he said"). */
function quotedAt(s: Sentence, at: number): boolean {
  const rel = at - s.start;
  for (const m of s.text.matchAll(/(?:^|[\s(:,])['‘"“]([^'’"”]{2,200}?)['’"”](?=[\s,.;:!?)]|$)/g)) {
    const from = (m.index ?? 0) + m[0].indexOf(m[1]!);
    if (rel >= from && rel < from + m[1]!.length) return true;
  }
  return false;
}

/**
 * Round fifteen: a verb in a clause that names where or when the story is set ("the district
 * hospital where I worked", "the year when I trained in Ghana") tells the setting, not a deed.
 */
const SETTING_VERB =
  /^(?:work|live|train|study|rotate|serve|practise|practice|intern|grow|stay|spend|start|be|base|post|station)$/;
function inSettingClause(s: Sentence, k: number): boolean {
  const t = s.tokens[k]!;
  return (
    /^(?:i|we)$/.test(s.tokens[k - 1]?.canon ?? '') &&
    /^(?:where|when|while)$/.test(s.tokens[k - 2]?.canon ?? '') &&
    /^(?:NOUN|PROPN)$/.test(s.tokens[k - 3]?.pos ?? '') &&
    SETTING_VERB.test(t.lemma.toLowerCase())
  );
}

/**
 * Round fifteen: seeing, watching or hearing someone else do something is not the member's deed,
 * and neither is the act seen: "I have seen senior doctors burn out", "I grew up watching him
 * teach and make decisions" (but "I saw the patient in clinic" is care given).
 */
const PERCEIVE = /^(?:see|watch|hear|observe|notice)$/;
function perceivedOnly(s: Sentence, k: number): boolean {
  const toks = s.tokens;
  const t = toks[k]!;
  const seenAct = (from: number) => {
    if (!/^(?:DET|PRON|NOUN|PROPN|ADJ|NUM)$/.test(toks[from]?.pos ?? '') || /^(?:i|we|myself)$/.test(toks[from]!.canon))
      return false;
    for (let j = from + 1; j < Math.min(toks.length, from + 7); j++) {
      const v = toks[j]!;
      if (/^[,.;:!?]$/.test(v.value) || /^(?:and|but|because|so|when|that|to|who|which)$/.test(v.canon)) return false;
      if (v.pos === 'VERB' && (v.canon === v.lemma.toLowerCase() || /ing$/.test(v.canon))) return true;
      // The tagger reads a bare verb after a plural object as a noun or adjective ("seen nurses
      // copy the signs", "noticed pharmacists chase doctors"): a singular word between a plural
      // or pronoun object and what it acts on is that verb.
      const prev = toks[j - 1]!;
      if (
        /^(?:NOUN|ADJ)$/.test(v.pos) &&
        !/s$/.test(v.canon) &&
        ((prev.pos === 'NOUN' && /s$/.test(prev.canon)) || /^(?:him|her|them)$/.test(prev.canon)) &&
        /^(?:DET|NOUN|PRON|ADP|NUM)$/.test(toks[j + 1]?.pos ?? '')
      )
        return true;
    }
    return false;
  };
  // The perceiving verb itself, with someone else's act after its object.
  if (PERCEIVE.test(t.lemma.toLowerCase()) && seenAct(k + 1)) return true;
  // The act seen: "watching him teach … and make decisions" (back to the perceiving verb).
  for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
    const v = toks[j]!;
    if (/^(?:i|we)$/.test(v.canon) || /^[.;:!?]$/.test(v.value)) return false;
    if (PERCEIVE.test(v.lemma.toLowerCase()) && v.pos === 'VERB' && seenAct(j + 1)) return true;
  }
  return false;
}

/** Round eighteen: a verb of coming to know followed by what was known (a clause, or "it when…"). */
const COME_TO_KNOW = /^(?:see|notice|observe|realise|realize|spot|discover|find|learn|recognise|recognize)$/;
function cameToKnow(s: Sentence, k: number): boolean {
  const t = s.tokens[k]!;
  if (!COME_TO_KNOW.test(t.lemma.toLowerCase())) return false;
  const next = s.tokens
    .slice(k + 1, k + 3)
    .map((x) => x.canon)
    .join(' ');
  return /^(?:that|how|what|which|why|when|where|whether)\b|^(?:it|this) (?:when|that|while|because|after)$/.test(next);
}

/**
 * Round twenty-one: outside a story, coming to realise something ("during my internship I
 * realised how much I enjoy teaching") is how the member came to know it, not a deed; a deed told
 * after it in the same sentence ("…, so I built a shared log") is still read there.
 */
const REALISED_SELF = /^(?:realise|realize|discover|learn|recognise|recognize|notice|see)$/;
function realisedOnly(s: Sentence, k: number): boolean {
  if (!REALISED_SELF.test(s.tokens[k]!.lemma.toLowerCase()) || !cameToKnow(s, k)) return false;
  const rest = s.tokens.slice(k + 1);
  return !rest.some(
    (t, j) =>
      (t.canon === 'i' || t.canon === 'we') &&
      // A new clause of the member's own ("…, so I built"), not the content realised ("that what I enjoyed").
      /^(?:so|and|then|,|;)$/.test(rest[j - 1]?.canon ?? '') &&
      rest.slice(j + 1, j + 4).some((v) => isPastTense(v) && !/^(?:was|were|had|became)$/.test(v.canon)),
  );
}

function any(res: readonly RegExp[], s: Sentence): boolean {
  return res.some((re) => re.test(s.canon));
}

/**
 * What kind of answer the question asks for, as far as STAR goes: a story (behavioural, a gap,
 * an exam), a background summary (the opener), a hypothetical or a definition, the member's
 * questions to the program, or why this program. Only stories are built of STAR parts; in the
 * other kinds a part counts only when the member actually tells a past episode.
 */
export type AnswerKind = 'story' | 'opener' | 'hypothetical' | 'to-program' | 'program-fit' | 'other';

const OPENER_Q =
  /\b(?:about yourself|introduce yourself|your (?:background|journey|story)|walk (?:me|us) through your (?:cv|background|journey|path))\b/i;
const HYPOTHETICAL_Q =
  /^(?:\W*)(?:what is|what's your understanding|what do you (?:know|understand)|how would you|how do you (?:define|approach|see|think)|suppose|imagine|if you|can you explain|could you explain|explain|define|how would|are you familiar|what makes|what would you|what are (?:the|your thoughts))\b/i;
const TO_PROGRAM_Q =
  /\b(?:questions? (?:do you have |would you have |you have )?for (?:us|me)|anything (?:else )?(?:you'?d|you would) (?:like to )?ask|what (?:can|could) i answer|what would you like to know about us|any questions|\b(?:what|anything)(?: else)? (?:(?:would|do) you|you(?:'d| would)?) (?:\w+ )?(?:like|want|wish|need) to (?:know|learn|find out|hear|ask|understand)(?: more)? about (?:us|(?:our|the|this) (?:program|programme|fellowship|team|department|division|training|residency|hospital|institution|curriculum|group))\b)\b/i;
// (Session 21: what the member knows of the program is about the program too.)
const PROGRAM_FIT_Q =
  /\bwhy (?:our|us|this|here)\b|\bwhat draws you to (?:our|this)\b|\bwhy (?:do you want to|did you) (?:train|apply|come|work|live) (?:in|to|at|here)\b|\bwhat do you know about (?:us|(?:our|this) (?:[\w-]+ )?(?:program|programme|fellowship|residency|track|hospital|institution|department|division|team|city))\b|\bwhy did you apply to (?:our|this|us)\b|\bwhy (?:are you interested in|do you want) (?:our|this)\b/i;
/** "Why Brookhaven?": a name after "why" (case matters here). */
const PROGRAM_NAME_Q = /\b[Ww]hy [A-Z][a-z]+\?/;

const PAST_PIECE_Q =
  /\b(?:project|initiative|change|problem|situation|case|experience|incident|mistake|conflict|disagreement|challenge|decision)s? (?:that |which )?you (?:have )?(?:were involved in|worked on|led|ran|built|handled|managed|faced|made|took part in|were part of|dealt with|solved|fixed|contributed to|participated in|helped (?:with|on)|were responsible for|designed|developed|implemented|improved|supported|joined)\b/i;

/**
 * Session 27: the question names a past event of the member's own, so it asks for the story of it
 * however it opens ("Can you explain your Step 1 failure?", "Walk me through how you dealt with a
 * workflow problem", "Explain what you did when the system went down"): "you" with a verb in the
 * past (regular -ed, or an irregular preterite: a closed class of English, not a list of topics),
 * after how, what, when or where ("why you chose informatics" asks for a motive; "if you ran the
 * discharge process" and "if you joined our team" are suppositions), not under a modal ("how
 * you would handle"), or "your" with a noun of something that happened
 * in a career (a failure, a gap, a mistake, a setback, a leave). "Explain your interest in…" names
 * a state, not an event, and stays as it was.
 */
const PAST_EVENT_Q = new RegExp(
  String.raw`\b(?:how|what|when|where) you (?:(?:first|then|actually|really|once|ever|eventually|finally) )?` +
    String.raw`(?!(?:need|feed|seed|speed|breed|proceed|exceed|succeed)\b)(?:[a-z]+ed|dealt|did|made|took|got|went|came|felt|found|chose|led|ran|built|wrote|faced|overcame|fought|lost|won|left|began|kept|brought|told|gave|met|saw|thought|knew|spent|sent|taught|caught|fell|held|paid|said|sought|stood|struck|understood|undertook)\b` +
    String.raw`|\byour (?:[\w-]+ ){0,3}?(?:failure|failures|mistake|mistakes|gap|setback|leave|absence|attempt|attempts|dismissal|resignation|probation|break|delay|error|errors|fail)\b(?! (?:rate|rates|mode|modes|analysis)\b)`,
  'i',
);

export function answerKind(question: string): AnswerKind {
  if (TO_PROGRAM_Q.test(question)) return 'to-program';
  if (PROGRAM_FIT_Q.test(question) || PROGRAM_NAME_Q.test(question)) return 'program-fit';
  if (OPENER_Q.test(question)) return 'opener';
  // Round seventeen: a question about a piece of the member's past ("what is a project you worked on
  // that you are proud of?", "walk me through an informatics project you were involved in") asks
  // for a story, however it opens.
  if (PAST_PIECE_Q.test(question)) return 'story';
  if (PAST_EVENT_Q.test(question)) return 'story';
  if (HYPOTHETICAL_Q.test(question)) return 'hypothetical';
  if (
    /\b(?:a time|an example|describe an?|tell (?:me|us) about (?:a|an|the|your)|what happened|how did you|walk (?:me|us) through (?:a|an|one))\b/i.test(
      question,
    )
  )
    return 'story';
  // Round twenty-two: the member's own past involvement asked in the present perfect ("How have you
  // been involved in improving workflow?", "What have you done to reduce alert fatigue?", "In what
  // ways have you contributed to…") asks for what they did, as "how did you" does.
  if (
    /\b(?:how|in what ways?) have you (?:\w+ )?(?:been involved|involved|contributed|helped|worked|improved|changed|handled|dealt|led|used|applied|made|taken part)\b|\bwhat have you (?:\w+ )?(?:done|built|led|changed|contributed|implemented|improved)\b/i.test(
      question,
    )
  )
    return 'story';
  // Round twenty: "tell me about" a thing the member went through or did, whatever its article:
  // "feedback that was hard to hear", "something you built", "learning a new skill", "working with
  // an IT team" ask for an episode as much as "tell me about a time" does.
  if (
    /\btell (?:me|us) (?:a (?:bit|little) )?(?:more )?about (?:(?:[a-z]+|(?:some|any)thing(?: \w+)?) (?:that |which )?(?:you )?(?:(?:have|had|once|really|recently|ever|first|just) )?(?:\w+ed|was|were|had|did|got|received|built|made|gave|heard|took|led|ran|wrote|found|saw|faced|overcame|went|brought|learn[et]|taught|won|lost|felt|kept|began|started|set up|came)\b|(?!(?:some|any|every|no)thing\b)[a-z]+ing\b(?! (?:in|into|as|for) (?:informatics|medicine|health ?care|this field|the field)\b))/i.test(
      question,
    )
  )
    return 'story';
  return 'other';
}

/** A past episode the member tells: first person, a verb in the past, and a time or place. */
const PAST_EPISODE =
  /\b(?:i|we) (?:\w+ )?(?:was|were|had|did|worked|noticed|saw|built|made|asked|started|joined|led|found|rotated|used|ran|wrote|tried|switched|moved|changed|pulled|set up|created|designed|realized|realised)\b/;

/**
 * Background and setting in a summary of oneself: "graduate from Cairo", "I grew up in Lahore";
 * told in headings ("Neurologist from Gdansk. Five years of stroke work.").
 */
const BACKGROUND =
  /^(?:an? )?(?:[\w-]+ ){0,2}(?:doctor|physician|nurse|resident|intern|surgeon|gp|pharmacist|graduate|img|[a-z]+ologist|[a-z]+iatrician|[a-z]+ist|[a-z]+ian) (?:from|in|at|based in|trained in) [a-z]|^(?:\w+ )?(?:years?|decades?) of (?:[\w-]+ ){0,2}(?:work|practice|experience|training|medicine|care)\b|\b(?:graduat(?:e|ed) (?:from|of)|grew up in|born in|i am from|i'm from|i am (?:a|an) (?:[\w-]+ ){0,2}from|trained (?:at|in)|from [a-z]+,? (?:19|20)\d\d|(?:my|our) (?:previous|old|former|last|home|current) (?:program|programme|hospital|job|residency|school|country|clinic|team|role|position)|(?:a|one|our|my) (?:\w+ )?(?:co-resident|colleague|patient|nurse|attending|senior|junior|intern|resident|pharmacist|coordinator|manager|consultant|supervisor|sister|brother|mother|father|grandmother|grandfather) (?:\w+ )?(?:kept|was|had|came|did|would|refused|asked|forgot|missed|told|called|got|became|lives?|lived)|i (?:\w+ )?once\b|(?<!\bat )\bonce(?=,)|(?:when|after|before|while) (?:i|we|our|my|the) (?:\w+ ){0,2}(?:\w+ed|was|were|had|did|switched|moved|changed|rotated|started|began|went|came|got))\b/;

/**
 * Round seventeen: how things stand now where the member works, told in the present: a share of
 * the member's own people ("most of our patients") or the member's own place ("on my ward the
 * nurses…") followed by a verb in the present, not under a modal or a wish ("at my hospital I
 * would…", "on my ward I want to…").
 */
const STANDING_FRAME =
  /\b(?:(?:most|many|half|some|all) of (?:our|my) (?:[\w-]+ ){0,2}?(?:patients|nurses|doctors|residents|staff|wards|clinics|families|admissions|discharges)|(?:in|at|on) (?:our|my) (?:[\w-]+ ){0,2}(?:hospital|ward|clinic|unit|department|icu|practice))\b/;
function standingNow(s: Sentence): boolean {
  const m = STANDING_FRAME.exec(s.canon);
  if (!m) return false;
  const k = s.canonTok[m.index] ?? 0;
  for (let j = k + 1; j < Math.min(s.tokens.length, k + 12); j++) {
    const t = s.tokens[j]!;
    if (/^(?:would|could|will|should|might|'d|if)$/.test(t.canon) || /^[.;:!?]$/.test(t.value)) return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !isPastTense(t) && !/ing$/.test(t.canon) && t.canon !== 'be')
      return !/^(?:want|hope|plan|wish|like|love|intend|aim|need)$/.test(t.lemma.toLowerCase());
  }
  return false;
}

/**
 * Round twenty-three: getting or receiving something sent or given to the member ("I got a lower
 * mark than I expected", "I received a call from the pharmacist", "I got an angry email") is what
 * befell them, the occasion of the story, not something they did.
 */
const RECEIVED_THING =
  /^(?:(?:a|an|the|my|his|her|their|our|one|two|several|some|many|lots of|a lot of|an? \w+) )?(?:[\w-]+ ){0,2}?(?:mark|marks|grade|grades|score|scores|result|results|call|calls|phone call|email|emails|e-mail|message|messages|letter|letters|feedback|complaint|complaints|page|pages|notice|warning|evaluation|evaluations|review|reviews|rejection|rejections|comment|comments|report|reports|question|questions|referral|referrals)\b/;
function receivedOnly(s: Sentence, k: number): boolean {
  const t = s.tokens[k]!;
  if (!/^(?:got|get|gets|received|receive|receives|was given|had)$/.test(t.canon)) return false;
  const after = s.tokens
    .slice(k + 1, k + 7)
    .map((x) => x.canon)
    .join(' ');
  return RECEIVED_THING.test(after);
}

/**
 * Session 22: in an opener ("Tell me about yourself"), a verb in the simple present says what the
 * member is like or does as a rule ("outside work I run and cook", "I teach a weekly ECG
 * session"): a description of the person, not a deed of an episode. A present perfect ("I have
 * built…") or a past still tells something done.
 */
function presentHabit(s: Sentence, k: number): boolean {
  const t = s.tokens[k]!;
  if (t.pos !== 'VERB' || isPastTense(t) || /ing$/.test(t.canon)) return false;
  const before = s.tokens.slice(Math.max(0, k - 3), k);
  // "I have built", "I've led", "I'd like to…": not a plain present.
  if (before.some((x) => /^(?:have|has|'ve|had|will|would|'d|to|did|was|were)$/.test(x.canon) || isPastTense(x)))
    return false;
  // A present deed with a thing acted on is the member's work now ("I build dashboards for our
  // sepsis team"), which a summary of themselves counts as an action; only a habit with nothing
  // acted on ("outside work I run and I cook") describes the person.
  // Told as time off work ("away from work I coach the netball side"), it is a habit either way.
  const offWork =
    /\b(?:away from|outside(?: of)?) (?:work|the hospital|medicine)\b|\bin my (?:free|spare) time\b|\b(?:on|at) (?:the )?weekends?\b|\bas a hobby\b|\bfor fun\b/.test(
      s.canon,
    );
  if (!offWork && /^(?:NOUN|PROPN|DET|NUM|PRON|ADJ)$/.test(s.tokens[k + 1]?.pos ?? '')) return false;
  return (
    /^(?:i|we)$/.test(s.tokens[k - 1]?.canon ?? '') ||
    /^(?:i|we) (?:\w+ )?$/.test(before.map((x) => x.canon).join(' ') + ' ')
  );
}

const PSEUDO_CLEFT = /\bwhat (?:i|we) did\b[^.;]{0,30}\bwas\b/;

/** STAR parts of an already-parsed answer; fillers are set aside first so they break no phrase. */
export function starOf(parsed: TextDoc, question = '', cues?: StarCues): StarParts {
  const kind = answerKind(question);
  const none = { situation: false, task: false, action: false, result: false };
  if (cues) cues.kind = kind;
  if (kind === 'to-program' || kind === 'program-fit') return none;
  const doc = analyse(withoutFillers(parsed.text));
  const ss = doc.sentences;
  if (cues) cues.sentences = ss;
  const parts = starParts(ss, kind, cues);
  if (cues) cues.selfPitch = kind === 'other' && SELF_PITCH_Q.test(question);
  // Round thirty, speech act of the question: asked to sell themselves ("Why should we choose
  // you?"), a member listing credentials ("I was top of my class, I led the residents' council")
  // tells no episode; only a story with a charge in it ("the owner asked me to lead the change
  // to an electronic record…") is built of STAR parts.
  if (kind === 'other' && SELF_PITCH_Q.test(question) && !parts.task) return none;
  return parts;
}

/** A question asking why the program should take the member over others. */
const SELF_PITCH_Q =
  /\bwhy should (?:we|i|they|the (?:program|programme|committee)) (?:\w+ )?(?:choose|pick|select|take|hire|rank|accept|match|consider) you\b|\bwhat (?:sets|makes) you (?:apart|stand out|the (?:best|right|strongest)|a (?:better|stronger|strong|good) (?:candidate|fit|applicant))\b/i;

/**
 * What the detectors saw on the way to their decisions, for the learned reading stacked on them
 * (src/mock/star-ml.ts): counts and positions of the cues each part is built from. Filling it
 * never changes a decision.
 */
export interface StarCues {
  kind: AnswerKind;
  /** The sentences read (fillers set aside); empty for a question to the program. */
  sentences: readonly Sentence[];
  selfPitch: boolean;
  episode: boolean;
  /** Sentence indexes that set the scene, and which kind of cue did. */
  setting: number[];
  situationPatterns: number;
  background: number;
  placeOpenings: number;
  standingNow: number;
  /** Deeds found before and after the filters (setting clause, perceived, received, realised, habit). */
  rawActions: number;
  actions: number[];
  cameToKnow: number;
  teamActs: number;
  /** Index of the sentence where the member (or the team) first did something; -1 when nowhere. */
  firstDeed: number;
  /** Sentences a TASK pattern matched at all, those where the charge was held, and those a plan voided. */
  taskMatched: number;
  task: number[];
  taskInPlan: number;
  unowned: number;
  reliedOn: number;
  onlyAble: number;
  planGoal: number;
  noFault: boolean;
  /** Sentences read as a result before the filters, each filter's count, and those kept. */
  rawResults: number;
  lesson: number;
  beforeAny: number;
  hoped: number;
  generalTruth: number;
  results: number[];
  openerResults: number;
  outcomes: number;
}

export function emptyCues(): StarCues {
  return {
    kind: 'other',
    sentences: [],
    selfPitch: false,
    episode: false,
    setting: [],
    situationPatterns: 0,
    background: 0,
    placeOpenings: 0,
    standingNow: 0,
    rawActions: 0,
    actions: [],
    cameToKnow: 0,
    teamActs: 0,
    firstDeed: -1,
    taskMatched: 0,
    task: [],
    taskInPlan: 0,
    unowned: 0,
    reliedOn: 0,
    onlyAble: 0,
    planGoal: 0,
    noFault: false,
    rawResults: 0,
    lesson: 0,
    beforeAny: 0,
    hoped: 0,
    generalTruth: 0,
    results: [],
    openerResults: 0,
    outcomes: 0,
  };
}

/** Fill the cues (see StarCues) from what starParts read; only called when asked for. */
function recordCues(
  cues: StarCues,
  ss: readonly Sentence[],
  kind: AnswerKind,
  setting: (s: Sentence) => boolean,
  episode: boolean,
): void {
  cues.episode = episode;
  cues.setting = ss.filter(setting).map((s) => s.index);
  cues.situationPatterns = ss.reduce((n, s) => n + SITUATION.filter((re) => re.test(s.canon)).length, 0);
  cues.background = ss.filter((s) => BACKGROUND.test(s.canon)).length;
  cues.placeOpenings = ss.filter(placeOpening).length;
  cues.standingNow = ss.filter(standingNow).length;
  cues.taskMatched = ss.filter((s) => TASK.some((re) => re.test(s.canon))).length;
  const held = ss.filter((s) => taskOfKind(s, kind));
  cues.taskInPlan = held.filter((s) => PLAN_SENTENCE.test(s.canon) && !s.tokens.some(isPastTense)).length;
  cues.unowned = ss.filter(unownedIn).length;
  cues.reliedOn = ss.filter(reliedOnIn).length;
  cues.onlyAble = ss.filter(onlyAbleIn).length;
  cues.planGoal = ss.filter((s) => PLAN_GOAL.test(s.canon)).length;
  cues.noFault = noFaultTakenOn(ss);
  cues.outcomes = outcomesIn(ss).length;
}

/** STAR parts of an answer of a given kind (see starOf). */
function starParts(ss: readonly Sentence[], kind: AnswerKind, cues?: StarCues): StarParts {
  const none = { situation: false, task: false, action: false, result: false };
  const setting = (s: Sentence) => any(SITUATION, s) || BACKGROUND.test(s.canon) || placeOpening(s);
  // Outside stories, STAR parts belong to a past episode only: "I would look at the data" is a plan.
  const episode = ss.some((s) => PAST_EPISODE.test(s.canon) || tellsPast(s)) && ss.some(setting);
  // Round seventeen: with no episode, a hypothetical answer that says how things stand now where the
  // member works ("most of our patients go home without understanding their medicines") still
  // sets the scene; nothing else of STAR is read in a plan.
  if (cues) recordCues(cues, ss, kind, setting, episode);
  if (kind === 'hypothetical' && !episode) return { ...none, situation: ss.some(standingNow) };
  // Outside stories and openers a thing done is told in the past: "I enjoy bringing a team
  // together", "I learn quickly" describe the member, they are not actions of an episode.
  const found = actionsIn(ss, { story: true, openPast: kind === 'story' || kind === 'hypothetical' });
  if (cues) cues.rawActions = found.length;
  const actions = found.filter(
    (a) =>
      !inSettingClause(a.sentence, a.token) &&
      !perceivedOnly(a.sentence, a.token) &&
      !receivedOnly(a.sentence, a.token) &&
      !(kind !== 'story' && realisedOnly(a.sentence, a.token)) &&
      !(kind === 'opener' && presentHabit(a.sentence, a.token)) &&
      (kind === 'story' ||
        kind === 'opener' ||
        isPastTense(a.sentence.tokens[a.token]!) ||
        tellsPast(a.sentence) ||
        a.sentence.tokens
          .slice(Math.max(0, a.token - 3), a.token)
          .some((t) => isPastTense(t) || /^(?:have|has)$/.test(t.canon))),
  );
  // Round seventeen: the deed told in a pseudo-cleft, "what I did next was sit with the pharmacist".
  for (const s of ss) {
    if (!PSEUDO_CLEFT.test(s.canon)) continue;
    const k = s.tokens.findIndex(
      (t, j) =>
        t.pos === 'VERB' &&
        t.canon === t.lemma.toLowerCase() &&
        /^(?:i|we) did (?:(?:next|then|first|afterwards|instead|about it|straight away) )?was (?:to )?$/.test(
          s.tokens
            .slice(Math.max(0, j - 6), j)
            .map((x) => x.canon)
            .join(' ')
            .replace(/^.*?\b(?=(?:i|we) did\b)/, '') + ' ',
        ) &&
        s.tokens.slice(Math.max(0, j - 7), j).some((x) => x.canon === 'what'),
    );
    if (k >= 0 && !actions.some((a) => a.sentence === s)) actions.push({ sentence: s, token: k });
  }
  actions.sort((a, b) => a.sentence.index - b.sentence.index || a.token - b.token);
  // Round eighteen: noticing or realising that something was so ("I noticed that many patients
  // were discharged without…", "I noticed it when a nurse asked me…") is how the member came to
  // know the problem; what is told after it is still the setting until the member does something.
  if (cues) {
    cues.actions = actions.map((a) => a.sentence.index);
    cues.cameToKnow = actions.filter((a) => cameToKnow(a.sentence, a.token)).length;
    cues.teamActs = ss.filter((s) => /\bwe\b/.test(s.canon) && teamActs(s)).length;
    const raw = ss.filter((s) => isResult(s, -1));
    cues.rawResults = raw.length;
    cues.lesson = raw.filter((s) => LESSON_ONLY.test(s.canon)).length;
    cues.beforeAny = raw.filter((s) => BEFORE_ANY.test(s.canon)).length;
    cues.hoped = raw.filter(hopedOnly).length;
    cues.generalTruth = raw.filter(generalTruth).length;
  }
  const first = actions.find((a) => !cameToKnow(a.sentence, a.token));
  const memberAt = first ? (first.sentence.tokens[first.token]?.start ?? first.sentence.start) : -1;
  // What the team did ("when we moved it into the order set") also starts what comes of it.
  // Round twenty-three: only a deed of the team starts it; what the team received, had or met
  // ("we received a donation of tablets", "we got a new system", "we saw more falls") is the setting.
  const team = ss.find((s) => /\bwe\b/.test(s.canon) && teamActs(s));
  const teamAt = team ? team.start : -1;
  const firstAction = memberAt < 0 ? teamAt : teamAt < 0 ? memberAt : Math.min(memberAt, teamAt);
  if (cues) cues.firstDeed = firstAction < 0 ? -1 : (ss.find((s) => s.end > firstAction)?.index ?? -1);
  const results = ss.filter(
    (s) =>
      !LESSON_ONLY.test(s.canon) &&
      !BEFORE_ANY.test(s.canon) &&
      !hopedOnly(s) &&
      !generalTruth(s) &&
      isResult(s, firstAction) &&
      // In an opinion or a hypothetical, a present-tense generality ("young doctors spend less
      // time listening") is not something that came of an episode.
      (kind === 'story' || kind === 'opener' || s.tokens.some(isPastTense) || NOW_STATE.test(s.canon)),
  );
  // A credential in a summary of oneself ("passed Step 1", a role held) is background, not what
  // came of a story; a change it measures ("errors fell by half") still is. A piece of work
  // finished and put out under the member's name (a paper, a degree, a certification earned) is
  // what came of the years summarised, so it counts there.
  const openerResults =
    kind === 'opener'
      ? results
          .filter(
            (s) =>
              !/\bpass(?:ed)?\b|\bscor/.test(s.canon) &&
              (!outcomesIn([s]).length ||
                MEASURED_CHANGE.test(s.canon) ||
                TAKEN_UP.test(s.canon) ||
                // Session 29: work taken up by others, or a change between two amounts, is what came
                // of it in a summary too, not a credential.
                TAKEN_UP_BY_OTHERS.test(s.canon) ||
                USED_BY_OTHERS.test(s.canon) ||
                FROM_TO_AMOUNT.test(s.canon) ||
                OTHERS_STILL_USE.test(s.canon)),
          )
          .concat(ss.filter((s) => workPutOut(s)))
      : results;
  if (cues) {
    cues.results = results.map((s) => s.index);
    cues.openerResults = openerResults.length;
    cues.task = ss.filter((s) => taskOfKind(s, kind)).map((s) => s.index);
  }
  return {
    situation: ss.some(setting),
    // "First I would want to understand why": a goal inside a plan is not a task that was had.
    task:
      ss.some(
        (s) =>
          taskOfKind(s, kind) &&
          !(PLAN_SENTENCE.test(s.canon) && !s.tokens.some(isPastTense)) &&
          // Outside stories and openers a goal told in the present ("my goal is to lead", "a step
          // toward that goal") is an aspiration, not a charge held in an episode.
          // ("tools are used" is a passive in the present, not a past.)
          (kind === 'story' ||
            kind === 'opener' ||
            s.tokens.some((t, k) => isPastTense(t) && !/^(?:is|are|am|be|being)$/.test(s.tokens[k - 1]?.canon ?? ''))),
      ) ||
      ss.some((s) => unownedIn(s) && actions.some((a) => a.sentence.index >= s.index)) ||
      (kind === 'story' && !!first && ss.some((s) => s.index <= first.sentence.index && undertakingIn(s))) ||
      (kind === 'story' && ss.some((s) => reliedOnIn(s) && actions.some((a) => a.sentence.index > s.index))) ||
      (kind === 'story' && ss.some((s) => onlyAbleIn(s) && actions.some((a) => a.sentence.index >= s.index))) ||
      // Round twenty-one: asked what they would do, the member names the aim and then tells a
      // past episode that carried it out ("I would try first to understand what the alert means
      // to her. On our ward last year…"): the aim is the task of that episode.
      (kind === 'hypothetical' && episode && actions.length > 0 && ss.some((s) => PLAN_GOAL.test(s.canon))) ||
      noFaultTakenOn(ss),
    action: actions.length > 0,
    result: openerResults.length > 0,
  };
}

/**
 * Round fifteen: a duty or an open question that belonged to no one ("discharge letters were
 * nobody's job", "nobody owning the reconciliation", "she said no one had ever checked", "no one
 * could say how many were real"), followed by what the member did, is the charge the member took
 * up. A skill nobody had ("nobody knew how to use it") is how things stood, not a charge.
 * Round twenty-seven: so is a role nobody wanted ("nobody in our unit wanted to be the super-user,
 * so I said yes").
 */
const UNOWNED =
  /\b(?:(?:nobody|no one|no-one)(?:'s (?:job|responsibility|task|business|problem)| (?:[\w-]+ ){0,3}?(?:owned|owning|owns|was (?:responsible|in charge|tracking|checking|watching|looking)|took (?:charge|ownership|responsibility)|(?:knew|knows|could (?:say|tell|answer|explain)) (?:how (?:often|many|much|long|well)|whether|if|why|which|what (?:\w+ )?(?:was|were|caused|happened))|had (?:ever )?(?:checked|measured|counted|looked|audited|tracked|asked)|(?:wanted|was willing|volunteered|offered) to (?:be|take|do|lead|run|own|handle|learn) (?:the|it|this|that|on)\b))|belonged to (?:nobody|no one)|(?:nobody|no one) (?:did|had|knew)\s*[.!?]?$)/;

/** UNOWNED in a main clause: "results nobody had looked at" names the results, it gives no charge. */
function unownedIn(s: Sentence): boolean {
  const m = UNOWNED.exec(s.canon);
  if (!m) return false;
  const k = s.canonTok[m.index] ?? 0;
  // Round twenty-seven: told as the reason of a deed already told ("I started helping with the
  // reports, because nobody else wanted to do it"), it explains the deed; the charge the story
  // starts from comes before what the member did.
  if (/\bbecause (?:\w+ )?$/.test(s.canon.slice(0, m.index))) return false;
  return !/^(?:NOUN|PROPN)$/.test(s.tokens[k - 1]?.pos ?? '');
}

/**
 * Round seventeen: a fault that belonged to no one ("nobody had done anything wrong", "no one was
 * to blame as such") is a problem of the system, and the member who then changed something took
 * it on as theirs. Looking or talking afterwards does not take it on, so a change must follow.
 */
const NO_FAULT =
  /\b(?:nobody|no one|no-one|none of us) (?:\w+ ){0,2}?(?:was (?:really |actually )?(?:to blame|at fault)|(?:had )?(?:done|did) (?:anything|something) wrong|had made (?:a|any) (?:\w+ )?(?:mistake|error)|made (?:a|any) (?:\w+ )?(?:mistake|error))\b/;
const REMEDY_DONE =
  /\b(?:i|we) (?:\w+ ){0,3}?(?:set up|changed|built|created|made|introduced|fixed|redesigned|rewrote|added|moved|started|arranged|asked (?:the|our|them|him|her) (?:[\w-]+ ){0,3}?to)\b/;
function noFaultTakenOn(ss: readonly Sentence[]): boolean {
  const i = ss.findIndex((s) => NO_FAULT.test(s.canon));
  return i >= 0 && ss.slice(i + 1).some((s) => REMEDY_DONE.test(s.canon) && tellsPast(s));
}

/**
 * Round thirty-three: the work fell to the member because nobody else could do it ("nobody else on
 * the ward could read the old Arabic notes, so I…", "I was the only one on the team who spoke the
 * families' dialect"). "Else" and "only" set the member apart as the one able; a skill nobody had
 * ("nobody knew how to use it") names how things stood. Read in stories, and only when the
 * member's deeds are told in that sentence or after it.
 */
const ABLE =
  '(?:could|knew how to|was able to|were able to|spoke|read|understood|had (?:the )?(?:time|access|training|skills?|language))';
const ONLY_ABLE = new RegExp(
  `\\b(?:(?:nobody|no one|no-one) else|none of the others)(?: (?:on|in|at|from) (?:the |our |my |that )?[\\w-]+)? (?:[\\w-]+ ){0,2}?${ABLE}\\b|\\bi was the only (?:[\\w-]+ )?(?:one|person|doctor|resident|intern|member|clinician|physician)(?: (?:on|in|at|from) (?:the |our |my |that )?[\\w-]+)? (?:who|that) (?:\\w+ )?${ABLE}\\b`,
);
function onlyAbleIn(s: Sentence): boolean {
  const m = ONLY_ABLE.exec(s.canon);
  return !!m && heldTask(s, s.canon, m);
}

/**
 * Session 23 (batch AK): the venture the member set out on, told as the story's first deed, is the
 * charge they took on even without a word of duty: a change they proposed ("I proposed an
 * electronic checklist for line insertion", "so I suggested a whiteboard at the nurses' station"),
 * or a piece of work entered with its aim ("I started a project to digitise the appointment book",
 * "I worked on a project to predict who would miss follow-up", "I was part of a campaign to improve
 * hand hygiene"). Read in stories only, and only up to the member's first deed: a proposal made
 * after the member had acted ("since then I suggested to the chief resident that…") is a deed or
 * what came of one, and a wish or plan ("I would propose…") is neither.
 */
const UNDERTAKEN_THING =
  '(?:project|pilot|study|analysis|audit|review|campaign|initiative|effort|model|dashboard|register|registry|checklist|tool|scheme|survey|trial|database|tracker|app|programme)';
const UNDERTAKING = new RegExp(
  `\\b(?:i|we) (?:\\w+ )?(?:proposed|suggested|pitched|put forward) (?:(?:a|an|the|our|my) (?!(?:way|time|meeting|talk|chat|call|compromise|conversation)\\b)|(?:using|moving|sending|adding|building|creating|replacing|introducing|starting|setting up)\\b)|\\b${UNDERTAKEN_THING}s? (?:to|that would|aimed at|aiming to) ([a-z]+)`,
);
function undertakingIn(s: Sentence): boolean {
  if (PLAN_SENTENCE.test(s.canon) && !s.tokens.some(isPastTense)) return false;
  const m = UNDERTAKING.exec(s.canon);
  if (!m) return false;
  // The member's own venture: told by "I"/"we", or a thing the member ran.
  if (!/^(?:i|we)\b/.test(m[0]) && !/\b(?:i|we|my|our)\b/.test(s.canon.slice(0, m.index))) return false;
  // The aim is a deed to be done ("a project to digitise"), not where the thing went ("a survey to
  // two hundred patients", "a report to the IT department").
  if (m[1]) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    const tok = s.tokens.find((t) => t.start - s.start === at || t.canon === m[1]);
    if (!tok || tok.pos !== 'VERB') return false;
  }
  return heldTask(s, s.canon, m);
}

const PLAN_SENTENCE = /\b(?:i|we) (?:\w+ )?(?:would|will|could|might|should)\b/;
/** An aim named in a plan: "I would try first to understand…", "I would want to find out whether…". */
const PLAN_GOAL =
  /\b(?:i|we) (?:would|will|'d|'ll) (?:\w+ )?(?:try|want|aim|seek|look|need|set out|work|start by trying) (?:first |initially |above all )?to (?:\w+ )?(?:understand|find out|learn|see|know|figure out|work out|get|fix|solve|address|reduce|improve|stop|make sure|ensure|bring|help|change)\b/;

/**
 * Round twelve: a task is a charge the member held, so a phrase of charge is read in its clause.
 * - Negated, it was not held: "I never wanted to choose", "nobody asked me to".
 * - An obligation or choice to leave or stop is what happened to the member, not something to
 *   achieve: "I had to leave after the second year", "I decided to quit the program".
 * - Governed by a wish told in the present, it is an aspiration: "I want to fix that layer".
 * - Another person's charge to a third party is theirs: "the director asked IT to fix the field".
 * - A one-word goal noun must be a noun: "the evaluations were not objective" is a judgement.
 * A second predicate shares the member as subject ("I joined the unit and was in charge of the
 * audit", "took over the clinic and had to get the register working"), so it is read with "I".
 */
const NEGATION_BEFORE = /\b(?:not|never|no one|nobody|neither|nor|hardly)\b(?: [\w-]+){0,2} ?$/;
const NEGATION_INSIDE = /^(?:(?:so|and|but) )?(?:i|we) (?:\w+ )?(?:not|never)\b/;
const DEPARTURE =
  /^(?:\w+ )?(?:leave|quit|resign|withdraw|drop out|give up|stop|abandon|relocate|emigrate|move (?:back|away|home|abroad|out|on|to)|go (?:back|home|abroad)|return (?:home|to my country)|take (?:a |some )?(?:break|time off|leave))\b/;
const PRESENT_WISH =
  /\b(?:i|we) (?:\w+ )?(?:want|wish|hope|plan|intend|aim|dream|(?:would|'d) (?:\w+ )?(?:like|love)|am (?:hoping|planning|aiming|looking forward)) (?:to|a|an|some|more)\b(?:(?!\b(?:but|when|because|after|then|so)\b)[^.;:])*$/;
const OTHERS_CHARGE =
  /\b(?:asked|told|got|wanted|needed|had|made|let|allowed|helped|pushed|urged|persuaded|convinced) (?!(?:me|us|myself|ourselves)\b)(?:[\w'-]+ ){1,3}$/;
const SECOND_PREDICATE =
  /(\bi\b[^.;]*?\band )(?=(?:then |also |later |soon |so )?(?:was|were|had to|needed to|became|took (?:over|on|charge)|ended up)\b)/g;
/**
 * Session 21 (batch AG): a charge that reached the member from others or from the moment, told
 * without a word of duty: the work landed on their desk or plate, someone brought or referred the
 * problem to them, someone asked them whether it could be done, or the hours or the problem "were
 * mine".
 */
TASK.push(
  /\b(?:landed|fell|ended up|came|arrived) (?:\w+ )?(?:on my (?:desk|plate|table|lap)|in my (?:inbox|lap|tray))\b|\b(?:brought|referred|escalated|forwarded|sent|took) (?:the |this |that |his |her |their |our )(?:[\w-]+ ){0,2}?(?:problem|issue|question|complaint|case|request|mess|backlog) (?:straight |directly )?to me\b|\basked me (?:whether|if) (?:we|i) (?:could|can|might|would be able to) (?!not\b)[a-z]+|\bthe (?:(?:next|following|first) (?:\w+ )?(?:hours?|minutes|night|shift|days?)|rest of the (?:night|shift|day)|problem|job|decision|call|fix) (?:was|were) (?:all |entirely |now )?mine\b/,
);
/**
 * Session 23 (batch AK): the venture of a group the member belonged to, named with what the group
 * was making or meant to change, is the member's charge too: "I was in a group of four residents
 * building a dashboard of antibiotic days", "we were on a small team set up to replace the paper
 * drug charts". A group named by what it is ("I was on the quality committee") carries none.
 */
TASK.push(
  /\b(?:i|we) (?:was|were) (?:\w+ )?(?:(?:in|on|part of|one of|a member of) )?(?:a|the|our) (?:[\w-]+ ){0,4}?(?:group|team|committee|task ?force|working group)\b[^.;]{0,50}?\b(?:building|developing|designing|creating|setting up|writing|making|running|working on|to (?:build|develop|design|create|set up|write|make|run|reduce|improve|cut|fix|replace))\b/,
);
/**
 * Session 35 (batch AY): a charge told without a word of duty, in four more shapes.
 * - A time allowed for something to be done: "I had three months to become functional in
 *   Spanish", "we were given ten days to get the new rota ready", "with only a week to prepare the
 *   ward for go-live". The time is the deadline, so the thing is the task. (A time spent, "I had two
 *   weeks off", carries no "to" and is not read.)
 * - A decision the member or the team took to make or change something, told before the deeds: "we
 *   decided to build an automatic transfer", "my colleague and I made up our minds to put the
 *   referral form online". A decision to leave is a departure (DEPARTURE), not a charge.
 * - A thing nobody else would do, taken up by the member in the same sentence, the reason put first:
 *   "because nobody else would do it, I took the alert logs myself", "since no one else was willing,
 *   I…", "as none of the seniors wanted it, I…" (told after the deed it is only its reason: UNOWNED).
 * - A venture the member started, named as what the story is about: "the football academy I
 *   started for boys", "a reading club I set up for teenagers", "the outreach weekend I organised".
 * - The one doing a duty, told with a participle: "I was the one answering every pager call".
 */
const TIME_SPAN = String.raw`(?:(?:only|just|about|barely|less than|under|no more than) )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|a few|a couple of|\d+) (?:more )?(?:days?|weeks?|months?|hours?|minutes|nights?|shifts?|years?)`;
const MAKE_VERB = String.raw`(?:build|make|create|design|set up|start|introduce|put|move|change|replace|digiti[sz]e|automate|computeri[sz]e|redesign|rewrite|write|develop|launch|pilot|try|run|fix|add|bring|get|standardi[sz]e|simplify|merge|link|connect|track|audit|review|stop|cut|reduce)`;
const VENTURE = String.raw`(?:club|academy|choir|group|school|class|classes|clinic|outreach|camp|drive|library|league|team|society|charity|fund|project|programme|program|initiative|campaign|network|newsletter|workshop|course|circle|band|website|app)`;
TASK.push(
  new RegExp(
    String.raw`\b(?:i|we) (?:\w+ )?(?:had|was given|were given|got|was left with|were left with|was allowed|were allowed) ${TIME_SPAN}(?: (?:in total|left|in all))? to (?!(?:spare|rest|relax|recover|myself|ourselves|think)\b)[a-z]+|^(?:and |so |but )?with (?:only |just |barely )?${TIME_SPAN} (?:left )?to [a-z]+`,
  ),
  new RegExp(
    String.raw`\b(?:i|we|(?:[\w-]+ )?and i) (?:\w+ )?(?:decided|chose|resolved|made up (?:my|our) minds?|agreed among ourselves|set ourselves|set myself) to (?:\w+ )?${MAKE_VERB}\b`,
  ),
  /^(?:and |so |but )?(?:because|since|as) (?:nobody|no one|no-one|none of (?:the|them|us|my) ?[\w-]*)(?: else)? (?:\w+ ){0,2}?(?:would|wanted to|was willing to|were willing to|volunteered|offered|could be bothered|took it on|did it|cared)\b[^.;!?]*?, (?:so )?(?:i|we) (?!(?:would|will|could|might|want|wish|hope|plan|am|feel|think|believe)\b)[a-z]+/,
  new RegExp(
    String.raw`\b(?:the|a|an|our|my) (?:[\w-]+ ){0,3}?${VENTURE} (?:that )?i (?:\w+ )?(?:started|founded|set up|co-founded|built|organi[sz]ed|ran|launched|created|began|established|put together)\b`,
  ),
  /\bi (?:was|became|ended up as|ended up being) the (?:only )?one (?!(?:being|getting|feeling|thinking|hoping|wanting|sitting|standing|waiting)\b)[a-z]+ing (?:every|each|all|the|most|their|our|his|her)\b/,
);

/**
 * Session 27: the role named as the frame of the member's own deeds in a story, with definite
 * reference ("As night registrar I timed the delay…", "as the resident leading our unit's audit,
 * I found…", "As chief resident I…"), is a position held in that episode, and the position carries
 * its charge. Definiteness is what tells a position from a kind of job: "as a resident in Quito I
 * noticed…" only says what the member was then (the corpus labels follow this line), so an
 * article "a/an" keeps it a setting. The role nouns are ROLE_NOUN's class (clinical posts) plus
 * posts named by rank ("senior", "night", "ward" before the noun are modifiers, not read as words).
 */
const ROLE_FRAME = new RegExp(
  String.raw`(?:^|[,;:] |\b(?:in|during|by) (?:\d{4}|(?:that|the same|my|our) (?:\w+ )?(?:year|winter|summer|spring|autumn|rotation)),? |\b(?:and|so|then|later),? )as (?!(?:(?:the|our|my|his|her|their) )?(?:an?|only|future|new)\b)(?:the |our |my |his |her |their )?(?:[\w'-]+ ){0,3}?${ROLE_NOUN}\b(?: [^,.;]{0,60}?)?,? (?:i|we) (?!(?:would|will|could|might|want|wish|hope|plan|am|feel|think|believe)\b)[a-z]+`,
);
/**
 * Session 27: a thing the member wanted or needed put in place, with the problem that called for
 * it told as its reason ("I wanted standard admission order sets because nurses were calling us
 * several times…", "we needed one shared list, since the night team kept…"): a goal set by the
 * member, read in stories. A wish about the member's own life ("I wanted a job near my family
 * because…") names a person's want with no problem of the work; "to" (an infinitive) is the older
 * TASK reading.
 */
const WANTED_THING =
  /\b(?:i|we) (?:really |badly |simply )?(?:wanted|needed) (?!to\b|(?:a|an|the|my|some) (?:new )?(?:job|visa|break|rest|holiday|vacation|change of scene|salary|raise|house|flat|apartment)\b)(?:a|an|the|one|some|our|proper|standard|better|clearer|[a-z]+) (?:[\w'-]+ ){0,4}?[\w'-]+,? (?:because|since|as|so that)\b (?!i (?:was|felt|am)\b)/;
/**
 * Session 27: in an answer of motive ("Why clinical informatics?"), an office the member held or a
 * body they chaired, said as who they were ("I was the chief resident", "I chaired our residents'
 * welfare committee", "I was class representative"), and the wish behind a life choice ("I became
 * a physician because I wanted to help people") are credentials and motives, not a charge with a
 * thing to be done; such a clause is set aside before the task is read there. A charge with its
 * work ("I was asked to…", "my job was to…", "responsible for the sepsis protocol") still is.
 */
const CREDENTIAL_CLAUSE = new RegExp(
  [
    String.raw`\bi (?:was|became|served as|got elected|was elected|was made) (?:the |our |a |an |class |)(?:[\w'-]+ ){0,3}?(?:chief resident|president|representative|rep|captain|head|chair|chairman|chairperson|secretary|leader|monitor|prefect)\b(?: (?:of|for|in|at) (?:our |the |my )?(?:[\w'-]+ ){0,3}?(?:program|programme|class|batch|school|college|association|council|society|union|committee|team|residency|department))?(?! (?:who|that|responsible|in charge|asked|tasked|when|and had)\b)`,
    String.raw`\bi (?:chaired|headed|presided over|led|ran) (?:our|the|a|my) (?:[\w'-]+ ){0,3}?(?:committee|council|association|society|club|union|forum)\b(?! (?:that|which|to|set up to)\b)`,
    String.raw`\b(?:became|chose|went into|studied|entered|picked) (?:a |an )?(?:[\w-]+ ){0,2}?(?:physician|doctor|medicine|nurse|surgeon|pharmacist) because (?:i|we) (?:\w+ )?(?:wanted|wished|hoped|liked|loved) to\b[^,.;]*`,
  ].join('|'),
  'g',
);

/**
 * Session 35: a story told in the present ("it's my second year in Penang and I'm the resident who
 * looks after the order sets", "I'm the one who has to act") holds its charge in the same words as
 * one told in the past. The member's own present "am"/"are" and the duty verbs of a relative clause
 * ("who has to", "who looks after") are read as the past before the charge is looked for; stories
 * only, where the present narrates the episode. A present wish ("I want to be part of it") is an
 * aspiration, not narration, so "want"/"need" are left as they are.
 */
const HISTORIC_PRESENT: readonly [RegExp, string][] = [
  [/\bi am\b/g, 'i was'],
  [/\bwe are\b/g, 'we were'],
  [/\bwho (?:has|needs) to\b/g, 'who had to'],
  [
    /\b(who|that) (looks after|runs|leads|handles|manages|covers|owns|keeps|coordinates|organi[sz]es|is in charge of|is responsible for)\b/g,
    '$1 $2#',
  ],
];
const PRESENT_TO_PAST: Record<string, string> = {
  'looks after': 'looked after',
  runs: 'ran',
  leads: 'led',
  handles: 'handled',
  manages: 'managed',
  covers: 'covered',
  owns: 'owned',
  keeps: 'kept',
  coordinates: 'coordinated',
  organises: 'organised',
  organizes: 'organized',
  'is in charge of': 'was in charge of',
  'is responsible for': 'was responsible for',
};
function pastOf(canon: string): string {
  let out = canon;
  for (const [re, to] of HISTORIC_PRESENT) out = out.replace(re, to);
  return out.replace(/(\b(?:who|that) )([a-z ]+?)#/g, (_, w: string, v: string) => w + (PRESENT_TO_PAST[v] ?? v));
}

function taskOfKind(s: Sentence, kind: AnswerKind): boolean {
  if (kind === 'story' && (LEADING_ROLE.test(s.canon) || ROLE_FRAME.test(s.canon) || WANTED_THING.test(s.canon)))
    return true;
  if (kind === 'story') {
    const past = pastOf(s.canon);
    if (past !== s.canon && (taskIn({ ...s, canon: past }) || LEADING_ROLE.test(past) || ROLE_FRAME.test(past)))
      return true;
  }
  if (kind !== 'other' || !CREDENTIAL_CLAUSE.test(s.canon)) return taskIn(s);
  CREDENTIAL_CLAUSE.lastIndex = 0;
  // Same length, so offsets into the sentence still line up with its tokens.
  const canon = s.canon.replace(CREDENTIAL_CLAUSE, (m) => '#'.repeat(m.length));
  return taskIn({ ...s, canon });
}

const GLOBAL_TASK = TASK.map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'));

function taskIn(s: Sentence): boolean {
  const texts = [s.canon];
  const joined = s.canon.replace(SECOND_PREDICATE, '$1i ');
  if (joined !== s.canon) texts.push(joined);
  return texts.some((c) =>
    GLOBAL_TASK.some((re) => {
      for (const m of matchesOf(re, c)) if (heldTask(s, c, m)) return true;
      return false;
    }),
  );
}

const GLOBAL_RELIED_ON = RELIED_ON.map((re) => new RegExp(re.source, re.flags + 'g'));

/** Round twenty-eight: the member held a role the others relied on (see RELIED_ON). */
function reliedOnIn(s: Sentence): boolean {
  return GLOBAL_RELIED_ON.some((re) => {
    for (const m of matchesOf(re, s.canon)) if (heldTask(s, s.canon, m)) return true;
    return false;
  });
}

function heldTask(s: Sentence, c: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  const before = c.slice(0, at);
  const after = c.slice(at + m[0].length).trimStart();
  const own = !/^(?:nobody|no one)\b|\bbecause\b/.test(m[0]);
  if (own && (NEGATION_BEFORE.test(before) || NEGATION_INSIDE.test(m[0]))) return false;
  if (/\bto$/.test(m[0]) && DEPARTURE.test(after)) return false;
  // "the kind of psychiatry I wanted to do": a wish in a relative clause describes the noun before it.
  if (
    /^(?:i|we) wanted to$/.test(m[0]) &&
    /(?<!\b(?:in|on|at|during|by|after|before|for|since|until|through|within|over) )\b(?:the|a|an) (?:[\w-]+ ){0,3}(?!(?:why|how|when|where|so|because|and|but|then|time|day|year|week|month|night)\b)[\w-]+ $/.test(
      before,
    )
  )
    return false;
  if (PRESENT_WISH.test(c.slice(0, at + m[0].length))) return false;
  if (/^to /.test(m[0]) && OTHERS_CHARGE.test(before)) return false;
  // Round twenty-seven: the problem or the challenge named ("the problem was the template and
  // him", "the biggest challenge was learning how American hospitals document"… "the problem was
  // solved") is how things stood or what came of it; only a thing to be done after it ("the
  // challenge was to get the surgeons on board", "the problem was how to…") is a charge.
  if (
    /\b(?:challenge|problem|issue|difficulty)s? (?:was|became)$/.test(m[0]) &&
    !/^(?:(?:simply|basically|really|then|now) )?(?:to [a-z]+|how (?:to|we|i|could)|finding|getting|making|convincing|persuading|bringing|keeping|building|fixing)\b/.test(
      after,
    )
  )
    return false;
  // Round twenty-seven: a role named as what the member hopes to grow into ("grow as a leader",
  // "as a future leader I will…") is an aspiration, not a charge held.
  if (
    /^as /.test(m[0]) &&
    (/\bfuture\b/.test(m[0]) || /\b(?:grow|develop|mature|improve|become|progress)\s*$/.test(before))
  )
    return false;
  // Round twenty-seven: a charge inside a relative clause on a person ("the attending I was assigned
  // to ignored me") says which person is meant; the member held no charge in it.
  if (
    /^i was (?:assigned|sent|attached|posted)(?: to)?$/.test(m[0]) &&
    /^(?:to\b|$)/.test(m[0].endsWith(' to') ? '' : after) &&
    /\b(?:attending|consultant|supervisor|registrar|team|doctor|mentor|preceptor|senior) $/.test(before)
  )
    return false;
  // Round twenty-seven: a request made after the member had acted ("after that the intern asked me
  // to show the same steps to the new intake", "afterwards he asked me to present the guideline")
  // is others taking the work up, what came of it, not the charge the story started from.
  if (
    /\b(?:asked|invited|wanted|told) me to$/.test(m[0]) &&
    /\b(?:after that|afterwards|later|since then|in the end|eventually|the next (?:week|month|year|day))\b/.test(before)
  )
    return false;
  // Session 35: a request told as an honour ("a senior consultant once asked me to teach the interns
  // how I write my notes, which I was proud of", "…, which made me very proud") is recognition
  // remembered, not a charge the story sets out from; and advice about life from family or told as a
  // habit ("my mother always told me to follow my heart") names no work to be done.
  if (
    /\b(?:asked|invited|chose|picked|selected|wanted|told) (?:me|us)\b/.test(m[0]) &&
    /^[^.;!?]*?, which (?:made me (?:\w+ )?(?:proud|happy|glad)|i (?:was|felt) (?:\w+ )?(?:proud|happy|pleased|glad|honou?red|grateful)(?: (?:of|about|for))?|i (?:\w+ )?(?:valued|appreciated|cherish(?:ed)?|treasure[ds]?)|(?:was|felt like) (?:an? )?(?:\w+ )?(?:honou?r|compliment|privilege))\b/.test(
      after,
    )
  )
    return false;
  if (
    /\btold (?:me|us)\b/.test(m[0] + ' ' + after.slice(0, 12)) &&
    (/\b(?:always|often|used to|would|kept|never stopped)\s*$/.test(before.trimEnd() + ' ') ||
      /\b(?:my|our) (?:mother|father|mom|mum|dad|parents|grandmother|grandfather|grandparents|family|aunt|uncle)\b[^.;,]*$/.test(
        before,
      ))
  )
    return false;
  // "The sister asked me to walk the other wards through it as well": others taking the work
  // further is what came of it, not a charge.
  if (SPREAD_ASKED.test(c.slice(at))) return false;
  if (/^[a-z]+$/.test(m[0])) {
    const tok = s.tokens.find((t) => t.canon === m[0]);
    if (tok?.pos === 'ADJ') return false;
    // In a predicate ("were not objective", "careful and objective") the word describes.
    if (
      /\b(?:is|are|was|were|be|been|seemed|seem|stay|stayed|remain|remained|not|more|most|less|very|quite|fully|\w+ and)$/.test(
        before.trimEnd(),
      )
    )
      return false;
  }
  return true;
}

/** A change with its size: "fell by roughly half", "from 12 to 5", "by 30%". */
const MEASURED_CHANGE =
  /\b(?:reduced|improved|decreased|increased|dropped|fell|rose|went down|went up|came down|halved|doubled|cut|shortened|lowered)\b[^.;]{0,40}\b(?:by|to|from) (?:roughly |about |around |nearly |almost |over )?(?:\d|half|a third|a quarter)/;

/**
 * Work finished and put out under the member's name, told as done: "I'm first author on a paper
 * that came out this year", "I earned my Epic builder certification", "completed a master's".
 */
const WORK_PUT_OUT =
  /\b(?:(?:first|second|senior|last|co-?) ?authors?|co-?authored|published|(?:paper|article|abstract|poster)s? (?:[\w-]+ ){0,3}(?:came out|appeared|was (?:accepted|published|presented))|(?:earned|obtained|received|completed|finished|was awarded) (?:my |a |an |the )?(?:[\w-]+ ){0,4}(?:certification|certificate|degree|master'?s|diploma|mph|msc|mba))\b/;
function workPutOut(s: Sentence): boolean {
  return (
    WORK_PUT_OUT.test(s.canon) &&
    !/\b(?:not yet|under review|submitted|in preparation|in progress|hope|hoping|plan|planning|will|would|working (?:on|towards?))\b/.test(
      s.canon,
    )
  );
}

/**
 * Round seventeen: in a summary of oneself, a thing the member made that others still use or keep
 * up ("the ward's infection report, which the infection control team still uses") is the
 * organisation taking it up, not a credential; the member's own habit ("I still use Python") is not.
 */
const OTHERS_STILL_USE =
  /\b(?!(?:i|we)\b)[\w-]+ (?:still|now|to this day) (?:use|uses|rely on|relies on|run|runs|print|prints|read|reads|open|opens|follow|follows|update|updates|fill in|fills in|keep|keeps)\b/;

const NOW_STATE = /\b(?:now|since then|ever since|anymore|any more|no longer|still)\b/;

/** "In São Paulo, when…", "At Hanbit, we…": a sentence that opens on a named place. */
function placeOpening(s: Sentence): boolean {
  const [a, b] = s.tokens;
  return (!!a && !!b && /^(?:in|at)$/.test(a.canon) && b.pos === 'PROPN' && /^\p{Lu}/u.test(b.value)) || placeInPast(s);
}

/**
 * Round twelve: a named place anywhere in a sentence told in the past by the member is where the
 * episode happened: "because in Lagos I spent more time searching the paper chart", "I saw how
 * bad our EHR was for the residents in Karachi". A place in a plan ("I want to train in Boston")
 * has no past, and "from Lahore" is where one comes from (BACKGROUND reads that).
 */
function placeInPast(s: Sentence): boolean {
  const toks = s.tokens;
  const named = toks.some(
    (t, k) =>
      /^(?:in|at)$/.test(t.canon) &&
      toks[k + 1]?.pos === 'PROPN' &&
      /^\p{Lu}/u.test(toks[k + 1]!.value) &&
      // "in Epic", "in Python", "in Spanish": a product, a language or an exam is not a place.
      !/^(?:epic|cerner|excel|python|r|sql|power|tableau|redcap|meditech|english|spanish|french|arabic|usmle|step)$/.test(
        toks[k + 1]!.canon,
      ),
  );
  if (!named) return false;
  return toks.some(
    (t, k) =>
      (t.canon === 'i' || t.canon === 'we') &&
      toks.slice(k + 1, k + 4).some((v) => isPastTense(v) && !/^(?:had|did)$/.test(v.canon)),
  );
}

/** The member (or their team) as the subject of a verb in the past: "I went to see him", "we moved the prompt". */
/** Verbs of receiving, having, meeting or perceiving: what befell the team, not what it did. */
const BEFELL =
  /^(?:received|got|had|saw|faced|lacked|noticed|heard|knew|found|lost|inherited|suffered|experienced|encountered|felt|needed|wanted)$/;
/** "We" told with a past deed of its own, not only what befell the team. */
function teamActs(s: Sentence): boolean {
  return s.tokens.some((t, k) => {
    if (t.canon !== 'we') return false;
    const v = s.tokens.slice(k + 1, k + 4).find((x) => isPastTense(x) && !/^(?:was|were|had|became)$/.test(x.canon));
    return v !== undefined && !(BEFELL.test(v.canon) && s.tokens.indexOf(v) === k + 1);
  });
}

function tellsPast(s: Sentence): boolean {
  return s.tokens.some(
    (t, k) =>
      (t.canon === 'i' || t.canon === 'we') &&
      s.tokens.slice(k + 1, k + 4).some((v) => isPastTense(v) && !/^(?:was|were|had|became)$/.test(v.canon)),
  );
}

/** Which sentence gave each part, and which pattern (index) found it: for tuning and tests. */
export function starEvidence(answer: string): Record<'situation' | 'task' | 'result', string[]> {
  const ss = analyse(withoutFillers(analyse(answer).text)).sentences;
  const hits = (res: readonly RegExp[], s: Sentence) =>
    res.flatMap((re, i) => {
      const m = re.exec(s.canon);
      return m ? [`#${i} "${m[0]}"`] : [];
    });
  return {
    situation: ss.flatMap((s) => hits(SITUATION, s).concat(BACKGROUND.test(s.canon) ? ['background'] : [])),
    task: ss.flatMap((s) => hits(TASK, s)),
    result: ss.filter((s) => !LESSON_ONLY.test(s.canon) && isResult(s)).flatMap((s) => hits(RESULT, s)),
  };
}

/**
 * Session 35: a promise or a plan for later, whoever makes it: "the vendor agreed to add the alarm
 * next quarter", "IT promised to build it into the EHR", "pharmacy said they would switch the
 * default from next month". Something is still to be done, so nothing has come of it yet. A verb of
 * promising or a future told with a time still ahead; "agreed, and it went live a month later" has
 * what came of it after the agreement, so the sentence must not also tell a change in the past.
 */
const PROMISED_LATER = new RegExp(
  [
    String.raw`\b(?:promised|pledged|vowed|undertook|committed (?:themselves |himself |herself )?)to [a-z]+`,
    String.raw`\b(?:agreed|offered|planned|plan|plans|intend|intends|intended|decided|hope|hopes|hoped|would|will|'ll|going to|are to|is to|were to|was to)\b[^.;!?]*?\b(?:next|coming|upcoming|later (?:this|that|in the)|in the new year|from (?:next|the start of)|soon|in (?:a|the) (?:few|coming) (?:weeks|months)|by the end of (?:the |this |next )?(?:week|month|quarter|year|spring|summer|autumn|winter))\b`,
  ].join('|'),
);
const LATER_CHANGE_TOLD =
  /, (?:and|but) (?:[\w-]+ ){0,4}?(?:went live|was (?:live|used|adopted|rolled out)|now|since then|fell|dropped|rose)\b/;

/**
 * Session 35: the member's finding of the problem ("we found that most of the children had no
 * phone number", "I saw that half the sheets left out pending scans"), told no later than their
 * first deed, is the problem measured, not what came of what they did (round twenty-four). Session 36:
 * also when told to someone ("I showed the nurses that one dose in five was late").
 */
const FOUND_THAT =
  /\b(?:i|we)\b[^.;!?]*?\b(?:(?:found|noticed|discovered|saw|realised|realized|established|confirmed|showed|learned|learnt|worked out|figured out) (?:out )?(?:that|how|why|what)|(?:showed|demonstrated|proved|pointed out|made clear)(?: (?!that\b)[\w-]+){0,4} that)\b/;

/**
 * Whether the sentence at `index` of an answer can stand as what came of the story: false when the
 * sentence is, read by the rules, a promise or plan for later, a finding of the problem told before
 * the member acted, or a lesson only. The learned layer (./star-layer.ts) adds a result the rules
 * missed from the sentence that scored highest; it must not stand on a sentence the rules know is
 * no result (test/mock/star-round-twenty-three, star-round-twenty-four, star-session-35).
 */
/**
 * Session 36: a hope or doubt that the work still holds ("I came to the US in 2024 and I hope they
 * still use it", "not sure the sheet is still running"): the member does not know what came of it.
 */
const HOPED_STILL =
  /\b(?:hope|hoping|hopefully|wonder|wondering|not sure|unsure)\b(?: (?:that|if|whether))?(?: [\w'-]+){0,3}? still\b/;

export function canBeResult(parsed: TextDoc, question: string, index: number): boolean {
  const s = parsed.sentences[index];
  if (!s) return true;
  if (LESSON_ONLY.test(s.canon) || BEFORE_ANY.test(s.canon)) return false;
  // A hope or plan with nothing done before it; "would have" looks back on what did not happen.
  if (OUTCOME_PENDING.test(s.canon) || HOPED_STILL.test(s.canon)) return false;
  if (!outcomeUnknown(s) && hopedOnly(s) && !/\b(?:would|could|might)(?: not|n't)? have\b/.test(s.canon)) return false;
  if (PROMISED_LATER.test(s.canon) && !LATER_CHANGE_TOLD.test(s.canon)) return false;
  if (!FOUND_THAT.test(s.canon)) return true;
  // Where the member first acted, read as starOf reads it (fillers set aside); sentences are
  // matched by their place, so only when setting the fillers aside kept every sentence.
  const cues = emptyCues();
  starOf(parsed, question, cues);
  if (cues.sentences.length !== parsed.sentences.length) return true;
  return cues.firstDeed >= 0 && index > cues.firstDeed;
}

export function detectStar(answer: string, question = ''): StarParts {
  return starOf(analyse(answer), question);
}

/** The first "I did…" phrase, quoted back in coaching ("you said what you did: "I built…""). */
export function firstAction(answer: string, doc: TextDoc = analyse(answer)): string | undefined {
  const a = actionsIn(doc, { story: true })[0];
  if (!a) return undefined;
  const s = a.sentence;
  const start = Math.max(0, a.token - 1);
  const toks = s.tokens.slice(start, start + 8).filter((t) => !/^[.!?]$/.test(t.value));
  if (!toks.length) return undefined;
  const text = doc.quote({ start: toks[0]!.start, end: toks[toks.length - 1]!.end });
  return start + 8 < s.tokens.length ? `${text}…` : text;
}
