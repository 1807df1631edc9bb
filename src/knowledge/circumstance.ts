/**
 * The member's circumstance, told around what they ask.
 *
 * 1. A sentence often opens with the member's situation and asks after a comma ("my visa is J1,
 *    can I do the fellowship after residency on the same J1?", "as a Pakistani grad with 2
 *    failures, how many letters should I send?"). The situation informs the answer (its words
 *    still count, as context); the part that asks decides which answer it is.
 *    `askingAfterCircumstance` finds that part: a leading clause about the member (a first-person
 *    word, a past verb whose "I" is left out, "as a…", a time adverb such as "just" or
 *    "currently", or a "…here" self-introduction), then a comma, then a part that opens as a
 *    question (a question word, or an auxiliary followed by its subject) and does not point back
 *    to the circumstance with a pronoun ("…, how do I explain it?"). A leading phrase that
 *    names a topic rather than the member ("For 'describe a conflict', what do interviewers
 *    want?", "about the J-1, can I…"), or a condition the question is about ("if the PD brings up
 *    my warning, what should I say?"), is not a circumstance and stays in the asking part.
 *
 * 2. The stage a member has reached when they have finished medical school and done no residency,
 *    however it is told: "just graduated from med school", "fresh MBBS grad", "straight after
 *    internship", "skip residency", "no residency yet". It is the point of a question about the
 *    fellowship (a fellowship comes after a residency), so it is read as one feature that the
 *    curated questions about it share with every wording of it.
 */

/** A question word, or an auxiliary with its subject, opening a part of a sentence. */
const OPENS_AS_QUESTION =
  /^(?:what|whats|how|when|where|which|who|why|whom|whose|is there|are there|(?:is|are|am|was|were|do|does|did|can|could|will|would|should|shall|may|might|must|have|has)(?: \w+)? (?:i|we|it|they|this|that|these|those|there|my|our|a|an|the|programs?|fellowships?|ci|informatics|clinical|someone|anyone|you|he|she|one|im)\b)/;

/** A clause about the member: who they are, what they did, where they stand. */
const ABOUT_THE_MEMBER =
  /\b(?:i|im|i m|ive|i ve|id|i d|my|me|we|our|us)\b|^(?:\w+ed|did|got|had|took|been|done)\b|^(?:as (?:a|an|someone|somebody)|(?:just|recently|newly|currently|already|still|now|having|being|after|since|fresh(?:ly)?)\b)|\bhere$/;

/** A pronoun in the asking part that stands for something told before it. */
const POINTS_BACK = /\b(?:it|its|they|them|their|that|this|these|those|one|ones|she|her|he|him|his)\b/;

/**
 * A leading phrase that names the topic asked about, not the member ("for the J-1, …"), or sets
 * up the situation the question is about ("if the PD brings up my warning, what should I say?").
 */
const NAMES_TOPIC = /^(?:for|about|regarding|re|on|concerning|in terms of|with regard to|speaking of|if|when|whenever|once|unless|suppose|supposing|in case)\b/;

/**
 * The part of a (normalised, lower-case) clause that asks, when a circumstance about the member
 * comes before it after a comma; undefined when there is no such split.
 */
export function askingAfterCircumstance(clause: string): string | undefined {
  const parts = clause.split(/\s*,\s*/);
  if (parts.length < 2) return undefined;
  for (let i = 1; i < parts.length; i++) {
    const rest = parts.slice(i).join(', ');
    if (!OPENS_AS_QUESTION.test(rest)) continue;
    const before = parts.slice(0, i);
    // Every part before it tells the member's circumstance, and none of them asks.
    if (before.some((p) => !p || OPENS_AS_QUESTION.test(p) || NAMES_TOPIC.test(p))) return undefined;
    if (!before.some((p) => ABOUT_THE_MEMBER.test(p))) return undefined;
    // An asking part that points back ("…, how do I explain it?", "…, are they too old?") asks
    // about the circumstance itself: the whole clause asks.
    if (POINTS_BACK.test(rest)) return undefined;
    return rest;
  }
  return undefined;
}

/** Finished medical school (or the internship after it) and no residency done. */
const NO_RESIDENCY = new RegExp(
  [
    // just / newly / recently graduated or finished, from medical school or the internship
    String.raw`\b(?:just|recently|newly|freshly|only just)\s+(?:graduated|graduate|finished|completed|done|passed out|out)\b(?:\s+(?:with|from|of))?(?:\s+(?:my|the))?\s+(?:med(?:ical)? school|mbbs|md|mbchb|internship|intern year|house ?job)`,
    // a fresh graduate, a new grad
    String.raw`\b(?:fresh|new|newly qualified)\s+(?:mbbs\s+|md\s+|medical\s+)?(?:grad|grads|graduate|graduates|doctor|doctors)\b`,
    // straight / right / directly after medical school or the internship
    String.raw`\b(?:straight|right|directly|immediately|just)\s+(?:after|out of|from|following)\s+(?:(?:my|the)\s+)?(?:med(?:ical)? school|mbbs|md|mbchb|graduation|graduating|internship|intern year|house ?job)`,
    // skipping residency, or none done; "without a US residency" is read the same way: the usual
    // asker has none, and the answer for that stage also names the exception for one done abroad
    String.raw`\b(?:skip|skipping|skipped|bypass|bypassing|avoid|avoiding|without|no|never did|never done|not done|havent done|have not done|didnt do|did not do|before doing)\s+(?:doing\s+|having\s+done\s+|completing\s+)?(?:a\s+|an\s+|any\s+|the\s+|my\s+)?(?:(?:u\.?\s?s\.?a?\.?|american|acgme(?:.accredited)?)\s+)?residency\b(?!\s+(?:again|program director|requirement))`,
    // never trained or worked as a resident
    String.raw`\b(?:never|not yet|havent|have not|hasnt|has not|didnt|did not)\s+(?:yet\s+)?(?:been|trained|worked|served)\s+(?:as\s+)?an?\s+resident\b`,
  ].join('|'),
  'i',
);

/** The feature standing for the no-residency stage (see meaning.ts). */
export const NO_RESIDENCY_FEATURE = 'c:no-residency';

export function readsNoResidency(text: string): boolean {
  return NO_RESIDENCY.test(text.replace(/[’']/g, ''));
}

const NO_RESIDENCY_ALL = new RegExp(NO_RESIDENCY.source, 'gi');

/**
 * The text with every telling of the no-residency stage taken out, and whether there was one: the
 * words of "straight out of medical school" or "without any residency" stand for the stage as a
 * whole, so they are read as its one feature rather than as loose words that one telling has and
 * another lacks.
 */
export function noResidencyTold(text: string): { rest: string; told: boolean } {
  const plain = text.replace(/[’']/g, '');
  const rest = plain.replace(NO_RESIDENCY_ALL, ' ');
  return { rest, told: rest !== plain };
}
