/**
 * A mock answer to a visa question that says only "I need no sponsorship" while the profile shows
 * the member's permission to work is a time-limited permit (newcomer trial 23: an H-4 EAD ending four
 * months into PGY-1 drew only "too short"). The answer most likely to backfire later is the unqualified
 * one; an interviewer needs the end date, the renewal plan and the backup. Profile-aware: nothing is
 * said without a profile, for a member whose visa is a sponsored one, or when the answer already
 * gives an end date, a renewal and a backup.
 */
import { humanMonth } from '../core/dates.js';
import type { Profile } from '../core/profile/schema.js';
import { noteDependentStatus, notePermit } from '../rules/redflag-rules/visa-notes.js';

const VISA_QUESTION = /\b(?:visas?|sponsor\w*|work authori[sz]ation|immigration status|permission to work|EAD)\b/i;
const NO_SPONSOR =
  /\b(?:(?:do not|don'?t|dont|won'?t|will not|no) (?:need|require)\w* (?:a |any )?(?:visa|sponsor\w*)|(?:no|without) (?:visa )?sponsor\w*|not need (?:to )?sponsor|(?:need|require)s? no (?:visa|sponsor\w*)|have (?:an? )?(?:EAD|work permit|work authori[sz]ation))\b/i;
const GIVES_END = /\b(?:until|valid (?:to|through|till)|expir\w*|ends?|renew\w*)\b/i;
const GIVES_BACKUP = /\b(?:H-?1-?B|J-?1|Step 3|backup|back-up|fallback|green card)\b/i;

/** The advice for a visa answer, or undefined when the profile or the answer gives no cause. */
export function visaAnswerAdvice(question: string, answer: string, profile: Profile | undefined): string | undefined {
  if (!profile || !VISA_QUESTION.test(question)) return undefined;
  if (profile.citizenship !== 'non-us' || profile.visa !== 'not-needed') return undefined;
  if (!NO_SPONSOR.test(answer) && answer.trim().split(/\s+/).length > 25) return undefined;
  if (GIVES_END.test(answer) && GIVES_BACKUP.test(answer)) return undefined;
  const current = (profile.timeline ?? []).filter((t) => t.to === 'present');
  const permit = current.map((t) => notePermit(t.note)).find((x) => x !== undefined);
  const h4 = current.some((t) => noteDependentStatus(t.note) === 'h4');
  const what = h4 ? 'your H-4 EAD' : 'your work permit';
  const when = permit?.ends ? ` ends ${humanMonth(permit.ends)}` : '';
  const lead = when
    ? `Your profile shows ${what}${when}. "The program does not need to sponsor me" with nothing more can backfire if it ends during training.`
    : `Your profile says you need no visa because you hold a work permit: saying only that the program need not sponsor you leaves out how long that lasts.`;
  return `${lead} Say in two or three sentences what your permission to work rests on and its end date, your renewal plan (filed as early as USCIS allows), and your backup if it lapses (for example an H-1B, which needs Step 3 passed), then let the interviewer move on.`;
}
