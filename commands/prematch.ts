/**
 * /prematch — messages to programs before the Match: `check` (modal → findings, with a log of
 * what was sent), `template kind:`, `timeline`. One module per subcommand under commands/prematch/.
 * The console also has `/prematch sent <id>`, the typed form of the "I sent it" button.
 */
import { prematchSentView } from '../src/app/views/prematch.js';
import { groupCommand, type Command } from '../src/discord/command.js';
import { checkSub } from './prematch/check.js';
import { templateSub } from './prematch/template.js';
import { timelineSub } from './prematch/timeline.js';

const group = groupCommand({
  name: 'prematch',
  description: 'Emails to programs before the Match: check one, get a template, see the timeline',
  subcommands: [checkSub, templateSub, timelineSub],
  consoleDefault: 'timeline',
});

const groupConsole = group.console!;

export const command: Command = {
  ...group,
  console: {
    usage: groupConsole.usage,
    run(input, ctx, io) {
      if (input.args[0] === 'sent') return prematchSentView(ctx, io.userId, input.args[1] ?? '');
      return groupConsole.run(input, ctx, io);
    },
  },
};
