/**
 * The mock question for years in a job away from patient care, with a return to practice since
 * (src/rules/redflag-rules/left-patient-care.ts; round ux45). Built on the bank's time-away question,
 * asked the way an interviewer asks it of a member who came back: why leave, and why come back.
 */
import { humanMonth, humanMonths } from '../core/dates.js';
import type { LeftAndReturned } from '../rules/redflag-rules/left-patient-care.js';
import type { Question } from './types.js';

export function leftAndReturnedQuestion(base: Question, x: LeftAndReturned): Question {
  return {
    ...base,
    text: `From ${humanMonth(x.from)} to ${humanMonth(x.to)} you worked away from patient care (${x.what}). Why did you leave clinical work, and why did you come back?`,
    shows:
      'A plain reason for leaving and for returning, each in a sentence, told as choices rather than excuses; what the role taught you that clinical work and informatics use; and what your practice since your return shows about where you stand now.',
    framework: 'three-part',
    hint: `Say what the role was and why you took it in a sentence; then why you came back to patient care in ${humanMonth(x.back)} and what you have done since; end with what those ${humanMonths(x.months)} gave you for this training (data, safety, systems, working with other teams).`,
    followUps: [
      'What did you miss about clinical work while you were away?',
      'How do we know you will not leave clinical work again?',
    ],
    expectsInformatics: true,
  };
}

export function leftAndReturnedReason(x: LeftAndReturned): string {
  return `You spent ${humanMonths(x.months)} away from patient care (${x.what}, ${humanMonth(x.from)} – ${humanMonth(x.to)}) before returning to clinical work in ${humanMonth(x.back)}: interviewers ask why you left and why you came back.`;
}
