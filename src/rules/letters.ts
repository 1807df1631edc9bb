/**
 * Letter-portfolio rules: judge the set of letter writers in `profile.letters` the way a program
 * director reads them — as a set (mix, informatics share, US and physician voices) and one by one
 * (weak, stale, non-English, asked too late). Pure: `today` is a parameter.
 *
 * Severities (why):
 * - no-informatics-letter: high for a CI fellowship (informatics is the whole point), medium for a
 *   residency informatics track or an unknown target (one or two informatics letters are advised).
 * - informatics-share-low: medium (CI fellowship only; fewer than half informatics-oriented). Not
 *   raised when there is no informatics letter at all: no-informatics-letter already says it.
 * - no-us-letter: medium (strongly advised, but an outstanding informatics letter partly offsets it).
 * - no-physician-letter: high (physicians are the core letters for medical training).
 * - weak-writer: high for a family friend (a writer to avoid), medium for anyone who did not observe
 *   the member directly (a chair, a famous name, an acquaintance).
 * - stale-letter: medium; non-english-letter: medium (fixable by an English version).
 * - too-many-letters: low (applications take about 3-4; extra letters just need choosing).
 * - late-ask: high when the ask is still ahead (or today) with < 28 days left; medium when the
 *   writer was already asked < 28 days before the deadline (nothing to fix but follow-up);
 *   low from 28 up to (not including) 42 days; nothing at 42 days or more.
 * - no-professionalism-corroboration: high (programs look for letters that vouch for it).
 */
import { addDays, daysBetween } from '../core/dates.js';
import type { Letter, Profile } from '../core/profile/schema.js';
import { bySeverity, type Finding, type Severity } from '../core/types.js';
import { ref } from '../knowledge/outline.js';

/** Every number the letter rules use. Comparisons are spelled out per key. */
export const LETTER_RULES = {
  /** too-many-letters when letters.length > maxLetters (applications take about 3-4). */
  maxLetters: 4,
  /** stale-letter when todayYear - letter.year > staleAfterYears (so 3 years ago is still fine). */
  staleAfterYears: 3,
  /** informatics-share-low (CI fellowship) when informatics letters / all letters < minInformaticsShare. */
  minInformaticsShare: 0.5,
  /** late-ask high/medium when days from ask to deadline < lateAskDays (4 weeks). */
  lateAskDays: 28,
  /** late-ask low when lateAskDays <= days < comfortableAskDays (6 weeks); none at 42 or more. */
  comfortableAskDays: 42,
  /** `language` values (lower-cased) that count as English; "en-US"-style tags count too. */
  englishNames: ['en', 'english'] as readonly string[],
} as const;

/** A letter finding; `writer` names the writer for per-writer findings. */
export interface LetterFinding extends Finding {
  writer?: string;
}

export interface LetterReview {
  findings: LetterFinding[];
  /** Set when the profile lists no letters: no rule can judge an empty set, so we say so and plan. */
  note?: string;
}

export function yearOf(today: string): number {
  return Number(today.slice(0, 4));
}

export function isEnglish(language: string | undefined): boolean {
  if (language === undefined) return true; // the contract's default is "en"
  const l = language.trim().toLowerCase();
  return LETTER_RULES.englishNames.includes(l) || /^en[-_]/.test(l);
}

/** Years since the writer last worked with the member (today's year - letter.year). */
export function yearsSince(letter: Letter, today: string): number {
  return yearOf(today) - letter.year;
}

export function isStale(letter: Letter, today: string): boolean {
  return yearsSince(letter, today) > LETTER_RULES.staleAfterYears;
}

/** A weak writer: a family friend, or anyone who did not watch the member work. */
export function isWeakWriter(letter: Letter): boolean {
  return letter.role === 'family-friend' || !letter.directObservation;
}

/** Asked already: an `asked` date on or before today. Absent or future means still to ask. */
export function alreadyAsked(letter: Letter, today: string): boolean {
  return letter.asked !== undefined && letter.asked <= today;
}

/** The day the ask happens: the `asked` date, or today when the member has not asked yet. */
export function askDay(letter: Letter, today: string): string {
  return letter.asked ?? today;
}

/** "2027-01-15" → "15 Jan 2027", for messages a person reads. */
export function humanDay(day: string): string {
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${names[m - 1]} ${y}`;
}

const ROLE_LABEL: Record<Letter['role'], string> = {
  attending: 'attending',
  'program-director': 'residency program director',
  'informatics-faculty': 'informatics faculty member',
  cmio: 'CMIO',
  'research-supervisor': 'research supervisor',
  'qi-lead': 'QI lead',
  'department-chair': 'department chair',
  'non-physician-supervisor': 'non-physician supervisor',
  'family-friend': 'family friend',
  other: 'writer',
};

export function roleLabel(letter: Letter): string {
  return ROLE_LABEL[letter.role];
}

/** Review the member's letter writers. */
export function reviewLetters(profile: Profile, today: string): LetterReview {
  const letters = profile.letters ?? [];
  if (letters.length === 0) return { findings: [], note: noLettersNote(profile) };
  const findings: LetterFinding[] = [
    ...portfolioFindings(profile, letters),
    ...letters.flatMap((l) => writerFindings(profile, l, today)),
  ];
  return { findings: findings.sort(bySeverity) };
}

function noLettersNote(profile: Profile): string {
  const given =
    profile.letters === undefined ? 'Your profile does not list any letter writers yet' : 'Your letter list is empty';
  const informatics =
    profile.target === 'ci-fellowship'
      ? 'at least half of them informatics-oriented, ideally one from a physician-informatician or CMIO'
      : 'at least one (better two) speaking to your informatics work';
  const prof = profile.professionalism?.length
    ? ' Because your profile has a professionalism entry, make sure at least one writer can speak to your reliability and professionalism today.'
    : '';
  const deadline = profile.deadline
    ? ` Ask by ${humanDay(addDays(profile.deadline, -LETTER_RULES.comfortableAskDays))} (six weeks before your ${humanDay(profile.deadline)} deadline).`
    : '';
  return (
    `${given}, so the letter checks cannot run. Plan 3-4 writers who watched you work: a physician who supervised you clinically (US-based if possible), ` +
    `your informatics supervisor, a research or QI mentor, and one wildcard — ${informatics}.${prof}${deadline} ` +
    'Then add them to `letters` in your profile and run this again.'
  );
}

function portfolioFindings(profile: Profile, letters: Letter[]): LetterFinding[] {
  const out: LetterFinding[] = [];
  const n = letters.length;
  const informatics = letters.filter((l) => l.informatics).length;
  const ci = profile.target === 'ci-fellowship';

  if (informatics === 0) {
    out.push({
      id: 'no-informatics-letter',
      severity: ci ? 'high' : 'medium',
      message: ci
        ? `None of your ${n} letter writers speaks to informatics, yet you are applying to CI fellowships. Ask the person who supervised your informatics work (ideally a physician-informatician or CMIO) for a letter that is about informatics in every paragraph.`
        : `None of your ${n} letter writers speaks to informatics. Add at least one, better two, who saw your EHR, data or QI work and can describe what you contributed.`,
      sources: [ref('letters', 'how-many-informatics-letters'), ref('letters', 'ideal-writers')],
    });
  } else if (ci && informatics / n < LETTER_RULES.minInformaticsShare) {
    out.push({
      id: 'informatics-share-low',
      severity: 'medium',
      message: `Only ${informatics} of your ${n} letters ${informatics === 1 ? 'is' : 'are'} informatics-oriented; for a CI fellowship aim for at least half. Swap a general letter for one from an informatics, QI or data mentor, ideally a physician-informatician or CMIO-type writer.`,
      sources: [ref('letters', 'how-many-informatics-letters'), ref('letters', 'ideal-mix')],
    });
  }

  if (!letters.some((l) => l.setting === 'us')) {
    out.push({
      id: 'no-us-letter',
      severity: 'medium',
      message:
        'None of your letters comes from a US setting. Aim for 1-2 from US-based faculty or mentors who watched you work (an observership or externship attending, or a US informatics project lead); if that is not possible yet, make your informatics letter outstanding and detailed.',
      sources: [ref('letters', 'ideal-mix'), ref('letters', 'no-us-experience'), ref('letters', 'direct-observation')],
    });
  }

  if (!letters.some((l) => l.physician)) {
    out.push({
      id: 'no-physician-letter',
      severity: 'high',
      message:
        'None of your letter writers is a physician. Programs need physicians to vouch for your clinical reasoning and fitness for medical training: ask a physician who supervised you for the clinical (and, if possible, the informatics) slot, and keep non-physician letters as extras.',
      sources: [ref('letters', 'non-physician-writers'), ref('letters', 'ideal-writers')],
    });
  }

  if (n > LETTER_RULES.maxLetters) {
    out.push({
      id: 'too-many-letters',
      severity: 'low',
      message: `You list ${n} letters; most applications take about ${LETTER_RULES.maxLetters}. Choose the ${LETTER_RULES.maxLetters} that complement each other best (clinical, informatics, research, wildcard) rather than sending them all.`,
      sources: [ref('letters', 'ideal-mix')],
    });
  }

  if ((profile.professionalism?.length ?? 0) > 0 && !letters.some((l) => l.mentionsProfessionalism === true)) {
    out.push({
      id: 'no-professionalism-corroboration',
      severity: 'high',
      message:
        'Your profile lists a professionalism issue, but none of your letters is marked as speaking to your professionalism. Ask a recent supervisor who knows your work now to comment honestly on your reliability and professionalism — talk your story through with them, without scripting the letter.',
      sources: [ref('letters', 'letters-and-red-flags'), ref('red-flags', 'professionalism')],
    });
  }
  return out;
}

function writerFindings(profile: Profile, l: Letter, today: string): LetterFinding[] {
  const out: LetterFinding[] = [];
  const who = l.writer;

  if (isWeakWriter(l)) {
    const family = l.role === 'family-friend';
    out.push({
      id: 'weak-writer',
      severity: family ? 'high' : 'medium',
      writer: who,
      message: family
        ? `${who} is a family friend: programs discount such letters whatever the writer's title. Replace it with someone who supervised your clinical or informatics work.`
        : `${who} (${roleLabel(l)}) did not observe your work directly, so the letter can only offer general praise. A writer who watched you work beats a big title: replace it, or keep it only as an extra.`,
      sources: [
        ref('letters', family ? 'writers-to-avoid' : 'less-ideal-writers'),
        ref('letters', 'direct-observation'),
      ],
    });
  }

  if (isStale(l, today)) {
    out.push({
      id: 'stale-letter',
      severity: 'medium',
      writer: who,
      message: `${who} last worked with you in ${l.year}, ${yearsSince(l, today)} years ago; letters that old no longer show what you can do now. Prefer a writer from the last ${LETTER_RULES.staleAfterYears} years, or reconnect with ${who} and share your recent work before they write.`,
      sources: [ref('letters', 'writers-to-avoid')],
    });
  }

  if (!isEnglish(l.language)) {
    out.push({
      id: 'non-english-letter',
      severity: 'medium',
      writer: who,
      message: `${who}'s letter is in "${l.language}". Ask for it in English (or a careful professional translation alongside the original); programs will not weigh a letter they cannot read.`,
      sources: [ref('letters', 'writers-to-avoid')],
    });
  }

  const late = lateAsk(profile, l, today);
  if (late) out.push(late);
  return out;
}

function lateAsk(profile: Profile, l: Letter, today: string): LetterFinding | undefined {
  if (!profile.deadline) return undefined;
  const day = askDay(l, today);
  const days = daysBetween(day, profile.deadline);
  if (days >= LETTER_RULES.comfortableAskDays) return undefined;
  const asked = alreadyAsked(l, today);
  let severity: Severity;
  if (days >= LETTER_RULES.lateAskDays) severity = 'low';
  else severity = asked ? 'medium' : 'high';
  const subject =
    l.asked === undefined
      ? `You have not asked ${l.writer} yet: asking today (${humanDay(today)})`
      : asked
        ? `You asked ${l.writer} on ${humanDay(l.asked)}, which`
        : `You plan to ask ${l.writer} on ${humanDay(l.asked)}, which`;
  const gap =
    days < 0
      ? `is after your deadline (${humanDay(profile.deadline)})`
      : `leaves ${days} day${days === 1 ? '' : 's'} before your ${humanDay(profile.deadline)} deadline`;
  const todo =
    severity === 'low'
      ? 'Ask now rather than later (aim for six weeks ahead) and send your package the same day.'
      : asked
        ? 'Send your package now if you have not, confirm the upload route, and check they can still make it.'
        : 'Ask today, send the package with the request, and line up a backup writer in case they cannot make it in time.';
  return {
    id: 'late-ask',
    severity,
    writer: l.writer,
    message: `${subject} ${gap} (aim for ${LETTER_RULES.comfortableAskDays / 7} weeks, at least ${LETTER_RULES.lateAskDays / 7}). ${todo}`,
    sources: [ref('letters', 'asking-and-timing')],
  };
}
