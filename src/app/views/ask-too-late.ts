/**
 * /ask "is it too late for a July 2027 start?": answered on the calendar of the member's own match,
 * with today's place in it and the next season, before any guide text.
 *
 * Newcomer trial 22: a CI-fellowship applicant asking in December whether a 2027 start was still
 * possible got the NRMP Main Match's rank-list and Match Day dates first, which read as three months
 * left, when AMIA's commit deadline had already passed. /prematch timeline already knew; this reads
 * the same calendar (season-calendar.ts). The match is the one the question names (a fellowship or a
 * residency), else the one a private reply's profile targets; with neither, nothing is said, so a
 * public reply never depends on a profile. Only calendar facts are used, never the member's own.
 * Who may take part in each match's later steps is as season-calendar.ts cites it (AMIA's match
 * page; NRMP help, checked 2026-12-03): AMIA's match takes applicants who applied through ERAS and
 * interviewed; NRMP registration closes at the rank order list deadline.
 */
import { humanDay, type DayString } from '../../core/dates.js';
import type { Profile } from '../../core/profile/schema.js';
import { lastStep, prematchTimeline, type CalendarId } from '../../composers/prematch-timeline.js';
import { laterSeason, startYearNamed } from './ask-season.js';

/** "too late", "still time", "can I still apply/make it", "missed the deadline/cycle". */
const ASKS_TOO_LATE =
  /\btoo late\b|\bstill (?:time|possible|open|doable|feasible)\b|\b(?:can|could) i still\b|\bis there (?:still )?(?:time|a chance)\b|\bmissed (?:the|this) (?:deadline|cycle|season|window|match)\b|\bhave i missed\b/i;

export interface TooLate {
  /** The match whose calendar answered, or both when the question names none and no profile is used. */
  calendar: CalendarId | 'both';
  text: string;
}

function calendarFor(question: string, target: Profile['target'] | undefined): CalendarId | undefined {
  const fellowship = /\bfel+o\w*|\bamia\b|\bCI\b/i.test(question);
  const residency = /\bresidenc\w*|\bnrmp\b|\bmain match\b/i.test(question);
  if (fellowship && !residency) return 'amia-ci-match';
  if (residency && !fellowship) return 'nrmp-main';
  if (target === 'ci-fellowship') return 'amia-ci-match';
  if (target === 'residency-informatics-track') return 'nrmp-main';
  return undefined;
}

/** The year a question names at all ("for 2027 fellowship start", "too late for 2027?"). */
function yearNamed(question: string): number | undefined {
  const named = startYearNamed(question);
  if (named !== undefined) return named;
  const m = /\b(20\d\d)\b/.exec(question);
  return m ? Number(m[1]) : undefined;
}

export function tooLateAnswer(question: string, today: DayString, target?: Profile['target']): TooLate | undefined {
  if (!ASKS_TOO_LATE.test(question)) return undefined;
  const calendar = calendarFor(question, target);
  if (!calendar) {
    // Round ask67: a question naming no match, asked where no profile is used (a public reply), is
    // still answered from the public calendars alone: both matches, fellowship first (the one most
    // members here aim at), each with where the season stands today and the next season. Saying
    // nothing left "is it too late for July 2027?" in December with no word that AMIA's commit
    // deadline had passed. Only a question that names a start year asks this of a season.
    if (yearNamed(question) === undefined) return undefined;
    const fellowship = onCalendar(question, today, 'amia-ci-match');
    const residency = onCalendar(question, today, 'nrmp-main');
    return {
      calendar: 'both',
      text: `**CI fellowship (AMIA match):** ${fellowship.text}\n\n**Residency (NRMP Main Match):** ${residency.text}`,
    };
  }
  return onCalendar(question, today, calendar);
}

function onCalendar(question: string, today: DayString, calendar: CalendarId): TooLate & { calendar: CalendarId } {
  const t = prematchTimeline(today, calendar === 'amia-ci-match' ? 'ci-fellowship' : 'residency-informatics-track');
  const y = Number(t.season.slice(0, 4));
  const start = y + 1;
  const asked = yearNamed(question) ?? start;
  const what = calendar === 'amia-ci-match' ? 'fellowship' : 'residency';
  const where = calendar === 'amia-ci-match' ? "AMIA's match page" : "the NRMP's calendar";
  const hedge = `These are typical dates from past seasons: check ${where} for the exact ones.`;
  const next = laterSeason(calendar, start + 1);
  if (asked > start) {
    return { calendar, text: `Not too late for July ${asked}. ${laterSeason(calendar, asked)} ${hedge}` };
  }
  const phase = (id: string) => t.phases.find((p) => p.id === id);
  const last = lastStep(calendar, y);
  const today_ = `Today is ${humanDay(today)}`;
  if (calendar === 'amia-ci-match') {
    const apply = phase('apply');
    if (apply && apply.status !== 'past') {
      return {
        calendar,
        text: `There is still time for a fellowship from July ${start}. ${today_}: CI fellowship applications go through ERAS, which typically accepts them from early July to the end of August ${y}, interviews follow, and AMIA's commit deadline is typically about ${humanDay(last)}. Apply as early as you can. ${hedge}`,
      };
    }
    const post = phase('post-match');
    const postOpen = post && post.status !== 'past';
    return {
      calendar,
      text: `For a fellowship from July ${start}, it is practically too late unless you applied this season: CI fellowships match through AMIA's match, not the NRMP Main Match, and it takes only applicants who applied through ERAS and interviewed with the programs they list. ${today_}, and AMIA's commit deadline (typically about ${humanDay(last)}) ${today > last ? 'has passed' : 'is close'}.${postOpen ? ` The one opening left is AMIA's voluntary post-match process for unfilled places (typically from about ${humanDay(post.from)}): check AMIA's page for who may take part this season.` : ''} Plan on the next season instead: ${next.charAt(0).toLowerCase()}${next.slice(1)} ${hedge}`,
    };
  }
  // The NRMP Main Match: registration stays open until the rank order list deadline.
  if (today <= last) {
    return {
      calendar,
      text: `Time is short for a residency from July ${start}. ${today_}: registration with the NRMP closes at the rank order list deadline (typically about ${humanDay(last)}), and you need interviews to have programs to rank. ${hedge} If it does not work out: ${next.charAt(0).toLowerCase()}${next.slice(1)}`,
    };
  }
  return {
    calendar,
    text: `Too late for the NRMP Main Match, for a residency from July ${start}. ${today_}, and the rank order list deadline (typically about ${humanDay(last)}) has passed, after which the NRMP takes no new registrations; the SOAP in Match Week is only for registered, eligible applicants who did not match. Plan on the next season: ${next.charAt(0).toLowerCase()}${next.slice(1)} ${hedge}`,
  };
}
