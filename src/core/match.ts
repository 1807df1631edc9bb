/**
 * Which match a member's target goes through. Clinical informatics fellowships match through the
 * AMIA Clinical Informatics Fellowship Match (applications through ERAS); residency tracks match
 * through the NRMP Main Residency Match. Every check, template and calendar that names "the Match"
 * takes the name from here, so a member is never told the wrong body's rules apply.
 */
import type { Profile } from './profile/schema.js';

export const MATCH_IDS = ['amia-ci-match', 'nrmp-main'] as const;
export type MatchId = (typeof MATCH_IDS)[number];

export interface MatchInfo {
  id: MatchId;
  /** Full name, for the first mention. */
  name: string;
  /** Short name, for later mentions. */
  short: string;
  /** The body that runs it. */
  body: 'AMIA' | 'NRMP';
}

export const MATCHES: Record<MatchId, MatchInfo> = {
  'amia-ci-match': {
    id: 'amia-ci-match',
    name: 'AMIA Clinical Informatics Fellowship Match',
    short: 'AMIA match',
    body: 'AMIA',
  },
  'nrmp-main': { id: 'nrmp-main', name: 'NRMP Main Residency Match', short: 'NRMP Match', body: 'NRMP' },
};

/** The match for a target; undefined when the target is not known (then name both where it matters). */
export function matchForTarget(target: Profile['target'] | undefined): MatchInfo | undefined {
  if (target === 'ci-fellowship') return MATCHES['amia-ci-match'];
  if (target === 'residency-informatics-track') return MATCHES['nrmp-main'];
  return undefined;
}
