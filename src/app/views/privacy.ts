/**
 * /privacy: what is stored, where, for how long, how to take it out, and whether any AI model
 * sees it. Built from the running configuration so it never claims more than is true.
 */
import { STORE_DEFAULTS } from '../../store/store.js';
import { PREMATCH_LOG_LIMITS } from '../prematch/log.js';
import type { AppContext } from '../context.js';
import type { LlmConsent } from '../llm.js';
import type { View } from '../view.js';

function days(ms: number): string {
  const d = Math.round(ms / 86_400_000);
  return d === 1 ? '1 day' : `${d} days`;
}

/** The AI paragraph, from the configuration: off unless OPENAI_API_KEY is set. */
function aiModelText(llm: AppContext['config']['llm']): string {
  if (!llm) {
    return 'No AI model is configured: answers come from rules and the guides shipped with the advisor. Nothing you enter is sent to an AI provider.';
  }
  return `An AI model is configured on this deployment (${llm.model} at ${modelHost(llm)}). Features that use it send that provider only the text needed for the answer; the rule-based checks and cited guides work without it.`;
}

export function modelHost(llm: NonNullable<AppContext['config']['llm']>): string {
  return llm.baseURL ? new URL(llm.baseURL).host : 'api.openai.com';
}

/** What goes to the provider with and without consent; only shown when a model is configured. */
function consentText(llm: NonNullable<AppContext['config']['llm']>, member: MemberChoice | undefined): string {
  const consent = member?.consent;
  const state = !member
    ? ''
    : consent
      ? `\n**Your choice:** you agreed on ${consent.at}. Turn it off with /privacy llm off.`
      : '\n**Your choice:** you have not agreed, so your profile facts are never sent. Turn it on with /privacy llm on.';
  return (
    [
      '- **Without your consent** the model sees only your question (/ask and chat, with guide passages chosen as for anyone, not from your profile) or your answers to general mock-interview questions with their measured notes. Nothing derived from your profile: not your facts, and not the questions picked from your red flags (those are coached from the rules alone).',
      '- **With your consent** (/privacy llm on), /explain-gap, /lor-ask email and /redflag also send the facts from *your own* profile they need (exams, timeline, letters, flags) so the draft is written around your story, and mock questions chosen from your profile get coaching too. Nobody else’s data is ever included; a note of yours that reads like an instruction to the AI is left out.',
      '- The rules stay in charge: the model never decides what is a red flag or a problem. Everything it writes is checked before you see it: any statement about you (an exam, a score, attempts, visa, citizenship, professionalism, residency, dates) must match your profile or what you told it, it may never advise hiding or misstating anything, and links are removed. When it fails a check, or is slow or busy, you get the standard version with a short note. It cannot read or change what is stored.',
      `- The provider’s own terms apply to what is sent. Each member gets up to ${llm.dailyQuota} model calls a day. /profile delete removes your consent with everything else.`,
    ].join('\n') + state
  );
}

/** The member's stored `/privacy llm` choice; `consent` undefined = not given (or withdrawn). */
export interface MemberChoice {
  consent: LlmConsent | undefined;
}

/**
 * `member`: the asker's choice, when it was read (only with a model configured). `place`: the
 * Discord bot (members in servers and DMs) or the local console (one person, one computer).
 */
export function privacyView(
  ctx: Pick<AppContext, 'store' | 'config'>,
  member?: MemberChoice,
  place: 'discord' | 'console' = 'discord',
): View {
  const { store } = ctx;
  const local = place === 'console';
  const where =
    store.backend === 'redis'
      ? local
        ? 'the Redis database this console is set to use (STORE_URL)'
        : 'a Redis database run by whoever hosts this bot'
      : local
        ? `an SQLite database file on this computer (${ctx.config.storeUrl.replace(/^sqlite:\/\//, '')})`
        : 'an SQLite database file on the machine that runs this bot';
  const encrypted = store.encrypted
    ? [
        '- **Encrypted** (AES-256-GCM): every record about you above. Each is sealed with a key of your own, and that key is stored only encrypted with a secret the host keeps outside the database. A copy of the database alone reads as noise.',
        local
          ? '- **Not encrypted**: the short-lived counters (a number each) and the names of the records, which contain the console’s local user id.'
          : '- **Not encrypted**: the short-lived counters (a number, kept under your Discord user id) and the names of the records, which contain your user id.',
      ].join('\n')
    : '- Stored data is **not** encrypted at rest on this deployment.';
  return {
    text: local ? '**Your data in this console**' : '**Your data and this bot**',
    sections: [
      {
        title: 'What is stored',
        body: [
          local
            ? '- **Your profile**: only what you enter or import (exams, timeline, letters…).'
            : '- **Your profile**: only what you enter or import (exams, timeline, letters…), keyed by your Discord user id so it follows you across servers and DMs.',
          `- **A mock interview in progress**: it expires after ${days(STORE_DEFAULTS.sessionTtlMs)} without activity.`,
          `- **Mock interview history**: summaries of your last ${STORE_DEFAULTS.historyLimit} sessions; older ones drop off.`,
          '- **Pre-match log**: the emails you marked as sent with /prematch (kind, program, date), so a later check can warn about, say, a second top-choice message; and your last 10 checks (kind, program, date, and the names of any HIGH problems found), so "I sent it" can log one and remind you of what it found. The email text itself is not kept.',
          '- **Setup progress** and short-lived counters for rate limits.',
          ...(ctx.config.llm
            ? ['- **Your AI choice** (/privacy llm on or off) and a count of today’s model calls.']
            : []),
          local
            ? 'Your questions to /ask are answered and not kept. A mock answer that could not be saved because storage was down is held in the console’s memory while it runs (at most an hour) so you can send it again, never written anywhere.'
            : 'Your questions to /ask and your chat messages are answered and not kept. A mock answer that could not be saved because storage was down is held in the bot’s memory for an hour so you can send it again, never written anywhere.',
        ].join('\n'),
      },
      {
        title: 'Where, how long, and how it is protected',
        body: `In ${where}. Everything stays until you delete it (except the expiry above).\n${encrypted}\nLogs hold command names, ids and timings, never your profile or your messages.`,
      },
      local
        ? {
            title: 'Who sees your answers',
            body: 'Only people who can use this computer account, or read the store named here. Nothing is sent anywhere unless an AI model is configured (see AI models).',
          }
        : {
            title: 'Who sees your replies',
            body: 'In a server, replies that show your profile are visible only to you. A mock interview there runs in a private thread, which server moderators who can manage threads are also able to open. For complete privacy, use the bot in a DM.',
          },
      {
        title: 'Your controls',
        body: [
          local
            ? '- `/profile export`: everything stored about you, written to JSON files in ./exports/.'
            : '- `/profile export`: everything stored about you, as a JSON file.',
          '- `/profile delete`: after a confirmation, destroys your key first (so any leftover copy of your records can no longer be decrypted), then removes your profile, session, history, settings and counters, and has the database drop its own old copies (Redis rewrites its append-only file; SQLite clears its write-ahead log and zeroes deleted bytes).',
          local
            ? '- What delete cannot reach: a backup of this computer taken before your delete, and the files `/profile export` already wrote to ./exports/ (delete those yourself).'
            : '- What delete cannot reach: messages the bot already sent you on Discord (delete those in Discord), files you downloaded with `/profile export`, and a backup the host took before your delete, which holds your records and your key encrypted with the host’s secret until the host discards it.',
        ].join('\n'),
      },
      {
        title: 'AI models',
        body: aiModelText(ctx.config.llm),
        tone: 'info',
      },
      ...(ctx.config.llm
        ? [{ title: 'What the AI model sees', body: consentText(ctx.config.llm, member), tone: 'info' as const }]
        : []),
    ],
    personal: false,
  };
}

/** `/privacy llm on|off` without a model configured: nothing to agree to. */
export const NO_MODEL_CONSENT =
  'No AI model is configured on this deployment, so nothing you enter is sent anywhere; there is nothing to turn on or off.';

/** The answer to `/privacy llm on|off` once the choice is stored. */
export function llmConsentView(ctx: Pick<AppContext, 'config'>, consent: LlmConsent | undefined): View {
  const llm = ctx.config.llm;
  const where = llm ? ` (${llm.model} at ${modelHost(llm)})` : '';
  return consent
    ? {
        text: `**Done: personal versions are on** (agreed ${consent.at}).`,
        sections: [
          {
            body: `From now on /explain-gap, /lor-ask email and /redflag send the facts from your own profile that they need to the AI model${where}, so the drafts are written around your story. The rules still decide every verdict, and every draft is checked before you see it. Turn it off any time with /privacy llm off.`,
            tone: 'success',
          },
        ],
        personal: true,
      }
    : {
        text: '**Done: personal versions are off.**',
        sections: [
          {
            body: `Your profile facts are no longer sent to the AI model${where}. /ask, chat and mock-interview feedback on general questions may still use it with only your question or answer (never your profile, nor questions chosen from it). Everything else keeps working from the rules and guides.`,
            tone: 'info',
          },
        ],
        personal: true,
      };
}
