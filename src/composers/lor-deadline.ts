/**
 * The deadline the letter plan times itself to. A deadline still ahead that fits no season of the
 * member's match (offCalendarDeadline: a January date for a CI fellowship, whose AMIA season ends
 * with the December commit and whose next ERAS season opens in June) is not counted to: the
 * red-flag report and the timeline call such a date out of season, so the letter plan must not
 * answer "40 days before your deadline" beside them. The plan then reads the profile as one with
 * no deadline (asks timed to the next season, undated reminders), and says why in one note.
 * Pure.
 */
import type { Profile } from '../core/profile/schema.js';
import { humanDay } from '../core/dates.js';
import { offCalendarDeadline } from './prematch-timeline.js';

export interface LetterTiming {
  /** The profile the letter rules read: the member's own, without the deadline when it fits no season. */
  profile: Profile;
  /** Set when the profile's deadline fits no season of the member's match. */
  off?: { deadline: string; sentence: string; next: number };
}

export function letterTiming(profile: Profile, today: string): LetterTiming {
  const off = offCalendarDeadline(profile.target, profile.deadline, today);
  if (!off || !profile.deadline) return { profile };
  const { deadline, ...rest } = profile;
  return { profile: rest, off: { deadline, sentence: off.sentence, next: off.next } };
}

/** The letter plan's note on a deadline that fits no season (undefined when it fits one, or none is given). */
export function offCalendarLetterNote(profile: Profile, today: string): string | undefined {
  const off = letterTiming(profile, today).off;
  if (!off) return undefined;
  return `${off.sentence} Until you have checked it, this letter plan counts no days to ${humanDay(off.deadline)}: no ask-by date, late-ask warning or reminder is set from it, and a letter asked now is planned for the ${off.next}-${off.next + 1} season. Once you know the real date, put it in \`deadline\` in your profile and run this again.`;
}

/** The header's words for the deadline: a date that fits no season is shown as one to check. */
export function letterDeadlineLabel(profile: Profile, today: string, none: string): string {
  if (!profile.deadline) return none;
  return letterTiming(profile, today).off
    ? `deadline ${humanDay(profile.deadline)} (fits no season of your match: check it)`
    : `deadline ${humanDay(profile.deadline)}`;
}
