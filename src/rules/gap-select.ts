/**
 * Which gap the member wants to explain. Gaps come from derived.gaps() (the one gap definition),
 * kept only from the red-flag engine's minimum length, so /explain-gap offers exactly the gaps
 * /redflag warns about.
 */
import { humanMonth, humanMonths, monthIndex, type MonthString } from '../core/dates.js';
import { UserError } from '../core/errors.js';
import { gaps, type Gap } from '../core/profile/derived.js';
import type { Profile } from '../core/profile/schema.js';
import { RED_FLAG_THRESHOLDS } from './redflag-thresholds.js';
import { SEVERITY_ORDER } from '../core/types.js';
import { gapSeverityFor, isExplainableGap, residencyAfterGap } from './redflag-rules/timeline.js';

/** Same threshold as the `training-gap` red flag: shorter breaks rarely need a written explanation. */
export const GAP_MIN_MONTHS = RED_FLAG_THRESHOLDS.gaps.minMonths;

/** A month range the member typed (--from/--to); a missing end means a one-month range. */
export interface GapRange {
  from?: MonthString;
  to?: MonthString;
}

export interface GapChoice {
  gap: Gap;
  /** Every gap of GAP_MIN_MONTHS or more, chronological (the chosen one included). */
  all: Gap[];
  /**
   * How the gap was picked: by default the one programs will ask about first, which is the longest
   * (`longest`) unless a shorter one weighs more (`weighed`, with `passedOver` the reason the longest
   * was not taken); or the one matching --from/--to (`range`).
   */
  pickedBy: 'longest' | 'weighed' | 'range';
  /** For `weighed`: why the longest gap was passed over. */
  passedOver?: 'exam-prep' | 'before-residency' | 'weighs-less';
  /**
   * When the longest was kept although another weighs more (`prefer: 'longest'`, the CLI's default
   * the contract fixes): the gap programs will likely ask about first, and `passedOver` says why.
   */
  askedFirst?: Gap;
}

/**
 * How the default is chosen: `weighed` (chat: the gap programs ask about first, with a menu for the
 * others) or `longest` (the CLI: `explain-gap` drafts "the longest gap found" by the contract, and
 * names the weightier one so the member can pick it with --from).
 */
export interface GapSelectOptions {
  prefer?: 'weighed' | 'longest';
}

/** "Aug 2018 – Nov 2019 (1 year 4 months)", for messages. */
export function describeGap(g: { from: string; to: string; months: number; ongoing?: boolean }): string {
  // One month is named once: "Jul 2025 (1 month)", never "Jul 2025 – Jul 2025".
  if (!g.ongoing && g.from === g.to) return `${humanMonth(g.from)} (${humanMonths(g.months)})`;
  const end = g.ongoing ? 'now' : humanMonth(g.to);
  return `${humanMonth(g.from)} – ${end} (${humanMonths(g.months)})`;
}

/** Gaps long enough to explain, chronological. Throws UserError when the profile cannot tell. */
export function explainableGaps(p: Profile, today: string): Gap[] {
  if (!p.medSchool) {
    throw new UserError(
      'medSchool.graduated: not given; add your graduation month so the advisor can tell which months are gaps',
    );
  }
  const all = gaps(p, today);
  if (!all || !p.timeline?.length) {
    throw new UserError(
      'timeline: not given; add what you did since graduation (timeline entries with from, to, activity) so the advisor can find your gaps',
    );
  }
  // The same gaps /redflag raises: a stretch of only ordinary exam preparation is not one, so it
  // is never offered for a written explanation either (a judge found explain-gap drafting one).
  return all.filter((g) => isExplainableGap(p, g, today));
}

const overlap = (g: Gap, from: number, to: number): number =>
  Math.max(0, Math.min(monthIndex(g.to), to) - Math.max(monthIndex(g.from), from) + 1);

/**
 * The gap to explain: the longest (earliest on a tie), or the one that overlaps the range most
 * (then the longest, then the earliest). Throws UserError listing the member's gaps when none fits.
 */
export function selectGap(p: Profile, today: string, range: GapRange = {}, options: GapSelectOptions = {}): GapChoice {
  const all = explainableGaps(p, today);
  if (!all.length) {
    throw new UserError(
      `no gap of ${GAP_MIN_MONTHS}+ months found in your timeline since graduating in ${humanMonth(p.medSchool?.graduated ?? '')}; ` +
        'shorter breaks rarely need a written explanation',
    );
  }
  const rangeFrom = range.from ?? range.to;
  const rangeTo = range.to ?? range.from;
  if (rangeFrom === undefined || rangeTo === undefined) {
    const byLength = (a: Gap, b: Gap) => b.months - a.months || monthIndex(a.from) - monthIndex(b.from);
    const longest = [...all].sort(byLength)[0]!;
    // The one programs ask about first: the most severe as /redflag weighs it, then one after any
    // residency that now speaks for the earlier years, then a real break before a stretch of only
    // exam preparation (a year of USMLE preparation ending in a pass is ordinary for an IMG; a judge
    // found 13 months of it drafted for while an 11-month caregiving break last year was not).
    const key = (g: Gap) => [
      SEVERITY_ORDER[gapSeverityFor(p, g, today)],
      residencyAfterGap(p, g, today) ? 1 : 0,
      onlyExamPrep(g) ? 1 : 0,
    ];
    const weighed = [...all].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]! || byLength(a, b);
    })[0]!;
    if (weighed === longest) return { gap: longest, all, pickedBy: 'longest' };
    const [w, l] = [key(weighed), key(longest)];
    const passedOver = w[0] !== l[0] ? 'weighs-less' : w[1] !== l[1] ? 'before-residency' : 'exam-prep';
    if (options.prefer === 'longest')
      return { gap: longest, all, pickedBy: 'longest', passedOver, askedFirst: weighed };
    return { gap: weighed, all, pickedBy: 'weighed', passedOver };
  }
  const [lo, hi] = [monthIndex(rangeFrom), monthIndex(rangeTo)];
  const matching = all
    .map((g) => ({ g, o: overlap(g, lo, hi) }))
    .filter((x) => x.o > 0)
    .sort((a, b) => b.o - a.o || b.g.months - a.g.months || monthIndex(a.g.from) - monthIndex(b.g.from));
  const best = matching[0];
  if (!best) {
    const listed = all.map((g) => `${g.from} to ${g.to} (${humanMonths(g.months)})`).join(', ');
    throw new UserError(
      `--from/--to: no gap of ${GAP_MIN_MONTHS}+ months overlaps ${rangeFrom} to ${rangeTo}; your gaps are ${listed}`,
    );
  }
  return { gap: best.g, all, pickedBy: 'range' };
}

/** A stretch the timeline fills with exam preparation alone. */
const onlyExamPrep = (g: Gap) =>
  g.uncoveredMonths === 0 && g.activities.length > 0 && g.activities.every((a) => a === 'exam-prep');

/** The line that names the weightier gap when the longest was kept (the CLI's default). */
export function askedFirstWords(choice: GapChoice): string | undefined {
  const first = choice.askedFirst;
  if (!first) return undefined;
  // The reason is about the longer gap drafted here, named as such: "this longer one" right after
  // the other gap's dates read as if that gap were the longer one.
  const why = passedOverReason(choice, 'the longer one drafted here', 'is');
  return `Programs will likely ask first about ${describeGap(first)} (${why}): to draft that one, run again with --from ${first.from} --to ${first.to}.`;
}

/** Why a shorter gap was chosen over the longest, for the line that names the choice. */
export function passedOverWords(choice: GapChoice): string {
  const why = passedOverReason(choice, 'the longer one', 'was');
  return `the one programs will ask about first of your ${choice.all.length} gaps of ${GAP_MIN_MONTHS}+ months (${why})`;
}

/** Why the longest gap was passed over, said of `longer` in the tense the line needs. */
function passedOverReason(choice: GapChoice, longer: string, be: 'is' | 'was'): string {
  return choice.passedOver === 'exam-prep'
    ? `${longer} ${be} only exam preparation, which programs read as ordinary for an IMG`
    : choice.passedOver === 'before-residency'
      ? `${longer} came before a residency that now speaks for those years`
      : `${longer} weighs less in your red-flag report`;
}
