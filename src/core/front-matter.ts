import { parse as parseYaml } from 'yaml';
import { err, ok, type Result } from './result.js';

export interface FrontMatterDoc {
  /** The parsed YAML (an empty block gives `{}`). */
  data: unknown;
  body: string;
  /** 1-based line number where the body starts, for messages that point into the file. */
  bodyLine: number;
}

/**
 * Splits a markdown file with YAML front matter (`---` first line, YAML, `---`, body), as the
 * guides in `knowledge/` and the prompts in `prompts/` are written. Problems start with the file.
 */
export function parseFrontMatter(file: string, text: string): Result<FrontMatterDoc, string> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return err(`${file}: front matter: missing (the file must start with a "---" line)`);
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return err(`${file}: front matter: not closed (add a "---" line after the YAML)`);
  try {
    const data: unknown = parseYaml(lines.slice(1, end).join('\n')) ?? {};
    return ok({ data, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 });
  } catch (e) {
    return err(`${file}: front matter: invalid YAML (${(e as Error).message.split('\n')[0]})`);
  }
}
