/**
 * Choose the mock-interview questions for one member. Deterministic: the same profile, date and
 * options always give the same plan, so a session can be rebuilt and tests can pin it.
 *
 * How: build one priority list (what this member most needs to rehearse first), take the first
 * `count`, then put them in the order an interview flows (opener → motivation → IMG → red flags →
 * informatics → behavioral). Questions the member asks the program are returned separately in
 * `toAsk` and do NOT count toward `count`: `count` is what the member answers.
 */
import { UserError } from '../core/errors.js';
import type { Profile } from '../core/profile/schema.js';
import { SEVERITY_ORDER, type Severity } from '../core/types.js';
import { redFlags, type Flag, type FlagId } from '../rules/redflags.js';
import { isCategory, questionById, questionsIn } from './bank.js';
import type { Category, Question } from './types.js';

/** Numbers of the planner (listed in the README). */
export const PLAN_CONFIG = {
  defaultCount: 8,
  minCount: 1,
  maxCount: 20,
  /** Questions to ask the program at the end (more when focus is `program`). */
  toAsk: 3,
  /** Informatics questions placed early in the priority list, by target. */
  earlyInformatics: { 'ci-fellowship': 3, 'residency-informatics-track': 2, unknown: 2 },
  /** Flags at these severities get a rehearsal question of their own. */
  rehearseSeverities: ['high', 'medium'] as readonly Severity[],
} as const;

export interface PlanOptions {
  count?: number;
  focus?: Category | string;
}

export interface PlannedQuestion extends Question {
  /** Why the planner picked it, in words for the member. */
  why: string;
}

export interface MockPlan {
  questions: PlannedQuestion[];
  /** Questions for the member to ask the program at the end (not counted in `questions`). */
  toAsk: PlannedQuestion[];
  /** Red-flag rehearsal questions this member needs that did not fit in `count`. */
  didNotFit: string[];
  /** Profile parts that were missing, so the plan is more generic than it could be. */
  notGiven: string[];
}

const FLOW: readonly Category[] = ['opener', 'motivation', 'img', 'red-flag', 'informatics', 'behavioral'];

type Audience = 'us-citizen' | 'non-us' | 'permanent-resident' | 'unknown';

function audienceOf(p: Profile): Audience {
  if (p.citizenship === 'us-citizen') return 'us-citizen';
  if (p.citizenship === 'non-us') return 'non-us';
  if (p.citizenship === 'us-permanent-resident') return 'permanent-resident';
  return 'unknown';
}

/**
 * Permanent residents trained abroad and are adapting to US practice like non-US IMGs, but they
 * need no visa; unknown citizenship gets only the questions meant for everyone.
 */
function fits(q: Question, a: Audience): boolean {
  if (!q.audience) return true;
  if (a === 'us-citizen') return q.audience === 'us-citizen';
  if (a === 'non-us') return q.audience === 'non-us';
  if (a === 'permanent-resident') return q.audience === 'non-us' && !q.tags?.includes('visa-sponsorship');
  return false;
}

const must = (id: string): Question => {
  const q = questionById(id);
  if (!q) throw new Error(`mock bank has no question "${id}"`); // our bug, caught by tests
  return q;
};

/** One flag per id (its most severe instance), most severe first, ties in the engine's order. */
function distinctFlags(flags: readonly Flag[]): Flag[] {
  const best = new Map<FlagId, Flag>();
  for (const f of flags) {
    const seen = best.get(f.id);
    if (!seen || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[seen.severity]) best.set(f.id, f);
  }
  return [...best.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

const flagQuestions = (id: FlagId, a: Audience) =>
  questionsIn('red-flag').filter((q) => q.tags?.includes(id) && fits(q, a));

/** Informatics questions in the order this member should meet them. */
function informaticsOrder(p: Profile, flagged: ReadonlySet<FlagId>): Question[] {
  const all = questionsIn('informatics');
  // With no informatics experience listed, "how comfortable are you with data" is the fair start.
  const thin = !(p.informatics ?? []).length || flagged.has('weak-informatics');
  return thin ? [must('comfort-with-data'), ...all.filter((q) => q.id !== 'comfort-with-data')] : all;
}

/** The IMG questions for this member, most important first. */
function imgOrder(a: Audience): Question[] {
  const first: Record<Audience, string[]> = {
    'us-citizen': ['why-study-abroad', 'unique-perspective-us-citizen-img', 'prepared-for-us-practice'],
    'non-us': ['adapt-to-us-system', 'home-vs-us-system', 'why-train-in-us'],
    'permanent-resident': ['adapt-to-us-system', 'home-vs-us-system'],
    unknown: ['international-training-as-strength'],
  };
  const head = first[a].map(must);
  return [...head, ...questionsIn('img').filter((q) => fits(q, a) && !head.includes(q))];
}

function toAskFor(
  p: Profile,
  a: Audience,
  flagged: ReadonlySet<FlagId>,
  focus: Category | undefined,
): PlannedQuestion[] {
  const ids = ['ask-ehr-governance'];
  ids.push(p.target === 'residency-informatics-track' ? 'ask-fellowship-preparation' : 'ask-cds-projects');
  if (flagged.has('weak-informatics')) ids.push('ask-mentorship');
  else if (a === 'non-us' || a === 'permanent-resident') ids.push('ask-img-support');
  else ids.push('ask-data-access');
  const chosen = ids.map(must);
  const pool =
    focus === 'program'
      ? [...chosen, ...questionsIn('program').filter((q) => !chosen.includes(q) && fits(q, a))]
      : chosen.slice(0, PLAN_CONFIG.toAsk);
  return pool.map((q) => ({
    ...q,
    why: 'A question for you to ask at the end: it shows you know how informatics training really works.',
  }));
}

function checkCount(count: number): void {
  const { minCount, maxCount } = PLAN_CONFIG;
  if (!Number.isInteger(count) || count < minCount || count > maxCount) {
    throw new UserError(`count: ${count} is not a whole number from ${minCount} to ${maxCount}`);
  }
}

export function mockPlan(profile: Profile, today: string, options: PlanOptions = {}): MockPlan {
  const count = options.count ?? PLAN_CONFIG.defaultCount;
  checkCount(count);
  const focus = options.focus;
  if (focus !== undefined && !isCategory(focus)) {
    throw new UserError(`focus: "${focus}" is not a question category (one of ${FLOW.join(', ')}, program)`);
  }
  const audience = audienceOf(profile);
  const report = redFlags(profile, today);
  const flags = distinctFlags(report.flags);
  const flagged = new Set(flags.map((f) => f.id));
  const rehearse = flags.filter((f) => PLAN_CONFIG.rehearseSeverities.includes(f.severity));

  const why = new Map<string, string>();
  const priority: Question[] = [];
  const add = (q: Question | undefined, reason: string) => {
    if (!q || why.has(q.id)) return;
    why.set(q.id, reason);
    priority.push(q);
  };
  const flagReason = (f: Flag) => `Rehearses your ${f.severity} red flag: ${f.title}.`;
  const addFlag = (f: Flag) => add(flagQuestions(f.id, audience)[0], flagReason(f));

  const informatics = informaticsOrder(profile, flagged);
  const img = imgOrder(audience);
  const behavioral = questionsIn('behavioral');
  const target = profile.target ?? 'unknown';
  const early = PLAN_CONFIG.earlyInformatics[target];
  const infoReason =
    target === 'ci-fellowship'
      ? 'Fellowship interviews probe informatics depth; rehearse a scenario.'
      : 'Interviewers check that your informatics interest is concrete.';

  add(must('tell-me-about-yourself'), 'Asked in almost every interview; rehearse your two-minute story.');
  add(must('why-clinical-informatics'), 'The question every informatics interview asks.');

  if (focus && focus !== 'program') {
    const pool: Question[] =
      focus === 'red-flag'
        ? [...flags.flatMap((f) => flagQuestions(f.id, audience)), must('rf-challenges-in-training')]
        : focus === 'img'
          ? img
          : focus === 'informatics'
            ? informatics
            : questionsIn(focus).filter((q) => fits(q, audience));
    for (const q of pool) {
      const f = flags.find((x) => q.tags?.includes(x.id));
      add(q, f ? flagReason(f) : `You asked to focus on ${focus} questions.`);
    }
  }

  for (const f of rehearse.filter((x) => x.severity === 'high')) addFlag(f);
  add(
    img[0],
    audience === 'us-citizen'
      ? 'US-citizen IMGs are almost always asked this.'
      : 'Programs want to hear how you will work in a new system.',
  );
  add(informatics[0], infoReason);
  for (const f of rehearse.filter((x) => x.severity !== 'high')) addFlag(f);
  add(behavioral[0], 'A behavioral question: tell it as a STAR story.');
  add(img[1], 'A second angle on your international training.');
  for (const q of informatics.slice(1, early)) add(q, infoReason);
  add(must('why-this-program'), 'Show you researched this program specifically.');
  add(behavioral[1], 'A behavioral question: tell it as a STAR story.');

  // Everything else, round-robin across categories so a long plan stays varied.
  const rest: Question[][] = [informatics, behavioral, questionsIn('motivation'), img, questionsIn('opener')];
  const longest = Math.max(...rest.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of rest) add(list[i], 'More practice in this category.');

  const chosen = priority.slice(0, count);
  // The two must-haves open the interview; the rest follow the flow, in priority order within a category.
  const rank = (q: Question) => {
    const i = priority.indexOf(q);
    return i < 2 ? i - 2000 : FLOW.indexOf(q.category) * 1000 + i;
  };
  const questions = [...chosen].sort((a, b) => rank(a) - rank(b)).map((q) => ({ ...q, why: why.get(q.id) ?? '' }));
  const didNotFit = priority
    .slice(count)
    .filter((q) => q.category === 'red-flag' && rehearse.some((f) => q.tags?.includes(f.id)))
    .map((q) => q.id);

  const notGiven = [...report.notGiven];
  if (audience === 'unknown') notGiven.push('citizenship not given — IMG questions are the general ones');
  if (!profile.target) notGiven.push('target not given — informatics questions are not weighted for a fellowship');
  return { questions, toAsk: toAskFor(profile, audience, flagged, focus as Category | undefined), didNotFit, notGiven };
}
