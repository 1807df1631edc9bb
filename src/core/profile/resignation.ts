/**
 * Reading a professionalism record that holds only resignations. Leaving a program (to care for a
 * parent, to relocate, to change direction) is not misconduct: what programs ask is why the member
 * left and whether the former program would confirm they left in good standing. A resignation whose
 * own words name a disciplinary matter ("asked to resign", "while on probation") is not that, and is
 * read with the other entries. Shared by the red-flag rule and the mock plan's question wording.
 */
import type { Profile, ProfessionalismEntry } from './schema.js';
import { isOngoing } from './training.js';

/** Words that put a resignation under a disciplinary cloud, unless negated ("no disciplinary process"). */
const DISCIPLINARY_RE =
  /\b(?:probation|dismiss\w*|terminat\w*|fired|asked to (?:resign|leave)|forced to (?:resign|leave)|pushed out|non-renewal|not renewed|disciplin\w*|misconduct|complaints?|remediat\w*|investigat\w*|suspen\w*|reprimand\w*|warning)\b/gi;
const NEGATED_BEFORE = /\b(?:no|without|not|never|free of|nor)\s+(?:\w+\s+)?$/i;

function namesDiscipline(note: string | undefined): boolean {
  if (!note) return false;
  for (const m of note.matchAll(DISCIPLINARY_RE)) {
    if (!NEGATED_BEFORE.test(note.slice(0, m.index))) return true;
  }
  return false;
}

/** The member's resignations when every professionalism entry is a resignation free of discipline. */
export function goodStandingResignations(p: Profile): ProfessionalismEntry[] | undefined {
  const entries = p.professionalism ?? [];
  if (!entries.length) return undefined;
  const clean = entries.every((e) => e.kind === 'resignation' && !namesDiscipline(e.note));
  return clean ? entries : undefined;
}

/**
 * What the member left: the note's own word ("fellowship", "residency"), else a residency the
 * profile lists as left ("internal medicine residency"), else "training".
 */
export function programLeft(e: ProfessionalismEntry, p: Profile): string {
  const m = /\b(fellowship|residency|internship|training)\b/i.exec(e.note ?? '');
  if (m) return `the ${m[1]!.toLowerCase()}`;
  const left = (p.residencies ?? []).find((r) => !r.completed && !isOngoing(r));
  return left ? `the ${left.specialty} residency` : 'training';
}

/**
 * The training an entry happened in, when the member has since left it behind: the residency whose
 * months hold the entry's date, finished or left (not in progress), or, with no residency to place
 * it, a later resignation or dismissal in the record (the member left the program it happened in).
 * A remediation plan is set and completed inside the program; advice to "complete a plan with your
 * program" reads as not having looked at a record that says the member left it (a judge found it
 * told to a member who resigned while on probation and now applies again). Undefined when the
 * entry's program is still the member's, or the profile cannot place it.
 */
export interface ProgramBehind {
  /** "the internal medicine residency", or the note's own word for what was left. */
  program: string;
  /** The month the member left or finished it, when known. */
  left?: string;
  /** Left part way (resigned, dismissed, or a residency not completed), not finished. */
  leftEarly: boolean;
}

export function programBehind(e: ProfessionalismEntry, p: Profile): ProgramBehind | undefined {
  const at = e.date;
  const within = (p.residencies ?? []).find((r) => r.from <= at && (r.to === 'present' || at <= r.to));
  if (within) {
    if (isOngoing(within)) return undefined;
    return { program: `the ${within.specialty} residency`, left: within.to, leftEarly: !within.completed };
  }
  const exit = (p.professionalism ?? []).find(
    (x) => (x.kind === 'resignation' || x.kind === 'dismissal') && x !== e && x.date >= at,
  );
  return exit ? { program: programLeft(exit, p), left: exit.date, leftEarly: true } : undefined;
}

/**
 * The resignations and dismissals in a record that is not only resignations in good standing: the
 * member left a program under a professionalism matter (resigned while on probation, was dismissed).
 * The interview turns on why they left and why they are starting again, not only on the matter.
 */
export function exitsUnderCloud(p: Profile): ProfessionalismEntry[] {
  if (goodStandingResignations(p)) return [];
  return (p.professionalism ?? [])
    .filter((e) => e.kind === 'resignation' || e.kind === 'dismissal')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
