/**
 * Situations whose curated answer must win over anything that merely shares their words (newcomer
 * trial 17). Each detector reads what the member tells or asks, not one wording:
 * - permanent residence of a country other than the US (a Canadian PR card, UK indefinite leave to
 *   remain, Australian PR): never the green card's "no visa needed"; the visa, TN status, which
 *   country writes the Statement of Need, or whether that residence survives US training;
 * - TN status (USMCA/NAFTA) asked for training, whoever asks;
 * - calling a foreign specialist title "board certified" on an application;
 * - an age limit; Step 3 sat from outside the US; matching in both matches in one season;
 * - years away from patient care asked about for a residency, not a fellowship.
 * `pinnedEntry` names the curated answer (knowledge/faq.yaml) that answers; `foreignStatusLoss`
 * says when the part asked is the other country's own immigration rule, which the guides leave to
 * that country.
 */
import type { SearchOutcome } from './retrieval.js';
import { normalizeText } from './text.js';
import { step3WhereAsked, TRIAL18_ENTRIES, trial18Entry } from './trial18-situations.js';
import { pendingPermitStartAsked, TRIAL19_ENTRIES, trial19EntryFits, trial19Pinned } from './trial19-situations.js';
import { TRIAL20_ENTRIES, trial20Entry } from './trial20-situations.js';

/** Countries other than the US whose permanent residence members hold, and their adjectives. */
const ELSEWHERE =
  'canada|canadian|uk|united kingdom|britain|british|england|ireland|irish|australia|australian|new zealand|nz|germany|german|europe|european|eu|uae|emirates|saudi|qatar|singapore|another country|a country other than \\w+|other country';
const PR = String.raw`(?:pr|permanent resid\w*|pr card|pr status|permanent resident card|landed immigrant\w*)`;
const FOREIGN_PR = new RegExp(
  [
    String.raw`\b(?:${ELSEWHERE})(?: \w+)? ${PR}\b`,
    String.raw`\b${PR}(?: status| card)? (?:of|in|from|for) (?:the )?(?:${ELSEWHERE})\b`,
    String.raw`\b(?:live|living|lives|settled|reside|residing|based) in (?:${ELSEWHERE})\b(?: \w+){0,3} (?:as|with) (?:a |an )?${PR}\b`,
    String.raw`\b(?:ilr|indefinite leave to remain|settled status|landed immigrant)\b`,
  ].join('|'),
);
/** Permanent residence told as US ("US PR", "green card"): not the case these answers are for. */
const US_PR = /\b(?:usa?|american|united states) (?:pr|permanent resid\w*)\b|\bgreen card\b/;

/** The member tells permanent residence of a country other than the US. */
export function foreignPermanentResidence(question: string): boolean {
  const t = normalizeText(question);
  return FOREIGN_PR.test(t) && !(US_PR.test(t) && !/\b(?:not|no|isnt|is not|instead of|rather than)\b(?: \w+){0,3} (?:a )?(?:us |usa )?(?:green card|permanent)/.test(t));
}

/** A relative's or friend's residence: their own visa or travel, not the member's training. */
const RELATIVE_HOLDS = /\b(?:my|our|his|her) (?:wife|husband|spouse|partner|mother|mom|father|dad|parents?|brother|sister|son|daughter|kids?|children|friend|fiance\w*)\b(?: [\w']+){0,3} (?:has|have|holds?|is|are|got|with)\b/;
const TRAINING = /\b(?:residenc\w*|fellowships?|training|train|match\w*|programs?|gme|internship|pgy\d?)\b/;
const TN = /\b(?:tn (?:visa|status|category|physician)|on (?:a )?tn\b|(?:use|get|apply for|through|via|with) (?:a )?tn\b|nafta|usmca|cusma)\b/;
const SON_OR_HOME = /\b(?:statement of need|son|home (?:country )?(?:rule|requirement|residence)|two year (?:home|rule)|2 year (?:home|rule)|212 ?e|which country)\b/;
const KEEPS_STATUS =
  /\b(?:lose|losing|lost|keep|keeping|maintain\w*|affect\w*|cost\w*|risk\w*|jeopardi[sz]\w*|renew\w*|revoked?|cancel\w*|give up)\b(?: [\w']+){0,4} (?:my |the |our )?(?:\w+ )?(?:pr|permanent resid\w*|pr card|pr status|residency obligation)\b|\b(?:pr|permanent resid\w*|pr card|pr status)\b(?: \w+){0,3} (?:at risk|be (?:lost|cancelled|revoked|affected|taken away)|expire\w*)\b|\b(?:residency obligation|730 days)\b/;
const VISA_ASKED =
  /\b(?:visas?|sponsor\w*|status|count\w*|j1|h1b|need (?:a |any )?visa|without (?:a |any )?visa|no visa|work permit|allowed to (?:work|train)|same as (?:a )?(?:green card|permanent)|enough)\b/;

/** Which country's rule the part asked falls under, when it is that country's own immigration rule. */
export function foreignStatusLoss(question: string): boolean {
  const t = normalizeText(question);
  return foreignPermanentResidence(question) && !RELATIVE_HOLDS.test(t) && KEEPS_STATUS.test(t) && !SON_OR_HOME.test(t);
}

/** What the guides leave to the other country, said in a decline ("The guides don't cover …"). */
export const FOREIGN_STATUS_WHAT =
  "another country's immigration rules, such as whether years of US training put your permanent residence there at risk: ask that country's immigration authority (for Canada, Immigration, Refugees and Citizenship Canada, IRCC) or an immigration lawyer there before you commit to a US program";

const AGE_ASKED =
  /\b(?:age limit|age limits|age cut ?off|age restriction|maximum age|upper age|age bar|age requirement|how old is too old|(?:am i|i am|i m|im) (?:\w+ )?too old|\d{2} (?:years old |yrs old |yo )?(?:is )?too old|too old to (?:start|begin|apply|do|join|match)|too old (?:at|for) (?:\d+|residency|us|usa|the match|a residency|fellowship))\b/;
const STEP3_ABROAD =
  /\b(?:take|give|sit|write|do|book|schedule|taking|giving|sitting|writing|doing)\b(?: \w+){0,2} step ?3\b(?: \w+){0,3} (?:from (?!(?:the )?(?:usa|us|united states|america)\b)[a-z]+|outside|abroad|at home|in (?:india|pakistan|egypt|nigeria|bangladesh|my (?:home )?country|another country|canada|the uk|uk|australia|the gulf|dubai|europe))\b|\bwhere (?:is|can i (?:take|give|sit|write)|do i (?:take|give|sit|write)|to (?:take|give|sit|write)) step ?3\b|\bstep ?3 (?:test )?(?:cent(?:er|re)s?|locations?|outside|abroad|only in)\b|\b(?:travel\w*|fly|flying|go|come)\b(?: \w+){0,4} (?:for|to (?:take|give|sit|write|do)) step ?3\b/;
/**
 * Where Step 3 is taken, asked in any order and words (round ask66: "step 3 i can give in cairo
 * prometric like step 1? or must travel" was declined as another country's exam system): Step 3
 * named with a test centre or Prometric, with being abroad or at home, with having to travel or
 * fly to the US for it, or with a place the sitting is done in ("give it in Cairo", "can Step 3 be
 * taken in Egypt"). A place told only as where the member lives, beside another question ("I'm in
 * Lagos, when should I take Step 3 for the H-1B?"), is not tied to the sitting and is left alone.
 */
const STEP3_WORD = String.raw`\bstep ?(?:3|three|iii)\b`;
const TEST_PLACE = String.raw`(?:prometric|test(?:ing)? (?:cent(?:er|re)s?|sites?|locations?)|exam (?:cent(?:er|re)s?|sites?|locations?)|cent(?:er|re)s?|abroad|overseas|outside (?:the )?(?:us|usa|states|america|united states|country)|(?:my |our )?home country|my country|back home|locally|in person (?:only )?in (?:the )?(?:us|usa|states))`;
const TO_THE_US = String.raw`(?:to|into|in) (?:the )?(?:us|usa|america|states|united states)\b`;
const TRAVEL_FOR_IT = String.raw`\b(?:travel\w*|fly|flying|fly in|go|come|visit)\b(?: \w+){0,2} ${TO_THE_US}|\b(?:must|have to|need to|should|do i|will i) (?:\w+ )?(?:travel|fly)\b`;
const SIT = String.raw`(?:take|taken|taking|give|given|giving|sit|sat|sitting|write|written|writing|do|done|doing|book|booked|booking|schedule|scheduled|attempt|appear|test)`;
/** Words after "in"/"from"/"at" that say when, not where ("in my PGY-2", "in June", "in 2027"). */
const NOT_A_PLACE = String.raw`(?:the )?(?:us|usa|america|states|united states|residency|pgy\w*|intern\w*|fellowship|year|years|months?|weeks?|days?|time|advance|person|parallel|between|order|total|general|case|fact|future|meantime|(?:first|second|third|final|last|same|next|this|that|my|our|a|one|two|\d+)\b.*|(?:19|20)\d\d|\d+|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|spring|summer|fall|autumn|winter|time|once|all|any|it|step)\b`;
const STEP3_PLACE = new RegExp(
  [
    String.raw`${STEP3_WORD}[^.?!]{0,50}\b${TEST_PLACE}\b`,
    String.raw`\b${TEST_PLACE}\b[^.?!]{0,50}${STEP3_WORD}`,
    String.raw`${STEP3_WORD}[^.?!]{0,60}(?:${TRAVEL_FOR_IT})`,
    String.raw`(?:${TRAVEL_FOR_IT})[^.?!]{0,40}${STEP3_WORD}`,
    String.raw`${STEP3_WORD}(?: \w+){0,3} ${SIT} (?:it |the exam |the test )?(?:in|from|at) (?!${NOT_A_PLACE})[a-z]+`,
    String.raw`\b${SIT}(?: \w+){0,2} ${STEP3_WORD.slice(2)}(?: \w+){0,1} (?:in|from|at) (?!${NOT_A_PLACE})[a-z]+`,
  ].join('|'),
);
/** Step 3 asked about where it is sat (not when, or for which visa). */
export function step3PlaceAsked(t: string): boolean {
  return STEP3_PLACE.test(t);
}
const BOTH_MATCHES =
  /\b(?:match|matched|matching|get) (?:in |into |to )?both\b|\b(?:apply\w*|register\w*|enter\w*|join\w*|tak\w+ part|participat\w*) (?:in |to |for )?both (?:matches|the nrmp and|the amia and|nrmp and|amia and)\b/;
/**
 * A residency and a fellowship in one season: only when applying or matching is what is done in
 * it. Training in both at once ("do the CI fellowship while doing residency, same time?") is the
 * fellowship's eligibility, not two matches.
 */
const SAME_SEASON =
  /\b(?:nrmp|residency)\b.{0,60}\b(?:amia|fellowship)\b.{0,40}\bsame (?:year|season|cycle|time)\b|\b(?:amia|fellowship)\b.{0,60}\b(?:nrmp|residency)\b.{0,40}\bsame (?:year|season|cycle|time)\b/;
const APPLYING = /\b(?:appl(?:y|ying|ied|ication|ications)|match\w*|register\w*|enter\w*|rank\w*|interview\w*|eras)\b/;
const FOREIGN_TITLE = /\b(?:fcps|mrcp|frcs|frcp|mrcs|dnb|mrcog|frcpc|md from|ms from|my country|home country|back home|foreign|abroad|overseas|pakistan|india|egypt|nigeria|national board|specialist (?:title|degree|qualification|diploma))\b/;
const CALLS_CERTIFIED =
  /\b(?:say|call|write|put|list|claim|mention|describe|present|state|tick|check|mark)\b(?: [\w']+){0,6} board[ -](?:certified|certification)\b|\bboard[ -]certified (?:internist|physician|specialist|doctor)\b.{0,60}\b(?:eras|cv|application|resume)\b/;
const AWAY_FROM_PATIENTS =
  /\b(?:gap|away|absence|break|time off|out)\b(?: \w+){0,2} (?:from|of) (?:clinical|patient|practice|medicine|clinic)\w*|\b(?:not|havent|have not|no|stopped|without)\b(?: \w+){0,2} (?:practi[cs]\w*|seen patients|seeing patients|worked clinically|clinical work|clinical practice|patient care)\b/;
/** What the absence does to the member's chances, or what to do about it (not how to word it). */
const CHANCES = /\b(?:chances?|interview\w* me|realistic\w*|get in|kill\w*|hurt\w*|stop\w*|ruin\w*|hopeless|take me|accept\w*|still|matter\w*|barrier|problem|affect\w*|fix|what can i do|too long|too late)\b/;
const RESIDENCY_NAMED = /\b(?:residenc\w*|im programs?|internal medicine programs?|nrmp|categorical|prelim\w*)\b/;
const FELLOWSHIP_NAMED = /\b(?:fellowships?|informatics|ci|amia)\b/;

/** A preliminary or transitional year (or a lone intern year) the member did or is doing. */
const PRELIM_TOLD =
  /\b(?:did|done|doing|finished|completed|complete|only|just|have|had|after|one|1|my)\b(?: [\w-]+){0,4} (?:prelim\w*|preliminary|transitional|ty|intern(?:ship)? year|pgy ?1(?: year)?)\b|\b(?:prelim\w*|preliminary|transitional|ty) (?:year|spot|position|program|im|surgery|medicine)\b(?: [\w-]+){0,4} (?:done|finished|completed|only|behind me)\b/;
/** The member's only training is such a year and they ask whether it lets them into a CI fellowship. */
function prelimYearOnly(t: string): boolean {
  return (
    PRELIM_TOLD.test(t) &&
    /\b(?:fel+o\w*|amia|ci|clinical informatics|informatics)\b/.test(t) &&
    /\b(?:eligib\w*|apply\w*|applicat\w*|enough|count\w*|qualif\w*|open to|can i (?:do|go|start|join|get|enter)|allowed)\b/.test(t) &&
    !CATEGORICAL_TOLD.test(t) &&
    !/\bsoap\b/.test(t)
  );
}

/** A categorical (full) residency told as done or under way: the prelim year is then not the member's whole training. */
const CATEGORICAL_TOLD = /\b(?:categorical|finished (?:my )?residency|completed (?:my )?residency|pgy ?[2-5]|board certified|board eligible)\b/;

/**
 * One rule of the pinned answers' precedence: what it reads and the curated answer it names. A rule
 * returns the entry's id, `SETTLED` when the situation it reads means no pin at all (the search
 * below the pins decides), or undefined to let the next rule look.
 */
interface PinRule {
  /** The situation, as a short name for the list below. */
  situation: string;
  /** Why it stands where it does in the order. */
  why: string;
  pick: (t: string, question: string) => string | undefined;
}

/** A rule's verdict that no curated answer is pinned for this message, whatever later rules read. */
const SETTLED = '';

/**
 * The pinned answers' precedence, first match wins. Data, so that the order and the reason for each
 * place are read in one list rather than from the order of `if`s; `pinnedEntry` walks it.
 */
export const PIN_PRECEDENCE: readonly PinRule[] = [
  {
    situation: 'a preliminary or transitional year as all the training, a CI fellowship asked',
    why: 'first: whatever the message shares with the surgery route or the AMIA match, the answer is that one PGY-1 year is no completed residency (never the case when a categorical residency is told)',
    pick: (t) => (prelimYearOnly(t) ? 'prelim-year-eligibility' : undefined),
  },
  {
    situation: 'TN status asked for training, or with permanent residence abroad',
    why: 'before the foreign-residence answers: TN is its own answer (Canadian and Mexican citizens, not for residency), and a Canadian PR telling it asks about TN',
    pick: (t, question) => (TN.test(t) && (TRAINING.test(t) || foreignPermanentResidence(question)) ? 'tn-for-training' : undefined),
  },
  {
    situation: 'two countries offered for the J-1 home ("Pakistan or Canada?")',
    why: 'asks which one counts, even in a part that no longer names the residence, so before the residence test below',
    pick: (t) =>
      SON_OR_HOME.test(t) && new RegExp(String.raw`\b[a-z]+ or (?:the )?(?:${ELSEWHERE})\b|\b(?:${ELSEWHERE}) or (?:my )?[a-z]+\b`).test(t)
        ? 'son-country-foreign-residence'
        : undefined,
  },
  {
    situation: "the member's own permanent residence of another country",
    why: "before anything on visas: never the green card's \"no visa needed\"; the Statement of Need follows that country; whether the residence survives US training is that country's rule, so nothing is pinned then",
    pick: (t, question) => {
      if (!foreignPermanentResidence(question) || RELATIVE_HOLDS.test(t)) return undefined;
      if (SON_OR_HOME.test(t)) return 'son-country-foreign-residence';
      if (KEEPS_STATUS.test(t)) return SETTLED;
      if (VISA_ASKED.test(t) && (TRAINING.test(t) || /\b(?:usa|us|america)\b/.test(t))) return 'foreign-permanent-residence';
      return undefined;
    },
  },
  {
    situation: 'a foreign specialist title called "board certified" on an application',
    why: 'its words (board certification) are everyday words of the CI boards answers, which would otherwise take it',
    pick: (t) => (/\bboard[ -](?:certified|certification)\b/.test(t) && CALLS_CERTIFIED.test(t) && FOREIGN_TITLE.test(t) ? 'foreign-title-board-certified' : undefined),
  },
  {
    situation: "an age limit asked (not a letter's or a score's age)",
    why: 'a graduation year or a gap told beside it must not take the question from the age answer',
    pick: (t) =>
      AGE_ASKED.test(t) && !/\b(?:letters?|lors?|scores?|steps?|exams?|observership|certificate)\b(?: \w+){0,2} (?:is |are )?too old\b/.test(t)
        ? 'age-limit'
        : undefined,
  },
  {
    situation: 'where Step 3 is given, or Step 3 sat from outside the US',
    why: 'before the H-1B and Step 3 timing answers, which share "Step 3" but not where it is taken',
    pick: (t) => (STEP3_ABROAD.test(t) || step3WhereAsked(t) || step3PlaceAsked(t) ? 'step3-where' : undefined),
  },
  {
    situation: 'a graduation year told with whether programs will still take the member',
    why: 'the years-since-graduation answer, whatever age is told beside it (so after the age rule only for an age asked outright)',
    pick: (t) =>
      /\bgraduat\w* (?:in |from \w+ (?:in )?)?(?:19|20)\d\d\b/.test(t) &&
      /\b(?:take me|accept me|consider me|chances?|too late|too old|still (?:apply|match|get))\b/.test(t) &&
      TRAINING.test(t)
        ? 'years-since-graduation'
        : undefined,
  },
  {
    situation: "newcomer trial 20's situations (a J-1 resident: Conrad 30, the two years, PD emails, chances)",
    why: 'each told with all of its ideas, so before the two matches: "or should I get both?" of two letter writers is no pair of matches',
    pick: (_t, question) => trial20Entry(question),
  },
  {
    situation: 'both matches in one season',
    why: 'after the narrow situations above, which can mention a residency and a fellowship in passing',
    pick: (t) => (BOTH_MATCHES.test(t) || (SAME_SEASON.test(t) && APPLYING.test(t)) ? 'both-matches-one-season' : undefined),
  },
  {
    situation: 'years away from patient care asked for a residency, not a fellowship',
    why: 'the fellowship-side gap answers share its words; the residency answer is harder and must not be softened by them',
    pick: (t) =>
      AWAY_FROM_PATIENTS.test(t) &&
      RESIDENCY_NAMED.test(t) &&
      !FELLOWSHIP_NAMED.test(t) &&
      CHANCES.test(t) &&
      /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years?|yrs?)\b/.test(t)
        ? 'clinical-absence-residency'
        : undefined,
  },
  {
    situation: 'an H-4 work permit still pending, with starting training asked',
    why: 'H-4 alone, before trial 19\'s EAD answers, which assume the permit is granted (trial19-situations.ts)',
    pick: (_t, question) => (pendingPermitStartAsked(question) ? 'h4-dependent-training' : undefined),
  },
  {
    situation: "newcomer trial 19's situations (an H-4 EAD member)",
    why: 'after the pending-permit rule above; before trial 18, whose answers are broader',
    pick: (_t, question) => trial19Pinned(question),
  },
  {
    situation: "newcomer trial 18's situations, each told with both of its ideas",
    why: 'last: the broadest conditions (trial18-situations.ts)',
    pick: (_t, question) => trial18Entry(question),
  },
];

/** The curated answer that must answer this question, if one of the situations above is told. */
export function pinnedEntry(question: string): string | undefined {
  const t = normalizeText(question);
  for (const rule of PIN_PRECEDENCE) {
    const picked = rule.pick(t, question);
    if (picked !== undefined) return picked === SETTLED ? undefined : picked;
  }
  return undefined;
}

/** Curated answers written for a member with permanent residence outside the US, and only for one. */
export const FOREIGN_PR_ENTRIES: ReadonlySet<string> = new Set(['foreign-permanent-residence', 'son-country-foreign-residence']);

/** The guide section written for that member (knowledge/visas.md). */
export const FOREIGN_PR_SECTION = 'visas#other-country-residence';

/** TN status (USMCA, NAFTA) asked about, not Tennessee. */
export function tnAsked(question: string): boolean {
  return TN.test(normalizeText(question));
}

/** A search outcome without one section's passages (a section that speaks to someone else). */
export function withoutSection(outcome: SearchOutcome, ref: string): SearchOutcome {
  const [doc, section] = ref.split('#');
  const keep = (p: { doc: string; section: string }): boolean => !(p.doc === doc && p.section === section);
  return { ...outcome, passages: outcome.passages.filter(keep), ...(outcome.hits ? { hits: outcome.hits.filter((h) => keep(h.passage)) } : {}) };
}

/**
 * Guide sections written for one narrow situation (round ask55), with what a question must be about
 * for each to answer it. Their words (a residency and a fellowship, board certification, Step 3) are
 * everyday words of the guides, so without these conditions they outranked the section that answers
 * an ordinary question ("how do the two matches differ?", "is my specialist title enough for CI?").
 */
const STEP3 = /\bstep ?(?:3|three|iii)\b/;
/** A Step 3 question about when its result comes or whether it comes in time for ranking. */
const STEP3_RESULT_TIMING =
  /\b(?:results?|scores?|reports?|reported|reporting|hear back|get (?:it|them) back|come back|comes? out|released?|rank\w*|rol|in time|how long|weeks?|(?:jan|feb)\w*)\b/;
/**
 * Research as USCE at some programs (round ask70): only when the question asks about a subset of
 * programs or a program's own rule; "does research count as USCE?" asks the general rule, whose
 * answer is a plain no (research-as-usce).
 */
const SOME_PROGRAMS =
  /\b(?:some|certain|any|particular|specific|few|many|several|other|which)\s+(?:\w+\s+)?(?:programs?|programmes?|places|hospitals|residenc(?:y|ies))\b|\b(?:depends?|depending|vary|varies|differ\w*)\b.{0,30}\bprogram|\bprogram(?:s|me)? (?:by|to) program|\bat some\b|\bown definition\b/;
/** Entries of round ask68 and ask70 written for one reading, each with what a question must ask. */
const NARROW_ENTRY_FITS: Readonly<Record<string, (t: string) => boolean>> = {
  'research-usce-program-definition': (t) => SOME_PROGRAMS.test(t),
  'step3-result-before-rank-list': (t) => STEP3.test(t) && STEP3_RESULT_TIMING.test(t),
};
const APPLICATION_WRITING = /\b(?:eras|cv|resume|application|applications|personal statement|emails?|signature|title|call myself|describe myself)\b/;
const NARROW_SECTIONS: ReadonlyArray<readonly [string, (t: string) => boolean]> = [
  ['matches#both-matches-one-season', (t) => BOTH_MATCHES.test(t) || (SAME_SEASON.test(t) && APPLYING.test(t))],
  ['ci-pathway#foreign-title-on-eras', (t) => /\bboard[ -]certif\w*\b/.test(t) && APPLICATION_WRITING.test(t)],
  ['ci-pathway#step3-where', (t) => STEP3.test(t) && (STEP3_ABROAD.test(t) || step3WhereAsked(t) || step3PlaceAsked(t) || /\b(?:where|outside|abroad|travel\w*|fly|centers?|centres?|prometric|from (?:canada|india|pakistan|home))\b/.test(t))],
  // (Round ask70: when Step 3's result comes, against the rank list. Its words, Step 3 and "before",
  // are those of every Step 3 prerequisite ("must I pass Step 3 before an H-1B?"), which it took.)
  ['ci-pathway#step3-timing', (t) => STEP3.test(t) && STEP3_RESULT_TIMING.test(t)],
];

/** A search outcome without the narrow sections this question is not about. */
export function withoutNarrowSections(outcome: SearchOutcome, question: string): SearchOutcome {
  const t = normalizeText(question);
  return NARROW_SECTIONS.reduce((o, [ref, fits]) => (fits(t) ? o : withoutSection(o, ref)), outcome);
}

/** The curated answers whose guide section is narrow (above): each answers only what its section does. */
const NARROW_ENTRIES: Readonly<Record<string, string>> = {
  'both-matches-one-season': 'matches#both-matches-one-season',
  'foreign-title-board-certified': 'ci-pathway#foreign-title-on-eras',
  'step3-where': 'ci-pathway#step3-where',
};

/** Whether a curated answer may answer this question (false for a narrow one it is not about). */
export function narrowEntryFits(entryId: string, question: string): boolean {
  // (A guide section's own entry is named by its reference.)
  if (entryId === 'prelim-year-eligibility') return prelimYearOnly(normalizeText(question));
  // (Newcomer trial 19's answers, each only for the situation it was written for: trial19-situations.ts.)
  if (TRIAL19_ENTRIES.has(entryId)) return trial19EntryFits(entryId, question);
  if (TRIAL18_ENTRIES.has(entryId)) return trial18Entry(question) === entryId;
  if (TRIAL20_ENTRIES.has(entryId)) return trial20Entry(question) === entryId;
  const fits = NARROW_ENTRY_FITS[entryId];
  if (fits) return fits(normalizeText(question));
  const ref = NARROW_ENTRIES[entryId] ?? (NARROW_SECTIONS.some(([r]) => r === entryId) ? entryId : undefined);
  if (!ref) return true;
  const t = normalizeText(question);
  return NARROW_SECTIONS.find(([r]) => r === ref)?.[1](t) ?? true;
}
