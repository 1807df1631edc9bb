/**
 * What a gap draft must say besides the reason family's own sentences (newcomer trial 19, finding 11):
 *
 * - the honest reason the member's notes give when the family is another one ("exam preparation;
 *   moving to usa, family" is a move for family reasons, with no US licence to practise): said in
 *   the first sentence, rephrased from meaning, never the note pasted;
 * - how clinical knowledge was kept current, when the last patient care is long past (what
 *   programs ask first): from the profile's own observerships, exams and notes, or a bracket;
 * - for a reapplicant, what changed since the last cycle: facts dated after it, or a bracket.
 *
 * Nothing is invented: each clause comes from a note's meaning or a dated profile fact.
 */
import { humanMonth, monthIndex, type MonthString } from '../core/dates.js';
import { EXAM_LABEL, lastClinicalMonth, type Gap } from '../core/profile/derived.js';
import { isCaregivingNote, isOwnHealthNote, saysCareGiven } from '../core/profile/note-readings.js';
import type { Profile } from '../core/profile/schema.js';
import { readMatchAttempts } from '../rules/redflag-rules/match-history.js';
import { clinicalCurrencySeverity } from '../rules/redflag-rules/timeline.js';
import { childWords } from './gap-facts.js';

export interface ContextSentence {
  text: string;
  short?: string;
  optional?: boolean;
}

/** The reasons a gap's notes give, read by meaning; each field only when a note says it. */
export interface NoteReason {
  /** A move: where to, when a note names a place we can name plainly ("the United States"). */
  move?: { where?: string };
  /** Who the member moved or stayed with: "my husband", "my family". */
  withWhom?: string;
  /** The move was for a spouse's job, training or visa. */
  spouseJob?: string;
  /** On a dependant's status (H-4, J-2, F-2, or "dependant visa"). */
  dependant?: string;
  /** The note says the member could not practise or had no licence. */
  noLicence: boolean;
  /** The note says the member had no permission to work at all. */
  noWork: boolean;
  /** Licensing or credential paperwork named as what was waited for. */
  paperwork: boolean;
  /** Young children cared for. */
  children?: string;
  /**
   * Care given to an ill relative (`family`), a relative's illness with no care said (`relative`:
   * "after his father's stroke" while running the family business is not care the draft may claim),
   * or the member's own health.
   */
  illness?: 'family' | 'relative' | 'own';
  /** "family" named as a reason, with nothing more specific. */
  family: boolean;
}

const MOVE =
  /\b(?:mov(?:e|ed|ing)|relocat\w*|shift(?:ed|ing)|immigrat\w*|emigrat\w*|migrat\w*|arriv\w*|(?:came|coming) (?=to\b)|joined (?:my |her |his )?(?:husband|wife|spouse|partner|family|parents)\b)/i;
/** A destination after a move word: "to the usa", "to Houston", "to Canada". */
const PLACE: [RegExp, string][] = [
  [/\b(?:u\.?s\.?a?\.?|united states|america|(?:the )?states|us)\b/i, 'the United States'],
  // US states and large cities members name for a move: the US is what the licence clause needs.
  [
    /\b(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|los angeles|chicago|houston|dallas|austin|san antonio|san diego|san francisco|san jose|seattle|boston|atlanta|miami|orlando|tampa|philadelphia|pittsburgh|detroit|cleveland|columbus|cincinnati|minneapolis|st\.? louis|kansas city|denver|phoenix|las vegas|baltimore|nashville|memphis|charlotte|raleigh|newark|jersey city|brooklyn|queens|the bronx|buffalo|rochester|milwaukee|indianapolis|louisville|new orleans|oklahoma city|salt lake city|portland|sacramento|fresno|honolulu|omaha|richmond|hartford|albany)\b/i,
    'the United States',
  ],
  [
    /\b(?:canada|ontario|quebec|alberta|british columbia|manitoba|saskatchewan|nova scotia|new brunswick|toronto|montreal|vancouver|calgary|edmonton|ottawa|winnipeg|halifax)\b/i,
    'Canada',
  ],
  [
    /\b(?:uk|u\.k\.|united kingdom|england|britain|scotland|wales|london|manchester|birmingham)\b/i,
    'the United Kingdom',
  ],
];
const SPOUSE = /\b(?:husband|wife|spouse|partner)\b/i;
/** The spouse's job, training or visa as why the move happened ("for my husband's job", "he is on H-1B"). */
const SPOUSE_JOB =
  /\b(?:husband|wife|spouse|partner)(?:'s)?\b[^;.]{0,40}\b(?:job|work|position|post|H-?1B|residency|fellowship|postdoc|phd|training|transfer\w*)\b|\b(?:his|her)\s+(?:job|work|position|H-?1B|residency|fellowship|postdoc|phd|training)\b|\b(?:husband|wife|spouse|partner)\b[^;.]{0,30}\((?:H-?1B|L-?1\w?|J-?1|F-?1|O-?1)\)/i;
const DEPENDANT = /\b(H-?4|J-?2|F-?2)\b|\bdependa?n[td]s?\b(?:\s+(?:visa|status))?/i;
/** Could not practise, or no licence to: "no license to practice", "not allowed to work as a doctor". */
const NO_LICENCE =
  /\b(?:no|without|not|never|couldn'?t|could not|cannot|can'?t|unable to|wasn'?t allowed to|not allowed to)\b[^;,.]{0,25}\b(?:licen[cs]\w*|practi[cs]\w*|work(?:ing)? as an? (?:doctor|physician))\b/i;
const PAPERWORK =
  /\b(?:paperwork|credential\w* (?:verification|review)|licens\w* (?:process\w*|paperwork|application)|ECFMG (?:certification|verification|paperwork|credential\w*)|(?:waiting|waited) for (?:my )?ECFMG)\b/i;
const CHILDREN =
  /\b(?:kids?|children|child|babies|baby|toddlers?|twins|new-?born|infant|(?:my|our|her|his) (?:son|daughter))\b/i;
/** No right to work at all (a dependant without an EAD): a stronger reason than the licence. */
const NO_WORK =
  /\b(?:without|no|not)\s+(?:a\s+)?(?:work (?:permission|permit|authori[sz]ation)|EAD|right to work)\b|\bnot (?:allowed|authori[sz]ed|permitted) to work\b/i;
/** "family" as a reason; family medicine and family physicians are specialties, not reasons. */
const FAMILY =
  /\bfamily\b(?!\s+(?:medicine|physician|practi\w+|doctor|health|planning|clinic|med|business|restaurant|shop|store|farm|firm|company))/i;
/**
 * Family only as where the member lived ("living with family in Fresno", "stayed at my family's
 * home"): company, not a reason, so a draft never says "for family reasons" from it (a judge of
 * p411: a note about studying while living with family drafted as a family reason). "Moved to be
 * with family" or "family reasons" stay reasons.
 */
const FAMILY_AS_HOME =
  /\b(?:living|lived|live|lives|staying|stayed|stay|housed|hosted|residing|resided|based)\s+(?:with|at|in|near)\s+(?:my\s+|the\s+|our\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+)?family(?:'s)?(?:\s+(?:home|house))?/gi;
/** Who came along, in the member's words, said as "my …" (a note may say "her husband"). */
const WITH_WHOM =
  /\bwith\s+(?:my\s+|her\s+|his\s+|our\s+)?(?:[\w-]+\s+)?(husband|wife|spouse|partner|family|kids|children|parents)\b/i;

function placeOf(clause: string): string | undefined {
  // The place that follows the move word: "moving to usa", "relocated to the US with family".
  const after = clause.slice(clause.search(MOVE));
  const to = /\b(?:to|into|in)\s+(?:the\s+)?([a-z][\w.\s]{0,24})/i.exec(after)?.[1] ?? '';
  for (const [re, name] of PLACE) {
    const m = re.exec(to);
    // "us" is read as the country only right after "to"/"in", never as the pronoun elsewhere.
    if (m && m.index === 0) return name;
  }
  // Any other place the member wrote as a proper name ("to Dubai", "to Abu Dhabi") is kept as written.
  return /^(?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+){0,2}\b/.exec(to)?.[0];
}

/** The reasons the notes give, clause by clause; undefined when they give none of these. */
export function readNoteReason(notes: readonly string[]): NoteReason | undefined {
  const text = notes.join('; ');
  const clauses = text.split(/[;()]|\.\s/);
  const moveClause = clauses.find((c) => MOVE.test(c) && !/\bmoved on\b|\bmove (?:forward|on)\b/i.test(c));
  const withWhom = WITH_WHOM.exec(text)?.[1]?.toLowerCase();
  const spouseJob = SPOUSE_JOB.test(text) && (SPOUSE.test(text) || /\b(?:his|her)\b/i.test(text));
  const spouseWord = SPOUSE.exec(text)?.[0]?.toLowerCase() ?? 'spouse';
  const dep = DEPENDANT.exec(text);
  const r: NoteReason = {
    ...(moveClause ? { move: { ...(placeOf(moveClause) ? { where: placeOf(moveClause)! } : {}) } } : {}),
    ...(withWhom ? { withWhom: `my ${withWhom}` } : {}),
    ...(spouseJob ? { spouseJob: `my ${spouseWord}'s work` } : {}),
    ...(dep ? { dependant: dep[1] ? dep[1].toUpperCase().replace(/^([HJF])-?/, '$1-') : '' } : {}),
    noLicence: NO_LICENCE.test(text),
    noWork: NO_WORK.test(text),
    paperwork: PAPERWORK.test(text),
    ...(CHILDREN.test(text) ? { children: childWords(text) } : {}),
    // Care of children is said as that, not as care of an ill relative.
    ...(!CHILDREN.test(text) && notes.some(isCaregivingNote)
      ? { illness: notes.some(saysCareGiven) ? ('family' as const) : ('relative' as const) }
      : notes.some(isOwnHealthNote)
        ? { illness: 'own' as const }
        : {}),
    family: FAMILY.test(text.replace(FAMILY_AS_HOME, '')),
  };
  const any =
    r.move ||
    r.withWhom ||
    r.spouseJob ||
    r.dependant !== undefined ||
    r.noLicence ||
    r.noWork ||
    r.paperwork ||
    r.children ||
    r.illness ||
    r.family;
  return any ? r : undefined;
}

/** A US residency (any program in the US) begun by the month: before it the member held no US licence. */
const usTrainingBy = (p: Profile, month: number): boolean =>
  (p.residencies ?? []).some(
    (r) => (r.accreditation === 'acgme' || /^(?:us|usa|united states)/i.test(r.country)) && monthIndex(r.from) <= month,
  );

/**
 * What kept the member from practising, the first that applies: no permission to work, no US licence
 * (a fact for anyone in the US before US training, whatever the note says), no licence where they
 * were, licensing paperwork. One order for the draft's sentence and the new-child bracket's clause.
 */
function barrierOf(
  p: Profile,
  gap: Pick<Gap, 'to'>,
  r: NoteReason,
): 'no-work' | 'no-us-licence' | 'no-licence' | 'paperwork' | undefined {
  if (r.noWork) return 'no-work';
  if (r.move?.where === 'the United States' && !usTrainingBy(p, monthIndex(gap.to))) return 'no-us-licence';
  if (r.noLicence) return 'no-licence';
  return r.paperwork ? 'paperwork' : undefined;
}

/**
 * The reason sentence: "From Aug 2021, after moving to the United States for family reasons, I
 * could not practise medicine without a US licence." Undefined when the notes give no reason the
 * family's own sentence leaves out (the caller passes what that sentence already says).
 */
export function reasonSentence(
  p: Profile,
  gap: Pick<Gap, 'from' | 'to' | 'ongoing'>,
  r: NoteReason,
  said: { move?: boolean; children?: boolean; illness?: boolean; paperwork?: boolean } = {},
): ContextSentence | undefined {
  const lead = gap.ongoing ? `Since ${humanMonth(gap.from)}` : `From ${humanMonth(gap.from)} to ${humanMonth(gap.to)}`;
  const parts: string[] = [];
  if (r.move && !said.move) {
    const where = r.move.where ? ` to ${r.move.where}` : '';
    const whom = r.withWhom ? ` with ${r.withWhom}` : '';
    const dep = r.dependant !== undefined ? ` as a dependant${r.dependant ? ` (${r.dependant})` : ''}` : '';
    // Family named beside a spouse or the family itself as company is already the reason.
    const why = r.spouseJob ? ` for ${r.spouseJob}` : r.family && !whom ? ' for family reasons' : '';
    // "with my husband for my husband's work" says the husband once: the work is why.
    const company = r.spouseJob && SPOUSE.test(whom) ? '' : whom;
    // A bare "after moving" says nothing a program can weigh: the move is told with where or why.
    if (where || whom || dep || why) parts.push(`after moving${where}${company}${dep}${why}`);
  } else if (r.illness === 'relative' && !said.illness) {
    parts.push('after a family member fell ill');
  }
  if (!parts.length && r.family && !said.move && !said.children && !said.illness && !r.children && !r.illness) {
    parts.push('for family reasons');
  }
  const kind = barrierOf(p, gap, r);
  const barrier =
    kind === 'no-work'
      ? 'I had no permission to work'
      : kind === 'no-us-licence'
        ? 'I could not practise medicine without a US licence'
        : kind === 'no-licence'
          ? `I had no licence to practise medicine${r.move ? ' there' : ''}`
          : kind === 'paperwork' && !said.paperwork
            ? 'I could not practise while my licensing paperwork was processed'
            : undefined;
  const care: string[] = [];
  if (r.children && !said.children) care.push(`cared for ${r.children}`);
  if (r.illness === 'family' && !said.illness) care.push('cared for an ill family member');
  if (r.illness === 'own' && !said.illness) care.push('recovered from a health problem');
  if (!barrier && !care.length && !parts.length) return undefined;
  const main = barrier ?? (care.length ? `I ${care.shift()}` : 'I was away from clinical work');
  const rest = care.length ? `, and I also ${care.join(' and ')}` : '';
  const opener = parts.length ? `${lead}, ${parts.join(', ')}, ` : `${lead} `;
  return { text: `${opener}${main}${rest}.` };
}

/**
 * What kept the member from working, as a noun phrase for the new-child sentence's bracket ("a move
 * to the United States for my husband's work, with no permission to work"). Undefined when the notes
 * say neither where or why the move was, nor what barred work.
 */
export function reasonClause(p: Profile, gap: Pick<Gap, 'to'>, r: NoteReason): string | undefined {
  const kind = barrierOf(p, gap, r);
  const barrier =
    kind === 'no-work'
      ? 'no permission to work'
      : kind === 'no-us-licence'
        ? 'no US licence to practise'
        : kind === 'no-licence'
          ? 'no licence to practise'
          : undefined;
  const move = r.move
    ? `a move${r.move.where ? ` to ${r.move.where}` : ''}${r.dependant !== undefined ? ` as a dependant${r.dependant ? ` (${r.dependant})` : ''}` : ''}${r.spouseJob ? ` for ${r.spouseJob}` : r.withWhom && !/child|kids/.test(r.withWhom) ? ` with ${r.withWhom}` : ''}`
    : undefined;
  if (move && move !== 'a move') return barrier ? `${move}, with ${barrier}` : move;
  return barrier;
}

/** Exams whose pass shows current clinical knowledge (Step 1 is basic science). */
const CLINICAL_EXAMS = new Set(['step2ck', 'step3', 'comlex2', 'comlex3']);
/** Continuing study named in a note: CME, board review, question banks, grand rounds. */
const STUDY: [RegExp, string][] = [
  [/\b(?:CME|continuing medical education)\b/i, 'taking continuing medical education'],
  [/\b(?:board review|MKSAP|PREP|question banks?|qbanks?|uworld)\b/i, 'doing board review'],
  [/\bgrand rounds\b/i, 'attending grand rounds'],
];
const CHART_WORK = /\b(?:chart (?:review|abstraction)|abstract(?:or|ion)|scribe|reviewing charts)\b/i;

/**
 * "Since I last cared for patients in Jul 2021, I have kept my clinical knowledge current through …":
 * only when the last patient care is long enough past for the red-flag report to call it a currency
 * problem. Undefined otherwise.
 */
export function currencySentence(p: Profile, today: string): ContextSentence | undefined {
  const last = lastClinicalMonth(p, today);
  if (!last || !p.timeline?.length) return undefined;
  const lastIdx = monthIndex(last.month);
  const now = monthIndex(today.slice(0, 7));
  if (!clinicalCurrencySeverity(now - lastIdx)) return undefined;
  const since =
    last.basis === 'timeline'
      ? `Since I last cared for patients in ${humanMonth(last.month)}`
      : `Since I graduated in ${humanMonth(last.month)}`;
  const after = (m: string) => monthIndex(m) > lastIdx;
  const ways: string[] = [];
  const exams = (p.exams ?? [])
    .filter((e) => e.result === 'pass' && CLINICAL_EXAMS.has(e.exam) && after(e.date))
    .map((e) => EXAM_LABEL[e.exam]);
  if (exams.length) ways.push(`passing ${joinAnd([...new Set(exams)])}`);
  const later = (p.timeline ?? []).filter((t) => t.to === 'present' || after(t.to));
  const obs = later.filter((t) => t.activity === 'observership');
  for (const o of obs.slice(0, 2)) {
    const end = o.to === 'present' ? undefined : o.to;
    ways.push(
      end && end !== o.from
        ? `completing an observership from ${humanMonth(o.from)} to ${humanMonth(end)}`
        : `${end ? 'completing an observership in' : 'observing clinical care since'} ${humanMonth(o.from)}`,
    );
  }
  // An observership listed only under USCE has no date: it may come before the last patient care,
  // so it is never claimed as keeping current (judge of p424 and p431: "I kept current by completing
  // a US observership" for an undated one, beside a later hands-on externship). The bracket names it.
  const undatedObs = !obs.length && (p.usce ?? []).some((u) => u.kind === 'observership');
  const notes = later.map((t) => t.note ?? '').join('; ');
  for (const [re, said] of STUDY) if (re.test(notes) && !ways.includes(said)) ways.push(said);
  const chart = later.find((t) => t.activity !== 'observership' && CHART_WORK.test(t.note ?? ''));
  if (chart) ways.push(`reviewing patient charts in my work since ${humanMonth(chart.from)}`);
  if (!ways.length) {
    return {
      text: `[Say how you have kept your clinical knowledge current since ${humanMonth(last.month)}: board review, CME, an observership or an exam passed${undatedObs ? '; name your observership only if it came after that month' : ''}.]`,
      short: '[Say how you kept your clinical knowledge current.]',
    };
  }
  return {
    text: `${since}, I have kept my clinical knowledge current by ${joinAnd(ways)}.`,
    // The short form keeps the evidence (no bare claim of currency), without its dates.
    short: `${since}, I have kept my clinical knowledge current by ${joinAnd(ways.slice(0, 2).map((w) => w.replace(/ (?:from|in|since) [A-Z][a-z]{2} \d{4}.*$/, '')))}.`,
  };
}

/** The month the last unmatched cycle's applications went in, as the season calendar has them. */
function lastCycleOpened(p: Profile, today: string): MonthString {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  // AMIA fellowship applications open in summer; ERAS residency applications in September, with the
  // Match in March: before April the season in progress is the one that opened two Septembers back.
  if (p.target === 'ci-fellowship') return `${y - 1}-07` as MonthString;
  return `${m >= 4 ? y - 1 : y - 2}-09` as MonthString;
}

const DID: Partial<Record<string, string>> = {
  clinical: 'returned to clinical work',
  'us-clinical': 'started hands-on clinical work in the US',
  observership: 'completed an observership',
  research: 'joined a research team',
  informatics: 'started informatics work',
  education: 'began formal study',
};

/**
 * A reapplicant's "what changed since the last cycle", from facts dated after it opened (exams passed,
 * work begun), or a bracket asking for it. Undefined for a first-time applicant.
 */
export function changedSentence(p: Profile, today: string): ContextSentence | undefined {
  const read = readMatchAttempts(p, today);
  // Cycles before a residency the member then matched into are behind her: nothing to account for.
  if (!read || read.kind === 'residency-then-matched') return undefined;
  const opened = monthIndex(lastCycleOpened(p, today));
  const after = (m: string) => monthIndex(m) >= opened && monthIndex(m) <= monthIndex(today.slice(0, 7));
  const facts: string[] = [];
  const passes = (p.exams ?? []).filter((e) => e.result === 'pass' && after(e.date));
  for (const e of passes) facts.push(`passed ${EXAM_LABEL[e.exam]} in ${humanMonth(e.date)}`);
  for (const t of p.timeline ?? []) {
    const did = DID[t.activity];
    if (did && after(t.from)) facts.push(`${did} in ${humanMonth(t.from)}`);
  }
  const cycle =
    p.target !== 'ci-fellowship'
      ? 'Match application'
      : read.kind === 'fellowship'
        ? 'fellowship application'
        : 'application';
  if (!facts.length) {
    return {
      text: `[Say what changed since your last ${cycle}: new clinical work, an exam, letters or a wider program list.]`,
      short: `[Say what changed since your last ${cycle}.]`,
    };
  }
  return {
    text: `Since my last ${cycle}, I have ${joinAnd(facts.slice(0, 3))}.`,
    short: `Since my last ${cycle}, I have ${joinAnd(facts.slice(0, 1))}.`,
  };
}

function joinAnd(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
}
