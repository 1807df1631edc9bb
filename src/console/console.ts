/**
 * The local console (`npm start` without DISCORD_TOKEN): a private conversation with the advisor
 * on this computer. Lines starting with `/` run a command's console form (from the same registry
 * the bot uses); any other line is a question, answered like /ask. The same views and the same
 * store (member id "console"), rendered as text: buttons become the command to type, files a view
 * carries are written to disk (./exports/, never overwriting) and their paths printed, and log
 * lines go to a file, never into the conversation. Works with piped stdin: one line at a time, in
 * order; ends at end of input or /quit.
 */
import { isBareMockMove, NO_MOCK_IN_PROGRESS } from './mock-words.js';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { AppContext } from '../app/context.js';
import { notice, type View } from '../app/view.js';
import { createCliContext } from '../cli/context.js';
import { isUserError } from '../core/errors.js';
import { classify, logError } from '../discord/error-boundary.js';
import type { Command } from '../discord/command.js';
import { StoreCorruptError } from '../store/errors.js';
import { renderText } from './render.js';
import type { ConsoleIO } from './types.js';

export const CONSOLE_USER_ID = 'console';

/** Where files a view carries (an export, a long draft) are written, relative to the working directory. */
export const EXPORT_DIR = 'exports';

export function welcome(logFile: string): string {
  return [
    'IMG Informatics Advisor: local console. Your answers and profile stay on this computer.',
    'Type a question, or a command: /profile setup (or /profile import <path>), /redflag, /explain-gap, /lor-ask plan, /mock start, /prematch check, /ask <question>. /help lists them all; /quit to leave.',
    `Files I give you go to ./${EXPORT_DIR}/; my log is in ${logFile}.`,
    '',
    'To run the advisor as a Discord bot instead: set DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example),',
    'run `npm run deploy-commands` once, then `npm start`. The README ("Connect to Discord") has the steps.',
  ].join('\n');
}

/** `<dir>/<name>-<today>[-n].<ext>`: a file name not used yet, so an earlier export is never overwritten. */
function freshPath(dir: string, name: string, today: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length) || 'file';
  for (let n = 1; ; n++) {
    const candidate = join(dir, `${stem}-${today}${n > 1 ? `-${n}` : ''}${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** Writes the view's files to disk; the view then says where they are instead of carrying them. */
export function saveFiles(v: View, today: string, dir: string = resolve(EXPORT_DIR)): View {
  if (!v.files?.length) return v;
  // Exports hold the member's own data (a profile export names exam attempts and visa): readable by
  // the member's account only, like the key file, and in a folder others cannot list.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const lines = v.files.map((f) => {
    const path = freshPath(dir, f.name, today);
    writeFileSync(path, f.content, { flag: 'wx', mode: 0o600 });
    return `- ${f.name} → ${path}`;
  });
  const { files: _written, ...rest } = v;
  return { ...rest, sections: [...v.sections, { title: 'Saved to files', body: lines.join('\n') }] };
}

/** A line reader shared by the main loop and follow-up prompts, so input is consumed in order. */
function lineQueue(input: Readable) {
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const lines: string[] = [];
  const waiters: Array<(line: string | undefined) => void> = [];
  let ended = false;
  rl.on('line', (line) => {
    const waiter = waiters.shift();
    if (waiter) waiter(line);
    else lines.push(line);
  });
  rl.on('close', () => {
    ended = true;
    for (const w of waiters.splice(0)) w(undefined);
  });
  return {
    next(): Promise<string | undefined> {
      if (lines.length) return Promise.resolve(lines.shift());
      if (ended) return Promise.resolve(undefined);
      return new Promise((resolve) => waiters.push(resolve));
    },
    close: () => rl.close(),
  };
}

export interface ConsoleOptions {
  input?: Readable;
  output?: Writable;
  commands?: readonly Command[];
  /** Where the log goes (named in the welcome). */
  logFile?: string;
  /** Where files are written (default ./exports). */
  exportDir?: string;
}

/** Splits `/name rest of line` into the command name and the rest. */
export function parseLine(line: string): { name: string; rest: string } | undefined {
  const m = /^\/(\S+)\s*(.*)$/s.exec(line.trim());
  return m ? { name: (m[1] ?? '').toLowerCase(), rest: m[2] ?? '' } : undefined;
}

/** Runs until end of input or /quit; resolves with the exit code (0). */
/**
 * Store messages speak to a Discord member ("tell the server admins"); at the console the member is
 * the admin, so the message says what to do on this computer instead.
 */
export function consoleWords(error: unknown, message: string): string {
  if (error instanceof StoreCorruptError && error.reason === 'unknown-key') {
    return (
      'Your saved data was locked with a different key from the one this console found, so I left it untouched. ' +
      'The key lives in secrets/profile.key in the folder the console was started from (or in PROFILE_SECRET / PROFILE_KEY_FILE): ' +
      'start the console from the folder you used before, or point PROFILE_KEY_FILE at that key.'
    );
  }
  return message.replace(
    / Please tell the server admins\.$/,
    ' Check the data file named by STORE_URL, or start over with a new one.',
  );
}

export async function runConsole(ctx: AppContext, opts: ConsoleOptions = {}): Promise<number> {
  const output = opts.output ?? process.stdout;
  const commands = opts.commands ?? (await import('../discord/registry.js')).COMMANDS;
  const byName = new Map(commands.filter((c) => c.console).map((c) => [c.data.name, c]));
  const queue = lineQueue(opts.input ?? process.stdin);
  const write = (text: string): void => void output.write(`${text.trimEnd()}\n`);
  const cli = createCliContext(ctx.today());
  const io: ConsoleIO = {
    userId: CONSOLE_USER_ID,
    session: new Map(),
    readText: (path, what, maxBytes) => cli.readText(path, what, maxBytes),
    async prompt(question) {
      if (question) write(question); // '' reads the next line silently (multi-line input)
      return queue.next();
    },
  };
  const show = (views: View | View[]): void => {
    for (const v of Array.isArray(views) ? views : [views]) {
      write(`${renderText(saveFiles(v, ctx.today(), opts.exportDir ?? resolve(EXPORT_DIR)))}\n`);
    }
  };

  write(`${welcome(opts.logFile ?? 'data/console.log')}\n`);
  ctx.logger.info('console started', { store: ctx.store.backend, commands: byName.size });
  // A prompt only for a person at a terminal; piped input (tests, scripts) gets clean output.
  const interactive = (opts.input ?? process.stdin) === process.stdin && process.stdin.isTTY === true;
  for (;;) {
    if (interactive) output.write('> ');
    const line = await queue.next();
    if (line === undefined) break;
    const text = line.trim();
    if (!text) continue;
    if (text === '/quit' || text === '/exit') break;
    const parsed = parseLine(text);
    // A mock move typed when no mock is running is not a question (mock-words.ts).
    if (!parsed && isBareMockMove(text)) {
      show(notice(NO_MOCK_IN_PROGRESS));
      continue;
    }
    const name = parsed?.name ?? 'ask';
    const rest = parsed ? parsed.rest : text;
    const command = byName.get(name);
    if (!command?.console) {
      show(notice(`Unknown command /${name}. Type /help for the list, or just type a question.`));
      continue;
    }
    try {
      show(await command.console.run({ args: rest.split(/\s+/).filter(Boolean), rest }, ctx, io));
    } catch (error) {
      logError(ctx.logger, { kind: 'command', name: `console ${name}` }, error, { userId: CONSOLE_USER_ID });
      const { message } = classify(error);
      show(notice(isUserError(error) ? `Problem: ${message}` : consoleWords(error, message)));
    }
  }
  queue.close();
  return 0;
}
