/**
 * Loading the knowledge guides (`knowledge/*.md`) into typed sections. A guide is YAML front
 * matter followed by `## Heading {#slug}` sections; the slug is the citation address
 * (`letters#ideal-mix`), so it is explicit and validated rather than derived from the heading.
 * Any malformed guide is a start-up error naming the file and the field: a bad guide must never
 * turn into a silently missing citation at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { parseFrontMatter } from '../core/front-matter.js';
import { repoRoot } from '../core/repo-root.js';
import { KNOWN_SOURCES } from './sources.js';

export const AUDIENCES = ['all', 'non-us', 'us-citizen'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** One citable `##` section of a guide. */
export interface Section {
  doc: string;
  slug: string;
  heading: string;
  /** Markdown body of the section, without the heading line. */
  text: string;
}

/**
 * A public primary source a guide's facts were read from (AMIA, ACGME, ABPM, NRMP, ECFMG, AAMC,
 * USCIS, the State Department): where it is, what it is called, the day we last read it, and
 * optionally which facts in the guide come from it.
 */
export interface PrimarySource {
  url: string;
  title: string;
  /** `YYYY-MM-DD`: the day the page was read. */
  checked: string;
  facts?: string;
}

export interface Guide {
  id: string;
  title: string;
  audience: Audience;
  tags: string[];
  /** Seed article titles the guide was written from; empty for a guide written only from `sources`. */
  source: string[];
  /** Primary sources for every fact not in the seed articles. */
  sources: PrimarySource[];
  /** Text before the first `##`: shown with the guide, never cited. */
  intro: string;
  sections: Section[];
}

/** Lower-case words joined by single hyphens: `ideal-mix`, `j1-h1b-o1`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_PATTERN = SLUG_PATTERN;

/** A guide that cannot be loaded. `problems` each start with the file and the field. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems in knowledge guides: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (so 2026-02-30 is rejected). */
function isCalendarDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

const primarySourceSchema = z.strictObject({
  url: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, 'must be the page address, starting with https:// (or http://)'),
  title: z.string().trim().min(1, 'must not be empty'),
  // A YAML date would arrive as a string in the core schema; anything else is a mistake.
  checked: z.string().refine(isCalendarDay, 'must be the day the page was read, as YYYY-MM-DD (e.g. "2026-12-03")'),
  facts: z.string().trim().min(1, 'must not be empty when given').optional(),
});

const frontMatterSchema = z
  .strictObject({
    id: z.string().regex(ID_PATTERN, 'must be lower-case words joined by hyphens (e.g. "red-flags")'),
    title: z.string().trim().min(1, 'must not be empty'),
    audience: z.enum(AUDIENCES),
    tags: z.array(z.string().trim().min(1, 'must not be empty')),
    // One title or a list of titles; a single string is read as a one-item list. Optional only
    // for a guide written entirely from primary sources (then `sources` is required).
    source: z
      .preprocess(
        (v) => (typeof v === 'string' ? [v] : v),
        z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'must list at least one article title'),
      )
      .optional(),
    sources: z.array(primarySourceSchema).min(1, 'must list at least one primary source when given').optional(),
  })
  .superRefine((fm, ctx) => {
    if (fm.source === undefined && fm.sources === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'is required (list the seed article titles, or give "sources:" for a guide written only from primary sources)',
      });
    }
  });

const ALLOWED_FIELDS = 'id, title, audience, tags, source, sources';
const ALLOWED_SOURCE_FIELDS = 'url, title, checked, facts';

function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(front matter)';
}

function zodProblems(file: string, error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      // Inside a sources: entry the allowed keys are the entry's, not the guide's.
      const where = issue.path.length ? fieldPath(issue.path) : 'front matter';
      const allowed = issue.path.length ? ALLOWED_SOURCE_FIELDS : ALLOWED_FIELDS;
      return issue.keys.map((k) => `${file}: ${where}: unknown field "${k}" (allowed: ${allowed})`);
    }
    const input = (issue as { input?: unknown }).input;
    const what = input === undefined && issue.code === 'invalid_type' ? 'is required' : issue.message;
    return [`${file}: ${fieldPath(issue.path)}: ${what}`];
  });
}

const HEADING = /^##(?!#)\s*(.*)$/;
const HEADING_WITH_SLUG = /^(.*?)\s*\{#([^}]*)\}\s*$/;
const FENCE = /^\s*(```|~~~)/;

/** Parses one guide's text. `file` is the name used in error messages (and must be `<id>.md`). */
export function parseGuide(file: string, text: string): Guide {
  const doc = parseFrontMatter(file, text);
  if (!doc.ok) throw new KnowledgeError([doc.error]);
  const { data: raw, body, bodyLine } = doc.value;
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) throw new KnowledgeError(zodProblems(file, parsed.error));
  const fm = parsed.data;
  const problems: string[] = [];

  const expectedId = basename(file).replace(/\.md$/, '');
  if (fm.id !== expectedId) problems.push(`${file}: id: "${fm.id}" must equal the file name ("${expectedId}")`);

  const source = fm.source ?? [];
  const sourceIsList = Array.isArray((raw as { source?: unknown }).source);
  source.forEach((title, i) => {
    if (!KNOWN_SOURCES.has(title)) {
      const where = sourceIsList ? `source[${i}]` : 'source';
      problems.push(`${file}: ${where}: unknown source title "${title}" (must be one of the titles in src/knowledge/sources.ts)`);
    }
  });

  // Sections: a `##` line opens one; `###` and deeper stay inside the body. Lines inside code
  // fences are never headings.
  const introLines: string[] = [];
  const sections: Section[] = [];
  let current: { slug: string; heading: string; lines: string[]; line: number } | undefined;
  const seen = new Map<string, number>();
  let inFence = false;
  const flush = (): void => {
    if (!current) return;
    const body = current.lines.join('\n').trim();
    if (!body) problems.push(`${file}: line ${current.line}: section #${current.slug} has no text`);
    sections.push({ doc: fm.id, slug: current.slug, heading: current.heading, text: body });
  };
  body.split('\n').forEach((line, i) => {
    const lineNo = bodyLine + i;
    if (FENCE.test(line)) inFence = !inFence;
    const h = inFence ? null : HEADING.exec(line);
    if (!h) {
      (current ? current.lines : introLines).push(line);
      return;
    }
    flush();
    const withSlug = HEADING_WITH_SLUG.exec(h[1] ?? '');
    const heading = (withSlug ? withSlug[1] : h[1])?.trim() ?? '';
    const slug = withSlug?.[2]?.trim() ?? '';
    if (!withSlug) problems.push(`${file}: line ${lineNo}: heading "${heading}" has no {#slug}`);
    else if (!SLUG_PATTERN.test(slug)) {
      problems.push(`${file}: line ${lineNo}: slug "${slug}" must be lower-case words joined by hyphens`);
    }
    if (!heading) problems.push(`${file}: line ${lineNo}: heading text is empty`);
    const first = seen.get(slug);
    if (withSlug && first !== undefined) problems.push(`${file}: line ${lineNo}: duplicate slug "${slug}" (first used on line ${first})`);
    seen.set(slug, lineNo);
    current = { slug, heading, lines: [], line: lineNo };
  });
  flush();
  if (sections.length === 0) problems.push(`${file}: has no "## Heading {#slug}" sections`);
  if (problems.length) throw new KnowledgeError(problems);

  return {
    id: fm.id,
    title: fm.title.trim(),
    audience: fm.audience,
    tags: fm.tags.map((t) => t.trim()),
    source,
    sources: (fm.sources ?? []).map((p) => ({
      url: p.url.trim(),
      title: p.title.trim(),
      checked: p.checked,
      ...(p.facts !== undefined ? { facts: p.facts.trim() } : {}),
    })),
    intro: introLines.join('\n').trim(),
    sections,
  };
}

/** Loads every `*.md` guide in `dir` (sorted by file name); all problems are reported together. */
export function loadGuides(dir: string = knowledgeDir()): Guide[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort();
  } catch (e) {
    throw new KnowledgeError([`${dir}: cannot read the knowledge directory (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`]);
  }
  if (files.length === 0) throw new KnowledgeError([`${dir}: no knowledge guides (*.md) found`]);
  const guides: Guide[] = [];
  const problems: string[] = [];
  for (const f of files) {
    try {
      guides.push(parseGuide(join(basename(dir), f), readFileSync(join(dir, f), 'utf8')));
    } catch (e) {
      if (e instanceof KnowledgeError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length) throw new KnowledgeError(problems);
  return guides;
}

/**
 * `<repo>/knowledge`, found by walking up from this module to the directory holding
 * package.json: the same answer from `src/knowledge` (tsx, vitest) and `dist/src/knowledge`.
 */
export function knowledgeDir(): string {
  return join(repoRoot(), 'knowledge');
}
