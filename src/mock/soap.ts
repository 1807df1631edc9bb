/**
 * A residency applicant in the SOAP now (round fix24, judge of p404): on the Monday to Thursday of
 * Match Week, unmatched, programs with places left call for short interviews and make offers in the
 * NRMP's rounds (knowledge/matches.md, "Who can take part in SOAP"). There is no rank list to ask
 * about, so "where will you rank us?" is moot, and what the member needs is short answers: who they
 * are in a minute, why this program and this place, what happened in the Match.
 */
import { addDays, type DayString } from '../core/dates.js';
import type { Profile } from '../core/profile/schema.js';
import { matchDay } from '../composers/season-calendar.js';
import type { Question } from './types.js';

/** Said in the member's notes: in the SOAP, or this year's Match found no place. */
const IN_SOAP = /\bSOAP\b/;
const UNMATCHED = /\bun-?matched\b|\b(?:did not|didn'?t|not|never) match(?:ed)?\b|\bno match\b/i;

/**
 * Whether the member is in the SOAP today: a residency route, a day from Monday to Thursday of this
 * year's Match Week, and a current note that says SOAP, or that this year's Match found no place.
 */
export function inSoapNow(p: Profile, today: DayString, route: Profile['target']): boolean {
  if (route !== 'residency-informatics-track') return false;
  const year = Number(today.slice(0, 4));
  const friday = matchDay(year);
  if (today < addDays(friday, -4) || today > addDays(friday, -1)) return false;
  const month = today.slice(0, 7);
  return (p.timeline ?? []).some((t) => {
    if (!(t.to === 'present' || t.to >= month)) return false;
    const note = t.note ?? '';
    return IN_SOAP.test(note) || (UNMATCHED.test(note) && note.includes(String(year)));
  });
}

/** In SOAP week a plan is this long unless the member asks for more: the calls are short. */
export const SOAP_COUNT = 6;

export const SOAP_LABEL =
  'SOAP week (now): programs with places left call for short interviews and make offers in rounds, so rehearse short answers; there is no rank list to discuss.';

/** Why the opener is rehearsed in SOAP week: the short version, not the two-minute story. */
export const SOAP_OPENER_REASON = 'Every SOAP call opens with it: rehearse a one-minute version.';

/** The questions a SOAP call asks, in its words. */
export function soapWording(q: Question, ownWork?: string): Partial<Question> {
  if (q.id === 'tell-me-about-yourself')
    return {
      shows:
        'A coherent path from where you trained to this specialty and this program, told in about a minute with one concrete example.',
      hint: 'In a SOAP call keep it to about a minute: where you trained, what you do now, and why this specialty and this program, with one concrete example.',
    };
  if (q.id === 'why-this-program')
    return {
      text: 'Why our program, and why should we offer you this place?',
      shows:
        'That you looked at this program before the call (one concrete reason that fits it), what you bring from the first day, and that you would accept a place with them.',
      hint: `Give one specific reason for this program, then what you bring from your work so far in two sentences${ownWork ? ` (for you, "${ownWork}": your part and what changed)` : ''}, and say plainly that you would accept a place. Keep it under a minute.`,
      followUps: ['What would you need from us to start on July 1?'],
    };
  if (q.id === 'rf-previous-cycle')
    return {
      text: 'You are in the SOAP this week. What happened in the Match, and why are you ready for a place now?',
      hint: 'Say in one sentence what you think held your application back, with no blame, then what you have done since and why you are ready now. Keep it short and forward-looking.',
    };
  return {};
}
