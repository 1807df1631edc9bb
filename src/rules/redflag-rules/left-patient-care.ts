/**
 * Years away from patient care in a job, ended by a return to clinical practice (round ux45, judge
 * of p380: five years as a drug-safety physician, then years back as a hospitalist, were neither
 * raised nor rehearsed). The clinical-currency rule counts only from the last clinical month, so a
 * member who came back raises nothing, yet every reader of the CV asks why they left clinical work
 * and why they came back. This reading finds such a stretch wherever it lies after graduation:
 * at least as long as the currency limit (24 months), with clinical work on both sides, mostly filled
 * by a job or other work (not a blank or a personal stretch: the gap rule speaks for those), and not
 * ended by the start of a residency (its record already answers "are you back on the wards?").
 * Pure; read by the red-flag notes (src/rules/redflags.ts) and the mock plan (src/mock/plan.ts).
 */
import { monthFromIndex, monthIndex } from '../../core/dates.js';
import { currentMonthIndex, isClinicalPeriod, periods } from '../../core/profile/derived.js';
import type { Profile } from '../../core/profile/schema.js';
import { readResidencies } from '../../core/profile/training.js';
import { RED_FLAG_THRESHOLDS } from '../redflag-thresholds.js';

/** Activities that are work done instead of patient care (a job, research, teaching, informatics). */
const WORK = new Set(['non-clinical-work', 'informatics', 'research', 'education']);

export interface LeftAndReturned {
  from: string;
  to: string;
  months: number;
  /** The job as the member's note names it (its first clause), or the activity in words. */
  what: string;
  /** The first month back in clinical work. */
  back: string;
}

const ACTIVITY_WORDS: Record<string, string> = {
  'non-clinical-work': 'work outside patient care',
  informatics: 'informatics work',
  research: 'research',
  education: 'teaching',
};

export function leftAndReturned(p: Profile, today: string): LeftAndReturned | undefined {
  if (!p.medSchool || !p.timeline) return undefined;
  const start = monthIndex(p.medSchool.graduated) + 1;
  const now = currentMonthIndex(today);
  const all = periods(p, today);
  const clinical = new Set<number>();
  for (const x of all) {
    if (!isClinicalPeriod(x)) continue;
    for (let m = Math.max(x.from, start); m <= Math.min(x.to, now); m++) clinical.add(m);
  }
  const residencyStarts = (readResidencies(p, today) ?? []).map((r) => monthIndex(r.residency.from));
  let best: LeftAndReturned | undefined;
  let m = start;
  while (m <= now) {
    if (clinical.has(m)) {
      m++;
      continue;
    }
    const a = m;
    while (m <= now && !clinical.has(m)) m++;
    const b = m - 1;
    // Left clinical work (clinical months before) and came back (clinical months after, by today).
    if (!clinical.has(a - 1) || m > now) continue;
    const months = b - a + 1;
    if (months < RED_FLAG_THRESHOLDS.clinicalCurrency.flagAfterMonths) continue;
    // A residency that starts as the stretch ends is the return, and its record is the answer.
    if (residencyStarts.some((s) => s >= b && s <= b + 3)) continue;
    // Mostly filled by work: the longest work entry inside the stretch covers at least half of it.
    const jobs = all
      .filter((x) => WORK.has(x.activity))
      .map((x) => ({ x, overlap: Math.min(x.to, b) - Math.max(x.from, a) + 1 }))
      .filter((j) => j.overlap > 0)
      .sort((j, k) => k.overlap - j.overlap);
    const job = jobs[0];
    if (!job || job.overlap * 2 < months) continue;
    const named = job.x.note?.split(/[;,]\s*/)[0]?.trim();
    const what = named ? `"${named}"` : (ACTIVITY_WORDS[job.x.activity] ?? 'other work');
    const found = { from: monthFromIndex(a), to: monthFromIndex(b), months, what, back: monthFromIndex(b + 1) };
    if (!best || found.months > best.months) best = found;
  }
  return best;
}
