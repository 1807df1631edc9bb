/**
 * Prompts live in `prompts/<name>.md`: YAML front matter (name, description, temperature,
 * maxOutputTokens, optional maxInputTokens and model, the output schema's name, the input
 * placeholder names) and a body with a `## system` part (static instructions) and a `## user`
 * part (`{{placeholder}}`s for the variable data). `prompts/_safety.md` is put in front of every
 * system part. Static text first, data last, so a provider's prompt cache can reuse the prefix.
 *
 * Everything is checked when the prompts load, at start-up: a bad prompt is a start-up error
 * naming the file and the field, never a surprise in the middle of a member's command.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { repoRoot } from '../core/repo-root.js';
import { parseFrontMatter } from '../core/front-matter.js';
import { err, ok, type Result } from '../core/result.js';
import { fenceData } from './fence.js';
import { PROMPT_NAMES, type PromptName } from './model.js';
import { OUTPUT_SCHEMAS, type SchemaName } from './schemas.js';

/** Input budget when a prompt's front matter names none (tokens, whole rendered prompt). */
export const PROMPT_DEFAULTS = { maxInputTokens: 6000 } as const;

export const SAFETY_FILE = '_safety.md';

export interface Prompt {
  name: PromptName;
  description: string;
  temperature: number;
  maxOutputTokens: number;
  maxInputTokens: number;
  schema: SchemaName;
  inputs: readonly string[];
  model?: string;
  /** The safety preamble followed by the prompt's static instructions. */
  system: string;
  /** The data part, with `{{placeholder}}`s. */
  user: string;
  /** For messages: `prompts/ask-answer.md`. */
  file: string;
}

export type PromptSet = ReadonlyMap<PromptName, Prompt>;

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** Prompts that cannot be loaded; each problem starts with the file (and the field). */
export class PromptError extends Error {
  override readonly name = 'PromptError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems in prompts: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

const INPUT_NAME = /^[a-z][a-zA-Z0-9_]*$/;
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const SCHEMA_NAMES = Object.keys(OUTPUT_SCHEMAS) as SchemaName[];

const frontMatterSchema = z.strictObject({
  name: z.string().min(1, 'must not be empty'),
  description: z.string().trim().min(1, 'must not be empty'),
  temperature: z.number().min(0, 'must be from 0 to 2').max(2, 'must be from 0 to 2'),
  maxOutputTokens: z
    .number()
    .int('must be a whole number')
    .min(16, 'must be at least 16')
    .max(16_000, 'must be at most 16000'),
  maxInputTokens: z
    .number()
    .int('must be a whole number')
    .min(200, 'must be at least 200')
    .max(200_000, 'must be at most 200000')
    .optional(),
  schema: z.string().refine((s) => (SCHEMA_NAMES as string[]).includes(s), {
    message: `unknown schema name (registered: ${SCHEMA_NAMES.join(', ')})`,
  }),
  inputs: z.array(z.string().regex(INPUT_NAME, 'input names are lower camelCase words, e.g. "passages"')),
  model: z.string().trim().min(1, 'must not be empty when given').optional(),
});

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** `## system` then `## user`, nothing else at that level. */
function splitBody(file: string, body: string): { system: string; user: string } | string {
  const parts = body.split(/^##[ \t]+(\S.*?)[ \t]*$/m);
  const before = parts[0]?.trim() ?? '';
  const sections = new Map<string, string>();
  const order: string[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const heading = (parts[i] ?? '').toLowerCase();
    order.push(heading);
    sections.set(heading, (parts[i + 1] ?? '').trim());
  }
  if (before) return `${file}: body: text before "## system"; put every instruction inside the "## system" part`;
  if (order.join(',') !== 'system,user') {
    return `${file}: body: needs exactly two parts, "## system" (static instructions) then "## user" (the data), found: ${order.join(', ') || 'none'}`;
  }
  const system = sections.get('system') ?? '';
  const user = sections.get('user') ?? '';
  if (!system) return `${file}: body: the "## system" part is empty`;
  if (!user) return `${file}: body: the "## user" part is empty`;
  return { system, user };
}

export function parsePrompt(file: string, text: string, safety: string): Prompt | string[] {
  const split = parseFrontMatter(file, text);
  if (!split.ok) return [split.error];
  const fm = frontMatterSchema.safeParse(split.value.data);
  if (!fm.success) {
    return fm.error.issues.map((i) => {
      const field = i.path.length ? i.path.join('.') : 'front matter';
      const msg = i.code === 'unrecognized_keys' ? `unknown field(s) ${i.keys.join(', ')}` : i.message;
      return `${file}: ${field}: ${msg}`;
    });
  }
  const problems: string[] = [];
  const expected = basename(file, '.md');
  if (fm.data.name !== expected)
    problems.push(`${file}: name: "${fm.data.name}" must match the file name ("${expected}")`);
  if (!(PROMPT_NAMES as readonly string[]).includes(fm.data.name)) {
    problems.push(`${file}: name: "${fm.data.name}" is not a known prompt (${PROMPT_NAMES.join(', ')})`);
  }
  const dup = fm.data.inputs.filter((x, i, all) => all.indexOf(x) !== i);
  if (dup.length) problems.push(`${file}: inputs: listed twice: ${[...new Set(dup)].join(', ')}`);

  const body = splitBody(file, split.value.body);
  if (typeof body === 'string') return [...problems, body];
  for (const p of placeholders(body.system)) {
    problems.push(
      `${file}: body: placeholder {{${p}}} in the "## system" part; data goes in "## user" (static text first keeps prompt caching)`,
    );
  }
  const used = placeholders(body.user);
  for (const p of used) {
    if (!INPUT_NAME.test(p)) problems.push(`${file}: body: malformed placeholder {{${p}}}`);
    else if (!fm.data.inputs.includes(p))
      problems.push(`${file}: body: unknown placeholder {{${p}}} (not listed in inputs)`);
  }
  for (const input of fm.data.inputs) {
    if (!used.includes(input))
      problems.push(`${file}: inputs: "${input}" is listed but the body has no {{${input}}} placeholder`);
  }
  if (/\{\{|\}\}/.test(body.user.replace(PLACEHOLDER, ''))) problems.push(`${file}: body: unbalanced {{ or }}`);
  if (problems.length) return problems;
  return {
    name: fm.data.name as PromptName,
    description: fm.data.description,
    temperature: fm.data.temperature,
    maxOutputTokens: fm.data.maxOutputTokens,
    maxInputTokens: fm.data.maxInputTokens ?? PROMPT_DEFAULTS.maxInputTokens,
    schema: fm.data.schema as SchemaName,
    inputs: fm.data.inputs,
    ...(fm.data.model ? { model: fm.data.model } : {}),
    system: `${safety.trim()}\n\n${body.system}`,
    user: body.user,
    file,
  };
}

/** Loads and checks every prompt; all problems are reported together. */
export function loadPrompts(dir: string = promptsDir()): PromptSet {
  const label = basename(dir);
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  } catch (e) {
    throw new PromptError([
      `${dir}: cannot read the prompts directory (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    ]);
  }
  const problems: string[] = [];
  const safetyPath = join(dir, SAFETY_FILE);
  const safety = existsSync(safetyPath) ? readFileSync(safetyPath, 'utf8').trim() : '';
  if (!safety)
    problems.push(`${label}/${SAFETY_FILE}: missing or empty (the data-fencing rules every prompt starts with)`);
  else if (placeholders(safety).length)
    problems.push(`${label}/${SAFETY_FILE}: placeholders are not allowed in the shared preamble`);

  const set = new Map<PromptName, Prompt>();
  for (const name of PROMPT_NAMES) {
    if (!files.includes(`${name}.md`))
      problems.push(`${label}/${name}.md: missing (every prompt the code uses needs a file)`);
  }
  for (const f of files.filter((x) => x !== SAFETY_FILE).sort()) {
    const file = `${label}/${f}`;
    if (!(PROMPT_NAMES as readonly string[]).includes(basename(f, '.md'))) {
      problems.push(`${file}: not a prompt the code uses (${PROMPT_NAMES.join(', ')}); remove or rename it`);
      continue;
    }
    const parsed = parsePrompt(file, readFileSync(join(dir, f), 'utf8'), safety);
    if (Array.isArray(parsed)) problems.push(...parsed);
    else set.set(parsed.name, parsed);
  }
  if (problems.length) throw new PromptError(problems);
  return set;
}

/** `<repo>/prompts`, found from this module the same way from `src/` and `dist/src/`. */
export function promptsDir(): string {
  return join(repoRoot(), 'prompts');
}

// ---- fencing and rendering ----------------------------------------------------------------------

// The fence itself lives in ./fence.ts (the features use it without loading the prompt parser).
export { escapeData, FENCE_CLOSE, FENCE_OPEN, fenceData } from './fence.js';

/**
 * The chat messages for one call: system (static), user (each variable fenced as data), and an
 * optional repair turn after them. A missing or unexpected variable is the caller's bug.
 */
export function renderPrompt(
  prompt: Prompt,
  vars: Record<string, string>,
  repair?: string,
): Result<ChatMessage[], string> {
  const missing = prompt.inputs.filter((i) => typeof vars[i] !== 'string');
  const extra = Object.keys(vars).filter((k) => !prompt.inputs.includes(k));
  if (missing.length || extra.length) {
    return err(
      `${prompt.file}: ${missing.length ? `missing value for ${missing.join(', ')}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `unexpected ${extra.join(', ')}` : ''}`,
    );
  }
  const user = prompt.user.replace(PLACEHOLDER, (_m, name: string) => fenceData(name, vars[name] ?? ''));
  const messages: ChatMessage[] = [
    { role: 'system', content: prompt.system },
    { role: 'user', content: user },
  ];
  if (repair) messages.push({ role: 'user', content: repair });
  return ok(messages);
}
