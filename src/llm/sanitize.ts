import { unmaskLinks as unmaskDiscordLinks } from '../core/discord-markdown.js';

/**
 * Model output is untrusted text. Before anyone sees it: no mass or user/role/channel mentions,
 * no masked links (the visible text could disguise any address), no invisible characters that
 * could hide either, and a length cap cut at a sentence. Transports add their own limits (Discord
 * splits at 2000 characters) on top.
 */

/** Output-safety knobs (the README lists them). `maxChars` keeps one reply inside an embed (4096). */
export const SANITIZE_CONFIG = {
  maxChars: 3500,
} as const;

// Zero-width and invisible formatting characters, soft hyphen, and bidi overrides.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Mentions become inert text: `@everyone` → `＠everyone`, `<@&1>` → `@role`, `<#1>` → `#channel`. */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)\b/gi, '＠$1')
    .replace(/<@!?\d+>/g, '@user')
    .replace(/<@&\d+>/g, '@role')
    .replace(/<#\d+>/g, '#channel')
    .replace(/<\/([\w -]+):\d+>/g, '/$1')
    .replace(/<(?:id|t|a?:\w+):[^>\s]*>/g, '');
}

/**
 * Masked links → their label, in every form Discord renders (`[x](url)`, `[[x]](url)`, nested
 * brackets, titles, labels over several lines, `[x\\](url)`), found with Discord's own markdown
 * rules (src/core/discord-markdown.ts). Citations such as `[letters#ideal-mix]` stay.
 */
export function unmaskLinks(text: string): string {
  return unmaskDiscordLinks(text);
}

/** At most `max` characters, ending at the last full sentence (or word) that fits, then "…". */
export function capLength(text: string, max: number = SANITIZE_CONFIG.maxChars): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const sentenceEnd = Math.max(...[...head.matchAll(/[.!?](?=["”')\]]?(?:\s|$))/g)].map((m) => (m.index ?? 0) + 1), 0);
  if (sentenceEnd > max / 2) return `${head.slice(0, sentenceEnd).trimEnd()} …`;
  const word = head.lastIndexOf(' ');
  return `${head.slice(0, word > max / 2 ? word : head.length).trimEnd()}…`;
}

/** Everything above, in the order that keeps hidden characters from splitting a mention. */
export function sanitizeModelText(text: string, maxChars: number = SANITIZE_CONFIG.maxChars): string {
  const cleaned = unmaskLinks(neutraliseMentions(stripInvisible(text)))
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return capLength(cleaned, maxChars);
}
