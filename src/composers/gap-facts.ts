/**
 * The member's facts about one gap, gathered once for the draft composer: why it happened (the
 * reason family), what the timeline says about those months, exams passed, what came next, and the
 * informatics items that can carry the link to the field. Nothing here is invented: a missing fact
 * stays undefined and the composer writes a bracketed instruction instead.
 */
import { OPTIONS, optionLabel } from '../core/profile/field-specs.js';
import { humanMonth, monthFromIndex, monthIndex, type MonthString } from '../core/dates.js';
import { EXAM_LABEL, entriesOfStretch, isProductive, periods, type Gap, type Period } from '../core/profile/derived.js';
import type { Activity, ExamName, InformaticsItem, Profile } from '../core/profile/schema.js';
import { isCaregivingNote, isOwnHealthNote, saysCareGiven } from '../core/profile/note-readings.js';
import { midSentence, rankInformaticsItems, tidyMemberText, withoutDoubts } from './informatics-phrase.js';

export const GAP_FAMILIES = ['visa', 'personal', 'exam-prep', 'non-clinical-work', 'other'] as const;
export type GapFamily = (typeof GAP_FAMILIES)[number];

/** A gap's reason family in the member's words (notes and messages; the ids are for scripts). */
export const GAP_FAMILY_WORDS: Record<GapFamily, string> = {
  visa: 'visa or immigration',
  personal: 'personal or family reasons',
  'exam-prep': 'exam preparation',
  'non-clinical-work': 'non-clinical work',
  other: 'no stated reason',
};
export type PersonalKind = 'caregiving' | 'new-child' | 'own-health' | 'displacement' | 'relocation' | 'unspecified';

/** Limits that keep a long note or title from swamping a 150-word paragraph. */
export const GAP_FACT_LIMITS = {
  /** Notes longer than this many words are not quoted in the draft (they are still listed in notes). */
  maxNoteWords: 10,
  /** An exam passed up to this many months after the gap still counts as its result. */
  laterPassWithinMonths: 12,
} as const;

export interface ExamPass {
  exam: ExamName;
  label: string;
  month: MonthString;
  score?: number;
}

export interface NextStep {
  activity: Activity;
  from: MonthString;
  note?: string;
}

export interface MonthRange {
  from: MonthString;
  to: MonthString;
}

/** A stretch of months inside the gap, with its length and whether it runs up to today. */
export interface GapSpan {
  from: MonthString;
  to: MonthString;
  months: number;
  ongoing: boolean;
}

export interface GapFacts {
  gap: Gap;
  /**
   * The months the reason is about: the member's own entry that gave the family (clipped to the
   * gap), or the whole gap when no single entry did. A job begun in 2024 inside a gap that opened
   * in 2017 is "since 2024", never "since 2017".
   */
  span: GapSpan;
  /** Parts of the gap outside `span` (before and after it), which the draft asks the member to fill. */
  outside: { before?: MonthRange; after?: MonthRange };
  family: GapFamily;
  /** Why the family was chosen, in the member's terms ("your note \"waiting for J-1 visa\""). */
  familyBasis: string;
  personalKind: PersonalKind;
  /**
   * For a new child: what the notes support saying. `leave` only when they name a leave (a leave
   * is from a job: "parental leave" for a member with no job to be on leave from claims one);
   * `otherReasons` when they also name a move or something that kept the member from working
   * (no work permit, a visa wait), so the child explains only part of the months.
   */
  childCare?: { leave: boolean; otherReasons: boolean; who: string };
  /** For the visa family: the notes name paperwork (e.g. ECFMG certification) but no visa itself. */
  paperworkOnly: boolean;
  /**
   * For the visa family: what the member waited for was the right to work (an EAD, a work permit),
   * not a visa. A K-1 or H-4 spouse, or an adjusting green-card applicant, is in status the whole
   * time; "a visa delay kept me out" puts a delay in her mouth her profile never names.
   */
  workAuthorization: boolean;
  /** True when the finances keywords explain a non-clinical job. */
  forIncome: boolean;
  graduated?: MonthString;
  /** The gap begins the month after graduation. */
  startsAtGraduation: boolean;
  /** The note of the entry covering most of the gap, when short enough to quote. */
  mainNote?: string;
  /** Exams named for an exam-prep gap: from attempts in the gap, else from the notes. */
  examNames: string[];
  passesInGap: ExamPass[];
  /** The first pass of a different exam soon after the gap (a verifiable later result). */
  laterPass?: ExamPass;
  /** The productive activity that ended the gap, if the timeline shows one. */
  next?: NextStep;
  /** Clinical work before the gap (so what follows it is a return, not a start). */
  clinicalBefore: { any: boolean; us: boolean };
  /** For exam preparation: full time only when a note says so, and what was done alongside it. */
  prepManner: PrepManner;
  /**
   * For exam preparation the family's entry gave: the month of the last attempt in its months when
   * that attempt was a pass and the entry runs on at least four months after it (see gap-draft).
   */
  prepTail?: MonthString;
  /** Informatics items, the most useful first (with a checkable outcome, then jobs and projects). */
  informatics: InformaticsItem[];
}

// A dependant's status (H-4, J-2, K-1, F-2) and the card that gives the right to work (an EAD) are
// read here too: waiting on them is what the note gives as the reason. "Work authorization" alone,
// beside a move or a marriage, stays with the move (the draft then leaves the reason to the member).
const VISA_RE =
  /\b(?:visas?|immigration|green card|embassy|consulate|work permit|EADs?|H-?4|J-?2|K-?1|F-?2|paperwork|J-?1|H-?1B|O-?1|residence permit|ECFMG (?:certification|credential\w*|verification))\b/i;
/**
 * A visa or permit as what held the member back: waited for, pending, delayed, refused, or no
 * right to work yet. A visa named as how the member came ("resettled on a Special Immigrant Visa",
 * "moved on a marriage-based immigrant visa", "immigrated (diversity visa)") is their status, not a
 * delay: reading it as one wrote "a visa delay kept me out of clinical training" into the draft of
 * an evacuee whose profile never said so (judges of p92).
 */
const VISA_OBSTACLE_RE =
  /\b(?:wait\w*|await\w*|processing(?! camps?| cent(?:re|er)s?| facilit\w*)|pending|delay\w*|backlog\w*|stuck|denied|denial|refus\w*|reject\w*|expir\w*|lapsed|no (?:\w+ )?(?:work )?(?:authori[sz]ation|permit|EAD)|not (?:yet )?(?:allowed|authori[sz]ed|permitted|able) to work|could not (?:work|start|join|travel|enter)|unable to (?:work|start|join|travel|enter)|dependent visa|administrative|paperwork|formalities|bureaucra\w*|clearance|221\(g\)|sponsorship|appointment|slots?)\b/i;
/** The right to work as what was missing: an EAD, a work permit, employment authorization. */
const WORK_AUTH_RE =
  /\b(?:work (?:authori[sz]ation|permit)|employment authori[sz]ation|EADs?|right to work|(?:allowed|authori[sz]ed|permitted) to work)\b/i;
/** The part of VISA_RE that is about a visa itself; the rest is credential or other paperwork. */
const VISA_ITSELF_RE =
  /\b(?:visas?|immigration|green card|embassy|consulate|work permit|work authori[sz]ation|employment authori[sz]ation|EADs?|H-?4|J-?2|K-?1|F-?2|J-?1|H-?1B|O-?1|residence permit)\b/i;
const PERSONAL_RE =
  /\b(?:refugee|asylum|displaced|fled|evacuat\w*|resettle\w*|family|mother|father|mom|dad|parents?|child(?:ren)?|son|daughter|baby|newborn|pregnan\w*|maternity|paternity|illness|ill|sick|surgery|health|caregiv\w*|caring for|care for|bereave\w*|died|passed away|funeral|recover\w*|spouse|wife|husband)\b/i;
const EXAM_RE = /\b(?:exams?|USMLE|Step ?[123]|Step 2 ?CK|COMLEX|OET|boards?|board review|test prep)\b/i;
const JOB_RE =
  /\b(?:job|employ\w*|worked as|working as|salary|income|financ\w*|money|debts?|business|sales|teaching|tutor\w*|freelanc\w*|support (?:myself|my family))\b/i;
const INCOME_RE = /\b(?:salary|income|financ\w*|money|debts?|support (?:myself|my family)|pay (?:bills|rent))\b/i;

const NEW_CHILD_RE =
  /\b(?:maternity|paternity|pregnan\w*|childbirth|baby|newborn|parental leave|birth of|(?:our|my) (?:first|second|third|new) (?:child|son|daughter))\b/i;
/** A leave named as such (maternity, paternity, parental, family or plain "on leave"). */
/**
 * Who the member cared for, in words her own notes support: twins stay twins, a son stays a son,
 * and a note that never says how many children or how old gets a bracket to fill, never a guess
 * (a judge found "my young child" drafted for a member whose note said newborn twins).
 */
export function childWords(notes: string): string {
  const t = notes.toLowerCase();
  const newborn = /\b(?:new-?born|newly born)\b/.test(t) ? 'newborn ' : '';
  const multiple = /\b(twin|triplet|quadruplet)s?\b/.exec(t);
  if (multiple) return `my ${newborn}${multiple[1]}s`;
  const plural = /\b(?:children|kids|babies|sons|daughters|two (?:sons|daughters|boys|girls|little ones))\b/.test(t);
  const son = /\b(?:son|boy)\b/.test(t);
  const daughter = /\b(?:daughter|girl)\b/.test(t);
  if (plural || (son && daughter)) return `my ${newborn}children`;
  if (son) return `my ${newborn}son`;
  if (daughter) return `my ${newborn}daughter`;
  if (/\bbaby\b/.test(t) && !newborn) return 'my baby';
  if (/\b(?:child|baby|infant|toddler|new-?born)\b/.test(t)) return `my ${newborn}child`;
  return 'my [child or children: say which]';
}

const LEAVE_RE = /\b(?:(?:maternity|paternity|parental|family|child-?care|unpaid) leave|on leave|leave of absence)\b/i;
/** Forced to leave home (war, persecution): not "a personal reason" to keep vague, nor a visa delay. */
const DISPLACEMENT_RE = /\b(?:refugee|asylum|displaced|fled|evacuat\w*|resettle\w*)\b/i;
/** A move with family or for a spouse: said as a move, with the where and why left to the member. */
const RELOCATION_RE = /\b(?:mov(?:e|ed|ing)|relocat\w*|shift(?:ed|ing)|migrat\w*|emigrat\w*|immigrat\w*)\b/i;
/** A death in the family is not caregiving: the draft asks for the reason rather than invent care. */
const BEREAVEMENT_RE = /\b(?:bereave\w*|died|passed away|funeral|death|mourning|grief|grieving)\b/i;

const EXAM_NAME_PATTERNS: [RegExp, string, readonly ExamName[]][] = [
  [/\bStep ?1\b/i, 'Step 1', ['step1']],
  [/\bStep ?2(?: ?CK)?\b/i, 'Step 2 CK', ['step2ck']],
  [/\bStep ?3\b/i, 'Step 3', ['step3']],
  [/\bCOMLEX\b/i, 'COMLEX', ['comlex1', 'comlex2', 'comlex3']],
  [/\bOET\b/i, 'OET', ['oet']],
];

/**
 * The exams a note names that were still ahead on the stretch's first month (index `from`): an exam
 * whose last attempt before then was a pass is done, so months after it are not preparation for it
 * ("OET, ECFMG certification, job search" after passing OET in June is paperwork and a job search,
 * not "I prepared for OET"). `passedBefore` lists the exams named but already passed.
 */
export function examsNamedAhead(
  p: Profile,
  notes: string,
  from: number,
): { names: string[]; passedBefore: ExamPass[] } {
  const names: string[] = [];
  const passedBefore: ExamPass[] = [];
  for (const [re, name, exams] of EXAM_NAME_PATTERNS) {
    if (!re.test(notes)) continue;
    const before = (p.exams ?? [])
      .filter((e) => exams.includes(e.exam) && monthIndex(e.date) < from)
      .sort((a, b) => monthIndex(a.date) - monthIndex(b.date));
    const last = before.at(-1);
    const retakenLater = (p.exams ?? []).some((e) => exams.includes(e.exam) && monthIndex(e.date) >= from);
    if (last?.result === 'pass' && !retakenLater) {
      passedBefore.push({ exam: last.exam, label: EXAM_LABEL[last.exam], month: last.date });
    } else names.push(name);
  }
  return { names, passedBefore };
}

/** The notes name exams, every one passed before the months, and no attempt falls in them. */
function namesOnlyPassed(named: ReturnType<typeof examsNamedAhead>, attemptsInMonths: number): boolean {
  return attemptsInMonths === 0 && named.names.length === 0 && named.passedBefore.length > 0;
}

/**
 * Exam preparation the timeline gives for a part of a gap, in the member's own terms: the months
 * (every one of them marked exam preparation), the exams named by attempts in those months or by
 * the notes, and the first pass of each exam in them. Undefined when the months hold anything else.
 */
export interface PrepStretch {
  /** The first and last month, each only when it is a boundary the member gave (an entry's or the gap's). */
  from?: MonthString;
  to?: MonthString;
  examNames: string[];
  passes: ExamPass[];
  /** Full time only when a note says so, and what the notes name alongside the preparation. */
  manner: PrepManner;
  /** The last exam attempt in these months, when it was a pass: months after it held no exam yet. */
  lastPass?: MonthString;
}

export function prepStretch(p: Profile, range: MonthRange, today: string, gap?: Gap): PrepStretch | undefined {
  const lo = monthIndex(range.from);
  const hi = monthIndex(range.to);
  const ps = periods(p, today);
  // An entry that only hands over in the first month (ends in it as preparation starts) is not part
  // of the stretch: a blank year "to 2024-01" before preparation "from 2024-01".
  const all = ps.filter(
    (x) =>
      x.from <= hi &&
      x.to >= lo &&
      !isProductive(x) &&
      !(
        x.to === lo &&
        x.from < lo &&
        x.activity !== 'exam-prep' &&
        ps.some((y) => y.from === lo && y.activity === 'exam-prep')
      ),
  );
  const prep = all.filter((x) => x.activity === 'exam-prep');
  if (!prep.length || prep.length !== all.length) return undefined;
  for (let m = lo; m <= hi; m++) if (!prep.some((x) => x.from <= m && m <= x.to)) return undefined;
  const attempts = [...(p.exams ?? [])]
    .filter((e) => monthIndex(e.date) >= lo && monthIndex(e.date) <= hi)
    .sort((a, b) => monthIndex(a.date) - monthIndex(b.date));
  const notes = prep.map((x) => x.note ?? '').join(' ');
  const named = examsNamedAhead(p, notes, lo);
  // Months whose notes name only exams already passed, with no attempt in them, were not preparation.
  if (namesOnlyPassed(named, attempts.length)) return undefined;
  const examNames = attempts.length ? [...new Set(attempts.map((e) => EXAM_LABEL[e.exam]))] : named.names;
  if (!examNames.length && /\bUSMLE\b/i.test(notes) && !named.passedBefore.length) examNames.push('the USMLE');
  // A month the draft names must be one the member gave: an entry's own start or end, or the gap's.
  const given = (m: number, end: 'from' | 'to') =>
    prep.some((x) => x[end] === m) || (gap !== undefined && monthIndex(gap[end]) === m);
  const passes = attempts
    .filter((e) => e.result === 'pass')
    .filter((e, i, xs) => xs.findIndex((x) => x.exam === e.exam) === i)
    .map((e) => ({
      exam: e.exam,
      label: EXAM_LABEL[e.exam],
      month: e.date,
      ...(e.score !== undefined ? { score: e.score } : {}),
    }));
  const last = attempts.at(-1);
  // An entry begun in the handover month just before the gap (derived.gaps counts that month with
  // the job that ended in it) is still dated as the member dated it.
  // The same holds for a stretch of preparation told beside the gap (split off from it), whose first
  // month the job that ended in it keeps.
  const handedOver =
    prep.some((x) => x.from === lo - 1) &&
    ((gap !== undefined && lo === monthIndex(gap.from)) || ps.some((y) => isProductive(y) && y.to === lo - 1));
  return {
    ...(handedOver ? { from: monthFromIndex(lo - 1) } : given(lo, 'from') ? { from: range.from } : {}),
    ...(given(hi, 'to') ? { to: range.to } : {}),
    examNames,
    passes,
    manner: prepManner(prep.map((x) => x.note ?? '')),
    ...(last?.result === 'pass' ? { lastPass: last.date } : {}),
  };
}

/** Words too common in informatics titles and job notes to tie an item to one timeline entry. */
const GENERIC_WORDS = new Set(
  'the and for with from into our your this that clinical informatics project work course online introduction programme program team data health medical hospital'.split(
    ' ',
  ),
);
const contentWords = (s: string): Set<string> =>
  new Set(
    s
      .toLowerCase()
      .replace(/'s\b/g, '')
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3 && !GENERIC_WORDS.has(w)),
  );

/**
 * When an informatics item took place, read from the timeline entry that names it: the profile has
 * no dates on informatics items, but "EHR rollout at a La Paz polyclinic" is the note "family
 * physician, social-security polyclinic, La Paz; led the clinic's EHR rollout" (2017–2022). The
 * entry sharing the most distinctive words with the item's title and outcome, at least two and at
 * least half of the title's (or three). Undefined when no entry names it.
 */
export function informaticsWhen(
  p: Profile,
  item: InformaticsItem,
  today: string,
): { from: number; to: number; yearOnly?: boolean } | undefined {
  const title = contentWords(item.title);
  const own = new Set([...title, ...contentWords(item.outcome ?? '')]);
  let best: { from: number; to: number; shared: number; note: string } | undefined;
  for (const x of periods(p, today)) {
    if (x.index < 0 || !x.note) continue;
    const note = contentWords(x.note);
    const shared = [...own].filter((w) => note.has(w)).length;
    const ofTitle = [...title].filter((w) => note.has(w)).length;
    if (shared < 2 || ofTitle === 0) continue;
    if (!best || shared > best.shared) best = { from: x.from, to: x.to, shared, note: x.note };
  }
  if (!best) return undefined;
  // The entry's note may date the item's own part of it later than the entry ("hospitalist; Epic
  // builder for order sets since 2022"): a draft takes the item's date from those words, never the
  // entry's start (judge of p348: "since Jul 2019" for work the timeline starts in 2022).
  const stated = statedStart(best.note, own, best.from, best.to);
  return stated ? { ...stated, to: best.to } : { from: best.from, to: best.to };
}

const TRAINING_CLAUSE = /\b(?:residen\w*|pgy-?\s?\d|internship|fellowship)\b/i;
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "since 2022", "from March 2021", "starting in 2023-04", "as of Sept. 2020": a stated start. */
const STARTED_RE =
  /\b(?:since|from|starting(?:\s+in)?|beginning(?:\s+in)?|as\s+of|began\s+in|started\s+in)\s+(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d{2})(?:-(0[1-9]|1[0-2]))?\b/i;

/**
 * The start a note's own clause gives the item (the clause sharing the item's words, split at ; and
 * brackets), when it falls after the entry's start and within the entry. A year alone stays a year
 * (`yearOnly`): the draft never invents a month the member did not give.
 */
function statedStart(
  note: string,
  own: ReadonlySet<string>,
  from: number,
  to: number,
): { from: number; yearOnly?: boolean } | undefined {
  let found: { from: number; yearOnly?: boolean; shared: number } | undefined;
  for (const clause of note.split(/[;()]/)) {
    const m = STARTED_RE.exec(clause);
    // A clause about the training itself ("final year from July 2027", "PGY-3 since July 2026")
    // dates the residency, not the item: the residency's own months are read elsewhere (residencyEra).
    if (!m || TRAINING_CLAUSE.test(clause)) continue;
    // Two of the item's own words (numbers aside), so a shared "medicine" does not tie them.
    const shared = [...contentWords(clause)].filter((w) => own.has(w) && !/^\d+$/.test(w)).length;
    if (shared < 2) continue;
    const month = m[1] ? MONTH_ABBR.indexOf(m[1].toLowerCase()) + 1 : m[3] ? Number(m[3]) : undefined;
    const at = monthIndex(`${m[2]}-${String(month ?? 1).padStart(2, '0')}`);
    if (at <= from || at > to) continue;
    if (!found || shared > found.shared)
      found = { from: at, ...(month === undefined ? { yearOnly: true } : {}), shared };
  }
  return found ? { from: found.from, ...(found.yearOnly ? { yearOnly: true } : {}) } : undefined;
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/** A note fit for quoting: short, on one line, mid-sentence case (acronyms and product names kept). */
export function quotableNote(note: string | undefined): string | undefined {
  if (!note) return undefined;
  // The member's facts without their doubts ("i think", "maybe", a trailing "and…"): never pasted.
  const clean = tidyMemberText(withoutDoubts(note)?.text ?? '');
  if (!clean || words(clean).length > GAP_FACT_LIMITS.maxNoteWords) return undefined;
  return midSentence(clean);
}

/**
 * How the member's own notes describe exam preparation: only a note that says so makes it full time,
 * and work or care the notes name alongside it ("USMLE preparation while working night shifts in a
 * warehouse", "…; part-time Spanish medical interpreter") is said with it. A draft that wrote "I
 * prepared full time" over a warehouse job put a false sentence in the member's mouth (judges of
 * p121, p126–p128, p130).
 */
export interface PrepManner {
  fullTime: boolean;
  /** "while working night shifts in a warehouse" / "alongside part-time work (remote translation)". */
  alongside?: string;
}

const FULL_TIME_RE = /\bfull[- ]time\b/i;
/** A clause the member opened with "while"/"whilst"/"alongside"/"besides": what else those months held. */
const WHILE_RE = /\b(?:while|whilst|alongside|besides)\s+([^;,()]+)/i;
const PART_TIME_RE = /\bpart[- ]time\b/i;
/** Paid work named in a clause of its own ("night shifts", "worked as a cashier", "job at a bank"). */
const WORK_CLAUSE_RE =
  /\b(?:work(?:ed|ing)?|jobs?|shifts?|employ\w*|cashier|driver|driving for|waiter|waitress|cleaner|cleaning|interpret\w*|translat\w*|tutor\w*|teach\w*|assistant|scribe)\b/i;
const MAX_ALONGSIDE_WORDS = 12;
/**
 * A clause that names work only to say there was none or none allowed ("no work permission", "F-2
 * permits no paid work", "not authorized to work", "waiting for work authorization", "unemployed"):
 * it is never work done alongside. A judge found "alongside other work (no work permission)" put in
 * the mouth of an F-2 spouse who may not work at all.
 */
const NO_WORK_RE =
  /\b(?:no|not|never|without|unable\s+to|cannot|can'?t|could\s+not|couldn'?t|may\s+not|waiting\s+(?:for|on)|awaiting|pending)\b[^;,()]*\b(?:work\w*|jobs?|employ\w*)\b|\b(?:work|employment)\s+(?:permission|permit|authori[sz]ation|visa)\b|\bunemployed\b/i;

export function prepManner(notes: readonly string[]): PrepManner {
  const text = notes.join('; ');
  const fullTime = FULL_TIME_RE.test(text) && !PART_TIME_RE.test(text);
  const fits = (x: string) => x !== '' && words(x).length <= MAX_ALONGSIDE_WORDS;
  const parts: string[] = [];
  const found = WHILE_RE.exec(text);
  const clause = found ? tidyMemberText(found[1]!) : '';
  if (found && fits(clause)) {
    const lead = found[0].split(/\s+/)[0]!.toLowerCase();
    parts.push(`${lead === 'whilst' ? 'while' : lead} ${midSentence(clause)}`);
  }
  // A clause of its own that names work, outside the "while" clause: quoted in brackets, since its
  // grammar is the member's ("part-time remote medical translation" is not a role to put after "as").
  const segment = text
    .split(/[;()]|,\s*(?=also\b)/)
    .map((x) => tidyMemberText(x.replace(/^\s*also\s+/i, '')))
    .filter((x) => x && !(found && x.includes(clause)))
    .find((x) => !NO_WORK_RE.test(x) && (PART_TIME_RE.test(x) || (WORK_CLAUSE_RE.test(x) && !EXAM_RE.test(x))));
  if (segment) {
    const rest = tidyMemberText(segment.replace(PART_TIME_RE, '').replace(/^\s*as\s+(?:an?\s+)?/i, ''));
    const kind = PART_TIME_RE.test(segment) ? 'part-time work' : 'other work';
    parts.push(`alongside ${kind}${fits(rest) ? ` (${rest})` : ''}`);
  }
  // Work named anywhere rules out "full time", even when the clause was too long to quote.
  const working =
    PART_TIME_RE.test(text) || (found !== null && WORK_CLAUSE_RE.test(found[1]!) && !NO_WORK_RE.test(found[1]!));
  return { fullTime: fullTime && !working, ...(parts.length ? { alongside: parts.join(', ') } : {}) };
}

const overlapMonths = (x: Period, from: number, to: number) =>
  Math.max(0, Math.min(x.to, to) - Math.max(x.from, from) + 1);

/** A personal reason said in a note: forced to leave, care given, the member's own health, a new child. */
const givesPersonalReason = (note: string): boolean =>
  DISPLACEMENT_RE.test(note) || NEW_CHILD_RE.test(note) || isCaregivingNote(note) || isOwnHealthNote(note);

/** The reason family, from the notes and activities of the gap (first rule that applies wins). */
function inferFamily(
  inGap: Period[],
  from: number,
  to: number,
  examsInGap: boolean,
): { family: GapFamily; basis: string; period?: Period } {
  const noted = inGap.filter((x) => x.note);
  const visaNote = noted.find((x) => VISA_RE.test(x.note!) && VISA_OBSTACLE_RE.test(x.note!));
  // A personal reason the notes give (a war that closed the hospital, a birth, a parent's care) is
  // why the member was away, and the missing permit only what came with it: it wins over the visa
  // reading when its stretch is at least as long (a judge found a displaced Sudanese physician's
  // draft told as "waiting for work authorization"; a trial member's maternity leave the same).
  const personal = noted.filter((x) => givesPersonalReason(x.note!));
  const personalLonger =
    visaNote !== undefined && personal.some((x) => overlapMonths(x, from, to) >= overlapMonths(visaNote, from, to));
  if (visaNote && !personalLonger)
    return { family: 'visa', basis: `your note "${visaNote.note!.trim()}"`, period: visaNote };

  // The member's own label for most of these months. A stretch marked "no activity" whose note
  // gives a personal reason (evacuated, cared for a parent, own illness, a new child) is that
  // reason. Exam preparation is part of the story of a gap, not its reason, when another stretch of
  // it has one: an evacuee's 30 months were not "exam preparation" because the year after them was.
  const reasonOf = (x: Period): Activity =>
    x.activity === 'none' && x.note && givesPersonalReason(x.note) ? 'personal' : x.activity;
  const longest = (xs: Period[]) =>
    xs.sort((a, b) => overlapMonths(b, from, to) - overlapMonths(a, from, to) || a.from - b.from)[0];
  const labelled =
    longest(inGap.filter((x) => reasonOf(x) === 'personal' || reasonOf(x) === 'non-clinical-work')) ??
    longest(inGap.filter((x) => x.activity === 'exam-prep'));
  if (labelled) {
    return {
      family: reasonOf(labelled) as GapFamily,
      basis:
        labelled.activity === 'none'
          ? `your note "${labelled.note!.trim()}"`
          : `the "${optionLabel(OPTIONS.activity, labelled.activity)}" entry on your timeline`,
      period: labelled,
    };
  }

  // No label: count keyword hits in the notes; ties go to exams, then personal, then work.
  const hits: [GapFamily, RegExp][] = [
    ['exam-prep', EXAM_RE],
    ['personal', PERSONAL_RE],
    ['non-clinical-work', JOB_RE],
  ];
  const counted = hits
    .map(([family, re]) => ({ family, notes: noted.filter((x) => re.test(x.note!)) }))
    .filter((x) => x.notes.length)
    .sort((a, b) => b.notes.length - a.notes.length);
  const top = counted[0];
  if (top) return { family: top.family, basis: `your note "${top.notes[0]!.note!.trim()}"`, period: top.notes[0]! };

  if (examsInGap) return { family: 'exam-prep', basis: 'the exams you took during these months' };
  return {
    family: 'other',
    basis: inGap.length
      ? 'your timeline, which gives no reason'
      : 'your timeline, which lists nothing for these months',
  };
}

export function gatherGapFacts(
  p: Profile,
  gap: Gap,
  today: string,
  opts: { /** Told only as a lead-in to another gap: keep the entry's own last month. */ ownEnd?: boolean } = {},
): GapFacts {
  const from = monthIndex(gap.from);
  const to = monthIndex(gap.to);
  const all = periods(p, today);
  // The entries the gap is made of, read as derived.gaps reads them: a leave that ends in the month
  // preparation begins only hands over into that month, and is not told as part of the preparation
  // ("I was on parental leave from Mar 2023 to Mar 2023" in a draft about the preparation).
  const inGap = entriesOfStretch(all, from, to);
  const attempts = [...(p.exams ?? [])].sort((a, b) => monthIndex(a.date) - monthIndex(b.date));
  const inGapAttempts = attempts.filter((e) => monthIndex(e.date) >= from && monthIndex(e.date) <= to);
  const toPass = (e: (typeof attempts)[number]): ExamPass => ({
    exam: e.exam,
    label: EXAM_LABEL[e.exam],
    month: e.date,
    ...(e.score !== undefined ? { score: e.score } : {}),
  });
  // The first pass of each exam: a second "pass" of the same exam adds nothing a reader can check.
  const passesInGap = inGapAttempts
    .filter((e) => e.result === 'pass')
    .filter((e, i, all) => all.findIndex((x) => x.exam === e.exam) === i)
    .map(toPass);
  const passedExams = new Set(inGapAttempts.filter((e) => e.result === 'pass').map((e) => e.exam));
  const later = attempts.find(
    (e) =>
      e.result === 'pass' &&
      !passedExams.has(e.exam) &&
      monthIndex(e.date) > to &&
      monthIndex(e.date) <= to + GAP_FACT_LIMITS.laterPassWithinMonths,
  );

  const inferred = inferFamily(inGap, from, to, inGapAttempts.length > 0);
  const { period } = inferred;
  // Preparation whose notes name only exams passed before it, with no attempt in it, is not exam
  // preparation: the draft asks what the months held instead of "I prepared for OET" after the pass.
  const doneNotes = inGap.filter((x) => x.activity === 'exam-prep' && x.note).map((x) => x.note!.trim());
  const named = examsNamedAhead(p, doneNotes.join(' '), from);
  const donePrep = inferred.family === 'exam-prep' && namesOnlyPassed(named, inGapAttempts.length);
  const family: GapFamily = donePrep ? 'other' : inferred.family;
  const basis = donePrep
    ? `your note ${doneNotes.map((n) => `"${n}"`).join(' and ')}, which names only ${named.passedBefore.map((e) => `${e.label} (passed ${humanMonth(e.month)})`).join(' and ')}: months after a pass are not preparation for it`
    : inferred.basis;
  // The months the reason speaks for: the entry's own, clipped to the gap (else the whole gap).
  const spanFrom = period ? Math.max(period.from, from) : from;
  // Exam preparation read from the exams alone ends with the last one, when it was passed: a draft
  // that stretched it over the whole gap ("1 year 2 months preparing for Step 2 CK", passed in its
  // fourth month) claimed months the member never said they spent that way. The rest is asked for.
  const lastAttempt = inGapAttempts.at(-1);
  const examEnd =
    family === 'exam-prep' && !period && lastAttempt?.result === 'pass' && monthIndex(lastAttempt.date) < to
      ? monthIndex(lastAttempt.date)
      : undefined;
  const spanTo = period ? Math.min(period.to, to) : (examEnd ?? to);
  const handsOverAt = (m: number) =>
    period !== undefined && m > spanFrom && m === period.to && inGap.some((x) => x !== period && x.from === m);
  // The member's own first month when their entry began in the handover month just before the gap
  // (derived.gaps counts that month with the job that ended in it): the draft keeps their dates.
  const shownFrom = period && period.from === from - 1 ? period.from : spanFrom;
  // Likewise its own last month when it hands over in the month just after the gap (a leave "to
  // 2023-03" before preparation "from 2023-03", split off as its own stretch by derived.gaps).
  // Only then: when what starts in that month is work or training, the month is theirs, and the
  // red-flag report ends the gap the month before; the draft must give the same dates (a judge found
  // "Jul 2024 – Dec 2024" in the report and "from Jul 2024 to Jan 2025" in the draft).
  // The gap the draft is about ends where the report's header ends it: an entry handing over in the
  // month after ("to 2023-07" before preparation "from 2023-07") is told to the gap's last month, so
  // the paragraph never says "to Jul 2023" under a header "Jan 2021 – Jun 2023" (a judge). A stretch
  // told only as the lead-in to another gap has no header of its own: it keeps the member's own last
  // month when what follows is not work or training (a leave "to 2023-03" before preparation "from
  // 2023-03"; judge of p127).
  const nextIsProductive = all.some((y) => y !== period && y.from === to + 1 && isProductive(y));
  const shownTo =
    opts.ownEnd && period && !gap.ongoing && spanTo === to && period.to === to + 1 && !nextIsProductive
      ? period.to
      : spanTo;
  const span: GapSpan = {
    from: monthFromIndex(shownFrom),
    to: monthFromIndex(shownTo),
    // Counted as members count, and as derived.gaps does: a stretch with a handover month at either
    // end is `to - from` long (maternity leave from October to March, with exam preparation from
    // March, is five months, not six: judge of p127); one of whole months at both ends counts both.
    months: shownTo - shownFrom + 1 - (shownFrom < spanFrom || shownTo > spanTo || handsOverAt(spanTo) ? 1 : 0),
    ongoing: gap.ongoing && spanTo === to,
  };
  const outside = {
    ...(spanFrom > from ? { before: { from: gap.from, to: monthFromIndex(spanFrom - 1) } } : {}),
    ...(spanTo < to ? { after: { from: monthFromIndex(spanTo + 1), to: gap.to } } : {}),
  };
  const notesText = inGap.map((x) => x.note ?? '').join(' ');
  const main = [...inGap].sort((a, b) => overlapMonths(b, from, to) - overlapMonths(a, from, to) || a.from - b.from)[0];

  const examNames = inGapAttempts.length
    ? [...new Set(inGapAttempts.map((e) => EXAM_LABEL[e.exam]))]
    : examsNamedAhead(p, notesText, spanFrom).names;
  // A note that names the USMLE but no Step is preparation for the USMLE, as prepStretch says it: the
  // same entry was "prepared for the USMLE" told beside another gap and "for my exams" as its own.
  if (!examNames.length && family === 'exam-prep' && /\bUSMLE\b/i.test(notesText)) examNames.push('the USMLE');

  // The member's own health and care given to someone else are read by the one reader in core,
  // shared with the mock plan, so the draft and the plan never read the same note two ways.
  const ownHealth = inGap.some((x) => x.note && isOwnHealthNote(x.note));
  // A death alone is not care ("my father died"), but care said in words stays care when he died.
  const caregiving =
    inGap.some((x) => x.note && isCaregivingNote(x.note)) &&
    (!BEREAVEMENT_RE.test(notesText) || inGap.some((x) => x.note && saysCareGiven(x.note)));
  const newChild = NEW_CHILD_RE.test(notesText);
  const personalKind: PersonalKind = DISPLACEMENT_RE.test(notesText)
    ? 'displacement'
    : // A complicated pregnancy or a leave for the member's own health around a birth is their health.
      newChild && !ownHealth
      ? 'new-child'
      : caregiving
        ? 'caregiving'
        : ownHealth
          ? 'own-health'
          : RELOCATION_RE.test(notesText)
            ? 'relocation'
            : 'unspecified';

  const nextPeriod = gap.ongoing
    ? undefined
    : all.filter((x) => x.from === to + 1 && isProductive(x)).sort((a, b) => b.to - a.to || a.index - b.index)[0];
  const nextNote = quotableNote(nextPeriod?.note);
  const before = all.filter((x) => x.from < from && (x.activity === 'clinical' || x.activity === 'us-clinical'));
  // The last attempt in the span: a pass months before the span ends leaves those months without an exam.
  const tailOf = (): MonthString | undefined => {
    if (family !== 'exam-prep' || span.ongoing) return undefined;
    const last = attempts.filter((e) => monthIndex(e.date) >= spanFrom && monthIndex(e.date) <= spanTo).at(-1);
    return last?.result === 'pass' && spanTo - monthIndex(last.date) >= 4 ? last.date : undefined;
  };
  const prepNotes = inGap.filter((x) => x.activity === 'exam-prep').map((x) => x.note ?? '');
  const mainNote = quotableNote(main?.note);

  return {
    gap,
    span,
    outside,
    family,
    familyBasis: basis,
    personalKind,
    ...(personalKind === 'new-child'
      ? {
          childCare: {
            leave: LEAVE_RE.test(notesText),
            otherReasons: RELOCATION_RE.test(notesText) || VISA_OBSTACLE_RE.test(notesText),
            who: childWords(notesText),
          },
        }
      : {}),
    paperworkOnly: family === 'visa' && !VISA_ITSELF_RE.test(notesText),
    workAuthorization: family === 'visa' && WORK_AUTH_RE.test(notesText),
    forIncome: INCOME_RE.test(notesText),
    ...(p.medSchool ? { graduated: p.medSchool.graduated } : {}),
    startsAtGraduation: !!p.medSchool && monthIndex(p.medSchool.graduated) + 1 === spanFrom,
    ...(mainNote ? { mainNote } : {}),
    examNames,
    passesInGap,
    ...(later ? { laterPass: toPass(later) } : {}),
    ...(nextPeriod
      ? {
          next: {
            activity: nextPeriod.activity,
            from: monthFromIndex(nextPeriod.from),
            ...(nextNote ? { note: nextNote } : {}),
          },
        }
      : {}),
    informatics: rankInformaticsItems(p.informatics ?? []),
    clinicalBefore: { any: before.length > 0, us: before.some((x) => x.activity === 'us-clinical') },
    prepManner: prepManner(prepNotes),
    ...(tailOf() ? { prepTail: tailOf()! } : {}),
  };
}
