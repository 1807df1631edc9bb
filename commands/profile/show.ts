/**
 * /profile show [share:<bool>] — the member's profile in brief: ephemeral in a server, a normal
 * message in DMs. `share` posts the redacted version (no dates, scores, countries, visa, names or
 * notes) for everyone in the channel.
 */
import { profileShowView } from '../../src/app/profile/show.js';
import { notice } from '../../src/app/view.js';
import type { Subcommand } from '../../src/discord/command.js';
import { deferFor, sendView } from '../../src/discord/respond.js';
import { shareVerdict } from '../../src/discord/share.js';

export const SHOW_SHARED_NOTICE =
  'Posted a redacted summary of your profile for the channel: no dates, scores, countries, visa details, names or notes, and no failed exam attempts or professionalism entries.';

export const showSub: Subcommand = {
  name: 'show',
  description: 'See your profile in brief (share: post a redacted version for the channel)',
  options: (sub) =>
    sub.addBooleanOption((o) =>
      o
        .setName('share')
        .setDescription('Post a redacted summary (no dates, scores, countries or names) for everyone in the channel'),
    ),
  async execute(interaction, ctx) {
    const share = interaction.options.getBoolean('share') === true;
    // Personal first: without a profile the setup offer is for the member only; a shared summary
    // then goes out as a separate public follow-up.
    await deferFor(interaction, true);
    const v = await profileShowView(ctx, interaction.user.id, { share });
    if (share && !v.personal && interaction.inGuild()) {
      const verdict = await shareVerdict(ctx, interaction);
      if (!verdict.ok) return sendView(interaction, notice(verdict.reason, { personal: true }));
      await sendView(interaction, notice(SHOW_SHARED_NOTICE, { personal: true }));
      await sendView(interaction, v, { ephemeral: false });
      return;
    }
    await sendView(interaction, v);
  },
  console: {
    usage: ['/profile show', '/profile show share  (the redacted version you could post publicly)'],
    run: ({ args }, ctx, io) => profileShowView(ctx, io.userId, { share: args[0] === 'share' }),
  },
};
