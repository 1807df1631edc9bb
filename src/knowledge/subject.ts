/**
 * The stage of training a question is about. "Can I still match into IM with an informatics
 * track after failing Step 1?" asks about a residency; a curated answer that speaks only of the
 * CI fellowship ("a CI fellowship is still possible after a failed Step") answers another
 * member's question, however many words the two share.
 *
 * A text names a stage when it speaks of residency (or the residency forms members use: an IM or
 * FM program, an informatics track, a preliminary year; not the J-1 "home residency requirement") or of a fellowship; a text that names both
 * (a resident asking about the fellowship, an answer about moving from one to the other) has no
 * single stage, and neither has one that names none. An entry is read whole (its questions and
 * its answer): one whose answer speaks to both stages ("For residency… For a CI fellowship…")
 * answers either.
 */
import type { FaqEntry } from './faq-types.js';

const RESIDENCY = /\b(?:(?<!home |permanent |legal )residenc(?:y|ies)(?! requirement)|informatics tracks?|prelim(?:inary)? year|match (?:into|in) (?:im|fm|internal medicine|family medicine|pediatrics|peds|neurology|psychiatry|surgery)|(?:im|fm|internal medicine|family medicine|pediatrics) (?:residency|program|programs|spot|position))\b/i;
const FELLOWSHIP = /\bfellowships?\b/i;

export type TrainingStage = 'residency' | 'fellowship';

export function trainingStage(text: string): TrainingStage | undefined {
  const residency = RESIDENCY.test(text);
  const fellowship = FELLOWSHIP.test(text);
  return residency === fellowship ? undefined : residency ? 'residency' : 'fellowship';
}

/** Each curated entry's stage, read once: entries are fixed after the guides load. */
const entryStages = new WeakMap<FaqEntry, TrainingStage | null>();
function entryStage(entry: FaqEntry): TrainingStage | undefined {
  let stage = entryStages.get(entry);
  if (stage === undefined) entryStages.set(entry, (stage = trainingStage([entry.q, ...entry.also, entry.a].join('\n')) ?? null));
  return stage ?? undefined;
}

/**
 * How far through residency the member says they are: still in it ("I'm a PGY-2", "in my final
 * residency year", "I will finish in June", "once I complete residency…" told as what is ahead) or
 * past it ("I finished IM residency", "completed my residency in Egypt", "graduated from peds
 * residency", "done with residency", "three years out of residency", "I'm an attending"). A curated
 * answer written for a resident ("you apply during your final residency year") answers another
 * member when the one asking has finished, and the other way round.
 *
 * A completion is read as the member's past only when it is told as done: a completion verb in the
 * past, not under a future, a condition or a time clause (will, when, once, after, before, until,
 * if) and not negated (not, haven't, yet to).
 */
export type ResidencyProgress = 'in' | 'done';

// A residency, told as members tell it ("my internal medicine residency", "IM residency",
// "specialty training", "postgraduate training").
const TRAINING = String.raw`(?:residency|residency training|specialty training|speciality training|postgraduate training|pg training)`;
// Up to four words between the completion and the training ("completed my family medicine
// residency"), none of them ending a clause.
const GAP = String.raw`(?:(?!(?:and|but|then|so|before|after|for|to|started|start|starting|began|into|applied|applying)\b)[\w()/-]+\s+){0,4}?`;
const COMPLETED = String.raw`(?:finished|completed|graduated\s+(?:from|out\s+of)|done\s+with|wrapped\s+up|ended|concluded)`;
const DONE_TOLD = new RegExp(
  [
    // "(I) completed my IM residency", "graduated from peds residency", "done with residency"
    String.raw`\b${COMPLETED}\s+${GAP}${TRAINING}\b`,
    // "a residency I completed outside the US", "the residency I did in Egypt"
    String.raw`\b${TRAINING}\s+(?:that\s+)?(?:i|i've|ive)\s+(?:have\s+|had\s+)?(?:already\s+)?(?:completed|finished|did|done)\b`,
    // "my residency is done / was completed / ended in 2022"
    String.raw`\b${TRAINING}\s+(?:(?:is|was|got|has\s+been|had\s+been)\s+)?(?:already\s+)?(?:done|over|finished|completed|complete)\b`,
    // "three years out of residency", "since finishing residency"
    String.raw`\b(?:years?|months?)\s+(?:out\s+of|since)\s+(?:my\s+)?${TRAINING}\b`,
    String.raw`\bsince\s+(?:finishing|completing|graduating)\b`,
    // a role that only comes after residency
    String.raw`\b(?:i\s+am|i'm|im|i\s+work\s+as|working\s+as)\s+(?:now\s+|currently\s+)?(?:(?:an?\s+)?board[- ]certified\b|an\s+attending\b|attending\s+(?:physician|doctor)\b|an?\s+hospitalist\b|an?\s+practi[cs]ing\s+(?:internist|physician|pediatrician|paediatrician)\b)`,
  ].join('|'),
  'gi',
);
// What makes a told completion not (yet) the member's past: a future or a hope ("I will have
// finished", "hope to be done with"), a negation ("haven't completed", "not yet finished"), or a
// time clause in the perfect ("once I've completed", "when I have finished"). A past time clause
// ("after I finished residency, I worked…") is the member's past.
const NOT_YET = /(?:\b(?:will|'ll|shall|going\s+to|gonna|about\s+to|would|should|could|might|must|need\s+to|needs\s+to|hope\s+to|expect\s+to|be|not|never|yet)\b|n't|\bnt\b)[\w' ]{0,12}$|\b(?:when|once|until|till|by\s+the\s+time|if|after|before)\s+(?:i|you|we)\s*(?:have|'ve|ve)\s+(?:already\s+)?$/i;
const IN_TOLD = new RegExp(
  [
    String.raw`\bpgy[- ]?[1-7]\b`,
    String.raw`\bstill\s+(?:in|doing)\s+(?:my\s+)?${TRAINING}`,
    String.raw`\b${TRAINING}\s+is\s+still\s+(?:in\s+progress|ongoing|going\s+on|under\s+way)\b`,
    String.raw`\b(?:currently|presently)\s+(?:in|doing)\s+(?:my\s+)?(?:\w+\s+){0,2}${TRAINING}`,
    String.raw`\b(?:i\s+am|i'm|im)\s+(?:currently\s+)?(?:an?\s+)?(?!(?:permanent|legal|us|u\.s\.|state|green|tax|canadian|american)\b)(?:[\w-]+\s+)?resident\b(?!\s+(?:of|alien|status))`,
    String.raw`\b(?:final|last|third|second|first)[- ](?:year|yr)\s+(?:of\s+)?(?:\w+\s+)?(?:residency|resident)\b`,
    String.raw`\b(?:final|last)\s+residency\s+year\b`,
    String.raw`\b(?:will|going\s+to|about\s+to)\s+(?:finish|complete|graduate)\b`,
    String.raw`\b(?:finishing|completing|graduating)\s+(?:from\s+)?(?:my\s+)?(?:\w+\s+){0,2}${TRAINING}\s+(?:in|this|next|soon)\b`,
    String.raw`\bwhile\s+(?:i\s+am|i'm|im)\s+(?:still\s+)?(?:in|doing)\b`,
  ].join('|'),
  'i',
);

export function residencyProgress(text: string): ResidencyProgress | undefined {
  const done = [...text.matchAll(DONE_TOLD)].some((m) => !NOT_YET.test(text.slice(Math.max(0, m.index - 40), m.index)));
  const inIt = IN_TOLD.test(text);
  return done === inIt ? undefined : done ? 'done' : 'in';
}

/**
 * A guide sentence opening on a condition about the reader's progress ("If your residency is still
 * in progress, …", "If you have completed a residency abroad, …") that is not the member's.
 */
export function addressesOtherProgress(sentence: string, member: ResidencyProgress): boolean {
  const condition = /^\W*(?:if|when|while|once)\b([^,;:]*)/i.exec(sentence)?.[1];
  if (!condition) return false;
  const told = residencyProgress(condition);
  return told !== undefined && told !== member;
}

/** Each curated entry's progress, read from its questions alone (its answer speaks to the member). */
const entryProgresses = new WeakMap<FaqEntry, ResidencyProgress | null>();
function entryProgress(entry: FaqEntry): ResidencyProgress | undefined {
  let progress = entryProgresses.get(entry);
  if (progress === undefined) {
    const read = [entry.q, ...entry.also].map(residencyProgress);
    const told = new Set(read.filter((r) => r !== undefined));
    entryProgresses.set(entry, (progress = told.size === 1 ? [...told][0]! : null));
  }
  return progress ?? undefined;
}

/**
 * The member tells how far through residency they are and the curated entry is written for that
 * same point ("I finished residency in my home country, am I eligible…?"): the member's own
 * circumstance is then what the entry answers.
 */
export function atSameProgress(question: string, entry: FaqEntry): boolean {
  const progress = residencyProgress(question);
  return progress !== undefined && entryProgress(entry) === progress;
}

/**
 * The question is about one stage and every phrasing of the curated entry about the other, or
 * the member is past residency and the entry is written for one still in it (or the reverse).
 */
export function aboutOtherStage(question: string, entry: FaqEntry): boolean {
  const progress = residencyProgress(question);
  if (progress) {
    const entryAt = entryProgress(entry);
    if (entryAt !== undefined && entryAt !== progress) return true;
  }
  const asked = trainingStage(question);
  if (!asked) return false;
  const answered = entryStage(entry);
  return answered !== undefined && answered !== asked;
}
