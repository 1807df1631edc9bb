/**
 * /privacy: what is stored, where, for how long, how to take it out, and whether any AI model
 * sees it. Built from the running configuration so it never claims more than is true.
 */
import { STORE_DEFAULTS } from '../../store/store.js';
import type { AppContext } from '../context.js';
import type { View } from '../view.js';

function days(ms: number): string {
  const d = Math.round(ms / 86_400_000);
  return d === 1 ? '1 day' : `${d} days`;
}

/** The AI paragraph, from the configuration: off unless OPENAI_API_KEY is set. */
function aiModelText(llm: AppContext['config']['llm']): string {
  if (!llm) {
    return 'No AI model is configured: answers come from rules and the guides shipped with the bot. Nothing you enter is sent to an AI provider.';
  }
  const host = llm.baseURL ? new URL(llm.baseURL).host : 'api.openai.com';
  return `An AI model is configured on this deployment (${llm.model} at ${host}). Features that use it send that provider only the text needed for the answer; the rule-based checks and cited guides work without it.`;
}

export function privacyView(ctx: Pick<AppContext, 'store' | 'config'>): View {
  const { store } = ctx;
  const where =
    store.backend === 'redis'
      ? 'a Redis database run by whoever hosts this bot'
      : 'an SQLite database file on the machine that runs this bot';
  const encrypted = store.encrypted
    ? 'Profiles and sessions are encrypted at rest (AES-256-GCM) with a secret only the host holds.'
    : 'Stored data is **not** encrypted at rest on this deployment (the host has not set PROFILE_SECRET).';
  return {
    text: '**Your data and this bot**',
    sections: [
      {
        title: 'What is stored',
        body: [
          '- **Your profile**: only what you enter or import (exams, timeline, letters…), keyed by your Discord user id so it follows you across servers and DMs.',
          `- **A mock interview in progress**: it expires after ${days(STORE_DEFAULTS.sessionTtlMs)} without activity.`,
          `- **Mock interview history**: summaries of your last ${STORE_DEFAULTS.historyLimit} sessions; older ones drop off.`,
          '- **Setup progress** and short-lived counters for rate limits.',
          'Your questions to /ask and your chat messages are answered and not kept.',
        ].join('\n'),
      },
      {
        title: 'Where and how long',
        body: `In ${where}. ${encrypted} Everything stays until you delete it (except the expiry above). Logs hold command names, ids and timings, never your profile or your messages.`,
      },
      {
        title: 'Your controls',
        body: [
          '- `/profile export`: everything stored about you, as a JSON file.',
          '- `/profile delete`: removes your profile, sessions, history and counters, after a confirmation.',
        ].join('\n'),
      },
      {
        title: 'AI models',
        body: aiModelText(ctx.config.llm),
        tone: 'info',
      },
    ],
    personal: false,
  };
}
