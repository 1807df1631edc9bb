/**
 * /help as Views: the command list (from whatever the caller knows: the Discord registry or the
 * console's commands) and the glossary, paginated so each page is one comfortable message.
 */
import { GLOSSARY, type GlossaryEntry } from '../../knowledge/glossary.js';
import { button, type Section, type View } from '../view.js';

export interface HelpEntry {
  /** How to invoke it: `/redflag`, `/profile import <path>`. */
  usage: string;
  description: string;
}

/** Where else members can talk to the bot, for the Discord help. */
export const CHAT_FOOTER = 'You can also just talk to me: mention me in a server channel, or send me a DM.';

export function helpCommandsView(entries: readonly HelpEntry[], intro?: string, footer: string = CHAT_FOOTER): View {
  return {
    text:
      intro ??
      'I coach international medical graduates applying to clinical informatics: red flags, letters, interviews and etiquette, all cited from the guides.',
    sections: [
      {
        title: 'Commands',
        body: helpLines(entries).join('\n'),
        footer,
        tone: 'info',
      },
    ],
    personal: false,
  };
}

/**
 * One line per form. Several forms of one command share its description (`/redflag`,
 * `/redflag <number>`, `/redflag share`): it is said once, on the first, and the forms after it are
 * listed under it, each with only its own hint, so the list reads as commands, not as one
 * sentence repeated.
 */
export function helpLines(entries: readonly HelpEntry[]): string[] {
  return entries.map((e, i) =>
    i > 0 && entries[i - 1]?.description === e.description ? `  ↳ **${e.usage}**` : `**${e.usage}**: ${e.description}`,
  );
}

/** Entries per glossary page: 15 short definitions stay well under one embed's limits. */
export const GLOSSARY_PAGE_SIZE = 15;

export function glossaryPageCount(): number {
  return Math.ceil(GLOSSARY.length / GLOSSARY_PAGE_SIZE);
}

function entryName(e: GlossaryEntry): string {
  return e.expansion && e.expansion.toLowerCase() !== e.term.toLowerCase() ? `${e.term} (${e.expansion})` : e.term;
}

/**
 * One page (1-based) with Previous/Next buttons (`help:glossary:<page>`), or, without `page`, the
 * whole glossary (the console).
 */
export function glossaryView(page?: number): View {
  const pages = glossaryPageCount();
  const current = page === undefined ? undefined : Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  const entries =
    current === undefined ? GLOSSARY : GLOSSARY.slice((current - 1) * GLOSSARY_PAGE_SIZE, current * GLOSSARY_PAGE_SIZE);
  const section: Section = {
    title: 'Glossary',
    fields: entries.map((e) => ({ name: entryName(e), value: e.definition })),
    tone: 'info',
    ...(current !== undefined ? { footer: `Page ${current} of ${pages}` } : {}),
  };
  const v: View = { sections: [section], personal: false };
  if (current !== undefined && pages > 1) {
    v.actions = [
      [
        button(`help:glossary:${current - 1}`, 'Previous', { disabled: current <= 1 }),
        button(`help:glossary:${current + 1}`, 'Next', { disabled: current >= pages }),
      ],
    ];
  }
  return v;
}
