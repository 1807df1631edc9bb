/**
 * The next step with each letter writer, so a member never asks someone twice or forgets one:
 * already asked → a follow-up; a planned ask → its date (or "ask now" when it would be late);
 * not asked and needed for a slot → ask (by a date six weeks before the deadline when there is
 * time); not needed for any slot → keep as a backup. Dates are never in the past. Pure.
 */
import { addDays, daysBetween } from '../core/dates.js';
import type { Profile } from '../core/profile/schema.js';
import { planLetterSlots } from '../rules/letter-slots.js';
import { alreadyAsked, humanDay, LETTER_RULES } from '../rules/letters.js';
import { applicationSeason, nextSeasonIfUnderWay } from './application-season.js';

export type WriterStatus = 'asked' | 'planned' | 'to-ask' | 'backup';

export interface WriterStep {
  writer: string;
  status: WriterStatus;
  /** What to do next, in a sentence. */
  next: string;
}

/**
 * `command` names how the member drafts the email for one writer on their transport (the CLI's
 * `lor-ask --writer`, Discord's `/lor-ask email`).
 */
export function writerSteps(
  profile: Profile,
  today: string,
  command: (writer: string) => string = (w) => `lor-ask --writer "${w}"`,
): WriterStep[] {
  const used = new Set(planLetterSlots(profile, today).slots.flatMap((s) => (s.writer ? [s.writer] : [])));
  const deadline = profile.deadline && profile.deadline >= today ? profile.deadline : undefined;
  const askBy = askByDay(profile, today);
  // Without a deadline, the season a letter asked today would serve (the same reading the request
  // email uses, so the plan and the email name one start year).
  const nextSeason = nextSeasonIfUnderWay(profile, today);
  return (profile.letters ?? []).map((l): WriterStep => {
    const cmd = command(l.writer);
    if (alreadyAsked(l, today)) {
      const askedFor = nextSeason ? applicationSeason(profile, l.asked!) : undefined;
      if (nextSeason && askedFor && askedFor.startYear < nextSeason.startYear) {
        // Asked for a season whose files programs already have: a reminder now cannot help that
        // season, and "send a follow-up" read on the commit-deadline day as "chase it today".
        return {
          writer: l.writer,
          status: 'asked',
          next: `You asked on ${humanDay(l.asked!)}, for the season now under way (training from July ${askedFor.startYear}), whose applications programs already have: check in ERAS that the letter was uploaded. If you apply again next season, ask them in the spring whether they will update it before applications open in ERAS (${humanDay(nextSeason.opens)}).`,
        };
      }
      return {
        writer: l.writer,
        status: 'asked',
        next: `You asked on ${humanDay(l.asked!)}: send a follow-up (${cmd}), not a new request.`,
      };
    }
    if (!used.has(l.writer)) {
      return {
        writer: l.writer,
        status: 'backup',
        next: `Not needed for any of the four slots: keep as a backup${l.asked ? ` rather than asking on ${humanDay(l.asked)} as planned` : ''}, and do not ask unless a slot opens.`,
      };
    }
    if (l.asked) {
      const late = deadline && daysBetween(l.asked, deadline) < LETTER_RULES.lateAskDays;
      return {
        writer: l.writer,
        status: 'planned',
        next: late
          ? `You plan to ask on ${humanDay(l.asked)}, under four weeks before your deadline: ask now instead (${cmd}).`
          : `You plan to ask on ${humanDay(l.asked)} (${cmd} drafts the email).`,
      };
    }
    return {
      writer: l.writer,
      status: 'to-ask',
      next:
        deadline && askBy && askBy > today
          ? `Not asked yet: ask by ${humanDay(askBy)}, six weeks before your deadline (${cmd}).`
          : nextSeason && askBy
            ? `Not asked yet: a letter asked now is for next season (applications typically open in ERAS on ${humanDay(nextSeason.opens)}, training from July ${nextSeason.startYear}); this season's applications are already with programs. Ask by ${humanDay(askBy)} (${cmd}), or add your deadline to your profile for an exact date.`
            : `Not asked yet: ask now (${cmd}).`,
    };
  });
}

/**
 * The day to ask a writer not yet asked by, as the letters plan and the follow-up plan both give it:
 * six weeks before a deadline still ahead, or, with none while a season is under way, six weeks
 * before the next season's applications open in ERAS. Undefined otherwise.
 */
export function askByDay(profile: Profile, today: string): string | undefined {
  if (profile.deadline && profile.deadline >= today) return addDays(profile.deadline, -LETTER_RULES.comfortableAskDays);
  const next = nextSeasonIfUnderWay(profile, today);
  return next ? addDays(next.opens, -LETTER_RULES.comfortableAskDays) : undefined;
}
