/**
 * Every slash command the bot has. To add one, import its module here and append it to COMMANDS;
 * the router, deploy-commands, /help and the local console all read this list.
 */
import { command as admin } from '../../commands/admin.js';
import { command as ask } from '../../commands/ask.js';
import { command as explainGap } from '../../commands/explain-gap.js';
import { command as help } from '../../commands/help.js';
import { command as lorAsk } from '../../commands/lor-ask.js';
import { command as mock } from '../../commands/mock.js';
import { command as prematch } from '../../commands/prematch.js';
import { command as privacy } from '../../commands/privacy.js';
import { command as profile } from '../../commands/profile.js';
import { command as redflag } from '../../commands/redflag.js';
import type { Command, ComponentHandler } from './command.js';

export const COMMANDS: readonly Command[] = [
  ask,
  redflag,
  profile,
  help,
  privacy,
  lorAsk,
  prematch,
  mock,
  explainGap,
  admin,
];

export interface Registry {
  commands: ReadonlyMap<string, Command>;
  /** Custom-id prefix (`<command>:<action>`) → handler. */
  components: ReadonlyMap<string, ComponentHandler>;
  list: readonly Command[];
}

const PREFIX = /^[a-z0-9-]+:[a-z0-9-]+$/;

export function createRegistry(commands: readonly Command[] = COMMANDS): Registry {
  const byName = new Map<string, Command>();
  const components = new Map<string, ComponentHandler>();
  for (const c of commands) {
    const name = c.data.name;
    if (byName.has(name)) throw new Error(`two commands are named "${name}"`);
    byName.set(name, c);
    for (const [prefix, handler] of Object.entries(c.components ?? {})) {
      // Owning the prefix keeps custom ids traceable: `mock:answer` lives in commands/mock.ts.
      if (!PREFIX.test(prefix) || !prefix.startsWith(`${name}:`)) {
        throw new Error(`command "${name}": component key "${prefix}" must be "${name}:<action>"`);
      }
      if (components.has(prefix)) throw new Error(`component prefix "${prefix}" is registered twice`);
      components.set(prefix, handler);
    }
  }
  return { commands: byName, components, list: commands };
}
