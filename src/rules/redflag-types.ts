/** Shapes shared by the red-flag rules, the orchestrator and the text renderer. */
import type { Activity } from '../core/profile/schema.js';
import type { Severity, SourceRef } from '../core/types.js';

/** The contract's red-flag ids (shared/contract/README.md); outside scripts match on these. */
export const FLAG_IDS = [
  'exam-failure',
  'low-score',
  'training-gap',
  'clinical-currency',
  'multiple-match-attempts',
  'professionalism',
  'limited-usce',
  'weak-informatics',
  'visa-sponsorship',
  'fellowship-eligibility',
] as const;

export type FlagId = (typeof FLAG_IDS)[number];

export const isFlagId = (s: string): s is FlagId => (FLAG_IDS as readonly string[]).includes(s);

/** The dates of one training gap, so a script can read them without parsing `why`. */
export interface GapFacts {
  from: string; // YYYY-MM, first month of the gap
  to: string; // YYYY-MM, last month (today's month when ongoing)
  months: number;
  ongoing: boolean;
  /** Non-productive activities the timeline lists for these months; empty when nothing is listed. */
  activities: Activity[];
  /** Months no timeline entry covers at all. */
  uncoveredMonths: number;
}

/** What the clinical-currency verdict was based on. */
export interface CurrencyFacts {
  lastClinical: string; // YYYY-MM
  basis: 'timeline' | 'graduation';
  monthsSince: number;
}

export interface Flag {
  id: FlagId;
  severity: Severity;
  title: string;
  /** The member's own facts, in plain words. */
  why: string;
  /** Concrete next steps, most useful first. */
  actions: string[];
  sources: SourceRef[];
  /** Only on `training-gap` flags (one flag per gap). */
  gap?: GapFacts;
  /** Only on `clinical-currency` flags. */
  currency?: CurrencyFacts;
}

export interface RedFlagReport {
  /** Most severe first; equal severities: fellowship-eligibility first, then the contract's id order. */
  flags: Flag[];
  /** Profile parts that were missing, so the verdict is incomplete, each with what it blocked. */
  notGiven: string[];
  /**
   * Checks that ran and found the member's situation fine, said in words where the member would
   * otherwise wonder (fellowship eligibility). Absent when there is nothing to say.
   */
  passed?: string[];
  /** Facts that decide the route but have no flag id of their own (ECFMG certification). */
  notes?: string[];
  /**
   * Where the member stands in the season, when it changes how to read the actions (the deadline
   * has passed: what takes months is for the next application). Shown before the flags.
   */
  season?: string;
}

/** The next application season, given by the caller when this one is already under way (no deadline ahead). */
export interface RedFlagOptions {
  nextSeason?: { opens: string; startYear: number };
  /** Set instead of nextSeason when the profile shows the member applied in the season under way. */
  appliedThisSeason?: { startYear: number };
}

/** What one rule contributes: its flags (possibly none) and the checks it could not make. */
export interface RuleResult {
  flags: Flag[];
  notGiven: string[];
  passed?: string[];
  notes?: string[];
}

export const noResult = (): RuleResult => ({ flags: [], notGiven: [] });
