/**
 * Facts about one letter writer that both the letter rules and the slot plan read (kept apart
 * from both so neither imports the other's module for them).
 */
import type { Letter, Profile } from '../core/profile/schema.js';
import { isHandsOnUsce, isUsResidency } from '../core/profile/training.js';
import { isClinicalPeriod, lastClinicalMonth, periods } from '../core/profile/derived.js';
import { humanMonth, monthIndex } from '../core/dates.js';
import { writerRetired } from './letter-notes.js';
import { letterAimedElsewhere } from './letter-aim.js';

/** Years past which a letter is stale (todayYear - letter.year > this). */
export const STALE_AFTER_YEARS = 3;

/** Programs typically ask for at least this many letters (too-few-letters below it). */
export const MIN_LETTERS = 3;

/** `language` values (lower-cased) that count as English; "en-US"-style tags count too. */
export const ENGLISH_NAMES: readonly string[] = ['en', 'english'];

/**
 * Every number the letter rules use (src/rules/letters.ts, which re-exports it). Comparisons are
 * spelled out per key. Kept here, with the constants it is built from, so the season code that
 * reads the ask window (src/composers/application-season.ts) need not import the letter rules.
 */
export const LETTER_RULES = {
  /** too-many-letters when letters.length > maxLetters (ERAS: at most 4 letters per program). */
  maxLetters: 4,
  /** too-few-letters when letters.length < minLetters (programs typically ask for 3-4). */
  minLetters: MIN_LETTERS,
  /** too-few-letters is high at or below this many letters, medium above (so: 0-1 high, 2 medium). */
  tooFewHighAtMost: 1,
  /** stale-letter when todayYear - letter.year > staleAfterYears (so 3 years ago is still fine). */
  staleAfterYears: STALE_AFTER_YEARS,
  /** informatics-share-low (CI fellowship) when informatics letters / all letters < minInformaticsShare. */
  minInformaticsShare: 0.5,
  /** late-ask high/medium when days from ask to deadline < lateAskDays (4 weeks). */
  lateAskDays: 28,
  /** late-ask low when lateAskDays <= days < comfortableAskDays (6 weeks); none at 42 or more. */
  comfortableAskDays: 42,
  /**
   * A writer asked fewer days ago than this gets no follow-up yet (the guides give no wait for a
   * reply, so this is the advisor's own line: a week), unless the deadline is within
   * reminderWindowDays.
   */
  followUpAfterDays: 7,
  /** The gentle reminder's window before the deadline (letters#follow-up: 1-2 weeks before it). */
  reminderWindowDays: 14,
  /** `language` values (lower-cased) that count as English; "en-US"-style tags count too. */
  englishNames: ENGLISH_NAMES,
} as const;

export function yearOf(today: string): number {
  return Number(today.slice(0, 4));
}

export function isEnglish(language: string | undefined): boolean {
  if (language === undefined) return true; // the contract's default is "en"
  const l = language.trim().toLowerCase();
  return ENGLISH_NAMES.includes(l) || /^en[-_]/.test(l);
}

/** Years since the writer last worked with the member (today's year - letter.year). */
export function yearsSince(letter: Letter, today: string): number {
  return yearOf(today) - letter.year;
}

/**
 * The year the letters go to programs: programs read them then, not today (a judge: a 2023 letter
 * rated "fairly recent" in December 2026 for an application sent in July 2027). A deadline still
 * ahead names it. Without one, from the month this season's interviews begin (CI fellowship:
 * September; residency: October) the member is preparing next year's application, as the timeline
 * says; a deadline passed means the letters already went, this year.
 */
export function letterUseYear(profile: Profile, today: string): number {
  const year = yearOf(today);
  const deadline = profile.deadline;
  if (deadline !== undefined) return deadline >= today ? Math.max(year, yearOf(deadline)) : year;
  const interviewsFrom = profile.target === 'residency-informatics-track' ? 10 : 9;
  return Number(today.slice(5, 7)) >= interviewsFrom ? year + 1 : year;
}

/** Years between the writer's last work with the member and the year programs read the letter. */
export function yearsAtUse(letter: Letter, profile: Profile, today: string): number {
  return letterUseYear(profile, today) - letter.year;
}

/** Stale by the time programs read it (more than three years old then). */
export function isStale(letter: Letter, profile: Profile, today: string): boolean {
  return yearsAtUse(letter, profile, today) > STALE_AFTER_YEARS;
}

/** Not stale today, but will be by the season the letters are used in. */
export function staleBySeason(letter: Letter, profile: Profile, today: string): boolean {
  return isStale(letter, profile, today) && yearsSince(letter, today) <= STALE_AFTER_YEARS;
}

/** A weak writer: a family friend, or anyone who did not watch the member work. */
export function isWeakWriter(letter: Letter): boolean {
  return letter.role === 'family-friend' || !letter.directObservation;
}

const ROLE_LABEL: Record<Letter['role'], string> = {
  attending: 'attending',
  'program-director': 'residency program director',
  'informatics-faculty': 'informatics faculty member',
  cmio: 'CMIO',
  'research-supervisor': 'research supervisor',
  'qi-lead': 'QI lead',
  'department-chair': 'department chair',
  'non-physician-supervisor': 'non-physician supervisor',
  'family-friend': 'family friend',
  other: 'writer',
};

export function roleLabel(letter: Letter): string {
  return ROLE_LABEL[letter.role];
}

/**
 * Roles that oversee research or informatics work rather than patient care. Such a writer may be a
 * physician and may have met the member in the US, but they did not supervise the member's care
 * nor have them on a clinical team: they are no "observer" writer and a weak fit for the clinical slot.
 */
const NON_CLINICAL_ROLES: ReadonlySet<Letter['role']> = new Set([
  'research-supervisor',
  'informatics-faculty',
  'cmio',
  'qi-lead',
]);

export function supervisesResearchOrInformatics(letter: Letter): boolean {
  return NON_CLINICAL_ROLES.has(letter.role);
}

/** US clinical time that was observing only: observerships listed, nothing hands-on in the US. */
export function observedOnlyInUs(p: Profile): boolean {
  const usce = p.usce ?? [];
  return (
    usce.length > 0 &&
    !usce.some(isHandsOnUsce) &&
    !(p.residencies ?? []).some(isUsResidency) &&
    !(p.timeline ?? []).some((t) => t.activity === 'us-clinical')
  );
}

/**
 * The writer's own entry says they had the member as an observer ("observership attending",
 * "hosted my observership", "shadowed"): an observership is hands-off, so whatever else the member
 * did in the US, this writer saw how they learned and took part, never care they gave. An
 * "observation unit" is a ward, not an observership.
 */
const OBSERVER_WORDS = /\b(?:observer(?:s|ship|ships)?|shadow(?:ed|ing)?)\b/i;

/**
 * A US physician who saw the member only as an observer: either all the member's US clinical time
 * was observing, or the writer's entry names an observership. Research and informatics supervisors
 * are not observers of care at all (supervisesResearchOrInformatics says so on its own).
 */
export function observerWriter(letter: Letter, p: Profile): boolean {
  if (letter.setting !== 'us' || !letter.physician || supervisesResearchOrInformatics(letter)) return false;
  return observedOnlyInUs(p) || OBSERVER_WORDS.test(letter.writer);
}

/** Roles whose letters speak to patient care the writer supervised (when they watched it hands-on). */
const CARE_ROLES: ReadonlySet<Letter['role']> = new Set(['attending', 'program-director', 'department-chair']);

/**
 * A physician who supervised the member's patient care: watched them work in a clinical role, and
 * not as an observership host (an observer gave no care to supervise). Residency programs weigh
 * these letters most.
 */
export function supervisedCare(letter: Letter, p: Profile): boolean {
  return letter.physician && letter.directObservation && CARE_ROLES.has(letter.role) && !observerWriter(letter, p);
}

/** The member's specialty, when the writer's entry names it ("externship attending, internal medicine"). */
export function namesSpecialty(letter: Letter, p: Profile): string | undefined {
  const specialty = p.specialty?.trim();
  if (!specialty || specialty.length < 4) return undefined;
  return letter.writer.toLowerCase().includes(specialty.toLowerCase()) ? specialty : undefined;
}

/**
 * "her psychiatry application", when the writer's entry says the letter was written for another
 * application than the one the member makes now (a residency application kept for a CI fellowship).
 * Undefined when it names none, or names this target's kind of application.
 */
export function writtenForOther(letter: Letter, p: Profile): string | undefined {
  const m = /\bwritten\b(?:\s+in\s+\d{4})?\s+for\s+([^;,)]{3,60}?\b(?:application|applications|match|cycle))\b/i.exec(
    letter.writer,
  );
  // Else the member's notes may say it (letter-aim.ts: "my PD's letter was written for MFM fellowship applications").
  if (!m) return letterAimedElsewhere(letter, p)?.field;
  const what = m[1]!.trim();
  const thisKind =
    p.target === 'ci-fellowship'
      ? /\b(?:informatics|CI|fellowships?)\b/i
      : p.target === 'residency-informatics-track'
        ? /\b(?:residenc(?:y|ies)|NRMP|main residency)\b/i
        : undefined;
  return thisKind && !thisKind.test(what) ? what : undefined;
}

/** Another program director's letter, more recent than this one: this one is not "the PD letter". */
export function newerProgramDirector(letter: Letter, letters: readonly Letter[]): Letter | undefined {
  return letters.find((l) => l !== letter && l.role === 'program-director' && l.year > letter.year);
}

/**
 * A writer the member has not asked yet, as far as the profile shows: no `asked` date while other
 * writers have one (a member who records her asks left this one out because it has not happened).
 * With no dates at all, an absent date says nothing: the letter may be in hand already.
 */
export function neverAsked(letter: Letter, letters: readonly Letter[]): boolean {
  return letter.asked === undefined && letters.some((l) => l.asked !== undefined);
}

/** Years after which a program director's letter no longer speaks for the member's work. */
export const PD_GIVES_WAY_AFTER_YEARS = 7;

/**
 * The current writer an old program director's letter should give way to, when there is one: the
 * director last saw the member 7 or more years ago, or is named as retired and the letter is stale,
 * while another physician who watched the member work recently (a department chair or chief first,
 * then an attending, CMIO or other clinical supervisor) can write now. A judge of p363 (residency
 * 2018, hospitalist since, the PD retired in 2024) found "keep this letter, ask her to refresh it"
 * where the current chair should carry the clinical letter; the residency's GME office can still
 * verify the training (letters.ts says how). Undefined when the letter is not such a one, or no
 * current writer can take its place.
 */
export function currentWriterInstead(letter: Letter, profile: Profile, today: string): Letter | undefined {
  // A fellowship applicant's: residency programs read a foreign director's letter for the training itself.
  if (letter.role !== 'program-director' || profile.target !== 'ci-fellowship') return undefined;
  const retired = writerRetired(letter, profile) !== undefined;
  const old = yearsSince(letter, today) >= PD_GIVES_WAY_AFTER_YEARS;
  if (!old && !(retired && isStale(letter, profile, today))) return undefined;
  const order: readonly Letter['role'][] = ['department-chair', 'attending', 'cmio', 'informatics-faculty', 'qi-lead'];
  return (profile.letters ?? [])
    .filter(
      (c) =>
        c !== letter &&
        c.physician &&
        c.directObservation &&
        order.includes(c.role) &&
        isEnglish(c.language) &&
        !isStale(c, profile, today),
    )
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || b.year - a.year)[0];
}

/**
 * The member's last month of patient care, when this writer's time with them came after it: a
 * writer who knows the member only from later work (an industry medical director, an informatics
 * colleague) saw no patient care, whatever their role or degree (judge of p405: a 2026 physician
 * colleague of a member without patient care since 2015 was slotted to "vouch for your patient
 * care"). Read only from a timeline that records clinical work; an undated hands-on US rotation
 * (usce other than a residency) could be later, so a US writer is then given the benefit of it.
 */
export function careEndedBefore(letter: Letter, p: Profile, today: string): string | undefined {
  if (!(p.timeline ?? []).length) return undefined;
  const last = lastClinicalMonth(p, today);
  if (!last || last.basis !== 'timeline') return undefined;
  if (letter.year <= Number(last.month.slice(0, 4))) return undefined;
  const undated = (p.usce ?? []).some((u) => u.kind !== 'residency' && isHandsOnUsce(u));
  if (undated && letter.setting === 'us') return undefined;
  return humanMonth(last.month);
}

/**
 * The member gives no patient care now (the timeline records no clinical work running to today):
 * nobody "sees their practice now". Undefined when the timeline is not given (not known).
 */
export function noPracticeNow(p: Profile, today: string): string | undefined {
  if (!(p.timeline ?? []).length) return undefined;
  const all = periods(p, today);
  // A period running to this month (a residency in progress has no "current" mark, only its end).
  const now = monthIndex(today.slice(0, 7));
  if (all.some((x) => isClinicalPeriod(x) && (x.current === true || x.to >= now))) return undefined;
  const last = lastClinicalMonth(p, today);
  if (last?.basis !== 'timeline') return undefined;
  // A short pause between clinical jobs is no "no practice": only two years or more away from
  // patients, the line clinical currency starts from, changes who can vouch for clinical work.
  return now - monthIndex(last.month) >= NO_PRACTICE_MONTHS ? humanMonth(last.month) : undefined;
}

/** Months since the last patient care from which the plan says no one sees the member's practice now. */
export const NO_PRACTICE_MONTHS = 24;

/**
 * What the member was doing, with no patient care, in the year this writer last worked with them:
 * "your teaching", "your public-health work", "your research". Read from the timeline on the writer's
 * side of the border: when every period of that year that is work or study is without patient care,
 * the writer saw that work and none of the member's care, whatever their role or degree (judges of
 * p411, a county health officer slotted to "vouch for your patient care", and p417, a nursing
 * programme's supervisor asked about US clinical workflows). Undefined when the year holds patient
 * care, holds nothing, or the timeline is not given; a US writer is given the benefit of an undated
 * hands-on US rotation when the timeline places none.
 */
export function workSeenWithoutCare(letter: Letter, p: Profile, today: string): string | undefined {
  // A role that names patient care (an attending, a program director, a chair) is trusted for it unless
  // the writer came after the member's last care (careEndedBefore): only the role's silence is read here.
  if (!(p.timeline ?? []).length || CARE_ROLES.has(letter.role)) return undefined;
  const from = monthIndex(`${letter.year}-01`);
  const to = monthIndex(`${letter.year}-12`);
  const year = periods(p, today).filter((x) => x.from <= to && x.to >= from);
  const ownSide = (x: (typeof year)[number]) =>
    x.activity === 'us-clinical' ? letter.setting === 'us' : x.activity === 'clinical' ? letter.setting !== 'us' : true;
  if (year.some((x) => isClinicalPeriod(x) && ownSide(x))) return undefined;
  const work = year.filter((x) => WORK_WITHOUT_CARE.has(x.activity));
  if (!work.length) return undefined;
  const usRotation =
    letter.setting === 'us' &&
    (p.usce ?? []).some((u) => u.kind !== 'residency' && isHandsOnUsce(u)) &&
    !(p.timeline ?? []).some((t) => t.activity === 'us-clinical');
  if (usRotation) return undefined;
  const labels = [...new Set(work.map((x) => workLabel(x.activity, x.note)))];
  return labels.length === 1 ? labels[0] : 'your work outside patient care';
}

const WORK_WITHOUT_CARE: ReadonlySet<string> = new Set(['education', 'research', 'informatics', 'non-clinical-work']);

function workLabel(activity: string, note: string | undefined): string {
  if (activity === 'education') return 'your teaching';
  if (activity === 'research') return 'your research';
  if (activity === 'informatics') return 'your informatics work';
  if (/\bpublic[- ]health\b|\bepidemiolog/i.test(note ?? '')) return 'your public-health work';
  if (/\bteach|\binstructor|\blecturer|\btutor/i.test(note ?? '')) return 'your teaching';
  return 'your work outside patient care';
}
