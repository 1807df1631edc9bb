/**
 * Checks an email the member wants to send to a program before the Match. Eight checks with the
 * contract's ids. False alarms are a defect here: a careful, well-written email of any kind must
 * come out with no findings, so every pattern needs the member's own first-person framing (a
 * question about *their* rank, *their* divorce) rather than a bare keyword. In particular the
 * recommended sentence "applicants and programs make independent ranking decisions" never fires.
 */
import { daysBetween } from '../core/dates.js';
import { UserError } from '../core/errors.js';
import { bySeverity, type Finding, type Severity } from '../core/types.js';
import { ref, type SourceRef } from '../knowledge/outline.js';
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

// ---- text helpers ----------------------------------------------------------------------------

/** Straight quotes and apostrophes, single spaces: patterns then need one spelling only. */
function normalize(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/[ \t]+/g, ' ');
}

const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The sentence holding the match, or a window around the match when the sentence is long. */
function quoteOf(sentence: string, m: RegExpExecArray): string {
  const words = sentence.split(/\s+/);
  if (words.length <= PREMATCH_CHECK_CONFIG.maxQuoteWords) return sentence.replace(/[\s,;:]+$/, '');
  const before = sentence.slice(0, m.index).split(/\s+/).filter(Boolean).slice(-4).join(' ');
  const after = sentence
    .slice(m.index + m[0].length)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .join(' ');
  return `${before ? `…${before} ` : ''}${m[0]}${after ? ` ${after}…` : ''}`.trim();
}

/** First match of any pattern, sentence by sentence; `skip` can veto a match in its sentence. */
function findQuote(
  sentences: string[],
  patterns: readonly RegExp[],
  skip?: (sentence: string, m: RegExpExecArray) => boolean,
): string | undefined {
  for (const sentence of sentences) {
    for (const re of patterns) {
      const m = re.exec(sentence);
      if (m && !skip?.(sentence, m)) return quoteOf(sentence, m);
    }
  }
  return undefined;
}

const normProgram = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// ---- patterns ----------------------------------------------------------------------------------

const I_WILL = "(?:I(?:'ll| will| would|'d| shall| can| promise to| commit to| am going to|'m going to))";
/** "if you rank me", "if your program places me": the condition half of a rank trade. */
const IF_YOU_RANK_ME =
  'if (?:you|your (?:program|programme|team|committee|fellowship))(?: \\w+){0,3} (?:rank|ranks|put|puts|place|places|list|lists|match|matches|take|takes) me';

/** Trading ranks, or a promise about rank order. */
const QUID_PRO_QUO: readonly RegExp[] = [
  new RegExp(`\\b${IF_YOU_RANK_ME}\\b[^.?!]*(?:\\b${I_WILL}|\\bin return)\\b`, 'i'),
  new RegExp(`\\b${I_WILL}(?: \\w+){0,2} rank(?:ing)?\\b[^.?!]{0,80}\\b${IF_YOU_RANK_ME}\\b`, 'i'),
  new RegExp(`\\b${I_WILL}(?: \\w+){0,2} rank(?:ing)?\\b[^.?!]{0,60}\\bin (?:exchange|return)\\b`, 'i'),
  /\bin (?:exchange|return) for\b[^.?!]{0,40}\b(?:rank|spot|place|position|your list)/i,
  /\b(?:as long as|provided(?: that)?|on (?:the )?condition that) (?:you|your (?:program|team|committee))(?: \w+){0,3} rank/i,
  /\bI (?:promise|guarantee|commit) (?:to rank|to ranking|that I will rank|I will rank|I'll rank)\b/i,
  /\b(?:mutual|reciprocal) (?:ranking|rank|commitment)\b/i,
];

/** Questions or requests about where the member stands or will be ranked. */
const ASKS_FOR_RANKING: readonly RegExp[] = [
  /\bwhere (?:do|would|will|might) I (?:stand|rank|fall|be ranked)\b/i,
  /\bwhere (?:am I|I am|I'm|I stand|I rank|I fall) on (?:your|the) (?:rank(?:ing)? )?list\b/i,
  /\bwill I be (?:ranked|ranking|on your (?:rank )?list|matched)\b/i,
  /\bam I (?:going to be |being |likely to be )?ranked\b/i,
  /\bhow (?:high(?:ly)?|well|low|far down) (?:will|would|do|did|might) (?:you|your (?:program|team|committee)|I) (?:plan to |intend to |be )?rank(?:ed)?\b/i,
  /\bhow (?:will|would|might) I be ranked\b/i,
  /\b(?:do|will|would|did) you (?:plan|intend|expect|hope|want) to rank me\b/i,
  /\b(?:are|will|would) you (?:be )?(?:going to )?rank(?:ing)? me\b/i,
  /\bmy (?:position|place|spot|standing|ranking|rank) on your (?:rank(?:ing)? )?list\b/i,
  /\bwhere (?:you|your (?:program|team|committee)) (?:will |plan to |intend to |might )?rank(?:ed)? me\b/i,
  /\b(?:let me know|tell me|share with me|inform me|indicate|confirm|advise me)\b[^.?!]{0,40}\b(?:whether|if|how|where)\b[^.?!]{0,30}\b(?:I (?:will|would|might|am going to|'ll) be ranked|you (?:will|would|plan to|intend to|might) rank me|I stand|I (?:am|'m) (?:likely|going) to match|my (?:chances|ranking|rank|position))\b/i,
  /\b(?:what are|what would be|how are|how good are|what is) my (?:chances?|likelihood|odds) (?:of|to|for) (?:match|be(?:ing)? ranked|rank)/i,
  /\b(?:could|can|would) you (?:share|tell me|let me know|give me)\b[^.?!]{0,20}\bmy (?:rank|ranking|position|standing)\b/i,
];

/** The member declaring this program their single first choice ("one of my top choices" is fine). */
const TOP_CHOICE: readonly RegExp[] = [
  /\bmy (?:clear |absolute |definite |single |very |true )?(?:top|first|number[- ]one|#\s?1|no\.? ?1) (?:choice|pick|preference)\b/i,
  new RegExp(
    `\\b${I_WILL}(?: \\w+){0,2} rank (?:you|your (?:program|programme|fellowship)|[^.?!]{1,60}?) (?:first|#\\s?1|number[- ]one|no\\.? ?1|at the top|highest)\\b`,
    'i',
  ),
  /\branking (?:you|your (?:program|programme|fellowship)) (?:first|#\s?1|number[- ]one|at the top)\b/i,
];

/** Personal hardship told in first person; clinical topics ("depression screening") never match. */
const FAMILY =
  '(?:mother|father|mom|dad|wife|husband|spouse|son|daughter|child|brother|sister|parents?|grandmother|grandfather)';
const OVERSHARE: readonly RegExp[] = [
  /\bmy (?:own |recent |ongoing |painful |difficult )?(?:divorce|separation|illness|depression|anxiety|debts?|bankruptcy|diagnosis|cancer|break-?up|miscarriage|mental health|chemotherapy|grief|loans?|financial (?:troubles?|problems?|difficult(?:y|ies)|hardships?|situation|struggles?))\b(?! (?:research|registry|stud(?:y|ies)|projects?|patients?|work|care|cent(?:er|re)|rotations?|clinic|service|unit|ward|team|data|screening|program|skills))/i,
  /\bmy own (?:surgery|health)\b/i,
  new RegExp(
    `\\bmy (?:\\w+ )?${FAMILY}(?:'s)? (?:illness|cancer|death|passing|diagnosis|surgery|divorce|debts?|stroke|dementia|hospitali[sz]ation)\\b`,
    'i',
  ),
  new RegExp(
    `\\bmy (?:\\w+ )?${FAMILY} (?:passed away|died|was diagnosed|is ill|fell ill|has been ill|got sick)\\b`,
    'i',
  ),
  /\b(?:death|passing|loss) of my\b/i,
  /\b(?:going|went|been) through (?:a |my )?(?:divorce|separation|depression|bankruptcy|hard time|difficult time)\b/i,
  /\bI (?:was|have been|am|got|had been|'ve been) (?:diagnosed|depressed|hospitali[sz]ed|bankrupt|in debt|seriously ill)\b/i,
  /\b(?:in (?:heavy |deep |serious )?debt|can(?:no|')t afford|struggling financially|financial hardship|financial difficulties|financially struggling)\b/i,
  /\bdivorc(?:e|ed|ing)\b/i,
];

/** Attachments the program did not ask for. */
const ATTACHMENT: readonly RegExp[] = [
  // "attached to this email" is a file; "attached to the ICU team" or "to the idea" is not.
  /\b(?:please find |see (?:the )?)?attach(?:ed|ing|ment|ments)\b(?! to (?!this (?:e-?mail|message|letter|note)))/i,
  /\benclos(?:ed|ing)\b/i,
  /\b[\w-]+\.(?:pdf|docx?)\b/i,
];
const PROMPTED = /\b(?:as (?:you )?requested|you asked|per your request|at your request|as requested)\b/i;

/** Signs the email is about this program and not a mass mailing. */
const GENERIC_WORDS = new Set(
  'clinical informatics fellowship residency training program programme track medical medicine health healthcare the a an your'.split(
    ' ',
  ),
);
const FEATURE_PATTERNS: readonly RegExp[] = [
  /\byour (?:team|group|department|division|fellows?|faculty|program|programme|fellowship|institution|hospital|center|centre|curriculum)'s \w+/i,
  /\byour (?:work|project|projects|pilot|research|initiative|rollout|implementation|dashboard|curriculum|rotation|rotations|partnership|collaboration|emphasis|focus|approach|model|registry|platform|lab|clinic|team|group|fellows|faculty|mentorship|committee) (?:on|in|with|of|to|around|for|that|using|at)\b/i,
  /\b(?:you|the team|your team|the fellows?|the faculty|the program director|Dr\.? [A-Z][\w-]+) (?:mentioned|described|explained|shared|showed|presented|walked me through|told me about|discussed|outlined)\b/i,
  /\b(?:our|the) (?:conversation|discussion|talk|chat|meeting) (?:about|on|regarding|of)\b/i,
  /\bwe (?:discussed|talked about|spoke about)\b/i,
  /\bI (?:especially|particularly) (?:appreciated|valued|enjoyed|liked|admired)\b/i,
];
/** "your sepsis alert project" counts; "your clinical informatics fellowship program" does not. */
const YOUR_NAMED_THING =
  /\byour ((?:[\w-]+ ){1,3})(?:project|pilot|dashboard|initiative|rollout|curriculum|rotation|partnership|collaboration|registry|work|research|tool|model|study|program|programme|track)\b/gi;

function isSpecific(text: string, program: string | undefined): boolean {
  if (FEATURE_PATTERNS.some((re) => re.test(text))) return true;
  for (const m of text.matchAll(YOUR_NAMED_THING)) {
    const words = (m[1] ?? '').trim().toLowerCase().split(/\s+/);
    if (words.some((w) => !GENERIC_WORDS.has(w))) return true;
  }
  if (!program) return false;
  const hay = ` ${normProgram(text)} `;
  if (hay.includes(` ${normProgram(program)} `)) return true;
  const distinctive = normProgram(program)
    .split(' ')
    .filter((w) => w.length >= 4 && !GENERIC_WORDS.has(w) && !PROGRAM_STOP.has(w));
  return distinctive.some((w) => hay.includes(` ${w} `));
}
const PROGRAM_STOP = new Set(
  'university college hospital hospitals center centre school institute department system systems sciences science and of for at'.split(
    ' ',
  ),
);

// ---- the checker -------------------------------------------------------------------------------

const EARLY_KINDS: ReadonlySet<PrematchKind> = new Set(['inquiry', 'other']);
const SPECIFIC_KINDS: ReadonlySet<PrematchKind> = new Set(['thank-you', 'update', 'top-choice', 'inquiry']);
const ATTACHMENT_KINDS: ReadonlySet<PrematchKind> = new Set(['inquiry', 'other', 'thank-you']);

function finding(id: PrematchCheckId, severity: Severity, message: string, sources: SourceRef[], quote?: string) {
  return { id, severity, message, sources, ...(quote ? { quote } : {}) } satisfies PrematchFinding;
}

/**
 * Check one email. `today` (YYYY-MM-DD) stands in for a missing sendDate. Throws UserError when
 * the email is empty.
 */
export function checkPrematchEmail(email: string, context: PrematchContext, today: string): PrematchReport {
  if (!email.trim()) throw new UserError('the email is empty: paste the text you want to send and try again');
  const text = normalize(email);
  const sentences = sentencesOf(text);
  const { kind, program } = context;
  const sendDay = context.sendDate ?? today;
  const findings: PrematchFinding[] = [];
  const notChecked: PrematchReport['notChecked'] = [];
  const them = program ?? 'the program';

  const qpq = findQuote(sentences, QUID_PRO_QUO);
  if (qpq) {
    findings.push(
      finding(
        'quid-pro-quo',
        'high',
        `You wrote "${qpq}" — that trades or promises rank positions, which NRMP rules forbid and which can be reported as a Match violation. ` +
          'Delete it. If this really is your first choice, say so once without conditions and add that each side ranks independently.',
        [S.nrmp, S.topChoice],
        qpq,
      ),
    );
  }

  const asks = findQuote(sentences, ASKS_FOR_RANKING);
  if (asks) {
    findings.push(
      finding(
        'asks-for-ranking',
        'high',
        `You asked "${asks}" — programs may not tell you how they will rank you, and asking puts ${them} in an awkward spot under NRMP rules. ` +
          'Remove the question; close by restating your interest instead.',
        [S.nrmp, S.rankHighly],
        asks,
      ),
    );
  }

  const declared = findQuote(sentences, TOP_CHOICE);
  if (kind === 'top-choice' || declared) {
    const earlier = (context.previous ?? []).filter(
      (x) => x.kind === 'top-choice' && (!program || normProgram(x.program) !== normProgram(program)),
    );
    const first = earlier[0];
    if (first) {
      const to = program ? `to ${program}` : 'to another program';
      findings.push(
        finding(
          'multiple-top-choice',
          'high',
          `You already told ${first.program} on ${first.date} that it is your top choice; sending the same message ${to} means one of them is not true, ` +
            'and informatics programs are small enough to compare notes. Send a top-choice message to one program only; ' +
            `here say instead that ${them} is one of the places you would be glad to train.`,
          [S.topChoice, S.followUp],
          declared,
        ),
      );
    }
  }

  if (kind === 'update') {
    if (!program) {
      notChecked.push({
        id: 'too-many-updates',
        reason: 'add "program" to the context to count earlier updates to it',
      });
    } else {
      const sent = (context.previous ?? []).filter(
        (x) => x.kind === 'update' && normProgram(x.program) === normProgram(program),
      );
      if (sent.length >= PREMATCH_CHECK_CONFIG.maxUpdatesPerProgram) {
        findings.push(
          finding(
            'too-many-updates',
            'medium',
            `You have already sent ${sent.length} updates to ${program} (${sent.map((x) => x.date).join(', ')}). ` +
              'One or two substantial updates between interview and rank deadline is the norm; more dilutes them. ' +
              'Send this one only if it is major news (an accepted paper, a new score); otherwise mention it at a natural later contact.',
            [S.updates, S.howOften],
          ),
        );
      }
    }
  }

  if (kind === 'thank-you') {
    if (!context.interviewDate) {
      notChecked.push({ id: 'late-thank-you', reason: 'add "interviewDate" to the context to check the timing' });
    } else {
      const days = daysBetween(context.interviewDate, sendDay);
      if (days > PREMATCH_CHECK_CONFIG.thankYouMaxDays) {
        findings.push(
          finding(
            'late-thank-you',
            days > PREMATCH_CHECK_CONFIG.thankYouMediumAfterDays ? 'medium' : 'low',
            `This thank-you goes out ${days} days after your interview on ${context.interviewDate}; notes land best within 24-72 hours. ` +
              'Send it now rather than not at all, keep it short and specific, and skip long apologies for the delay.',
            [S.thankYou],
          ),
        );
      }
    }
  }

  if (SPECIFIC_KINDS.has(kind) && !isSpecific(text, program)) {
    const named = program ? `it never names ${program}` : 'it names no program';
    const where =
      kind === 'inquiry' ? S.inquiry : kind === 'update' ? S.updates : kind === 'top-choice' ? S.topChoice : S.thankYou;
    findings.push(
      finding(
        'generic-message',
        'medium',
        `Nothing in this email is specific to the program: ${named} and mentions nothing they do. ` +
          'Add one concrete detail, such as a project someone described, a curriculum feature or a team you would join, so it cannot read as a mass email.',
        [where, S.pitfalls],
      ),
    );
  }

  const early = EARLY_KINDS.has(kind) || (!!context.interviewDate && daysBetween(sendDay, context.interviewDate) > 0);
  if (early) {
    const over = findQuote(sentences, OVERSHARE);
    if (over) {
      findings.push(
        finding(
          'overshare',
          'medium',
          `You wrote "${over}" — personal hardship details do not belong in an early email to a program you have not met yet. ` +
            'Keep it to who you are and your question; if the hardship explains a gap, address it briefly in your personal statement or at interview.',
          [S.pitfalls],
          over,
        ),
      );
    }
  }

  if (ATTACHMENT_KINDS.has(kind)) {
    const att = findQuote(sentences, ATTACHMENT, (sentence) => PROMPTED.test(sentence));
    if (att) {
      findings.push(
        finding(
          'unprompted-attachments',
          'low',
          `You wrote "${att}" — nobody asked for attachments, and unrequested files (a CV, PDFs) read as pushy and often go unopened. ` +
            'Remove them; add a link to your CV or offer to send it if helpful.',
          [S.pitfalls],
          att,
        ),
      );
    }
  }

  const order = (id: PrematchCheckId) => PREMATCH_CHECK_IDS.indexOf(id);
  findings.sort((a, b) => bySeverity(a, b) || order(a.id) - order(b.id));
  return { findings, notChecked };
}
