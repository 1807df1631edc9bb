/**
 * STAR detection by cue phrases. These are heuristics for coaching, not grading: a cue tells us the
 * member probably covered that part, and its absence is a prompt to check, phrased that way.
 */

export interface StarParts {
  situation: boolean;
  task: boolean;
  action: boolean;
  result: boolean;
}

/** Setting the scene: where and when. */
const SITUATION: readonly RegExp[] = [
  /\bwhen i was\b/,
  /\bwhile (?:i was|working|on|at|doing)\b/,
  /\bduring (?:my|our|a|an|the)\b/,
  /\bat (?:my|our|the|a) (?:hospital|clinic|ward|unit|department|practice|institution|medical school|health center|centre|center)\b/,
  /\bon (?:my|a|an|the|our) (?:\w+ )?(?:rotation|elective|clerkship|observership|externship|ward|shift|team|night)\b/,
  /\bin (?:my|our) (?:\w+ )?(?:residency|internship|hospital|clinic|department|unit|team|training|job|role)\b/,
  /\bback in\b/,
  /\bin (?:19|20)\d\d\b/,
  /\bwe (?:noticed|had|saw|found|were|kept)\b/,
  /\bthere (?:was|were) (?:a|an|many|frequent|repeated|several)\b/,
];

/** The member's responsibility or goal. */
const TASK: readonly RegExp[] = [
  /\bmy (?:role|job|task|responsibility|goal|aim|objective|assignment)\b/,
  /\bi was (?:responsible|asked|tasked|assigned|in charge|expected|supposed)\b/,
  /\b(?:needed|had|wanted) to\b/,
  /\bgoal\b/,
  /\bthe (?:aim|task|challenge|problem) was\b/,
  /\bi (?:decided|volunteered|offered) to\b/,
];

/** First-person action verbs: what "I" did (STAR wants "I", not only "we"). */
const ACTION_VERBS =
  'built|analy[sz]ed|met|created|designed|led|organi[sz]ed|mapped|pulled|reviewed|proposed|suggested|wrote|developed|' +
  'implemented|collected|interviewed|trained|taught|presented|asked|talked|spoke|worked|called|set up|started|tracked|' +
  'changed|contacted|coordinated|reached out|audited|tested|piloted|drafted|scheduled|took|made|decided|studied|' +
  'redesigned|compared|measured|shadowed|apologi[sz]ed|listened|escalated|documented|switched|focused|ran|queried|' +
  'extracted|cleaned|automated|introduced|raised|explained|gathered|identified|negotiated|prioriti[sz]ed|delegated|' +
  'completed|joined|launched|volunteered|checked|fixed|corrected|rebuilt|shared|sought|requested|used|involved';
const ACTION = new RegExp(
  `\\bi(?:'ve| have| had)? (?:then |also |first |personally |quickly |immediately |eventually |finally |later |next )?(?:${ACTION_VERBS})\\b`,
);

/** What changed, or what was learned. */
const RESULT: readonly RegExp[] = [
  /\bas a result\b/,
  /\bresult(?:ed)? in\b/,
  /\bled to\b/,
  /\b(?:reduced|improved|decreased|increased|dropped|shortened|saved|cut|halved|doubled|lowered|raised)\b/,
  /\d+(?:\.\d+)?\s?%/,
  /\bpercent\b/,
  /\bpassed\b/,
  /\bfrom \d+(?:\.\d+)?\s*\w* to \d+/,
  /\b(?:fewer|shorter|faster|quicker)\b/,
  /\b(?:was|were|got|has been|have been) (?:adopted|approved|implemented|rolled out|published|accepted)\b/,
  /\b(?:the )?outcome\b/,
  /\bsince then\b/,
  /\bi (?:learned|learnt|realized|realised) (?:that|to|how)\b/,
  /\bnow i\b/,
  /\b(?:today|now) (?:we|the team|the ward|the clinic)\b/,
];

export function detectStar(answer: string): StarParts {
  const t = answer.toLowerCase().replace(/[’‘]/g, "'");
  return {
    situation: SITUATION.some((re) => re.test(t)),
    task: TASK.some((re) => re.test(t)),
    action: ACTION.test(t),
    result: RESULT.some((re) => re.test(t)),
  };
}

/** The first "I did…" phrase, quoted back in coaching ("you said what you did: "I built…""). */
export function firstAction(answer: string): string | undefined {
  const t = answer.replace(/[’‘]/g, "'");
  const m = new RegExp(ACTION.source, 'i').exec(t);
  if (!m) return undefined;
  const rest = t.slice(m.index).split(/[.!?;\n]/)[0] ?? m[0];
  const words = rest.trim().split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
}
