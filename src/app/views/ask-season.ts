/**
 * Where the season stands today, for an /ask answer about a match's dates.
 *
 * The guides give each match's typical calendar with the past seasons' dates ("commit deadline
 * early December: December 4 in 2023, December 5 in 2024"). Read on December 4, that left a member
 * to work out alone that the deadline is probably today. /prematch timeline already places today
 * on the same typical calendar; this puts that one line under a calendar answer. It depends on
 * the date and on which match the answer is about; only a question naming no match, in a private
 * reply, takes the match from the member's profile (a public reply passes no target).
 */
import {
  lastStep,
  matchDay,
  nextStepSentence,
  prematchTimeline,
  daysLeftInStep,
  stepEnds,
  type CalendarId,
} from '../../composers/prematch-timeline.js';
import { addDays, daysBetween, humanDay, type DayString } from '../../core/dates.js';
import type { Answer } from '../../knowledge/answer.js';
import type { Profile } from '../../core/profile/schema.js';

const CITATION = /\[([a-z0-9-]+#[a-z0-9-]+)\]/g;

/** Sections that state a match's calendar. */
const CALENDAR_SECTIONS: Readonly<Record<string, CalendarId>> = {
  'matches#amia-ci-match': 'amia-ci-match',
  'matches#nrmp-main-match': 'nrmp-main',
};

/**
 * A question about time: when something happens, a deadline or date, whether it is too late or
 * still possible now. Words of time, not of any one match, so it reads every wording of "when".
 */
const ASKS_WHEN =
  /\b(?:when|what time|how (?:long|soon|many days|many weeks)|dates?|deadlines?|due|until|till|by which|timeline|calendar|schedule|today|tonight|tomorrow|this (?:week|month|season|cycle|year)|too late|still (?:time|possible|open)|closes?|closing|opens?|opening|already|yet)\b/i;

/** A question naming a match itself: a fellowship or AMIA's, a residency or the NRMP's. */
const NAMES_A_MATCH = /\b(?:fel+o\w*|amia|ci|residenc\w*|nrmp|soap)\b/i;

/** The answer's text cites the calendars of both matches. */
function citesBoth(answer: Answer): boolean {
  const cited = new Set([...(answer.answer ?? '').matchAll(CITATION)].map((m) => CALENDAR_SECTIONS[m[1] ?? '']));
  return cited.has('amia-ci-match') && cited.has('nrmp-main');
}

/** Where today falls on each match's typical calendar, naming both and asking neither to act. */
function bothSeasonsLine(today: DayString): string {
  const stepOf = (calendar: CalendarId, name: string): string => {
    const t = prematchTimeline(today, calendar === 'amia-ci-match' ? 'ci-fellowship' : 'residency-informatics-track');
    const now = t.phases.find((p) => p.id === t.current);
    if (!now) return `${name}: between seasons`;
    const left = daysLeftInStep(t.calendar, now, today);
    return `${name}: the "${now.title}" step ${stepEnds(left, `runs until ${humanDay(addDays(today, left))}`)}`;
  };
  return (
    `Today is ${humanDay(today)}. On the typical calendars, ${stepOf('nrmp-main', 'for a residency (NRMP Main Match)')}; ` +
    `${stepOf('amia-ci-match', 'for a CI fellowship (AMIA match)')}. These are typical dates from past seasons: ` +
    "check the exact dates on the calendar of the match you are in (the NRMP's or AMIA's match page)."
  );
}

/** The match whose calendar the answer gives, from the sections its text cites (the first that states one). */
export function calendarOf(answer: Answer): CalendarId | undefined {
  if (!answer.covered) return undefined;
  for (const m of (answer.answer ?? '').matchAll(CITATION)) {
    const c = CALENDAR_SECTIONS[m[1] ?? ''];
    if (c) return c;
  }
  return undefined;
}

/**
 * "Today is 4 Dec 2026: on the typical calendar the … step typically ends today. Next: …", and
 * whether it should lead the reply; undefined when the question is not about time or the answer
 * states no match calendar.
 */
export function seasonNowLine(
  question: string,
  answer: Answer,
  today: DayString,
  target?: Profile['target'],
  /** The July the member's own fellowship can start, from a private reply's profile (ask-own-cycle.ts). */
  ownStart?: number,
): { text: string; urgent: boolean } | undefined {
  const cited = calendarOf(answer);
  if (!cited || !ASKS_WHEN.test(question)) return undefined;
  // The curated answer that counts a member's own years ahead (residency start, then the CI
  // application year, the fellowship and the boards) is about seasons years away: where this
  // season stands would read as a deadline for her (newcomer trial 19).
  if (answer.faqId === 'own-route-dates') return undefined;
  // An answer that gives both matches ("It depends on which match you mean…"), to a member whose
  // match neither the question nor a profile tells, gets where each season stands and no step to
  // take: a "register with the NRMP now" would be an instruction for a match she may not be in.
  if (!target && !NAMES_A_MATCH.test(question) && citesBoth(answer))
    return { text: bothSeasonsLine(today), urgent: false };
  // A question that names no match ("too late for the Match?") is about the member's own one: a
  // residency-track member's "Next:" is the NRMP's, whatever calendar the guide text gave.
  // A question about fellowships only ("do CI fellowships go through ERAS and NRMP? when do
  // applications open for a July 2028 start?") is on AMIA's calendar even when it names the NRMP, and
  // one about residencies only is on the NRMP's (trial 13 got the residency dates for the first).
  const fellowship = /\bfellowships?\b/i.test(question);
  const residency = /\bresidenc(?:y|ies)\b/i.test(question);
  const subject = fellowship && !residency ? 'amia-ci-match' : residency && !fellowship ? 'nrmp-main' : undefined;
  const calendar =
    subject ??
    (target && !NAMES_A_MATCH.test(question) ? (target === 'ci-fellowship' ? 'amia-ci-match' : 'nrmp-main') : cited);
  const t = prematchTimeline(today, calendar === 'amia-ci-match' ? 'ci-fellowship' : 'residency-informatics-track');
  const where =
    'check the exact dates on ' + (calendar === 'amia-ci-match' ? "AMIA's match page" : "the NRMP's calendar");
  // "When should I apply to start in July 2028?" asked in December 2026 is about a later season:
  // where today's season stands (its post-match, say) is not the answer and could alarm the member.
  const start = startYearNamed(question) ?? ownStart;
  if (start !== undefined && start > Number(t.season.slice(5))) {
    return {
      text: `${laterSeason(calendar, start)} These are typical dates from past seasons: ${where} once that season opens.`,
      urgent: false,
    };
  }
  const now = t.phases.find((p) => p.id === t.current);
  const parts: string[] = [];
  let urgent = false;
  // Days left in the current step; "act early rather than on the last day" read on the last day
  // (a commit-deadline question asked on the deadline) tells the member to do the impossible.
  let left: number | undefined;
  if (now) {
    left = daysLeftInStep(t.calendar, now, today);
    // A step ending within days goes first: it is the answer to "when", and the member must act.
    urgent = left <= 3;
    const ends = stepEnds(left, `runs until ${humanDay(addDays(today, left))}`);
    parts.push(`Today is ${humanDay(today)}: on the typical calendar the "${now.title}" step ${ends}.`);
  } else {
    parts.push(`Today is ${humanDay(today)}.`);
  }
  const next = nextStepSentence(t, humanDay);
  if (next) parts.push(`Next: ${next}`);
  const act =
    left === undefined || left > 1
      ? 'and act early rather than on the last day'
      : left === 0
        ? 'and if it falls today, act now, well before the cut-off time'
        : 'and if it falls tomorrow, act today';
  parts.push(`These are typical dates from past seasons: ${where} for this season, ${act}.`);
  return { text: parts.join(' '), urgent };
}

/**
 * The training start year a question names ("start fellowship in July 2028", "for a 2028 start",
 * "begin residency 2029"), or undefined. Only a year tied to starting: "I graduated in 2018" names none.
 */
export function startYearNamed(question: string): number | undefined {
  const q = question.toLowerCase();
  const m =
    /\b(?:start\w*|begin\w*|commenc\w*|join\w*)\b(?:\W+[\w-]+){0,4}?\W+(?:july\s+)?(20\d\d)\b/.exec(q) ??
    /\bjuly\s+(20\d\d)\b/.exec(q) ??
    /\b(20\d\d)\s+(?:start|intake|entry)\b/.exec(q);
  return m ? Number(m[1]) : undefined;
}

/** The typical steps of the season whose training starts in July `start`. */
export function laterSeason(calendar: CalendarId, start: number): string {
  const y = start - 1;
  if (calendar === 'amia-ci-match')
    return `For a fellowship starting in July ${start}, you apply in the ${y}-${start} season: the ERAS season opens in early June ${y}, you submit to CI fellowships (the July cycle) from early July ${y}, interviews run about September to November ${y}, AMIA's commit deadline falls in early December ${y} and results come in mid-December ${y}.`;
  return `For a residency starting in July ${start}, you apply in the ${y}-${start} season: ERAS opens in early June ${y}, you submit to programs from early September ${y} and register with the NRMP from September 15, interviews run from about October ${y} to January ${start}, the rank order list is due around ${humanDay(lastStep(calendar, y))} and Match Day is around ${humanDay(matchDay(start))}.`;
}
