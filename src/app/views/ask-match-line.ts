/**
 * Whether the profile's "which match applies to you" line belongs under an /ask answer. Newcomer
 * trial 19: a member targeting a residency track saw "For you: your profile targets a residency
 * track, so the NRMP Main Residency Match … apply" under eight answers, most of them not about the
 * match at all (explaining an unmatched year, Step 3 now, her own fellowship dates, a sick parent,
 * residency programs in Texas), because any answer citing a match or pre-match section drew it. A
 * personal line must speak to what was asked: the match line only when the question is about a
 * match itself (which one, its calendar, registering, ranking, SOAP, its rules for interviews);
 * a visa question gets the visa line or nothing (ask.ts).
 */
import type { Answer } from '../../knowledge/answer.js';

/** A match named, or one of its steps or rules, in the member's words. */
const MATCH_ITSELF =
  /\b(?:which match|what match|the match|a match|matches|nrmp|amia (?:ci |clinical informatics )?(?:fellowship )?match|match (?:day|week|calendar|dates?|deadlines?|timeline|rules?|process|results?|fees?|registration|agreement|violation)|soap|rank(?:ing)? (?:order )?lists?|rol\b|certify (?:my|the) (?:list|rank)|commit(?:ment)? deadline|register\w* (?:for|with|in) (?:the )?(?:match|nrmp|amia)|post-?match|scramble|binding|all-?in|second look|where else (?:i|did i|have i) interview\w*|how (?:i|will i|would i) rank|ask\w* (?:me )?(?:about|how) (?:i|my) rank\w*)\b/i;
/** The question is about something else that only happens around the match: its own line, or none. */
const OTHER_SUBJECT =
  /\b(?:visas?|j-?1|h-?1b|h-?4|ead|o-?1|green card|step ?(?:1|2|3)|usmle|letters?|lors?|personal statement|gap|explain\w*|red flag|observership|usce|ecfmg|board|abpm|when (?:will|would|can|could) i (?:finish|start|begin)|what year)\b/i;

export function matchLineFits(question: string | undefined, answer: Answer): boolean {
  const faqId = answer.faqId ?? '';
  const matchEntry = /^(?:amia|nrmp|which-match|soap|commit|match|rank)/.test(faqId);
  if (question === undefined) return matchEntry || (answer.topic ?? '').startsWith('matches');
  return MATCH_ITSELF.test(question) && (matchEntry || !OTHER_SUBJECT.test(question));
}
