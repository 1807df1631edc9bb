/**
 * What a CI fellowship interview asks of the member's own record beyond the general questions
 * (round fix24, judges of blind profiles p397-p407): "why informatics?" from the angle of the
 * member's specialty, why an accredited fellowship after an informatics fellowship that was not
 * one, how the member will keep practising, and a plan for a board certification or a licence
 * that has lapsed. Read from the profile's fields and the member's own timeline notes.
 */
import { withoutOtherLapses } from '../rules/note-facts.js';
import { monthIndex } from '../core/dates.js';
import type { Profile } from '../core/profile/schema.js';
import { specialtyName } from '../core/profile/friendly.js';
import { countsForFellowship, isCanada, isUsResidency, readResidencies } from '../core/profile/training.js';
import { midSentence } from '../composers/informatics-phrase.js';
import type { Question } from './types.js';

/**
 * The informatics each field opens onto, in our words: where a member of that specialty naturally
 * starts. Most specific first ("pediatric hospital medicine" is pediatrics, "radiation oncology" is
 * not radiology). A field not listed gets the general line.
 */
const ANGLES: readonly [RegExp, string][] = [
  [/\bpatholog/, 'laboratory and digital pathology informatics (the laboratory system, test use, whole-slide imaging)'],
  [/\bradiation oncology\b/, 'oncology information systems and treatment-planning data'],
  [/\bradiolog|\bimaging\b/, 'imaging informatics (PACS, structured reporting, imaging AI)'],
  [/\ban(?:a)?esthesi/, 'perioperative informatics (the anesthesia record, operating-room decision support)'],
  [
    /\bp(?:a)?ediatric|\bneonat/,
    "pediatric informatics (weight-based dosing, growth and immunisation data, families' access to records)",
  ],
  [/\bemergency\b/, 'emergency department informatics (triage, tracking boards, throughput and handoffs)'],
  [
    /\bpsychiatr|\bbehavio(?:u)?ral health\b/,
    'behavioral health informatics (measurement-based care, privacy of sensitive notes, telehealth)',
  ],
  [/\bneurolog/, 'time-critical pathways such as stroke alerts, and neurological imaging and monitoring data'],
  [
    /\bfamily\b|\bprimary care\b|\bgeneral practi/,
    'primary care and population health informatics (registries, preventive-care reminders, the patient portal)',
  ],
  [/\bobstet|\bgyn/, 'perinatal informatics (fetal monitoring data, obstetric safety alerts)'],
  [/\bdermatolog/, 'teledermatology and image-based decision support'],
  [/\bsurg/, 'perioperative and surgical quality informatics'],
  [
    /\binternal medicine\b|\bhospital(?:ist| medicine)\b|\bcardiolog|\bnephrolog|\boncolog|\bpulmon|\bcritical care\b|\binfectious\b|\bendocrin|\bgastro|\bgeriatric/,
    'inpatient and chronic-disease informatics (order sets, decision support, registries)',
  ],
];

/** The informatics the member's specialty opens onto, or undefined for a field not listed. */
export function specialtyAngle(specialty: string): string | undefined {
  const k = specialty.toLowerCase();
  return ANGLES.find(([re]) => re.test(k))?.[1];
}

/**
 * "Why clinical informatics?" asked from the member's specialty, for a CI fellowship applicant who
 * names one: the question keeps any second half the planner gave it (why now, why leave a role),
 * and gains a follow-up and a line of coaching on the specialty's own informatics and how the member
 * would take it beyond their department (judge of p397: a pathologist was asked only in general).
 */
export function whyInformaticsFromSpecialty(q: Question, p: Profile, route: Profile['target']): Question {
  const sp = p.specialty?.trim();
  if (q.id !== 'why-clinical-informatics' || route !== 'ci-fellowship' || !sp) return q;
  const name = midSentence(specialtyName(sp));
  const angle = specialtyAngle(sp);
  const followUp = angle
    ? `How does ${name} shape the informatics you want to do, from ${angle.replace(/ \(.*\)$/, '')} to work across the whole health system?`
    : `How does ${name} shape the informatics you want to do, and how would you take it beyond your own department?`;
  return {
    ...q,
    text: q.text === 'Why clinical informatics?' ? `Why clinical informatics, coming from ${name}?` : q.text,
    hint: `${q.hint} Let ${name} carry the story${angle ? ` (${angle} is its natural start)` : ''}, then show you would work beyond your own department on problems every clinician shares.`,
    // A second half the planner gave (why the US after Canada, why leave a role) keeps its own
    // follow-up first; the specialty's comes next.
    followUps: ((kept) =>
      secondHalf(q) && kept.length ? [kept[0]!, followUp, ...kept.slice(1)] : [followUp, ...kept])(
      q.followUps.filter((f) => !/full-time clinical/i.test(f)),
    ),
  };
}

/** The question carries a second half beyond "Why clinical informatics?" and a follow-up for it. */
function secondHalf(q: Question): boolean {
  return q.text !== 'Why clinical informatics?' && q.followUps.length > 0;
}

/** An informatics fellowship named in the member's words. */
const INFORMATICS_FELLOWSHIP =
  /\b(?:[a-z-]+ ){0,3}informatics fellowship\b|\bfellowship in (?:[a-z-]+ )?informatics\b/i;
/** Said not to be ACGME-accredited. */
const NOT_ACCREDITED =
  /\bnot (?:ACGME[- ])?accredited\b|\bnon-?\s?(?:ACGME[- ])?accredited\b|\bunaccredited\b|\bnot (?:an? )?ACGME\b|\bnon-ACGME\b|\bwithout ACGME accreditation\b/i;

export interface InformaticsFellowship {
  /** In the member's words: "imaging informatics fellowship". */
  name: string;
  ongoing: boolean;
}

/**
 * An informatics fellowship the member's timeline or informatics list says is not ACGME-accredited,
 * begun by today, for a CI fellowship applicant: an ACGME CI fellowship would be a second one.
 */
export function unaccreditedInformaticsFellowship(p: Profile, today: string): InformaticsFellowship | undefined {
  if (p.target !== 'ci-fellowship') return undefined;
  const month = today.slice(0, 7);
  for (const t of p.timeline ?? []) {
    const said = t.note ?? '';
    const m = INFORMATICS_FELLOWSHIP.exec(said);
    if (!m || !NOT_ACCREDITED.test(said) || t.from > month) continue;
    return { name: m[0].trim().toLowerCase(), ongoing: t.to === 'present' || t.to >= month };
  }
  for (const i of p.informatics ?? []) {
    const said = `${i.title} ${i.outcome ?? ''}`;
    const m = INFORMATICS_FELLOWSHIP.exec(said);
    if (m && NOT_ACCREDITED.test(said)) return { name: m[0].trim().toLowerCase(), ongoing: false };
  }
  return undefined;
}

/** The question named from the member's own fellowship. */
export function whyAccreditedQuestion(q: Question, f: InformaticsFellowship): Question {
  const article = /^[aeiou]/.test(f.name) ? 'an' : 'a';
  return {
    ...q,
    text: `You ${f.ongoing ? 'are in' : 'did'} ${article} ${f.name} that is not ACGME-accredited. Why an accredited clinical informatics fellowship now, and what will it add?`,
  };
}

export const whyAccreditedReason = (f: InformaticsFellowship): string =>
  `Your ${f.name} is not ACGME-accredited and you now apply to an accredited one: programs ask why a second fellowship and what it adds. Credit for the first is each program's decision, never a given.`;

/**
 * A CI fellowship applicant whose residency opens the fellowship (US or Canadian, completed or in
 * progress): "how will you keep your clinical skills?". Returns whether the member is away from
 * patients in their current role (informatics, research or another job without patient care).
 */
export function clinicalUpkeep(p: Profile, today: string): { awayNow: boolean } | undefined {
  if (p.target !== 'ci-fellowship') return undefined;
  const opens = (readResidencies(p, today) ?? []).some(
    (r) => countsForFellowship(r) && (isUsResidency(r.residency) || isCanada(r.residency.country)),
  );
  if (!opens) return undefined;
  const now = monthIndex(today.slice(0, 7));
  const current = (p.timeline ?? []).filter(
    (t) => monthIndex(t.from) <= now && (t.to === 'present' || monthIndex(t.to) >= now),
  );
  const clinicalNow = current.some((t) => t.activity === 'clinical' || t.activity === 'us-clinical');
  return { awayNow: current.length > 0 && !clinicalNow };
}

export function keepSkillsQuestion(q: Question, p: Profile, awayNow: boolean): Question {
  const sp = p.specialty?.trim();
  const inField = sp ? ` in ${midSentence(specialtyName(sp))}` : '';
  return {
    ...q,
    text: awayNow
      ? `You are not seeing patients in your current role. How will you keep up your clinical skills${inField} until the fellowship starts, and during it?`
      : `How will you keep up your clinical skills${inField} during the fellowship?`,
  };
}

export const keepSkillsReason = (awayNow: boolean): string =>
  awayNow
    ? 'Your current role has no patient care: programs ask how you will keep your clinical skills up until the fellowship and during it, and a year or more without practice is what they will weigh.'
    : 'Fellowship programs ask how you will keep practising your own specialty alongside informatics: it is what gives your informatics work credibility with clinicians.';

/** What lapsed, in the member's own notes: a board certification, a licence, or both. */
const LAPSED =
  /\b(?:lapsed|expired|inactive|not (?:renewed|kept up|maintained)|let (?:[\w-]+ ){0,3}lapse|allowed (?:[\w-]+ ){0,3}to lapse)\b/i;
/** A primary board in the member's words ("board certification", "ABIM", "MOC"), never a course's certificate. */
const BOARD_WORDS = /\bboards?\b|\bboard-certified\b|\bAB[A-Z][A-Za-z]{0,3}\b|\bMOC\b|\bmaintenance of certification\b/;
const LICENCE_WORDS = /\blicen[cs]e[sd]?\b|\bregistration\b/i;

export interface LapsedCredentials {
  board: boolean;
  licence: boolean;
}

/**
 * A board certification or a licence the member's notes say has lapsed (expired, not renewed, not
 * kept up). Each clause is read on its own, so "ABIM certified 2013; Ohio licence lapsed in 2017"
 * reads the licence, not the board. Never a revocation or a suspension: that is a disciplinary
 * matter, asked elsewhere.
 */
export function lapsedCredentials(p: Profile): LapsedCredentials | undefined {
  let board = false;
  let licence = false;
  for (const t of p.timeline ?? []) {
    for (const told of (t.note ?? '').split(/[.;]|,\s+(?:and|but)\b/)) {
      const clause = withoutOtherLapses(told);
      if (!LAPSED.test(clause) || /\b(?:revoked|suspended)\b/i.test(clause)) continue;
      if (LICENCE_WORDS.test(clause)) licence = true;
      if (BOARD_WORDS.test(clause.replace(/\bstate (?:medical )?board\b/gi, ''))) board = true;
    }
  }
  return board || licence ? { board, licence } : undefined;
}

export function lapsedQuestion(q: Question, l: LapsedCredentials): Question {
  const what =
    l.board && l.licence
      ? 'board certification and your medical licence have'
      : l.board
        ? 'board certification has'
        : 'medical licence has';
  const them = l.board && l.licence ? 'them' : 'it';
  return { ...q, text: `Your ${what} lapsed. What is your plan to restore ${them}, and by when?` };
}

export const lapsedReason = (l: LapsedCredentials): string =>
  `Your notes say your ${l.board && l.licence ? 'board certification and licence have' : l.board ? 'board certification has' : 'licence has'} lapsed: a program needs an active licence for your clinical work, and the clinical informatics boards a current primary certification and an unrestricted licence, so interviewers ask your plan and dates.`;
