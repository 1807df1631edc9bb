/** Profiles and model replies shared by the feature tests. */
import { readFileSync } from 'node:fs';
import { composeGapDraft } from '../../src/composers/gap-draft.js';
import { parseProfileText } from '../../src/core/profile/parse.js';
import type { Profile } from '../../src/core/profile/schema.js';
import type { GapInput } from '../../src/llm/features/gap.js';
import { selectGap } from '../../src/rules/gap-select.js';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';

export const TODAY = '2026-06-01';

export function exampleProfile(): Profile {
  const r = parseProfileText(readFileSync(EXAMPLE_PROFILE, 'utf8'), TODAY);
  if (!r.ok) throw new Error(r.error.join('; '));
  return r.value;
}

/** A second member whose every distinctive fact must never reach member A's prompts. */
export function otherProfile(): Profile {
  const p = exampleProfile();
  return {
    ...p,
    specialty: 'neurology',
    medSchool: { country: 'Peru', graduated: '2015-03' },
    informatics: [{ kind: 'project', title: 'Zanzibar stroke registry', outcome: 'door-to-needle cut by 17 minutes' }],
    letters: [
      {
        writer: 'Dr. Quispe',
        role: 'attending',
        setting: 'us',
        physician: true,
        informatics: true,
        directObservation: true,
        year: 2025,
      },
    ],
  };
}
export const OTHER_MARKERS = ['neurology', 'Peru', 'Zanzibar', 'Quispe', 'door-to-needle'];
export const MEMBER_MARKERS = [
  'Step 2 CK, May 2020, pass, score 247',
  'EHR data analyst for sepsis bundle dashboard',
  'Egypt',
];

export function gapInput(profile: Profile = exampleProfile(), memberDraft?: string): GapInput {
  // The example's exam-preparation stretch (its default is now the later real break): the fixtures'
  // drafts and facts are about that stretch.
  const choice = selectGap(
    profile,
    TODAY,
    profile.timeline?.some((t) => t.from === '2018-08') ? { from: '2018-08' } : {},
  );
  return {
    profile,
    today: TODAY,
    gap: choice.gap,
    draft: composeGapDraft(profile, choice.gap, TODAY),
    ...(memberDraft !== undefined ? { memberDraft } : {}),
  };
}

/** Passes the gap linter and uses only the example profile's facts. */
export const GOOD_GAP_DRAFT =
  'After graduating in Jul 2018, I spent 1 year 4 months preparing full time for Step 1. I ran my preparation like a project: [describe your method in one sentence]. ' +
  'I passed Step 1 in Nov 2019 on my second attempt and went on to pass Step 2 CK with a score of 247 in May 2020. ' +
  'Tracking my practice scores and adjusting my plan is the habit I now bring to clinical informatics as an EHR data analyst for a sepsis bundle dashboard, where time to antibiotics is reported weekly.';

/** Fails the linter: blame, no informatics link. */
export const BLAMING_GAP_DRAFT = 'The exam was unfair and it was not my fault. I passed Step 1 in Nov 2019.';

/** Passes the linter but invents an institution and a year. */
export const INVENTED_GAP_DRAFT = GOOD_GAP_DRAFT.replace(
  'I passed Step 1',
  'I volunteered at Mayo Clinic in 2021 and passed Step 1',
);
