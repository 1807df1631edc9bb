/**
 * The application calendar of the match that applies to the member, laid over today's date: which
 * phase is current, what to do in it, and what comes next. The target picks the calendar (a CI
 * fellowship goes through the AMIA Clinical Informatics Fellowship Match, a residency track through
 * the NRMP Main Residency Match; src/core/match.ts), and today (or the member's deadline) picks the
 * season. Pure: today, the target and the deadline are parameters.
 *
 * Every date is TYPICAL, read from the bodies' own pages for recent seasons (knowledge/matches.md,
 * README "Pre-match calendars"): it moves a few days each year, so every phase says so and points
 * to the page. The phases of one calendar cover every day of its season without a hole, and a
 * season's preparation starts the day after the previous season's last deadline (the two overlap
 * while results come in), so "now" and "next" are defined on any day of the year.
 *
 * This module reads no red-flag report and no letter season: the timeline for a stored profile,
 * which does, is built on it in src/composers/prematch-timeline.ts (which also re-exports this
 * module's functions for its callers), so application-season.ts and the red-flag rules can read
 * the calendar without an import cycle.
 */
import {
  addDays,
  daysBetween,
  humanDay,
  humanMonth,
  monthFromIndex,
  monthIndex,
  type DayString,
} from '../core/dates.js';
import { MATCHES, matchForTarget, type MatchId } from '../core/match.js';
import type { Profile } from '../core/profile/schema.js';
import { isUsResidency, readResidencies, statedEnd } from '../core/profile/training.js';
import { ref, type SourceRef } from '../knowledge/outline.js';

export type CalendarId = MatchId;

export type PhaseId =
  | 'build-experience'
  | 'research-programs'
  | 'prepare-application'
  | 'apply'
  | 'interview'
  | 'updates-and-top-choice'
  | 'rank-list'
  | 'results'
  | 'post-match';
export type PhaseStatus = 'past' | 'current' | 'upcoming';

export interface TimelinePhase {
  id: PhaseId;
  title: string;
  from: DayString;
  to: DayString;
  status: PhaseStatus;
  actions: string[];
  sources: SourceRef[];
}

export interface PrematchTimeline {
  /** Which match's calendar this is (the contract's `calendar`). */
  calendar: CalendarId;
  /** The match's full name, for the heading. */
  match: string;
  /** Application season, e.g. "2026-2027": applications in the first year, training from July of the second. */
  season: string;
  /** The target the calendar was picked from; undefined when the profile has none (then the fellowship calendar). */
  target: Profile['target'] | undefined;
  phases: TimelinePhase[];
  /** Id of the phase to focus on today (the most recently started phase that holds today). */
  current: PhaseId | null;
  /** The next phase to start (in the following season when this one has none left). */
  next: { id: PhaseId; title: string; from: DayString; daysUntil: number; season: string } | null;
  notes: string[];
  /**
   * Once this season's interviews have begun, for a member who has not applied in it: the
   * remaining steps are not theirs, and which season and start date are. Undefined before then.
   */
  notApplied?: string;
  /**
   * A route warning that outweighs every date on the calendar (a fellowship not open to the member
   * yet): shown before the calendar and its "commit today", not after it. Also the first of `notes`.
   */
  lead?: string;
  /**
   * For a CI applicant who needs a US residency first: the NRMP season that is their step now
   * (src/composers/timeline-route.ts). The phases above stay the target's calendar, as the later route.
   */
  route?: ResidencyRoute;
  /** Set when the member's notes say they matched this season and its results are out (timeline-route.ts). */
  matched?: true;
  /** Set when the member's notes say they are in a clinical informatics fellowship now (timeline-notes.ts). */
  inFellowship?: true;
}

/** The NRMP season shown beside the fellowship calendar for a member who needs a residency first. */
export interface ResidencyRoute {
  label: string;
  calendar: 'nrmp-main';
  match: string;
  season: string;
  phases: TimelinePhase[];
  current: PhaseId | null;
  next: PrematchTimeline['next'];
  /** "Next: …" for the route, in words. */
  nextStep?: string;
}

/** A [month, day] in a season that starts in year Y; months above 12 fall in Y+1. */
type MonthDay = readonly [number, number];

/**
 * Typical anchor dates, [month, day] relative to the season year Y (the year applications go in).
 * Sources (checked 2026-12-03, rechecked 2026-12-05; see README "Pre-match calendars" and knowledge/matches.md).
 * No AMIA or AAMC page for the 2026-2027 season was found, so the anchors stay those of the last
 * seasons the bodies' own pages show, and the output names their year ("Jun 4 in 2025"), never
 * "last season":
 * - ERAS opens early June (June 4, 2025); July-cycle fellowship applications from early July
 *   (July 2, 2025; programs see them July 16); residency applications from early September
 *   (September 3, 2025; programs see them September 24). AAMC ERAS timeline.
 * - AMIA: CI interviews typically September to November; match opens to applicants about
 *   November 21; commit deadline early December (Dec 4, 2023; Dec 5, 2024); results mid-December
 *   (Dec 16, 2024); voluntary post-match from about December 20. AMIA match page and FAQ.
 * - NRMP (checked 2026-12-04): registration opens September 15; the standard registration deadline
 *   was January 31 in the 2025 Match (a late fee after it; NRMP 2025 calendar); ranking opened
 *   February 1 and the rank order list deadline was March 1 in the 2023 Match and February 28 in the
 *   2024 Match (NRMP February Illuminators), each the Wednesday 16 days before Match Day, so the
 *   deadline is computed from Match Day (nrmpRankDeadline); Match Day is the third Friday of March
 *   (March 20, 2026), Match Week the five days ending on it. An undated NRMP events page read earlier
 *   (ranking January 15, deadline February 25, registration November 30) fits an older season, not
 *   the 2026 Match, and is no longer used.
 */
export const CALENDAR_DATES = {
  eras: {
    opens: [6, 4] as MonthDay,
    fellowshipSubmit: [7, 2] as MonthDay,
    /** Programs can see July-cycle fellowship applications from this day (July 16, 2025). */
    fellowshipReview: [7, 16] as MonthDay,
    residencySubmit: [9, 3] as MonthDay,
    /** Programs can see residency applications from this day (September 24, 2025). */
    residencyReview: [9, 24] as MonthDay,
  },
  'amia-ci-match': {
    interviewsFrom: [9, 1] as MonthDay,
    interviewsTo: [11, 30] as MonthDay,
    updatesFrom: [10, 15] as MonthDay,
    matchOpens: [11, 21] as MonthDay,
    commitDeadline: [12, 4] as MonthDay,
    /**
     * The later of the recent commit deadlines (Dec 4, 2023; Dec 5, 2024): the commit step stays
     * current through it, so on that day the member is told to commit today, not that lists are final.
     */
    commitLatest: [12, 5] as MonthDay,
    results: [12, 16] as MonthDay,
    postMatch: [12, 20] as MonthDay,
  },
  'nrmp-main': {
    registrationOpens: [9, 15] as MonthDay,
    standardRegistrationDeadline: [13, 31] as MonthDay,
    interviewsFrom: [10, 1] as MonthDay,
    interviewsTo: [13, 31] as MonthDay,
    updatesFrom: [12, 1] as MonthDay,
    rankingOpens: [14, 1] as MonthDay,
    /** Rank order list deadline: this many days before Match Day (a Wednesday; nrmpRankDeadline). */
    rankDeadlineDaysBeforeMatchDay: 16,
    /** Match Week: Monday to the third Friday of March (computed per year by matchDay). */
    matchWeekMonth: 15,
  },
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

function dayIn(seasonYear: number, [month, d]: MonthDay): DayString {
  const y = seasonYear + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Match Day: the third Friday of March in `year`, Match Week the Monday to Friday before it (NRMP:
 * March 15, 2024; March 21, 2025; March 20, 2026). The week of the third Monday gives the same day
 * only when March starts on a Saturday, Sunday or Monday; it put 2024's a week late.
 */
// Advice the same under both matches.
const THANK_YOU_STEP =
  'Send each interviewer a separate, specific thank-you within 24-72 hours, and one program-level note.';
const UPDATES_STEP =
  'Share one or two major updates if you have real news (a publication, a score, a finished project).';

export function matchDay(year: number): DayString {
  const first = new Date(Date.UTC(year, 2, 1)).getUTCDay(); // 0 = Sunday
  const firstFriday = 1 + ((12 - first) % 7);
  return `${year}-03-${pad(firstFriday + 14)}`;
}

/**
 * The NRMP rank order list certification deadline of the season that starts in `seasonYear`: the
 * Wednesday 16 days before Match Day, as in the 2023 (March 1) and 2024 (February 28) Matches.
 */
export function nrmpRankDeadline(seasonYear: number): DayString {
  return addDays(matchDay(seasonYear + 1), -N.rankDeadlineDaysBeforeMatchDay);
}

/** "Jul 2" style, for actions that quote a typical date. */
function md([month, d]: MonthDay): string {
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[(month - 1) % 12]} ${d}`;
}

interface PhaseDef {
  id: PhaseId;
  title: string;
  from: DayString;
  to: DayString;
  actions: string[];
  sources: SourceRef[];
}

const A = CALENDAR_DATES['amia-ci-match'];
const N = CALENDAR_DATES['nrmp-main'];
const E = CALENDAR_DATES.eras;

/**
 * How the program-list action names the visa: only for members who need one (a citizen or
 * permanent resident is never told to look for sponsorship); unknown keeps it conditional.
 */
function visaClause(visa: boolean | undefined): string {
  return visa === true ? ' and sponsor your visa type' : visa === false ? '' : ' and, if you need a visa, sponsor it';
}

function amiaPhases(y: number, visa?: boolean): PhaseDef[] {
  const d = (x: MonthDay) => dayIn(y, x);
  const amia = ref('matches', 'amia-ci-match');
  return [
    {
      id: 'research-programs',
      title: 'Research programs and confirm eligibility',
      // Preparing for a season starts once the previous season's commit deadline has passed.
      from: addDays(dayIn(y - 1, A.commitDeadline), 1),
      to: addDays(d(E.opens), -1),
      actions: [
        'Check that your residency meets the fellowships’ eligibility rules and the path to the clinical informatics boards before anything else.',
        `Build your program list: which CI fellowships take IMGs${visaClause(visa)}.`,
        'Email two or three programs whose eligibility rules are unclear (use the eligibility-inquiry template).',
        'Line up 3-4 letter writers now, including your residency program director.',
      ],
      sources: [ref('ci-pathway', 'fellowship-eligibility'), ref('prematch', 'eligibility-inquiry'), amia],
    },
    {
      id: 'prepare-application',
      title: 'ERAS opens: prepare your application',
      from: d(E.opens),
      to: addDays(d(E.fellowshipSubmit), -1),
      actions: [
        `ERAS typically opens in early June (${md(E.opens)} in 2025): get your ERAS token for the July cycle and start the application.`,
        'Ask your letter writers and send each a package; letters are uploaded by the writers through the ERAS letter portal.',
        'Write your personal statement around your informatics work and your plan.',
      ],
      sources: [amia, ref('letters', 'eras-letter-limits')],
    },
    {
      id: 'apply',
      title: 'Submit applications in ERAS',
      from: d(E.fellowshipSubmit),
      to: addDays(d(A.interviewsFrom), -1),
      actions: [
        `July-cycle fellowships, CI included, typically take applications from early July (${md(E.fellowshipSubmit)} in 2025) and see them about two weeks later: apply early.`,
        'Assign at most 4 letters to each program (ERAS’s limit); you may upload more and choose per program.',
        'Answer any clarification requests from programs promptly and briefly; no mass emails.',
      ],
      sources: [amia, ref('letters', 'eras-letter-limits'), ref('prematch', 'early-pitfalls')],
    },
    {
      id: 'interview',
      title: 'Interviews and thank-you notes',
      from: d(A.interviewsFrom),
      to: d(A.interviewsTo),
      actions: [
        'CI interviews typically run from September to November; each program sets its own dates.',
        THANK_YOU_STEP,
        'Join AMIA (or renew) before the match opens: applicants must be current AMIA members; a student membership is open to every fellowship applicant.',
        'If a program asks how you will rank it, you do not have to answer: decline politely.',
      ],
      sources: [amia, ref('prematch', 'thank-you-notes'), ref('matches', 'communication-rules')],
    },
    {
      id: 'updates-and-top-choice',
      title: 'Updates and a possible top-choice message',
      from: d(A.updatesFrom),
      to: addDays(d(A.commitDeadline), -1),
      actions: [
        UPDATES_STEP,
        'Decide whether one program is truly your first choice; if so, tell that one program only, before the commit deadline.',
        'Never ask a program how it will rank you, and promise no ranking you do not mean.',
      ],
      sources: [ref('prematch', 'updates'), ref('prematch', 'top-choice'), ref('matches', 'communication-rules')],
    },
    {
      id: 'rank-list',
      title: 'Commit your preferences in the AMIA match',
      from: d(A.matchOpens),
      to: d(A.commitLatest),
      actions: [
        `AMIA typically opens its match to applicants in the second half of November and closes it at the commit deadline in early December (Dec 4 in 2023, Dec 5 in 2024): check this season’s date on AMIA’s match page.`,
        'List only programs that interviewed you, in your own order of preference; until the deadline you can change and re-commit, after it the list is final.',
        'The match is binding: list only programs you would really join.',
      ],
      sources: [amia, ref('matches', 'communication-rules')],
    },
    {
      id: 'results',
      title: 'Match results',
      from: addDays(d(A.commitLatest), 1),
      to: addDays(d(A.postMatch), -1),
      actions: [
        // The commit deadline above is a typical date, not this season's (AMIA posts it late, and it
        // was Dec 4 in 2023 but Dec 5 in 2024): the day after it must not read as "too late".
        'The commit date above is typical, not this season’s: if AMIA’s match page shows this season’s deadline still ahead, you can still change and re-commit until then.',
        `Results typically appear in AMIA’s match portal in mid-December (${md(A.results)} in 2024, after noon Eastern); if you matched, the program director contacts you.`,
        'Tell your letter writers how it went and thank them.',
        'Aiming at next season instead? Its preparation has already begun: research programs and confirm eligibility now.',
      ],
      sources: [amia],
    },
    {
      id: 'post-match',
      title: 'Post-match process (if you did not match)',
      from: d(A.postMatch),
      to: `${y}-12-31`,
      actions: [
        `AMIA typically runs a voluntary post-match process from about ${md(A.postMatch)} for unmatched applicants and unfilled places: check AMIA’s page for how it works this season.`,
        'If you did not match, review what to change before the next season (see your red-flag report).',
      ],
      sources: [amia],
    },
  ];
}

function nrmpPhases(y: number, today: DayString, visa?: boolean): PhaseDef[] {
  const d = (x: MonthDay) => dayIn(y, x);
  const nrmp = ref('matches', 'nrmp-main-match');
  const day = matchDay(y + 1);
  const rankDeadline = nrmpRankDeadline(y);
  const monday = addDays(day, -4);
  // During Match Week itself the member needs today's step, not "on Monday you will learn".
  const inMatchWeek = today >= monday && today <= day;
  return [
    {
      id: 'research-programs',
      title: 'Research programs and confirm eligibility',
      // Preparing for a season starts once the previous season's rank deadline has passed.
      from: addDays(nrmpRankDeadline(y - 1), 1),
      to: addDays(d(E.opens), -1),
      actions: [
        `Build your program list: residencies with an informatics track or strong informatics electives that take IMGs${visaClause(visa)}.`,
        'Email two or three programs whose eligibility rules are unclear (use the eligibility-inquiry template).',
        'Plan your exams and hands-on US clinical experience so results are in before September.',
        'Line up 3-4 letter writers who watched you work.',
      ],
      sources: [nrmp, ref('prematch', 'eligibility-inquiry')],
    },
    {
      id: 'prepare-application',
      title: 'ERAS opens: prepare your application',
      from: d(E.opens),
      to: addDays(d(E.residencySubmit), -1),
      actions: [
        `ERAS typically opens in early June (${md(E.opens)} in 2025): register and start the application.`,
        'Ask your letter writers and send each a package; letters are uploaded by the writers through the ERAS letter portal.',
        'Write your personal statement around your informatics interest and your plan.',
      ],
      sources: [nrmp, ref('letters', 'eras-letter-limits')],
    },
    {
      id: 'apply',
      title: 'Submit applications and register for the Match',
      from: d(E.residencySubmit),
      to: d(N.standardRegistrationDeadline),
      actions: [
        `Residency applications typically open in early September (${md(E.residencySubmit)} in 2025); programs see them about three weeks later: submit on the first days.`,
        `Register with the NRMP (registration typically opens ${md(N.registrationOpens)}; the standard deadline, after which a late fee applies, was ${md(N.standardRegistrationDeadline)} in the 2025 Match), under the same name as in ERAS.`,
        'Assign at most 4 letters to each program (ERAS’s limit); you may upload more and choose per program.',
      ],
      sources: [nrmp, ref('letters', 'eras-letter-limits'), ref('prematch', 'early-pitfalls')],
    },
    {
      id: 'interview',
      title: 'Interviews and thank-you notes',
      from: d(N.interviewsFrom),
      to: d(N.interviewsTo),
      actions: [
        'Residency interviews typically run through the fall and early winter.',
        THANK_YOU_STEP,
        'Under the NRMP rules a program may not ask how you will rank it: you do not have to answer, and you can decline politely.',
      ],
      sources: [nrmp, ref('prematch', 'thank-you-notes'), ref('matches', 'communication-rules')],
    },
    {
      id: 'updates-and-top-choice',
      title: 'Updates and a possible top-choice message',
      from: d(N.updatesFrom),
      to: addDays(rankDeadline, -1),
      actions: [
        UPDATES_STEP,
        'Decide whether one program is truly your first choice; if so, tell that one program only.',
        'Never ask a program how it will rank you or trade ranking promises: under the NRMP agreement that is a breach.',
      ],
      sources: [ref('prematch', 'updates'), ref('prematch', 'top-choice'), ref('matches', 'communication-rules')],
    },
    {
      id: 'rank-list',
      title: 'Certify your rank order list',
      from: d(N.rankingOpens),
      to: rankDeadline,
      actions: [
        `Ranking typically opens in early February (${md(N.rankingOpens)} in the 2023 and 2024 Matches); certify your list by the deadline at 9 p.m. Eastern, typically a Wednesday about two weeks before Match Day (Mar 1, 2023; Feb 28, 2024; ${humanDay(rankDeadline)} this season if the pattern holds): check this season’s date on the NRMP calendar.`,
        'Rank programs by your own preferences, independently of friendly remarks from programs; an uncertified list is not used.',
        'The match is binding: rank only programs you would really join.',
      ],
      sources: [nrmp, ref('matches', 'communication-rules')],
    },
    {
      id: 'results',
      title: 'Match Week, SOAP and Match Day',
      from: addDays(rankDeadline, 1),
      to: day,
      actions: inMatchWeek
        ? [
            `It is Match Week (${humanDay(monday)} to ${humanDay(day)} if the pattern holds): on Monday you learned whether you matched. If you did not, the SOAP is your route this week. ${SOAP_HOW} Check this season's SOAP schedule on the NRMP's pages.`,
            `If you matched, Match Day on Friday (${humanDay(day)}) tells you where; the result is binding.`,
            'Aiming at next season instead? Its preparation has already begun: research programs and confirm eligibility now.',
          ]
        : [
            `Match Week is typically the third week of March: on Monday you learn whether you matched; if not, the SOAP offers unfilled places to eligible applicants from Monday to Thursday; Match Day, the Friday (${humanDay(day)} this season if the pattern holds), tells you where.`,
            `Prepare for the SOAP before Match Week in case you need it: your application and letters ready to send. ${SOAP_BRIEF}`,
            'Aiming at next season instead? Its preparation has already begun: research programs and confirm eligibility now.',
          ],
      sources: [nrmp],
    },
  ];
}

/**
 * How the SOAP works, in the NRMP's terms (knowledge/matches.md, SOAP; checked 2026-12-06): who may
 * use it, how offers come (in rounds, inside the NRMP's own system) and that an accepted offer
 * binds. A judge found "offers unfilled places to eligible applicants" too vague to act on.
 */
const SOAP_HOW =
  "The SOAP (Supplemental Offer and Acceptance Program) is open only to applicants who registered for this Main Residency Match, are verified as eligible to start training on July 1 (for an IMG, ECFMG's verification) and are unmatched or partially matched: you apply through ERAS only to the programs on the NRMP's List of Unfilled Programs, programs may contact you first (you may not contact them before they do), and offers come in timed rounds late in Match Week, on the days and hours this year's NRMP Match Week schedule sets (the schedule has changed between years, so read the current one), inside the NRMP's R3 system, where you accept or reject each within the round. An offer you accept is a binding commitment under the Match Participation Agreement, so accept only a place you will take.";

/** The same, in two sentences, for the months before Match Week. */
const SOAP_BRIEF =
  "Only applicants registered for this Match and verified as eligible can use the SOAP: offers come in rounds inside the NRMP's R3 system, and an offer you accept there is binding.";

/** Before a resident's season opens: what to build during residency (issue 9, the usual route). */
function buildPhase(from: DayString, to: DayString, today: DayString): TimelinePhase {
  const p: PhaseDef = {
    id: 'build-experience',
    title: 'Build your informatics record during residency',
    from,
    to,
    actions: [
      'It is too early to apply: your season is shown below. Use this time to build what fellowships look for.',
      'Find an informatics mentor (your CMIO office or informatics faculty) and ask about an informatics elective.',
      'Start one small EHR, data or QI project you can finish with a measurable result before you apply.',
      'Think about your letter writers now, including your residency program director.',
    ],
    sources: [ref('ci-pathway', 'usual-img-route'), ref('letters', 'letters-for-residency-then-fellowship')],
  };
  return { ...p, status: daysBetween(today, from) > 0 ? 'upcoming' : daysBetween(to, today) > 0 ? 'past' : 'current' };
}

/**
 * The day a season's results typically come out, for training starting in July of `startYear`:
 * AMIA's in mid-December before it, the NRMP's on Match Day in March of that year.
 */
export function resultsDayFor(calendar: CalendarId, startYear: number): DayString {
  return calendar === 'amia-ci-match' ? dayIn(startYear - 1, A.results) : matchDay(startYear);
}

/** The season a day belongs to: the one whose match is still running (results included). */
function seasonYear(calendar: CalendarId, day: DayString): number {
  const year = Number(day.slice(0, 4));
  if (calendar === 'amia-ci-match') return year;
  return day > matchDay(year) ? year : year - 1;
}

/** The last step a member takes in season `y`: the AMIA commit deadline or the NRMP rank deadline. */
export function lastStep(calendar: CalendarId, y: number): DayString {
  return calendar === 'amia-ci-match' ? dayIn(y, A.commitDeadline) : nrmpRankDeadline(y);
}

/**
 * The last step of season `y` in words, the same in every report (newcomer trial 22 read "typically
 * 5 Dec" in /redflag and "typically about 4 Dec" in the timeline): AMIA's commit deadline as early
 * December with the recent days it fell on, since AMIA moves it (Dec 4, 2023; Dec 5, 2024); the NRMP
 * rank order list deadline as the day computed from Match Day.
 */
export function lastStepWords(calendar: CalendarId, y: number): string {
  return calendar === 'amia-ci-match'
    ? `early December ${y}: 4 Dec in 2023, 5 Dec in 2024`
    : `about ${humanDay(lastStep(calendar, y))}`;
}

/**
 * The last day season `y`'s last step may fall on: AMIA's later recent commit day (it has been 4 or
 * 5 December), the NRMP rank deadline. Only after it is the step called past.
 */
export function lastStepLatest(calendar: CalendarId, y: number): DayString {
  return calendar === 'amia-ci-match' ? dayIn(y, A.commitLatest) : lastStep(calendar, y);
}

/**
 * The typical last step (commit or rank deadline) already behind `day` in the season it belongs
 * to, while that season's results are still to come or just out: lists are then typically final.
 * Undefined at any other time of year.
 */
export function listsFinalSince(calendar: CalendarId, day: DayString): DayString | undefined {
  const y = seasonYear(calendar, day);
  // AMIA: from the later of the recent commit days, as the timeline's commit step.
  const last = lastStepLatest(calendar, y);
  if (day <= last) return undefined;
  // AMIA: the rest of December (results mid-month, post-match after). NRMP: until Match Day.
  const end = calendar === 'amia-ci-match' ? `${y}-12-31` : matchDay(y + 1);
  return day <= end ? last : undefined;
}

function phasesFor(calendar: CalendarId, y: number, today: DayString, visa?: boolean): TimelinePhase[] {
  const defs = calendar === 'amia-ci-match' ? amiaPhases(y, visa) : nrmpPhases(y, today, visa);
  return defs.map((p) => ({
    ...p,
    status: daysBetween(today, p.from) > 0 ? 'upcoming' : daysBetween(p.to, today) > 0 ? 'past' : 'current',
  }));
}

/** A season's name, "2026-2027", from its season year (the year applications go in). */
export const season = (y: number) => `${y}-${y + 1}`;

/** The calendar for a target; a profile without a target gets the fellowship calendar. */
export function calendarFor(target: Profile['target'] | undefined): CalendarId {
  return matchForTarget(target)?.id ?? 'amia-ci-match';
}

/** The day the next season's ERAS typically opens, from which a deadline clearly belongs to it. */
export const nextSeasonOpens = (y: number): DayString => dayIn(y + 1, E.opens);

/**
 * A deadline still ahead that fits no season of the member's match: after season `closed`'s last
 * step (the AMIA commit or the NRMP rank deadline) and before the next season's ERAS opening. One
 * reading for every report (the timeline, the red-flag report, the letter plan), so none counts
 * days to a date the others call out of season (a newcomer's "15 Jan" for a July fellowship was
 * "40 days away" in two reports while the timeline showed the next season). Undefined when the
 * deadline fits a season, has passed, or is not given.
 */
export function offCalendarDeadline(
  target: Profile['target'],
  deadline: DayString | undefined,
  today: DayString,
): { closed: number; next: number; sentence: string } | undefined {
  if (!deadline || deadline < today) return undefined;
  const calendar = calendarFor(target);
  const y0 = seasonYear(calendar, deadline);
  const closed = [y0 - 1, y0].find((y) => deadline > lastStep(calendar, y) && deadline < nextSeasonOpens(y));
  if (closed === undefined) return undefined;
  const match = MATCHES[calendar];
  const step = calendar === 'amia-ci-match' ? 'commit deadline' : 'rank order list deadline';
  const sentence = `Your deadline of ${humanDay(deadline)} does not fit the ${match.name} calendar: it falls after the ${season(closed)} season's last step (the ${step}, typically ${humanDay(lastStep(calendar, closed))}) and before the next season's applications open in ERAS (typically early June ${closed + 1}). Check it: it may be a program outside this match, or a mistyped date. The next season is ${season(closed + 1)}, for training from July ${closed + 2}.`;
  return { closed, next: closed + 1, sentence };
}

/** The day applications for season `y` typically open in ERAS: July for fellowships, September for residencies. */
export const applicationsOpen = (calendar: CalendarId, y: number): DayString =>
  dayIn(y, calendar === 'amia-ci-match' ? E.fellowshipSubmit : E.residencySubmit);

/**
 * When programs start reading applications before the member's own deadline, the date that
 * matters is theirs, not the member's: an application sent on the member's date lands after
 * programs began reviewing (and, for residencies, inviting). Programs could see applications from
 * July 16 (fellowships) and September 24 (residencies) in the 2025 ERAS season (AAMC ERAS
 * timeline, knowledge/matches.md); the day moves each year, so it is given as typical.
 * Undefined when the member's deadline is not after that day, or already passed, or today is
 * before ERAS opens.
 */
export function reviewBeforeDeadline(
  calendar: CalendarId,
  y: number,
  today: DayString,
  deadline: DayString,
): string | undefined {
  const E = CALENDAR_DATES.eras;
  const fellowship = calendar === 'amia-ci-match';
  const review = reviewStarts(calendar, y);
  const submit = dayIn(y, fellowship ? E.fellowshipSubmit : E.residencySubmit);
  if (deadline <= review || deadline < today || today < dayIn(y, E.opens)) return undefined;
  const what = fellowship ? 'fellowship' : 'residency';
  // Named by its year, like the other ERAS example dates: from June 2026 "last season" is not 2025.
  const last = `${md(fellowship ? E.fellowshipReview : E.residencyReview)} in 2025; check this season's ERAS timeline`;
  const yours = `your own date of ${humanDay(deadline)}`;
  if (today >= review) {
    return `Submit now, this week, rather than waiting for ${yours}: programs have typically been reviewing ${what} applications in ERAS since about ${humanDay(review)} (${last}).`;
  }
  const when = `programs typically start reviewing ${what} applications in ERAS around ${humanDay(review)} (${last}), before your date`;
  return today < submit
    ? `Plan to submit in the first days applications open (about ${humanDay(submit)}), not by ${yours}: ${when}.`
    : `Submit now, this week, rather than waiting for ${yours}: ${when}.`;
}

/** The day programs typically start reviewing a season's applications in ERAS (see reviewBeforeDeadline). */
export function reviewStarts(calendar: CalendarId, y: number): DayString {
  const E = CALENDAR_DATES.eras;
  return dayIn(y, calendar === 'amia-ci-match' ? E.fellowshipReview : E.residencyReview);
}

export interface TimelineOptions {
  /** Whether the member needs a visa (undefined: unknown); shapes the program-list action. */
  visa?: boolean;
  /**
   * The earliest season the member can apply in (a resident who finishes later), with its reason
   * and the day the member's own preparation began (the residency's start): the time before that
   * season opens becomes a "build your record" phase.
   */
  earliestSeason?: { year: number; why: string; since: DayString; ends?: string };
}

export function prematchTimeline(
  today: DayString,
  target?: Profile['target'],
  deadline?: DayString,
  opts: TimelineOptions = {},
): PrematchTimeline {
  const calendar = calendarFor(target);
  const match = MATCHES[calendar];
  // The season today is in. Once its last step (commit or rank deadline) has passed, a deadline
  // still ahead in the profile means the member is aiming at the next season: show that one.
  let y = seasonYear(calendar, today);
  const done = lastStep(calendar, y);
  // A deadline from the next season's ERAS opening on belongs to the next season even while this
  // one is still running (a member applying next summer should not be told to commit now). One
  // between this season's last step and that opening fits neither: keep today's season, say so.
  const aheadEarly = !!deadline && deadline >= today && today <= done && deadline >= nextSeasonOpens(y);
  const between = !!deadline && deadline >= today && deadline > done && deadline < nextSeasonOpens(y) && today <= done;
  if (deadline && deadline >= today && ((today > done && deadline > done) || aheadEarly)) {
    y += 1;
    // A deadline a season further still (today February 2027, applying in September 2028) belongs
    // to its own season, not the next one: a blind profile's member was shown the 2027-2028 season
    // and told to ask her writers a year early.
    while (deadline >= nextSeasonOpens(y)) y += 1;
  }
  const early = opts.earliestSeason && opts.earliestSeason.year > y ? opts.earliestSeason : undefined;
  // A deadline ahead in a season whose fellowship would start before the residency can end: the
  // calendar follows the residency, and the deadline is named as looking a season early.
  const deadlineSeason = early && deadline && deadline >= today && !between ? y : undefined;
  if (early) y = early.year;
  const phases = phasesFor(calendar, y, today, opts.visa);
  if (aheadEarly && !early) {
    // The next season's preparation normally starts after today's season ends; for this member it
    // starts today, so "now" is defined.
    const first = phases.reduce((a, p) => (p.from < a.from ? p : a), phases[0]!);
    if (first.from > today) Object.assign(first, { from: today, status: 'current' as const });
  }
  if (early) {
    const first = phases.reduce((a, p) => (p.from < a ? p.from : a), phases[0]!.from);
    if (early.since < first) phases.unshift(buildPhase(early.since, addDays(first, -1), today));
  }

  const reviewNow = deadline ? reviewBeforeDeadline(calendar, y, today, deadline) : undefined;
  const holding = phases.filter((p) => p.status === 'current');
  // The step belongs at the top of what to do now; a note under the calendar only when no phase holds today.
  const nowPhase = holding.reduce<TimelinePhase | undefined>((a, b) => (!a || b.from >= a.from ? b : a), undefined);
  if (reviewNow && nowPhase) nowPhase.actions.unshift(reviewNow);
  const current = holding.length ? holding.reduce((a, b) => (b.from >= a.from ? b : a)).id : null;
  // "Next" is the first phase still to start; after the last one, the next season's first such.
  const firstUpcoming = (ps: TimelinePhase[]) =>
    ps.filter((p) => p.status === 'upcoming').sort((a, b) => (a.from < b.from ? -1 : 1))[0];
  const upcoming = firstUpcoming(phases);
  const nextPhase = upcoming ?? firstUpcoming(phasesFor(calendar, y + 1, today, opts.visa));
  const next = nextPhase
    ? {
        id: nextPhase.id,
        title: nextPhase.title,
        from: nextPhase.from,
        daysUntil: daysBetween(today, nextPhase.from),
        season: season(upcoming ? y : y + 1),
      }
    : null;

  const notes = [
    `This is the ${match.name} calendar${target ? '' : ' (your profile has no target, so the fellowship calendar is shown; residency applicants follow the NRMP Main Residency Match)'}. Every date is typical for recent seasons and moves a few days each year: check this season's calendar on the ${match.body === 'AMIA' ? 'AMIA match page' : 'NRMP calendar'} and the ERAS timeline.`,
  ];
  if (calendar === 'amia-ci-match') {
    notes.push(
      'CI fellowships match through AMIA, not the NRMP: the commit deadline is in early December and results come in mid-December, for a fellowship starting the following July.',
    );
  } else {
    notes.push(
      'Residencies match through the NRMP Main Residency Match: the rank order list is due in late February or early March and Match Day is in the third week of March, for a residency starting July 1.',
    );
    notes.push(
      'After the residency, a clinical informatics fellowship (through the AMIA Clinical Informatics Fellowship Match) is the usual route to ABPM board certification in clinical informatics.',
    );
  }
  if (early) notes.unshift(early.why);
  const behind = pastSeasonNote(calendar, seasonYear(calendar, today), y, today);
  if (behind && !early) notes.unshift(behind);
  if (reviewNow && !nowPhase && !early) notes.unshift(reviewNow);
  if (deadline) {
    const days = daysBetween(today, deadline);
    notes.push(
      days >= 0
        ? `Your application deadline (from your profile) is ${humanDay(deadline)}, ${days} day${days === 1 ? '' : 's'} from today.`
        : `Your application deadline (from your profile), ${humanDay(deadline)}, has passed.`,
    );
    const off = offCalendarDeadline(target, deadline, today);
    if (off) notes.push(off.sentence);
    if (deadlineSeason !== undefined && early && deadlineSeason < early.year) {
      const ends = early.ends ? ` (around ${humanMonth(early.ends)} at the earliest)` : '';
      notes.push(
        `That deadline looks one season early: it falls in the ${season(deadlineSeason)} season, whose fellowships start in July ${deadlineSeason + 1}, before your residency can end${ends}. This calendar shows the ${season(early.year)} season, the first you can start in after your residency; check that date with the program rather than applying a year early.`,
      );
    }
    if (aheadEarly && !early) {
      notes.push(
        `That deadline belongs to the ${season(y)} season, so this calendar shows that season: the current season's remaining steps are not yours.`,
      );
    }
  }
  const notApplied = notAppliedNote(calendar, y, phases, today);
  return {
    calendar,
    match: match.name,
    season: season(y),
    target,
    phases,
    current,
    next,
    notes,
    ...(notApplied ? { notApplied } : {}),
  };
}

/**
 * A member shown a later season than the one today is in, once that season's last step has passed:
 * its steps are named as past, with the season shown instead, so no "before the commit deadline"
 * reads as a deadline still ahead for them (a judge found it said two weeks after that deadline).
 */
function pastSeasonNote(calendar: CalendarId, y0: number, y: number, today: DayString): string | undefined {
  const amia = calendar === 'amia-ci-match';
  if (y <= y0 || today <= lastStepLatest(calendar, y0)) return undefined;
  const step = amia ? 'commit deadline' : 'rank order list deadline';
  const resultsDay = amia ? dayIn(y0, A.results) : matchDay(y0 + 1);
  const resultsName = amia ? 'its results' : 'its Match Day';
  const results =
    today > resultsDay
      ? `so ${amia ? 'have' : 'has'} ${resultsName} (typically about ${humanDay(resultsDay)})`
      : `${resultsName} typically follow${amia ? '' : 's'} around ${humanDay(resultsDay)}`;
  const what = amia ? 'fellowship' : 'residency';
  return `The ${season(y0)} season’s steps are past: its ${step} (typically ${lastStepWords(calendar, y0)}) has passed, and ${results}. The steps shown are for the ${season(y)} season, for a ${what} from July ${y + 1}.`;
}

/**
 * The profile cannot say whether the member applied this season, and from the interviews on every
 * step shown presumes they did: a member who did not would read "commit your preferences now" as
 * their own deadline. Who may take part (checked 2026-12-03): AMIA's match page
 * (https://www.amia.org/membership/academic-forum/amia-clinical-informatics-fellowship-match):
 * applicants must have applied through ERAS and interviewed with the programs they list; NRMP help
 * (https://www.nrmp.org/topic/match-participants/programs/?post_type=help): applicants register for
 * both ERAS and the Match, and cannot register after the rank order list deadline.
 */
function notAppliedNote(
  calendar: CalendarId,
  y: number,
  phases: TimelinePhase[],
  today: DayString,
): string | undefined {
  const interviews = phases.find((p) => p.id === 'interview');
  if (!interviews || interviews.status === 'upcoming' || today >= nextSeasonOpens(y)) return undefined;
  const who =
    calendar === 'amia-ci-match'
      ? "AMIA's match takes only applicants who applied through ERAS and interviewed with the programs they list"
      : 'the Match takes only applicants who applied through ERAS (or the program’s own application service) and registered with the NRMP, and registration closes at the rank order list deadline';
  const what = calendar === 'amia-ci-match' ? 'fellowship' : 'residency';
  return `The steps from the interviews on are for members who applied in the ${season(y)} season (a ${what} from July ${y + 1}): ${who}. If you have not applied yet, yours is the ${season(y + 1)} season, for a ${what} from July ${y + 2}: start now by researching programs and confirming your eligibility, and be ready when ERAS typically opens in early June ${y + 1}.`;
}

/** A residency typically lasts at least three years (internal medicine: 36 months; ACGME). */
export const MIN_RESIDENCY_MONTHS = 36;

/**
 * For a CI fellowship applicant still in a US residency (and with no accepted one completed, and
 * no deadline in this season's applications): the first season whose fellowship would start
 * after the residency can end, assuming at least three years. A PGY-1 from July 2025 finishes June 2028 at the earliest, so applies in the season that
 * opens in June 2027 (fellowship from July 2028), not the one opening next.
 */
export function earliestFellowshipSeason(
  p: Profile,
  today: DayString,
): { year: number; why: string; since: DayString; ends: string; stated?: boolean } | undefined {
  if (p.target !== 'ci-fellowship') return undefined;
  // A deadline in this season's applications is not trusted over the residency's end: a fellowship
  // starting a year before the residency can end is not open to the member (prematchTimeline then
  // names the deadline as a season early), so the season still follows the residency.
  const rs = readResidencies(p, today) ?? [];
  if (rs.some((r) => r.standing === 'accepted' && r.status === 'completed')) return undefined;
  // Only US programs: their minimum length is known (Canadian family medicine, for one, is shorter).
  const current = rs.filter((r) => isUsResidency(r.residency) && r.status === 'in-progress');
  if (!current.length) return undefined;
  const first = current.reduce((a, b) => (monthIndex(b.residency.from) < monthIndex(a.residency.from) ? b : a));
  // The expected end the member gave wins over the inferred one (a J-1 PGY-2 finishing June 2028
  // was told of a June 2027 end and a year between residency and fellowship: newcomer trial 20).
  const stated = statedEnd(first.residency, today);
  const end = stated ? monthIndex(stated) : monthIndex(first.residency.from) + MIN_RESIDENCY_MONTHS - 1;
  const start = Math.floor((end - 6) / 12) + 1; // the first July after the end
  return {
    year: start - 1,
    since: `${first.residency.from}-01`,
    /** The month the residency ends (YYYY-MM): the stated expected end, else the earliest it can. */
    ends: monthFromIndex(end),
    ...(stated ? { stated: true } : {}),
    why: stated
      ? `Your ${first.residency.specialty} residency started ${humanMonth(first.residency.from)} and, by the expected end in your profile, finishes in ${humanMonth(stated)}. The season that fits you opens in June ${start - 1}, for a fellowship starting in July ${start}: apply in your final year.`
      : `Your ${first.residency.specialty} residency started ${humanMonth(first.residency.from)}; your profile gives no expected end, and residencies typically last at least three years, so it ends around ${humanMonth(monthFromIndex(end))} at the earliest. The season that fits you opens in June ${start - 1}, for a fellowship starting in July ${start}: check your program's end date (add it as the residency's end, with Completed: no), and apply in your final year.`,
  };
}

/**
 * The next phase as one plain sentence, for the "Next" line under the calendar. Phase titles are
 * headings ("ERAS opens: prepare your application"); spliced into a sentence with a date and a
 * season ("Next: ERAS opens: prepare your application of the 2026-2027 season starts …") they
 * read as a puzzle, so each phase says what happens and what to do in its own words. `day`
 * formats a date the way the transport shows dates. Undefined when there is no next phase.
 */
/**
 * The decisive step (commit or certify the list) ending today or within three days, said before
 * anything else: on the typical AMIA commit day the headline spoke only of tomorrow ("from 5 Dec
 * the lists are typically final"), when what the member had to do was commit today.
 */
/** How a step ends, `left` days from today: "typically ends today", "…tomorrow", else `typically ${later}`. */
export function stepEnds(left: number, later: string): string {
  return left === 0 ? 'typically ends today' : left === 1 ? 'typically ends tomorrow' : `typically ${later}`;
}

/**
 * Days left in a step: to its end, except the AMIA commit step, whose last day moved between
 * recent seasons (Dec 4, 2023; Dec 5, 2024): counted to the earliest of those days still ahead, so
 * the day before the first says "tomorrow", and both days say "today".
 */
export function daysLeftInStep(calendar: CalendarId, phase: TimelinePhase, today: DayString): number {
  if (calendar === 'amia-ci-match' && phase.id === 'rank-list') {
    const earliest = dayIn(Number(phase.to.slice(0, 4)), A.commitDeadline);
    if (today <= earliest) return daysBetween(today, earliest);
  }
  return daysBetween(today, phase.to);
}

export function lastDaysSentence(
  t: PrematchTimeline,
  today: DayString,
  day: (d: DayString) => string,
): string | undefined {
  const step = t.phases.find((p) => p.id === 'rank-list' && p.status === 'current');
  if (!step) return undefined;
  const left = daysLeftInStep(t.calendar, step, today);
  if (left < 0 || left > 3) return undefined;
  const nrmp = t.calendar === 'nrmp-main';
  const what = nrmp ? 'certify your rank order list' : 'commit (or re-commit) your preferences';
  const where = nrmp ? 'the NRMP calendar' : "AMIA's match page";
  // AMIA's commit day moved between recent seasons: both days are named, so this line agrees with
  // the step's own dates (to the later day) and with "from <the day after>, lists are final" (a
  // judge read "ends on 4 Dec" beside a commit step shown to 5 Dec as counts that differ by one).
  const end = addDays(today, left);
  const both = !nrmp && left > 0 && end < step.to ? `ends on ${day(end)} or ${day(step.to)}` : `ends on ${day(end)}`;
  const when = stepEnds(left, both);
  return `The ${nrmp ? 'rank order list' : 'commit'} step ${when}: if you applied this season, ${what} ${left === 0 ? 'today' : 'now'}, and check this season's exact deadline and time on ${where}.`;
}

export function nextStepSentence(t: PrematchTimeline, day: (d: DayString) => string): string | undefined {
  const n = t.next;
  if (!n) return undefined;
  const phase = phaseStepSentence(t, n, day);
  const due = registrationDue(t, n, day);
  return due && phase ? `${due} ${phase}` : phase;
}

/**
 * The NRMP's standard registration deadline, when it falls before the next phase starts: it closes
 * the current apply-and-register step, and "Next" must name the nearest step still ahead (a judge
 * found a member four days from it told only that ranking opens after it). Typical, like every date.
 */
function registrationDue(
  t: PrematchTimeline,
  n: NonNullable<PrematchTimeline['next']>,
  day: (d: DayString) => string,
): string | undefined {
  if (t.calendar !== 'nrmp-main') return undefined;
  const apply = t.phases.find((p) => p.id === 'apply' && p.status === 'current');
  if (!apply || apply.to >= n.from) return undefined;
  const left = n.daysUntil - daysBetween(apply.to, n.from);
  if (left < 0) return undefined;
  const when = left === 0 ? 'today' : left === 1 ? 'tomorrow' : `on ${day(apply.to)} (in ${left} days)`;
  return `The NRMP's standard registration deadline is typically ${when}, so if you applied this season and have not registered for the Match, register now (a late fee applies after it).`;
}

function phaseStepSentence(
  t: PrematchTimeline,
  n: NonNullable<PrematchTimeline['next']>,
  day: (d: DayString) => string,
): string | undefined {
  const when = `${day(n.from)} (${n.daysUntil === 1 ? 'tomorrow' : `in ${n.daysUntil} days`})`;
  const forSeason = n.season === t.season ? '' : ` for the ${n.season} season`;
  const nrmp = t.calendar === 'nrmp-main';
  switch (n.id) {
    case 'build-experience':
      return `From ${when}, keep building your informatics record during residency; your own application season comes later.`;
    case 'research-programs':
      return `From ${when}, start researching programs and confirming your eligibility${forSeason}.`;
    case 'prepare-application':
      return `ERAS typically opens${forSeason} on ${when}: start preparing your application then.`;
    case 'apply':
      return nrmp
        ? `Residency applications typically open in ERAS${forSeason} on ${when}: submit yours early and register for the Match.`
        : `Fellowship applications typically open in ERAS${forSeason} on ${when}: submit yours early.`;
    case 'interview':
      return `Interviews typically begin${forSeason} on ${when}; each program sets its own dates.`;
    case 'updates-and-top-choice':
      return `From ${when}, you can send programs one or two major updates, and a top-choice message to one program if it is truly your first choice.`;
    case 'rank-list':
      return nrmp
        ? `Ranking typically opens${forSeason} on ${when}: certify your rank order list before the deadline.`
        : `The AMIA match typically opens to applicants${forSeason} on ${when}: commit your preferences before the deadline.`;
    case 'results':
      return nrmp
        ? // The deadline is a typical date (nrmpRankDeadline), not this season's published one.
          `From ${when}, rank lists are typically final (check this season's deadline on the NRMP calendar); Match Week is typically the third week of March, so prepare for the SOAP in case you need it.`
        : // AMIA publishes each season's commit deadline late in the season; the date here is typical.
          `From ${when}, the lists are typically final (check this season's commit deadline on AMIA's match page); results typically appear in AMIA's match portal in mid-December.`;
    case 'post-match':
      return `AMIA's voluntary post-match process typically starts on ${when}, for applicants who did not match.`;
  }
}
