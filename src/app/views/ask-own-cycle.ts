/**
 * "What is the AMIA commit date for my cycle?": the member's own application season, in a reply
 * only they see. The guides give past seasons' dates and the season line places today on this
 * season's calendar; a resident whose fellowship starts a year or two later applies in a later
 * season, so "my cycle" is that season (newcomer trial 20 got this season's date, a year early).
 * The season comes from the stored profile: the first July a fellowship can start after the
 * member's current US residency (earliestFellowshipSeason), so it is only as good as the profile.
 */
import { earliestFellowshipSeason } from '../../composers/season-calendar.js';
import type { DayString } from '../../core/dates.js';
import type { Profile } from '../../core/profile/schema.js';

/** The member's own season or cycle named ("my cycle", "for my year", "when I apply"). */
const OWN_CYCLE =
  /\b(?:my|our) (?:own )?(?:cycle|season|year|application (?:cycle|season|year)|match(?: year| cycle)?|round)\b|\bfor me\b|\bwhen i (?:apply|will apply|am applying)\b|\bthe (?:cycle|season|year) i (?:apply|will apply|am applying)\b/i;

/** The July the member's fellowship can start, when the question asks about their own cycle. */
export function ownCycleStart(question: string, profile: Profile | undefined, today: DayString): number | undefined {
  if (!profile || !OWN_CYCLE.test(question)) return undefined;
  const season = earliestFellowshipSeason(profile, today);
  return season ? season.year + 1 : undefined;
}
