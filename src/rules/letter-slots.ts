/**
 * The four-slot letter mix the letters guide recommends (clinical performance, informatics/health
 * IT, academic/research, wildcard): which writer fills which slot, which slots are still empty, and
 * how the writers rank by strength. Deterministic: ties fall back to slot order, then to the order
 * the member listed the writers in. Pure: `today` is a parameter.
 */
import { specialtyName } from '../core/profile/friendly.js';
import { letterTiming } from '../composers/lor-deadline.js';
import { swapSlotNote, translationSwap } from './letter-swap.js';
import { specialtyLetterNote } from './letter-specialty.js';
import type { Letter, Profile } from '../core/profile/schema.js';
import {
  isEnglish,
  isStale,
  isWeakWriter,
  MIN_LETTERS,
  neverAsked,
  namesSpecialty,
  observerWriter,
  supervisedCare,
  roleLabel,
  supervisesResearchOrInformatics,
  yearsAtUse,
  currentWriterInstead,
  careEndedBefore,
  noPracticeNow,
  workSeenWithoutCare,
} from './letter-facts.js';

/** The fellowship mix of the letters guide (and the plan for a member with no target yet). */
export const SLOTS = ['clinical', 'informatics', 'research', 'wildcard'] as const;
/**
 * A residency's mix: programs weigh letters from physicians who supervised the member's patient
 * care most (ideally US faculty in the specialty), so two slots ask for them; an informatics letter
 * is a plus for an informatics track, not the core; the fourth takes anyone who watched them work.
 */
export const RESIDENCY_SLOTS = ['clinical', 'clinical-2', 'informatics', 'wildcard'] as const;
export type Slot = (typeof SLOTS)[number] | (typeof RESIDENCY_SLOTS)[number];

/** A residency applicant (explicit target) is planned on the residency's slots. */
export function forResidency(profile: Pick<Profile, 'target'>): boolean {
  return profile.target === 'residency-informatics-track';
}

export function slotsFor(profile: Pick<Profile, 'target'>): readonly Slot[] {
  return forResidency(profile) ? RESIDENCY_SLOTS : SLOTS;
}

/** Points behind the strength ranking; each one mirrors a preference stated in the letters guide. */
export const SLOT_WEIGHTS = {
  strength: {
    directObservation: 3,
    usSetting: 2,
    /** Informatics-oriented writers weigh more for a CI fellowship, where they are the core letters. */
    informatics: 2,
    informaticsForCiFellowship: 3,
    /** For a residency an informatics letter is a plus on an informatics track, not the core. */
    informaticsForResidency: 1,
    /** Residency only: a physician who supervised the member's patient care, the letters programs weigh most. */
    supervisedCareForResidency: 2,
    /** Residency only: the writer's entry names the member's specialty. */
    sameSpecialtyForResidency: 1,
    physician: 2,
    /** Recency: last worked together this year or last year (yearsSince <= 1) vs within 3 years. */
    recentWithinYears: 1,
    recent: 2,
    fairlyRecentWithinYears: 3,
    fairlyRecent: 1,
    nonEnglish: -1,
    role: {
      cmio: 2,
      'informatics-faculty': 2,
      attending: 1,
      'program-director': 2,
      'research-supervisor': 1,
      'qi-lead': 1,
      'department-chair': 0,
      'non-physician-supervisor': 0,
      other: 0,
      'family-friend': -3,
    } satisfies Record<Letter['role'], number>,
    /** A residency reads clinical roles first: an attending outweighs a CMIO there. */
    roleForResidency: {
      cmio: 1,
      'informatics-faculty': 1,
      attending: 2,
      'program-director': 2,
      'research-supervisor': 1,
      'qi-lead': 1,
      'department-chair': 1,
      'non-physician-supervisor': 0,
      other: 0,
      'family-friend': -3,
    } satisfies Record<Letter['role'], number>,
  },
} as const;

export interface SlotAssignment {
  slot: Slot;
  /** The writer filling the slot; absent when the slot is empty. */
  writer?: string;
  why: string;
  /**
   * Set when the writer fills the slot with another kind of letter than its name says: an
   * informatics writer (a CMIO, informatics faculty, an informatics lead) in the academic or the
   * fourth slot writes a second informatics letter, and the plan names it so (slotTitle).
   */
  as?: 'informatics';
}

/**
 * An informatics writer who saw the member's informatics work, holding a slot named for another
 * kind of letter: what they saw is informatics, whatever slot the mix left them (judges of p397,
 * p398, p407: a CMIO and informatics faculty told they "can speak to your analytic skills" in the
 * academic / research slot). A research supervisor or QI lead does write the academic letter.
 */
export function secondInformatics(l: Letter, slot: Slot): boolean {
  return (
    (slot === 'research' || slot === 'wildcard') &&
    l.informatics &&
    l.directObservation &&
    l.role !== 'research-supervisor' &&
    l.role !== 'qi-lead' &&
    l.role !== 'family-friend'
  );
}

/** The slot's title as the plan shows it: the letter the writer actually writes. */
export function slotTitle(s: Pick<SlotAssignment, 'slot' | 'as'>, target?: Profile['target']): string {
  if (s.as === 'informatics')
    return `another informatics letter (in the ${slotLabel(s.slot, target).replace(/\s*\(.*$/, '')} slot)`;
  return slotLabel(s.slot, target);
}

export interface RankedWriter {
  writer: string;
  score: number;
  reasons: string[];
}

export interface LetterPlan {
  slots: SlotAssignment[];
  ranking: RankedWriter[];
  /** Writers no slot needs (more than four, or unfit for any slot), strongest first. */
  spare: string[];
  /**
   * Residency only: how the set reads to a residency program (how many letters come from US
   * physicians who supervised the member's patient care, and what the informatics letters add).
   */
  mix?: string;
  /**
   * Writers no slot fits but whose letter goes out anyway: already asked (or a day set to ask) while
   * a slot is still empty, so programs will see it among the member's four. Their timing matters
   * like a slot writer's; the letters review and every transport read this one list, so the plan
   * never says "not needed" beside "ask today" for the same letter.
   */
  extra: string[];
}

const SLOT_LABEL: Record<Slot, string> = {
  clinical: 'clinical performance',
  'clinical-2': 'second clinical letter',
  informatics: 'informatics / health IT',
  research: 'academic / research',
  wildcard: 'wildcard (leadership, teaching or long-term mentor)',
};

/** A residency's slots say what programs weigh: clinical letters first, informatics a plus. */
const RESIDENCY_LABEL: Partial<Record<Slot, string>> = {
  clinical: 'clinical performance (a US physician who supervised your patient care, ideally in your specialty)',
  'clinical-2': 'second clinical letter (another physician who supervised your patient care)',
  informatics: 'informatics (a plus for an informatics track)',
  wildcard: 'fourth letter (optional: another clinical supervisor, or a research or leadership mentor)',
};

export function slotLabel(slot: Slot, target?: Profile['target']): string {
  return (target === 'residency-informatics-track' ? RESIDENCY_LABEL[slot] : undefined) ?? SLOT_LABEL[slot];
}

/**
 * How well a writer fills a slot; 0 = cannot fill it. Only writers who watched the member work
 * fill the three core slots; the wildcard takes anyone but a family friend, at the lowest fit, so
 * a writer always lands in a core slot when they can fill one.
 */
export function slotFit(l: Letter, slot: Slot, profile?: Profile, today?: string): number {
  if (l.role === 'family-friend') return 0;
  const observed = l.directObservation;
  switch (slot) {
    case 'clinical-2':
      return slotFit(l, 'clinical', profile, today);
    case 'clinical': {
      if (!observed || !l.physician) return 0;
      // The residency program director speaks for the whole training: the best clinical writer.
      // A research or informatics supervisor saw no patient care: any slot of their own fits better.
      const role =
        l.role === 'program-director'
          ? 3
          : l.role === 'attending'
            ? 2
            : l.role === 'department-chair'
              ? 1
              : supervisesResearchOrInformatics(l) ||
                  (profile && today && (careEndedBefore(l, profile, today) || workSeenWithoutCare(l, profile, today)))
                ? -2
                : 0;
      // An observership host saw the member learn, not care they gave: a writer who supervised
      // hands-on care takes the clinical slot first.
      // One the member marks as speaking to informatics (the observership host who supervises their
      // informatics project) fits the informatics slot better than this one.
      const observer = profile && observerWriter(l, profile) ? (l.informatics ? 3 : 1) : 0;
      return 2 + role + (l.setting === 'us' ? 2 : 0) - observer;
    }
    case 'informatics': {
      if (!l.informatics) return 0;
      // A writer the member lists as speaking to informatics (the supervisor of an EHR study) holds
      // the slot weakly when they did not watch the work day to day (the reason says so): an empty
      // slot telling the member to "ask the person who supervised your informatics work" while that
      // person is already on the list reads as the plan ignoring them.
      if (!observed) return 1;
      const role = l.role === 'cmio' || l.role === 'informatics-faculty' ? 2 : l.role === 'qi-lead' ? 1 : 0;
      return 3 + role + (l.physician ? 1 : 0);
    }
    case 'research': {
      // A research mentor who supervised from afar still speaks to the research itself (weakly: the
      // reason says so), so they may hold the academic slot rather than wait while it stays empty.
      if (!observed) return l.role === 'research-supervisor' ? 1 : 0;
      const role = l.role === 'research-supervisor' || l.role === 'qi-lead' ? 3 : 0;
      return role + (l.informatics ? 1 : 0);
    }
    case 'wildcard':
      return observed ? 1 : 0.5;
  }
}

/** The year a timeline month falls in ("present" is this side of any year named). */
const yearOf = (m: string): number => (m === 'present' ? 9999 : Number(m.slice(0, 4)));

/**
 * A non-physician writer marked as speaking to informatics whose time with the member was, in the
 * member's own words, support or data work (EMR support, data entry, a help desk) and nothing of
 * substance: no informatics item, and no informatics or research period while they worked together,
 * that tells something built, studied or improved. A writer who supervised real informatics work
 * (an analyst role, a dashboard project) keeps their full strength.
 */
function supportWorkOnly(l: Letter, profile: Profile): boolean {
  if (l.physician) return false;
  const support = (text: string | undefined) => text !== undefined && SUPPORT_ONLY.test(text) && !BUILT.test(text);
  const substance = (text: string | undefined) => !support(text);
  const items = (profile.informatics ?? []).filter((i) => i.kind !== 'course' && i.kind !== 'certificate');
  if (items.some((i) => substance(i.title))) return false;
  const during = (profile.timeline ?? []).filter((t) => yearOf(t.from) <= l.year && l.year <= yearOf(t.to));
  if (during.some((t) => (t.activity === 'informatics' || t.activity === 'research') && substance(t.note))) {
    return false;
  }
  // Only on the member's own words: support work named in an item or in a note of that time. A
  // profile that says nothing of the work ("none given") keeps the writer's strength.
  return items.some((i) => support(i.title)) || during.some((t) => support(t.note));
}

/** Work that keeps systems running or records filled, rather than changing how care is delivered. */
const SUPPORT_ONLY =
  /\b(?:data[- ]entry|(?:emr|ehr|it|tech(?:nical)?|user|system)\s+support|help[- ]?desk|scrib(?:e|ing)|clerical|receptionist|front[- ]desk|billing|typing|transcription|filing)\b/i;
/** Words that say something was built, studied or improved: informatics of substance. */
const BUILT =
  /\b(?:analy(?:st|sis|tics|zed|sed)|dashboard|project|built|build|design(?:ed)?|implement(?:ed|ation)?|optimi[sz](?:ed|ation)|quality improvement|QI|decision support|study|research|reduced|improved|workflow redesign|informaticist)\b/i;

/** Strength of one writer, with the reasons in words. */
export function writerStrength(l: Letter, profile: Profile, today: string): RankedWriter {
  const w = SLOT_WEIGHTS.strength;
  let score = 0;
  const reasons: string[] = [];
  const add = (points: number, reason: string): void => {
    if (points === 0) return;
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${reason}`);
  };
  // An observership host saw the member observe, not work (newcomer trial 19: an observership
  // attending ranked first with "+3 watched you work directly" beside "saw you as an observer").
  const observer = l.directObservation && observerWriter(l, profile);
  if (observer) add(w.directObservation - 1, 'saw you as an observer (not care you gave)');
  else add(l.directObservation ? w.directObservation : 0, 'watched you work directly');
  if (!l.directObservation) reasons.push('did not observe you directly');
  const residency = forResidency(profile);
  add(l.setting === 'us' ? w.usSetting : 0, 'US setting');
  const informaticsPoints = l.informatics
    ? profile.target === 'ci-fellowship'
      ? w.informaticsForCiFellowship
      : residency
        ? w.informaticsForResidency
        : w.informatics
    : 0;
  if (l.informatics && supportWorkOnly(l, profile)) {
    // Trial 17: a clinic manager who supervised data entry and EMR support outranked the professor
    // who supervised the member's residency. Supervising support work is not informatics of
    // substance: one point, said plainly, so a physician who watched real work ranks first.
    add(Math.min(1, informaticsPoints), 'saw your EMR support or data work (not an informatics project)');
  } else {
    add(informaticsPoints, residency ? 'speaks to informatics (a plus for the track)' : 'speaks to informatics');
  }
  add(l.physician ? w.physician : 0, 'physician');
  if (residency) {
    add(supervisedCare(l, profile) ? w.supervisedCareForResidency : 0, 'supervised your patient care');
    const specialty = namesSpecialty(l, profile);
    add(specialty ? w.sameSpecialtyForResidency : 0, `in your specialty (${specialty ?? ''})`);
  }
  const years = yearsAtUse(l, profile, today);
  if (years <= w.recentWithinYears) add(w.recent, `recent (${l.year})`);
  else if (years <= w.fairlyRecentWithinYears) add(w.fairlyRecent, `fairly recent (${l.year})`);
  add((residency ? w.roleForResidency : w.role)[l.role], `role: ${roleLabel(l)}`);
  add(isEnglish(l.language) ? 0 : w.nonEnglish, `not in English (${l.language ?? ''})`);
  return { writer: l.writer, score, reasons };
}

/** Writers strongest first; equal scores keep the member's own order. */
export function rankWriters(profile: Profile, today: string): RankedWriter[] {
  return (profile.letters ?? [])
    .map((l, i) => ({ r: writerStrength(l, profile, today), i }))
    .sort((a, b) => b.r.score - a.r.score || a.i - b.i)
    .map((x) => x.r);
}

/**
 * How a writer came to hold a slot, which the reason shown to the member explains:
 * - `current`: watched the member work and is within the last 3 years (or is the only residency
 *   program director: programs ask for that letter, so it stays even when old);
 * - `older`: stale or did not observe the member, and no current writer could fill the slot;
 * - `spare-fill`: fits none of the open slots by role, but a letter sent beats an empty slot
 *   (ERAS takes up to four), so they fill what is left rather than wait as a backup.
 */
type Standing = 'current' | 'older' | 'spare-fill';

/** Where a writer who fits no open slot by role may still go. */
const LOOSE_FIT: Partial<Record<Slot, number>> = { wildcard: 2, research: 1 };

/** The only letter from a residency program director: kept in play even when stale. */
function onlyProgramDirector(l: Letter, letters: readonly Letter[]): boolean {
  return l.role === 'program-director' && letters.filter((x) => x.role === 'program-director').length === 1;
}

/**
 * A writer who should win a slot over older ones: watched the member work, is not a family friend,
 * writes in English, and last worked with them within 3 years (the letters guide lists old letters
 * and letters in another language among those to avoid). The only program-director letter counts as
 * current whatever its age or language: programs ask for it, so it is refreshed or translated, not dropped.
 */
function isCurrentWriter(l: Letter, letters: readonly Letter[], profile: Profile, today: string): boolean {
  if (!l.directObservation) return false;
  // An old director's letter with a current clinical writer to take its place is not kept in play
  // (letter-facts.ts, currentWriterInstead): the current writer carries the clinical slot.
  if (onlyProgramDirector(l, letters) && !currentWriterInstead(l, profile, today)) return true;
  return l.role !== 'family-friend' && isEnglish(l.language) && !isStale(l, profile, today);
}

/**
 * Fill the four slots: best (writer, slot) fit first, so each writer goes where they fit best.
 * Current writers are placed first, so a stale letter keeps a slot only when no fresher writer can
 * fill it; then unobserved writers fill what they fit, and stale or non-English ones only while the
 * plan has fewer than three letters; last, any writer left (never a family friend) fills a slot
 * still empty, on the same terms, since a slot left empty while a usable writer waits as a
 * "backup" sends fewer letters than the member has.
 */
export function planLetterSlots(given: Profile, today: string): LetterPlan {
  const profile = letterTiming(given, today).profile;
  const letters = profile.letters ?? [];
  const SLOTS = slotsFor(profile);
  const ranking = rankWriters(profile, today);
  const rankOf = new Map(ranking.map((r, i) => [r.writer, i]));
  const filled = new Map<Slot, { l: Letter; standing: Standing }>();
  const used = new Set<number>();

  const fill = (
    standing: Standing,
    eligible: (l: Letter) => boolean,
    fitOf: (l: Letter, slot: Slot) => number,
    upTo: number = SLOTS.length,
  ): void => {
    const pairs = letters.flatMap((l, i) =>
      eligible(l) && !used.has(i)
        ? SLOTS.map((slot, s) => ({ l, i, slot, s, fit: fitOf(l, slot), rank: rankOf.get(l.writer) ?? i }))
        : [],
    );
    pairs.sort((a, b) => b.fit - a.fit || a.s - b.s || a.rank - b.rank || a.i - b.i);
    // Greedy first (best pair first), then the best overall placement: a writer who fits two slots
    // must not take the one a second writer alone can fill (the informatics supervisor in the
    // clinical slot while the department chief who supervised the clinical work fits only it).
    // The greedy placement stands unless another fills the slots with a strictly better total fit.
    const greedy: { slot: Slot; l: Letter; i: number; fit: number }[] = [];
    const taken = new Set<Slot>(filled.keys());
    const placed = new Set<number>();
    for (const p of pairs) {
      if (filled.size + greedy.length >= upTo) break;
      if (p.fit <= 0 || taken.has(p.slot) || placed.has(p.i)) continue;
      greedy.push(p);
      taken.add(p.slot);
      placed.add(p.i);
    }
    const chosen = bestPlacement(pairs, [...filled.keys()], upTo - filled.size, greedy);
    for (const p of chosen) {
      filled.set(p.slot, { l: p.l, standing });
      used.add(p.i);
    }
  };
  // The letters guide says to skip old letters and generic home-country ones "unless you truly have
  // no alternative": an old letter from abroad or in another language is both, so it fills a slot
  // only while the plan is short of the three letters programs ask for. A letter that vouches for
  // a professionalism matter stays in play: it corroborates the member's account.
  const avoid = (l: Letter) =>
    !isCurrentWriter(l, letters, profile, today) &&
    l.mentionsProfessionalism !== true &&
    isStale(l, profile, today) &&
    (l.setting !== 'us' || !isEnglish(l.language));
  const loose = (_l: Letter, slot: Slot) => LOOSE_FIT[slot] ?? 0;
  const fit = (l: Letter, slot: Slot) => slotFit(l, slot, profile, today);
  const passes = (): void => {
    fill('current', (l) => isCurrentWriter(l, letters, profile, today), fit);
    fill('older', (l) => !avoid(l), fit);
    fill('older', avoid, fit, MIN_LETTERS);
    // Anyone left but a family friend, into the wildcard or the academic slot only: the clinical and
    // informatics slots name evidence a writer must have seen, and an empty one says what to look for.
    fill('spare-fill', (l) => l.role !== 'family-friend' && !avoid(l), loose);
    // An old or untranslated letter that fits an empty core slot by role (the MSc supervisor for the
    // academic slot) is the member's only alternative there, so it fills it rather than wait as a
    // "backup" while the slot stays empty (a judge found p114's research slot empty beside her
    // research supervisor); the wildcard still takes such a letter only while the plan is short.
    fill('older', avoid, (l, slot) => (slot === 'wildcard' ? 0 : fit(l, slot)));
    fill('spare-fill', (l) => l.role !== 'family-friend' && avoid(l), loose, MIN_LETTERS);
  };
  passes();
  // Each writer went where they fit best, which can leave the informatics slot empty while the
  // member's one informatics writer sits in the academic slot (a thesis supervisor, not a physician,
  // fits research a little better): the plan then asks for an informatics writer the member already
  // has. The informatics letter is the one the application is about, so that writer is placed there
  // first and the other slots are filled again around them, on the same terms as before.
  if (!filled.has('informatics')) {
    const mover = (['research', 'wildcard'] as const)
      .map((slot) => filled.get(slot))
      .filter((f) => f !== undefined && f.standing !== 'spare-fill' && slotFit(f.l, 'informatics') > 0)
      .sort((a, b) => slotFit(b!.l, 'informatics') - slotFit(a!.l, 'informatics'))[0];
    if (mover) {
      filled.clear();
      used.clear();
      filled.set('informatics', mover);
      used.add(letters.indexOf(mover.l));
      passes();
    }
  }

  const slots: SlotAssignment[] = SLOTS.map((slot) => {
    const f = filled.get(slot);
    return f
      ? {
          slot,
          writer: f.l.writer,
          why: whyFilled(slot, f.l, profile, today) + standingNote(f.l, f.standing, letters, profile, today),
          ...(secondInformatics(f.l, slot) ? { as: 'informatics' as const } : {}),
        }
      : { slot, why: whyEmpty(slot, profile, today) };
  });
  const inSlot = new Set([...filled.values()].map((f) => f.l.writer));
  const left = ranking.map((r) => r.writer).filter((name) => !inSlot.has(name));
  const asked = new Set(letters.filter((l) => l.asked !== undefined).map((l) => l.writer));
  // No more than the empty slots: ERAS assigns at most four letters to a program.
  const extra = left.filter((name) => asked.has(name)).slice(0, SLOTS.length - filled.size);
  const spare = left.filter((name) => !extra.includes(name));
  const mix = forResidency(profile) && letters.length ? residencyMix(profile, today) : undefined;
  return { slots, ranking, spare, extra, ...(mix ? { mix } : {}) };
}

/** One writer in one slot, as planLetterSlots weighs it. */
interface Pair {
  l: Letter;
  i: number;
  slot: Slot;
  fit: number;
}

/** Past this many writers in one pass the search is skipped and the greedy placement stands. */
const SEARCH_WRITERS = 12;

/**
 * The placement of writers into the open slots (at most `room` of them) with the highest total fit,
 * found by trying every placement; `greedy` is kept unless one is strictly better, so equal fits keep
 * the slot order and the member's order as before.
 */
function bestPlacement<P extends Pair>(pairs: readonly P[], closed: readonly Slot[], room: number, greedy: P[]): P[] {
  const total = (ps: readonly P[]) => ps.reduce((n, p) => n + p.fit, 0);
  const writers = [...new Set(pairs.filter((p) => p.fit > 0).map((p) => p.i))];
  if (room <= 0 || writers.length > SEARCH_WRITERS) return greedy;
  const byWriter = new Map(writers.map((i) => [i, pairs.filter((p) => p.i === i && p.fit > 0)]));
  const open = new Set<Slot>();
  for (const p of pairs) if (!closed.includes(p.slot)) open.add(p.slot);
  let best = greedy;
  let bestFit = total(greedy);
  const chosen: P[] = [];
  const walk = (k: number, fit: number): void => {
    if (fit > bestFit + 1e-9) {
      best = [...chosen];
      bestFit = fit;
    }
    if (k >= writers.length || chosen.length >= room) return;
    for (const p of byWriter.get(writers[k]!) ?? []) {
      if (!open.has(p.slot)) continue;
      open.delete(p.slot);
      chosen.push(p);
      walk(k + 1, fit + p.fit);
      chosen.pop();
      open.add(p.slot);
    }
    walk(k + 1, fit);
  };
  walk(0, 0);
  return best;
}

/**
 * How a residency program reads the set: letters from US physicians who supervised the member's
 * patient care weigh most (programs' own pages ask for at least one, some for one from US faculty in
 * the specialty: the program pages among knowledge/letters.md's sources, checked 2026-12-05); an
 * informatics letter adds to them on an informatics track and never stands in for them.
 */
export function residencyMix(profile: Profile, today?: string): string {
  const letters = (profile.letters ?? []).filter((l) => l.role !== 'family-friend');
  const care = letters.filter((l) => l.setting === 'us' && supervisedCare(l, profile));
  const observers = letters.filter((l) => observerWriter(l, profile) && l.directObservation);
  const informatics = letters.filter((l) => l.informatics);
  // The specialty read by meaning, never the raw answer ("prelim IM 1" reached a plan in trial 18).
  const specialty = profile.specialty ? specialtyName(profile.specialty) || undefined : undefined;
  const programs = specialty ? `${specialty.replace(/^./, (c) => c.toUpperCase())} programs` : 'Residency programs';
  const inSpecialty = specialty ? `, ideally from ${specialty} faculty` : '';
  const names = (ls: readonly Letter[]) => ls.map((l) => l.writer).join('; ');
  const head =
    care.length === 0
      ? `None of your letters comes from a US physician who supervised your patient care. ${programs} weigh those letters most, and many ask for at least one: aim for two or three${inSpecialty}, from an externship, elective or US clinical job where you gave hands-on care.`
      : care.length === 1
        ? `Only 1 of your letters comes from a US physician who supervised your patient care (${names(care)}). ${programs} weigh such letters most: aim for two or three${inSpecialty}.`
        : `${care.length} of your letters come from US physicians who supervised your patient care (${names(care)}): the letters ${specialty ? `${specialty} programs` : 'residency programs'} weigh most, so send them to every program.${
            specialty && !care.some((l) => namesSpecialty(l, profile))
              ? ` Check that at least one writer is in ${specialty}: many programs ask for that.`
              : ''
          }`;
  const observed = observers.length
    ? ` ${names(observers)} saw you as an observer: that letter shows your US exposure, not care you gave, so it does not replace a clinical letter.`
    : '';
  const info = informatics.length
    ? ` Your informatics letters (${names(informatics)}) add to the clinical ones for an informatics track; they do not replace them.`
    : ' One letter about your informatics work would add to them for an informatics track (a plus, not a requirement).';
  // The specialty's own letters (emergency medicine's SLOEs), where a primary source states them.
  const own = today ? specialtyLetterNote(profile, today) : undefined;
  return `${head}${observed}${info}${own ? ` ${own}` : ''}`;
}

/** Why an old or loosely fitting writer holds a slot, so the member sees the plan chose it on purpose. */
function standingNote(
  l: Letter,
  standing: Standing,
  letters: readonly Letter[],
  profile: Profile,
  today: string,
): string {
  const stale = isStale(l, profile, today);
  // A writer not asked yet has written nothing (the writer steps say "Not asked yet"): the plan
  // names a person to ask, never a letter to keep or refresh (a judge found "Kept although…
  // refresh it" for a program director the member had never asked).
  const toAsk = neverAsked(l, letters);
  // The clinical letter in another language a CI applicant should swap for a second informatics one
  // (letter-swap.ts): it holds its slot only until that letter comes, and the plan says so.
  const swap = translationSwap(profile, today);
  if (swap?.letter === l) return ` Replace if you can: ${swapSlotNote(swap)}`;
  const instead = currentWriterInstead(l, profile, today);
  if (instead) {
    return ` An extra, not your clinical letter: you last worked together in ${l.year}, and ${instead.writer} can speak for your work now. Send it only to programs that still ask for a program director's letter, and ask your residency's GME office for a training verification.`;
  }
  if (standing === 'current') {
    if (!stale) return '';
    return toAsk
      ? ` Not asked yet, and you last worked together in ${l.year}; still the writer to ask: programs often ask for a letter from your residency program director, and this is your only one. Send your recent work with the request so the letter speaks for you now.`
      : ` Kept although you last worked together in ${l.year}: it is your only letter from a residency program director, which programs often ask for; ask them to refresh it with your recent work.`;
  }
  const old = !stale
    ? ''
    : toAsk
      ? ` You last worked together in ${l.year}; send your recent work with the request.`
      : ` You last worked together in ${l.year}; ask them to refresh it with your recent work.`;
  if (standing === 'older') {
    return stale
      ? toAsk
        ? ` No more recent writer of yours fits this slot, so this writer from your earlier work is the one to ask.${old}`
        : ` No more recent writer of yours fits this slot, so this older letter fills it.${old}`
      : '';
  }
  const fourth = letters.length > SLOTS.length ? '' : ' With four letters or fewer, send every one you have.';
  return ` Their role is not what this slot asks for, but no writer of yours fits it better, and a letter sent beats an empty slot.${fourth}${old}`;
}

/**
 * Why a writer fills a slot. Every transport prints the writer's name just before this reason
 * ("Dr. Lee: …"), so the reason does not name them again ("Dr. Lee: Dr. Lee is…" read as a glitch).
 */
function whyFilled(slot: Slot, l: Letter, profile: Profile, today?: string): string {
  if (slot === 'clinical-2') return whyFilled('clinical', l, profile, today);
  const where = l.setting === 'us' ? 'in the US' : 'abroad';
  // A role of "other" names nothing: "(writer)" after a writer reads as a glitch, so it is left out.
  const role = l.role === 'other' ? '' : ` (${roleLabel(l)})`;
  const weak = isWeakWriter(l) ? ' Weak fit: they did not observe your work directly, so replace them if you can.' : '';
  switch (slot) {
    case 'clinical': {
      // A writer from after the member's last patient care saw none, whatever their role.
      const ended = today ? careEndedBefore(l, profile, today) : undefined;
      if (ended && !supervisesResearchOrInformatics(l)) {
        return `A physician${role} who knows your later work ${where}, not your patient care (your last was in ${ended}): they can speak to your judgement, communication and teamwork. No writer of yours has seen you care for patients recently; programs will ask how you will practise clinically, and once you return to patient care, the physician who supervises it is the clinical letter to add.${weak}`;
      }
      // A writer whose year with the member held no patient care saw that work instead (p411).
      const without = today ? workSeenWithoutCare(l, profile, today) : undefined;
      if (without && !supervisesResearchOrInformatics(l)) {
        return `A physician${role} who saw ${without} ${where}, not your patient care: they can speak to your judgement, communication and teamwork, not to your clinical work; a physician who supervised you clinically would fill this slot better.${weak}`;
      }
      // An observership is observing: the attending saw how the member learned, not care they gave.
      if (supervisesResearchOrInformatics(l)) {
        return `A physician${role} who saw your work ${where}, though not your patient care: they can speak to your communication and teamwork; a physician who supervised you clinically would fill this slot better.${weak}`;
      }
      return observerWriter(l, profile)
        ? `A physician${role} who saw you on their team in the US as an observer, on rounds and in case discussions: they can speak to how you learned US practice, your communication and your teamwork, not to patient care you gave.${weak}`
        : `A physician${role} who supervised your clinical work ${where}: they can vouch for your patient care, communication and teamwork.${weak}`;
    }
    case 'informatics':
      if (!l.directObservation) {
        return `Knows your informatics work${role}, though not first-hand, so they can speak to what you built and found more than to how you worked.${l.physician ? '' : ' As a non-physician, they add technical depth.'}${weak}`;
      }
      return `Saw your informatics work first-hand${role} and can describe your systems thinking and what you contributed.${l.physician ? '' : ' As a non-physician, they add technical depth; a physician-informatician would be stronger still.'}${weak}`;
    case 'research':
    case 'wildcard':
      if (secondInformatics(l, slot)) {
        // Named by what they saw: a second informatics letter, which the letters guide asks for (at
        // least half the letters for a CI fellowship; one or two for an informatics track).
        const share =
          profile.target === 'ci-fellowship'
            ? `for a CI fellowship at least half your letters should speak to informatics, so this letter counts for more than ${slot === 'research' ? 'a research one' : 'a general one'}`
            : forResidency(profile)
              ? 'for an informatics track one or two informatics letters help, beside the clinical letters programs weigh most'
              : 'a second letter about your informatics work strengthens the set';
        return `Saw your informatics work first-hand${role} and can describe your systems thinking and what you contributed; ${share}.${l.physician ? '' : ' As a non-physician, they add technical depth beside your physician letters.'}${weak}`;
      }
      if (slot === 'research')
        return `Can speak to your analytic skills, project ownership and perseverance${role}.${weak}`;
      {
        // A writer who saw only work without patient care says so, so no one expects a clinical letter (p417).
        const without = today ? workSeenWithoutCare(l, profile, today) : undefined;
        const notCare = without
          ? ` They saw ${without}, not your patient care, so the letter cannot speak to your clinical work; ask them only about what they saw.`
          : '';
        return forResidency(profile)
          ? `A fourth voice${role}: what they saw of ${without ?? 'your work'}, your character and growth.${notCare}${weak}`
          : `Fills the wildcard${role}: character, resilience and growth over time.${notCare}${weak}`;
      }
  }
}

function whyEmpty(slot: Slot, profile: Profile, today?: string): string {
  // A member who gives no patient care now has no supervisor of it to ask: the slot says what would fill it.
  const stopped = today && (slot === 'clinical' || slot === 'clinical-2') ? noPracticeNow(profile, today) : undefined;
  if (stopped) {
    const specialty = profile.specialty ? specialtyName(profile.specialty) || undefined : undefined;
    const then = forResidency(profile) && specialty ? ` (ideally in ${specialty})` : '';
    return `Empty: you have given no patient care since ${stopped}, so no one can vouch for your clinical work now. A physician who supervised it then${then} can write about it as it was (say so in the request); once you return to patient care, the physician who supervises it is the clinical letter to add.`;
  }
  // The specialty read by meaning, never the raw answer ("prelim IM 1" reached a plan in trial 18).
  const specialty = profile.specialty ? specialtyName(profile.specialty) || undefined : undefined;
  if (forResidency(profile)) {
    if (slot === 'clinical' || slot === 'clinical-2') {
      return `Empty: ask ${slot === 'clinical' ? 'a' : 'another'} physician who supervised your patient care${specialty ? `, ideally in ${specialty}` : ''}, a US attending from an externship, elective or clinical job if you have one: residency programs weigh these letters most.`;
    }
    if (slot === 'informatics') {
      return 'Empty (a plus, not required): for an informatics track, a letter from someone who saw your EHR, data or QI work (a CMIO, informatics faculty or project mentor) adds to your clinical letters.';
    }
    if (slot === 'wildcard') {
      return 'Empty (optional): a third clinical supervisor, or a research or leadership mentor who watched you work.';
    }
  }
  switch (slot) {
    case 'clinical-2':
      return whyEmpty('clinical', profile, today);
    case 'clinical':
      return 'Empty: ask a physician who supervised you clinically — a US attending from an observership or externship if you have one.';
    case 'informatics':
      return profile.target === 'ci-fellowship'
        ? 'Empty: for a CI fellowship this is the key letter — ask a CMIO, informatics faculty member or project mentor who saw your informatics work.'
        : 'Empty: ask the person who supervised your informatics or health IT work (a CMIO, informatics faculty or project mentor).';
    case 'research':
      return 'Empty: a supervisor of informatics, data or QI research can speak to your analytic skills and persistence.';
    case 'wildcard':
      return 'Empty (optional): a long-term mentor who has seen you grow, in teaching, leadership or over years of work.';
  }
}
