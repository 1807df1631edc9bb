/**
 * A member who names a short period by its dates ("/explain-gap 2022-03 2022-06": four months of a
 * move and a parent in hospital) is answered about that period: it is below the length programs
 * usually ask a written explanation for, and one neutral sentence is enough if someone asks. The
 * longest gap is never drafted in its place (newcomer trial 12 got "so here is your longest one").
 */
import { humanMonth, monthIndex } from '../core/dates.js';
import { gaps, type Gap } from '../core/profile/derived.js';
import type { Profile } from '../core/profile/schema.js';
import { describeGap, GAP_MIN_MONTHS, type GapRange } from '../rules/gap-select.js';
import { isOrdinaryExamPrep } from '../rules/redflag-rules/timeline.js';
import { shortStretchLine } from './gap-draft.js';

export interface ShortStretch {
  /** The break inside the range the member named, when the timeline has one there. */
  gap?: Gap;
  /** The answer: why no written explanation is needed for it. */
  text: string;
  /** One neutral sentence to say if asked ([bracketed] where the profile has no reason). */
  line?: string;
}

export function shortStretchAnswer(p: Profile, today: string, range: GapRange): ShortStretch {
  const from = range.from ?? range.to!;
  const to = range.to ?? range.from!;
  const [lo, hi] = [monthIndex(from), monthIndex(to)];
  const asked = from === to ? humanMonth(from) : `${humanMonth(from)} – ${humanMonth(to)}`;
  const overlap = (g: Gap) => Math.min(hi, monthIndex(g.to)) - Math.max(lo, monthIndex(g.from)) + 1;
  const gap = (gaps(p, today) ?? [])
    .filter((g) => g.months > 0 && overlap(g) > 0)
    .sort((a, b) => overlap(b) - overlap(a) || b.months - a.months)[0];
  if (!gap) {
    return {
      text: `Your timeline lists training or work for every month of ${asked}, so there is no break there to explain. If some of those months were in fact a break, add them to your timeline and ask again.`,
    };
  }
  if (isOrdinaryExamPrep(gap)) {
    return {
      gap,
      text: `${describeGap(gap)} is exam preparation alone, under a year: the usual route for an international graduate, not a gap programs ask you to explain. Give it a dated ERAS entry and name what it led to.`,
    };
  }
  return {
    gap,
    text: `${describeGap(gap)} is shorter than the ${GAP_MIN_MONTHS} months after which programs usually expect an explanation, and the red-flag report does not count it. Give those months a dated ERAS entry if they sit between two others; if someone asks, one neutral sentence is enough.`,
    line: shortStretchLine(p, gap, today),
  };
}
