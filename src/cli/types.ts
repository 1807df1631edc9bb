import type { ParseArgsConfig } from 'node:util';

/** What every verb gets: parsed options, positionals and the shared context. */
export interface VerbInput {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  ctx: CliContext;
}

export interface CliContext {
  /** "Now" for every date rule: `--today` or the real date (UTC). */
  today: string;
  /** Reads a UTF-8 text file the member named; throws UserError naming the file on any problem. */
  readText(path: string, what: string, maxBytes?: number): string;
  /** Reads and validates a profile file; throws UserError naming the file and each field. */
  readProfile(path: string): import('../core/profile/schema.js').Profile;
}

/** A verb's answer: the contract's JSON object, and the text a person reads in a terminal. */
export interface VerbOutput {
  json: object;
  text: string;
}

export interface Verb {
  /** One-line usage shown by `advisor help` and on usage errors. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Verbs with sub-verbs (`mock plan`) take the sub-verb as positionals[0]. */
  run(input: VerbInput): Promise<VerbOutput> | VerbOutput;
}
