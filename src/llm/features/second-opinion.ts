/**
 * A second opinion on a member's free text (pre-match email, gap explanation, interview answer)
 * from a configured model, on the rules' own ids. The rules' findings never change: the model may
 * only add findings for ids the rules did not raise, each must quote the member's words, and a
 * finding is kept only when that quote is in the text as the advisor normalised it (so a model
 * that invents or paraphrases a quote is simply not believed). Shown apart, as "the AI model also
 * noticed". Needs consent: the member's own text goes to the model provider.
 */
import { normalizeChars } from '../../text/normalize.js';
import { analyse } from '../../text/document.js';
import { secondOpinionSchema } from '../schemas.js';
import { sanitizeModelText } from '../sanitize.js';
import { loadBudget, NO_MODEL, runChecked, skipped, type LlmContext, type LlmUse } from './common.js';

export type SecondOpinionKind = 'pre-match email' | 'gap explanation' | 'interview answer';

export interface CheckMeaning {
  id: string;
  /** What the id means, in one line (sent to the model). */
  means: string;
}

export interface ModelFinding {
  id: string;
  /** The member's words as the model quoted them (found in the text). */
  quote: string;
  why: string;
}

export interface SecondOpinion {
  findings: ModelFinding[];
  /** Findings the model gave that were dropped: unknown id, already found, or a quote not in the text. */
  dropped: number;
  llm: LlmUse;
}

/** Limits on what the model may add. */
export const SECOND_OPINION_CONFIG = {
  maxFindings: 5,
  maxQuoteChars: 400,
  maxWhyChars: 300,
  /** A quote shorter than this (letters and digits) says too little to check. */
  minQuoteChars: 8,
} as const;

/** Lower case, plain spaces, look-alikes folded: how quotes and text are compared. */
function comparable(text: string): string {
  return normalizeChars(text)
    .text.toLowerCase()
    .replace(/[^\p{L}\p{N}%$#@&+]+/gu, ' ')
    .trim();
}

/** True when the quote is the member's own words (in the normalised text, quoted replies left out). */
export function quoteInText(quote: string, text: string): boolean {
  const q = comparable(quote);
  if (q.replace(/\s/g, '').length < SECOND_OPINION_CONFIG.minQuoteChars) return false;
  return comparable(analyse(text).text).includes(q);
}

export async function secondOpinion(
  llm: LlmContext | undefined,
  input: {
    kind: SecondOpinionKind;
    text: string;
    checks: readonly CheckMeaning[];
    /** Ids the rules already raised: the model may not repeat or contradict them. */
    found: readonly string[];
  },
): Promise<SecondOpinion> {
  const none = (use: LlmUse): SecondOpinion => ({ findings: [], dropped: 0, llm: use });
  if (!llm) return none(NO_MODEL);
  if (!llm.consent) return none(skipped('no-consent'));
  const prompt = llm.prompts.get('text-second-opinion');
  if (!prompt) return none(skipped('unavailable'));
  const open = input.checks.filter((c) => !input.found.includes(c.id));
  if (!open.length) return none({ used: false });
  const { fitVars } = await loadBudget();
  const vars = fitVars(
    prompt,
    {
      kind: input.kind,
      checks: open.map((c) => `${c.id}: ${c.means}`).join('\n'),
      found: input.found.length ? input.found.join(', ') : '(none)',
      text: analyse(input.text).text,
    },
    [],
  );
  if (!vars) return none(skipped('over-budget'));
  const allowed = new Set(open.map((c) => c.id));
  let dropped = 0;
  const result = await runChecked(llm, {
    prompt: 'text-second-opinion',
    vars,
    schema: secondOpinionSchema,
    prepare: (raw) => {
      const kept: ModelFinding[] = [];
      for (const f of raw.findings) {
        const quote = sanitizeModelText(f.quote, SECOND_OPINION_CONFIG.maxQuoteChars).replace(/^["“]|["”]$/g, '');
        const ok =
          allowed.has(f.id) &&
          !kept.some((k) => k.id === f.id) &&
          kept.length < SECOND_OPINION_CONFIG.maxFindings &&
          quoteInText(quote, input.text);
        if (!ok) {
          dropped++;
          continue;
        }
        kept.push({ id: f.id, quote, why: sanitizeModelText(f.why, SECOND_OPINION_CONFIG.maxWhyChars) });
      }
      return kept;
    },
    // Nothing to repair: findings that fail are dropped one by one, the rest stand.
    check: () => [],
    shown: (v) => JSON.stringify(v),
    repair: false,
  });
  if (!result.ok) return none(result.use);
  return { findings: result.value, dropped, llm: result.use };
}

/** The heading the transports show above the model's findings, apart from the rules'. */
export const SECOND_OPINION_HEADING = 'The AI model also noticed (a second opinion, not the advisor’s checks)';
