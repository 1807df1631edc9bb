/**
 * The pre-match communication calendar (June to March, or spring for fellowships) laid over the
 * member's own dates: which phase is current, what to do in it, and what comes next. Phases may
 * overlap, as in the guide; the current phase is the most recently started one that holds today.
 * Pure: today and the target are parameters.
 */
import { addDays, daysBetween, type DayString } from '../core/dates.js';
import type { Profile } from '../core/profile/schema.js';
import { ref, type SourceRef } from '../knowledge/outline.js';

export type PhaseId = 'research-programs' | 'apply' | 'interview' | 'updates-and-top-choice' | 'rank-list';
export type PhaseStatus = 'past' | 'current' | 'upcoming';

export interface TimelinePhase {
  id: PhaseId;
  title: string;
  from: DayString;
  to: DayString;
  status: PhaseStatus;
  actions: string[];
  sources: SourceRef[];
}

export interface PrematchTimeline {
  /** Application season, e.g. "2026-2027" (June of the first year to spring of the second). */
  season: string;
  target: NonNullable<Profile['target']>;
  phases: TimelinePhase[];
  /** Id of the phase to focus on today, or null between seasons. */
  current: PhaseId | null;
  next: { id: PhaseId; from: DayString; daysUntil: number } | null;
  notes: string[];
}

/**
 * Phase windows as [month, day] offsets within a season that starts in June of year Y. Months
 * above 12 fall in Y+1. Fellowship rank lists follow the guide's "spring" (March to May); check
 * the NRMP calendar for the exact dates of your Match.
 */
export const TIMELINE_WINDOWS = {
  'research-programs': { from: [6, 1], to: [9, 30] },
  apply: { from: [9, 1], to: [10, 31] },
  interview: { from: [10, 1], to: [12, 31] },
  'updates-and-top-choice': { from: [12, 1], to: [13, 31] },
  'rank-list': {
    'ci-fellowship': { from: [15, 1], to: [17, 31] },
    'residency-informatics-track': { from: [14, 1], to: [15, 31] },
  },
} as const;

const PHASE_TEXT: Record<PhaseId, { title: string; actions: string[]; sources: SourceRef[] }> = {
  'research-programs': {
    title: 'Research programs and confirm eligibility',
    actions: [
      'Build your program list: which programs take IMGs and sponsor your visa type.',
      'Email two or three programs whose eligibility rules are unclear (use the eligibility-inquiry template).',
      'Attend an AMIA meeting, webinar or open house; follow up within 3-5 days with a short, specific note.',
    ],
    sources: [ref('prematch', 'timeline'), ref('prematch', 'eligibility-inquiry')],
  },
  apply: {
    title: 'Submit applications',
    actions: [
      'Submit ERAS or other applications.',
      'Answer any clarification requests from programs promptly and briefly.',
      'Write only when needed (a missing document, a real question); no mass emails.',
    ],
    sources: [ref('prematch', 'timeline'), ref('prematch', 'early-pitfalls')],
  },
  interview: {
    title: 'Interviews and thank-you notes',
    actions: [
      'Send each interviewer a separate, specific thank-you within 24-72 hours.',
      'Send one program-level note to the program director or coordinator.',
      'Note program features you may mention in a later update.',
    ],
    sources: [
      ref('prematch', 'timeline'),
      ref('prematch', 'thank-you-notes'),
      ref('prematch', 'program-level-follow-up'),
    ],
  },
  'updates-and-top-choice': {
    title: 'Updates and a possible top-choice message',
    actions: [
      'Share one or two major updates if you have real news (a publication, a score, a finished project).',
      'Decide whether one program is truly your first choice; if so, tell that one program only.',
      'Do not ask where you stand or trade ranking promises.',
    ],
    sources: [ref('prematch', 'timeline'), ref('prematch', 'updates'), ref('prematch', 'top-choice')],
  },
  'rank-list': {
    title: 'Rank list',
    actions: [
      'Rank programs by your own preferences, independently of friendly remarks from programs.',
      'Keep any messages short and appreciative; nothing that pressures a program.',
    ],
    sources: [ref('prematch', 'timeline'), ref('prematch', 'rank-you-highly'), ref('prematch', 'nrmp-rules')],
  },
};

const PHASE_ORDER: PhaseId[] = ['research-programs', 'apply', 'interview', 'updates-and-top-choice', 'rank-list'];

function dayIn(seasonYear: number, [month, d]: readonly [number, number]): DayString {
  const y = seasonYear + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Last day of a month given as [month, 31]: clamp to the real month end. */
function endIn(seasonYear: number, [month]: readonly [number, number]): DayString {
  return addDays(dayIn(seasonYear, [month + 1, 1]), -1);
}

function windowOf(id: PhaseId, target: PrematchTimeline['target']) {
  return id === 'rank-list' ? TIMELINE_WINDOWS['rank-list'][target] : TIMELINE_WINDOWS[id];
}

function phasesFor(seasonYear: number, target: PrematchTimeline['target'], today: DayString): TimelinePhase[] {
  return PHASE_ORDER.map((id) => {
    const w = windowOf(id, target);
    const from = dayIn(seasonYear, w.from);
    const to = endIn(seasonYear, w.to);
    const status: PhaseStatus =
      daysBetween(today, from) > 0 ? 'upcoming' : daysBetween(to, today) > 0 ? 'past' : 'current';
    return { id, ...PHASE_TEXT[id], from, to, status };
  });
}

export function prematchTimeline(
  today: DayString,
  target: PrematchTimeline['target'] = 'ci-fellowship',
  deadline?: DayString,
): PrematchTimeline {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  // A season runs from June of Y to spring of Y+1; from January to May we are still in last year's.
  let seasonYear = month >= 6 ? year : year - 1;
  let phases = phasesFor(seasonYear, target, today);
  if (phases.every((p) => p.status === 'past')) {
    seasonYear += 1;
    phases = phasesFor(seasonYear, target, today);
  }
  const holding = phases.filter((p) => p.status === 'current');
  const current = holding.length ? holding[holding.length - 1]!.id : null;
  // Phases after the current one may overlap it; "next" is the first one still to start.
  const upcoming = phases.find((p) => p.status === 'upcoming');
  const notes = [
    'Exact dates change each year and differ between the residency and fellowship Matches: confirm them on the NRMP and ERAS calendars.',
  ];
  if (target === 'ci-fellowship')
    notes.push(
      'Fellowship rank lists follow the spring timeline shown here; residency lists are due in February-March.',
    );
  if (deadline) {
    const days = daysBetween(today, deadline);
    notes.push(
      days >= 0
        ? `Your application deadline (from your profile) is ${deadline}, ${days} day${days === 1 ? '' : 's'} from today.`
        : `Your application deadline (from your profile), ${deadline}, has passed.`,
    );
  }
  return {
    season: `${seasonYear}-${seasonYear + 1}`,
    target,
    phases,
    current,
    next: upcoming ? { id: upcoming.id, from: upcoming.from, daysUntil: daysBetween(today, upcoming.from) } : null,
    notes,
  };
}
