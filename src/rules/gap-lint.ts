/**
 * Lint for a written gap explanation (the member's own draft or the advisor's). Five checks with
 * the contract's ids. Each message says how to fix the problem and quotes the member's words where
 * there are any to quote.
 *
 * Bracketed placeholders ("[name one course you completed]") are the advisor's instructions to the
 * member, never the member's words: they never count as blame, and the action, result and
 * informatics checks read the prose without them. A placeholder that asks for one of those three
 * things (an instruction verb plus that slot's intent keywords, see PLACEHOLDER_INTENT) reserves
 * the slot and so satisfies its check, the same way for all three: the composer's own draft must
 * come out clean, and a bracket that asks for nothing fills nothing.
 */
import { UserError } from '../core/errors.js';
import { ref, type SourceRef } from '../knowledge/outline.js';

export const GAP_LINT_IDS = ['blame', 'too-long', 'no-actions', 'no-outcome', 'no-informatics-link'] as const;
export type GapLintId = (typeof GAP_LINT_IDS)[number];

/** Thresholds of the gap-explanation lint (listed in the README). */
export const GAP_LINT_CONFIG = {
  /** One paragraph: more than this many words is `too-long` (150 passes, 151 does not). */
  maxWords: 150,
  /** Words of context kept before a blame phrase in the quote ("the exam was unfair"). */
  quoteLeadWords: 3,
} as const;

export interface GapLint {
  id: GapLintId;
  message: string;
  /** The member's own words the message is about, when there are any. */
  quote?: string;
  sources: SourceRef[];
}

const PLACEHOLDER_RE = /\[[^\]\n]*\]/g;

/** Words as a person counts them: letters/digits runs, keeping "don't", "Step-1", "24/7" whole. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-/.]*/gu)?.length ?? 0;
}

/** How many [bracketed] parts are left for the member to fill. */
export function countPlaceholders(text: string): number {
  return text.match(PLACEHOLDER_RE)?.length ?? 0;
}

/** The text with placeholders blanked out, so instructions are never judged as the member's words. */
export function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER_RE, ' ');
}

/**
 * Blame: the cause is put on others or on circumstances. Self-ownership ("the mistake was mine",
 * "I take responsibility", "my fault") matches none of these, so it is never flagged.
 */
const BLAME_PATTERNS: readonly RegExp[] = [
  /\b(?:unfair(?:ly)?|unjust(?:ly)?)\b/i,
  /\b(?:biased|bias against|prejudiced?)\b/i,
  /\bincompeten(?:t|ce)\b/i,
  /\bdiscriminat\w*/i,
  /\bcorrupt\w*/i,
  /\brigged\b/i,
  /\buseless (?:program|programme|school|faculty|system|staff|teachers?|mentors?|administration|embassy|consulate)\b/i,
  /\b(?:it was|it wasn't|it was not|was not|wasn't)\s+my fault\b/i,
  /\bnot my fault\b/i,
  /\bno fault of (?:my|mine)\s*(?:own)?\b/i,
  /\b(?:beyond|outside|out of) my control\b/i,
  /\bthey (?:refused|rejected|denied|ignored|failed me|never|wouldn't|would not|did not let|didn't let)\b/i,
  /\b(?:the |my )?(?:program|programme|school|faculty|university|hospital|examiners?|administration|embassy|consulate|ecfmg|nbme|supervisors?|director)\s+(?:refused|rejected|ignored|failed me|never (?:helped|supported|gave)|did not support|didn't support|let me down|treated me)\b/i,
  /\b(?:no ?one|nobody) (?:helped|supported|guided|cared)\b/i,
  /\bnever supported me\b/i,
  /\b(?:set up|designed) (?:for (?:\w+ ){0,2})?(?:us |me |IMGs |foreigners )?to fail\b/i,
  /\bagainst (?:me|us|IMGs|foreign graduates)\b/i,
  /\b(?:blame|blamed) (?:the|my|them|it on)\b/i,
];

/** Negations that turn "the exam was unfair" into "the exam was not unfair" (no blame). */
const NEGATED_BEFORE = /(?:\b(?:not|never|no)\b|n't)(?:\s+[^\s;,]+){0,4}\s*$/i;
const NEGATABLE = /^(?:unfair|unjust|biased|incompeten|corrupt|rigged|prejudic)/i;

/**
 * Action verbs with something after them in the same sentence (an object or a complement), or
 * nouns that name a concrete activity. "I tried." alone is not an action a reader can picture.
 */
const ACTION_VERBS =
  'completed|completing|finished|built|building|worked|working|volunteered|volunteering|studied|studying|took|learned|learnt|earned|designed|developed|analy[sz]ed|led|organi[sz]ed|coordinated|taught|wrote|joined|created|implemented|managed|trained|attended|enrolled|helped|served|mapped|extracted|cleaned|audited|automated|mentored|prepared|practiced|practised|researched|coded|programmed|ran|launched|tracked|documented|supported|cared|caring|shadowed|observed|assisted|conducted|collected|presented|published|passed|reviewed';
/** "I studied a lot", "I worked hard": effort words, not a concrete thing done. */
const VAGUE_COMPLEMENT = '(?:a lot|a bit|hard|harder|very|really|much|more|on myself|constantly|every day|daily)\\b';
const ACTION_RE = new RegExp(`\\b(?:${ACTION_VERBS})\\b\\s+(?!${VAGUE_COMPLEMENT})[\\p{L}\\p{N}"“'(]`, 'iu');
const ACTION_NOUN_RE =
  /\b(?:courses?|coursework|certificates?|projects?|observerships?|externships?|volunteer(?:ing)?|research assistant|internship|bootcamp|tutoring|question banks?|study plan|study schedule|review course)\b/i;

/** Something a reader could check: a score, a pass, a publication, a number, an evaluation. */
const OUTCOME_RE =
  /\b(?:passed|passing|pass on|scored?|scores|published|publication|presented|accepted (?:for|at|in|by)|reduced|improved|increased|decreased|cut|saved|certificates?|certified|certification|evaluations?|award(?:ed)?|grades?|honou?rs|promoted|went live|launched|adopted|measurable|measured)\b|\d+(?:\.\d+)?\s?%|\bpercent\b/i;

/**
 * A result stated as such: "resulted in", "the result was", "with the result that", or a result
 * introduced and then given after a colon ("one result I can show: time to antibiotics reported
 * weekly"). "As a result of the visa delay" names a cause, not a result, so it matches none of these.
 */
const RESULT_STATED_RE =
  /\b(?:resulted in|resulting in|with the result that)\b|\b(?:the|one|a|my|our|main|key|final|clear) (?:(?:main|key|final|clear|measurable|concrete|first) )?results? (?:was|were|is|are|has been)\b|(?<!\bas an? )\bresults?\b[^.!?:;\n]{0,40}:\s*[\p{L}\p{N}"“]/iu;

/** Informatics vocabulary: any of these links the gap to the field. */
const INFORMATICS_RE =
  /\b(?:EHRs?|EMRs?|electronic (?:health|medical) records?|data|database|dashboards?|informatics|informatician|QI|quality improvement|decision support|CDS|health IT|workflows?|analytics|SQL|Python|FHIR|HL7|interoperab\w+|Epic|Cerner|order sets?|digital health|telehealth|telemedicine|patient portals?|usability|health information|information systems?|machine learning|AI)\b/i;

const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A short quote: up to `lead` words before the match in its sentence, then the match itself. */
function quoteAround(sentence: string, index: number, match: string, lead: number): string {
  const before = sentence.slice(0, index).trim().split(/\s+/).filter(Boolean).slice(-lead).join(' ');
  return `${before ? `${before} ` : ''}${match}`.replace(/[,;:]+$/, '').trim();
}

/** Every blame phrase in the text (placeholders ignored), as short quotes in reading order. */
export function findBlame(text: string): string[] {
  const quotes: string[] = [];
  for (const sentence of sentencesOf(withoutPlaceholders(text))) {
    for (const re of BLAME_PATTERNS) {
      const m = re.exec(sentence);
      if (!m) continue;
      if (NEGATABLE.test(m[0]) && NEGATED_BEFORE.test(sentence.slice(0, m.index))) continue;
      quotes.push(quoteAround(sentence, m.index, m[0], GAP_LINT_CONFIG.quoteLeadWords));
      break; // one quote per sentence is enough to point at it
    }
  }
  return quotes;
}

/** The three things a gap explanation needs beyond a neutral reason. */
export type GapSlot = 'action' | 'outcome' | 'link';

/** A placeholder is an instruction when it opens with a verb asking the member to write something. */
const INSTRUCTION_RE =
  /^\s*(?:name|add|give|describe|connect|link|say|state|list|write|insert|mention|explain|include|quote)\b/i;

/**
 * What an instruction asks for, read from its keywords. Kept apart on purpose: "how you tracked
 * practice scores" asks for a method (an action), not for a result, and "remote data work" in an
 * action instruction does not ask for the informatics link.
 */
const PLACEHOLDER_INTENT: Record<GapSlot, RegExp> = {
  action:
    /\b(?:courses?|projects?|volunteer\w*|roles?|tasks?|board review|part-time work|method|study group|what you did|you completed|you took on)\b/i,
  outcome: /\b(?:results?|outcomes?|passing score|certificates?|publications?|evaluations?|how much)\b/i,
  link: /\b(?:informatics|health IT)\b/i,
};

const PROSE_TEST: Record<GapSlot, (prose: string) => boolean> = {
  action: (t) => ACTION_RE.test(t) || ACTION_NOUN_RE.test(t),
  outcome: (t) => OUTCOME_RE.test(t) || RESULT_STATED_RE.test(t),
  link: (t) => INFORMATICS_RE.test(t),
};

/** The [bracketed] parts of the text, brackets removed. */
export function placeholdersOf(text: string): string[] {
  return (text.match(PLACEHOLDER_RE) ?? []).map((p) => p.slice(1, -1));
}

/** True when a placeholder is an instruction asking the member for this slot. */
export function placeholderAsksFor(placeholder: string, slot: GapSlot): boolean {
  return INSTRUCTION_RE.test(placeholder) && PLACEHOLDER_INTENT[slot].test(placeholder);
}

/** The slot is filled by the prose (placeholders left out) or reserved by a placeholder asking for it. */
export function fillsSlot(text: string, slot: GapSlot): boolean {
  return PROSE_TEST[slot](withoutPlaceholders(text)) || placeholdersOf(text).some((p) => placeholderAsksFor(p, slot));
}

export const hasAction = (text: string): boolean => fillsSlot(text, 'action');
export const hasOutcome = (text: string): boolean => fillsSlot(text, 'outcome');
export const hasInformaticsLink = (text: string): boolean => fillsSlot(text, 'link');

const SOURCES = {
  principles: ref('explaining-red-flags', 'principles'),
  gap: ref('explaining-red-flags', 'explaining-a-gap'),
  activities: ref('explaining-red-flags', 'productive-gap-activities'),
} as const;

function longestSentence(text: string): string {
  const all = sentencesOf(text);
  const longest = all.reduce((a, b) => (countWords(b) > countWords(a) ? b : a), all[0] ?? '');
  const words = longest.split(/\s+/);
  return words.length > 16 ? `${words.slice(0, 16).join(' ')} …` : longest;
}

/**
 * Lint one explanation. Throws UserError when there is nothing to judge. Lints come in the
 * contract's id order, so the output is stable.
 */
export function lintGapExplanation(text: string): GapLint[] {
  if (!text.trim()) throw new UserError('the draft is empty: write your gap explanation (one paragraph) and try again');
  const lints: GapLint[] = [];

  const blame = findBlame(text);
  if (blame.length) {
    const shown = blame
      .slice(0, 3)
      .map((q) => `"${q}"`)
      .join(', ');
    lints.push({
      id: 'blame',
      quote: blame[0] ?? '',
      message:
        `You wrote ${shown}${blame.length > 3 ? ' and more' : ''} — that puts the cause on others or on circumstances. ` +
        'Give the reason once in neutral words, then say what you did about it; ownership reads as maturity, blame reads as risk.',
      sources: [SOURCES.principles],
    });
  }

  const words = countWords(text);
  if (words > GAP_LINT_CONFIG.maxWords) {
    const longest = longestSentence(text);
    lints.push({
      id: 'too-long',
      quote: longest,
      message:
        `Your draft has ${words} words; keep it to one paragraph of at most ${GAP_LINT_CONFIG.maxWords}. ` +
        `Cut the reason to one or two sentences and keep the part about what you did. Start by trimming your longest sentence: "${longest}".`,
      sources: [SOURCES.principles, SOURCES.gap],
    });
  }

  if (!hasAction(text)) {
    lints.push({
      id: 'no-actions',
      message:
        'Your draft never says what you did during the gap. Add one or two concrete things with their object, for example ' +
        '"I completed an online course in SQL for healthcare data" or "I volunteered with a hospital quality team"; this should be most of the paragraph.',
      sources: [SOURCES.gap, SOURCES.activities],
    });
  }

  if (!hasOutcome(text)) {
    lints.push({
      id: 'no-outcome',
      message:
        'Your draft has no result someone could check. Add one: a passing score, a certificate, a publication or poster, strong evaluations, ' +
        'or a number ("reduced missing discharge data by 30%").',
      sources: [SOURCES.principles],
    });
  }

  if (!hasInformaticsLink(text)) {
    lints.push({
      id: 'no-informatics-link',
      message:
        'Your draft does not connect the gap to clinical informatics. Close with one sentence on what it taught you about data, the EHR, ' +
        'workflow or quality improvement, and where you use that now.',
      sources: [SOURCES.gap, SOURCES.activities],
    });
  }
  return lints;
}
