/**
 * Readings of the member's own history that an interviewer asks about whether or not a red flag
 * reaches its threshold: which gap to rehearse (and whether it was for their own health), years
 * away from patient care that a short recent stint ended, and a residency or fellowship left.
 * Judges of blind profiles found 8-question plans that spent places on generic questions while a
 * recent health leave, a caregiving year or ten years in an analyst job went unrehearsed.
 */
import { monthFromIndex, monthIndex } from '../core/dates.js';
import { currentMonthIndex, gaps, isClinicalPeriod, periods, type Gap } from '../core/profile/derived.js';
import type { Profile, Residency } from '../core/profile/schema.js';
import { isPreliminaryYear, readResidencies, type ResidencyReading } from '../core/profile/training.js';
import { SEVERITY_ORDER } from '../core/types.js';
import { RED_FLAG_THRESHOLDS } from '../rules/redflag-thresholds.js';
import { residencyAfterGap } from '../rules/redflag-rules/timeline.js';
import { gatherGapFacts } from '../composers/gap-facts.js';
import { isOwnHealthNote } from '../core/profile/note-readings.js';
import type { Flag } from '../rules/redflags.js';
import { specialtyRelation } from './specialty.js';

/** One reader of the member's own health, shared with the gap draft (src/core/profile/note-readings.ts). */
export { isOwnHealthNote };

export type GapKind = 'health' | 'personal' | 'other';

export interface RehearsedGap {
  flag: Flag;
  gap: Gap;
  kind: GapKind;
}

/** A low gap that ended this many months ago or less is recent enough to be asked about. */
const RECENT_GAP_MONTHS = 36;

/**
 * Whether a gap is one an interviewer asks about: any gap the rules weigh medium or high, and a
 * low one (recent, or any age for a member heading into residency interviews) unless it is only exam preparation (ordinary for an IMG) or an accepted residency
 * came after it (its record speaks for those years). A six-month leave last year is low by length
 * and is still the first thing a reader of the CV asks about; one six years ago, with years of
 * work since, is not.
 */
function worthRehearsing(p: Profile, f: Flag, g: Gap, today: string, residencyNext: boolean): boolean {
  if (f.severity !== 'low') return true;
  if (residencyAfterGap(p, g, today)) return false;
  if (!g.activities.some((a) => a !== 'exam-prep')) return false;
  // A member heading into residency interviews with no residency since the gap and under a year
  // of clinical work after it: it sits on the CV every program screens, between graduation and
  // the training now sought, however old (judge of p406: eight months without work after a move,
  // listed in her red flags, five years back, then scribe and research jobs, never rehearsed).
  if (residencyNext && clinicalMonthsAfter(p, g, today) < 12) return true;
  return currentMonthIndex(today) - monthIndex(g.to) <= RECENT_GAP_MONTHS;
}

/**
 * Months of clinical work (abroad or hands-on in the US) after a gap: a year or more of it answers
 * an old gap on its own, so a member with years of practice since is not asked (jobs outside
 * patient care, however long, do not).
 */
function clinicalMonthsAfter(p: Profile, g: Gap, today: string): number {
  const now = currentMonthIndex(today);
  const end = monthIndex(g.to);
  const seen = new Set<number>();
  for (const t of p.timeline ?? []) {
    if (t.activity !== 'clinical' && t.activity !== 'us-clinical') continue;
    const to = t.to === 'present' ? now : Math.min(monthIndex(t.to), now);
    for (let m = Math.max(monthIndex(t.from), end + 1); m <= to; m++) seen.add(m);
  }
  return seen.size;
}

/** Health when any note of the gap is about the member's own health; else the reason most of it had. */
function kindOf(p: Profile, g: Gap, today: string): GapKind {
  if (g.notes.some(isOwnHealthNote)) return 'health';
  return gatherGapFacts(p, g, today).family === 'personal' ? 'personal' : 'other';
}

const KIND_ORDER: Record<GapKind, number> = { health: 0, personal: 1, other: 2 };

/**
 * The one gap to rehearse: the most severe worth asking about, then one for health or a life
 * event before an unexplained one, then the latest. Undefined when none is.
 */
export function gapToRehearse(
  p: Profile,
  flags: readonly Flag[],
  today: string,
  residencyNext = false,
): RehearsedGap | undefined {
  const all = gaps(p, today) ?? [];
  const found: RehearsedGap[] = [];
  for (const f of flags) {
    if (f.id !== 'training-gap' || !f.gap) continue;
    const g = all.find((x) => x.from === f.gap!.from && x.to === f.gap!.to);
    if (g && worthRehearsing(p, f, g, today, residencyNext)) found.push({ flag: f, gap: g, kind: kindOf(p, g, today) });
  }
  return found.sort(
    (a, b) =>
      SEVERITY_ORDER[a.flag.severity] - SEVERITY_ORDER[b.flag.severity] ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      monthIndex(b.gap.to) - monthIndex(a.gap.to),
  )[0];
}

export interface TimeAway {
  from: string;
  to: string;
  months: number;
}

/**
 * Years without patient care that a short recent stint of clinical work ended: the clinical-currency
 * rule counts from the stint, so it raises nothing, but a reader sees ten years as an analyst and a
 * one-month externship. The stretch is as long as the currency limit or longer, and the clinical
 * months since it fewer than a year. Undefined otherwise, or when graduation is not given.
 */
export function timeAwayFromPatients(p: Profile, today: string): TimeAway | undefined {
  if (!p.medSchool || !p.timeline) return undefined;
  const start = monthIndex(p.medSchool.graduated) + 1;
  const now = currentMonthIndex(today);
  const clinical = new Set<number>();
  for (const x of periods(p, today)) {
    if (!isClinicalPeriod(x)) continue;
    for (let m = Math.max(x.from, start); m <= Math.min(x.to, now); m++) clinical.add(m);
  }
  // Walk back from today over the recent clinical months, then measure the stretch before them.
  let m = now;
  while (m >= start && !clinical.has(m)) m--;
  let since = 0;
  while (m >= start && clinical.has(m)) {
    since++;
    m--;
  }
  const end = m;
  while (m >= start && !clinical.has(m)) m--;
  const months = end - m;
  if (since >= 12 || months < RED_FLAG_THRESHOLDS.clinicalCurrency.flagAfterMonths) return undefined;
  // A residency in those recent months is the answer already: the member is back on the wards.
  const recentFrom = end + 1;
  const inResidency = (readResidencies(p, today) ?? []).some(
    (r) => r.residency.to === 'present' || monthIndex(r.residency.to) >= recentFrom,
  );
  if (inResidency) return undefined;
  return { from: monthFromIndex(m + 1), to: monthFromIndex(end), months };
}

/** Whether a gap covers at least half of a stretch away from patients: one question then rehearses both. */
export function gapCovers(g: Gap, away: TimeAway): boolean {
  const from = Math.max(monthIndex(g.from), monthIndex(away.from));
  const to = Math.min(monthIndex(g.to), monthIndex(away.to));
  return (to - from + 1) * 2 >= away.months;
}

export interface LeftTraining {
  residency: Residency;
  /** Months the member spent in it. */
  months: number;
}

/**
 * A residency in the specialty the member now applies to a residency in again, left before it was
 * finished (war, a coup, a family crisis or a choice): asked "why did you leave, and why start
 * again now?". Not for a fellowship applicant, who is not starting residency again.
 */
/**
 * A preliminary or transitional year that ran its year (completed, or 11 months or more): it was
 * one year by design, so it was not "left"; the plan asks why it was not followed by a categorical
 * position instead (preliminaryYearOnly). One left after a few months is still a residency left.
 */
function ranItsYear(x: ResidencyReading): boolean {
  return isPreliminaryYear(x.residency) && (x.residency.completed || x.months >= 11);
}

/**
 * The member's only residency training is one or more preliminary or transitional years that ran
 * their year, with no categorical residency begun since: interviewers ask why they did not go on.
 */
export function preliminaryYearOnly(p: Profile, today: string): Residency | undefined {
  const all = readResidencies(p, today) ?? [];
  const prelim = all.filter(ranItsYear);
  if (!prelim.length || prelim.length !== all.filter((x) => isPreliminaryYear(x.residency)).length) return undefined;
  if (all.some((x) => !isPreliminaryYear(x.residency))) return undefined;
  return prelim[prelim.length - 1]?.residency;
}

/**
 * The member is in a US preliminary or transitional year now and has no categorical residency: the
 * plan asks why a preliminary year and why a categorical place now (a judge of p386 found a prelim
 * PGY-1 in the rank-list weeks never asked it). Not "why did you leave?": the year ends by design.
 */
export function preliminaryYearNow(p: Profile, today: string): Residency | undefined {
  if (p.target === 'ci-fellowship') return undefined;
  const all = readResidencies(p, today) ?? [];
  if (all.some((x) => !isPreliminaryYear(x.residency))) return undefined;
  return all.find((x) => isPreliminaryYear(x.residency) && x.status === 'in-progress')?.residency;
}

export function residencyLeft(p: Profile, today: string): LeftTraining | undefined {
  const specialty = p.specialty;
  if (!specialty || p.target === 'ci-fellowship') return undefined;
  const r = (readResidencies(p, today) ?? []).find(
    (x) => x.status === 'left' && !ranItsYear(x) && specialtyRelation(x.residency.specialty, specialty) === 'same',
  );
  return r ? { residency: r.residency, months: r.months } : undefined;
}

/**
 * Any residency left before it was finished that residencyLeft and fellowshipLeft do not ask about:
 * one in another specialty than the member names now, one whose relation to it is unclear, or any
 * left by a fellowship applicant. The member is asked "why did you leave?" of it (a newcomer who
 * left family medicine at home to apply in internal medicine was asked only why she changed).
 */
export function otherResidencyLeft(p: Profile, today: string): LeftTraining | undefined {
  const asked = residencyLeft(p, today)?.residency;
  const r = (readResidencies(p, today) ?? []).find(
    (x) =>
      x.status === 'left' &&
      !ranItsYear(x) &&
      x.residency !== asked &&
      !(p.specialty && specialtyRelation(x.residency.specialty, p.specialty) === 'subspecialty'),
  );
  return r ? { residency: r.residency, months: r.months } : undefined;
}

/**
 * A subspecialty fellowship of the member's own field (pulmonary after internal medicine) left
 * before it was finished: a change of direction within a career, not a change of specialty.
 */
export function fellowshipLeft(p: Profile, today: string): LeftTraining | undefined {
  const specialty = p.specialty;
  if (!specialty) return undefined;
  const r = (readResidencies(p, today) ?? []).find(
    (x) => x.status === 'left' && specialtyRelation(x.residency.specialty, specialty) === 'subspecialty',
  );
  return r ? { residency: r.residency, months: r.months } : undefined;
}
