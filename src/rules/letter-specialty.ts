/**
 * Letter norms of the member's own specialty, where a primary source states one. Only emergency
 * medicine so far: EM residency programs rely on the Standardized Letter of Evaluation (SLOE), a
 * structured form EM faculty complete after working with the applicant in the emergency department
 * (CORD's SLOE pages), and CORD's advising committee recommends that international graduates get at
 * least two, from US EM rotations (Zhang et al., Cureus 2020; knowledge/letters.md, specialty-letters).
 * A research supervisor's or another specialty's narrative letter can be an extra, never a SLOE in its
 * place (judge of p418). A fellowship applicant is not told this: SLOEs are for the residency match.
 * Other specialties get nothing here until a primary page says what they expect. Pure.
 */
import { specialtyName } from '../core/profile/friendly.js';
import type { Letter, Profile } from '../core/profile/schema.js';
import { periods } from '../core/profile/derived.js';
import { monthIndex } from '../core/dates.js';

/** Emergency medicine, read by meaning ("EM", "emergency med", "ER"), never a pediatric EM fellowship. */
export function emergencyMedicine(specialty: string | undefined): boolean {
  if (!specialty) return false;
  const name = specialtyName(specialty) || specialty;
  if (/\bpediatric|\bpaediatric/i.test(name)) return false;
  return /\bemergency\s+med|^\s*(?:EM|ER|ED)\s*$|^\s*emergency\s*$/i.test(name);
}

/** A SLOE named (the form's name, short or long; an eSLOE). */
const SLOE = /\b(?:e-?SLOEs?|SLOEs?|SLORs?|standardi[sz]ed letters? of (?:evaluation|recommendation))\b/i;
/** A SLOE still to come or denied ("need a SLOE", "no SLOE yet", "hoping for a SLOE"). */
const NOT_YET =
  /\b(?:no|not|never|need(?:s|ed)?|want(?:s|ed)?|hop(?:e|ing)|plan(?:s|ned|ning)?|will|would|waiting|awaiting|pending|yet|trying|try|looking|without|before|if|unless)\b|n['’]t\b/i;
/** A count before the name: "two SLOEs", "2 eSLOEs". */
const COUNT = /\b(one|two|three|four|1|2|3|4)\s+(?:e-?)?(?:SLOEs?|SLORs?|standardi[sz]ed)/i;
const NUMBER: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Emergency medicine or its department named in a note or a writer's remark ("ED", "EM rotation"). */
const EM_WORDS = (text: string): boolean => /\bemergency\b/i.test(text) || /\b(?:EM|ED|ER)\b/.test(text);

/** SLOEs the member's notes or writer remarks tell as in hand (written, uploaded, received). */
export function sloesInHand(profile: Profile): number {
  let n = 0;
  for (const l of profile.letters ?? []) {
    const remark = /\(([^()]+)\)/.exec(l.writer)?.[1] ?? '';
    if (SLOE.test(remark) && !NOT_YET.test(remark)) n += 1;
  }
  for (const e of profile.timeline ?? []) {
    for (const clause of (e.note ?? '').split(/[.;!?]\s+|,\s*but\s+/)) {
      if (!SLOE.test(clause) || NOT_YET.test(clause)) continue;
      const count = COUNT.exec(clause)?.[1];
      n += count ? NUMBER[count.toLowerCase()]! : 1;
    }
  }
  return n;
}

/**
 * US physicians who watched the member work while the member was on a US rotation or job in
 * emergency medicine (the timeline entry names it, or the writer's own entry does): the faculty a SLOE
 * comes from. A research supervisor saw research, not the emergency department.
 */
export function sloeWriters(profile: Profile, today: string): Letter[] {
  const em = periods(profile, today).filter((p) => p.activity === 'us-clinical' && EM_WORDS(p.note ?? ''));
  return (profile.letters ?? []).filter((l) => {
    if (!l.physician || !l.directObservation || l.setting !== 'us') return false;
    if (l.role === 'research-supervisor' || l.role === 'family-friend') return false;
    if (EM_WORDS(l.writer) || SLOE.test(l.writer)) return true;
    const from = monthIndex(`${l.year}-01`);
    const to = monthIndex(`${l.year}-12`);
    return em.some((p) => p.from <= to && p.to >= from);
  });
}

/** What the letters plan says about the member's specialty's own letters; undefined when none applies. */
export function specialtyLetterNote(profile: Profile, today: string): string | undefined {
  if (profile.target !== 'residency-informatics-track' || !emergencyMedicine(profile.specialty)) return undefined;
  const have = sloesInHand(profile);
  if (have >= 2) {
    return `Your notes tell of ${have} SLOEs (Standardized Letters of Evaluation): emergency medicine programs rely on these most, so assign them to every EM program and let your other letters add to them.`;
  }
  const writers = sloeWriters(profile, today);
  const others = (profile.letters ?? []).filter(
    (l) => !writers.includes(l) && l.role !== 'family-friend' && (l.role === 'research-supervisor' || l.informatics),
  );
  const who = writers.length
    ? ` ${writers.map((l) => l.writer).join(' and ')} saw you work in US emergency medicine: ask whether they (or their department, as a group) can complete a SLOE rather than a narrative letter.`
    : ' None of your writers is listed as having supervised you in a US emergency department.';
  const need =
    have + writers.length >= 2
      ? ''
      : ` To reach two, plan a hands-on US emergency medicine rotation, ideally at a hospital with an EM residency, where the faculty can write one.`;
  const extra = others.length
    ? ` ${others.map((l) => l.writer).join(' and ')} can add a letter about your research or informatics work, but it does not replace a SLOE.`
    : '';
  const got = have === 1 ? ' Your notes tell of one SLOE already.' : '';
  return (
    `Emergency medicine programs rely on the Standardized Letter of Evaluation (SLOE), a structured form that EM faculty complete after working with you in the emergency department; CORD's advisers recommend that international graduates get at least two, from US EM rotations.` +
    `${got}${who}${need}${extra} Check each program's own letter requirements.`
  );
}
