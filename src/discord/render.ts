/**
 * View → Discord message payloads that always fit Discord's limits. Long text is split at
 * paragraph, then line, then sentence boundaries (words and characters only as a last resort for
 * a single enormous sentence), so nothing is ever truncated mid-sentence and nothing is rejected
 * with a 400. What does not fit one message goes to follow-up messages, in order.
 */
import {
  ButtonStyle as DjsButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
  type APIStringSelectComponent,
} from 'discord.js';
import { wordActions, type Action, type ButtonStyle, type Section, type Tone, type View } from '../app/view.js';

/** Discord's documented limits (see the stack notes). */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  fieldsPerEmbed: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** All embeds of one message together (and therefore each embed). */
  embedsTotal: 6000,
  rowsPerMessage: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  selectOptions: 25,
  selectOptionText: 100,
  selectPlaceholder: 150,
  filesPerMessage: 10,
} as const;

export interface DiscordFile {
  attachment: Buffer;
  name: string;
}

/** One message body, before the sender adds flags and allowed mentions. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  files: DiscordFile[];
}

// ---------------------------------------------------------------------------------------------
// Text splitting

/**
 * Boundaries tried in order. Each pattern has one capture group so `split` keeps the separator,
 * which is re-used when neighbouring pieces fit together again.
 */
const BOUNDARIES: RegExp[] = [/(\n\s*\n)/, /(\n)/, /(?<=[.!?…:;])(\s+)/, /(\s+)/];

/** Splits `text` into chunks of at most `max` characters at the most natural boundary available. */
export function splitText(text: string, max: number): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  return splitAt(trimmed, max, 0)
    .map((c) => c.trim())
    .filter(Boolean);
}

function splitAt(text: string, max: number, level: number): string[] {
  if (text.length <= max) return [text];
  const boundary = BOUNDARIES[level];
  if (!boundary) return hardCut(text, max);
  const parts = text.split(boundary);
  if (parts.length === 1) return splitAt(text, max, level + 1);
  const chunks: string[] = [];
  let current = '';
  for (let i = 0; i < parts.length; i += 2) {
    const piece = parts[i] ?? '';
    const sep = i > 0 ? (parts[i - 1] ?? '') : '';
    if (!piece) continue;
    const candidate = current ? current + sep + piece : piece;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    if (current) chunks.push(current);
    if (piece.length <= max) {
      current = piece;
    } else {
      const sub = splitAt(piece, max, level + 1);
      // The tail of an oversized piece may still share a chunk with what follows.
      current = sub.pop() ?? '';
      chunks.push(...sub);
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** A single run with no whitespace longer than `max` (a URL, a hash): cut by code points. */
function hardCut(text: string, max: number): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  let current = '';
  for (const ch of chars) {
    if (current.length + ch.length > max) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) out.push(current);
  return out;
}

/** Short labels (titles, names, button labels) that are ours: shortened at a word with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// ---------------------------------------------------------------------------------------------
// Embeds

const TONE_COLOUR: Record<Tone, number | undefined> = {
  neutral: undefined,
  info: 0x5865f2,
  success: 0x23a55a,
  warning: 0xf0b232,
  danger: 0xda373c,
};

/** Characters Discord counts towards the 6000 total of an embed. */
export function embedSize(e: APIEmbed): number {
  let n = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
  n += e.author?.name.length ?? 0;
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/** A field with a value over 1024 characters becomes several fields: "Name", "Name (cont.)"… */
function splitField(name: string, value: string, inline: boolean | undefined): APIEmbedField[] {
  const safeName = shorten(name.trim() || '\u200b', LIMITS.fieldName - ' (cont.)'.length);
  const chunks = splitText(value, LIMITS.fieldValue);
  if (chunks.length === 0) chunks.push('—');
  return chunks.map((v, i) => ({
    name: i === 0 ? safeName : `${safeName} (cont.)`,
    value: v,
    ...(inline ? { inline: true } : {}),
  }));
}

/**
 * One section → one or more embeds, each within every per-embed limit. The title goes on the
 * first, the footer on the last; continuation embeds keep the colour so they read as one block.
 */
export function sectionToEmbeds(section: Section): APIEmbed[] {
  const colour = TONE_COLOUR[section.tone ?? 'neutral'];
  const title = section.title ? shorten(section.title, LIMITS.embedTitle) : undefined;
  const footer = section.footer ? splitText(section.footer, LIMITS.footer)[0] : undefined;
  const footerLen = footer?.length ?? 0;
  // Leave room for the footer in every embed so adding it to the last one never overflows.
  const budget = LIMITS.embedsTotal - footerLen;

  const embeds: APIEmbed[] = [];
  let current: APIEmbed = {};
  const fresh = (): APIEmbed => (colour === undefined ? {} : { color: colour });
  current = fresh();
  if (title) current.title = title;

  const descriptions = section.body ? splitText(section.body, LIMITS.embedDescription) : [];
  for (const d of descriptions) {
    if (current.description !== undefined || embedSize(current) + d.length > budget) {
      embeds.push(current);
      current = fresh();
    }
    current.description = d;
  }

  const fields = (section.fields ?? []).flatMap((f) => splitField(f.name, f.value, f.inline));
  for (const f of fields) {
    const count = current.fields?.length ?? 0;
    if (count >= LIMITS.fieldsPerEmbed || embedSize(current) + f.name.length + f.value.length > budget) {
      embeds.push(current);
      current = fresh();
    }
    (current.fields ??= []).push(f);
  }

  if (footer) current.footer = { text: footer };
  embeds.push(current);
  // An embed needs some visible content; a section with nothing in it renders as nothing.
  return embeds.filter((e) => e.title || e.description || e.fields?.length || e.footer);
}

// ---------------------------------------------------------------------------------------------
// Components

const STYLE: Record<ButtonStyle, DjsButtonStyle> = {
  primary: DjsButtonStyle.Primary,
  secondary: DjsButtonStyle.Secondary,
  success: DjsButtonStyle.Success,
  danger: DjsButtonStyle.Danger,
};

function checkCustomId(id: string): string {
  // A longer id is a bug in the view builder; failing here beats a 400 from Discord.
  if (id.length === 0 || id.length > LIMITS.customId) {
    throw new Error(`custom id must be 1-${LIMITS.customId} characters: "${id.slice(0, 40)}…"`);
  }
  return id;
}

function actionToComponent(a: Action): APIComponentInMessageActionRow {
  if (a.kind === 'button') {
    const b: APIButtonComponentWithCustomId = {
      type: ComponentType.Button,
      custom_id: checkCustomId(a.customId),
      label: shorten(a.label, LIMITS.buttonLabel),
      style: STYLE[a.style ?? 'secondary'] as APIButtonComponentWithCustomId['style'],
      ...(a.disabled ? { disabled: true } : {}),
    };
    return b;
  }
  const options = a.options.slice(0, LIMITS.selectOptions).map((o) => ({
    label: shorten(o.label, LIMITS.selectOptionText),
    value: checkCustomId(o.value),
    ...(o.description ? { description: shorten(o.description, LIMITS.selectOptionText) } : {}),
    ...(o.default ? { default: true } : {}),
  }));
  const s: APIStringSelectComponent = {
    type: ComponentType.StringSelect,
    custom_id: checkCustomId(a.customId),
    options,
    ...(a.placeholder ? { placeholder: shorten(a.placeholder, LIMITS.selectPlaceholder) } : {}),
    ...(a.minValues !== undefined ? { min_values: a.minValues } : {}),
    ...(a.maxValues !== undefined ? { max_values: Math.min(a.maxValues, options.length) } : {}),
  };
  return s;
}

/** View rows → Discord rows: at most 5 buttons per row, a select menu alone in its row. */
export function renderRows(rows: Action[][]): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const out: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  for (const row of rows) {
    let buttons: APIComponentInMessageActionRow[] = [];
    const flush = (): void => {
      if (buttons.length) out.push({ type: ComponentType.ActionRow, components: buttons });
      buttons = [];
    };
    for (const a of row) {
      if (a.kind === 'select') {
        flush();
        out.push({ type: ComponentType.ActionRow, components: [actionToComponent(a)] });
      } else {
        if (buttons.length === LIMITS.buttonsPerRow) flush();
        buttons.push(actionToComponent(a));
      }
    }
    flush();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Packing into messages

/**
 * The whole View as an ordered list of messages: the first is the reply, the rest follow-ups.
 * Text comes first, then the sections' embeds; components and files ride on the last message so
 * the buttons sit under everything they refer to.
 */
export function renderDiscord(view: View): DiscordMessage[] {
  const v = wordActions(view, (label, capital) => `${capital ? 'Press' : 'press'} **${label}**`);
  const messages: DiscordMessage[] = [];
  const open = (): DiscordMessage => {
    const m: DiscordMessage = { embeds: [], components: [], files: [] };
    messages.push(m);
    return m;
  };
  let current: DiscordMessage | undefined;
  let total = 0;

  for (const chunk of v.text ? splitText(v.text, LIMITS.content) : []) {
    current = open();
    current.content = chunk;
    total = 0;
  }
  for (const embed of v.sections.flatMap(sectionToEmbeds)) {
    const size = embedSize(embed);
    if (!current || current.embeds.length >= LIMITS.embedsPerMessage || total + size > LIMITS.embedsTotal) {
      current = open();
      total = 0;
    }
    current.embeds.push(embed);
    total += size;
  }

  const rows = renderRows(v.actions ?? []);
  const files = (v.files ?? []).map((f) => ({ attachment: Buffer.from(f.content, 'utf8'), name: f.name }));
  if (!current) {
    // Nothing to say but buttons or files: Discord needs some content alongside them.
    current = open();
    current.content = files.length ? 'Here is your file.' : rows.length ? 'Choose an option:' : 'Done.';
  }
  for (let i = 0; i < rows.length; i += LIMITS.rowsPerMessage) {
    if (i > 0) {
      current = open();
      current.content = 'More options:';
    }
    current.components.push(...rows.slice(i, i + LIMITS.rowsPerMessage));
  }
  for (let i = 0; i < files.length; i += LIMITS.filesPerMessage) {
    if (i > 0) {
      current = open();
      current.content = 'More files:';
    }
    current.files.push(...files.slice(i, i + LIMITS.filesPerMessage));
  }
  return messages;
}
