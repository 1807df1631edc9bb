/**
 * Which application season a letter request belongs to, read off the same calendar the pre-match
 * timeline shows (src/composers/season-calendar.ts): the target picks the match, the day and the
 * member's deadline pick the season. The profile has no season field, so the email derives it
 * rather than saying "this cycle" in every month (sent in December, that reads as the season whose
 * interviews are already over).
 *
 * Calendar facts relied on (knowledge/matches.md, checked 2026-12-03): CI fellowships take ERAS
 * applications from early July and start the following July (AAMC ERAS timeline; a program's FAQ);
 * residencies take them from early September and start on July 1 after Match Day (AAMC; NRMP
 * calendar). Dates are typical and move a few days each season. Pure.
 */
import { daysBetween, type DayString } from '../core/dates.js';
import { LETTER_RULES } from '../rules/letter-facts.js';
import type { Profile } from '../core/profile/schema.js';
import type { RedFlagOptions } from '../rules/redflags.js';
import { appliedThisSeason } from './season-evidence.js';
import {
  applicationsOpen,
  calendarFor,
  earliestFellowshipSeason,
  lastStep,
  matchDay,
  nextSeasonOpens,
  prematchTimeline,
  resultsDayFor,
  reviewStarts,
} from './season-calendar.js';

export interface ApplicationSeason {
  /** The year the training applied for would start (in July). */
  startYear: number;
  /** The day that season's applications typically open in ERAS. */
  opens: DayString;
}

/**
 * The season of a request made on `askDay`. A deadline still ahead decides it, as on the timeline;
 * one that falls after a season's last step and before the next season's ERAS opening fits neither
 * season, and then no season is claimed (undefined). Without a deadline, a request made once the
 * season's interviews have begun is for the next season: letters asked then come too late for
 * applications already under review (the timeline says the same to a member who has not applied).
 */
export function applicationSeason(profile: Profile, askDay: DayString): ApplicationSeason | undefined {
  const calendar = calendarFor(profile.target);
  const deadline = profile.deadline !== undefined && profile.deadline >= askDay ? profile.deadline : undefined;
  const early = earliestFellowshipSeason(profile, askDay);
  const t = prematchTimeline(askDay, profile.target, deadline, early ? { earliestSeason: early } : {});
  let y = Number(t.season.slice(0, 4));
  if (deadline) {
    const between = (s: number) => deadline > lastStep(calendar, s) && deadline < nextSeasonOpens(s);
    if (between(y - 1) || between(y)) return undefined;
  } else if (t.phases.find((p) => p.id === 'interview')?.status !== 'upcoming') {
    y += 1;
  }
  return { startYear: y + 1, opens: applicationsOpen(calendar, y) };
}

/**
 * The next season, while the season before it is under way for a member with no deadline ahead:
 * its applications are in (ERAS opened) and its results are not yet out (AMIA: December's results;
 * NRMP: Match Day). A letter asked then, or a month-long action, serves the next season. Undefined
 * at other times of year (in May a letter asked serves the season about to open).
 */
export function nextSeasonIfUnderWay(profile: Profile, today: DayString): ApplicationSeason | undefined {
  if (profile.deadline !== undefined && profile.deadline >= today) return undefined;
  const season = applicationSeason(profile, today);
  if (!season) return undefined;
  const calendar = calendarFor(profile.target);
  const prev = season.startYear - 2; // the season-year of the season before it
  const resultsOut = calendar === 'amia-ci-match' ? `${prev}-12-31` : matchDay(prev + 1);
  return today >= applicationsOpen(calendar, prev) && today <= resultsOut ? season : undefined;
}

/** The red-flag report's season option: the next season when this one is under way (no deadline ahead). */
export function seasonOptions(profile: Profile, today: DayString): RedFlagOptions {
  const next = nextSeasonIfUnderWay(profile, today);
  if (!next) return {};
  // A member whose profile shows she applied in the season under way aims at its start, not the next.
  const current = next.startYear - 1;
  if (showsApplied(profile, current)) return { appliedThisSeason: { startYear: current } };
  return { nextSeason: next };
}

/**
 * Whether the member's own words show she applied in the season whose training starts in July
 * `startYear` (src/composers/season-evidence.ts; a letter's ask date is not evidence). One reading
 * for every report, so the timeline, the letters and the red-flag report agree.
 */
export function showsApplied(profile: Profile, startYear: number): boolean {
  return appliedThisSeason(profile, startYear);
}

/**
 * The season the member means when she writes on `askDay`: the request's season, except that a
 * request made while this season is under way (no deadline ahead) is read as for the next season
 * only when the profile does not show she applied in this one. A member who applied and
 * interviewed, asking her medical director in December, is still applying for this season's July
 * (a newcomer trial found "The fellowship would start in July 2028" in her email). Which season a
 * stored letter counts for is not read here: that stays `applicationSeason` (src/composers/lor-season.ts).
 */
export function memberSeason(profile: Profile, askDay: DayString, today: DayString): ApplicationSeason | undefined {
  const s = applicationSeason(profile, askDay);
  if (!s || nextSeasonIfUnderWay(profile, askDay)?.startYear !== s.startYear) return s;
  const current = s.startYear - 1;
  if (!showsApplied(profile, current)) return s;
  return { startYear: current, opens: applicationsOpen(calendarFor(profile.target), current - 1) };
}

/**
 * The day a letter should be in: the member's own deadline, or the day programs typically start
 * reviewing that season's applications when it comes first. A letter uploaded on the member's late
 * date lands after programs began reading (a judge: "due by 31 Oct" with a reminder on 17 Oct for
 * a fellowship whose programs read from mid-July). Undefined without a deadline still ahead.
 */
export function letterDueDay(
  profile: Profile,
  today: DayString,
  askDay: DayString = today,
  /**
   * The day the writer reads the date (a follow-up sent today to a writer asked weeks ago): a due
   * date is given only when it leaves them the reminder window from then. A judge of p397 found a
   * follow-up sent on 15 Jul saying "due by 16 Jul", the day programs begin reading, while the
   * member's own date was 31 Aug: needless pressure, and not her real deadline.
   */
  noticeFrom: DayString = askDay,
): { day: DayString; review: boolean; deadline: DayString; readingFrom?: DayString } | undefined {
  const deadline = profile.deadline;
  if (deadline === undefined || deadline < today) return undefined;
  const season = applicationSeason(profile, today);
  if (!season) return { day: deadline, review: false, deadline };
  const review = reviewStarts(calendarFor(profile.target), season.startYear - 1);
  if (review >= deadline) return { day: deadline, review: false, deadline };
  // Programs already reading: the letter is due as soon as the writer can (today, for the plan).
  if (review <= today) return { day: today, review: true, deadline };
  // A due date is a promise to the writer: the review day is one only when it leaves them the
  // guide's minimum time from the ask (4 weeks, letters#asking-and-timing). Nearer than that, the
  // member's own date is the due date and the review day is only a reason to be early (a judge
  // found "due by 16 Jul" in an ask drafted on 15 Jul, for a member whose own date was 14 Aug).
  if (
    daysBetween(askDay, review) < LETTER_RULES.lateAskDays ||
    daysBetween(noticeFrom, review) < LETTER_RULES.reminderWindowDays
  ) {
    return { day: deadline, review: false, deadline, readingFrom: review };
  }
  return { day: review, review: true, deadline };
}

/**
 * The season a letter was asked for, once its results are typically out (the day they came), else
 * undefined: a closed season whose match is over has nothing left to check in ERAS and an outcome
 * to tell the writer, not one to wait for (a judge found "check in ERAS … season now under way" and
 * "I will let you know how it turns out" on 21 December, after the AMIA results).
 */
export function resultsOutFor(profile: Profile, askDay: DayString, today: DayString): DayString | undefined {
  const season = applicationSeason(profile, askDay);
  if (!season) return undefined;
  const day = resultsDayFor(calendarFor(profile.target), season.startYear);
  return today > day ? day : undefined;
}
