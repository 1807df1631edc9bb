/**
 * A private /ask answer about fellowship eligibility, read against the member's own residencies.
 *
 * The guides answer "am I eligible?" for every reader at once (the standard rule, then the
 * exception for residencies abroad). A member who finished a US residency and asked was shown the
 * foreign-residency exception first, and could read it as their own case. With a profile we know
 * which branch is theirs, so the note says it and goes first. Facts are the red-flag rule's
 * (src/rules/redflag-rules/eligibility.ts; knowledge/ci-pathway.md): an ACGME, RCPSC or CFPC
 * residency completed or in progress meets the standard rule; ACGME-I is unsettled; anything else
 * reaches an ACGME fellowship only through the exception, which usually closes the CI boards.
 */
import type { Answer } from '../../knowledge/answer.js';
import type { Profile } from '../../core/profile/schema.js';
import { countsForFellowship, isCanada, readResidencies, type ResidencyReading } from '../../core/profile/training.js';
import { describeResidency } from '../../rules/redflag-rules/eligibility.js';

/** Sections and curated answers whose subject is who may enter a CI fellowship. */
const ELIGIBILITY_SECTIONS = new Set([
  'ci-pathway#fellowship-eligibility',
  'ci-pathway#exceptionally-qualified-applicants',
  'ci-pathway#foreign-residency-only',
]);
const ELIGIBILITY_FAQS = new Set([
  'eligibility-foreign-residency',
  // "I finished residency, can I apply?" may meet the curated "while still in residency" answer.
  'apply-during-residency',
  'eligibility-standard-rule',
  'fellowship-without-residency',
  'eligibility-exception',
  'foreign-residency-credit',
  'foreign-school-us-residency',
  'us-citizen-abroad-eligibility',
]);

export function isEligibilityAnswer(answer: Answer): boolean {
  return ELIGIBILITY_FAQS.has(answer.faqId ?? '') || ELIGIBILITY_SECTIONS.has(answer.topic ?? '');
}

const ACCREDITOR: Readonly<Record<string, string>> = { acgme: 'ACGME', rcpsc: 'RCPSC', cfpc: 'CFPC' };

function accredited(r: ResidencyReading): string {
  const a = r.residency.accreditation;
  if (a && ACCREDITOR[a]) return `${ACCREDITOR[a]}-accredited`;
  // Not given: the red-flag rule reads a US program as ACGME, a Canadian one as RCPSC or CFPC.
  return isCanada(r.residency.country)
    ? 'taken as RCPSC- or CFPC-accredited because it is in Canada'
    : 'taken as ACGME-accredited because it is in the US';
}

/**
 * The note, or undefined when the profile cannot settle it (no residencies recorded, no today).
 * A residency applicant gets a note only when she has no residency completed or running.
 */
export function eligibilityNote(profile: Profile, answer: Answer, today: string | undefined): string | undefined {
  if (!today || !isEligibilityAnswer(answer)) return undefined;
  const all = readResidencies(profile, today);
  if (!all) return undefined;
  // A residency applicant who asks whether she could go to a CI fellowship now, with no residency
  // completed anywhere, is answered from her own record: the residency she is applying to is the
  // route (a newcomer applying to IM with an unfinished residency abroad was shown only the
  // exception for completed ones). With a completed or running residency she gets the guides'
  // general answer, as before.
  if (profile.target === 'residency-informatics-track') {
    if (all.some((r) => r.status === 'completed' || countsForFellowship(r))) return undefined;
    const unfinished = all.length ? 'lists no completed residency' : 'says you have done no residency';
    return `For you: your profile ${unfinished}, so a CI fellowship is not open to you yet: it comes after a completed residency. The residency you are applying to is the route; you would apply to the fellowship in its final year.`;
  }
  const ok = all.find((r) => countsForFellowship(r) && r.status === 'completed') ?? all.find(countsForFellowship);
  if (ok) {
    const done = ok.status === 'completed';
    return `For you: your profile lists your ${describeResidency(ok)}, ${accredited(ok)}. That meets the standard rule${done ? '' : ' once you complete it before the fellowship starts (you apply in its final year)'}, so the exception for residencies done abroad is not your route. Programs still ask for board eligibility or certification in your specialty.`;
  }
  const acgmeI = all.find((r) => r.standing === 'acgme-i' && r.status === 'completed');
  if (acgmeI)
    return `For you: your profile lists your ${describeResidency(acgmeI)}, accredited by ACGME International. Whether that meets the standard rule is not settled in anything we could read: ask each program in writing whether it takes you under the standard rule or only through the exception. It gives no ABMS board certification, which the CI boards need.`;
  const abroad = all.find((r) => r.status === 'completed');
  if (abroad)
    return `For you: your profile lists your ${describeResidency(abroad)} and no completed US or Canadian residency. An ACGME CI fellowship could take you only through the exceptionally qualified applicant exception, if a program chooses to use it, and that route usually does not lead to the CI boards; a US residency first is the route that does.`;
  const none = all.length ? 'lists no completed residency' : 'says you have done no residency';
  return `For you: your profile ${none}. A CI fellowship comes after one; the usual IMG route is a US residency first, applying to the fellowship in its final year.`;
}
