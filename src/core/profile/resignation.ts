/**
 * Reading a professionalism record that holds only resignations. Leaving a program (to care for a
 * parent, to relocate, to change direction) is not misconduct: what programs ask is why the member
 * left and whether the former program would confirm they left in good standing. A resignation whose
 * own words name a disciplinary matter ("asked to resign", "while on probation") is not that, and is
 * read with the other entries. Shared by the red-flag rule and the mock plan's question wording.
 */
import type { Profile, ProfessionalismEntry } from './schema.js';

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
  const left = (p.residencies ?? []).find((r) => !r.completed && r.to !== 'present');
  return left ? `the ${left.specialty} residency` : 'training';
}
