/**
 * The route a letters plan serves (the lead's decision, ux41, README "mock plans"): the member's
 * target decides what the plan is for, but a CI-fellowship applicant who cannot reach a fellowship
 * this cycle (fellowship-eligibility high: only a residency abroad, or none) needs letters for the
 * US residency that makes them eligible first. The slots, the ask email, the package and the
 * follow-up dates then serve that residency, each labelled as the route; the fellowship's own
 * letters are "later", asked (or refreshed) when the member applies to it from the residency.
 * The findings stay on the target (the fellowship's mix is still what the member builds toward),
 * and the mock plan reads the same flag the same way (src/mock/plan.ts, planRoute). Pure.
 */
import type { Profile } from '../core/profile/schema.js';
import { fellowshipEligibilityRule } from '../rules/redflag-rules/eligibility.js';
import { humanDay } from '../core/dates.js';
import { markRerouted } from './route-mark.js';
import { isCanada, isUsCountry } from '../core/profile/training.js';

export interface LetterRoute {
  /** The profile the letters plan is drawn for: the member's own, or the residency route's. */
  profile: Profile;
  /** Set when the plan serves the residency route rather than the member's fellowship target. */
  rerouted?: {
    /** One line that labels every "now" part of the plan. */
    label: string;
    /** What the fellowship's letters need later, in sentences. */
    later: string[];
  };
}

/** The label the letters plan shares with the mock plan's "Residency route (now)" questions. */
export const LETTERS_ROUTE_LABEL =
  'Residency route (now): your target is a CI fellowship, but without a residency it accepts you cannot enter one this cycle, so the letters you ask for now are for a US residency, the usual route that makes you eligible. The slots, the email, the package and the dates below serve that residency.';

/**
 * With a residency abroad a fellowship may still take the member through its exception for
 * applicants trained abroad, so the residency is the usual route, not the only one (as the mock
 * plan says it, judge of p342).
 */
export const LETTERS_ROUTE_LABEL_ABROAD =
  'Residency route (now): your target is a CI fellowship, but your residency abroad is not one ACGME fellowships accept on its own, so the letters you ask for now are for a US residency, the usual route that makes you eligible (a fellowship could take you only through its exception for applicants trained abroad; if you try that, the findings above show the fellowship mix). The slots, the email, the package and the dates below serve that residency.';

export function letterRoute(profile: Profile, today: string): LetterRoute {
  if (profile.target !== 'ci-fellowship') return { profile };
  const eligibility = fellowshipEligibilityRule(profile, today).flags.find((f) => f.id === 'fellowship-eligibility');
  if (eligibility?.severity !== 'high') return { profile };
  // The member's deadline belongs to the fellowship they named, not to the residency: the route
  // plan counts no days to it (the NRMP season's own dates apply), and says so below.
  const { deadline, ...rest } = profile;
  const route: Profile = markRerouted({ ...rest, target: 'residency-informatics-track' });
  const later = [
    'Later, for the CI fellowship: you apply to it during your US residency (usually its final year). Its letters then come mostly from that residency: your program director and informatics mentors there, with at least half of the letters speaking to informatics. The findings above judge your letters against that fellowship mix, as a guide for what to build toward.',
    'Letters you collect now are written for a residency and dated now: when you apply to the fellowship, ask these writers to refresh them (your newer work, the fellowship as the goal) or replace them with writers from your residency; a letter more than three years old by then reads as stale.',
  ];
  if (deadline) {
    later.unshift(
      `Your deadline (${humanDay(deadline)}) is for the fellowship, so this plan counts no days to it: residency letters are due when your ERAS residency applications go to programs (typically late September; check this season's NRMP and ERAS dates).`,
    );
  }
  const abroad = (profile.residencies ?? []).some((r) => !isUsCountry(r.country) && !isCanada(r.country));
  return { profile: route, rerouted: { label: abroad ? LETTERS_ROUTE_LABEL_ABROAD : LETTERS_ROUTE_LABEL, later } };
}
