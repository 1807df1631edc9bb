/**
 * Marks a profile the letters route drew for the residency a CI applicant needs first
 * (src/composers/lor-route.ts), so the email composers can word the application as the residency
 * the member applies to now, with informatics as the later goal (round ux45: an email for the
 * residency route said "I am applying for a clinical informatics (CI) fellowship"). A WeakSet, not
 * a profile field: the profile is the contract's and takes no new keys. Pure module state.
 */
import type { Profile } from '../core/profile/schema.js';

const ROUTED = new WeakSet<Profile>();

export function markRerouted(p: Profile): Profile {
  ROUTED.add(p);
  return p;
}

export function isRerouted(p: Profile): boolean {
  return ROUTED.has(p);
}
