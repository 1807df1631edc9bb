/**
 * Questions whose right answer is a polite decline: a program asking how the member will rank it.
 * Neither match wants that question asked (the NRMP forbids it; AMIA publishes no rule and the
 * guides advise the same etiquette), so the answer is judged as a refusal: length, STAR parts and
 * an informatics angle do not apply, and coaching it as a normal answer would teach the member to
 * give a ranking. Blame, fillers and a rambling length still count.
 */
import type { AnswerFeedback } from './feedback.js';
import type { Question } from './types.js';

/** A typed question that asks where the member will rank the program (for free-text questions). */
const ASKS_MEMBER_RANKING =
  /\b(?:where|how)\s+(?:are|will|would|do)\s+you\s+(?:going\s+to\s+)?(?:plan\s+to\s+)?rank\b|\b(?:are|is)\s+(?:we|our program|this program)\s+(?:your|at the top of your)\s+(?:first|top|number one|#1)\b|\bhow\s+(?:high|highly)\s+(?:will|would)\s+you\s+rank\b|\bwhere\s+(?:do|does)\s+(?:we|our program|this program)\s+(?:stand|fall|sit)\s+on\s+your\s+(?:rank|list)\b/i;

export function isPoliteDecline(question: string | Question | undefined): boolean {
  if (!question) return false;
  if (typeof question !== 'string')
    return question.answer === 'polite-decline' || ASKS_MEMBER_RANKING.test(question.text);
  return ASKS_MEMBER_RANKING.test(question);
}

/** Notes that judge a story; a refusal is not one. */
const STORY_NOTES: ReadonlySet<string> = new Set(['too-short', 'no-result', 'no-informatics-angle']);

/** Feedback on a polite decline: only what still applies (too long, blame, fillers). */
export function declineFeedback(fb: AnswerFeedback): AnswerFeedback {
  return { ...fb, notes: fb.notes.filter((n) => !STORY_NOTES.has(n.id)) };
}

/** The member's answer gives a ranking or a promise away (for the coaching line of the view). */
export function revealsRanking(answer: string): boolean {
  return /\b(?:rank(?:ing)?\s+(?:you|your program|this program)\s+(?:first|#?1|number one|highly|at the top)|(?:you are|you're|this is|it is|it's)\s+my\s+(?:first|top|number one|#1)\s+choice|top of my (?:rank )?list|I will rank you)\b/i.test(
    answer,
  );
}

/** The coaching for a ranking question: decline politely; say so when the answer gave a ranking away. */
export function declineAdvice(answer: string): string {
  const rule =
    'A program should not ask how you will rank it (the NRMP forbids it; for the AMIA CI match, follow the same etiquette), and you do not have to say: the right answer is a warm, polite decline with no rank and no promise.';
  return revealsRanking(answer)
    ? `${rule} Your answer gives a ranking or a promise away: take it out, thank them, name what you value about the program and say you will decide your list after your interviews.`
    : `${rule} Your answer gives no ranking away: good.`;
}
