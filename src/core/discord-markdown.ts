/**
 * Links as Discord renders them, found with Discord's own markdown rules rather than a regex.
 *
 * Parser: `discord-markdown-parser` (pinned 1.3.1). It is simple-markdown (the library Discord's
 * client grew from) with Discord's rule set; its "extended" rules add the masked-link rule that
 * Discord applies to bot, webhook and embed text, which is what this bot sends. A CommonMark
 * parser (marked, micromark) was the other choice, but it disagrees with Discord exactly where an
 * attacker would aim: `[x\](url)` is no link in CommonMark and a working masked link in Discord.
 * The package has no dependencies and was last released in 2026.
 *
 * Every rule is wrapped to keep the source text it matched, so a link node can be replaced by
 * its visible label in the original string.
 */
import { createRequire } from 'node:module';
import type * as DiscordMarkdown from 'discord-markdown-parser';

type AnyNode = { type?: string; content?: unknown; target?: string; raw?: string; label?: string };

/** simple-markdown's preprocessing, done here so every match is a substring of our text. */
export function preprocessMarkdown(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\f/g, '').replace(/\t/g, '    ');
}

type Parser = (source: string, state: { inline: boolean }) => unknown;
let parser: Parser | undefined;

/**
 * The parser is built on first use: loading the package takes about 50 ms, which a command that
 * never checks a link (most of them, and every CLI verb without a model) should not pay.
 */
function getParser(): Parser {
  if (parser) return parser;
  const { SimpleMarkdown, rulesExtended } = createRequire(import.meta.url)(
    'discord-markdown-parser',
  ) as typeof DiscordMarkdown;
  const tracked = Object.fromEntries(
    Object.entries(rulesExtended).map(([name, rule]) => [
      name,
      {
        ...rule,
        parse: (capture: RegExpMatchArray, nested: unknown, state: unknown) => {
          const node = (rule.parse as (c: RegExpMatchArray, n: unknown, s: unknown) => AnyNode | AnyNode[])(
            capture,
            nested,
            state,
          );
          if (Array.isArray(node)) return node;
          return { ...node, raw: capture[0], ...(name === 'link' ? { label: capture[1] ?? '' } : {}) };
        },
      },
    ]),
  );
  parser = SimpleMarkdown.parserFor(tracked as typeof rulesExtended) as unknown as Parser;
  return parser;
}

export type LinkKind = 'masked' | 'autolink' | 'url';

export interface FoundLink {
  kind: LinkKind;
  /** The source text that makes the link. */
  raw: string;
  target: string;
  /** Masked links: the visible label as written. */
  label?: string;
}

function walk(node: unknown, out: FoundLink[]): void {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as AnyNode;
  const kind: LinkKind | undefined =
    n.type === 'link' ? 'masked' : n.type === 'autolink' ? 'autolink' : n.type === 'url' ? 'url' : undefined;
  if (kind && typeof n.raw === 'string') {
    out.push({
      kind,
      raw: n.raw,
      target: String(n.target ?? ''),
      ...(kind === 'masked' ? { label: n.label ?? '' } : {}),
    });
  }
  if (n.type !== 'codeBlock' && n.type !== 'inlineCode') walk(n.content, out);
}

/** Every link Discord would render in `text` (masked, `<url>` and bare), outermost first. */
export function findLinks(text: string): FoundLink[] {
  const out: FoundLink[] = [];
  walk(getParser()(preprocessMarkdown(text), { inline: true }), out);
  return out;
}

/**
 * Masked links replaced by their label, again and again until Discord would find none (a label
 * can itself hold a link: `[[a](x)](y)`). The address of a masked link is dropped: shown as text
 * it could still mislead. Bare and `<…>` links stay, since their address is what is shown.
 */
export function unmaskLinks(text: string): string {
  let out = preprocessMarkdown(text);
  for (let i = 0; i < 100; i++) {
    const masked = findLinks(out).find((l) => l.kind === 'masked');
    if (!masked) return out;
    const at = out.indexOf(masked.raw);
    if (at < 0) return out; // cannot happen: raw is a substring by construction
    out = out.slice(0, at) + (masked.label ?? '').replace(/\s*\n\s*/g, ' ') + out.slice(at + masked.raw.length);
  }
  // A pathological nesting depth: break every remaining bracket pair instead.
  return out.replace(/\]/g, '] ');
}

/** True when Discord would render a masked link anywhere in `text`. */
export function hasMaskedLink(text: string): boolean {
  return findLinks(text).some((l) => l.kind === 'masked');
}
