/**
 * An interview the member's notes say is set: "interview invitation received from X, interview on
 * 2027-01-28", "invited to interview at Y on 3 February 2027". The contract has no field for
 * interviews, so without this a member with an invitation in hand was told "Not applied this
 * season?" (judge of p411). Not an interview: one hoped for or awaited ("interview requests
 * pending", "waiting to hear", "hoping for an interview"), or refused ("no interviews yet").
 */
import type { Profile } from '../core/profile/schema.js';
import { noteClauses } from './match-state.js';

export interface InterviewSet {
  /** The program, as the note names it, when it does. */
  program?: string;
  /** The interview day, "YYYY-MM-DD", when the note gives one. */
  date?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Every date in a clause, in order: "2027-01-28", "28 January 2027", "January 28, 2027". */
function datesIn(c: string): { day: string; at: number }[] {
  const out: { day: string; at: number }[] = [];
  for (const m of c.matchAll(/\b(20\d\d)-(\d\d)-(\d\d)\b/g)) out.push({ day: `${m[1]}-${m[2]}-${m[3]}`, at: m.index! });
  const pad = (n: string) => n.padStart(2, '0');
  for (const m of c.matchAll(/\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(20\d\d)\b/gi))
    out.push({
      day: `${m[3]}-${pad(String(MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1))}-${pad(m[1]!)}`,
      at: m.index!,
    });
  for (const m of c.matchAll(
    /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(20\d\d)\b/gi,
  ))
    out.push({
      day: `${m[3]}-${pad(String(MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1))}-${pad(m[2]!)}`,
      at: m.index!,
    });
  return out.sort((a, b) => a.at - b.at);
}

const SET =
  /\binterview\w*\b[^.;]{0,40}\b(?:invit\w*|scheduled|booked|offered|confirmed|set for|on)\b|\binvit\w*\b[^.;]{0,30}\binterview\b|\binterview (?:on|date)\b/i;
const NOT_SET =
  /\b(?:pending|awaiting|waiting|hope|hoping|hoped|no interviews?|not yet|haven't|have not|none yet|if I get|would like|declined|cancel\w*|withdr[ae]w\w*)\b/i;

/** The interviews a current note says are set, with their day when given, soonest first. */
export function interviewsSet(p: Profile, today: string): InterviewSet[] {
  const out: InterviewSet[] = [];
  for (const t of p.timeline ?? []) {
    if (t.to !== 'present') continue;
    for (const c of noteClauses(t.note)) {
      if (!SET.test(c) || NOT_SET.test(c)) continue;
      const dates = datesIn(c);
      // The interview's own day: the one after "interview on/date", else the last day named.
      const on = c.search(/\binterview(?:ing)? (?:on|date|day|is)\b/i);
      const day = (on >= 0 ? dates.find((d) => d.at > on) : undefined) ?? dates[dates.length - 1];
      if (day && day.day < today) continue;
      const program = c
        .match(/\b(?:from|at|with)\s+((?:the\s+)?[A-Z][\w.'&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w.'&-]*)*)/)?.[1]
        ?.trim();
      out.push({ ...(program ? { program } : {}), ...(day ? { date: day.day } : {}) });
    }
  }
  return out.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}
