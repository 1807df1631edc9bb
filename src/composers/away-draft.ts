/**
 * Time away from patient care, explained when there is no training gap to explain. Newcomer trial
 * 17: a consultant physician who moved countries, studied health informatics and took an EMR
 * support job had no month of "gap" (every month is work or study) but four years without patient
 * care, which the red-flag report rates high (clinical currency); /explain-gap answered "nothing
 * to explain" and ignored the range she typed. What programs ask about is the time since her last
 * clinical work, so that stretch is offered when no gap of 6+ months fits (the whole stretch, or the
 * part of it the member's range names), with a draft built from what she did in it.
 */
import { humanMonth, humanMonths, monthFromIndex, monthIndex } from '../core/dates.js';
import { lastClinicalMonth, type Gap } from '../core/profile/derived.js';
import type { Profile, TimelineEntry } from '../core/profile/schema.js';
import { clinicalCurrencySeverity } from '../rules/redflag-rules/timeline.js';
import type { GapChoice, GapRange } from '../rules/gap-select.js';
import { countPlaceholders, countWords } from '../rules/gap-lint.js';
import { GAP_DRAFT_SOURCES, type GapDraft } from './gap-draft.js';
import { ref } from '../knowledge/outline.js';

/** The months since the last clinical work, when the red-flag report calls them a currency problem. */
export function awayStretch(p: Profile, today: string): Gap | undefined {
  if (!p.timeline?.length || !p.medSchool) return undefined;
  const last = lastClinicalMonth(p, today);
  if (!last) return undefined;
  const now = monthIndex(today.slice(0, 7));
  const since = now - monthIndex(last.month);
  if (!clinicalCurrencySeverity(since)) return undefined;
  const from = monthFromIndex(monthIndex(last.month) + 1);
  const inside = entriesIn(p, from, today.slice(0, 7));
  return {
    from,
    to: today.slice(0, 7),
    months: since,
    ongoing: true,
    activities: [],
    notes: inside.map((t) => t.note ?? '').filter(Boolean),
    uncoveredMonths: 0,
  };
}

/**
 * The stretch as a choice, when no gap of 6+ months answers the request (none at all, or none in
 * the member's range) and the range, if any, overlaps the stretch. Undefined otherwise.
 */
export function awayChoice(p: Profile, today: string, range: GapRange, gapFits: boolean): GapChoice | undefined {
  if (gapFits) return undefined;
  const g = awayStretch(p, today);
  if (!g) return undefined;
  const lo = range.from ?? range.to;
  const hi = range.to ?? range.from;
  if (lo && hi && (hi < g.from || lo > g.to)) return undefined;
  // A period of under a year named by both ends asks about those months (a short break told as
  // one neutral line), not about years away from patient care around them.
  if (range.from && range.to && monthIndex(range.to) - monthIndex(range.from) + 1 < 12) return undefined;
  return { gap: g, all: [g], pickedBy: lo ? 'range' : 'longest' };
}

const entriesIn = (p: Profile, from: string, to: string): TimelineEntry[] =>
  (p.timeline ?? []).filter((t) => (t.to === 'present' || t.to >= from) && t.from <= to);

/** The first clause of a note: what the entry was, without the private tail ("; two children"). */
const what = (note: string | undefined): string | undefined => {
  const first = note?.split(/;|\.\s/)[0]?.trim();
  return first && first.length <= 90 ? first.charAt(0).toLowerCase() + first.slice(1) : undefined;
};

const when = (t: TimelineEntry, today: string): string =>
  t.to === 'present' || t.to >= today.slice(0, 7)
    ? `since ${humanMonth(t.from)}`
    : `${humanMonth(t.from)} to ${humanMonth(t.to)}`;

/** One thing done in the stretch, in the first person. Personal time is left to the member's own sentence. */
function did(t: TimelineEntry, today: string): string | undefined {
  const w = what(t.note);
  const d = when(t, today);
  switch (t.activity) {
    case 'education':
      return w ? `studied (${w}, ${d})` : `studied (${d})`;
    case 'informatics':
      return w ? `worked in informatics as ${w} (${d})` : `worked in informatics (${d})`;
    case 'research':
      return w ? `did research (${w}, ${d})` : `did research (${d})`;
    case 'observership':
      return w && !/^observership\b/i.test(w)
        ? `observed clinical care in an observership (${w}, ${d})`
        : `observed clinical care in an observership${w ? ` (${w.replace(/^observership,?\s*/i, '')}, ${d})` : ` (${d})`}`;
    case 'non-clinical-work':
      return w ? `worked as ${w} (${d})` : undefined;
    case 'exam-prep':
      return `prepared for my licensing exams (${d})`;
    default:
      return undefined;
  }
}

export function composeAwayDraft(p: Profile, g: Gap, today: string): GapDraft {
  const entries = entriesIn(p, g.from, g.to);
  const done = entries.map((t) => did(t, today)).filter((x): x is string => !!x);
  const passes = (p.exams ?? []).filter((e) => e.result === 'pass' && e.date >= g.from);
  const passText = passes.map(
    (e) =>
      `${e.exam === 'step2ck' ? 'Step 2 CK' : e.exam === 'step1' ? 'Step 1' : e.exam === 'step3' ? 'Step 3' : e.exam.toUpperCase()}${e.score ? ` with a score of ${e.score}` : ''} in ${humanMonth(e.date)}`,
  );
  const informatics = entries.some(
    (t) => t.activity === 'informatics' || /\b(?:informatics|EMR|EHR|Epic|Cerner|data|records?)\b/i.test(t.note ?? ''),
  );
  const sentences = [
    `I have not worked in direct patient care since ${humanMonth(monthFromIndex(monthIndex(g.from) - 1))}.`,
    '[Why, in one plain sentence (a move, family, exams), without private details.]',
    done.length
      ? `In those years I ${joinAnd(done)}.`
      : '[Say what you did in those years: courses, jobs, research, study.]',
    passText.length
      ? `I passed ${joinAnd(passText)}.`
      : '[Add one result someone could check: a certificate completed, a score, a project and what it changed.]',
    '[How you kept your clinical knowledge current, and your dated plan to return to hands-on care (an externship, a clinical job).]',
    informatics
      ? 'Working with clinical records from the other side showed me how much the quality of data and workflow shapes patient care, which is what I want to build on in clinical informatics.'
      : '[Close with one sentence on what these years taught you about data, the EHR or workflow, and how that leads to clinical informatics.]',
  ];
  const text = sentences.join(' ');
  const placeholders = countPlaceholders(text);
  const fillNote = `Fill the ${placeholders} [bracketed] part${placeholders === 1 ? '' : 's'} with your own facts, then check your version with --draft.`;
  return {
    text,
    family: 'non-clinical-work',
    familyBasis: `your last clinical work ending ${humanMonth(monthFromIndex(monthIndex(g.from) - 1))}, ${humanMonths(g.months)} ago`,
    familyWords: 'time away from patient care',
    words: countWords(text),
    placeholders,
    notes: [
      fillNote,
      'There is no training gap of 6 months or more here: every month is accounted for. What programs ask about is the time since your last hands-on patient care (the red-flag report rates it under clinical currency), so this is the stretch to explain.',
      'The surest answer to it is recent hands-on clinical work (an externship, a clinical job): if you have any planned, name it with its dates.',
    ],
    fillNote,
    sources: [...GAP_DRAFT_SOURCES, ref('red-flags', 'clinical-currency')],
  };
}

function joinAnd(xs: readonly string[]): string {
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join('; ')}; and ${xs.at(-1)}`;
}
