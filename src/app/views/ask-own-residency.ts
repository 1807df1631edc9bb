/**
 * A private /ask reply to a member whose profile lists a residency that meets the fellowship's
 * standard rule (ACGME, RCPSC or CFPC, not left, not a preliminary year): the guides' caveat that
 * a residency done abroad leads in "only through an exception" is about someone else, and read by
 * a US resident it only alarms (newcomer trial 20: a PGY-2 in an ACGME internal medicine program
 * asking whether he may email a program director was told it). Sentences making that point are
 * left out of the answer itself; an answer about eligibility keeps them, since there the rule is
 * the answer and the eligibility note speaks to the member's own case.
 */
import type { Profile } from '../../core/profile/schema.js';
import { countsForFellowship, readResidencies } from '../../core/profile/training.js';

/** A sentence saying training abroad leads in only through the exception. */
const ABROAD_EXCEPTION =
  /\b(?:abroad|outside the (?:us|united states)(?: and canada)?|in (?:any )?other countr\w+|foreign)\b[^.]*\bexception\b|\bexception\b[^.]*\b(?:abroad|outside the (?:us|united states)|foreign)\b/i;

/** The member's profile shows a residency that meets the standard rule. */
export function hasStandardResidency(profile: Profile | undefined, today: string): boolean {
  if (!profile) return false;
  return (readResidencies(profile, today) ?? []).some(countsForFellowship);
}

/** The answer without the exception caveat, for such a member; unchanged otherwise. */
export function withoutAbroadCaveat(text: string, profile: Profile | undefined, today: string): string {
  if (!hasStandardResidency(profile, today)) return text;
  const paragraphs = text.split(/\n\n/).map((para) => {
    // Sentences end at ". " before a capital or a bracket; a citation stays with its paragraph.
    const sentences = para.split(/(?<=\.)\s+(?=[A-Z*[])/);
    const kept = sentences.filter((s) => !ABROAD_EXCEPTION.test(s) || /^\[/.test(s));
    return kept.length && kept.some((s) => !/^\[/.test(s)) ? kept.join(' ') : '';
  });
  const out = paragraphs.filter(Boolean).join('\n\n');
  return out.trim() ? out : text;
}
