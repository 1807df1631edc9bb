/**
 * A gap explanation checked the way the member will use it: the five lint checks
 * (src/rules/gap-lint.ts) plus the [bracketed] parts still left to fill.
 *
 * The lint reads a bracket that asks for an action, a result or the informatics link as reserving
 * that slot, so the advisor's own template passes it. That is right for judging the template's
 * shape, and wrong as a verdict shown to a member: a paragraph that still says "[Give the reason in
 * one plain sentence]" is not ready to send, whoever wrote it. So every transport (CLI, console,
 * Discord) asks for the brackets to be filled first and never shows the clean verdict while any is
 * left. The lint's own findings are still shown: blame or length problems are real either way.
 */
import { lintGapExplanation, placeholdersOf, type GapLint } from '../rules/gap-lint.js';

export interface GapCheck {
  lints: GapLint[];
  /** The [bracketed] parts left in the text, brackets removed, in reading order. */
  unfilled: string[];
  /** No bracket left and no finding: the only case where "no problems found" may be said. */
  clean: boolean;
}

/** Lint the text and list its unfilled brackets. Throws the lint's UserError when the text is blank. */
export function checkGapText(text: string): GapCheck {
  const lints = lintGapExplanation(text);
  const unfilled = placeholdersOf(text).map((p) => p.trim());
  return { lints, unfilled, clean: lints.length === 0 && unfilled.length === 0 };
}

/** At most this many brackets are quoted; the count always covers them all. */
const QUOTED_MAX = 4;
/** A long instruction is cut to this many characters in the quote. */
const QUOTE_CHARS = 70;

const quoteBracket = (p: string) => `"[${p.length > QUOTE_CHARS ? `${p.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : p}]"`;

/** "3 [bracketed] parts" / "1 [bracketed] part". */
export const bracketCount = (n: number): string => `${n} [bracketed] part${n === 1 ? '' : 's'}`;

/**
 * What to say while brackets are left. `whose` is whose text it is (a pasted draft, or the
 * advisor's suggestion); `recheck` says how to check the filled version in this transport, as a
 * clause after a colon ("run the command again with --draft FILE", "press Review my own draft").
 * `escape` is applied to each quoted
 * bracket, which may hold the member's words (chat transports pass their markdown escaper).
 */
export function fillFirstMessage(
  unfilled: readonly string[],
  whose: 'member' | 'advisor',
  recheck: string,
  escape: (memberWords: string) => string = (s) => s,
): string {
  const n = unfilled.length;
  const quoted = unfilled
    .slice(0, QUOTED_MAX)
    .map((p) => escape(quoteBracket(p)))
    .join(', ');
  const more = n > QUOTED_MAX ? ` and ${n - QUOTED_MAX} more` : '';
  const until = 'Until then these checks cannot say whether it is ready to send.';
  // The advisor's template is shown just above, so its brackets are counted, not quoted again.
  if (whose === 'advisor') {
    return (
      `This is a template, not a finished paragraph: fill its ${bracketCount(n)} with your own facts (or delete ${n === 1 ? 'it if it does' : 'the ones that do'} not apply), ` +
      `then check the whole paragraph: ${recheck}. ${until}`
    );
  }
  return (
    `Your draft still has ${bracketCount(n)}: ${quoted}${more}. They are instructions from the template, not your words yet. ` +
    `Replace each one with what is true for you (or delete it), then check the whole paragraph: ${recheck}. ${until}`
  );
}
