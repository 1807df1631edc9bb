/**
 * Choose the mock-interview questions for one member. Deterministic: the same profile, date and
 * options always give the same plan, so a session can be rebuilt and tests can pin it.
 *
 * How: build one priority list (what this member most needs to rehearse first), take the first
 * `count`, then put them in the order an interview flows (opener → motivation → IMG → red flags →
 * informatics → behavioral). Questions the member asks the program are returned separately in
 * `toAsk` and do NOT count toward `count`: `count` is what the member answers.
 */
import { noteBoardActions, noteContractEnd } from '../rules/note-facts.js';
import { readCountry } from '../core/profile/country.js';
import { humanMonth, humanMonths, monthIndex } from '../core/dates.js';
import { UserError } from '../core/errors.js';
import { matchForTarget } from '../core/match.js';
import { EXAM_LABEL, examHistory } from '../core/profile/derived.js';
import type { Profile } from '../core/profile/schema.js';
import { SEVERITY_ORDER, type Severity } from '../core/types.js';
import {
  handsOnUsce,
  isCanada,
  isOngoing,
  isPreliminaryYear,
  isUsCountry,
  isUsResidency,
  readResidencies,
} from '../core/profile/training.js';
import { isUsGraduate } from '../rules/redflag-rules/eligibility.js';
import { lowScoreTrend } from '../rules/redflag-rules/exams.js';
import { h1bRunsOutDuringTraining, waiverRunsIntoTraining } from '../rules/redflag-rules/standing.js';
import { joinAnd, monthRange } from '../rules/redflag-rules/wording.js';
import { redFlags, type Flag, type FlagId } from '../rules/redflags.js';
import { seasonOptions } from '../composers/application-season.js';
import { midSentence } from '../composers/informatics-phrase.js';
import { specialtyName } from '../core/profile/friendly.js';
import { handsOnInformatics } from '../composers/lor-context.js';
import { isCategory, questionById, questionsIn } from './bank.js';
import {
  fellowshipLeft,
  gapCovers,
  otherResidencyLeft,
  gapToRehearse,
  preliminaryYearOnly,
  preliminaryYearNow,
  residencyLeft,
  timeAwayFromPatients,
  type TimeAway,
  type RehearsedGap,
} from './history.js';
import { remediationWording } from './remediation-wording.js';
import { exitsUnderCloud } from '../core/profile/resignation.js';
import { resignationWording } from './resignation-wording.js';
import { hasTurningPoint, turningPoints, turningPointWording } from './turning-points.js';
import { readMatchAttempts } from '../rules/redflag-rules/match-history.js';
import { matchedAhead, type MatchWon } from '../rules/match-state.js';
import { residencyEndMoved } from '../rules/training-end.js';
import { withNoteProfessionalism } from '../rules/professionalism-notes.js';
import { leftAndReturned } from '../rules/redflag-rules/left-patient-care.js';
import { leftAndReturnedQuestion, leftAndReturnedReason } from './left-and-returned.js';
import { firstYearOnTheRoute, specialtyRelation } from './specialty.js';
import { inSoapNow, SOAP_COUNT, SOAP_LABEL, SOAP_OPENER_REASON, soapWording } from './soap.js';
import {
  clinicalUpkeep,
  keepSkillsQuestion,
  keepSkillsReason,
  lapsedCredentials,
  lapsedQuestion,
  lapsedReason,
  unaccreditedInformaticsFellowship,
  whyAccreditedQuestion,
  whyAccreditedReason,
  whyInformaticsFromSpecialty,
} from './fellowship-angles.js';
import { practisedAbroadAfterUsTraining, whyBackQuestion, whyBackReason } from './left-us-after-training.js';
import type { Category, Presumption, Question } from './types.js';

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
  /** Flags rehearsed whatever their severity: interviewers ask about any exam failure. */
  alwaysRehearse: ['exam-failure'] as readonly FlagId[],
  /** Medium flags a program must settle before it can rank the member: rehearsed before the others. */
  settleFirst: ['visa-sponsorship', 'fellowship-eligibility'] as readonly FlagId[],
  /** From this many questions, "where will you rank us?" is always rehearsed (as a polite decline). */
  declineFrom: 4,
  /**
   * A default-length plan never drops the member's own rehearsal items for lack of room: it grows by
   * one question for each red-flag or own-history question that did not fit, up to this many (judge
   * of p424: a gap after leaving her country was cut because a work-permit question took the last
   * slot). A count the member typed is kept exactly; what still does not fit goes to `didNotFit`.
   */
  historyGrowth: 2,
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
  /** What the plan is for when the member's state changes it (a match won), said first. */
  lead?: string;
}

const FLOW: readonly Category[] = ['opener', 'motivation', 'img', 'red-flag', 'informatics', 'behavioral'];

type Audience = 'us-citizen' | 'non-us' | 'permanent-resident' | 'us-graduate' | 'unknown';

function audienceOf(p: Profile): Audience {
  // A US medical graduate is no IMG, whatever their passport: no "why did you study abroad?".
  if (isUsGraduate(p)) return 'us-graduate';
  // A citizen whose notes say they immigrated studied at home, not abroad: asked like a permanent
  // resident (a new system, no visa), never "why did you study abroad?".
  if (p.citizenship === 'us-citizen') return immigrated(p) ? 'permanent-resident' : 'us-citizen';
  if (p.citizenship === 'non-us') return 'non-us';
  if (p.citizenship === 'us-permanent-resident') return 'permanent-resident';
  return 'unknown';
}

/**
 * "Why residency again?" when the plan has no "Why <specialty>?" of its own (the polite decline took
 * its place): the specialty is asked inside it, so a residency applicant is never left without it
 * (newcomer trial 21: a pediatrician trained at home rehearsed "why again?" and never "why pediatrics?").
 */
const specialtyInRepeat = (
  q: Question,
  p: Profile,
  route: Profile['target'],
  chosen: readonly Question[],
): Partial<Question> => {
  const sp = p.specialty?.trim();
  if (q.id !== 'why-residency-again' || route !== 'residency-informatics-track' || !sp) return {};
  if (chosen.some((x) => x.id === 'why-this-specialty')) return {};
  const name = midSentence(specialtyName(sp));
  return {
    text: `Why ${name}, and why go through residency in it again after training in it abroad?`,
    hint: `Start with what draws you to ${name} itself (patients, problems, the kind of thinking), then say in a sentence what your training abroad gave you, what US residency adds that you want, and end with how your experience helps the team without impatience for the basics.`,
  };
};

/** "Why this specialty?" asked with the member's own specialty ("Why internal medicine?"). */
const namedSpecialty = (q: Question, p: Profile): Partial<Question> =>
  q.id === 'why-this-specialty' && p.specialty?.trim() ? { text: `Why ${midSentence(p.specialty.trim())}?` } : {};

/** The member's own notes say they came to the US as an immigrant or were naturalized later. */
const immigrated = (p: Profile) =>
  (p.timeline ?? []).some((t) =>
    /\bnaturali[sz](?:ed|ation)\b|\bimmigrant\b|\bimmigrated\b|\bgreen card\b|\bbecame (?:a )?(?:US |U\.S\. )?citizen\b/i.test(
      t.note ?? '',
    ),
  );

/**
 * Permanent residents trained abroad and are adapting to US practice like non-US IMGs, but they
 * need no visa; unknown citizenship gets only the questions meant for everyone.
 */
function fitsAudience(q: Question, a: Audience): boolean {
  if (!q.audience) return true;
  if (a === 'us-citizen') return q.audience === 'us-citizen';
  if (a === 'non-us') return q.audience === 'non-us';
  if (a === 'permanent-resident') return q.audience === 'non-us' && !q.tags?.includes('visa-sponsorship');
  return false;
}

/** Residencies outside the US and Canada: the training a US program asks an IMG about. */
const abroad = (p: Profile) => (p.residencies ?? []).filter((r) => !isUsCountry(r.country) && !isCanada(r.country));

/**
 * A residency outside the US and Canada in the specialty the member now applies to a US residency
 * in: "why do it again?" is then among the first things a program asks. Not for a fellowship
 * applicant, who is not starting residency again.
 */
function repeatsSpecialtyFromAbroad(p: Profile, route: Profile['target']): boolean {
  const specialty = p.specialty;
  if (!specialty || route === 'ci-fellowship') return false;
  // One left part way is asked "why did you leave, and why start again?" instead (see history.ts).
  return abroad(p).some((r) => (r.completed || isOngoing(r)) && specialtyRelation(r.specialty, specialty) === 'same');
}

/**
 * A residency completed abroad (outside the US and Canada) and then a US residency begun or
 * finished: every program asks why the member trained again (a judge of p286 found an Iranian
 * internist, now a US PGY-2 applying to a fellowship, never asked). Whatever the target.
 */
function secondResidency(p: Profile, today: string): { country: string; specialty: string } | undefined {
  const first = abroad(p).find((r) => r.completed);
  if (!first) return undefined;
  const month = today.slice(0, 7);
  const us = (p.residencies ?? []).some(
    (r) => isUsCountry(r.country) && r.from <= month && (r.completed || isOngoing(r, today)) && r.from >= first.from,
  );
  return us ? { country: first.country, specialty: first.specialty } : undefined;
}

/**
 * A residency completed abroad (outside the US and Canada) followed by a year or more of clinical
 * work abroad after it (a specialist's, an attending's or a consultant's years), with no US
 * residency begun since: programs ask why a senior clinician returns to training, in the US, now
 * (a judge of p307 found a Saudi consultant internist never asked). Without a residency list, a
 * home-country board and clinical work the notes call specialist practice count the same.
 */
export function practisedAfterResidencyAbroad(
  p: Profile,
  today: string,
): { country?: string; since: string; months: number } | undefined {
  const month = today.slice(0, 7);
  if ((p.residencies ?? []).some((r) => isUsCountry(r.country) && r.from <= month)) return undefined;
  const done = abroad(p)
    .filter((r) => r.completed && r.to !== 'present')
    .sort((a, b) => (a.to < b.to ? 1 : -1))[0];
  const senior =
    /\b(?:consultant|attending|specialist|senior (?:registrar|physician|medical officer)|head of|chief of|staff (?:physician|internist|paediatrician|pediatrician))\b/i;
  const after = (p.timeline ?? []).filter(
    (t) =>
      t.activity === 'clinical' &&
      (done ? t.from >= done.to : p.residencies === undefined && senior.test(t.note ?? '')) &&
      t.from <= month,
  );
  if (!after.length || (!done && !(p.boardCertification ?? []).some((b) => b.board === 'other'))) return undefined;
  const end = (t: { to: string }) => monthIndex(t.to === 'present' || t.to > month ? month : t.to);
  const months = after.reduce((n, t) => n + Math.max(0, end(t) - monthIndex(t.from) + 1), 0);
  if (months < 12) return undefined;
  const since = after.map((t) => t.from).sort()[0]!;
  // Where the practice was is what its own notes say, not where the residency was: a member trained
  // in Doha and practising in Amman was told "practised as a specialist in Qatar" (a judge of p369).
  // Notes naming one other country name it; notes naming several name none; notes naming no country
  // leave the residency's.
  const named = [
    ...new Set(after.flatMap((t) => (t.note ? [readCountry(t.note)] : [])).filter((c) => c !== undefined)),
  ];
  const country = named.length ? (named.length === 1 ? named[0] : undefined) : done?.country;
  return { ...(country ? { country } : {}), since, months };
}

/**
 * Clinical work done outside the US: a year or more of it (clinical timeline entries and residencies
 * abroad, each month once), no US residency begun, and under a year of hands-on US clinical time.
 * Undefined otherwise. Such a member is asked how that experience carries over to US care.
 */
export function clinicalWorkAbroad(p: Profile, today: string): { months: number } | undefined {
  const month = today.slice(0, 7);
  if ((p.residencies ?? []).some((r) => isUsCountry(r.country) && r.from <= month)) return undefined;
  if (handsOnUsce(p, today).months >= 12) return undefined;
  const now = monthIndex(month);
  const seen = new Set<number>();
  const mark = (from: string, to: string) => {
    const end = to === 'present' ? now : Math.min(monthIndex(to), now);
    for (let m = monthIndex(from); m <= end; m++) seen.add(m);
  };
  for (const t of p.timeline ?? []) if (t.activity === 'clinical') mark(t.from, t.to);
  for (const r of abroad(p)) mark(r.from, r.to);
  return seen.size >= 12 ? { months: seen.size } : undefined;
}

/** The question on experience abroad, naming the specialty the member applies in when known. */
const abroadCareText = (q: Question, p: Profile): Partial<Question> =>
  q.id === 'experience-abroad-to-us-care' && p.specialty?.trim()
    ? {
        text: `How will your clinical experience abroad carry over to practising ${midSentence(specialtyName(p.specialty.trim()))} in the US, with its systems, EHRs and team roles?`,
      }
    : {};

/** The label of every question in the plan of a fellowship applicant who must go through residency first. */
const ROUTE_LABEL =
  'Residency route (now): your target is a CI fellowship, but the interviews ahead of you are for a US residency.';

/**
 * The label for a member with a residency abroad: a fellowship may still take them through its
 * exception for applicants trained abroad, so the residency interviews are the usual route, not the
 * only one (judge of p342: a consultant abroad mid fellowship season read "the interviews ahead of
 * you are for a US residency").
 */
const ROUTE_LABEL_ABROAD =
  'Residency route: your target is a CI fellowship, but your residency abroad is not one ACGME fellowships accept on its own, so the usual next interviews are for a US residency (a fellowship could take you only through its exception for applicants trained abroad).';
/**
 * The label for a member whose only US or Canadian training is not a completed specialty residency (a
 * preliminary year, or one left unfinished): nothing abroad to take through the exception.
 */
const ROUTE_LABEL_US_PART =
  'Residency route (now): your target is a CI fellowship, but your US training so far is not the completed specialty residency ACGME fellowships ask for, so the interviews ahead of you are for a US residency.';
const routeLabel = (p: Profile): string => {
  const rs = p.residencies ?? [];
  if (!rs.length) return ROUTE_LABEL;
  return rs.some((r) => !isUsCountry(r.country) && !isCanada(r.country)) ? ROUTE_LABEL_ABROAD : ROUTE_LABEL_US_PART;
};

/**
 * The eligibility question as a residency program asks it of a member whose goal is a CI
 * fellowship: why residency first and how it leads there, not how their training fits a fellowship.
 */
const RESIDENCY_FIRST: Pick<Question, 'text' | 'shows' | 'hint' | 'followUps'> = {
  text: 'Your goal is clinical informatics. Why a residency with us first, and how will it get you there?',
  shows:
    'That you know a CI fellowship and the informatics board need a residency it accepts (ACGME, or RCPSC/CFPC in Canada) and that your training so far does not give you one, that you want this residency as clinical training in its own right, and a plan for informatics during it.',
  hint: 'Say plainly that your training so far does not open a CI fellowship, so a US residency is the route; then what you want from the residency itself as a clinician, and end with how you would use its years for informatics (a track, QI or EHR projects, a mentor), the fellowship being a later step, not the reason you are here.',
  followUps: [
    'Would you stay in clinical practice if informatics did not work out?',
    'How will you balance informatics work with the demands of residency?',
  ],
};

/**
 * The route the plan rehearses for: a fellowship applicant with no residency a CI fellowship accepts
 * (only one abroad, or none: eligibility high) is not interviewed for a fellowship yet; the usual next
 * step is a US residency, so the plan prepares the residency interview (judges of p236 and p274 found
 * plans coaching "why a fellowship now" and never "why residency again"). ACGME-I training (medium)
 * keeps the fellowship route.
 */
function planRoute(p: Profile, flags: readonly Flag[]): Profile['target'] {
  if (p.target !== 'ci-fellowship') return p.target;
  const eligibility = flags.find((f) => f.id === 'fellowship-eligibility');
  return eligibility?.severity === 'high' ? 'residency-informatics-track' : p.target;
}

/**
 * The first residency, abroad or in the US, in a specialty clearly different from the one the
 * member names now (surgery at home or a surgery preliminary year here, internal medicine now),
 * whatever the target: a fellowship applicant is asked about the change too. Undefined when none
 * is, or the names leave it unclear.
 */
function switchedFrom(p: Profile): { specialty: string; abroad: boolean } | undefined {
  const specialty = p.specialty;
  if (!specialty) return undefined;
  const r = (p.residencies ?? []).find(
    (x) => specialtyRelation(x.specialty, specialty) === 'different' && !firstYearOnTheRoute(x.specialty, specialty),
  );
  return r ? { specialty: r.specialty, abroad: !isUsCountry(r.country) } : undefined;
}

/** What the member's profile shows, so no question presumes a failure, retake or residency they never had. */
function presumptionsOf(
  p: Profile,
  today: string,
  flagged: ReadonlySet<FlagId>,
  gap: RehearsedGap | undefined,
  route: Profile['target'],
): ReadonlySet<Presumption> {
  const out = new Set<Presumption>();
  if (repeatsSpecialtyFromAbroad(p, route)) out.add('residency-abroad-same-specialty');
  if (secondResidency(p, today)) out.add('second-residency');
  if (practisedAfterResidencyAbroad(p, today)) out.add('practised-after-residency-abroad');
  if (clinicalWorkAbroad(p, today)) out.add('clinical-work-abroad');
  if (switchedFrom(p)) out.add('residency-other-specialty');
  // A residency left with a professionalism flag is rehearsed by that flag's question: asking
  // "why did you leave?" twice would spend two places on one theme. A dismissal is the exception:
  // the concern question is about the conduct, and "why start again now?" is a second question
  // every program asks of a member dismissed from the specialty they apply to again (judge of p125).
  const dismissed = wasDismissed(p);
  if (residencyLeft(p, today) && (!flagged.has('professionalism') || dismissed)) out.add('residency-left');
  if (fellowshipLeft(p, today)) out.add('fellowship-left');
  if (otherResidencyLeft(p, today) && (!flagged.has('professionalism') || dismissed)) out.add('residency-left-other');
  if (gap?.kind === 'health') out.add('health-gap');
  if (preliminaryYearOnly(p, today)) out.add('preliminary-year-only');
  if (preliminaryYearNow(p, today)) out.add('preliminary-year-now');
  if (route === 'ci-fellowship' && !flagged.has('clinical-currency') && clinicalUpkeep(p, today))
    out.add('ci-clinical-upkeep');
  if (route === 'ci-fellowship' && unaccreditedInformaticsFellowship(p, today))
    out.add('informatics-fellowship-unaccredited');
  if (lapsedCredentials(p)) out.add('lapsed-credentials');
  if (noteBoardActions(p).length) out.add('board-action');
  for (const h of examHistory(p)) {
    if (h.failures > 0) out.add('exam-failure');
    // A retake: any attempt after a failed one of the same exam.
    const firstFail = h.attempts.findIndex((a) => a.result === 'fail');
    if (firstFail >= 0 && firstFail < h.attempts.length - 1) out.add('exam-retake');
  }
  return out;
}

/** A question this member can be asked: the right audience, and nothing it presumes is false. */
interface Member {
  audience: Audience;
  facts: ReadonlySet<Presumption>;
  /** A year or more of US residency: the member works in the US system already. */
  usTrained: boolean;
  /** Some hands-on US clinical time (an externship, an elective, a US residency): observerships are not. */
  usHandsOn: boolean;
  /** A US residency completed and no clinical work abroad since: years of US practice, not a newcomer's contrast. */
  usSettled: boolean;
}

/** IMG questions about coming to the US, wrong for someone already trained in a US residency. */
const NEW_TO_US: ReadonlySet<string> = new Set(['adapt-to-us-system', 'why-train-in-us', 'us-documentation-norms']);

function usTrained(p: Profile, today: string): boolean {
  return (readResidencies(p, today) ?? []).some((r) => isUsResidency(r.residency) && r.months >= 12);
}
/**
 * A member who finished a US residency, has practised in the US since (a US clinical entry in the
 * timeline after it) and has done no clinical work abroad since (judges of p398, p401 and p407:
 * attendings in US practice for years asked "what differences between your home system and US care
 * have you noticed?"). One back in practice abroad since is still asked it (p402), and so is a
 * member whose timeline does not show where they worked after residency.
 */
function usSettled(p: Profile, today: string): boolean {
  const month = today.slice(0, 7);
  const done = (readResidencies(p, today) ?? [])
    .filter((r) => isUsResidency(r.residency) && r.status === 'completed' && !isPreliminaryYear(r.residency))
    .map((r) => r.residency.to)
    .filter((to) => to !== 'present' && to <= month)
    .sort();
  const first = done[0];
  if (!first) return false;
  const after = (p.timeline ?? []).filter((t) => t.to === 'present' || t.to > first);
  return (
    after.some((t) => t.activity === 'us-clinical' && t.from >= first && t.from <= month) &&
    !after.some((t) => t.activity === 'clinical')
  );
}

/** Questions on the contrast with a home system: for a newcomer or a member in training, not a settled US physician. */
const HOME_CONTRAST: ReadonlySet<string> = new Set(['home-vs-us-system']);

function fits(q: Question, m: Member): boolean {
  return (
    fitsAudience(q, m.audience) &&
    (q.presumes ?? []).every((x) => m.facts.has(x)) &&
    !(m.usTrained && NEW_TO_US.has(q.id)) &&
    !(m.usSettled && HOME_CONTRAST.has(q.id))
  );
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

const flagQuestions = (id: FlagId, m: Member) =>
  questionsIn('red-flag')
    .filter((q) => q.tags?.includes(id) && fits(q, m))
    .map((q) => (id === 'limited-usce' && !m.usHandsOn ? { ...q, ...NO_HANDS_ON_US } : q));

/**
 * The limited-USCE question for a member with no hands-on US clinical time: the bank's follow-up
 * ("what did you do in the EHR yourself during your US clinical time?") and hint presume time the
 * member never had (a judge found it asked of members with an observership only, or none). The
 * interviewer's question for them is how they will learn US practice and its EHR.
 */
const NO_HANDS_ON_US: Pick<Question, 'hint' | 'followUps'> = {
  hint: 'Acknowledge in a sentence that you have no hands-on US clinical experience yet, name what US exposure you do have for exactly what it was (an observership is watching, not care), then give the specific steps you are taking to learn US workflows, documentation and EHR use.',
  followUps: [
    'How will you learn the EHR and the documentation habits of a US team in your first months?',
    'What did you notice about how US clinicians use the EHR, from what you have seen so far?',
  ],
};

/** Informatics questions in the order this member should meet them. */
function informaticsOrder(p: Profile, flagged: ReadonlySet<FlagId>, m: Member): Question[] {
  const all = questionsIn('informatics').filter((q) => fits(q, m));
  // With no informatics experience listed, "how comfortable are you with data" is the fair start.
  const thin = !(p.informatics ?? []).length || flagged.has('weak-informatics');
  return thin ? [must('comfort-with-data'), ...all.filter((q) => q.id !== 'comfort-with-data')] : all;
}

/** Why a member with only a preliminary or transitional year is asked why they did not go on. */
const PRELIM_REASON =
  'Your only residency training is a preliminary or transitional year with no categorical position after it: every program asks why you did not go on, and what you have done since. Say it plainly; it is not the same as leaving a residency.';

/** Why a member in a preliminary year now is asked why the year, and why a categorical place now. */
const PRELIM_NOW_REASON =
  'You are in a preliminary year now and applying for a categorical place: programs ask how the one-year position came about and why this specialty now. The year ends by design, so it is not leaving a residency; the view of your program director of you is what they will weigh.';

/**
 * Questions about the member's own earlier training, most specific first: a residency or fellowship
 * left, a residency repeated, a specialty changed. They come before any general IMG question.
 */
const POINTED: readonly string[] = [
  'why-not-continued-after-prelim',
  'why-categorical-from-prelim',
  'why-left-residency',
  'why-left-residency-other',
  'why-left-fellowship',
  'why-residency-again',
  'why-second-residency',
  'why-train-after-practice',
  'why-switch-specialty',
];

/**
 * Questions that rehearse one theme: a plan asks one of each before it asks a second (a judge found
 * "how will you adapt to the US system?" beside "what differences between your home system and US
 * care?" while the member's own gap did not fit). Questions not listed are a theme of their own.
 */
const THEME: Readonly<Record<string, string>> = {
  // Not the earlier-training theme: a surgery preliminary year followed by internal medicine now is
  // asked both why there was no categorical position and why the specialty changed.
  'why-left-residency': 'earlier-training',
  'why-left-residency-other': 'earlier-training',
  'why-left-fellowship': 'earlier-training',
  'why-residency-again': 'earlier-training',
  'why-second-residency': 'earlier-training',
  'why-train-after-practice': 'earlier-training',
  'why-switch-specialty': 'earlier-training',
  'adapt-to-us-system': 'new-system',
  'home-vs-us-system': 'new-system',
  'us-documentation-norms': 'new-system',
  'prepared-for-us-practice': 'new-system',
  'experience-abroad-to-us-care': 'new-system',
  'adapted-new-system': 'new-system',
  'rf-gap-health': 'gap',
  'rf-training-gap': 'gap',
  'rf-gap-on-cv': 'gap',
  'rf-exam-failure': 'exam',
  'rf-exam-retake-changes': 'exam',
  // A low passing score is part of the same exam record: with a failure rehearsed, the failure's
  // question asks about the score too (lowScoreText), and its own question waits for a longer plan.
  'rf-low-score': 'exam',
  'rf-clinical-currency': 'patient-care',
  'keep-clinical-skills': 'patient-care',
  'rf-time-away-from-patients': 'patient-care',
  'rf-multiple-match-attempts': 'earlier-cycle',
  'rf-previous-cycle': 'earlier-cycle',
  'team-conflict': 'conflict',
  'stakeholder-conflict': 'conflict',
  'disagreed-with-supervisor': 'conflict',
};
const themeOf = (q: Question) => THEME[q.id] ?? q.id;

/** The IMG questions for this member, most important first. */
function imgOrder(m: Member): Question[] {
  const a = m.audience;
  const first: Record<Audience, string[]> = {
    'us-citizen': ['why-study-abroad', 'unique-perspective-us-citizen-img', 'prepared-for-us-practice'],
    'non-us': ['adapt-to-us-system', 'home-vs-us-system', 'why-train-in-us'],
    'permanent-resident': ['adapt-to-us-system', 'home-vs-us-system'],
    'us-graduate': ['international-training-as-strength'],
    unknown: ['international-training-as-strength'],
  };
  // Already in (or through) a US residency: the contrast with home and what it brings, not "adapting".
  const ids =
    m.usTrained && a !== 'us-citizen' ? ['home-vs-us-system', 'international-training-as-strength'] : first[a];
  // Trained in this specialty abroad already, or in another one: "why again?" or "why change?"
  // comes before any other IMG question.
  const head = [...POINTED, ...ids].map(must).filter((q) => fits(q, m));
  return [...head, ...questionsIn('img').filter((q) => fits(q, m) && !head.includes(q))];
}

function toAskFor(
  route: Profile['target'],
  m: Member,
  flagged: ReadonlySet<FlagId>,
  focus: Category | undefined,
): PlannedQuestion[] {
  const a = m.audience;
  const ids = ['ask-ehr-governance'];
  ids.push(route === 'residency-informatics-track' ? 'ask-fellowship-preparation' : 'ask-cds-projects');
  if (flagged.has('weak-informatics')) ids.push('ask-mentorship');
  else if (a === 'non-us' || a === 'permanent-resident') ids.push('ask-img-support');
  else ids.push('ask-data-access');
  const chosen = ids.map(must);
  const pool =
    focus === 'program'
      ? [...chosen, ...questionsIn('program').filter((q) => !chosen.includes(q) && fits(q, m))]
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

export function mockPlan(given: Profile, today: string, options: PlanOptions = {}): MockPlan {
  // A probation told only in a note is rehearsed like one listed (professionalism-notes.ts).
  const profile = withNoteProfessionalism(given);
  let count = options.count ?? PLAN_CONFIG.defaultCount;
  checkCount(count);
  const focus = options.focus;
  if (focus !== undefined && !isCategory(focus)) {
    throw new UserError(`focus: "${focus}" is not a question category (one of ${FLOW.join(', ')}, program)`);
  }
  const audience = audienceOf(profile);
  // The same season as the report and the timeline (a member with no deadline, mid-season, plans the next).
  const season = seasonOptions(profile, today);
  const report = redFlags(profile, today, season);
  const flags = distinctFlags(report.flags);
  const flagged = new Set(flags.map((f) => f.id));
  const route = planRoute(profile, flags);
  const gap = gapToRehearse(profile, report.flags, today, route === 'residency-informatics-track');
  const rerouted = profile.target === 'ci-fellowship' && route === 'residency-informatics-track';
  // SOAP week: short calls and offers, no rank list (./soap.ts); a shorter plan unless asked for more.
  const soap = inSoapNow(profile, today, route);
  // A match won and not yet started (match-state.ts): no interview day or rank list is ahead, so
  // the ranking decline and "what if you do not match?" are not rehearsed (judges of p414, p419).
  const matched = matchedAhead(profile, today);
  if (soap && options.count === undefined) count = SOAP_COUNT;
  const member: Member = {
    audience,
    facts: presumptionsOf(profile, today, flagged, gap, route),
    usTrained: usTrained(profile, today),
    usHandsOn: handsOnUsce(profile, today).months > 0,
    usSettled: usSettled(profile, today),
  };
  const rehearse = flags.filter(
    (f) => PLAN_CONFIG.rehearseSeverities.includes(f.severity) || PLAN_CONFIG.alwaysRehearse.includes(f.id),
  );

  const why = new Map<string, string>();
  const priority: Question[] = [];
  const themes = new Set<string>();
  // A second question on a theme already asked waits until every other theme had its turn.
  const later: Question[] = [];
  // `asked`: a focus the member chose takes every angle of its theme they asked for.
  // A member dismissed from a residency rehearses it as a dismissal: "why did you leave?" with "if it was
  // outside your control, say so" would teach her to tell it as a departure (judges of blind profiles).
  // A contract the program did not renew, told in a note, is rehearsed as that, never as leaving
  // (note-facts.ts; judge of p426: "you left" for a non-renewal programs will verify); one the
  // program ended ("I was terminated") is rehearsed as the dismissal it is.
  const ending = noteContractEnd(profile);
  const dismissedMember = wasDismissed(profile) || ending?.kind === 'termination';
  const notRenewed = !dismissedMember ? ending : undefined;
  const add = (given: Question | undefined, reason: string, asked = false) => {
    const q = given && dismissedMember ? asDismissal(given) : given && notRenewed ? asContractEnd(given) : given;
    if (!q || why.has(q.id)) return;
    why.set(q.id, reason);
    if (themes.has(themeOf(q)) && !asked) return void later.push(q);
    themes.add(themeOf(q));
    priority.push(q);
  };
  // A retake passed with a low score is asked with the failure: the score is the evidence the answer
  // points to, and programs read it as part of the same story (judge of p128: Step 2 CK 217 after a fail).
  const lowScore = lowScoreText(profile, flags);
  const flagReason = (f: Flag) =>
    f.id === 'exam-failure'
      ? `Interviewers ask about every exam failure, whatever its weight: rehearse ${failuresText(profile)}${lowScore?.reason ?? ''}.`
      : f.id === 'training-gap' && gap
        ? gapReason(gap)
        : f.id === 'professionalism' && exitsUnderCloud(profile).length
          ? `Rehearses your ${f.severity} red flag: ${f.title}. ${/dismissal/i.test(f.title) ? 'That training ended under it and you now apply again: programs ask why it ended' : 'You left that training under it and now apply again: programs ask why you left'} and what has changed since.`
          : `Rehearses your ${f.severity} red flag: ${f.title}.`;
  // The member's own history below the flag thresholds, reported in `didNotFit` like a flag when a
  // short plan leaves it out.
  const own = new Set<string>();
  const addOwn = (q: Question | undefined, reason: string) => {
    if (q) own.add(q.id);
    add(q, reason);
  };
  // H-1B time that would run out before the training ends: the interviewer's real question is how
  // the member would cover the whole program, so the plan rehearses that (the visa flag has the
  // numbers; the plan gives no legal route, only the question to be ready for).
  const h1bShort =
    flagged.has('visa-sponsorship') && h1bRunsOutDuringTraining(profile, today, season.nextSeason?.startYear);
  const training = profile.target === 'residency-informatics-track' ? 'residency' : 'fellowship';
  // A waiver's service commitment that runs into the training: the interviewer's question is when
  // the member can start and what leaving the waiver job early would mean, not which visa they need
  // (the red-flag report's visa item says what to ask an immigration attorney; no legal answer here).
  const waiver = flagged.has('visa-sponsorship')
    ? waiverRunsIntoTraining(profile, today, season.nextSeason?.startYear)
    : undefined;
  const waiverName = waiver?.conrad ? 'Conrad 30 waiver' : 'J-1 waiver';
  const visaQuestion = (q: Question | undefined): Question | undefined =>
    q && waiver
      ? {
          ...q,
          text: waiver.ends
            ? `Your ${waiverName} commitment runs to ${waiver.ends}. Could you start with us in ${waiver.start}?`
            : `You are working under a ${waiverName} commitment. Could you start with us in ${waiver.start}?`,
          shows:
            'That you know when your commitment ends, what you have asked about starting while it runs, and that you have a plan the program can rely on, told briefly and factually.',
          hint: `Give the date your commitment ends, what you have asked your employer, ${waiver.conrad ? 'the state health department' : 'the agency'} that sponsored the waiver and an immigration attorney about starting earlier, and what you would do if the answer is a later start. Do not promise a start date you have not confirmed.`,
          followUps: [
            'What would leaving the waiver job early mean for your waiver and your visa?',
            'If you could not start until your commitment ends, would a later start date work for you?',
          ],
        }
      : q && h1bShort
        ? {
            ...q,
            followUps: [
              `Your H-1B time would reach the six-year limit before the ${training} ends: how do you plan to cover the whole ${training}?`,
              ...q.followUps,
            ],
          }
        : q && profile.visa === 'not-needed'
          ? // The member needs no visa: the flag is about the work permit she holds (an EAD while a
            // green card is pending, a spouse's EAD), so "what visa would you need?" asks about a
            // visa she never mentioned. The question is whether her authorization covers training.
            {
              ...q,
              text: `Will your work authorization cover the whole ${training}?`,
              shows:
                'That you know when your current authorization runs to, what you have filed or asked about keeping it, and what you would need from the program if it lapsed, told briefly and factually.',
              hint: 'Give the date your authorization runs to, what you have filed (a renewal, a pending application) or asked an immigration attorney, and your fallback if it is not renewed in time. Do not promise an outcome you have not confirmed.',
              followUps: ['If your authorization lapsed before you started, what would you need from us?'],
            }
          : q;
  // A low passing score with later, stronger results is rehearsed with the trend that answers it,
  // whatever the flag's severity (judges of p266, p272 and p234: Step 1 205-208 with a later Step 3
  // or ABIM never rehearsed, or rehearsed without the results that answer it).
  const trend = flagged.has('exam-failure') ? undefined : lowScoreTrend(profile);
  const scoreQuestion = (q: Question | undefined): Question | undefined =>
    q && trend
      ? {
          ...q,
          text: `Your ${trend.scores} ${trend.many ? 'are' : 'is'} below our usual range. Why should that not concern us?`,
          ...(trend.later.length
            ? {
                shows: `Calm acknowledgement in one sentence, then the trend that answers it: ${joinAnd(trend.later)}.`,
                hint: `Accept the number in one sentence, then lead with your later results (${joinAnd(trend.later)}) and what changed in how you prepared. Do not argue with the score or excuse it.`,
              }
            : {}),
        }
      : q;
  const scoreReason = (f: Flag) =>
    trend?.later.length
      ? `Rehearses your ${f.severity} red flag: ${f.title}, with the trend that answers it (${joinAnd(trend.later)}): programs see the early score first.`
      : flagReason(f);
  // The exam question of a member with a low passing score asks about the score as its follow-up.
  const examQuestion = (q: Question | undefined): Question | undefined =>
    q && lowScore ? { ...q, followUps: [lowScore.followUp, ...q.followUps] } : q;
  const addFlag = (f: Flag) =>
    (f.severity === 'low' && f.id === 'training-gap' ? addOwn : add)(
      f.id === 'training-gap' && gap
        ? gapQuestion(gap, member)
        : f.id === 'visa-sponsorship'
          ? visaQuestion(flagQuestions(f.id, member)[0])
          : f.id === 'exam-failure'
            ? examQuestion(flagQuestions(f.id, member)[0])
            : f.id === 'low-score'
              ? scoreQuestion(flagQuestions(f.id, member)[0])
              : flagQuestions(f.id, member)[0],
      f.id === 'visa-sponsorship' && waiver
        ? `${flagReason(f)} Your ${waiverName} commitment ${waiver.ends ? `runs to ${waiver.ends}` : 'may still be running'}, and a ${waiver.what} would start in ${waiver.start} (see the visa item in your red-flag report): be ready to say when you can start and what you have asked about it.`
        : f.id === 'visa-sponsorship' && h1bShort
          ? `${flagReason(f)} Your H-1B time would reach the six-year limit before the ${training} ends (see the visa item in your red-flag report): be ready to say, in two or three sentences, how you plan to cover the whole ${training} and what you have already asked programs or an immigration attorney.`
          : f.id === 'low-score'
            ? scoreReason(f)
            : flagReason(f),
    );

  const informatics = informaticsOrder(profile, flagged, member);
  const img = imgOrder(member);
  const behavioral = questionsIn('behavioral').filter((q) => fits(q, member));
  const target = route ?? 'unknown';
  const early = PLAN_CONFIG.earlyInformatics[target];
  // The member's own work, named where the profile gives one (a project, research, a job with an
  // informatics role): a judge found plans asking for "an informatics project" in general from a
  // member whose profile names theirs. Only the title and the outcome the member wrote are used.
  // A project first (it has a problem and a result), then research, then a job or publication.
  // Work whose outcome the member measured ("time down by a fifth") comes before work told by its
  // scale alone ("1,200 users live"): the interviewer asks how you measured it, so the plan should
  // rehearse the work that can answer (a judge found an older go-live chosen over a measured redesign).
  const kindRank = (k: string) => ['project', 'research', 'job', 'publication'].indexOf(k);
  const measuredFirst = (o?: string) => (o && measuredOutcome(o) ? 0 : 1);
  const ownWork = [...handsOnInformatics(profile)].sort(
    (a, b) => measuredFirst(a.outcome) - measuredFirst(b.outcome) || kindRank(a.kind) - kindRank(b.kind),
  )[0];
  const ownText = ownWork
    ? ` Build it on your own work, "${ownWork.title}"${ownWork.outcome ? ` (${ownWork.outcome})` : ''}: your part and what changed.`
    : '';
  const infoReason =
    target === 'ci-fellowship'
      ? 'Fellowship interviews probe informatics depth; rehearse a scenario.'
      : 'Interviewers check that your informatics interest is concrete.';

  const focused = focus !== undefined && focus !== 'program';
  // The one red flag this member most needs to rehearse: an exam failure (interviewers ask about
  // every one), else their most severe high flag. In a mock with no focus it comes right after the
  // opener, so even a two-question mock rehearses it; a focus the member chose keeps its slots.
  const key = focused
    ? undefined
    : (rehearse.find((f) => PLAN_CONFIG.alwaysRehearse.includes(f.id)) ?? rehearse.find((f) => f.severity === 'high'));
  // A residency applicant who went through a Match before without a place (newcomer trial 19: a
  // pediatrician's three-question mock asked "why clinical informatics?" and no "why pediatrics?" or
  // "what changed since last time?"): a residency interview opens on the specialty and on the earlier
  // cycle, so those two come straight after the opener; an exam failure still comes before them
  // (interviewers ask about every one), any other key flag after them.
  const reapplyReason = previousCycleReason(profile, today, flagged);
  const residencyReapplicant = route === 'residency-informatics-track' && reapplyReason !== undefined && !focused;
  const mustHaves = () => {
    add(must('tell-me-about-yourself'), 'Asked in almost every interview; rehearse your two-minute story.');
    if (residencyReapplicant) {
      // A question on leaving or switching an earlier residency already asks why this specialty now.
      const covered = img[0] !== undefined && POINTED.includes(img[0].id) && img[0].id !== 'why-residency-again';
      if (!covered)
        add(
          must('why-this-specialty'),
          'Residency programs ask why you chose the specialty itself before they ask about informatics.',
        );
      if (key && PLAN_CONFIG.alwaysRehearse.includes(key.id)) addFlag(key);
      add(must('rf-previous-cycle'), reapplyReason);
    }
    if (key) addFlag(key);
    // Every residency applicant, not only one applying again, is asked why the specialty itself
    // (newcomer trial 21: a pediatrics applicant's eight-question plan had "why clinical
    // informatics?" and no "why pediatrics?", pushed out by her red flags). It stays among the
    // openers unless a question on leaving or switching an earlier residency already asks it.
    if (route === 'residency-informatics-track' && !residencyReapplicant && !focused) {
      const covered = img[0] !== undefined && POINTED.includes(img[0].id) && img[0].id !== 'why-residency-again';
      if (!covered)
        add(
          must('why-this-specialty'),
          'Residency programs ask why you chose the specialty itself before they ask about informatics.',
        );
    }
    const leaving = currentNonClinicalRole(profile, today);
    const canadian = leaving ? undefined : canadianTrainingForUsFellowship(profile, today);
    add(
      whyInformaticsFromSpecialty(
        leaving
          ? whyLeaveRole(must('why-clinical-informatics'), leaving, route)
          : canadian
            ? whyUsAfterCanada(must('why-clinical-informatics'), canadian)
            : whyNowAfterPractice(must('why-clinical-informatics'), profile, today, route),
        profile,
        route,
      ),
      leaving
        ? `The question every informatics interview asks; for you it comes with a second half, since your current work is ${leaving.what}.`
        : canadian
          ? `The question every informatics interview asks; for you it comes with a second half, since you trained in ${canadian} in Canada and are applying for a US fellowship.`
          : 'The question every informatics interview asks.',
    );
  };
  // The two questions almost every interview opens with come first, except in a session of one or
  // two questions with a focus: there the member asked for that focus, so it fills the session.
  const focusFirst = focused && count <= 2;
  if (!focusFirst) mustHaves();
  if (soap && !focused)
    add(must('why-this-program'), 'Every SOAP call asks why this program and why you, and wants it in about a minute.');

  if (focused) {
    const pool: Question[] =
      focus === 'red-flag'
        ? [
            // A preliminary year with nothing after it is the red flag every interviewer raises,
            // though no red-flag id covers it: asked first in a red-flag session (trial 18).
            ...(member.facts.has('preliminary-year-only') ? [must('why-not-continued-after-prelim')] : []),
            ...flags.flatMap((f) => focusFlagQuestions(f, gap, member)),
            must('rf-challenges-in-training'),
          ]
        : focus === 'img'
          ? img
          : focus === 'informatics'
            ? informatics
            : questionsIn(focus).filter((q) => fits(q, member));
    for (const q of pool) {
      const f = flags.find((x) => q.tags?.includes(x.id));
      add(
        q,
        f
          ? flagReason(f)
          : q.answer === 'polite-decline'
            ? rankReason(route)
            : q.id === 'why-not-continued-after-prelim'
              ? PRELIM_REASON
              : `You asked to focus on ${focus} questions.`,
        true,
      );
    }
  }

  if (focusFirst) mustHaves();
  for (const f of rehearse.filter((x) => x.severity === 'high')) addFlag(f);
  // Any exam failure comes right after the high flags: interviewers ask about every one.
  for (const f of rehearse.filter((x) => PLAN_CONFIG.alwaysRehearse.includes(x.id))) addFlag(f);
  const switched = switchedFrom(profile);
  const imgReason = (q: Question | undefined, fallback: string) =>
    q?.id === 'why-not-continued-after-prelim'
      ? PRELIM_REASON
      : q?.id === 'why-categorical-from-prelim'
        ? PRELIM_NOW_REASON
        : q?.id === 'why-left-residency'
          ? leftResidencyReason(profile, today)
          : q?.id === 'why-left-residency-other'
            ? otherLeftReason(profile, today)
            : q?.id === 'why-left-fellowship'
              ? leftFellowshipReason(profile, today)
              : q?.id === 'why-residency-again'
                ? `You already trained in ${profile.specialty ?? 'this specialty'} abroad: programs ask why you want to do residency in it again.`
                : q?.id === 'why-second-residency'
                  ? secondReason(profile, today)
                  : q?.id === 'why-train-after-practice'
                    ? practiceReason(profile, today)
                    : q?.id === 'why-switch-specialty'
                      ? `You trained in ${midSentence(switched?.specialty ?? 'another specialty')}${switched?.abroad === false ? ' in the US' : ' abroad'} and now name ${midSentence(profile.specialty ?? 'a different one')} as your specialty: programs ask what made you change, and whether the change will last.`
                      : fallback;
  // "Why again?" and "why change?" are among the first things asked; a general IMG question waits
  // until the medium red flags are placed (judges of blind profiles found currency and USCE
  // questions pushed out of an 8-question plan by "how will you adapt to the US system?").
  const pointed = img[0] !== undefined && POINTED.includes(img[0].id);
  const addImg = () =>
    add(
      img[0],
      imgReason(
        img[0],
        audience === 'us-citizen'
          ? 'US-citizen IMGs are almost always asked this.'
          : audience === 'us-graduate'
            ? 'Your training abroad is part of your story: rehearse how it helps you.'
            : member.usTrained
              ? 'Programs still ask how training abroad shapes the way you work.'
              : 'Programs want to hear how you will work in a new system.',
      ),
    );
  if (pointed) addImg();
  // Among the rest, what a program must settle before it can rank the member (whether it can
  // sponsor the visa, whether the training makes them eligible) comes first: a judge of blind
  // profiles found an H-1B member without Step 3 whose 8-question plan filled up before the visa.
  const settleFirst = (f: Flag) => (PLAN_CONFIG.settleFirst.includes(f.id) ? 0 : 1);
  const others = rehearse.filter((x) => x.severity !== 'high');
  const sorted = others.sort((a, b) => settleFirst(a) - settleFirst(b));
  for (const f of sorted.filter((x) => settleFirst(x) === 0)) addFlag(f);
  // An earlier unsuccessful cycle is asked about even below the red-flag threshold of two, and
  // before the other medium flags: every interviewer asks a reapplicant what changed, and judges of
  // blind profiles found 8-question plans that filled up before reaching it (p27, p55).
  // A turning point the member's notes name (a withdrawal from a Match, a switch of route) is asked
  // the same way, in their own terms (turningPointWording), even with no unsuccessful cycle counted.
  if (reapplyReason) add(must('rf-previous-cycle'), reapplyReason);
  for (const f of sorted.filter((x) => settleFirst(x) !== 0)) addFlag(f);
  // The member's own history below the red-flag thresholds comes before any general question
  // (judges of blind profiles found a recent health leave and ten years as an analyst left out of
  // 8-question plans that asked about team conflict and health-IT challenges).
  if (gap && gap.flag.severity === 'low') addFlag(gap.flag);
  // A low score below the rehearsal threshold (a later exam answers most of it) is still asked:
  // programs see the early number first, and the member should rehearse leading with the trend.
  const lowFlag = flags.find((f) => f.id === 'low-score' && f.severity === 'low');
  if (lowFlag && trend?.later.length) {
    addOwn(scoreQuestion(flagQuestions('low-score', member)[0]), scoreReason(lowFlag));
  }
  const away = flagged.has('clinical-currency') ? undefined : timeAwayFromPatients(profile, today);
  // A gap covering most of the time away rehearses both, unless the time away runs a year or more
  // past the gap (research or exam years before a parenting break): then "how ready are you for
  // the wards after nearly five years?" is its own question (a judge of p177 found it missing).
  // Exam preparation around the gap belongs to the gap's own story (the gap rule splits it off).
  const beyondGap = away && gap ? awayBeyondGap(profile, away, gap.gap, today) : 0;
  const awayAsked = away && !(gap && gapCovers(gap.gap, away) && beyondGap < 12);
  if (away && awayAsked) {
    addOwn(
      must('rf-time-away-from-patients'),
      `You spent ${humanMonths(away.months)} away from patient care (${monthRange(away.from, away.to)}) before your recent clinical work: interviewers ask how ready you are for the wards.`,
    );
  }
  // Years in a job away from patient care with a return since (round ux45, p380's judge): "why did
  // you leave clinical work, and why did you come back?" is the member's own question, asked even
  // with years of practice since; not when the short-stint question above or a gap already asks it.
  const left = flagged.has('clinical-currency') ? undefined : leftAndReturned(profile, today);
  if (
    left &&
    !(away && awayAsked) &&
    !(gap && gapCovers(gap.gap, { from: left.from, to: left.to, months: left.months }))
  ) {
    addOwn(leftAndReturnedQuestion(must('rf-time-away-from-patients'), left), leftAndReturnedReason(left));
  }
  // A residency end the notes say moved past the fellowship's July start (a leave of absence;
  // training-end.ts): programs ask when the member can start, so the plan rehearses a brief,
  // factual answer with the dates and no medical detail (judge of p409).
  const moved = profile.target === 'ci-fellowship' ? residencyEndMoved(profile, today) : undefined;
  const challenges = questionById('rf-challenges-in-training');
  if (moved && moved.end.slice(5) > '06' && challenges) {
    addOwn(
      {
        ...challenges,
        text: `Your residency now ends in ${humanMonth(moved.end)}. How would that work with a fellowship that usually starts in July?`,
        shows:
          'That you told the program early, know your new completion date and what you have asked about an off-cycle start or a deferral, and that you say it in two or three factual sentences, without medical details.',
        framework: 'direct',
        hint: `Give the new date plainly ("a leave of absence moved my completion to ${humanMonth(moved.end)}"), say what you propose (starting the month after you finish, or deferring) and that you are asking each program in writing; end on what you are doing in informatics meanwhile. You owe no medical details.`,
        followUps: [
          'Could you start later in the year if we agreed to it?',
          'Is your program director supportive of that date?',
        ],
      },
      'Your note says your residency now ends after the usual July fellowship start: programs will ask when you can start.',
    );
  }
  // A residency is a specialty first: "why internal medicine?" is among its standard questions.
  if (route === 'residency-informatics-track') {
    add(must('why-this-specialty'), 'Residency programs ask why you chose the specialty itself, not only informatics.');
  }
  // Years of clinical work abroad and none (or little) in the US: how it carries over to US care is
  // the member's own question, asked before general ones (judges of p332 found a consultant
  // psychiatrist's plan without it). It shares the theme of "how will you adapt to the US system?",
  // and the limited-USCE question, when rehearsed, already asks how the member will learn US care.
  // Practice abroad after a completed US residency: why the member left US practice (or went home on
  // a J-1) and what brings them back is their own question, asked before general ones.
  const back = practisedAbroadAfterUsTraining(profile, today);
  if (back) addOwn(whyBackQuestion(must('why-train-in-us'), back), whyBackReason(back));
  const abroadYears = clinicalWorkAbroad(profile, today);
  if (abroadYears && !member.usTrained && !rehearse.some((f) => f.id === 'limited-usce')) {
    addOwn(
      img.find((q) => q.id === 'experience-abroad-to-us-care'),
      `Your clinical work so far (${humanMonths(abroadYears.months)}) was outside the US: programs ask how it carries over to US care, its EHRs and its teams.`,
    );
  }
  // A CI fellowship applicant's own record beyond the general questions (round fix24): a lapsed
  // board certification or licence, an informatics fellowship that was not accredited, and how the
  // member will keep practising (the currency question asks that already when currency is flagged).
  const lapsed = member.facts.has('lapsed-credentials') ? lapsedCredentials(profile) : undefined;
  if (lapsed) addOwn(lapsedQuestion(must('rf-lapsed-credentials'), lapsed), lapsedReason(lapsed));
  // A medical board action told in a note (note-facts.ts): its own question, for any target.
  const action = member.facts.has('board-action') ? noteBoardActions(profile)[0] : undefined;
  if (action)
    addOwn(
      must('rf-board-action'),
      `Your note tells a medical board action${action.year ? ` (${action.year})` : ''}: programs see it in the record they check and ask what happened, what you changed and where it stands.`,
    );
  const firstFellowship = member.facts.has('informatics-fellowship-unaccredited')
    ? unaccreditedInformaticsFellowship(profile, today)
    : undefined;
  if (firstFellowship)
    addOwn(
      whyAccreditedQuestion(must('why-accredited-after-informatics-fellowship'), firstFellowship),
      whyAccreditedReason(firstFellowship),
    );
  const upkeep = member.facts.has('ci-clinical-upkeep') ? clinicalUpkeep(profile, today) : undefined;
  if (upkeep)
    addOwn(keepSkillsQuestion(must('keep-clinical-skills'), profile, upkeep.awayNow), keepSkillsReason(upkeep.awayNow));
  add(informatics[0], infoReason + ownText);
  if (!pointed) addImg();
  add(behavioral[0], 'A behavioral question: tell it as a STAR story.');
  add(img[1], imgReason(img[1], 'A second angle on your international training.'));
  for (const q of informatics.slice(1, early)) add(q, infoReason);
  add(must('why-this-program'), 'Show you researched this program specifically.');
  if (!soap && !matched) add(must('how-will-you-rank-us'), rankReason(route));
  add(behavioral[1], 'A behavioral question: tell it as a STAR story.');

  // Second questions on a theme come once each theme had its turn; everything else after them,
  // round-robin across categories so a long plan stays varied.
  priority.push(...later.splice(0));
  const motivation = questionsIn('motivation').filter(
    (q) =>
      fits(q, member) &&
      (q.id !== 'why-this-specialty' || route === 'residency-informatics-track') &&
      !((soap || matched) && q.answer === 'polite-decline'),
  );
  const opener = questionsIn('opener').filter((q) => fits(q, member));
  const rest: Question[][] = [informatics, behavioral, motivation, img, opener];
  const longest = Math.max(...rest.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of rest) add(list[i], 'More practice in this category.');
  priority.push(...later);

  // The member's rehearsal items (red flags to rehearse and their own history) past the default
  // count come in on top of it, up to PLAN_CONFIG.historyGrowth (a typed count or a focus is kept).
  const rehearsal = (q: Question) =>
    q.category === 'red-flag' && (own.has(q.id) || rehearse.some((f) => q.tags?.includes(f.id)));
  if (options.count === undefined && !focused && !soap) {
    const examAsked = priority.slice(0, count).some((q) => q.id === 'rf-exam-failure');
    const missing = priority
      .slice(count)
      .filter((q) => rehearsal(q) && !(examAsked && q.id === 'rf-low-score'))
      .slice(0, PLAN_CONFIG.historyGrowth);
    for (const q of missing) {
      priority.splice(priority.indexOf(q), 1);
      priority.splice(count, 0, q);
      count += 1;
    }
  }
  const chosen = priority.slice(0, count);
  // The two must-haves open the interview; the rest follow the flow, in priority order within a category.
  const opening = new Set([
    'tell-me-about-yourself',
    ...(residencyReapplicant ? ['why-this-specialty', 'rf-previous-cycle'] : []),
    'why-clinical-informatics',
  ]);
  // "Where will you rank us?" is rehearsed as a polite decline in every plan of a few questions or
  // more: a member who meets it unprepared may give a rank away, and the decline takes practice
  // (judges of profiles W found 11 of 12 eight-question plans without it). It takes the place of the
  // last general question chosen, never of a red flag, the member's own history or the openers.
  const decline =
    chosen.find((q) => q.answer === 'polite-decline') ?? priority.find((q) => q.answer === 'polite-decline');
  if (decline && !matched && !chosen.includes(decline) && !focused && count >= PLAN_CONFIG.declineFrom) {
    // A residency applicant's "why this specialty?" is no general question: it is the residency's own,
    // unless "why residency again?" (or another question on the earlier training) already asks it.
    const pointedAsked = chosen.some((q) => POINTED.includes(q.id));
    const general = (q: Question) =>
      !opening.has(q.id) &&
      q.category !== 'red-flag' &&
      !own.has(q.id) &&
      !POINTED.includes(q.id) &&
      (q.id !== 'why-this-specialty' || pointedAsked);
    // The last general question of a category asked twice goes first, so each theme keeps a turn.
    const twice = (q: Question) => chosen.filter((x) => x.category === q.category).length > 1;
    const out = [...chosen].reverse().find((q) => general(q) && twice(q)) ?? [...chosen].reverse().find(general);
    if (out) chosen.splice(chosen.indexOf(out), 1, decline);
  }
  // The decline closes the interview, where programs ask it.
  const rank = (q: Question) => {
    const i = priority.indexOf(q);
    if (q.answer === 'polite-decline') return 100000 + i;
    return opening.has(q.id) ? i - 2000 : FLOW.indexOf(q.category) * 1000 + i;
  };
  const questions = [...chosen]
    .sort((a, b) => rank(a) - rank(b))
    .map((q) => ({
      ...q,
      ...notYetPassed(q, profile),
      ...namedSpecialty(q, profile),
      ...specialtyInRepeat(q, profile, route, chosen),
      ...abroadCareText(q, profile),
      ...(rerouted && q.id === 'rf-fellowship-eligibility' ? RESIDENCY_FIRST : {}),
      ...remediationWording(q, profile),
      ...resignationWording(q, profile),
      ...turningPointWording(q, profile),
      ...(soap ? soapWording(q, ownWork?.title) : {}),
      // The lead's decision (ux41): a fellowship applicant not yet eligible rehearses the residency
      // interviews that come first, each question labelled as that route, so nothing reads as
      // preparation for a fellowship interview this season.
      why: rerouted
        ? `${routeLabel(profile)} ${why.get(q.id) ?? ''}`.trim()
        : soap
          ? `${SOAP_LABEL} ${q.id === 'tell-me-about-yourself' ? SOAP_OPENER_REASON : (why.get(q.id) ?? '')}`.trim()
          : (why.get(q.id) ?? ''),
    }));
  // A low score the chosen exam question already asks about is rehearsed, not left out.
  const scoreAsked = lowScore !== undefined && chosen.some((q) => q.id === 'rf-exam-failure');
  const didNotFit = priority
    .slice(count)
    .filter(rehearsal)
    .filter((q) => !(scoreAsked && q.id === 'rf-low-score'))
    .map((q) => q.id);

  const notGiven = [...report.notGiven];
  if (audience === 'unknown') notGiven.push('citizenship not given — IMG questions are the general ones');
  if (!profile.target) notGiven.push('target not given — informatics questions are not weighted for a fellowship');
  const lead = matched ? matchedLead(matched) : undefined;
  return {
    questions: matched ? questions.map(withoutUnmatchedFollowUps) : questions,
    toAsk: toAskFor(route, member, flagged, focus as Category | undefined),
    didNotFit,
    notGiven,
    ...(lead ? { lead } : {}),
  };
}

/** Said first in a matched member's plan: what these questions are for now. */
function matchedLead(w: MatchWon): string {
  const what = w.match === 'amia' ? 'fellowship' : 'residency';
  return `You matched (your notes say so), for a ${what} starting July ${w.start.slice(0, 4)}: the result is binding, and no interview or rank list is ahead this season, so ranking questions are left out. Use these questions to prepare for your program's orientation and first meetings with your program director, and for later interviews (a fellowship, a job); your red flags stay worth a short, honest answer.`;
}

/** Follow-ups that suppose the member may not match, dropped once a match is won. */
function withoutUnmatchedFollowUps<Q extends { followUps: string[] }>(q: Q): Q {
  const kept = q.followUps.filter((f) => !/\b(?:did not|do not|don't|didn't|not) match\b/i.test(f));
  return kept.length === q.followUps.length ? q : { ...q, followUps: kept };
}

/**
 * Why an earlier cycle is rehearsed, or undefined when none is: a turning point the notes name (a
 * withdrawal, a switch of route), or an earlier unsuccessful cycle below the red-flag threshold of
 * two (a residency Match followed by matching is behind a fellowship applicant, so it is not asked).
 */
function previousCycleReason(profile: Profile, today: string, flagged: ReadonlySet<string>): string | undefined {
  const turns = turningPoints(profile);
  if (hasTurningPoint(turns)) {
    return turns.switchedFrom
      ? `Your ${turns.fromLetters ? 'letters were written for an application to' : 'timeline says you applied to'} ${turns.switchedFrom} before switching: interviewers ask why, and what you have done since.`
      : 'Your timeline says you withdrew from a Match: interviewers ask what happened and what you have done since.';
  }
  if (
    (profile.matchAttempts ?? 0) >= 1 &&
    !flagged.has('multiple-match-attempts') &&
    readMatchAttempts(profile, today)?.kind !== 'residency-then-matched'
  )
    return 'You list an earlier unsuccessful cycle: interviewers usually ask what you have done since.';
  return undefined;
}

/** Months away from patients outside the gap and outside exam preparation (a job, research). */
function awayBeyondGap(p: Profile, away: TimeAway, g: { from: string; to: string }, today: string): number {
  const now = monthIndex(today.slice(0, 7));
  const prep = (p.timeline ?? []).filter((t) => t.activity === 'exam-prep');
  const inPrep = (m: number) =>
    prep.some((t) => monthIndex(t.from) <= m && m <= (t.to === 'present' ? now : monthIndex(t.to)));
  let n = 0;
  for (let m = monthIndex(away.from); m <= monthIndex(away.to); m++) {
    if (m >= monthIndex(g.from) && m <= monthIndex(g.to)) continue;
    if (!inPrep(m)) n++;
  }
  return n;
}

/** "Step 1 (Jun 2019) and Step 2 CK (May 2020)": every failed attempt, named. */
/**
 * The exam-failure question's coaching ends on "the later pass or score": for an exam the member has
 * not passed yet that steers them to cite a result they do not have (a judge of blind profile batch B,
 * a Step 3 failed and never passed). Then it ends on the plan for the next attempt.
 */
function notYetPassed(q: Question, p: Profile): Partial<Question> {
  if (q.id !== 'rf-exam-failure') return {};
  const open = examHistory(p).filter((h) => h.failures > 0 && !h.passed);
  if (!open.length) return {};
  const names = open.map((h) => EXAM_LABEL[h.exam]).join(' and ');
  return {
    shows: `Ownership in one sentence, an honest analysis of what went wrong, what you are changing, and a concrete plan for your next ${names} attempt.`,
    hint: `Name the failure plainly, give the real cause in a sentence, describe what you are changing in how you prepare, then give your plan and date for the next attempt. You have not passed ${names} yet: never imply a pass you do not have. About a minute, no excuses.`,
  };
}

function failuresText(p: Profile): string {
  const failed = examHistory(p).flatMap((h) =>
    h.attempts.filter((a) => a.result === 'fail').map((a) => `${EXAM_LABEL[h.exam]} (${humanMonth(a.date)})`),
  );
  if (failed.length <= 1) return `your ${failed[0] ?? 'exam'} failure`;
  return `each of your failed attempts: ${failed.slice(0, -1).join(', ')} and ${failed.at(-1)}`;
}

/**
 * What the exam-failure question adds when the low-score flag names a passing score: the reason's
 * tail (", and the retake's low pass (Step 2 CK 217): …" when the failed exam was passed with it,
 * else the low score itself) and a follow-up asking about the score. Programs read failures and
 * scores as one exam record, so the score is asked in the failure's question rather than taking
 * a slot of its own (a judge of p198 found an OET failure and Step 2 CK 217 in two of eight
 * slots while her two hands-on US months, a medium flag, did not fit). Undefined with no low score.
 */
function lowScoreText(p: Profile, flags: readonly Flag[]): { reason: string; followUp: string } | undefined {
  const low = flags.find((f) => f.id === 'low-score');
  if (!low) return undefined;
  const scores = low.title.slice(low.title.indexOf(':') + 1).trim();
  const many = /,| and /.test(scores);
  const followUp = `And your ${many ? 'scores' : 'score'} (${scores}) ${many ? 'are' : 'is'} below our usual range: why should that not concern us?`;
  for (const h of examHistory(p)) {
    if (!h.attempts.some((a) => a.result === 'fail')) continue;
    const pass = h.attempts.find((a) => a.result === 'pass' && a.score !== undefined);
    const named = pass ? `${EXAM_LABEL[h.exam]} ${pass.score}` : undefined;
    if (named && low.title.includes(named)) {
      return {
        reason: `, and the retake's low pass (${named}): say what the score shows and what you have done since`,
        followUp,
      };
    }
  }
  return {
    reason: `, and be ready for the follow-up on your low passing ${many ? 'scores' : 'score'} (${scores}): programs read failures and scores together as one exam record`,
    followUp,
  };
}

/** Why "why a second residency?" is rehearsed: the first one, named from the profile. */
function secondReason(p: Profile, today: string): string {
  const first = secondResidency(p, today);
  const name = first ? midSentence(first.specialty) : '';
  const what = first
    ? `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name} residency in ${first.country}`
    : 'a residency abroad';
  return `You completed ${what} and then trained again in a US residency: programs ask why you chose to train a second time and what the first training brings.`;
}

/** Why "why train again after years of practice?" is rehearsed: the years, named from the profile. */
function practiceReason(p: Profile, today: string): string {
  const x = practisedAfterResidencyAbroad(p, today);
  const where = x?.country ? ` in ${x.country}` : ' abroad';
  const years = x ? `since ${humanMonth(x.since)} (about ${humanMonths(x.months)})` : 'for some time';
  return `You finished your residency and have practised as a specialist${where} ${years}: programs ask why you want to become a trainee again, in the US, now, and what your senior years bring.`;
}

/** Why the ranking question is rehearsed: the rule of the member's match, named. */
function rankReason(route: Profile['target']): string {
  const match = matchForTarget(route);
  const rule =
    match?.id === 'nrmp-main'
      ? `Under the ${match.name} rules a program may not ask how you will rank it`
      : match
        ? `The ${match.name} publishes no rule on this, but programs follow the NRMP's etiquette and should not ask how you will rank them`
        : 'Programs should not ask how you will rank them (the NRMP forbids it; AMIA follows the same etiquette)';
  return `${rule}. If one does, rehearse a polite decline: warm, brief, no ranking and no promise.`;
}

/** The question for the gap rehearsed: readiness without medical detail, a life event told plainly, or the use of the time. */
function gapQuestion(g: RehearsedGap, m: Member): Question | undefined {
  const id = g.kind === 'health' ? 'rf-gap-health' : g.kind === 'personal' ? 'rf-gap-on-cv' : 'rf-training-gap';
  const q = must(id);
  return fits(q, m) ? q : flagQuestions('training-gap', m)[0];
}

function gapReason(g: RehearsedGap): string {
  const what =
    g.flag.severity === 'low'
      ? `A break on your CV is asked about whatever its weight: ${g.flag.title.replace(/^Training gap: /, '')}.`
      : `Rehearses your ${g.flag.severity} red flag: ${g.flag.title}.`;
  return g.kind === 'health'
    ? `${what} Rehearse it briefly and without medical detail, ending on what is in place now and how ready you are to train.`
    : what;
}

function leftResidencyReason(p: Profile, today: string): string {
  const left = residencyLeft(p, today);
  const r = left?.residency;
  const where = r
    ? `your ${programName(r.specialty, 'residency')}${isUsCountry(r.country) ? '' : ` in ${r.country}`}`
    : 'a residency';
  const after = left ? ` after ${humanMonths(left.months)}` : '';
  // A dismissal is never told as leaving, here either (the question's hint says so).
  if (wasDismissed(p) || noteContractEnd(p))
    return `Your time in ${where} ended${after}: programs ask how it ended and why you want to start residency again now.`;
  return `You left ${where}${after}: programs ask why you left and why you want to start residency again now.`;
}

function otherLeftReason(p: Profile, today: string): string {
  const left = otherResidencyLeft(p, today);
  const r = left?.residency;
  const where = r
    ? `your ${programName(r.specialty, 'residency')}${isUsCountry(r.country) ? '' : ` in ${r.country}`}`
    : 'a residency';
  const after = left ? ` after ${humanMonths(left.months)}` : '';
  if (wasDismissed(p) || noteContractEnd(p))
    return `Your time in ${where} ended${after} before you finished it: programs ask how it ended, and what brought you to the path you are on now.`;
  return `You left ${where}${after} before finishing it: programs ask why you left, and what brought you to the path you are on now.`;
}

function leftFellowshipReason(p: Profile, today: string): string {
  const left = fellowshipLeft(p, today);
  const what = left ? `your ${programName(left.residency.specialty, 'fellowship')}` : 'a fellowship';
  return `You left ${what} to pursue informatics: programs ask what made you change direction and whether the choice will last.`;
}

/** "internal medicine residency" from the member's name for it, never "… residency residency". */
const programName = (specialty: string, kind: 'residency' | 'fellowship') =>
  `${midSentence(specialty.replace(/\s*\b(?:residency|fellowship|training)\b\s*$/i, '').trim())} ${kind}`;

/**
 * Every angle on a flag for a red-flag focus; for a gap, the one that fits its reason first, and
 * never "how did you use your time away?" for a break taken for the member's own health.
 */
function focusFlagQuestions(f: Flag, g: RehearsedGap | undefined, m: Member): Question[] {
  const all = flagQuestions(f.id, m);
  if (f.id !== 'training-gap' || !g) return all;
  const first = gapQuestion(g, m);
  const rest = all.filter((q) => q !== first && !(g.kind === 'health' && q.id === 'rf-training-gap'));
  return first ? [first, ...rest] : rest;
}

/**
 * An outcome that states a change and its size: "median time down by a fifth", "duplicates cut by
 * a third", "from 40 to 12 a week", "halved". A count of scale ("1,200 users live", "14 wards")
 * says how big the work was, not what it changed.
 */
export function measuredOutcome(outcome: string): boolean {
  const t = outcome.toLowerCase();
  if (/\b(?:halved|doubled|tripled)\b/.test(t)) return true;
  if (/\bfrom [^,;]{0,30}?\d[^,;]{0,30}?\bto\b[^,;]{0,20}?\d/.test(t)) return true;
  const change =
    /\b(?:down|up|cut|reduc\w*|decreas\w*|increas\w*|fell|falls?|fallen|dropp?\w*|rose|risen|improv\w*|shorten\w*|lower\w*|rais\w*|faster|slower|saved)\b/;
  const size =
    /(?:\d|%|\b(?:half|a third|a quarter|a fifth|a tenth|two thirds|three quarters|percent|points?|fold|twice)\b)/;
  return change.test(t) && size.test(t);
}

/** What the member does now, outside patient care, and for how long (12 months or more). */
interface CurrentRole {
  what: string;
  staying: string;
}

/**
 * The member's present work, when it is research, informatics or another non-clinical job held for
 * a year or more: an interviewer will ask why they want clinical training rather than staying where
 * they are (a judge found only "Why clinical informatics?" for a researcher on an O-1).
 */
export function currentNonClinicalRole(p: Profile, today: string): CurrentRole | undefined {
  const now = monthIndex(today.slice(0, 7));
  const current = (p.timeline ?? []).find(
    (t) => t.to === 'present' || (t.to.length >= 7 && monthIndex(t.to.slice(0, 7)) >= now),
  );
  if (!current) return undefined;
  if (now - monthIndex(current.from) + 1 < 12) return undefined;
  switch (current.activity) {
    case 'research':
      return { what: 'research', staying: 'staying in research' };
    case 'informatics':
      return /\bresearch/i.test(current.note ?? '')
        ? { what: 'informatics research', staying: 'staying in research' }
        : { what: 'an informatics role', staying: 'staying in your informatics role' };
    case 'non-clinical-work':
      return { what: 'a non-clinical job', staying: 'staying in your current job' };
    default:
      return undefined;
  }
}

/**
 * A CI fellowship applicant whose residency is Canadian (done or under way) and who has no US
 * residency: US programs ask why a US fellowship rather than training in informatics in Canada (a
 * judge found only "Why clinical informatics?" for an RCPSC-trained internist). Returns the specialty.
 */
export function canadianTrainingForUsFellowship(p: Profile, today: string): string | undefined {
  if (p.target !== 'ci-fellowship') return undefined;
  const readings = readResidencies(p, today) ?? [];
  if (readings.some((r) => isUsResidency(r.residency))) return undefined;
  const canadian = readings.find((r) => isCanada(r.residency.country) && r.status !== 'left');
  return canadian?.residency.specialty;
}

/** "Why clinical informatics?" with its second half for a member trained in Canada. */
function whyUsAfterCanada(q: Question, specialty: string): Question {
  return {
    ...q,
    text: 'Why clinical informatics, and why a fellowship in the US after your training in Canada?',
    shows: `${q.shows} For you also: a reason for the US that is about the training (the program's systems, faculty or projects you name, the ACGME fellowship and the ABPM clinical informatics boards it can lead to) rather than only about leaving, and where you see yourself working after it.`,
    hint: `${q.hint} Then say, in a sentence or two, what a US fellowship gives you that you could not get after your ${specialty} training in Canada, and your plan after it (a visa that asks you to return home makes this a question they will follow up).`,
    followUps: ['Do you plan to practise in the US or in Canada after the fellowship?', ...q.followUps],
  };
}

/** The profile records a dismissal from training. */
function wasDismissed(p: Profile): boolean {
  return (p.professionalism ?? []).some((e) => e.kind === 'dismissal');
}

/**
 * "Why did you leave your residency?" asked of a member who was dismissed: the question and its hint
 * say how the training ended, so the rehearsal never tells a dismissal as leaving.
 */
function asDismissal(q: Question): Question {
  if (q.id !== 'why-left-residency' && q.id !== 'why-left-residency-other') return q;
  return {
    ...q,
    text:
      q.id === 'why-left-residency'
        ? 'Your earlier residency ended in a dismissal before you finished it. Why start again now, and what makes you sure it will go differently this time?'
        : 'I see a residency of yours ended before you finished it. What happened, and what brought you to where you are now?',
    shows:
      'That you can name a dismissal plainly and briefly, take responsibility for your part without blaming anyone, show what you changed, and point to evidence since that it holds.',
    hint: 'Say in one or two sentences that the program dismissed you and why, in plain words: never call it leaving or resigning, since your records say otherwise. Own your part, then what you changed and what shows it (later training completed, a supervisor who can vouch for you), and end on why you are ready to finish this training.',
  };
}

/**
 * "Why did you leave your residency?" asked of a member whose contract the program did not renew (or
 * ended): the question and hint say how it ended, and that the new program will hear the reason
 * from the old one, so the account must match it.
 */
function asContractEnd(q: Question): Question {
  if (q.id !== 'why-left-residency' && q.id !== 'why-left-residency-other') return q;
  return {
    ...q,
    text: 'I see your earlier residency ended before you finished it, when your contract was not continued. What happened, and what is different now?',
    shows:
      'That you can say plainly that the program did not continue your contract and why, without blaming anyone, what you changed, and evidence since that it holds.',
    hint: 'Say in one or two sentences that the program did not renew your contract and its reason, in the words your records use: programs confirm the reason with that program, so never call it leaving. Then what you changed, what shows it (work since, a supervisor who can vouch for you), and why you are ready to finish this training.',
    followUps: [
      'What would your former program director say about you?',
      ...q.followUps.filter((f) => !/leave/i.test(f)),
    ],
  };
}

/** "Why clinical informatics?" with the half this member must also answer: why leave the current role. */
function whyLeaveRole(q: Question, role: CurrentRole, target: Profile['target']): Question {
  const training =
    target === 'ci-fellowship'
      ? 'a fellowship'
      : target === 'residency-informatics-track'
        ? 'a residency'
        : 'clinical training';
  return {
    ...q,
    text: `Why clinical informatics, and why ${training} now rather than ${role.staying}?`,
    // What the training gives, said only where it holds for every member of that target: a CI
    // fellowship leads to the clinical informatics boards only after an accepted residency (a judge
    // found "board eligibility" promised to a member whose foreign residency does not count).
    shows: `${q.shows} For you also: what ${training} gives that ${role.what} does not (${target === 'ci-fellowship' ? 'supervised informatics practice inside patient care, and a clinical role in informatics decisions' : 'supervised patient care, board eligibility in your specialty, and a clinical voice in informatics decisions'}), so the move reads as a step toward a goal, not away from your current work.`,
    hint: `${q.hint} Then name what your current work taught you and what it cannot give you, and why ${training} is the way to get it.`,
    // "What would you lose by leaving full-time clinical work?" presumes clinical work she is not doing.
    followUps: [
      `What would you miss about ${role.what}?`,
      ...q.followUps.filter((f) => !/full-time clinical/i.test(f)),
    ],
  };
}

/**
 * A fellowship applicant five or more years past a completed US residency: "why informatics?" comes
 * as "why a two-year fellowship now, after N years in practice?", the form programs ask it in (a
 * judge of p357, fourteen years an internist, found only the general question).
 */
function whyNowAfterPractice(q: Question, p: Profile, today: string, route: Profile['target']): Question {
  if (route !== 'ci-fellowship') return q;
  const month = today.slice(0, 7);
  const ends = (p.residencies ?? [])
    .filter((r) => isUsCountry(r.country) && r.completed && r.to !== 'present' && r.to <= month)
    .map((r) => r.to)
    .sort();
  const last = ends.at(-1);
  if (!last) return q;
  const years = Math.floor((monthIndex(month) - monthIndex(last)) / 12);
  if (years < 5) return q;
  return {
    ...q,
    text: `Why clinical informatics, and why a two-year fellowship now, ${years} years after finishing residency?`,
    hint: `${q.hint} Then say why formal training now, rather than informatics work alongside your practice: what the fellowship and the board certification let you do that your current role does not.`,
  };
}
