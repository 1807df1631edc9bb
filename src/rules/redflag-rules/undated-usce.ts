/**
 * How the reports speak of hands-on US clinical experience that the usce list gives without a dated
 * timeline entry (derived.undatedUsce): credited for what it is, but never placed, so every view
 * says the same plain thing and asks for the dates instead of guessing them.
 */
import { undatedUsce, type UndatedUsce } from '../../core/profile/derived.js';
import type { Profile } from '../../core/profile/schema.js';
import { joinAnd, monthsText } from './wording.js';

/** "your 3-month externship", "your 3-month externship and 1-month elective". */
export function undatedUsceNamed(p: Profile, today: string): string | undefined {
  const u = undatedUsce(p, today);
  return u ? named(u) : undefined;
}

function named(u: UndatedUsce): string {
  return `your ${joinAnd(u.entries.map((e) => `${monthsText(e.months).replace(/ months?$/, '-month')} ${e.kind}`))}`;
}

/** The sentence asking for the dates; `effect` says what the report did not do with the months. */
export function undatedUsceSentence(p: Profile, today: string, effect: string): string | undefined {
  const u = undatedUsce(p, today);
  if (!u) return undefined;
  const what = named(u);
  const many = u.entries.length > 1;
  const s = what.charAt(0).toUpperCase() + what.slice(1);
  return `${s} (hands-on US clinical experience) ${many ? 'have' : 'has'} no dates on your timeline, so ${effect}: add ${many ? 'their' : 'its'} dates (a US clinical entry on the timeline) so the report can place ${many ? 'them' : 'it'}.`;
}
