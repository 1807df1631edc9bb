/**
 * The View model: what a reply says, independent of the transport. Feature code (src/app/views/*)
 * builds Views from engine output; `src/discord/render.ts` turns them into Discord messages
 * (split to Discord's limits) and `src/console/render.ts` into plain text.
 *
 * Strings are light Discord-flavoured markdown: **bold**, *italic*, `code`, "- " bullets and
 * "> " quotes. Text the member typed must go through `memberText()` before it is placed in a View,
 * so it shows as typed and can never format or mention anything.
 */
import { escapeMarkdown } from 'discord.js';

/** Colour hint for a section; renderers may ignore it. */
export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface Field {
  name: string;
  value: string;
  inline?: boolean;
}

/** One block of the reply: a titled body with optional name/value fields and a footer. */
export interface Section {
  title?: string;
  body?: string;
  fields?: Field[];
  footer?: string;
  tone?: Tone;
}

export type ButtonStyle = 'primary' | 'secondary' | 'success' | 'danger';

/**
 * A button. `customId` follows `<command>:<action>[:<arg>...]` (at most 100 characters) and must
 * carry everything its handler needs, because the handler may run after a restart.
 */
export interface ButtonAction {
  kind: 'button';
  customId: string;
  label: string;
  style?: ButtonStyle;
  disabled?: boolean;
  /** What to type for the same thing where there are no buttons (the local console). */
  hint?: string;
}

export interface SelectOption {
  label: string;
  value: string;
  description?: string;
  default?: boolean;
}

/** A string select menu; it always takes a whole row on Discord. */
export interface SelectAction {
  kind: 'select';
  customId: string;
  placeholder?: string;
  options: SelectOption[];
  minValues?: number;
  maxValues?: number;
  hint?: string;
}

export type Action = ButtonAction | SelectAction;
/** Actions shown together; renderers re-wrap rows to the transport's limits. */
export type ActionRow = Action[];

export interface ViewFile {
  name: string;
  content: string;
}

export interface View {
  /** Plain message text shown above the sections. */
  text?: string;
  sections: Section[];
  actions?: ActionRow[];
  files?: ViewFile[];
  /**
   * True when the reply shows the member's own facts (profile, sessions). The Discord layer makes
   * personal replies ephemeral in servers and normal in DMs.
   */
  personal: boolean;
}

/** Short constructors so view builders read as data. */
export const view = (v: Partial<View> & { personal: boolean }): View => ({ sections: [], ...v });

export const button = (
  customId: string,
  label: string,
  opts: { style?: ButtonStyle; hint?: string; disabled?: boolean } = {},
): ButtonAction => ({ kind: 'button', customId, label, ...opts });

/**
 * Running text that sends the member to one of the view's actions, worded by each transport:
 * Discord says "press **Label**"; the console, which has no buttons, says "type /command" (the
 * action's `hint`) or "choose Label". `capital` starts a sentence.
 */
export function pressAction(label: string, opts: { capital?: boolean } = {}): string {
  return `\u27ea${opts.capital ? '^' : ''}${label}\u27eb`;
}

/** The markers pressAction leaves in text: [whole, capital flag, label]. */
export const PRESS_ACTION = /\u27ea(\^?)([^\u27eb]+)\u27eb/g;

/** Rewrites every pressAction marker in the view's text with `word(label, capital)`. */
export function wordActions(v: View, word: (label: string, capital: boolean) => string): View {
  const w = (text: string) => text.replace(PRESS_ACTION, (_m, cap: string, label: string) => word(label, cap === '^'));
  const maybe = (text: string | undefined) => (text === undefined ? undefined : w(text));
  return {
    ...v,
    ...(v.text !== undefined ? { text: w(v.text) } : {}),
    sections: v.sections.map((s) => ({
      ...s,
      ...(s.title !== undefined ? { title: maybe(s.title)! } : {}),
      ...(s.body !== undefined ? { body: maybe(s.body)! } : {}),
      ...(s.footer !== undefined ? { footer: maybe(s.footer)! } : {}),
      ...(s.fields ? { fields: s.fields.map((f) => ({ ...f, name: w(f.name), value: w(f.value) })) } : {}),
    })),
  };
}

/** A plain-text message: notices, confirmations, "coming soon". */
export function notice(text: string, opts: { personal?: boolean } = {}): View {
  return { sections: [], text, personal: opts.personal ?? false };
}

/**
 * Member-supplied text made safe to show: backslashes, markdown characters and link brackets
 * escaped, and mention syntax (`@everyone`, `<@123>`) defused with a zero-width space.
 * Allowed-mentions already stops pings; this also stops the text from *looking* like a mention,
 * from breaking the layout, and from becoming a masked link (`[x](url)` in any of the forms
 * Discord renders: with every `[`, `]` and `<` escaped, Discord's link rules match nothing).
 */
export function memberText(text: string): string {
  // The brackets pressAction uses are dropped: member text can never look like a button reference.
  const defused = text
    .replace(/[\u27ea\u27eb]/g, '')
    .replace(/@(everyone|here)/g, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>');
  // `https\://…` shows as typed but is no link: the bot never turns a member's address into one.
  return escapeMarkdown(defused.replace(/\\/g, '\\\\'))
    .replace(/[[\]<]/g, (c) => `\\${c}`)
    .replace(/\b(https?|discord(?:app)?|www):?(?=\/\/|\.)/gi, (m) => (m.endsWith(':') ? `${m.slice(0, -1)}\\:` : m));
}

/** Undo `memberText` escapes for transports that show text literally (the console). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([^a-zA-Z0-9\s])/g, '$1').replace(/\u200b/g, '');
}
