/**
 * Which season a letter ask belongs to, so the letter composers (steps, email, follow-up plan) tell
 * one story with the season the rest of the report states. Pure.
 *
 * - `planned`: an ask dated after today.
 * - `earlier`: an ask made for a season before the one the member is preparing now: on or before the
 *   previous season's deadline (a year before the profile's deadline), or, without a deadline, for
 *   a season that started before the current one. It needs a new request (or a refresh), never a
 *   follow-up: "following up on my request of May last year" reads as if the member forgot a year.
 * - `closed`: asked for the season whose applications are already in (its deadline has passed, or,
 *   with none, its applications opened and its results are not out): nothing to chase; check the
 *   letter arrived, thank the writer, and refresh only for a next season.
 * - `unanswered`: asked for a season whose applications are in, but the member has not said she
 *   applied in it and the profile records no letter received (it has no field for one): asked, no
 *   reply recorded. Never a thank-you for a letter not known to exist, nor "your applications are
 *   with programs" (trial 17); a polite note that asks again, for the season she applies in next.
 * - `current`: asked for the season still open: a follow-up.
 * - `received`: the member's notes say the letter is written, received or uploaded: thanks, never a
 *   request or a follow-up, for the season it was asked for.
 */
import type { Letter, Profile } from '../core/profile/schema.js';
import { applicationSeason, nextSeasonIfUnderWay, resultsOutFor, showsApplied } from './application-season.js';
import { letterTiming } from './lor-deadline.js';
import { notesTellApplication } from './season-evidence.js';
import { letterReceived } from '../rules/letter-notes.js';

export type AskSeason =
  'not-asked' | 'planned' | 'earlier' | 'closed' | 'in-season' | 'unanswered' | 'current' | 'received';

/** The same day one year earlier ("2027-08-01" → "2026-08-01"; 29 Feb → 28 Feb). */
function yearBefore(day: string): string {
  const y = Number(day.slice(0, 4)) - 1;
  const md = day.slice(5) === '02-29' ? '02-28' : day.slice(5);
  return `${y}-${md}`;
}

export function askSeason(l: Letter, given: Profile, today: string): AskSeason {
  const season = seasonOfAsk(l, given, today);
  // The member's own words say this letter is written, received or uploaded ("got 1 LOR", "she
  // uploaded my letter in ERAS"): nothing to ask or chase for the season it was asked for, only
  // thanks (newcomer trial 21: a new request for July 2028 drafted in December to a writer whose
  // letter was in ERAS for this season). A letter asked for an earlier season, or an ask still
  // ahead, keeps its reading: a new season needs its own request.
  if (season !== 'earlier' && season !== 'planned' && letterReceived(l, given, today)) return 'received';
  if (season !== 'closed' || !l.asked) return season;
  // Closed only for a member whose own words say she applied in the season the letter was asked for.
  // A deadline that fits no season leaves the ask's season unknown: then any note telling the
  // application as done is the member's word.
  const asked = applicationSeason(letterTiming(given, today).profile, l.asked);
  const said = asked ? showsApplied(given, asked.startYear) : notesTellApplication(given);
  if (said) return 'closed';
  // Asked before a deadline that has now passed, for a season still under way (its results not out):
  // the letter was for the application this season, whatever the profile records of a reply. Its
  // interview, commit or rank weeks are no time to draft a request for the season after (judges of
  // p361–p372: "re-ask for July 2028" in this season's rank and commit weeks). The member checks
  // whether the letter arrived; a new request waits for this season's results.
  const deadline = letterTiming(given, today).profile.deadline;
  if (asked && deadline !== undefined && l.asked <= deadline && !resultsOutFor(given, l.asked, today))
    return 'in-season';
  return 'unanswered';
}

function seasonOfAsk(l: Letter, given: Profile, today: string): AskSeason {
  const profile = letterTiming(given, today).profile;
  if (l.asked === undefined) return 'not-asked';
  if (l.asked > today) return 'planned';
  const deadline = profile.deadline;
  // A member with no earlier cycle (matchAttempts 0) asked for no earlier season's applications: an
  // ask more than a year before the deadline is an early ask for this one (judge of p340: letters
  // asked 13 months ahead were called "for an earlier season" of a first-time applicant).
  const firstSeason = profile.matchAttempts === 0;
  if (deadline !== undefined) {
    if (!firstSeason && l.asked <= yearBefore(deadline)) return 'earlier';
    return deadline < today ? 'closed' : 'current';
  }
  const askedFor = applicationSeason(profile, l.asked);
  const next = nextSeasonIfUnderWay(profile, today);
  if (next) {
    if (!askedFor || askedFor.startYear >= next.startYear) return 'current';
    return askedFor.startYear === next.startYear - 1 ? 'closed' : 'earlier';
  }
  const now = applicationSeason(profile, today);
  return askedFor && now && askedFor.startYear < now.startYear ? 'earlier' : 'current';
}

/** Asked for the season still open: the only ask a follow-up email serves. */
// ('in-season' letters get a follow-up too, worded for a season whose applications are in: lor-email.ts.)
export function askedThisSeason(l: Letter, profile: Profile, today: string): boolean {
  return askSeason(l, profile, today) === 'current';
}

/**
 * The season the member's letters were for is closed to letters: the deadline in the profile has
 * passed, or, without one, the season's applications are with programs.
 */
export function seasonClosed(given: Profile, today: string): boolean {
  const profile = letterTiming(given, today).profile;
  if (profile.deadline !== undefined) return profile.deadline < today;
  return nextSeasonIfUnderWay(profile, today) !== undefined;
}
