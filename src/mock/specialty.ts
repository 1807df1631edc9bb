/**
 * Whether two specialties as members type them are the same, clearly different, or unclear. The
 * mock planner asks "why residency again?" of the same specialty and "why change?" of a clearly
 * different one; a wrong "why did you switch?" to a member who never switched would be worse than
 * no question, so anything unclear ("medicine" beside "internal medicine") asks neither.
 */
import { fixSpecialty } from '../core/profile/friendly.js';

export type SpecialtyRelation = 'same' | 'different' | 'unclear' | 'subspecialty';

/** Short forms members type, read as the specialty they stand for. */
const SHORT: Readonly<Record<string, string>> = {
  im: 'internal medicine',
  fm: 'family medicine',
  em: 'emergency medicine',
  peds: 'pediatrics',
  obgyn: 'obstetrics and gynecology',
  'ob gyn': 'obstetrics and gynecology',
  gynaecology: 'obstetrics and gynecology',
  gynecology: 'obstetrics and gynecology',
};

/** Lower case, British spellings and slips mended, "general" and "&" dropped: "General Paediatrics" → "pediatrics". */
function key(raw: string): string {
  // "Pathology (AP/CP)" beside "pathology (anatomic and clinical)", "internal medicine (preliminary)":
  // a bracket qualifies the field (its track, its parts, the kind of position), it does not name
  // another one (judge of p397: one AP/CP residency read as a change of specialty). Kept when the
  // bracket is all there is.
  const outside = raw.replace(/\([^)]*\)/g, ' ');
  const plain = (/[a-z]/i.test(outside) ? outside : raw)
    .toLowerCase()
    // "AP/CP": anatomic and clinical pathology, as pathologists write it.
    .replace(/\bap\s*[/&+-]?\s*cp\b/g, ' anatomic and clinical ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z ]+/g, ' ')
    .replace(/paed/g, 'ped')
    .replace(/anaes/g, 'anes')
    .replace(/haem/g, 'hem')
    .replace(/gynae/g, 'gyne')
    .replace(/\bgeneral\b/g, ' ')
    // "Internal medicine (core training)", "respiratory medicine specialty training": the kind of
    // programme is not part of the field's name.
    // "IM categorical": the kind of position (newcomer trial 16 was asked why it changed specialty).
    .replace(/\b(?:core|basic|higher|specialty|training|programme|program|residency|fellowship|categorical)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const short = SHORT[plain] ?? plain;
  return fixSpecialty(short).toLowerCase();
}

/**
 * Subspecialties trained after (or on top of) a core residency, read as their parent field: a
 * pulmonary fellowship after internal medicine, or UK respiratory training after core medical
 * training, is progression within one field, not a change of direction.
 */
const PARENT: readonly [RegExp, string][] = [
  [/\b(?:pediatric|neonat\w*)\b/, 'pediatrics'],
  [
    /\b(?:pulmon\w*|respiratory|critical care|cardiolog\w*|cardiovascular|gastroenterolog\w*|hepatolog\w*|nephrolog\w*|endocrinolog\w*|rheumatolog\w*|infectious diseases?|hematolog\w*|oncolog\w*|geriatric\w*|allergy|immunolog\w*|acute medicine)\b/,
    'internal medicine',
  ],
];

function parentOf(k: string): string | undefined {
  for (const [re, parent] of PARENT) if (re.test(k) && k !== parent) return parent;
  return undefined;
}

const words = (k: string) => new Set(k.split(' ').filter((w) => w && w !== 'and'));

export function specialtyRelation(a: string, b: string): SpecialtyRelation {
  const ka = key(a);
  const kb = key(b);
  if (!ka || !kb) return 'unclear';
  if (ka === kb) return 'same';
  // A subspecialty beside its own parent field (or a core-training name of it): not a switch.
  const pa = parentOf(ka);
  const pb = parentOf(kb);
  if ((pa || pb) && pa !== pb && baseRelation(pa ?? ka, pb ?? kb) !== 'different') return 'subspecialty';
  return baseRelation(ka, kb);
}

function baseRelation(ka: string, kb: string): SpecialtyRelation {
  if (ka === kb) return 'same';
  // One name inside the other ("medicine" and "internal medicine"): may be the same field.
  const wa = words(ka);
  const wb = words(kb);
  const within = (x: Set<string>, y: Set<string>) => [...x].every((w) => y.has(w));
  return within(wa, wb) || within(wb, wa) ? 'unclear' : 'different';
}

/**
 * Specialties whose US residency starts after a clinical first year (a preliminary or transitional
 * PGY-1) that the member does elsewhere: the NRMP's "advanced" positions. A preliminary year in
 * internal medicine or surgery before one of them is the usual sequence, not a change of direction
 * (judge of p401: a radiologist asked "what made you change direction?" of his prelim year).
 */
const STARTS_AFTER_A_FIRST_YEAR =
  /\b(?:radiolog\w*|radiation oncology|anesthesi\w*|anaesthesi\w*|neurolog\w*|dermatolog\w*|physical medicine|rehabilitation|physiatry|pm ?(?:&|and) ?r|ophthalmolog\w*|nuclear medicine)\b/i;

/**
 * A preliminary or transitional year that is part of the ordinary route to the member's specialty:
 * a transitional year leads to no specialty of its own, and a preliminary year comes before every
 * specialty that starts after a first year. A preliminary year in surgery before internal medicine,
 * which starts in its own first year, is still a change.
 */
export function firstYearOnTheRoute(residencySpecialty: string, memberSpecialty: string): boolean {
  if (!/\b(?:prelim(?:inary)?|transitional(?:[-\s]+year)?|TY)\b/i.test(residencySpecialty)) return false;
  if (/\btransitional\b|\bTY\b/i.test(residencySpecialty)) return true;
  return STARTS_AFTER_A_FIRST_YEAR.test(memberSpecialty);
}
