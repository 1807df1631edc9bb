import type { Profile } from '../../src/core/profile/schema.js';

/**
 * The profile with the member's own note that she applied this season. A letter's ask date is not
 * evidence of an application (trial 17), so tests of the "applied" readings say it in the member's words.
 */
export function saidApplied(p: Profile, note = 'applied through ERAS this season'): Profile {
  return {
    ...p,
    timeline: [...(p.timeline ?? []), { from: '2026-06', to: 'present', activity: 'us-clinical', note }],
  };
}
