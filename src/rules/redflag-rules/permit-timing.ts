/**
 * How urgent a work permit's end is for the training applied for, and the dated steps it calls for.
 *
 * Why a date-driven rule: since the DHS interim final rule of 30 October 2025 (Federal Register
 * 2025-19702, 90 FR 48799; knowledge/visas.md), an EAD renewal filed on or after that date no longer
 * extends the old card, so a card that ends during training stops the resident's work on its end
 * date unless the new card has come. Law firms list the H-4 (c)(26), adjustment (c)(9), asylum
 * (c)(8) and TPS categories among those affected (TPS keeps extensions announced by Federal
 * Register notice). A renewal can be filed up to 180 days before the card ends (USCIS, as law firms
 * restate it). So a card that ends before or early in the first training year cannot be renewed
 * with room to spare, and the GME office has to be asked before the member ranks it (newcomer
 * trial 23: a card ending four months into PGY-1 was rated low, below limited USCE).
 */
import { humanDay, humanMonth, monthFromIndex, monthIndex, monthOfDay } from '../../core/dates.js';
import type { Profile } from '../../core/profile/schema.js';
import type { Severity } from '../../core/types.js';
import { calendarFor, lastStep } from '../../composers/season-calendar.js';

/** A card that covers no more than this many months of training leaves no room for a renewal. */
export const EARLY_END_MONTHS = 12;
/** Training that starts within this many months belongs to the season being applied in now. */
const LIVE_SEASON_MONTHS = 12;
/** USCIS takes a renewal up to 180 days (about six months) before the card ends. */
const RENEW_AHEAD_MONTHS = 6;

export interface PermitTiming {
  severity: Severity;
  /** The card ends before the training starts or within its first year. */
  early: boolean;
  /** The rank-list (or AMIA commit) deadline still ahead for this training, when it is. */
  rankBy?: string;
  /** The month from which a renewal can typically be filed. */
  renewFrom: string;
  /** Whether that month is already here. */
  renewOpen: boolean;
}

/**
 * Severity: high when the card ends before the start or in the first training year of the season
 * being applied in now; medium when only one of those holds; low when it ends later in a training
 * still a season or more away or after the first year (an ordinary renewal with room to file).
 */
export function permitTiming(
  p: Profile,
  today: string,
  ahead: { start: number; years: number },
  end: number,
): PermitTiming {
  const now = monthIndex(monthOfDay(today));
  const covered = end - ahead.start + 1;
  const early = covered <= EARLY_END_MONTHS;
  const live = ahead.start - now <= LIVE_SEASON_MONTHS;
  const severity: Severity = early && live ? 'high' : early ? 'medium' : 'low';
  // Season y's training starts in July of y + 1 on both calendars.
  const startYear = Math.floor(ahead.start / 12);
  const deadline = lastStep(calendarFor(p.target), startYear - 1);
  const renew = end - RENEW_AHEAD_MONTHS;
  return {
    severity,
    early,
    ...(deadline >= today ? { rankBy: humanDay(deadline) } : {}),
    renewFrom: humanMonth(monthFromIndex(renew)),
    renewOpen: renew <= now,
  };
}

/**
 * The dated steps for a card that ends early in training, first in the flag's actions. `card`
 * names the document ("your H-4 EAD (category (c)(26))"), `ends` its end month in words.
 */
export function earlyEndActions(t: PermitTiming, card: string, ends: string, what: string): string[] {
  const ask = t.rankBy
    ? `Before the rank-list deadline (typically about ${t.rankBy}), ask each program's GME office in writing whether it will train you on ${card} ending ${ends}, and what it does if the renewal is still pending then (unpaid leave, time off duty, an extended ${what}); a program that cannot keep you should not be ranked blind.`
    : `Ask your program's GME office in writing now whether it accepts ${card} ending ${ends}, and what it does if the renewal is still pending then (unpaid leave, time off duty, an extended ${what}).`;
  const renew = t.renewOpen
    ? `File the renewal (Form I-765) now if you have not: USCIS takes it up to 180 days before the card ends, processing often takes months, and since 30 October 2025 a pending renewal no longer lets you keep working past the card's end date (check USCIS's current page: this interim rule may change).`
    : `File the renewal (Form I-765) as soon as USCIS allows, up to 180 days before the card ends (from about ${t.renewFrom}): processing often takes months, and since 30 October 2025 a pending renewal no longer lets you keep working past the card's end date (check USCIS's current page: this interim rule may change).`;
  return [ask, renew];
}
