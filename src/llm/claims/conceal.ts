/**
 * Advice to hide, leave out, play down or misstate a fact of the member's record, in any
 * wording. Read as meaning, not phrases: a directive (an imperative, "you should", "no need
 * to", "avoid", "better not", …) × an act (concealing: hide, omit, leave out, gloss over;
 * disclosing: mention, disclose, report, bring up; deceiving: lie, pretend, fudge, round up) ×
 * polarity (a negated concealment — "don't hide it" — is honest advice; a negated disclosure —
 * "no need to mention it" — is concealment) × an object that is part of the record (an exam,
 * a failure, a gap, a dismissal, a visa, "it" after one of those). Private details the member
 * may rightly keep to themselves (health, family, religion) are not the record.
 */
import { canonical } from './normalize.js';
import { clauses } from './read.js';

const CONCEAL =
  /\b(?:(?:left|leave|leaving|keep|kept) (?:\w+ ){0,2}(?:unmentioned|unsaid|unspoken|undisclosed|unstated|off the record)|hide|hiding|hid|conceal\w*|omit\w*|leav(?:e|ing) (?:\w+ ){0,3}(?:out|off)|left (?:\w+ ){0,3}(?:out|off)|keep(?:ing)? (?:\w+ ){0,2}vague|be vague|skip(?:ping)? (?:over )?|gloss(?:ing)? over|cover(?:ing)? up|bury|burying|downplay\w*|play(?:ing)? down|minimi[sz]\w*|exclud\w*|remov\w*|delet\w*|drop(?:ping)?|keep(?:ing)? (?:\w+ ){0,2}(?:quiet|secret|hidden|private|to yourself|under wraps|off)|sweep\w* (?:\w+ ){0,2}under|brush\w* (?:\w+ ){0,2}(?:aside|off|under)|sidestep\w*|dodg\w*|evad\w*|avoid(?:ing)? (?:the )?(?:topic|subject|question)|steer\w* (?:\w+ ){0,2}(?:away|clear))\b/;
const DISCLOSE =
  /\b(?:mention\w*|disclos\w*|report(?:ing|ed|s)?|list(?:ing)?|includ\w*|bring(?:ing)? (?:\w+ )?up|brought (?:\w+ )?up|rais\w*|tell(?:ing)?|declar\w*|admit\w*|acknowledg\w*|reveal\w*|volunteer\w*|explain\w*|address\w*|talk(?:ing)? about|discuss\w*|share|sharing|note|state|put (?:\w+ )?(?:on|in)|write (?:about|down)|answer\w*|appear\w*|come up|show up|know about|hear about|learn about|be told)\b/;
const DECEIVE =
  /\b(?:lie|lying|lied|pretend\w*|fib\w*|fudg\w*|fak(?:e|ed|ing)|fabricat\w*|falsif\w*|make up(?! for)|made up(?! for)|invent\w*|inflat\w*|embellish\w*|exaggerat\w*|round(?:ing)? (?:\w+ ){0,2}up|backdat\w*|alter\w*|chang(?:e|ing) (?:the )?(?:date|dates|score|scores|result|results)|misstat\w*|misrepresent\w*|mislead\w*|say (?:that )?(?:you|i) (?:passed|never|didn't|did not|were|was|are|am|have|had|completed|finished)|tell (?:them|the \w+|programs?|him|her) (?:that )?(?:you|i) (?:passed|never|didn't|did not|were|was|completed|finished|have|had)|claim (?:that )?(?:you|i)|(?:say|tell \w+(?: \w+)?|claim|write|state|explain) (?:that )?(?:you|i) (?:\w+ ){1,5}(?:by choice|voluntarily|of (?:your|my) own (?:accord|choice)|on (?:your|my) own terms)|(?:they|programs?|nobody|no one|anyone|anybody|eras|the program|committees?|interviewers?|writers?) (?:won't|will not|never|don't|do not|wouldn't|would not|can't|cannot) (?:find out|check|know|notice|verify|ask|look)|nobody (?:will|would|checks?|asks?|notices?|cares?)|no one (?:will|would|checks?|asks?|notices?)|no 1 (?:will|would|checks?|asks?|notices?))\b/;
/** Describing one kind of record event as another: "call the dismissal a resignation". */
const RELABEL =
  /\b(?:describ\w*|fram\w*|present\w*|call\w*|label\w*|list\w*|refer\w* to|characteri[sz]\w*|spin\w*|recast\w*|rebrand\w*|renam\w*|word\w*|pass(?:ing)? (?:\w+ ){0,2}off) (?:\w+ ){0,4}(?:as|like) (?:an? |the )?(?:\w+ ){0,2}(?:pass|passed|resignation|resigned|voluntary|leave|sabbatical|break|vacation|research|transfer|mutual|withdrawal|deferral|deferred|postponement|postponed|reschedul\w*|cancell?ation|cancell?ed|administrative|first attempt|1th attempt|personal reasons?|family reasons?|medical leave|health reasons?|choice|decision)\b/;
const NEGATION =
  /\b(?:not|never|no|don't|do not|doesn't|does not|didn't|needn't|shouldn't|mustn't|won't|avoid\w*|without|refrain\w*|stop|unnecessary|optional|no need|no reason|not necessary|not required|not obliged|don't have to|do not have to|doesn't have to|not have to)\b/;
/** An order at the start of a clause ("leave it out", "just say …"). */
const START_DIRECTIVE =
  /^(?:[\w']+(?: [\w']+){0,3}, )?(?:just |simply |please |also |then |and |so |now )*(?:hide|conceal|omit|leave|skip|gloss|cover|bury|downplay|play|minimi[sz]e|exclude|remove|delete|drop|keep|sweep|brush|sidestep|dodge|evade|say|tell|claim|describe|frame|present|call|label|list|refer|pretend|lie|fudge|fake|round|change|alter|don't|do not|never|avoid|write|put|mention|report|disclose|stay|stick)\b/;
/** Advice words that govern a verb after them ("you don't need to", "best to", "no need to"). */
const ADVICE =
  /\b(?:i|you)(?:'d| would)\b|\b(?:best|better|safest|wisest) (?:left|kept|not)\b|\b(?:you|i) (?:should|could|can|might|may|must|need to|needs to|had better|ought to|have to|would|will want to|want to|might want to|may want to|do not need|don't need|needn't|are not required|aren't required|are not obliged|do not have|don't have)\b|\b(?:it(?:'s| is) (?:best|better|wise|fine|ok|okay|safer|smart|advisable|acceptable|unnecessary|not necessary|not needed|not required)|best to|better to|better not|try to|make sure|be sure|i(?:'d| would) (?:suggest|recommend|advise|avoid)|(?:i )?(?:suggest|recommend|advise)|consider|no need|there is no need|there's no need|no reason to|nothing requires|nobody needs|no one needs|programs don't need|the program doesn't need|they don't need|you're not required|you are not required|not required to|not obliged to|it's okay not to|it is okay not to|ok not to|fine not to|let's|let us|(?:doesn't|does not|don't|do not|won't|will not) (?:need|have) to|need not|needn't)\b/;
const RECORD =
  /\b(?:pass|passed|step1|step2ck|step2cs|step3|comlex\d|oet|usmle|exam|exams|boards|score|scores|attempt|attempts|fail\w*|retake\w*|flunk\w*|gap|gaps|break|time off|dismiss\w*|terminat\w*|fired|probation\w*|resign\w*|professionalism|misconduct|disciplin\w*|complaint\w*|residency|red flags?|flags?|record|history|match attempts?|unmatched|cycles?|ecfmg|board certification|remediation)\b/;
/** "Call the dismissal a resignation": naming one kind of event as another, without "as". */
const RENAME =
  /\b(?:call|label|term|name|dub)\w* (?:the |your |my |this |that |it )?(?:\w+ ){0,2}(?:an? |the )?(?:resignation|voluntary (?:\w+)|leave of absence|leave|sabbatical|break|vacation|research year|transfer|withdrawal|pass|personal reasons?|family reasons?|medical leave)\b/;
/** Status facts: never to be misstated, but leaving them out of a letter or an email is fine. */
const STATUS = /\b(?:visa|visas|j1|h1b|o1|greencard|citizenship|citizen|immigration|sponsorship)\b/;
const PRIVATE =
  /\b(?:health|medical (?:details?|condition|history|diagnos\w*)|diagnos\w*|illness|disabilit\w*|pregnan\w*|religio\w*|faith|family (?:details?|matters|situation)|relationship|divorce|mental health|therapy|personal (?:details?|matters|life))\b/;
const PRONOUN_OBJECT = /\b(?:it|this|that|them|these|those)\b/;

/** Is the verb at `m` given as advice: the clause opens with it, or advice words lead up to it? */
function directed(clause: string, m: RegExpExecArray): boolean {
  if (START_DIRECTIVE.test(clause.slice(0, m.index + m[0].length).trim())) return true;
  return ADVICE.test(clause.slice(Math.max(0, m.index - 60), m.index + m[0].length));
}

export interface Concealment {
  quote: string;
  kind: 'conceal' | 'deceive' | 'relabel';
}

/** Advice to hide or misstate a record fact, clause by clause ("it" may point to the clause before). */
export function findConcealment(text: string): Concealment[] {
  const out: Concealment[] = [];
  // Coaching words that sound like disclosure verbs but are about length, not content.
  const parts = clauses(canonical(text).replace(/\bover[- ]?(?:explain|share|elaborate|justify)\w*/g, 'elaborate'));
  parts.forEach((clause, i) => {
    const context = `${parts[i - 1] ?? ''} ${clause}`;
    const record = RECORD.test(clause) || (PRONOUN_OBJECT.test(clause) && RECORD.test(context));
    const status = STATUS.test(clause);
    if (!record && !status) return;
    const aboutPrivate = PRIVATE.test(clause) && !RECORD.test(clause.replace(PRIVATE, ''));
    const relabel = RELABEL.exec(clause) ?? RENAME.exec(clause);
    if (relabel && directed(clause, relabel)) {
      out.push({ quote: clause, kind: 'relabel' });
      return;
    }
    const deceive = DECEIVE.exec(clause);
    if (deceive) {
      const before = clause.slice(0, deceive.index);
      const negated = NEGATION.test(before.split(/\b(?:and|or|then)\b/).pop() ?? '');
      // "nobody will check" reassures a lie whoever says it; "lie", "invent" are advice only
      // when given as advice ("an invented example" describes a text).
      const reassurance =
        /^(?:they|programs?|nobody|no one|no 1|anyone|anybody|eras|the program|committees?|interviewers?|writers?)\b/.test(
          deceive[0],
        );
      const honest = reassurance ? false : negated || !directed(clause, deceive);
      if (!honest) {
        out.push({ quote: clause, kind: 'deceive' });
        return;
      }
    }
    if (aboutPrivate || !record) return;
    const conceal = CONCEAL.exec(clause);
    const disclose = DISCLOSE.exec(clause);
    const negBefore = (m: RegExpExecArray) => NEGATION.test(clause.slice(Math.max(0, m.index - 40), m.index));
    // What is kept back is what follows the verb: "share medical details of the gap" keeps back
    // the private details, not the gap.
    const keepsPrivate = (m: RegExpExecArray) =>
      PRIVATE.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if ((conceal && keepsPrivate(conceal)) || (!conceal && disclose && keepsPrivate(disclose))) return;
    // "You need not explain every month": about how much detail, not whether to tell.
    if (
      !conceal &&
      disclose &&
      /^\s*(?:\w+ ){0,2}(?:every|each|all the|in (?:great |full )?detail|at length|the details)\b/.test(
        clause.slice(disclose.index + disclose[0].length),
      )
    )
      return;
    if (conceal && directed(clause, conceal) && !negBefore(conceal)) out.push({ quote: clause, kind: 'conceal' });
    else if (!conceal && disclose && directed(clause, disclose) && negBefore(disclose))
      out.push({ quote: clause, kind: 'conceal' });
  });
  return out;
}
