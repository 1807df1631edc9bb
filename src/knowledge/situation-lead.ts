/**
 * The Yes or No of a curated answer that a situation reading chose (trial18-situations.ts), for
 * a member whose words are far from its phrasings. The word then follows from what is asked about
 * the situation, not from how much of a phrasing the question holds: the J-1 return answer is
 * "yes" to whether a new J-1 is possible before the two years are done ("can I come back…?",
 * "is it possible to go back…?") and "no" to whether the rule stops it ("does it block me…?",
 * "must I wait out the two years?"). Round ask61: trial 19's "Can I come back to the US on a J-1
 * before my 2 years at home are done?" got the right answer with no word, as an implied yes.
 */
import { questionClause } from './question-form.js';
import { normalizeText } from './text.js';
import { trial18Entry } from './trial18-situations.js';
import { trial19Pinned } from './trial19-situations.js';

/** Whether it can be done: a permission or possibility asked. */
const PERMISSION = /^(?:(?:so |and |but )?(?:can|could|may|might) (?:i|we)\b|(?:is|would) it (?:be )?(?:possible|allowed|ok|okay)\b|am i (?:allowed|able|permitted|eligible)\b|(?:is|would) (?:a |another |a new |a fresh )?(?:new |fresh )?j1 (?:be )?(?:possible|allowed|an option)\b)/;
/** Whether the rule stands in the way: a bar or a wait asked. */
const BAR = /\b(?:stop|stops|block|blocks|bar|bars|prevent|prevents|keep me from|stand in (?:the|my) way)\b|^(?:(?:so |and |but )?(?:must|do|should) i (?:have to |need to )?(?:wait|stay|finish|complete|serve))\b/;

/** An H-4 stamp told as run out, or the EAD asked about as the document to come back on. */
const STAMP_GONE = /\b(?:stamp|visa)\b[^?.]{0,30}\b(?:expired|ran out|run out|is old|old|not valid|invalid|over)\b|\bexpired (?:h4 )?(?:visa )?stamp\b/;
const EAD_AS_TRAVEL = /\b(?:on|with|using) (?:my |the |an? )?(?:h4 )?ead(?: card)?\b|\bead(?: card)? (?:is )?enough\b|\bead(?: card)? to (?:re-?enter|come back|return|travel)\b/;

export function situationLead(question: string, entryId: string): 'yes' | 'no' | undefined {
  // Travel on H-4: with the stamp run out, or on the EAD as if it were a travel document, the
  // answer to "can I come back / is the EAD enough?" is No (trial19-situations.ts chose it).
  if (entryId === 'h4-travel-visa-stamp') {
    const t = normalizeText(question);
    return trial19Pinned(question) === entryId && (STAMP_GONE.test(t) || EAD_AS_TRAVEL.test(t)) && !BAR.test(t) ? 'no' : undefined;
  }
  if (entryId !== 'j1-return-before-two-years' || trial18Entry(question) !== entryId) return undefined;
  // (The asking part may follow what the member tells: "my two years aren't over yet, can I…?")
  const parts = normalizeText(questionClause(question))
    .split(/[,;:]\s*/)
    .map((p) => p.trim().replace(/^(?:ok|okay|so|well|also|hi|hello|and|but)\s+/, ''));
  if (parts.some((p) => BAR.test(p))) return 'no';
  if (parts.some((p) => PERMISSION.test(p))) return 'yes';
  return undefined;
}

/** A status the two-year rule closes until it is met or waived (an H or L visa, a green card). */
const CLOSED_STATUS = /\b(?:h1b|h ?1|l1|h visa|l visa|green ?cards?|permanent residen\w*|immigrant visa)\b/;
/** Before the two years at home are over ("before my 2 years are done", "before finishing the two years"). */
const BEFORE_TWO_YEARS =
  /\bbefore (?:i (?:have )?)?(?:finish\w*|complet\w*|serv\w*|do(?:ing)?|fulfil\w*|meet\w*|end\w*)? ?(?:my |the |those |all )?(?:two|2)[ -]years?\b|\bbefore (?:my |the )?(?:two|2)[ -]years? (?:home )?(?:rule|requirement)? ?(?:is |are )?(?:done|over|up|met|finished|complete)|\bwithout (?:a |any )?waiver\b/;

/**
 * An H-1B (or L, or a green card) asked for before the two years at home are done: No, whatever
 * a phrasing about the same status after the two years says ("Can I get an H-1B before my two
 * years at home are done?" had borrowed the Yes of "…once the two years are done?").
 */
export function closedBeforeTwoYears(question: string): 'no' | undefined {
  const t = normalizeText(questionClause(question));
  if (!CLOSED_STATUS.test(t) || !BEFORE_TWO_YEARS.test(t) || /\bwaiv\w* (?:is |was )?(?:approved|granted)\b|\bwith (?:a |the )?waiver\b/.test(t)) return undefined;
  return /^(?:(?:so |and |but )?(?:can|could|may|might) (?:i|we)\b|(?:is|would) it (?:be )?(?:possible|allowed)\b|am i (?:allowed|able|eligible)\b)/.test(t.replace(/^.*[,;:]\s*/, '')) || /^(?:(?:so |and |but )?(?:can|could|may|might) (?:i|we)\b|(?:is|would) it (?:be )?(?:possible|allowed)\b|am i (?:allowed|able|eligible)\b)/.test(t) ? 'no' : undefined;
}
