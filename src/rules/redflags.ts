/**
 * The red-flag engine: pure `redFlags(profile, today)`. Each rule lives in src/rules/redflag-rules/
 * and reports its flags plus the checks it could not make; this module only runs them in the
 * order below, sorts by severity (stable, so ties keep that order) and merges "not given".
 */
import { daysBetween, humanDay, humanMonth, humanMonths } from '../core/dates.js';
import { monthsSinceGraduation } from '../core/profile/derived.js';
import type { Profile } from '../core/profile/schema.js';
import { bySeverity } from '../core/types.js';
import { readResidencies } from '../core/profile/training.js';
import { describeResidency, ecfmgNote, fellowshipEligibilityRule } from './redflag-rules/eligibility.js';
import { examFailureRule, lowScoreRule } from './redflag-rules/exams.js';
import { limitedUsceRule, weakInformaticsRule } from './redflag-rules/experience.js';
import {
  matchAttemptsRule,
  PROFESSIONALISM_NOT_GIVEN,
  professionalismRule,
  visaSponsorshipRule,
} from './redflag-rules/standing.js';
import { clinicalCurrencyRule, trainingGapRule } from './redflag-rules/timeline.js';
import { readMatchAttempts, whatChangedItems } from './redflag-rules/match-history.js';
import { leftAndReturned } from './redflag-rules/left-patient-care.js';
import { offCalendarDeadline } from '../composers/season-calendar.js';
import { RED_FLAG_THRESHOLDS } from './redflag-thresholds.js';
import type { Flag, RedFlagOptions, RedFlagReport, RuleResult } from './redflag-types.js';
import { matchedAhead } from './match-state.js';
import { withNoteProfessionalism } from './professionalism-notes.js';
import { boardActionNote, contractEndWords, legalClaimNote, noteBoardActions, noteLegalClaims } from './note-facts.js';

export type { CurrencyFacts, Flag, FlagId, GapFacts, RedFlagOptions, RedFlagReport } from './redflag-types.js';
export { renderRedFlagText, summariseNoFlags } from './redflag-text.js';
export { RED_FLAG_THRESHOLDS } from './redflag-thresholds.js';

type Rule = (p: Profile, today: string, opts: RedFlagOptions) => RuleResult;

/**
 * The tie order within one severity: `fellowship-eligibility` first (it decides the member's whole
 * route, so it leads the report), then the contract's id order.
 */
const RULES: readonly Rule[] = [
  fellowshipEligibilityRule,
  examFailureRule,
  lowScoreRule,
  trainingGapRule,
  clinicalCurrencyRule,
  matchAttemptsRule,
  professionalismRule,
  limitedUsceRule,
  weakInformaticsRule,
  visaSponsorshipRule,
];

/**
 * Residency programs may publish limits on time since graduation (knowledge/red-flags.md,
 * clinical-currency); the guides give no number, so from RED_FLAG_THRESHOLDS.graduationNoteFromYears
 * a residency applicant is reminded to check, unless the clinical-currency flag already says so.
 */
function graduationNote(p: Profile, today: string, flags: readonly Flag[]): string | undefined {
  if (p.target !== 'residency-informatics-track' || !p.medSchool) return undefined;
  if (flags.some((f) => f.id === 'clinical-currency')) return undefined;
  const months = monthsSinceGraduation(p, today);
  if (months === undefined || months < RED_FLAG_THRESHOLDS.graduationNoteFromYears * 12) return undefined;
  return `Time since graduation: you graduated ${humanMonth(p.medSchool.graduated)} (${humanMonths(months)} ago). Some residency programs publish limits or preferences on years since graduation: check each program's stated requirements before you apply.`;
}

/**
 * What programs will ask about although no contract flag id covers it: one earlier unmatched cycle
 * (`multiple-match-attempts` starts at two) and a residency left unfinished (no id at all; the
 * professionalism flag speaks for one that ended in a dismissal or resignation). A newcomer with
 * both got no word of either in the report, while the mock plan rehearsed both. A note each, in
 * plain words, with how to explain it and where the guides say so.
 */
function historyNotes(p: Profile, today: string, flags: readonly Flag[]): string[] {
  const notes: string[] = [];
  const m = RED_FLAG_THRESHOLDS.matchAttempts;
  const attempts = readMatchAttempts(p, today);
  if (attempts?.kind === 'residency-then-matched') {
    const into = attempts.matchedInto ? `your ${attempts.matchedInto} residency` : 'your residency';
    const began = attempts.matchedFrom ? ` (${humanMonth(attempts.matchedFrom)})` : '';
    notes.push(
      `${attempts.n === 1 ? 'The earlier unmatched cycle' : `The ${attempts.n} earlier unmatched cycles`} in your profile came before ${into} began${began}, too early for a fellowship application, so ${attempts.n === 1 ? 'it was' : 'they were'} in the residency Match, and you matched afterwards. A fellowship program does not weigh that as a red flag; if asked, one sentence on what you strengthened before matching is enough (guides: red-flags#multiple-match-attempts).`,
    );
  } else if (attempts && attempts.n < m.flagFrom && matchedAhead(p, today)) {
    // Matched since (match-state.ts): the earlier cycle is behind the member, not a question ahead.
    notes.push(
      `The earlier unmatched cycle in your profile is behind you: you have matched since. If your new program or a later fellowship interview asks, one sentence on what you strengthened before matching is enough (guides: red-flags#multiple-match-attempts).`,
    );
  } else if (attempts && attempts.n < m.flagFrom) {
    const cycle =
      attempts.kind === 'fellowship'
        ? `fellowship cycle (${attempts.year ? `the ${attempts.year} AMIA match` : "AMIA's fellowship match"}, as your timeline notes say)`
        : p.target === 'ci-fellowship'
          ? 'cycle (your profile does not show whether it was a residency Match or a fellowship match)'
          : 'Match cycle';
    const changed = whatChangedItems(p);
    notes.push(
      `One earlier unmatched ${cycle}: this report flags repeated cycles from two, but programs will see this one and may ask what is different this time. Be ready to say in a sentence or two what you changed since (${
        changed
          ? `your profile names ${changed}: lead with what of it came after that cycle, with its result`
          : 'experience, letters, scores, informatics work'
      }) and keep the same account in your personal statement, ERAS entries and interviews (guides: red-flags#multiple-match-attempts, explaining-red-flags#red-flags-in-the-interview).`,
    );
  }
  // Years in a job away from patient care, with a return to practice since: no flag's threshold
  // reaches it (currency counts from the return), but every interviewer asks (round ux45, p380).
  const away = leftAndReturned(p, today);
  if (away && !flags.some((f) => f.id === 'clinical-currency')) {
    notes.push(
      `Time away from patient care: ${humanMonths(away.months)} (${humanMonth(away.from)} – ${humanMonth(away.to)}) as ${away.what}, before you returned to clinical work in ${humanMonth(away.back)}. Programs will ask why you left clinical work and why you came back, even with years of practice since. Answer in a few sentences: what the role was and what you did in it, why you left and why you returned (a settled choice, not a fallback), and what your clinical work since shows; where the role touched data, safety or systems, link it to informatics (guides: red-flags#clinical-currency, explaining-red-flags#red-flags-in-the-interview).`,
    );
  }
  // A contract not renewed or ended by the program, told in a note (note-facts.ts): said as it was.
  const ended = contractEndWords(p);
  if (!flags.some((f) => f.id === 'professionalism')) {
    const left = (readResidencies(p, today) ?? []).find((r) => r.status === 'left');
    if (left) {
      notes.push(
        `A residency left unfinished: your ${describeResidency(left)}. Programs will ask why ${ended ? 'it ended' : 'you left'} and whether you will finish with them. Explain it briefly: the fact and when, the reason in plain words without blaming the program or its people, what you did and learned since, and why you are ready to complete training now; list it in ERAS as it was (guides: explaining-red-flags#principles, explaining-red-flags#red-flags-in-the-interview, explaining-red-flags#eras-experiences).${ended ? ` ${ended}` : ''}`,
      );
    } else if (ended) notes.push(ended);
  }
  // A legal claim or a board action told only in a note: disclosure, never silence (note-facts.ts).
  const claim = legalClaimNote(p);
  if (claim) notes.push(claim);
  const action = boardActionNote(p);
  if (action) notes.push(action);
  return notes;
}

/**
 * A member whose application deadline has passed has applied (or missed this season): advice to do
 * something "before you apply" is for the next application, and this season is about explaining the
 * flags. Said once, in the notes, and the actions' wording follows it, so an interviewing member is
 * not told to get three months of USCE before an application already sent.
 */
function deadlinePassed(p: Profile, today: string): boolean {
  return !!p.deadline && p.deadline < today;
}

/** Fewer days than this before the deadline: what takes months cannot change this application. */
const DEADLINE_CLOSE_DAYS = 42;

const EXPLAIN_HELP = '(the gap-explanation and mock-interview commands help with that)';

function seasonNote(p: Profile, today: string, opts: RedFlagOptions): string | undefined {
  // A match won and not yet started (match-state.ts): no application, interview or rank list is
  // ahead, and the result binds (judges of p414 and p419).
  const won = matchedAhead(p, today);
  if (won) {
    const what = won.match === 'amia' ? 'fellowship' : 'residency';
    return `Your notes say you matched${won.year ? ` in the ${won.year} ${won.match === 'amia' ? 'AMIA' : 'NRMP'} match` : ''}, for a ${what} starting July ${won.start.slice(0, 4)}: the result is binding, and there is nothing to apply for or rank this season. The items below matter for your start (licence, visa paperwork, an exam still to pass) and for later steps, not for a new application; your timeline lists what to do before July ${won.start.slice(0, 4)}.`;
  }
  if (!p.deadline) {
    // No deadline given: whether the member applied this season is unknown, so it is said as a condition.
    const next = opts.nextSeason;
    if (opts.appliedThisSeason) {
      return `Your profile shows you applied this season (training from July ${opts.appliedThisSeason.startYear}): your applications are already with programs, so the actions that take months are for a next application only, and this season is for explaining each flag plainly in interviews and messages ${EXPLAIN_HELP}.`;
    }
    return next
      ? `If you applied this season, your applications are already with programs: the actions that take months are for a next application (applications typically open in ERAS on ${humanDay(next.opens)}, for training from July ${next.startYear}), and this season is for explaining each flag plainly in interviews and messages ${EXPLAIN_HELP}.`
      : undefined;
  }
  if (deadlinePassed(p, today)) {
    return `Your application deadline (${humanDay(p.deadline)}) has passed, so the actions that take months are for your next application. For this season, be ready to explain each flag plainly in interviews and messages ${EXPLAIN_HELP}.`;
  }
  // A deadline that fits no season of the member's match: said as the timeline says it, with no
  // count of days to a date that may be mistyped or belong to a program outside the match.
  const off = offCalendarDeadline(p.target, p.deadline, today);
  if (off) {
    return `${off.sentence} Until it is checked, no step here is timed to it: the actions that take months can still count for the ${off.next}-${off.next + 1} season.`;
  }
  const left = daysBetween(today, p.deadline);
  if (left > DEADLINE_CLOSE_DAYS) return undefined;
  // A trial (session 13): 16 days before the deadline the report advised two more months of USCE
  // and a strong Step 3, with no word that neither can reach this application.
  // One message about what can still change: an H-1B applicant without Step 3 is told in the visa
  // item to pass it before programs decide (a petition needs it, by the rank or commit deadline),
  // so the header must not say "another exam cannot change this application" (judge of p134).
  const step3Counts = p.visa === 'h1b' && !(p.exams ?? []).some((a) => a.exam === 'step3' && a.result === 'pass');
  const exception = step3Counts
    ? ' One exam still counts for this application: Step 3, passed before programs decide, is what an H-1B petition needs (see the visa item).'
    : '';
  return `Your application deadline (${humanDay(p.deadline)}) is ${left === 0 ? 'today' : left === 1 ? 'tomorrow' : `${left} days away`}: actions that take months (more clinical experience, ${step3Counts ? 'a better score' : 'another exam'}) cannot change this application, so keep them for a next one if you need it.${exception} For this one, list plainly what is already done and be ready to explain each flag in interviews ${EXPLAIN_HELP}.`;
}

/**
 * "Disciplinary history could not be checked" beside a board action or a claim the notes tell read
 * as if the report had not seen it (judge of p432): the line says what the notes do tell.
 */
function toldInNotes(p: Profile, line: string): string {
  if (line !== PROFESSIONALISM_NOT_GIVEN) return line;
  const told = [
    noteBoardActions(p).length ? 'a medical board action' : '',
    noteLegalClaims(p).some((c) => c.status !== 'closed') ? 'a legal claim' : '',
  ].filter(Boolean);
  return told.length
    ? `professionalism not given — your timeline note tells ${told.join(' and ')} (see "Also check"); any other disciplinary history could not be checked`
    : line;
}

const BEFORE_APPLYING = /\bbefore (?:you apply|applying)\b/g;
const forNextApplication = (text: string): string => text.replace(BEFORE_APPLYING, 'before your next application');
/** A matched member applies nowhere: "before you apply" means before the matched start. */
const forYourStart =
  (year: string) =>
  (text: string): string =>
    text
      .replace(BEFORE_APPLYING, `before your July ${year} start`)
      .replace(/\bbefore your next application\b/g, `before your July ${year} start`);

export function redFlags(given: Profile, today: string, opts: RedFlagOptions = {}): RedFlagReport {
  // A probation told only in a note is professionalism history too (professionalism-notes.ts).
  const profile = withNoteProfessionalism(given);
  const results = RULES.map((rule) => rule(profile, today, opts));
  const passed = results.flatMap((r) => r.passed ?? []);
  const sorted = results.flatMap((r) => r.flags).sort(bySeverity);
  // Past the deadline, "before you apply" means the next application, in actions and notes alike.
  const matched = matchedAhead(profile, today);
  const reword = matched
    ? forYourStart(matched.start.slice(0, 4))
    : deadlinePassed(profile, today) || opts.appliedThisSeason
      ? forNextApplication
      : (x: string) => x;
  const flags = sorted.map((f) => {
    const actions = f.actions.map(reword);
    return actions.some((a, i) => a !== f.actions[i]) ? { ...f, actions } : f;
  });
  const season = seasonNote(profile, today, opts);
  const notes = [
    ...results.flatMap((r) => r.notes ?? []),
    ...historyNotes(profile, today, flags),
    ecfmgNote(profile),
    graduationNote(profile, today, flags),
  ]
    .filter((x): x is string => !!x)
    .map(reword);
  return {
    flags,
    // Two rules can miss the same part (exams, timeline): say it once.
    notGiven: [...new Set(results.flatMap((r) => r.notGiven).map((x) => toldInNotes(profile, x)))],
    ...(passed.length ? { passed } : {}),
    ...(notes.length ? { notes } : {}),
    ...(season ? { season } : {}),
  };
}
