/**
 * Text the member will copy out of a reply (an email, a template): shown in a code block so
 * Discord keeps it exactly as written (no markdown, no mentions, one click to copy), or, when it
 * is too long for one embed description, as plain escaped paragraphs plus a .txt attachment.
 */
import { LIMITS } from '../../discord/render.js';
import { memberText } from '../view.js';

/** Room left for the fences and a little slack inside one embed description. */
export const CODE_BLOCK_MAX = LIMITS.embedDescription - 96;

/**
 * Three backticks inside the text would close the block early: break them with zero-width spaces.
 * Mention syntax is defused the same way memberText() does it, although a code block never pings.
 */
function fenceSafe(text: string): string {
  return text
    .replace(/`{3,}/g, (m) => m.split('').join('\u200b'))
    .replace(/@(everyone|here)/g, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>');
}

/** The text as one code block, or undefined when it cannot fit one embed description. */
export function codeBlock(text: string): string | undefined {
  const safe = fenceSafe(text.trimEnd());
  if (safe.length > CODE_BLOCK_MAX) return undefined;
  return `\`\`\`text\n${safe}\n\`\`\``;
}

/**
 * The body to show: a code block when it fits, else the text escaped as ordinary paragraphs
 * (the renderer splits those at paragraph boundaries) and `long: true` so the caller attaches a file.
 */
export function copyable(text: string): { body: string; long: boolean } {
  const block = codeBlock(text);
  return block ? { body: block, long: false } : { body: memberText(text), long: true };
}
