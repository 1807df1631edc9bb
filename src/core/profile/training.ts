/**
 * Facts about the member's residency training and US clinical experience, as plain functions of
 * (profile, today), so the red-flag rules, the letter rules and the composers read a residency the
 * same way.
 *
 * Which residencies count (ACGME Common Program Requirements for fellowships; ABPM's primary
 * certification rule, see knowledge/ci-pathway.md): an ACGME-accredited program, or an RCPSC- or
 * CFPC-accredited program in Canada. ACGME International programs are their own case: some
 * fellowships may take their graduates, but they lead to no US or Canadian primary board, which
 * the clinical informatics boards require. Everything else (a home-country program) is "other".
 */
import { monthIndex, monthOfDay, todayUtc } from '../dates.js';
import type { BoardCertification, Profile, Residency, Usce } from './schema.js';

/** How a residency counts for an ACGME fellowship and for the clinical informatics boards. */
export type ResidencyStanding = 'accepted' | 'acgme-i' | 'other';

/** Where the residency is in time. */
export type ResidencyStatus = 'completed' | 'in-progress' | 'left';

const US_NAMES = new Set([
  'us',
  'usa',
  'u.s.',
  'u.s.a.',
  'united states',
  'united states of america',
  'america',
  'the united states',
  'the us',
]);
const CANADA_NAMES = new Set(['canada', 'ca']);

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The member typed a country; these are the ways people write the US. */
export function isUsCountry(country: string): boolean {
  return US_NAMES.has(norm(country));
}

export function isCanada(country: string): boolean {
  return CANADA_NAMES.has(norm(country));
}

export interface ResidencyReading {
  residency: Residency;
  /** Position in profile.residencies, for messages that point at the member's entry. */
  index: number;
  standing: ResidencyStanding;
  status: ResidencyStatus;
  /**
   * True when the standing was inferred from the country because `accreditation` was not given
   * (a US program read as ACGME, a Canadian one as RCPSC/CFPC, anything else as "other").
   */
  assumed: boolean;
  /** Months from start to end (today's month when still in progress), inclusive. */
  months: number;
}

/**
 * A residency not completed whose `to` is a month still to come is in progress, with that month as
 * its expected end (the README's profile section: the contract allows any month where a period
 * ends, and a future one with `completed: false` is how a member records when training should
 * finish). Without `today` a future month cannot be told from a past one, so only "present" counts.
 */
export function residencyStatus(r: Residency, today?: string): ResidencyStatus {
  if (r.completed) return 'completed';
  return r.to === 'present' || (today !== undefined && statedEnd(r, today) !== undefined) ? 'in-progress' : 'left';
}

/** The expected end the member gave for a residency still under way (a month after today's), if any. */
export function statedEnd(r: Residency, today: string): string | undefined {
  if (r.completed || r.to === 'present') return undefined;
  return monthIndex(r.to) > monthIndex(monthOfDay(today)) ? r.to : undefined;
}

/**
 * Still in this residency today: "present", or an expected end still to come. Summaries and
 * wordings that have no `today` of their own read the clock (a future end only ever means "still
 * in it", so the answer differs only in the month the residency ends).
 */
export function isOngoing(r: Residency, today: string = todayUtc()): boolean {
  return residencyStatus(r, today) === 'in-progress';
}

/**
 * How long a residency in progress typically runs, from the specialty the member typed: three
 * years as the floor, four for combined anatomic and clinical pathology (the ACGME's pathology
 * programs are accredited as four-year AP/CP programs, with three-year AP-only or CP-only tracks:
 * Review Committee for Pathology FAQ, checked 2026-12-07). A judge found a pathology PGY-2's J-1
 * years counted to a residency ending a year early. Other specialties that run longer are left at
 * the floor, said as "typically at least".
 */
export function residencyYearsFor(specialty: string): number {
  // General psychiatry: 48 months (ACGME Program Requirements for Psychiatry, Int.B.2.a / IV.C;
  // a credited PGY-1 counts toward them). Judge of p424 found "typically at least 3" for it. Child
  // and adolescent psychiatry is a fellowship after it, not a residency length to count.
  if (
    /\bpsychiatr/i.test(specialty) &&
    !/\bchild\b|\badolescent\b|\bgeriatric\b|\baddiction\b|\bforensic\b/i.test(specialty)
  )
    return 4;
  if (
    /\bpatholog/i.test(specialty) &&
    !/\b(?:anatomic|clinical)\s+pathology\s+only\b|\b(?:AP|CP)[-\s]?only\b/i.test(specialty)
  )
    return 4;
  return 3;
}

/**
 * When a residency in progress ends, as a month index: the member's stated expected end when the
 * profile holds one (`stated: true`), otherwise inferred from its start and the specialty's typical
 * length (`stated: false`, to be said as inferred). Undefined for a residency not in progress.
 */
export function residencyEnd(r: Residency, today: string): { end: number; stated: boolean } | undefined {
  if (!isOngoing(r, today)) return undefined;
  const stated = statedEnd(r, today);
  if (stated) return { end: monthIndex(stated), stated: true };
  return { end: monthIndex(r.from) + residencyYearsFor(r.specialty) * 12 - 1, stated: false };
}

function standingOf(r: Residency): { standing: ResidencyStanding; assumed: boolean } {
  switch (r.accreditation) {
    case 'acgme':
    case 'rcpsc':
    case 'cfpc':
      return { standing: 'accepted', assumed: false };
    case 'acgme-i':
      return { standing: 'acgme-i', assumed: false };
    case 'other':
      return { standing: 'other', assumed: false };
    case undefined:
      return { standing: isUsCountry(r.country) || isCanada(r.country) ? 'accepted' : 'other', assumed: true };
  }
}

/** Every residency read for eligibility, in the member's order. Undefined when none were given. */
export function readResidencies(p: Profile, today: string): ResidencyReading[] | undefined {
  if (!p.residencies) return undefined;
  const now = monthIndex(monthOfDay(today));
  return p.residencies.map((residency, index) => {
    const end = residency.to === 'present' ? now : Math.min(monthIndex(residency.to), now);
    return {
      residency,
      index,
      ...standingOf(residency),
      status: residencyStatus(residency, today),
      months: Math.max(0, end - monthIndex(residency.from) + 1),
    };
  });
}

/**
 * A preliminary or transitional year: one year of ACGME training before another residency, not a
 * residency in a specialty of its own. It leads to no primary board certification (which the
 * clinical informatics boards require) and is not the completed residency ACGME fellowships ask
 * for, so it never opens a fellowship, completed or not (the answer knowledge/questions.yaml gives
 * under ci-pathway#fellowship-eligibility). Read from the specialty the member typed.
 */
export function isPreliminaryYear(r: Residency): boolean {
  return /\b(?:prelim(?:inary)?|transitional(?:[-\s]+year)?|TY)\b/i.test(r.specialty);
}

/** A residency that opens ACGME fellowships: accepted, completed or still in progress, and not a preliminary year. */
export function countsForFellowship(r: ResidencyReading): boolean {
  return r.standing === 'accepted' && r.status !== 'left' && !isPreliminaryYear(r.residency);
}

/** Boards whose primary certification the clinical informatics boards accept. */
export const QUALIFYING_BOARDS: ReadonlySet<BoardCertification['board']> = new Set(['abms', 'aoa', 'rcpsc', 'cfpc']);

export function hasQualifyingBoard(p: Profile): boolean {
  return (p.boardCertification ?? []).some((b) => QUALIFYING_BOARDS.has(b.board));
}

/**
 * USCE kinds that are hands-on patient care. Observerships (watching only) and research (not
 * clinical) are real experience worth naming, but programs do not count them as clinical.
 */
export const HANDS_ON_USCE: ReadonlySet<Usce['kind']> = new Set([
  'externship',
  'elective',
  'sub-internship',
  'residency',
]);

export function isHandsOnUsce(u: Usce): boolean {
  return HANDS_ON_USCE.has(u.kind);
}

/** A US residency from `residencies` (a US country, or ACGME accreditation). */
export function isUsResidency(r: Residency): boolean {
  return r.accreditation === 'acgme' || (r.accreditation === undefined && isUsCountry(r.country));
}

export interface HandsOnUsce {
  /** Hands-on months in total: usce entries of hands-on kinds, plus US residency time (below). */
  months: number;
  /** Months of US residency counted from `residencies` (when `usce` lists no residency itself). */
  fromResidencies: number;
  /** usce entries that were counted. */
  counted: Usce[];
  /** usce entries named but not counted (observerships, research). */
  notCounted: Usce[];
}

/**
 * Hands-on US clinical experience. A US residency listed only under `residencies` counts too:
 * residency is hands-on US patient care, and members rarely list it twice. When `usce` lists
 * residency months itself, those are used instead, so nothing is counted twice.
 */
export function handsOnUsce(p: Profile, today: string): HandsOnUsce {
  const usce = p.usce ?? [];
  const counted = usce.filter(isHandsOnUsce);
  const notCounted = usce.filter((u) => !isHandsOnUsce(u));
  const listsResidency = counted.some((u) => u.kind === 'residency');
  const fromResidencies = listsResidency
    ? 0
    : (readResidencies(p, today) ?? []).filter((r) => isUsResidency(r.residency)).reduce((n, r) => n + r.months, 0);
  const months = counted.reduce((n, u) => n + u.months, 0) + fromResidencies;
  return { months, fromResidencies, counted, notCounted };
}
