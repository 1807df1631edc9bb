/**
 * /mock — mock interviews: `start [focus] [count]` runs a session one question at a time (in a DM,
 * in a private thread in a server, or ephemerally when threads are not allowed), `history` lists
 * past sessions. The session lives in the store and survives a restart; the buttons
 * (commands/mock/buttons.ts) carry the session, owner and question index.
 */
import { groupCommand } from '../src/discord/command.js';
import { historySub } from './mock/history.js';
import { startSub } from './mock/start.js';

export const command = groupCommand({
  name: 'mock',
  description: 'Practise interview questions one at a time, with feedback on every answer',
  subcommands: [startSub, historySub],
  consoleDefault: 'start',
});
