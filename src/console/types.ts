/**
 * How a command appears in the local console (`npm start` without DISCORD_TOKEN), which behaves
 * like a DM with the bot. A command module opts in with `console: { usage, run }`.
 */
import type { AppContext } from '../app/context.js';
import type { View } from '../app/view.js';

export interface ConsoleIO {
  /** The member id used in the store ("console"). */
  userId: string;
  /** Reads a UTF-8 text file the member named; throws UserError naming the file on any problem. */
  readText(path: string, what: string, maxBytes?: number): string;
  /** Asks a follow-up question and waits for the next input line; undefined at end of input. `''` asks nothing. */
  prompt(question: string): Promise<string | undefined>;
  /**
   * What this console session remembers between lines (the last /ask topic, so "and what about
   * the H-1B?" is read with the question before it). Lives only as long as the session.
   */
  session?: Map<string, string>;
}

export interface ConsoleInput {
  /** Whitespace-separated words after the command name (`/profile import a.json` → ['import', 'a.json']). */
  args: string[];
  /** Everything after the command name, as typed (for free text such as a question). */
  rest: string;
}

export interface ConsoleCommand {
  /** One line per form, shown by /help in the console: `/profile import <path>`. */
  usage: string[];
  run(input: ConsoleInput, ctx: AppContext, io: ConsoleIO): Promise<View | View[]>;
}
