/**
 * Where a letter request sits against the day programs typically start reading the season's
 * applications in ERAS (knowledge/letters.md#asking-and-timing: July 16 for July-cycle fellowships,
 * September 24 for residencies, in the 2026 season). A member's own deadline can fall weeks after
 * that day, so "N days before your deadline" alone can read as in time when programs were already
 * reading files; the review day is what the late ask is measured against as well.
 */
import { daysBetween, humanDay, type DayString } from '../core/dates.js';
import type { Profile } from '../core/profile/schema.js';
import { calendarFor, lastStep, reviewStarts } from '../composers/season-calendar.js';

/**
 * The typical review day of the season a deadline belongs to: ERAS opens in June, so a deadline
 * from January to May belongs to the season that opened the year before.
 */
export function reviewDayFor(profile: Profile, deadline: DayString): DayString {
  return reviewStarts(calendarFor(profile.target), seasonOfDeadline(deadline));
}

function seasonOfDeadline(deadline: DayString): number {
  const year = Number(deadline.slice(0, 4));
  return Number(deadline.slice(5, 7)) >= 6 ? year : year - 1;
}

/**
 * Whether the review day measures this deadline: it must fall between that day and the season's
 * last step (a fellowship date in January, after the AMIA commit deadline, fits no season's review).
 */
function reviewMeasures(profile: Profile, deadline: DayString): boolean {
  const calendar = calendarFor(profile.target);
  const y = seasonOfDeadline(deadline);
  return reviewStarts(calendar, y) < deadline && deadline <= lastStep(calendar, y);
}

/** Whether the ask went out on or after the day programs typically began reviewing. */
export function askedAfterReview(profile: Profile, asked: DayString, deadline: DayString): boolean {
  return reviewMeasures(profile, deadline) && asked >= reviewDayFor(profile, deadline);
}

/**
 * "40 days after programs typically began reviewing fellowship applications in ERAS (about 16 Jul
 * 2026)"; before that day, how long before it; '' when the review day does not measure the deadline
 * (reviewMeasures).
 */
export function reviewClause(profile: Profile, asked: DayString, deadline: DayString): string {
  if (!reviewMeasures(profile, deadline)) return '';
  const review = reviewDayFor(profile, deadline);
  const what = calendarFor(profile.target) === 'amia-ci-match' ? 'fellowship' : 'residency';
  const about = `(about ${humanDay(review)})`;
  const days = daysBetween(review, asked);
  if (days === 0) return `the day programs typically begin reviewing ${what} applications in ERAS ${about}`;
  return days > 0
    ? `${days} day${days === 1 ? '' : 's'} after programs typically began reviewing ${what} applications in ERAS ${about}`
    : `${-days} day${days === -1 ? '' : 's'} before programs typically start reviewing ${what} applications in ERAS ${about}`;
}
