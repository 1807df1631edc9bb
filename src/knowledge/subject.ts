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

/** The question is about one stage and every phrasing of the curated entry about the other. */
export function aboutOtherStage(question: string, entry: FaqEntry): boolean {
  const asked = trainingStage(question);
  if (!asked) return false;
  const answered = entryStage(entry);
  return answered !== undefined && answered !== asked;
}
