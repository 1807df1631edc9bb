/**
 * A member who trained (or trains) on an ECFMG J-1 and asks whether an H-1B is open to them.
 *
 * The H-1B answers in the guides are about Step 3 and cap-exempt employers; read alone they say
 * "Yes" to "I did my residency on J-1 — can I do the fellowship on H-1B since I passed Step 3?"
 * (newcomer trial 13). For that member the J-1's two-year home-country physical presence
 * requirement decides first: until it is met or waived, no change to H status inside the US and no
 * H visa (US Department of State, cited in visas#j1-sponsorship). So the answer leads with that
 * rule and never with a bare Yes. A member who says the rule is already waived or met is not
 * given it.
 */
import { isYesNoQuestion } from './question-form.js';
import { lacksTold } from './negation.js';
import { normalizeText } from './text.js';

const J1 = String.raw`(?:ecfmg )?j ?1(?: visa)?`;

/** J-1 told as the member's own training visa, done or under way (not offered as an option). */
const J1_TRAINING = new RegExp(
  [
    // "did my residency on J1", "I'm in residency with a J-1", "my fellowship was under an ECFMG J1"
    // (…but "should I do fellowship on J1 or H1B?" offers the J-1 as an option: no training told).
    String.raw`\b(?:my|did|doing|done|completed|completing|finished|finishing|was|were|is|am|currently|current)\b[^.?!]{0,30}\b(?:residency|residence|training|resident|pgy ?\d?|fellowship|intern(?:ship)?|program)\b[^.?!]{0,30}\b(?:on|with|under|using|thru|through) (?:a |an |my |the )?${J1}\b(?! or\b)`,
    // "trained on J1"
    String.raw`\btrained\b[^.?!]{0,30}\b(?:on|with|under|using|thru|through) (?:a |an |my |the )?${J1}\b(?! or\b)`,
    // "J1 resident", "J-1 trainee", "J1 holder"
    String.raw`\bj ?1 (?:resident|residency|trainee|training|trained|physician|doctor|holder|status|sponsored)\b`,
    // "I am on J1", "im currently on a J-1", "came on J1"
    String.raw`\b(?:i am|im|i m|i was|currently|came|come|here|still) (?:here |currently |now |still )?(?:on|with|under) (?:a |an |my |the )?${J1}\b`,
    // "switch from J1 to H1B": the member is or will be on the J-1 ("my J1" alone is not: "they have
    // to accept my J1" asks about a program's policy).
    String.raw`\bfrom (?:a |an |my |the )?${J1} to\b`,
  ].join('|'),
);

const H1B = /\bh ?1 ?b\b/;

/** The member names the rule's two years at home (done or planned: "after my two years back home"), or a waiver in hand or pending. */
const RULE_SETTLED = /\b(?:two|2)[ -]?(?:years?|yrs?)\b[^.?!]{0,30}\b(?:home|back)\b|\b(?:home|back)\b[^.?!]{0,30}\b(?:two|2)[ -]?(?:years?|yrs?)\b|\bwaiv|\bwaiver\b|\bno objection\b|\bconrad\b|\b(?:fulfilled|completed|did|done|served|finished) (?:my |the )?(?:two|2)[ -]?(?:year|yr)s?\b|\bnot subject\b|\bexempt\b/;

/**
 * The member asks whether the H-1B is open to them (can I switch to it, get it, do the fellowship on
 * it), not what it costs or how it works: "does the new H-1B fee apply to me?" is answered on its own.
 */
const ASKS_H1B_ROUTE =
  /\b(?:can|could|may|possible|allowed|able|want|wanting|need|hoping|hope|plan|planning|switch|switching|change|changing|move|moving|go|get|take|do|use|convert|transfer)\b[^.?!]{0,60}\bh ?1 ?b\b|\bh ?1 ?b\b[^.?!]{0,30}\b(?:possible|allowed|ok|okay|an option|option)\b/;

/** The member names the rule itself ("is my 2 year rule finished?"): the answer is about the rule. */
const RULE_NAMED = /\b(?:two|2)[ -]?(?:year|yr)s? (?:home )?(?:rule|requirement)|\bhome[ -](?:residen\w*|country|return)(?: \w+)? (?:rule|requirement)|\b212 ?e\b/;

/** True when a J-1 trainee asks whether an H-1B is open to them and has not said the two-year rule is settled. */
export function homeRuleQuestion(question: string): boolean {
  const q = normalizeText(question);
  // (What is asked is in the sentences put as questions, when there are any: "my program wants to
  // move me to H1B. Does the new fee apply to me?" asks about the fee.)
  const asked = question.split(/(?<=[.!?])\s+/).filter((x) => x.trim().endsWith('?'));
  const clause = normalizeText(asked.length ? asked.join(' ') : question);
  return (
    (isYesNoQuestion(question) || /^how\b|\bhow (?:do|can|could|would|to)\b|,? how\W*$/.test(clause)) &&
    H1B.test(clause) &&
    ASKS_H1B_ROUTE.test(clause) &&
    J1_TRAINING.test(q) &&
    // (A waiver the member says they lack or still wait for settles nothing: "no waiver yet".)
    !RULE_SETTLED.test(normalizeText(lacksTold(question).rest)) &&
    !RULE_NAMED.test(q)
  );
}

/** The answer already puts the two-year rule first (in its first two sentences). */
function statesRuleFirst(answer: string): boolean {
  const opening = answer.replace(/^\*\*[^*]+\*\*\s*/, '').split(/(?<=[.!?])\s+/).slice(0, 2).join(' ');
  return /\btwo-year\b|\bhome-(?:country|residence)\b|\b212\(e\)/i.test(opening);
}

export const HOME_RULE_LEAD =
  '**Not while the J-1 two-year rule stands.** A residency or fellowship on an ECFMG-sponsored J-1 makes you subject to the two-year home-country physical presence requirement: until you have spent two years in your home country or the requirement is waived, you cannot change to H-1B status inside the US or get an H-1B visa, whatever your Step 3 result. A J-1 fellowship, sponsored again by ECFMG, stays possible. Ask ECFMG and an immigration attorney about your own case before you rank an H-1B-only program. [visas#j1-sponsorship]';

/**
 * Puts the two-year rule in front of an answer to a J-1 trainee's H-1B question and takes away any
 * "Yes" the answer led with (its Step 3 facts stay, after the rule). `noWord` is the sentence an
 * answer opens with when it has no yes or no ("I can't give a plain yes or no…"): after the rule's
 * own word it would contradict it, so it goes too.
 */
export function withHomeRule<A extends { answer: string; covered: boolean; lead?: 'yes' | 'no' | 'depends' }>(question: string, a: A, noWord?: string): A {
  if (!a.covered || !homeRuleQuestion(question) || statesRuleFirst(a.answer)) return a;
  let body = a.answer.replace(/^\*\*(?:Yes|No|It depends:?)\.?\*\*\s*/i, '');
  if (noWord && body.startsWith(noWord)) body = body.slice(noWord.length).trimStart();
  const answer = `${HOME_RULE_LEAD}\n\n${body}`;
  // A yes/no question asked alone is answered No. Two questions in one message (the rule answers the
  // H-1B one) or a "how" question (it asked for a way) get the rule first and no word.
  if ((question.match(/\?/g) ?? []).length <= 1 && isYesNoQuestion(question)) return { ...a, answer, lead: 'no' };
  const { lead: _dropped, ...rest } = a;
  return { ...rest, answer } as A;
}
