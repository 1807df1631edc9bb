/**
 * /redflag and `advisor redflag` with a model: an optional short narrative around the
 * deterministic flags, which are returned exactly as the rules produced them. No flags, no call.
 * Needs consent: the flags quote the member's profile.
 */
import type { Profile } from '../../core/profile/schema.js';
import type { RedFlagReport } from '../../rules/redflags.js';
import { redFlagNarrativeSchema } from '../schemas.js';
import { sanitizeModelText } from '../sanitize.js';
import { withholdInstructions } from '../claims/planted.js';
import { factBase } from '../claims/verify.js';
import { outputProblems } from '../output-check.js';
import { loadBudget, NO_MODEL, runChecked, skipped, todayOf, type LlmContext, type LlmUse } from './common.js';
import { inventedProblem, plantedInProfile, profileFacts } from './facts.js';

export interface RedFlagNarrative {
  /** The report, untouched. */
  report: RedFlagReport;
  narrative: string | null;
  llm: LlmUse;
}

export function flagsText(report: RedFlagReport): string {
  return report.flags
    .map(
      (f, i) =>
        `${i + 1}. ${f.id} (${f.severity}): ${f.title}. ${f.why} First action: ${f.actions[0] ?? 'none listed'}`,
    )
    .join('\n');
}

/** Wording that would overrule the rules' verdict ("you have no red flags", "not a concern"). */
const DENIAL =
  /\b(?:no (?:real |serious )?(?:red )?flags?|nothing to worry|not (?:a|really a) (?:red flag|problem|concern)|(?:isn't|is not|aren't|are not) (?:a |really )?(?:red flags?|problems?|concerns?)|can (?:safely )?ignore|doesn't matter|does not matter)\b/i;

/** The narrative must name the most severe flag and must not explain any flag away. */
export function narrativeProblems(text: string, report: RedFlagReport): string[] {
  const problems: string[] = [];
  if (!text) return ['the narrative is empty'];
  const top = report.flags[0];
  const name = top?.title.split(':')[0]?.trim() ?? '';
  if (top && !text.toLowerCase().includes(name.toLowerCase()))
    problems.push(`it must name the most severe flag as "${name}"`);
  const denial = DENIAL.exec(text);
  if (denial) problems.push(`it must not play down the flags ("${denial[0]}"): they are the advisor's verdict`);
  return problems;
}

export async function redFlagNarrative(
  llm: LlmContext | undefined,
  input: { profile: Profile; report: RedFlagReport },
): Promise<RedFlagNarrative> {
  const { report } = input;
  const standard = (use: LlmUse): RedFlagNarrative => ({ report, narrative: null, llm: use });
  if (!llm) return standard(NO_MODEL);
  if (!report.flags.length) return standard({ used: false });
  if (!llm.consent) return standard(skipped('no-consent'));
  const prompt = llm.prompts.get('redflag-narrative');
  if (!prompt) return standard(skipped('unavailable'));
  // Flag texts quote the member's own entries (notes): an instruction there is withheld.
  const flagged = withholdInstructions(flagsText(report), 'narrative');
  const flags = flagged.text;
  const facts = profileFacts(input.profile).join('\n');
  const { fitVars } = await loadBudget();
  const vars = fitVars(prompt, { flags, facts }, ['facts']);
  if (!vars) return standard(skipped('over-budget'));
  const allFlagText = withholdInstructions(
    report.flags.map((f) => [f.title, f.why, ...f.actions].join('\n')).join('\n'),
    'narrative',
  ).text;
  const checks = {
    voice: 'second' as const,
    mode: 'strict' as const,
    facts: factBase({ profile: input.profile, today: todayOf(llm) }),
    sources: [flags, facts, allFlagText],
    withheld: [...plantedInProfile(input.profile), ...flagged.withheld],
  };

  const result = await runChecked(llm, {
    prompt: 'redflag-narrative',
    vars,
    schema: redFlagNarrativeSchema,
    prepare: (raw) => sanitizeModelText(raw.narrative, 1500),
    check: (text) => [
      ...narrativeProblems(text, report),
      ...inventedProblem(text, [flags, facts, allFlagText]),
      ...outputProblems(text, checks),
    ],
    shown: (text) => text,
    repair: true,
  });
  if (!result.ok) return standard(result.use);
  return { report, narrative: result.value, llm: result.use };
}
