/**
 * The red-flag engine: pure `redFlags(profile, today)`. Each rule lives in src/rules/redflag-rules/
 * and reports its flags plus the checks it could not make; this module only runs them in the
 * order below, sorts by severity (stable, so ties keep that order) and merges "not given".
 */
import type { Profile } from '../core/profile/schema.js';
import { bySeverity } from '../core/types.js';
import { ecfmgNote, fellowshipEligibilityRule } from './redflag-rules/eligibility.js';
import { examFailureRule, lowScoreRule } from './redflag-rules/exams.js';
import { limitedUsceRule, weakInformaticsRule } from './redflag-rules/experience.js';
import { matchAttemptsRule, professionalismRule, visaSponsorshipRule } from './redflag-rules/standing.js';
import { clinicalCurrencyRule, trainingGapRule } from './redflag-rules/timeline.js';
import type { RedFlagReport, RuleResult } from './redflag-types.js';

export type { CurrencyFacts, Flag, FlagId, GapFacts, RedFlagReport } from './redflag-types.js';
export { renderRedFlagText, summariseNoFlags } from './redflag-text.js';
export { RED_FLAG_THRESHOLDS } from './redflag-thresholds.js';

type Rule = (p: Profile, today: string) => RuleResult;

/**
 * The tie order within one severity: `fellowship-eligibility` first (it decides the member's whole
 * route, so it leads the report), then the contract's id order.
 */
const RULES: readonly Rule[] = [
  fellowshipEligibilityRule,
  examFailureRule,
  lowScoreRule,
  trainingGapRule,
  clinicalCurrencyRule,
  matchAttemptsRule,
  professionalismRule,
  limitedUsceRule,
  weakInformaticsRule,
  visaSponsorshipRule,
];

export function redFlags(profile: Profile, today: string): RedFlagReport {
  const results = RULES.map((rule) => rule(profile, today));
  const passed = results.flatMap((r) => r.passed ?? []);
  const ecfmg = ecfmgNote(profile);
  return {
    flags: results.flatMap((r) => r.flags).sort(bySeverity),
    // Two rules can miss the same part (exams, timeline): say it once.
    notGiven: [...new Set(results.flatMap((r) => r.notGiven))],
    ...(passed.length ? { passed } : {}),
    ...(ecfmg ? { notes: [ecfmg] } : {}),
  };
}
