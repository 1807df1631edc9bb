/**
 * A member who finished a US residency and then practised outside the US for a year or more, and
 * now applies for US training again: every interviewer asks why they left US practice and what
 * brings them back, and what they did in the years away. Judges found p351 (a J-1 internist back in
 * Nepal for the two-year home-residence requirement) and p357 (an ABIM internist practising in
 * Beirut since 2020) with plans that never asked it. A J-1 graduate's answer starts from the home
 * requirement the visa set (22 CFR 41.62 and INA 212(e), knowledge/visas.md); anyone else's from
 * the reason they chose. The question reuses the bank's "why train in the US?" id (ids are fixed by
 * the contract) with the member's own history as its text.
 */
import { humanMonth, humanMonths, monthIndex } from '../core/dates.js';
import type { Profile, TimelineEntry } from '../core/profile/schema.js';
import { isUsCountry } from '../core/profile/training.js';
import type { Question } from './types.js';

export interface PracticeAbroadAfterUs {
  /** First month of clinical work abroad after the US residency. */
  since: string;
  /** Months of that work, up to today. */
  months: number;
  /** The work abroad runs to today (the member is still there). */
  current: boolean;
  /** The residency (or the years after it) ran on a J-1, so going home was the visa's condition. */
  j1: boolean;
  /** Years in practice since the US residency ended, abroad or not. */
  yearsInPractice: number;
  /** The member practised in the US after the residency, before moving abroad. */
  usPracticeFirst: boolean;
}

const J1 = /\bJ-?1\b|\bhome[- ](?:residen(?:ce|cy)|country|physical)[- ](?:presence )?requirement|\b212\s*\(e\)/i;

export function practisedAbroadAfterUsTraining(p: Profile, today: string): PracticeAbroadAfterUs | undefined {
  const month = today.slice(0, 7);
  const us = (p.residencies ?? [])
    .filter((r) => isUsCountry(r.country) && r.completed && r.to !== 'present' && r.to <= month)
    .sort((a, b) => (a.to < b.to ? 1 : -1))[0];
  if (!us) return undefined;
  // A US residency begun after it (a second one, a fellowship listed as a residency) brings the
  // member back already: the question is no longer "what brings you back?".
  if ((p.residencies ?? []).some((r) => isUsCountry(r.country) && r.from > us.to && r.from <= month)) return undefined;
  const end = (t: TimelineEntry) => Math.min(monthIndex(t.to === 'present' ? month : t.to), monthIndex(month));
  const after = (p.timeline ?? []).filter((t) => t.from >= us.to && t.from <= month);
  const abroad = after.filter((t) => t.activity === 'clinical');
  const months = abroad.reduce((n, t) => n + Math.max(0, end(t) - monthIndex(t.from) + 1), 0);
  if (months < 12) return undefined;
  // Back in US patient care since (the latest entry is US clinical work): the move is behind them.
  const latest = [...after].sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  if (latest && latest.activity === 'us-clinical') return undefined;
  const notes = [...abroad.map((t) => t.note ?? ''), (p.timeline ?? []).find((t) => t.from === us.from)?.note ?? ''];
  const j1 = notes.some((n) => J1.test(n));
  return {
    since: abroad.map((t) => t.from).sort()[0]!,
    months,
    current: abroad.some((t) => t.to === 'present' || t.to >= month),
    j1,
    yearsInPractice: Math.floor((monthIndex(month) - monthIndex(us.to)) / 12),
    usPracticeFirst: after.some((t) => t.activity === 'us-clinical' && t.from < abroad.map((a) => a.from).sort()[0]!),
  };
}

/** The question, in the member's own terms. */
export function whyBackQuestion(base: Question, x: PracticeAbroadAfterUs): Question {
  const when = humanMonth(x.since);
  return {
    ...base,
    text: x.j1
      ? `After your US residency you went home, as your J-1 required, and have practised there since ${when}. What have you done in those years, and why come back for a fellowship now?`
      : `After your US residency${x.usPracticeFirst ? ' and some years of US practice' : ''} you moved abroad in ${when}. Why did you go, and what brings you back to US practice now?`,
    shows: x.j1
      ? 'That going home was the condition of your J-1, told in one factual sentence with no apology, then what those years gave you (the clinical role, what you led, any informatics or EHR work) and a forward plan that makes the fellowship the natural next step.'
      : 'A plain reason for the move (family, a role, a chance to build something) in one or two sentences, what you did and learned there, and why returning to US practice and training is a settled decision, not a fallback.',
    framework: 'three-part',
    hint: x.j1
      ? `Say briefly that your J-1 came with the two-year home-residence requirement and that you met it by working at home; spend most of the answer on what you did there (${humanMonths(x.months)} of practice) and how it led to informatics; end with why this fellowship, now, and your plan after it.`
      : `Give the reason for the move in a sentence, without over-explaining private matters; then the work you did abroad (${humanMonths(x.months)} of it) and what it taught you, above all any EHR or informatics work; end with why you are returning to US practice now and what your plan is after the fellowship (where you will practise, and that your licence and board certification are kept current).`,
    followUps: x.j1
      ? [
          'What did you learn at home that you could not have learned here?',
          'Where do you see yourself practising after the fellowship?',
        ]
      : [
          'How have you kept your US licence and board certification current while abroad?',
          'What will you bring back from practising abroad?',
        ],
    expectsInformatics: true,
  };
}

/** Why the plan asks it. */
export function whyBackReason(x: PracticeAbroadAfterUs): string {
  return x.j1
    ? `You finished your US residency on a J-1 and have practised at home since ${humanMonth(x.since)}: interviewers ask what you did in those years and why you are coming back for a fellowship now.`
    : `You left US practice for work abroad in ${humanMonth(x.since)} (${humanMonths(x.months)} so far): interviewers ask why you went and why you want to return to US practice now.`;
}
