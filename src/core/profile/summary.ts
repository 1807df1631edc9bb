/**
 * A compact, human view of a profile for /profile show (and the console), as plain data: titled
 * sections of short lines. `redactedSummary` is the version a member may post publicly: it keeps
 * what advice depends on (kinds, results, durations) and drops what identifies or exposes them
 * (dates, scores, countries, citizenship and visa, names, free-text notes and titles).
 *
 * Member-typed text (notes, names, titles) is passed through `opts.memberText` so a transport can
 * escape it (Discord markdown) without this module knowing about it.
 */
import { humanDay, humanMonth, humanMonths, monthIndex } from '../dates.js';
import { EXAM_LABEL } from './derived.js';
import { OPTIONS, optionLabel } from './field-specs.js';
import { isOngoing, isUsResidency } from './training.js';
import { specialtyName } from './friendly.js';
import { notePermit } from '../../rules/redflag-rules/visa-notes.js';
import type {
  BoardCertification,
  ExamAttempt,
  InformaticsItem,
  Letter,
  ProfessionalismEntry,
  Profile,
  Residency,
  TimelineEntry,
  Usce,
} from './schema.js';

export interface SummarySection {
  title: string;
  lines: string[];
}

export interface ProfileSummary {
  title: string;
  sections: SummarySection[];
}

export interface SummaryOptions {
  /** Applied to every piece of text the member typed (escape it for the transport). */
  memberText?: (s: string) => string;
}

/** What a missing field or list shows: unknown is not the same as none. */
export const NOT_GIVEN = 'not given';
export const NONE = 'none';

type Text = (s: string) => string;
const plain: Text = (s) => s;

export { humanDay };

// Only a capitalised word is lowered mid-sentence: "US clinical work" keeps its acronym (never "uS").
const lower = (s: string) => (/^[A-Z][A-Z]/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
const yesNo = (b: boolean | undefined) => (b === undefined ? NOT_GIVEN : b ? 'yes' : 'no');

export function examLine(e: ExamAttempt): string {
  const score = e.score !== undefined ? `, score ${e.score}` : '';
  return `${EXAM_LABEL[e.exam]} — ${e.result === 'pass' ? 'passed' : 'did not pass'}, ${humanMonth(e.date)}${score}`;
}

export function timelineLine(t: TimelineEntry, text: Text = plain): string {
  const to = t.to === 'present' ? 'present' : humanMonth(t.to);
  const note = t.note ? ` (${text(t.note)})` : '';
  // A one-month period (a 4-week observership) reads "Sep 2025", not "Sep 2025 – Sep 2025".
  const when = t.to === t.from ? humanMonth(t.from) : `${humanMonth(t.from)} – ${to}`;
  return `${when}: ${lower(optionLabel(OPTIONS.activity, t.activity))}${note}`;
}

/** How an accreditation reads after a residency line's dash. */
export const ACCREDITATION_SHORT: Record<NonNullable<Residency['accreditation']>, string> = {
  acgme: 'ACGME-accredited',
  'acgme-i': 'ACGME International-accredited',
  rcpsc: 'accredited by the Royal College of Canada',
  cfpc: 'accredited by the CFPC',
  other: 'other accreditation (not ACGME or Canadian)',
};

/** "internal medicine, Egypt, Dec 2019 – Jun 2022, completed — other accreditation (…)". */
export function residencyLine(r: Residency, text: Text = plain): string {
  // A residency under way with its expected end: "Jul 2025 – Jun 2028 (expected), in progress".
  const to = r.to === 'present' ? 'present' : `${humanMonth(r.to)}${!r.completed && isOngoing(r) ? ' (expected)' : ''}`;
  const status = r.completed ? 'completed' : isOngoing(r) ? 'in progress' : 'not completed';
  const acc = r.accreditation ? ` — ${ACCREDITATION_SHORT[r.accreditation]}` : '';
  return `${text(r.specialty)}, ${text(r.country)}, ${humanMonth(r.from)} – ${to}, ${status}${acc}`;
}

/** A board as listed: an option's "(e.g. …)" helps while choosing, but reads oddly in the member's own list. */
const boardName = (b: BoardCertification): string =>
  optionLabel(OPTIONS.board, b.board).replace(/ \(e\.g\. [^)]*\)$/, '');

export function boardLine(b: BoardCertification, text: Text = plain): string {
  return `${text(b.specialty)} — ${boardName(b)}`;
}

export function usceLine(u: Usce, text: Text = plain): string {
  const parts = [`${optionLabel(OPTIONS.usceKind, u.kind)}, ${humanMonths(u.months)}`];
  if (u.ehr) parts.push(`EHR: ${text(u.ehr)}`);
  if (u.handsOn !== undefined) parts.push(u.handsOn ? 'hands-on' : 'not hands-on');
  return parts.join(' — ');
}

export function informaticsLine(i: InformaticsItem, text: Text = plain): string {
  const outcome = i.outcome ? ` — ${text(i.outcome)}` : '';
  return `${optionLabel(OPTIONS.informaticsKind, i.kind)}: ${text(i.title)}${outcome}`;
}

export function professionalismLine(p: ProfessionalismEntry, text: Text = plain): string {
  const parts = [`${optionLabel(OPTIONS.professionalismKind, p.kind)}, ${humanMonth(p.date)}`];
  if (p.remediated !== undefined) parts.push(p.remediated ? 'resolved' : 'not resolved yet');
  if (p.note) parts.push(text(p.note));
  return parts.join(' — ');
}

/** "physician, informatics, saw your work first-hand": the qualities programs weigh in a letter. */
function letterQualities(l: Letter): string[] {
  return [
    l.physician ? 'physician' : 'non-physician',
    ...(l.informatics ? ['speaks to informatics'] : []),
    ...(l.directObservation ? ['saw your work first-hand'] : []),
  ];
}

export function letterLine(l: Letter, text: Text = plain): string {
  const role = lower(optionLabel(OPTIONS.role, l.role));
  const where = l.setting === 'us' ? 'US' : 'outside the US';
  const extras = [
    ...(l.language && l.language.toLowerCase() !== 'en' ? [`language: ${text(l.language)}`] : []),
    ...(l.mentionsProfessionalism ? ['mentions professionalism'] : []),
    // `asked` is when the member asked or plans to ask (contract), so the line never says which.
    l.asked ? `ask date ${humanDay(l.asked)}` : 'not asked yet',
  ];
  return `${text(l.writer)} — ${role}, ${where}, ${letterQualities(l).join(', ')}, worked together ${l.year}; ${extras.join('; ')}`;
}

/** One-liners of a list, or "not given" / "none" when it is missing / empty. */
function listLines<T>(items: readonly T[] | undefined, line: (item: T) => string): string[] {
  if (items === undefined) return [NOT_GIVEN];
  if (items.length === 0) return [NONE];
  return items.map(line);
}

/**
 * The member's US clinical experience as the red-flag rules count it: a US residency listed under
 * residency training counts too, so a graduate of one is never shown "US clinical experience: none".
 */
function usceLines(p: Profile, text: Text): string[] {
  const listed = listLines(p.usce, (u) => usceLine(u, text));
  const where = (p.residencies ?? [])
    .filter(isUsResidency)
    .map((r) => `${text(r.specialty)}, ${humanMonth(r.from)} – ${r.to === 'present' ? 'present' : humanMonth(r.to)}`)
    .join('; ');
  return withUsResidency(p, listed, `your US residency counts as US clinical experience (${where})`);
}

/** The listed USCE lines, plus a line that a US residency counts too (not when a usce entry already is one). */
function withUsResidency(p: Profile, listed: string[], counts: string): string[] {
  if (!(p.residencies ?? []).some(isUsResidency) || (p.usce ?? []).some((u) => u.kind === 'residency')) return listed;
  return p.usce?.length ? [...listed, `Also: ${counts}`] : [`None listed separately; ${counts}`];
}

/**
 * The shared version of usceLines: kinds and lengths only, and a US residency counted as the
 * red-flag rules count it (without its dates), so a US resident is never shown "none" here either.
 */
function redactedUsce(p: Profile): string[] {
  const left = leftResidency(p);
  const listed = listLines(p.usce, (u) =>
    [
      `${left && u.kind === 'residency' ? 'US clinical work (hands-on)' : optionLabel(OPTIONS.usceKind, u.kind)}, ${humanMonths(u.months)}`,
      ...(u.handsOn !== undefined ? [u.handsOn ? 'hands-on EHR use' : 'no hands-on EHR use'] : []),
    ].join(' — '),
  );
  return withUsResidency(p, listed, 'a US residency, which counts as US clinical experience');
}

export function profileSummary(profile: Profile, opts: SummaryOptions = {}): ProfileSummary {
  const text = opts.memberText ?? plain;
  const p = profile;
  const school = p.medSchool
    ? `${text(p.medSchool.country)}, graduated ${humanMonth(p.medSchool.graduated)}`
    : NOT_GIVEN;
  return {
    title: 'Your profile',
    sections: [
      {
        title: 'Basics',
        lines: [
          `Citizenship: ${p.citizenship ? optionLabel(OPTIONS.citizenship, p.citizenship) : NOT_GIVEN}`,
          `Visa: ${p.visa ? optionLabel(OPTIONS.visa, p.visa) : NOT_GIVEN}${permitLine(p)}`,
          `Applying to: ${p.target ? optionLabel(OPTIONS.target, p.target) : NOT_GIVEN}`,
          `Specialty: ${p.specialty ? text(p.specialty) : NOT_GIVEN}`,
          `Medical school: ${school}`,
          `ECFMG certified: ${yesNo(p.ecfmgCertified)}`,
          `Previous Match attempts: ${p.matchAttempts ?? NOT_GIVEN}`,
        ],
      },
      { title: 'Exams', lines: listLines(p.exams, examLine) },
      { title: 'Timeline since graduation', lines: listLines(p.timeline, (t) => timelineLine(t, text)) },
      { title: 'Residency training', lines: listLines(p.residencies, (r) => residencyLine(r, text)) },
      { title: 'Board certification', lines: listLines(p.boardCertification, (b) => boardLine(b, text)) },
      { title: 'US clinical experience', lines: usceLines(p, text) },
      { title: 'Informatics', lines: listLines(p.informatics, (i) => informaticsLine(i, text)) },
      { title: 'Professionalism', lines: listLines(p.professionalism, (x) => professionalismLine(x, text)) },
      { title: 'Letters of recommendation', lines: listLines(p.letters, (l) => letterLine(l, text)) },
      { title: 'Application deadline', lines: [p.deadline ? humanDay(p.deadline) : NOT_GIVEN] },
    ],
  };
}

/** Length of a closed period in words; an open one is "ongoing" (no dates in a shared view). */
function periodLength(t: TimelineEntry): string {
  if (t.to === 'present') return 'ongoing';
  return humanMonths(Math.max(0, monthIndex(t.to) - monthIndex(t.from)) + 1);
}

/**
 * The shareable view. Kept: target, specialty, ECFMG status, passed exams, period
 * lengths and activities, completed or in-progress residencies and their accreditation, certifying boards, USCE
 * kinds/lengths/EHR use, informatics kinds, letter writers' roles and qualities. Dropped: every
 * date (and the deadline), scores, the medical school and residency countries and specialties,
 * citizenship and visa, writer names, all free text (notes, titles, outcomes), which may name
 * places or people, and the three kinds the guide calls most sensitive: failed exam attempts,
 * professionalism entries (and whether a letter speaks to them) and visa; a residency left before it
 * was finished (see sharedResidencyLines); and previous Match attempts, which read as a failure just as an exam attempt does (a count of 0 is not shown either,
 * so the line's absence reveals nothing). A member who chose to
 * share asked for advice, not to disclose those; the note below says so in the same words for
 * every profile, so its presence reveals nothing.
 */
export function redactedSummary(profile: Profile, opts: SummaryOptions = {}): ProfileSummary {
  const text = opts.memberText ?? plain;
  const p = profile;
  const left = leftResidency(p);
  return {
    title: 'Profile (shared, details hidden)',
    sections: [
      {
        title: 'Basics',
        lines: [
          `Applying to: ${p.target ? optionLabel(OPTIONS.target, p.target) : NOT_GIVEN}`,
          `Specialty: ${p.specialty ? text(specialtyName(p.specialty)) : NOT_GIVEN}`,
          `ECFMG certified: ${yesNo(p.ecfmgCertified)}`,
        ],
      },
      {
        title: 'Exams',
        lines: listLines(
          p.exams &&
            [...p.exams].filter((e) => e.result === 'pass').sort((a, b) => monthIndex(a.date) - monthIndex(b.date)),
          (e) => `${EXAM_LABEL[e.exam]} — passed`,
        ),
      },
      {
        title: 'Timeline since graduation',
        lines: listLines(
          p.timeline && [...p.timeline].sort((a, b) => monthIndex(a.from) - monthIndex(b.from)),
          (t) => `${optionLabel(OPTIONS.activity, t.activity)}: ${periodLength(t)}`,
        ),
      },
      {
        title: 'Residency training',
        lines: sharedResidencyLines(p),
      },
      {
        title: 'Board certification',
        lines: listLines(p.boardCertification, boardName),
      },
      {
        title: 'US clinical experience',
        lines: redactedUsce(p),
      },
      { title: 'Informatics', lines: listLines(p.informatics, (i) => optionLabel(OPTIONS.informaticsKind, i.kind)) },
      {
        title: 'Letters of recommendation',
        lines: listLines(
          p.letters,
          (l) =>
            `${left && l.role === 'program-director' ? 'Supervising physician' : optionLabel(OPTIONS.role, l.role)}, ${l.setting === 'us' ? 'US' : 'outside the US'}, ${letterQualities(l).join(', ')}`,
        ),
      },
    ],
  };
}

/**
 * The shared residency lines: completed and in-progress residencies only. A residency left before
 * it was finished is as sensitive as a failed attempt (a newcomer's share posted "Not completed"),
 * so it is left out, and a list with none left to show reads the same as an empty one: "none
 * completed or in progress" is true of both, so neither the words nor a missing line tell which.
 */
function sharedResidencyLines(p: Profile): string[] {
  if (p.residencies === undefined) return [NOT_GIVEN];
  const shown = p.residencies.filter((r) => !leftUnfinished(r));
  if (!shown.length) return [NO_RESIDENCY_SHOWN];
  return shown.map((r) =>
    [
      r.completed ? 'Completed' : 'In progress',
      ...(r.accreditation ? [ACCREDITATION_SHORT[r.accreditation]] : []),
    ].join(' — '),
  );
}
export const NO_RESIDENCY_SHOWN = 'none completed or in progress';

/**
 * A residency left before it was finished. The share hides it, so nothing else in the share may
 * name it: a US clinical experience entry of kind "Residency" and a residency program director's
 * letter beside residencies that show none unfinished told a channel what the promise hides
 * (newcomer trial 15). They are shown as hands-on US clinical work and a supervising physician.
 */
function leftResidency(p: Profile): boolean {
  return (p.residencies ?? []).some(leftUnfinished);
}

/** A residency neither completed nor in progress: left before it was finished. */
function leftUnfinished(r: Residency): boolean {
  return !r.completed && !isOngoing(r);
}

/** Said in every public share, whatever the profile holds (its presence must reveal nothing). */
export const NEVER_SHARED =
  'Never posted publicly: failed exam attempts, a residency left before it was finished, previous Match attempts, professionalism entries, visa and citizenship.';

/** The summary as plain text (console, logs, tests). */
export function summaryText(s: ProfileSummary): string {
  return [s.title, ...s.sections.map((sec) => [`\n${sec.title}`, ...sec.lines.map((l) => `- ${l}`)].join('\n'))].join(
    '\n',
  );
}

/**
 * A non-citizen who needs no visa because of a work permit (an EAD, OPT) keeps its end in the
 * summary, read from the current timeline note: "No visa needed" alone hid that the permit ends
 * (trial 23, finding 13). Empty when no current note names a permit with its end.
 */
function permitLine(p: Profile): string {
  if (p.visa !== 'not-needed' || p.citizenship === 'us-citizen') return '';
  const current = (p.timeline ?? []).filter((t) => t.to === 'present');
  const permit = current.map((t) => notePermit(t.note)).find((x) => x !== undefined);
  if (!permit) return '';
  return ` (your ${permit.label === 'work permit' ? 'work permit (EAD)' : permit.label} ends ${permit.day ? humanDay(permit.day) : humanMonth(permit.ends)}, from your timeline note)`;
}
