/**
 * /explain-gap and `advisor explain-gap` with a model: a personal draft from the member's facts
 * and the composer's draft, run through the same gap linter and an invented-fact check; one
 * repair turn with the problems; still failing, the composer's draft is shown. Needs consent:
 * the facts are the member's profile.
 */
import type { GapDraft } from '../../composers/gap-draft.js';
import { humanMonth, humanMonths } from '../../core/dates.js';
import type { Gap } from '../../core/profile/derived.js';
import type { Profile } from '../../core/profile/schema.js';
import { countPlaceholders, lintGapExplanation, type GapLint } from '../../rules/gap-lint.js';
import { redFlags } from '../../rules/redflags.js';
import { gapDraftSchema } from '../schemas.js';
import { sanitizeModelText } from '../sanitize.js';
import { withholdInstructions } from '../claims/planted.js';
import { factBase } from '../claims/verify.js';
import { outputProblems } from '../output-check.js';
import { loadBudget, NO_MODEL, runChecked, skipped, type LlmContext, type LlmUse } from './common.js';
import { inventedProblem, plantedInProfile, profileFacts } from './facts.js';

export interface GapInput {
  profile: Profile;
  today: string;
  gap: Gap;
  /** The composer's draft for this gap. */
  draft: GapDraft;
  /** The member's own draft, when they gave one. */
  memberDraft?: string;
}

export interface PersonalGapDraft {
  /** The draft to show: the model's when `fromModel`, else the composer's. */
  text: string;
  fromModel: boolean;
  /** Lint of `text` (empty for a model draft: it only passes when clean). */
  lint: GapLint[];
  llm: LlmUse;
}

const LIMIT = 1500; // characters: one 150-word paragraph is about 1000

/** The facts of this gap and the member's profile, as lines for the prompt. */
export function gapFacts(input: GapInput): string {
  const g = input.gap;
  const span = g.ongoing ? `since ${humanMonth(g.from)} (ongoing)` : `${humanMonth(g.from)} to ${humanMonth(g.to)}`;
  return [
    `The gap to explain: ${span}, ${humanMonths(g.months)}`,
    `Listed for those months: ${g.activities.length ? g.activities.join(', ') : 'nothing'}${g.notes.length ? `; notes: ${g.notes.map((n) => withholdInstructions(n, 'field').text).join('; ')}` : ''}`,
    ...(g.uncoveredMonths ? [`Months with no timeline entry: ${g.uncoveredMonths}`] : []),
    `Reason read by the advisor: ${input.draft.familyWords} (from ${input.draft.familyBasis})`,
    ...profileFacts(input.profile),
  ].join('\n');
}

function findingsText(input: GapInput): string {
  const lines: string[] = [];
  for (const f of redFlags(input.profile, input.today).flags) {
    if (f.id === 'training-gap' && f.gap?.from === input.gap.from)
      lines.push(`Red flag ${f.id} (${f.severity}): ${f.why}`);
  }
  if (input.memberDraft?.trim()) {
    const lint = lintGapExplanation(input.memberDraft);
    lines.push(
      lint.length
        ? `Checks of the member's own draft: ${lint.map((l) => `${l.id}: ${l.message}`).join(' | ')}`
        : "Checks of the member's own draft: no problems found",
    );
  }
  return lines.join('\n') || 'No findings beyond the gap itself.';
}

export async function personalGapDraft(llm: LlmContext | undefined, input: GapInput): Promise<PersonalGapDraft> {
  const standard = (use: LlmUse): PersonalGapDraft => ({
    text: input.draft.text,
    fromModel: false,
    lint: lintGapExplanation(input.draft.text),
    llm: use,
  });
  if (!llm) return standard(NO_MODEL);
  if (!llm.consent) return standard(skipped('no-consent'));
  const prompt = llm.prompts.get('gap-draft');
  if (!prompt) return standard(skipped('unavailable'));

  const facts = gapFacts(input);
  // The composer's draft quotes the member's notes, and the member's draft is theirs: either may
  // carry an instruction to the AI, which is withheld (claims/planted.ts).
  const composer = withholdInstructions(input.draft.text, 'narrative');
  const member = withholdInstructions(input.memberDraft?.trim() ?? '', 'narrative');
  const { fitVars } = await loadBudget();
  const vars = fitVars(
    prompt,
    {
      facts,
      composerDraft: composer.text,
      ruleFindings: findingsText(input),
      memberDraft: member.text,
    },
    ['memberDraft'],
  );
  if (!vars) return standard(skipped('over-budget'));
  const sources = [facts, composer.text, member.text];
  // The member's own draft is not a source of facts about them: only the profile is.
  const checks = {
    voice: 'first' as const,
    mode: 'strict' as const,
    facts: factBase({ profile: input.profile, today: input.today }),
    sources,
    withheld: [...plantedInProfile(input.profile), ...composer.withheld, ...member.withheld],
  };

  const result = await runChecked(llm, {
    prompt: 'gap-draft',
    vars,
    schema: gapDraftSchema,
    prepare: (raw) => sanitizeModelText(raw.draft.replace(/\s*\n\s*/g, ' '), LIMIT),
    check: (text) => {
      if (!text.trim()) return ['the draft is empty'];
      const problems = lintGapExplanation(text).map((l) => `${l.id}: ${l.message}`);
      if (countPlaceholders(text) > countPlaceholders(input.draft.text)) {
        problems.push(
          "it adds bracketed parts the advisor did not have; keep only the advisor's bracketed instructions",
        );
      }
      return [...problems, ...inventedProblem(text, sources), ...outputProblems(text, checks)];
    },
    shown: (text) => text,
    repair: true,
  });
  if (!result.ok) return standard(result.use);
  return { text: result.value, fromModel: true, lint: [], llm: result.use };
}
