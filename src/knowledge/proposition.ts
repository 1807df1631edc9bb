/**
 * Which proposition a yes/no question asks about its subject.
 *
 * A yes or no answers one proposition. "Is my two-year home rule done?" asks whether a requirement
 * is already met for the member; "do I have to go home for two years after a J-1?" asks whether it
 * applies at all. Both name the same rule, and the curated "Yes." of the second read after the
 * first tells a member the rule is over when the guides said only that it exists (newcomer report,
 * session 28). So a lead is given only when the phrasing it comes from asks the same kind of
 * proposition as the member's asking clause: whether something is already done or met for them
 * (`done`), against whether it is required or applies (`required`), allowed (`allowed`) or
 * advisable (`advised`).
 *
 * The kinds are read from the asking clause only: a story told before it ("I finished my two years
 * at home. Can I get an H-1B?") or a condition inside a phrasing ("Once the requirement is done,
 * can I…?") is the premise, not what is asked.
 */
import { questionClause } from './question-form.js';
import { normalizeText } from './text.js';

export type Proposition = 'done' | 'required' | 'allowed' | 'advised' | 'other';

/** Words for a requirement or a stage being finished, met or no longer in force. */
const FINISHED = String.raw`(?:done|over with|finished|complete|completed|fulfilled|fulfil+ed|satisfied|met|served|cleared|lifted|expired|ended|gone|behind me|taken care of|counted|up)`;

/** What can be finished: an obligation, a stretch of time, a requirement, the member's own count. */
const OBLIGATION_NOUN = String.raw`(?:rule|requirement|requirment|obligation|restriction|bar|clock|period|years?|yrs?|time|term|212 ?e|residency requirement|home (?:stay|residence|residency))`;

/**
 * The asking clause asks whether something is already done or met for the member: "is my 2 year
 * home rule done?", "have I met the two-year requirement?", "did I already satisfy it?", "does my
 * time in Cairo count toward the two years?", "am I free of the home rule now?", "does the rule
 * still apply to me?".
 */
const DONE_ASKED = [
  // "is my 2 year home rule done", "is the requirement fulfilled by now", "are my two years up"
  new RegExp(String.raw`^(?:so |ok |and |but )?(?:is|are|was|were|has|have|had|will|would)\b(?: [\w-]+){0,7}? ${OBLIGATION_NOUN}\b(?: [\w-]+){0,4}? (?:(?:be|been|now|already|officially|technically|fully|considered|counted as) )*${FINISHED}\b(?! (?:for|with) (?:me|us|my (?:career|dream|chance)))`),
  // "have I met / fulfilled / satisfied / served / completed the requirement", "did I already do it"
  /^(?:so |ok |and |but )?(?:have|has|did|had) (?:i|we|he|she|my \w+) (?:now |already |actually |officially |technically )*(?:met|fulfilled|fulfiled|satisfied|served|completed|finished|cleared|done|spent|covered)\b/,
  // "did I already…", "have I already…" asked about the member's own past
  /^(?:so |ok |and |but )?(?:did|have|has|had) (?:i|we|my \w+) already\b/,
  // "am I done with / free of / clear of / out of / past the rule", "am I no longer subject to it"
  /^(?:so |ok |and |but )?(?:am i|are we|is (?:he|she)) (?:now |finally |already )*(?:done with|free of|free from|clear of|out of|past|through with|no longer|not (?:still )?subject)\b/,
  // "does my time at home count toward the two years", "will my years in Egypt count for the rule"
  // (Only toward the rule's own years: "does research count toward USCE?" asks what a thing is.)
  /\bcounts? (?:toward|towards|for|to) (?:the |my |that |this |those |these )?(?:(?:two|2)[ -]?(?:year|yr)s?|home|212 ?e)\b/,
  // "does the rule still apply to me", "am I still subject to it", "is the home rule still on me"
  /\b(?:rule|requirement|it|that|this|restriction|212 ?e) still (?:appl(?:y|ies)|stands?|binds?|holds?|counts?)\b|\bstill (?:subject|bound|under|stuck with|tied to)\b|\bno longer (?:subject|bound|appl\w*)\b|\bappl(?:y|ies) (?:to (?:me|us) )?any ?more\b/,
];

const REQUIRED = /\b(?:need|needs|required|require|requires|must|mandatory|have to|has to|necessary|compulsory|obliged|obligated|subject to|appl(?:y|ies) to (?:me|us|him|her|them|everyone|all|every))\b/;
const ADVISED = /\b(?:should (?:i|we|u)|(?:good|bad|wise|smart) idea|advisable|recommended|worth it|better to|a mistake|wise to|smart to)\b/;
const ALLOWED = /^(?:\S+ ){0,5}(?:can|could|may|am i allowed to|is it possible to)\b|\b(?:is it|it is|is that|would it be) (?:ok|okay|fine|allowed|acceptable|possible)\b|\b(?:allowed|permitted) to\b/;

/** The clause past its opening premise ("I finished my two years, can I…?" asks "can I…?"). */
function asking(clause: string): string {
  const parts = clause.split(/[,;:]\s*/);
  const opener = /^(?:so |ok |and |but )?(?:is|are|was|were|has|have|had|did|do|does|can|could|may|might|must|should|will|would|am)\b/;
  const last = parts.length > 1 ? [...parts.slice(1)].reverse().find((p) => opener.test(p)) : undefined;
  return last ?? clause;
}

/** The kind of proposition a yes/no question asks, read from its asking clause. */
export function propositionOf(text: string): Proposition {
  const c = asking(questionClause(text).trim());
  if (DONE_ASKED.some((re) => re.test(c))) return 'done';
  if (ADVISED.test(c)) return 'advised';
  if (REQUIRED.test(c)) return 'required';
  if (ALLOWED.test(c)) return 'allowed';
  return 'other';
}

/**
 * A phrasing's yes or no may answer the member's clause only when both ask the same kind of
 * proposition where the kind decides the word: whether something is already done for the member
 * is never settled by whether it applies, is required or is allowed (nor the other way round), and
 * "can I still…?" is not settled by "should I…?".
 */
export function samePropositionKind(clause: string, phrasing: string): boolean {
  const a = propositionOf(clause);
  const b = propositionOf(phrasing);
  if ((a === 'done') !== (b === 'done')) return false;
  // "Can I still apply this cycle?" (may I) against "should I apply this cycle?" (is it wise).
  if (a === 'allowed' && b === 'advised' && /\bstill\b/.test(normalizeText(clause))) return false;
  return true;
}
