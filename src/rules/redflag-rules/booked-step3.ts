/**
 * A Step 3 sitting the member's notes say is booked (booked-exam.ts), with no pass listed: "Step 3
 * booked for 2027-08-05 (not yet taken)", "sitting Step 3 on 14 April 2027". Advice that says "plan
 * Step 3 during residency" or "passing Step 3 would show…" to a member whose date is set reads as
 * not having looked (judges of p397 and p406), and a booked exam is not a passed one: it must be
 * told as booked in applications and messages. USMLE results usually come about three to four weeks
 * after the exam (knowledge/matches.md, score-release practice), so a good score that arrives before
 * programs decide (the AMIA commit deadline, the NRMP rank order list deadline) may be sent as one
 * brief update (knowledge/prematch.md, updates); one that arrives after cannot change this season.
 * A sitting only wished for ("might take Step 3", "planning to book") is not booked and changes
 * nothing here.
 */
import { addDays, humanDay, humanMonth } from '../../core/dates.js';
import { noteBookedExams } from '../../core/profile/booked-exam.js';
import type { Profile } from '../../core/profile/schema.js';
import { lastStep } from '../../composers/season-calendar.js';

export interface BookedStep3 {
  /** "YYYY-MM-DD" or "YYYY-MM", as the note gives it. */
  date: string;
  /** "5 Aug 2027" or "Aug 2027". */
  when: string;
}

export function bookedStep3(p: Profile, today: string): BookedStep3 | undefined {
  if ((p.exams ?? []).some((a) => a.exam === 'step3' && a.result === 'pass')) return undefined;
  const soon = addDays(today, -31);
  const b = (p.timeline ?? [])
    // "booked for 2027-08-05 (not yet taken)": the sitting is still ahead, which is what booked means;
    // only "not yet booked" or "no date yet" leave it unfixed (booked-exam.ts reads those).
    .flatMap((t) => noteBookedExams(t.note?.replace(/\bnot yet (?:taken|sat|written|done|attempted)\b/gi, 'ahead')))
    .find((x) => x.exam === 'step3' && (x.date.length === 10 ? x.date : `${x.date}-28`) >= soon);
  if (!b) return undefined;
  return { date: b.date, when: b.date.length === 10 ? humanDay(b.date) : humanMonth(b.date) };
}

/** "your note says Step 3 is booked for 5 Aug 2027 (not yet passed: list it as booked, not passed)". */
export function bookedStep3Words(b: BookedStep3): string {
  return `your note says Step 3 is booked for ${b.when}, not yet passed (in applications and messages, list it as booked until the result is out)`;
}

/**
 * Whether the result can reach programs before they decide this season, said as what to do with a
 * good score. The deciding day is the member's match's last step (AMIA commit, NRMP rank deadline)
 * still ahead of today (the season the member is in now).
 */
export function bookedStep3Update(p: Profile, b: BookedStep3, today: string): string {
  const day = b.date.length === 10 ? b.date : `${b.date}-15`;
  const resultBy = addDays(day, 28);
  const calendar = p.target === 'residency-informatics-track' ? 'nrmp-main' : 'amia-ci-match';
  // The season the member is in today decides: its last step still ahead of today.
  const y = Number(today.slice(0, 4));
  const decide = [lastStep(calendar, y - 1), lastStep(calendar, y), lastStep(calendar, y + 1)].find((d) => d >= today)!;
  const step = calendar === 'nrmp-main' ? 'rank order list deadline' : 'commit deadline';
  return resultBy < decide
    ? `The result usually comes three to four weeks after the exam, before this season's ${step} (typically about ${humanDay(decide)}): a good score may be worth sending programs as one brief update.`
    : `The result usually comes three to four weeks after the exam, after this season's ${step} (typically about ${humanDay(decide)}), so it cannot change this season's lists; a good score is for your next application or a later update.`;
}

export interface Step3TooLate {
  booked: BookedStep3;
  /** The deciding day of this season (NRMP rank deadline, AMIA commit deadline), "YYYY-MM-DD". */
  decide: string;
  /** "rank order list deadline" or "commit deadline". */
  step: string;
}

/**
 * A booked Step 3 whose result cannot be in before this season's lists are final: the sitting
 * itself, or three weeks after it (the earliest results usually come), falls on or after the deciding
 * day still ahead. "Pass Step 3 before programs decide" is then impossible advice (judge of p412:
 * Step 3 booked a week after the rank deadline, told to pass it before programs decide). Undefined
 * when nothing is booked or the result can come in time.
 */
export function step3TooLate(p: Profile, today: string): Step3TooLate | undefined {
  const booked = bookedStep3(p, today);
  if (!booked) return undefined;
  const day = booked.date.length === 10 ? booked.date : `${booked.date}-01`;
  const calendar = p.target === 'residency-informatics-track' ? 'nrmp-main' : 'amia-ci-match';
  const y = Number(today.slice(0, 4));
  const decide = [lastStep(calendar, y - 1), lastStep(calendar, y), lastStep(calendar, y + 1)].find((d) => d >= today)!;
  // Only a sitting in the months before this deciding day: one after it is next season's business.
  if (addDays(day, 21) < decide || day > addDays(decide, 60)) return undefined;
  return { booked, decide, step: calendar === 'nrmp-main' ? 'rank order list deadline' : 'commit deadline' };
}

/** What a too-late Step 3 means for an H-1B this season, said instead of "pass it before programs decide". */
export function step3TooLateWords(late: Step3TooLate, j1Other: string): string {
  const ranks = late.step === 'commit deadline' ? 'commit' : 'rank';
  return `Your Step 3 is booked for ${late.booked.when}, and its result usually comes three to four weeks after the exam: after this season's ${late.step} (typically about ${humanDay(late.decide)}), so programs ${ranks} without it and passing it before they decide is not possible this season. A program that sponsors only the H-1B needs the pass before it can file, so it may not ${ranks} you on a pending Step 3: before your list is final, ask each program you would ${ranks} whether it would sponsor a J-1 if your result is not in by the time it must file (${j1Other}), and keep programs that sponsor the J-1 on your list.`;
}
