/**
 * The professionalism question, reworded for a member whose record holds only a resignation in
 * good standing (the reading lives in core/profile/resignation.ts, shared with the red-flag rule).
 * "Tell me about the professionalism concern … take responsibility" would coach a member who left
 * to care for a dying parent to confess a misconduct they never had; what programs ask is why they
 * left, whether the program they left would confirm their standing, and why this path now.
 */
import { humanMonth } from '../core/dates.js';
import { goodStandingResignations, programLeft } from '../core/profile/resignation.js';
import type { Profile } from '../core/profile/schema.js';
import type { Question } from './types.js';

export function resignationWording(q: Question, p: Profile): Partial<Question> {
  if (q.id !== 'rf-professionalism') return {};
  const left = goodStandingResignations(p);
  const last = left?.at(-1);
  if (!last) return {};
  return {
    text: `You left ${programLeft(last, p)} in ${humanMonth(last.date)}. Why did you leave, and why is this path the right one now?`,
    shows:
      'A brief, factual reason for leaving, told without criticising the program; who can confirm you left in good standing; what you did next; and why this path will hold.',
    hint: 'Give the reason in one or two plain sentences (no private detail you do not want to share), name who confirms your standing (your former program director), then spend most of the answer on what you did next and why this path is the right one now.',
    followUps: [
      'Would your former program director confirm that you left in good standing?',
      'What would make you leave again?',
    ],
  };
}
