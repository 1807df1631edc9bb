/**
 * /ask and chat: the answer from the guides (answer.ts), with its sources on one compact line.
 *
 * Personal but private: where only the member sees the reply (a DM, or an ephemeral reply in a
 * server) the stored profile may shape it: guides for their side of the citizenship split, and a
 * line on what the answer means for their visa or target. A reply that others can see is built
 * as if the member had no profile at all, so it reveals nothing about them, not even which
 * guides were chosen for them; tests compare it byte for byte across profiles.
 *
 * On Discord each covered answer carries 👍/👎 (counted per question, src/app/ask-stats.ts) and
 * "Ask a follow-up" (answered in a thread on the answer, read with this answer's topic).
 *
 * With a model configured, a guide-drawn answer may be the model's, written from the top
 * passages and citing them (src/llm/features/ask.ts); only the question and the passages are
 * sent. Its text is untrusted and shown escaped.
 */
import { matchLineFits } from './ask-match-line.js';
import { prematchTimeline } from '../../composers/prematch-timeline.js';
import { humanMonth } from '../../core/dates.js';
import { examHistory } from '../../core/profile/derived.js';
import type { Profile } from '../../core/profile/schema.js';
import type { CooldownRule } from '../../discord/command.js';
import { tooLateAnswer } from './ask-too-late.js';
import { greenCardUnderWay, ownI140Approved } from '../../rules/redflag-rules/green-card-path.js';
import type { Answer } from '../../knowledge/answer.js';
import { tellsOfEmergency } from '../../knowledge/emergency.js';
import { audienceForCitizenship, needsNoVisa, type SearchOptions } from '../../knowledge/retrieval.js';
import { askWithLlm } from '../../llm/features/ask.js';
import { h1bTimeUsed, j1TimeUsed } from '../../rules/redflag-rules/standing.js';
import { isStoreError } from '../../store/errors.js';
import { recordAsk } from '../ask-stats.js';
import { eligibilityNote, isEligibilityAnswer } from './ask-eligibility.js';
import { homeRuleNote, homeRuleNoteLeads } from './ask-home-rule.js';
import { ownCycleStart } from './ask-own-cycle.js';
import { withoutAbroadCaveat } from './ask-own-residency.js';
import { calendarOf, seasonNowLine } from './ask-season.js';
import type { AppContext } from '../context.js';
import { llmNoteSections, memberLlm } from '../llm.js';
import { button, memberText, type ActionRow, type View } from '../view.js';

/** The /ask option's limit; chat messages are answered whatever their length. */
export const ASK_MAX_CHARS = 300;

/**
 * Retrieval is cheap but not free: 5 questions per 30 s per member, slash command and chat together.
 * A question that tells of an emergency is never held back: its reply is where to get help now.
 */
export const ASK_COOLDOWN: CooldownRule = {
  seconds: 30,
  uses: 5,
  exemptWhen: { option: 'question', test: tellsOfEmergency },
};

/** Custom ids of the buttons on an answer (`ask:<action>:…`). */
export const ASK_IDS = {
  vote: 'ask:vote',
  follow: 'ask:follow',
  followSubmit: 'ask:followup',
} as const;

export interface AskViewOptions {
  userId?: string;
  /**
   * Only the member sees the reply (a DM or an ephemeral reply): the profile may be used. A reply
   * others can see must leave this false.
   */
  private?: boolean;
  /** Where the question was asked, for the per-server counts (`dm` in DMs); omit to count nothing. */
  scope?: string;
  /** The previous answer's topic, for a follow-up. */
  previous?: string;
  /** Show 👍/👎 and follow-up buttons (Discord). */
  buttons?: boolean;
  /**
   * Told the answer's topic (undefined when declined or not covered), so a transport without
   * buttons (the console) can read the member's next short question as a follow-up.
   */
  onTopic?: (topic: string | undefined) => void;
}

async function profileOf(ctx: AppContext, userId: string | undefined): Promise<Profile | undefined> {
  if (!userId) return undefined;
  try {
    return await ctx.store.getProfile(userId);
  } catch (e) {
    if (!isStoreError(e)) throw e;
    ctx.logger.warn('ask without profile tailoring: store error', { error: e.name });
    return undefined;
  }
}

const CITATION = /\s*\[([a-z0-9-]+#[a-z0-9-]+)\]/g;

/** The answer without inline `[doc#section]` marks (the sources line carries them once). */
function withoutCitations(text: string): string {
  return text
    .replace(CITATION, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/** One compact line: `Sources: Heading (doc#section) · …`. */
export function sourcesLine(answer: Answer): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  const cited = [...(answer.answer ?? '').matchAll(CITATION)].map((m) => m[1] ?? '');
  const refs = [...cited, ...answer.passages.map((p) => `${p.doc}#${p.section}`)];
  for (const ref of refs) {
    if (seen.has(ref) || parts.length >= 3) continue;
    seen.add(ref);
    const p = answer.passages.find((x) => `${x.doc}#${x.section}` === ref);
    const heading = p ? p.heading.replace(/\s*\{#.*\}$/, '') : '';
    const short = heading.length > 48 ? `${heading.slice(0, 47).replace(/\s+\S*$/, '')}…` : heading;
    parts.push(short ? `${short} (${ref})` : ref);
  }
  return parts.length ? `Sources: ${parts.join(' · ')}` : '';
}

/**
 * What the answer means for this member, from their profile: only for private replies, only
 * facts the guides state, and only when the answer is on that subject.
 */
export function personalNote(
  profile: Profile | undefined,
  answer: Answer,
  today?: string,
  question?: string,
): string | undefined {
  if (!profile || !answer.covered) return undefined;
  // What the answer says, not every section it lists as further reading: the sections its text
  // cites (a question on Step 3 whose sources list a match calendar is not about the match).
  const cited = [...(answer.answer ?? '').matchAll(CITATION)].map((m) => m[1] ?? '');
  const topics = new Set([answer.topic ?? '', ...cited]);
  const about = (doc: string): boolean => [...topics].some((t) => t.startsWith(doc));
  // What the answer is about (its topic), not every guide it lists as a further source: a question
  // on CI tracks that lists a visa section among its sources is not a visa question.
  const visaish =
    (answer.topic ?? '').startsWith('visas') ||
    /^(?:h1b|j1|o1|visa|statement|cap|which-programs-sponsor|us-citizen-visa)/.test(answer.faqId ?? '');
  const boards = boardNote(profile, answer);
  if (boards) return boards;
  const eligibility = eligibilityNote(profile, answer, today);
  if (eligibility) return eligibility;
  // A J-1 that has ended decides an H-1B answer first (newcomer trial 18); see ask-home-rule.ts.
  const homeRule = homeRuleNote(profile, answer, today);
  if (homeRule) return homeRule;
  if (visaish) {
    if (profile.citizenship === 'us-citizen' || profile.citizenship === 'us-permanent-resident') {
      return 'For you: your profile says you are a US citizen or permanent resident, so you need no visa and sponsorship questions do not apply to you.';
    }
    if (needsNoVisa(profile)) {
      // A work permit (an EAD on H-4, TPS, a pending green card or asylum) is not citizenship: it can
      // end, or depend on someone else's status, before the training does (a newcomer on an H-4 EAD
      // was told sponsorship did not apply to her when she asked what happens if her husband's H-1B ends).
      return 'For you: your profile says you need no visa for training. If that rests on a work permit rather than citizenship or a green card, programs ask whether it covers the whole training: check its end date and what it depends on, ask each program in writing what it accepts and whether it could sponsor a visa if the permit ended, and ask an immigration attorney.';
    }
    if (profile.visa === 'j1') {
      // The same count as /redflag: a member asking how much J-1 time is left was given only the rule.
      const t = today ? j1TimeUsed(profile, today) : {};
      const more = [t.used, t.home].filter(Boolean).join(' ');
      return `For you: your profile says J-1. ECFMG sponsors it, you need a Statement of Need, and the two-year home-country rule applies after training.${more ? ` ${more}` : ''}`;
    }
    if (profile.visa === 'h1b') {
      // Never ask for what the profile already shows done (a newcomer on H-1B with Step 3 passed
      // was told to pass it).
      const step3 = examHistory(profile).find((h) => h.exam === 'step3')?.pass;
      // The same count as /redflag: US residency and US clinical jobs after it (a hospitalist
      // post on H-1B) both use up the six years.
      const used = today ? h1bTimeUsed(profile, today) : undefined;
      const time = used
        ? ` ${used}`
        : ' H-1B time in training and in any US clinical job after residency counts toward the six-year limit.';
      // A green-card case in the notes changes what the six years and a J-1 mean (green-card-path.ts).
      const gc = greenCardLine(profile);
      return step3
        ? `For you: your profile says H-1B, with Step 3 passed (${humanMonth(step3.date)}). Check that each program actually sponsors H-1B.${time}${gc}`
        : `For you: your profile says H-1B. ${step3Advice(profile, today)} and check that each program actually sponsors H-1B.${time}${gc}`;
    }
    if (profile.visa === 'o1')
      return 'For you: your profile says O-1, which is rare for trainees; confirm with each program and an immigration attorney.';
    // (A visa answer gets the member's visa line or nothing: never a line about another subject.)
    return undefined;
  }
  const letters = lettersNote(profile, answer);
  if (letters) return letters;
  // (Only under a question about a match itself: ask-match-line.ts.)
  const matchish =
    (about('matches') ||
      about('prematch') ||
      /^(?:amia|nrmp|which-match|soap|commit|match)/.test(answer.faqId ?? '')) &&
    matchLineFits(question, answer);
  if (matchish) {
    if (profile.target === 'ci-fellowship')
      return 'For you: your profile targets a CI fellowship, so the AMIA Clinical Informatics Fellowship Match and its calendar apply.';
    if (profile.target === 'residency-informatics-track')
      return 'For you: your profile targets a residency track, so the NRMP Main Residency Match and its calendar apply.';
  }
  return undefined;
}

/**
 * For an H-1B member whose notes show a green-card case: an approved I-140 of their own allows
 * extensions past six years, a new employer's included (AC21 §104(c)), and a new J-1 would block the
 * green card. Newcomer trial 22 was told only that his H-1B ran past the limit.
 */
function greenCardLine(profile: Profile): string {
  const own = ownI140Approved(profile);
  const parts = [
    own
      ? 'Your notes say your I-140 is approved: while your priority date is not current, a new employer can file H-1B extensions past six years on it (AC21 §104(c)); confirm with an immigration attorney.'
      : '',
    greenCardUnderWay(profile)
      ? 'With a green-card case under way, a new J-1 would bring the two-year home-residence requirement, which would block it: do not switch without an immigration attorney.'
      : '',
  ].filter(Boolean);
  return parts.length ? ` ${parts.join(' ')}` : '';
}

/** Steps of a season before the member has applied: Step 3 can still come first. */
const BEFORE_APPLYING: ReadonlySet<string> = new Set(['research-programs', 'prepare-application']);

/**
 * When Step 3 must be passed for an H-1B, said for where the member stands in the season (the same
 * typical calendar as /prematch timeline, for the match the profile targets). Before applying:
 * pass it before you apply. Once applications are in (interviews, rank lists, results): what
 * counts is the program's own deadline before it files the petition, which a member on the
 * interview trail was not told ("plan to have Step 3 passed before you apply", in December).
 */
function step3Advice(profile: Profile, today: string | undefined): string {
  const before = 'Plan to have Step 3 passed before you apply,';
  if (!today) return before;
  const phase = prematchTimeline(today, profile.target, profile.deadline).current;
  if (!phase || BEFORE_APPLYING.has(phase)) return before;
  const ask =
    phase === 'results' || phase === 'post-match'
      ? 'ask your program for its deadline'
      : 'ask each program you interview with or rank for its deadline';
  return `A program normally needs Step 3 passed before it files your H-1B petition, and each sponsoring program sets its own deadline for that (one program's published rule is by Match Day): if yours is not passed yet, book it now, ${ask},`;
}

/**
 * "How many letters, 3 or 4?" has two answers, one per match; a member whose profile names a
 * target gets that one (letters guide: ideal-mix, eras-letter-limits, how-many-informatics-letters).
 */
function lettersNote(profile: Profile, answer: Answer): string | undefined {
  if (answer.faqId !== 'how-many-letters') return undefined;
  if (profile.target === 'ci-fellowship')
    return "For you: your profile targets a CI fellowship, so plan on four letters where a program allows it (CI programs commonly ask for three or four; one asks for your residency program director's letter plus three more), at least half of them strongly about informatics.";
  if (profile.target === 'residency-informatics-track')
    return 'For you: your profile targets a residency track, so plan on three or four letters per program through ERAS (four at most; many programs ask for three), at least one and preferably two about your informatics work.';
  return undefined;
}

/** Whether the note answers the question itself (then it goes first) rather than adding to it. */
export function noteLeads(answer: Answer): boolean {
  // The member's own residency settles "am I eligible?", which the guides answer for everyone.
  return answer.faqId === 'how-many-letters' || isEligibilityAnswer(answer);
}

/** Primary boards ABPM accepts for the clinical informatics exam (ABPM's CI certification page). */
const ABPM_PRIMARY: Readonly<Record<string, string>> = {
  abms: 'an ABMS member board',
  aoa: 'the AOA',
  rcpsc: 'the RCPSC',
  cfpc: 'the CFPC',
};

/**
 * On a question about the CI boards, what the member's recorded primary certification means: ABPM
 * accepts ABMS, AOA, RCPSC and CFPC certification; a home-country board is not among them.
 */
function boardNote(profile: Profile, answer: Answer): string | undefined {
  const boardsTopic = answer.topic === 'ci-pathway#board-certification' || /^board-/.test(answer.faqId ?? '');
  const held = profile.boardCertification ?? [];
  if (!boardsTopic || !held.length) return undefined;
  const accepted = held.find((b) => ABPM_PRIMARY[b.board]);
  if (accepted)
    return `For you: your profile lists ${accepted.board.toUpperCase()} certification in ${accepted.specialty}. ABPM accepts certification from ${ABPM_PRIMARY[accepted.board]} as the primary certification for the CI exam, if it is current; you would still need the ACGME-accredited fellowship and an unrestricted US or Canadian licence. Confirm on ABPM's current page.`;
  return "For you: your profile lists a home-country board certification. ABPM's CI exam needs a current primary certification from an ABMS member board, the AOA, the RCPSC or the CFPC, so that one does not meet it on its own; ask ABPM before you plan around the boards.";
}

function buttonsFor(answer: Answer, topic: string | undefined, key: string | undefined): ActionRow[] {
  const row: ActionRow = [];
  if (answer.covered && key) {
    row.push(button(`${ASK_IDS.vote}:up:${key}`, '👍 Helpful', { style: 'secondary', hint: 'helpful' }));
    row.push(button(`${ASK_IDS.vote}:down:${key}`, '👎 Not helpful', { style: 'secondary', hint: 'not helpful' }));
  }
  if (answer.kind !== 'out-of-scope') {
    const id = topic && `${ASK_IDS.follow}:${topic}`.length <= 100 ? `${ASK_IDS.follow}:${topic}` : ASK_IDS.follow;
    row.push(button(id, 'Ask a follow-up', { style: 'primary', hint: '/ask <your follow-up>' }));
  }
  return row.length ? [row] : [];
}

export async function askView(ctx: AppContext, question: string, opts: AskViewOptions = {}): Promise<View> {
  // Only a reply the member alone sees may depend on the profile.
  const profile = opts.private ? await profileOf(ctx, opts.userId) : undefined;
  const audience: SearchOptions['audience'] = audienceForCitizenship(profile?.citizenship);
  const llm = opts.userId ? await memberLlm(ctx, opts.userId, { profileFacts: audience !== undefined }) : undefined;
  const { answer, llm: use } = await askWithLlm(llm, ctx.knowledge.index, question, audience, profile, opts.previous);
  opts.onTopic?.(answer.covered ? answer.topic : undefined);

  let key: string | undefined;
  // A message telling of an emergency is not counted: it is about the member's health, not a
  // question the server's admins need to see.
  if (opts.scope && opts.userId && answer.declined !== 'emergency') {
    try {
      key = await recordAsk({
        store: ctx.store,
        secret: ctx.config.profileSecrets[0],
        scope: opts.scope,
        userId: opts.userId,
        question,
        answer,
        now: ctx.now(),
      });
    } catch (e) {
      if (!isStoreError(e)) throw e;
      // Counting is a nicety: the member still gets the answer.
      ctx.logger.warn('ask: question not counted (store error)', { error: e.name });
    }
  }

  // (A reply to an emergency carries nothing else: no profile note, no calendar.)
  const urgent = answer.declined === 'emergency';
  const note = urgent ? undefined : personalNote(profile, answer, ctx.today(), question);
  // Where the season stands today, for a question about a match's dates: the match the question
  // names, else (in a private reply) the one the member's profile targets.
  const season = urgent
    ? undefined
    : seasonNowLine(question, answer, ctx.today(), profile?.target, ownCycleStart(question, profile, ctx.today()));
  // "Too late for a 2027 start?": the member's own match's calendar answers first, and replaces the
  // guide text when that text is the other match's calendar (ask-too-late.ts; newcomer trial 22).
  const late = urgent ? undefined : tooLateAnswer(question, ctx.today(), profile?.target);
  const withSeason = (text: string): string =>
    late
      ? late.calendar !== 'both' && calendarOf(answer) !== undefined && calendarOf(answer) !== late.calendar
        ? late.text
        : `${late.text}\n\n${text}`
      : season
        ? season.urgent
          ? `**${season.text}**\n\n${text}`
          : `${text}\n\n${season.text}`
        : text;
  // (An answer that is not about eligibility drops the residency-abroad caveat for a member whose
  // own residency meets the standard rule: ask-own-residency.ts.)
  const shown = isEligibilityAnswer(answer) ? answer.answer : withoutAbroadCaveat(answer.answer, profile, ctx.today());
  const body = use.used ? memberText(withoutCitations(shown)) : withoutCitations(shown);
  const footer = [sourcesLine(answer), ...(use.used ? ['Written by the AI model from these guide sections.'] : [])]
    .filter(Boolean)
    .join('\n');
  return {
    text: `**You asked:** ${memberText(question)}`,
    sections: [
      {
        // Small talk and requests to the bot itself are not questions the guides failed to answer.
        ...(answer.covered || answer.declined === 'chit-chat' || answer.declined === 'instructions'
          ? {}
          : answer.declined === 'emergency'
            ? { title: 'Please get help now' }
            : { title: 'Not in the guides' }),
        // The model's text is untrusted: shown as text, never as markdown or mentions.
        body: withSeason(
          note
            ? noteLeads(answer) || homeRuleNoteLeads(note, answer)
              ? `*${note}*\n\n${body}`
              : `${body}\n\n*${note}*`
            : body,
        ),
        tone: answer.covered ? 'info' : answer.declined === 'emergency' ? 'warning' : 'neutral',
        ...(footer ? { footer } : {}),
      },
      ...llmNoteSections(use),
    ],
    ...(opts.buttons ? { actions: buttonsFor(answer, answer.topic, key) } : {}),
    personal: note !== undefined,
  };
}
