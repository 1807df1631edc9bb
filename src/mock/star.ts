/**
 * STAR detection in ordinary narrative: situation (where and when), task (what the member had to
 * achieve), action (what they personally did), result (what changed or came of it). Reads the
 * parsed answer (src/text/document.ts), so "we were drowning in duplicate orders on nights" is a
 * situation and "after two weeks the pages dropped to a handful" a result, with no fixed keyword.
 * These are coaching heuristics, not grades: an absent part is a prompt to check.
 */
import { analyse, type Sentence, type TextDoc } from '../text/document.js';
import { actionsIn, outcomesIn } from '../text/narrative.js';
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
  /\bduring (?:my|our|a|an|the|one|that|this)\b/,
  new RegExp(`\\b(?:at|in) (?:my|our|the|a|an|one) (?:\\w+ ){0,3}${SETTING_NOUN}\\b`),
  /\bon (?:my|a|an|the|our|one) (?:\w+ ){0,2}(?:rotation|elective|clerkship|observership|externship|ward|shift|team|night|call|service|floor|rounds|block)\b/,
  /\bin (?:my|our) (?:\w+ ){0,2}(?:residency|internship|hospital|clinic|department|unit|team|training|job|role|practice|rotation|year|country|city|town|post)\b/,
  /\b(?:back in|in (?:19|20)\d\d|(?:last|this|that|one) (?:year|month|spring|summer|fall|autumn|winter|week|day|night|morning|evening)|(?:a|two|three|four|five|several|a few|some) (?:years?|months?|weeks?) ago|one (?:day|night|morning|evening|time)|once,)\b/,
  /\bthere (?:was|were|had been|is|are) (?:a|an|many|frequent|repeated|several|no|this|some|constant|recurring|lots of|too many|often)\b/,
  /\b(?:we|they|the (?:nurses|residents|team|staff|doctors|physicians|patients)) (?:\w+ )?(?:had|were having|kept having|kept getting|kept|noticed|saw|found|were seeing|were drowning|were struggling|struggled|faced|were facing|were missing|missed|lost|were losing|used to)\b/,
  new RegExp(
    `\\b(?:our|the|my) ${SETTING_NOUN} (?:\\w+ )?(?:had|was|were|used|kept|struggled|did not|didn't|faced|lacked|relied)\\b`,
  ),
  /\bi was (?:\w+ )?(?:working|rotating|doing|on|in|at|the only|a|an|the|one of|part of|assigned to|posted|covering|serving)\b/,
  /\bas (?:a|an|the) (?:\w+ ){0,2}(?:intern|resident|student|fellow|physician|doctor|officer|house officer|medical officer|volunteer|scribe|research assistant|coordinator|registrar|lead|member|observer|extern|clerk)\b/,
  /\b(?:the|a|one|our) (?:problem|issue|challenge|situation|case|patient|complaint|error|delay|backlog|bottleneck) (?:was|were|had|came|arose|involved|that)\b/,
  /\b(?:patients|nurses|clinicians|residents|doctors|staff) (?:\w+ )?(?:were|kept|often|would|used to|had to|could not|couldn't|did not|didn't)\b/,
];

/** The member's responsibility or goal. */
const TASK: readonly RegExp[] = [
  /\bmy (?:\w+ )?(?:role|job|task|responsibility|goal|aim|objective|assignment|part|mission|mandate|charge|duty)\b/,
  /\bi was (?:\w+ )?(?:responsible|asked|tasked|assigned|in charge|expected|supposed|chosen|selected|the one|given (?:the|a) (?:job|task)|charged)\b/,
  /\b(?:i|we) (?:\w+ )?(?:needed|had|wanted|was trying|were trying|aimed|set out|decided|volunteered|offered|agreed|took it upon (?:myself|ourselves)|was determined|were determined|was hoping|resolved) to\b/,
  /\b(?:i|we) (?:had|have|needed|need) (?:\w+ )?(?:to|a way to)\b/,
  /\bthe (?:\w+ )?(?:aim|task|challenge|problem|goal|issue|question|priority|mission|objective|point|job) (?:was|is|became)\b/,
  /\b(?:it|this|that) (?:was|became|fell) (?:to me|on me|up to me|my (?:job|responsibility|task))\b/,
  /\bi took (?:on|charge|ownership|the lead|responsibility|it on)\b/,
  /\b(?:someone|somebody) (?:had|needed) to\b|\bi was the (?:\w+ )?(?:one|person)\b/,
  /\b(?:so|and) i (?:\w+ )?(?:wanted|needed|had) to\b|\bto (?:fix|solve|address|reduce|improve|find out|figure out|understand|stop|prevent|cut|speed up|make sure|ensure) (?:this|that|the|it|these|those|why|how|what)\b/,
  /\b(?:goal|target|deadline|objective)\b/,
  // A goal implied by what the member set out to do or the problem they owned.
  /\bi (?:\w+ )?(?:tried|try|was trying|attempted|set out|wanted|aimed|hoped) to (?:\w+ )?(?:introduce|get|fix|improve|change|reduce|make|find|build|solve|start|bring|understand)\b/,
  /\b(?:if|whether) i could (?:\w+ )?(?:try|fix|build|automate|change|improve|take|lead|help|look)\b/,
  /\bas (?:the|a) (?:\w+ )?(?:chief resident|lead|leader|coordinator|team lead|point person|project lead|representative|champion|super-?user|owner)\b|\bi was the (?:\w+ ){0,2}(?:resident|person|one|doctor|member|intern) (?:who|in charge|responsible)\b/,
  /\b(?:kept|keeps|kept on) (?:running out|missing|failing|coming back|getting|happening|breaking|crashing)\b|\bbecause (?:nobody|no one) (?:else )?was (?:doing|tracking|handling|watching)\b/,
  /\bi (?:had|have) (?:a|one|an) (?:\w+ ){0,2}(?:patient|case|problem|issue|deadline|project) (?:who|that|with|where)\b/,
  /\b(?:moved|went|came) (?:back )?(?:home )?to (?:take care of|care for|look after|help|support)\b|\bused (?:the|this|that) time to\b/,
];

/** What changed or came of it, in ordinary words as well as numbers. A lesson alone is not a result. */
export const RESULT: readonly RegExp[] = [
  /\b(?:as a result|result(?:ed|ing)? in|led to|which meant|which (?:helped|allowed|reduced|cut|improved|saved|prevented|stopped|fixed|solved))\b/,
  /\b(?:reduced|improved|decreased|increased|dropped|drop|fell|rose|went down|went up|came down|shortened|saved|cut|halved|doubled|tripled|lowered|raised|eliminated|prevented|avoided|resolved|fixed|solved|stopped|disappeared|vanished|recovered|sped up|freed up|caught|picked up)\b/,
  /\d+(?:\.\d+)?\s?%|\bpercent\b|\bfrom \d+(?:\.\d+)?\s*\w*\s+(?:to|down to|up to) \d+|\b\d+ (?:fewer|more|less)\b/,
  /\b(?:fewer|shorter|faster|quicker|less|lower|higher|better|safer|smoother|cleaner|easier|no more|no longer|none|zero|nobody|no one|all of|every one)\b.{0,40}\b(?:than|after|since|now|anymore|any more|were|was|had|missed|errors?|delays?|complaints?|pages?|calls?|duplicates?|incidents?|readmissions?|time|minutes|hours|days)\b/,
  /\b(?:was|were|got|has been|have been|became|is now|are now|is still|are still|was then|were then) (?:\w+ )?(?:adopted|approved|implemented|rolled out|published|accepted|expanded|spread|kept|made permanent|standard|presented|added|built into|incorporated|included|scaled|copied|funded|recognized|praised|resolved|fixed|discharged|stable|safe|happy|satisfied|on time|back on track|completed|finished|delivered|live)\b/,
  /\b(?:since then|from then on|ever since|after that|afterwards|by the end|in the end|eventually|ultimately|(?:within|after|in) (?:a|an|one|two|three|four|six|some|a few|several|few|\d+) (?:days?|weeks?|months?|hours?)|(?:a|one|two|three|four|six|\d+) (?:days?|weeks?|months?) later|the next (?:day|week|month|shift|audit|quarter))\b/,
  /\b(?:now|today) (?:the|we|our|it|they|every|all|nurses|residents|the team|that|this|there|everyone|most)\b/,
  /\b(?:the )?(?:patient|family|mother|child|team|ward|unit|clinic|attending|nurse|nurses|department|committee|program|director|hospital) (?:\w+ )?(?:recovered|survived|improved|went home|was discharged|thanked|agreed|accepted|adopted|approved|started|stopped|began|kept|asked me|invited me|chose|decided|praised|noticed)\b/,
  /\b(?:thanked me|praised|recognized|commended|award(?:ed)?|grateful|complimented)\b/,
  /\b(?:project|change|pilot|idea|plan|tool|template|form|it|this|that) (?:\w+ )?(?:failed|went nowhere|was abandoned|was dropped|never launched|never went live|did not work|didn't work|stalled|fell apart)\b|\b(?:nobody|no one) (?:\w+ )?used it\b|\bcaught it before\b/,
  /\b(?:and )?now i (?:\w+ )?(?:always|never|check|use|make|do|start|ask|have|keep|double-check|review|write|run|send|include)\b|\b(?:started|began|begun|start) using\b|\bwent (?:from|up|down)\b|\bpassed (?:step|usmle|comlex|the|my|it|on|in|with|that)\b|\band passed\b/,
  /\b(?:seemed|became|become|were|was|looked|felt|got|are|is) (?:much |far |a lot |noticeably |visibly |a bit |slightly )?(?:calmer|better|happier|safer|healthier|faster|quicker|clearer|easier|smoother|stable|confident|more confident|less confused|less anxious|normal|resolved|appropriate|successful|effective|a success|well received)\b/,
  /\b(?:said|told (?:me|us)|agreed|confirmed) (?:that )?(?:our|my|the) (?:\w+ )?(?:response|approach|work|handling|analysis|fix|change) (?:was|were|had been) (?:\w+ )?(?:appropriate|good|right|helpful|correct|useful|excellent|exactly)\b/,
  /\b(?:the|our|my|the end|the final|the main|one) (?:outcome|result|impact|effect|difference) (?:of (?:this|that|it|my \w+|our \w+|the (?:change|project|intervention|pilot)) )?(?:was|were|is|has been)\b/,
  /\b(?:it|this|that|the (?:change|fix|tool|template|dashboard|alert|checklist|protocol|workflow|system|process|order set|sheet|list|form|phrase)) (?:is |was |were |are )?(?:now |still |then )?used by\b|\b(?:it|this|that|the (?:change|fix|tool|template|dashboard|alert|checklist|protocol|workflow|system|process|order set)) (?:\w+ )?(?:worked|helped|paid off|made a difference|made it|made things|made the|caught|saved|reduced|cut|stopped|prevented|improved|fixed|solved|became|is still|remains|stuck)\b/,
  /\bwe (?:\w+ )?(?:finished|completed|delivered|met|hit|reached|achieved|managed to|succeeded|got it|went live|launched|shipped)\b/,
  /\bi (?:\w+ )?(?:finished|completed|delivered|reached|achieved|managed to|succeeded in|passed|won|earned|received)\b|\b(?:met|hit|beat|exceeded) (?:the|our|my|a|all|every|each) (?:\w+ )?(?:target|goal|deadline|standard|criteria|benchmark|threshold)s?\b/,
];

/** "I learned that…" is a lesson; a sentence that only draws a lesson is not a result. */
const LESSON_ONLY =
  /^(?:so |and |but )?(?:i|we) (?:\w+ )?(?:learned|learnt|realized|realised|understood|saw|know now|now know|now understand|now realize|took away)\b/;

/** Change verbs said of the member ("I reduced my hours") are actions; of anything else, results. */
const CHANGE_VERB = RESULT[1]!;
function isResult(s: Sentence): boolean {
  return RESULT.some((re) => {
    const m = re.exec(s.canon);
    if (!m) return false;
    if (re !== CHANGE_VERB) return true;
    const before = s.canon.slice(0, m.index);
    return !/\b(?:i|we)\s+(?:\w+\s+)?$/.test(before) || /\d|percent|half|third|quarter/.test(s.canon);
  });
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
  /\b(?:questions? (?:do you have |would you have |you have )?for (?:us|me)|anything (?:else )?(?:you'?d|you would) (?:like to )?ask|what (?:can|could) i answer|what would you like to know about us|any questions)\b/i;
const PROGRAM_FIT_Q =
  /\bwhy (?:our|us|this|here)\b|\bwhat draws you to (?:our|this)\b|\bwhy (?:do you want to|did you) (?:train|apply|come|work|live) (?:in|to|at|here)\b|\bwhy did you apply to (?:our|this|us)\b|\bwhy (?:are you interested in|do you want) (?:our|this)\b/i;
/** "Why Brookhaven?": a name after "why" (case matters here). */
const PROGRAM_NAME_Q = /\b[Ww]hy [A-Z][a-z]+\?/;

export function answerKind(question: string): AnswerKind {
  if (TO_PROGRAM_Q.test(question)) return 'to-program';
  if (PROGRAM_FIT_Q.test(question) || PROGRAM_NAME_Q.test(question)) return 'program-fit';
  if (OPENER_Q.test(question)) return 'opener';
  if (HYPOTHETICAL_Q.test(question)) return 'hypothetical';
  if (
    /\b(?:a time|an example|describe a|tell (?:me|us) about (?:a|an|the|your)|what happened|how did you|walk me through a)\b/i.test(
      question,
    )
  )
    return 'story';
  return 'other';
}

/** A past episode the member tells: first person, a verb in the past, and a time or place. */
const PAST_EPISODE =
  /\b(?:i|we) (?:\w+ )?(?:was|were|had|did|worked|noticed|saw|built|made|asked|started|joined|led|found|rotated|used|ran|wrote|tried|switched|moved|changed|pulled|set up|created|designed|realized|realised)\b/;

/** Background and setting in a summary of oneself: "graduate from Cairo", "I grew up in Lahore". */
const BACKGROUND =
  /\b(?:graduat(?:e|ed) (?:from|of)|grew up in|born in|i am from|i'm from|from [a-z]+,? (?:19|20)\d\d|(?:my|our) (?:previous|old|former|last|home|current) (?:program|programme|hospital|job|residency|school|country|clinic|team|role|position)|(?:a|one|our|my) (?:\w+ )?(?:co-resident|colleague|patient|nurse|attending|senior|junior|intern|resident|pharmacist|coordinator|manager|consultant|supervisor|sister|brother|mother|father|grandmother|grandfather) (?:\w+ )?(?:kept|was|had|came|did|would|refused|asked|forgot|missed|told|called|got|became|lives?|lived)|i (?:\w+ )?once\b|\bonce,|(?:when|after|before|while) (?:i|we|our|my|the) (?:\w+ ){0,2}(?:\w+ed|was|were|had|did|switched|moved|changed|rotated|started|began|went|came|got))\b/;

/** STAR parts of an already-parsed answer; fillers are set aside first so they break no phrase. */
export function starOf(parsed: TextDoc, question = ''): StarParts {
  const kind = answerKind(question);
  const none = { situation: false, task: false, action: false, result: false };
  if (kind === 'to-program' || kind === 'program-fit') return none;
  const doc = analyse(withoutFillers(parsed.text));
  const ss = doc.sentences;
  // Outside stories, STAR parts belong to a past episode only: "I would look at the data" is a plan.
  const episode = ss.some((s) => PAST_EPISODE.test(s.canon) && (any(SITUATION, s) || BACKGROUND.test(s.canon)));
  if (kind === 'hypothetical' && !episode)
    return { ...none, action: actionsIn(ss, { story: true }).length > 0 && episode };
  const actions = actionsIn(ss, { story: true });
  const results = ss.filter((s) => !LESSON_ONLY.test(s.canon) && isResult(s));
  // A credential in a summary of oneself ("passed Step 1") is background, not what came of a story.
  const openerResults =
    kind === 'opener'
      ? results.filter((s) => !/\bpass(?:ed)?\b|\bscor/.test(s.canon) && !outcomesIn([s]).length)
      : results;
  return {
    situation: ss.some((s) => any(SITUATION, s) || BACKGROUND.test(s.canon)),
    task: ss.some((s) => any(TASK, s)),
    action: actions.length > 0,
    result: openerResults.length > 0,
  };
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
