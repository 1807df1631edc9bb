/**
 * The bench's no-op baseline: `/ping` goes through the same framework path as a deterministic
 * command (router, cooldown check, error boundary, deferral as a personal reply, then one edit of
 * the deferred message) but does no work of its own. Registered only by the bench, never in
 * production COMMANDS, so members never see it.
 */
import { notice } from '../src/app/view.js';
import { slashCommand, type Command } from '../src/discord/command.js';
import { deferFor, sendView } from '../src/discord/respond.js';

export const PING_NAME = 'ping';

export const pingCommand = {
  data: slashCommand(PING_NAME, 'Bench baseline: answers pong and does nothing else'),
  async execute(interaction) {
    await deferFor(interaction, true);
    await sendView(interaction, notice('pong', { personal: true }));
  },
} satisfies Command;
