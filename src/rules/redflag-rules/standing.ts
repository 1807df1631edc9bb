/**
 * Rules about the member's standing rather than their training record: `multiple-match-attempts`,
 * `professionalism` and `visa-sponsorship`.
 */
import { humanDay, humanMonth, humanMonths, monthFromIndex, monthIndex, monthOfDay } from '../../core/dates.js';
import { mergeSpans, needsVisa, periods, type Span } from '../../core/profile/derived.js';
import { goodStandingResignations, programBehind, programLeft } from '../../core/profile/resignation.js';
import type { Letter, Profile, ProfessionalismEntry } from '../../core/profile/schema.js';
import type { ProgramBehind } from '../../core/profile/resignation.js';
import {
  countsForFellowship,
  isOngoing,
  isUsResidency,
  readResidencies,
  residencyEnd,
  residencyYearsFor,
} from '../../core/profile/training.js';
import type { Severity, SourceRef } from '../../core/types.js';
import { ref } from '../../knowledge/outline.js';
import { isStale } from '../letter-facts.js';
import { RED_FLAG_THRESHOLDS } from '../redflag-thresholds.js';
import { calendarFor, lastStepWords, listsFinalSince } from '../../composers/season-calendar.js';
import { noResult, type Flag, type RedFlagOptions, type RuleResult } from '../redflag-types.js';
import {
  namesOtherStatus,
  noteHomeRuleBinds,
  noteSpouseWorkStatus,
  noteHomeRuleMet,
  noteI140Approved,
  notePermit,
  noteUnmatched,
  notePermitEnds,
  noteVisas,
  noteWaiver,
  northAmericanStatus,
  type NorthAmericanStatus,
  type WaiverNote,
  noteDependentStatus,
  type DependentStatus,
  monthAfter,
  noteF2Held,
  notePendingWaiver,
  type PendingWaiverNote,
  noteHomeRuleWaived,
  noteEadState,
  type EadState,
  notePracticalTraining,
} from './visa-notes.js';
import { adjustmentPending, asylumPending, permitBasis, permitBasisWords, statusNotVisaWords } from './permit-basis.js';
import { earlyEndActions, permitTiming } from './permit-timing.js';
import {
  noteI140,
  I140_BEYOND_SIX_VERDICT,
  greenCardUnderWay,
  i140BeyondSixAction,
  i140PendingAction,
  newJ1Warning,
  ownI140Approved,
  profileI140,
} from './green-card-path.js';
import { readMatchAttempts, whatChangedItems } from './match-history.js';
import { letterCoverageStep } from './letter-coverage.js';
import { article, joinAnd, plural } from './wording.js';
import { matchedNotStarted } from './matched-start.js';
import { prelimJ1Ending, refusalAction, visaRefusal } from './visa-history.js';
import { permitStatementOfNeed } from '../note-facts.js';
import { bookedStep3, bookedStep3Words, step3TooLate, step3TooLateWords } from './booked-step3.js';

export const MATCH_NOT_GIVEN = 'matchAttempts not given — previous Match or fellowship cycles could not be checked';
export const PROFESSIONALISM_NOT_GIVEN = 'professionalism not given — disciplinary history could not be checked';
export const CITIZENSHIP_NOT_GIVEN = 'citizenship not given — visa sponsorship could not be checked';

export function matchAttemptsRule(p: Profile, today?: string): RuleResult {
  if (p.matchAttempts === undefined) return { flags: [], notGiven: [MATCH_NOT_GIVEN] };
  const m = RED_FLAG_THRESHOLDS.matchAttempts;
  const n = p.matchAttempts;
  if (n < m.flagFrom) return noResult();
  // Residency Match cycles followed by matching are not a fellowship red flag (a note says so).
  if (today && readMatchAttempts(p, today)?.kind === 'residency-then-matched') return noResult();
  const severity: Severity = n >= m.highFrom ? 'high' : 'medium';

  // The member's own informatics work, named, where the profile has it (round ux45, judge of p381).
  const changed = whatChangedItems(p);
  const actions = [
    changed
      ? `Be ready to name what changed since your last cycle, and keep changing it: your profile names ${changed}; lead with what of it came after your last cycle, with its result, and add new US clinical experience or stronger letters where you can.`
      : 'Be ready to name what changed since your last cycle, and keep changing it: new US clinical experience, stronger letters, a better score or more informatics work.',
    `Review what your ${plural(n, 'previous cycle')} tell you (how many interviews, any feedback, weak spots in the file), pick targeted fixes and check their effect, the way an improvement cycle works.`,
    'Tell the story of what changed between cycles, consistently, in your personal statement, ERAS entries and interviews.',
  ];
  const sources: SourceRef[] = [
    ref('red-flags', 'multiple-match-attempts'),
    ref('explaining-red-flags', 'personal-statement'),
  ];
  const broaden = severity === 'high' ? broadenListAction(p) : undefined;
  if (broaden) actions.splice(1, 0, broaden);
  if (needsVisa(p)) {
    actions.push(
      'Programs look harder at visa timing after repeated cycles: confirm each program sponsors your visa before you apply.',
    );
    sources.push(ref('visas', 'visa-as-logistics-risk'));
  }
  return {
    flags: [
      {
        id: 'multiple-match-attempts',
        severity,
        title: `Multiple Match attempts: ${plural(n, 'previous cycle')}`,
        why: `You list ${plural(n, 'previous unsuccessful Match or fellowship cycle')}.`,
        actions,
        sources,
      },
    ],
    notGiven: [],
  };
}

/**
 * After several unmatched residency Match cycles (the high band), advisors also widen where the member
 * applies, not only what they send (a judge of p347: three unmatched cycles and no word on the list).
 * Said as advice, hedged: more applications alone do not help a file programs screen out, and a
 * preliminary year is one year, not a promise of a categorical place. Residency cycles only: a
 * fellowship applicant's list is the few CI fellowships, and preliminary positions are not theirs.
 * Undefined for a CI-fellowship target or fewer cycles.
 */
export function broadenListAction(p: Profile): string | undefined {
  const n = p.matchAttempts ?? 0;
  if (p.target === 'ci-fellowship' || n < RED_FLAG_THRESHOLDS.matchAttempts.highFrom) return undefined;
  const visa = needsVisa(p) ? 'sponsors your visa and ' : '';
  return `After ${plural(n, 'unmatched cycle')}, widen where you apply as well as what you send; advisors usually suggest it at this point: more programs, including community and university-affiliated ones whose recent residents include graduates like you (check that each ${visa}has no limit on years since graduation that rules you out), more states and regions, and, if every cycle was in one specialty, a second one where IMGs match more often or preliminary (PGY-1) positions beside your categorical applications. This is judgement, not a rule: more applications alone rarely help a file that programs screen out, so widen the list together with the other fixes in your red-flag report, and know that a preliminary year is one year with no promise of a categorical place after it.`;
}

/** Entry kinds a remediation plan can address. */
const REMEDIABLE: ReadonlySet<ProfessionalismEntry['kind']> = new Set(['report', 'probation']);

/** A dismissal or resignation in or after the entry's month: the member's time in that program ended. */
export function leftAfter(
  e: ProfessionalismEntry,
  entries: readonly ProfessionalismEntry[],
): ProfessionalismEntry | undefined {
  return entries.find(
    (x) => x !== e && (x.kind === 'dismissal' || x.kind === 'resignation') && monthIndex(x.date) >= monthIndex(e.date),
  );
}

const SCHOOL_RE = /\b(?:medical school|med school|student|clerkships?|school|faculty of medicine|university exams?)\b/i;
const RESIDENCY_RE = /\b(?:residen\w*|PGY-?\d|intern(?:ship)?|fellowship|program director)\b/i;

/**
 * An entry recorded by a medical school, not a residency: the note says so, or it is dated before
 * graduation. Its record is the school's, and "your program director" is no one the member has.
 */
export function fromSchool(e: ProfessionalismEntry, p: Profile): boolean {
  if (e.note && RESIDENCY_RE.test(e.note)) return false;
  if (e.note && SCHOOL_RE.test(e.note)) return true;
  return p.medSchool !== undefined && monthIndex(e.date) <= monthIndex(p.medSchool.graduated);
}

/** The entry as a sentence names it: "a report or complaint", "probation", "a dismissal". */
const ENTRY_NOUN: Record<ProfessionalismEntry['kind'], string> = {
  report: 'a report or complaint',
  probation: 'probation',
  dismissal: 'a dismissal',
  resignation: 'a resignation',
};

function describeEntry(e: ProfessionalismEntry): string {
  const status =
    e.remediated === true ? 'remediated' : e.remediated === false ? 'not remediated' : 'remediation not stated';
  return `${ENTRY_NOUN[e.kind]} (${humanMonth(e.date)})${REMEDIABLE.has(e.kind) || e.remediated !== undefined ? `, ${status}` : ''}${e.note ? `: "${e.note}"` : ''}`;
}

export function professionalismRule(p: Profile, today?: string): RuleResult {
  if (!p.professionalism) return { flags: [], notGiven: [PROFESSIONALISM_NOT_GIVEN] };
  if (!p.professionalism.length) return noResult();
  const entries = [...p.professionalism].sort((a, b) => monthIndex(a.date) - monthIndex(b.date));
  // A report or probation is remediated by a plan; a dismissal or a resignation is explained, not
  // "remediated": asking for a remediation plan for a resignation to change specialty makes no sense.
  const open = entries.filter((e) => e.remediated !== true && REMEDIABLE.has(e.kind));

  // Probation, a dismissal or a resignation is a formal event the application asks about. A report
  // may be a formal action or an informal note: disclosure is still the rule where a question
  // covers it, but the member first needs to know which it was (the guide: "if one applies").
  const actions = [
    entries.some((e) => e.kind !== 'report')
      ? 'Disclose it in full: answer the ERAS question on adverse actions or interruptions honestly and briefly. Trying to hide it is often a deal-breaker on its own.'
      : entries.every((e) => fromSchool(e, p))
        ? // A report from medical school, never a residency: the school holds the record (judge of p132).
          "Disclose it honestly wherever the application asks: first find out from your medical school how it recorded it (a formal action in your student file, or a note that was resolved informally) and whether the ERAS question on adverse actions covers it; when in doubt, disclose briefly. Your school's dean's letter (MSPE), if it sends one, may mention it either way, and trying to hide it is often a deal-breaker on its own."
        : 'Disclose it honestly wherever the application asks: first find out how your program recorded it (a formal action in your file, or a note that was resolved informally) and whether the ERAS question on adverse actions covers it; when in doubt, disclose briefly. Your program director may mention it in a letter or a verification form either way, and trying to hide it is often a deal-breaker on its own.',
  ];
  // One next step per open entry, fitted to what the profile knows: remediation not stated means
  // the member may not know whether a plan was ever set, so they find out first (a judge found
  // "document the completed plan" told to a member who said he did not know).
  for (const e of open) {
    const behind = programBehind(e, p);
    if (behind) {
      actions.push(behindAction(e, behind, p, today));
      continue;
    }
    const gone = leftAfter(e, entries);
    if (gone) {
      // A dismissal or resignation after it ended the member's time in that program: there is no
      // plan left to complete there (judge of p125), so the step is what changed since, and who says so.
      actions.push(
        `Your ${e.kind} of ${humanMonth(e.date)} is not marked as remediated, and your ${gone.kind} of ${humanMonth(gone.date)} ended your time in that program, so there is no plan to finish there: be ready to say what the program asked of you, what you did about it and what has changed since, and ask a current supervisor to speak to how you work now.`,
      );
      continue;
    }
    actions.push(
      e.remediated === false
        ? `Your ${e.kind} of ${humanMonth(e.date)} is not marked as remediated: complete a remediation plan with your program, keep its record, and be ready to show what has changed since.`
        : `Your ${e.kind} of ${humanMonth(e.date)} is not marked as remediated: ask your program how it was recorded and whether a remediation plan was set; if one was, get its record (and finish it if it is still open), and either way be ready to show what has changed since.`,
    );
  }
  for (const e of entries.filter((x) => x.kind === 'dismissal')) {
    actions.push(
      `Your dismissal of ${humanMonth(e.date)} stays on your record: be ready to say plainly what led to it, what you changed afterwards and what shows the change since (recent evaluations, a current supervisor's letter).`,
    );
  }
  for (const e of entries.filter((x) => x.kind === 'resignation')) {
    actions.push(
      `Be ready to explain your resignation of ${humanMonth(e.date)} in two or three sentences: why you left, what you did next and what your record shows since.`,
    );
  }
  // Only a report, probation or dismissal is something to remediate and own; a resignation alone
  // (to relocate, to change specialty) is explained, and "document the remediation" or "your own
  // responsibility" would coach the member to confess a misconduct they never had.
  const misconduct = entries.some((e) => e.kind !== 'resignation');
  if (misconduct) {
    // Only when there is a completed plan to document (or nothing is open): an open entry has its
    // own step above, and "the completed plan" would presume a remediation the profile does not show.
    if (!open.length || entries.some((e) => REMEDIABLE.has(e.kind) && e.remediated === true)) {
      actions.push(
        'Document the remediation: the completed plan, what you changed afterwards, and recent evaluations showing the problem has not come back.',
      );
    }
    actions.push(
      `Explain it in one paragraph: what happened and what the ${entries.every((e) => fromSchool(e, p)) ? 'school' : 'program'} did, brief context, your own responsibility, the changes, later evidence, and the lesson for informatics work.`,
    );
  }
  // Leaving in good standing is not misconduct: medium, not high, and titled as what it is. Not low
  // even when confirmed: interviewers always ask why a member left a program, so it is rehearsed.
  const leftInGoodStanding = goodStandingResignations(p) !== undefined;
  const vouchingLetters = (p.letters ?? []).filter((l) => l.mentionsProfessionalism === true);
  // A program the member left part way under the matter: its director is who can confirm it.
  const leftUnder = leftInGoodStanding ? undefined : entries.map((e) => programBehind(e, p)).find((b) => b?.leftEarly);
  const vouching = vouchingLetters.map((l) => l.writer);
  const partly = letterCoverageStep(entries, vouchingLetters, p);
  actions.push(
    partly
      ? partly
      : vouching.length
        ? `${joinAnd(vouching)}'s letter${vouching.length > 1 ? 's are' : ' is'} marked as addressing it: keep ${vouching.length > 1 ? 'them' : 'it'}, since your account is believed when a letter confirms it, and let that writer know what you have done since.`
        : leftInGoodStanding
          ? 'Ask your former program director to confirm that you left in good standing (in a letter, or on the verification programs send them); programs believe the reason for leaving when the program you left confirms it.'
          : leftUnder
            ? `Ask someone who can speak to what happened and to how you work now to address it in a letter: your former program director at ${leftUnder.program} (programs may ask that program to verify your training anyway) or a supervisor who has seen your work since, commenting on your reliability and professional conduct; your account is only believed when letters confirm it.${
                p.letters ? ' None of your listed letters is marked as addressing professionalism yet.' : ''
              }`
            : `Ask recent supervisors to comment explicitly on your reliability and professional conduct; your account is only believed when letters confirm it.${
                p.letters ? ' None of your listed letters is marked as addressing professionalism yet.' : ''
              }`,
  );

  // One step down when the matter is closed and someone other than the member says so: every
  // report or probation remediated, no dismissal, and a letter marked as addressing it. A
  // dismissal stays high whatever follows; so does anything the member alone vouches for (the
  // guide: the account is believed when letters confirm it).
  const settled = open.length === 0 && !entries.some((e) => e.kind === 'dismissal') && vouchingLetters.length > 0;

  // A letter more than 3 years old still confirms the remediation, not that the change has lasted.
  const allOld = today !== undefined && settled && vouchingLetters.every((l) => isStale(l, p, today));

  return {
    flags: [
      {
        id: 'professionalism',
        severity: leftInGoodStanding || settled ? 'medium' : 'high',
        title: leftInGoodStanding
          ? `Left training: ${joinAnd(entries.map((e) => `resigned from ${programLeft(e, p)} (${humanMonth(e.date)})`))}`
          : `Professionalism: ${joinAnd(entries.map((e) => `${e.kind} (${humanMonth(e.date)})`))}`,
        why: `Your profile lists ${entries.map(describeEntry).join('; ')}.${
          open.length ? ` ${plural(open.length, 'entry is', 'entries are')} not marked as remediated.` : ''
        }${settled ? ` ${settledWhy(entries, vouchingLetters)}` : leftInGoodStanding ? ` ${GOOD_STANDING_WHY}` : ''}${allOld ? ` ${oldCorroboration(vouchingLetters.length)}` : ''}`,
        actions,
        sources: [
          ref('red-flags', 'professionalism'),
          ref('explaining-red-flags', 'explaining-professionalism'),
          ref('explaining-red-flags', 'eras-experiences'),
          ref('letters', 'letters-and-red-flags'),
        ],
      },
    ],
    notGiven: [],
  };
}

/**
 * The next step for an open report or probation in a program the member has left or finished: no
 * plan can be completed there now, so what counts is who can speak to what happened and what the
 * member has done since, named from their own timeline.
 */
function behindAction(e: ProfessionalismEntry, b: ProgramBehind, p: Profile, today: string | undefined): string {
  const when = b.left ? ` (${b.leftEarly ? 'you left' : 'you finished'} in ${humanMonth(b.left)})` : '';
  const since = today ? workSince(p, b.left ?? e.date, today) : undefined;
  const shown = since ? ` (${since})` : ' (clinical work, evaluations, courses)';
  const where = `${b.program} where it happened is behind you${when}`;
  // Not stated: the member may not know how it was recorded, and the former program can tell them.
  if (e.remediated !== false) {
    return `Your ${e.kind} of ${humanMonth(e.date)} is not marked as remediated, and ${where}: ask your former program how it was recorded and whether a plan was ever set (your former program director may be asked about it when programs verify your training), and be ready to show what you have done since${shown}.`;
  }
  return `Your ${e.kind} of ${humanMonth(e.date)} was not remediated, and ${where}, so a remediation plan there is no longer yours to complete. Instead, name who can speak to what happened and to how you work now (your former program director, whom programs may ask to verify your training, or a supervisor since), and show what you have done since${shown}.`;
}

/** The member's work after a month, from their own timeline: "your work as "GP, private clinic" since Jan 2024". */
function workSince(p: Profile, after: string, today: string): string | undefined {
  const WORK = new Set(['clinical', 'us-clinical', 'informatics', 'research', 'non-clinical-work']);
  const later = (p.timeline ?? []).filter((t) => WORK.has(t.activity) && t.from >= after && t.note);
  const last = later.at(-1);
  if (!last) return undefined;
  const note = last.note!.split(/[;(]/)[0]!.trim();
  const end =
    last.to === 'present' || last.to >= today.slice(0, 7)
      ? `since ${humanMonth(last.from)}`
      : `${humanMonth(last.from)} – ${humanMonth(last.to)}`;
  return `your work as "${note}", ${end}`;
}

const writerName = (l: Letter): string => l.writer.split(',')[0]!.trim();

/** What corroborates a closed professionalism matter, named with each letter's year. */
function settledWhy(entries: readonly ProfessionalismEntry[], letters: readonly Letter[]): string {
  const named = joinAnd(letters.map((l) => `${writerName(l)}'s letter (${l.year})`));
  const are = letters.length > 1 ? 'are' : 'is';
  // A resignation is explained, not remediated (see REMEDIABLE). Either way the flag is medium:
  // it said "a low concern" under a MEDIUM title for a corroborated resignation.
  if (entries.every((e) => e.kind === 'resignation')) {
    return `Leaving a program in good standing is not misconduct; what programs ask is why you left and whether your former program confirms your standing. ${named} ${are} marked as addressing it, so this is a medium concern rather than a high one; still report the interruption where ERAS asks and explain it briefly.`;
  }
  return `It is remediated and corroborated: ${named} ${are} marked as addressing it, so this is a medium concern rather than a high one; it still has to be disclosed and explained.`;
}

/** Why an unconfirmed resignation in good standing is a medium concern, not a high one. */
const GOOD_STANDING_WHY =
  'Leaving a program in good standing is not misconduct; what programs ask is why you left and whether your former program confirms your standing, so this is a medium concern, not a high one; a letter from the program you left confirming your standing is what settles it.';

/** Said when every corroborating letter is more than 3 years old. */
function oldCorroboration(n: number): string {
  return `${n > 1 ? 'Those letters are' : 'That letter is'} more than 3 years old: a recent supervisor who comments on your conduct now would show your record since.`;
}

const VISA_LABEL = { j1: 'J-1', h1b: 'H-1B', o1: 'O-1' } as const;

/** Visa limits the visa rule names (knowledge/visas.md; confirm with ECFMG, USCIS or an attorney). */
export const VISA_LIMITS = {
  /** J-1 clinical training: at most seven years in total (ECFMG sponsorship). */
  j1MaxYears: 7,
  /** H-1B: six years in total, training years included. */
  h1bMaxYears: 6,
  /** A clinical informatics fellowship is typically two years. */
  ciFellowshipYears: 2,
  /** A residency typically lasts at least three years (internal medicine: 36 months; ACGME). */
  residencyYears: 3,
  /** Two years of physical presence at home fulfil the J-1 home-residence requirement. */
  homeResidenceYears: 2,
} as const;

// Moved to core (training.ts) so the composers and setup read the same length.
export { residencyYearsFor };

interface VisaTime {
  months: number;
  text: string;
  /** True when the member's own notes name the visa; false when inferred from US residencies. */
  named: boolean;
  /** The last span runs to today's month: the member is on the visa now. */
  ongoing: boolean;
  /** Month index of the last month on the visa. */
  lastMonth: number;
  /** Inferred time includes US clinical work after a US residency began (a job on a work visa). */
  work: boolean;
  /** Months between two H-1B jobs counted as H-1B time (see bridgeSpans). */
  bridged: number;
}

/**
 * Time the profile shows on a training visa in the US: the US clinical entries whose notes name
 * the visa ("hospitalist (cap-exempt H-1B)"), or, when no note names it and `infer` allows, the US
 * residencies (a resident who needs this visa most likely trained on it; the text then says "if").
 * Overlaps count once. Time abroad never counts, whatever its note says.
 */
function visaTime(p: Profile, today: string, visa: 'j1' | 'h1b', infer = true): VisaTime | undefined {
  const all = periods(p, today);
  const us = all.filter((x) => x.activity === 'us-clinical');
  // Only a visa the note names as the status held counts ("on H-1B under a Conrad 30 J-1 waiver"
  // is H-1B time, "wants H-1B" and "no J-1 waiver yet" are neither). J-1 time is clinical training
  // in the US; H-1B time is any US job on it (a data analyst's years count toward the six too).
  // Time abroad never counts, whatever its note says.
  const statusIn = (x: (typeof all)[number]) =>
    x.index >= 0 &&
    noteVisas(x.note).has(visa) &&
    (visa === 'j1'
      ? x.activity === 'us-clinical'
      : !['clinical', 'none', 'personal', 'exam-prep'].includes(x.activity));
  const named = all.filter(statusIn);
  // A US clinical entry after H-1B time whose note names no other status (a hospitalist job after
  // an H-1B residency, "Hospitalist, Columbus") stays on it: a status changes only when a note says
  // so, and an H-1B moves with the member from employer to employer. A J-1 ends with the training.
  const firstNamed = Math.min(...named.map((x) => x.from));
  const continued =
    visa === 'h1b' && named.length
      ? us.filter((x) => x.index >= 0 && x.from > firstNamed && !named.includes(x) && !namesOtherStatus(x.note))
      : [];
  const tagged = [...named, ...continued];
  const residencies = us.filter((x) => x.index < 0);
  // A US clinical job from a US residency on (a hospitalist after training) is most likely on a work
  // visa too, and H-1B time in a job counts toward the same six years; J-1 covers training only.
  const firstResidency = Math.min(...residencies.map((x) => x.from));
  const work = visa === 'h1b' && residencies.length ? us.filter((x) => x.index >= 0 && x.from >= firstResidency) : [];
  const ps = tagged.length ? tagged : infer ? [...residencies, ...work] : [];
  if (!ps.length) return undefined;
  const merged = mergeSpans(ps);
  const spans = bridgeSpans(merged, visa === 'h1b' && tagged.length > 0);
  const covered = (xs: readonly Span[]) => xs.reduce((n, x) => n + x.months, 0);
  const now = monthOfDay(today);
  // Months as members count them: a finished span counts its last month ("Jul 2020 – Jun 2023" is
  // 3 years), a span still running does not count today's month, which is not over ("Jul 2024 –
  // now" in August 2026 is 2 years 1 month, as the experience line counts the same residency);
  // the months from today to the start are added from today's month on.
  const months = spans.reduce((n, x) => n + x.months - (x.to === now ? 1 : 0), 0);
  const text = joinAnd(spans.map((x) => `${humanMonth(x.from)} – ${x.to === now ? 'now' : humanMonth(x.to)}`));
  const last = spans.at(-1)!;
  return {
    months,
    text,
    named: tagged.length > 0,
    ongoing: last.to === now,
    lastMonth: monthIndex(last.to),
    work: !tagged.length && work.length > 0,
    bridged: covered(spans) - covered(merged),
  };
}

/**
 * What a US residency with no visa named means for an H-1B: on an ECFMG J-1 the two-year
 * home-residence requirement (INA 212(e)) bars an H-1B and a green card until it is met or waived,
 * while a new J-1 stays possible (State Department waiver page; knowledge/visas.md).
 */
const UNNAMED_US_RESIDENCY_J1 =
  'Your profile does not say which visa your US residency was on. If it was an ECFMG J-1, the two-year home-residence requirement applies to you: no H-1B (and no green card) until you have spent two years in your home country (your country of citizenship or last permanent residence; time in a third country does not count) or obtained a waiver, while a new J-1 is still possible. Add the visa to that residency\'s timeline note (e.g. "residency, J-1") and this report will count it; confirm with an immigration attorney before you tell programs you will come on H-1B.';

/** The most whole months between two H-1B jobs counted as H-1B time: about the 60-day grace period. */
const H1B_BRIDGE_MONTHS = 2;

/**
 * H-1B spans the notes name, with a break of up to two months between them counted as H-1B time
 * too: between two employers the member usually stays in the US in the grace period or on a
 * pending transfer, and counting it errs toward warning early rather than late.
 */
function bridgeSpans(spans: readonly Span[], bridge: boolean): Span[] {
  const out: Span[] = [];
  for (const x of spans) {
    const last = out.at(-1);
    if (bridge && last && monthIndex(x.from) - monthIndex(last.to) - 1 <= H1B_BRIDGE_MONTHS) {
      out[out.length - 1] = { ...last, to: x.to, months: monthIndex(x.to) - monthIndex(last.from) + 1 };
    } else out.push(x);
  }
  return out;
}

/**
 * Visa time is told in years and months ("6 years 3 months"), never rounded: a limit is counted in
 * months, and half-year rounding had told 75 months as "about 6.5" and 22 months abroad as two years.
 */
const MARGIN_MONTHS = 3; // this close under a limit is told as right at it: no room for a delay
const yearsWord = (n: number) => `${n} year${n === 1 ? '' : 's'}`;

/**
 * The training the member is applying for: when it would typically start (a July) and how long it
 * lasts. A CI fellowship starts the July after the AMIA match season it is applied in (the
 * calendar year; a later deadline names a later season), or after a US residency in progress ends
 * (residencies typically last at least three years). A residency starts the July after its NRMP
 * season (applications in the autumn, Match Day in March).
 */
interface TrainingAhead {
  /** Month index of the July it would start. */
  start: number;
  years: number;
  what: string;
  /**
   * The next season's July, when the season `start` belongs to is still open (its post-match
   * process or SOAP not yet over) but the report plans the next one for a member who has not
   * applied: both starts are told, the open one first (p139's writer wanted the July 2027 case).
   */
  next?: number;
}

function trainingAhead(p: Profile, today: string, nextStart?: number): TrainingAhead | undefined {
  const year = Number(today.slice(0, 4));
  // A match already won whose training has not started: its start is the one every visa and permit
  // date is measured against (judge of p403: an EAD ending in April measured against a start a
  // season later than the fellowship she had matched into).
  const won = matchedNotStarted(p, today);
  if (won) {
    const fellowship = p.target === 'ci-fellowship';
    return {
      start: monthIndex(won.start),
      years: fellowship ? VISA_LIMITS.ciFellowshipYears : residencyYearsFor(p.specialty ?? ''),
      what: fellowship ? 'fellowship' : 'residency',
    };
  }
  const deadlineYear = p.deadline && p.deadline >= today ? Number(p.deadline.slice(0, 4)) : undefined;
  const july = (y: number) => y * 12 + 6;
  // No deadline set and this season under way: the timeline and the report's season note plan the
  // next season, so the start is that season's July (a trial: the visa flag said a residency
  // starting Jul 2027 beside a timeline that said training from July 2028). A deadline passed
  // means the member applied this season: its start stands.
  const floor = !p.deadline && nextStart !== undefined ? nextStart - 1 : 0;
  // The season still open is told first and the planned one after it (next), never only the later.
  const withNext = (season: number, open: number, t: Omit<TrainingAhead, 'start' | 'next'>): TrainingAhead =>
    season > open ? { start: july(open + 1), next: july(season + 1), ...t } : { start: july(season + 1), ...t };
  if (p.target === 'ci-fellowship') {
    const open0 = Math.max(year, deadlineYear ?? year);
    let season = Math.max(open0, floor);
    let open = open0;
    const done = (readResidencies(p, today) ?? []).some((r) => r.standing === 'accepted' && r.status === 'completed');
    const current = done ? undefined : currentUsTrainingEnd(p, today);
    if (current) {
      const { end } = current;
      season = Math.max(season, Math.floor((end - 6) / 12));
      open = Math.max(open, Math.floor((end - 6) / 12));
    }
    return withNext(season, open, { years: VISA_LIMITS.ciFellowshipYears, what: 'fellowship' });
  }
  if (p.target === 'residency-informatics-track') {
    // January to March belongs to the season whose Match Day is this March.
    const open = Math.max(Number(today.slice(5, 7)) <= 3 ? year - 1 : year, deadlineYear ?? 0);
    const season = Math.max(open, floor);
    // The specialty's own length where it is known to run longer (psychiatry: four years; ACGME).
    return withNext(season, open, { years: residencyYearsFor(p.specialty ?? ''), what: 'residency' });
  }
  return undefined;
}

/**
 * "about 5 years on H-1B so far (Jul 2021 – now)", and where the training ahead would take it
 * against the limit: time still accruing until the training starts (when the member is on the
 * visa now) plus the training's own typical length.
 */
function visaTimeWhy(
  today: string,
  t: VisaTime,
  label: string,
  limit: number,
  ahead: TrainingAhead | undefined,
  endsAt?: number,
  beyond?: string,
): { text: string; over: boolean; atLimit: boolean } {
  const r = visaTimeCore(today, t, label, limit, ahead, endsAt, beyond);
  return label === 'H-1B' ? { ...r, text: `${r.text} ${H1B_RECAPTURE}` } : r;
}

/**
 * The months counted above run from the visa's start to now; days spent outside the US in that time
 * do not count toward the H-1B limit and can be added back (USCIS memorandum of 21 Oct 2005, AFM
 * update AD 05-21, knowledge/visas.md), so a member with trips home or time abroad is never told all
 * of it is used (judge of p338). J-1 time has no such rule here: its limit counts the programme.
 */
export const H1B_RECAPTURE =
  'Days you spent outside the US while on H-1B do not count toward the six years: they can be recaptured (added back) when an H-1B extension is filed, with proof of each trip such as passport stamps and travel records (USCIS policy since 2005), so your real total may be lower than this count; work it out with an immigration attorney.';

function visaTimeCore(
  today: string,
  t: VisaTime,
  label: string,
  limit: number,
  ahead: TrainingAhead | undefined,
  endsAt?: number,
  // What "past the limit" is said as when something the member holds covers it (an approved I-140).
  beyond?: string,
): { text: string; over: boolean; atLimit: boolean } {
  const used = humanMonths(t.months);
  const between = t.bridged
    ? `, counting the ${plural(t.bridged, 'month')} between your ${label} jobs too, to be safe`
    : '';
  const base = t.named
    ? `Your timeline shows about ${used} on ${label} so far (${t.text}${between}), and ${label === 'H-1B' ? 'this report counts all of it' : 'all of it counts'} toward the ${limit}-year limit`
    : t.work
      ? `Your profile shows about ${used} of US residency and US clinical work (${t.text}); whatever part of it was on ${label} counts toward the ${limit}-year limit, a job as much as training`
      : `Your profile shows about ${used} of US residency (${t.text}); if it was on ${label}, it counts toward the ${limit}-year limit`;
  if (!ahead) {
    const over = t.months >= limit * 12;
    const past =
      t.months > limit * 12 ? `, which is already ${beyond ?? 'past the limit'}` : ', which is already at the limit';
    return { text: `${base}${over ? past : ''}.`, over, atLimit: false };
  }
  const now = monthIndex(monthOfDay(today));
  // From today's month to the start's July, handover counted once (the span already ends today).
  // A J-1 ends with its training: when the current training ends before the next one starts, the
  // months between are spent off the J-1 (ECFMG's 30-day exit rule) and do not count toward its limit.
  const stops = t.ongoing && endsAt !== undefined && endsAt >= now && endsAt < ahead.start - 1 ? endsAt : undefined;
  const accrue = t.ongoing ? Math.max(0, (stops !== undefined ? stops + 1 : ahead.start) - now) : 0;
  const atStart = t.months + accrue;
  const atEnd = atStart + ahead.years * 12;
  const over = atEnd > limit * 12;
  const atLimit = !over && atEnd >= limit * 12 - MARGIN_MONTHS;
  const length =
    ahead.what === 'residency' && ahead.years === VISA_LIMITS.residencyYears
      ? `typically at least ${ahead.years} years`
      : `typically ${ahead.years} years`;
  const when = `a ${ahead.what} starting ${humanMonth(monthFromIndex(ahead.start))} (${length})`;
  const spare = limit * 12 - atEnd;
  const verdict = over
    ? (beyond ?? 'past the limit')
    : spare === 0
      ? 'right at the limit'
      : atLimit
        ? `only ${humanMonths(spare)} short of the limit`
        : 'within the limit';
  const project =
    stops !== undefined
      ? `. Your current J-1 training ends around ${humanMonth(monthFromIndex(stops))}, with about ${humanMonths(atStart)} by then; the months until ${when} are spent off the J-1 and do not count, and that ${ahead.what} on a new J-1 would bring it to about ${humanMonths(atEnd)} by its end: ${verdict}`
      : accrue
        ? `. If you stay on ${label} until ${when}, you would have about ${humanMonths(atStart)} by its start and about ${humanMonths(atEnd)} by its end: ${verdict}`
        : `; ${when} would bring it to about ${humanMonths(atEnd)} by its end: ${verdict}`;
  // This season still open (its post-match process or SOAP): the later start, if this one is not
  // taken, is told too with its own figures; the verdict (over, at the limit) stays this season's.
  let later = '';
  if (ahead.next !== undefined) {
    const { next: nextStart, ...rest } = ahead;
    const r = visaTimeCore(today, t, label, limit, { ...rest, start: nextStart }, endsAt, beyond);
    const tail = r.text
      .slice(base.length)
      .replace(/^[.;] /, '')
      .replace(/\.$/, '');
    later = ` That start needs a place this season, whose last step (${ahead.what === 'fellowship' ? 'the post-match process' : 'the SOAP'}) is still open; a season later instead: ${tail.charAt(0).toLowerCase()}${tail.slice(1)}.`;
  }
  return { text: `${base}${project}.${later}`, over: over || t.months >= limit * 12, atLimit };
}

/**
 * The H-1B count told against the six-year limit, with the member's own approved I-140 (AC21 §104(c))
 * as what covers time past it: one reading for the H-1B item and for members on another visa.
 */
function h1bCountWhy(
  p: Profile,
  today: string,
  used: NonNullable<ReturnType<typeof visaTime>>,
  ahead: TrainingAhead | undefined,
): { i140: boolean; w: ReturnType<typeof visaTimeWhy> } {
  const i140 = ownI140Approved(p);
  const verdict = i140 ? I140_BEYOND_SIX_VERDICT : undefined;
  return { i140, w: visaTimeWhy(today, used, 'H-1B', VISA_LIMITS.h1bMaxYears, ahead, undefined, verdict) };
}

/**
 * The H-1B count for a member whose profile names another visa (O-1, undecided): the H-1B time the
 * notes name (never inferred), set against the training ahead, with what covers time past six years
 * (an approved I-140 of the member's own, AC21 §104(c); one pending, AC21 §106(a)) and, with a
 * green-card case under way, the warning against a new J-1 in place of the J-1 as a plain option.
 * Undefined when the notes name no H-1B time or the count stays inside the limit.
 */
function otherVisaH1bCount(
  p: Profile,
  today: string,
  ahead: TrainingAhead | undefined,
  what: string,
): { why: string; actions: string[]; blocks: boolean; i140: boolean } | undefined {
  const used = visaTime(p, today, 'h1b', false);
  if (!used) return undefined;
  const { i140, w } = h1bCountWhy(p, today, used, ahead);
  if (!w.over) return undefined;
  const pending = !i140 && profileI140(p)?.state === 'pending' && !profileI140(p)?.spouse;
  const h1b = i140
    ? `${used.months >= VISA_LIMITS.h1bMaxYears * 12 ? 'Your six H-1B years are already used, and time on another visa since then does not reset them. ' : ''}${i140BeyondSixAction(what)}`
    : pending
      ? i140PendingAction()
      : `Your H-1B time would run out before the ${what} ends, and time on another visa since does not reset it: a new H-1B is possible only after a year outside the US, or past six years in specific cases (recaptured days abroad, extensions tied to a green-card process), so check with an immigration attorney and each program before you rank or commit.`;
  return {
    why: w.text,
    actions: [h1b, greenCardUnderWay(p) ? newJ1Warning(what) : j1RouteAction(what)],
    blocks: true,
    i140,
  };
}

/**
 * The other visa for training when H-1B time runs out (or is at its limit): a J-1 sponsored by ECFMG
 * for the residency or fellowship itself, with what it costs. ECFMG, Eligibility and Basic
 * Requirements and Selected Federal Regulations (ecfmg.org/evsp, checked 2026-12-06): every
 * ECFMG-sponsored J-1 physician in clinical training is subject to the two-year home-country
 * physical presence requirement (INA 212(e)); a Statement of Need from the home country is
 * required; sponsorship is generally limited to seven years; ECFMG reviews the applicant's visa
 * history and a history of changing visa types can weigh against sponsorship. Told as a route to
 * ask about, never as a promise (knowledge/visas.md, j1-sponsorship).
 */
/**
 * A CI applicant on H-1B whose residency does not open a fellowship: the realistic route is a US
 * residency first (the eligibility item says so), and the six H-1B years must cover it too. Counted
 * to the next residency season the member can still apply in (ERAS residency applications go out in
 * September: from then on, the season after) and the specialty's typical length. Undefined unless
 * that count runs past six years. A judge of p364 (a foreign-trained radiologist, H-1B analyst since
 * 2023) found the count done only for the fellowship he could not enter.
 */
function residencyRouteH1b(p: Profile, today: string, used: VisaTime): string | undefined {
  // Residencies not given: whether one opens the fellowship is unknown, so no route is assumed.
  const all = readResidencies(p, today);
  if (!all || all.some(countsForFellowship) || all.some((r) => isUsResidency(r.residency) && r.status !== 'left'))
    return undefined;
  const now = monthIndex(monthOfDay(today));
  const year = Number(today.slice(0, 4));
  const start = (Number(today.slice(5, 7)) >= 9 ? year + 2 : year + 1) * 12 + 6;
  const years = residencyYearsFor(p.specialty ?? '');
  const atStart = used.months + (used.ongoing ? Math.max(0, start - now) : 0);
  const atEnd = atStart + years * 12;
  const limit = VISA_LIMITS.h1bMaxYears * 12;
  if (atEnd <= limit) return undefined;
  const runsOut =
    atStart >= limit
      ? 'already past six years before it starts'
      : `so the six years would run out in about its ${['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][Math.floor((limit - atStart) / 12)] ?? 'last'} year`;
  const other = otherRoute(p, 'residency');
  return `Your route to a CI fellowship runs through a US residency first (see the eligibility item), so count your H-1B time against that too: staying on H-1B until a residency starting ${humanMonth(monthFromIndex(start))} (typically at least ${yearsWord(years)}; longer in some specialties) would bring you to about ${humanMonths(atStart)} by its start and ${humanMonths(atEnd)} by its end, ${runsOut}. Days abroad can be recaptured (above), but plan the residency's visa with that in view: ${other.charAt(0).toLowerCase()}${other.slice(1)}`;
}

/**
 * What an H-1B-only stance means in SOAP (round ux45, judge of p378): many programs with places left
 * in SOAP sponsor only the J-1 or no visa (knowledge/visas.md, "Which programs sponsor": some take
 * only J-1; in a 2022 JGME study of 419 internal medicine programs, two thirds of those taking the
 * J-1 took only the J-1, and an applicants' guide on SOAP offers for international graduates,
 * residencyadvisor.com, secondary, checked 2026-12-07, tells of applicants who held out for H-1B
 * sponsors and went unmatched; NRMP's SOAP pages set no visa condition on SOAP eligibility, so the
 * programs' own visa policies are what narrow the offers), so the member hears that the stance shrinks the offers and that the J-1 through ECFMG
 * is the usual fallback, with its Statement of Need and home rule. Not when the profile rules the J-1
 * out: an earlier ECFMG J-1 (its home rule already binds), a pending green-card or asylum case, or
 * an approved I-140 (immigrant intent), where "accept only programs that sponsor it" stays.
 */
function soapJ1Fallback(p: Profile, north: NorthAmericanStatus, j1Before: boolean): string | undefined {
  if (p.visa !== 'h1b' || p.target !== 'residency-informatics-track' || j1Before) return undefined;
  const notes = (p.timeline ?? []).map((t) => t.note);
  if (greenCardUnderWay(p) || notes.some((n) => asylumPending(n) || noteI140Approved(n))) return undefined;
  return `. In SOAP, many programs with places left sponsor only the J-1 (or no visa at all), so accepting H-1B offers only leaves you far fewer places to choose from: decide before SOAP offers come whether you would take a J-1, the usual fallback (sponsored by ECFMG, with ${statementOfNeedFrom(north)}, and two years in your home country afterwards unless waived), and then accept only offers from programs that sponsor a visa you can take`;
}

/**
 * The J-1 as the other route, or, for a member with a green-card case under way (an approved
 * I-140, a pending adjustment), the warning that a new J-1 would block it (green-card-path.ts;
 * newcomer trial 22 was offered the J-1 as a neutral alternative).
 */
function otherRoute(p: Profile, what: string): string {
  return greenCardUnderWay(p) ? newJ1Warning(what) : j1RouteAction(what);
}

function j1RouteAction(what: string): string {
  return `The other usual route for the ${what} is a J-1 sponsored by ECFMG for the training itself, if the program accepts J-1 trainees: it is a separate visa from the H-1B, with its own limit (generally seven years of training), a Statement of Need from your home country's health ministry, and the two-year home-country physical presence requirement afterwards, which bars a later H-1B or green card until you have spent two years at home or obtained a waiver. ECFMG reviews your visa history before it agrees to sponsor (a move from H-1B to J-1 is a change of visa type it looks at), so sponsorship is not certain: ask ECFMG, the programs and an immigration attorney about your own case before you rank or commit.`;
}

/** Step 3 as the exams show it: passed (when), failed and not yet passed, or not listed. */
function step3Status(p: Profile): { passed?: string; failed: boolean } {
  const attempts = (p.exams ?? []).filter((a) => a.exam === 'step3');
  const pass = attempts.find((a) => a.result === 'pass');
  return { ...(pass ? { passed: pass.date } : {}), failed: attempts.some((a) => a.result === 'fail') };
}

const step3Text = (s: { passed?: string; failed: boolean }) =>
  s.passed
    ? `your profile shows Step 3 passed (${humanMonth(s.passed)})`
    : s.failed
      ? 'your profile shows a Step 3 attempt that did not pass, and no pass yet'
      : 'your profile lists no Step 3 pass yet';

/**
 * H-1B time that ended a year or more ago, with clinical work abroad ever since and no US entry after
 * it: a new H-1B petition may then be approved for a new six-year period (8 CFR 214.2(h)(13): after
 * the maximum, one year resided and physically present outside the US; USCIS's 2006 guidance lets
 * someone who did not use all six years and has been abroad a year choose a new period or the
 * remainder), so the old years are not simply added to the training ahead. A judge found a member
 * four H-1B years in and five years back home told a residency would take her past the limit.
 * Undefined when the profile does not show that year abroad.
 */
function h1bNewPeriod(p: Profile, today: string, used: VisaTime): string | undefined {
  if (used.ongoing) return undefined;
  if (periods(p, today).some((x) => x.activity === 'us-clinical' && x.from > used.lastMonth)) return undefined;
  const abroad = abroadAfter(p, today, used.lastMonth);
  if (!abroad || abroad.months < 12) return undefined;
  return `Your timeline shows about ${yearsWord(Math.round(used.months / 12))} on H-1B, ending ${humanMonth(monthFromIndex(used.lastMonth))}, and clinical work outside the US since ${humanMonth(abroad.from)}. After at least a year living outside the US, a new H-1B petition can generally be approved for a new six-year period (8 CFR 214.2(h)(13); USCIS guidance also lets someone who did not use all six years take the remainder instead), so your earlier years need not run into the training ahead. Whether a new period or the remainder suits you, and whether a brief US trip in that year matters, is for an immigration attorney and the program's visa office to confirm.`;
}

/**
 * Clinical work outside the US after the member's J-1 training ended: the time that may count
 * toward the two-year home-residence requirement (if it was in the home country; we cannot tell).
 */
function abroadAfter(p: Profile, today: string, lastMonth: number): { from: string; months: number } | undefined {
  return timeAfter(p, today, lastMonth, (x) => x.activity === 'clinical');
}

/**
 * The timeline's periods after `lastMonth` that `keep` accepts, merged: where they begin and how many
 * months they cover (a span running to today counts today's month unless `runningMonthDone` is false).
 */
function timeAfter(
  p: Profile,
  today: string,
  lastMonth: number,
  keep: (x: ReturnType<typeof periods>[number]) => boolean,
  runningMonthDone = true,
): { from: string; months: number } | undefined {
  const after = periods(p, today).filter((x) => x.from > lastMonth && keep(x));
  if (!after.length) return undefined;
  const spans = mergeSpans(after);
  const now = monthOfDay(today);
  return {
    from: spans[0]!.from,
    months: spans.reduce((n, x) => n + x.months - (!runningMonthDone && x.to === now ? 1 : 0), 0),
  };
}

/**
 * When to build the program list, by the calendar of the member's match (knowledge/visas.md) and
 * where the member stands in it: "in the spring" is advice for a season not yet open. A member
 * whose applications are in (a deadline passed, or the profile shows she applied) checks
 * sponsorship before ranking; one applying now, after applications opened, checks before submitting.
 */
function listTiming(p: Profile, today: string, opts: RedFlagOptions, soapJ1?: string): string {
  const fellowship = p.target === 'ci-fellowship';
  if (!fellowship && p.target !== 'residency-informatics-track') {
    return 'Build your list of programs that take IMGs and sponsor your visa before applications open (early July for CI fellowships, September for residencies).';
  }
  const early = fellowship
    ? 'in the spring, before ERAS applications for fellowships open in early July'
    : 'over the summer, before residency applications go to programs in September';
  const passed = p.deadline !== undefined && p.deadline < today;
  // After the rank (NRMP) or commit (AMIA) deadline, until results: the list is final, so "before you
  // rank" is advice for a step already behind the member (profile judge, p317 on Match Week).
  const final = listsFinalSince(calendarFor(p.target), today);
  const confirm = final
    ? `your ${fellowship ? 'commit' : 'rank'} deadline (typically ${fellowship ? lastStepWords('amia-ci-match', Number(final.slice(0, 4))) : humanDay(final)}) has passed, so your list is final: once results are out, confirm at once with the program you match how it will sponsor your visa${fellowship ? '' : soapJ1 ? soapJ1 : ', and in SOAP accept only offers from programs that sponsor it'}`
    : 'confirm that each program still considering you sponsors your visa before you rank it or accept a place';
  // Said as done only when the member's own words say she applied; a passed deadline may be one she
  // missed, and a letter's ask date is no application at all (trial 17: "your list is final").
  if (opts.appliedThisSeason !== undefined) {
    return `Your applications for this season are already with programs: ${confirm}. If you apply again, build your list of programs that take IMGs and sponsor your visa ${early}.`;
  }
  // A passed deadline, or a season under way, the profile does not show as used: an "if" for
  // applications already made (as the report's season note words it).
  if (passed || final) {
    return `If you applied this season, ${confirm}. For your next application, build your list of programs that take IMGs and sponsor your visa ${early}.`;
  }
  // Applications open in early July (fellowships) or early September (residencies) of the year.
  const opened = today.slice(5) >= (fellowship ? '07-01' : '09-01');
  if (p.deadline !== undefined && p.deadline >= today && opened && p.deadline.slice(0, 4) === today.slice(0, 4)) {
    return `Applications are open now: before you submit (your deadline is ${humanDay(p.deadline)}), check that each program on your list takes IMGs and sponsors your visa, and leave out those that do not.`;
  }
  return `Build your list of programs that take IMGs and sponsor your visa ${early}.`;
}

/**
 * What the profile shows of H-1B time already used, in the words the visa rule uses (US
 * residency, and US clinical jobs after it, count toward the six years), or undefined when the
 * profile shows none. Residency time the member's notes name as J-1 is not counted as H-1B.
 * /ask's private note says the same as /redflag.
 */
export function h1bTimeUsed(p: Profile, today: string): string | undefined {
  const j1Before = visaTime(p, today, 'j1', false);
  const used = visaTime(p, today, 'h1b', !j1Before);
  if (!used) return undefined;
  return h1bNewPeriod(p, today, used) ?? h1bCountWhy(p, today, used, trainingAhead(p, today)).w.text;
}

/**
 * Whether the H-1B time the profile shows would reach the six-year limit (past it, or within the
 * margin) before the training ahead ends: the mock plan then rehearses how the member would cover
 * the whole training. Same reading as the visa rule, with the report's season (`nextStart`).
 */
export function h1bRunsOutDuringTraining(p: Profile, today: string, nextStart?: number): boolean {
  // The six-year limit binds only a member who will train on an H-1B: one who needs no visa now (a
  // green card or a pending one with its work permit) or trains on a J-1 or O-1 is not asked how H-1B
  // time covers the training (judge of p403: an EAD holder who left H-1B in 2025 asked just that).
  if (p.visa === 'not-needed' || p.visa === 'j1' || p.visa === 'o1') return false;
  if (p.citizenship === 'us-citizen' || p.citizenship === 'us-permanent-resident') return false;
  const j1Before = visaTime(p, today, 'j1', false);
  const used = visaTime(p, today, 'h1b', !j1Before);
  const ahead = trainingAhead(p, today, nextStart);
  if (!used || !ahead || h1bNewPeriod(p, today, used)) return false;
  const r = visaTimeWhy(today, used, 'H-1B', VISA_LIMITS.h1bMaxYears, ahead);
  return r.over || r.atLimit;
}

/**
 * J-1 time the profile shows against the seven-year limit, and time abroad after it that may count
 * toward the two-year home-residence requirement, in the visa rule's words (undefined parts when
 * the profile shows none). /ask's private note says the same as /redflag.
 */
export function j1TimeUsed(p: Profile, today: string): { used?: string; home?: string } {
  const used = visaTime(p, today, 'j1', false) ?? visaTime(p, today, 'j1');
  if (!used) return {};
  const home = homeTimeAfterJ1(p, today, used);
  return {
    used: visaTimeWhy(
      today,
      used,
      'J-1',
      VISA_LIMITS.j1MaxYears,
      trainingAhead(p, today),
      currentUsTrainingEnd(p, today)?.end,
    ).text,
    ...(home ? { home: `${home}. Confirm with ECFMG.` } : {}),
  };
}

/**
 * Where a member who trained on a J-1 stands on the two-year home-residence rule, as numbers for
 * /ask (newcomer trial 18: a J-1 prelim graduate back home asked about an H-1B and was never told
 * the rule, let alone when she would meet it). Only J-1 time the member's own notes name counts
 * (never inferred from a US residency alone), and only once it has ended. `away` is the time since
 * that the timeline does not place in the US; where it was spent the profile cannot say, so the
 * caller keeps it an "if".
 */
export function j1HomeProgress(
  p: Profile,
  today: string,
): { ended: string; away?: { from: string; months: number; metBy: string } } | undefined {
  const used = visaTime(p, today, 'j1', false);
  if (!used?.named || used.ongoing) return undefined;
  const away = awayAfter(p, today, used.lastMonth);
  const ended = monthFromIndex(used.lastMonth);
  if (!away) return { ended };
  const metBy = monthFromIndex(monthIndex(away.from) + VISA_LIMITS.homeResidenceYears * 12);
  return { ended, away: { ...away, metBy } };
}

/**
 * Clinical work abroad after J-1 training the member's notes name, in the words /redflag and /ask
 * share (without a closing instruction): it may count toward the two-year home-residence rule.
 */
function homeTimeAfterJ1(p: Profile, today: string, used: VisaTime): string | undefined {
  if (!used.named || used.ongoing) return undefined;
  const home = abroadAfter(p, today, used.lastMonth);
  const away = awayAfter(p, today, used.lastMonth);
  if (!home && !away) return undefined;
  // The requirement is physical presence at home, not work there (State Department eligibility page,
  // knowledge/visas.md): time spent on family care, study or an informatics job at home counts as
  // much as clinical work. A member back home for years in a non-clinical role (newcomer trial 15)
  // was told only that the H-1B stays closed.
  if (away && (!home || away.months > home.months)) {
    const met = away.months >= VISA_LIMITS.homeResidenceYears * 12;
    return `Your timeline shows about ${humanMonths(away.months)} since ${humanMonth(away.from)}, after your J-1 training, with no US training or clinical work in it. The two-year home-residence requirement counts the time you were physically present in your home country, whatever you did there (clinical work, another job, study or family care): if that time was spent living there, it counts${met ? ', and the requirement may then already be met' : ''}`;
  }
  const met = home!.months >= VISA_LIMITS.homeResidenceYears * 12;
  return `Your timeline shows clinical work outside the US since ${humanMonth(home!.from)} (about ${humanMonths(home!.months)}) after your J-1 training. If that time was in your home country, it counts toward the two-year home-residence requirement${met ? ', which may then already be met' : ''}`;
}

/**
 * Time after J-1 training that the timeline does not place in the US: every entry after it except
 * US clinical work and observerships, and except an entry whose note names the US. Where it was
 * spent the profile cannot say, so the words about it stay an "if".
 */
function awayAfter(p: Profile, today: string, lastMonth: number): { from: string; months: number } | undefined {
  // Counted as visaTime counts: a span running to today does not count today's month.
  return timeAfter(
    p,
    today,
    lastMonth,
    (x) => !['us-clinical', 'observership'].includes(x.activity) && !IN_US.test(x.note ?? ''),
    false,
  );
}
const IN_US = /\b(?:US|USA|U\.S\.A?\.?|United States|America)\b/;

/**
 * The month the member's current US training (a residency or a later program recorded beside it)
 * typically ends, taken as three years from its start, or undefined when none is in progress. The
 * J-1 count and the exit rule below read the same end.
 */
function currentUsTrainingEnd(
  p: Profile,
  today: string,
): { end: number; after: boolean; stated: boolean; thisYear?: true } | undefined {
  const rs = readResidencies(p, today) ?? [];
  const current = rs.filter((r) => isUsResidency(r.residency) && r.status === 'in-progress');
  if (!current.length) return undefined;
  const first = current.reduce((a, b) => (monthIndex(b.residency.from) < monthIndex(a.residency.from) ? b : a));
  const from = monthIndex(first.residency.from);
  // A program begun after a completed US residency is further training (a fellowship), not "your residency".
  const after = rs.some(
    (r) => isUsResidency(r.residency) && r.status === 'completed' && monthIndex(r.residency.from) < from,
  );
  // The member's own expected end when the profile holds one; otherwise inferred (said so below).
  const known = residencyEnd(first.residency, today);
  const inferred = known?.end ?? from + residencyYearsFor(first.residency.specialty) * 12 - 1;
  // A residency still in progress whose inferred end has passed (a specialty longer than the typical
  // floor, as diagnostic radiology's four years after a clinical year) ends no earlier than the June
  // of this academic year: a judge of p423 (a radiology R4 on a J-1, unmatched) found nothing on
  // where his J-1 leaves him, as the inferred end had "passed".
  const now = monthIndex(monthOfDay(today));
  const june = monthIndex(`${Number(today.slice(0, 4)) + (Number(today.slice(5, 7)) >= 7 ? 1 : 0)}-06`);
  return {
    end: known?.stated ? inferred : inferred < now ? june : inferred,
    ...(!known?.stated && inferred < now ? { thisYear: true } : {}),
    after,
    stated: known?.stated === true,
  };
}

/**
 * J-1 training that has just ended (or ends) months before the training applied for starts: the
 * member must plan the time between. ECFMG's exit page (knowledge/visas.md, checked 2026-12-05):
 * J-1 physicians leave the US within 30 days of the end of training on Form DS-2019, and those
 * days carry no work or training; the J-1 allows no work outside the approved program. A judge of
 * p197 (US IM residency on a J-1 ending June 2027, a CI fellowship from July 2028) found nothing
 * telling her so. Undefined while US training runs with no end given, once it ended long ago or the
 * member is back at clinical work abroad, and when the next training follows at once.
 */
function j1EndsBeforeTraining(
  p: Profile,
  today: string,
  used: VisaTime,
  ahead: TrainingAhead | undefined,
): string | undefined {
  const now = monthIndex(monthOfDay(today));
  const last = used.lastMonth;
  // US training still running with no end given ("present"): the next training is planned to follow it.
  const running =
    (p.timeline ?? []).some((t) => t.activity === 'us-clinical' && t.to === 'present') ||
    (p.residencies ?? []).some((r) => isUsResidency(r) && isOngoing(r, today));
  if (running) return j1ResidencyEndsBeforeTraining(p, today, ahead);
  if (!ahead || last < now - 3 || ahead.start - last <= 1) return undefined;
  if (abroadAfter(p, today, last)) return undefined;
  const between = humanMonths(ahead.start - last - 1);
  const start = humanMonth(monthFromIndex(ahead.start));
  return `${used.named ? 'Your' : 'If you trained on a J-1, your'} J-1 training ${last < now ? 'ended' : 'ends'} in ${humanMonth(monthFromIndex(last))}, and the ${ahead.what} would start in ${start}. ECFMG's rule: a J-1 physician leaves the US within 30 days of the end date on Form DS-2019, those 30 days allow no work or training, and the J-1 covers no job in between (${between}; a hospitalist post or moonlighting included). Plan that time now: most go home and work clinically there, which also keeps them clinically current, then come back on a new ECFMG J-1 for the ${ahead.what}, with the new ministry letter above; any other status in the US needs an immigration attorney first, as the two-year home-residence requirement closes the H-1B and the green card until it is met or waived. Ask ECFMG before you leave.`;
}

/**
 * A J-1 member in the final year of a US residency still running: the J-1 training ends with the
 * residency (typically three years from its start), and the ECFMG exit rule above governs any time
 * before the next training. Said when the next start is a season later than the residency's end, or
 * when the member's notes say this season's match found no place (then as an "if": the post-match
 * process may still find one). A judge found p207 (an IM PGY-3 on a J-1, unmatched in the AMIA
 * match) told nothing of it.
 */
function j1ResidencyEndsBeforeTraining(
  p: Profile,
  today: string,
  ahead: TrainingAhead | undefined,
): string | undefined {
  // A pending waiver job is the member's own plan for the months after residency: the item on it
  // (pendingWaiverClash) says what to settle, and "most go home" would contradict it (judge of p367).
  if (!ahead || pendingWaiver(p, today)) return undefined;
  const training = currentUsTrainingEnd(p, today);
  if (!training) return undefined;
  const now = monthIndex(monthOfDay(today));
  const { end } = training;
  const ends = training.after
    ? 'Your J-1 training ends with your current US training program'
    : 'Your J-1 training ends with your residency';
  // A stated expected end is the member's; an inferred one is said as inferred, with how.
  const length = training.stated
    ? 'the expected end your profile gives'
    : training.thisYear
      ? "the end of this academic year at the earliest, as it is still in progress; your program's own end date decides"
      : training.after
        ? "taken as three years from its start; your program's own end date decides"
        : 'inferred as three years from its start, since your profile gives no expected end; later if your program is longer';
  if (end < now || end - now > 12) return undefined;
  // The season whose match the note may name: a match result of this academic year or later.
  const fromYear = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) <= 6 ? 1 : 0);
  const unmatched = (p.timeline ?? []).some((t) => noteUnmatched(t.note, fromYear) !== undefined);
  const planned = ahead.next ?? ahead.start;
  const gap = planned - end > 1;
  const endText = humanMonth(monthFromIndex(end));
  const rule = `ECFMG's rule: a J-1 physician leaves the US within 30 days of the end date on Form DS-2019, and those 30 days allow no work or training`;
  if (!gap && !unmatched) {
    // The next training follows the residency at once, but this season's match is not known to have
    // placed the member: say, as an "if", what an unplaced season would mean for the J-1 (a judge of
    // p305, a J-1 FM PGY-3 committing in the AMIA match, found nothing on it).
    if (ahead.start - end > 1) return undefined;
    const match = ahead.what === 'fellowship' ? 'the AMIA match and its post-match process' : 'the Match and SOAP';
    return `${ends}, around ${endText} (${length}). If ${match} find you no place this season, the next ${ahead.what} would start a year later, in ${humanMonth(monthFromIndex(ahead.start + 12))}. ${rule}, and the J-1 covers no job in between, so that year would be spent abroad or in another status. Have a plan for it before the results: most go home and work clinically there, then come back on a new ECFMG J-1; any other status in the US needs an immigration attorney first, as the two-year home-residence requirement closes the H-1B and the green card until it is met or waived. Check the rule on ECFMG's page and ask ECFMG before your residency ends.`;
  }
  const later = humanMonth(monthFromIndex(gap ? planned : ahead.start + 12));
  const soon = humanMonth(monthFromIndex(ahead.start));
  const lead =
    unmatched && !gap
      ? `Your notes say this season's match found you no place. If the ${ahead.what === 'fellowship' ? 'post-match process' : 'SOAP'} does not either, the next ${ahead.what} would start in ${later}, not ${soon}, and ${ends.charAt(0).toLowerCase()}${ends.slice(1)}, around ${endText} (${length}).`
      : `${ends}, around ${endText} (${length}), and the ${ahead.what} you are planning would start in ${later}${ahead.start - end <= 1 && ahead.next !== undefined ? ` unless you find a place for ${soon} this season` : ''}.`;
  return `${lead} ECFMG's rule: a J-1 physician leaves the US within 30 days of the end date on Form DS-2019, those 30 days allow no work or training, and the J-1 covers no job in between (a hospitalist post or moonlighting included), so a year between ${training.after ? 'this program' : 'residency'} and the ${ahead.what} is spent abroad or in another status. Plan it now: most go home and work clinically there, which also keeps them clinically current, then come back on a new ECFMG J-1 for the ${ahead.what}, with the new ministry letter above; any other status in the US needs an immigration attorney first, as the two-year home-residence requirement closes the H-1B and the green card until it is met or waived. Ask ECFMG before your residency ends.`;
}

/**
 * A J-1 member near the end of a US residency (its last year, or the year after it) weighs a
 * fellowship against practice: US practice straight after a J-1 residency needs a waiver of the
 * two-year rule, most often a Conrad 30 job (a state health department's request, one of the bases
 * on the State Department's waiver page; the three-year full-time clinical term in an underserved
 * area is how immigration lawyers restate the USCIS conditions: knowledge/visas.md, checked
 * 2026-12-06). A judge of p309 (a J-1 IM PGY-3 between fellowship and practice) found only "obtain a
 * waiver". Not said when the member's notes name a waiver held or the two-year rule met.
 */
function j1PracticeOption(p: Profile, today: string): string | undefined {
  if (heldWaiver(p, today) || homeRuleMet(p) !== undefined || pendingWaiver(p, today)) return undefined;
  const now = monthIndex(monthOfDay(today));
  const near = (readResidencies(p, today) ?? []).some((r) => {
    if (!isUsResidency(r.residency)) return false;
    const end = residencyEnd(r.residency, today)?.end ?? monthIndex(r.residency.to);
    return (r.status === 'in-progress' || r.status === 'completed') && end - now <= 12 && now - end <= 12;
  });
  if (!near) return undefined;
  return 'If you weigh practice in the US against more training: practising here straight after a J-1 residency needs a waiver of the two-year rule, most often a Conrad 30 job. A state health department requests it for a physician who signs a contract for full-time clinical work in H-1B status in an area short of doctors, typically for at least three years; each state has at most 30 places a year and its own rules and dates, and an informatics job without patient care does not qualify. A fellowship would then wait until the commitment ends, so decide which comes first with an immigration attorney before you sign or rank.';
}

/**
 * Notes that say the member left government service at home, or was displaced from home, or left it
 * for their safety: the home ministry of health issues the J-1's Statement of Need, and asking it may
 * be hard, slow or unsafe for such a member (a judge of p311, a doctor who left government service
 * at home and lives across the border, found the J-1 route told as routine). Said without naming
 * politics or the country's situation: a question to weigh, with the alternatives. Undefined when
 * no note says so.
 */
const LEFT_HOME_SERVICE =
  /\b(?:left|resigned\s+from|quit|walked\s+out\s+of|dismissed\s+from|fired\s+from|struck\s+off)\s+(?:my\s+|the\s+)?(?:government|public|state|civil|ministry(?:\s+of\s+health)?)\s*(?:service|job|post|hospital|sector|employment)?\b|\b(?:displaced|fled|flee(?:ing)?|exile[ds]?|refugee|persecut\w*|unsafe\s+to\s+(?:go\s+back|return)|cannot\s+(?:go\s+back|return)\s+home|can'?t\s+(?:go\s+back|return)\s+home)\b/i;
function homeCooperationUncertain(p: Profile): string | undefined {
  const notes = [...(p.timeline ?? []).map((t) => t.note), ...(p.professionalism ?? []).map((x) => x.note)];
  if (!notes.some((n) => n && LEFT_HOME_SERVICE.test(n))) return undefined;
  return "Your notes say you left government service at home or had to leave home. A J-1 needs a Statement of Need from your home ministry of health, and for some members asking that ministry is hard, slow or not safe. Weigh that honestly before you build your plan on a J-1, and discuss the alternatives early with an immigration attorney: an H-1B (petitioned by the program, no Statement of Need, but Step 3 must be passed and fewer programs offer it), and whatever else fits your situation. ECFMG can tell you which country's ministry would have to write it for you.";
}

/** The month (or "") a timeline note says the two-year home-residence requirement was met. */
function homeRuleMet(p: Profile): string | undefined {
  return (p.timeline ?? []).map((t) => noteHomeRuleMet(t.note)).find((x) => x !== undefined);
}

/** "your note says the two-year home-residence requirement was met (Jul 2024)", for a member whose note says so. */
function homeRuleMetText(p: Profile): string {
  const met = homeRuleMet(p);
  return `your note says the two-year home-residence requirement was met${met ? ` (${humanMonth(met)})` : ''}`;
}

/**
 * For a member who needs no visa now but trained on a J-1 before: the note that says the two-year
 * home-residence requirement is met, told as a fact with its consequence (State Department's waiver
 * page: the requirement bars H and L status and a green card until met or waived; a new J-1 brings
 * its own). The month is the note's own, else the end of the entry that names it. A judge found an
 * H-4 EAD physician whose note said "fulfilled, 24 months in India" never told it no longer binds her.
 */
function homeRuleMetWords(p: Profile): string | undefined {
  const entry = (p.timeline ?? []).find((t) => noteHomeRuleMet(t.note) !== undefined);
  if (!entry) return undefined;
  const month = noteHomeRuleMet(entry.note) || (entry.to !== 'present' ? entry.to : '');
  return `Your note says the two-year home-residence requirement from your J-1 training is met${month ? ` (${humanMonth(month)})` : ''}: it no longer stands in the way of an H-1B or a green card (only a new J-1 would bring a new one). Keep the proof of your time at home (passport stamps, work records), as programs, consulates and USCIS may ask for it.`;
}

/**
 * Step 3 is open to a graduate of a school outside the US and Canada only once ECFMG has certified
 * them (FSMB, Step 3 eligibility requirements, knowledge/visas.md, checked 2026-12-06). True when the
 * profile says the member is not certified and lists no Step 3 pass: every "pass Step 3" is then a
 * second step, after the certificate (a judge found p366, uncertified ten days before the rank-list
 * deadline, urged to pass Step 3 for an H-1B this season).
 */
function step3AfterCertificate(p: Profile): boolean {
  return p.ecfmgCertified === false && !step3Status(p).passed;
}
const STEP3_NEEDS_CERTIFICATE =
  "Step 3 is open to a graduate of a school outside the US and Canada only once ECFMG has certified them (FSMB's Step 3 eligibility rules), and your profile says you are not certified yet";

/** F-2 (an F-1 student's dependant) named as the member's status in a current timeline note. */
function currentF2(p: Profile, today: string): boolean {
  const now = monthIndex(monthOfDay(today));
  return periods(p, today).some((x) => x.index >= 0 && x.to === now && noteF2Held(x.note));
}

/** A J-1 waiver application the member's current (or latest) note names as pending, with its job. */
function pendingWaiver(p: Profile, today: string): PendingWaiverNote | undefined {
  const now = monthIndex(monthOfDay(today));
  return periods(p, today)
    .filter((x) => x.index >= 0 && x.to >= now - 1)
    .map((x) => notePendingWaiver(x.note))
    .find((x) => x !== undefined);
}

/**
 * A pending J-1 waiver job against the training applied for. A Conrad 30 waiver commits the
 * physician to at least three years of full-time clinical work in H-1B status for the employer that
 * sponsored it, starting within 90 days of the waiver (USCIS's conditions as law firms restate them,
 * knowledge/visas.md); the AMIA match and the NRMP Main Residency Match are binding. A member who
 * applies to both must choose before the commit or rank-list deadline (a judge of p367: a J-1 PGY-3
 * with a Conrad 30 application filed, committing in the AMIA match, was told nothing of the clash).
 */
function pendingWaiverClash(
  p: Profile,
  today: string,
  ahead: TrainingAhead | undefined,
): { why: string; action: string; clash: boolean } | undefined {
  const pending = pendingWaiver(p, today);
  if (!pending || !ahead) return undefined;
  if (pending.basis && pending.basis !== 'job')
    return { ...pendingPersonalWaiver(p, today, pending, ahead.what), clash: false };
  const jobFrom = pending.jobFrom ? monthIndex(pending.jobFrom) : undefined;
  // A job whose three years end before the training starts does not clash.
  if (jobFrom !== undefined && jobFrom + 36 <= ahead.start) return undefined;
  const fellowship = ahead.what === 'fellowship';
  const match = fellowship ? 'The AMIA match' : 'The NRMP Main Residency Match';
  const deadline = fellowship ? 'the commit deadline' : 'you certify your rank order list';
  const kind = pending.conrad ? 'a Conrad 30 waiver' : 'a J-1 waiver';
  const job = jobFrom !== undefined ? ` for a job from ${humanMonth(monthFromIndex(jobFrom))}` : '';
  const term = pending.conrad
    ? 'at least three years of full-time clinical work for that employer in H-1B status, starting within 90 days of the waiver'
    : 'the service the waiver is granted for (for a Conrad 30 waiver, three years of full-time clinical work in H-1B status)';
  return {
    clash: true,
    why: `Your notes say ${kind} application is pending${job}. If it is granted, it commits you to ${term}: a ${ahead.what} starting ${humanMonth(monthFromIndex(ahead.start))} cannot be done alongside it.`,
    action: `Choose between the ${ahead.what} and the waiver job before ${deadline}. ${match} is binding: if you take part and match, you are expected to start the training. If you choose the ${ahead.what}, tell the employer and the state health department that sponsors the waiver application now, and ask an immigration attorney how to withdraw it; if you choose the job, withdraw from the match rather than list programs you would not join. After ${fellowship ? 'a fellowship' : 'training'} on a J-1 the two-year home-residence requirement still applies unless a waiver is granted later.`,
  };
}

/** The basis of a personal waiver, as the member would name it. */
const PERSONAL_BASIS: Record<'hardship' | 'persecution' | 'no-objection', string> = {
  hardship: 'exceptional hardship to a US-citizen or permanent-resident spouse or child (Form I-612)',
  persecution: 'fear of persecution in your home country (Form I-612)',
  'no-objection': 'a No Objection Statement from your home government',
};

/**
 * A waiver of the two-year rule applied for on a personal basis (hardship, persecution, a No
 * Objection Statement), not yet granted: it ties the member to no job, and until granted it changes
 * nothing. The State Department's waiver pages: the five bases; USCIS decides an I-612 after the State
 * Department's recommendation; a No Objection Statement cannot serve a physician who came on a J-1 for
 * graduate medical education or training. A university's international office: once the State
 * Department has recommended a waiver, the J status can no longer be extended, so an approval can end
 * ECFMG's J-1 route for further training (said as "can", with ECFMG to confirm). Checked 2026-12-07,
 * knowledge/visas.md. A judge of p420 found a pending I-612 read as a Conrad 30 job to choose against the match.
 */
function pendingPersonalWaiver(
  p: Profile,
  today: string,
  pending: PendingWaiverNote,
  what: string,
): { why: string; action: string } {
  const basis = pending.basis as 'hardship' | 'persecution' | 'no-objection';
  const state = pending.recommended
    ? 'the State Department has recommended it and USCIS has not yet decided'
    : 'it is pending';
  const trainedOnJ1 = visaTime(p, today, 'j1', false) !== undefined;
  const nos =
    basis === 'no-objection' && trainedOnJ1
      ? ' Note that a No Objection Statement cannot waive the requirement for a physician who came on a J-1 for graduate medical education or training: ask an immigration attorney which basis is open to you.'
      : '';
  const j1 = p.visa === 'j1';
  return {
    why: `Your notes say you have applied for a waiver of the two-year home-residence requirement on the basis of ${PERSONAL_BASIS[basis]}, and ${state}. It is not a job waiver: it commits you to no employer and no service, so there is nothing to choose between it and the ${what}. Until it is approved it changes nothing: the two-year requirement still stands in the way of an H-1B or a green card.${nos}`,
    action: j1
      ? `Tell ECFMG about the waiver application now, and ask an immigration attorney how its timing fits the ${what}: once the State Department recommends a waiver, a J-1 program generally can no longer be extended, so an approval before or during the ${what} can end ECFMG's J-1 sponsorship for it, while it opens an H-1B (which needs Step 3 passed: ${step3Text(step3Status(p))}) or a green card through your family. Ask the programs you apply to whether they could sponsor an H-1B if that happens, and confirm every step with ECFMG before you commit.`
      : `Keep the programs' visa plans in view: until the waiver is approved, plan as if the two-year requirement stands. Ask an immigration attorney and ECFMG how the timing of an approval fits the ${what}, and confirm each step before you commit.`,
  };
}

/**
 * An F-2 dependant (spouse of an F-1 student) has no work permission and no EAD on that status
 * (8 CFR 214.2(f)(15)(i), as universities' international offices restate it; knowledge/visas.md), so
 * training needs a status of her own. A judge found p365 told only "you would need a J-1".
 */
function f2Words(what: string): { why: string; action: string } {
  return {
    why: `Your notes say you are in the US on F-2, as the dependant of an F-1 student. F-2 allows no employment at all and no work permit (EAD) can be granted on it, so you cannot train on it: a ${what} is employment, and it needs a status of your own.`,
    action: `Plan the move to your own training visa early with the program, ECFMG and an immigration attorney: a J-1 sponsored by ECFMG or an H-1B petitioned by the program, through a change of status inside the US or a visa from a US consulate abroad, in time for the start. Until then keep to what F-2 allows: part-time study and genuinely unpaid volunteering or research; no job, paid or unpaid, clinical or not.`,
  };
}

/** The J-1 waiver the member's timeline notes say they hold, with the entry it was named in. */
function heldWaiver(p: Profile, today: string): { note: WaiverNote; from: number } | undefined {
  const named = periods(p, today)
    .filter((x) => x.index >= 0)
    .map((x) => ({ note: noteWaiver(x.note), from: x.from }))
    .filter((x): x is { note: WaiverNote; from: number } => x.note !== undefined);
  return named.at(-1);
}

/**
 * The month a waiver's service commitment ends: the note's own end date, else three years from the
 * start of a Conrad 30 job (the term it is granted for), else unknown.
 */
function commitmentEnd(waiver: { note: WaiverNote; from: number }): number | undefined {
  if (waiver.note.commitmentEnds) return monthIndex(waiver.note.commitmentEnds);
  return waiver.note.conrad ? waiver.from + 36 - 1 : undefined;
}

/**
 * A J-1 waiver commitment the member's notes say they hold that runs into the training applied for
 * (its end on or after the start, or its end unknown): the mock plan asks the member's own question
 * (can you start while it runs, what would leaving early mean) instead of "what visa would you need?".
 * Undefined when no waiver is named, or its term ends before the start.
 */
export function waiverRunsIntoTraining(
  p: Profile,
  today: string,
  nextStart?: number,
): { conrad: boolean; ends?: string; start: string; what: string } | undefined {
  const waiver = heldWaiver(p, today);
  const ahead = trainingAhead(p, today, nextStart);
  if (!waiver || !ahead) return undefined;
  const ends = commitmentEnd(waiver);
  if (ends !== undefined && (ends < ahead.start || ends < monthIndex(monthOfDay(today)))) return undefined;
  return {
    conrad: waiver.note.conrad,
    ...(ends !== undefined ? { ends: humanMonth(monthFromIndex(ends)) } : {}),
    start: humanMonth(monthFromIndex(ahead.start)),
    what: ahead.what,
  };
}

/**
 * A waiver's service term against the training applied for. A Conrad 30 waiver is granted for at
 * least three years of full-time H-1B work at the sponsoring facility (knowledge/visas.md, from
 * law firms' restatements of the USCIS conditions); the note's own end date wins when it gives one.
 */
function waiverTerms(
  today: string,
  waiver: { note: WaiverNote; from: number },
  ahead: TrainingAhead | undefined,
): { clash: boolean; action: string } {
  // A waiver granted on hardship, persecution or a No Objection Statement carries no service term.
  const basis = waiver.note.basis;
  if (basis && basis !== 'job') {
    return {
      clash: false,
      action: `Your note says the waiver was granted on the basis of ${PERSONAL_BASIS[basis]}: it carries no service commitment, and the two-year home-residence requirement no longer stands in the way of an H-1B or a green card. Keep the approval with your records for programs and their attorneys; a new ECFMG J-1 would bring a new two-year requirement of its own.`,
    };
  }
  const ends = commitmentEnd(waiver);
  const term = waiver.note.conrad
    ? 'A Conrad 30 waiver is granted in return for at least three years of full-time work in H-1B status at the facility that sponsored it'
    : 'A J-1 waiver for physicians usually comes with a service commitment to the employer that sponsored it';
  const endText = ends !== undefined ? humanMonth(monthFromIndex(ends)) : undefined;
  const source = waiver.note.commitmentEnds
    ? 'your note says yours runs to'
    : 'from your start there, yours would run to about';
  if (ends === undefined || !ahead) {
    return {
      clash: true,
      action: `${term}. Before you apply, ask your immigration attorney and the agency that sponsored the waiver when your commitment ends and what leaving the waiver job early would mean for the waiver; plan the ${ahead?.what ?? 'training'} start around their answer.`,
    };
  }
  const start = humanMonth(monthFromIndex(ahead.start));
  if (ends < monthIndex(monthOfDay(today))) {
    return {
      clash: false,
      // Served: the waiver has done its work, and the two-year rule it lifted no longer stands in the
      // way (a judge found the timeline naming a completed Conrad 30 commitment as a blocker).
      action: `${term}; ${waiver.note.commitmentEnds ? 'your note says yours was completed by' : 'from your start there, yours would have run to about'} ${endText}, before a ${ahead.what} starting ${start}. ${waiver.note.commitmentEnds ? 'With the commitment served' : 'If you served it in full'}, the J-1 two-year home-residence requirement no longer stands in the way of an H-1B or a green card, and changing employer after the three years does not bring it back (only leaving before they end would; a new J-1 would bring a new one). Keep proof that you served it (your employer's letter, your H-1B approvals) for programs and your immigration attorney.`,
    };
  }
  if (ends >= ahead.start) {
    return {
      clash: true,
      // A blocker, said plainly (visas#j1-sponsorship, "Leaving a Conrad 30 job before the three
      // years end"): a move before the end needs an extenuating-circumstances transfer, which a
      // fellowship is not. The severity stays medium (README thresholds; corpus labels), the words do not.
      action: `${term}; ${source} ${endText}, so a ${ahead.what} starting ${start} would begin before it ends. Changing employer before then needs an "extenuating circumstances" transfer, and wanting a ${ahead.what} is not one: starting in ${start} puts the waiver and your visa at risk. Tell programs the end date, and do not ${ahead.what === 'fellowship' ? 'commit in the AMIA match' : 'rank a program'} or sign for the ${start} start until an immigration attorney and the state health department that sponsored the waiver confirm in writing what is possible, and whether a later start fits better.`,
    };
  }
  return {
    clash: false,
    action: `${term}; ${source} ${endText}, before a ${ahead.what} starting ${start}. Keep the waiver job full time until then, and confirm the dates with your immigration attorney before you commit to a program.`,
  };
}

/**
 * A work permit that rests on a spouse's status (an H-4 or J-2 EAD, named in the member's current
 * note): what it lasts on, and what a change of visa would cost. USCIS's H-4 EAD rule (8 CFR
 * 274a.12(c)(26), as universities' international offices restate it): valid only while the H-1B
 * spouse keeps status, generally not issued beyond the spouse's H-1B approval. State Department's
 * waiver FAQ: a J-2 spouse of a J-1 subject to the two-year home-residence requirement is subject
 * to it too. ECFMG: every J-1 physician it sponsors for clinical training carries that requirement.
 * Sources and dates in knowledge/visas.md (checked 2026-12-06). A judge found an H-4 member told
 * nothing of what her EAD rests on, and a J-2 member offered an H-1B fallback without the rule.
 */
/**
 * What a dependant's EAD does not do, said with every dependant reading (newcomer trial 19: an H-4
 * pediatrician with an expired visa stamp planning a trip home was told nothing of re-entry). An
 * immigration law firm's travel notes and a firm's summary of 8 CFR 214.1(l)(2) (knowledge/visas.md,
 * dependent-status, checked 2026-12-07); what the grace period means for the EAD itself we could not
 * source, so it is left to an attorney.
 */
const DEPENDANT_TRAVEL = (status: string): string =>
  `The EAD is not a travel document: to come back from a trip abroad you need a valid ${status} visa stamp in your passport, which only a US consulate abroad issues, and appointments or extra security checks there can take weeks, so plan any trip during training with your program first.`;
const H4_GRACE = `If your spouse's job ends, federal rules (8 CFR 214.1(l)(2)) allow a discretionary grace period of up to 60 days (shorter if the I-94 ends first) for a new H-1B employer or a change of status; ask an immigration attorney at once what it means for your EAD and your training.`;

/** The member's own work permit as the current notes tell it (the last current note naming one). */
function currentEad(p: Profile, today: string): EadState | undefined {
  const now = monthIndex(monthOfDay(today));
  return periods(p, today)
    .filter((x) => x.index >= 0 && x.to === now)
    .map((x) => noteEadState(x.note))
    .filter((x) => x !== undefined)
    .at(-1);
}

/** How the notes put a permit that is not held, in the member's terms. */
const EAD_STATE_WORDS: Record<Exclude<EadState, 'held'>, string> = {
  none: 'with no EAD (work permit)',
  pending: 'with an EAD (work permit) applied for and not yet granted',
  denied: 'with your EAD (work permit) refused',
  expired: 'with your EAD (work permit) expired',
};

/**
 * A dependant (H-4, J-2) or any other member whose current note says the work permit is missing,
 * asked for, refused or lapsed: the status alone allows no paid work, and a residency or fellowship is
 * paid work, so nothing can start on it until a valid card is in hand. USCIS's H-4 rule (8 CFR
 * 214.2(h)(9)(iv), 274a.12(c)(26), as law firms restate it; checked 2026-12-07): an H-4 spouse may
 * apply only when the H-1B spouse has an approved I-140 or was extended past six years under AC21, and
 * may not work until the card is approved. ECFMG's pre-arrival page: a J-2 spouse applies to USCIS for
 * a permit. Since 30 October 2025 a renewal filed in time no longer extends a lapsed card (DHS interim
 * rule, knowledge/visas.md). A judge of p418 found "H-4 without an EAD" read as an EAD held.
 */
function missingEadWords(
  status: DependentStatus | undefined,
  state: Exclude<EadState, 'held'>,
  what: string,
  step3: { passed?: string; failed: boolean },
  spouseI140Pending: boolean,
): { why: string; action: string } {
  const on = status === 'h4' ? 'on H-4 ' : status === 'j2' ? 'on J-2 ' : '';
  const rule =
    status === 'h4'
      ? ` An H-4 spouse can apply for an EAD only once the H-1B spouse has an approved I-140 (the green-card petition) or an H-1B extension past six years under AC21, and may not work until the card is approved${spouseI140Pending ? "; your notes say your spouse's I-140 is still pending, so an H-4 EAD is not open to you yet" : ''}.`
      : status === 'j2'
        ? ' A J-2 spouse can ask USCIS for an EAD, and may not work until the card is approved.'
        : '';
  const lapse =
    state === 'expired' || state === 'pending'
      ? ' A renewal or an application still pending is not permission to work: since 30 October 2025 a renewal filed in time no longer extends a lapsed card automatically.'
      : '';
  return {
    why: `Your notes say you are ${on}${EAD_STATE_WORDS[state]}. Without a valid EAD in hand you have no permission to work in the US, and a ${what} is paid work: you cannot start training on ${status === 'h4' ? 'H-4' : status === 'j2' ? 'J-2' : 'your current status'} alone.${rule}${lapse}`,
    action: `Plan the ${what} on a visa of your own unless a valid EAD is in your hands before the start: an H-1B petitioned by the program (it needs Step 3 passed: ${step3Text(step3)}) or a J-1 sponsored by ECFMG (a Statement of Need from your home country's health ministry, and the two-year home-residence requirement afterwards, which can stand in the way of a family green-card case: see an immigration attorney before you choose it). Do not tell programs you are authorized to work until the card is approved; if it is, ask each GME office in writing whether it accepts that EAD for the whole ${what}.`,
  };
}

/** The member's spouse's I-140 named as filed and not approved (an H-4 EAD is not open yet). */
function spouseI140Pending(p: Profile): boolean {
  return (p.timeline ?? []).some((t) => {
    const r = noteI140(t.note);
    return r !== undefined && r.spouse && r.state === 'pending';
  });
}

/**
 * A non-US member whose profile says no visa is needed while the current note says the work permit
 * is missing, asked for, refused or lapsed: that is no authorization to start training, so the visa
 * item is raised (medium; low while an application is pending), not left as a note. Not for a status
 * that authorizes work by itself (granted asylum or refugee status, an L-2 or E spouse).
 */
function missingPermitFlag(
  p: Profile,
  today: string,
  ahead: TrainingAhead | undefined,
  dependent: DependentStatus | undefined,
): Flag | undefined {
  const now = monthIndex(monthOfDay(today));
  const current = periods(p, today).filter((x) => x.index >= 0 && x.to === now);
  const state = currentEad(p, today);
  if (state === undefined || state === 'held' || currentF2(p, today)) return undefined;
  if (current.some((x) => permitBasis(x.note) === 'asylee-refugee' || noteSpouseWorkStatus(x.note) !== undefined))
    return undefined;
  const what = ahead?.what ?? (p.target === 'ci-fellowship' ? 'fellowship' : 'residency');
  const w = missingEadWords(dependent, state, what, step3Status(p), spouseI140Pending(p));
  return {
    id: 'visa-sponsorship',
    severity: state === 'pending' ? 'low' : 'medium',
    title: 'Work authorization: no valid work permit now',
    why: `Your profile says you need no visa, but ${w.why.charAt(0).toLowerCase()}${w.why.slice(1)}`,
    actions: [
      w.action,
      'Set your visa in the profile to the one you will train on (or "undecided") until a valid permit is in hand, so this report can check it.',
      'Confirm the details with the program and an immigration attorney: this advice is general, not legal, and the rules change.',
    ],
    sources: [ref('visas', 'visa-as-logistics-risk'), ref('visas', 'j1-h1b-o1'), ref('visas', 'h1b-for-training')],
  };
}

function dependentWords(
  status: DependentStatus,
  what: string,
  step3: { passed?: string; failed: boolean },
  outlasted?: { principalEnds: string; start: string; ends: string },
): { why: string; action: string } {
  const length = what === 'residency' ? 'typically at least three years' : 'typically two years';
  // The principal's program or status ends (by the member's own note) before the training would:
  // the dependant's EAD cannot outlast it, so asking GME offices whether it covers the whole
  // training only delays the real answer, a visa of her own (a judge of p358: a J-2 whose husband's
  // DS-2019 ends in December 2027, told to ask programs about a 2027-2030 residency). ECFMG's J-1
  // needs a Statement of Need from the home ministry (knowledge/visas.md); an H-1B needs Step 3.
  if (outlasted) {
    const principal = status === 'h4' ? "your spouse's H-1B" : "your spouse's J-1 program";
    return {
      why: `Your notes say you work on ${status === 'h4' ? 'an H-4' : 'a J-2'} EAD, and that ${principal} ends ${outlasted.principalEnds}. That EAD rests on your spouse's status and ends with it, so it cannot carry a ${what} starting ${outlasted.start} and running to about ${outlasted.ends}.`,
      action:
        status === 'h4'
          ? `Plan on a visa of your own for the ${what}: an H-1B from a program that sponsors it (Step 3 passed is needed: ${step3Text(step3)}), or a J-1 sponsored by ECFMG, which needs a Statement of Need from your home country's health ministry and brings the two-year home-residence requirement (see an immigration attorney before you agree to it, since it can affect your family's green-card path). Tell programs when you apply which visa you will need, and confirm each program sponsors it before you rank it.`
          : `Plan on a visa of your own for the ${what}: a J-1 sponsored by ECFMG for the training itself, which needs a Statement of Need from your home country's health ministry (start that request early), or an H-1B from a program that sponsors it, which needs Step 3 passed (${step3Text(step3)}) and is closed to you while your spouse's two-year home-residence requirement applies to you as a J-2 (ask your spouse's J-1 sponsor and an immigration attorney whether it does). Tell programs when you apply which visa you will need, and confirm each program sponsors it before you rank it.`,
    };
  }
  if (status === 'h4') {
    return {
      why: `Your notes say you work on an H-4 EAD. That permit rests on your spouse: it is valid only while your spouse keeps H-1B status, and USCIS generally issues it for no longer than your spouse's H-1B approval, so each renewal follows your spouse's extension. Since a DHS interim rule of 30 October 2025 (Federal Register 2025-19702), a renewal filed on or after that date no longer extends the old card (category (c)(26)) while USCIS decides it: if the new card has not come by the end date, you must stop work until it does, and processing often takes months. ${DEPENDANT_TRAVEL('H-4')} ${H4_GRACE}`,
      action: `Ask each program's GME office in writing whether it accepts an H-4 EAD for training, for the whole ${what} (${length}): GME offices differ on this, and programs may ask how your authorization will last. File each EAD renewal as early as USCIS allows, once your spouse's H-1B extension is filed. If a program suggests a J-1 instead, changing to a J-1 means leaving H-4, and a J-1 for clinical training brings the two-year home-residence requirement, which can stand in the way of your family's green-card path: see an immigration attorney before you agree to it. An H-1B of your own would need Step 3 passed (${step3Text(step3)}).`,
    };
  }
  return {
    why: `Your notes say you work on a J-2 EAD. It rests on your spouse's J-1: it lasts only while that exchange program and your J-2 status last, and each renewal has to be filed in time. ${DEPENDANT_TRAVEL('J-2')}`,
    action: `If your spouse's J-1 carries the two-year home-residence requirement (every J-1 physician in ECFMG-sponsored training does; for other J-1 programs it depends on the funding and the field, shown on the DS-2019), it applies to you too as a J-2 dependant: until it is met or waived you cannot change to H-1B inside the US or get a green card either, so do not count on an H-1B as a fallback before you know. Ask your spouse's J-1 sponsor and an immigration attorney whether it applies, and ask each program's GME office in writing whether it accepts a J-2 EAD for the whole ${what} (${length}) and what it would sponsor when the EAD ends (a J-1 of your own through ECFMG brings the same two-year requirement; an H-1B would also need Step 3 passed: ${step3Text(step3)}).`,
  };
}

/**
 * The month a dependant's current note says the principal's program or status ends ("my husband's
 * DS-2019 ends December 2027", "his H-1B is valid until 2028-03", "her J-1 runs to Jun 2027").
 */
export function principalEndMonth(p: Profile, today: string): number | undefined {
  const now = monthIndex(monthOfDay(today));
  const lead = String.raw`\b(?:DS-?2019|J-?1|H-?1B|program(?:me)?|fellowship|postdoc\w*|position|status|approval|visa)\b[^.;()]{0,40}?\b(?:ends?|ending|expires?|expiring|runs? (?:to|until|through)|valid (?:to|until|through)|until|through)\s+(?:in\s+)?`;
  for (const x of periods(p, today)) {
    if (x.index < 0 || x.to !== now) continue;
    const month = monthAfter(x.note ?? '', lead);
    if (month) return monthIndex(month);
  }
  return undefined;
}

/** The outlasting facts for dependentWords, when the principal's end comes before the training's. */
function outlastedBy(p: Profile, today: string, ahead: { start: number; years: number } | undefined) {
  const end = principalEndMonth(p, today);
  if (end === undefined || !ahead) return undefined;
  const trainingEnd = ahead.start + ahead.years * 12 - 1;
  if (end >= trainingEnd) return undefined;
  return {
    principalEnds: humanMonth(monthFromIndex(end)),
    start: humanMonth(monthFromIndex(ahead.start)),
    ends: humanMonth(monthFromIndex(trainingEnd)),
  };
}

/** A current timeline note naming the member's own O-1 ("clinical AI scientist, on O-1"). */
function currentO1(p: Profile, today: string): boolean {
  const now = monthIndex(monthOfDay(today));
  return periods(p, today).some(
    (x) =>
      x.index >= 0 &&
      x.to === now &&
      /\bO-?1A?\b/.test(x.note ?? '') &&
      !/\b(?:wants?|plans?|hop(?:e|es|ing)|appl(?:y|ying|ied) for|not|no|never)\b[^,;.]*\bO-?1/i.test(x.note ?? ''),
  );
}

/**
 * The dependent status (H-4, J-2) a current timeline note names as the member's own. Not when a
 * current note names a pending green-card application (a combo card, advance parole, an I-485): the
 * work permit then rests on that application, and an H-4 named beside it is how the member arrived
 * (newcomer trial 21: a combo-card holder was told her EAD rested on her spouse's H-1B).
 */
function currentDependent(p: Profile, today: string): DependentStatus | undefined {
  if (currentAdjustment(p, today)) return undefined;
  const now = monthIndex(monthOfDay(today));
  return periods(p, today)
    .filter((x) => x.index >= 0 && x.to === now)
    .map((x) => noteDependentStatus(x.note))
    .find((x) => x !== undefined);
}

/** A current timeline note names a pending green-card application (I-485, combo card, advance parole). */
function currentAdjustment(p: Profile, today: string): boolean {
  const now = monthIndex(monthOfDay(today));
  return periods(p, today).some((x) => x.index >= 0 && x.to === now && adjustmentPending(x.note));
}

/**
 * What an EAD issued on a pending green-card application (category (c)(9), often a "combo card" with
 * advance parole) rests on and what it does not do. Sources (checked 2026-12-07, knowledge/visas.md):
 * DHS interim final rule 90 FR 48799 (2025-19702), effective 30 Oct 2025, ending automatic extension
 * of timely renewals, (c)(9) among the categories law firms list; renewal up to 180 days before the
 * card ends (USCIS's advice as a law firm quotes it); leaving without advance parole is taken as
 * abandoning the I-485 except for those keeping valid H or L status (Nolo, CitizenPath); the J-1's
 * home-residence rule (ECFMG). Said as of the check date: these rules change.
 */
function adjustmentWords(what: string, step3: { passed?: string; failed: boolean }): { why: string; action: string } {
  return {
    why: `Your notes say your work permit comes from a pending green-card application (an adjustment-of-status EAD, category (c)(9), often a combo card with advance parole). It rests on that application, not on a spouse's visa: it is good until the date printed on it and only while the application is pending. Under a DHS interim rule in force since 30 October 2025, a renewal filed on time no longer extends an expiring card of this kind automatically, so if the new card has not come when the old one ends you may not work, and a program cannot keep you on duty until it does (check USCIS's current page: this rule may change). The advance parole on the card is what lets you travel: leaving the US without valid advance parole is generally treated as abandoning the green-card application, unless you still hold valid H or L status.`,
    action: `Ask each program's GME office in writing whether it accepts an adjustment-based EAD for training, for the whole ${what}: programs differ. Compare the card's end date with the start date (training years usually begin on 1 July) and file each renewal as early as USCIS allows, up to 180 days before the card ends; tell the GME office the dates. Travel abroad only with valid advance parole in hand, and plan any trip with your program. Do not switch to a J-1 while the green-card application is pending without an immigration attorney: a J-1 visa asks you to show you mean to return home, and a J-1 for clinical training brings the two-year home-residence requirement, which bars a green card until it is met or waived. An H-1B would need Step 3 passed (${step3Text(step3)}). Once your green card is approved the EAD question ends: set your visa to No visa needed.`,
  };
}

/**
 * A non-US member who needs no visa today because of a work permit (a TPS or asylum-based EAD, an
 * L-2 or H-4 EAD, OPT): nothing is raised, unless the member's own note gives the permit's end
 * and it falls before the training applied for would end. Then the member is told, low when the
 * permit covers the start and medium when it ends first. Renewals depend on rules we cannot judge.
 */
function permitEndsRule(p: Profile, today: string, ahead: TrainingAhead | undefined): RuleResult {
  const now = monthIndex(monthOfDay(today));
  const current = periods(p, today).filter((x) => x.index >= 0 && x.to === now);
  const ends = current.map((x) => notePermitEnds(x.note)).find((x) => x !== undefined);
  if (!ends || !ahead) return noResult();
  const end = monthIndex(ends);
  const finish = ahead.start + ahead.years * 12 - 1;
  if (end >= finish) return noResult();
  const start = humanMonth(monthFromIndex(ahead.start));
  const beforeStart = end < ahead.start;
  // Granted asylum or refugee status carries the right to work itself (8 CFR 274a.12(a)(3), (a)(5)):
  // the card's date is when the card is renewed, not when the right ends. Such a member was told to
  // ask programs for a J-1, which needs a home country's Statement of Need.
  // What the permit rests on (permit-basis.ts): "refugee" naming a study or a clinic is not a status.
  const basis = current.map((x) => permitBasis(x.note)).find((b) => b !== undefined);
  const spouse = current.map((x) => noteSpouseWorkStatus(x.note)).find((b) => b !== undefined);
  // How far into training the end falls and where the season stands (permit-timing.ts).
  const timing = permitTiming(p, today, ahead, end);
  if (spouse && !basis) {
    const w = spouseStatusWords(spouse, ahead.what, step3Status(p));
    return {
      flags: [
        {
          id: 'visa-sponsorship',
          severity: timing.severity,
          title: `Work authorization: your ${spouse} spouse status ends ${humanMonth(ends)}`,
          why: `${w.why} Your timeline note gives its end as ${humanMonth(ends)}, ${beforeStart ? `before a ${ahead.what} starting ${start}` : `during a ${ahead.what} starting ${start} (${ahead.years === VISA_LIMITS.residencyYears ? 'typically at least' : 'typically'} ${yearsWord(ahead.years)})`}: a program must be able to employ you for the whole training.`,
          actions: [
            w.action,
            'Confirm the details with the program and an immigration attorney: this advice is general, not legal, and the rules change.',
          ],
          sources: [ref('visas', 'visa-as-logistics-risk'), ref('visas', 'j1-h1b-o1')],
        },
      ],
      notGiven: [],
    };
  }
  if (basis === 'asylee-refugee') {
    return {
      flags: [
        {
          id: 'visa-sponsorship',
          severity: 'low',
          title: `Work authorization: your card shows ${humanMonth(ends)}`,
          why: `Your timeline note gives your work permit's end as ${humanMonth(ends)}, ${beforeStart ? `before a ${ahead.what} starting ${start}` : `during a ${ahead.what} starting ${start}`}. For someone granted asylum or admitted as a refugee, the right to work comes with the status itself (federal rule 8 CFR 274a.12(a)); the date on the card is when the card must be renewed. Programs still check the document when they hire you.`,
          actions: [
            'Ask your immigration attorney when to file the renewal so that a valid card covers the start of training, and keep proof of your status ready for programs.',
            'If a program asks about visas, say that you need no sponsorship: you are authorized to work through your status, and name your renewal plan.',
            'Confirm the details with an immigration attorney: this advice is general, not legal, and the rules change.',
          ],
          sources: [ref('visas', 'visa-as-logistics-risk')],
        },
      ],
      notGiven: [],
    };
  }
  // A permit that lasts only as long as a time-limited status (parole, TPS, a pending case, DACA):
  // how long it lasts and the step that keeps it, in the member's case's words.
  const lasts = permitBasisWords(basis, ahead.what);
  // A pending asylum case changes what a visa fallback would mean (a judge found p249, an asylum
  // applicant, offered "a J-1" with no word of the Statement of Need, the two-year rule or travel):
  // USCIS FAQ on travel after applying for asylum, ECFMG's Statement of Need page (knowledge/visas.md).
  const pendingAsylum = basis === 'pending' && current.some((x) => asylumPending(x.note));
  // A pending green-card case (I-485): a J-1 is no plain fallback either. The J-1 visa asks for
  // intent to return home and, for clinical training, brings the two-year home-residence rule that
  // bars a green card until met or waived (ECFMG, State Department); leaving the US for a visa
  // without advance parole is generally taken as abandoning the adjustment application (USCIS's
  // travel rule, as law firms restate it: knowledge/visas.md). A judge of p372 found a J-1 offered
  // as the fallback to a member with a marriage-based case pending.
  const pendingGreenCard = !pendingAsylum && basis === 'pending' && current.some((x) => adjustmentPending(x.note));
  const dependent = lasts ? undefined : currentDependent(p, today);
  // DACA, TPS or parole: not a visa; what to answer a program's visa question, and no J-1 fallback
  // for DACA (statusNotVisaWords says why).
  const notVisa =
    pendingAsylum || pendingGreenCard
      ? undefined
      : statusNotVisaWords(basis, ahead.what, step3Status(p), p.target === 'residency-informatics-track');
  const dep = dependent
    ? dependentWords(dependent, ahead.what, step3Status(p), outlastedBy(p, today, ahead))
    : undefined;
  // The card named by its category where the notes say which it is, so the member can repeat it to
  // a GME office or an attorney (trial 23: an H-4 member was told of a (c)(9) card in /ask).
  const opt = current.some((x) => /\bOPT\b/.test(x.note ?? ''));
  const card =
    dependent === 'h4'
      ? 'your H-4 EAD (category (c)(26))'
      : pendingGreenCard
        ? 'your adjustment-based EAD (category (c)(9))'
        : pendingAsylum
          ? 'your asylum-based EAD (category (c)(8))'
          : 'your work permit';
  return {
    flags: [
      {
        id: 'visa-sponsorship',
        severity: timing.severity,
        title: `Work authorization: your permit ends ${humanMonth(ends)}`,
        why: `Your profile says you need no visa, but your timeline note gives your work permit's end as ${humanMonth(ends)}, ${beforeStart ? `before a ${ahead.what} starting ${start}` : `during a ${ahead.what} starting ${start} (${ahead.years === VISA_LIMITS.residencyYears ? 'typically at least' : 'typically'} ${yearsWord(ahead.years)})${timing.early ? `, about ${plural(end - ahead.start + 1, 'month')} into its first year` : ''}`}. A program must be able to employ you for the whole training.${notVisa ? ` ${notVisa.why}` : ''}${lasts ? ` ${lasts.why}` : ''}${dep ? ` ${dep.why}` : ''}`,
        actions: [
          // OPT is not renewed as such (its STEM extension has its own rules): only the GME question.
          ...(timing.early ? earlyEndActions(timing, card, humanMonth(ends), ahead.what).slice(0, opt ? 1 : 2) : []),
          'Ask an immigration attorney now whether your permit can be renewed or extended in time, and what your status would be if the basis for it changes or is not extended.',
          ...(lasts ? [lasts.action] : []),
          dep
            ? dep.action
            : pendingGreenCard
              ? `Ask each program early (a short eligibility inquiry) whether it accepts your work authorization and how it handles a renewal still pending on the start date; your green card may also come before the permit ends. Do not count on a J-1 as the fallback while your green-card application is pending: the J-1 visa asks you to show you mean to return home, a J-1 for clinical training brings the two-year home-residence requirement, which bars a green card until met or waived, and leaving the US to get a visa abroad without advance parole is generally taken as abandoning the application. Talk to an immigration attorney before you ask any program for a visa; an H-1B needs Step 3 passed (${step3Text(step3Status(p))}).`
              : pendingAsylum
                ? `Ask each program early (a short eligibility inquiry) whether it accepts your work authorization and how it handles a renewal still pending on the start date. Do not treat a training visa as an easy fallback while your asylum case is pending: talk to an immigration attorney before you ask any program for one. A J-1 (sponsored by ECFMG) needs a Statement of Need from the ministry of health of your country of citizenship or last permanent residence, which may be the country your claim is about; it asks you to show you mean to return home, and it brings the two-year home-residence requirement afterwards. A visa is usually issued at a US consulate abroad, and USCIS presumes that an asylum applicant who leaves the US without advance parole has abandoned the application. An H-1B needs Step 3 passed (${step3Text(step3Status(p))}) and raises its own questions for a pending case.`
                : notVisa
                  ? notVisa.action
                  : `Ask each program early (a short eligibility inquiry) whether it accepts your work authorization, and whether it could sponsor a J-1 (through ECFMG) or an H-1B (which needs Step 3 passed; ${step3Text(step3Status(p))}) if the permit is not renewed.`,
          'Confirm the details with the program and an immigration attorney: this advice is general, not legal, and the rules change.',
        ],
        sources: [
          ref('visas', 'visa-as-logistics-risk'),
          ref('visas', 'j1-h1b-o1'),
          ref('visas', 'sponsorship-history'),
        ],
      },
    ],
    notGiven: [],
  };
}

/**
 * An L-2 or E spouse (I-94 marked L-2S, E-1S, E-2S or E-3S) works incident to status: no EAD, and no
 * sponsorship needed to start training while the status lasts (USCIS policy of November 2021 after the
 * Shergill settlement; CBP's spousal I-94 codes from 31 January 2022; knowledge/visas.md). A judge of
 * p394 found such a member told of "your work permit" that may need renewing, never that she could
 * start without sponsorship. The status still rests on the spouse's: it ends when that does.
 */
function spouseStatusWords(
  kind: 'L-2' | 'E',
  what: string,
  step3: { passed?: string; failed: boolean },
): { why: string; action: string } {
  const principal = kind === 'L-2' ? "your spouse's L-1" : "your spouse's E status";
  const code = kind === 'L-2' ? 'L-2S' : 'E-1S, E-2S or E-3S';
  return {
    why: `As ${kind === 'L-2' ? 'an L-2' : 'an E'} spouse you are authorized to work by your status itself (an I-94 marked ${code}), so no EAD is needed and you can start a ${what} without visa sponsorship while the status lasts. It rests on ${principal}, though, and ends when that does.`,
    action: `Tell programs you need no sponsorship to start, and keep your I-94 (with the spousal code) ready for the hiring check. Before ${principal} ends, have a plan for the rest of the ${what}: a green card through your spouse's employer (which would cover you too), an extension of your spouse's status where one is still possible, or a visa of your own from the program (an ECFMG J-1, with a Statement of Need and the two-year home-residence requirement, or an H-1B, which needs Step 3 passed: ${step3Text(step3)}); ask an immigration attorney which fits before you rank.`,
  };
}

/**
 * A non-US member who needs no visa, whose current notes do not say what the permission to work
 * rests on: the visa topic is kept as a note rather than dropped (newcomer trial 19: "H-4 EAD" typed
 * at the visa question was stored as No visa needed, and the report then said nothing of the EAD,
 * which the profile has no field for). What a dependant's permit means is said as an "if", with the
 * words to add to the current entry so the dated checks above can run.
 */
function unnamedPermitNote(p: Profile, today: string, what: string | undefined): string | undefined {
  const now = monthIndex(monthOfDay(today));
  const current = periods(p, today).filter((x) => x.index >= 0 && x.to === now);
  const training = what ?? (p.target === 'ci-fellowship' ? 'fellowship' : 'residency');
  const spouse = current.map((x) => noteSpouseWorkStatus(x.note)).find((b) => b !== undefined);
  if (spouse && !current.some((x) => notePermit(x.note) !== undefined)) {
    const w = spouseStatusWords(spouse, training, step3Status(p));
    return `Work authorization: ${w.why} ${w.action} Add the end date of your I-94 to your current timeline entry's note so this report can check it against the training dates.`;
  }
  if (current.some((x) => notePermit(x.note) !== undefined || permitBasis(x.note) !== undefined)) return undefined;
  return `Work authorization: your profile says you need no visa, but not what your permission to work rests on. If it is a dependant's work permit (an H-4 or J-2 spouse's EAD; an L-2 or E spouse works by status, with no EAD), it lasts only while your spouse keeps the principal status and is generally issued for no longer than your spouse's approved stay, so a ${training} will span renewals, and a renewal decided late can leave a gap. ${DEPENDANT_TRAVEL('dependant')} Ask each GME office in writing whether it accepts your document for the whole ${training}; the usual fallback, an H-1B from the program, needs Step 3 passed (${step3Text(step3Status(p))}). Add the permit and its end to your current timeline entry's note (e.g. "H-4 EAD until 2028-05") so this report can check it against the training dates.`;
}

/**
 * For a citizen or permanent resident whose notes show J-1 training: how the two-year home-residence
 * requirement was settled, when the notes say (a waiver job served, a waiver granted on another basis,
 * the two years at home), so the report says it back instead of nothing (a judge of p410: a Conrad 30
 * job completed and a green card since, and the report silent on the rule). Undefined otherwise.
 */
function homeRuleSettled(p: Profile, today: string): string | undefined {
  const j1 = visaTime(p, today, 'j1', false);
  if (!j1) return undefined;
  const waiver = heldWaiver(p, today);
  const served = (p.timeline ?? []).some((t) =>
    /\b(?:commitment|obligation|service|three years?|3 years?)\b[^.;]*\b(?:completed|fulfilled|served|finished|done)\b/i.test(
      t.note ?? '',
    ),
  );
  if (waiver && (!waiver.note.basis || waiver.note.basis === 'job')) {
    const job = waiver.note.conrad ? 'a Conrad 30 waiver job' : 'a J-1 waiver job';
    return `Your notes show J-1 training (${j1.text}) and ${job}${served ? ' whose service commitment you completed' : ''}: the two-year home-residence requirement was waived through that job, so it no longer applies to you and you need no sponsorship.`;
  }
  if (waiver || (p.timeline ?? []).some((t) => noteHomeRuleWaived(t.note)))
    return `Your notes show J-1 training (${j1.text}) and a waiver of the two-year home-residence requirement granted: it no longer applies to you.`;
  const met = homeRuleMet(p);
  if (met !== undefined)
    return `Your notes show J-1 training (${j1.text}) and say the two-year home-residence requirement was met${met ? ` (${humanMonth(met)})` : ''}: it no longer applies to you.`;
  return undefined;
}

/**
 * A J-1 stay outside clinical training (a research scholar, a student, a visiting professor) that the
 * member's own notes say binds them to the two-year home-residence rule: the rule named as applying,
 * or the J-1 paid for by a government (INA 212(e); university international offices restate who is
 * subject, knowledge/visas.md). Such a stay bars an H-1B and a green card until two years at home in
 * total or a waiver, exactly as an ECFMG J-1 does, but visaTime never saw it (only US clinical
 * training counts there): a judge of p392 found a former government-funded research scholar, serving
 * the rule at home, told her Step 3 kept an H-1B open and the visa item rated low.
 * `home` is the time since the stay ended that the timeline does not place in the US, and `byStart`
 * how much of it the training's start would have reached.
 */
function homeRuleStay(
  p: Profile,
  today: string,
  ahead: TrainingAhead | undefined,
): { stay?: { from: string; to: string }; homeFrom?: string; byStart?: number; metBy?: string } | undefined {
  const entries = p.timeline ?? [];
  if (!entries.some((t) => noteHomeRuleBinds(t.note))) return undefined;
  if (entries.some((t) => noteHomeRuleMet(t.note) !== undefined || noteWaiver(t.note) !== undefined)) return undefined;
  // The stay: the last entry whose note names the J-1 as held (the one that set the rule).
  const stay = [...entries].reverse().find((t) => noteVisas(t.note).has('j1') && t.activity !== 'us-clinical');
  if (!stay) return {};
  const now = monthOfDay(today);
  const to = stay.to === 'present' ? now : stay.to;
  if (stay.to === 'present') return { stay: { from: stay.from, to } };
  const last = monthIndex(to);
  const away = awayAfter(p, today, last);
  if (!away) return { stay: { from: stay.from, to } };
  const from = monthIndex(away.from);
  const metBy = monthFromIndex(from + VISA_LIMITS.homeResidenceYears * 12);
  return {
    stay: { from: stay.from, to },
    homeFrom: away.from,
    ...(ahead ? { byStart: Math.max(0, ahead.start - from) } : {}),
    metBy,
  };
}

/** What the rule from such a stay means, in the words the visa rule shows (why, then actions). */
function homeRuleStayWords(
  bound: NonNullable<ReturnType<typeof homeRuleStay>>,
  ahead: TrainingAhead | undefined,
  what: string,
): { why: string; actions: string[] } {
  const stay = bound.stay ? ` (${humanMonth(bound.stay.from)} – ${humanMonth(bound.stay.to)})` : '';
  const why = `Your notes say your J-1 stay${stay} binds you to the two-year home-residence requirement (INA 212(e)): until you have lived in your home country for two years in total, or obtained a waiver, you cannot get an H-1B (or a green card), whatever your Step 3 result.`;
  const count =
    bound.homeFrom && bound.byStart !== undefined && ahead
      ? ` Counting from ${humanMonth(bound.homeFrom)}, if you have lived at home since, you would have about ${bound.byStart} of the 24 months by a ${what} starting ${humanMonth(monthFromIndex(ahead.start))}${bound.byStart >= 24 ? ', so it may be met by then' : `, so it is not met by then (two years would be reached around ${humanMonth(bound.metBy!)})`}.`
      : '';
  return {
    why: `${why}${count}`,
    actions: [
      `Do not plan this season on an H-1B: it stays closed until the two-year rule is met or waived. The rule does not stop a new J-1, so the ${what} can go ahead on an ECFMG-sponsored J-1 (with a Statement of Need from your home country's ministry of health, and a fresh two-year requirement after it); rank, and in SOAP accept, programs that take J-1 trainees. Keep proof of your time at home, and ask an immigration attorney (or the State Department's advisory opinion service, if you are unsure the rule applies) before you tell programs which visa you will need.`,
    ],
  };
}

/** The title's tail: what blocks, in the order a member must clear it; nothing when nothing blocks. */
function blockerTitle(
  step3Missing: boolean,
  b: {
    waiver: boolean;
    earlierJ1: boolean;
    h1bTime: boolean;
    j1Time: boolean;
    pendingWaiver?: boolean;
    homeRule?: boolean;
    i140?: boolean;
  },
): string {
  if (b.pendingWaiver) return ': a pending J-1 waiver job';
  if (step3Missing) return ': Step 3 not passed yet';
  if (b.waiver) return ': J-1 waiver commitment';
  if (b.earlierJ1) return ': earlier J-1 training';
  if (b.homeRule) return ': two-year home-residence rule from an earlier J-1';
  // Past six years on an approved I-140 is the case extensions exist for: a fact, not a breach.
  if (b.h1bTime && b.i140) return ': H-1B past six years, on an approved I-140';
  if (b.h1bTime) return ': H-1B time would run past six years';
  if (b.j1Time) return ': J-1 time would run past seven years';
  return '';
}

/**
 * TN status, for a member whose notes say they are a Canadian or Mexican citizen or a Canadian
 * permanent resident: TN is open to citizens of Canada and Mexico only (8 CFR 214.6(a)), and its
 * list of professions names physicians for teaching or research only (8 CFR 214.6(c), as law firms
 * and medical schools' visa offices restate it; UCLA's says it does not support a clinical residency
 * or fellowship). Said so the member does not plan training on it; checked 2026-12-05,
 * knowledge/visas.md.
 */
function tnAction(north: NorthAmericanStatus, what: string): string | undefined {
  const tail = `Residency and fellowship programs sponsor a J-1 (through ECFMG) or an H-1B; if a program suggests TN for your ${what}, get its GME office's answer in writing and check it with an immigration attorney before you rely on it.`;
  if (north.tnHolder) {
    // Held now, for a job: the member may assume it carries on into training (a judge found p212, a
    // Mexican analyst on TN applying for a CI fellowship, never told it does not).
    const who = north.citizen ? ` as a ${north.citizen === 'Canada' ? 'Canadian' : 'Mexican'} citizen` : '';
    return `Your notes say you hold TN status now${who} (the USMCA professional status, open only to citizens of Canada and Mexico). It will not carry you into training: the federal rule lists physicians under TN for teaching or research only (8 CFR 214.6), and medical schools' visa offices say it does not cover a clinical residency or fellowship, so plan your ${what} on a training visa instead. ${tail}`;
  }
  if (north.citizen) {
    const adj = north.citizen === 'Canada' ? 'Canadian' : 'Mexican';
    return `As a ${adj} citizen you may hear of TN status (the USMCA professional status): the federal rule lists physicians under TN for teaching or research only (8 CFR 214.6), and medical schools' visa offices say it does not cover a clinical residency or fellowship, so do not plan your ${what} on it. ${tail}`;
  }
  if (north.canadianResident) {
    return `TN status (the USMCA professional status) is open only to citizens of Canada and Mexico (8 CFR 214.6), so Canadian permanent residence does not give it, and for physicians it covers teaching or research, not clinical training. ${tail}`;
  }
  return undefined;
}

/**
 * Canadian citizens are visa-exempt for J-1: no consular interview and no visa stamp; they show the
 * DS-2019 that ECFMG issues, their passport and the SEVIS fee receipt at the port of entry and are
 * admitted in J-1 status (ECFMG's travel page lists "valid J-1 visa (except for Canadian citizens)"; a
 * university's visa office restates the entry; knowledge/visas.md, checked 2026-12-07). Said so a
 * Canadian does not book a consulate appointment (judges of p414 and p419). Permanent residents of
 * Canada who are not citizens do need the visa.
 */
const CANADIAN_J1_ENTRY =
  'As a Canadian citizen you need no J-1 visa stamp and no consular interview: with the DS-2019 ECFMG issues, your passport and the SEVIS fee receipt, you are admitted in J-1 status at the port of entry (the two-year home-residence requirement, served in Canada, applies just the same).';

/**
 * Who issues a Canadian's Statement of Need: Health Canada, with the provincial and territorial
 * ministries of health, for Canadian citizens and permanent residents (Health Canada's Statement of
 * Need program pages, checked 2026-12-05, knowledge/visas.md). ECFMG asks a permanent resident of a
 * country other than their country of citizenship for the letter of the country of most recent legal
 * permanent residence (ECFMG's Statement of Need page, checked 2026-12-05): Canada for a Canadian
 * permanent resident.
 */
function canadianStatementOfNeed(north: NorthAmericanStatus, field: string): string | undefined {
  const health = `Health Canada issues Statements of Need, together with the provincial and territorial ministries of health, to Canadian citizens and permanent residents. Its program has limited them to training on a yearly list of needed specialties or training a provincial ministry backs, so read its current Statement of Need page and ask it early whether it will support ${field} training.`;
  if (north.citizen === 'Canada') {
    return `As a Canadian citizen (unless you have since become a permanent resident of another country), yours comes from Canada: ${health} ${CANADIAN_J1_ENTRY}`;
  }
  if (north.canadianResident) {
    return `ECFMG's rule is that a permanent resident of a country other than their country of citizenship gets it from the country of most recent legal permanent residence: with Canadian permanent residence, that is Canada, not your country of citizenship. ${health} If you have since moved your permanent residence elsewhere, ask ECFMG which country applies.`;
  }
  return undefined;
}

/**
 * Whose ministry writes the Statement of Need, in one phrase: ECFMG's rule is the country of most
 * recent legal permanent residence (its Statement of Need page, checked 2026-12-06), which is the
 * country of citizenship unless the member became a permanent resident elsewhere. The country is
 * named where the notes give it (a judge found "your home ministry" told to a Canadian citizen
 * trained in Lebanon); otherwise the rule that decides is said.
 */
export function statementOfNeedFrom(north: NorthAmericanStatus): string {
  if (north.citizen === 'Canada')
    return "a Statement of Need from Canada (Health Canada issues it to Canadian citizens; as a Canadian citizen yours comes from Canada, not from the country where you trained, unless you have since become a permanent resident of another country; and as a Canadian you need no J-1 visa stamp: you are admitted in J-1 status at the border with ECFMG's DS-2019)";
  if (north.canadianResident)
    return 'a Statement of Need from Canada, your country of most recent legal permanent residence (Health Canada issues it to permanent residents too), not from your country of citizenship';
  if (north.citizen === 'Mexico')
    return "a Statement of Need from Mexico's ministry of health (your country of citizenship, unless you have since become a permanent resident of another country)";
  return "a Statement of Need from the ministry of health of your country of most recent legal permanent residence (ECFMG's rule: your country of citizenship, unless you became a permanent resident of another country; not simply the country where you trained)";
}

/**
 * F-1 practical training held now, said for what it is: work permission from a US degree, not a
 * training visa. Post-completion OPT covers work directly related to the degree's major (8 CFR
 * 214.2(f)(10)(ii), as Temple University's international office restates it); the STEM extension
 * also needs an employer enrolled in E-Verify and a Form I-983 training plan for that job (UC Irvine's
 * international center, restating the 2016 DHS rule); CPT is part of the degree program itself,
 * authorized by the school's DSO for one employer before the program ends (8 CFR 214.2(f)(10)(i), as
 * ICE's SEVP page quotes it). Whether a GME office takes post-completion OPT for a first year is the
 * program's call (one university's GME policy allows it for the first year only, with extra
 * approval). All checked 2026-12-07, knowledge/visas.md. A judge of p412 found "your STEM OPT would
 * cover the start of training" told to an informatics MS graduate applying to neurology residency.
 */
function practicalTrainingWords(
  kind: 'STEM OPT' | 'OPT' | 'CPT',
  what: string,
  visas: string,
  end?: { text: string; beforeStart: boolean },
): { why: string; action: string } {
  if (kind === 'CPT') {
    return {
      why: `Your notes say you work on CPT (curricular practical training). CPT is part of your current degree program: your school authorizes it for one employer and set dates before you finish, and it ends with the program, so it cannot carry a ${what}.`,
      action: `Plan the ${what} on the visa you will train on: ${visas}. Ask your school's international office (the DSO) what your F-1 allows between the end of your degree and the start.`,
    };
  }
  const ends = end
    ? ` Your timeline note gives its end as ${end.text}${end.beforeStart ? ', before the training would start' : ''}.`
    : '';
  const stem =
    kind === 'STEM OPT'
      ? ' The STEM extension is narrower still: it is granted for a job with an employer enrolled in E-Verify and a signed I-983 training plan for that job, so a training program on it is unusual.'
      : '';
  return {
    why: `Your notes say you work on ${kind}. OPT is work permission that comes from your US degree, not a training visa: it covers work directly related to that degree's field.${stem} Do not count on it for a ${what}: whether a GME office accepts post-completion OPT for a first year at all is that program's own decision, and it is uncommon for training in a field other than your US degree's.${ends}`,
    action: `Plan the ${what} on the visa you will train on, and ask programs about that one rather than your ${kind}: ${visas}. If a program offers to start you on OPT, get its GME office's answer in writing, with your school's international office (the DSO) and an immigration attorney, and how you would change visa before the OPT ends. Until the start, your ${kind} keeps only the job it was granted for.`,
  };
}

/**
 * A work permit the member holds now (OPT, STEM OPT, an EAD) whose end their note gives, for a
 * member who needs a visa for training: when it ends against the training start, so the member
 * knows whether it carries them to the first day (a judge found the visa item silent on a STEM OPT
 * ending a fortnight before a July start). F-1 practical training is told as what it is instead
 * (practicalTrainingWords): never as covering training.
 */
function currentPermit(
  p: Profile,
  today: string,
  ahead: TrainingAhead | undefined,
  step3: { passed?: string; failed: boolean },
): { why: string; action: string } | undefined {
  const now = monthIndex(monthOfDay(today));
  const current = periods(p, today).filter((x) => x.index >= 0 && x.to === now);
  const permit = current.map((x) => notePermit(x.note)).find((x) => x !== undefined);
  const visas = `a J-1 through ECFMG, or an H-1B, which needs Step 3 passed (${step3Text(step3)})`;
  const what = ahead?.what ?? (p.target === 'ci-fellowship' ? 'fellowship' : 'residency');
  const named = current.map((x) => notePracticalTraining(x.note)).find((x) => x !== undefined);
  // "F-1 OPT with the STEM extension to 2028-05": the dated permit says which OPT it is.
  const training = named === 'OPT' && permit?.label === 'STEM OPT' ? 'STEM OPT' : named;
  if (training && (!permit || permit.label !== 'work permit' || training === 'CPT')) {
    if (permit && monthIndex(permit.ends) < now) return practicalTrainingWords(training, what, visas);
    const endText = permit ? (permit.day ? humanDay(permit.day) : humanMonth(permit.ends)) : undefined;
    return practicalTrainingWords(
      training,
      what,
      visas,
      endText ? { text: endText, beforeStart: !!ahead && monthIndex(permit!.ends) < ahead.start } : undefined,
    );
  }
  if (!permit || monthIndex(permit.ends) < now) return undefined;
  const name = permit.label === 'work permit' ? 'your work permit' : `your ${permit.label}`;
  const endText = permit.day ? humanDay(permit.day) : humanMonth(permit.ends);
  if (!ahead) {
    return {
      why: `Your timeline note gives the end of ${name} as ${endText}.`,
      action: `Check the end of ${name} (${endText}) against your training dates, and plan the visa you will train on: ${visas}.`,
    };
  }
  const end = monthIndex(permit.ends);
  const start = humanMonth(monthFromIndex(ahead.start));
  const finish = ahead.start + ahead.years * 12 - 1;
  if (end < ahead.start) {
    return {
      why: `Your timeline note gives the end of ${name} as ${endText}, before a ${ahead.what} starting ${start}: it does not cover the start of training.`,
      action: `${name.charAt(0).toUpperCase()}${name.slice(1)} ends ${endText}, before your ${ahead.what} would start (${start}; training years usually begin on 1 July), so it cannot carry you into training. Choose now which visa you will train on, and ask programs about that one rather than the permit: ${visas}.`,
    };
  }
  const length = `${ahead.years === VISA_LIMITS.residencyYears ? 'typically at least' : 'typically'} ${yearsWord(ahead.years)}`;
  if (end < finish) {
    return {
      why: `Your timeline note gives the end of ${name} as ${endText}: it runs past the start of a ${ahead.what} starting ${start} but ends during it (${length}).`,
      action: `${name.charAt(0).toUpperCase()}${name.slice(1)} (to ${endText}) ends during the training: ask each program's GME office in writing whether it accepts it at all, and plan the change before it ends to ${visas}.`,
    };
  }
  return {
    why: `Your timeline note gives the end of ${name} as ${endText}, after a ${ahead.what} starting ${start} would end.`,
    action: `${name.charAt(0).toUpperCase()}${name.slice(1)} runs to ${endText}, past the end of the training: ask each program's GME office in writing whether it accepts it for the whole ${ahead.what}; if one does, you may not need it to sponsor a visa.`,
  };
}

/**
 * A Canadian citizen whose profile marks the visa "not needed" and shows no work permit: no visa
 * stamp is needed to cross the border, but training is paid work and needs a status that allows it
 * (knowledge/visas.md: programs sponsor a J-1 through ECFMG or an H-1B; TN covers physicians for
 * teaching or research only, 8 CFR 214.6; Health Canada issues Canadians' Statements of Need). A
 * note, not a flag: the member may hold a status the profile does not show (a judge found such a
 * member given no visa item at all).
 */
function canadianNoVisaNote(p: Profile, today: string, what: string): string | undefined {
  const notes = (p.timeline ?? []).map((t) => t.note);
  if (northAmericanStatus(notes).citizen !== 'Canada') return undefined;
  const now = monthIndex(monthOfDay(today));
  const permit = periods(p, today).some((x) => x.index >= 0 && x.to === now && notePermit(x.note) !== undefined);
  if (permit) return undefined;
  return `Visa: your profile says you need none, and your notes say you are a Canadian citizen. Canadians need no visa stamp to cross the border, but a ${what} is paid clinical training and needs an immigration status that allows it: unless you hold a green card or another US work authorization (add it to your profile if so), programs sponsor a J-1 through ECFMG (for a Canadian, the Statement of Need comes through Health Canada) or an H-1B (which needs Step 3 passed). TN status does not cover clinical training: the federal rule lists physicians under TN for teaching or research only (8 CFR 214.6). Ask each program's GME office which status it will use for you before you rank or commit to it.`;
}

/**
 * `visa-sponsorship`: only for a member who is not a US citizen or permanent resident and needs a
 * visa (no visa advice otherwise). Low, except medium for a hard blocker: H-1B with Step 3 not
 * passed (H-1B sponsorship for training requires every USMLE Step, Step 3 included), H-1B after
 * training on an ECFMG J-1 (the two-year home-residence requirement blocks it until met or
 * waived), or visa time the member's own notes show that the training ahead would push past the
 * limit (H-1B 6 years, J-1 7).
 */
/**
 * The visa rule, with two facts from the member's notes added to what it says (visa-history.ts): a
 * past US visa refusal (not a bar, but disclosed on every DS-160) and a J-1 preliminary year with no
 * position after it (the J-1 ends with the year). Into the visa item when there is one, else as notes.
 */
export function visaSponsorshipRule(p: Profile, today: string, opts: RedFlagOptions = {}): RuleResult {
  const r0 = visaSponsorshipCore(p, today, opts);
  // A Step 3 sitting the notes say is booked: named wherever the item says no pass is listed, and
  // "plan it" becomes what it is, a date already set (booked-step3.ts; judges of p397 and p406).
  const booked = bookedStep3(p, today);
  const withBooking = (x: string): string =>
    booked
      ? x
          .replace(
            'your profile lists no Step 3 pass yet',
            `your profile lists no Step 3 pass yet, and ${bookedStep3Words(booked)}${p.visa === 'j1' ? '; a J-1 does not need it' : ''}`,
          )
          .replace('so plan it whichever visa you train on', 'whichever visa you train on')
      : x;
  const r = booked
    ? { ...r0, flags: r0.flags.map((f) => ({ ...f, why: withBooking(f.why), actions: f.actions.map(withBooking) })) }
    : r0;
  const refusal = p.citizenship === 'non-us' ? visaRefusal(p) : undefined;
  const prelim = prelimJ1Ending(p, today);
  // A home rule waived (any route), said back plainly where an H-1B is the plan, and the J-1 route
  // told as bringing a new requirement of its own.
  const waived =
    (p.visa === 'h1b' || p.visa === 'undecided') && (p.timeline ?? []).some((t) => noteHomeRuleWaived(t.note));
  const waivedFlag = waived ? r.flags.find((f) => f.id === 'visa-sponsorship') : undefined;
  if (waivedFlag) {
    const actions = waivedFlag.actions.map((a) =>
      /^The other usual route for the /.test(a)
        ? `${a} A new ECFMG J-1 would bring a new two-year home-residence requirement of its own, which your earlier waiver does not cover.`
        : a,
    );
    actions.splice(
      1,
      0,
      'Your note says the two-year home-residence requirement of your earlier J-1 was waived (the waiver approved): it no longer stands in the way of an H-1B or a green card. Keep the waiver approval with your records: programs and their attorneys may ask for it when they file.',
    );
    r.flags = r.flags.map((f) => (f === waivedFlag ? { ...waivedFlag, actions } : f));
  }
  if (!refusal && !prelim) return r;
  const flag = r.flags.find((f) => f.id === 'visa-sponsorship');
  if (!flag) {
    const notes = [
      ...(prelim ? [`Your J-1 after your preliminary year: ${prelim.text}`] : []),
      ...(refusal ? [`A past visa refusal: ${refusalAction(p, refusal)}`] : []),
    ];
    return { ...r, notes: [...(r.notes ?? []), ...notes] };
  }
  const actions = [...flag.actions];
  if (prelim) actions.unshift(prelim.text);
  if (refusal) {
    const at = actions.findIndex((a) => /^Confirm the details/.test(a));
    actions.splice(at < 0 ? actions.length : at, 0, refusalAction(p, refusal));
  }
  const why = prelim
    ? `${flag.why} Without a position for July ${prelim.ends.slice(0, 4)}, though, your J-1 ends with your preliminary year (${humanMonth(prelim.ends)}): see the first action.`
    : flag.why;
  return { ...r, flags: r.flags.map((f) => (f === flag ? { ...flag, why, actions } : f)) };
}

function visaSponsorshipCore(p: Profile, today: string, opts: RedFlagOptions = {}): RuleResult {
  if (!p.citizenship) return { flags: [], notGiven: [CITIZENSHIP_NOT_GIVEN] };
  // The training applied for, once for every reading below: with no deadline set while this
  // season is under way, the season the timeline plans (opts.nextSeason).
  const ahead = trainingAhead(p, today, opts.nextSeason?.startYear);
  if (!needsVisa(p)) {
    // A permit's end is weighed against the season the timeline plans (a trial found the two
    // Julys disagree); visa time below tells this season's open start first, then that one.
    if (p.citizenship === 'non-us') {
      const planned = ahead?.next !== undefined ? { start: ahead.next, years: ahead.years, what: ahead.what } : ahead;
      const permitRaw = permitEndsRule(p, today, planned);
      const met = homeRuleMetWords(p);
      const permit: RuleResult =
        met && permitRaw.flags.length
          ? { ...permitRaw, flags: permitRaw.flags.map((f, i) => (i === 0 ? { ...f, why: `${f.why} ${met}` } : f)) }
          : met
            ? { ...permitRaw, notes: [...(permitRaw.notes ?? []), met] }
            : permitRaw;
      const canadian = canadianNoVisaNote(
        p,
        today,
        ahead?.what ?? (p.target === 'ci-fellowship' ? 'fellowship' : 'residency'),
      );
      if (canadian && !permit.flags.length) return { ...permit, notes: [...(permit.notes ?? []), canadian] };
      if (!permit.flags.length && currentAdjustment(p, today)) {
        const a = adjustmentWords(
          ahead?.what ?? (p.target === 'ci-fellowship' ? 'fellowship' : 'residency'),
          step3Status(p),
        );
        return { ...permit, notes: [...(permit.notes ?? []), `Work authorization: ${a.why} ${a.action}`] };
      }
      const dependent = permit.flags.length ? undefined : currentDependent(p, today);
      const missing = permit.flags.length ? undefined : missingPermitFlag(p, today, ahead, dependent);
      if (missing) return { ...permit, flags: [...permit.flags, missing] };
      if (dependent) {
        const d = dependentWords(
          dependent,
          ahead?.what ?? (p.target === 'ci-fellowship' ? 'fellowship' : 'residency'),
          step3Status(p),
          outlastedBy(p, today, ahead),
        );
        return { ...permit, notes: [...(permit.notes ?? []), `Work authorization: ${d.why} ${d.action}`] };
      }
      const unsaid = permit.flags.length || canadian ? undefined : unnamedPermitNote(p, today, ahead?.what);
      return unsaid ? { ...permit, notes: [...(permit.notes ?? []), unsaid] } : permit;
    }
    const who = p.citizenship === 'us-citizen' ? 'a US citizen' : 'a US permanent resident';
    const settled = homeRuleSettled(p, today);
    return {
      flags: [],
      notGiven: [],
      passed: [`Visa: as ${who}, you need no visa for training.${settled ? ` ${settled}` : ''}`],
    };
  }
  // An O-1 is not the visa to ask programs for: it is petitioned for one employer and role (a judge
  // found "would need an O-1 visa for training" told to an AI scientist on an O-1).
  const label = p.visa === 'j1' || p.visa === 'h1b' ? VISA_LABEL[p.visa] : undefined;
  const o1Now = p.visa === 'o1' && currentO1(p, today);
  const north = northAmericanStatus((p.timeline ?? []).map((t) => t.note));
  const why: string[] = [
    p.visa === 'o1'
      ? `You are not a US citizen or permanent resident, and your profile names O-1 as your visa${o1Now ? ' (your notes say you hold it now)' : ''}. An O-1 is petitioned by one employer for one role: it does not carry over to a residency or fellowship, so you will need a training visa that a program sponsors.`
      : label === 'J-1' && north.citizen === 'Canada'
        ? `You are not a US citizen or permanent resident and would need J-1 status for training (as a Canadian citizen, without a J-1 visa stamp: see below).`
        : label
          ? `You are not a US citizen or permanent resident and would need ${article(label)} ${label} visa for training.`
          : p.visa === 'undecided' && currentAdjustment(p, today)
            ? 'You are not a US citizen or permanent resident yet, and your profile leaves open whether you will need a visa for training.'
            : p.visa === 'undecided'
              ? 'You are not a US citizen or permanent resident and have not decided which visa you would train on.'
              : 'You are not a US citizen or permanent resident and your profile does not say which visa you would need.',
  ];
  const step3 = step3Status(p);
  const fellowship = p.target === 'ci-fellowship';
  let severity: Severity = 'low';
  // Training already done on an ECFMG J-1 (named in the member's notes): it shapes every option.
  const j1Before = visaTime(p, today, 'j1', false);
  // A waiver the notes name as held, read once for the H-1B advice and the title.
  const waiver = p.visa === 'h1b' && j1Before ? heldWaiver(p, today) : undefined;
  // Canadian or Mexican citizenship, or Canadian permanent residence, as the member's notes tell it:
  // who issues the Statement of Need, and what TN status does not cover.
  const field = fellowship ? 'clinical informatics' : (p.specialty ?? 'specialty');
  // What makes the item medium, named in its title: the timeline quotes the title as the blocker to
  // clear, so it must name what blocks, never a waiver already served (a judge's finding).
  const blocks = {
    waiver: false,
    earlierJ1: false,
    h1bTime: false,
    j1Time: false,
    pendingWaiver: false,
    homeRule: false,
    i140: false,
  };
  // A J-1 stay outside clinical training that the member's notes say binds them to the home rule.
  const bound = j1Before ? undefined : homeRuleStay(p, today, ahead);

  // A US residency in the profile, whatever visa it was on: the J-1 and undecided advice both read it.
  const usTraining = (readResidencies(p, today) ?? []).some((r) => isUsResidency(r.residency));
  const actions: string[] = [];
  if (p.visa === 'j1') {
    // One Statement of Need item (a judge found it said twice). Where it comes from is ECFMG's
    // wording (EVSP, "Statement of Need", checked 2026-12-05): the Ministry of Health of the country
    // of most recent legal permanent residence, which differs from citizenship only for someone who
    // became a permanent resident elsewhere; a member living abroad on a permit is told to ask.
    const renew =
      fellowship && (j1Before || usTraining)
        ? ' ECFMG asks for a new one when you enter a new specialty or subspecialty, so even if you had one for residency, the fellowship needs one naming clinical informatics.'
        : '';
    const canadian = canadianStatementOfNeed(north, field);
    // Living abroad on a permit: the country is named (note-facts.ts, judge of p428).
    const permit = canadian ? undefined : permitStatementOfNeed(p);
    actions.push(
      canadian
        ? 'J-1 for clinical training is sponsored by ECFMG (not by the program). You will need a Statement of Need: a letter sent to ECFMG by the government of your country of most recent legal permanent residence, naming exactly the specialty you will train in' +
            (fellowship ? ' (clinical informatics for a CI fellowship)' : '') +
            `. ${canadian}${renew}`
        : 'J-1 for clinical training is sponsored by ECFMG (not by the program). You will need a Statement of Need: a letter to ECFMG from the Ministry of Health of your country of most recent legal permanent residence (your country of citizenship, unless you have become a permanent resident of another country' +
            (permit
              ? ''
              : '; if you live abroad on a work or residence permit, ask ECFMG which ministry applies to you') +
            '), naming exactly the specialty you will train in' +
            (fellowship ? ' (clinical informatics for a CI fellowship)' : '') +
            `.${permit ? ` ${permit}` : ''}${renew} Start on it early, as ministries can take months.`,
    );
    actions.push(
      `Know the J-1 limits: clinical training on it is capped at ${VISA_LIMITS.j1MaxYears} years in total, and afterwards you must spend two years in your home country (or obtain a waiver, usually through a service commitment) before you can change to H-1B or a green card; you cannot switch to H-1B inside the US without that waiver.`,
    );
    // A member back home after J-1 training may read "two years before H-1B or a green card" as
    // "no US visa at all": the requirement bars H, L and immigrant status, not another J-1 (two
    // judges of p337). knowledge/visas.md#j1-sponsorship holds both facts.
    if (j1Before && homeRuleMet(p) === undefined) {
      // Still on that J-1 (a resident going on to a fellowship): it is continued, not an earlier one
      // (a judge of p367, a J-1 PGY-3, read "your earlier J-1" as wrong). ECFMG's checklists: a
      // physician it sponsors who goes on to another ACGME program applies for continuation.
      actions.push(
        j1Before.ongoing
          ? `You are on an ECFMG J-1 now: going straight on to the ${fellowship ? 'fellowship' : 'training'}, ECFMG continues your sponsorship (with the new Statement of Need) within the ${VISA_LIMITS.j1MaxYears}-year total, and the two-year home-residence requirement still applies when your J-1 training ends, unless a waiver is granted later.`
          : `The home-residence requirement from your earlier J-1 does not stop a new J-1: ECFMG can sponsor your ${fellowship ? 'fellowship' : 'training'} on a new J-1 within the ${VISA_LIMITS.j1MaxYears}-year total, and that new J-1 carries the two-year requirement too.`,
      );
    }
    // The other training visa, and what it needs, for a member no earlier J-1 has bound to the
    // two-year rule: an H-1B physician in patient care must have passed the licensing exam (8 U.S.C.
    // 1182(j)(2)), which HHS named as USMLE Steps 1-3 (knowledge/visas.md, checked 2026-12-05). A
    // judge found a J-1 member without Step 3 never told so.
    if (bound) {
      // On a J-1 already, the rule from a research or student J-1 changes nothing for this training;
      // it closes the H-1B as the alternative (round facts33: the same reading as for H-1B members).
      const w = homeRuleStayWords(bound, ahead, ahead?.what ?? (fellowship ? 'fellowship' : 'residency'));
      why.push(w.why);
      actions.push(
        `Your earlier J-1 does not stop the new J-1 you plan to train on; it only closes the H-1B as an alternative until the two-year rule is met or waived.`,
      );
    }
    if (j1Before && !step3.passed && homeRuleMet(p) === undefined) {
      // An earlier J-1 closes the H-1B until the two-year rule is met or waived; Step 3 is a second
      // lock on it (8 U.S.C. 1182(j)(2)), said so the member does not take a waiver alone as the key
      // (a judge found p215, back home after a J-1 residency with no Step 3, never told so).
      actions.push(
        `An H-1B would need two things you do not have yet: the two-year home-residence requirement met or waived, and all three USMLE Steps passed (federal law asks an H-1B physician in patient care to have passed the licensing exam, which HHS named as USMLE Steps 1, 2 and 3); ${step3Text(step3)}. Step 3 also matters for the full licence later, so plan it whichever visa you train on.`,
      );
    }
    if (!j1Before) {
      // A US residency whose visa no note names may itself have been on an ECFMG J-1, the usual
      // training visa: then the two-year rule already binds the member and the H-1B is closed until
      // it is met or waived (State Department waiver page, checked 2026-12-06). Trial 13: a J-1 FM
      // graduate was told her Step 3 "keeps an H-1B open". Say it as the "if" it is.
      const unnamedUsResidency = usTraining && homeRuleMet(p) === undefined;
      const ifEarlierJ1 = unnamedUsResidency
        ? ' If your US residency was on an ECFMG J-1, though, the two-year home-residence requirement already applies to you: an H-1B (and a green card) stays closed until you have spent the two years at home or obtained a waiver, while a J-1 for the fellowship is still possible. Check which visa your residency was on before you plan around an H-1B.'
        : '';
      actions.push(
        (step3.passed
          ? `Your Step 3 pass (${humanMonth(step3.passed)}) ${unnamedUsResidency ? 'can keep' : 'also keeps'} an H-1B open at programs that petition for one: the H-1B carries no two-year home-residence requirement of its own, so weigh the two before you choose.`
          : `An H-1B is the other training visa (petitioned by the program, with no two-year home-residence requirement), and it needs all three USMLE Steps passed before the program can file: federal law requires the licensing exam of a physician coming on an H-1B for patient care (8 U.S.C. 1182(j)(2)), and HHS named USMLE Steps 1, 2 and 3 as that exam. ${step3Text(step3).charAt(0).toUpperCase()}${step3Text(step3).slice(1)}: ${step3AfterCertificate(p) ? `if you want H-1B to stay open, note that ${STEP3_NEEDS_CERTIFICATE.charAt(0).toLowerCase()}${STEP3_NEEDS_CERTIFICATE.slice(1)}: certification comes first, then Step 3 before programs decide.` : matchedNotStarted(p, today) ? 'you have matched, so it no longer decides this season, but pass it as early as you can: the full licence and any later H-1B need it.' : step3TooLate(p, today) ? "its result comes after this season's deciding deadline, so programs decide without it: ask each one whether it would sponsor the J-1 if the result is not in when it must file." : 'if you want H-1B to stay open, pass Step 3 before programs decide.'}`) +
          ifEarlierJ1,
      );
    }
    const used = j1Before ?? visaTime(p, today, 'j1');
    if (used) {
      const w = visaTimeWhy(today, used, 'J-1', VISA_LIMITS.j1MaxYears, ahead, currentUsTrainingEnd(p, today)?.end);
      why.push(w.text);
      if (w.over) {
        if (used.named) {
          severity = 'medium'; // the member's own notes say so; otherwise it is an "if"
          blocks.j1Time = true;
        }
        actions.push(
          `${used.named ? 'Your' : 'If so, your'} J-1 time would run past the seven-year limit: ask ECFMG whether an extension applies to you before you rank or commit to a program.`,
        );
      }
      const met = homeRuleMet(p);
      const home = homeTimeAfterJ1(p, today, used);
      if (met !== undefined) {
        // The member's own note says the requirement is met: say so, instead of "may be met".
        actions.push(
          `Your note says you have met the two-year home-residence requirement${met ? ` (${humanMonth(met)})` : ''}. Then H-1B is open to you too (it needs Step 3 passed; ${step3Text(step3)}), as well as a J-1 again; keep the proof of your time at home and confirm your status with ECFMG before you apply.`,
        );
      } else if (home) actions.push(`${home}: confirm your status with ECFMG before you apply.`);
      const between = j1EndsBeforeTraining(p, today, used, ahead);
      if (between) actions.push(between);
    }
    const practice = j1PracticeOption(p, today);
    if (practice) actions.push(practice);
    // A waiver the notes say was granted, for a member planning more training on an ECFMG J-1: once
    // a waiver is recommended the J status generally cannot be extended (a university's international
    // office restating the State Department's rules), so the J-1 route may be closed; said with ECFMG
    // to confirm (judge of p420's "other" notes).
    if (j1Before && heldWaiver(p, today)) {
      actions.unshift(
        `Your notes say a waiver of your two-year home-residence requirement was granted. Ask ECFMG before you apply whether it can still sponsor a J-1 for the ${fellowship ? 'fellowship' : 'training'}: once a waiver has been recommended, a J-1 program generally cannot be extended, so in most cases the waiver ends the J-1 route for further training and an H-1B (which needs Step 3 passed: ${step3Text(step3)}) becomes the visa to ask programs about.`,
      );
    }
  } else if (p.visa === 'h1b') {
    why.push(`H-1B sponsorship for training requires all USMLE Steps passed, Step 3 included; ${step3Text(step3)}.`);
    if (j1Before && waiver) {
      // The waiver lifted the home-residence rule; what binds the member now is its service term.
      const w = waiverTerms(today, waiver, ahead);
      if (w.clash) {
        severity = 'medium';
        blocks.waiver = true;
      }
      why.push(
        `Your timeline also shows training on a J-1 (${j1Before.text}) and a J-1 waiver${waiver.note.conrad ? ' (Conrad 30)' : ''}: a waiver lifts the two-year home-residence requirement in return for a service commitment.`,
      );
      actions.push(w.action);
    } else if (j1Before && homeRuleMet(p) !== undefined) {
      // The member's own note says the two-year rule is met: it no longer blocks the H-1B.
      why.push(`Your timeline also shows training on a J-1 (${j1Before.text}), and ${homeRuleMetText(p)}.`);
      actions.push(
        'With the two-year home-residence requirement met, the J-1 no longer stands in the way of an H-1B; keep the proof of your time at home, as programs and the consulate may ask for it.',
      );
    } else if (!j1Before && bound) {
      severity = 'medium';
      blocks.homeRule = true;
      const w = homeRuleStayWords(bound, ahead, ahead?.what ?? (fellowship ? 'fellowship' : 'residency'));
      why.push(w.why);
      actions.push(...w.actions);
    } else if (j1Before) {
      severity = 'medium';
      blocks.earlierJ1 = true;
      why.push(
        `Your timeline also shows training on a J-1 (${j1Before.text}): ECFMG-sponsored J-1 physicians carry the two-year home-residence requirement.`,
      );
      actions.push(
        `Settle your J-1 first: until you have spent two years in your home country or obtained a waiver, you cannot change to H-1B inside the US or get an H-1B visa, whatever a program offers. Talk to an immigration attorney before you plan on H-1B; otherwise the ${fellowship ? 'fellowship' : 'training'} would need a J-1 again, which has its own ${VISA_LIMITS.j1MaxYears}-year limit.`,
      );
      // Time back home may already have met the rule: say so as an "if" (newcomer trial 15).
      const home = homeTimeAfterJ1(p, today, j1Before);
      if (home)
        actions.push(
          `${home}: keep proof of the time at home (passport stamps, work or study records) and confirm it with an immigration attorney before you plan on H-1B.`,
        );
    }
    if (j1Before) {
      const j1 = visaTimeWhy(today, j1Before, 'J-1', VISA_LIMITS.j1MaxYears, ahead);
      if (j1.over) {
        why.push(j1.text);
        actions.push(
          'Your J-1 time would also run past its seven-year limit: ask ECFMG whether an extension could apply before you count on a J-1 either.',
        );
      }
    }
    if (!step3.passed) {
      severity = 'medium';
      const tooLate = step3TooLate(p, today);
      const j1Other = `sponsored by ECFMG, with ${statementOfNeedFrom(north)}, and two years in your home country afterwards (or a waiver)`;
      if (step3AfterCertificate(p) && ahead) {
        // Certificate, then Step 3 and its result, then the petition: within months of the start
        // that order cannot be run, so this season's list is the J-1 programs'.
        const soon = ahead.start - monthIndex(monthOfDay(today)) <= 9;
        why.push(`${STEP3_NEEDS_CERTIFICATE}.`);
        actions.push(
          soon
            ? `For a ${ahead.what} starting ${humanMonth(monthFromIndex(ahead.start))}, an H-1B is unrealistic: the certificate, then Step 3 and its result, then the program's petition cannot all come in time. For this season, choose and rank programs that sponsor the J-1 (${j1Other}), and keep the H-1B for later, once you are certified and have passed Step 3.`
            : `Plan the order: ECFMG certification first, then Step 3, with its result in before programs decide (often by the rank or commit deadline). Without it, only J-1 remains open: ${j1Other}.`,
        );
      } else if (tooLate) {
        actions.push(step3TooLateWords(tooLate, j1Other));
      } else if (matchedNotStarted(p, today)) {
        // Matched: the program's sponsorship for the start is settled with it, not by a deadline passed.
        actions.push(
          `You have matched, so Step 3 no longer decides where you train this season: settle with your matched program how it sponsors you for the start (an H-1B petition needs the Step 3 pass first; without it, the J-1: ${j1Other}). Pass Step 3 as early as you can either way: the full licence and any later H-1B need it.`,
        );
      } else {
        actions.push(
          `Pass Step 3 before programs decide: H-1B programs typically need the result before they file the petition (often by the rank or commit deadline). Without it, only J-1 remains open: ${j1Other}.`,
        );
      }
    }
    actions.push(
      'The program itself petitions for H-1B, and not every program does: ask each one whether it sponsors H-1B for trainees. Universities and their affiliated hospitals are usually cap-exempt employers, so the yearly H-1B lottery does not apply to them.',
    );
    actions.push(
      // A member whose notes name J-1 training asks whether those years use up the six (judge of p351,
      // session 29): the limit counts time in H or L status only (8 CFR 214.2(h)(13)).
      `H-1B time is limited to ${VISA_LIMITS.h1bMaxYears} years in total, and training years count.${fellowship ? ` A CI fellowship typically takes ${VISA_LIMITS.ciFellowshipYears} of them.` : ''}${j1Before ? ' Years you trained on a J-1 are not H-1B time and do not count toward the six (the limit counts time in H or L status).' : ''}`,
    );
    // Residency time already named as J-1 was not on H-1B: infer H-1B time only without it.
    const used = visaTime(p, today, 'h1b', !j1Before);
    const reset = used ? h1bNewPeriod(p, today, used) : undefined;
    const route = fellowship && used && used.named && !reset ? residencyRouteH1b(p, today, used) : undefined;
    if (route) {
      severity = 'medium';
      blocks.h1bTime = true;
      actions.push(route);
    }
    if (used && reset) {
      why.push(reset);
      // The years abroad settle the H-1B count, not the visa of that US residency: if no note names it,
      // it may have been an ECFMG J-1 with the home rule still to meet (the trial-16 rule holds here too).
      if (!used.named && !j1Before && homeRuleMet(p) === undefined) actions.push(UNNAMED_US_RESIDENCY_J1);
    } else if (used) {
      // An approved I-140 of the member's own covers time past six years (AC21 §104(c)): the count is
      // told as a fact with what covers it, never as a limit run past (newcomer trial 22).
      const { i140, w } = h1bCountWhy(p, today, used, ahead);
      why.push(w.text);
      if (w.over) {
        // Inferred or named, the US training was on some visa: on H-1B it runs out, and on a J-1 the
        // home-residence rule bars the H-1B. Either way something must be settled: never low.
        severity = 'medium';
        blocks.h1bTime = true;
        blocks.i140 = i140;
        // A green-card petition the member's notes name as approved is the case that extension
        // rests on: say so instead of leaving them to drop programs from their list. One filed and
        // not approved is a weaker case, told as such.
        const what = ahead?.what ?? (fellowship ? 'fellowship' : 'residency');
        const pending = !i140 && profileI140(p)?.state === 'pending' && !profileI140(p)?.spouse;
        actions.push(
          i140
            ? `${used.named && used.months > VISA_LIMITS.h1bMaxYears * 12 ? 'You are already past six years on H-1B. ' : ''}${i140BeyondSixAction(what)}`
            : pending
              ? i140PendingAction()
              : `${used.named ? 'Your' : used.work ? 'If all of that time was on H-1B, your' : 'If so, your'} H-1B time would run out before the training ends: going past six years is possible only in specific cases (recapturing days spent outside the US, or extensions tied to a green-card process under way), so check with an immigration attorney and each program now, before you rank or commit.`,
        );
        if (greenCardUnderWay(p)) actions.push(newJ1Warning(what));
        else if (!j1Before && !route) actions.push(j1RouteAction(what));
        if (!used.named) {
          actions.push(
            'If your residency was on a J-1 instead, the two-year home-residence requirement applies before any H-1B (unless waived): add the visa of each period to your timeline notes (e.g. "residency, J-1") and this report will count it.',
          );
        }
      } else if (!used.named && !j1Before && homeRuleMet(p) === undefined) {
        // Within the six years by the count, but the count assumed H-1B for a US residency no note
        // names: on an ECFMG J-1 instead, the home-residence rule bars the H-1B whatever the count
        // (newcomer trial 16: a J-1 internist was told only "within the limit").
        actions.push(UNNAMED_US_RESIDENCY_J1);
      } else if (w.atLimit && used.named) {
        // At or within a few months of the limit there is no room for a late start, a leave or an extra month.
        actions.push(
          'That leaves little or no margin: a later start, a leave or an extra training month could take you past six years. Ask programs and an immigration attorney early how your remaining H-1B time would be counted and what extension options exist.',
        );
        if (!j1Before) actions.push(otherRoute(p, ahead?.what ?? (fellowship ? 'fellowship' : 'residency')));
      }
    }
  } else if (p.visa === 'o1') {
    // H-1B years the notes name (a residency and a job on it before the O-1): an O-1 does not reset
    // the six, so the H-1B offered beside the J-1 is weighed with that count and any approved I-140
    // (AC21 §104(c), green-card-path.ts), and a green-card case makes the J-1 no neutral choice
    // (judge of p416: "H-1B needs only Step 3" and a J-1 offered plainly to a member six H-1B years in).
    const other = otherVisaH1bCount(p, today, ahead, fellowship ? 'fellowship' : 'residency');
    if (other) {
      why.push(other.why);
      if (other.blocks) {
        severity = 'medium';
        blocks.h1bTime = true;
        blocks.i140 = other.i140;
      }
    }
    if (other?.blocks) {
      actions.push(
        `${o1Now ? 'Your current O-1 is tied to your present employer and role, and a new employer or a different role needs a new petition: it' : 'An O-1 is tied to the employer and role it was petitioned for: it'} will not carry you into training, and some GME offices do not accept an O-1 for training at all. Do not present O-1 as the visa you need; if a program offers to file one for you, get it in writing and check it with an immigration attorney.`,
        ...other.actions,
      );
    } else
      actions.push(
        `${o1Now ? 'Your current O-1 is tied to your present employer and role, and a new employer or a different role needs a new petition: it' : 'An O-1 is tied to the employer and role it was petitioned for: it'} will not carry you into training. Programs usually sponsor a J-1 (through ECFMG, with ${statementOfNeedFrom(north)}, and two years in your home country afterwards unless waived) or an H-1B (petitioned by the program; it needs all USMLE Steps, Step 3 included: ${step3Text(step3)}). Decide which of the two you will ask programs about, and do not present O-1 as the visa you need; some GME offices do not accept an O-1 for training at all. If a program offers to file an O-1 for you, get it in writing and check it with an immigration attorney.`,
      );
  } else {
    // H-1B years the notes name count here too (the O-1 branch's reading): past six, the H-1B is told
    // with what can cover it and the J-1 with what it costs a green-card case.
    const other =
      p.visa === 'undecided' ? otherVisaH1bCount(p, today, ahead, fellowship ? 'fellowship' : 'residency') : undefined;
    if (other) {
      why.push(other.why);
      severity = 'medium';
      blocks.h1bTime = true;
      blocks.i140 = other.i140;
      actions.push(...other.actions);
    } else if (greenCardUnderWay(p) && !currentAdjustment(p, today))
      actions.push(newJ1Warning(ahead?.what ?? (fellowship ? 'fellowship' : 'residency')));
    else if (!currentAdjustment(p, today))
      actions.push(
        `Compare J-1 and H-1B for your situation: J-1 is sponsored by ECFMG and needs ${statementOfNeedFrom(north)}, with a two-year home-residence requirement afterwards; H-1B is petitioned by the program and needs all USMLE Steps including Step 3 passed. Then decide which one you will ask programs about.`,
      );
    if (j1Before && homeRuleMet(p) !== undefined) {
      actions.push(
        `Your timeline shows training on a J-1 (${j1Before.text}), and ${homeRuleMetText(p)}: H-1B is open to you as well as a J-1 (H-1B needs Step 3 passed; ${step3Text(step3)}). Keep the proof of your time at home and confirm your status with ECFMG before you apply.`,
      );
    } else if (bound) {
      severity = 'medium';
      blocks.homeRule = true;
      const w = homeRuleStayWords(bound, ahead, ahead?.what ?? (fellowship ? 'fellowship' : 'residency'));
      why.push(w.why);
      actions.push(...w.actions);
    } else if (j1Before) {
      severity = 'medium';
      blocks.earlierJ1 = true;
      actions.push(
        `Your timeline shows training on a J-1 (${j1Before.text}): until the two-year home-residence requirement is met or waived you cannot get an H-1B, so J-1 is your realistic option unless an immigration attorney confirms otherwise.`,
      );
    } else if (other) {
      // The H-1B count above already says what the H-1B needs.
    } else if (step3.passed) {
      // A US residency whose visa no note names may have been on an ECFMG J-1, the usual training
      // visa: then the H-1B is closed until the two-year rule is met or waived, Step 3 or not
      // (newcomer trial 16: "H-1B stays open" to a J-1-trained internist who had not been home two years).
      const unnamed = usTraining && homeRuleMet(p) === undefined && !visaTime(p, today, 'h1b', false);
      actions.push(
        unnamed
          ? `Your profile shows Step 3 passed (${humanMonth(step3.passed)}), which an H-1B needs. ${UNNAMED_US_RESIDENCY_J1}`
          : `Your profile shows Step 3 passed (${humanMonth(step3.passed)}), so H-1B stays open at programs that sponsor it.`,
      );
    } else {
      actions.push(
        step3AfterCertificate(p)
          ? `If you want H-1B to stay open: ${STEP3_NEEDS_CERTIFICATE}, so certification comes first, then Step 3 before applications close.`
          : 'If you want H-1B to stay open, plan to pass Step 3 before applications close.',
      );
    }
  }
  const dependent = currentDependent(p, today);
  // A permit the current note says is missing, asked for, refused or lapsed is never told as held
  // (F-2 has its own words below).
  const ead = currentF2(p, today) ? undefined : currentEad(p, today);
  const missing = ead !== undefined && ead !== 'held' ? ead : undefined;
  if (dependent || missing) {
    const what = ahead?.what ?? (fellowship ? 'fellowship' : 'residency');
    const d = missing
      ? missingEadWords(dependent, missing, what, step3, spouseI140Pending(p))
      : dependentWords(dependent!, what, step3, outlastedBy(p, today, ahead));
    why.push(d.why);
    actions.unshift(d.action);
  } else if (currentAdjustment(p, today)) {
    const a = adjustmentWords(ahead?.what ?? (fellowship ? 'fellowship' : 'residency'), step3);
    why.push(a.why);
    actions.unshift(a.action);
  }
  const permit = currentPermit(p, today, ahead, step3);
  if (permit) {
    why.push(permit.why);
    actions.unshift(permit.action);
  }
  if (currentF2(p, today)) {
    const f2 = f2Words(ahead?.what ?? (fellowship ? 'fellowship' : 'residency'));
    why.push(f2.why);
    actions.unshift(f2.action);
  }
  const clash = pendingWaiverClash(p, today, ahead);
  if (clash) {
    why.push(clash.why);
    actions.unshift(clash.action);
    // A waiver asked on hardship, persecution or a No Objection Statement binds the member to no
    // job: nothing clashes with the match, and the item keeps the severity the rest of it earns.
    if (clash.clash) {
      if (severity === 'low') severity = 'medium';
      blocks.pendingWaiver = true;
    }
  }
  const tn = tnAction(north, ahead?.what ?? (fellowship ? 'fellowship' : 'residency'));
  if (tn) actions.push(tn);
  const uncertain = p.visa === 'h1b' ? undefined : homeCooperationUncertain(p);
  if (uncertain && !actions.some((a) => /asylum/i.test(a))) actions.push(uncertain);
  // A match won (match-state.ts): no program list to build or rank, only the matched program's
  // sponsorship to settle before the start (judges of p414 and p419: "confirm each program still
  // sponsors your visa before you rank it" told to members already matched).
  const won = matchedNotStarted(p, today);
  if (won) {
    actions.push(
      `You matched (your note), for a ${fellowship ? 'fellowship' : 'residency'} starting July ${won.start.slice(0, 4)}: there is no program list to build or rank. Settle your visa with your matched program's GME office now: ask how it sponsors it and send what it asks for early, so the paperwork is done before July ${won.start.slice(0, 4)}.`,
    );
  } else {
    actions.push(
      `Check each program's sponsorship history${label ? ` for ${label}` : ''} before you apply (website, current fellows, open houses), and send a short eligibility inquiry where it is unclear.`,
    );
    // Bound by the home rule, an H-1B-only member has nothing to hold out for in SOAP: the J-1 is the visa.
    const soapJ1 =
      bound && p.visa === 'h1b'
        ? ', and in SOAP accept offers from programs that sponsor the J-1, since the H-1B is closed to you until the two-year rule is met or waived'
        : soapJ1Fallback(p, north, j1Before !== undefined);
    actions.push(listTiming(p, today, opts, soapJ1));
  }
  actions.push(
    'Raise visa matters in interviews only when asked or relevant, briefly; your letters need not mention immigration.',
  );
  actions.push(
    'Confirm the details with ECFMG, the program and, if needed, an immigration attorney: this advice is general, not legal, and the rules change.',
  );

  const sources: SourceRef[] = [
    ref('red-flags', 'how-programs-read-red-flags'),
    ref('visas', 'visa-as-logistics-risk'),
    ref('visas', 'j1-h1b-o1'),
  ];
  if (p.visa !== 'h1b' || j1Before || bound) sources.push(ref('visas', 'j1-sponsorship'));
  // A J-1 member is told what the H-1B alternative needs (Step 3) unless an earlier J-1 closed it.
  if (p.visa !== 'j1' || !j1Before) sources.push(ref('visas', 'h1b-for-training'));
  sources.push(ref('visas', 'sponsorship-history'));

  return {
    flags: [
      {
        id: 'visa-sponsorship',
        severity,
        title: `${p.visa === 'undecided' && currentAdjustment(p, today) ? 'Work authorization: an EAD from a pending green card' : 'Visa sponsorship needed'}${label ? ` (${label})` : ''}${blockerTitle(p.visa === 'h1b' && !step3.passed, blocks)}`,
        why: why.join(' '),
        actions,
        sources,
      },
    ],
    notGiven: [],
  };
}
