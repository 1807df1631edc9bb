/**
 * Checks an email the member wants to send to a program before the Match. Eight checks with the
 * contract's ids; the detectors live in src/text/prematch.ts and read one parsed document (see
 * src/text/document.ts), so an email pasted with odd spacing or wrapping reads like a clean one.
 * This module turns their evidence into messages that quote the member and name the match that
 * applies to them (src/core/match.ts). False alarms are a defect: the recommended sentence
 * "applicants and programs make independent ranking decisions" never fires.
 */
import { matchForEmail, type MatchDecision } from './prematch-match.js';
import { humanDay, isDay } from '../core/dates.js';
import { UserError } from '../core/errors.js';
import { matchForTarget, MATCHES } from '../core/match.js';
import type { Profile } from '../core/profile/schema.js';
import { bySeverity, type Finding, type Severity } from '../core/types.js';
import { ref, type SourceRef } from '../knowledge/outline.js';
import { quoteFor, runChecks, type Hit } from '../text/check.js';
import { analyse } from '../text/document.js';
import { declaresTopChoice, PREMATCH_CHECKS } from '../text/prematch.js';
import type { PrematchContext, PrematchKind } from './prematch-context.js';

export const PREMATCH_CHECK_IDS = [
  'quid-pro-quo',
  'asks-for-ranking',
  'multiple-top-choice',
  'too-many-updates',
  'late-thank-you',
  'generic-message',
  'overshare',
  'unprompted-attachments',
] as const;
export type PrematchCheckId = (typeof PREMATCH_CHECK_IDS)[number];

/** Thresholds of the pre-match email checks (listed in the README). */
export const PREMATCH_CHECK_CONFIG = {
  /** A thank-you more than this many days after the interview is late (3 days = 72 h passes, 4 does not). */
  thankYouMaxDays: 3,
  /** Later than this many days, late-thank-you is medium instead of low. */
  thankYouMediumAfterDays: 7,
  /** With this many updates already sent to the same program, another one is too many (2 sent → 3rd flagged). */
  maxUpdatesPerProgram: 2,
  /** Quotes longer than this many words are cut around the offending phrase. */
  maxQuoteWords: 18,
} as const;

export interface PrematchFinding extends Finding {
  id: PrematchCheckId;
  /** The member's words the finding is about, when there are any. */
  quote?: string;
}

export interface PrematchReport {
  /** Most severe first; equal severities keep the contract's id order. */
  findings: PrematchFinding[];
  /** Checks that could not run for lack of context, with what to add. */
  notChecked: { id: PrematchCheckId; reason: string }[];
  /** What the email raises that no check reads (immigration status), said so a short list is not taken for a judgement of it. */
  cannotJudge: string[];
  /**
   * Advice that is no rule breach and has no contract id (a first-choice claim before any
   * interview): said beside the findings, and instead of "No problems found" when there are none.
   * Absent when there is none, so a report with nothing to say keeps its earlier shape.
   */
  notes?: string[];
  /**
   * Set when the email goes out after the member's interview with the program (an interview date on
   * or before the send day, or the email's own words), whatever kind it was checked as: the advice
   * then fits a candidate already interviewed (newcomer trial 23: an inquiry sent after an interview
   * was told what to ask "before applying").
   */
  stage?: 'after-interview';
}

/**
 * The match whose rules checkPrematchEmail applies to this email, and why: the email's context
 * first, then the profile's target. Kept out of the report, whose shape follows the contract's
 * `{ findings }` output; views and the CLI say it in their text.
 */
export function prematchMatch(email: string, context: PrematchContext, opts: PrematchCheckOptions = {}): MatchDecision {
  return matchForEmail(email, context.program, opts.target);
}

/**
 * Session 26 (text41, newcomer trial 13): an inquiry admitting the member had overstayed and
 * attaching passport and I-94 scans came back with one LOW finding on the attachments, as if the
 * rest were checked. No check reads immigration status (SPEC.md's overshare lists health, money,
 * relationships, religion, family pressure and pleading, not legal status), so the output says
 * so, and who can answer: an immigration attorney. Status trouble in any words: out of status, an
 * overstay, unlawful presence, a lapsed or expired visa or stay, a removal case, being undocumented.
 */
const STATUS_TROUBLE =
  /\b(?:out of (?:legal |lawful |immigration |visa )?status|fell out of status|(?:over-?stay(?:ed|ing|s)?|over-?stayed)\b(?: (?:my|the|our) (?:\w+ )?(?:visa|stay|i-?94|permit|authori[sz]ed stay))?|unlawful(?:ly)? (?:presence|present|status)|without (?:legal|lawful|valid) status|undocumented|no (?:legal|lawful|valid) status|(?:my|our) (?:\w+ )?(?:visa|status|i-?94|stay|permit) (?:\w+ ){0,2}(?:expired|lapsed|ran out|was revoked|was cancell?ed|ended)|(?:expired|lapsed|revoked|cancell?ed) (?:\w+ )?(?:visa|status|i-?94|permit)|(?:deportation|removal proceedings?|notice to appear|immigration court|visa violation|status violation))\b/i;
const ID_DOCUMENT =
  /\b(?:passport|i-?94|visa (?:page|stamp|copy|scan)|green card|ead|employment authori[sz]ation card|birth certificate|social security card)\b/i;

export function prematchCannotJudge(email: string): string[] {
  const text = analyse(email).text;
  const hit = STATUS_TROUBLE.exec(text);
  if (!hit) return [];
  return [
    `Your email talks about your immigration status ("${hit[0]}"). None of these checks reads that: they cannot judge ` +
      'whether to mention it or what a program will make of it. Whether your status allows you to train or work in the ' +
      'US is a matter for an immigration attorney, not for an email to a program: speak to one before you send anything ' +
      'about it, and do not send passport, visa or I-94 copies unless a program asks for them through its own process.',
  ];
}

const S = {
  nrmp: ref('prematch', 'nrmp-rules'),
  topChoice: ref('prematch', 'top-choice'),
  rankHighly: ref('prematch', 'rank-you-highly'),
  followUp: ref('prematch', 'program-level-follow-up'),
  updates: ref('prematch', 'updates'),
  howOften: ref('prematch', 'how-often-to-write'),
  thankYou: ref('prematch', 'thank-you-notes'),
  pitfalls: ref('prematch', 'early-pitfalls'),
  inquiry: ref('prematch', 'eligibility-inquiry'),
} as const;

// ---- the checker -------------------------------------------------------------------------------

export interface PrematchCheckOptions {
  /** The member's target (from their profile): which match's rules the messages name. */
  target?: Profile['target'] | undefined;
}

/** What each check looks at, in the contract's order: listed when nothing fires. */
export const PREMATCH_CHECKS_DONE: readonly { id: PrematchCheckId; checks: string }[] = PREMATCH_CHECKS.map((c) => ({
  id: c.id as PrematchCheckId,
  checks: c.checks,
}));

/** The checks that read the email's words: the ones a model's second opinion may add to. */
export const PREMATCH_SECOND_OPINION_CHECKS: readonly { id: PrematchCheckId; means: string }[] =
  PREMATCH_CHECKS_DONE.filter((c) => !['multiple-top-choice', 'too-many-updates', 'late-thank-you'].includes(c.id)).map(
    (c) => ({ id: c.id, means: c.checks }),
  );

/** What no automatic check can judge in an email: said whenever the result is clean. */
export const PREMATCH_CANNOT_JUDGE =
  'They cannot judge tone, whether what you say is true, whether the program would welcome this email, or rules of a particular program.';

/** The match's name for messages; both named briefly when the target is unknown. */
export function matchNameFor(target: Profile['target'] | undefined): string {
  const m = matchForTarget(target);
  if (m) return `the ${m.name}`;
  return `the Match that applies to you (the ${MATCHES['amia-ci-match'].name} for CI fellowships, the ${MATCHES['nrmp-main'].name} for residency tracks)`;
}

/** A day as members read it ("20 Nov 2026"); anything not an ISO day is left as it is. */
function dayOrAsIs(day: string): string {
  return isDay(day) ? humanDay(day) : day;
}

/** Where the earlier top-choice statement was: another email on a day, earlier, or this email. */
function earlierTopChoice(program: unknown, date: unknown): string {
  if (date === 'in this same email') return `This email also calls ${String(program)} your top choice`;
  const when = typeof date === 'string' && isDay(date) ? `on ${humanDay(date)}` : 'earlier';
  return `You already told ${String(program)} ${when} that it is your top choice`;
}

/** Whether the member's match is the NRMP's, the only one that sets these rules in writing. */
function inNrmp(target: Profile['target'] | undefined): boolean {
  return matchForTarget(target)?.name === MATCHES['nrmp-main'].name;
}

/** For the AMIA match (or no target), what stands in for a written rule. */
const AMIA_ETIQUETTE = `the ${MATCHES['amia-ci-match'].name} has published no rule of its own, and CI programs expect the same etiquette`;

/** The verdict on asking a program about its ranking, and who sets it, for the member's match (prematch#nrmp-rules). */
function rankingAskRule(target: Profile['target'] | undefined): string {
  return `${inNrmp(target) ? 'is not allowed' : 'breaks match etiquette'}. ${rankingRequestRule(target)}`;
}

/** What the NRMP agreement says about requesting ranking information, and AMIA's silence for CI. */
function rankingRequestRule(target: Profile['target'] | undefined): string {
  const nrmp = `In the ${MATCHES['nrmp-main'].name} either side may volunteer its own ranking plans, but requesting ranking information is a breach of the match agreement`;
  // An AMIA-match email is never told of a breach of "the match agreement": that agreement is the
  // NRMP's, and AMIA has published no such rule (knowledge/prematch.md; newcomer trial 22).
  return inNrmp(target)
    ? `${nrmp}.`
    : `The NRMP's agreement for residencies forbids requesting ranking information; ${AMIA_ETIQUETTE}.`;
}

/**
 * A question about chances or competitiveness: weak and unanswerable before a program has reviewed
 * the application, and close to asking where the member stands, but not itself a request for a rank
 * (newcomer trial 22 was told "Would I be competitive?" breached the match agreement).
 */
function chancesRule(target: Profile['target'] | undefined, post = false): string {
  // After an interview the program has reviewed the application: what it cannot do is say where the
  // member stands on a list it has not finished.
  const cannot = post
    ? 'programs will not say where you stand before their rank list is final'
    : 'programs cannot answer it before reviewing your application';
  return inNrmp(target)
    ? `It is not a request for your rank, but it comes close to asking where you stand, which the ${MATCHES['nrmp-main'].name}'s agreement does not allow, and ${cannot}.`
    : `It is not a request for your rank, and the ${MATCHES['amia-ci-match'].name} has published no rule on it, but it comes close to asking where you stand, and ${cannot}.`;
}

/** What to say of a status-only question beside a ranking request: allowed, but rarely answered. */
function statusNote(status: readonly string[]): string {
  if (!status.length) return '';
  return ` Your question "${status[0]}" asks only whether your application is still open: no rule forbids it, but programs rarely answer it, so it adds little.`;
}

/** Whether a quoted ranking question names ranking itself ("rank me", "your rank list") rather than chances or standing. */
function rankingAsked(quote: string): boolean {
  return /\b(?:rank\w*|ROL|list)\b/i.test(quote);
}

/**
 * A question asking this program how likely the member is to match there ("how likely am I to match
 * with you?", "my odds of matching at your program"): the closest a sentence comes to requesting
 * ranking information without naming the list, so it leads over a status question when choosing the
 * quote. Its message stays the chances one (prematch-messages.test.ts).
 */
function matchingAsked(quote: string): boolean {
  return (
    rankingAsked(quote) ||
    /\b(?:likely|likelihood|chances?|odds|probability)\b[^.?!]{0,40}\bmatch(?:ing|ed)? (?:with|at|to|into|in) (?:you|your|this|the program)\b/i.test(
      quote,
    )
  );
}

/**
 * A question only about whether the application is still open ("Am I still being considered?",
 * "is my application still under review?"): no rule forbids it, it is just rarely answered. When it
 * sits beside a true request for ranking information, the finding quotes the request, not it
 * (newcomer trial 23 was shown the status question as the breach).
 */
const STATUS_ONLY =
  /\b(?:still (?:being )?(?:considered|under consideration|in consideration|in the running|under review)|(?:status|update) (?:of|on) my application|application (?:is )?still (?:active|open|under review))\b/i;

/**
 * The hit a finding leads with: for asks-for-ranking, the first sentence that requests ranking
 * information; a status-only question beside it is set apart (`status`) rather than listed as the
 * same breach. Other checks keep the detector's order.
 */
function leadWithRankRequest(
  id: PrematchCheckId,
  doc: ReturnType<typeof analyse>,
  hit: Hit,
  more: readonly Hit[] = [],
): { hit: Hit; more: Hit[]; status: string[] } {
  if (id !== 'asks-for-ranking') return { hit, more: [...more], status: [] };
  const all = [hit, ...more];
  const q = (h: Hit) => quoteFor(doc, h, PREMATCH_CHECK_CONFIG.maxQuoteWords) ?? '';
  const lead = all.find((h) => matchingAsked(q(h)));
  if (!lead) return { hit, more: [...more], status: [] };
  const statusOnly = (h: Hit) => h !== lead && STATUS_ONLY.test(q(h)) && !matchingAsked(q(h));
  return {
    hit: lead,
    more: all.filter((h) => h !== lead && !statusOnly(h)),
    status: all.filter(statusOnly).map(q),
  };
}

/** The verdict on trading rank promises, and who sets it, for the member's match (prematch#nrmp-rules). */
function tradeRule(target: Profile['target'] | undefined): string {
  const nrmp = `In the ${MATCHES['nrmp-main'].name} either side may volunteer its own ranking plans, but its agreement forbids asking for or giving a commitment about rank order, and a breach can be reported`;
  return inNrmp(target) ? `${nrmp}.` : `${nrmp}; ${AMIA_ETIQUETTE}.`;
}

/** One line for a clean result: the checks that ran, and what they cannot judge. */
export function noFindingsSummary(notChecked: readonly { id: PrematchCheckId }[] = []): string {
  // A clean result is read at a glance: a few words per check (each check's full description
  // stays in PREMATCH_CHECKS_DONE for the model's prompt), then what no check can judge.
  const SHORT: Record<PrematchCheckId, string> = {
    'quid-pro-quo': 'trading rank promises',
    'asks-for-ranking': 'asking how you will be ranked',
    'multiple-top-choice': 'a second top-choice message',
    'too-many-updates': 'too many updates',
    'late-thank-you': 'a late thank-you',
    'generic-message': 'a mass-email feel',
    overshare: 'oversharing',
    'unprompted-attachments': 'unrequested attachments',
  };
  const skipped = new Set(notChecked.map((n) => n.id));
  const ran = PREMATCH_CHECKS_DONE.filter((c) => !skipped.has(c.id));
  return `No problems found by these ${ran.length} checks: ${ran.map((c) => SHORT[c.id] ?? c.checks).join(', ')}. They cannot judge tone, whether it is true, or whether this program wants the email.`;
}

// Only an inquiry is known to be a first contact: an email checked as "other" (no context given) is
// as often a thank-you or an update, and telling its writer they have "not met" the program would
// be false for a member writing after an interview.
const EARLY_KINDS: ReadonlySet<PrematchKind> = new Set(['inquiry']);

function finding(id: PrematchCheckId, severity: Severity, message: string, sources: SourceRef[], quote?: string) {
  return { id, severity, message, sources, ...(quote ? { quote } : {}) } satisfies PrematchFinding;
}

/** Checks whose problem sits in the member's own sentences, so a second sentence can raise it again. */
const QUOTED_IDS: ReadonlySet<PrematchCheckId> = new Set(['quid-pro-quo', 'asks-for-ranking', 'overshare']);

/**
 * The line of the email as the member typed it where a quote starts (1 = first line), found by its
 * words (the parsed text joins a paragraph's lines); undefined when the words cannot be found.
 */
function lineOf(email: string, quote: string | undefined): number | undefined {
  const words = (quote ?? '').replace(/…/g, ' ').split(/\s+/).filter(Boolean).slice(0, 8);
  if (!words.length) return undefined;
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const at = re.exec(email)?.index;
  return at === undefined ? undefined : email.slice(0, at).split('\n').length;
}

/**
 * Every other sentence raising the same check, after the first (newcomer trial 19: a thank-you with
 * both "I hope you will rank me to match" and "could you let me know where I stand on your list"
 * was shown only the first; deleting it left the second, a breach too, unflagged). The check gives
 * them in the same pass as the first (`runAll`), in the order blanking each found sentence and
 * checking again would; up to four more, up to the first that is not one sentence.
 */
function otherHits(id: PrematchCheckId, doc: ReturnType<typeof analyse>, more: readonly Hit[] = []): string[] {
  if (!QUOTED_IDS.has(id)) return [];
  const out: string[] = [];
  for (const next of more.slice(0, 4)) {
    if (!next.sentence) break;
    const q = narrowQuote(doc, next, quoteFor(doc, next, PREMATCH_CHECK_CONFIG.maxQuoteWords), id);
    if (q && !out.includes(q)) out.push(q);
  }
  return out;
}

/**
 * A question the bot itself recommends (whether a program sponsors a visa, takes IMGs, what it
 * requires), asked in the same sentence as the problem: the quote keeps only the coordinated part
 * that carries the problem, so the member is not told to change the legitimate question too
 * (newcomer trial 22: "…if you sponsor H1B and if I can get a position." was quoted whole under
 * "change every one of them"). Detection is untouched: only the words shown change, and only when
 * the checked words themselves (the hit's span, where narrower than the sentence) are not the
 * legitimate question.
 */
const LEGIT_ASK =
  /\b(?:sponsor\w*|visas?|H-?1-?B|J-?1|eligib\w*|accept\w* (?:IMGs?|international)|requirements?|prerequisites?)\b/i;
const COORDINATED =
  /\s*(?:,|;|\band\b|\bor\b|\balso\b)\s+(?=(?:if|whether|what|how|when|where|about|could|would|can|do|does|is|are|please)\b)/i;

function narrowQuote(
  doc: ReturnType<typeof analyse>,
  hit: Hit,
  quote: string | undefined,
  id: PrematchCheckId,
): string | undefined {
  if (!quote || !QUOTED_IDS.has(id) || !LEGIT_ASK.test(quote)) return quote;
  const parts = quote.split(COORDINATED);
  if (parts.length < 2) return quote;
  const core = hit.span ? doc.quote(hit.span) : '';
  if (core && core.length < quote.length && LEGIT_ASK.test(core)) return quote;
  const keep = parts.filter((p) => !LEGIT_ASK.test(p));
  if (!keep.length || keep.length === parts.length) return quote;
  return `…${keep.join(' … ')}`;
}

/** The tail naming every place a check fired, in the email's order, so none is left when the first is deleted. */
function everyPlace(email: string, first: string | undefined, more: string[]): string {
  const quotes = [...new Set([first, ...more].filter((q): q is string => !!q))];
  if (quotes.length < 2) return '';
  const placed = quotes
    .map((quote, i) => ({ quote, line: lineOf(email, quote), i }))
    .sort((a, b) => (a.line ?? 1e9) - (b.line ?? 1e9) || a.i - b.i);
  const places = placed.map((x) => (x.line ? `line ${x.line}: "${x.quote}"` : `"${x.quote}"`)).join('; ');
  return ` The same problem is in ${quotes.length} places (${places}): change every one of them, not only the first, and check the email again.`;
}

/** Words that place the email before the member has interviewed, or before applications open. */
const BEFORE_INTERVIEW =
  /\b(?:(?:plan|planning|intend|intending|hope|hoping|going|about|preparing|getting ready) to (?:apply|submit)|will (?:be )?(?:apply|applying|submit)|(?:before|when|once) (?:i |my )?(?:apply|applying|application|eras opens|applications? open)|(?:next|upcoming|coming) (?:application )?(?:cycle|season)|(?:hope|hoping|would love|look forward) (?:\w+ ){0,2}(?:an? |the )?(?:chance to )?interview|have not (?:yet )?(?:applied|interviewed)|haven'?t (?:yet )?(?:applied|interviewed))\b/i;

/**
 * Words that place the email after the member's interview with this program: thanks for the
 * interview, "since my interview", "when we met on …", "you interviewed me". Kept to the interview
 * itself, so an inquiry that hopes for one ("I would love the chance to interview") never reads so.
 */
const AFTER_INTERVIEW =
  /\b(?:thank(?:s| you)\b[^.!?]{0,60}\b(?:interview(?:ing)?|meeting (?:me|with me)|(?:having|hosting) me)\b|(?:since|after|following|during) (?:my|our|the) (?:recent |virtual |in-person )?interview|(?:my|our|the) (?:recent )?interview (?:on|last|with you|day)|(?:enjoyed|appreciated|loved) (?:my |our |the )?(?:interview|meeting (?:you|with you|your))|interviewed (?:with|at) (?:you|your)|you interviewed me|(?:when|since) we (?:met|spoke) (?:on|at|during|in|last)|(?:pleasure|privilege|honou?r|great|wonderful|nice) (?:to (?:interview|meet)|interviewing|meeting) (?:with )?(?:you|your))/i;

/**
 * Whether the email goes out after the interview: a thank-you or an update by its kind, an interview
 * date on or before the send day, or the email's own words when no date is given. An interview date
 * still ahead, or words placing the email before applying, keep it before.
 */
export function afterInterview(context: PrematchContext, sendDay: string, text: string): boolean {
  if (context.interviewDate !== undefined) return context.interviewDate <= sendDay;
  if (context.kind === 'thank-you' || context.kind === 'update') return true;
  return AFTER_INTERVIEW.test(text) && !BEFORE_INTERVIEW.test(text);
}

/**
 * A first-choice claim made before the member has interviewed: an inquiry (a first contact by its
 * kind), an interview date still ahead, or words that place the email before applying. No rule is
 * broken (a true first choice may be volunteered), so it is a note, not a finding: said now, before
 * the program has met the member, it reads as premature and hollow, and it spends the one such
 * message the season allows (prematch#top-choice; the timeline puts it after interviews). Newcomer
 * trial 20: "Your program is my first choice." in an inquiry months before ERAS opened came back
 * "No problems found". Not when a finding already quotes a rank promise or a second first choice.
 */
function prematureTopChoice(
  doc: ReturnType<typeof analyse>,
  context: PrematchContext,
  sendDay: string,
  findings: readonly PrematchFinding[],
): string | undefined {
  if (findings.some((f) => f.id === 'quid-pro-quo' || f.id === 'multiple-top-choice')) return undefined;
  const before =
    (context.kind === 'inquiry' && !afterInterview(context, sendDay, doc.text)) ||
    (context.interviewDate !== undefined && context.interviewDate > sendDay) ||
    (context.kind !== 'thank-you' && context.interviewDate === undefined && BEFORE_INTERVIEW.test(doc.text));
  if (!before) return undefined;
  const s = declaresTopChoice(doc);
  if (!s) return undefined;
  const them = context.program ?? 'the program';
  const when =
    context.kind === 'inquiry' ? 'in a first inquiry, before you have interviewed' : 'before you have interviewed';
  return (
    `You wrote "${s.text.trim()}" ${when}. That breaks no match rule, but a first-choice statement carries weight only after the interviews, ` +
    `when you can compare programs: said now, before ${them} has met you, it reads as premature and hollow, and you can truly say it to one program only. ` +
    `Leave it out here and keep to your interest and your question; if ${them} is still your first choice after your interviews, say so then, once.`
  );
}

/**
 * Check one email. `today` (YYYY-MM-DD) stands in for a missing sendDate. Throws UserError when
 * the email is empty. The same parsed document feeds every check (src/text/prematch.ts).
 */
export function checkPrematchEmail(
  email: string,
  context: PrematchContext,
  today: string,
  opts: PrematchCheckOptions = {},
): PrematchReport {
  if (!email.trim()) throw new UserError('the email is empty: paste the text you want to send and try again');
  const doc = analyse(email);
  if (!doc.text.trim())
    throw new UserError('the email has no text of your own (only quoted replies): paste the part you wrote');
  const { kind, program } = context;
  // A thank-you for an interview still ahead is a typo in the date (10 Dec for 10 Nov, in a trial),
  // and checked as if sent today it passed the timing check silently. Ask for the date instead.
  const sendDay = context.sendDate ?? today;
  if (kind === 'thank-you' && context.interviewDate && context.interviewDate > sendDay) {
    throw new UserError(
      `the interview date (${dayOrAsIs(context.interviewDate)}) is after the day this thank-you goes out (${dayOrAsIs(sendDay)}${context.sendDate ? '' : ', today'}): check the interview date, or give the send date if you are writing it ahead`,
    );
  }
  const them = program ?? 'the program';
  // The match is the email's (its program, its words); the profile's target only when they are silent.
  opts = { ...opts, target: prematchMatch(email, context, opts).target };
  const match = matchNameFor(opts.target);
  const findings: PrematchFinding[] = [];
  const notChecked: PrematchReport['notChecked'] = [];
  if (kind === 'update' && !program)
    notChecked.push({ id: 'too-many-updates', reason: 'add "program" to the context to count earlier updates to it' });
  if (kind === 'thank-you' && !context.interviewDate)
    notChecked.push({ id: 'late-thank-you', reason: 'add "interviewDate" to the context to check the timing' });

  const limits = {
    thankYouMaxDays: PREMATCH_CHECK_CONFIG.thankYouMaxDays,
    maxUpdatesPerProgram: PREMATCH_CHECK_CONFIG.maxUpdatesPerProgram,
  };
  const post = afterInterview(context, sendDay, doc.text);
  for (const checked of runChecks(PREMATCH_CHECKS, doc, { context, today, limits })) {
    const id = checked.id as PrematchCheckId;
    const { hit, more: others, status } = leadWithRankRequest(id, doc, checked.hit, checked.more);
    const quote = narrowQuote(doc, hit, quoteFor(doc, hit, PREMATCH_CHECK_CONFIG.maxQuoteWords), id);
    const d = hit.detail ?? {};
    const more = everyPlace(email, quote, otherHits(id, doc, others));
    switch (id) {
      case 'quid-pro-quo':
        findings.push(
          finding(
            id,
            'high',
            `You wrote "${quote}": that ties your ranking or commitment to what ${them} does for you. Rank order is settled only through ${match}, whose result binds both sides. ` +
              `${tradeRule(opts.target)} ` +
              'Delete it. If this really is your first choice, say so once, without conditions.' +
              more,
            [S.nrmp, S.topChoice],
            quote,
          ),
        );
        break;
      case 'asks-for-ranking':
        findings.push(
          finding(
            id,
            'high',
            // The NRMP agreement lets either side volunteer its ranking plans but makes requesting
            // them a breach; AMIA publishes no rule of its own, so CI programs follow the same etiquette.
            rankingAsked(quote ?? '')
              ? `You asked "${quote}": asking a program how it will rank you ${rankingAskRule(opts.target)} ` +
                  `However politely it is put, it puts ${them} in an awkward spot. Remove the question; close by restating your interest instead${post ? ' and offering any further information they may need' : ''}.` +
                  more +
                  statusNote(status)
              : // A question about chances or competitiveness names no rank list; saying "how it will rank you"
                // back to the member misquotes them. Asking a program to judge their chances is still asking
                // for its view of them as an applicant it may rank.
                `You asked "${quote}": asking a program to judge your chances or where you stand asks it how it sees you as an applicant it may rank. ` +
                  `${chancesRule(opts.target, post)} ` +
                  (post
                    ? // After the interview the program knows the member: eligibility questions no longer fit.
                      `Remove it; restate your interest and offer any further information they may need.`
                    : `Remove it; ask a concrete question instead ` +
                      `(whether they consider applicants with your history, whether they sponsor your visa), or close by restating your interest.`) +
                  more +
                  statusNote(status),
            [S.nrmp, S.rankHighly],
            quote,
          ),
        );
        break;
      case 'multiple-top-choice': {
        const to = program ? `to ${program}` : 'to another program';
        findings.push(
          finding(
            id,
            'high',
            `${earlierTopChoice(d.program, d.date)}; saying the same ${to} means one of them is not true, ` +
              `and informatics programs are small enough to compare notes. In ${match} a top-choice statement must be true and volunteered: ` +
              `send it to one program only, and here say instead that ${them} is one of the places you would be glad to train.`,
            [S.topChoice, S.followUp],
            quote,
          ),
        );
        break;
      }
      case 'too-many-updates':
        findings.push(
          finding(
            id,
            'medium',
            `You have already sent ${d.count} updates to ${program} (${String(d.dates).split(', ').map(dayOrAsIs).join(', ')}). ` +
              `One or two substantial updates between interview and the rank deadline of ${match} is the norm; more dilutes them. ` +
              'Send this one only if it is major news (an accepted paper, a new score); otherwise mention it at a natural later contact.',
            [S.updates, S.howOften],
          ),
        );
        break;
      case 'late-thank-you': {
        const days = Number(d.days);
        findings.push(
          finding(
            id,
            days > PREMATCH_CHECK_CONFIG.thankYouMediumAfterDays ? 'medium' : 'low',
            `This thank-you goes out ${days} days after your interview on ${dayOrAsIs(context.interviewDate ?? '')}; notes land best within 24-72 hours, well before ${match} rank lists are due. ` +
              'Send it now rather than not at all, keep it short and specific, and skip long apologies for the delay.',
            [S.thankYou],
          ),
        );
        break;
      }
      case 'generic-message': {
        const named = program ? `it never names ${program}` : 'it names no program';
        const where =
          kind === 'inquiry'
            ? S.inquiry
            : kind === 'update'
              ? S.updates
              : kind === 'top-choice'
                ? S.topChoice
                : S.thankYou;
        findings.push(
          finding(
            id,
            'medium',
            `Beyond the greeting, nothing in this email is specific to the program: ${named}, no person you met, no conversation, project or feature of theirs. ` +
              `Programs in ${match} read many such emails; add one concrete detail (a project someone described, a curriculum feature, a team you would join) so it cannot read as a mass email.`,
            [where, S.pitfalls],
          ),
        );
        break;
      }
      case 'overshare': {
        // Without a target the long "the Match that applies to you (…)" name reads badly inside a clause.
        const season = matchForTarget(opts.target) ? `${match} season` : 'the Match season';
        const early =
          EARLY_KINDS.has(kind) && !post ? ', least of all in a first email to a program you have not met yet' : '';
        findings.push(
          finding(
            id,
            'medium',
            `You wrote "${quote}": personal ${d.kind ?? 'matters'} details do not belong in a professional email during ${season}${early}. ` +
              'Keep it to who you are and your purpose; if a hardship explains a gap, address it briefly and neutrally in your personal statement or at interview.' +
              more,
            [S.pitfalls],
            quote,
          ),
        );
        break;
      }
      case 'unprompted-attachments': {
        // Identity papers sent unasked (a passport, an I-94) are not only pushy: they put the
        // member's identity documents in an inbox nobody asked to hold them in.
        const identity = ID_DOCUMENT.exec(doc.text);
        findings.push(
          finding(
            id,
            identity ? 'medium' : 'low',
            `You wrote "${quote}": nobody asked for attachments, and unrequested files read as pushy and often go unopened; ` +
              `your documents reach programs in ${match} through ERAS. ` +
              (identity
                ? `Do not email copies of identity or immigration papers (${identity[0]}) that nobody asked for; a program that needs them will ask through its own process. Remove them.`
                : 'Remove them; offer to send your CV if it would help.'),
            [S.pitfalls],
            quote,
          ),
        );
        break;
      }
    }
  }
  const order = (id: PrematchCheckId) => PREMATCH_CHECK_IDS.indexOf(id);
  findings.sort((a, b) => bySeverity(a, b) || order(a.id) - order(b.id));
  const early = prematureTopChoice(doc, context, sendDay, findings);
  return {
    findings,
    notChecked,
    cannotJudge: prematchCannotJudge(email),
    ...(early ? { notes: [early] } : {}),
    ...(post && (kind === 'inquiry' || kind === 'other') ? { stage: 'after-interview' as const } : {}),
  };
}
