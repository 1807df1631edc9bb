/**
 * `advisor VERB …` — the contract's command line. Verbs load lazily so `advisor ask` does not pay
 * for the mock-interview bank and vice versa. Exit codes: 0 ok, 2 bad input, 1 our bug.
 */
import { parseArgs } from 'node:util';
import { isDay } from '../core/dates.js';
import { isUserError, UserError } from '../core/errors.js';
import { createCliContext } from './context.js';
import type { Verb } from './types.js';

const VERBS: Record<string, () => Promise<{ verb: Verb }>> = {
  redflag: () => import('./verbs/redflag.js'),
  'explain-gap': () => import('./verbs/explain-gap.js'),
  'lor-ask': () => import('./verbs/lor-ask.js'),
  mock: () => import('./verbs/mock.js'),
  prematch: () => import('./verbs/prematch.js'),
  ask: () => import('./verbs/ask.js'),
};

const COMMON = {
  json: { type: 'boolean' },
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function usage(): Promise<string> {
  const lines = ['usage: advisor VERB [options] [--json] [--today YYYY-MM-DD]', ''];
  for (const [name, load] of Object.entries(VERBS)) {
    try {
      lines.push(`  ${(await load()).verb.usage}`);
    } catch {
      lines.push(`  ${name}`);
    }
  }
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${await usage()}\n`);
    return name ? 0 : 2;
  }
  const load = VERBS[name];
  if (!load) {
    process.stderr.write(`advisor: unknown verb "${name}" (try: ${Object.keys(VERBS).join(', ')})\n`);
    return 2;
  }
  const { verb } = await load();
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: { ...COMMON, ...verb.options }, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UserError(`${(e as Error).message.split('\n')[0]} (usage: advisor ${verb.usage})`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      process.stdout.write(`usage: advisor ${verb.usage}\n`);
      return 0;
    }
    const today = values.today as string | undefined;
    if (today !== undefined && !isDay(today)) throw new UserError(`--today: "${today}" is not a date (YYYY-MM-DD)`);
    const ctx = createCliContext(today);
    const out = await verb.run({ values: values as Record<string, string | boolean | undefined>, positionals, ctx });
    process.stdout.write(values.json ? `${JSON.stringify(out.json)}\n` : `${out.text.trimEnd()}\n`);
    return 0;
  } catch (e) {
    if (isUserError(e)) {
      // One line on stderr: the contract promises scripts a single line naming the problem.
      const [first, ...more] = e.problems;
      const extra = more.length
        ? ` (and ${more.length} more: ${more.slice(0, 3).join('; ')}${more.length > 3 ? '; …' : ''})`
        : '';
      process.stderr.write(`advisor: ${first}${extra}\n`);
      return 2;
    }
    process.stderr.write(`advisor: internal error in "${name}": ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.ADVISOR_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`advisor: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
