/**
 * Shared facts the letter composers (ask email, writer package) read from a profile: the target in
 * words, the member's informatics items, and which letter writer to address. Pure.
 */
import { letterTiming } from './lor-deadline.js';
import { UserError } from '../core/errors.js';
import { daysBetween } from '../core/dates.js';
import { LETTER_RULES } from '../rules/letters.js';
import { EXAM_LABEL, examHistory, type ExamHistory } from '../core/profile/derived.js';
import { givenText } from '../core/profile/field-specs.js';
import type { InformaticsItem, Letter, Profile } from '../core/profile/schema.js';
import { handsOnUsce, isUsResidency, readResidencies } from '../core/profile/training.js';
import { planLetterSlots, writerStrength } from '../rules/letter-slots.js';
import { askSeason, seasonClosed } from './lor-season.js';
import { isWeakWriter } from '../rules/letter-facts.js';
import { midSentence } from './informatics-phrase.js';
import { specialtyName } from '../core/profile/friendly.js';
import { isRerouted } from './route-mark.js';
import { draftRequestBy, writerUnavailable } from '../rules/letter-notes.js';

/** What the member is applying to, as it reads in a sentence ("... applying for X"). */
export function targetPhrase(profile: Profile): string {
  // "Internal medicine" as typed reads "internal medicine" mid-sentence; "Internal Medicine" is kept.
  const typed = profile.specialty ? specialtyName(profile.specialty) : undefined;
  const spec = typed ? midSentence(typed) : undefined;
  // The route is the member's target, the one the timeline's calendar plans (a CI-fellowship member
  // not yet eligible still gets the AMIA calendar with a residency warning): an email naming a
  // residency season under the fellowship's deadline and due dates tells the writer two routes at
  // once. The residency route is the red-flag report's advice to the member, not a claim made in
  // their name to a writer.
  switch (profile.target) {
    case 'ci-fellowship':
      return spec
        ? `a clinical informatics (CI) fellowship, building on my training in ${spec}`
        : 'a clinical informatics (CI) fellowship';
    case 'residency-informatics-track':
      // A CI applicant on the residency route (lor-route.ts) applies now to the residency through
      // the NRMP; informatics is named only as the goal after it (round ux45).
      if (isRerouted(profile)) {
        return `${spec ? `a US ${spec} residency` : 'a US residency'} through the NRMP Main Residency Match, the training I need first; clinical informatics, through a fellowship after residency, is my longer-term goal`;
      }
      return spec
        ? `${spec} residency programs with an informatics track`
        : 'residency programs with an informatics track';
    default:
      return spec
        ? `${spec} training with a clinical informatics focus (a CI fellowship or an informatics residency track)`
        : 'clinical informatics training (a CI fellowship or an informatics residency track)';
  }
}

/** Short target label for subjects and headings; every caller adds " application" after it. */
export function targetShort(profile: Profile): string {
  switch (profile.target) {
    case 'ci-fellowship':
      return 'clinical informatics fellowship';
    case 'residency-informatics-track':
      // Read by meaning: an answer no specialty could be read from is left out, never pasted in.
      return profile.specialty && specialtyName(profile.specialty)
        ? `${midSentence(specialtyName(profile.specialty))} residency (informatics track)`
        : 'residency (informatics track)';
    default:
      // Not "… application": callers add that word ("my clinical informatics application application").
      return 'clinical informatics';
  }
}

const HANDS_ON: ReadonlySet<InformaticsItem['kind']> = new Set(['project', 'job', 'research', 'publication']);

/** Hands-on informatics work (projects, jobs, research, publications), in the member's order. */
export function handsOnInformatics(profile: Profile): InformaticsItem[] {
  return (profile.informatics ?? []).filter((i) => HANDS_ON.has(i.kind));
}

/** Courses, certificates and degrees: the learning side of the member's informatics. */
export function informaticsLearning(profile: Profile): InformaticsItem[] {
  return (profile.informatics ?? []).filter((i) => !HANDS_ON.has(i.kind));
}

/**
 * The writer to address: the one named (case-insensitive), else the strongest writer not yet asked
 * (no `asked` date, or one still in the future), else the strongest overall. Null when the profile
 * lists no writers. A name that matches nobody is the member's input error and lists the writers.
 */
/**
 * The writer a typed name means: the exact name (any case), else the one writer whose name
 * contains every word typed ("aslam" → "Prof. Aslam"). Several or none: undefined.
 */
export function matchWriter(letters: readonly Letter[], typed: string): Letter | undefined {
  const wanted = typed.trim().toLowerCase();
  if (!wanted) return undefined;
  const exact = letters.find((l) => l.writer.trim().toLowerCase() === wanted);
  if (exact) return exact;
  const words = wanted.split(/[\s.,]+/).filter((w) => w.length >= 2);
  if (!words.length) return undefined;
  const partial = letters.filter((l) => {
    const name = l.writer.toLowerCase();
    return words.every((w) => name.includes(w));
  });
  return partial.length === 1 ? partial[0] : undefined;
}

export function chooseWriter(given: Profile, today: string, name?: string): Letter | null {
  const profile = letterTiming(given, today).profile;
  const letters = profile.letters ?? [];
  if (name !== undefined) {
    const hit = matchWriter(letters, name);
    if (hit) return hit;
    throw new UserError(
      letters.length
        ? `--writer: "${name}" is not one of your letter writers (${letters.map((l) => l.writer).join(', ')})`
        : `--writer: "${name}" cannot be used: your profile lists no letter writers (add them under "letters")`,
    );
  }
  if (!letters.length) return null;
  // Same order as rankWriters (score, then the member's order), kept as Letter objects.
  // A writer who died, is gravely ill or cannot be reached gets no email by default (judge of p424).
  const ranked = letters
    .filter((l) => !writerUnavailable(l, profile))
    .map((l, i) => ({ l, i, score: writerStrength(l, profile, today).score }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.l);
  // The writers the plan keeps come first: a writer the report says to replace (or keep only as a
  // backup) gets no email by default, neither a request nor a follow-up.
  const kept = new Set(planLetterSlots(profile, today).slots.flatMap((s) => (s.writer ? [s.writer] : [])));
  // A weak writer (never watched the member work) is one the review says to replace even when it
  // fills a slot for now: the writers to keep come before it.
  const pool = ranked.filter((l) => kept.has(l.writer));
  const strong = pool.filter((l) => !isWeakWriter(l));
  const season = (l: Letter) => askSeason(l, profile, today);
  // Once the season's applications are in, what helps is a thank-you to a writer asked for it; a
  // request now could only be for a next season the member may not enter.
  if (seasonClosed(profile, today)) {
    const thanked = (l: Letter) => season(l) === 'closed' || season(l) === 'received';
    const thank = strong.find(thanked) ?? pool.find(thanked);
    if (thank) return thank;
  }
  // A request to the strongest kept writer not asked for this season (an earlier season's ask
  // counts as not asked) comes before any follow-up: the plan tells the member to ask that writer
  // now, and a follow-up can wait a day while a missing ask cannot (a judge found a follow-up
  // drafted for one writer while the plan's "ask now" writer got nothing). A weak writer the plan
  // keeps is asked only when no stronger kept writer is still to ask.
  const toAsk = (group: Letter[]) =>
    group.find((l) => ['not-asked', 'planned', 'earlier', 'unanswered'].includes(season(l)));
  // A kept writer planned for a day too close to the deadline is the one the plan says to ask now
  // (lor-steps): the email drafts that ask first, whatever the writer's strength.
  const deadline = profile.deadline;
  const askNow = pool.find(
    (l) =>
      season(l) === 'planned' &&
      deadline !== undefined &&
      deadline >= today &&
      daysBetween(l.asked!, deadline) < LETTER_RULES.lateAskDays,
  );
  const ask = askNow ?? toAsk(strong) ?? toAsk(pool);
  if (ask) return ask;
  // A writer who asked the member for a draft is waiting for the member's answer: that follow-up,
  // which answers it (lor-draft-request.ts), comes before any other.
  const waiting = pool.find((l) => ['current', 'in-season'].includes(season(l)) && draftRequestBy(l, profile, today));
  if (waiting) return waiting;
  for (const group of [strong, pool, ranked]) {
    // ...else a follow-up where it is most urgent: the latest ask, with the least time left.
    const current = group.filter((l) => season(l) === 'current');
    if (current.length) return [...current].sort((a, b) => (b.asked ?? '').localeCompare(a.asked ?? ''))[0]!;
  }
  const unkept = toAsk(ranked);
  if (unkept) return unkept;
  return pool[0] ?? ranked[0] ?? null;
}

/** EHR systems members name, lower-cased, with the spelling an email uses. */
const EHR_CANON: Record<string, string> = {
  epic: 'Epic',
  cerner: 'Cerner',
  'oracle health': 'Oracle Health',
  meditech: 'MEDITECH',
  allscripts: 'Allscripts',
  athena: 'athenahealth',
  athenahealth: 'athenahealth',
  eclinicalworks: 'eClinicalWorks',
  nextgen: 'NextGen',
  vista: 'VistA',
  cprs: 'CPRS',
  essentris: 'Essentris',
};
/** A system named anywhere in the member's EHR note, from the names above. */
const EHR_NAMES = new RegExp(`\\b(?:${Object.keys(EHR_CANON).join('|')})\\b`, 'i');
/** An EHR note that says the member only looked ("view only", "read-only access", "not hands-on"). */
const VIEW_ONLY =
  /\b(?:view|read)[- ]only\b|\bnot hands[- ]on\b|\bno (?:order(?:ing)?|write|edit|documentation) (?:access|rights)\b|\bobserv(?:ed|ing|er)\b|\bwatch(?:ed|ing)?\b/i;

/**
 * How the member's US EHR experience may be named without overclaiming: "working with Epic" only
 * when they used it hands-on; "seeing Epic in use" when they only watched (an observership). The
 * profile does not say which rotation a writer supervised, so an EHR is named only when it is the
 * same in every US entry of that kind: a member with a Cerner externship and an Epic residency
 * must not tell the residency attending they "worked with Cerner" together.
 */
export function usEhrPhrase(profile: Profile): { email: string; prompt: string } | undefined {
  const usce = profile.usce ?? [];
  // The member's own note is not pasted into an email: "epic (view only) - not hands-on" names Epic,
  // seen and not used (newcomer trial 14 found "including working with epic (view only) - not
  // hands-on" in a letter request). A note that names no system we know is used as written only
  // when it is short and plain.
  const nameOf = (text: string | undefined): string | undefined => {
    if (!text) return undefined;
    const known = EHR_NAMES.exec(text)?.[0];
    if (known) return EHR_CANON[known.toLowerCase().replace(/\s+/g, ' ')] ?? known;
    return /^[\w .&-]{2,30}$/.test(text.trim()) && text.trim().split(/\s+/).length <= 3 ? text.trim() : undefined;
  };
  const one = (xs: typeof usce) => {
    const named = xs.map((u) => nameOf(givenText(u.ehr)));
    const names = new Set(named);
    return names.size === 1 && named[0] !== undefined ? named[0] : undefined;
  };
  const handsOn = usce.filter((u) => u.handsOn === true && !VIEW_ONLY.test(givenText(u.ehr) ?? ''));
  const used = handsOn.length ? one(handsOn) : undefined;
  if (used) return { email: `, including working with ${used}`, prompt: ` (including ${used})` };
  if (handsOn.length) return undefined;
  const seen = usce.length ? one(usce) : undefined;
  if (seen) return { email: `, including seeing ${seen} in use`, prompt: ` (including what you saw of ${seen})` };
  return undefined;
}

/**
 * True when the member already trained in a US residency: their writers saw them work in US
 * workflows, not "adapt" to them.
 */
export function trainedInUs(profile: Profile, today: string): boolean {
  return (readResidencies(profile, today) ?? []).some((r) => isUsResidency(r.residency) && r.months >= 12);
}

/**
 * Exam attempts worth talking a writer through: every failure except OET attempts followed by an
 * OET pass (a pass/fail English requirement met; knowledge/red-flags.md#low-scores).
 */
/**
 * "my Step 3 attempt" (one failed try, nothing after it) or "my Step 1 and Step 3 attempts": the
 * member's record in words, never more attempts than they made.
 */
export function examAttemptsPhrase(histories: readonly ExamHistory[]): string {
  const names = histories.map((h) => EXAM_LABEL[h.exam]).join(' and ');
  const one = histories.length === 1 && histories[0]!.attempts.length === 1;
  return `${names} ${one ? 'attempt' : 'attempts'}`;
}

export function talkThroughExams(profile: Profile): ExamHistory[] {
  return examHistory(profile).filter((h) => h.failures > 0 && !(h.exam === 'oet' && h.passed));
}

/** Letters after a name: degrees, licences and certifications ("RN", "PhD", "CPHIMS"). */
const CREDENTIAL =
  /^(?:rn|bsn|msn|dnp|np|aprn|crna|pa|pa-c|phd|mba|mph|mha|mhi|ms|msc|ma|bs|bsc|md|do|mbbs|mrcp|frcs|facp|frcp|frcpc|cphims|cahims|pmp|faan|pharmd|rph|cpa)$/i;

/**
 * The writer's name as a member typed it, without what follows it: a role after a comma
 * ("Dr. Arjun Rao, CMIO", "Linda Chavez, analytics manager") or credentials ("Maria Santos RN").
 * "Dear Maria Santos RN," reads as a form letter. A comma after a single word ("Smith, John") is
 * a surname first, kept.
 */
function bareName(writer: string): string {
  // A remark in brackets after the name ("Dr. Emily Chen (PhD)", "(my PI)") is not part of it.
  const plain = writer.replace(/(?:\s*\([^()]*\))+\s*$/, '').trim() || writer.trim();
  const [head = '', ...rest] = plain.split(',');
  const name = rest.length && head.trim().split(/\s+/).length >= 2 ? head.trim() : plain;
  const parts = name.split(/\s+/);
  while (parts.length > 2 && CREDENTIAL.test((parts.at(-1) ?? '').replace(/[.,]/g, ''))) parts.pop();
  return parts.join(' ');
}

const VIETNAMESE_FAMILY =
  /^(?:nguy[eễ]n|tr[aầ]n|l[eê]|ph[aạ]m|ho[aà]ng|hu[yỳ]nh|phan|v[uũ]|v[oõ]|[dđ][aặ]ng|b[uù]i|[dđ][oỗ]|h[oồ]|ng[oô]|d[uư][oơ]ng|l[yý])$/i;

/** A remark that the family name comes first: "(family name first)", "(surname written first)". */
const FAMILY_FIRST_REMARK =
  /\((?:[^()]*\s)?(?:family|sur|last)[ -]?names? (?:is |comes |written |goes )?first\b[^()]*\)/i;
/** A remark that names the family name: "(family name: Ling)", "(surname Lim)". */
const FAMILY_NAMED_REMARK =
  /\((?:[^()]*\s)?(?:family|sur|last)[ -]?name\s*(?:is\s+|:\s*|=\s*|\s)([\p{L}'’-]+)[^()]*\)/iu;
/** A given name of two short syllables joined by a hyphen ("Hui-Ling", "Jae-Won"): East Asian order. */
const SYLLABLE_GIVEN = /^\p{Lu}\p{Ll}{1,3}-\p{L}\p{Ll}{1,3}$/u;

const capitalised = (n: string): string => n.charAt(0).toUpperCase() + n.slice(1).toLowerCase();

/** One title a greeting uses as written ("Dr.", "Prof", "Ms."). */
const TITLE_WORD = /^(?:dr|prof|professor|mr|mrs|ms|mx|miss)\.?$/i;

/**
 * How to greet a writer: "Dr. Bell" for "Dr. Marcus Bell" (title and surname, the way a letter
 * request opens), keeping particles ("Dr. de la Cruz"). Without a title, the name as listed, less
 * a role or credentials after it.
 *
 * Which part is the family name is not always knowable: "Dr. Lim Hui Ling" (Singapore) puts it
 * first, and "Dear Dr. Ling" greets her by a given name. What the member marks wins: a remark in
 * brackets ("family name first", "surname: Lim") or a family name written in capitals ("Dr. LIM
 * Hui Ling"). Unmarked, a name whose order is unclear (three or more parts with no particle, or a
 * hyphenated two-syllable given name last) is greeted in full as written, "Dear Dr. Lim Hui Ling":
 * formal, but never the wrong name.
 */
export function salutationName(writer: string): string {
  const parts = bareName(writer).split(/\s+/);
  // Stacked titles ("Prof. Dr. med. Klaus Weber", "PD Dr. Anna Roth", "Dr. (Mrs.) Anjali Rao"):
  // read by what each part means, and greeted with the one title a letter uses.
  const stack = titleStack(parts);
  if (stack) return greetByName(stack.title, stack.names, writer);
  const title = parts[0] ?? '';
  const titled = TITLE_WORD.test(title);
  if (parts.length < 3 || !titled) return parts.join(' ');
  return greetByName(title, parts.slice(1), writer);
}

/**
 * How a request greets a writer: the name's own title when it has one; a physician named without
 * one is greeted as a doctor by family name ("Susan Park", a CMIO: "Dr. Park"), as a request to a
 * physician would be written, never by full name (newcomer trial 15). A writer not known to be a
 * physician keeps the full name: a title the bot cannot know is not guessed.
 */
export function greetingName(
  w: Pick<Letter, 'writer' | 'physician'> & Partial<Pick<Letter, 'language' | 'setting'>>,
): string {
  const full = familyFirstGreeting(w);
  if (full) return full;
  const plain = salutationName(w.writer);
  const parts = plain.split(/\s+/);
  const titled = TITLE_WORD.test(parts[0] ?? '') || /^(?:sir|dame)$/i.test(parts[0] ?? '');
  if (titled || w.physician !== true || parts.length < 2) return plain;
  // What the member typed beside the name may say otherwise ("Maria Santos RN", "Linda Chavez,
  // analytics manager"): then the full name, as for any writer not known to be a physician.
  if (NOT_PHYSICIAN.test(w.writer)) return plain;
  return greetByName('Dr.', parts, w.writer);
}

/**
 * Languages whose names are written family name first (Chinese, Japanese, Korean, Vietnamese,
 * Hungarian), as ISO codes or names. A letter in one of them comes from a writer whose name the
 * member may have typed in either order ("Prof. Li Ming": Li is the family name), so picking the
 * last word as the family name can greet the writer by the given name (a judge found "Dear Prof.
 * Ming"). Unless the member's remark says which is the family name, such a writer is greeted by the
 * title and the full name, which is correct in either order.
 */
const FAMILY_FIRST_LANGUAGE =
  /^(?:zh|ja|ko|vi|hu|chinese|mandarin|cantonese|japanese|korean|vietnamese|hungarian)(?:$|[-_\s])/i;

function familyFirstGreeting(
  w: Pick<Letter, 'writer' | 'physician'> & Partial<Pick<Letter, 'language' | 'setting'>>,
): string | undefined {
  if (!w.language || !FAMILY_FIRST_LANGUAGE.test(w.language.trim())) return undefined;
  // The member said which is the family name: the ordinary reading follows that remark.
  if (FAMILY_NAMED_REMARK.test(w.writer) || FAMILY_FIRST_REMARK.test(w.writer)) return undefined;
  const parts = bareName(w.writer).split(/\s+/);
  const stack = titleStack(parts);
  const titled = TITLE_WORD.test(parts[0] ?? '');
  const title =
    stack?.title ?? (titled ? parts[0]! : w.physician === true && !NOT_PHYSICIAN.test(w.writer) ? 'Dr.' : '');
  const names = stack?.names ?? (titled ? parts.slice(1) : parts);
  if (names.length < 2) return undefined;
  return `${title ? `${title} ` : ''}${names.join(' ')}`;
}

/** Credentials and job words beside a name that say its bearer is not (only) a physician. */
const NOT_PHYSICIAN =
  /\b(?:RN|BSN|MSN|NP|APRN|CRNA|PA-?C?|PharmD|RPh|PhD|MBA|MPH|MHA|MSc?|BSc|nurse|manager|analyst|coordinator|administrator|engineer|developer|pharmacist|librarian|scientist|professor|lecturer)\b/i;

/** Each kind of word a title stack is made of, written without dots, hyphens or brackets. */
// With the Spanish, Portuguese, Italian and French forms members type ("Dra. Laura Jiménez", "Dott.ssa
// Bianchi", "Profa. Ana Lima", "Dre Tremblay"): the request is in English, so they are greeted "Dr." or
// "Prof." (a judge found "Dear Dr. Dra. Laura Jimenez").
const PROFESSOR_WORDS = new Set([
  'prof',
  'professor',
  'univprof',
  'aplprof',
  'oprof',
  'aoprof',
  'profdr',
  'profa',
  'profª',
  'profesor',
  'profesora',
  'professora',
  'professore',
  'professoressa',
  'profssa',
]);
const DOCTOR_WORDS = new Set([
  'dr',
  'doctor',
  'drs',
  'pd',
  'privdoz',
  'doz',
  'dozent',
  'dra',
  'drª',
  'doctora',
  'doutor',
  'doutora',
  'dott',
  'dottssa',
  'dottoressa',
  'dottore',
  'dre',
]);
/** Parts that only qualify a title: a degree's field ("med.", "rer. nat."), its rank ("Assoc."), an honour. */
const QUALIFIER_WORDS = new Set([
  'med',
  'dent',
  'vet',
  'habil',
  'rer',
  'nat',
  'phil',
  'univ',
  'ing',
  'sc',
  'hc',
  'mult',
  'assoc',
  'associate',
  'asst',
  'assistant',
  'adj',
  'adjunct',
  'apl',
  'em',
  'emer',
  'emeritus',
  'emerita',
]);
/** The qualifiers that name a degree's field, always in lower case in a German or Austrian title. */
const DEGREE_FIELDS = new Set(['med', 'dent', 'vet', 'habil', 'rer', 'nat', 'phil', 'univ', 'ing', 'sc', 'hc', 'mult']);
const COURTESY_WORDS = new Set(['mr', 'mrs', 'ms', 'mx', 'miss']);

/**
 * The title stack at the start of a writer's name, when it is more than one plain title: the
 * greeting's title (Prof. when any part makes them a professor, else Dr. for a doctorate or a German
 * PD, else the courtesy title typed) and the name after the stack. A "Dr.med." written as one word is
 * read in its parts. Undefined for a single plain title ("Dr. Marcus Bell"), which keeps its reading.
 */
function titleStack(parts: readonly string[]): { title: string; names: string[] } | undefined {
  const kinds: ('prof' | 'dr' | 'qual' | 'courtesy')[] = [];
  let courtesy = '';
  let i = 0;
  for (; i < parts.length - 1; i++) {
    const t = parts[i]!.toLowerCase().replace(/[.()\-]/g, '');
    const inParts = parts[i]!.toLowerCase()
      .split(/[.\-()]+/)
      .filter(Boolean);
    if (PROFESSOR_WORDS.has(t)) kinds.push('prof');
    else if (DOCTOR_WORDS.has(t)) kinds.push('dr');
    // A degree's field is written in lower case ("Dr. med."): "Med" with a capital is a name (Med Ali).
    else if (QUALIFIER_WORDS.has(t) && (DEGREE_FIELDS.has(t) ? !/\p{Lu}/u.test(parts[i]!) : true)) kinds.push('qual');
    else if (COURTESY_WORDS.has(t)) {
      kinds.push('courtesy');
      courtesy ||= parts[i]!.replace(/[()]/g, '');
    } else if (
      inParts.length > 1 &&
      inParts.every((w) => PROFESSOR_WORDS.has(w) || DOCTOR_WORDS.has(w) || QUALIFIER_WORDS.has(w))
    ) {
      kinds.push(inParts.some((w) => PROFESSOR_WORDS.has(w)) ? 'prof' : 'dr');
    } else break;
  }
  const names = parts.slice(i);
  // "Dr. Marcus Bell", "Prof. Ana Ruiz": one plain title, read as before.
  const plain = kinds.length === 1 && TITLE_WORD.test(parts[0] ?? '');
  if (!kinds.length || plain) return undefined;
  if (!names.length) return undefined;
  const title = kinds.includes('prof')
    ? 'Prof.'
    : kinds.includes('dr')
      ? 'Dr.'
      : courtesy
        ? /\.$/.test(courtesy) || /^miss$/i.test(courtesy)
          ? courtesy
          : `${courtesy}.`
        : '';
  return title ? { title, names } : undefined;
}

/** The greeting for a title and the name after it: title and family name, read by the rules below. */
function greetByName(title: string, names: readonly string[], writer: string): string {
  if (names.length < 2) return `${title} ${names.join(' ')}`;
  const named = FAMILY_NAMED_REMARK.exec(writer)?.[1];
  if (named && names.some((n) => n.toLowerCase() === named.toLowerCase())) return `${title} ${capitalised(named)}`;
  if (FAMILY_FIRST_REMARK.test(writer)) return `${title} ${names[0]}`;
  const upper = names.filter((n) => /^\p{Lu}{2,}$/u.test(n));
  if (upper.length === 1 && upper.length < names.length) return `${title} ${capitalised(upper[0]!)}`;
  // Vietnamese names put the family name first ("Nguyen Van An": Prof. Nguyen); "Van" or "Thi"
  // right after a common family name marks that order, and is not the Dutch particle.
  if (names.length >= 3 && VIETNAMESE_FAMILY.test(names[0] ?? '') && /^(?:van|văn|thi|thị)$/i.test(names[1] ?? '')) {
    return `${title} ${names[0]}`;
  }
  const particle = names.findIndex(
    (n, i) => i > 0 && /^(?:de|da|del|della|di|du|van|von|der|den|le|la|al|el|bin|ben|ibn|dos|das)$/i.test(n),
  );
  if (particle > 0) return `${title} ${names.slice(particle).join(' ')}`;
  if (names.length >= 3 || SYLLABLE_GIVEN.test(names.at(-1) ?? '')) return `${title} ${names.join(' ')}`;
  return `${title} ${names.at(-1)}`;
}

/** Words too common to tie an informatics item to a timeline entry ("lead", "of", "the"). */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  'and',
  'the',
  'for',
  'with',
  'from',
  'part',
  'time',
  'full',
  'lead',
  'work',
  'project',
  'team',
  // The field's own words name half of any member's entries, so they tie nothing on their own.
  'clinical',
  'medical',
  'medicine',
  'physician',
  'research',
  'informatics',
  'health',
  'hospital',
  'data',
]);

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      // "readmissions" in the timeline names the "readmission" model in the list.
      .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
      .filter((w) => w.length >= 3 && !COMMON_WORDS.has(w)),
  );
}

/**
 * The timeline entry that describes an informatics item: the one sharing the most content words
 * with its title: at least two, or one long, distinctive word ("readmission", "builder").
 * Undefined when no entry names it.
 */
function entryFor(profile: Profile, item: InformaticsItem): NonNullable<Profile['timeline']>[number] | undefined {
  const title = contentWords(item.title);
  let best: { n: number; e: NonNullable<Profile['timeline']>[number] } | undefined;
  for (const e of profile.timeline ?? []) {
    const words = contentWords(e.note ?? '');
    const shared = [...title].filter((w) => words.has(w));
    const n = shared.length;
    const enough = n >= 2 || (n === 1 && (title.size === 1 || shared[0]!.length >= 7));
    if (enough && (!best || n > best.n)) best = { n, e };
  }
  return best?.e;
}

/**
 * The member's hands-on informatics item that the profile ties to this writer: its timeline entry
 * was under way in the year the writer last worked with the member (and, for a writer abroad, was
 * not US clinical time). Only such an item may be called "our work together"; a Beirut go-live is
 * not what a Boston research supervisor saw, whatever its place in the member's list. Undefined
 * when no item is tied: the draft then names the work without claiming the writer saw it.
 */
export function informaticsSeenBy(profile: Profile, w: Letter, today: string): InformaticsItem | undefined {
  // An item whose title names this writer ("EHR committee (with the CMIO)", "… with Dr. Goldberg") is
  // their shared work, whatever the timeline says (newcomer trial 20: the CMIO's committee was skipped).
  const named = handsOnInformatics(profile).find((item) => namesWriter(item.title, w));
  if (named) return named;
  const span = (e: TimelineEntry): [number, number] => [
    Number(e.from.slice(0, 4)),
    e.to === 'present' ? Number(today.slice(0, 4)) : Number(e.to.slice(0, 4)),
  ];
  return handsOnInformatics(profile).find((item) => {
    // A research supervisor's entry says they supervised research: a job is not what it names.
    if (w.role === 'research-supervisor' && item.kind === 'job') return false;
    const e = entryFor(profile, item);
    if (!e) return false;
    const [from, to] = span(e);
    if (w.year < from || w.year > to) return false;
    if (w.setting === 'abroad' && e.activity === 'us-clinical') return false;
    // In a year the member moved from one entry to another (this entry starts the year another
    // ends, or ends the year another starts), the writer's year cannot say which of the two they
    // saw: claim neither (a 2023 research supervisor of a degree ending in 2023 is not the
    // supervisor of the job that began that autumn). Entries running side by side, or one kind of
    // work going on under a new entry, are no move.
    const ended = (t: TimelineEntry) => (t.to === 'present' ? undefined : Number(t.to.slice(0, 4)));
    // Unless the writer's role fits this entry better than the other (a US research supervisor in
    // the year a research post gave way to an externship saw the research).
    const moved = (profile.timeline ?? []).some(
      (t) =>
        t !== e &&
        t.activity !== e.activity &&
        ((w.year === from && ended(t) === w.year) || (w.year === ended(e) && Number(t.from.slice(0, 4)) === w.year)) &&
        !(roleFits(w.role, e.activity) && !roleFits(w.role, t.activity)),
    );
    return !moved;
  });
}

type TimelineEntry = NonNullable<Profile['timeline']>[number];

/** Words for a writer's role as a member writes them in an item's title. */
const ROLE_IN_TITLE: Partial<Record<Letter['role'], RegExp>> = {
  cmio: /\b(?:CMIO|chief\s+medical\s+information\s+officer)\b/i,
  'program-director': /\b(?:PD|program\s+director)\b/,
  'qi-lead': /\b(?:QI|quality)\s+lead\b/i,
  'informatics-faculty': /\binformatics\s+(?:faculty|mentor|attending)\b/i,
  'department-chair': /\b(?:department\s+)?chair\b/i,
};

/** An item's title names the writer: by surname, or by a role no other writer of the profile shares. */
export function namesWriter(title: string, w: Letter): boolean {
  const surname =
    w.writer
      .replace(/\([^)]*\)/g, ' ')
      .trim()
      .split(/\s+/)
      .pop() ?? '';
  if (surname.length > 2 && new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(title))
    return true;
  return ROLE_IN_TITLE[w.role]?.test(title) ?? false;
}

/** The timeline activities a writer in this role would have watched (none known for the rest). */
const ROLE_SAW: Partial<Record<Letter['role'], readonly TimelineEntry['activity'][]>> = {
  'research-supervisor': ['research', 'education'],
  'qi-lead': ['clinical', 'us-clinical', 'informatics'],
  cmio: ['informatics', 'clinical', 'us-clinical'],
  'informatics-faculty': ['informatics', 'education', 'research'],
  'non-physician-supervisor': ['informatics'],
};

function roleFits(role: Letter['role'], activity: TimelineEntry['activity']): boolean {
  return ROLE_SAW[role]?.includes(activity) ?? false;
}

/**
 * Hands-on US clinical time: a hands-on usce entry, a US residency or a US clinical timeline entry.
 * Without it the member never worked in US clinical workflows, so a draft must not say they
 * "adapted" to them (an observership or a US research or informatics job is not that).
 */
export function handsOnUsClinical(profile: Profile, today: string): boolean {
  return handsOnUsce(profile, today).months > 0 || (profile.timeline ?? []).some((t) => t.activity === 'us-clinical');
}
