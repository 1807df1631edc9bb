/**
 * How the reports speak of hands-on US clinical experience that the usce list gives without a dated
 * timeline entry (derived.undatedUsce): credited for what it is, but never placed, so every view
 * says the same plain thing and asks for the dates instead of guessing them.
 */
import { undatedUsce } from '../../core/profile/derived.js';
import type { Profile } from '../../core/profile/schema.js';
import { joinAnd, monthsText } from './wording.js';

/** "your 3-month externship", "your 3-month externship and 1-month elective". */
export function undatedUsceNamed(p: Profile, today: string): string | undefined {
  const u = undatedUsce(p, today);
  if (!u) return undefined;
  return `your ${joinAnd(u.entries.map((e) => `${monthsText(e.months).replace(/ months?$/, '-month')} ${e.kind}`))}`;
}

/** The sentence asking for the dates; `effect` says what the report did not do with the months. */
export function undatedUsceSentence(p: Profile, today: string, effect: string): string | undefined {
  const named = undatedUsceNamed(p, today);
  if (!named) return undefined;
  const s = named.charAt(0).toUpperCase() + named.slice(1);
  return `${s} (hands-on US clinical experience) ${named.includes(' and ') ? 'have' : 'has'} no dates on your timeline, so ${effect}: add ${named.includes(' and ') ? 'their' : 'its'} dates (a US clinical entry on the timeline) so the report can place ${named.includes(' and ') ? 'them' : 'it'}.`;
}
