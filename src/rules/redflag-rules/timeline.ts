/**
 * Timeline rules: `training-gap` (one flag per gap, so each gap keeps its own severity and dates)
 * and `clinical-currency`. A missing timeline is "not given", never a gap: unknown is not empty.
 */
import { lapsedLicence } from './credential-notes.js';
import { bookedStep3 } from './booked-step3.js';
import { OPTIONS, optionLabel } from '../../core/profile/field-specs.js';
import { humanMonth, humanMonths, monthFromIndex, monthIndex } from '../../core/dates.js';
import {
  careBeside,
  CLINICAL,
  currentMonthIndex,
  isClinicalPeriod,
  EXAM_LABEL,
  gapFacts,
  gaps,
  lastClinicalMonth,
  monthsSinceGraduation,
  periods,
  unplacedUsceIn,
  type Gap,
} from '../../core/profile/derived.js';
import { undatedUsceSentence } from './undated-usce.js';
import { isHealthCareWork } from '../../core/profile/note-readings.js';
import type { Profile } from '../../core/profile/schema.js';
import {
  countsForFellowship,
  hasQualifyingBoard,
  readResidencies,
  type ResidencyReading,
} from '../../core/profile/training.js';
import { SEVERITY_ORDER, type Severity } from '../../core/types.js';
import { ref } from '../../knowledge/outline.js';
import { RED_FLAG_THRESHOLDS } from '../redflag-thresholds.js';
import { noResult, type Flag, type RuleResult } from '../redflag-types.js';
import { joinAnd, monthRange, noteLabel, plural } from './wording.js';
import { workBarredNow } from './visa-notes.js';

export const TIMELINE_NOT_GIVEN = 'timeline not given — gaps and clinical currency could not be checked';
const GRADUATION_NOT_GIVEN_GAPS =
  'medSchool.graduated not given — gaps could not be checked (they count from graduation)';
const CURRENCY_UNKNOWN =
  'medSchool.graduated not given and the timeline has no clinical entry — clinical currency could not be checked';

export function gapSeverity(months: number): Severity {
  const g = RED_FLAG_THRESHOLDS.gaps;
  if (months >= g.highFromMonths) return 'high';
  if (months >= g.mediumFromMonths) return 'medium';
  return 'low';
}

/** The milder of two severities. */
const milder = (a: Severity, b: Severity): Severity => (SEVERITY_ORDER[a] >= SEVERITY_ORDER[b] ? a : b);

/**
 * For a CI fellowship: the first residency (ACGME, RCPSC or CFPC; completed or in progress) that
 * began after the gap ended. Its record covers the years before it, so the gap weighs less.
 */
export function residencyAfterGap(p: Profile, g: Gap, today: string): ResidencyReading | undefined {
  if (p.target !== 'ci-fellowship' || g.ongoing) return undefined;
  return (readResidencies(p, today) ?? [])
    .filter((r) => countsForFellowship(r) && monthIndex(r.residency.from) > monthIndex(g.to))
    .sort((a, b) => monthIndex(a.residency.from) - monthIndex(b.residency.from))[0];
}

/**
 * Months of the gap that the member's timeline lists as exam preparation. Advisors differ on
 * whether preparing for the USMLE is a gap at all (blind profile writers left long preparation
 * unlabelled, and three judges found that it made a caregiving or war gap look longer and more
 * severe than it reads); time away from patients is weighed by clinical-currency anyway.
 */
function examPrepMonths(p: Profile, g: Gap, today: string): number {
  const from = monthIndex(g.from);
  const to = monthIndex(g.to);
  const prep = periods(p, today).filter((x) => x.activity === 'exam-prep' && x.to >= from && x.from <= to);
  const months = new Set<number>();
  for (const x of prep) for (let m = Math.max(x.from, from); m <= Math.min(x.to, to); m++) months.add(m);
  return months.size;
}

/** The months that weigh: all but the ordinary first year of exam preparation. */
function weighedMonths(p: Profile, g: Gap, today: string): number {
  const prep = examPrepMonths(p, g, today);
  return gapMonthsCounted(p, g, today) - Math.min(prep, RED_FLAG_THRESHOLDS.gaps.examPrepOrdinaryMonths);
}

/**
 * A gap's length as far as the report can count it: blank months that undated US clinical
 * experience may account for are not counted as a gap (they may be that externship).
 */
export function gapMonthsCounted(p: Profile, g: Gap, today: string): number {
  return g.months - unplacedUsceIn(p, g, today);
}

/** A gap long enough to raise and to explain (the one test /redflag and /explain-gap share). */
export function isExplainableGap(p: Profile, g: Gap, today: string): boolean {
  return gapMonthsCounted(p, g, today) >= RED_FLAG_THRESHOLDS.gaps.minMonths && !isOrdinaryExamPrep(g);
}

/**
 * Severity of one gap for this member: by the months that weigh (a year of exam preparation is
 * ordinary and does not add to it), then fitted to the target (see the thresholds).
 */
export function gapSeverityFor(p: Profile, g: Gap, today: string): Severity {
  const byLength = gapSeverity(weighedMonths(p, g, today));
  return residencyAfterGap(p, g, today)
    ? milder(byLength, RED_FLAG_THRESHOLDS.gaps.beforeAcceptedResidencyMax)
    : byLength;
}

/**
 * "Jul 2022 – Mar 2023 (9 months): your timeline lists no activity" — the member's own entries,
 * named in words (never the stored codes), their notes quoted.
 */
function describeGap(g: Gap): string {
  const span = `${monthRange(g.from, g.to)} (${humanMonths(g.months)}${g.ongoing ? ', still ongoing' : ''})`;
  if (!g.activities.length) return `${span}: nothing on your timeline covers these months`;
  const notes = g.notes.length ? ` (${g.notes.map((n) => JSON.stringify(n)).join(', ')})` : '';
  const blank = g.uncoveredMonths ? `; ${plural(g.uncoveredMonths, 'month')} not on your timeline at all` : '';
  const listed = g.activities.map((a) => optionLabel(OPTIONS.activity, a).toLowerCase()).join(' / ');
  return `${span}: your timeline lists ${listed}${notes}${blank}`;
}

/** The closing sentence of a gap whose blank months undated US clinical experience may fill. */
function undatedNote(p: Profile, g: Gap, today: string): string {
  const unplaced = unplacedUsceIn(p, g, today);
  if (!unplaced) return '';
  const s = undatedUsceSentence(
    p,
    today,
    `up to ${plural(unplaced, 'month')} of these blank months may be it and are not counted as a gap (the severity counts ${humanMonths(g.months - unplaced)})`,
  );
  return s ? `. ${s.replace(/\.$/, '')}` : '';
}

/** Exams passed during the gap or within two months after it: what exam preparation produced. */
function examsPassedAround(p: Profile, g: Gap): string[] {
  const from = monthIndex(g.from);
  const to = monthIndex(g.to) + 2;
  return (p.exams ?? [])
    .filter((a) => a.result === 'pass' && monthIndex(a.date) >= from && monthIndex(a.date) <= to)
    .map((a) => `${EXAM_LABEL[a.exam]} passed ${humanMonth(a.date)}${a.score !== undefined ? ` (${a.score})` : ''}`);
}

/**
 * The way back to patient care depends on who the member is. Externships and electives are how
 * students and graduates who have not trained yet gain hands-on US experience; a physician who
 * finished residency (and may hold a licence) regains it the way practising doctors do, with a
 * clinical post, even a part-time, per-diem or locum one (the red-flags guide: "a clinical job
 * anywhere"). Telling a board-certified US-trained physician to "seek an externship" reads as
 * not having looked at their record.
 */
function returnToCareAction(p: Profile, today: string): string {
  const completed = (readResidencies(p, today) ?? []).filter((r) => r.status === 'completed');
  const observershipNote = 'an observership alone does not restore clinical currency';
  // No active licence (the member's own note): patient care waits on restoring it, so no post "under
  // your licence" and no locum is offered (judge of p405: a licence lapsed ten years earlier).
  const lapsed = lapsedLicence(p);
  if (lapsed) {
    return `Before any patient care you need an active licence again: your note says ${lapsed.year ? `your licence lapsed in ${lapsed.year}` : 'you hold no active licence'}. Ask the medical board of the state where you would work how to reinstate it or apply anew (state boards differ; after years away many ask for proof of recent competence, a re-entry programme or supervised practice first). Once it is restored, a part-time or per-diem clinical post beside your current work shows current skills best. ${capitalise(observershipNote)}.`;
  }
  if (completed.some((r) => r.standing === 'accepted') || hasQualifyingBoard(p)) {
    return `Return to some patient care under your licence: a part-time, per-diem or locum clinical post alongside your current work is enough to show current skills, ideally using the EHR yourself. Externships and electives are steps for students and graduates before residency, not for a physician who has completed one; after a long time away, check whether your medical board asks for a re-entry assessment first. ${capitalise(observershipNote)}.`;
  }
  if (completed.length) {
    // A member whose status allows no US work (an F-2 spouse) cannot take a clinical post here.
    const barred = workBarredNow(p.timeline)
      ? ' Your notes say your status allows no work in the US now, so such a post would be abroad, or after your status changes.'
      : '';
    return `Return to some patient care as the physician you are: a clinical post where you hold a licence (part-time or locum counts) shows current skills best; a hands-on US placement helps too if one takes physicians who have completed residency, but ${observershipNote}.${barred}`;
  }
  return `Seek recent hands-on US clinical experience (an externship or elective with patient care), ideally using the EHR yourself; ${observershipNote}.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Why a gap that includes exam preparation carries the severity it does. */
function prepNote(p: Profile, g: Gap, today: string): string {
  const prep = examPrepMonths(p, g, today);
  if (!prep) return '';
  const ordinary = Math.min(prep, RED_FLAG_THRESHOLDS.gaps.examPrepOrdinaryMonths);
  const counted = g.months - ordinary;
  const what =
    prep === g.months
      ? 'All of it was exam preparation'
      : `${humanMonths(prep)} of it ${prep === 1 ? 'was' : 'were'} exam preparation`;
  return `. ${what}: up to a year of preparation is ordinary for an IMG, so the severity counts ${counted ? `${humanMonths(counted)} of the ${humanMonths(g.months)}` : 'none of it'} (programs still ask what the preparation led to)`;
}

function gapFlag(p: Profile, g: Gap, today: string): Flag {
  const range = monthRange(g.from, g.to);
  const after = residencyAfterGap(p, g, today);
  const severity = gapSeverityFor(p, g, today);
  const actions: string[] = [];
  if (after) {
    const r = after.residency;
    actions.push(
      `Keep it short: your ${r.specialty} residency (${humanMonth(r.from)} onwards) came after this gap, and its evaluations and your program director's letter speak for you now. One dated ERAS entry and a sentence if asked are enough.`,
    );
  }
  actions.push(
    g.uncoveredMonths
      ? `Fill in ${range} on your timeline and in ERAS with dated entries: ${plural(g.uncoveredMonths, 'month')} listed as nothing at all look worse than the gap itself.`
      : `Give ${range} its own dated ERAS experience entry saying what you did, so no month looks blank.`,
  );
  // A gap a later accepted residency answers needs only the entry and a sentence (the first
  // action says so): the full explanation, the informatics reframing and the mentor's letter are
  // for gaps programs will weigh, and listing them here would contradict "keep it short".
  if (!after) {
    actions.push(
      `Explain ${range} in 2–3 sentences (the reason, as context), then spend most of your words on what you did and learned in those months.`,
    );
  }
  if (g.activities.includes('exam-prep')) {
    const passed = examsPassedAround(p, g);
    actions.push(
      passed.length
        ? `Tie the exam preparation to its result: ${passed.join(', ')}.`
        : 'Say what the exam preparation led to: which exam you passed and when.',
    );
  }
  if (g.activities.includes('none')) {
    actions.push(
      'Your timeline lists no activity here: if you did anything in these months (courses, reading, caregiving, job applications, volunteering), list it with dates.',
    );
  }
  if (g.activities.includes('personal')) {
    actions.push(
      'For personal reasons one honest sentence is enough; then show how you kept your knowledge current (for example structured board review) and what you did next.',
    );
  }
  if (g.activities.includes('non-clinical-work')) {
    actions.push(
      'Describe the non-clinical work by the skills it built (data, processes, teamwork) and any thread that leads to informatics.',
    );
  }
  if (!after) {
    // Someone in a job today is not told to "start something productive": the job is the thread,
    // and what the gap lacks is clinical work (or the job read as the informatics work it may be).
    const end = monthIndex(g.to);
    const now = periods(p, today)
      .filter((x) => x.from <= end && end <= x.to)
      .map((x) => x.activity);
    const working = g.ongoing && now.includes('non-clinical-work');
    actions.push(
      working
        ? 'This gap is still open while you work outside clinical care. Keep the job and add what it lacks: hands-on clinical work, or a QI or data project with a clinical team. If the job itself is informatics work (EHR build or implementation, clinical data, analytics), mark that period as informatics on your timeline, with its outcome, so it reads as career development rather than a gap.'
        : g.ongoing
          ? 'This gap is still open: start something productive now, such as a hospital QI or analytics team, a data course with a small project, or a research assistant role on an EHR-based study.' +
            // Trial 13: a member waiting on a change to B-2 was told to join a team or take a
            // research role, with no word on whether her status lets her. Said as a check, not a rule.
            (p.citizenship === 'non-us'
              ? ' If you are in the US, first make sure your current immigration status allows it: some statuses (a visitor visa, or a change of status still pending) do not allow work, paid or unpaid, and an immigration attorney can tell you what yours allows.'
              : '')
          : 'If these months held any informatics-related work (a course, data or QI work, research), list it with its outcome: it turns the gap into career development.',
    );
    actions.push(
      'Tell a mentor who knows this period what worries you, so they can address it in their letter in their own words; do not script it.',
    );
  }
  return {
    id: 'training-gap',
    severity,
    title: `Training gap: ${range} (${humanMonths(g.months)})`,
    why: after
      ? `${describeGap(g)}${prepNote(p, g, today)}${undatedNote(p, g, today)}. It ended before your ${after.residency.specialty} residency (${after.status === 'completed' ? 'completed' : 'in progress'}), so a fellowship reads it as far in the past: ${severity} for that reason, whatever its length.`
      : `${describeGap(g)}${prepNote(p, g, today)}${undatedNote(p, g, today)}`,
    actions,
    sources: [
      ref('red-flags', 'training-gaps'),
      ref('explaining-red-flags', 'explaining-a-gap'),
      ref('explaining-red-flags', 'productive-gap-activities'),
      ref('explaining-red-flags', 'eras-experiences'),
      ref('letters', 'letters-and-red-flags'),
    ],
    gap: gapFacts(g),
  };
}

/**
 * A stretch that is nothing but exam preparation, no longer than the ordinary months, is the usual
 * route to ECFMG certification, not a break in training: programs ask what it led to, not why it
 * happened. Only a stretch the timeline covers entirely with exam preparation qualifies; preparation
 * mixed with caregiving, other work or unlisted months keeps the mixed reading (prepNote).
 */
export function isOrdinaryExamPrep(g: Gap): boolean {
  return (
    g.uncoveredMonths === 0 &&
    g.activities.length > 0 &&
    g.activities.every((a) => a === 'exam-prep') &&
    g.months <= RED_FLAG_THRESHOLDS.gaps.examPrepOrdinaryMonths
  );
}

/** Exam preparation beside another gap, up to this long, is told with that gap rather than flagged alone. */
const PREP_BESIDE_GAP_MAX_MONTHS = 24;

export function trainingGapRule(p: Profile, today: string): RuleResult {
  if (!p.timeline) return { flags: [], notGiven: [TIMELINE_NOT_GIVEN] };
  if (!p.medSchool) return { flags: [], notGiven: [GRADUATION_NOT_GIVEN_GAPS] };
  const all = gaps(p, today) ?? [];
  const found = all.filter((g) => isExplainableGap(p, g, today));
  // A stretch of only exam preparation that directly follows or precedes another gap is the end
  // (or the start) of that gap's story, not a second break: it is told in that gap's item (judge of
  // p418: 18 months of Step 1 and Step 2 CK preparation right after a caregiving gap raised as a
  // second, low gap with its own explanation).
  const prepOnly = (g: Gap) =>
    g.uncoveredMonths === 0 && g.activities.length > 0 && g.activities.every((a) => a === 'exam-prep');
  // Adjacent: one starts the month the other ends or the month after (entries hand over in a month).
  const next = (a: Gap, b: Gap) => {
    const d = monthIndex(b.from) - monthIndex(a.to);
    return d >= 0 && d <= 1;
  };
  const touches = (a: Gap, b: Gap) => next(a, b) || next(b, a);
  const beside = new Map<Gap, Gap>();
  for (const g of found) {
    if (!prepOnly(g) || g.months > PREP_BESIDE_GAP_MAX_MONTHS) continue;
    const other = found.find((o) => o !== g && !prepOnly(o) && touches(o, g));
    if (other) beside.set(g, other);
  }
  const long = found.filter((g) => !beside.has(g));
  const flags = long.map((g) => {
    const f = gapFlag(p, g, today);
    const prep = [...beside].find(([, o]) => o === g)?.[0];
    if (!prep) return f;
    return {
      ...f,
      why: `${f.why}. It ${monthIndex(prep.from) > monthIndex(g.to) ? 'was followed' : 'was preceded'} by ${humanMonths(prep.months)} of exam preparation (${monthRange(prep.from, prep.to)}): tell that as part of this gap's story, what the preparation led to, not as a second break`,
    };
  });
  // Blank months that only undated US clinical experience may fill are no gap: say why, plainly.
  const held = all.filter(
    (g) => !long.includes(g) && unplacedUsceIn(p, g, today) > 0 && g.months >= RED_FLAG_THRESHOLDS.gaps.minMonths,
  );
  const passed = held.flatMap((g) => {
    const s = undatedUsceSentence(p, today, `its months are not counted as a gap`);
    return s
      ? [`Timeline ${monthRange(g.from, g.to)}: ${plural(g.uncoveredMonths, 'month')} not on your timeline. ${s}`]
      : [];
  });
  return { flags, notGiven: [], ...(passed.length ? { passed } : {}) };
}

export function clinicalCurrencySeverity(monthsSince: number): Severity | undefined {
  const c = RED_FLAG_THRESHOLDS.clinicalCurrency;
  if (monthsSince <= c.flagAfterMonths) return undefined;
  return monthsSince >= c.highFromMonths ? 'high' : 'medium';
}

/**
 * A job in health care since the last clinical month ("medical interpreter", "ED scribe"), said
 * plainly as time away from patients: such a job is not a training gap (isProductive), so this is
 * where the report is honest about what it is not.
 */
function healthJobsSince(p: Profile, today: string, lastClinical: number): string {
  const jobs = periods(p, today).filter(
    (x) => x.activity === 'non-clinical-work' && x.to > lastClinical && isHealthCareWork(x.note),
  );
  if (!jobs.length) return '';
  const named = jobs.map(
    (x) =>
      `"${noteLabel(x.note!)}" (${x.current ? `since ${humanMonth(monthFromIndex(x.from))}` : monthRange(monthFromIndex(x.from), monthFromIndex(x.to))})`,
  );
  return ` Your work as ${joinAnd(named)} is work in health care but not patient care, so it does not reset this.`;
}

function undatedCurrency(p: Profile, today: string): string {
  const s = undatedUsceSentence(p, today, 'the report cannot tell whether it is recent and does not count it here');
  return s ? ` ${s}` : '';
}

/**
 * When the last clinical month comes from patient care a non-clinical entry's note records (and no
 * clinical entry or residency reaches as late), the sentence that says what was read.
 */
function careReadSentence(p: Profile, today: string, last: number): string | undefined {
  const all = periods(p, today).filter((x) => isClinicalPeriod(x) && x.to === last);
  if (all.some((x) => CLINICAL.has(x.activity))) return undefined;
  const x = all.find((y) => careBeside(y) !== undefined);
  const words = x ? careBeside(x) : undefined;
  if (!x || !words || !x.note) return undefined;
  const when = x.current ? 'to date' : `to ${humanMonth(monthFromIndex(x.to))}`;
  return `your ${x.activity === 'non-clinical-work' ? 'job' : `${x.activity} entry`} ("${x.note}") names patient care you give ("${words}"), so it counts as clinical work from ${humanMonth(monthFromIndex(x.from))} ${when}; if those ${/shift|session|duty|duties|cover|rota/i.test(words) ? 'shifts' : 'sessions'} stopped earlier, give them their own clinical timeline entry with their dates.`;
}

export function clinicalCurrencyRule(p: Profile, today: string): RuleResult {
  if (!p.timeline) return { flags: [], notGiven: [TIMELINE_NOT_GIVEN] };
  const last = lastClinicalMonth(p, today);
  if (!last) return { flags: [], notGiven: [CURRENCY_UNKNOWN] };
  const monthsSince = currentMonthIndex(today) - monthIndex(last.month);
  const severity = clinicalCurrencySeverity(monthsSince);
  // Patient care recorded in a job's note ("plus 2 telemedicine shifts a week") counts, and the
  // report says what it read so the member can correct it (newcomer trial 15).
  const careRead = careReadSentence(p, today, monthIndex(last.month));
  if (!severity) {
    if (careRead) return { flags: [], notGiven: [], passed: [`Clinical currency: ${careRead}`] };
    // Say what was read only when it matters: clinical work today needs no line, but one close to
    // the limit does (a judge found a member at exactly 24 months told nothing).
    const limit = RED_FLAG_THRESHOLDS.clinicalCurrency.flagAfterMonths;
    if (monthsSince < limit - 6) return noResult();
    return {
      flags: [],
      notGiven: [],
      passed: [
        `Clinical currency: your last clinical work ended ${humanMonth(last.month)}, ${humanMonths(monthsSince)} before today; this advisor flags more than ${humanMonths(limit)}, so ${monthsSince === limit ? 'you are at the limit' : 'you are close to it'}: recent hands-on clinical work matters.${healthJobsSince(p, today, monthIndex(last.month))}${undatedCurrency(p, today)}`,
      ],
    };
  }

  const ago = `${humanMonths(monthsSince)} before today (${humanMonth(today.slice(0, 7))})`;
  let why: string;
  if (last.basis === 'timeline') {
    // The member's own timeline entry first; a residency listed only under residencies otherwise.
    const ending = periods(p, today).filter((x) => isClinicalPeriod(x) && x.to === monthIndex(last.month));
    const entry = ending.filter((x) => x.index >= 0).at(-1);
    const residency = ending.find((x) => x.index < 0);
    if (careRead) {
      why = `${careRead.charAt(0).toUpperCase()}${careRead.slice(1)} That ended ${humanMonth(last.month)}, ${ago}.`;
    } else if (entry) {
      const what = entry.note ? ` ("${noteLabel(entry.note)}")` : ` (${entry.activity})`;
      why = `Your last clinical work on your timeline${what} ended ${humanMonth(last.month)}, ${ago}.`;
    } else {
      why = `Your last clinical work (your ${residency?.note ?? 'residency'}) ended ${humanMonth(last.month)}, ${ago}.`;
    }
  } else {
    why = `Your timeline lists no clinical or US clinical work, so this counts from graduation (${humanMonth(last.month)}): ${ago}.`;
  }

  // Observing and research are worth listing but are not patient care: say why they did not count.
  const since = periods(p, today).filter(
    (x) => (x.activity === 'observership' || x.activity === 'research') && x.to > monthIndex(last.month),
  );
  if (since.length) {
    const named = since.map(
      (x) =>
        `${x.activity === 'observership' ? 'observership' : 'research'} (${monthRange(monthFromIndex(x.from), monthFromIndex(x.to))})`,
    );
    why += ` Your ${joinAnd(named)} since then ${since.length === 1 ? 'does' : 'do'} not reset this: ${
      since.some((x) => x.activity === 'observership')
        ? 'an observership is watching, not caring for patients'
        : 'research is not patient care'
    }${since.some((x) => x.activity === 'observership') && since.some((x) => x.activity === 'research') ? ', and research is not patient care' : ''}.`;
  }

  why += healthJobsSince(p, today, monthIndex(last.month));
  why += undatedCurrency(p, today);

  const actions: string[] = [];
  const informaticsSince = periods(p, today).find((x) => x.activity === 'informatics' && x.to > monthIndex(last.month));
  actions.push(
    informaticsSince
      ? `Add recent hands-on clinical work with written evaluations: your informatics work since ${humanMonth(p.timeline[informaticsSince.index]!.from)} shows commitment, but it does not prove your clinical skills are current.`
      : 'Add recent hands-on clinical work with written evaluations; a completed full-time clinical role is the clearest proof your skills survived the break.',
  );
  actions.push(returnToCareAction(p, today));
  actions.push(
    'Ask a recent clinical supervisor for a letter on your present clinical abilities; letters more than 2–3 years old no longer speak for them.',
  );
  const booked3 = bookedStep3(p, today);
  if (booked3) {
    actions.push(
      `Your Step 3, booked for ${booked3.when} as your note says, will show current medical knowledge once passed.`,
    );
  } else if (!(p.exams ?? []).some((a) => a.exam === 'step3' && a.result === 'pass')) {
    actions.push(
      p.ecfmgCertified === false
        ? 'Passing Step 3 would show current medical knowledge, once ECFMG has certified you (Step 3 comes after the certificate).'
        : 'Passing Step 3 would show current medical knowledge.',
    );
  }
  actions.push('Keep your knowledge fresh with structured board review and say so in one line of your application.');
  const sinceGrad = monthsSinceGraduation(p, today);
  if (p.medSchool && sinceGrad !== undefined) {
    // Years since graduation decide some residency applications before anything else is read (a
    // newcomer trial 14 member, 13 years out, found it as the sixth action): for a residency
    // applicant five or more years out it comes second, with what to do about it. No number of
    // years is given: limits are each program's own (red-flags#clinical-currency).
    const long = p.target === 'residency-informatics-track' && sinceGrad >= 60;
    const line = long
      ? `You graduated ${humanMonth(p.medSchool.graduated)} (${humanMonths(sinceGrad)} ago): some residency programs publish a limit on time since graduation and screen applications on it before reading further. Check each program's stated limit before you apply, and spend your applications on programs that state none or one you meet.`
      : `You graduated ${humanMonth(p.medSchool.graduated)} (${humanMonths(sinceGrad)} ago): check each program's stated limits on time since graduation before applying.`;
    if (long) actions.splice(1, 0, line);
    else actions.push(line);
  }

  return {
    flags: [
      {
        id: 'clinical-currency',
        severity,
        title: `Clinical currency: ${humanMonths(monthsSince)} since your last clinical work${last.basis === 'graduation' ? ' (counted from graduation)' : ''}`,
        why,
        actions,
        sources: [
          ref('red-flags', 'clinical-currency'),
          ref('red-flags', 'limited-usce'),
          ref('explaining-red-flags', 'explaining-a-gap'),
        ],
        currency: { lastClinical: last.month, basis: last.basis, monthsSince },
      },
    ],
    notGiven: [],
  };
}
