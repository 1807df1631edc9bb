/**
 * Facts derived from a profile, as plain functions of (profile, today). Engines read these rather
 * than re-walking the raw lists, so a gap means the same thing in /redflag and /explain-gap.
 */
import { monthFromIndex, monthIndex, monthOfDay, type MonthString } from '../dates.js';
import type { Activity, ExamAttempt, ExamName, Profile, TimelineEntry, Usce } from './schema.js';
import { isHealthCareWork, patientCareInNote } from './note-readings.js';
import { isHandsOnUsce, isUsResidency } from './training.js';
import { RED_FLAG_THRESHOLDS } from '../../rules/redflag-thresholds.js';

/**
 * A stretch out of training shorter than this is not a gap (the red-flag minimum): a pause of fewer
 * months on the far side of exam preparation is never glued to a gap across it (gaps()).
 */
const PAUSE_BELOW_MONTHS = RED_FLAG_THRESHOLDS.gaps.minMonths;

/** Activities that do not count as training or career progress for gap purposes. */
const NON_PRODUCTIVE: ReadonlySet<Activity> = new Set(['none', 'personal', 'exam-prep', 'non-clinical-work']);
export const CLINICAL: ReadonlySet<Activity> = new Set(['clinical', 'us-clinical']);

/** Entries whose notes may record patient care given beside them (never observing, a gap or exam study). */
const CARE_BESIDE: ReadonlySet<Activity> = new Set(['informatics', 'research', 'education', 'non-clinical-work']);

/**
 * The words that make a period clinical work for currency although listed as something else: an
 * informatics, research, teaching or other job whose note records patient care the member gives
 * ("CMIO office analyst, plus 2 telemedicine shifts a week"). Undefined for other periods.
 */
export function careBeside(x: Pick<Period, 'activity' | 'note'>): string | undefined {
  return CARE_BESIDE.has(x.activity) ? patientCareInNote(x.note) : undefined;
}

/** Clinical work for currency: a clinical entry, a residency, or patient care a job's note records. */
export function isClinicalPeriod(x: Pick<Period, 'activity' | 'note'>): boolean {
  return CLINICAL.has(x.activity) || careBeside(x) !== undefined;
}

/**
 * A job listed as non-clinical work whose note says it was research ("clinical research
 * coordinator", "research associate on a trial") is research in all but the label the member picked:
 * years of it are a career in research, not a gap (two blind profile writers labelled such
 * stretches "not a gap", while a scribe or documentation job stays one). It still never counts as
 * clinical work or US clinical experience.
 */
const RESEARCH_JOB = /\bresearch\b|\bclinical trials?\b/i;

/**
 * Whether a period counts as training or career progress for gap purposes. A job in health care, past
 * or present (a medical interpreter, a scribe, a care coordinator, a public-health programme officer,
 * a documentation specialist, a health-IT analyst), is work experience, not a "training gap": an
 * advisor does not ask a member to explain years of stated work (blind judges found five years of
 * paid public-health work and of hospital interpreting folded into "training gaps"). Its distance from
 * patients is clinical currency's to say, in its own terms, and the mock plan asks what the work
 * taught. A job outside health care (the family restaurant, a business, driving) stays time away from
 * medicine that programs ask the member to explain, as does work with no note saying what it was.
 */
export function isProductive(x: Pick<Period, 'activity' | 'note'> & { current?: boolean }): boolean {
  if (!NON_PRODUCTIVE.has(x.activity)) return true;
  if (x.activity !== 'non-clinical-work') return false;
  return RESEARCH_JOB.test(x.note ?? '') || isHealthCareWork(x.note);
}

export function currentMonthIndex(today: string): number {
  return monthIndex(monthOfDay(today));
}

export function monthsSinceGraduation(p: Profile, today: string): number | undefined {
  if (!p.medSchool) return undefined;
  return currentMonthIndex(today) - monthIndex(p.medSchool.graduated);
}

/** A timeline entry as inclusive month indices; "present" ends at today's month. */
export interface Period {
  from: number;
  to: number;
  activity: Activity;
  note?: string;
  /** The entry runs up to today ("present", or an end month not yet past). */
  current?: boolean;
  /**
   * Position in profile.timeline, for messages that point at the member's own entry; negative
   * (-1 - i) for a period read from residencies[i] rather than from the timeline.
   */
  index: number;
}

/**
 * The timeline, plus every residency as clinical time (US clinical for a US program): a residency
 * is clinical training whether or not the member also put it on the timeline, so its months are
 * never a gap and it keeps clinical currency. Overlaps with timeline entries are harmless.
 */
export function periods(p: Profile, today: string): Period[] {
  const now = currentMonthIndex(today);
  const end = (to: string) => (to === 'present' ? now : Math.min(monthIndex(to), now));
  const fromTimeline = (p.timeline ?? []).map((t: TimelineEntry, index) => ({
    from: monthIndex(t.from),
    to: end(t.to),
    activity: t.activity,
    ...(t.note !== undefined ? { note: t.note } : {}),
    ...(t.to === 'present' || monthIndex(t.to) >= now ? { current: true } : {}),
    index,
  }));
  const fromResidencies = (p.residencies ?? []).map((r, i) => ({
    from: monthIndex(r.from),
    to: end(r.to),
    activity: (isUsResidency(r) ? 'us-clinical' : 'clinical') as Activity,
    note: `${r.specialty} residency, ${r.country}`,
    index: -1 - i,
  }));
  // Stable: equal periods keep the member's timeline order, residencies after them.
  return [...fromTimeline, ...fromResidencies].sort((a, b) => a.from - b.from || a.to - b.to);
}

/** Covered stretches: overlapping or adjacent productive periods merged into one. */
export interface Span {
  from: MonthString;
  to: MonthString;
  months: number;
}

export function mergeSpans(ps: readonly { from: number; to: number }[]): Span[] {
  const sorted = [...ps].sort((a, b) => a.from - b.from);
  const out: { from: number; to: number }[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.from <= last.to + 1) last.to = Math.max(last.to, p.to);
    else out.push({ from: p.from, to: p.to });
  }
  return out.map((s) => ({ from: monthFromIndex(s.from), to: monthFromIndex(s.to), months: s.to - s.from + 1 }));
}

/** The timeline merged into productive periods (anything but the NON_PRODUCTIVE activities). */
export function productiveSpans(p: Profile, today: string): Span[] {
  return mergeSpans(periods(p, today).filter(isProductive));
}

export interface Gap extends Span {
  /** What the member listed for these months: non-productive activities; empty when uncovered. */
  activities: Activity[];
  /** Notes of the timeline entries that overlap the gap, for the member's own words. */
  notes: string[];
  /** Months in the gap that no timeline entry covers at all. */
  uncoveredMonths: number;
  /** True when the gap runs up to today's month (still ongoing). */
  ongoing: boolean;
}

/**
 * A gap's facts as reports and `--json` show them: the member's own notes stay out, since they are
 * only for wording a private draft.
 */
export function gapFacts(g: Gap): Omit<Gap, 'notes'> {
  return {
    from: g.from,
    to: g.to,
    months: g.months,
    ongoing: g.ongoing,
    activities: g.activities,
    uncoveredMonths: g.uncoveredMonths,
  };
}

/**
 * Who owns a month: the non-productive entries covering it, less one that hands over in it to another
 * non-productive entry that starts there ("personal to 2023-03", "exam-prep from 2023-03": March is
 * the preparation's). The same rule decides where gaps begin and end (gaps()).
 */
export function monthOwners(ps: readonly Period[], k: number): Period[] {
  return ps.filter(
    (x) =>
      x.from <= k &&
      k <= x.to &&
      !isProductive(x) &&
      !(k === x.to && ps.some((y) => y !== x && y.from === k && y.from <= y.to && !isProductive(y))),
  );
}

/**
 * What the member listed for a stretch (month indices, inclusive): the non-productive entries that own
 * at least one of its months. A productive entry overlaps only in the month it hands over, and quoting
 * it ("medical officer, Dhaka") would read as if that job were the gap; an entry that only hands over
 * into these months is not listed either (a leave "to 2023-03" is not part of preparation "from
 * 2023-03"). Gaps and the gap draft read a stretch's entries through this one function.
 */
export function entriesOfStretch(ps: readonly Period[], from: number, to: number): Period[] {
  return ps.filter(
    (x) =>
      x.from <= to &&
      x.to >= from &&
      !isProductive(x) &&
      [...Array(Math.min(x.to, to) - Math.max(x.from, from) + 1).keys()].some((i) =>
        monthOwners(ps, Math.max(x.from, from) + i).includes(x),
      ),
  );
}

/**
 * Every contiguous stretch after graduation not covered by a productive activity (any length).
 * Undefined when the timeline or graduation date is not given: unknown is not the same as a gap.
 */
export function gaps(p: Profile, today: string): Gap[] | undefined {
  if (!p.timeline || !p.medSchool) return undefined;
  const graduated = monthIndex(p.medSchool.graduated);
  const now = currentMonthIndex(today);
  const ps = periods(p, today);
  // Graduation hands over like any entry: a stretch out of training that the member dates from the
  // graduation month ("caring for my father from 2021-05" after graduating in May 2021) owns that month,
  // so caregiving from May to a November externship is the six months members count, not five.
  const start = ps.some((x) => x.from === graduated && !isProductive(x)) ? graduated : graduated + 1;
  if (start > now) return [];
  // Entries that share a month hand over in it ("clinical to 2024-03", "personal from 2024-03"): that
  // month belongs to the entry that starts in it, so a stretch out of training from 2024-03 to 2024-09
  // between two jobs is the six months members (and advisors) count, not five.
  const handsOver = (x: Period) => x.from < x.to && ps.some((y) => y !== x && y.from === x.to && !isProductive(y));
  const productive = (m: number) =>
    ps.some((x) => x.from <= m && m <= x.to && isProductive(x) && !(m === x.to && handsOver(x)));
  const owners = (k: number) => monthOwners(ps, k);
  const onlyPrep = (k: number) => {
    const o = owners(k);
    return o.length > 0 && o.every((x) => x.activity === 'exam-prep');
  };
  const gapOf = (from: number, to: number): Gap => {
    const overlapping = ps.filter((x) => x.from <= to && x.to >= from);
    const inGap = entriesOfStretch(ps, from, to);
    let uncovered = 0;
    for (let k = from; k <= to; k++) if (!overlapping.some((x) => x.from <= k && k <= x.to)) uncovered++;
    return {
      from: monthFromIndex(from),
      to: monthFromIndex(to),
      months: to - from + 1,
      activities: [...new Set(inGap.map((x) => x.activity))],
      notes: inGap.flatMap((x) => (x.note ? [x.note] : [])),
      uncoveredMonths: uncovered,
      ongoing: to === now,
    };
  };
  const out: Gap[] = [];
  let m = start;
  while (m <= now) {
    if (productive(m)) {
      m++;
      continue;
    }
    let from = m;
    while (m <= now && !productive(m)) m++;
    const to = m - 1;
    // A handover month is counted once, on one side, as members count ("June 2021 to June 2022" is a
    // year). When the next entry starts inside the gap's last listed month, that month is already the
    // next entry's (above). When only the gap's first month is a handover (a productive entry ends in
    // it) and the gap runs to a whole month, that first month stays with the entry that ended in it:
    // counting it too read a year of exam preparation after a job ending that June as 13 months.
    const endsInHandover = ps.some((y) => !isProductive(y) && y.to === to + 1 && productive(to + 1));
    const startsInHandover = ps.some((x) => isProductive(x) && x.to === from && handsOver(x));
    // An ongoing gap is left as it is: today's month is itself partial, so "since March" already
    // counts one month fewer than the whole months it names.
    if (startsInHandover && !endsInHandover && from < to && to < now) from++;
    // Exam preparation at either edge of a stretch that also holds something else (a blank year,
    // caregiving, displacement) is its own stretch, not part of that gap: the gap is the time that
    // was a gap, with one start, one end and one length everywhere it is shown (a judge found 18
    // months of USMLE preparation after a 30-month displacement reported as a "4 years" gap, and the
    // gap draft ending on another date). Preparation between two other stretches stays inside.
    let a = from;
    let b = to;
    while (a <= b && onlyPrep(a)) a++;
    while (b >= a && onlyPrep(b)) b--;
    if (a > b) {
      out.push(gapOf(from, to));
      continue;
    }
    // A short pause on the far side of exam preparation (a few months between the exam and a job
    // or externship that then starts, or before the preparation began) is not glued across the
    // preparation to the gap on its other side: under the gap minimum, it is a pause an advisor
    // would not call a gap, so it stands as its own stretch and the preparation is split off like
    // preparation at an edge. A judge found ten months of displacement, a year of USMLE preparation
    // and two months before an externship read as one gap of 10 + 2 months (medium) instead of the
    // displacement alone (low). Preparation between two longer stretches still stays inside, and so
    // do short stretches on both sides of it: their months out of training add up.
    // Months of a stretch that are not only preparation: the gap a pause would be glued to must be
    // a gap on its own; when neither side is, the months out of training on both sides add up.
    const idle = (x: number, y: number) => {
      let c = 0;
      for (let q = x; q <= y; q++) if (!onlyPrep(q)) c++;
      return c;
    };
    const pieces: [number, number][] = [];
    if (a > from) pieces.push([from, a - 1]);
    const tail: [number, number][] = [];
    if (b < to) tail.push([b + 1, to]);
    for (let moved = true; moved;) {
      moved = false;
      let k = b;
      while (k >= a && !onlyPrep(k)) k--;
      let j = k;
      while (j >= a && onlyPrep(j)) j--;
      if (k >= a && b - k < PAUSE_BELOW_MONTHS && idle(a, j) >= PAUSE_BELOW_MONTHS) {
        tail.unshift([j + 1, k], [k + 1, b]);
        b = j;
        moved = true;
      }
      let i = a;
      while (i <= b && !onlyPrep(i)) i++;
      let n = i;
      while (n <= b && onlyPrep(n)) n++;
      if (i <= b && i - a < PAUSE_BELOW_MONTHS && idle(n, b) >= PAUSE_BELOW_MONTHS) {
        const j = n;
        pieces.push([a, i - 1], [i, j - 1]);
        a = j;
        moved = true;
      }
    }
    for (const [x, y] of [...pieces, [a, b], ...tail]) out.push(gapOf(x!, y!));
  }
  return out;
}

/**
 * Hands-on US clinical experience the usce list gives but no dated timeline entry places: usce
 * entries carry months, never dates, so an externship listed there without a matching US clinical
 * entry on the timeline is real experience the report credits, yet it cannot say when it was. Its
 * months are the hands-on usce months (residencies aside: they have their own dates) beyond what
 * the timeline's US clinical entries hold. A newcomer's 3-month externship was counted as blank
 * months of a gap while the same report credited its hands-on months; such months may be the blank
 * ones, so they are never counted as a gap, nor as recent clinical work (see unplacedUsceIn). Only
 * US clinical timeline entries after graduation place it.
 */
export interface UndatedUsce {
  months: number;
  entries: Usce[];
}

export function undatedUsce(p: Profile, today: string): UndatedUsce | undefined {
  // Externships only: electives and sub-internships are medical-student rotations, before
  // graduation, so they are never in a gap after it nor recent (Caribbean core rotations are not
  // placed on a graduate's timeline); a residency has its own dates.
  const entries = (p.usce ?? []).filter((u) => u.kind === 'externship' && u.months > 0);
  const listed = entries.reduce((n, u) => n + u.months, 0);
  const graduated = p.medSchool ? monthIndex(p.medSchool.graduated) : -Infinity;
  const dated = (p.timeline ?? [])
    .filter((t) => t.activity === 'us-clinical' && (t.to === 'present' || monthIndex(t.to) > graduated))
    .reduce((n, t) => {
      const to = t.to === 'present' ? currentMonthIndex(today) : monthIndex(t.to);
      return n + Math.max(0, to - monthIndex(t.from) + 1);
    }, 0);
  const months = Math.round(listed - dated);
  return months > 0 ? { months, entries } : undefined;
}

/**
 * Months of a gap that undated US clinical experience may account for: only months no timeline
 * entry covers at all can hold it, and no more than it lasted. They are left out of the gap's
 * length wherever its length decides something (flag, severity, which gap to explain).
 */
export function unplacedUsceIn(p: Profile, g: Pick<Gap, 'uncoveredMonths'>, today: string): number {
  if (!g.uncoveredMonths) return 0;
  return Math.min(g.uncoveredMonths, undatedUsce(p, today)?.months ?? 0);
}

/** Total months after graduation that no timeline entry covers (undefined when unknown). */
export function uncoveredMonths(p: Profile, today: string): number | undefined {
  return gaps(p, today)?.reduce((n, g) => n + g.uncoveredMonths, 0);
}

export function totalUsceMonths(p: Profile): number {
  return (p.usce ?? []).reduce((n, u) => n + u.months, 0);
}

/**
 * True when some US clinical experience used the EHR hands-on. `handsOn` is the member's answer to
 * "did you use the EHR hands-on?", so it says so whether or not the EHR is named: reading it as
 * "hands-on with a named EHR" printed "elective, hands-on EHR use … None of it was hands-on with a
 * US EHR" in one paragraph (a judge). Observerships and research are not hands-on whatever is ticked.
 */
export function hasHandsOnUsEhr(p: Profile): boolean {
  return (p.usce ?? []).some((u) => u.handsOn === true && isHandsOnUsce(u));
}

export interface ExamHistory {
  exam: ExamName;
  attempts: ExamAttempt[]; // chronological
  failures: number;
  passed: boolean;
  /** The passing attempt, if any (the first one). */
  pass?: ExamAttempt;
}

/** Attempts grouped per exam, chronological, in the order exams first appear. */
export function examHistory(p: Profile): ExamHistory[] {
  const byExam = new Map<ExamName, ExamAttempt[]>();
  const sorted = [...(p.exams ?? [])].sort((a, b) => monthIndex(a.date) - monthIndex(b.date));
  for (const e of sorted) byExam.set(e.exam, [...(byExam.get(e.exam) ?? []), e]);
  return [...byExam.entries()].map(([exam, attempts]) => {
    const pass = attempts.find((a) => a.result === 'pass');
    return {
      exam,
      attempts,
      failures: attempts.filter((a) => a.result === 'fail').length,
      passed: !!pass,
      ...(pass ? { pass } : {}),
    };
  });
}

export function totalFailedAttempts(p: Profile): number {
  return (p.exams ?? []).filter((e) => e.result === 'fail').length;
}

/**
 * The month the last clinical activity ended ("present" counts as today), falling back to
 * graduation when the timeline has no clinical entry. `basis` says which one was used.
 */
export function lastClinicalMonth(
  p: Profile,
  today: string,
): { month: MonthString; basis: 'timeline' | 'graduation' } | undefined {
  const clinical = periods(p, today).filter(isClinicalPeriod);
  if (clinical.length) {
    return { month: monthFromIndex(Math.max(...clinical.map((x) => x.to))), basis: 'timeline' };
  }
  if (p.medSchool) return { month: p.medSchool.graduated, basis: 'graduation' };
  return undefined;
}

export function needsVisa(p: Profile): boolean {
  return p.citizenship === 'non-us' && p.visa !== 'not-needed';
}

export const EXAM_LABEL: Record<ExamName, string> = {
  step1: 'Step 1',
  step2ck: 'Step 2 CK',
  step3: 'Step 3',
  comlex1: 'COMLEX Level 1',
  comlex2: 'COMLEX Level 2',
  comlex3: 'COMLEX Level 3',
  oet: 'OET',
};
