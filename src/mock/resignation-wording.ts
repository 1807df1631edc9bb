/**
 * The professionalism question, reworded for a member whose record holds only a resignation in
 * good standing (the reading lives in core/profile/resignation.ts, shared with the red-flag rule).
 * "Tell me about the professionalism concern … take responsibility" would coach a member who left
 * to care for a dying parent to confess a misconduct they never had; what programs ask is why they
 * left, whether the program they left would confirm their standing, and why this path now.
 */
import { humanMonth } from '../core/dates.js';
import { exitsUnderCloud, goodStandingResignations, programBehind, programLeft } from '../core/profile/resignation.js';
import type { Profile } from '../core/profile/schema.js';
import type { Question } from './types.js';
import { remediationClause } from './remediation-wording.js';

export function resignationWording(q: Question, p: Profile): Partial<Question> {
  if (q.id !== 'rf-professionalism') return {};
  const left = goodStandingResignations(p);
  const last = left?.at(-1);
  if (!last) return leftUnderCloudWording(p);
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

/**
 * A member who resigned under a professionalism matter or was dismissed, and now applies again: the
 * interview turns on why they left and why they are starting again, and "tell me about the
 * professionalism concern" alone rehearses neither (a judge found a member who resigned a US
 * residency while on probation never asked why she left or what changed). Worded from the record:
 * what happened, the program, the months.
 */
function leftUnderCloudWording(p: Profile): Partial<Question> {
  const exit = exitsUnderCloud(p).at(-1);
  if (!exit) return {};
  const program = programBehind(exit, p)?.program ?? programLeft(exit, p);
  const before = (p.professionalism ?? []).filter((e) => e !== exit && e.kind !== 'resignation' && e.date <= exit.date);
  // Each matter before the exit, as the record names it: "on probation in Dec 2022".
  const said = before.map((e) =>
    e.kind === 'probation'
      ? `were on probation in ${humanMonth(e.date)}`
      : e.kind === 'report'
        ? `had a professionalism report in ${humanMonth(e.date)}`
        : `were dismissed in ${humanMonth(e.date)}`,
  );
  const dismissed = exit.kind === 'dismissal';
  const event = dismissed
    ? `were dismissed from ${program} in ${humanMonth(exit.date)}`
    : `resigned from ${program} in ${humanMonth(exit.date)}`;
  const matter = `You ${[...said, event].join(' and ')}`;
  const remediation = remediationClause(p);
  const again =
    p.target === 'ci-fellowship'
      ? 'train again in a fellowship'
      : p.target === 'residency-informatics-track'
        ? 'start residency again'
        : 'train again';
  return {
    // A dismissal is the program's decision: "why did you leave" and "that you left" would coach the
    // member to tell it as a choice (a judge found a dismissed member told to say he left for a
    // private reason). A resignation under a matter is the member's own step and is asked as one.
    text: dismissed
      ? `${matter}. What happened, why did your time there end, and what has changed that makes you ready to ${again} now?`
      : `${matter}. What happened, why did you leave, and what has changed that makes you ready to ${again} now?`,
    // One answer that says both: why the member left and what changed, and what the record says of
    // remediation (the professionalism question's own wording, which this one replaces).
    shows: `A factual account of what happened and ${dismissed ? 'that the program dismissed you (never told as a choice to leave)' : 'why you left'}, your own part in it without blaming anyone, ${remediation ? `${remediation}, ` : ''}who can speak to it (your former program director, or a supervisor since), what you have changed since, and why starting again now will hold.`,
    hint: `${dismissed ? 'Say in one or two plain sentences what happened and that the program dismissed you; do not call it leaving or a personal step.' : 'Say in one or two sentences what happened and that you left (a private reason such as your health needs no detail).'} Own your part plainly, name who can confirm what happened and how you work now, then spend most of the answer on what you have done since and why you are ready to ${again}.`,
    followUps: [
      'What would your former program director say about you if we called?',
      'What would make you leave a program again?',
    ],
  };
}
