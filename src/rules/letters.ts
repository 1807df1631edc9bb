/**
 * Letter-portfolio rules: judge the set of letter writers in `profile.letters` the way a program
 * director reads them — as a set (mix, informatics share, US and physician voices) and one by one
 * (weak, stale, non-English, asked too late). Pure: `today` is a parameter.
 *
 * Severities (why):
 * - no-informatics-letter: high for a CI fellowship (informatics is the whole point), medium for a
 *   residency informatics track or an unknown target (one or two informatics letters are advised).
 * - informatics-share-low: medium (CI fellowship only; fewer than half informatics-oriented). With
 *   no informatics letter at all it is raised beside no-informatics-letter, in one line pointing to it.
 * - no-us-letter: medium (strongly advised, but an outstanding informatics letter partly offsets it);
 *   low for a CI fellowship applicant from an accepted Canadian residency (Canadian letters expected).
 * - no-physician-letter: high (physicians are the core letters for medical training).
 * - weak-writer: high for a family friend (a writer to avoid), medium for anyone who did not observe
 *   the member directly (a chair, a famous name, an acquaintance).
 * - stale-letter: medium (low for a residency program director: keep that letter and ask for a
 *   refreshed one); non-english-letter: medium (fixable by an English version).
 * - too-many-letters: low (ERAS assigns at most 4 letters to a program; extra ones just need choosing).
 * - too-few-letters: high with 0 or 1 letter listed, medium with 2 (programs typically ask for 3-4;
 *   an application without them is incomplete). A list that was not given is not judged.
 * - no-program-director-letter (CI fellowship with any residency listed, no letter from a
 *   program director): high when the residency is one fellowships accept (programs typically ask
 *   for the residency program director's letter), medium for a residency abroad.
 * - late-ask: high when the ask is still ahead (or today) with < 28 days left; medium when the
 *   writer was already asked < 28 days before the deadline (nothing to fix but follow-up);
 *   low from 28 up to (not including) 42 days; nothing at 42 days or more. Only for writers the
 *   slot plan uses: a writer no slot needs is not worth asking at all, early or late.
 * - no-professionalism-corroboration: high (programs look for letters that vouch for it).
 */
import { withNoteProfessionalism } from './professionalism-notes.js';
import { specialtyName } from '../core/profile/friendly.js';
import { addDays, daysBetween, humanDay, monthIndex } from '../core/dates.js';
import type { Letter, Profile } from '../core/profile/schema.js';
import { bySeverity, type Finding, type Severity } from '../core/types.js';
import {
  countsForFellowship,
  isUsResidency,
  readResidencies,
  type ResidencyReading,
} from '../core/profile/training.js';
import { exitsUnderCloud, programBehind, programLeft } from '../core/profile/resignation.js';
import { ref } from '../knowledge/outline.js';
import { askedAfterReview, reviewClause } from './letter-review.js';
import { nextSeasonIfUnderWay } from '../composers/application-season.js';
import { prematchTimeline } from '../composers/season-calendar.js';
import { letterTiming } from '../composers/lor-deadline.js';
import { planLetterSlots } from './letter-slots.js';
import { swapSentence, translationSwap } from './letter-swap.js';
import { importedLetter, letterReceived, writerRetired } from './letter-notes.js';
import { IMPORT_WATERMARK } from './letter-imported.js';
import { countryName, joinAnd, languageName } from './redflag-rules/wording.js';
import {
  LETTER_RULES,
  isEnglish,
  isStale,
  isWeakWriter,
  roleLabel,
  staleBySeason,
  newerProgramDirector,
  currentWriterInstead,
  neverAsked,
  writtenForOther,
  yearsSince,
  noPracticeNow,
} from './letter-facts.js';

export {
  LETTER_RULES,
  isEnglish,
  isStale,
  isWeakWriter,
  letterUseYear,
  roleLabel,
  yearsSince,
  yearOf,
} from './letter-facts.js';

/**
 * Said when no letter finding fires: what was checked and what no rule can judge, never "your
 * letters are fine" (the rules see roles, dates and settings, not what a writer will say).
 */
export const LETTERS_CLEAN =
  'None from these checks: how many letters, a program director’s letter where a fellowship expects one, informatics and US writers, how recent each letter is, its language and when you ask. They cannot judge what a writer will say or how strong the letter will be.';

/**
 * The clean line for these letters: the language check is named as run only when some letter states
 * its language. Setup never asks for it and the contract defaults it to English, so a profile without
 * it gives the check nothing to read (newcomer trial 23: a Vietnamese chief's translated letter was
 * "checked" for language the profile never held).
 */
export function lettersClean(letters: readonly Letter[] | undefined): string {
  if ((letters ?? []).some((l) => l.language !== undefined)) return LETTERS_CLEAN;
  return (
    'None from these checks: how many letters, a program director’s letter where a fellowship expects one, informatics and US writers, how recent each letter is and when you ask. ' +
    'Not checked: each letter’s language, which your profile does not give (letters are taken as English); if a letter is written in another language, add its language to the writer so the translation it needs is planned. ' +
    'They cannot judge what a writer will say or how strong the letter will be.'
  );
}

/** A letter finding; `writer` names the writer for per-writer findings. */
export interface LetterFinding extends Finding {
  writer?: string;
}

export interface LetterReview {
  findings: LetterFinding[];
  /** Set when the profile lists no letters: no rule can judge an empty set, so we say so and plan. */
  note?: string;
}

/** Asked already: an `asked` date on or before today. Absent or future means still to ask. */
export function alreadyAsked(letter: Letter, today: string): boolean {
  return letter.asked !== undefined && letter.asked <= today;
}

/** The day the ask happens: the `asked` date, or today when the member has not asked yet. */
export function askDay(letter: Letter, today: string): string {
  return letter.asked ?? today;
}

/**
 * The day the request should actually go out: a planned ask still ahead keeps its date, unless it
 * would leave under four weeks before the deadline; then today, as the late-ask finding and the
 * writer's next step say ("ask today"). Already asked, or no plan: today.
 */
export function sendDay(letter: Letter, profile: Profile, today: string): string {
  if (!letter.asked || letter.asked <= today) return today;
  const late = profile.deadline !== undefined && daysBetween(letter.asked, profile.deadline) < LETTER_RULES.lateAskDays;
  return late ? today : letter.asked;
}

/**
 * A request already made under four weeks before the deadline (or after it): the one the late-ask
 * finding names, and the one whose writer step checks the upload instead of "no follow-up".
 */
export function askedLate(letter: Letter, profile: Profile): boolean {
  return !!letter.asked && !!profile.deadline && daysBetween(letter.asked, profile.deadline) < LETTER_RULES.lateAskDays;
}

/**
 * A writer the weak-writer finding tells the member to replace outright (a family friend: programs
 * discount the letter whatever the title). Its timing advice must not chase it ("ask today") beside
 * "Replace it": the plan points the time at a writer who saw the member's work instead.
 */
export function replaceRatherThanAsk(letter: Letter): boolean {
  return letter.role === 'family-friend';
}

/** The day formatter lives with the other date helpers; re-exported for the letter modules that use it. */
export { humanDay };

/** Review the member's letter writers. */
export function reviewLetters(given: Profile, today: string): LetterReview {
  // A deadline that fits no season of the match is not counted to (src/composers/lor-deadline.ts).
  // A probation told only in a note is what a letter may need to corroborate (professionalism-notes.ts).
  const profile = letterTiming(withNoteProfessionalism(given), today).profile;
  const letters = profile.letters ?? [];
  if (letters.length === 0) {
    // An empty list is "none": too few for any application. A missing list is only unknown.
    const none = profile.letters ? [tooFew(profile, 0)] : [];
    return { findings: none, note: noLettersNote(profile, today) };
  }
  const plan = planLetterSlots(profile, today);
  const used = new Set(plan.slots.map((s) => s.writer).filter((w): w is string => w !== undefined));
  const sent = new Set([...used, ...plan.extra]);
  const findings: LetterFinding[] = [
    ...portfolioFindings(profile, letters, today, used),
    ...letters.flatMap((l) => writerFindings(profile, l, today, sent.has(l.writer))),
  ];
  const passed = deadlinePassed(profile, letters, today, sent);
  if (passed) findings.push(passed);
  return { findings: findings.sort(bySeverity) };
}

function tooFew(profile: Profile, n: number): LetterFinding {
  const need = LETTER_RULES.minLetters - n;
  const ci = profile.target === 'ci-fellowship';
  return {
    id: 'too-few-letters',
    severity: n <= LETTER_RULES.tooFewHighAtMost ? 'high' : 'medium',
    message:
      `You list ${n === 0 ? 'no letter writers' : n === 1 ? 'only 1 letter writer' : `only ${n} letter writers`}; programs typically ask for at least ${LETTER_RULES.minLetters}` +
      `${ci ? ' (often including your residency program director)' : ''}, and an application without them is incomplete. ` +
      `Line up ${need} more who watched you work, and check each program's own requirement. ERAS lets you assign up to ${LETTER_RULES.maxLetters} letters to each program.`,
    sources: [ref('letters', 'eras-letter-limits'), ref('letters', 'ideal-mix')],
  };
}

function noLettersNote(profile: Profile, today: string): string {
  // Absent is unknown, not none (contract: a missing list means "none given"): the member may have
  // writers at work or letters already uploaded. Say what is not known and ask, then plan as an "if"
  // (a judge of p311, letters not given with ERAS open, found the plan read them as "none written").
  const unknown = profile.letters === undefined;
  const given = unknown
    ? 'Your profile does not say who is writing your letters, so I do not know whether you have none yet, some being written, or some already uploaded, and the letter checks cannot run. Tell me who your writers are: for each, their role, whether they saw your work directly, and whether the letter is only planned, asked for, or already uploaded (your ERAS account shows which letters have arrived)'
    : 'Your letter list is empty, so the letter checks cannot run';
  const informatics =
    profile.target === 'ci-fellowship'
      ? 'at least half of them informatics-oriented, ideally one from a physician-informatician or CMIO'
      : 'at least one (better two) speaking to your informatics work';
  // A residency weighs clinical letters most: two or three from physicians who supervised the
  // member's patient care, with an informatics letter as a plus for the track.
  const plan =
    profile.target === 'residency-informatics-track'
      ? `Plan 3-4 writers who watched you work: two or three physicians who supervised your patient care (US-based if possible${specialtyOf(profile) ? `, ideally in ${specialtyOf(profile)}` : ''}), which residency programs weigh most, and one who saw your informatics work, a plus for an informatics track.`
      : `Plan 3-4 writers who watched you work: a physician who supervised you clinically (US-based if possible), your informatics supervisor, a research or QI mentor, and one wildcard — ${informatics}.`;
  const prof = profile.professionalism?.length
    ? ' Because your profile has a professionalism entry, make sure at least one writer can speak to your reliability and professionalism today.'
    : '';
  const askBy = profile.deadline ? addDays(profile.deadline, -LETTER_RULES.comfortableAskDays) : undefined;
  // Never a date in the past: a passed ask-by date becomes "ask now", a passed deadline a check.
  const deadline = !profile.deadline
    ? ''
    : profile.deadline < today
      ? ` Your deadline (${humanDay(profile.deadline)}) has passed: check each program's own letter cut-off first.`
      : askBy! >= today
        ? ` Ask by ${humanDay(askBy!)} (six weeks before your ${humanDay(profile.deadline)} deadline).`
        : ` Ask now: your ${humanDay(profile.deadline)} deadline is less than six weeks away.`;
  const lead = unknown ? `${given}. If you have none yet, ` : `${given}. `;
  const askNow = unknown ? deadline.replace(' Ask now:', ' Ask anyone not yet asked now:') : deadline;
  return (
    `${lead}${unknown ? plan.charAt(0).toLowerCase() + plan.slice(1) : plan}${pdNote(profile, today)}${prof}${askNow} ` +
    'Then add them to `letters` in your profile and run this again.'
  );
}

/** For a fellowship applicant with a residency: the program director's letter, named. */
function pdNote(profile: Profile, today: string): string {
  if (profile.target !== 'ci-fellowship') return '';
  const r = (readResidencies(profile, today) ?? [])[0];
  if (!r) return '';
  // The long-out advice is for a residency fellowships accept; one abroad keeps the usual ask.
  const since = countsForFellowship(r) ? yearsSinceTraining(r, today) : undefined;
  return since !== undefined && since >= LONG_OUT_OF_TRAINING_YEARS
    ? ` Your ${r.residency.specialty} residency ended about ${since} years ago: check each program's letter rule, and where a program allows it offer a letter from your current department chair or chief instead of the residency program director's, with your residency program's verification that you completed training.`
    : ` Include your ${r.residency.specialty} residency program director: fellowships typically expect that letter.`;
}

/**
 * Years past which a residency program director's letter stops being the natural ask: the director
 * has usually changed and nobody there has seen the member's work for most of a decade. A judge
 * found p357 (residency ended 2013, fourteen years in practice) told only "programs expect a PD
 * letter: ask early".
 */
const LONG_OUT_OF_TRAINING_YEARS = 7;

/** Whole years from a completed residency's last month to today; undefined while still in it. */
function yearsSinceTraining(r: ResidencyReading, today: string): number | undefined {
  if (r.status !== 'completed' || r.residency.to === 'present') return undefined;
  return Math.floor((monthIndex(today.slice(0, 7)) - monthIndex(r.residency.to)) / 12);
}

/**
 * For a physician years out of residency: some fellowships list "a letter from your current or
 * previous program director" (MetroHealth's CI fellowship FAQ, checked 2026-12-07), so each
 * program's own rule decides; a current chair or chief who supervises the member's practice speaks
 * for the present, and the residency program can still confirm the training was completed.
 */
function longOutOfTrainingAdvice(letters: Letter[], years: number, stopped?: string): string {
  const chair = letters.find((l) => l.role === 'department-chair');
  // No patient care now: no chief "sees your practice", so the stand-in is whoever knows the work now,
  // and the clinical question stays open (judge of p405: "your current chief of service" suggested to
  // a member without patient care since 2015).
  if (stopped && !chair) {
    return (
      `You finished that residency about ${years} years ago, so a letter from its program director may be neither possible nor the most useful one. ` +
      `Check each program's letter rule (one CI fellowship's FAQ, for example, asks for a letter from a current or previous program director) and ask whether they would take, in that place, a letter from a physician who supervises or knows your work now. ` +
      `You have given no patient care since ${stopped}, so no one can speak to your clinical work today: programs will ask how you will practise during the fellowship, and a return to patient care would also give you a current clinical writer. ` +
      `Your residency program can still confirm to programs that you completed your training (a training verification): ask its GME office how to request one, and if a program insists on the residency director's letter, write to that office early.`
    );
  }
  return (
    `You finished that residency about ${years} years ago, so a letter from its program director may be neither possible nor the most useful one. ` +
    `Check each program's letter rule, which programs word differently (one CI fellowship's FAQ, for example, asks for a letter from a current or previous program director), and ask whether they would take, in that place, ` +
    (chair
      ? `the letter from your current department chair (${chair.writer})`
      : 'a letter from your current department chair or chief of service, who sees your practice now') +
    `; your residency program can still confirm to programs that you completed your training (a training verification), so ask its GME office how to request one. If a program insists on the residency director's letter, write to that office early: a current director may be able to write from your training file.`
  );
}

function noProgramDirector(profile: Profile, letters: Letter[], today: string): LetterFinding | undefined {
  if (profile.target !== 'ci-fellowship') return undefined;
  if (letters.some((l) => l.role === 'program-director')) return undefined;
  const rs = readResidencies(profile, today) ?? [];
  if (!rs.length) return undefined;
  const accepted = rs.find(countsForFellowship);
  const r = accepted ?? rs[0]!;
  const where = `${r.residency.specialty} residency in ${countryName(r.residency.country)}`;
  const since = accepted ? yearsSinceTraining(r, today) : undefined;
  return {
    id: 'no-program-director-letter',
    severity: accepted ? 'high' : 'medium',
    message:
      `None of your letters is from the program director of your ${where}. ` +
      (since !== undefined && since >= LONG_OUT_OF_TRAINING_YEARS
        ? longOutOfTrainingAdvice(letters, since, noPracticeNow(profile, today))
        : `Fellowship programs typically expect a letter from your residency program director (some require it), because it speaks for your whole training. ` +
          `Ask them early and give them your package; in ERAS you can mark it as a program director's letter.`) +
      (accepted ? '' : ' For a residency abroad this letter also helps programs judge your training.'),
    sources: [
      ref('letters', 'eras-letter-limits'),
      ref('letters', 'letters-for-residency-then-fellowship'),
      ref('letters', 'ideal-writers'),
    ],
  };
}

function portfolioFindings(
  profile: Profile,
  letters: Letter[],
  today: string,
  used: ReadonlySet<string>,
): LetterFinding[] {
  const out: LetterFinding[] = [];
  const n = letters.length;
  const informatics = letters.filter((l) => l.informatics).length;
  // With more than four letters, each program gets at most four: judge the share on the four the
  // slot plan sends, not on letters no program will see together.
  const sent = n > LETTER_RULES.maxLetters ? letters.filter((l) => used.has(l.writer)) : letters;
  const sentInformatics = sent.filter((l) => l.informatics).length;
  const ci = profile.target === 'ci-fellowship';
  const swap = translationSwap(profile, today);

  if (informatics === 0) {
    out.push({
      id: 'no-informatics-letter',
      severity: ci ? 'high' : 'medium',
      message: ci
        ? `None of your ${n} letter writers speaks to informatics, yet you are applying to CI fellowships. Ask the person who supervised your informatics work (ideally a physician-informatician or CMIO) for a letter that is about informatics in every paragraph.`
        : `None of your ${n} letter writers speaks to informatics. Add at least one, better two, who saw your EHR, data or QI work and can describe what you contributed.`,
      sources: [ref('letters', 'how-many-informatics-letters'), ref('letters', 'ideal-writers')],
    });
    // The share is below half too, and a script reading the ids asks both questions: said in one
    // line that points back, so the member is not told the same thing twice at length.
    if (ci)
      out.push({
        id: 'informatics-share-low',
        severity: 'medium',
        message: `0 of your ${n} letters ${n === 1 ? 'is' : 'are'} informatics-oriented; for a CI fellowship aim for at least half (two of four). The finding on informatics letters says whom to ask.`,
        sources: [ref('letters', 'how-many-informatics-letters'), ref('letters', 'ideal-mix')],
      });
  } else if (ci && sent.length && sentInformatics / sent.length < LETTER_RULES.minInformaticsShare) {
    const of =
      sent.length < n
        ? `Of the ${sent.length} letters the slot plan below would send to each program, only ${sentInformatics} ${sentInformatics === 1 ? 'is' : 'are'}`
        : `Only ${informatics} of your ${n} letters ${informatics === 1 ? 'is' : 'are'}`;
    // An informatics writer who never saw the member's work counts here (they can speak to the
    // field) but cannot fill the informatics slot of the plan below, which would otherwise read as
    // a contradiction ("1 of 3 is informatics-oriented" beside an empty informatics slot).
    const unseen = letters.filter((l) => l.informatics && !l.directObservation).map((l) => l.writer);
    const unseenNote = unseen.length
      ? ` ${unseen.join(' and ')} did not see your work first-hand, so ${unseen.length === 1 ? 'that letter' : 'those letters'} cannot fill the informatics slot below.`
      : '';
    out.push({
      id: 'informatics-share-low',
      severity: 'medium',
      // A clinical letter in another language is the one to swap, when a second informatics writer
      // can be had (letter-swap.ts): named, so the plan does not keep it as "a letter sent".
      message: `${of} informatics-oriented; for a CI fellowship aim for at least half.${unseenNote} ${
        swap
          ? swapSentence(swap)
          : 'Swap a general letter for one from an informatics, QI or data mentor who saw your work, ideally a physician-informatician or CMIO-type writer.'
      }`,
      sources: [ref('letters', 'how-many-informatics-letters'), ref('letters', 'ideal-mix')],
    });
  }

  if (!letters.some((l) => l.setting === 'us')) {
    // A fellowship applicant from an RCPSC- or CFPC-accredited residency has the training ACGME
    // fellowships accept: their Canadian program director's letter is the expected one, so a US
    // voice is a plus, not a gap.
    const canadian =
      ci && (readResidencies(profile, today) ?? []).some((r) => countsForFellowship(r) && !isUsResidency(r.residency));
    out.push({
      id: 'no-us-letter',
      severity: canadian ? 'low' : 'medium',
      message: canadian
        ? 'None of your letters comes from a US setting. With your Canadian residency that is expected; if a US faculty member or informatics collaborator knows your work well, one US letter would still add a voice programs know.'
        : 'None of your letters comes from a US setting. Aim for 1-2 from US-based faculty or mentors who watched you work (an observership or externship attending, or a US informatics project lead); if that is not possible yet, make your informatics letter outstanding and detailed.',
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
      message: `You list ${n} letters; ERAS lets you upload more but assign at most ${LETTER_RULES.maxLetters} to each program. ${
        profile.target === 'residency-informatics-track'
          ? `Choose the ${LETTER_RULES.maxLetters} per program: for a residency, the letters from US physicians who supervised your patient care first${specialtyOf(profile) ? ` (ideally ${specialtyOf(profile)} faculty)` : ''}, then an informatics letter where the track values it; keep the rest for programs that ask for them, or for a fellowship later.`
          : `Choose, per program, the ${LETTER_RULES.maxLetters} that complement each other best (clinical, informatics, research, wildcard).`
      }`,
      sources: [ref('letters', 'eras-letter-limits'), ref('letters', 'ideal-mix')],
    });
  }
  if (n < LETTER_RULES.minLetters) out.push(tooFew(profile, n));
  const pd = noProgramDirector(profile, letters, today);
  if (pd) out.push(pd);

  if ((profile.professionalism?.length ?? 0) > 0 && !letters.some((l) => l.mentionsProfessionalism === true)) {
    out.push({
      id: 'no-professionalism-corroboration',
      severity: 'high',
      message:
        'Your profile lists a professionalism issue, but none of your letters is marked as speaking to your professionalism. ' +
        corroboratorAsk(profile) +
        ' — talk your story through with them, without scripting the letter. Once one agrees, mark that letter in /profile edit (its "Will it mention professionalism?" answer) so the plan counts it' +
        markExample(letters, today),
      sources: [ref('letters', 'letters-and-red-flags'), ref('red-flags', 'professionalism')],
    });
  }
  return out;
}

/**
 * Who to ask to speak to a professionalism matter. When the member left the program it happened in
 * under it (resigned on probation, dismissed), that program's director is who can say what happened,
 * with someone who saw the member's work since as the other voice; otherwise a recent supervisor.
 */
function corroboratorAsk(p: Profile): string {
  const left = exitsUnderCloud(p).at(-1);
  const program = left ? (programBehind(left, p)?.program ?? programLeft(left, p)) : undefined;
  return program
    ? `Ask your former program director at ${program}, or a supervisor who has seen your work since you left, to comment honestly on what happened and on your reliability and professionalism now`
    : 'Ask a recent supervisor who knows your work now to comment honestly on your reliability and professionalism';
}

/**
 * The exact edit for the likeliest writer (a program director, else the most recent physician who
 * watched the member work), so the member need not work out a field path: ": for Dr. X, …".
 */
function markExample(letters: readonly Letter[], today: string): string {
  const year = Number(today.slice(0, 4));
  const candidates = letters
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.physician && l.directObservation && year - l.year <= LETTER_RULES.staleAfterYears);
  const best =
    candidates.find(({ l }) => l.role === 'program-director') ?? [...candidates].sort((a, b) => b.l.year - a.l.year)[0];
  return best ? `: for ${best.l.writer}, /profile edit letters[${best.i}].mentionsProfessionalism yes.` : '.';
}

function writerFindings(profile: Profile, l: Letter, today: string, timingMatters: boolean): LetterFinding[] {
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

  // Judged at the year programs read it, a letter under three years old today can be over it then.
  // That weighs in the writer ranking and the slot plan; as a finding, `stale-letter` keeps its
  // meaning (old already today), and no id outside the contract's list is emitted.
  if (isStale(l, profile, today) && !staleBySeason(l, profile, today)) {
    // A residency program director's letter is expected whatever its age: refresh it, never drop it.
    // Not so for an earlier program's director when a later one has written: that later letter is the
    // program director's letter programs ask for, and "keep this one" contradicted the slot plan's
    // "not needed" (judge of p130). A letter written for another application is named as such.
    const newer = l.role === 'program-director' ? newerProgramDirector(l, profile.letters ?? []) : undefined;
    const instead = newer ? undefined : currentWriterInstead(l, profile, today);
    const pd = l.role === 'program-director' && !newer && !instead;
    const other = writtenForOther(l, profile);
    const age = `${l.year}, ${yearsSince(l, today)} years ago`;
    // Carried over from an earlier season (the notes say so): programs see its first upload date too.
    const imported = importedLetter(l, profile, today);
    const importNote = imported
      ? ` It is imported from an earlier season, and ${IMPORT_WATERMARK.replace(/^ERAS marks a letter imported from an earlier season/, 'ERAS marks such a letter')}: the next step with ${who} says what to do instead of re-using it unchanged.`
      : '';
    out.push({
      id: 'stale-letter',
      severity: l.role === 'program-director' ? 'low' : 'medium',
      writer: who,
      message:
        (newer
          ? `${who} last worked with you in ${age}${other ? `, and the letter was written for a different application (${other})` : ''}. ${newer.writer}'s letter (${newer.year}) is the program director's letter programs ask for, so this one is not needed: do not send it as it is; leave it out, or ask ${who} for a new letter addressed to this application.`
          : instead
            ? `${who} last worked with you in ${age}${writerRetired(l, profile) ? ', and has retired since' : ''}: that letter speaks for your training then, not for your work now. Let ${instead.writer} (${roleLabel(instead)}, ${instead.year}) carry your clinical letter, and ask your residency program's GME office how to request a training verification, which confirms to programs that you completed your residency. Check each program's letter rule: where one still asks for a letter from a current or previous program director, ask whether ${instead.writer}'s letter may stand in its place, or send this one as an extra.`
            : pd
              ? `${who} last worked with you in ${age}. ${neverAsked(l, profile.letters ?? []) ? 'Still ask for this letter' : 'Keep this letter'}: ${
                  profile.target === 'ci-fellowship'
                    ? 'fellowship programs often ask for one from your residency program director'
                    : // A residency applicant is not asked for one: its worth is a supervisor of the whole training.
                      'a program director saw your whole training, which few writers can speak to'
                }. ${
                  // Not asked yet: there is no letter to refresh, only a request to make (the writer steps say so).
                  neverAsked(l, profile.letters ?? [])
                    ? `Send ${who} your recent work with the request so the letter speaks for you now.`
                    : `Ask ${who} to refresh it, and send your recent work so it speaks for you now.`
                }`
              : // A letter that vouches for a professionalism matter is evidence the red-flag report leans on:
                // keep it for that, and add a recent writer, rather than "prefer another writer" (which
                // would contradict the report that cites it).
                l.mentionsProfessionalism === true && (profile.professionalism ?? []).length > 0
                ? `${who} last worked with you in ${age}. Keep this letter: it confirms how your professionalism matter was resolved. Add a letter from a recent supervisor as well, since one that old no longer shows what you can do now.`
                : `${who} last worked with you in ${age}; letters that old no longer show what you can do now. Prefer a writer from the last ${LETTER_RULES.staleAfterYears} years, or reconnect with ${who} and share your recent work before they write.`) +
        importNote,
      sources: [
        ref('letters', 'writers-to-avoid'),
        ...(pd ? [ref('letters', 'letters-for-residency-then-fellowship')] : []),
        ...(imported ? [ref('letters', 'eras-imported-letters')] : []),
      ],
    });
  }

  if (!isEnglish(l.language)) {
    out.push({
      id: 'non-english-letter',
      severity: 'medium',
      writer: who,
      message:
        translationSwap(profile, today)?.letter === l
          ? `${who}'s letter is in ${languageName(l.language!)}, and for your CI fellowship it is the one to replace rather than translate: it would need an English translation by a qualified translator sent with the original, and a clinical letter adds little to an informatics application. A second informatics letter in its place does more (the informatics-share finding says whom to ask).`
          : `${who}'s letter is in ${languageName(l.language!)}. Ask for it in English (or a careful professional translation alongside the original); programs will not weigh a letter they cannot read.`,
      // The informatics-letters section backs only the advice to replace it (round ux45).
      sources: [
        ref('letters', 'writers-to-avoid'),
        ...(translationSwap(profile, today)?.letter === l ? [ref('letters', 'how-many-informatics-letters')] : []),
      ],
    });
  }

  // A writer not in play (inPlay) gets no timing advice: the advice is not to ask them at all. Once
  // the deadline itself has passed, one finding for the whole set says so (deadlinePassed).
  const late =
    timingMatters && !(profile.deadline && profile.deadline < today) ? lateAsk(profile, l, today) : undefined;
  if (late) out.push(late);
  return interviewsOver(profile, today) && l.asked !== undefined && l.asked <= profile.deadline!
    ? out.map((f) => settledFinding(f, l, today))
    : out;
}

/**
 * The season's letters can no longer change anything: the deadline has passed and the season is past
 * its interviews (ranking, commit or results), so a refreshed or translated letter reaches no
 * program that still decides. Judge of p424: at rank-list time the plan still said "ask her to
 * refresh it" and "ask for it in English".
 */
export function interviewsOver(profile: Profile, today: string): boolean {
  if (!profile.deadline || profile.deadline >= today) return false;
  const t = prematchTimeline(today, profile.target, profile.deadline);
  const now = t.phases.find((ph) => ph.status === 'current')?.id;
  return now === 'rank-list' || now === 'results' || now === 'updates-and-top-choice';
}

/** A refresh or translation finding told for a later season, once this season's letters are settled. */
function settledFinding(f: LetterFinding, l: Letter, today: string): LetterFinding {
  const settled =
    "This season's interviews are over, so a refreshed or translated letter would reach no program that still decides: leave this one as it is for this Match.";
  if (f.id === 'non-english-letter') {
    return {
      ...f,
      severity: 'low',
      message: `${l.writer}'s letter is in ${languageName(l.language!)}. ${settled} If you apply again, ask for it in English (or a certified translation sent with the original), since programs will not weigh a letter they cannot read.`,
    };
  }
  if (f.id === 'stale-letter') {
    const age = `${l.year}, ${Number(today.slice(0, 4)) - l.year} years ago`;
    return {
      ...f,
      severity: 'low',
      message: `${l.writer} last worked with you in ${age}. ${settled} If you apply again, prefer a writer who saw your recent work, or ask ${l.writer} then for an updated letter.`,
    };
  }
  return f;
}

/**
 * The profile's deadline is already behind today: "aim for six weeks" means nothing any more, and
 * repeating that per writer buries the real question (is the member still applying this season, or
 * aiming at a later one with a stale deadline?). One `late-ask` for the set says it: high while a
 * writer the slots need is not asked yet, medium when all were asked but some under four weeks
 * before the deadline; nothing when every one was asked in time.
 */
function deadlinePassed(
  profile: Profile,
  letters: Letter[],
  today: string,
  used: ReadonlySet<string>,
): LetterFinding | undefined {
  if (!profile.deadline || profile.deadline >= today) return undefined;
  const inSlots = letters.filter((l) => used.has(l.writer));
  if (!inSlots.length) return undefined;
  // A letter the member's notes tell as already in hand or in ERAS (an earlier season's letter
  // imported, one received) needs no ask, whatever its `asked` field says (p410: a retired PD's
  // 2019 letter re-used this season was told "ask him today").
  const notAsked = inSlots
    .filter((l) => !alreadyAsked(l, today) && !letterReceived(l, profile, today))
    .map((l) => l.writer);
  // A writer asked well before the deadline was asked in time, whatever day it is now: calling that
  // ask late would be a false finding (two blind profile batches labelled it absent). Only asks made
  // under four weeks before the deadline (or after it) leave a question about the upload.
  const lateOnes = inSlots.filter((l) => alreadyAsked(l, today) && askedLate(l, profile));
  const asked = lateOnes.map((l) => l.writer);
  if (!notAsked.length && !asked.length) return undefined;
  // Each late ask keeps its day count and is measured against the day programs began reading too:
  // a letter asked weeks after that day may reach programs after they chose whom to interview.
  const when = lateOnes.map((l) => {
    const days = daysBetween(l.asked!, profile.deadline!);
    const n = Math.abs(days);
    const before = `${n} day${n === 1 ? '' : 's'} ${days >= 0 ? 'before' : 'after'} your deadline`;
    const review = reviewClause(profile, l.asked!, profile.deadline!);
    return `${l.writer} was asked on ${humanDay(l.asked!)}, ${before}${review ? ` and ${review}` : ''}`;
  });
  // Once this season's interviews have begun (the next season is the one a new ask serves, as the
  // writer steps say), a writer never asked cannot help the applications programs already have:
  // "ask today" beside the step's "a letter asked now is for next season" was one plan saying two
  // things. The unasked writer is then named for the next application, with its ask-by day.
  const next = notAsked.length ? nextSeasonIfUnderWay(profile, today) : undefined;
  const forNext = next
    ? ` You have not asked ${joinAnd(notAsked)}, and this season's applications are already with programs, whose interviews have begun: a letter asked now is for your next application (applications typically open in ERAS on ${humanDay(next.opens)}). Ask by ${humanDay(addDays(next.opens, -LETTER_RULES.comfortableAskDays))}, six weeks before that, and update \`deadline\` in your profile so reminders follow it.`
    : '';
  const still = [
    notAsked.length && !next ? `ask ${joinAnd(notAsked)} today` : '',
    // Whether a late letter arrived is not known here, so nothing says it can still arrive in time:
    // the member checks what arrived and, for what did not, asks for the upload now.
    asked.length
      ? `${
          asked.length > 1
            ? 'check in ERAS today which of these letters arrived; for one that has not, ask its writer'
            : `check in ERAS today whether that letter arrived; if it has not, ask ${asked[0]}`
        } to upload it this week and ask the programs still considering you whether they will read it (ERAS delivers letters until the season ends in May, but programs may already be inviting applicants to interview)`
      : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const thisSeason = still
    ? ` If you are still applying this season, check each program's own letter cut-off and ${still}${next ? '.' : '; if you are aiming at a later season, update `deadline` in your profile so reminders follow it.'}`
    : '';
  return {
    id: 'late-ask',
    severity: notAsked.length ? 'high' : 'medium',
    message: `Your deadline (${humanDay(profile.deadline)}) has passed.${when.length ? ` ${when.join('; ')}.` : ''}${thisSeason}${forNext}`,
    sources: [ref('letters', 'asking-and-timing')],
  };
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
  const review = reviewClause(profile, day, profile.deadline);
  const gap =
    (days < 0
      ? `is ${-days} day${days === -1 ? '' : 's'} after your deadline (${humanDay(profile.deadline)})`
      : `leaves ${days} day${days === 1 ? '' : 's'} before your ${humanDay(profile.deadline)} deadline`) +
    ` (aim for ${LETTER_RULES.comfortableAskDays / 7} weeks, at least ${LETTER_RULES.lateAskDays / 7})` +
    (review ? ` and is ${review}` : '');
  const afterReview = askedAfterReview(profile, day, profile.deadline);
  const todo = replaceRatherThanAsk(l)
    ? asked
      ? `Do not chase this letter: as the finding on ${l.writer} says, replace it. Put the time into a writer who supervised your clinical or informatics work, asked now with your package.`
      : `Rather than asking ${l.writer} at all, replace them, as the finding on them says: ask a writer who supervised your clinical or informatics work now, with your package.`
    : severity === 'low'
      ? 'Ask now rather than later (aim for six weeks ahead) and send your package the same day.'
      : asked
        ? afterReview
          ? 'Send your package now if you have not, confirm the upload route, ask them to upload this week if they can, and check in ERAS when it arrives.'
          : 'Send your package now if you have not, confirm the upload route, and check they can still make it.'
        : afterReview
          ? 'Ask today, send the package with the request and ask for the upload as soon as they can; line up a backup writer too.'
          : 'Ask today, send the package with the request, and line up a backup writer in case they cannot make it in time.';
  return {
    id: 'late-ask',
    severity,
    writer: l.writer,
    message: `${subject} ${gap}. ${todo}`,
    sources: [ref('letters', 'asking-and-timing')],
  };
}

/** The member's specialty read by meaning (never a raw answer such as "prelim IM 1"), or undefined. */
function specialtyOf(profile: Profile): string | undefined {
  return profile.specialty ? specialtyName(profile.specialty) || undefined : undefined;
}
